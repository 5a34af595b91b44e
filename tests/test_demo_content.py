"""`load_demo_content` builds the site from the source documents, in Arabic and in French, and a
second run changes nothing. (The French itself, and how it is made, is `test_translation`'s.)"""

import datetime
import io
import json

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from core.models import ExperienceTheme, NetworkSettings, NewsCategory, Region
from events.models import EventPage
from experiences.models import ExperiencePage
from home.models import HomePage
from members.models import MemberPage
from members.roles import member_collection, network_collection
from news.models import NewsPage
from tests.auth import authenticate


def inventory():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "regions": Region.objects.count(),
        "news categories": NewsCategory.objects.count(),
        "experience themes": ExperienceTheme.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
        "network settings": NetworkSettings.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "overrides": SegmentOverride.objects.count(),
        "translation logs": TranslationLog.objects.count(),
        "collection names": sorted(Collection.objects.values_list("name", flat=True)),
    }


def arabic(model, **filters):
    return model.objects.get(locale__language_code="ar", **filters)


@pytest.mark.django_db
def test_a_second_run_creates_nothing_and_changes_nothing(demo):
    before = inventory()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert inventory() == before
    assert "created" not in out.getvalue()
    assert "updated" not in out.getvalue()
    assert "pages (fr): 39 unchanged" in out.getvalue()


@pytest.mark.django_db
def test_a_second_run_leaves_every_table_as_it_was(demo):
    def fingerprint():
        out = io.StringIO()
        call_command("demo_fingerprint", stdout=out)
        return json.loads(out.getvalue())

    before = fingerprint()
    assert len(before["wagtailcore.page"]) == 79  # the root and 39 pages in each language
    call_command("load_demo_content", stdout=io.StringIO())
    assert fingerprint() == before


@pytest.mark.django_db
def test_every_arabic_page_has_its_french_translation(demo):
    ar = Locale.objects.get(language_code="ar")
    fr = Locale.objects.get(language_code="fr")
    arabic_pages = Page.objects.filter(locale=ar, depth__gt=1)
    assert arabic_pages.count() == 39
    assert Page.objects.filter(locale=fr).count() == arabic_pages.count()
    assert Page.objects.live().filter(locale=fr).count() == 39


@pytest.mark.django_db
def test_the_default_site_is_rooted_at_the_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.live
    # Wagtail's "Welcome" page is gone: every page under the root is one of ours.
    assert not Page.objects.filter(depth=2, content_type__app_label="wagtailcore").exists()
    settings = NetworkSettings.for_site(site)
    assert settings.total_collectivities == 1590
    assert settings.founded == datetime.date(2022, 10, 21)


@pytest.mark.django_db
def test_taxonomies_exist_in_arabic_and_french(demo):
    ar = Locale.objects.get(language_code="ar")
    fr = Locale.objects.get(language_code="fr")
    for model in (Region, NewsCategory, ExperienceTheme):
        originals = model.objects.filter(locale=ar)
        assert originals.exists()
        for term in originals:
            french = term.get_translation(fr)
            assert french.slug == term.slug
            assert french.name and french.name != term.name
    assert Region.objects.filter(locale=ar).count() == 12
    assert Region.objects.get(locale=ar, code="02").slug == "oriental"
    assert Region.objects.get(locale=fr, code="09").name == "Souss-Massa"


@pytest.mark.django_db
def test_saidia_workshop_participation_is_computed_from_the_report_table(demo):
    workshop = arabic(EventPage, slug="communication-workshop")
    assert workshop.parent_event.slug == "saidia-national-meeting-2024"
    rows = {row.category: (row.women, row.men) for row in workshop.participation.all()}
    assert rows == {"نقطة ارتكاز": (4, 10), "منتخب": (6, 12), "هيئة المساواة وتكافؤ الفرص": (5, 10)}
    # The report's table adds up to 15 women and 32 men, 47 in all, although its text says 57:
    # both are kept, the announced figure and the table's computed totals.
    assert workshop.participation_totals == {"women": 15, "men": 32, "total": 47}
    assert workshop.attendance == 57
    assert [m.role for m in workshop.team.all()] == [
        "moderator",
        "speaker",
        "speaker",
        "speaker",
        "rapporteur",
        "rapporteur",
    ]
    assert workshop.recommendations.count() == 10
    assert set(workshop.recommendations.values_list("status", flat=True)) == {"proposed"}
    assert workshop.experiences_presented.count() == 2


