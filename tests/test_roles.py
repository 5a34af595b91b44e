"""Roles as data: each member's officers' group and collection, the network's staff, idempotently."""

import io
import json

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Workflow, WorkflowPage

from members import roles
from members.models import MemberPage
from news.models import NewsPage
from tests import factories
from tests.member_spaces import login, news_form, refused
from tests.site import translate


def page_actions(group, page):
    return {
        codename.removesuffix("_page")
        for codename in GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    }


def collection_actions(group, collection):
    return set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission__codename", flat=True
        )
    )


def counts():
    return (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
    )


def test_officers_may_add_edit_and_publish_in_their_space_in_every_language(db, spaces):
    group = spaces.roles_a.group
    assert group.name == "Officers of Commune de Bni Ansar (02.381.01.03)"
    for page in (spaces.a, spaces.a_fr):
        assert page_actions(group, page) == {"add", "change", "publish"}
    for page in (spaces.b, spaces.b_fr, spaces.site.home, spaces.site.members):
        assert page_actions(group, page) == set()
    assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin", "submit_translation"}


def test_officers_use_their_own_collection_and_choose_from_the_networks(db, spaces):
    group = spaces.roles_a.group
    own = spaces.roles_a.collection
    assert own.get_parent().name == roles.MEMBERS_COLLECTION
    assert own.name.endswith("(02.381.01.03)")
    expected = {f"{action}_{kind}" for action in ("add", "change", "choose") for kind in ("image", "document")}
    assert collection_actions(group, own) == expected
    assert collection_actions(group, spaces.network.network_collection) == {"choose_image", "choose_document"}
    assert collection_actions(group, spaces.roles_b.collection) == set()
    # Choosing from the shared collection must not reach the members' ones.
    assert not spaces.roles_b.collection.is_descendant_of(spaces.network.network_collection)


def test_network_staff_have_everything_on_content_and_manage_users(db, spaces):
    staff = spaces.network.staff
    root = Page.get_first_root_node()
    assert page_actions(staff, root) == {"add", "change", "publish", "bulk_delete", "lock", "unlock"}
    codenames = set(staff.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_user", "change_user", "change_networksettings", "add_region"} <= codenames
    assert not codenames & {"add_group", "change_group", "delete_user", "add_site", "add_locale"}
    assert collection_actions(staff, Collection.get_first_root_node()) >= {"add_image", "delete_document"}


def test_setting_up_again_changes_nothing(db, spaces):
    before = counts()
    roles.setup_all_roles()
    roles.setup_member_roles(spaces.a_fr)
    assert counts() == before


def test_a_renamed_member_keeps_its_group_and_collection(db, spaces):
    group, collection = spaces.roles_a.group, spaces.roles_a.collection
    for page in (spaces.a, spaces.a_fr):
        MemberPage.objects.filter(pk=page.pk).update(title="Commune de Beni Ansar")
    renamed = roles.setup_member_roles(spaces.a)
    assert (renamed.group.pk, renamed.collection.pk) == (group.pk, collection.pk)
    assert renamed.group.name == "Officers of Commune de Beni Ansar (02.381.01.03)"


def test_a_new_member_and_its_translations_get_their_roles(db, spaces):
    laayoune = factories.MemberPageFactory(
        parent=spaces.site.members, title="جماعة العيون", slug="laayoune", hcp_code="11.321.01.03"
    )
    group = roles.officers_group(laayoune)
    assert group is not None and page_actions(group, laayoune) == {"add", "change", "publish"}
    french = translate(laayoune, spaces.fr)
    assert page_actions(group, french) == {"add", "change", "publish"}
    assert roles.member_collection(laayoune).name == "جماعة العيون (11.321.01.03)"


def test_staff_onboard_a_member_from_the_admin(db, spaces):
    from wagtail.test.utils.form_data import nested_form_data, rich_text

    data = nested_form_data(
        {
            "title": "جماعة مكناس",
            "slug": "meknes",
            "listing_summary": "",
            "hcp_code": "03.061.01.01",
            "joined_on": "",
            "introduction": rich_text(""),
            "website": "",
            "action-publish": "publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["members", "memberpage", spaces.site.members.pk])
    response = login(spaces.staff).post(url, data)
    assert response.status_code == 302
    meknes = MemberPage.objects.get(slug="meknes")
    assert page_actions(roles.officers_group(meknes), meknes) == {"add", "change", "publish"}


OFFICER_REFUSED = {
    "users": lambda s: reverse("wagtailusers_users:index"),
    "add user": lambda s: reverse("wagtailusers_users:add"),
    "edit self as user": lambda s: reverse("wagtailusers_users:edit", args=[s.officer_a.pk]),
    "groups": lambda s: reverse("wagtailusers_groups:index"),
    "edit own group": lambda s: reverse("wagtailusers_groups:edit", args=[s.roles_a.group.pk]),
    "sites": lambda s: reverse("wagtailsites:index"),
    "locales": lambda s: reverse("wagtaillocales:index"),
    "settings": lambda s: reverse("wagtailsettings:edit", args=["core", "networksettings"]),
    "add region": lambda s: reverse("wagtailsnippets_core_region:add"),
    "add category": lambda s: reverse("wagtailsnippets_core_newscategory:add"),
    "add theme": lambda s: reverse("wagtailsnippets_core_experiencetheme:add"),
    "workflows": lambda s: reverse("wagtailadmin_workflows:index"),
    "collections": lambda s: reverse("wagtailadmin_collections:index"),
    "redirects": lambda s: reverse("wagtailredirects:index"),
}


@pytest.mark.parametrize("name", OFFICER_REFUSED)
def test_officers_manage_no_users_groups_sites_settings_or_taxonomies(db, spaces, name):
    response = login(spaces.officer_a).get(OFFICER_REFUSED[name](spaces))
    assert refused(response), f"{name}: {response.status_code}"


def test_officers_reach_their_own_space(db, spaces):
    client = login(spaces.officer_a)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[spaces.a_news.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[spaces.a_fr.pk])).status_code == 200
    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[spaces.site.members.pk])).json()["html"]
    assert spaces.a.title in chooser
    assert spaces.a_image.title in client.get(reverse("wagtailimages:index")).content.decode()
    assert client.get(reverse("wagtailimages:edit", args=[spaces.a_image.pk])).status_code == 200
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert spaces.a.title in dashboard
    assert spaces.a_experience.title in dashboard  # a draft of theirs


