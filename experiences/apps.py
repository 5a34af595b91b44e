from django.apps import AppConfig


class ExperiencesConfig(AppConfig):
    name = "experiences"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from experiences.models import ExperiencePage
        from members.models import register_member_listing

        register_member_listing(
            "experiences", lambda member: ExperiencePage.objects.for_listing().filter(member=member)[:6]
        )
