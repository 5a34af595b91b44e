"""The number of subscribers per member, in the admin: counts only, never an address.

Network staff see every member's counts and those of the whole network and of each category; an officer
sees only their own member's. Who reaches what is decided by members.reach.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from alerts.models import Subscriber
from core.models import NewsCategory
from members.models import MemberPage
from members.reach import reach


def _grouped(objects, label):
    """One row per translation_key: its label in the admin's language if it has one, its count per language."""
    try:
        active = Locale.get_active().pk
    except Locale.DoesNotExist:
        active = None
    rows = {}
    for obj in objects:
        row = rows.setdefault(obj.translation_key, {"label": label(obj), "by_language": defaultdict(int), "total": 0})
        if obj.locale_id == active:
            row["label"] = label(obj)
        row["by_language"][obj.locale.language_code] += obj.n
        row["total"] += obj.n
    for row in rows.values():
        row["counts"] = [row["by_language"].get(code, 0) for code, _name in settings.LANGUAGES]
    return sorted(rows.values(), key=lambda row: (-row["total"], str(row["label"])))


def member_rows(user):
    members = (
        reach(user)
        .pages(MemberPage.objects.all())
        .annotate(n=Count("alert_subscribers"))
        .select_related("locale")
        .order_by("pk")
    )
    return _grouped(members, lambda member: member.title)


def category_rows():
    categories = NewsCategory.objects.annotate(n=Count("alert_subscribers")).select_related("locale").order_by("pk")
    return _grouped(categories, lambda category: category.name)


class SubscriberCountsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "alerts/admin/subscribers.html"
    page_title = _("Email alerts")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        network_wide = reach(user).everything
        context.update(
            {
                "languages": [name for _code, name in settings.LANGUAGES],
                "member_rows": member_rows(user),
                "network_wide": network_wide,
            }
        )
        if network_wide:
            context["category_rows"] = category_rows()
            context["subscribers_total"] = Subscriber.objects.count()
            context["whole_network_total"] = Subscriber.objects.filter(whole_network=True).count()
        return context
