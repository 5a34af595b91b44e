from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from members import routes
        from news import feeds
        from news.models import NewsPage

        # A member's page lists its bulletins, and they are followed from it: /ar/members/bni-ansar/feed/.
        routes.register(
            provider=lambda member, request: {"news_items": NewsPage.objects.for_listing().filter(member=member)[:6]}
        )
        feeds.register_member_routes()
