"""Subscribing (with double opt-in), confirming and unsubscribing, in the visitor's language.

Every answer about an address is the same whether the site knows it or not: the form always says a
confirmation is on its way (even to a robot that filled in the honeypot, or past the per-address limit),
and an unsubscribe link always says the address is gone.
"""

import logging
import smtplib

from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from alerts import ratelimit, tokens
from alerts.forms import SubscribeForm
from alerts.mail import confirmation_message
from alerts.models import Subscriber
from core.models import NewsCategory
from members.models import MemberPage

logger = logging.getLogger(__name__)


def _locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def _initial(request):
    """What the links beside feeds choose in advance: `?member=bni-ansar`, `?category=communique`, `?network=1`."""
    initial = {}
    for key in ("member", "category"):
        values = [value[:80] for value in request.GET.getlist(key) if value][:10]
        if values:
            initial[f"{key}s" if key == "member" else "categories"] = values
    if request.GET.get("network") == "1":
        initial["whole_network"] = True
    return initial


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    locale = _locale()
    if request.method != "POST":
        initial = _initial(request)
        form = SubscribeForm(locale, initial=initial)
        asked = initial.get("members", [])
        known = set(form.fields["members"].queryset.filter(slug__in=asked).values_list("slug", flat=True))
        unknown = [slug for slug in asked if slug not in known]
        return render(request, "alerts/subscribe.html", {"form": form, "unknown_members": unknown})

    if not ratelimit.allow_client(request):
        return render(request, "alerts/subscribe.html", {"form": None, "too_many": True}, status=429)
    form = SubscribeForm(locale, request.POST)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    if not form.is_robot and ratelimit.allow_address(data["email"]):
        message = confirmation_message(
            request,
            data["email"],
            locale.language_code,
            data["whole_network"],
            list(data["members"]),
            list(data["categories"]),
        )
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            logger.warning("Confirmation of an alerts subscription not sent: %s", error)
            return render(request, "alerts/subscribe.html", {"form": form, "not_sent": True}, status=503)
    return render(request, "alerts/sent.html", {"email": data["email"]})


def _choices(request_data):
    members = list(MemberPage.objects.filter(pk__in=request_data["member_ids"]).order_by("title"))
    categories = list(NewsCategory.objects.filter(pk__in=request_data["category_ids"]))
    return members, categories


def _bad_link(request, expired):
    context = {"expired": expired, "form_url": reverse("alerts:subscribe")}
    return render(request, "alerts/bad_link.html", context, status=400)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The link of the confirmation message: shows the request, and saves it when its owner confirms."""
    try:
        wanted = tokens.read_confirmation(token)
    except tokens.Expired:
        return _bad_link(request, expired=True)
    except tokens.Invalid:
        return _bad_link(request, expired=False)
    members, categories = _choices(wanted)
    context = {"request_data": wanted, "members": members, "categories": categories}
    if request.method != "POST":
        return render(request, "alerts/confirm.html", context)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=wanted["email"],
            defaults={
                "language": wanted["language"],
                "whole_network": wanted["whole_network"],
                "confirmed_at": timezone.now(),
            },
        )
        if not created:
            # New choices replace the old ones; what was published since the first consent still comes.
            subscriber.language = wanted["language"]
            subscriber.whole_network = wanted["whole_network"]
            subscriber.save(update_fields=["language", "whole_network"])
        subscriber.members.set(members)
        subscriber.categories.set(categories)
    return render(request, "alerts/confirmed.html", {**context, "subscriber": subscriber})


@csrf_exempt  # RFC 8058: mail applications POST "List-Unsubscribe=One-Click" with no form of ours
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """One click, no login: the address and everything sent to it are deleted."""
    try:
        key = tokens.read_unsubscribe(token)
    except tokens.Invalid:
        return _bad_link(request, expired=False)
    if request.method != "HEAD":
        Subscriber.objects.filter(key=key).delete()
    return render(request, "alerts/unsubscribed.html", {"form_url": reverse("alerts:subscribe")})
