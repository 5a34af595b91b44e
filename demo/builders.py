"""Writes the demo content to the database, creating or updating each object by a stable key.

Keys: locales by language code; taxonomy terms by (locale, slug), their French versions by
translation key; collections are `members.roles`' (the network's shared one, and one per member
under "الأعضاء", which also carry the officers' permissions); images and documents by title;
pages by slug under their parent; the site is the default one. A page whose content already matches is
left alone (no new revision), so a second run changes nothing.

The French is made last, through wagtail-localize (`translate`), parents before children, for the
taxonomies and for every page: what the data files write under "fr" becomes the translation of the
Arabic, and a page or term whose source, strings and overrides already match is left alone.

What to write comes from the data files in demo/data, read and checked by `data.load()`.
"""

import io
import json
import re
from collections import defaultdict

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Model

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site, TranslatableMixin
from wagtail.utils.file import hash_filelike

from core.models import ExperienceTheme, NetworkSettings, NewsCategory, Region
from documents.models import DocumentDetails, DocumentIndexPage
from events.models import EventIndexPage, EventPage
from experiences.models import ExperienceIndexPage, ExperiencePage
from home.models import HomePage, StandardPage
from members import register
from members.models import MemberIndexPage, MemberPage
from members.roles import member_collection, network_collection, setup_member_roles
from news.models import NewsIndexPage, NewsPage
from opendata.models import OpenDataPage

from . import data, media
from .spec import Ref
from .translate import (
    TranslationMismatch,
    record_french,
    save_page_translation,
    sync_source,
    target_or_none,
    translation_for,
)

LANGUAGE = "ar"
TRANSLATIONS = ["fr"]
WELCOME_SLUG = "home"
MOVED_WELCOME_SLUG = "home-wagtail-welcome"

PAGE_MODELS = {
    "home.HomePage": HomePage,
    "home.StandardPage": StandardPage,
    "members.MemberIndexPage": MemberIndexPage,
    "members.MemberPage": MemberPage,
    "news.NewsIndexPage": NewsIndexPage,
    "news.NewsPage": NewsPage,
    "experiences.ExperienceIndexPage": ExperienceIndexPage,
    "experiences.ExperiencePage": ExperiencePage,
    "events.EventIndexPage": EventIndexPage,
    "events.EventPage": EventPage,
    "documents.DocumentIndexPage": DocumentIndexPage,
    "opendata.OpenDataPage": OpenDataPage,
}


class Unresolved(Exception):
    """A reference to a page that does not exist yet; the field is filled in on a second pass.

    In another language, the second argument is the value resolved with the Arabic page in place
    of its missing translation, which is what a translation has until the link is overridden.
    """


MISSING = object()
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


def translated_field_names(model):
    """The fields wagtail-localize translates on `model` (the others are synchronised or derived)."""
    return {field.field_name for field in model.translatable_fields if field.is_translated(None)}


def _merge(arabic, french, path, required, missing):
    """`french` laid over `arabic`: what the French does not give stays as in the Arabic, and an
    Arabic text of a translated field the French does not give is reported in `missing`."""
    if french is MISSING:
        if isinstance(arabic, dict):
            return {k: _merge(v, MISSING, f"{path}.{k}", required, missing) for k, v in arabic.items()}
        if isinstance(arabic, list | tuple):
            merged = [_merge(v, MISSING, f"{path}.{i}", required, missing) for i, v in enumerate(arabic)]
            return type(arabic)(merged)
        if required and isinstance(arabic, str) and ARABIC_LETTERS.search(arabic):
            missing.append(path)
        return arabic
    if isinstance(arabic, dict):
        if not isinstance(french, dict) or set(french) - set(arabic):
            raise TranslationMismatch(f"{path}: the French has keys the Arabic has not: {french!r}")
        return {k: _merge(v, french.get(k, MISSING), f"{path}.{k}", required, missing) for k, v in arabic.items()}
    if isinstance(arabic, list | tuple):
        if not isinstance(french, list | tuple) or len(french) != len(arabic):
            raise TranslationMismatch(f"{path}: the French does not have as many items as the Arabic.")
        if isinstance(arabic, tuple):  # a stream block: (type, value)
            if french[0] != arabic[0]:
                raise TranslationMismatch(f"{path}: a {arabic[0]} block in Arabic is a {french[0]} in French.")
            return (arabic[0], _merge(arabic[1], french[1], f"{path}.{arabic[0]}", required, missing))
        pairs = enumerate(zip(arabic, french, strict=True))
        return [_merge(a, f, f"{path}.{i}", required, missing) for i, (a, f) in pairs]
    return french


