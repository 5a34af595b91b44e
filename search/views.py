"""Site search and its autocomplete, within the visitor's language.

Any query is answered 200 or 400 with a page in the visitor's language: what is typed is read by
search/text.py, which keeps only words, so quotes, operators, backslashes, NUL bytes or lone surrogates
never reach the database.
"""

from django import forms
from django.apps import apps
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.models import paginate
from core.privacy import public
from search import text
from search.backends.common import IndexedText, custom_plans
from search.snippets import mark, query_terms, snippet

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
SUGGESTIONS = 8

# The kinds of result a visitor can narrow to, by the page type that holds them.
KINDS = {
    "bulletin": ("news.NewsPage", gettext_lazy("Bulletins")),
    "experience": ("experiences.ExperiencePage", gettext_lazy("Experiences")),
    "event": ("events.EventPage", gettext_lazy("Events")),
    "member": ("members.MemberPage", gettext_lazy("Members")),
}


def kind_of(page):
    for kind, (label, _name) in KINDS.items():
        if page._meta.label == label:
            return kind
    return "page"


class SearchForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("What are you looking for?"), required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    member = forms.ChoiceField(label=gettext_lazy("Member"), required=False)

    def __init__(self, locale, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + [(kind, name) for kind, (_label, name) in KINDS.items()]
        self.members = list(
            apps.get_model("members.MemberPage")
            .objects.live()
            .filter(locale=locale)
            .order_by("title")
            .only("slug", "title", "path", "depth")
        )
        self.fields["member"].choices = everything + [(member.slug, member.title) for member in self.members]

    def clean_q(self):
        query = self.cleaned_data["q"]
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("Your search is too long: use at most %(n)d characters.") % {"n": MAX_QUERY_LENGTH}
            )
        return query

    def pages(self, locale):
        """The pages a visitor may find: live, public, in their language, narrowed by the filters."""
        pages = public(Page.objects.live()).filter(locale=locale)
        kind = self.cleaned_data.get("kind")
        if kind:
            pages = pages.type(apps.get_model(KINDS[kind][0]))
        slug = self.cleaned_data.get("member")
        if slug:
            member = next(member for member in self.members if member.slug == slug)
            pages = pages.descendant_of(member, inclusive=True)
        return pages


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        raise Http404 from None


def search(request):
    # Every search of the page (results, their count, suggestions) in one transaction planned per search; each
    # of them ranked among its candidates, so reading a bounded number of matches.
    with custom_plans(bounded=True):
        return search_page(request)


def search_page(request):
    locale = active_locale()
    data = request.GET.copy()
    # What cannot be typed into a search box (NUL, controls, lone surrogates) is dropped, not refused.
    data["q"] = text.visible(data.get("q", ""))
    form = SearchForm(locale, data)
    context = {"form": form, "search_query": "", "search_results": None, "kinds": KINDS}
    if not form.is_valid():
        # Too long a query, an unknown kind or member: say why, search nothing.
        context["search_query"] = text.visible(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
        return TemplateResponse(request, "search/search.html", context, status=400)

    query = form.cleaned_data["q"]
    context["search_query"] = query
    if not query:
        return TemplateResponse(request, "search/search.html", context)
    if not text.query_alternatives(query):
        context["no_words"] = True
        return TemplateResponse(request, "search/search.html", context)

    pages = form.pages(locale)
    results = paginate(request, pages.specific().search(query), per_page=PER_PAGE)
    context["search_results"] = results
    context["results"] = describe(request, results, query)
    cap = getattr(get_search_backend(), "rank_candidates", None)
    context["capped"] = cap is not None and results.paginator.count >= cap
    if not results.paginator.count:
        context.update(suggestions(request, locale, query, pages))
    return TemplateResponse(request, "search/search.html", context)


def describe(request, results, query):
    """What the page shows of each result: kind, member, date, title and snippet with the matches marked."""
    terms = query_terms(query)
    pages = list(results)
    member_ids = {getattr(page, "member_id", None) for page in pages} - {None}
    MemberPage = apps.get_model("members.MemberPage")  # noqa: N806
    members = {member.pk: member for member in MemberPage.objects.filter(pk__in=member_ids).only("title", "url_path")}
    described = []
    for page in pages:
        indexed = IndexedText.of(page, related=False)
        kind = kind_of(page)
        member = members.get(getattr(page, "member_id", None))
        described.append(
            {
                "page": page,
                "url": page.get_url(request),
                "kind": kind,
                "kind_label": page._meta.verbose_name,
                "member": member,
                "member_url": member.get_url(request) if member else "",
                "date": result_date(page),
                "title": mark(page.title, terms),
                "snippet": snippet(" ".join(filter(None, [indexed.summary, indexed.body])), terms),
            }
        )
    return described


def result_date(page):
    for name in ("date", "start"):
        value = getattr(page, name, None)
        if value:
            return value
    if kind_of(page) == "experience":
        return page.first_published_at
    return None


def suggestions(request, locale, query, pages):
    """For an empty result: what was searched, fewer words, the other languages."""
    found = {}
    typed = text.WORD.findall(text.clean(query))
    words = [word for word in dict.fromkeys(typed) if text.query_alternatives(word)]
    searched_as = " ".join(typed)
    if searched_as != query:
        found["searched_as"] = searched_as
    if len(words) > 1:
        found["fewer_words"] = [
            {"word": word, "count": count, "url": reverse("search") + "?" + urlencode({"q": word})}
            for word in words
            if (count := pages.search(word).count())
        ]
    others = []
    for other in Locale.objects.exclude(pk=locale.pk):
        count = public(Page.objects.live()).filter(locale=other).search(query).count()
        if count:
            with translation.override(other.language_code):
                url = reverse("search") + "?" + urlencode({"q": query})
            others.append(
                {"language": other.get_display_name(), "code": other.language_code, "count": count, "url": url}
            )
    found["other_languages"] = others
    return found


def suggest(request):
    """Autocomplete: up to eight titles of the visitor's language that the typed words begin, as JSON.

    Words already typed in full match whole words of a title, with or without their article; the
    last is completed. Each suggestion carries its title, its address and its kind.
    """
    locale = active_locale()
    query = text.visible(request.GET.get("q", ""))
    if len(query) > MAX_QUERY_LENGTH:
        return JsonResponse({"query": "", "results": [], "error": _("Your search is too long.")}, status=400)
    results = []
    if text.words(query):
        pages = public(Page.objects.live()).filter(locale=locale).only("title", "url_path", "content_type")
        with custom_plans(bounded=True):
            found = list(pages.autocomplete(query)[:SUGGESTIONS])
        for page in found:
            kind = page.specific_class._meta.verbose_name if page.specific_class else ""
            results.append({"title": page.title, "url": page.get_url(request), "kind": str(kind)})
    if results:
        message = ngettext("%(count)d suggestion", "%(count)d suggestions", len(results)) % {"count": len(results)}
    else:
        message = _("No suggestion: press Enter to search.") if query else ""
    response = JsonResponse({"query": query, "results": results, "message": message})
    response["Cache-Control"] = "public, max-age=300"
    return response
