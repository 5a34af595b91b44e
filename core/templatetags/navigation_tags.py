"""The site's navigation: the visitor's home, its sections, breadcrumbs, the language switcher and hreflang.

Everything is read once per request and kept on it, so the header and footer cost the same few queries on
every page, whatever the number of sections, languages or translations.

The switcher never hides a language and never leads to a 404: a page without a live translation in a
language links to its closest ancestor that has one (at worst that language's home) and says so.
"""

from django import template
from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core.caching import cached, memoized

register = template.Library()

# Languages are labelled by their own names. Django spells Arabic with a shadda and French in lower case;
# the site uses the everyday spellings. Any other configured language falls back to Django's name_local.
OWN_NAMES = {"ar": "العربية", "fr": "Français"}

# The section index pages always belong in the main menu; other pages of the home (the pages about the
# network) only when an editor ticked "show in menus".
SECTION_MODELS = {
    ("members", "memberindexpage"),
    ("news", "newsindexpage"),
    ("experiences", "experienceindexpage"),
    ("events", "eventindexpage"),
    ("documents", "documentindexpage"),
}


def language_name(code):
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def _content_language(code):
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return code


def _language_root_url(code):
    """/fr/: the address of a language's home, whether or not that home exists yet (Wagtail then serves the
    default language's home in that language's interface, never a 404)."""
    with translation.override(code):
        try:
            return reverse("wagtail_serve", args=[""])
        except NoReverseMatch:
            return f"/{code}/"


