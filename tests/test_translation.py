"""Translation with wagtail-localize: what each model translates or synchronises, the demo's French,
and a sync of a changed Arabic page that keeps the French an editor made."""

import html
import io
import json
import re
import shutil

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import models
from django.test import Client

from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site, TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.models import BasePage, ExperienceTheme, NewsCategory, Region
from demo import data
from events.models import EventPage, ParticipationRow, Presentation, Recommendation, TeamMember
from experiences.models import ExperienceDocument, ExperiencePage, Indicator
from home.models import HomePage, StandardPage
from members.models import MemberIndexPage, MemberPage
from news.models import NewsAttachment, NewsPage

ARABIC = re.compile("[\u0600-\u06ff]")

# Derived on save from the page's tree or the register, in the translation's own locale.
DERIVED = {"member", "kind", "region", "population", "parent_event"}
# Words of the page's own language, set for each translation: wagtail-localize does not translate them.
PER_LANGUAGE = {"tags", "tagged_items"}
# People's names: kept as written unless a translation overrides them.
NAMES = {"TeamMember.name", "MemberPage.focal_point_name", "ExperiencePage.contact_name"}
# Codes, figures and numbers that happen to be stored as text.
NOT_WORDS = {"code", "hcp_code", "plan_period", "value", "focal_point_phone", "contact_phone"}
# Page fields a translation never carries over (Wagtail's own bookkeeping).
PAGE_INTERNALS = {f.name for f in Page._meta.get_fields()} - {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
}

INLINE_MODELS = [
    TeamMember,
    ParticipationRow,
    Recommendation,
    Presentation,
    Indicator,
    ExperienceDocument,
    NewsAttachment,
]
TAXONOMIES = [Region, NewsCategory, ExperienceTheme]


def our_page_models():
    return [m for m in get_page_models() if issubclass(m, BasePage)]


def is_text(field):
    return (
        isinstance(field, StreamField | RichTextField | models.TextField | models.CharField)
        and not field.choices
        and not isinstance(field, models.URLField | models.EmailField | models.SlugField)
    )


def declared(model):
    return {f.field_name: f for f in model.translatable_fields}


def fields_to_declare(model, ignore=()):
    """Every field an editor fills in, and every inline relation, of `model`."""
    names = set()
    for field in model._meta.get_fields():
        if field.name in ignore or field.name in DERIVED | PER_LANGUAGE:
            continue
        if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
            if field.name != "comments":
                names.add(field.name)
        elif field.concrete and field.editable and not field.auto_created and not isinstance(field, ParentalKey):
            names.add(field.name)
    return names


# --- what is translated, what is synchronised ------------------------------------------------


def test_every_page_type_declares_its_translatable_fields():
    assert {m.__name__ for m in our_page_models()} >= {
        "HomePage",
        "StandardPage",
        "MemberIndexPage",
        "MemberPage",
        "NewsIndexPage",
        "NewsPage",
        "ExperienceIndexPage",
        "ExperiencePage",
        "EventIndexPage",
        "EventPage",
    }
    # Declared by the page type or by its abstract base (SectionIndexPage): either way, every field of its own.
    for model in our_page_models():
        assert set(declared(model)) == fields_to_declare(model, ignore=PAGE_INTERNALS), model.__name__


def test_inline_objects_and_taxonomies_declare_theirs():
    for model in INLINE_MODELS:
        assert issubclass(model, TranslatableMixin), model.__name__
        assert set(declared(model)) == fields_to_declare(model, ignore={"sort_order"}), model.__name__
    for model in TAXONOMIES:
        assert set(declared(model)) == fields_to_declare(model), model.__name__


