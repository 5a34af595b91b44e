"""Sending digests: to each subscriber, once, what was published for them since their last one.

For each subscriber, in one transaction: lock the subscriber's row (a run that finds it locked moves on:
another run has it), find the live pages they follow that were first published after they confirmed and
were never recorded for them, and record them. Then send the message, and mark the digest sent.

So a page goes to a subscriber at most once, whatever runs at the same time or stops halfway: what a run
recorded, no other run sends again (and the unique constraint on (subscriber, page) holds even where rows
cannot be locked, on SQLite). A message the mail server refuses is not recorded: its pages go in the next
run. A digest recorded but never marked sent (the run was killed while sending) is counted as interrupted;
its pages are not sent again, since they may have been.
"""

import datetime
import logging
import smtplib
from dataclasses import dataclass, field

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from alerts import conf
from alerts.mail import digest_message
from alerts.models import Digest, DigestItem, Subscriber
from events.models import EventPage
from experiences.models import ExperiencePage
from news.models import NewsPage

logger = logging.getLogger(__name__)


@dataclass
class Report:
    sent: int = 0
    pages: int = 0
    failed: list = field(default_factory=list)
    interrupted: int = 0


def _sections(subscriber, now):
    """(heading, pages) of what `subscriber` follows, published since they confirmed and never sent to them."""
    since = max(subscriber.confirmed_at, now - datetime.timedelta(days=conf.get("ALERTS_LOOKBACK_DAYS")))
    sent = DigestItem.objects.filter(subscriber=subscriber).values("page_id")
    members = list(subscriber.members.values_list("pk", flat=True))
    categories = list(subscriber.categories.values_list("pk", flat=True))

    def followed(queryset, by_category=False):
        queryset = (
            queryset.live()
            .public()
            .defer_streamfields()
            .filter(locale__language_code=subscriber.language, first_published_at__gt=since)
            .filter(first_published_at__lte=now)
            .exclude(pk__in=sent)
            .select_related("member", "locale")
        )
        if subscriber.whole_network:
            return queryset
        wanted = Q(member_id__in=members)
        if by_category:
            wanted |= Q(category_id__in=categories)
        return queryset.filter(wanted)

    limit = conf.get("ALERTS_MAX_ITEMS")
    with translation.override(subscriber.language):
        sections = [
            (_("Bulletins"), list(followed(NewsPage.objects, by_category=True).order_by("-date", "-pk")[:limit])),
            (_("Events"), list(followed(EventPage.objects).order_by("start", "pk")[:limit])),
            (_("Experiences"), list(followed(ExperiencePage.objects).order_by("-first_published_at")[:limit])),
        ]
    return [(heading, pages) for heading, pages in sections if pages]


def prepare(subscriber_pk, now):
    """Record the next digest of a subscriber: (digest, subscriber, sections), or None when there is none."""
    try:
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update(skip_locked=True).filter(pk=subscriber_pk).first()
            if subscriber is None:  # another run holds it, or the address was just unsubscribed
                return None
            sections = _sections(subscriber, now)
            if not sections:
                return None
            digest = Digest.objects.create(subscriber=subscriber)
            DigestItem.objects.bulk_create(
                DigestItem(digest=digest, subscriber=subscriber, page_id=page.pk)
                for _heading, pages in sections
                for page in pages
            )
            return digest, subscriber, sections
    except IntegrityError:
        # Another run recorded some of these pages first (where rows cannot be locked): it sends them.
        return None


def send_alerts(now=None, connection=None):
    now = now or timezone.now()
    report = Report()
    connection = connection or get_connection()
    opened = False
    for pk in list(Subscriber.objects.order_by("pk").values_list("pk", flat=True)):
        prepared = prepare(pk, now)
        if prepared is None:
            continue
        digest, subscriber, sections = prepared
        try:
            if not opened:  # one connection to the mail server for the whole run, opened only if needed
                connection.open()
                opened = True
            digest_message(subscriber, sections, connection=connection).send()
        except (smtplib.SMTPException, OSError) as error:
            # Refused or unreachable: nothing went out, so the pages wait for the next run.
            logger.warning("Digest to subscriber %s not sent: %s", subscriber.pk, error)
            digest.delete()
            report.failed.append(subscriber.pk)
            continue
        Digest.objects.filter(pk=digest.pk).update(sent_at=timezone.now())
        report.sent += 1
        report.pages += sum(len(pages) for _heading, pages in sections)
    if opened:
        connection.close()
    stale = now - datetime.timedelta(hours=1)  # younger ones may be on their way, sent by another run
    report.interrupted = Digest.objects.filter(sent_at__isnull=True, created_at__lt=stale).count()
    return report
