from django.apps import AppConfig
from django.db.models.signals import pre_save


class CoreConfig(AppConfig):
    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.documents import get_document_model

        from core.uploads import unguessable_document_name

        pre_save.connect(unguessable_document_name, sender=get_document_model(), dispatch_uid="unguessable_documents")