@pytest.mark.parametrize("model", [*our_page_models(), *INLINE_MODELS, *TAXONOMIES], ids=lambda m: m.__name__)
def test_text_is_translated_and_everything_else_synchronised(model):
    for name, declaration in declared(model).items():
        field = model._meta.get_field(name)
        if isinstance(field, models.ManyToOneRel):
            translatable_rows = issubclass(field.related_model, TranslatableMixin)
            assert isinstance(declaration, TranslatableField if translatable_rows else SynchronizedField), name
        elif isinstance(field, models.ForeignKey) and issubclass(field.related_model, TranslatableMixin):
            # A taxonomy term is replaced by its translation; a page, an image, a document is kept.
            expected = SynchronizedField if issubclass(field.related_model, Page) else TranslatableField
            assert isinstance(declaration, expected), f"{model.__name__}.{name}"
        elif is_text(field) and name not in NOT_WORDS and f"{model.__name__}.{name}" not in NAMES:
            assert isinstance(declaration, TranslatableField), f"{model.__name__}.{name}"
        else:
            assert isinstance(declaration, SynchronizedField), f"{model.__name__}.{name}"


def test_facts_cannot_be_overridden_in_a_translation():
    facts = {
        EventPage: ["start", "end", "attendance"],
        MemberPage: ["hcp_code", "joined_on", "plan_axes", "plan_projects", "plan_activities"],
        NewsPage: ["date"],
        ParticipationRow: ["women", "men"],
        Indicator: ["value"],
        Recommendation: ["status"],
        TeamMember: ["role"],
        Region: ["code", "slug"],
    }
    for model, names in facts.items():
        for name in names:
            assert not declared(model)[name].is_overridable(None), f"{model.__name__}.{name}"
    # Whereas a name, an image or a link may be set for a language.
    assert declared(TeamMember)["name"].is_overridable(None)
    assert declared(HomePage)["hero_link"].is_overridable(None)


# --- the demo in French ------------------------------------------------------------------------


@pytest.fixture
def fr(demo, db):
    return Locale.objects.get(language_code="fr")


def arabic(model, **filters):
    return model.objects.get(locale__language_code="ar", **filters)


def french(page):
    return page.get_translation(Locale.objects.get(language_code="fr")).specific


@pytest.mark.django_db
def test_the_french_tree_mirrors_the_arabic_page_for_page(fr):
    arabic_pages = Page.objects.filter(locale__language_code="ar", depth__gt=1)
    assert arabic_pages.count() == 39
    for page in arabic_pages:
        translation = page.get_translation(fr)
        assert translation.live, page.url_path
        assert translation.content_type_id == page.content_type_id
        assert translation.slug == page.slug or page.depth == 2
        if page.depth > 2:
            assert translation.get_parent().translation_key == page.get_parent().translation_key
    assert Page.objects.filter(locale=fr).count() == arabic_pages.count()


@pytest.mark.django_db
def test_every_page_and_term_is_a_complete_wagtail_localize_translation(fr):
    sources = TranslationSource.objects.filter(locale__language_code="ar")
    assert sources.count() == 39 + 12 + 6 + 7
    for source in sources:
        translation = Translation.objects.get(source=source, target_locale=fr)
        total, done = translation.get_progress()
        assert translation.enabled and total == done, source.object_repr
    # The French strings are the translations of the Arabic segments, made by hand.
    assert not StringTranslation.objects.filter(locale=fr).exclude(translation_type="manual").exists()


@pytest.mark.django_db
def test_the_french_pages_are_in_french(fr):
    saidia = french(arabic(EventPage, slug="saidia-national-meeting-2024"))
    assert saidia.title == "Rencontre nationale du Réseau Marocain des Collectivités Territoriales Ouvertes à Saïdia"
    assert saidia.city == "Saïdia"
    assert saidia.organisers.startswith("Direction Générale des Collectivités Territoriales (DGCT)")
    assert [item.value["title"] for item in saidia.programme][0].startswith("Atelier « La communication")

    workshop = french(arabic(EventPage, slug="communication-workshop"))
    assert [r.category for r in workshop.participation.all()] == [
        "Point focal",
        "Élu",
        "Instance de l'équité et de l'égalité des chances",
    ]
    assert workshop.participation_totals == {"women": 15, "men": 32, "total": 47}
    assert workshop.recommendations.first().text.startswith("Activer le rôle des bureaux de communication")
    assert [t.name for t in workshop.team.all()][:2] == ["Amal Belchkar", "Latifa Benyamna"]

    assert french(arabic(ExperiencePage, slug="citizen-office")).theme.name == "Bureau du citoyen"
    assert french(arabic(MemberPage, hcp_code="02")).title == "Région de l'Oriental"

    client = Client()
    html = client.get(saidia.url).content.decode()
    assert saidia.url.startswith("/fr/")
    assert "novembre" in html and "نونبر" not in html
    assert "نونبر" in client.get(arabic(EventPage, slug="saidia-national-meeting-2024").url).content.decode()