class Navigation:
    """What the header, footer and <head> need to know about where the visitor is."""

    def __init__(self, request, page):
        self.request = request
        self.page = page if isinstance(page, Page) and page.pk else None
        self.language = _content_language(translation.get_language() or settings.LANGUAGE_CODE)
        self.homes = self._homes()
        self.home = self._current_home()
        self.sections = self._sections()
        # {{ nav.section_urls.news }}: where "all bulletins", "all events"… links point, by app.
        self.section_urls = {item["app_label"]: item["url"] for item in self.sections if item["is_section"]}
        self.closest = self._closest_versions()
        self.translations = {
            code: p for code, p in self.closest.items() if self.page is not None and p.source_depth == self.page.depth
        }
        self.languages = self._languages()
        # The languages the visitor can switch to but that have no translation of this page: said in a notice.
        self.untranslated = (
            [link for link in self.languages if not link["is_current"] and not link["is_translation"]]
            if self.page is not None
            else []
        )
        self.canonical = self.page.get_full_url(request) if self.page is not None else None
        self.alternates = []
        for code, _name in settings.LANGUAGES:
            version = self.translations.get(_content_language(code))
            url = version.get_full_url(request) if version is not None else None
            if url and (code, url) not in self.alternates:
                self.alternates.append((code, url))
        # x-default: the default language's version, else the first configured language that has one, so
        # that every version of a page names the same one.
        self.x_default = self.alternates[0][1] if self.alternates else None
        default = dict(self.alternates).get(settings.LANGUAGE_CODE)
        if default:
            self.x_default = default

    def _homes(self):
        """The site root in every language where it is live, by language code: one query."""
        site = Site.find_for_request(self.request) if self.request else None
        if site is None:
            return {}

        def build():
            root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
            homes = Page.objects.live().filter(translation_key=Subquery(root_key)).select_related("locale")
            return {home.locale.language_code: home for home in homes}

        # Kept between requests (core/caching.py): forgotten whenever a page is published, moved or deleted.
        return cached("nav-homes", build, site.pk)

    def _current_home(self):
        if self.page is not None:
            for home in self.homes.values():
                if home.locale_id == self.page.locale_id:
                    return home
        return self.homes.get(self.language)

    def _sections(self):
        """The home's sections, in the editors' order: one query."""
        if self.home is None:
            return []
        in_menu = Q(show_in_menus=True)
        for app_label, model in SECTION_MODELS:
            in_menu |= Q(content_type__app_label=app_label, content_type__model=model)

        def build():
            children = Page.objects.child_of(self.home).live().filter(in_menu).select_related("content_type")
            return [
                {
                    "page": child,
                    "title": child.title,
                    "url": child.get_url(self.request),
                    "is_section": (child.content_type.app_label, child.content_type.model) in SECTION_MODELS,
                    "app_label": child.content_type.app_label,
                }
                for child in children
            ]

        current_path = self.page.path if self.page is not None else ""
        return [
            {**item, "is_current": current_path.startswith(item["page"].path)}
            for item in cached("nav-sections", build, self.home.pk)
        ]

    def _closest_versions(self):
        """By language, the live translation of the page or else of its closest ancestor that has one: one query,
        kept in the cache until content changes.

        Each candidate carries `source_depth`, the depth of the page or ancestor it translates; the page's own
        translations have the page's depth.
        """
        if self.page is None:
            return {}
        steplen = Page.steplen
        # The page and its ancestors, the tree's root (depth 1, never served) left out.
        paths = [self.page.path[:end] for end in range(2 * steplen, len(self.page.path) + 1, steplen)]
        lineage = Page.objects.filter(path__in=paths)
        source_depth = lineage.filter(translation_key=OuterRef("translation_key")).values("depth")[:1]
        candidates = (
            Page.objects.live()
            .filter(translation_key__in=lineage.values("translation_key"))
            .annotate(source_depth=Subquery(source_depth))
            .select_related("locale")
            .order_by("-source_depth")
        )
        closest = {}
        for candidate in cached("closest-versions", lambda: list(candidates), self.page.path):
            code = candidate.locale.language_code
            if code not in closest and candidate.get_url(self.request) is not None:
                closest[code] = candidate
        return closest

    def _languages(self):
        links = []
        url_name = getattr(getattr(self.request, "resolver_match", None), "url_name", None)
        for code, name in settings.LANGUAGES:
            content_code = _content_language(code)
            is_current = content_code == self.language
            target = self.closest.get(content_code)
            is_translation = content_code in self.translations
            if is_current:
                url = self.request.get_full_path() if self.request else ""
            elif target is not None:
                url = target.get_url(self.request)
            else:
                url = None
                if self.page is None and url_name and url_name != "wagtail_serve":
                    # A view of our own (search): the same view, and the same query, in the other language.
                    translated = translate_url(self.request.get_full_path(), code)
                    if translated != self.request.get_full_path():
                        url, is_translation = translated, True
                if url is None:
                    home = self.homes.get(content_code)
                    url = home.get_url(self.request) if home is not None else _language_root_url(code)
                    target = home
            links.append(
                {
                    "code": code,
                    "name": language_name(code),
                    # The language's name in the visitor's language, for sentences: «into French», «إلى الفرنسية».
                    "name_in_context": name,
                    "url": url,
                    "is_current": is_current,
                    "is_translation": is_translation,
                    # What the link leads to when it is not this page: its title, isolated in its own language.
                    "target_title": (
                        format_html('<bdi lang="{}">{}</bdi>', code, target.title)
                        if target is not None and not is_translation
                        else ""
                    ),
                }
            )
        return links

    @property
    def home_url(self):
        return self.home.get_url(self.request) if self.home else f"/{translation.get_language()}/"


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """{% site_navigation as nav %}: nav.home, nav.sections, nav.section_urls, nav.languages, nav.alternates…"""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return Navigation(None, page)
    key = (getattr(page, "pk", None), translation.get_language())
    cache = request.__dict__.setdefault("_site_navigation", {})
    if key not in cache:
        cache[key] = Navigation(request, page)
    return cache[key]


def ancestors_below(page, home):
    """The live ancestors of `page` below `home`, outermost first: one query per request (the visible
    breadcrumbs and the structured data's share it), none for the home or a section."""
    if not isinstance(page, Page) or not page.pk or not page.depth or home is None or page.depth <= home.depth + 1:
        return []
    return memoized(
        f"ancestors:{page.pk}:{home.pk}", lambda: list(page.get_ancestors().live().filter(depth__gt=home.depth))
    )


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page, home):
    """The live ancestors of `page` below `home`, outermost first, as titles and URLs."""
    request = context.get("request")
    return [{"title": p.title, "url": p.get_url(request)} for p in ancestors_below(page, home)]
