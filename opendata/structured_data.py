"""Structured data (JSON-LD, schema.org) for search engines: what each page is, in their vocabulary.

Every page: a `BreadcrumbList`. The home: the `WebSite` with its `SearchAction`, and the network as a
`GovernmentOrganization` (its name in every language, its accounts, the directorate it belongs to). A member:
a `GovernmentOrganization` (names in every language, `sameAs` its website, the collectivity above it in the
national register as `parentOrganization`, the network in `memberOf`). A bulletin: a `NewsArticle` (author the
member or the network, publisher the network with its logo). An event: an `Event` (times with the Casablanca
offset, its place and address, organiser, status, its workshops as `subEvent`). An experience: an `Article`.
The open data page: a `DataCatalog` of its datasets.
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext, gettext_noop

from core.models import NetworkSettings
from core.syndication import absolute_url, in_casablanca, site_root_url
from core.templatetags.navigation_tags import ancestors_below
from members import register
from opendata import exports
from opendata.sharing import published, rendition, share_image

CONTEXT = "https://schema.org"
# Written in each language by `in_each_language`: marked here for the catalogues.
NETWORK = gettext_noop("Moroccan Network of Open Territorial Collectivities")
DIRECTORATE = gettext_noop("Directorate General of Territorial Collectivities, Ministry of the Interior")


def _iso(value):
    value = in_casablanca(value)
    return value.isoformat(timespec="seconds") if value else None


def in_each_language(message):
    """[{"@language", "@value"}] of a message of the catalogues, in each of the site's languages."""
    values = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            values.append({"@language": code, "@value": gettext(message)})
    return values


