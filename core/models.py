"""The abstract base page and its mixins, the translatable taxonomies and the site settings."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.caching import cached_count
from core.forms import BasePageForm
from core.privacy import PublicPageQuerySet, is_restricted


class ListingFields(models.Model):
    """What a page shows of itself in listings and when shared."""

    listing_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Shown on cards and when the page is shared. Defaults to the page's main image."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences for cards and search results."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("Listings and sharing"),
        ),
    ]

    class Meta:
        abstract = True


class SharingFields(models.Model):
    """What a link to the page shows on a social network or in a messaging app, when an editor says otherwise."""

    share_title = models.CharField(
        _("title when shared"), max_length=120, blank=True, help_text=_("Defaults to the page's title.")
    )
    share_description = models.TextField(
        _("description when shared"),
        max_length=300,
        blank=True,
        help_text=_("Defaults to the page's summary or search description."),
    )
    share_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image when shared"),
        help_text=_("Cropped to 1200×630. Defaults to the listing image, then the page's main image."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("share_title"), FieldPanel("share_description"), FieldPanel("share_image")],
            heading=_("Sharing"),
        ),
    ]

    class Meta:
        abstract = True


def page_for_serving(page):
    """`page` as its specific type, with what its template always reads (`serve_select_related`: its locale,
    images, member…) in the same query."""
    model = page.specific_class
    if model is None or not hasattr(model, "serve_select_related"):
        return page.specific
    return model.objects.select_related(*model.serve_select_related).get(pk=page.pk)


class BasePage(SharingFields, ListingFields, Page):
    """Every page of the site: listing and sharing fields, the promote tab, and per-locale search filtering."""

    promote_panels = Page.promote_panels + ListingFields.promote_panels + SharingFields.promote_panels
    # Layers above check what an editor may put in a page through its hooks (core/forms.py).
    base_form_class = BasePageForm

    objects = PageManager.from_queryset(PublicPageQuerySet)()
    # Read with the page when it is served (BasePage.route): the relations its template always shows.
    serve_select_related = ("locale", "listing_image")

    # What wagtail-localize gives translators and what it copies from the Arabic on every sync.
    # Text is translated; facts (dates, figures, codes) are synchronised and cannot be
    # overridden; media and links are synchronised but a translation may point elsewhere (the
    # French home's link to the French "about" page, a French slug). Each page type adds its own.
    # Fields derived on save (a page's member, a member's region) are declared nowhere: they are
    # recomputed from the translation's own tree and locale, so neither copy nor translation applies.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        SynchronizedField("show_in_menus", overridable=False),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image"),
        TranslatableField("share_title"),
        TranslatableField("share_description"),
        SynchronizedField("share_image"),
    ]

    search_fields = Page.search_fields + [
        # A boost marks a summary: the site's search ranks it after the title and before the body.
        index.SearchField("listing_summary", boost=2),
        index.SearchField("search_description", boost=2),
        index.FilterField("locale_id"),
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Finds the page a path names in one query, however deep it is (Wagtail asks two per level).

        The candidates are the descendants whose slug is one of the path's components; the chain is followed
        from this page down, and whatever remains of the path goes to the deepest page found (its own routes:
        feeds, calendars), exactly as Wagtail's routing would.
        """
        if not path_components:
            return super().route(request, path_components)
        candidates = Page.objects.filter(
            slug__in=set(path_components),
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
        )
        by_place = {(page.depth, page.slug, page.path[: -Page.steplen]): page for page in candidates}
        found, parent = None, self
        for component in path_components:
            child = by_place.get((parent.depth + 1, component, parent.path))
            if child is None:
                break
            child._cached_parent_obj = parent
            found = parent = child
        if found is None:
            return super().route(request, path_components)
        specific = page_for_serving(found)
        specific._cached_parent_obj = found._cached_parent_obj
        return specific.route(request, path_components[found.depth - self.depth :])

    def get_view_restrictions(self):
        # Most pages are in no private section: known without a query (core/privacy.py).
        if self.alias_of_id is None and not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A listing whose filters did not validate still renders, but says 400.
        status = getattr(response, "context_data", None) and response.context_data.get("status")
        if status:
            response.status_code = status
        return response

    @property
    def card_image(self):
        return self.listing_image

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description


class ArticlePage(BasePage):
    """A bulletin, an event or an experience: a summary and a main image, which cards show, and tabs.

    A page type lists its own tabs with `tabs()`; the promote and settings tabs close every one.
    """

    summary = models.TextField(_("summary"), max_length=600)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
    )

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
    ]

    search_fields = BasePage.search_fields + [index.SearchField("summary", boost=2)]
    serve_select_related = (*BasePage.serve_select_related, "hero_image")

    class Meta:
        abstract = True

    @staticmethod
    def tabs(*tabs):
        """The editor's tabs: each (panels, heading) given, then Promote and Settings."""
        return TabbedInterface(
            [ObjectList(panels, heading=heading) for panels, heading in tabs]
            + [
                ObjectList(BasePage.promote_panels, heading=_("Promote")),
                ObjectList(BasePage.settings_panels, heading=_("Settings")),
            ]
        )

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def card_summary(self):
        return self.listing_summary or self.summary


