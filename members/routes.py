"""What the sections add to a member's page: the lists of its space, and the feeds and calendars of it.

A member's bulletins and events are kept by sections above this layer, which it cannot import.
Each section registers, from its AppConfig.ready(), the routes it serves under a member's page
(`/ar/members/bni-ansar/feed/`…; each view is called with the member page first, like a method)
and what it adds to the page: the lists of the member's bulletins, events or experiences, its ways to
follow the member and any context of its own.
"""

_patterns = []
_providers = []


def register(patterns=(), provider=None):
    """Add URL patterns under every member page and a `provider(member, request) -> dict` of context.

    A provider's `follow` list is added to the page's ways to be followed; its other keys go to the context.
    """
    _patterns.extend(patterns)
    if provider is not None:
        _providers.append(provider)


def patterns():
    return tuple(_patterns)


def context(member, request):
    extra = {"follow": []}
    for provider in _providers:
        found = provider(member, request)
        extra["follow"].extend(found.pop("follow", []))
        extra.update(found)
    return extra
