from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from news import feeds

        # A member's bulletins are followed from the member's page: /ar/members/bni-ansar/feed/.
        feeds.register_member_routes()
