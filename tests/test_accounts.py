"""User management closed: staff make nobody more powerful than an officer, and officers see only their own.

The bulk actions on users follow the rules of single edits; Wagtail's default groups hold no rights
above the member spaces; every list of people shown to an officer names only their member's officers.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from members import roles
from tests.member_spaces import MARK, login


@pytest.fixture
def people(db, spaces):
    User = get_user_model()
    spaces.root = User.objects.create_superuser("root", "root@dgct.example", "pw")
    spaces.colleague = User.objects.create_user("colleague", "colleague@dgct.example", "pw")
    spaces.colleague.groups.add(spaces.network.staff)
    spaces.officer_b.email = spaces.officer_b.username = f"{MARK}.officer@ait-melloul.example"
    spaces.officer_b.save()
    # B's officer owns B's pages: the explorer's "owner" filter would list them.
    Page.objects.filter(pk__in=[spaces.b_live.pk, spaces.b_draft.pk]).update(owner=spaces.officer_b)
    return spaces


def bulk(name):
    return reverse("wagtail_bulk_action", args=["users", "user", name])


def ids(*users):
    return "?" + "&".join(f"id={user.pk}" for user in users)


def fresh(user):
    return get_user_model().objects.get(pk=user.pk)


def test_bulk_assign_role_cannot_make_an_officer_network_staff(people):
    url = bulk("assign_role") + ids(people.officer_a)
    response = login(people.staff).post(url, {"role": people.network.staff.pk})
    assert response.status_code == 200  # the form refuses the choice
    assert not fresh(people.officer_a).groups.filter(pk=people.network.staff.pk).exists()


@pytest.mark.parametrize("group_name", ["Editors", "Moderators"])
def test_bulk_assign_role_cannot_put_anyone_in_wagtails_default_groups(people, group_name):
    group = Group.objects.get(name=group_name)
    login(people.staff).post(bulk("assign_role") + ids(people.officer_a), {"role": group.pk})
    assert not fresh(people.officer_a).groups.filter(pk=group.pk).exists()


def test_bulk_assign_role_puts_officers_in_an_officers_group(people):
    login(people.staff).post(bulk("assign_role") + ids(people.officer_a), {"role": people.roles_b.group.pk})
    assert fresh(people.officer_a).groups.filter(pk=people.roles_b.group.pk).exists()


def test_bulk_assign_role_does_not_touch_a_colleague_or_a_superuser(people):
    login(people.staff).post(
        bulk("assign_role") + ids(people.colleague, people.root), {"role": people.roles_a.group.pk}
    )
    assert not fresh(people.colleague).groups.filter(pk=people.roles_a.group.pk).exists()
    assert not fresh(people.root).groups.exists()


def test_bulk_deactivation_cannot_reach_the_superuser_or_a_colleague(people):
    url = bulk("set_active_state") + ids(people.root, people.colleague, people.officer_a)
    login(people.staff).post(url, {"mark_as_active": "False"})
    assert fresh(people.root).is_active
    assert fresh(people.colleague).is_active
    assert not fresh(people.officer_a).is_active


def test_staff_list_only_the_accounts_they_manage(people):
    response = login(people.staff).get(reverse("wagtailusers_users:index"))
    listed = {user.pk for user in response.context["object_list"]}
    assert people.officer_a.pk in listed
    assert people.root.pk not in listed and people.colleague.pk not in listed


def test_wagtails_default_groups_hold_no_rights_above_the_member_spaces(people):
    root_page, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    for name in ("Editors", "Moderators"):
        group = Group.objects.get(name=name)
        assert not GroupPagePermission.objects.filter(group=group, page=root_page).exists()
        assert not GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exists()


def test_an_officer_put_in_editors_by_a_superuser_still_cannot_edit_another_members_page(people):
    people.officer_a.groups.add(Group.objects.get(name="Editors"))
    response = login(people.officer_a).get(reverse("wagtailadmin_pages:edit", args=[people.b_live.pk]))
    assert response.status_code in (302, 403)
    assert MARK not in response.content.decode()


# --- lists of people shown to an officer ------------------------------------------------------------

PEOPLE_LISTS = {
    "workflow report": lambda s: reverse("wagtailadmin_reports:workflow"),
    "workflow tasks report": lambda s: reverse("wagtailadmin_reports:workflow_tasks"),
    "site history": lambda s: reverse("wagtailadmin_reports:site_history"),
    "explorer of the member's page": lambda s: reverse("wagtailadmin_explore", args=[s.a.pk]),
    "explorer results": lambda s: reverse("wagtailadmin_explore_results", args=[s.a.pk]),
    "page history": lambda s: reverse("wagtailadmin_pages:history", args=[s.a_news.pk]),
}


@pytest.mark.parametrize("name", PEOPLE_LISTS)
def test_an_officer_sees_no_other_members_officer_named(people, name):
    # Officer B has owned, edited and asked for review of B's pages: Wagtail's filters would list them.
    response = login(people.officer_a).get(PEOPLE_LISTS[name](people))
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert MARK not in html and "officer.b" not in html, f"{name} names B's officer"


def test_staff_still_see_every_officer_in_the_filters(people):
    response = login(people.staff).get(reverse("wagtailadmin_reports:workflow"))
    assert f"{MARK}.officer" in response.content.decode()


# --- roles held by keys -----------------------------------------------------------------------------


def test_renaming_a_member_its_group_and_its_collection_breaks_nothing(people):
    group, collection = people.roles_a.group, people.roles_a.collection
    Group.objects.filter(pk=group.pk).update(name="Renamed group")
    Collection.objects.filter(pk=collection.pk).update(name="Renamed collection")
    people.a.title = "جماعة بني أنصار الجديدة"
    people.a.save_revision().publish()
    assert roles.officers_group(people.a).pk == group.pk
    again = roles.setup_member_roles(people.a)
    assert (again.group.pk, again.collection.pk) == (group.pk, collection.pk)
    assert get_user_model().objects.get(pk=people.officer_a.pk).groups.filter(pk=group.pk).exists()
    response = login(people.officer_a).get(reverse("wagtailadmin_pages:edit", args=[people.a_news.pk]))
    assert response.status_code == 200


def test_renaming_the_staff_group_and_the_networks_collections_breaks_nothing(people):
    network = people.network
    Group.objects.filter(pk=network.staff.pk).update(name="DGCT")
    Collection.objects.filter(pk=network.network_collection.pk).update(name="Réseau")
    again = roles.setup_network_roles()
    assert (again.staff.pk, again.network_collection.pk) == (network.staff.pk, network.network_collection.pk)
    assert Group.objects.get(pk=network.staff.pk).name == "DGCT"
    assert roles.is_network_staff(people.staff)
    assert login(people.staff).get(reverse("wagtailadmin_pages:edit", args=[people.b_live.pk])).status_code == 200


def test_every_translation_of_a_member_holds_its_roles(people):
    for page in (people.a, people.a_fr):
        page.refresh_from_db()
        assert (page.officers_group_id, page.collection_id) == (people.roles_a.group.pk, people.roles_a.collection.pk)
