"""Template helpers for page content: numbers as the visitor reads them, related documents in one query."""

from django import template

from core.numbers import format_figure, format_number

register = template.Library()


@register.filter
def with_documents(related_documents):
    """{% for a in page.attachments.all|with_documents %}: linked documents and their files in one query."""
    return related_documents.select_related("document")


@register.filter
def number(value):
    """{{ page.population|number }} → «2.294.665» / «2 294 665»: grouped by thousands in every language."""
    return format_number(value)


@register.filter
def figure(value):
    """{{ figure.value|figure }}: a figure typed by an editor («1590», «+3000») grouped as computed ones are."""
    return format_figure(value)


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
