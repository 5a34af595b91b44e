"""An editor's reach: what of the member spaces a user may see and name. Decided here, and nowhere else.

A user *reaches* every page outside member spaces and the member spaces they hold any page
permission in, on, above or below the member's page. Network staff, with permissions on the root,
reach them all; superusers reach everything. An officer reaches their own member's space.

Everything that lets an id in applies these answers: the admin's allow-list (`members.access`), the
page form's reference checks (`members.references`), the choosers and explorer hooks
(`members.wagtail_hooks`) and user management (`members.accounts`).

- `reach(user).page(page)`: may the user open this page in the admin?
- `reach(user).pages(queryset)`: the pages of a queryset the user may open.
- `reach(user).refused(refs)`: of (model, pk) references, those the user may not put in a page:
  another member's page that is not live and public, an image or document of a collection the
  user may not choose from, or an object of a kind nobody reviewed.
- `reach(user).users(queryset)`: the accounts the user may see named (an officer: their member's).
"""

from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import page_permission_policy, policy_registry

from core.models import TaxonomyTerm
from members.models import MemberPage


def _shared_vocabulary(model):
    """Models every editor may name in a page: the translatable taxonomies."""
    return issubclass(model, TaxonomyTerm)


class Reach:
    def __init__(self, user):
        self.user = user
        self.is_superuser = user.is_superuser
        grants = [perm.page.path for perm in page_permission_policy.get_cached_permissions_for_user(user)]
        self.spaces = list(MemberPage.objects.values_list("path", "depth"))
        self.own = sorted(
            {
                path
                for path, _ in self.spaces
                if any(path.startswith(grant) or grant.startswith(path) for grant in grants)
            }
        )
        self.foreign = [path for path, _ in self.spaces if path not in self.own]

    @property
    def everything(self):
        """Network staff and superusers: no member space is closed to them."""
        return self.is_superuser or not self.foreign

    # --- pages ------------------------------------------------------------------------------

    def page(self, page):
        if self.is_superuser:
            return True
        return not any(page.path.startswith(path) for path in self.foreign)

    def pages(self, queryset):
        """`queryset` without the pages in member spaces out of reach.

        Expressed with `path` and `depth` only, both search filter fields, so it also holds on a
        queryset that is then searched. Member pages are the only children of their directory, so
        "inside a member space" is "below a directory".
        """
        if self.everything:
            return queryset
        steplen = Page.steplen
        inside = Q()
        for path, depth in {(path[:-steplen], depth - 1) for path, depth in self.spaces}:
            inside |= Q(path__startswith=path, depth__gt=depth)
        own = Q()
        for path in self.own:
            own |= Q(path__startswith=path)
        return queryset.exclude(inside & ~own) if self.own else queryset.exclude(inside)

    # --- references -------------------------------------------------------------------------

    def refused(self, refs):
        """The (model, pk) pairs of `refs` this user may not put in a page, as a set."""
        if self.everything:
            return set()
        by_model = {}
        for model, pk in refs:
            by_model.setdefault(model, set()).add(str(pk))
        refused = set()
        for model, pks in by_model.items():
            allowed = {str(pk) for pk in self._allowed(model, pks)}
            refused |= {(model, pk) for pk in pks if pk not in allowed}
        return refused

    def _allowed(self, model, pks):
        ids = [pk for pk in pks if pk.isdigit()]
        if issubclass(model, Page):
            pages = Page.objects.filter(pk__in=ids)
            # A page the user reaches, or any page the public may already read.
            in_reach = self.pages(pages).values_list("pk", flat=True)
            public = pages.live().public().values_list("pk", flat=True)
            return {*in_reach, *public}
        if issubclass(model, (get_image_model(), get_document_model())):
            policy = policy_registry.get_by_type(model)
            permitted = policy.instances_user_has_permission_for(self.user, "choose")
            return permitted.filter(pk__in=ids).values_list("pk", flat=True)
        if _shared_vocabulary(model):
            return pks
        # Anything nobody reviewed is refused.
        return []

    # --- people -----------------------------------------------------------------------------

    def users(self, queryset):
        """The accounts of `queryset` this user may see named: an officer, themselves and their member's officers."""
        if self.everything:
            return queryset
        groups = MemberPage.objects.filter(path__in=self.own).exclude(officers_group=None).values("officers_group")
        return queryset.filter(Q(pk=self.user.pk) | Q(groups__in=groups)).distinct()


def reach(user):
    """The reach of `user`, computed once per request (kept on the request's user object)."""
    cached = getattr(user, "_member_reach", None)
    if cached is None:
        cached = user._member_reach = Reach(user)
    return cached
