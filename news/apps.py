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

        from core.frontend_cache import register_purger, section_purger
        from news.models import NewsIndexPage

        def feeds_of(bulletin, index):
            """A bulletin also shows in its category's and its member's region's feeds."""
            base = index.get_full_url()
            routes = []
            if bulletin.category_id:
                routes.append(("category_feed", bulletin.category.slug))
            if bulletin.member_id and bulletin.member.region_id:
                routes.append(("region_feed", bulletin.member.region.slug))
            return [
                base + index.reverse_subpage(name + suffix, args=[slug]).lstrip("/")
                for name, slug in routes
                for suffix in ("", "_atom")
            ]

        register_purger(section_purger(NewsPage, NewsIndexPage, feeds_of))
