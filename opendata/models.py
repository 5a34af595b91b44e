"""The open data page: the exports anyone may download, each with its columns, and the API."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from core.models import BasePage, NetworkSettings
from opendata import exports


class OpenDataPage(BasePage):
    """Lists the datasets (CSV and JSON), documents their columns and licence, and points at the API."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data page")

    def datasets(self, root_url):
        listed = []
        for dataset in exports.DATASETS.values():
            listed.append(
                {
                    "slug": dataset.slug,
                    "title": dataset.title,
                    "description": dataset.description,
                    "columns": dataset.listed_columns(),
                    "csv": root_url + reverse("opendata_download", args=[dataset.slug, "csv"]),
                    "json": root_url + reverse("opendata_download", args=[dataset.slug, "json"]),
                }
            )
        return listed

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = self.get_site()
        root_url = site.root_url if site else ""
        context["datasets"] = self.datasets(root_url)
        context["licence"] = exports.licence(NetworkSettings.for_site(site) if site else None)
        context["api_url"] = root_url + reverse("wagtailapi:pages:listing")
        return context