class BoundedPaginator(Paginator):
    """Pages of the first `limit` items; one more is counted, to know whether there are more (`truncated`)."""

    def __init__(self, items, per_page, limit):
        super().__init__(items[: limit + 1], per_page)
        self.items = items
        self.limit = limit

    def page(self, number):
        """A deeper page reads its items' keys first, then those items with what the cards show.

        Skipping a thousand bulletins is cheap on the listing's index; skipping them while joining each to
        its member, category, images and locale was not (48 ms for page 100 at 100,000 bulletins).
        """
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if not bottom:
            return super().page(number)
        top = min(bottom + self.per_page, self.count)
        keys = list(self.items.values_list("pk", flat=True)[bottom:top])
        return self._get_page(self.items.filter(pk__in=keys), number, self)

    @cached_property
    def counted(self):
        """How many items, kept in the cache until content changes (core.caching.cached_count).

        Counting is what a listing's SQL spends most on: up to `limit` rows, each joined to its page to check it
        is live and in the language (10-90 ms for a region, a category or a year at 100,000 bulletins).
        """
        return cached_count(self.object_list, lambda: Paginator.count.func(self))

    @cached_property
    def count(self):
        return min(self.counted, self.limit)

    @cached_property
    def truncated(self):
        return self.counted > self.limit


def paginate(request, items, per_page=12, max_pages=None):
    """The requested page of `items`: `?page=abc` reads as the first page, past the end is a 404.

    A listing (a queryset) is bounded to `max_pages` pages (settings.LISTING_MAX_PAGES): counting and skipping
    then cost the same with 100,000 items as with 1,200, and older items are reached through the filters
    (year, member, category), the feeds and search. `paginator.truncated` says that more exist.
    """
    max_pages = settings.LISTING_MAX_PAGES if max_pages is None else max_pages
    if isinstance(items, models.QuerySet) and max_pages:
        paginator = BoundedPaginator(items, per_page, limit=max_pages * per_page)
    else:
        paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    try:
        return paginator.page(number)
    except EmptyPage:
        if number == 1:
            return paginator.page(1)
        raise Http404(_("This page of results does not exist.")) from None


class SectionIndexPage(BasePage):
    """The index of a section of the site (news, experiences, events): one per home page, an introduction.

    With a `filter_form_class` (a form built with the page's locale, whose `apply()` narrows a queryset),
    the index lists `listing_items()` filtered by the query string and paginated; filters that do not
    validate answer 400 with the form's errors.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    filter_form_class = None

    class Meta:
        abstract = True

    def listing_items(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.filter_form_class:
            items = self.listing_items()
            form = self.filter_form_class(self.locale_id, request.GET)
            if form.is_valid():
                items = form.apply(items)
            else:
                context["status"] = 400
            context["filter_form"] = form
            context["items"] = paginate(request, items)
        return context


class LinkedDocument(TranslatableMixin, Orderable):
    """A document attached to a page, with an optional title of its own (translated)."""

    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Defaults to the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    translatable_fields = [SynchronizedField("document"), TranslatableField("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    @property
    def label(self):
        return self.title or self.document.title


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A translatable term with a language-independent slug, used in filter URLs."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens; the same in every language, used in links."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    # The slug is what filter links carry, the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name


class Region(TaxonomyTerm):
    """One of Morocco's 12 regions, keyed by its HCP code."""

    code = models.CharField(
        _("HCP code"), max_length=2, help_text=_("The region's two-digit code in the national register.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("code"), FieldPanel("sort_order")]

    translatable_fields = TaxonomyTerm.translatable_fields + [SynchronizedField("code", overridable=False)]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]


class NewsCategory(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class ExperienceTheme(TaxonomyTerm):
    description = models.TextField(_("description"), blank=True)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    translatable_fields = TaxonomyTerm.translatable_fields + [TranslatableField("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("experience theme")
        verbose_name_plural = _("experience themes")


@register_setting(icon="site")
class NetworkSettings(BaseSiteSetting):
    """Facts about the network that staff keep up to date without a developer.

    The network's composition is what the network declares (its members by type, on a date); the
    members directory counts only the members that have a space on the site. Both are shown, each
    for what it is; neither is written in the code.
    """

    total_collectivities = models.PositiveIntegerField(
        _("collectivities in Morocco"),
        null=True,
        blank=True,
        help_text=_("All territorial collectivities of Morocco: regions, prefecture/province councils, communes."),
    )
    member_regions = models.PositiveSmallIntegerField(_("member regions"), null=True, blank=True)
    member_councils = models.PositiveSmallIntegerField(
        _("member prefecture or province councils"), null=True, blank=True
    )
    member_communes = models.PositiveSmallIntegerField(_("member communes"), null=True, blank=True)
    composition_date = models.DateField(
        _("composition as of"),
        null=True,
        blank=True,
        help_text=_("The date on which the network declared this composition (a meeting, a report)."),
    )
    founded = models.DateField(_("founded on"), null=True, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    data_licence = models.CharField(
        _("licence of the open data"),
        max_length=120,
        blank=True,
        help_text=_("The licence under which the exports of the open data page are published, e.g. CC BY 4.0."),
    )
    data_licence_url = models.URLField(_("address of the licence"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("member_regions"), FieldPanel("member_councils"), FieldPanel("member_communes")]
                ),
                FieldPanel("composition_date"),
                FieldPanel("total_collectivities"),
            ],
            heading=_("The network's composition"),
            help_text=_(
                "As the network declares it; shown on the home page and in the members directory beside the "
                "count of members that have a space on the site."
            ),
        ),
        FieldPanel("founded"),
        FieldPanel("contact_email"),
        MultiFieldPanel([FieldPanel("data_licence"), FieldPanel("data_licence_url")], heading=_("Open data")),
        FieldPanel("facebook_url"),
        FieldPanel("youtube_url"),
    ]

    class Meta:
        verbose_name = _("network settings")

    @property
    def declared_by_kind(self):
        """{kind: count} of the declared composition, by the values of members.models.MemberKind."""
        return {"region": self.member_regions, "province": self.member_councils, "commune": self.member_communes}

    @property
    def declared_members(self):
        """The declared number of members, when every type is given."""
        counts = self.declared_by_kind.values()
        return None if None in counts else sum(counts)