def merge_texts(model, arabic, french, label):
    """The texts of a page in French: `french` over `arabic`, every translated text given."""
    unknown = set(french) - set(arabic)
    if unknown:
        raise TranslationMismatch(f"{label}: the French has fields the Arabic has not: {sorted(unknown)}")
    missing, merged = [], {}
    translated = translated_field_names(model)
    for name, value in arabic.items():
        if name == "children":
            merged[name] = {}
            french_children = french.get(name, {})
            for relation, rows in value.items():
                child_model = model._meta.get_field(relation).related_model
                required = translated_field_names(child_model) if hasattr(child_model, "translatable_fields") else ()
                french_rows = french_children.get(relation, MISSING)
                if french_rows is not MISSING and len(french_rows) != len(rows):
                    raise TranslationMismatch(f"{label}: {relation} has {len(rows)} rows in Arabic.")
                for arabic_row, french_row in zip(rows, () if french_rows is MISSING else french_rows, strict=False):
                    if set(french_row) - set(arabic_row):
                        raise TranslationMismatch(f"{label}: a row of {relation} has unknown keys: {french_row!r}")
                merged[name][relation] = [
                    {
                        key: _merge(
                            row[key],
                            MISSING if french_rows is MISSING else french_rows[i].get(key, MISSING),
                            f"{relation}.{i}.{key}",
                            key in required,
                            missing,
                        )
                        for key in row
                    }
                    for i, row in enumerate(rows)
                ]
        elif name == "tags":
            merged[name] = french.get(name, MISSING)
            if merged[name] is MISSING:
                missing.append(name)
        else:
            merged[name] = _merge(value, french.get(name, MISSING), name, name in translated, missing)
    if missing:
        raise TranslationMismatch(f"{label}: no French for {', '.join(missing)}.")
    return merged


def _overlay(raw, value):
    """`value` (stream data as the demo writes it) laid over `raw` (as stored, with block ids)."""
    if isinstance(raw, list):
        if not isinstance(value, list) or len(value) != len(raw):
            raise TranslationMismatch("A French stream does not have as many blocks as its Arabic.")
        return [_overlay_item(r, v) for r, v in zip(raw, value, strict=True)]
    if isinstance(raw, dict):
        return {k: _overlay(v, value[k]) if k in value else v for k, v in raw.items()}
    return value


def _overlay_item(raw, value):
    if isinstance(raw, dict) and {"type", "value", "id"} <= set(raw):
        # A stream child or a list item: keep its id, so both languages share their content paths.
        if isinstance(value, dict) and {"type", "value"} <= set(value) <= {"type", "value", "id"}:
            value = value["value"]
        return {**raw, "value": _overlay(raw["value"], value)}
    return _overlay(raw, value)


def _strip_ids(value):
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if not (k == "id" and "type" in value)}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def _stream_snapshot(field, value):
    # As stored, without the random ids: data stored in another shape than the admin's (a list
    # not in block format, which wagtail-localize does not extract) counts as a change.
    return _strip_ids(json.loads(json.dumps(field.get_prep_value(value), cls=DjangoJSONEncoder)))


def _stream_data(field, value):
    """Stream data as the admin stores it: every block converted, list items with their ids."""
    stream = field.stream_block.to_python(
        [{"type": kind, "value": _jsonable(child)} for kind, child in _complete(field.stream_block, value)]
    )
    list(stream)  # converts every block, so that lists are written in block format
    return stream.get_prep_value()


