"""Who may do what, as data: the network's staff, each member's officers, their collections.

Every function here is idempotent: it creates what is missing, renames what drifted and leaves
everything else as it is, so running it again after a crash, an import or a new language is safe.

- `setup_network_roles()` makes what every member shares: the "Network staff" group (everything
  on content, and user management for officers), the network's shared collection, the
  collection that holds one collection per member, and the "Network review" workflow through
  which staff approve experiences.
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

from members.models import MemberPage

STAFF_GROUP = "Network staff"
OFFICERS_GROUP_PREFIX = "Officers of "
# Workflow and task names are data, shown as they are in every admin language: in both of the site's.
REVIEW_WORKFLOW = "مراجعة الشبكة · Revue du réseau"
REVIEW_TASK = "موافقة فريق الشبكة · Approbation par l'équipe du réseau"
# Their names before they were given in Arabic and French; a setup renames them.
FORMER_NAMES = {REVIEW_WORKFLOW: "Network review", REVIEW_TASK: "Approval by network staff"}
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
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
        *taxonomies,
        *redirects,
    ]


@dataclass
class NetworkRoles:
    staff: Group
    network_collection: Collection
    members_collection: Collection
    workflow: Workflow


@dataclass
class MemberRoles:
    member: MemberPage
    pages: list
    group: Group
    collection: Collection


# --- lookups --------------------------------------------------------------------------------


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


def _code_suffix(code):
    return f"({code})"


def officers_group(member):
    """The officers' group of `member`, or None when its roles were never set up."""
    return (
        Group.objects.filter(name__startswith=OFFICERS_GROUP_PREFIX, name__endswith=_code_suffix(member.hcp_code))
        .order_by("pk")
        .first()
    )


def member_collection(member):
    """The collection of `member`'s images and documents (created with its roles if missing)."""
    roles = setup_member_roles(member)
    return roles.collection


def network_collection():
    """The network's shared collection, which every officer may choose from."""
    return setup_network_roles().network_collection


def staff_group():
    return Group.objects.filter(name=STAFF_GROUP).first()


def _named(model, name):
    """The object of `model` called `name`, or else by its former name, renamed."""
    found = model.objects.filter(name=name).order_by("pk").first()
    if found is None and name in FORMER_NAMES:
        found = model.objects.filter(name=FORMER_NAMES[name]).order_by("pk").first()
        if found is not None:
            found.name = name
            found.save(update_fields=["name"])
    return found


def review_workflow():
    return _named(Workflow, REVIEW_WORKFLOW)


def is_network_staff(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=STAFF_GROUP).exists())


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


def _child_collection(parent, name, match=None):
    """The child of `parent` named `name` (or whose name satisfies `match`), renamed to `name`."""
    children = parent.get_children()
    found = next((c for c in children if (match(c.name) if match else c.name == name)), None)
    if found is None:
        return parent.add_child(instance=Collection(name=name))
    if found.name != name:
        found.name = name
        found.save(update_fields=["name"])
    return found


# --- setup ----------------------------------------------------------------------------------


@transaction.atomic
def setup_network_roles():
    staff, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    _grant_model_permissions(staff, staff_permissions())
    root_page = Page.get_first_root_node()
    # On the root, so every language tree, present and future, is covered.
    _grant_page_permissions(staff, [root_page], STAFF_PAGE_ACTIONS)
    # Wagtail's installation puts its "Moderators approval" workflow on the whole tree; here a
    # member's news and events publish at once and only experiences are reviewed, by staff.
    WorkflowPage.objects.filter(page=root_page, workflow__name=WAGTAIL_DEFAULT_WORKFLOW).delete()
    root_collection = Collection.get_first_root_node()
    _grant_collection_permissions(staff, root_collection, STAFF_COLLECTION)
    network = _child_collection(root_collection, NETWORK_COLLECTION)
    # Member collections live apart from the shared one: collection permissions reach
    # descendants, and choosing from the shared collection must not reach other members'.
    members = _child_collection(root_collection, MEMBERS_COLLECTION)

    task = _named(GroupApprovalTask, REVIEW_TASK)
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.add(staff)
    workflow = review_workflow()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW, active=True)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count())
    return NetworkRoles(staff=staff, network_collection=network, members_collection=members, workflow=workflow)


@transaction.atomic
def setup_member_roles(member, network=None):
    """Create or repair the roles of `member` (a MemberPage in any language)."""
    network = network or setup_network_roles()
    pages = member_translations(member)
    code = member.hcp_code
    name = f"{member_name(pages)} {_code_suffix(code)}"

    collection = _child_collection(
        network.members_collection, name, match=lambda existing: existing.endswith(_code_suffix(code))
    )
    group = officers_group(member)
    group_name = f"{OFFICERS_GROUP_PREFIX}{name}"[: Group._meta.get_field("name").max_length]
    if group is None:
        group = Group.objects.create(name=group_name)
    elif group.name != group_name:
        group.name = group_name
        group.save(update_fields=["name"])

    _grant_model_permissions(group, OFFICER_PERMISSIONS)
    _grant_page_permissions(group, pages, OFFICER_PAGE_ACTIONS)
    _grant_collection_permissions(group, collection, OFFICER_OWN_COLLECTION)
    _grant_collection_permissions(group, network.network_collection, OFFICER_SHARED_COLLECTION)

    from members.review import assign_review_workflow, reviewed_page_models

    for model in reviewed_page_models():
        for page in pages:
            for reviewed in model.objects.descendant_of(page).filter(workflowpage__isnull=True):
                assign_review_workflow(reviewed, workflow=network.workflow)
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


# --- demo -----------------------------------------------------------------------------------

DEMO_OFFICERS = [
    # (member slug, username and local demo password, admin language)
    ("bni-ansar", "officer-bni-ansar", "ar"),
    ("ait-melloul", "officer-ait-melloul", "fr"),
]


def create_demo_officers():
    """The demo's two officers, Bni Ansar's (Arabic admin) and Aït Melloul's (French admin).

    Local demo only: each password is the username. Returns (username, password, member title)
    for every officer, for the loader to print. Idempotent; needs the demo members to exist.
    """
    User = get_user_model()
    created = []
    for slug, username, language in DEMO_OFFICERS:
        member = find_member(slug)
        if member is None:
            raise LookupError(f"The demo member '{slug}' does not exist; load the demo content first.")
        user = User.objects.filter(username=username).first() or User(username=username)
        user.email = f"{username}@example.org"
        user.first_name = user.first_name or "Demo"
        user.last_name = user.last_name or slug
        user.is_active = True
        user.set_password(username)
        user.save()
        add_officer(member, user.email, language=language)
        created.append((username, username, member.title))
    return created
