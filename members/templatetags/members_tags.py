"""Template helpers about members: the types of collectivity named as their counts ask."""

from django import template
from django.utils.translation import npgettext

from members.models import MemberKind

register = template.Library()


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
    kinds = {str(label): MemberKind(value).name for value, label in MemberKind.choices}
    return [(n, _kind_after_a_count(kinds.get(str(label)), n) or label) for label, n in by_kind]
