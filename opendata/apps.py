from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "opendata"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.frontend_cache import register_purger
        from opendata.purge import purger

        register_purger(purger)
