from django.apps import AppConfig


class ExperiencesConfig(AppConfig):
    name = "experiences"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from experiences.models import ExperiencePage
        from members import routes

        # A member's page lists its experiences.
        routes.register(
            provider=lambda member, request: {
                "experiences": ExperiencePage.objects.for_listing().filter(member=member)[:6]
            }
        )

        from core.frontend_cache import register_purger, section_purger
        from experiences.models import ExperienceIndexPage

        # The national index lists every member's experiences too.
        register_purger(section_purger(ExperiencePage, ExperienceIndexPage))
