"""The admin speaks the officer's language: names of models, workflows and roots, packages' screens, branding."""

import re

import pytest

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Collection, Page
from wagtail.users.models import UserProfile

from events.models import TeamMember
from members.roles import REVIEW_WORKFLOW, review_workflow, setup_network_roles
from tests import factories
from tests.auth import sign_in


@pytest.fixture
def arabic_admin(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    return sign_in(client, user)


def visible_text(html):
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
def test_images_are_named_in_arabic(arabic_admin):
    factories.ImageFactory(collection=Collection.get_first_root_node())
    text = visible_text(arabic_admin.get("/admin/images/").content.decode())
    assert "custom image" not in text.lower()
    with translation.override("ar"):
        from images.models import CustomImage

        assert str(CustomImage._meta.verbose_name_plural) == "صور"


@pytest.mark.django_db
def test_the_roots_and_the_review_workflow_are_named_in_both_languages(arabic_admin, site_tree):
    setup_network_roles()
    assert Page.get_first_root_node().title == "كل اللغات · Toutes les langues"
    assert Collection.get_first_root_node().name.startswith("كل المجموعات")
    assert review_workflow().name == REVIEW_WORKFLOW
    text = visible_text(arabic_admin.get(f"/admin/pages/{site_tree.about.pk}/edit/").content.decode())
    assert not re.search(r"\bRoot\b", text)
    text = visible_text(arabic_admin.get("/admin/workflows/list/").content.decode())
    assert "Network review" not in text and "مراجعة الشبكة" in text


@pytest.mark.django_db
def test_a_workflow_named_before_is_renamed_not_duplicated(site_tree):
    from wagtail.models import Workflow

    # The network's workflow as the first version of the site named it (found by key, not by that name).
    roles = setup_network_roles()
    Workflow.objects.filter(pk=roles.review_workflow.pk).update(name="Network review")
    setup_network_roles()
    assert list(
        Workflow.objects.filter(name__in=[REVIEW_WORKFLOW, "Network review"]).values_list("name", flat=True)
    ) == [REVIEW_WORKFLOW]


@pytest.mark.django_db
def test_wagtail_localizes_locales_screens_speak_arabic(arabic_admin, site_tree):
    text = visible_text(arabic_admin.get("/admin/locales/").content.decode())
    assert "Add a locale" not in text
    assert "إضافة لغة" in text


@pytest.mark.django_db
def test_the_admin_shows_the_networks_name_and_mark(arabic_admin, client):
    html = arabic_admin.get("/admin/").content.decode()
    assert "<title>" in html and "الشبكة المغربية للجماعات الترابية المنفتحة</title>" in html
    assert "rmcto-admin-logo" in html
    client.logout()
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "rmcto-admin-logo" in login


def test_import_members_help_names_no_missing_file(capsys):
    with pytest.raises(SystemExit):
        call_command("import_members", "--help")
    help_text = capsys.readouterr().out
    assert "docs/" not in help_text
    assert "hcp_code" in help_text and "README.md" in help_text


@pytest.mark.django_db
def test_a_womans_role_reads_in_the_feminine(client, site_tree):
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia")
    TeamMember.objects.create(page=event, locale=event.locale, name="أمل بلشقر", role="moderator", feminine=True)
    TeamMember.objects.create(page=event, locale=event.locale, name="محمد بوبكري", role="rapporteur")
    TeamMember.objects.create(page=event, locale=event.locale, name="الهام مرجاني", role="rapporteur", feminine=True)
    html = client.get(event.url).content.decode()
    assert re.search(r"أمل بلشقر</span>\s*<span class=\"team__role\">مسيرة الجلسة</span>", html)
    assert re.search(r"محمد بوبكري</span>\s*<span class=\"team__role\">مقرر</span>", html)
    assert re.search(r"الهام مرجاني</span>\s*<span class=\"team__role\">مقررة</span>", html)
    with translation.override("fr"):
        assert str(TeamMember(role="speaker", feminine=True).role_label) == "Intervenante"
