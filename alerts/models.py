"""Email alerts: who asked for them and what was sent to whom.

An address is stored only once its owner has confirmed it (the confirmation link carries the request
until then) and is deleted, with everything sent to it, on unsubscribing.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    """A confirmed address, the language it reads, and what it follows."""

    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language"), max_length=10)
    whole_network = models.BooleanField(
        _("everything the network publishes"),
        default=False,
        help_text=_("Every bulletin, event and experience of the network and its members."),
    )
    members = models.ManyToManyField(
        "members.MemberPage", blank=True, related_name="alert_subscribers", verbose_name=_("members")
    )
    categories = models.ManyToManyField(
        "core.NewsCategory", blank=True, related_name="alert_subscribers", verbose_name=_("news categories")
    )
    # What unsubscribe links name: never the address, and a new one after unsubscribing and subscribing again.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The consent: nothing published before it is sent.
    confirmed_at = models.DateTimeField(_("confirmed at"))

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return f"subscriber {self.pk}"


class Digest(models.Model):
    """One message to a subscriber. `sent_at` stays empty while it is being sent, or if sending was cut short."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="digests")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("digest")
        verbose_name_plural = _("digests")

    def __str__(self):
        return f"digest {self.pk}"


class DigestItem(models.Model):
    """A page in a digest: recorded before the message goes, and never sent to the same subscriber twice."""

    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="items")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "page"], name="alerts_page_sent_once")]

    def __str__(self):
        return f"page {self.page_id} in digest {self.digest_id}"
