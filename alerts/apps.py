from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from alerts import follow
        from core.syndication import add_follow_provider

        # "Email alerts" beside the feeds of the member pages and the section indexes.
        add_follow_provider(follow.alerts_link)
