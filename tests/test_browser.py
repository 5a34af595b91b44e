"""In a real browser: the pages fit a phone and a desktop in both directions, and Arabic typed into the admin reads
right to left; every page runs under the site's Content-Security-Policy (the production one: the test settings
keep it) and any violation Chromium reports in the console fails the test; staff sign in with a second factor.

Playwright's Python package drives Debian's Chromium (`make browsers`; Playwright's own browser download is
not used). Without it they skip and say why, except in CI (REQUIRE_BROWSER), where they fail. Screenshots go
to test-artifacts/.
"""

import os
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from tests.auth import sign_in
from tests.site import build_site_tree

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"

# Each test starts from the database as migrations leave it, and leaves it so (the live server needs
# committed data, hence transactions).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("database_as_migrations_left_it"),
]

# What overflows, if anything does: the elements that reach past either side of the viewport.
OVERFLOWING = """() => [...document.querySelectorAll("body *")]
    .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width && (r.right > innerWidth + 1 || r.left < -1);
    })
    .slice(0, 8)
    .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`)"""


# What Chromium reported as refused by the Content-Security-Policy during the current test.
CSP_VIOLATIONS = []


@pytest.fixture(autouse=True)
def no_csp_violation():
    """Every browser test fails on a Content-Security-Policy violation, on any page it opened."""
    CSP_VIOLATIONS.clear()
    yield
    assert not CSP_VIOLATIONS, "\n".join(CSP_VIOLATIONS)


def watch_csp(page):
    def on_console(message):
        if "Content Security Policy" in message.text:
            CSP_VIOLATIONS.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    return page


@pytest.fixture
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        # CI installs Chromium (`make browsers`) and sets REQUIRE_BROWSER: there a missing browser is a failure.
        missing = pytest.fail if os.environ.get("REQUIRE_BROWSER") else pytest.skip
        missing(f"Chromium is not installed at {CHROMIUM} (`make browsers`, as root)")
    # One browser per test: Playwright's sync API must not outlive the test, or the next test's database
    # setup runs in its context. It runs an event loop in this thread; Django would otherwise refuse the
    # tests' database queries made while it runs. The live server answers from its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def new_page(browser, live_server, viewport, session=None):
    """A tab of the given size; uploaded images are read from MEDIA_ROOT, which the live server does not serve."""
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    media_root = Path(settings.MEDIA_ROOT)

    def serve_media(route):
        file = media_root / unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
        if file.is_file():
            route.fulfill(path=file)
        else:
            route.fulfill(status=404)

    context.route(f"{live_server.url}{settings.MEDIA_URL}**", serve_media)
    if session:
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    return watch_csp(context.new_page())


