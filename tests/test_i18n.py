"""The site in Arabic and French: lang and dir, the language switcher, hreflang, the catalogues, the admin.

The site tree is the one editors build: Arabic pages, most of them translated into French with French words,
an Arabic workshop and bulletin not translated yet, and a French note that has no Arabic version.
"""

import datetime
from types import SimpleNamespace

import pytest

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests import factories
from tests.auth import sign_in
from tests.rendered import ARABIC, LATIN_WORD, read
from tests.site import translate

DIRECTIONS = {"ar": "rtl", "fr": "ltr"}


def edit(page, **fields):
    if isinstance(page, Page):
        page = page.specific_class.objects.get(pk=page.pk)  # fresh: a stale numchild would orphan its children
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    return page


@pytest.fixture
def site(site_tree, locales):
    """Every page type in Arabic and, in French words, in French; a few pages in one language only."""
    tree = site_tree
    fr = locales.fr
    edit(tree.fr.home, title="Accueil", hero_title="Réseau marocain des collectivités territoriales ouvertes")
    for name, title in [
        ("members", "Membres"),
        ("news", "Communiqués et actualités"),
        ("experiences", "Expériences"),
        ("events", "Rencontres et ateliers"),
        ("about", "À propos du réseau"),
    ]:
        edit(getattr(tree.fr, name), title=title, introduction="")

    member = factories.MemberPageFactory(parent=tree.members, slug="bni-ansar", title="جماعة بني أنصار")
    fr_member = edit(translate(member, fr), title="Commune de Bni Ansar")
    news = factories.NewsPageFactory(parent=member, slug="eclairage", title="بلاغ حول الإنارة العمومية")
    fr_news = edit(translate(news, fr), title="Communiqué sur l’éclairage public", summary="Un communiqué.")
    theme = factories.ExperienceThemeFactory(name="مكتب المواطن", slug="citizen-office")
    fr_theme = factories.ExperienceThemeFactory(
        locale=fr, name="Bureau du citoyen", slug="citizen-office", translation_key=theme.translation_key
    )
    experience = factories.ExperiencePageFactory(
        parent=member, slug="bureau-citoyen", title="مكتب المواطن ببني أنصار", theme=theme
    )
    fr_experience = edit(
        translate(experience, fr), title="Le bureau du citoyen de Bni Ansar", summary="Une expérience.", theme=fr_theme
    )
    event = factories.EventPageFactory(
        parent=tree.events,
        slug="saidia",
        title="الملتقى الوطني للشبكة",
        start=datetime.datetime(2024, 11, 12, 9, tzinfo=factories.CASABLANCA),
        end=datetime.datetime(2024, 11, 13, 17, tzinfo=factories.CASABLANCA),
    )
    factories.ParticipationRowFactory(page=event, category="نقطة ارتكاز", women=4, men=10)
    factories.TeamMemberFactory(page=event, name="أمل بلشقر", role="moderator")
    factories.RecommendationFactory(page=event, text="تعميم مبدأ الانفتاح")
    fr_event = edit(
        translate(event, fr), title="Rencontre nationale du réseau", city="Saïdia", summary="La rencontre annuelle."
    )
    for row in fr_event.participation.all():
        edit(row, category="Points focaux")
    for person in fr_event.team.all():
        edit(person, name="Amal Belchguer")
    for recommendation in fr_event.recommendations.all():
        edit(recommendation, text="Généraliser le principe d’ouverture")

    # Not translated yet.
    workshop = factories.EventPageFactory(parent=event, slug="atelier", title="ورشة التواصل")
    arabic_only_news = factories.NewsPageFactory(parent=tree.news, slug="ar-only", title="بلاغ بالعربية فقط")
    french_only_news = factories.NewsPageFactory(
        parent=tree.fr.news, locale=fr, slug="fr-only", title="Note en français seulement", summary="Une note."
    )
    return SimpleNamespace(
        tree=tree,
        member=member,
        fr_member=fr_member,
        news=news,
        fr_news=fr_news,
        experience=experience,
        fr_experience=fr_experience,
        event=event,
        fr_event=fr_event,
        workshop=workshop,
        arabic_only_news=arabic_only_news,
        french_only_news=french_only_news,
    )


def live_pages():
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"))


def closest_translated(page, code):
    """What the switcher should offer for `page` in `code`: its translation, else its closest ancestor's."""
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        found = candidate.get_translations(inclusive=True).live().filter(locale__language_code=code).first()
        if found is not None:
            return found, candidate.pk == page.pk
    return None, False


def language_name(code, in_language):
    with translation.override(in_language):
        return str(dict(settings.LANGUAGES)[code])


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return read(response)


# ---------- lang and dir ----------


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_views_that_are_not_pages_speak_the_visitors_language(client, site, language):
    """Every page type is covered by test_page_types; here, the search and the 404 page."""
    for url, status in [(f"/{language}/search/?q=x", 200), (f"/{language}/no-such-page/", 404)]:
        response = client.get(url)
        assert response.status_code == status
        page = read(response)
        assert (page.lang, page.dir) == (language, DIRECTIONS[language])


