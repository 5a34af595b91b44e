"""Bulletins and communiqués: the national index aggregates the network's and every member's."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api import TermField
from core.blocks import BaseStreamBlock
from core.caching import cached
from core.listings import ListingQuerySet
from core.models import ArticlePage, LinkedDocument, NewsCategory, Region, SectionIndexPage
from core.syndication import PageRoutesMixin, follow_links
from members.models import MemberOwnedMixin, MemberPage
from news import feeds


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsQuerySet(ListingQuerySet):
    def for_listing(self):
        return (
            self.live()
            .public()
            .defer_streamfields()
            .select_related("member", "category")
            .with_images("hero_image", "listing_image")
            .order_by("-date", "-pk")
        )


NewsManager = PageManager.from_queryset(NewsQuerySet)


def filter_terms(locale_id):
    """The members, regions, categories and tags a language's bulletins are filtered by, as (slug, label, pk).

    Kept in the cache until content changes (core.caching): the tags alone join every tagged bulletin.
    """
    members = MemberPage.objects.live().filter(locale_id=locale_id).order_by("title").only("slug", "title")
    # A region's bulletins are its members': read by member, each on the member + date index.
    in_region = {}
    for region_id, member_id in MemberPage.objects.filter(locale_id=locale_id).values_list("region_id", "pk"):
        in_region.setdefault(region_id, []).append(member_id)
    # The tags of this language's bulletins: a bulletin's tags link here, filtered by one of them.
    tags = Tag.objects.filter(news_newspagetag_items__content_object__locale_id=locale_id).distinct()
    return {
        "member": [(m.slug, m.title, m.pk) for m in members],
        "region": [(r.slug, r.name, r.pk) for r in Region.objects.filter(locale_id=locale_id)],
        "category": [(c.slug, c.name, c.pk) for c in NewsCategory.objects.filter(locale_id=locale_id)],
        "tag": [(t.slug, t.name, t.pk) for t in tags.order_by("name")],
        "in_region": in_region,
    }


class NewsFilterForm(forms.Form):
    member = forms.ChoiceField(label=_("Member"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, locale_id, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        terms = cached("news-filter-terms", lambda: filter_terms(locale_id), locale_id)
        for name in ("member", "region", "category", "tag"):
            self.fields[name].choices = everything + [(slug, label) for slug, label, _pk in terms[name]]
        # Filters apply by key, read here already: the listing's indexes (member, category + date) then serve
        # the newest first without joining and sorting every bulletin of a member (news/0003_listing_indexes).
        self.keys = {name: {slug: pk for slug, _label, pk in terms[name]} for name in ("member", "region", "category")}
        self.in_region = terms["in_region"]
        years = range(timezone.localdate().year + 1, 1999, -1)
        self.fields["year"].choices = everything + [(y, str(y)) for y in years]

    def apply(self, items):
        data = self.cleaned_data
        if data.get("member"):
            items = items.filter(member_id=self.keys["member"][data["member"]])
        if data.get("region"):
            items = items.filter(member_id__in=self.in_region.get(self.keys["region"][data["region"]], []))
        if data.get("category"):
            items = items.filter(category_id=self.keys["category"][data["category"]])
        if data.get("year"):
            items = items.filter(date__year=data["year"])
        if data.get("tag"):
            items = items.filter(tagged_items__tag__slug=data["tag"]).distinct()
        return items


class NewsIndexPage(PageRoutesMixin, SectionIndexPage):
    """Every bulletin of the network and its members, newest first, filterable.

    Its feeds (RSS and Atom): `feed/` (every bulletin of its language), `feed/category/<slug>/`,
    `feed/region/<slug>/`, each with `atom/` after it. A member's are under the member's page.
    """

    subpage_types = ["news.NewsPage"]
    filter_form_class = NewsFilterForm

    class Meta:
        verbose_name = _("news index")

    def listing_items(self):
        return NewsPage.objects.for_listing().filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = feeds.index_follow(self, request, context.get("filter_form"))
        context["follow"] = follow_links(self, request, context, links)
        return context

    @path("feed/")
    def feed(self, request):
        return feeds.index_feed(self, request)

    @path("feed/atom/")
    def feed_atom(self, request):
        return feeds.index_feed(self, request, atom=True)

    @path("feed/category/<slug:slug>/")
    def category_feed(self, request, slug):
        return feeds.category_feed(self, request, slug)

    @path("feed/category/<slug:slug>/atom/")
    def category_feed_atom(self, request, slug):
        return feeds.category_feed(self, request, slug, atom=True)

    @path("feed/region/<slug:slug>/")
    def region_feed(self, request, slug):
        return feeds.region_feed(self, request, slug)

    @path("feed/region/<slug:slug>/atom/")
    def region_feed_atom(self, request, slug):
        return feeds.region_feed(self, request, slug, atom=True)


class NewsPage(MemberOwnedMixin, ArticlePage):
    """A bulletin or communiqué, of a member (in its space) or of the network."""

    serve_select_related = (*ArticlePage.serve_select_related, "member", "category")

    date = models.DateField(_("date"), default=datetime.date.today)
    category = models.ForeignKey(
        NewsCategory,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("category"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    summary = models.TextField(_("summary"), max_length=500, help_text=_("Shown in lists and at the top of the page."))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    objects = NewsManager()

    content_panels = ArticlePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel([InlinePanel("attachments", label=_("Attachment"))], heading=_("Attachments")),
        FieldPanel("tags"),
    ]
    edit_handler = ArticlePage.tabs((content_panels, _("Bulletin")))

    # The category is a translatable snippet: the translation points at its own language's term.
    # Tags are words of the page's own language, kept per translation and never synchronised.
    translatable_fields = ArticlePage.translatable_fields + [
        SynchronizedField("date", overridable=False),
        TranslatableField("category"),
        TranslatableField("body"),
        TranslatableField("attachments"),
    ]

    search_fields = ArticlePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
        index.FilterField("member_id"),
        index.RelatedFields("category", [index.SearchField("name")]),
    ]

    parent_page_types = ["news.NewsIndexPage", "members.MemberPage"]
    subpage_types = []

    api_fields = [
        APIField("date"),
        APIField("category", serializer=TermField()),
        *MemberOwnedMixin.member_api_fields,
        APIField("summary"),
        APIField("hero_image"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")
        # Listings read the newest first, of everyone or of one member or category (README, "Caching and scale").
        indexes = [
            models.Index(fields=["-date", "-page_ptr"], name="news_date_idx"),
            models.Index(fields=["member", "-date"], name="news_member_date_idx"),
            models.Index(fields=["category", "-date"], name="news_category_date_idx"),
        ]


class NewsAttachment(LinkedDocument):
    page = ParentalKey(NewsPage, related_name="attachments", on_delete=models.CASCADE)
