"""The demo's data files (demo/data/*.yaml): every file loads into what the builders take, each
French has the shape of its Arabic, every reference resolves; and a file with a mistake is refused
with the file, the entry and the field named, before anything is written."""

import re
import shutil

import pytest
import yaml

from django.apps import apps

from wagtail.models import Page

from demo import data
from demo.builders import PAGE_MODELS
from demo.spec import Ref

BLOCK_TAGS = re.compile(r"<(p|h2|h3|ul|ol|li)>")


@pytest.fixture(scope="module")
def content():
    return data.load()


def walk(value, path=""):
    """Every (path, leaf) of a page's values, stream blocks as `type` steps."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, f"{path}.{key}")
    elif isinstance(value, tuple):
        yield from walk(value[1], f"{path}.{value[0]}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from walk(child, f"{path}.{i}")
    else:
        yield path, value


def test_every_file_loads_into_the_pages_the_builders_make(content):
    assert len(content.pages) == 39
    assert len({spec["key"] for spec in content.pages}) == 39
    for spec in content.pages:
        model = "members.MemberPage" if spec in content.members else spec["model"]
        assert model in PAGE_MODELS, spec["key"]
        assert spec["ar"]["title"] and spec["fr"]["title"], spec["key"]
        assert spec["slug"] and isinstance(spec["fields"], dict)
    assert [m["slug"] for m in content.members][:2] == ["tanger-tetouan-al-hoceima", "oriental"]
    assert all(m["collection"] == m["slug"] and m["logo"]["colour"] in content.colours for m in content.members)
    assert len(content.images) == 10 and len(content.documents) == 2
    assert content.network_settings["total_collectivities"] == 1590
    assert len(content.region_slugs) == 12


def test_each_french_has_the_shape_of_its_arabic(content):
    for spec in content.pages:
        ar = dict(walk({k: v for k, v in spec["ar"].items() if k != "tags"}))
        fr = dict(walk({k: v for k, v in spec["fr"].items() if k != "tags"}))
        # The same fields, rows and blocks, in the same order, block types included in the paths.
        assert list(ar) == list(fr), spec["key"]
        for path, arabic in ar.items():
            french = fr[path]
            assert type(french) is type(arabic), (spec["key"], path)
            if isinstance(arabic, str) and arabic.startswith("<"):
                # A rich text: the same paragraphs, headings and list items.
                assert BLOCK_TAGS.findall(arabic) == BLOCK_TAGS.findall(french), (spec["key"], path)
            if isinstance(french, str) and french != arabic:
                assert not data.ARABIC_LETTERS.search(french), (spec["key"], path, french)
        if "tags" in spec["ar"]:
            assert spec["ar"]["tags"] and spec["fr"]["tags"], spec["key"]


def test_every_reference_resolves_and_every_parent_comes_first(content):
    known = {
        "image": {image["key"] for image in content.images},
        "document": {document["key"] for document in content.documents},
        "category": {term["slug"] for term in content.news_categories},
        "theme": {term["slug"] for term in content.experience_themes},
        "page": {spec["key"] for spec in content.pages},
    }
    made = set()
    references = 0
    for spec in content.pages:
        parent = "members" if spec in content.members else spec.get("parent")
        assert spec is content.home or parent in made, spec["key"]
        made.add(spec["key"])
        for part in ("fields", "children", "ar", "fr"):
            for path, value in walk(spec.get(part, {})):
                if isinstance(value, Ref):
                    references += 1
                    assert value.key in known[value.kind], (spec["key"], path, value)
    assert references > 30
    collections = {"network"} | {member["slug"] for member in content.members}
    assert {item["collection"] for item in content.images + content.documents} <= collections


def test_every_field_the_data_names_is_one_its_model_has(content):
    for spec in content.pages:
        model = apps.get_model("members.MemberPage" if spec in content.members else spec["model"])
        names = set(spec["fields"]) | set(spec["ar"]) | set(spec.get("children", {}))
        for name in names - {"tags", "children"}:
            field = model._meta.get_field(name)
            assert field.editable or field.one_to_many, (spec["key"], name)
        assert issubclass(model, Page)


# --- rich-text markup ----------------------------------------------------------------------------


def test_markup_makes_paragraphs_headings_and_lists_with_text_escaped():
    markup = """## Titre <b>

Un paragraphe
qui continue & finit.

- un
- deux,
  suite
1. premier
2. second

### Fin"""
    assert data.markup_to_html(markup) == (
        "<h2>Titre &lt;b&gt;</h2><p>Un paragraphe qui continue &amp; finit.</p>"
        "<ul><li>un</li><li>deux, suite</li></ul><ol><li>premier</li><li>second</li></ol><h3>Fin</h3>"
    )
    assert data.markup_to_html("l'<script>") == "<p>l&#x27;&lt;script&gt;</p>"
    assert data.layout(markup) == ["h2", "p", "ul×2", "ol×2", "h3"]
    with pytest.raises(ValueError, match="## or ###"):
        data.parse_markup("#Titre")


# --- a file with a mistake ----------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path):
    directory = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, directory)
    return directory


