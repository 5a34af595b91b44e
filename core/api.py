"""How the read-only API (Wagtail's API v2, /api/v2/) writes the network's own fields.

A taxonomy term is written by its language-independent slug and its name in the page's language; a page a
field points at, by its id, title and address. Each page type lists its `api_fields` with these.
"""

from rest_framework import serializers


class TermField(serializers.Field):
    """A region, a category or a theme: {"slug", "name"}, or null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        # A missing relation is written as null, not skipped.
        try:
            return super().get_attribute(instance)
        except AttributeError:
            return None

    def to_representation(self, term):
        if term is None:
            return None
        return {"slug": term.slug, "name": term.name}


class PageRefField(TermField):
    """A page named by another: {"id", "title", "slug"} and any of `extra` attributes, or null."""

    def __init__(self, extra=(), **kwargs):
        self.extra = tuple(extra)
        super().__init__(**kwargs)

    def to_representation(self, page):
        if page is None:
            return None
        data = {"id": page.pk, "title": page.title, "slug": page.slug}
        for name in self.extra:
            data[name] = getattr(page, name)
        return data
