"""Pages that reach the public only through the network's review: experiences.

A member's officers publish the member's news and events at once; an experience goes live only
when network staff publish it, normally by approving it in the "Network review" workflow.

The rule lives in the page's permission tester, which Wagtail consults on every path that can
publish a page (edit and create views, bulk actions, the admin API, copies and aliases,
scheduling, wagtail-localize's translation editor): a publish permission granted on a member's
space covers its news and events but not its experiences; only one granted above the member
spaces (network staff's, on the root) publishes an experience. So it holds whatever groups are
later created, and it cannot be bypassed by POSTing to an endpoint the UI does not show.
"""

from django.db.models.signals import post_save

from wagtail.models import Page, PagePermissionTester, WorkflowPage

PUBLISH = "publish"


def member_space_path(page, inclusive=False):
    """The path of the member page whose space holds `page`, or None outside every member space."""
    from members.models import MemberPage

    steplen = Page.steplen
    end = len(page.path) + (steplen if inclusive else 0)
    ancestors = [page.path[:i] for i in range(steplen, end, steplen)]
    return MemberPage.objects.filter(path__in=ancestors).order_by("-depth").values_list("path", flat=True).first()


def publish_granted_above(user, space):
    """Whether `user` holds a publish permission above the member page at path `space`."""
    from wagtail.permissions import page_permission_policy

    return user.is_superuser or any(
        perm.permission.codename == "publish_page" and space.startswith(perm.page.path) and perm.page.path != space
        for perm in page_permission_policy.get_cached_permissions_for_user(user)
    )


class ReviewedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, minus publishing (and what amounts to it) granted only within a member space.

    Only the tester's public methods are overridden; its state is Wagtail's own.
    """

    def _publish_granted_above_member_space(self):
        # Cached on the page: a listing builds one tester per row and per button.
        if not hasattr(self.page, "_member_space_path"):
            self.page._member_space_path = member_space_path(self.page)
        space = self.page._member_space_path
        return space is None or publish_granted_above(self.user, space)

    def can_publish(self):
        return super().can_publish() and self._publish_granted_above_member_space()

    def can_unpublish(self):
        return super().can_unpublish() and self._publish_granted_above_member_space()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and self._publish_granted_above_member_space()

    def can_reorder_children(self):
        return super().can_reorder_children() and self._publish_granted_above_member_space()

    def can_delete(self, ignore_bulk=False):
        # Deleting a live experience takes it off the site: that is unpublishing.
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        return self._publish_granted_above_member_space() or not self.page.live

    def can_copy(self):
        # A copy can be kept live and an alias is live with its source: both would publish.
        return super().can_copy() and self.can_publish()


class ReviewedByNetwork:
    """Mixed into a page type whose pages go live only after the network's review.

    Overriding `permissions_for_user` is what makes Wagtail cast even a plain `Page` instance
    to the specific type before testing permissions, so no listing or bulk action skips it.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        post_save.connect(_on_reviewed_page_saved, sender=cls, dispatch_uid=f"review-workflow:{cls.__qualname__}")

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)


def reviewed_page_models():
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, ReviewedByNetwork) and not model._meta.abstract]


def assign_review_workflow(page, workflow=None):
    """Send `page` through the "Network review" workflow when it is submitted."""
    from members.roles import review_workflow

    workflow = workflow or review_workflow()
    if workflow is None:
        return None
    assignment, _ = WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})
    return assignment


def _on_reviewed_page_saved(sender, instance, created, raw=False, **kwargs):
    # Every way a page comes to exist (admin, copy, translation, import) saves it once as new.
    if created and not raw:
        assign_review_workflow(instance)


def user_can_publish(user, page):
    return page.permissions_for_user(user).can_publish()


def user_can_publish_child(user, parent, page_class):
    """Whether `user` could publish a new `page_class` page under `parent` (not yet created)."""
    if not issubclass(page_class, ReviewedByNetwork) or user.is_superuser:
        return True
    space = member_space_path(parent, inclusive=True)
    if space is None:
        return parent.permissions_for_user(user).can_publish_subpage()
    return publish_granted_above(user, space)


def submit_for_review(page, user):
    """Start the page's workflow on behalf of `user`; False when it has none or is already in one."""
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None or page.workflow_in_progress:
        return False
    workflow.start(page, user)
    return True