def _complete(block, value):
    """Stream data as the admin saves it: every field of a struct present, an empty text as "".

    (A missing optional text would be stored as None, which wagtail-localize cannot extract.)
    """
    if isinstance(block, blocks.StructBlock):
        value = {} if value is MISSING else value
        return {name: _complete(child, value.get(name, MISSING)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.StreamBlock):
        return [(kind, _complete(block.child_blocks[kind], child)) for kind, child in value]
    if isinstance(block, blocks.ListBlock):
        return [] if value is MISSING else [_complete(block.child_block, item) for item in value]
    if value is not MISSING:
        return value
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.URLBlock | blocks.EmailBlock):
        return ""
    return block.get_prep_value(block.get_default())


def _jsonable(value):
    """Stream data as raw JSON: chosen objects by primary key."""
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


class Stats:
    def __init__(self):
        self.seen = defaultdict(dict)

    def record(self, kind, key, outcome):
        # A page created, then completed on the second pass, counts as created.
        previous = self.seen[kind].get(key)
        if previous in ("created", "updated") and outcome != "created":
            return
        self.seen[kind][key] = outcome

    def lines(self):
        for kind, outcomes in self.seen.items():
            counts = defaultdict(int)
            for outcome in outcomes.values():
                counts[outcome] += 1
            parts = ", ".join(f"{counts[o]} {o}" for o in ("created", "updated", "deleted", "unchanged") if counts[o])
            yield f"{kind}: {parts}"


