"""Who may do what, as data: the network's staff, each member's officers, their collections.

Every role is held by key: `NetworkRoles` (one row) holds the staff group, the network's two
collections and the review workflow; each `MemberPage` holds its officers' group and its
collection. Nothing is found by its name, so staff may rename any of them in the admin. Names are
only given when something is created (and a member's group and collection follow its title).

Every function here is idempotent: it creates what is missing, renames what drifted and leaves
everything else as it is, so running it again after a crash, an import or a new language is safe.

- `setup_network_roles()` makes what every member shares: the "Network staff" group (everything
  on content, and user management for officers), the network's shared collection, the
  collection that holds one collection per member, and the "Network review" workflow through
  which staff approve experiences. It also takes back any right on the whole tree or on every
  collection held by another group (Wagtail installs "Editors" and "Moderators" with such rights):
  above the member spaces, only staff hold rights.
- `setup_member_roles(member)` makes one member's: its collection, the group "Officers of
  <member>" with its permissions on the member's page in every language tree (add, edit and
  publish: the news and events under it; experiences are kept back by `members.review`), on its
  own collection (add, edit, choose) and on the shared one (choose only).
- `add_officer(member, email)` puts a person in a member's officers' group.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from members.models import MemberPage, NetworkRoles

# Names given to what is created; found afterwards by key only.
STAFF_GROUP = "Network staff"
OFFICERS_GROUP_PREFIX = "Officers of "
# Names given to the review workflow and its task when they are created: data, shown as they are in every
# admin language, so in both of the site's.
REVIEW_WORKFLOW = "مراجعة الشبكة · Revue du réseau"
REVIEW_TASK = "موافقة فريق الشبكة · Approbation par l'équipe du réseau"
# What they were first called: a workflow or task of the network still so called is given its name above.
FORMER_NAMES = {REVIEW_WORKFLOW: "Network review", REVIEW_TASK: "Approval by network staff"}
# Collection names are data, shown as they are in every admin language; these match the demo.
NETWORK_COLLECTION = "الشبكة"
MEMBERS_COLLECTION = "الأعضاء"

ADMIN_ACCESS = "wagtailadmin.access_admin"
TRANSLATE = "wagtail_localize.submit_translation"

OFFICER_PAGE_ACTIONS = ("add", "change", "publish")
STAFF_PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")

IMAGE = "wagtailimages.%s_image"
DOCUMENT = "wagtaildocs.%s_document"
OFFICER_OWN_COLLECTION = [fmt % action for fmt in (IMAGE, DOCUMENT) for action in ("add", "change", "choose")]
OFFICER_SHARED_COLLECTION = [IMAGE % "choose", DOCUMENT % "choose"]
STAFF_COLLECTION = [fmt % action for fmt in (IMAGE, DOCUMENT) for action in ("add", "change", "delete", "choose")]

OFFICER_PERMISSIONS = [ADMIN_ACCESS, TRANSLATE]


def staff_permissions():
    user_app = get_user_model()._meta.app_label
    taxonomies = [
        f"core.{action}_{model}"
        for model in ("region", "newscategory", "experiencetheme")
        for action in ("add", "change", "delete")
    ]
    redirects = [f"wagtailredirects.{action}_redirect" for action in ("add", "change", "delete")]
    return [
        ADMIN_ACCESS,
        TRANSLATE,
        "core.change_networksettings",
        f"{user_app}.add_user",
        f"{user_app}.change_user",
        # Staff sign in with a second factor (users/two_factor.py), and see and lift sign-in lockouts.
        f"{user_app}.require_two_factor",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        *taxonomies,
        *redirects,
    ]


@dataclass
class MemberRoles:
    member: MemberPage
    pages: list
    group: Group
    collection: Collection


# --- lookups, by key ---------------------------------------------------------------------------


def network_roles():
    """The network's roles as set up (None before `setup_network_roles()` first ran)."""
    return (
        NetworkRoles.objects.select_related("staff", "network_collection", "members_collection", "review_workflow")
        .order_by("pk")
        .first()
    )


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def member_translations(member):
    """The member's page in every language tree, default language first."""
    pages = MemberPage.objects.filter(translation_key=member.translation_key).select_related("locale")
    default = Locale.get_default()
    return sorted(pages, key=lambda p: (p.locale_id != default.pk, p.locale.language_code))


