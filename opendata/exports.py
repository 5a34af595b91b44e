"""The open data exports: what the network publishes proactively, as CSV and JSON anyone may reuse.

Five datasets: the members directory, the events, their participation by category, the recommendations with
their follow-up, and the index of bulletins. Each row is one thing in every language (a member, an event, a
recommendation, a bulletin), its texts in one column per language (`title_ar`, `title_fr`…), its facts once.
Only live pages anyone may see are read. Each dataset documents its columns (in every language) and carries
the licence set in the network settings; CSV is UTF-8 with a byte-order mark, so Excel reads the Arabic.

A dataset is read in one query (two for the view restrictions), however many rows it has: rows are read as
values, ordered so that the versions of one thing in each language come together, and merged on the way.
"""

import csv
import io
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.syndication import in_casablanca
from events.models import EventPage, FollowUpStatus, ParticipationRow, Recommendation
from members.models import MemberPage
from news.models import NewsPage


def languages():
    return [code for code, _name in settings.LANGUAGES]


def language_name(code):
    return str(_(settings.LANGUAGE_NAMES.get(code, code)))


@dataclass
class Column:
    name: str
    type: str
    description: object  # a lazy string; with `per_language`, formatted with the language's name
    per_language: bool = False

    def expand(self):
        """The column itself, or one per language (`title_ar`, `title_fr`…)."""
        if not self.per_language:
            return [(self.name, self.type, lambda: str(self.description))]
        return [
            (
                f"{self.name}_{code}",
                self.type,
                lambda code=code: str(self.description) % {"language": language_name(code)},
            )
            for code in languages()
        ]


@dataclass
class Dataset:
    slug: str
    title: object
    description: object
    columns: list = field(default_factory=list)

    def column_names(self):
        return [name for column in self.columns for name, _type, _describe in column.expand()]

    def documented_columns(self):
        """[{name, type, description: {language: text}}] for the JSON export and the open data page."""
        documented = []
        for column in self.columns:
            for name, kind, describe in column.expand():
                descriptions = {}
                for code in languages():
                    with translation.override(code):
                        descriptions[code] = describe()
                documented.append({"name": name, "type": kind, "description": descriptions})
        return documented

    def listed_columns(self):
        """[{name, type, description}] in the active language, for the open data page."""
        return [
            {"name": name, "type": kind, "description": describe()}
            for column in self.columns
            for name, kind, describe in column.expand()
        ]

    def rows(self, links):
        raise NotImplementedError

    def ordered(self, row):
        """The row's values in the order of the documented columns."""
        return {name: row.get(name) for name in self.column_names()}


def merged(values, key, shared, per_language, extra=None):
    """Rows of `values` (ordered so that one thing's versions come together) merged into one row per `key`.

    Shared fields come from the default language's version (else the first); each of `per_language`
    ({column: field}) gives one column per language. `extra(row, first)` adds computed columns.
    """
    group = []
    for value in values.iterator(chunk_size=2000):
        if group and value[key] != group[0][key]:
            yield _merge(group, shared, per_language, extra)
            group = []
        group.append(value)
    if group:
        yield _merge(group, shared, per_language, extra)


def _merge(group, shared, per_language, extra):
    by_language = {value["language"]: value for value in group}
    first = by_language.get(settings.LANGUAGE_CODE, group[0])
    row = {column: first[name] for column, name in shared.items()}
    for column, name in per_language.items():
        for code in languages():
            version = by_language.get(code)
            row[f"{column}_{code}"] = version[name] if version is not None else None
    if extra:
        row.update(extra(by_language, first))
    return row


def _datetime(value):
    return in_casablanca(value).isoformat() if value else None


def _date(value):
    return value.isoformat() if value else None


def _urls(links, by_language):
    return {f"url_{code}": links.url(v["url_path"]) if (v := by_language.get(code)) else None for code in languages()}


URL_COLUMN = Column("url", "url", _("Address of the page in %(language)s (empty when not translated)"), True)


class MembersDataset(Dataset):
    def rows(self, links):
        values = (
            MemberPage.objects.live()
            .public()
            .order_by("hcp_code", "translation_key", "locale_id")
            .values(
                "translation_key",
                "hcp_code",
                "kind",
                "population",
                "joined_on",
                "website",
                "title",
                "url_path",
                "region__code",
                "region__name",
                language=F("locale__language_code"),
            )
        )

        def extra(by_language, first):
            return {"joined_on": _date(first["joined_on"]), **_urls(links, by_language)}

        shared = {
            "hcp_code": "hcp_code",
            "kind": "kind",
            "region_code": "region__code",
            "population": "population",
            "joined_on": "joined_on",
            "website": "website",
        }
        per_language = {"name": "title", "region": "region__name"}
        for row in merged(values, "translation_key", shared, per_language, extra):
            yield self.ordered(row)


