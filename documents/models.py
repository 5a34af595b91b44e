"""The document library: the network's public documents in one place, filterable and searchable.

A document is public when a live page that anyone may see uses it (Wagtail's reference index records
every use: a presentation of an event, a bulletin's attachment, a document link in a text) or when it
sits in the network's public collection. Others (a member's draft material, what no page uses yet) are
never listed. What Wagtail's document has not (its kind, its language) is kept beside it, in
`DocumentDetails`, and edited on the document's own form in the admin (documents/forms.py).
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, ReferenceIndex
from wagtail_localize.fields import TranslatableField

from core.models import BasePage, paginate
from core.privacy import public
from members.documents import public_collection
from members.models import MemberPage


class DocumentKind(models.TextChoices):
    PRESENTATION = "presentation", _("Presentation")
    REPORT = "report", _("Report")
    COMMUNIQUE = "communique", _("Communiqué")
    GUIDE = "guide", _("Guide or reference text")
    OTHER = "other", _("Other document")


def language_choices():
    """The site's languages (SITE_LANGUAGES), named in the visitor's language."""
    return [(code, _(name)) for code, name in settings.LANGUAGES]


class DocumentDetails(models.Model):
    """What a document is and the language it is written in: shown and filtered on in the library."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="details", primary_key=True
    )
    kind = models.CharField(_("kind of document"), max_length=20, choices=DocumentKind.choices, blank=True)
    language = models.CharField(_("language"), max_length=12, choices=language_choices, blank=True)

    class Meta:
        verbose_name = _("document details")
        verbose_name_plural = _("document details")

    def __str__(self):
        return str(self.document)


def _reference_rows():
    """Uses of documents by pages, as Wagtail's reference index records them."""
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
    )


def _page_ids(pages):
    """The ids of `pages`, as text: the reference index keeps object ids in a text column."""
    return pages.annotate(pk_text=Cast("pk", CharField())).values("pk_text")


def documents_used_by(pages):
    """The ids of the documents that `pages` use: a subquery (the index's text ids cast back to numbers, so the
    documents' primary key index serves the lookup)."""
    rows = _reference_rows().filter(object_id__in=_page_ids(pages))
    return rows.annotate(document_id=Cast("to_object_id", IntegerField())).values("document_id")


def public_documents():
    """Every document a visitor may be shown: used by a live public page, or in the network's collection."""
    Document = get_document_model()
    used = documents_used_by(public(Page.objects.live()))
    shared = public_collection()  # the network's collection, held by key (members.roles)
    in_network = Q(collection__path__startswith=shared.path) if shared is not None else Q(pk__in=[])
    return Document.objects.filter(Q(pk__in=used) | in_network)


class DocumentFilterForm(forms.Form):
    q = forms.CharField(label=_("Title"), required=False, max_length=200)
    collection = forms.ChoiceField(label=_("Collection"), required=False)
    member = forms.ChoiceField(label=_("Member"), required=False)
    event = forms.TypedChoiceField(label=_("Event"), required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(label=_("Type"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, locale_id, documents, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})
        everything = [("", _("All"))]
        self.locale_id = locale_id
        collections = Collection.objects.filter(pk__in=documents.values("collection_id")).order_by("path")
        self.fields["collection"].choices = everything + [(c.pk, c.name) for c in collections]
        members = MemberPage.objects.live().public().filter(locale_id=locale_id).order_by("title")
        self.fields["member"].choices = everything + [(m.slug, m.title) for m in members.only("slug", "title")]
        # The events whose pages use a document: only those are worth choosing.
        using = _reference_rows().annotate(page_id=Cast("object_id", IntegerField())).values("page_id")
        events = self.event_pages().filter(pk__in=using)
        self.fields["event"].choices = everything + [(e.pk, e.title) for e in events.only("pk", "title")]
        self.fields["kind"].choices = everything + list(DocumentKind.choices)
        years = documents.dates("created_at", "year", order="DESC")
        self.fields["year"].choices = everything + [(d.year, str(d.year)) for d in years]
        self.fields["language"].choices = everything + language_choices()

    def event_pages(self):
        from django.apps import apps

        EventPage = apps.get_model("events", "EventPage")
        return EventPage.objects.live().public().filter(locale_id=self.locale_id).order_by("-start")

    def apply(self, documents):
        data = self.cleaned_data
        if data.get("q"):
            documents = documents.filter(title__icontains=data["q"])
        if data.get("collection"):
            documents = documents.filter(collection_id=data["collection"])
        if data.get("member"):
            member = MemberPage.objects.filter(locale_id=self.locale_id, slug=data["member"]).first()
            space = public(Page.objects.live()).descendant_of(member, inclusive=True)
            documents = documents.filter(pk__in=documents_used_by(space))
        if data.get("event"):
            event = self.event_pages().filter(pk=data["event"]).first()
            if event is None:
                return documents.none()
            # A meeting's documents include its workshops'.
            event_pages = public(Page.objects.live()).descendant_of(event, inclusive=True)
            documents = documents.filter(pk__in=documents_used_by(event_pages))
        if data.get("kind"):
            documents = documents.filter(details__kind=data["kind"])
        if data.get("year"):
            documents = documents.filter(created_at__year=data["year"])
        if data.get("language"):
            documents = documents.filter(details__language=data["language"])
        return documents


class DocumentIndexPage(BasePage):
    """The document library: every public document of the network and its members."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("document library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = public_documents()
        form = DocumentFilterForm(self.locale_id, documents, request.GET)
        if form.is_valid():
            documents = form.apply(documents)
        else:
            context["status"] = 400
        documents = documents.select_related("collection", "details").order_by("-created_at", "-pk")
        context["filter_form"] = form
        results = paginate(request, documents, per_page=20)
        results.object_list = list(results.object_list)
        uses = self.uses(results.object_list, request)
        for document in results.object_list:
            document.used_on = uses.get(document.pk, [])
        context["documents"] = results
        return context

    def uses(self, documents, request):
        """{document id: [(title, url)]}: the live pages of this language that use each listed document.

        Two queries for the whole page of results, whatever its length.
        """
        ids = [str(document.pk) for document in documents]
        rows = list(_reference_rows().filter(to_object_id__in=ids).values_list("to_object_id", "object_id"))
        pages = {
            str(p.pk): p
            for p in Page.objects.live()
            .public()
            .filter(locale_id=self.locale_id, pk__in=[int(object_id) for _doc, object_id in rows])
            .select_related("locale")
        }
        uses = {}
        for document_id, page_id in rows:
            page = pages.get(page_id)
            if page is not None and (page.title, page) not in uses.setdefault(int(document_id), []):
                uses[int(document_id)].append((page.title, page))
        return {key: [(title, p.get_url(request)) for title, p in value] for key, value in uses.items()}