def test_the_dashboard_shows_the_officers_space_in_their_language(db, spaces):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(spaces.officer_a)
    profile.preferred_language = "fr"
    profile.save()
    french = login(spaces.officer_a).get(reverse("wagtailadmin_home")).content.decode()
    assert "Commune de Bni Ansar" in french
    assert spaces.a_news.title not in french  # the Arabic tree's pages stay on the Arabic dashboard
    staff = login(spaces.staff).get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="member-space' not in staff


def test_the_dashboard_counts_the_officers_own_pages_and_links_to_their_space(db, spaces):
    own = (
        Page.objects.filter(path__startswith=spaces.a.path).count()
        + Page.objects.filter(path__startswith=spaces.a_fr.path).count()
    )
    assert own < Page.objects.count() - 1
    html = login(spaces.officer_a).get(reverse("wagtailadmin_home")).content.decode()
    summary = html[html.index('class="w-summary__list"') :]
    summary = summary[: summary.index("</ul>")]
    assert reverse("wagtailadmin_explore", args=[spaces.a.pk]) in summary
    assert f"{own} " in summary and f"{Page.objects.count() - 1} " not in summary


def explorer_start(user):
    """The page the admin's "Pages" menu opens on, for `user`."""
    html = login(user).get(reverse("wagtailadmin_home")).content.decode()
    props = html.split('<script id="wagtail-sidebar-props" type="application/json">')[1].split("</script>")[0]
    modules = json.loads(props)["modules"]
    menu = next(module for module in modules if module["_type"] == "wagtail.sidebar.MainMenuModule")
    explorer = next(item for item in menu["_args"][0] if item["_type"] == "wagtail.sidebar.PageExplorerMenuItem")
    return explorer["_args"][1]


def test_the_pages_menu_opens_on_the_officers_space_in_their_language(db, spaces):
    from wagtail.users.models import UserProfile

    assert explorer_start(spaces.officer_a) == spaces.a.pk
    profile = UserProfile.get_for_user(spaces.officer_a)
    profile.preferred_language = "fr"
    profile.save()
    assert explorer_start(spaces.officer_a) == spaces.a_fr.pk
    assert explorer_start(spaces.staff) == Page.get_first_root_node().pk


def test_officers_publish_news_in_french_too(db, spaces):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", spaces.a_fr.pk])
    response = login(spaces.officer_a).post(url, news_form("Communiqué sur l'éclairage", "eclairage"))
    assert response.status_code == 302
    news = NewsPage.objects.child_of(spaces.a_fr).get(slug="eclairage")
    assert news.live and news.locale == spaces.fr


def staff_user_form(**extra):
    return {
        "username": "new.officer",
        "email": "new.officer@bni-ansar.example",
        "first_name": "Nouvel",
        "last_name": "Officier",
        "password1": "Une-phrase-de-passe-2026",
        "password2": "Une-phrase-de-passe-2026",
        **extra,
    }


def test_staff_create_and_deactivate_officers(db, spaces):
    client = login(spaces.staff)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200
    response = client.post(reverse("wagtailusers_users:add"), staff_user_form(groups=[spaces.roles_a.group.pk]))
    assert response.status_code == 302
    user = get_user_model().objects.get(username="new.officer")
    assert list(user.groups.all()) == [spaces.roles_a.group]

    data = staff_user_form(groups=[spaces.roles_a.group.pk], is_active="", password1="", password2="")
    response = client.post(reverse("wagtailusers_users:edit", args=[user.pk]), data)
    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active