class EventsDataset(Dataset):
    def rows(self, links):
        values = (
            EventPage.objects.live()
            .public()
            .order_by("start", "translation_key", "locale_id")
            .values(
                "translation_key",
                "start",
                "end",
                "title",
                "venue",
                "city",
                "url_path",
                "attendance",
                "member__hcp_code",
                "parent_event__translation_key",
                language=F("locale__language_code"),
            )
            .annotate(women=Sum("participation__women"), men=Sum("participation__men"))
        )

        def extra(by_language, first):
            women, men = first["women"], first["men"]
            counted = (women or 0) + (men or 0) if women is not None or men is not None else None
            return {
                "id": str(first["translation_key"]),
                "parent_id": str(first["parent_event__translation_key"] or "") or None,
                "start": _datetime(first["start"]),
                "end": _datetime(first["end"]),
                "participants_counted": counted,
                **_urls(links, by_language),
            }

        shared = {
            "member_hcp_code": "member__hcp_code",
            "participants_announced": "attendance",
            "participants_women": "women",
            "participants_men": "men",
        }
        per_language = {"title": "title", "venue": "venue", "city": "city"}
        for row in merged(values, "translation_key", shared, per_language, extra):
            yield self.ordered(row)


class ParticipationDataset(Dataset):
    def rows(self, links):
        events = EventPage.objects.live().public()
        values = (
            ParticipationRow.objects.filter(page__in=events)
            .order_by("page__start", "page__translation_key", "sort_order", "translation_key", "locale_id")
            .values(
                "translation_key",
                "category",
                "women",
                "men",
                "page__translation_key",
                language=F("locale__language_code"),
            )
        )

        def extra(by_language, first):
            return {"event_id": str(first["page__translation_key"]), "total": first["women"] + first["men"]}

        shared = {"women": "women", "men": "men"}
        for row in merged(values, "translation_key", shared, {"category": "category"}, extra):
            yield self.ordered(row)


class RecommendationsDataset(Dataset):
    def rows(self, links):
        events = EventPage.objects.live().public()
        values = (
            Recommendation.objects.filter(page__in=events)
            .order_by("page__start", "page__translation_key", "sort_order", "translation_key", "locale_id")
            .values(
                "translation_key",
                "text",
                "status",
                "follow_up_note",
                "sort_order",
                "page__translation_key",
                language=F("locale__language_code"),
            )
        )
        labels = {}
        for code in languages():
            with translation.override(code):
                labels[code] = {status: str(label) for status, label in FollowUpStatus.choices}

        numbers = {}

        def extra(by_language, first):
            event = str(first["page__translation_key"])
            numbers[event] = numbers.get(event, 0) + 1
            return {
                "event_id": event,
                "number": numbers[event],
                "status": first["status"],
                **{f"status_label_{code}": labels[code].get(first["status"]) for code in languages()},
            }

        per_language = {"text": "text", "follow_up_note": "follow_up_note"}
        for row in merged(values, "translation_key", {}, per_language, extra):
            yield self.ordered(row)


class BulletinsDataset(Dataset):
    def rows(self, links):
        values = (
            NewsPage.objects.live()
            .public()
            .order_by("-date", "translation_key", "locale_id")
            .values(
                "translation_key",
                "date",
                "title",
                "url_path",
                "first_published_at",
                "member__hcp_code",
                "category__slug",
                language=F("locale__language_code"),
            )
        )

        def extra(by_language, first):
            return {
                "id": str(first["translation_key"]),
                "date": _date(first["date"]),
                "first_published_at": _datetime(first["first_published_at"]),
                **_urls(links, by_language),
            }

        shared = {"member_hcp_code": "member__hcp_code", "category": "category__slug"}
        for row in merged(values, "translation_key", shared, {"title": "title"}, extra):
            yield self.ordered(row)


EVENT_ID = Column("event_id", "uuid", _("Identifier of the event (the id column of the events dataset)"))

