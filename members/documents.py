"""Documents stay private until published.

An officer's upload is served to anonymous visitors only once a live, public page uses it (Wagtail's reference
index says which pages use a document; it indexes a page's live content, not its drafts), or when it sits in the
network's shared collection, which is public by definition. Anyone else gets a 404, as if it did not exist,
while editors who may choose or edit it (and have passed their second factor) still can, with a response no
cache keeps. Hooked into Wagtail's document serving through its `before_serve_document` hook
(members/wagtail_hooks.py); documents are always served through that view (WAGTAILDOCS_SERVE_METHOD).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from members.roles import network_roles
from users.two_factor import is_fully_signed_in


def public_collection():
    """The network's shared collection (its subtree is public), or None before the roles are set up."""
    roles = network_roles()
    return roles.network_collection if roles else None


def pages_using(document):
    """Live pages, visible to anyone, whose published content uses `document`."""
    references = ReferenceIndex.get_references_to(document).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = [int(pk) for pk in references.values_list("object_id", flat=True) if str(pk).isdigit()]
    return Page.objects.filter(pk__in=page_ids).live().public()


def is_public(document):
    shared = public_collection()
    if shared is not None and document.collection.path.startswith(shared.path):
        return True
    return pages_using(document).exists()


def may_see_unpublished(user, document):
    if not is_fully_signed_in(user):
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], document)


def serve_only_published(document, request):
    """Wagtail's `before_serve_document` hook: 404 for an unpublished document, unless an editor asks."""
    if is_public(document):
        return None
    if may_see_unpublished(request.user, document):
        # Shown to an editor: no shared cache may keep it for the public (core/csp.py reads this).
        request.private_response = True
        return None
    raise Http404
