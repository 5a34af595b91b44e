from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from members.models import register_member_listing
        from news.models import NewsPage

        register_member_listing("news_items", lambda member: NewsPage.objects.for_listing().filter(member=member)[:6])
