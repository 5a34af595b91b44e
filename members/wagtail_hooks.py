"""Admin hooks for member spaces: what officers see and how experiences reach review.

- Choosers and the images/documents admin API list only what the user may reach or choose.
- Every page form checks the references it would save (members.references); a copy of a page holding
  references the user may not name is refused.
- Bulk actions on users follow the rules of single edits (members.accounts).
- An officer's "Publish" on an experience submits it for review instead.
- An officer's dashboard shows their member's drafts, what awaits review and what was published.
- An officer's "Pages" menu and page count are their member's space, not the whole tree.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import PageExplorerMenuItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permissions import policy_registry
from wagtail.users.views.bulk_actions.assign_role import AssignRoleBulkAction
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction
from wagtail.users.views.bulk_actions.set_active_state import SetActiveStateBulkAction

from members.accounts import assignable_groups, may_manage
from members.documents import serve_only_published
from members.models import MemberPage
from members.reach import reach
from members.references import check_page_form, construct_page_form, refused_in_page
from members.review import ReviewedByNetwork, submit_for_review, user_can_publish, user_can_publish_child

# --- choosers and the admin API -----------------------------------------------------------

hooks.register("construct_page_form", construct_page_form)
hooks.register("check_page_form", check_page_form)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_in_reach(pages, request):
    return reach(request.user).pages(pages)


@hooks.register("construct_explorer_page_queryset")
def explorer_in_reach(parent_page, pages, request):
    return reach(request.user).pages(pages)


@hooks.register("before_copy_page")
def copies_name_only_what_the_user_may(request, page):
    # A copy (or an alias) would hold every reference of the page: the same rule as its form.
    if refused_in_page(request.user, page):
        messages.error(
            request,
            _("'%(title)s' names pages, images or documents outside your member's space: it cannot be copied.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


class _PermittedMediaMixin:
    # Wagtail's images and documents admin API lists every item outside private collections;
    # an officer sees only what they may choose or edit.
    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        permitted = policy.instances_user_has_any_permission_for(self.request.user, ["choose", "change"])
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


class PermittedImagesAPIViewSet(_PermittedMediaMixin, ImagesAdminAPIViewSet):
    pass


class PermittedDocumentsAPIViewSet(_PermittedMediaMixin, DocumentsAdminAPIViewSet):
    pass


@hooks.register("construct_admin_api", order=100)
def permitted_media_api(router):
    # order=100: after wagtail.images and wagtail.documents register theirs.
    router.register_endpoint("images", PermittedImagesAPIViewSet)
    router.register_endpoint("documents", PermittedDocumentsAPIViewSet)


# --- bulk actions on users: the rules of single edits ------------------------------------


class ManagedAssignRoleBulkAction(AssignRoleBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = assignable_groups(self.request.user)
        return form


class ManagedSetActiveStateBulkAction(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class ManagedDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


# order=100: after wagtail.users registers its own, which these replace (same action types).
for _action in (ManagedAssignRoleBulkAction, ManagedSetActiveStateBulkAction, ManagedDeleteBulkAction):
    hooks.register("register_bulk_action", _action, order=100)


# --- review of experiences ----------------------------------------------------------------


class SubmitForReviewMenuItem(ActionMenuItem):
    """On a new experience, in place of "Publish": its publishing goes through review."""

    label = gettext_lazy("Submit for review")
    name = "action-publish"
    icon_name = "resubmit"


def _created_page_class(request):
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None
    return content_type.model_class()


@hooks.register("construct_page_action_menu")
def submit_instead_of_publish(menu_items, request, context):
    if context.get("view") != "create":
        return  # on existing pages the page's own permission tester already hides "Publish"
    parent = context.get("parent_page")
    page_class = _created_page_class(request)
    if parent is None or page_class is None or user_can_publish_child(request.user, parent, page_class):
        return
    for index, item in enumerate(menu_items):
        if item.name == "action-publish":
            menu_items[index] = SubmitForReviewMenuItem(order=item.order)


@hooks.register("before_publish_page")
def review_before_publishing(request, page):
    # Reached from the create view, which asks the parent whether children may be published,
    # and has already saved the new page live (a page is live by default): take that back.
    if isinstance(page, ReviewedByNetwork) and not user_can_publish(request.user, page):
        page.live = False
        page.has_unpublished_changes = True
        page.save(update_fields=["live", "has_unpublished_changes"], clean=False)
        submit_for_review(page, request.user)
        messages.success(
            request,
            _("'%(title)s' has been submitted for review: network staff publish experiences.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("after_edit_page")
def review_instead_of_publishing(request, page):
    # The edit view saves a draft when someone without the right asks to publish; for an
    # experience, asking to publish means asking for review.
    if (
        request.method == "POST"
        and request.POST.get("action-publish")
        and isinstance(page, ReviewedByNetwork)
        and not user_can_publish(request.user, page)
        and submit_for_review(page, request.user)
    ):
        messages.success(
            request,
            _("'%(title)s' has been submitted for review: network staff publish experiences.")
            % {"title": page.get_admin_display_title()},
        )
    return None


# --- the officer's dashboard --------------------------------------------------------------


class OfficerPanel(Component):
    name = "member_space"
    template_name = "members/admin/officer_panel.html"
    order = 50
    limit = 8

    def __init__(self, spaces):
        self.spaces = spaces

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        within = Q()
        for space in self.spaces:
            within |= Q(path__startswith=space.path, depth__gt=space.depth)
        pages = Page.objects.filter(within).annotate(str_pk=Cast("pk", CharField()))
        page_type = ContentType.objects.get_for_model(Page)
        active = WorkflowState.objects.active().filter(
            base_content_type=page_type, object_id__in=pages.values("str_pk")
        )
        in_review = list(
            active.select_related("current_task_state__task", "requested_by").order_by("-created_at")[: self.limit]
        )
        by_pk = Page.objects.filter(pk__in=[int(state.object_id) for state in in_review]).specific().in_bulk()
        context.update(
            {
                "spaces": self.spaces,
                "heading": _("Your member's space: %(member)s") % {"member": self.spaces[0].title},
                "drafts": pages.filter(Q(live=False) | Q(has_unpublished_changes=True))
                .exclude(str_pk__in=active.values("object_id"))
                .order_by("-latest_revision_created_at")
                .specific()[: self.limit],
                "in_review": [
                    {
                        "page": by_pk.get(int(state.object_id)),
                        "state": state,
                        "needs_changes": state.status == WorkflowState.STATUS_NEEDS_CHANGES,
                        "comment": state.current_task_state.comment if state.current_task_state else "",
                    }
                    for state in in_review
                    if int(state.object_id) in by_pk
                ],
                "published": pages.live().order_by("-last_published_at").specific()[: self.limit],
            }
        )
        return context


def officer_spaces(user):
    """The member pages of `user`'s own member spaces in the admin's language (else the default).

    Asked by the dashboard's panels and by the menu of every admin page: kept on the request's user.
    """
    cached = getattr(user, "_officer_spaces", None)
    if cached is None:
        cached = user._officer_spaces = _officer_spaces(user)
    return cached


def _officer_spaces(user):
    user_reach = reach(user)
    if user_reach.everything:
        return []
    spaces = list(MemberPage.objects.filter(path__in=user_reach.own).select_related("locale"))
    if not spaces:
        return []
    for locale in (Locale.get_active(), Locale.get_default()):
        in_locale = [space for space in spaces if space.locale_id == locale.pk]
        if in_locale:
            return in_locale
    return spaces


@hooks.register("construct_homepage_panels")
def officer_dashboard(request, panels):
    spaces = officer_spaces(request.user)
    if spaces:
        panels.append(OfficerPanel(spaces))


class OwnSpacePagesSummaryItem(PagesSummaryItem):
    """The page count of an officer's dashboard: the pages of their member's space, linked to it."""

    def __init__(self, request, spaces):
        super().__init__(request)
        self.spaces = spaces

    def get_context_data(self, parent_context):
        within = Q()
        for path in reach(self.request.user).own:
            within |= Q(path__startswith=path)
        return {
            "root_page": self.spaces[0],
            "total_pages": Page.objects.filter(within).count(),
            "site_name": self.spaces[0].title,
        }


@hooks.register("construct_homepage_summary_items", order=100)
def officer_page_count(request, items):
    # order=100: after Wagtail adds its own, which counts the pages under the common ancestor of
    # the user's spaces (the tree's root, once a member has pages in two languages): every
    # member's pages, and a link to the root.
    spaces = officer_spaces(request.user)
    if spaces:
        items[:] = [
            OwnSpacePagesSummaryItem(request, spaces) if isinstance(item, PagesSummaryItem) else item for item in items
        ]


class OwnSpaceExplorerMenuItem(MenuItem):
    """An officer's "Pages" menu, opening on their member's space rather than on the tree's root."""

    def __init__(self, item, space):
        url = reverse("wagtailadmin_explore", args=[space.pk])
        super().__init__(item.label, url, name=item.name, icon_name=item.icon_name, order=item.order)
        self.space = space

    def render_component(self, request):
        return PageExplorerMenuItem(self.name, self.label, self.url, self.space.pk, icon_name=self.icon_name)


@hooks.register("construct_main_menu")
def officer_pages_menu(request, menu_items):
    spaces = officer_spaces(request.user)
    if spaces:
        menu_items[:] = [
            OwnSpaceExplorerMenuItem(item, spaces[0]) if item.name == "explorer" else item for item in menu_items
        ]


# --- documents ----------------------------------------------------------------------------


@hooks.register("before_serve_document")
def documents_private_until_published(document, request):
    return serve_only_published(document, request)