def member_name(pages):
    """What groups and collections are named after: the French title, else the first one."""
    for page in pages:
        if page.locale.language_code == "fr":
            return page.title
    return pages[0].title


def officers_group(member):
    """The officers' group of `member`, or None when its roles were never set up."""
    group_id = next((page.officers_group_id for page in member_translations(member) if page.officers_group_id), None)
    return Group.objects.filter(pk=group_id).first() if group_id else None


def officer_group_ids():
    """The officers' groups of every member."""
    return set(MemberPage.objects.exclude(officers_group=None).values_list("officers_group_id", flat=True).distinct())


def member_collection(member):
    """The collection of `member`'s images and documents (created with its roles if missing)."""
    return setup_member_roles(member).collection


def network_collection():
    """The network's shared collection, which every officer may choose from."""
    return setup_network_roles().network_collection


def staff_group():
    roles = network_roles()
    return roles.staff if roles else None


def review_workflow():
    roles = network_roles()
    return roles.review_workflow if roles else None


def is_network_staff(user):
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    roles = network_roles()
    return bool(roles and roles.staff_id and user.groups.filter(pk=roles.staff_id).exists())


# --- grants ---------------------------------------------------------------------------------


def _grant_model_permissions(group, dotted_names):
    group.permissions.add(*[_permission(name) for name in dotted_names])


def _grant_page_permissions(group, pages, actions):
    for page in pages:
        for action in actions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(action))


def _grant_collection_permissions(group, collection, dotted_names):
    for name in dotted_names:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(name)
        )


def _free_name(model, field, wanted, keep=None):
    """`wanted`, or `wanted` with a number when another object already has that name."""
    limit = model._meta.get_field(field).max_length
    name, n = wanted[:limit], 1
    while model.objects.filter(**{field: name}).exclude(pk=getattr(keep, "pk", None)).exists():
        n += 1
        suffix = f" {n}"
        name = wanted[: limit - len(suffix)] + suffix
    return name


def _group(group, name):
    """`group` (created as `name` when None), renamed to `name` when it drifted."""
    if group is None:
        return Group.objects.create(name=_free_name(Group, "name", name))
    if group.name != name:
        group.name = _free_name(Group, "name", name, keep=group)
        group.save(update_fields=["name"])
    return group


def _collection(collection, parent, name, rename=True):
    """`collection` (created under `parent` as `name` when None or deleted), renamed when it drifted."""
    if collection is None or not Collection.objects.filter(pk=collection.pk).exists():
        return parent.add_child(instance=Collection(name=name))
    if rename and collection.name != name:
        collection.name = name
        collection.save(update_fields=["name"])
    return collection


# --- setup ----------------------------------------------------------------------------------


@transaction.atomic
def setup_network_roles():
    roles = network_roles() or NetworkRoles.objects.create()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    # Staff may rename their group, the collections and the workflow: the names below are only
    # what a new one is called.
    if roles.staff is None:
        roles.staff = Group.objects.create(name=_free_name(Group, "name", STAFF_GROUP))
    staff = roles.staff
    _grant_model_permissions(staff, staff_permissions())
    # On the root, so every language tree, present and future, is covered.
    _grant_page_permissions(staff, [root_page], STAFF_PAGE_ACTIONS)
    _grant_collection_permissions(staff, root_collection, STAFF_COLLECTION)
    # Above the member spaces, only staff hold rights: Wagtail's installation gives its "Editors"
    # and "Moderators" groups rights on the whole tree and every collection, which would let
    # anyone put in them edit every member's pages.
    GroupPagePermission.objects.filter(page=root_page).exclude(group=staff).delete()
    GroupCollectionPermission.objects.filter(collection=root_collection).exclude(group=staff).delete()
    # Wagtail's installation also puts its "Moderators approval" workflow on the whole tree; here a
    # member's news and events publish at once and only experiences are reviewed, by staff.
    WorkflowPage.objects.filter(page=root_page).delete()

    roles.network_collection = _collection(roles.network_collection, root_collection, NETWORK_COLLECTION, rename=False)
    # Member collections live apart from the shared one: collection permissions reach
    # descendants, and choosing from the shared collection must not reach other members'.
    roles.members_collection = _collection(roles.members_collection, root_collection, MEMBERS_COLLECTION, rename=False)

    if roles.review_task is None:
        roles.review_task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task = roles.review_task.specific
    task.groups.add(staff)
    if roles.review_workflow is None:
        roles.review_workflow = Workflow.objects.create(name=REVIEW_WORKFLOW, active=True)
    workflow = roles.review_workflow
    # Named in English before the admin spoke both languages: given its name in both, once.
    for held, name in ((workflow, REVIEW_WORKFLOW), (task, REVIEW_TASK)):
        if held.name == FORMER_NAMES[name]:
            held.name = name
            held.save(update_fields=["name"])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count())
    roles.save()
    return roles


