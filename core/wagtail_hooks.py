"""Admin customisation: the taxonomies under one menu item, text direction in editors."""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import ExperienceTheme, NewsCategory, Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "slug"]
    search_fields = ["name"]


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class ExperienceThemeViewSet(SnippetViewSet):
    model = ExperienceTheme
    icon = "tick-inverse"
    list_display = ["name", "slug", "sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (RegionViewSet, NewsCategoryViewSet, ExperienceThemeViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("insert_global_admin_js")
def text_direction_follows_what_is_typed():
    return format_html('<script src="{}" defer></script>', static("core/js/admin_dir_auto.js"))


@hooks.register("before_serve_document")
def signed_document_redirects_are_not_kept(document, request):
    """On object storage a download is a redirect to a signed address that soon expires: no cache may keep it."""
    if settings.WAGTAILDOCS_SERVE_METHOD == "redirect":
        request.private_response = True