class DemoLoader:
    def __init__(self):
        self.content = data.load()
        self.stats = Stats()
        self.pages = {}
        self.images = {}
        self.documents = {}
        self.collections = {}
        self.deferred = []
        self.specs = {}
        self.translated = {}

    # --- entry point ------------------------------------------------------------------------

    def run(self):
        content = self.content
        with transaction.atomic():
            self.existing_collections = set(Collection.objects.values_list("pk", flat=True))
            self.load_locales()
            self.load_taxonomies()
            self.use_collection("network", network_collection())
            self.load_media("network")
            self.load_home()
            self.load_site()
            for spec in content.index_pages:
                self.upsert_page(spec)
            for spec in content.members:
                self.load_member(spec)
            self.load_media(*[spec["collection"] for spec in content.members])
            for spec in content.experiences + content.events + content.news:
                self.upsert_page(spec)
            for spec, parent in self.deferred:
                self.upsert_page(spec, parent=parent, second_pass=True)
            for code in TRANSLATIONS:
                self.translate_pages(self.locales[code])
        return self.stats

    # --- locales and taxonomies -------------------------------------------------------------

    def load_locales(self):
        self.locales = {}
        for code in [LANGUAGE, *TRANSLATIONS]:
            locale, created = Locale.objects.get_or_create(language_code=code)
            self.locales[code] = locale
            self.stats.record("locales", code, "created" if created else "unchanged")
        self.locale = self.locales[LANGUAGE]

    def load_taxonomies(self):
        regions = {entry.code: entry for entry in register.regions()}
        region_terms = [
            {
                "slug": slug,
                "code": code,
                "sort_order": int(code),
                "name": {"ar": regions[code].name_ar, "fr": regions[code].name_fr},
            }
            for code, slug in self.content.region_slugs.items()
        ]
        self.load_terms(Region, region_terms)
        self.load_terms(
            NewsCategory, [dict(term, sort_order=i) for i, term in enumerate(self.content.news_categories, start=1)]
        )
        self.load_terms(
            ExperienceTheme,
            [dict(term, sort_order=i) for i, term in enumerate(self.content.experience_themes, start=1)],
        )

    def load_terms(self, model, terms):
        kind = str(model._meta.verbose_name_plural)
        for term in terms:
            shared = {k: v for k, v in term.items() if k in ("code", "sort_order")}
            texts = {code: {k: term[k][code] for k in ("name", "description") if k in term} for code in self.locales}
            original = model.objects.filter(locale=self.locale, slug=term["slug"]).first()
            if original is None:
                original = model(locale=self.locale, slug=term["slug"], **shared, **texts[LANGUAGE])
                original.save()
                self.stats.record(kind, (LANGUAGE, term["slug"]), "created")
            else:
                self.update(original, {**shared, **texts[LANGUAGE]}, kind, (LANGUAGE, term["slug"]))
            for code in TRANSLATIONS:
                if texts[code]:
                    wanted = {**shared, "slug": term["slug"], **texts[code]}
                    self.translate_term(original, texts[code], wanted, kind, (code, term["slug"]))

    def translate_term(self, original, texts, wanted, kind, key):
        """The term in another language, through wagtail-localize: its strings, then its target."""
        locale = self.locales[key[0]]
        original = type(original).objects.get(pk=original.pk)
        source, changed = sync_source(original)
        translation = translation_for(source, locale)
        if translation is None:
            self.stats.record(kind, key, "unchanged")
            return
        french = source.as_instance()
        for name, value in texts.items():
            setattr(french, name, value)
        changed |= record_french(source, french, locale, f"{kind} {key}")
        target = target_or_none(source, locale)
        if target is not None and not changed and all(getattr(target, k) == v for k, v in wanted.items()):
            self.stats.record(kind, key, "unchanged")
            return
        translation.save_target(publish=True)
        self.stats.record(kind, key, "created" if target is None else "updated")

    def update(self, obj, values, kind, key):
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        for name in changed:
            setattr(obj, name, values[name])
        if changed:
            obj.save()
        self.stats.record(kind, key, "updated" if changed else "unchanged")

    # --- collections, images, documents -----------------------------------------------------

    def use_collection(self, key, collection):
        """Collections belong to `members.roles` (which also grants their permissions); this keeps
        track of them by the keys the data files use: "network", or a member's slug."""
        self.collections[key] = collection
        outcome = "unchanged" if collection.pk in self.existing_collections else "created"
        self.stats.record("collections", collection.pk, outcome)

    def load_media(self, *collection_keys):
        colours = self.content.colours
        for spec in self.content.images:
            if spec["collection"] in collection_keys:
                self.images[spec["key"]] = self.ensure_image(
                    spec["title"],
                    spec["file"],
                    self.collections[spec["collection"]],
                    lambda spec=spec: media.pattern_jpeg([colours[c] for c in spec["palette"]], spec["seed"]),
                )
        palette = [colours[c] for c in ("green", "sand", "terracotta", "turquoise")]
        for i, spec in enumerate(self.content.documents, start=1):
            if spec["collection"] in collection_keys:
                self.documents[spec["key"]] = self.ensure_document(
                    spec["title"],
                    spec["file"],
                    self.collections[spec["collection"]],
                    lambda spec=spec, i=i: media.presentation_pdf(spec["cover"], palette, seed=100 + i),
                )
                if spec.get("details"):
                    self.ensure_document_details(self.documents[spec["key"]], spec["details"])

    def ensure_image(self, title, filename, collection, draw):
        # Every demo image is a drawn ornament or a placeholder logo beside its member's name: decorative.
        return self._ensure_file(
            get_image_model(), "images", title, filename, collection, draw, ImageFile, ornamental=True
        )

    def ensure_document_details(self, document, details):
        obj, created = DocumentDetails.objects.get_or_create(document=document, defaults=details)
        changed = not created and any(getattr(obj, name) != value for name, value in details.items())
        if changed:
            DocumentDetails.objects.filter(pk=obj.pk).update(**details)
        self.stats.record(
            "document details", document.title, "created" if created else "updated" if changed else "unchanged"
        )

    def ensure_document(self, title, filename, collection, draw):
        return self._ensure_file(get_document_model(), "documents", title, filename, collection, draw, ContentFile)

    def _ensure_file(self, model, kind, title, filename, collection, draw, wrap, **fields):
        obj = model.objects.filter(title=title).order_by("pk").first()
        outcome = "unchanged"
        if obj is None:
            obj = model(title=title)
            outcome = "created"
        missing = outcome == "created" or not obj.file or not obj.file.storage.exists(obj.file.name)
        if missing:
            # Drawn only when the file is not there, so a second run touches no file.
            data = draw()
            if wrap is ImageFile:
                obj.file = ImageFile(io.BytesIO(data), name=filename)
            else:
                obj.file = ContentFile(data, name=filename)
            obj.file_size = len(data)
            obj.file_hash = hash_filelike(io.BytesIO(data))
            outcome = outcome if outcome == "created" else "updated"
        if obj.collection_id != collection.pk:
            obj.collection = collection
            outcome = outcome if outcome == "created" else "updated"
        for name, value in fields.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                outcome = outcome if outcome == "created" else "updated"
        if outcome != "unchanged":
            obj.save()
        self.stats.record(kind, title, outcome)
        return obj

    # --- site ---------------------------------------------------------------------------------

    def welcome_pages(self):
        """Wagtail's default "Welcome" page: a plain Page under the root, by its slug."""
        return (
            Page.get_first_root_node()
            .get_children()
            .filter(content_type__app_label="wagtailcore", content_type__model="page")
            .filter(slug__in=[WELCOME_SLUG, MOVED_WELCOME_SLUG])
        )

    def load_home(self):
        root = Page.get_first_root_node()
        # Move the welcome page's slug ("home") out of the way of ours until it can be deleted.
        self.welcome_pages().filter(slug=WELCOME_SLUG).update(slug=MOVED_WELCOME_SLUG)
        # Its links wait for the second pass, once the pages they point to exist.
        self.upsert_page(self.content.home, parent=root)

    def load_site(self):
        home = self.pages["home"]
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        wanted = {"root_page_id": home.pk, "site_name": self.content.network_name[LANGUAGE]}
        changed = site.pk is None or any(getattr(site, k) != v for k, v in wanted.items())
        for name, value in wanted.items():
            setattr(site, name, value)
        if changed:
            site.save()
        self.stats.record("sites", "default", "updated" if changed else "unchanged")

        # Only now that no site points at it can the welcome page go (a site's root cascades).
        for welcome in self.welcome_pages():
            if not welcome.get_children().exists() and not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()
                self.stats.record("pages", "wagtail-welcome", "deleted")

        settings = NetworkSettings.for_site(site)
        self.update(settings, self.content.network_settings, "network settings", site.pk)

    # --- pages --------------------------------------------------------------------------------

    def load_member(self, spec):
        """The member's page with its logo; the logo then moves into the member's own collection.

        That collection is made by `members.roles` when the page is created, so a new logo waits
        in the network's collection for the moment the page exists.
        """
        spec = dict(spec, model="members.MemberPage", parent="members")
        key, logo = f"logo:{spec['key']}", spec["logo"]
        title = f"شعار توضيحي — {spec[LANGUAGE]['title']}"
        existing = get_image_model().objects.filter(title=title).select_related("collection").first()
        self.images[key] = self.ensure_image(
            title,
            f"demo-logo-{spec['slug']}.png",
            existing.collection if existing else self.collections["network"],
            lambda: media.logo_png(logo["initials"], self.content.colours[logo["colour"]]),
        )
        page = self.upsert_page(dict(spec, fields={**spec["fields"], "logo": Ref("image", key)}))
        own = member_collection(page)
        self.use_collection(spec["collection"], own)
        if self.images[key].collection_id != own.pk:
            self.images[key].collection = own
            self.images[key].save(update_fields=["collection"])

    def resolve(self, value, locale=None):
        """References made objects; in another `locale`, pages and terms are its translations.

        A page not translated yet resolves to the Arabic one, and raises `Unresolved` once the
        rest of the value is resolved, so that the caller can come back to it.
        """
        pending = []
        resolved = self._resolve(value, locale or self.locale, pending)
        if pending:
            raise Unresolved(pending[0], resolved)
        return resolved

    def _resolve(self, value, locale, pending):
        if isinstance(value, Ref):
            if value.kind == "page":
                if value.key not in self.pages:
                    raise Unresolved(value.key)
                if locale == self.locale:
                    return self.pages[value.key]
                known = (locale.language_code, value.key)
                if known not in self.translated:
                    translation = self.pages[value.key].get_translation_or_none(locale)
                    if translation is None:
                        pending.append(value.key)
                        return self.pages[value.key]
                    self.translated[known] = translation.specific
                return self.translated[known]
            if value.kind == "image":
                return self.images[value.key]
            if value.kind == "document":
                return self.documents[value.key]
            if value.kind == "category":
                return NewsCategory.objects.get(locale=locale, slug=value.key)
            if value.kind == "theme":
                return ExperienceTheme.objects.get(locale=locale, slug=value.key)
            raise ValueError(f"Unknown reference {value}")
        if isinstance(value, dict):
            return {k: self._resolve(v, locale, pending) for k, v in value.items()}
        if isinstance(value, list):
            return [self._resolve(v, locale, pending) for v in value]
        if isinstance(value, tuple):
            return tuple(self._resolve(v, locale, pending) for v in value)
        return value

    def upsert_page(self, spec, parent=None, second_pass=False):
        self.specs.setdefault(spec["key"], spec)
        model = PAGE_MODELS[spec["model"]]
        texts = spec.get(LANGUAGE, {})
        raw_fields = {**spec.get("fields", {}), **{k: v for k, v in texts.items() if k not in ("children", "tags")}}
        raw_children = {**spec.get("children", {}), **texts.get("children", {})}
        tags = texts.get("tags")

        fields, children, incomplete = {}, {}, False
        for name, value in raw_fields.items():
            try:
                fields[name] = self.resolve(value)
            except Unresolved:
                incomplete = True
        for name, rows in raw_children.items():
            try:
                children[name] = self.resolve(rows)
            except Unresolved:
                incomplete = True
        if incomplete:
            if second_pass:
                raise CommandError(f"Page {spec['key']} refers to a page the demo does not build.")
            self.deferred.append((spec, parent))

        if parent is None:
            parent = self.pages[spec["parent"]]
        # Fresh from the database: treebeard adds children by the parent's path and child count.
        parent = Page.objects.get(pk=parent.pk)
        existing = Page.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if existing is not None:
            page = existing.specific
            if not isinstance(page, model):
                raise CommandError(f"{existing.url_path} is a {type(page).__name__}, expected {model.__name__}.")
            before = self.snapshot(page, fields, children, tags)
        else:
            page = model(slug=spec["slug"], locale=parent.locale)

        for name, value in fields.items():
            field = page._meta.get_field(name)
            if isinstance(field, StreamField):
                value = _stream_data(field, value)
            setattr(page, name, value)
        for name, rows in children.items():
            related = page._meta.get_field(name).related_model
            # Rows keep their identity (and their translation key) from one run to the next, so
            # their French survives an update of the Arabic.
            current = list(getattr(page, name).all()) if existing is not None else []
            objects = [related(sort_order=i, **row) for i, row in enumerate(rows)]
            for obj, old in zip(objects, current, strict=False):
                obj.pk = old.pk
                if isinstance(obj, TranslatableMixin):
                    obj.translation_key, obj.locale_id = old.translation_key, old.locale_id
            setattr(page, name, objects)
        if tags is not None:
            page.tags.set(tags)

        if existing is None:
            page.live = False
            parent.add_child(instance=page)
            outcome = "created"
        else:
            after = self.snapshot(page, fields, children, tags, assigned=True)
            if before == after and page.live and not page.has_unpublished_changes:
                self.pages[spec["key"]] = page
                self.stats.record("pages", spec["key"], "unchanged")
                return page
            outcome = "updated"
        page.save_revision().publish()
        self.pages[spec["key"]] = page
        self.stats.record("pages", spec["key"], outcome)
        return page

    def snapshot(self, page, fields, children, tags, assigned=False):
        """The page's values for the fields the demo sets, comparable before and after assignment."""
        values = {}
        for name in fields:
            field = page._meta.get_field(name)
            if isinstance(field, StreamField):
                values[name] = _stream_snapshot(field, getattr(page, name))
            elif field.is_relation:
                values[name] = getattr(page, field.attname)
            else:
                values[name] = getattr(page, name)
        for name, rows in children.items():
            related = page._meta.get_field(name).related_model
            keys = [related._meta.get_field(k) for k in (rows[0] if rows else {})]
            values[name] = [tuple(getattr(obj, f.attname) for f in keys) for obj in getattr(page, name).all()]
        if tags is not None:
            values["tags"] = sorted(tags) if assigned else sorted(page.tags.names())
        return values

    # --- translations -------------------------------------------------------------------------

    def translate_pages(self, locale):
        """Every page in `locale`, parents first; pages linking to a page translated later are
        done again once it exists, so that their links lead to the translation."""
        deferred = []
        for spec in self.specs.values():
            if not self.translate_page(spec, locale):
                deferred.append(spec)
        for spec in deferred:
            if not self.translate_page(spec, locale):
                raise CommandError(f"Page {spec['key']} links to a page the demo does not translate.")
        # The members' groups and collections are named after their French page (members.roles).
        for spec in self.content.members:
            if self.stats.seen[f"pages ({locale.language_code})"].get(spec["key"]) != "unchanged":
                setup_member_roles(self.pages[spec["key"]])

    def french_content(self, spec, code, model):
        """The page's fields, inline rows and tags in language `code`, resolved; and whether all
        its links found their translation."""
        label = f"{spec['key']} ({code})"
        texts = merge_texts(model, spec.get(LANGUAGE, {}), spec.get(code, {}), label)
        tags = texts.pop("tags", None)
        text_children = texts.pop("children", {})
        raw_fields = {**spec.get("fields", {}), **texts}
        raw_children = {**spec.get("children", {}), **text_children}
        complete = True
        resolved = {}
        for kind, raw in (("fields", raw_fields), ("children", raw_children)):
            try:
                resolved[kind] = self.resolve(raw, self.locales[code])
            except Unresolved as pending:
                complete = False
                resolved[kind] = pending.args[1]
        return resolved["fields"], resolved["children"], tags, complete

    def french_copy(self, source, fields, children, code):
        """An unsaved copy of the source with the texts of `code`, the same blocks and rows."""
        page = source.as_instance()
        model = type(page)
        for name, value in fields.items():
            field = model._meta.get_field(name)
            if isinstance(field, StreamField):
                stored = field.get_prep_value(getattr(page, name))
                value = _overlay(stored, [{"type": t, "value": _jsonable(v)} for t, v in value])
            setattr(page, name, value)
        for name, rows in children.items():
            objects = list(getattr(page, name).all())
            if not isinstance(objects[0] if objects else None, TranslatableMixin):
                continue  # synchronised as a whole: links to pages, shown in the page's language
            if len(objects) != len(rows):
                raise TranslationMismatch(f"{source.object_repr}: {name} has {len(objects)} rows in Arabic.")
            for obj, row in zip(objects, rows, strict=True):
                for key, value in row.items():
                    setattr(obj, key, value)
            setattr(page, name, objects)
        if page.depth == 2:
            # A home page sits beside the Arabic one under the root: Wagtail suffixes its slug.
            page.slug = f"{page.slug}-{code}"
        return page

    def translate_page(self, spec, locale):
        """The page in `locale` through wagtail-localize; False if a link awaits a translation."""
        code, key = locale.language_code, spec["key"]
        kind = f"pages ({code})"
        arabic = Page.objects.get(pk=self.pages[key].pk).specific
        source, changed = sync_source(arabic)
        translation = translation_for(source, locale)
        if translation is None:  # an editor took this translation over
            self.stats.record(kind, key, "unchanged")
            return True
        fields, children, tags, complete = self.french_content(spec, code, type(arabic))
        french = self.french_copy(source, fields, children, code)
        changed |= record_french(source, french, locale, f"{key} ({code})")

        target = target_or_none(source, locale)
        if target is not None:
            target = target.specific
        stale = target is None or changed or not target.live or target.has_unpublished_changes
        retag = tags is not None and (target is None or sorted(target.tags.names()) != sorted(tags))
        if stale:
            outcome = "created" if target is None else "updated"
            target = save_page_translation(translation)
            revision = target.latest_revision
        elif retag:
            outcome = "updated"
        else:
            self.translated[(code, key)] = target
            self.stats.record(kind, key, "unchanged")
            return complete
        if tags is not None and sorted(target.tags.names()) != sorted(tags):
            # Tags are words of the page's language: wagtail-localize does not translate them (a new
            # translation starts with a copy of the Arabic ones), so the French ones are set here.
            target.tags.set(tags)
            revision = target.save_revision()
        revision.publish()
        self.translated[(code, key)] = target
        self.stats.record(kind, key, outcome)
        return complete


def load_demo_content():
    return DemoLoader().run()
