"""Which pages are private (under a view restriction), asked once per request instead of once per listing.

Wagtail's `PageQuerySet.public()` reads every view restriction each time it is called, and serving a page
reads its ancestors and their restrictions: a home page listing five sections paid for it seven times.
Here the restricted sections' tree paths are read once per request and every check reuses them.
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from core.caching import memoized


def restricted_paths():
    """The tree paths of the pages that carry a view restriction: one query per request."""
    return memoized("restricted-paths", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)))


def private_q():
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


def public(pages):
    """`pages` (a page queryset) without the private sections, as `.public()` but one query per request."""
    return pages.exclude(private_q())


class PublicPageQuerySet(PageQuerySet):
    """A page queryset whose `.public()` / `.not_public()` read the restrictions once per request."""

    def private_q(self):
        return private_q()
