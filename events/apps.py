from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events.models import EventPage
        from members.models import register_member_listing

        register_member_listing(
            "upcoming_events", lambda member: EventPage.objects.for_listing().filter(member=member).upcoming()[:6]
        )
        register_member_listing(
            "past_events", lambda member: EventPage.objects.for_listing().filter(member=member).past()[:6]
        )
