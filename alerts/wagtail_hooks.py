"""The admin's report of subscriber counts (Reports → Email alerts)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from alerts.admin_views import SubscriberCountsView
from members.reach import reach


@hooks.register("register_admin_urls")
def alerts_admin_urls():
    return [path("alerts/subscribers/", SubscriberCountsView.as_view(), name="alerts_subscribers")]


class SubscriberCountsMenuItem(MenuItem):
    def is_shown(self, request):
        # Staff, and officers of a member: each sees the counts they may see (alerts.admin_views).
        return reach(request.user).everything or bool(reach(request.user).own)


@hooks.register("register_reports_menu_item")
def subscriber_counts_menu_item():
    return SubscriberCountsMenuItem(
        _("Email alerts"), reverse("alerts_subscribers"), name="email-alerts", icon_name="mail", order=1000
    )
