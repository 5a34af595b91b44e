"""The read-only API: Wagtail's API v2 at /api/v2/ (pages, images, documents), public content only.

Pages: live and visible to anyone (Wagtail's own filter: `live().public()` under the site), with the network's
fields each page type lists in `api_fields` (member, dates, category, region…). Images and documents: only
those a visitor may already see — used by a live public page (Wagtail's reference index records every use)
or in the network's shared collection; a member's upload that no published page shows stays out, as it does
from the document library and the document server (members/documents.py).

Listings read the relations they write in a fixed number of queries, whatever their length.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, ForeignKey, IntegerField, Q, QuerySet
from django.db.models.functions import Cast

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from core.caching import cached_count
from documents.models import public_documents
from members.documents import public_collection


def related_for(model):
    """What a listing of `model` should join and prefetch for the fields it may write."""
    select, prefetch = ["locale"], []
    for api_field in getattr(model, "api_fields", []):
        name = api_field.name
        try:
            field = model._meta.get_field(name)
        except Exception:
            if name == "member_region":
                select.append("member__region")
            continue
        if isinstance(field, ForeignKey) and name == field.name:
            select.append(name)
        elif field.one_to_many:
            prefetch.append(name)
    return select, prefetch


class PagesPagination(WagtailPagination):
    """Wagtail's, with the pages' total count kept until content changes: counting every bulletin of a
    listing took 190 ms at 100,000 bulletins, for a figure that changes only on publication."""

    def paginate_queryset(self, queryset, request, view=None):
        if isinstance(queryset, QuerySet):  # not search results (`?search=`), counted by the search backend
            count = queryset.count
            queryset.count = lambda: cached_count(queryset, count)
        return super().paginate_queryset(queryset, request, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    pagination_class = PagesPagination

    def get_queryset(self):
        queryset = super().get_queryset()
        select, prefetch = related_for(queryset.model)
        return queryset.select_related(*select).prefetch_related(*prefetch)


def public_images():
    """Images used by a live page anyone may see, or in the network's shared collection."""
    Image = get_image_model()
    live_pages = Page.objects.live().public().annotate(pk_text=Cast("pk", CharField())).values("pk_text")
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(Image),
            object_id__in=live_pages,
        )
        .annotate(image_id=Cast("to_object_id", IntegerField()))
        .values("image_id")
    )
    shared = public_collection()
    in_network = Q(collection__path__startswith=shared.path) if shared is not None else Q(pk__in=[])
    return Image.objects.filter(Q(pk__in=used) | in_network)


def without_tags(fields):
    # Wagtail writes an item's tags with one query per item (`tags.names()` ignores prefetching); the site
    # does not tag its images and documents, so the field is left out and listings stay flat.
    return [name for name in fields if name != "tags"]


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    meta_fields = without_tags(ImagesAPIViewSet.meta_fields)
    listing_default_fields = without_tags(ImagesAPIViewSet.listing_default_fields)

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=public_images().values("pk"))


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    meta_fields = without_tags(DocumentsAPIViewSet.meta_fields)
    listing_default_fields = without_tags(DocumentsAPIViewSet.listing_default_fields)

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=public_documents().values("pk"))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
