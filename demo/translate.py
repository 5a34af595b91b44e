"""Translations of the demo, made through wagtail-localize as an editor makes them.

For an Arabic object and the same object written in French (an unsaved copy built from the
translation source, so with the same StreamField block ids and the same inline objects), this
keeps the `TranslationSource` of the Arabic up to date (as "Sync translated pages" does), stores
each French string as the `StringTranslation` of the Arabic segment it stands for, records a
`SegmentOverride` where the French deliberately differs in a synchronised value (a link to the
French page rather than the Arabic one, a known Latin spelling of a name), and saves the target
from the `Translation`. Strings are paired by their context path and their rank within it, both
extracted from the two versions by wagtail-localize's own extractor.

Nothing is written when nothing changed, so a second run leaves the database as it was.
"""

import json
from collections import defaultdict

from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(CommandError):
    """The French of the demo does not have the shape of its Arabic."""


def sync_source(instance):
    """The translation source of `instance`, created or brought up to date; and whether it changed."""
    previous = TranslationSource.objects.get_for_instance_or_none(instance)
    source, created = TranslationSource.update_or_create_from_instance(instance)
    changed = created or previous is None or source.last_updated_at != previous.last_updated_at
    return source, changed


def _normalised(data):
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def _by_path(values):
    grouped = defaultdict(list)
    for value in values:
        grouped[value.path].append(value)
    return grouped


def record_french(source, french, locale, label):
    """Store the strings and overrides of `french` (an unsaved copy) for `source`; True if any changed."""
    extracted = extract_segments(french)
    strings = _by_path(v for v in extracted if isinstance(v, StringSegmentValue))
    templates = {v.path: v.template for v in extracted if isinstance(v, TemplateSegmentValue)}
    overridables = {v.path: v.data for v in extracted if isinstance(v, OverridableSegmentValue)}

    for segment in TemplateSegment.objects.filter(source=source).select_related("context", "template"):
        if templates.get(segment.context.path) != segment.template.template:
            raise TranslationMismatch(f"{label}: the French of {segment.context.path} is not laid out like the Arabic.")

    changed = False
    arabic = defaultdict(list)
    for segment in StringSegment.objects.filter(source=source).select_related("context").order_by("order"):
        arabic[segment.context.path].append(segment)
    wanted = {}
    for path in set(arabic) | set(strings):
        ours, theirs = arabic.get(path, []), strings.get(path, [])
        if len(ours) != len(theirs):
            raise TranslationMismatch(
                f"{label}: {path} has {len(ours)} string(s) in Arabic and {len(theirs)} in French."
            )
        for segment, value in zip(ours, theirs, strict=True):
            key = (segment.string_id, segment.context_id)
            if wanted.setdefault(key, value.string.data) != value.string.data:
                raise TranslationMismatch(f"{label}: one Arabic string of {path} has two French translations.")

    existing = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(
            locale=locale, context__in={context for _, context in wanted}, translation_of__in={s for s, _ in wanted}
        )
    }
    for (string_id, context_id), data in wanted.items():
        translation = existing.get((string_id, context_id))
        if translation is None:
            translation = StringTranslation(
                translation_of_id=string_id,
                locale=locale,
                context_id=context_id,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        elif translation.data == data and not translation.has_error:
            continue
        translation.data = data
        translation.has_error = False
        translation.field_error = ""
        translation.save()
        if translation.has_error:
            raise TranslationMismatch(f"{label}: the French string {data!r} is not valid.")
        changed = True

    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        path = segment.context.path
        if path not in overridables:
            raise TranslationMismatch(f"{label}: the French has no value for {path}.")
        value = _normalised(overridables[path])
        override = SegmentOverride.objects.filter(locale=locale, context=segment.context).first()
        if value == json.loads(segment.data_json):
            if override is not None:
                override.delete()
                changed = True
        elif override is None or override.data != value or override.has_error:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(value, cls=DjangoJSONEncoder), "has_error": False, "field_error": ""},
            )
            changed = True
    return changed


def translation_for(source, locale):
    """The translation of `source` into `locale` (made if missing); None if an editor stopped syncing it."""
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    return translation if translation.enabled else None


def target_or_none(source, locale):
    try:
        return source.get_translated_instance(locale)
    except source.specific_content_type.model_class().DoesNotExist:
        return None


def save_page_translation(translation):
    """Save the French page from the translation and publish it, as "Publish" in the editor does.

    `save_target(publish=True)` defers publishing to the end of the outermost transaction
    (`on_commit`), which here would publish every French page only once the whole demo is
    written, and never inside a test's transaction. The draft is saved by wagtail-localize and its
    revision published at once instead: the same revision, published the same way.
    """
    translation.save_target(publish=False)
    return Page.objects.get(pk=translation.get_target_instance().pk).specific