def admin_page(browser, live_server, django_user_model, admin_language):
    """A desktop tab logged into the admin as an editor whose admin speaks `admin_language`."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    client = sign_in(Client(), user)
    return new_page(
        browser, live_server, VIEWPORTS["desktop"], session=client.cookies[settings.SESSION_COOKIE_NAME].value
    )


def test_home_and_event_fit_phone_and_desktop_in_both_languages(browser, live_server):
    from events.models import EventPage

    call_command("load_demo_content", verbosity=0)
    event = EventPage.objects.get(slug="saidia-national-meeting-2024", locale__language_code="ar")
    french_event = event.get_translation(Locale.objects.get(language_code="fr"))
    pages = {"home": {"ar": "/ar/", "fr": "/fr/"}, "saidia": {"ar": event.url, "fr": french_event.url}}
    ARTIFACTS.mkdir(exist_ok=True)
    overflowing = []
    for name, urls in pages.items():
        for language, url in urls.items():
            for size, viewport in VIEWPORTS.items():
                page = new_page(browser, live_server, viewport)
                response = page.goto(live_server.url + url, wait_until="networkidle")
                assert response.status == 200, url
                assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
                    language,
                    "rtl" if language == "ar" else "ltr",
                ]
                page.screenshot(path=ARTIFACTS / f"{name}-{language}-{size}.png", full_page=True)
                scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
                if scroll_width > inner_width:
                    overflowing.append((url, size, scroll_width, inner_width, page.evaluate(OVERFLOWING)))
                page.context.close()
    assert not overflowing, overflowing


@pytest.mark.parametrize(
    ("admin_language", "typed", "direction"),
    [
        ("fr", "الملتقى الوطني للشبكة", "rtl"),  # Arabic in a left-to-right admin
        ("ar", "Rencontre nationale du réseau", "ltr"),  # French in the Arabic admin
    ],
)
def test_text_typed_into_the_page_editor_takes_its_own_direction(
    browser, live_server, django_user_model, admin_language, typed, direction
):
    tree = build_site_tree()
    page = admin_page(browser, live_server, django_user_model, admin_language)
    response = page.goto(f"{live_server.url}/admin/pages/{tree.about.pk}/edit/", wait_until="networkidle")
    assert response.status == 200
    assert page.evaluate("document.documentElement.dir") == ("rtl" if admin_language == "ar" else "ltr")
    for field in ["[name=title]", "[name=introduction]"]:
        locator = page.locator(field)
        locator.fill("")
        locator.press_sequentially(typed)
        assert locator.get_attribute("dir") == "auto", field
        assert locator.evaluate("(e) => getComputedStyle(e).direction") == direction, field
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"admin-editor-{admin_language}.png")
    page.context.close()


def test_text_typed_into_the_translation_editor_takes_its_own_direction(browser, live_server, django_user_model):
    """wagtail-localize's editor (a React app) in the Arabic admin: a French translation reads left to right."""
    from wagtail_localize.models import Translation, TranslationSource

    tree = build_site_tree()
    about = tree.about.specific_class.objects.get(pk=tree.about.pk)
    about.introduction = "تعريف بالشبكة"
    about.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    about.get_translation(french).delete()  # replaced by a translation made through wagtail-localize
    source, _created = TranslationSource.get_or_create_from_instance(about)
    Translation.objects.create(source=source, target_locale=french).save_target(publish=True)
    target = about.get_translation(french)

    page = admin_page(browser, live_server, django_user_model, "ar")
    response = page.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/", wait_until="networkidle")
    assert response.status == 200
    assert page.evaluate("document.documentElement.dir") == "rtl"
    with translation.override("ar"):
        translate_label = translation.gettext("Translate")  # the editor's labels come from Django's catalogues
    page.get_by_role("button", name=translate_label, exact=True).first.click()
    editor = page.locator("textarea").first
    editor.wait_for(state="visible")
    editor.fill("")
    editor.press_sequentially("Présentation du réseau.")
    assert editor.get_attribute("dir") == "auto"
    assert editor.evaluate("(e) => getComputedStyle(e).direction") == "ltr"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "admin-translation-editor-ar.png")
    page.context.close()


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_search_suggestions_while_typing_with_the_keyboard(browser, live_server, size):
    from tests import factories

    tree = build_site_tree()
    member = factories.MemberPageFactory(
        parent=tree.members, title="جماعة بني أنصار", slug="bni-ansar", hcp_code="02.381.01.03"
    )
    communique = factories.NewsPageFactory(parent=member, slug="lighting", title="بلاغ حول الإنارة العمومية")
    page = new_page(browser, live_server, VIEWPORTS[size])
    page.goto(live_server.url + "/ar/", wait_until="networkidle")
    box = page.locator("#header-search")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.fill("الانا")  # no hamza, no «ة» typed yet
    listbox = page.locator("#header-search-suggestions")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert page.locator("#header-search-suggestions [role=option]").first.inner_text().startswith(communique.title)
    assert page.locator(".suggestions-anchor [role=status]").inner_text() == "اقتراح واحد"  # «one suggestion»
    # The list opens under the box, within the page, on the reading side.
    box_rect, list_rect = box.bounding_box(), listbox.bounding_box()
    assert list_rect["y"] >= box_rect["y"] + box_rect["height"] - 1
    assert list_rect["x"] >= 0 and list_rect["x"] + list_rect["width"] <= VIEWPORTS[size]["width"] + 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"search-suggestions-ar-{size}.png")
    box.press("ArrowDown")
    option = page.locator("#header-search-suggestions [role=option][aria-selected=true]")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(live_server.url + communique.url)
    # Without choosing a suggestion, Enter submits the search as without JavaScript.
    page.goto(live_server.url + "/ar/", wait_until="networkidle")
    page.locator("#header-search").fill("بنى انصار")
    page.locator("#header-search").press("Enter")
    page.wait_for_url("**/ar/search/?q=*")
    assert member.url in page.content()


