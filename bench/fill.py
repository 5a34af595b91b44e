"""Fill the benchmark database with bulletins: N in Arabic over 15 years, a share of them translated into French.

Bulletins go under the members already in the database (their spaces, in each language) and under the
national news index, as officers publish them. They are written in bulk, straight into Wagtail's tables
(the page tree's paths are computed here), because saving 100,000 pages one by one would take hours; then
`update_index` indexes them, timed, as a site's administrator would run it.
"""

import datetime
import json
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from bench.corpus import make_bulletin
from core.caching import content_changed

BATCH = 2000
YEARS = 15


def _children_start(parent):
    """The position after the last child of `parent` in the tree."""
    last = parent.get_last_child()
    return 0 if last is None else last._get_lastpos_in_path()


def _news_columns(NewsPage):  # noqa: N803
    """The news table's own columns (the page's are in Wagtail's page table)."""
    return [field for field in NewsPage._meta.local_concrete_fields if field.name != "page_ptr"]


def _write(model, columns, pages, details):
    """Pages into Wagtail's table, then their own columns into `model`'s, in one transaction."""
    with transaction.atomic():
        Page.objects.bulk_create(pages)
        rows = []
        for page, detail in zip(pages, details, strict=True):
            row = [page.pk]
            for field in columns:
                value = detail.get(field.attname, field.get_default())
                if isinstance(field, StreamField):
                    value = json.dumps(value or [], ensure_ascii=False)
                else:
                    value = field.get_db_prep_save(value, connection)
                row.append(value)
            rows.append(row)
        names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
        marks = ", ".join(["%s"] * (len(columns) + 1))
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, {names}) VALUES ({marks})",  # noqa: S608 (names from the model)
                rows,
            )


def fill(count, french_share=0.3, seed=10, out=print, events=None):
    """Add `count` Arabic bulletins (and their French translations, for `french_share` of them)."""
    from core.models import NewsCategory
    from members.models import MemberPage
    from news.models import NewsIndexPage, NewsPage

    rng = random.Random(seed)  # noqa: S311 (made-up content, reproducible)
    ar = Locale.objects.get(language_code="ar")
    fr = Locale.objects.filter(language_code="fr").first()
    members = list(MemberPage.objects.filter(locale=ar, live=True))
    network = NewsIndexPage.objects.filter(locale=ar, live=True).first()
    if not members or network is None:
        raise SystemExit("The database has no members or no news index: load the demo content first (make demo).")

    def counterpart(page):
        if fr is None:
            return None
        return Page.objects.filter(locale=fr, translation_key=page.translation_key).first()

    # Where bulletins go, with their names in each language, their French counterpart, and their member.
    parents = []
    for member in members:
        twin = counterpart(member)
        names = {"ar": member.title, "fr": twin.title if twin else member.title}
        parents.append({"ar": member, "fr": twin, "member": member, "member_fr": twin, "names": names})
    network_fr = counterpart(network)
    network_names = {"ar": "الشبكة المغربية للجماعات الترابية المنفتحة", "fr": "Le Réseau"}
    parents.append({"ar": network, "fr": network_fr, "member": None, "member_fr": None, "names": network_names})

    # Bulletins carry the demo's photos, as most real ones carry one: cards and pages then ask for renditions.
    images = list(get_image_model().objects.values_list("pk", flat=True)) or [None]
    categories = {
        code: list(NewsCategory.objects.filter(locale__language_code=code).order_by("sort_order"))
        for code in ("ar", "fr")
    }
    news_type = ContentType.objects.get_for_model(NewsPage)

    positions = {}
    for parent in parents:
        for code in ("ar", "fr"):
            if parent[code] is not None:
                positions[parent[code].pk] = _children_start(parent[code])
    added = {pk: 0 for pk in positions}

    today = timezone.localdate()
    first_day = today - datetime.timedelta(days=365 * YEARS)
    run = uuid.uuid4().hex[:6]
    columns = _news_columns(NewsPage)
    started = time.monotonic()
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        pages, details = [], []
        for n in range(size):
            parent = rng.choice(parents)
            date = first_day + datetime.timedelta(days=rng.randrange((today - first_day).days + 1))
            bulletin = make_bulletin(rng, parent["names"], date)
            key = uuid.uuid4()
            slug = f"bulletin-{run}-{made + n}"
            category = rng.randrange(len(categories["ar"])) if categories["ar"] else None
            image = rng.choice(images) if rng.random() < 0.8 else None
            languages = ["ar"] + (["fr"] if parent["fr"] is not None and rng.random() < french_share else [])
            for code in languages:
                home = parent[code]
                positions[home.pk] += 1
                added[home.pk] += 1
                published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(10)))
                texts = bulletin.texts[code]
                page = Page(
                    title=texts["title"],
                    draft_title=texts["title"],
                    slug=slug,
                    content_type=news_type,
                    path=Page._get_path(home.path, home.depth + 1, positions[home.pk]),
                    depth=home.depth + 1,
                    numchild=0,
                    url_path=f"{home.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale_id=home.locale_id,
                    translation_key=key,
                )
                pages.append(page)
                member = parent["member"] if code == "ar" else parent["member_fr"]
                terms = categories[code]
                details.append(
                    {
                        "date": date,
                        "summary": texts["summary"],
                        "listing_summary": "",
                        "share_title": "",
                        "share_description": "",
                        "member_id": member.pk if member else None,
                        "category_id": terms[category].pk if terms and category is not None else None,
                        "hero_image_id": image,
                        "body": [
                            {"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": str(uuid.uuid4())}
                            for paragraph in texts["paragraphs"]
                        ],
                    }
                )
        _write(NewsPage, columns, pages, details)
        made += size
        out(
            f"  {made:,} / {count:,} bulletins ({len(pages):,} pages in this batch), {time.monotonic() - started:.0f} s"
        )

    events = count // 20 if events is None else events
    if events:
        _fill_events(events, parents, positions, added, run, rng, images, out)

    for pk, n in added.items():
        if n:
            Page.objects.filter(pk=pk).update(numchild=F("numchild") + n)
    out(f"Pages written in {time.monotonic() - started:.0f} s. Indexing (manage.py update_index)…")
    started = time.monotonic()
    call_command("update_index", verbosity=0)
    indexing = time.monotonic() - started
    out(f"update_index took {indexing:.0f} s.")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    # Written straight into the tables, without the publication signals: what the cache keeps is forgotten.
    content_changed()
    return indexing