@pytest.mark.django_db
def test_meknes_has_its_six_communiques_with_their_dates(demo):
    meknes = arabic(MemberPage, hcp_code="03.061.01.01")
    communiques = NewsPage.objects.child_of(meknes).filter(date__year__gte=2023).order_by("-date")
    assert [n.date for n in communiques] == [
        datetime.date(2024, 2, 12),
        datetime.date(2024, 2, 9),
        datetime.date(2024, 1, 27),
        datetime.date(2024, 1, 17),
        datetime.date(2024, 1, 5),
        datetime.date(2023, 12, 29),
    ]
    assert communiques[0].title == "بلاغ على إثر انتهاء أشغال الدورة العادية لشهر فبراير 2024"
    assert all(n.member_id == meknes.pk and n.live for n in communiques)
    # Plus the article on the Ouarzazate forum of 2019.
    assert NewsPage.objects.child_of(meknes).count() == 7


@pytest.mark.django_db
def test_the_two_experiences_live_under_their_members_and_are_featured(demo):
    citizen_office = arabic(ExperiencePage, slug="citizen-office")
    access = arabic(ExperiencePage, slug="access-to-information")
    assert citizen_office.member.hcp_code == "02.381.01.03"
    assert access.member.hcp_code == "09.273.01.05"
    assert citizen_office.get_parent().specific == citizen_office.member
    assert citizen_office.theme.slug == "citizen-office"
    assert access.theme.slug == "access-to-information"
    assert citizen_office.indicators.get(label="مهمة لمكتب المواطن").value == "18"

    home = Site.objects.get(is_default_site=True).root_page.specific
    assert home.featured() == [citizen_office, access]


@pytest.mark.django_db
def test_members_follow_the_register_and_keep_their_media_in_their_collection(demo):
    assert MemberPage.objects.filter(kind="region", locale__language_code="ar").count() == 12
    bni_ansar = arabic(MemberPage, hcp_code="02.381.01.03")
    assert bni_ansar.kind == "commune"
    assert bni_ansar.region.slug == "oriental"
    oriental = arabic(MemberPage, hcp_code="02")
    assert (oriental.plan_axes, oriental.plan_projects, oriental.plan_activities) == (4, 17, 69)
    assert oriental.focal_point_name == "البكاي زروقي"
    # Each member's media sit in the collection its officers are given (members.roles).
    own = member_collection(bni_ansar)
    assert bni_ansar.logo.collection == own
    assert arabic(ExperiencePage, slug="citizen-office").hero_image.collection == own
    saidia = arabic(EventPage, slug="saidia-national-meeting-2024")
    assert saidia.hero_image.collection == network_collection()
    # Named after the member's French page, as members.roles names them.
    assert own.name == "Commune de Bni Ansar (02.381.01.03)"


@pytest.mark.django_db
def test_create_demo_admin_refuses_without_debug_and_resets_with_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_admin", stdout=io.StringIO())
    call_command("create_demo_admin", "--force", stdout=io.StringIO())
    call_command("create_demo_admin", "--force", stdout=io.StringIO())
    user = authenticate(username="admin", password="admin")
    assert user is not None and user.is_superuser


@pytest.mark.django_db
def test_create_demo_admin_also_gives_two_members_an_officer(demo, settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("create_demo_admin", stdout=out)
    officer = authenticate(username="officer-bni-ansar", password="officer-bni-ansar")
    assert officer is not None and not officer.is_superuser
    assert "officer-ait-melloul" in out.getvalue()