@pytest.mark.django_db
def test_no_arabic_is_left_in_the_french_content(fr):
    """Every text of every French page, names and tags included, is written in Latin letters."""
    for page in Page.objects.filter(locale=fr).specific():
        for segment in extract_segments(page):
            if isinstance(segment, StringSegmentValue):
                text = segment.string.data
            elif isinstance(segment, OverridableSegmentValue) and isinstance(segment.data, str):
                text = segment.data
            else:
                continue
            assert not ARABIC.search(text), f"{page.url_path} {segment.path}: {text}"
        if isinstance(page, NewsPage):
            assert not ARABIC.search(" ".join(page.tags.names())), page.url_path


@pytest.mark.django_db
def test_a_french_page_belongs_to_the_french_member_and_region(fr):
    bni_ansar = french(arabic(MemberPage, hcp_code="02.381.01.03"))
    assert bni_ansar.region.locale == fr and bni_ansar.region.code == "02"
    assert bni_ansar.region.name == "Oriental"
    assert (bni_ansar.kind, bni_ansar.population) == ("commune", 50508)

    citizen_office = french(arabic(ExperiencePage, slug="citizen-office"))
    assert citizen_office.member == bni_ansar
    communique = french(arabic(NewsPage, slug="communique-public-lighting"))
    assert communique.member == french(arabic(MemberPage, hcp_code="03.061.01.01"))
    assert communique.category.locale == fr and communique.category.name == "Services"
    assert sorted(communique.tags.names()) == ["Communiqué", "Meknès"]

    workshop = french(arabic(EventPage, slug="communication-workshop"))
    assert workshop.parent_event == french(arabic(EventPage, slug="saidia-national-meeting-2024"))
    assert {row.locale_id for row in workshop.team.all()} == {fr.pk}


@pytest.mark.django_db
def test_french_pages_link_to_french_pages(fr):
    home = Site.objects.get(is_default_site=True).root_page.specific
    french_home = french(home)
    assert french_home.slug == "home-fr"
    assert french_home.hero_link.locale == fr
    assert [e.locale for e in french_home.featured()] == [fr, fr]
    about = french(arabic(StandardPage, slug="about"))
    call_to_action = [block for block in about.body if block.block_type == "call_to_action"][0]
    assert call_to_action.value["page"].specific == french(arabic(MemberIndexPage, slug="members"))
    workshop = french(arabic(EventPage, slug="communication-workshop"))
    assert {e.locale for e in workshop.experiences()} == {fr}
    citizen_office = french(arabic(ExperiencePage, slug="citizen-office"))
    response = Client().get(citizen_office.url)
    assert response.context["presented_at"].get() == workshop


@pytest.mark.django_db
def test_taxonomies_are_translated_through_wagtail_localize(fr):
    for model in TAXONOMIES:
        for term in model.objects.filter(locale__language_code="ar"):
            source = TranslationSource.objects.get_for_instance(term)
            assert source.translations.filter(target_locale=fr).exists()
            translation = term.get_translation(fr)
            assert translation.slug == term.slug and not ARABIC.search(translation.name)
    assert Region.objects.get(locale=fr, code="09").name == "Souss-Massa"


@pytest.mark.django_db
def test_the_translation_editor_opens_on_a_french_page(fr, admin_client):
    page = french(arabic(EventPage, slug="communication-workshop"))
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))
    # The translator sees every translated field, inline rows and stream blocks included...
    fields = {segment["contentPath"].split(".")[0] for segment in props["segments"] if segment["type"] == "string"}
    assert fields >= {"title", "summary", "programme", "body", "team", "participation", "recommendations"}
    # ...with the French already there, and the names set for French as overrides of the Arabic.
    strings = [t["data"] for t in props["initialStringTranslations"]]
    assert any(value.startswith("Activer le rôle des bureaux de communication") for value in strings)
    assert "Amal Belchkar" in [o["data"] for o in props["initialOverrides"]]


