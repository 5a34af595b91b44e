"""Template helpers for page content: numbers as the visitor reads them, related documents in one query."""

from django import template
from django.utils.translation import npgettext

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


def _kind_after_a_count(kind, n):
    """The name of a type of collectivity as it reads after a count: «12 جهة», «4 جماعات», «4 communes».

    Literal calls, context included, so that makemessages finds the plural forms to translate.
    """
    if kind == "REGION":
        return npgettext("after a count of member collectivities", "region", "regions", n)
    if kind == "PROVINCE":
        return npgettext(
            "after a count of member collectivities",
            "prefecture or province council",
            "prefecture or province councils",
            n,
        )
    if kind == "COMMUNE":
        return npgettext("after a count of member collectivities", "commune", "communes", n)
    return None


@register.filter
def counted_kinds(by_kind):
    """{% for n, label in figures.by_kind|counted_kinds %}: each type of collectivity named in the form its
    count asks for (Arabic has six forms), as the figures are read aloud."""
    from members.models import MemberKind

    kinds = {str(label): MemberKind(value).name for value, label in MemberKind.choices}
    return [(n, _kind_after_a_count(kinds.get(str(label)), n) or label) for label, n in by_kind]
