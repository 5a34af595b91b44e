"""Meetings, forums and workshops: programme, team, participation, recommendations, sub-events."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, ReferenceIndex, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock, ProgrammeBlock
from core.charts import Row, Series, bar_chart
from core.listings import ListingQuerySet
from core.models import ArticlePage, LinkedDocument, SectionIndexPage, paginate
from core.syndication import Follow, PageRoutesMixin, follow_links
from events import calendars
from members.models import MemberOwnedMixin


class EventQuerySet(ListingQuerySet):
    def for_listing(self):
        return (
            self.live()
            .public()
            .defer_streamfields()
            .select_related("member")
            .with_images("hero_image", "listing_image")
            .order_by("-start", "-pk")
        )

    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(PageRoutesMixin, SectionIndexPage):
    """Every event of the network and its members, upcoming first, then the past ones.

    Followed by `feed/` (RSS), `feed/atom/` and `calendar/` (iCalendar, to subscribe to).
    """

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Sub-events (a meeting's workshops) are listed on their meeting, not here.
        events = EventPage.objects.for_listing().filter(locale_id=self.locale_id, parent_event__isnull=True)
        context["upcoming_events"] = events.upcoming()
        context["past_events"] = paginate(request, events.past())
        context["follow"] = follow_links(self, request, context, calendars.index_follow(self, request))
        return context

    @path("feed/")
    def feed(self, request):
        return calendars.index_feed(self, request)

    @path("feed/atom/")
    def feed_atom(self, request):
        return calendars.index_feed(self, request, atom=True)

    @path("calendar/")
    def calendar(self, request):
        return calendars.index_calendar(self, request)


class EventPage(PageRoutesMixin, MemberOwnedMixin, ArticlePage):
    """A meeting, forum or workshop; `calendar/` is its `.ics`, to add it to a calendar."""

    serve_select_related = (*ArticlePage.serve_select_related, "member", "member__region", "parent_event")

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120)
    slogan = models.CharField(_("slogan"), max_length=300, blank=True)
    organisers = models.CharField(_("organisers"), max_length=300, blank=True)
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    attendance = models.PositiveIntegerField(
        _("participants announced"),
        null=True,
        blank=True,
        help_text=_("The attendance as announced. The participation table's totals are computed separately."),
    )
    programme = StreamField(ProgrammeBlock(), blank=True, verbose_name=_("programme"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("report"))
    parent_event = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    objects = EventManager()

    content_panels = ArticlePage.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("city")]),
        FieldPanel("slogan"),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("organisers"),
        FieldPanel("partners"),
        FieldPanel("body"),
    ]
    programme_panels = [
        FieldPanel("programme"),
        MultiFieldPanel([InlinePanel("team", label=_("Person"))], heading=_("Team")),
    ]
    outcome_panels = [
        FieldPanel("attendance"),
        MultiFieldPanel(
            [InlinePanel("participation", label=_("Row"))],
            heading=_("Participation"),
            help_text=_("One row per category of participants. Totals are computed."),
        ),
        MultiFieldPanel([InlinePanel("recommendations", label=_("Recommendation"))], heading=_("Recommendations")),
        MultiFieldPanel([InlinePanel("presentations", label=_("Presentation"))], heading=_("Presentations")),
        MultiFieldPanel(
            [InlinePanel("experiences_presented", label=_("Experience"))], heading=_("Experiences presented")
        ),
    ]
    edit_handler = ArticlePage.tabs(
        (content_panels, _("Event")),
        (programme_panels, _("Programme and team")),
        (outcome_panels, _("Participation and outcomes")),
    )

    # The meeting a workshop belongs to (`parent_event`) is derived from the tree on save.
    translatable_fields = ArticlePage.translatable_fields + [
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        TranslatableField("venue"),
        TranslatableField("city"),
        TranslatableField("slogan"),
        TranslatableField("organisers"),
        TranslatableField("partners"),
        SynchronizedField("attendance", overridable=False),
        TranslatableField("programme"),
        TranslatableField("body"),
        TranslatableField("team"),
        TranslatableField("participation"),
        TranslatableField("recommendations"),
        TranslatableField("presentations"),
        # Links to Arabic experiences; `get_context` shows each in the event's own language.
        SynchronizedField("experiences_presented"),
    ]

    search_fields = ArticlePage.search_fields + [
        index.SearchField("slogan"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.SearchField("organisers"),
        index.SearchField("partners"),
        index.SearchField("programme"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage", "members.MemberPage", "events.EventPage"]
    subpage_types = ["events.EventPage"]

    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("venue"),
        APIField("city"),
        *MemberOwnedMixin.member_api_fields,
        APIField("parent_event_id"),
        APIField("summary"),
        APIField("hero_image"),
        APIField("attendance"),
        APIField("participation"),
        APIField("recommendations"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["start"]),
            models.Index(fields=["end"]),
            # A member's agenda (README, "Caching and scale").
            models.Index(fields=["member", "start"], name="events_member_start_idx"),
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def derive_from_tree(self):
        changed = super().derive_from_tree()
        parent_event = self.find_parent_event()
        if parent_event != self.parent_event:
            self.parent_event = parent_event
            changed.append("parent_event")
        return changed

    def find_parent_event(self):
        if not self.path or len(self.path) <= self.steplen:
            return None
        parent_path = self.path[: -self.steplen]
        return EventPage.objects.filter(path=parent_path).first()

    @property
    def is_upcoming(self):
        return self.end >= timezone.now()

    @cached_property
    def participation_rows(self):
        return list(self.participation.all())

    @cached_property
    def participation_totals(self):
        rows = self.participation_rows
        women = sum(r.women for r in rows)
        men = sum(r.men for r in rows)
        return {"women": women, "men": men, "total": women + men}

    @cached_property
    def participation_chart(self):
        """The participation table as a stacked bar chart, women and men per category (drawn in the active language)."""
        series = [Series("women", _("Women")), Series("men", _("Men"))]
        return bar_chart(series, [Row(r.category, [r.women, r.men]) for r in self.participation_rows], stacked=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sub_events"] = EventPage.objects.for_listing().child_of(self).order_by("start", "pk")
        context["team"] = self.team.all()
        context["recommendations"] = self.recommendations.all()
        context["presentations"] = self.presentations.select_related("document")
        context["experiences"] = self.experiences()
        ics = Follow(Follow.CALENDAR, _("Add this event to my calendar"), self.route_url(request, "calendar"))
        context["follow"] = follow_links(self, request, context, [ics])
        context["google_calendar_url"] = calendars.google_calendar_url(self, request)
        context["has_documents"] = self.has_documents()
        return context

    def has_documents(self):
        """Whether this event or one of its workshops uses a document: then the library lists them (one query)."""
        pages = EventPage.objects.live().public().descendant_of(self, inclusive=True)
        return ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
            object_id__in=pages.annotate(pk_text=Cast("pk", CharField())).values("pk_text"),
        ).exists()

    @path("calendar/")
    def calendar(self, request):
        return calendars.event_ics(self, request)

    def experiences(self):
        """The experiences presented, each in this event's language where it is translated."""
        # Named through the relation: experiences sit beside events in the layers, neither imports the other.
        ExperiencePage = ExperiencePresented._meta.get_field("experience").related_model
        keys = list(self.experiences_presented.values_list("experience__translation_key", flat=True))
        pages = ExperiencePage.objects.live().filter(translation_key__in=keys).select_related("member", "locale")
        by_key = {}
        for page in pages:
            if page.translation_key not in by_key or page.locale_id == self.locale_id:
                by_key[page.translation_key] = page
        return [by_key[key] for key in keys if key in by_key]


