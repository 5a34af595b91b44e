from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its commands: the top layer, which may import every other app."""

    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
