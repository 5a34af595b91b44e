"""Purging the cache in front of the site (Varnish, nginx, a CDN) when content changes.

When a page is published, unpublished, moved or deleted, what may show it goes: the page itself and its routes
(feeds, calendar: `get_cached_paths`), its translations, every live ancestor of each (the section index, the
member's page and the home that list it) with their routes, and whatever the apps above core declare through
`register_purger` (the sitemap, a bulletin's category and region feeds). Core knows no section: each
app registers, from its AppConfig.ready(), a function `purger(page) -> iterable of pages or absolute URLs`.

The backends are Wagtail's (`wagtail.contrib.frontend_cache`), configured from the environment in the
settings (`WAGTAILFRONTENDCACHE`); with none configured nothing is sent. Purges are sent once the transaction
that changed the content commits.
"""

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

_purgers = []


def register_purger(purger):
    """`purger(page)` returns the pages or absolute URLs to purge, besides the page's own, when `page` changes."""
    _purgers.append(purger)
    return purger


def with_translations(page):
    """The page and its live translations."""
    return [page, *(p.specific_deferred for p in page.get_translations().live())]


def section_purger(page_model, index_model, extra=None):
    """A purger for `page_model`: the `index_model` page of each language it is in (national indexes list every
    member's items), and what `extra(page, index)` adds (URLs of the index's routes that take arguments)."""

    def purger(page):
        if not isinstance(page, page_model):
            return []
        found = []
        for version in with_translations(page):
            index = index_model.objects.live().filter(locale_id=version.locale_id).first()
            if index is not None:
                found.append(index)
                if extra is not None:
                    found.extend(extra(version, index))
        return found

    return purger


def related_pages(page):
    """The page, its live translations and every live ancestor (below the tree's root) of each."""
    versions = [page, *page.get_translations().live()]
    ancestors = Page.objects.none()
    for version in versions:
        ancestors |= Page.objects.ancestor_of(version).filter(depth__gt=1)
    return versions + list(ancestors.live())


def urls_for(page):
    """Every absolute URL that may show `page`."""
    page = page.specific_deferred
    batch = PurgeBatch()
    for item in related_pages(page):
        batch.add_page(item)
    for purger in _purgers:
        for item in purger(page) or ():
            if isinstance(item, Page):
                batch.add_page(item)
            elif item:
                batch.add_url(item)
    return batch.urls


def purge(urls):
    if urls and settings.WAGTAILFRONTENDCACHE:
        batch = PurgeBatch(urls)
        transaction.on_commit(batch.purge)


def page_changed(sender, instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        purge(urls_for(instance))


def page_moved(sender, instance, url_path_before, url_path_after, parent_page_before=None, **kwargs):
    """Where the page and its descendants were, and what listed them there, as well as where they are."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = set(urls_for(instance))
    if parent_page_before is not None:
        urls |= urls_for(parent_page_before)
    home_path = "/" + url_path_after.strip("/").split("/")[0] + "/"
    if url_path_before.startswith(home_path) and url_path_before != url_path_after:
        for page in [instance, *instance.get_descendants().live()]:
            url = page.get_full_url()
            tail = page.url_path[len(home_path) :]
            if url and tail and url.endswith(tail):
                old_tail = url_path_before + page.url_path[len(url_path_after) :]
                urls.add(url[: -len(tail)] + old_tail[len(home_path) :])
    purge(urls)


def page_deleted(sender, instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE and isinstance(instance, Page) and instance.live and instance.pk:
        purge(urls_for(instance))