class TeamRole(models.TextChoices):
    MODERATOR = "moderator", _("Moderator")
    SPEAKER = "speaker", _("Speaker")
    RAPPORTEUR = "rapporteur", _("Rapporteur")
    FACILITATOR = "facilitator", _("Facilitator")
    ORGANISER = "organiser", _("Organiser")


def _feminine_roles():
    """A woman's role as Arabic and French write it («مسيرة الجلسة», «Modératrice»); literal calls for makemessages."""
    return {
        TeamRole.MODERATOR: pgettext_lazy("a woman's role in an event", "Moderator"),
        TeamRole.SPEAKER: pgettext_lazy("a woman's role in an event", "Speaker"),
        TeamRole.RAPPORTEUR: pgettext_lazy("a woman's role in an event", "Rapporteur"),
        TeamRole.FACILITATOR: pgettext_lazy("a woman's role in an event", "Facilitator"),
        TeamRole.ORGANISER: pgettext_lazy("a woman's role in an event", "Organiser"),
    }


class TeamMember(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, related_name="team", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=TeamRole.choices)
    feminine = models.BooleanField(
        _("role in the feminine"),
        default=False,
        help_text=_("Tick for a woman: her role reads «مسيرة الجلسة», «متدخلة», «مقررة», «Modératrice»…"),
    )
    affiliation = models.CharField(_("organisation or function"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role"), FieldPanel("feminine")]),
        FieldPanel("affiliation"),
    ]

    # A name is kept as written unless a translation overrides it (a known Latin spelling).
    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("role", overridable=False),
        SynchronizedField("feminine", overridable=False),
        TranslatableField("affiliation"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    @property
    def role_label(self):
        """This person's role, in the feminine for a woman."""
        if self.feminine and self.role in _feminine_roles():
            return _feminine_roles()[self.role]
        return self.get_role_display()


class ParticipationRow(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, related_name="participation", on_delete=models.CASCADE)
    category = models.CharField(_("category"), max_length=120)
    women = models.PositiveIntegerField(_("women"), default=0)
    men = models.PositiveIntegerField(_("men"), default=0)

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("women"), FieldPanel("men")])]

    api_fields = [APIField("category"), APIField("women"), APIField("men")]

    translatable_fields = [
        TranslatableField("category"),
        SynchronizedField("women", overridable=False),
        SynchronizedField("men", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    @property
    def total(self):
        return self.women + self.men


class FollowUpStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_RETAINED = "not_retained", _("Not retained")


class Recommendation(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, related_name="recommendations", on_delete=models.CASCADE)
    text = models.TextField(_("recommendation"))
    status = models.CharField(
        _("follow-up"), max_length=20, choices=FollowUpStatus.choices, default=FollowUpStatus.PROPOSED
    )
    follow_up_note = models.CharField(_("follow-up note"), max_length=300, blank=True)

    panels = [FieldPanel("text"), FieldRowPanel([FieldPanel("status"), FieldPanel("follow_up_note")])]

    api_fields = [APIField("text"), APIField("status"), APIField("follow_up_note")]

    translatable_fields = [
        TranslatableField("text"),
        SynchronizedField("status", overridable=False),
        TranslatableField("follow_up_note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class Presentation(LinkedDocument):
    page = ParentalKey(EventPage, related_name="presentations", on_delete=models.CASCADE)
    presenter = models.CharField(_("presented by"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("title"), FieldPanel("presenter")])]

    translatable_fields = LinkedDocument.translatable_fields + [TranslatableField("presenter")]


class ExperiencePresented(Orderable):
    page = ParentalKey(EventPage, related_name="experiences_presented", on_delete=models.CASCADE)
    experience = models.ForeignKey(
        "experiences.ExperiencePage",
        on_delete=models.CASCADE,
        related_name="presented_at",
        verbose_name=_("experience"),
    )

    panels = [FieldPanel("experience")]
