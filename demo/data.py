"""Reads the demo's data files (demo/data/*.yaml) into what the builders write to the database.

The files say each text once per language, side by side (`ar:` then `fr:`), and each fact once:
dates, figures, codes and references to other objects are shared by both languages. This module
splits that into the builders' shapes, where a page's texts sit under "ar" and "fr" and its facts
under "fields", and turns the small markup of rich texts into HTML.

It reads each value by what the model field or StreamField block receiving it is: a rich text, a
plain text, a date, a number, or a reference to another object of the demo (a page by its key, an
image or a document by its key, a category or a theme by its slug). So the files need no tags, and
a file that does not fit its models is refused before anything is written, with the file, the
entry and the field named.

Rich texts are written as in a plain e-mail: a blank line between paragraphs; a line starting with
"## " or "### " is a heading; lines starting with "- " make a bulleted list, "1. " a numbered one.
A paragraph or a list item may go on over several lines (they are joined with a space). Text is
escaped, never read as HTML.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.management.base import CommandError
from django.db import models

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from .spec import Ref, at, day, h2, h3, ol, rich, ul

DATA_DIR = Path(__file__).with_name("data")
LANGUAGES = ("ar", "fr")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Keys of a page entry that are not fields of its model.
PAGE_KEYS = {"key", "model", "parent", "slug"}
MEMBER_MODEL = "members.MemberPage"
# Fields the site sets itself.
UNWRITTEN = {"locale", "translation_key", "sort_order", "path", "depth", "numchild", "url_path", "content_type"}


class DataError(CommandError):
    """A data file that does not say what the builders need, named by file, entry and field."""

    def __init__(self, file, entry, message):
        where = ", ".join(str(part) for part in (file, entry) if part)
        super().__init__(f"{where}: {message}")


@dataclass
class Content:
    """The whole demo, in the shapes the builders take (see demo/builders.py)."""

    network_name: dict
    network_settings: dict
    colours: dict
    region_slugs: dict
    news_categories: list
    experience_themes: list
    images: list
    documents: list
    members: list
    home: dict
    index_pages: list
    experiences: list
    events: list
    news: list
    # (file, page) for every page, in the order the builders make them.
    page_files: list = field(default_factory=list)

    @property
    def pages(self):
        """Every page, in the order the builders make them (parents before children)."""
        return [self.home, *self.index_pages, *self.members, *self.experiences, *self.events, *self.news]


# --- YAML -------------------------------------------------------------------------------------


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML in which what looks like a date, a time or "no" stays as written.

    Dates and times are read by the field they go to, so "2024-11-12 09:00" is Moroccan time and
    "09:30" or "no" stay texts; only `true` and `false` are booleans, only plain digits numbers.
    A key given twice in one mapping is an error, not a silent overwrite. (libyaml's parser where
    PyYAML has it: three times faster.)
    """


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag.rsplit(":", 1)[-1] not in ("bool", "int", "float", "timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?[0-9]+$"), list("-0123456789"))
_Loader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node)))


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_file(directory, name):
    path = Path(directory) / name
    try:
        with path.open(encoding="utf-8") as file:
            data = yaml.load(file, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except FileNotFoundError:
        raise DataError(name, None, f"missing (looked for {path})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = f"line {mark.line + 1}" if mark else None
        problem = getattr(error, "problem", None) or str(error)
        raise DataError(name, line, f"not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise DataError(name, None, "should be a mapping of sections (name: …)")
    return data


# --- rich-text markup ---------------------------------------------------------------------------

BULLET = re.compile(r"^- +")
NUMBER = re.compile(r"^\d+\. +")
HEADING = re.compile(r"^(#{2,3}) +")


def parse_markup(text):
    """The blocks of a rich text: [("p", text) | ("h2"|"h3", text) | ("ul"|"ol", [items])]."""
    parsed, current = [], None  # current: the paragraph or list item that a next line continues
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            current = None
            continue
        heading, bullet, number = HEADING.match(line), BULLET.match(line), NUMBER.match(line)
        if heading:
            parsed.append((f"h{len(heading.group(1))}", line[heading.end() :]))
            current = None
        elif bullet or number:
            kind, item = ("ul", line[bullet.end() :]) if bullet else ("ol", line[number.end() :])
            if not (parsed and parsed[-1][0] == kind and current is not None):
                parsed.append((kind, []))
            parsed[-1][1].append(item)
            current = parsed[-1]
        elif current is not None:
            if current[0] == "p":
                parsed[-1] = current = ("p", f"{current[1]} {line}")
            else:
                current[1][-1] = f"{current[1][-1]} {line}"
        elif line.startswith("#"):
            raise ValueError(f"a heading starts with ## or ### and a space: {line[:40]!r}")
        else:
            parsed.append(("p", line))
            current = parsed[-1]
    return parsed


def markup_to_html(text):
    """HTML from the markup, each text escaped (as `spec.rich` writes it)."""
    parts = []
    for kind, value in parse_markup(text):
        if kind == "p":
            parts.append(value)
        else:
            parts.append(
                {"h2": h2, "h3": h3, "ul": ul, "ol": ol}[kind](*([value] if isinstance(value, str) else value))
            )
    return rich(*parts)


def layout(text):
    """What a translation must keep of a rich text: its blocks, and each list's length."""
    return [kind if kind in ("p", "h2", "h3") else f"{kind}×{len(value)}" for kind, value in parse_markup(text)]


# --- values, read by the field or block they go to -------------------------------------------


@dataclass(frozen=True)
class Pair:
    """A value that differs by language: a text, or a structure holding a text."""

    ar: object
    fr: object


def _lift(values, build):
    """`build(values)`, or a Pair of it by language if any value differs by language."""
    if any(isinstance(v, Pair) for v in values):
        return Pair(
            build([v.ar if isinstance(v, Pair) else v for v in values]),
            build([v.fr if isinstance(v, Pair) else v for v in values]),
        )
    return build(values)


def _lift_dict(items):
    keys = [k for k, _ in items]
    return _lift([v for _, v in items], lambda values: dict(zip(keys, values, strict=True)))


def _describe(value):
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else repr(value)


def required_fields(model):
    """The fields an editor must fill in on `model`, beyond Wagtail's own (a page's title aside)."""
    own = [f for f in model._meta.concrete_fields if f.model is not Page or f.name == "title"]
    return [
        f.name
        for f in own
        if f.editable
        and not f.blank
        and not f.has_default()
        and not f.primary_key
        and not f.is_relation
        and f.name not in ("translation_key", "sort_order")
    ] + [
        f.name
        for f in own
        if f.many_to_one
        and not isinstance(f, ParentalKey)
        and not (f.null or f.blank)
        and f.editable
        and f.name != "locale"
    ]


class Reader:
    """Reads one entry of one file; remembers the references it meets, for `load` to check."""

    def __init__(self, file, entry, refs):
        self.file, self.entry, self.refs = file, entry, refs

    def error(self, path, message):
        raise DataError(self.file, self.entry, f"{path}: {message}" if path else message)

    # Texts ---------------------------------------------------------------------------------

    def text(self, value, path, is_rich=False):
        if isinstance(value, dict):
            if not value or set(value) - set(LANGUAGES):
                self.error(path, f"a text is written as ar: … and fr: …, not {sorted(value)}")
            if "fr" not in value:
                self.error(path, "no French (fr:) for this text")
            if "ar" not in value:
                self.error(path, "no Arabic (ar:) for this text")
            for code in LANGUAGES:
                if not isinstance(value[code], str):
                    self.error(f"{path}.{code}", f"should be a text, not {_describe(value[code])}")
            if not is_rich:
                return Pair(value["ar"], value["fr"])
            ar, fr = self.markup(value["ar"], f"{path}.ar"), self.markup(value["fr"], f"{path}.fr")
            if layout(value["ar"]) != layout(value["fr"]):
                self.error(
                    path,
                    "the French is not laid out like the Arabic (they need the same paragraphs, headings "
                    f"and list items, in the same order): ar {layout(value['ar'])}, fr {layout(value['fr'])}",
                )
            return Pair(ar, fr)
        if isinstance(value, str):
            if ARABIC_LETTERS.search(value):
                self.error(path, "an Arabic text with no French: write it as ar: … and fr: …")
            return self.markup(value, path) if is_rich else value
        self.error(path, f"should be a text, not {_describe(value)} (a number or a code is written in quotes)")

    def markup(self, text, path):
        try:
            return markup_to_html(text)
        except ValueError as error:
            self.error(path, str(error))

    # Facts ---------------------------------------------------------------------------------

    def date(self, value, path):
        if not (isinstance(value, str) and DATE.match(value)):
            self.error(path, f"a date is written YYYY-MM-DD, not {_describe(value)}")
        try:
            return day(value)
        except ValueError:
            self.error(path, f"{value} is not a date")

    def moment(self, value, path):
        try:
            return at(value)
        except (TypeError, ValueError):
            self.error(path, f"a time is written YYYY-MM-DD HH:MM (Moroccan time), not {_describe(value)}")

    def number(self, value, path):
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, f"should be a whole number, not {_describe(value)}")
        return value

    def boolean(self, value, path):
        if not isinstance(value, bool):
            self.error(path, f"should be true or false, not {_describe(value)}")
        return value

    def ref(self, kind, value, path):
        if not isinstance(value, str) or not value:
            self.error(path, f"should name a {kind} by its key, not {_describe(value)}")
        self.refs.append((kind, value, self.file, self.entry, path))
        return Ref(kind, value)

    def choice(self, field, value, path):
        value = self.text(value, path)
        if isinstance(value, Pair):
            self.error(path, "is a choice, the same in both languages")
        allowed = [str(key) for key, _ in field.flatchoices]
        if value not in allowed:
            self.error(path, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    # Model fields --------------------------------------------------------------------------

    def field(self, model, name, value, path):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            self.error(path, f"{model._meta.label} has no field {name!r}")
        if getattr(field, "primary_key", False) or isinstance(field, ParentalKey) or name in UNWRITTEN:
            self.error(path, f"{name} is set by the site, not written in the data")
        if field.concrete and not field.editable:
            self.error(path, f"{name} is computed by the site, not written in the data")
        if isinstance(field, StreamField):
            return self.stream(field.stream_block, value, path)
        if isinstance(field, RichTextField):
            return self.text(value, path, is_rich=True)
        if field.one_to_many and isinstance(getattr(field, "field", None), ParentalKey):
            return self.rows(field.related_model, value, path)
        if field.many_to_one:
            return self.ref(self.kind_of(field.related_model, path), value, path)
        if field.is_relation:
            self.error(path, f"the demo does not write {model._meta.label}.{name}")
        if field.choices:
            return self.choice(field, value, path)
        if isinstance(field, models.DateTimeField):
            return self.moment(value, path)
        if isinstance(field, models.DateField):
            return self.date(value, path)
        if isinstance(field, models.BooleanField):
            return self.boolean(value, path)
        if isinstance(field, models.IntegerField):
            return self.number(value, path)
        if isinstance(field, models.CharField | models.TextField):
            return self.text(value, path)
        self.error(path, f"the demo does not write a {type(field).__name__}")

    def kind_of(self, model, path):
        if issubclass(model, Page):
            return "page"
        if issubclass(model, get_image_model()):
            return "image"
        if issubclass(model, get_document_model()):
            return "document"
        if model._meta.label == "core.NewsCategory":
            return "category"
        if model._meta.label == "core.ExperienceTheme":
            return "theme"
        self.error(path, f"the demo cannot refer to a {model._meta.label}")

    def fields(self, model, values, path, skip=()):
        """A mapping of `model`'s fields, each read by its field; required fields checked."""
        if not isinstance(values, dict):
            self.error(path, f"should be a mapping of fields, not {_describe(values)}")
        missing = [name for name in required_fields(model) if name not in values and name not in skip]
        if missing:
            self.error(path, f"{', '.join(missing)} missing (required by {model._meta.label})")
        prefix = f"{path}." if path else ""
        return [(name, self.field(model, name, value, f"{prefix}{name}")) for name, value in values.items()]

    def rows(self, model, value, path):
        if not isinstance(value, list):
            self.error(path, f"should be a list of rows, not {_describe(value)}")
        rows = [_lift_dict(self.fields(model, row, f"{path}.{i}")) for i, row in enumerate(value)]
        return _lift(rows, list)

    # StreamField blocks --------------------------------------------------------------------

    def block(self, block, value, path):
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value, path)
        if isinstance(block, blocks.StructBlock):
            if not isinstance(value, dict):
                self.error(path, f"should be a mapping of {', '.join(block.child_blocks)}, not {_describe(value)}")
            unknown = set(value) - set(block.child_blocks)
            if unknown:
                self.error(
                    path,
                    f"unknown {', '.join(sorted(unknown))} (a {block.name or 'block'} has "
                    f"{', '.join(block.child_blocks)})",
                )
            missing = [n for n, child in block.child_blocks.items() if child.required and n not in value]
            if missing:
                self.error(path, f"{', '.join(missing)} missing")
            return _lift_dict([(n, self.block(block.child_blocks[n], v, f"{path}.{n}")) for n, v in value.items()])
        if isinstance(block, blocks.ListBlock):
            if not isinstance(value, list):
                self.error(path, f"should be a list, not {_describe(value)}")
            return _lift([self.block(block.child_block, v, f"{path}.{i}") for i, v in enumerate(value)], list)
        if isinstance(block, blocks.RichTextBlock):
            return self.text(value, path, is_rich=True)
        if isinstance(block, blocks.PageChooserBlock):
            return self.ref("page", value, path)
        if isinstance(block, ImageChooserBlock):
            return self.ref("image", value, path)
        if isinstance(block, DocumentChooserBlock):
            return self.ref("document", value, path)
        if isinstance(block, blocks.DateBlock):
            self.date(value, path)
            return value  # stored as written
        if isinstance(block, blocks.IntegerBlock):
            return self.number(value, path)
        if isinstance(block, blocks.BooleanBlock):
            return self.boolean(value, path)
        if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.URLBlock | blocks.EmailBlock):
            return self.text(value, path)
        self.error(path, f"the demo does not write a {type(block).__name__}")

    def stream(self, block, value, path):
        """A list of blocks, each written as `- type: value`."""
        if not isinstance(value, list):
            self.error(path, f"should be a list of blocks (- {' / '.join(block.child_blocks)}: …)")
        items = []
        for i, item in enumerate(value):
            if not (isinstance(item, dict) and len(item) == 1):
                self.error(f"{path}.{i}", f"a block is written as one `type: value`, not {_describe(item)}")
            ((kind, content),) = item.items()
            if kind not in block.child_blocks:
                self.error(f"{path}.{i}", f"no {kind!r} block here (the blocks are {', '.join(block.child_blocks)})")
            converted = self.block(block.child_blocks[kind], content, f"{path}.{i}.{kind}")
            items.append(_lift([kind, converted], tuple))
        return _lift(items, list)

    # Pages ---------------------------------------------------------------------------------

    def page(self, entry, model_label=None, extra=()):
        """A page entry in the builders' shape: shared "fields" and "children", texts under "ar" and "fr"."""
        if not isinstance(entry, dict):
            self.error(None, f"a page is a mapping of its fields, not {_describe(entry)}")
        known = PAGE_KEYS | set(extra) | {"tags"}
        for name in ("key", "slug") + (() if model_label else ("model",)):
            if not isinstance(entry.get(name), str) or not entry[name]:
                self.error(None, f"{name} missing")
        label = model_label or entry["model"]
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            self.error("model", f"no page type {label!r}")
        if not issubclass(model, Page):
            self.error("model", f"{label} is not a page type")
        spec = {k: entry[k] for k in ("key", "model", "parent", "slug") if k in entry}
        spec.update(fields={}, ar={}, fr={})
        values = {k: v for k, v in entry.items() if k not in known}
        for name, value in self.fields(model, values, None, skip=("slug",)):
            relation = model._meta.get_field(name)
            if relation.one_to_many:
                if isinstance(value, Pair):
                    for code in LANGUAGES:
                        spec[code].setdefault("children", {})[name] = getattr(value, code)
                else:
                    spec.setdefault("children", {})[name] = value
            elif isinstance(value, Pair):
                spec["ar"][name], spec["fr"][name] = value.ar, value.fr
            else:
                spec["fields"][name] = value
        if "tags" in entry:
            if not hasattr(model, "tags"):
                self.error("tags", f"a {label} has no tags")
            tags = entry["tags"]
            if not (isinstance(tags, dict) and set(tags) == set(LANGUAGES)):
                self.error("tags", "tags are words of each language: ar: [ … ] and fr: [ … ]")
            for code in LANGUAGES:
                if not (isinstance(tags[code], list) and all(isinstance(t, str) and t for t in tags[code])):
                    self.error(f"tags.{code}", "should be a list of words")
                spec[code]["tags"] = list(tags[code])
        return spec


# --- files --------------------------------------------------------------------------------------


def _section(data, file, name, kind):
    if name not in data:
        raise DataError(file, None, f"no {name!r} section")
    value = data[name]
    if not isinstance(value, kind):
        raise DataError(file, name, f"should be {'a list' if kind is list else 'a mapping'}")
    return value


def _entries(data, file, name):
    """The entries of a list section, each with the name errors give it (its key, or its rank)."""
    for i, entry in enumerate(_section(data, file, name, list)):
        label = (entry.get("key") or entry.get("slug")) if isinstance(entry, dict) else None
        if name == "pages":  # a page's key says enough
            yield entry, label or f"page {i + 1}"
        else:
            yield entry, f"{name} {label}" if label else f"{name} entry {i + 1}"


def _unexpected(data, file, sections):
    unknown = set(data) - set(sections)
    if unknown:
        raise DataError(file, None, f"unknown section(s) {', '.join(sorted(unknown))} (expected {', '.join(sections)})")


def _terms(data, file, name, model_label, refs):
    model = apps.get_model(model_label)
    terms = []
    for entry, where in _entries(data, file, name):
        reader = Reader(file, where, refs)
        if not isinstance(entry, dict) or not isinstance(entry.get("slug"), str):
            reader.error(None, "slug missing")
        term = {"slug": entry["slug"]}
        values = {k: v for k, v in entry.items() if k != "slug"}
        for name, value in reader.fields(model, values, None, skip=("slug",)):
            if not isinstance(value, Pair):
                reader.error(name, "a term's texts are written as ar: … and fr: …")
            term[name] = {"ar": value.ar, "fr": value.fr}
        terms.append(term)
    return terms


def _network(directory, refs):
    file = "network.yaml"
    data = read_file(directory, file)
    _unexpected(data, file, ["name", "settings", "colours", "regions", "news_categories", "experience_themes"])
    reader = Reader(file, "name", refs)
    name = reader.text(data.get("name"), None)
    if not isinstance(name, Pair):
        reader.error(None, "the network's name is written as ar: … and fr: …")
    settings_model = apps.get_model("core.NetworkSettings")
    reader = Reader(file, "settings", refs)
    settings = dict(reader.fields(settings_model, _section(data, file, "settings", dict), None))
    colours = _section(data, file, "colours", dict)
    for colour, value in colours.items():
        if not (isinstance(value, str) and COLOUR.match(value)):
            raise DataError(file, "colours", f'{colour}: a colour is written in quotes as "#rrggbb", not {value!r}')
    regions = _section(data, file, "regions", dict)
    for code, slug in regions.items():
        if not (isinstance(code, str) and re.match(r"^\d{2}$", code)) or not isinstance(slug, str):
            raise DataError(file, "regions", f'a region is written "01": slug (its HCP code in quotes), not {code!r}')
    return {
        "network_name": {"ar": name.ar, "fr": name.fr},
        "network_settings": settings,
        "colours": colours,
        "region_slugs": regions,
        "news_categories": _terms(data, file, "news_categories", "core.NewsCategory", refs),
        "experience_themes": _terms(data, file, "experience_themes", "core.ExperienceTheme", refs),
    }


MEDIA_KEYS = {
    "images": {"key": str, "title": str, "file": str, "collection": str, "palette": list, "seed": int},
    "documents": {"key": str, "title": str, "file": str, "collection": str, "cover": list},
}
# What may be given too: a document's details for the library (documents.DocumentDetails: kind, language).
OPTIONAL_MEDIA_KEYS = {"documents": {"details": dict}}


def _document_details(details, file, where):
    from django.apps import apps
    from django.core.exceptions import FieldDoesNotExist, ValidationError

    model = apps.get_model("documents", "DocumentDetails")
    for name, value in details.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            raise DataError(
                file, where, f"details: no field '{name}' (a document's details are kind, language)"
            ) from None
        try:
            field.clean(value, None)
        except ValidationError as error:
            raise DataError(file, where, f"details: {name}: {'; '.join(error.messages)}") from None


def _media(directory):
    file = "media.yaml"
    data = read_file(directory, file)
    _unexpected(data, file, list(MEDIA_KEYS))
    result = {}
    for section, keys in MEDIA_KEYS.items():
        result[section] = []
        for entry, where in _entries(data, file, section):
            if not isinstance(entry, dict):
                raise DataError(file, where, "should be a mapping")
            optional = OPTIONAL_MEDIA_KEYS.get(section, {})
            missing = [k for k in keys if k not in entry]
            unknown = set(entry) - set(keys) - set(optional)
            if missing or unknown:
                raise DataError(
                    file,
                    where,
                    f"{', '.join(missing) or 'nothing'} missing, {', '.join(sorted(unknown)) or 'nothing'} unknown",
                )
            for key, kind in keys.items():
                if not isinstance(entry[key], kind) or isinstance(entry[key], bool):
                    raise DataError(file, where, f"{key}: should be {kind.__name__}, not {_describe(entry[key])}")
            for key, kind in optional.items():
                if key in entry and not isinstance(entry[key], kind):
                    raise DataError(file, where, f"{key}: should be {kind.__name__}, not {_describe(entry[key])}")
            if "details" in entry:
                _document_details(entry["details"], file, where)
            lines = entry.get("palette", entry.get("cover"))
            if not lines or not all(isinstance(line, str) and line for line in lines):
                raise DataError(file, where, "palette/cover: should be a list of texts")
            result[section].append(dict(entry))
    return result


def _pages(directory, file, sections, refs, model_label=None, extra=()):
    data = read_file(directory, file)
    _unexpected(data, file, sections)
    found = {}
    for section in sections:
        if section == "home":
            reader = Reader(file, "home", refs)
            found[section] = reader.page(_section(data, file, section, dict))
            continue
        found[section] = [
            Reader(file, where, refs).page(entry, model_label=model_label, extra=extra)
            for entry, where in _entries(data, file, section)
        ]
    return found


def _members(directory, refs, colours):
    file = "members.yaml"
    members = []
    data = read_file(directory, file)
    _unexpected(data, file, ["pages"])
    for entry, where in _entries(data, file, "pages"):
        reader = Reader(file, where, refs)
        spec = reader.page(entry, model_label=MEMBER_MODEL, extra=("logo",))
        logo = entry.get("logo")
        if not (isinstance(logo, dict) and set(logo) == {"initials", "colour"} and isinstance(logo["initials"], str)):
            reader.error("logo", "a member's logo is written with its initials and a colour")
        if logo["colour"] not in colours:
            reader.error("logo.colour", f"no colour {logo['colour']!r} (the colours are {', '.join(colours)})")
        # Each member's images and documents go to its own collection, named by its slug.
        spec.update(collection=spec["slug"], logo=dict(logo))
        members.append(spec)
    return members


def _check(content, refs):
    """Every key unique, every parent made before its children, every reference to something the demo makes."""
    keys = {}
    for file, spec in content.page_files:
        if spec["key"] in keys:
            raise DataError(file, spec["key"], f"the key is also used in {keys[spec['key']]}")
        parent = "members" if file == "members.yaml" else spec.get("parent")
        if spec is not content.home and parent not in keys:
            raise DataError(file, spec["key"], f"parent {parent!r} is not a page made before this one")
        keys[spec["key"]] = file
    slugs = {}
    for file, spec in content.page_files:
        place = ("members" if file == "members.yaml" else spec.get("parent"), spec["slug"])
        if place in slugs:
            raise DataError(
                file, spec["key"], f"slug {spec['slug']!r} is taken by {slugs[place]} under the same parent"
            )
        slugs[place] = spec["key"]
    known = {
        "page": set(keys),
        "image": {image["key"] for image in content.images},
        "document": {document["key"] for document in content.documents},
        "category": {term["slug"] for term in content.news_categories},
        "theme": {term["slug"] for term in content.experience_themes},
    }
    for kind, key, file, entry, path in refs:
        if key not in known[kind]:
            raise DataError(file, entry, f"{path}: no {kind} {key!r} in the demo")
    collections = {"network"} | {member["slug"] for member in content.members}
    for section in ("images", "documents"):
        seen = {}
        for item in getattr(content, section):
            where = f"{section} {item['key']}"
            if item["collection"] not in collections:
                raise DataError(
                    "media.yaml", where, f"collection {item['collection']!r} is neither network nor a member's slug"
                )
            for unique in ("key", "title"):
                if (unique, item[unique]) in seen:
                    raise DataError("media.yaml", where, f"the {unique} is also {seen[(unique, item[unique])]}'s")
                seen[(unique, item[unique])] = item["key"]
    for image in content.images:
        unknown = [c for c in image["palette"] if c not in content.colours]
        if unknown:
            raise DataError("media.yaml", f"images {image['key']}", f"palette: no colour {', '.join(unknown)}")


def load(directory=None):
    """The whole demo from the data files in `directory` (demo/data by default), checked."""
    directory = Path(directory or DATA_DIR)
    refs = []
    network = _network(directory, refs)
    media = _media(directory)
    members = _members(directory, refs, network["colours"])
    home = _pages(directory, "pages.yaml", ["home", "pages"], refs)
    about = _pages(directory, "about.yaml", ["pages"], refs)
    sections = {
        name: _pages(directory, f"{name}.yaml", ["pages"], refs)["pages"] for name in ("experiences", "events", "news")
    }
    content = Content(
        **network,
        **media,
        members=members,
        home=home["home"],
        index_pages=home["pages"] + about["pages"],
        **sections,
        page_files=[("pages.yaml", home["home"])]
        + [("pages.yaml", spec) for spec in home["pages"]]
        + [("about.yaml", spec) for spec in about["pages"]]
        + [("members.yaml", spec) for spec in members]
        + [(f"{name}.yaml", spec) for name, specs in sections.items() for spec in specs],
    )
    _check(content, refs)
    return content
