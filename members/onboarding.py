"""Members from a CSV file: read and check every row first, then import all of them or none.

Columns (the first line names them, in any order; the README says more):

    hcp_code     required  the collectivity's code in the national register, e.g. 02.381.01.03
    slug         optional  latin letters, digits and hyphens, the same in every language;
                           a new member defaults to the register's French name, e.g. bni-ansar
    title_ar     optional  the title in Arabic; a new member defaults to the register's name
    title_fr     optional  the title in French; a new member defaults to the register's name
    title_<xx>   optional  the title in another configured language (e.g. title_zgh);
                           a new member defaults to the French title
    joined_on    optional  the date the member joined the network, YYYY-MM-DD
    website      optional  the member's website, https://…

A member is found by its code: a new code creates the member's page in every language tree
(published), its collection, and its officers' group with its permissions; a known code updates
what its cells say. An empty cell changes nothing.
"""

import csv
import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Locale

from members import register
from members.models import MemberIndexPage, MemberPage
from members.roles import setup_member_roles, setup_network_roles

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("hcp_code",)
OPTIONAL = ("slug", "joined_on", "website")


class ImportFileError(Exception):
    """The file cannot be imported; `errors` lists every problem found, by line."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class MemberRow:
    line: int
    code: str
    slug: str  # as given; empty keeps an existing member's
    titles: dict  # as given, by language; a missing one keeps an existing member's
    default_slug: str = ""
    default_titles: dict = field(default_factory=dict)
    joined_on: datetime.date | None = None
    website: str = ""
    outcome: str = ""
    changes: list = field(default_factory=list)


def languages():
    return [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]


def read_rows(lines):
    """`lines` of CSV text → (header, [(line number, row dict)]); the delimiter may be , or ;."""
    lines = list(lines)
    if not lines or not lines[0].strip():
        raise ImportFileError(["line 1: the file is empty; the first line must name the columns."])
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    rows = []
    previous = reader.line_num
    for values in reader:
        # A quoted cell may span lines: a row starts on the line after the previous one ended.
        line, previous = previous + 1, reader.line_num
        if any(value.strip() for value in values):
            rows.append((line, header, values))
    return header, rows


def check_header(header):
    known = set(REQUIRED) | set(OPTIONAL) | {f"title_{code}" for code in languages()}
    errors = []
    for name in REQUIRED:
        if name not in header:
            errors.append(f"line 1: the column '{name}' is missing.")
    for name in header:
        if name not in known:
            errors.append(f"line 1: unknown column '{name}' (known columns: {', '.join(sorted(known))}).")
    duplicates = sorted({name for name in header if header.count(name) > 1})
    for name in duplicates:
        errors.append(f"line 1: the column '{name}' appears more than once.")
    return errors


def parse_row(line, header, values):
    """A MemberRow, or the list of what is wrong with this line."""
    if len(values) != len(header):
        return [f"line {line}: {len(values)} cells where the first line names {len(header)} columns."]
    cells = {name: value.strip() for name, value in zip(header, values, strict=True)}
    errors = []
    code = cells.get("hcp_code", "")
    entry = register.get(code) if code else None
    if not code:
        errors.append(f"line {line}: hcp_code is empty.")
    elif entry is None:
        errors.append(f"line {line}: {code} is not a code of the national register.")

    slug = cells.get("slug", "")
    if slug and not SLUG.match(slug):
        errors.append(f"line {line}: slug '{slug}' must be latin lowercase letters, digits and hyphens.")

    titles = {}
    for language in languages():
        title = cells.get(f"title_{language}", "")
        if len(title) > 255:
            errors.append(f"line {line}: title_{language} is longer than 255 characters.")
        if title:
            titles[language] = title
    # What a new member gets where a cell is empty: the register's names, else the French title.
    defaults = {language: entry.name(language) for language in ("ar", "fr")} if entry else {}
    defaults.update(titles)
    default_titles = {language: defaults.get(language) or defaults.get("fr", "") for language in languages()}

    joined_on = None
    if cells.get("joined_on"):
        try:
            joined_on = datetime.date.fromisoformat(cells["joined_on"])
        except ValueError:
            errors.append(f"line {line}: joined_on '{cells['joined_on']}' is not a date like 2022-10-21.")
        else:
            if joined_on > datetime.date.today():
                errors.append(f"line {line}: joined_on {joined_on} is in the future.")

    website = cells.get("website", "")
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            errors.append(f"line {line}: website '{website}' is not a web address like https://example.ma.")

    if errors:
        return errors
    return MemberRow(
        line=line,
        code=code,
        slug=slug,
        titles=titles,
        default_slug=slugify(entry.name_fr),
        default_titles=default_titles,
        joined_on=joined_on,
        website=website,
    )


def directories():
    """The members directory of every configured language, or the errors saying which is missing."""
    found, errors = {}, []
    for language in languages():
        locale = Locale.objects.filter(language_code=language).first()
        directory = MemberIndexPage.objects.filter(locale=locale).first() if locale else None
        if directory is None:
            errors.append(
                f"line 1: the site has no members directory in '{language}'; create the site first "
                "(e.g. python manage.py load_demo_content)."
            )
        else:
            found[language] = directory
    return found, errors


def check_rows(rows, dirs):
    """Errors that involve several lines or what is already in the database."""
    errors = []
    seen_codes, seen_slugs = {}, {}
    for row in rows:
        if row.code in seen_codes:
            errors.append(f"line {row.line}: {row.code} already appears on line {seen_codes[row.code]}.")
        seen_codes.setdefault(row.code, row.line)
        existing = MemberPage.objects.filter(hcp_code=row.code).exists()
        if not existing:
            for language in languages():
                if not row.default_titles.get(language):
                    errors.append(f"line {row.line}: no title for '{language}'; add a title_{language} column.")
        slug = row.slug or ("" if existing else row.default_slug)
        if not slug:
            continue
        if slug in seen_slugs:
            errors.append(f"line {row.line}: slug '{slug}' already appears on line {seen_slugs[slug]}.")
        seen_slugs.setdefault(slug, row.line)
        for language, directory in dirs.items():
            taken = MemberPage.objects.child_of(directory).filter(slug=slug).exclude(hcp_code=row.code).first()
            if taken is not None:
                errors.append(
                    f"line {row.line}: slug '{slug}' is already used by {taken.hcp_code} ({taken.title}) "
                    f"in '{language}'."
                )
    return errors


def parse(lines):
    """Every member of the file, or ImportFileError with every problem found, by line."""
    header, raw_rows = read_rows(lines)
    errors = check_header(header)
    if errors:
        raise ImportFileError(errors)
    rows = []
    for line, header, values in raw_rows:
        parsed = parse_row(line, header, values)
        if isinstance(parsed, list):
            errors.extend(parsed)
        else:
            rows.append(parsed)
    dirs, dir_errors = directories()
    errors = dir_errors + errors + check_rows(rows, dirs)
    if errors:
        raise ImportFileError(errors)
    if not rows:
        raise ImportFileError(["the file has no member rows."])
    return rows, dirs


def _apply(page, row, language, new=False):
    wanted = {}
    title = row.titles.get(language) or (row.default_titles[language] if new else "")
    if title:
        wanted["title"] = title
    slug = row.slug or (row.default_slug if new else "")
    if slug:
        wanted["slug"] = slug
    if row.joined_on:
        wanted["joined_on"] = row.joined_on
    if row.website:
        wanted["website"] = row.website
    changed = [name for name, value in wanted.items() if getattr(page, name) != value]
    for name in changed:
        setattr(page, name, wanted[name])
    return changed


def import_member(row, dirs):
    default = Locale.get_default().language_code
    first = default if default in dirs else next(iter(dirs))
    existing = MemberPage.objects.filter(hcp_code=row.code).select_related("locale")
    pages = {page.locale.language_code: page for page in existing}
    created_in, updated_in = [], []

    source = pages.get(first) or next(iter(pages.values()), None)
    if source is None:
        source = MemberPage(hcp_code=row.code, live=True)
        _apply(source, row, first, new=True)
        dirs[first].add_child(instance=source)
        source.save_revision().publish()
        pages[first] = source
        created_in.append(first)

    for language in dirs:
        page = pages.get(language)
        if page is None:
            page = source.copy_for_translation(dirs[language].locale)
            page = MemberPage.objects.get(pk=page.pk)
            _apply(page, row, language, new=True)
            page.save()
            page.save_revision().publish()
            created_in.append(language)
        elif language not in created_in:
            changed = _apply(page, row, language)
            if changed:
                page.save_revision().publish()
                updated_in.append(f"{language}: {', '.join(changed)}")
        pages[language] = page

    roles = setup_member_roles(source)
    if created_in and not updated_in and len(created_in) == len(dirs):
        row.outcome = "created"
    elif created_in or updated_in:
        row.outcome = "updated"
        row.changes = [f"{language}: created" for language in created_in] + updated_in
    else:
        row.outcome = "unchanged"
    return roles


@transaction.atomic
def import_members(lines):
    """Import every member of the CSV `lines`: all of them, or none (ImportFileError)."""
    rows, dirs = parse(lines)
    setup_network_roles()
    for row in rows:
        try:
            import_member(row, dirs)
        except ValidationError as error:
            messages = "; ".join(f"{k}: {', '.join(v)}" for k, v in error.message_dict.items())
            raise ImportFileError([f"line {row.line}: {row.code} could not be saved ({messages})."]) from error
    return rows