CITIES = [("الرباط", "Rabat"), ("وجدة", "Oujda"), ("أكادير", "Agadir"), ("مكناس", "Meknès"), ("الناظور", "Nador")]


def _fill_events(count, parents, positions, added, run, rng, images, out):
    """`count` events (meetings, workshops) over the same 15 years, under the members and the national agenda."""
    from events.models import EventIndexPage, EventPage

    ar = Locale.objects.get(language_code="ar")
    agenda = EventIndexPage.objects.filter(locale=ar, live=True).first()
    homes = [p for p in parents if p["member"] is not None]
    if agenda is not None:
        agenda_fr = Page.objects.filter(translation_key=agenda.translation_key).exclude(pk=agenda.pk).first()
        homes.append({"ar": agenda, "fr": agenda_fr, "member": None, "member_fr": None})
        for page in (agenda, agenda_fr):
            if page is not None and page.pk not in positions:
                positions[page.pk] = _children_start(page)
                added[page.pk] = 0
    event_type = ContentType.objects.get_for_model(EventPage)
    columns = _news_columns(EventPage)
    today = timezone.localdate()
    first_day = today - datetime.timedelta(days=365 * YEARS)
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        pages, details = [], []
        for n in range(size):
            home = rng.choice(homes)
            day = first_day + datetime.timedelta(days=rng.randrange((today - first_day).days + 400))
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
            city = rng.choice(CITIES)
            key = uuid.uuid4()
            slug = f"event-{run}-{made + n}"
            image = rng.choice(images) if rng.random() < 0.8 else None
            for code in ["ar"] + (["fr"] if home["fr"] is not None and rng.random() < 0.5 else []):
                parent = home[code]
                positions[parent.pk] += 1
                added[parent.pk] += 1
                title = (
                    f"لقاء تواصلي حول الحكامة المنفتحة، {city[0]}"
                    if code == "ar"
                    else f"Rencontre sur le gouvernement ouvert, {city[1]}"
                )
                pages.append(
                    Page(
                        title=title, draft_title=title, slug=slug, content_type=event_type,
                        path=Page._get_path(parent.path, parent.depth + 1, positions[parent.pk]),
                        depth=parent.depth + 1, numchild=0, url_path=f"{parent.url_path}{slug}/", live=True,
                        has_unpublished_changes=False, first_published_at=start, last_published_at=start,
                        locale_id=parent.locale_id, translation_key=key,
                    )
                )  # fmt: skip
                member = home["member"] if code == "ar" else home["member_fr"]
                details.append(
                    {
                        "start": start,
                        "end": start + datetime.timedelta(hours=8),
                        "city": city[0] if code == "ar" else city[1],
                        "summary": title,
                        "member_id": member.pk if member else None,
                        "hero_image_id": image,
                    }
                )
        _write(EventPage, columns, pages, details)
        made += size
        out(f"  {made:,} / {count:,} events")