STAFF_ESCALATIONS = {
    "create a superuser": lambda s: (reverse("wagtailusers_users:add"), staff_user_form(is_superuser="on")),
    "create a staff member": lambda s: (
        reverse("wagtailusers_users:add"),
        staff_user_form(groups=[s.network.staff.pk]),
    ),
    "make an officer superuser": lambda s: (
        reverse("wagtailusers_users:edit", args=[s.officer_a.pk]),
        staff_user_form(username=s.officer_a.username, is_superuser="on", password1="", password2=""),
    ),
    "make themselves superuser": lambda s: (
        reverse("wagtailusers_users:edit", args=[s.staff.pk]),
        staff_user_form(username="staff", is_superuser="on", password1="", password2=""),
    ),
    "edit a superuser": lambda s: (reverse("wagtailusers_users:edit", args=[s.root.pk]), None),
    "reset a superuser's password": lambda s: (
        reverse("wagtailusers_users:edit", args=[s.root.pk]),
        staff_user_form(username="root", password1="Taken-0ver-2026", password2="Taken-0ver-2026"),
    ),
    "copy a superuser": lambda s: (reverse("wagtailusers_users:copy", args=[s.root.pk]), None),
    "copy a user into a superuser": lambda s: (
        reverse("wagtailusers_users:copy", args=[s.officer_a.pk]),
        staff_user_form(is_superuser="on"),
    ),
    "add an officer to Moderators": lambda s: (
        reverse("wagtailusers_users:edit", args=[s.officer_a.pk]),
        staff_user_form(
            username=s.officer_a.username, groups=[Group.objects.get(name="Moderators").pk], password1="", password2=""
        ),
    ),
    "edit a colleague": lambda s: (reverse("wagtailusers_users:edit", args=[s.colleague.pk]), None),
    "groups": lambda s: (reverse("wagtailusers_groups:index"), None),
}


@pytest.mark.parametrize("name", STAFF_ESCALATIONS)
def test_staff_cannot_make_anyone_more_than_an_officer(db, spaces, name):
    User = get_user_model()
    spaces.root = User.objects.create_superuser("root", "root@dgct.example", "pw")
    spaces.colleague = User.objects.create_user("colleague", "colleague@dgct.example", "pw")
    spaces.colleague.groups.add(spaces.network.staff)
    url, data = STAFF_ESCALATIONS[name](spaces)
    client = login(spaces.staff)
    if data is None:
        # Views on an account staff may not manage, and the groups: not even shown.
        response = client.get(url)
        assert refused(response) or response.status_code == 404, f"{name}: {response.status_code}"
    else:
        # A form may save an officer's account, but never with more than an officer's rights.
        response = client.post(url, data)
        assert response.status_code in (200, 302, 403, 404), f"{name}: {response.status_code}"
    assert not User.objects.filter(is_superuser=True).exclude(pk=spaces.root.pk).exists()
    assert not spaces.officer_a.groups.exclude(pk=spaces.roles_a.group.pk).exists()
    assert set(User.objects.filter(groups=spaces.network.staff).values_list("username", flat=True)) == {
        "staff",
        "colleague",
    }
    assert spaces.root.password == User.objects.get(pk=spaces.root.pk).password


def test_officers_upload_into_their_own_collection_only(db, spaces):
    from PIL import Image as PILImage

    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.images import get_image_model

    def get_test_image_file():
        buffer = io.BytesIO()
        PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
        return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")

    client = login(spaces.officer_a)
    Image = get_image_model()
    for collection in (spaces.roles_b.collection, spaces.network.network_collection, spaces.roles_a.collection):
        data = {"title": "upload", "file": get_test_image_file(), "collection": collection.pk}
        client.post(reverse("wagtailimages:add"), data)
    # Whatever collection is asked for, an officer's uploads land in their member's.
    assert {image.collection for image in Image.objects.filter(title="upload")} == {spaces.roles_a.collection}
    network_image = factories.ImageFactory(title="network-photo", collection=spaces.network.network_collection)
    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert network_image.title in chooser


def test_officers_choose_their_own_and_the_networks_images_in_their_pages(db, spaces):
    network_image = factories.ImageFactory(title="network-photo", collection=spaces.network.network_collection)
    client = login(spaces.officer_a)
    page = spaces.a_news
    for image in (spaces.a_image, network_image):
        data = news_form(page.title, page.slug, hero_image=image.pk)
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        assert response.status_code == 302, response.context["form"].errors
        assert NewsPage.objects.get(pk=page.pk).hero_image == image


def test_officers_keep_what_staff_chose_for_their_pages(db, spaces):
    page = spaces.a_news
    NewsPage.objects.filter(pk=page.pk).update(hero_image=spaces.b_image)
    data = news_form(page.title, page.slug, hero_image=spaces.b_image.pk)
    response = login(spaces.officer_a).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.context["form"].errors


def test_the_setup_roles_command_repairs_and_reports(db, spaces):
    from django.core.management import call_command

    GroupPagePermission.objects.filter(group=spaces.roles_a.group, page=spaces.a_fr).delete()
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    assert page_actions(spaces.roles_a.group, spaces.a_fr) == {"add", "change", "publish"}
    assert "Officers of Commune de Bni Ansar (02.381.01.03): ar, fr" in out.getvalue()
