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

from wagtail.models import Locale, Page

from bench.corpus import make_bulletin

BATCH = 2000
YEARS = 15


def _children_start(parent):
    """The position after the last child of `parent` in the tree."""
    last = parent.get_last_child()
    return 0 if last is None else last._get_lastpos_in_path()


def _news_columns(NewsPage):  # noqa: N803
    """The news table's own columns (the page's are in Wagtail's page table)."""
    return [field for field in NewsPage._meta.local_concrete_fields if field.name != "page_ptr"]


def fill(count, french_share=0.3, seed=10, out=print):
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
                        "body": [
                            {"type": "paragraph", "value": f"<p>{paragraph}</p>", "id": str(uuid.uuid4())}
                            for paragraph in texts["paragraphs"]
                        ],
                    }
                )
        with transaction.atomic():
            Page.objects.bulk_create(pages)
            rows = []
            for page, detail in zip(pages, details, strict=True):
                row = [page.pk]
                for field in columns:
                    value = detail.get(field.attname)
                    if field.name == "body":
                        value = json.dumps(value, ensure_ascii=False)
                    else:
                        value = field.get_db_prep_save(value, connection)
                    row.append(value)
                rows.append(row)
            names = ", ".join(connection.ops.quote_name(f.column) for f in columns)
            marks = ", ".join(["%s"] * (len(columns) + 1))
            table = connection.ops.quote_name(NewsPage._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (page_ptr_id, {names}) VALUES ({marks})",  # noqa: S608 (names from the model)
                    rows,
                )
        made += size
        out(
            f"  {made:,} / {count:,} bulletins ({len(pages):,} pages in this batch), {time.monotonic() - started:.0f} s"
        )

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
    return indexing
