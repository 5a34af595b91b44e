from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events import calendars

        # A member's events are followed from the member's page: /ar/members/bni-ansar/calendar/.
        calendars.register_member_routes()