DATASETS = {
    dataset.slug: dataset
    for dataset in [
        MembersDataset(
            "members",
            _("Members of the network"),
            _("The member collectivities: their code in the national register, names, type, region, population."),
            [
                Column("hcp_code", "string", _("Code of the collectivity in the national register (HCP)")),
                Column("name", "string", _("Name of the collectivity in %(language)s"), True),
                Column("kind", "string", _("Type: region, province (prefecture or province council) or commune")),
                Column("region_code", "string", _("HCP code of the region")),
                Column("region", "string", _("Name of the region in %(language)s"), True),
                Column("population", "integer", _("Population at the 2024 census")),
                Column("joined_on", "date", _("Date the member joined the network")),
                Column("website", "url", _("The collectivity's website")),
                URL_COLUMN,
            ],
        ),
        EventsDataset(
            "events",
            _("Events"),
            _("Meetings, forums and workshops of the network and its members: dates, place and participation."),
            [
                Column("id", "uuid", _("Identifier of the event, the same in every language")),
                Column("parent_id", "uuid", _("For a workshop, the identifier of its meeting")),
                Column("title", "string", _("Title in %(language)s"), True),
                Column("start", "datetime", _("Start, in Casablanca time with its offset")),
                Column("end", "datetime", _("End, in Casablanca time with its offset")),
                Column("venue", "string", _("Venue in %(language)s"), True),
                Column("city", "string", _("City in %(language)s"), True),
                Column("member_hcp_code", "string", _("HCP code of the member organising it (empty: the network)")),
                Column("participants_announced", "integer", _("Participants as announced")),
                Column("participants_women", "integer", _("Women counted in the participation table")),
                Column("participants_men", "integer", _("Men counted in the participation table")),
                Column("participants_counted", "integer", _("Participants counted in the participation table")),
                URL_COLUMN,
            ],
        ),
        ParticipationDataset(
            "participation",
            _("Participation in events by category"),
            _("For each event, the participants counted per category, women and men."),
            [
                EVENT_ID,
                Column("category", "string", _("Category of participants in %(language)s"), True),
                Column("women", "integer", _("Women")),
                Column("men", "integer", _("Men")),
                Column("total", "integer", _("Total")),
            ],
        ),
        RecommendationsDataset(
            "recommendations",
            _("Recommendations and their follow-up"),
            _("The recommendations of each event and the follow-up each one got."),
            [
                EVENT_ID,
                Column("number", "integer", _("Number of the recommendation in its event")),
                Column("text", "string", _("Text of the recommendation in %(language)s"), True),
                Column("status", "string", _("Follow-up: proposed, in_progress, done or not_retained")),
                Column("status_label", "string", _("Follow-up, as written in %(language)s"), True),
                Column("follow_up_note", "string", _("Note on the follow-up in %(language)s"), True),
            ],
        ),
        BulletinsDataset(
            "bulletins",
            _("Index of bulletins"),
            _("Every bulletin and communiqué published on the site: date, title, member, category, address."),
            [
                Column("id", "uuid", _("Identifier of the bulletin, the same in every language")),
                Column("date", "date", _("Date of the bulletin")),
                Column("title", "string", _("Title in %(language)s"), True),
                Column("member_hcp_code", "string", _("HCP code of the member that published it (empty: the network)")),
                Column("category", "string", _("Category (its identifier)")),
                Column("first_published_at", "datetime", _("First published on the site")),
                URL_COLUMN,
            ],
        ),
    ]
}


def licence(network_settings):
    if network_settings is None or not network_settings.data_licence:
        return None
    return {"name": network_settings.data_licence, "url": network_settings.data_licence_url or None}


def as_csv(dataset, links):
    """UTF-8 with a byte-order mark (Excel then reads Arabic), one header line of column names."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    names = dataset.column_names()
    writer.writerow(names)
    for row in dataset.rows(links):
        writer.writerow(["" if row[name] is None else row[name] for name in names])
    return out.getvalue().encode("utf-8")


def as_json(dataset, links, network_settings, source_url):
    titles, descriptions = {}, {}
    for code in languages():
        with translation.override(code):
            titles[code] = str(dataset.title)
            descriptions[code] = str(dataset.description)
    document = {
        "dataset": dataset.slug,
        "title": titles,
        "description": descriptions,
        "licence": licence(network_settings),
        "source": source_url,
        "generated_at": timezone.localtime(timezone.now()).isoformat(timespec="seconds"),
        "columns": dataset.documented_columns(),
        "rows": list(dataset.rows(links)),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
