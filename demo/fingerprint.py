"""A fingerprint of everything the demo writes, to show that a change to the loader changes nothing.

Every row of every table, as JSON, with what differs from one build to the next taken out:
timestamps of the build itself, random keys (translation keys, StreamField block ids), the random
suffix storage adds to a file name. Random keys are numbered in the order they first appear, so
two builds that made the same objects in the same order have the same fingerprint, and a
difference names the table, the row and the field.

`manage.py demo_fingerprint > before.json` on a fresh database after `load_demo_content`, then the
same after the change, and `diff` the two.
"""

import datetime
import json
import re

from django.apps import apps
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:?\d{2}|Z)?$")
# The suffix a storage adds to a name already taken: "demo-zellige-home_Ab3dE9x.jpg".
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(\.[a-z0-9]+)$")
# Tables the demo does not write, or that hold only what changes from one build to the next.
SKIPPED = {"sessions.session", "wagtailusers.userprofile", "contenttypes.contenttype", "auth.permission"}
# Rows made in an order that depends on random keys (sets of StreamField paths, references found
# in a set): compared as a set, without their ids, which nothing refers to.
UNORDERED = {"wagtail_localize.stringtranslation", "wagtailcore.referenceindex"}
# Fields that differ between two builds of the same content: Pillow writes the creation time into a
# PDF; a reference's path hash is made from its path, which holds random block ids (the path is kept).
MASKED = {("wagtaildocs.document", "file_hash"), ("wagtailcore.referenceindex", "content_path_hash")}


class Fingerprint:
    def __init__(self):
        self.keys = {}
        self.now = timezone.now()

    def key(self, match):
        value = match.group(0).lower()
        return self.keys.setdefault(value, f"<key {len(self.keys) + 1}>")

    def recent(self, moment):
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, datetime.UTC)
        return abs(self.now - moment) < datetime.timedelta(days=2)

    def value(self, value):
        if isinstance(value, FieldFile):
            return STORAGE_SUFFIX.sub(r"\1", value.name or "")
        if isinstance(value, datetime.datetime):
            return "<build time>" if self.recent(value) else value.isoformat()
        if isinstance(value, datetime.date | datetime.time):
            return value.isoformat()
        if isinstance(value, dict):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        if isinstance(value, str):
            stripped = value.strip()
            if stripped[:1] in "[{":
                try:
                    return {"json": self.value(json.loads(stripped))}
                except ValueError:
                    pass
            if TIMESTAMP.match(stripped):
                try:
                    if self.recent(datetime.datetime.fromisoformat(stripped.replace("Z", "+00:00"))):
                        return "<build time>"
                except ValueError:
                    pass
            return UUID.sub(self.key, value)
        if value is None or isinstance(value, bool | int | float):
            return value
        return self.value(str(value))

    def row(self, obj, fields):
        data = {}
        label = obj._meta.label_lower
        for field in fields:
            if (label, field.attname) in MASKED:
                data[field.attname] = "<varies>"
                continue
            raw = field.value_from_object(obj)
            if isinstance(field, models.JSONField) or hasattr(field, "stream_block"):
                raw = field.get_prep_value(raw) if not isinstance(raw, str) else raw
                raw = json.loads(raw) if isinstance(raw, str) else raw
            data[field.attname] = self.value(raw)
        return data

    def tables(self):
        """Tables keyed by integers first, in the order their rows were made, so that random keys are
        numbered in an order that does not depend on them; then tables keyed by a random key."""
        models_ = [m for m in apps.get_models() if not m._meta.proxy and m._meta.managed]
        models_ = [m for m in models_ if m._meta.label_lower not in SKIPPED]
        models_.sort(key=lambda m: (isinstance(m._meta.pk, models.UUIDField), m._meta.label_lower))
        result = {}
        for model in models_:
            label = model._meta.label_lower
            fields = model._meta.local_concrete_fields
            rows = [{"pk": self.value(obj.pk), **self.row(obj, fields)} for obj in model._base_manager.order_by("pk")]
            if label in UNORDERED:
                rows = [{k: v for k, v in row.items() if k not in ("pk", model._meta.pk.attname)} for row in rows]
            if label in UNORDERED or isinstance(model._meta.pk, models.UUIDField):
                rows.sort(key=lambda row: json.dumps(row, sort_keys=True, ensure_ascii=False))
            if rows:
                result[label] = rows
        return result


def fingerprint():
    """Every table of the database the demo writes, as comparable data."""
    return Fingerprint().tables()
