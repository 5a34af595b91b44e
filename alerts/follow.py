"""The "email alerts" link beside the feeds of member pages and section indexes, with their choice made."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from core.syndication import Follow
from events.models import EventIndexPage
from experiences.models import ExperienceIndexPage
from members.models import MemberPage
from news.models import NewsIndexPage


def subscribe_url(**query):
    url = reverse("alerts:subscribe")
    return f"{url}?{urlencode(query)}" if query else url


def alerts_link(page, request, context):
    if isinstance(page, MemberPage):
        return [Follow(Follow.ALERTS, _("Email alerts from this member"), subscribe_url(member=page.slug))]
    if isinstance(page, NewsIndexPage):
        form = context.get("filter_form")
        data = form.cleaned_data if form is not None and form.is_valid() else {}
        query = {key: data[key] for key in ("member", "category") if data.get(key)}
        return [Follow(Follow.ALERTS, _("Email alerts"), subscribe_url(**(query or {"network": "1"})))]
    if isinstance(page, EventIndexPage | ExperienceIndexPage):
        return [Follow(Follow.ALERTS, _("Email alerts"), subscribe_url(network="1"))]
    return []
