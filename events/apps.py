from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from events import calendars
        from events.models import EventPage
        from members import routes

        def listings(member, request):
            events = EventPage.objects.for_listing().filter(member=member)
            return {"upcoming_events": events.upcoming()[:6], "past_events": events.past()[:6]}

        # A member's page lists its events, and they are followed from it: /ar/members/bni-ansar/calendar/.
        routes.register(provider=listings)
        calendars.register_member_routes()

        from core.frontend_cache import register_purger, section_purger
        from events.models import EventIndexPage

        # The national agenda lists every member's events too.
        register_purger(section_purger(EventPage, EventIndexPage))
