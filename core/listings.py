"""Listing querysets: cards' pages with what the cards show, in few queries that PostgreSQL plans quickly.

A card shows its page's image. Joining each image into the listing's query (select_related) made it a join of
eight tables, which PostgreSQL took 12-20 ms to plan for 1 ms of work at 100,000 bulletins; `with_images`
gives the items their images afterwards, from the cache (one read for the whole listing) or else in one query
by key, whatever the number of image fields. Images are kept under the content version, which an image's edit
replaces (core/apps.py). Their locales, which feeds and calendars name, come from the cache too.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.query import ModelIterable

from wagtail.images import get_image_model
from wagtail.models import Locale

from core.caching import cached, content_version
from core.privacy import PublicPageQuerySet


def images_by_key(keys):
    """{key: image} for these image keys: from the cache, the missing ones in one query (then kept)."""
    prefix = f"core:image:{content_version()}:"
    found = {
        int(name.removeprefix(prefix)): image for name, image in cache.get_many([prefix + str(k) for k in keys]).items()
    }
    missing = set(keys) - found.keys()
    if missing:
        read = get_image_model().objects.in_bulk(missing)
        cache.set_many({prefix + str(key): image for key, image in read.items()}, settings.FRAGMENT_CACHE_TIMEOUT)
        found.update(read)
    return found


def attach_images(items, names):
    """Give each item its images (`names`: foreign keys to the image model)."""
    keys = {getattr(item, f"{name}_id") for item in items for name in names} - {None}
    images = images_by_key(keys) if keys else {}
    for item in items:
        for name in names:
            key = getattr(item, f"{name}_id")
            if key is not None and key in images:
                setattr(item, name, images[key])


def attach_locales(items):
    """Give each item its locale (feeds and calendars name the language of every item) without a join."""
    locales = cached("locales", Locale.objects.in_bulk)
    for item in items:
        if "locale" not in item._state.fields_cache and item.locale_id in locales:
            item.locale = locales[item.locale_id]


class ListingQuerySet(PublicPageQuerySet):
    _image_fields = ()

    def with_images(self, *names):
        """Give every item these images once the items are read: from the cache, or in one query."""
        clone = self._chain()
        clone._image_fields = names
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._image_fields = self._image_fields
        return clone

    def _fetch_all(self):
        attach = self._result_cache is None and self._iterable_class is ModelIterable
        super()._fetch_all()
        if attach:
            attach_locales(self._result_cache)
            if self._image_fields:
                attach_images(self._result_cache, self._image_fields)