@transaction.atomic
def setup_member_roles(member, network=None):
    """Create or repair the roles of `member` (a MemberPage in any language)."""
    network = network or setup_network_roles()
    pages = member_translations(member)
    name = f"{member_name(pages)} ({member.hcp_code})"

    group = _group(officers_group(member), f"{OFFICERS_GROUP_PREFIX}{name}")
    collection_id = next((page.collection_id for page in pages if page.collection_id), None)
    collection = Collection.objects.filter(pk=collection_id).first() if collection_id else None
    collection = _collection(collection, network.members_collection, name)
    stale = [page.pk for page in pages if (page.officers_group_id, page.collection_id) != (group.pk, collection.pk)]
    if stale:
        MemberPage.objects.filter(pk__in=stale).update(officers_group=group, collection=collection)
        for page in [*pages, member]:
            page.officers_group, page.collection = group, collection

    _grant_model_permissions(group, OFFICER_PERMISSIONS)
    _grant_page_permissions(group, pages, OFFICER_PAGE_ACTIONS)
    _grant_collection_permissions(group, collection, OFFICER_OWN_COLLECTION)
    _grant_collection_permissions(group, network.network_collection, OFFICER_SHARED_COLLECTION)

    from members.review import assign_review_workflow, reviewed_page_models

    for model in reviewed_page_models():
        for page in pages:
            for reviewed in model.objects.descendant_of(page).filter(workflowpage__isnull=True):
                assign_review_workflow(reviewed, workflow=network.review_workflow)
    return MemberRoles(member=member, pages=pages, group=group, collection=collection)


def setup_all_roles():
    network = setup_network_roles()
    seen = set()
    results = []
    for member in MemberPage.objects.order_by("path"):
        if member.translation_key in seen:
            continue
        seen.add(member.translation_key)
        results.append(setup_member_roles(member, network=network))
    return network, results


# --- officers -------------------------------------------------------------------------------


def find_member(slug_or_code):
    """The member whose latin slug or HCP code this is, in the default language if it has one."""
    pages = MemberPage.objects.filter(slug=slug_or_code) | MemberPage.objects.filter(hcp_code=slug_or_code)
    pages = list(pages.select_related("locale"))
    if not pages:
        return None
    default = Locale.get_default()
    return sorted(pages, key=lambda p: p.locale_id != default.pk)[0]


@dataclass
class OfficerResult:
    user: object
    group: Group
    created_user: bool
    added_to_group: bool
    password_link: str | None


def password_link(user):
    """A one-time link to set a password, valid for PASSWORD_RESET_TIMEOUT (3 days by default)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def add_officer(member, email, *, first_name="", last_name="", language=None):
    """Make the person with `email` an officer of `member`, creating their account if needed.

    A new account has no usable password: the returned link lets its owner choose one, so no
    password ever travels by email or sits in a terminal's history.
    """
    User = get_user_model()
    roles = setup_member_roles(member)
    email = User.objects.normalize_email(email.strip())
    matches = list(User.objects.filter(email__iexact=email)[:2])
    if len(matches) > 1:
        raise ValueError(f"Several accounts use {email}; attach the officer in the admin instead.")
    created = not matches
    if created:
        user = User(username=email, email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.save()
    else:
        user = matches[0]
    added = not user.groups.filter(pk=roles.group.pk).exists()
    if added:
        user.groups.add(roles.group)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
    link = None if user.has_usable_password() else password_link(user)
    return OfficerResult(user=user, group=roles.group, created_user=created, added_to_group=added, password_link=link)
