"""The home page and the standard pages about the network."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, PageChooserPanel, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.models import BasePage
from events.models import EventPage
from experiences.models import ExperiencePage
from members.figures import network_figures
from news.models import NewsPage


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero link"),
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more content"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                PageChooserPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    featured_panels = [
        MultiFieldPanel(
            [InlinePanel("featured_experiences", label=_("Experience"), max_num=6)],
            heading=_("Featured experiences"),
            help_text=_("Chosen by network staff; shown on the home page in this order."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(featured_panels, heading=_("Featured")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_title"),
        TranslatableField("hero_text"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_link"),
        TranslatableField("hero_link_label"),
        TranslatableField("body"),
        # Links to Arabic experiences; `featured()` shows each in the home page's own language.
        SynchronizedField("featured_experiences"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "members.MemberIndexPage",
        "news.NewsIndexPage",
        "experiences.ExperienceIndexPage",
        "events.EventIndexPage",
        "documents.DocumentIndexPage",
        "home.StandardPage",
        "opendata.OpenDataPage",
    ]

    # The home is served from its site's root, kept in the cache with these (core.caching.remember_site).
    serve_select_related = (*BasePage.serve_select_related, "hero_image", "hero_link")

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.for_listing().filter(locale_id=self.locale_id)[:6]
        context["upcoming_events"] = (
            EventPage.objects.for_listing().filter(locale_id=self.locale_id, parent_event__isnull=True).upcoming()[:4]
        )
        context["recent_events"] = (
            EventPage.objects.for_listing().filter(locale_id=self.locale_id, parent_event__isnull=True).past()[:3]
        )
        # These and the figures are read only when the cached fragment that shows them is missing ({% cache %}).
        context["featured_experiences"] = SimpleLazyObject(self.featured)
        context["figures"] = SimpleLazyObject(lambda: network_figures(self, request))
        return context

    def featured(self):
        """The featured experiences, in this page's language where they are translated.

        The choice is synchronised from the Arabic home, so a translation's rows point at the
        Arabic pages; each is shown as its translation in the home page's locale when there is one.
        """
        keys = list(self.featured_experiences.values_list("experience__translation_key", flat=True))
        pages = ExperiencePage.objects.for_listing().filter(translation_key__in=keys)
        by_key = {}
        for page in pages:
            if page.translation_key not in by_key or page.locale_id == self.locale_id:
                by_key[page.translation_key] = page
        return [by_key[key] for key in keys if key in by_key]


class FeaturedExperience(Orderable):
    page = ParentalKey(HomePage, related_name="featured_experiences", on_delete=models.CASCADE)
    experience = models.ForeignKey(
        "experiences.ExperiencePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("experience")
    )

    panels = [FieldPanel("experience")]


class StandardPage(BasePage):
    """A page about the network: identity, aims, commitments and values."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction"), TranslatableField("body")]

    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