def test_every_page_of_the_tree_has_its_language_and_direction(client, site):
    for page in live_pages():
        code = page.locale.language_code
        rendered = get(client, page.url)
        assert (rendered.lang, rendered.dir) == (code, DIRECTIONS[code]), page.url


# ---------- the language switcher ----------


def test_the_switcher_round_trips_on_every_page(client, site):
    checked = {"translated": 0, "untranslated": 0}
    for page in live_pages():
        own = page.locale.language_code
        rendered = get(client, page.url)
        assert rendered.switcher[own].current, page.url
        for code, _name in settings.LANGUAGES:
            if code == own:
                continue
            link = rendered.switcher[code]
            target, is_translation = closest_translated(page, code)
            assert target is not None, page.url
            assert link.href == target.url, page.url
            back = get(client, link.href)
            assert (back.lang, back.dir) == (code, DIRECTIONS[code])
            if is_translation:
                checked["translated"] += 1
                assert not link.untranslated and code not in rendered.notices
                # ar → fr → ar lands on the same page.
                assert back.switcher[own].href == page.url, page.url
            else:
                checked["untranslated"] += 1
                assert link.untranslated
                with translation.override(own):
                    said = gettext("This page is not yet translated into %(language)s.") % {
                        "language": language_name(code, own)
                    }
                assert said in rendered.notices[code], rendered.notices
                assert target.title in rendered.notices[code]
    # The tree has both kinds, in both directions.
    assert checked["translated"] >= 20 and checked["untranslated"] >= 2


def test_an_untranslated_page_says_so_in_the_visitors_language(client, site):
    arabic = get(client, site.workshop.url)
    assert arabic.switcher["fr"].href == site.fr_event.url
    assert "لم تترجم هذه الصفحة بعد إلى الفرنسية" in arabic.notices["fr"]
    assert "Rencontre nationale du réseau" in arabic.notices["fr"]
    french = get(client, site.french_only_news.url)
    assert french.switcher["ar"].href == site.tree.news.url
    assert "Cette page n’est pas encore traduite en arabe" in french.notices["ar"]


def test_search_switches_language_with_its_query(client, site):
    rendered = get(client, "/ar/search/?q=%D9%85%D9%84%D8%AA%D9%82%D9%89&page=1")
    assert rendered.switcher["fr"].href == "/fr/search/?q=%D9%85%D9%84%D8%AA%D9%82%D9%89&page=1"
    assert not rendered.notices


def test_the_404_page_offers_the_other_languages_home(client, site):
    response = client.get("/fr/nulle-part/")
    assert response.status_code == 404
    rendered = read(response)
    assert rendered.switcher["ar"].href == "/ar/"
    assert not rendered.notices


def test_the_switcher_costs_the_same_queries_translated_or_not(client, site, django_assert_max_num_queries):
    """The switcher and hreflang take one query, whether the page or only an ancestor is translated."""
    client.get(site.workshop.url)
    with django_assert_max_num_queries(40) as untranslated:
        client.get(site.workshop.url)
    translate(site.workshop, site.tree.locales.fr)
    client.get(site.workshop.url)
    with django_assert_max_num_queries(40) as translated:
        rendered = read(client.get(site.workshop.url))
    assert set(rendered.alternates) == {"ar", "fr"}
    assert len(translated) == len(untranslated)


# ---------- hreflang and canonical ----------


def test_hreflang_pairs_are_symmetric_and_name_a_default(client, site):
    rendered = {page.url: get(client, page.url) for page in live_pages()}
    for url, page in rendered.items():
        assert page.canonical and page.canonical.endswith(url)
        assert page.alternates[page.lang] == url, url  # every version lists itself…
        assert page.x_default in page.alternates.values(), url
        if "ar" in page.alternates:
            assert page.x_default == page.alternates["ar"]  # …and the default language's version as x-default
        for code, other in page.alternates.items():
            assert rendered[other].lang == code
            assert rendered[other].alternates == page.alternates, (url, other)  # if A lists B, B lists A
            assert rendered[other].x_default == page.x_default


def test_a_page_in_one_language_has_only_itself_as_alternate(client, site):
    rendered = get(client, site.workshop.url)
    assert rendered.alternates == {"ar": site.workshop.url}
    assert rendered.x_default == site.workshop.url


# ---------- the catalogues ----------


def untranslated_strings(rendered, language):
    """Strings shown in the other script than the page's, outside elements that declare their language."""
    if language == "fr":
        return [t for t in rendered.texts if ARABIC.search(t.text) and not t.lang.startswith("ar")]
    return [
        t
        for t in rendered.texts
        if LATIN_WORD.search(t.text) and t.lang.startswith("ar") and not t.ltr_data and t.text not in ALLOWED_LATIN
    ]