def edit(directory, name, change):
    """Change a data file as an editor would, through its YAML tree."""
    path = directory / name
    tree = yaml.load(path.read_text(encoding="utf-8"), Loader=data._Loader)  # noqa: S506 - a SafeLoader
    change(tree)
    path.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def page(tree, key):
    return next(entry for entry in tree["pages"] if entry["key"] == key)


def drop_french(tree):
    page(tree, "event:rabat")["summary"] = {"ar": page(tree, "event:rabat")["summary"]["ar"]}


def drop_a_paragraph(tree):
    text = page(tree, "about")["body"][1]["paragraph"]
    text["fr"] = text["fr"].split("\n\n", 1)[1]


def rename_field(tree):
    entry = page(tree, "event:larache")
    entry["citty"] = entry.pop("city")


def set_block(tree, key, index, block):
    page(tree, key)["body"][index] = block


MISTAKES = [
    ("events.yaml", drop_french, r"^events\.yaml, event:rabat: summary: no French \(fr:\)"),
    (
        "about.yaml",
        drop_a_paragraph,
        r"^about\.yaml, about: body\.1\.paragraph: the French is not laid out like the Arabic",
    ),
    (
        "news.yaml",
        lambda t: page(t, "news:saidia-closing")["body"][-1]["call_to_action"].update(page="event:sadia"),
        r"^news\.yaml, news:saidia-closing: body\.7\.call_to_action\.page: no page 'event:sadia'",
    ),
    (
        "events.yaml",
        lambda t: page(t, "event:rabat").update(hero_image="rabat-photo"),
        r"^events\.yaml, event:rabat: hero_image: no image 'rabat-photo'",
    ),
    (
        "news.yaml",
        lambda t: page(t, "news:saidia-closing").update(category="press"),
        r"^news\.yaml, news:saidia-closing: category: no category 'press'",
    ),
    ("events.yaml", rename_field, r"^events\.yaml, event:larache: .*city missing"),
    (
        "events.yaml",
        lambda t: page(t, "event:larache").update(venue="دار الثقافة"),
        r"^events\.yaml, event:larache: venue: an Arabic text with no French",
    ),
    (
        "members.yaml",
        lambda t: page(t, "member:oriental").update(hcp_code=2),
        r"^members\.yaml, member:oriental: hcp_code: should be a text, not 2 \(.*in quotes\)",
    ),
    (
        "events.yaml",
        lambda t: page(t, "event:saidia-communication-workshop")["team"][0].update(role="chair"),
        r"^events\.yaml, event:saidia-communication-workshop: team\.0\.role: 'chair' is not one of",
    ),
    (
        "news.yaml",
        lambda t: set_block(t, "news:saidia-closing", 0, {"paragraf": {"ar": "نص", "fr": "Texte"}}),
        r"^news\.yaml, news:saidia-closing: body\.0: no 'paragraf' block here",
    ),
    (
        "events.yaml",
        lambda t: page(t, "event:rabat").update(start="24/09/2024"),
        r"^events\.yaml, event:rabat: start: a time is written YYYY-MM-DD HH:MM",
    ),
    (
        "events.yaml",
        lambda t: page(t, "event:saidia-communication-workshop").update(parent="event:saidia-2024"),
        r"^events\.yaml, event:saidia-communication-workshop: parent 'event:saidia-2024' is not a page",
    ),
    (
        "news.yaml",
        lambda t: page(t, "news:saidia-closing").update(key="event:saidia"),
        r"^news\.yaml, event:saidia: the key is also used in events\.yaml",
    ),
    (
        "network.yaml",
        lambda t: t["colours"].update(green=None),
        r"^network\.yaml, colours: green: a colour is written in quotes",
    ),
    (
        "media.yaml",
        lambda t: t["images"][0].update(collection="rabat"),
        r"^media\.yaml, images home-hero: collection 'rabat' is neither network nor a member's slug",
    ),
    (
        "news.yaml",
        lambda t: page(t, "news:saidia-closing").update(tags=["السعيدية"]),
        r"^news\.yaml, news:saidia-closing: tags: tags are words of each language",
    ),
]


@pytest.mark.parametrize(("name", "change", "message"), MISTAKES, ids=[m[2][:60] for m in MISTAKES])
def test_a_mistake_is_refused_naming_file_entry_and_field(data_dir, name, change, message):
    data.load(data_dir)  # the copy loads as it is
    edit(data_dir, name, change)
    with pytest.raises(data.DataError) as refused:
        data.load(data_dir)
    assert re.search(message, str(refused.value)), str(refused.value)


def test_a_file_that_is_not_yaml_is_refused_with_its_line(data_dir):
    path = data_dir / "events.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.strip() == "city:")
    lines[number + 2] = "      fr: Saïdia: la ville"  # a colon and a space in an unquoted text
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(data.DataError, match=rf"^events\.yaml, line {number + 3}: not valid YAML"):
        data.load(data_dir)


def test_a_key_given_twice_is_refused_not_overwritten(data_dir):
    path = data_dir / "network.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  sand:", '  green: "#000000"\n  sand:'))
    with pytest.raises(
        data.DataError, match=r"^network\.yaml, line \d+: not valid YAML: the key 'green' is given twice"
    ):
        data.load(data_dir)