# --- syncing a changed Arabic page -------------------------------------------------------------


def sync(page, django_capture_on_commit_callbacks):
    """What "Sync translated pages" does: update the source from the Arabic, then save the targets."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        for translation in source.translations.filter(enabled=True):
            translation.save_target(publish=True)
    return source


@pytest.mark.django_db
def test_syncing_a_changed_arabic_page_keeps_the_french_edits(fr, django_capture_on_commit_callbacks):
    page = arabic(EventPage, slug="communication-workshop")
    before = french(page)
    page.title = "ورشة التواصل في خدمة انفتاح الجماعات الترابية (تقرير محين)"
    page.attendance = 58
    page.start = page.start.replace(hour=10)
    rows = list(page.participation.all())
    rows[0].women = 5
    page.participation = rows
    page.save_revision().publish()

    source = sync(page, django_capture_on_commit_callbacks)

    after = french(page)
    # Synchronised fields follow the Arabic.
    assert (after.attendance, after.start) == (58, page.start)
    assert [(r.women, r.men) for r in after.participation.all()][0] == (5, 10)
    # Every other translated field keeps its French, inline rows included.
    assert (after.summary, after.city) == (before.summary, "Saïdia")
    assert [item.value["title"] for item in after.programme] == [item.value["title"] for item in before.programme]
    assert [r.category for r in after.participation.all()][0] == "Point focal"
    assert [r.text for r in after.recommendations.all()] == [r.text for r in before.recommendations.all()]
    assert [t.name for t in after.team.all()] == [t.name for t in before.team.all()]  # overrides kept
    assert after.parent_event == before.parent_event
    # The changed title waits for its translator, in the Arabic meanwhile, as wagtail-localize shows it.
    assert after.title == page.title
    translation = source.translations.get(target_locale=fr)
    total, done = translation.get_progress()
    assert done == total - 1

    # The translator translates it in the editor; publishing brings it to the page.
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string,
        context=segment.context,
        locale=fr,
        data="Atelier « La communication au service de l'ouverture » (compte rendu mis à jour)",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    final = french(page)
    assert final.title == "Atelier « La communication au service de l'ouverture » (compte rendu mis à jour)"
    assert final.live and not final.has_unpublished_changes
    assert final.summary == before.summary


# --- the loader, run again ---------------------------------------------------------------------


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


SHIPPED = data.DATA_DIR


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of the demo's data files, which the loader reads instead, to edit as an editor would."""
    directory = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, directory)
    monkeypatch.setattr(data, "DATA_DIR", directory)
    return directory


def edit(directory, name, old, new):
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


RABAT_CITY = "    city:\n      ar: الرباط\n      fr: Rabat\n"


@pytest.mark.django_db
def test_running_the_loader_again_with_changed_texts_updates_both_languages(fr, data_dir):
    edit(data_dir, "events.yaml", RABAT_CITY, "    city:\n      ar: مدينة الرباط\n      fr: Ville de Rabat\n")
    output = load()
    assert "pages: 1 updated, 38 unchanged" in output
    assert "pages (fr): 1 updated, 38 unchanged" in output
    page = arabic(EventPage, slug="rabat-networking-workshop-2024")
    assert (page.city, french(page).city) == ("مدينة الرباط", "Ville de Rabat")
    assert french(page).summary.startswith("Un atelier animé par Youssef Laaraj")

    shutil.copy(SHIPPED / "events.yaml", data_dir)  # the text as it was: both languages go back
    assert "pages (fr): 1 updated, 38 unchanged" in load()


@pytest.mark.django_db
def test_a_french_text_missing_from_the_demo_is_refused(fr, data_dir):
    edit(data_dir, "events.yaml", RABAT_CITY, "    city:\n      ar: الرباط\n")
    with pytest.raises(CommandError, match=r"events\.yaml, event:rabat: city: no French"):
        load()
