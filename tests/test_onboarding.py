"""Onboarding from the command line: `import_members FILE.csv` and `add_officer MEMBER_SLUG EMAIL`."""

import csv
import io
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from wagtail.models import Collection, GroupPagePermission, Revision
from wagtail.users.models import UserProfile

from demo.officers import create_demo_officers
from members import register, roles
from members.models import MemberPage
from tests.auth import authenticate
from tests.member_spaces import module_data
from tests.site import build_site_tree

SHIPPED = Path(settings.BASE_DIR) / "members" / "data" / "members.csv"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def run_failing(*args):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(*args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue() + str(raised.value)


def write(tmp_path, text, name="members.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def shipped_rows():
    with open(SHIPPED, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        site = build_site_tree()
        output = run("import_members", str(SHIPPED))
        yield site, output


def counts():
    return (
        MemberPage.objects.count(),
        Revision.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Collection.objects.count(),
    )


def test_the_shipped_file_holds_the_members_the_demo_knows():
    rows = shipped_rows()
    codes = [row["hcp_code"] for row in rows]
    assert codes[:12] == [f"{n:02d}" for n in range(1, 13)]
    assert codes[12:] == ["02.381.01.03", "09.273.01.05", "03.061.01.01", "11.321.01.03"]
    assert all(register.get(code) for code in codes)
    slugs = {row["hcp_code"]: row["slug"] for row in rows}
    assert slugs["02"] == "oriental"
    assert [slugs[code] for code in codes[12:]] == ["bni-ansar", "ait-melloul", "meknes", "laayoune"]
    assert all(row["title_ar"] and row["title_fr"] for row in rows)


def test_every_member_gets_its_space_in_every_language_and_its_roles(db, imported):
    _, output = imported
    assert "16 member(s): 16 created." in output
    for row in shipped_rows():
        pages = {page.locale.language_code: page for page in MemberPage.objects.filter(hcp_code=row["hcp_code"])}
        assert set(pages) == {"ar", "fr"}, row["hcp_code"]
        assert pages["ar"].title == row["title_ar"] and pages["fr"].title == row["title_fr"]
        assert pages["ar"].translation_key == pages["fr"].translation_key
        assert all(page.live and page.slug == row["slug"] for page in pages.values())
        group = roles.officers_group(pages["ar"])
        assert group.name == f"Officers of {row['title_fr']} ({row['hcp_code']})"
        for page in pages.values():
            assert GroupPagePermission.objects.filter(group=group, page=page).count() == 3
        assert roles.member_collection(pages["ar"]).name == f"{row['title_fr']} ({row['hcp_code']})"
    assert MemberPage.objects.get(slug="oriental", locale__language_code="fr").kind == "region"


def test_importing_again_changes_nothing(db, imported):
    before = counts()
    output = run("import_members", str(SHIPPED))
    assert counts() == before
    assert "16 member(s): 16 unchanged." in output


def test_a_changed_cell_updates_the_member(db, imported, tmp_path):
    path = write(
        tmp_path,
        "hcp_code,slug,title_fr,website\n02.381.01.03,bni-ansar,Commune de Beni Ansar,https://beniansar.ma\n",
    )
    output = run("import_members", path)
    assert "updated (ar: website; fr: title, website)" in output
    page = MemberPage.objects.get(slug="bni-ansar", locale__language_code="fr")
    assert page.title == "Commune de Beni Ansar" and page.website == "https://beniansar.ma"
    assert page.live_revision.as_object().title == "Commune de Beni Ansar"
    assert roles.officers_group(page).name == "Officers of Commune de Beni Ansar (02.381.01.03)"


BAD_FILE = """hcp_code,slug,title_ar,title_fr,joined_on,website
02.381.01.99,nowhere,,,,
02,Oriental Region,,,,
01,tanger-tetouan-al-hoceima,,,2022-13-40,
03,fes-meknes,,,,not a url
04,rabat-sale-kenitra,,,
02.381.01.03,ait-melloul,,,,
05,beni-mellal-khenifra,,,,
05,beni-mellal-khenifra,,,,
"""


def test_a_file_with_errors_imports_nothing_and_says_why_line_by_line(db, imported, tmp_path):
    MemberPage.objects.filter(hcp_code="05").delete()
    before = counts()
    output = run_failing("import_members", write(tmp_path, BAD_FILE))
    expected = [
        "line 2: 02.381.01.99 is not a code of the national register.",
        "line 3: slug 'Oriental Region' must be latin lowercase letters, digits and hyphens.",
        "line 4: joined_on '2022-13-40' is not a date like 2022-10-21.",
        "line 5: website 'not a url' is not a web address like https://example.ma.",
        "line 6: 5 cells where the first line names 6 columns.",
        "line 7: slug 'ait-melloul' is already used by 09.273.01.05",
        "line 9: 05 already appears on line 8.",
        "nothing was imported",
    ]
    for message in expected:
        assert message in output
    assert counts() == before
    assert not MemberPage.objects.filter(hcp_code="05").exists()


@pytest.mark.parametrize(
    "text, message",
    [
        ("code,slug\n02,oriental\n", "line 1: the column 'hcp_code' is missing."),
        ("hcp_code,slug,colour\n02,oriental,green\n", "line 1: unknown column 'colour'"),
        ("", "line 1: the file is empty"),
        ("hcp_code,slug\n", "the file has no member rows."),
    ],
)
def test_header_problems_are_reported(db, imported, tmp_path, text, message):
    assert message in run_failing("import_members", write(tmp_path, text))


def test_files_saved_by_spreadsheets_are_read(db, imported, tmp_path):
    # Excel's "CSV UTF-8" starts with a BOM; French locales separate cells with semicolons.
    text = "\ufeffhcp_code;slug;title_fr\n02;oriental;Région de l'Oriental\n"
    assert "1 member(s), no problem found" in run("import_members", write(tmp_path, text), "--dry-run")
    text = "hcp_code,title_fr\n02,Région de l'Oriental\n"
    path = write(tmp_path, text, encoding="latin-1")
    assert "is not UTF-8 text" in run_failing("import_members", path)


def test_a_dry_run_imports_nothing(db, imported, tmp_path):
    MemberPage.objects.filter(hcp_code="05").delete()
    path = write(tmp_path, "hcp_code,slug\n05,beni-mellal-khenifra\n")
    run("import_members", path, "--dry-run")
    assert not MemberPage.objects.filter(hcp_code="05").exists()
    output = run("import_members", path)
    assert "05 beni-mellal-khenifra: created" in output
    assert MemberPage.objects.filter(hcp_code="05").count() == 2


def test_add_officer_creates_an_account_without_password_and_a_link_to_choose_one(db, imported):
    output = run("add_officer", "bni-ansar", "Amal@Bni-Ansar.example", "--language", "fr")
    user = get_user_model().objects.get(email__iexact="amal@bni-ansar.example")
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Officers of Commune de Bni Ansar (02.381.01.03)"]
    assert UserProfile.get_for_user(user).preferred_language == "fr"
    assert "Created the account" in output and 'Added it to the group "Officers of Commune de Bni Ansar' in output

    link = next(line.strip() for line in output.splitlines() if "/password_reset/confirm/" in line)
    client = Client()
    response = client.get(link.removeprefix(settings.WAGTAILADMIN_BASE_URL), follow=True)
    assert response.status_code == 200
    password = "Une-phrase-de-passe-2026"
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(form_url, {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    assert authenticate(username=user.username, password=password) == user


def test_add_officer_attaches_an_existing_account_once(db, imported):
    user = get_user_model().objects.create_user("amal", "amal@example.org", "pw")
    output = run("add_officer", "09.273.01.05", "AMAL@example.org")
    assert "Found the account amal" in output and "Added it to the group" in output
    assert "/password_reset/" not in output
    assert "already was in the group" in run("add_officer", "ait-melloul", "amal@example.org")
    assert user.groups.count() == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (("nowhere", "a@example.org"), "No member has the slug or code 'nowhere'"),
        (("bni-ansar", "not-an-email"), "'not-an-email' is not an email address."),
    ],
)
def test_add_officer_refuses_what_it_cannot_do(db, imported, args, message):
    assert message in run_failing("add_officer", *args)


def test_the_demo_officers(db, imported):
    created = create_demo_officers()
    assert [username for username, _, _ in created] == ["officer-bni-ansar", "officer-ait-melloul"]
    assert created == create_demo_officers()
    for username, password, _ in created:
        user = authenticate(username=username, password=password)
        assert user is not None and user.groups.count() == 1
    bni_ansar = get_user_model().objects.get(username="officer-bni-ansar")
    assert (
        roles.officers_group(MemberPage.objects.get(slug="bni-ansar", locale__language_code="ar"))
        in bni_ansar.groups.all()
    )