class Builder:
    def __init__(self, page, request, nav):
        self.page = page
        self.request = request
        self.nav = nav
        self.root = site_root_url(request)
        self.home_url = nav.home.get_full_url(request) if nav.home is not None else self.root + "/"

    @cached_property
    def network_settings(self):
        """Read only where they are shown (the network's own node, on the home page)."""
        return NetworkSettings.for_request(self.request) if self.request is not None else None

    def url(self, page):
        return page.get_full_url(self.request)

    def blocks(self):
        blocks = [self.breadcrumbs()]
        kind = self.page._meta.label_lower
        builder = {
            "home.homepage": self.home,
            "news.newspage": self.bulletin,
            "events.eventpage": self.event,
            "members.memberpage": self.member,
            "experiences.experiencepage": self.experience,
            "opendata.opendatapage": self.catalogue,
        }.get(kind)
        if builder is not None:
            blocks.extend(builder())
        return blocks

    # --- shared pieces ---------------------------------------------------------------------------

    def network_id(self):
        return self.home_url + "#network"

    def network(self, full=False):
        node = {
            "@type": "GovernmentOrganization",
            "@id": self.network_id(),
            "name": gettext("Moroccan Network of Open Territorial Collectivities"),
            "url": self.home_url,
            "logo": {"@type": "ImageObject", "url": absolute_url(static("img/network-logo.png"), root=self.root)},
        }
        if full:
            node["name"] = in_each_language(NETWORK)
            node["parentOrganization"] = {
                "@type": "GovernmentOrganization",
                "name": in_each_language(DIRECTORATE),
            }
            settings_ = self.network_settings
            if settings_ is not None:
                same_as = [url for url in (settings_.facebook_url, settings_.youtube_url) if url]
                if same_as:
                    node["sameAs"] = same_as
                if settings_.contact_email:
                    node["email"] = settings_.contact_email
                if settings_.founded:
                    node["foundingDate"] = settings_.founded.isoformat()
        return node

    def image(self, page):
        image = share_image(page)
        picture = rendition(image) if image is not None else None
        if picture is None:
            return None
        return {
            "@type": "ImageObject",
            "url": absolute_url(picture.url, root=self.root),
            "width": picture.width,
            "height": picture.height,
            "caption": picture.alt or image.title,
        }

    def member_ref(self, member):
        return {"@type": "GovernmentOrganization", "name": member.title, "url": self.url(member)}

    def author(self, page):
        member = getattr(page, "member", None)
        return self.member_ref(member) if member is not None else self.network()

    # --- every page ------------------------------------------------------------------------------

    def breadcrumbs(self):
        trail = []
        if self.nav.home is not None:
            trail.append((gettext("Home"), self.home_url))
            trail += [(ancestor.title, self.url(ancestor)) for ancestor in ancestors_below(self.page, self.nav.home)]
        if self.nav.home is None or self.page.pk != self.nav.home.pk:
            trail.append((self.page.title, self.url(self.page)))
        return {
            "@context": CONTEXT,
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": url}
                for position, (name, url) in enumerate(trail, start=1)
            ],
        }

    # --- per page type ---------------------------------------------------------------------------

    def home(self):
        with translation.override(self.page.locale.language_code):
            search = self.root + _search_path()
        website = {
            "@context": CONTEXT,
            "@type": "WebSite",
            "name": gettext("Moroccan Network of Open Territorial Collectivities"),
            "url": self.home_url,
            "inLanguage": self.page.locale.language_code,
            "publisher": {"@id": self.network_id()},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": search + "?q={search_term_string}"},
                "query-input": "required name=search_term_string",
            },
        }
        return [website, {"@context": CONTEXT, **self.network(full=True)}]

    def bulletin(self):
        page = self.page
        article = {
            "@context": CONTEXT,
            "@type": "NewsArticle",
            "headline": page.title[:110],
            "description": page.summary,
            "url": self.url(page),
            "mainEntityOfPage": self.url(page),
            "inLanguage": page.locale.language_code,
            "datePublished": published(page),
            "dateModified": _iso(page.last_published_at or page.first_published_at),
            "author": self.author(page),
            "publisher": self.network(),
        }
        if page.category_id:
            article["articleSection"] = page.category.name
        image = self.image(page)
        if image:
            article["image"] = [image]
        return [article]

    def experience(self):
        page = self.page
        article = {
            "@context": CONTEXT,
            "@type": "Article",
            "headline": page.title[:110],
            "description": page.summary,
            "url": self.url(page),
            "inLanguage": page.locale.language_code,
            "datePublished": _iso(page.first_published_at),
            "dateModified": _iso(page.last_published_at or page.first_published_at),
            "author": self.author(page),
            "publisher": self.network(),
        }
        image = self.image(page)
        if image:
            article["image"] = [image]
        return [article]

    def event_node(self, page, full=True):
        node = {
            "@type": "Event",
            "name": page.title,
            "url": self.url(page),
            "startDate": _iso(page.start),
            "endDate": _iso(page.end),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": self.place(page),
            "organizer": self.author(page),
        }
        if full:
            node["description"] = page.summary
            node["inLanguage"] = page.locale.language_code
            image = self.image(page)
            if image:
                node["image"] = [image]
            if page.attendance:
                node["maximumAttendeeCapacity"] = page.attendance
        return node

    def place(self, page):
        address = {"@type": "PostalAddress", "addressLocality": page.city, "addressCountry": "MA"}
        member = getattr(page, "member", None)
        if member is not None and member.region_id:
            address["addressRegion"] = member.region.name
        return {"@type": "Place", "name": page.venue or page.city, "address": address}

    def event(self):
        page = self.page
        event = {"@context": CONTEXT, **self.event_node(page)}
        sub_events = []
        if page.numchild:  # workshops are the meeting's children: no query for an event without any
            workshops = (
                type(page).objects.child_of(page).live().public().select_related("member", "member__region", "locale")
            )
            sub_events = [self.event_node(workshop, full=False) for workshop in workshops.order_by("start", "pk")]
        if sub_events:
            event["subEvent"] = sub_events
        if page.parent_event_id:
            parent = type(page).objects.live().public().filter(pk=page.parent_event_id).first()
            if parent is not None:
                event["superEvent"] = {"@type": "Event", "name": parent.title, "url": self.url(parent)}
        return [event]

    def member(self):
        page = self.page
        names = [{"@language": code, "@value": version.title} for code, version in self.nav.translations.items()]
        organisation = {
            "@context": CONTEXT,
            "@type": "GovernmentOrganization",
            "name": names or page.title,
            "url": self.url(page),
            "identifier": {"@type": "PropertyValue", "propertyID": "HCP", "value": page.hcp_code},
            "memberOf": self.network(),
        }
        if page.website:
            organisation["sameAs"] = [page.website]
        parent = parent_collectivity(page.hcp_code)
        if parent is not None:
            organisation["parentOrganization"] = {
                "@type": "GovernmentOrganization",
                "name": [
                    {"@language": "ar", "@value": parent.name_ar},
                    {"@language": "fr", "@value": parent.name_fr},
                ],
                "identifier": {"@type": "PropertyValue", "propertyID": "HCP", "value": parent.code},
            }
        address = {"@type": "PostalAddress", "addressCountry": "MA"}
        if page.region_id:
            address["addressRegion"] = page.region.name
        organisation["address"] = address
        if page.search_description or page.listing_summary:
            organisation["description"] = page.search_description or page.listing_summary
        logo = self.image(page)
        if logo:
            organisation["logo"] = logo
        return [organisation]

    def catalogue(self):
        licence = exports.licence(self.network_settings)
        datasets = []
        for item in self.page.datasets(self.root):
            dataset = {
                "@type": "Dataset",
                "name": str(item["title"]),
                "description": str(item["description"]),
                "url": self.url(self.page) + "#" + item["slug"],
                "creator": self.network(),
                "distribution": [
                    {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": item["csv"]},
                    {"@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": item["json"]},
                ],
            }
            if licence:
                dataset["license"] = licence["url"] or licence["name"]
            datasets.append(dataset)
        return [
            {
                "@context": CONTEXT,
                "@type": "DataCatalog",
                "name": self.page.title,
                "url": self.url(self.page),
                "publisher": self.network(),
                "dataset": datasets,
            }
        ]


def parent_collectivity(code):
    """The collectivity above a member in the national register: a commune's province, a province's region."""
    if not code or "." not in code:
        return None
    parts = code.split(".")
    return register.get(".".join(parts[:2]) if len(parts) > 2 else parts[0])


def _search_path():
    return reverse("search")
