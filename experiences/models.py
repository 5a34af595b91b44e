"""Best-practice showcases: what a member did, how, with what results, and where it was shown."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api import TermField
from core.blocks import BaseStreamBlock
from core.listings import ListingQuerySet
from core.models import ArticlePage, ExperienceTheme, LinkedDocument, Region, SectionIndexPage
from core.syndication import PageRoutesMixin, follow_links
from experiences import feeds
from members.models import MemberOwnedMixin
from members.review import ReviewedByNetwork

LIST_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class ExperienceQuerySet(ListingQuerySet):
    def for_listing(self):
        return (
            self.live()
            .public()
            .defer_streamfields()
            .select_related("member", "member__region", "theme")
            .with_images("hero_image", "listing_image")
            .order_by("-first_published_at", "-pk")
        )


ExperienceManager = PageManager.from_queryset(ExperienceQuerySet)


class ExperienceFilterForm(forms.Form):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, locale_id, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["theme"].choices = everything + [
            (t.slug, t.name) for t in ExperienceTheme.objects.filter(locale_id=locale_id)
        ]
        self.fields["region"].choices = everything + [
            (r.slug, r.name) for r in Region.objects.filter(locale_id=locale_id)
        ]

    def apply(self, items):
        if self.cleaned_data.get("theme"):
            items = items.filter(theme__slug=self.cleaned_data["theme"])
        if self.cleaned_data.get("region"):
            items = items.filter(member__region__slug=self.cleaned_data["region"])
        return items


class ExperienceIndexPage(PageRoutesMixin, SectionIndexPage):
    """The best-practice showcase: every published experience, filterable by theme and region.

    Followed by `feed/` (RSS) and `feed/atom/`.
    """

    subpage_types = ["experiences.ExperiencePage"]
    filter_form_class = ExperienceFilterForm

    class Meta:
        verbose_name = _("experiences index")

    def listing_items(self):
        return ExperiencePage.objects.for_listing().filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["follow"] = follow_links(self, request, context, feeds.index_follow(self, request))
        return context

    @path("feed/")
    def feed(self, request):
        return feeds.index_feed(self, request)

    @path("feed/atom/")
    def feed_atom(self, request):
        return feeds.index_feed(self, request, atom=True)


class ExperiencePage(ReviewedByNetwork, MemberOwnedMixin, ArticlePage):
    serve_select_related = (*ArticlePage.serve_select_related, "member", "theme")
    theme = models.ForeignKey(
        ExperienceTheme, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("theme")
    )
    context_and_objectives = RichTextField(_("context and objectives"), features=LIST_FEATURES)
    what_was_done = StreamField(BaseStreamBlock(), verbose_name=_("what was done"))
    results = RichTextField(_("results"), blank=True, features=LIST_FEATURES)
    challenges = RichTextField(_("challenges"), blank=True, features=LIST_FEATURES)
    strengths = RichTextField(_("strengths"), blank=True, features=LIST_FEATURES)
    points_of_vigilance = RichTextField(_("points of vigilance"), blank=True, features=LIST_FEATURES)
    partners = RichTextField(_("partners"), blank=True, features=LIST_FEATURES)

    contact_name = models.CharField(_("name"), max_length=120, blank=True)
    contact_role = models.CharField(_("role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)

    objects = ExperienceManager()

    content_panels = ArticlePage.content_panels + [
        FieldPanel("theme"),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("context_and_objectives"),
        FieldPanel("what_was_done"),
    ]
    assessment_panels = [
        FieldPanel("results"),
        MultiFieldPanel([InlinePanel("indicators", label=_("Indicator"))], heading=_("Indicators")),
        FieldPanel("challenges"),
        FieldPanel("strengths"),
        FieldPanel("points_of_vigilance"),
    ]
    contact_panels = [
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([InlinePanel("documents", label=_("Document"))], heading=_("Documents")),
    ]
    edit_handler = ArticlePage.tabs(
        (content_panels, _("Experience")),
        (assessment_panels, _("Results and lessons")),
        (contact_panels, _("Partners, contact, documents")),
    )

    translatable_fields = ArticlePage.translatable_fields + [
        TranslatableField("theme"),
        TranslatableField("context_and_objectives"),
        TranslatableField("what_was_done"),
        TranslatableField("results"),
        TranslatableField("challenges"),
        TranslatableField("strengths"),
        TranslatableField("points_of_vigilance"),
        TranslatableField("partners"),
        SynchronizedField("contact_name"),
        TranslatableField("contact_role"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("indicators"),
        TranslatableField("documents"),
    ]

    search_fields = ArticlePage.search_fields + [
        index.SearchField("context_and_objectives"),
        index.SearchField("what_was_done"),
        index.SearchField("results"),
        index.SearchField("challenges"),
        index.SearchField("strengths"),
        index.SearchField("points_of_vigilance"),
        index.SearchField("partners"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]

    parent_page_types = ["members.MemberPage", "experiences.ExperienceIndexPage"]
    subpage_types = []

    api_fields = [
        APIField("theme", serializer=TermField()),
        *MemberOwnedMixin.member_api_fields,
        APIField("summary"),
        APIField("hero_image"),
    ]

    class Meta:
        verbose_name = _("experience")
        verbose_name_plural = _("experiences")

    def get_context(self, request, *args, **kwargs):
        # Named through the relation: events sit beside experiences in the layers, neither imports the other.
        EventPage = self.presented_at.model._meta.get_field("page").related_model
        context = super().get_context(request, *args, **kwargs)
        # An event's list of experiences is synchronised from the Arabic, so it names the Arabic
        # page: match on the translation key, and show the events of this page's language.
        context["presented_at"] = (
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, experiences_presented__experience__translation_key=self.translation_key)
            .select_related("locale")
            .order_by("-start")
            .distinct()
        )
        context["indicators"] = self.indicators.all()
        context["documents"] = self.documents.select_related("document")
        return context


class Indicator(TranslatableMixin, Orderable):
    page = ParentalKey(ExperiencePage, related_name="indicators", on_delete=models.CASCADE)
    label = models.CharField(_("indicator"), max_length=200)
    value = models.CharField(_("value"), max_length=60)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("value")])]

    # The value is a figure, the same in every language.
    translatable_fields = [TranslatableField("label"), SynchronizedField("value", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class ExperienceDocument(LinkedDocument):
    page = ParentalKey(ExperiencePage, related_name="documents", on_delete=models.CASCADE)