def test_every_public_page_type_runs_under_the_strict_policy_without_a_violation(browser, live_server):
    from events.models import EventIndexPage, EventPage
    from experiences.models import ExperienceIndexPage, ExperiencePage
    from members.models import MemberIndexPage, MemberPage
    from news.models import NewsIndexPage, NewsPage

    call_command("load_demo_content", verbosity=0)
    urls = []
    for language in ("ar", "fr"):
        for model in (NewsIndexPage, NewsPage, ExperienceIndexPage, ExperiencePage, EventIndexPage, EventPage,
                      MemberIndexPage, MemberPage):  # fmt: skip
            urls.append(model.objects.live().filter(locale__language_code=language).first().url)
        urls += [f"/{language}/", f"/{language}/search/?q=2024", f"/{language}/no-such-page/"]
    page = new_page(browser, live_server, VIEWPORTS["desktop"])
    for url in urls:
        response = page.goto(live_server.url + url, wait_until="networkidle")
        assert response.status in (200, 404), url
        header = response.header_value("content-security-policy")
        assert "script-src 'self'" in header and "unsafe-inline" not in header, url
        assert page.evaluate("document.styleSheets.length") >= 1, url  # the site's own stylesheet applied
    page.context.close()


def test_staff_sign_in_with_a_second_factor_in_chromium(browser, live_server, django_user_model):
    """The admin's login, then enrolment (key read off the screen, code typed), then the code at the next sign-in."""
    from base64 import b32decode

    from django_otp.oath import TOTP

    user = django_user_model.objects.create_superuser("directrice", "directrice@dgct.example", "a-long-password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()

    def sign_in_with_password(page):
        page.goto(f"{live_server.url}/admin/login/", wait_until="networkidle")
        page.fill("[name=username]", "directrice")
        page.fill("[name=password]", "a-long-password")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")

    def code(key, steps_ahead=0):
        totp = TOTP(key)
        totp.time = time.time() + 30 * steps_ahead
        return f"{totp.token():06d}"

    ARTIFACTS.mkdir(exist_ok=True)
    page = new_page(browser, live_server, VIEWPORTS["phone"])
    sign_in_with_password(page)
    assert "/admin/two-factor/setup/" in page.url
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator(".two-factor__qr svg").count() == 1
    page.screenshot(path=ARTIFACTS / "two-factor-setup-ar.png", full_page=True)
    key = b32decode(page.locator(".two-factor__secret").inner_text().replace(" ", ""))
    page.fill("[name=code]", code(key))
    page.click(".login-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.locator(".two-factor__codes li").count() == settings.TWO_FACTOR_RECOVERY_CODES
    page.locator(".two-factor__codes + p a.button").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == "/admin/"
    page.context.close()

    page = new_page(browser, live_server, VIEWPORTS["desktop"])
    sign_in_with_password(page)
    assert "/admin/two-factor/verify/" in page.url
    page.screenshot(path=ARTIFACTS / "two-factor-verify-ar.png")
    page.fill("[name=code]", code(key, steps_ahead=1))
    page.click(".login-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == "/admin/"


PHONE = {"width": 360, "height": 640}


def test_the_menu_folds_behind_a_button_on_a_phone(browser, live_server):
    tree = build_site_tree()
    page = new_page(browser, live_server, PHONE)
    page.goto(live_server.url + tree.about.url, wait_until="networkidle")
    button = page.locator("[data-menu-button]")
    menu = page.locator("#main-menu")
    assert button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "main-menu"
    assert not menu.is_visible()
    # The language switcher and the search box stay in reach without opening anything.
    assert page.locator("nav.languages a").first.is_visible()
    assert page.locator("#header-search").is_visible()

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    assert menu.get_by_role("link").first.is_visible()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.dataset.menuButton") == ""  # the focus is back on the button

    # By keyboard: Enter opens it, Tab walks into it, nothing traps the focus.
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#main-menu') !== null")
    for _ in range(12):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#main-menu') === null")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("[document.documentElement.scrollWidth, innerWidth]") == [360, 360]
    page.context.close()

    desktop = new_page(browser, live_server, VIEWPORTS["desktop"])
    desktop.goto(live_server.url + tree.about.url, wait_until="networkidle")
    assert not desktop.locator("[data-menu-button]").is_visible()
    assert desktop.locator("#main-menu").is_visible()
    desktop.context.close()


def test_without_javascript_every_section_is_listed(browser, live_server):
    tree = build_site_tree()
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + tree.about.url)
    assert not page.locator("[data-menu-button]").is_visible()
    links = page.locator("#main-menu a")
    assert links.count() >= 4
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    context.close()


def axe_violations(page):
    """axe-core's serious and critical findings; axe.min.js comes with the axe-playwright-python package."""
    import axe_playwright_python

    page.evaluate(Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_on_a_phone_every_page_type_shows_its_title_first_and_passes_axe(browser, live_server):
    """The first screen of a 360×640 phone shows the page's title; nothing overflows; axe finds nothing serious."""
    from wagtail.models import Page

    call_command("load_demo_content", verbosity=0)
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page).__name__, page.locale.language_code), page.url)
    ARTIFACTS.mkdir(exist_ok=True)
    problems = []
    for (kind, language), url in sorted(pages.items()):
        context = browser.new_context(viewport=PHONE, device_scale_factor=1, bypass_csp=True)
        tab = context.new_page()
        response = tab.goto(live_server.url + url, wait_until="networkidle")
        assert response.status == 200, url
        title = tab.locator("h1").first
        box = title.bounding_box()
        if box is None or box["y"] + min(box["height"], 40) > PHONE["height"]:
            problems.append((url, "title below the first screen", box))
        width = tab.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        if width[0] > width[1]:
            problems.append((url, "overflow", width, tab.evaluate(OVERFLOWING)))
        violations = axe_violations(tab)
        if violations:
            problems.append((url, "axe", violations))
        if kind in ("HomePage", "MemberIndexPage", "EventPage"):
            tab.screenshot(path=ARTIFACTS / f"phone-{kind}-{language}.png", full_page=True)
        context.close()
    assert not problems, problems


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_map_and_the_charts_on_a_phone(browser, live_server, language):
    """The map is drawn as Morocco is, whatever the direction; a region is one tap from its members."""
    from events.models import EventPage

    call_command("load_demo_content", verbosity=0)
    page = new_page(browser, live_server, PHONE)
    page.goto(f"{live_server.url}/{language}/members/", wait_until="networkidle")
    svg = page.locator(".region-map__svg")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    oriental = page.locator('a[data-region="02"]').bounding_box()
    dakhla = page.locator('a[data-region="12"]').bounding_box()
    assert oriental["x"] > dakhla["x"] and oriental["y"] < dakhla["y"]  # east and north, in both directions
    assert page.locator(".figures .chart__svg").is_visible()
    page.locator('a[data-region="02"]').click()
    page.wait_for_load_state("networkidle")
    assert "region=oriental" in page.url
    assert page.locator(".card").count() >= 2

    workshop = EventPage.objects.get(slug="communication-workshop", locale__language_code=language)
    page.goto(live_server.url + workshop.url, wait_until="networkidle")
    chart = page.locator(".chart__svg").first
    assert chart.is_visible()
    bars = page.locator(".chart__bar--women")
    first = bars.first.bounding_box()
    chart_box = chart.bounding_box()
    # Bars start at the start of the line: the right edge in Arabic, the left edge in French.
    if language == "ar":
        assert abs(first["x"] + first["width"] - (chart_box["x"] + chart_box["width"])) < 2
    else:
        assert abs(first["x"] - chart_box["x"]) < 2
    page.screenshot(path=ARTIFACTS / f"participation-{language}.png", full_page=True)
    page.context.close()
