"""Template helpers for page content: numbers as the visitor reads them, related documents in one query."""

from django import template
from django.utils import formats, numberformat

register = template.Library()


@register.filter
def with_documents(related_documents):
    """{% for a in page.attachments.all|with_documents %}: linked documents and their files in one query."""
    return related_documents.select_related("document")


@register.filter
def number(value):
    """{{ page.population|number }} → «2.294.665» / «2 294 665»: grouped by thousands in every language.

    Django groups French digits but not Arabic ones (its Arabic formats have no NUMBER_GROUPING); census
    figures need grouping to be readable in both.
    """
    if value in (None, ""):
        return ""
    try:
        value = int(value)
    except (TypeError, ValueError):
        return value
    return numberformat.format(
        value,
        formats.get_format("DECIMAL_SEPARATOR"),
        grouping=3,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


@register.filter
def group_by(items, attribute):
    """{% for label, people in team|group_by:"get_role_display" %}: groups in the editors' order.

    Unlike {% regroup %}, items need not be sorted: a group appears where its first item does.
    """
    groups = {}
    for item in items:
        key = getattr(item, attribute)
        key = key() if callable(key) else key
        groups.setdefault(key, []).append(item)
    return list(groups.items())
