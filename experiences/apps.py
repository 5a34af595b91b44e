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