# Latin-script text that may stand on an Arabic page as it is: file types.
ALLOWED_LATIN = {"PDF"}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_visible_string_is_in_the_pages_language(client, site, language):
    """No Arabic interface string on a French page and no English or French one on an Arabic page.

    Django shows the Arabic translation of a string missing from the French catalogue (Arabic is the default
    language) and the English source of one missing from both: either shows up here.
    """
    urls = [
        f"/{language}/",
        (site.fr_event if language == "fr" else site.event).url,
        (site.fr_member if language == "fr" else site.member).url,
        (site.tree.fr.events if language == "fr" else site.tree.events).url,
        (site.tree.fr.members if language == "fr" else site.tree.members).url,
        f"/{language}/search/?q=" + ("Rencontre" if language == "fr" else "ملتقى"),
        f"/{language}/search/",
    ]
    for url in urls:
        rendered = get(client, url)
        assert rendered.lang == language
        leaks = untranslated_strings(rendered, language)
        assert not leaks, (url, leaks)
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert not untranslated_strings(read(response), language)


def test_arabic_plurals_follow_the_six_forms(client, site):
    with translation.override("ar"):
        forms = {
            n: translation.ngettext("%(counter)s member", "%(counter)s members", n) % {"counter": n}
            for n in (0, 1, 2, 3, 11, 100)
        }
    assert len(set(forms.values())) == 6, forms


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", [(12, "جهة"), (7, "مجالس عمالات وأقاليم"), (107, "جماعات"), (2, "جماعتان")]),  # 107: as 7
        ("fr", [(12, "régions"), (7, "conseils préfectoraux ou provinciaux"), (107, "communes"), (2, "communes")]),
    ],
)
def test_the_network_in_figures_names_each_type_in_the_form_its_count_asks_for(language, expected):
    from members.models import MemberKind
    from members.templatetags.members_tags import counted_kinds

    with translation.override(language):
        by_kind = [(kind.label, n) for kind, n in zip([*MemberKind, MemberKind.COMMUNE], (12, 7, 107, 2), strict=True)]
        assert counted_kinds(by_kind) == expected


# ---------- the admin ----------


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    sign_in(client, user)
    return user


def test_the_page_editor_loads_the_text_direction_script(client, site, editor):
    response = client.get(f"/admin/pages/{site.event.pk}/edit/")
    assert response.status_code == 200
    assert "core/js/admin_dir_auto.js" in response.content.decode()


def test_an_admin_whose_language_is_arabic_gets_the_rtl_admin(client, site, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    response = client.get(f"/admin/pages/{site.event.pk}/edit/")
    rendered = read(response)
    assert (rendered.lang, rendered.dir) == ("ar", "rtl")
    profile.preferred_language = "fr"
    profile.save()
    rendered = read(client.get(f"/admin/pages/{site.event.pk}/edit/"))
    assert (rendered.lang, rendered.dir) == ("fr", "ltr")


def test_the_translation_editor_loads_the_text_direction_script(client, site, editor):
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(site.workshop)
    localized = Translation.objects.create(source=source, target_locale=site.tree.locales.fr)
    localized.save_target(publish=True)
    target = site.workshop.get_translation(site.tree.locales.fr)
    response = client.get(f"/admin/pages/{target.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="js-translation-editor"' in html  # wagtail-localize's editor, not Wagtail's page editor
    assert "core/js/admin_dir_auto.js" in html


# ---------- the catalogues as files ----------


def catalogue_entries(path):
    """(flags, msgid, [msgstr…]) of every entry of a .po file but its header; obsolete entries are kept as such."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line]
        flags = {flag.strip() for line in lines if line.startswith("#,") for flag in line[2:].split(",")}
        strings, current = {}, None
        for line in lines:
            if line.startswith("#~"):
                flags.add("obsolete")
            if line.startswith("#"):
                continue
            if line.startswith('"'):
                strings[current] += line[1:-1]
            else:
                current, _space, value = line.partition(" ")
                strings[current] = value[1:-1]
        if strings.get("msgid"):
            entries.append((flags, strings["msgid"], [v for k, v in strings.items() if k.startswith("msgstr")]))
    return entries


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_catalogues_are_complete_with_no_fuzzy_entries(language):
    path = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    header = path.read_text(encoding="utf-8").split("\n\n")[0]
    assert "#, fuzzy" not in header  # a fuzzy header is skipped when compiled: Arabic would lose its plural forms
    if language == "ar":
        assert "nplurals=6;" in header
    entries = catalogue_entries(path)
    assert len(entries) > 300
    assert not [msgid for flags, msgid, _ in entries if flags & {"fuzzy", "obsolete"}]
    assert not [msgid for _, msgid, msgstrs in entries if not msgstrs or not all(msgstrs)]
    plural_sizes = {len(msgstrs) for _, msgid, msgstrs in entries if len(msgstrs) > 1}
    assert plural_sizes == ({6} if language == "ar" else {2})
