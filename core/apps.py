from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save


class CoreConfig(AppConfig):
    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.documents import get_document_model

        from core.uploads import unguessable_document_name

        pre_save.connect(unguessable_document_name, sender=get_document_model(), dispatch_uid="unguessable_documents")
        self.connect_caches()

    def connect_caches(self):
        """What cached navigation, figures and footers depend on, and the cache in front (core/caching.py)."""
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core import frontend_cache
        from core.caching import content_changed, settings_saved
        from core.models import NetworkSettings, TaxonomyTerm

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"content_changed_{signal}")
        # A page's draft saves change nothing public; its publication, move or deletion does.
        post_delete.connect(content_changed, sender=Page, dispatch_uid="content_changed_del_Page")
        # The settings row is created with its defaults on the first request that reads it: nothing changed then.
        post_save.connect(settings_saved, sender=NetworkSettings, dispatch_uid="content_changed_save_settings")
        # An image's edit (its focal point, its description) changes the pages that show it.
        for model in (PageViewRestriction, Site, get_image_model(), *TaxonomyTerm.__subclasses__()):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"content_changed_save_{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"content_changed_del_{model.__name__}")
        page_published.connect(frontend_cache.page_changed, dispatch_uid="purge_published")
        page_unpublished.connect(frontend_cache.page_changed, dispatch_uid="purge_unpublished")
        post_page_move.connect(frontend_cache.page_moved, dispatch_uid="purge_moved")
        pre_delete.connect(frontend_cache.page_deleted, dispatch_uid="purge_deleted")
