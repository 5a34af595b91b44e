"""Every page type: created through the admin by an editor, rendered, in Arabic and in French."""

import itertools
import re

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from documents.models import DocumentIndexPage
from events.models import EventIndexPage, EventPage
from experiences.models import ExperienceIndexPage, ExperiencePage
from home.models import HomePage, StandardPage
from members.models import MemberIndexPage, MemberPage
from news.models import NewsIndexPage, NewsPage
from opendata.models import OpenDataPage
from tests import factories
from tests.auth import sign_in_as_superuser
from tests.site import build_site_tree

NO_ROWS = inline_formset([])


SLUGS = itertools.count()


def form_data(**fields):
    fields.setdefault("slug", f"page-{next(SLUGS)}")
    return nested_form_data({"listing_summary": "", **fields})


class PageTreeRulesTests(WagtailPageTestCase):
    def test_sections_live_under_the_home_page(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                MemberIndexPage, NewsIndexPage, ExperienceIndexPage, EventIndexPage, DocumentIndexPage, StandardPage,
                OpenDataPage,
            },
        )  # fmt: skip
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(DocumentIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(OpenDataPage, {HomePage})
        self.assertAllowedSubpageTypes(OpenDataPage, set())

    def test_a_members_space_holds_its_news_events_and_experiences(self):
        self.assertAllowedSubpageTypes(MemberPage, {NewsPage, EventPage, ExperiencePage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage, MemberPage})
        self.assertAllowedParentPageTypes(ExperiencePage, {ExperienceIndexPage, MemberPage})

    def test_workshops_are_events_under_their_meeting(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage, MemberPage, EventPage})
        self.assertAllowedSubpageTypes(EventPage, {EventPage})

    def test_leaf_pages_have_no_children(self):
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(ExperiencePage, set())
        self.assertAllowedSubpageTypes(DocumentIndexPage, set())


class AdminCreationTests(WagtailPageTestCase):
    """An editor creates each page type through the admin, under its Arabic and its French parent."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def setUp(self):
        self.user = sign_in_as_superuser(self.client)

    def parents(self, name):
        return [getattr(self.tree, name), getattr(self.tree.fr, name)]

    def test_create_standard_page(self):
        for parent in [self.tree.home, self.tree.fr.home]:
            self.assertCanCreate(
                parent,
                StandardPage,
                form_data(
                    title="القيم والالتزامات",
                    introduction="",
                    body=streamfield([("paragraph", rich_text("<p>قيم الشبكة</p>"))]),
                ),
            )

    def test_create_open_data_page(self):
        for parent in [self.tree.home, self.tree.fr.home]:
            self.assertCanCreate(
                parent,
                OpenDataPage,
                form_data(
                    title="البيانات المفتوحة",
                    slug=f"open-data-{parent.locale.language_code}",
                    introduction="",
                    share_title="بيانات الشبكة",
                    share_description="",
                    share_image="",
                ),
            )

    def test_create_member_page(self):
        for parent in self.parents("members"):
            self.assertCanCreate(
                parent,
                MemberPage,
                form_data(
                    title="جماعة آيت ملول",
                    slug=f"ait-melloul-{parent.locale.language_code}",
                    hcp_code="09.273.01.05",
                    joined_on="",
                    introduction=rich_text(""),
                    website="",
                    plan_axes="4",
                    plan_projects="17",
                    plan_activities="69",
                ),
            )
        member = MemberPage.objects.get(slug="ait-melloul-ar")
        self.assertEqual(member.kind, "commune")
        self.assertEqual(member.population, 210870)

    def test_member_page_refuses_a_code_outside_the_register(self):
        parent = self.tree.members
        add_url = f"/admin/pages/add/members/memberpage/{parent.pk}/"
        response = self.client.post(
            add_url,
            form_data(title="لا توجد", slug="nowhere", hcp_code="99.999", introduction=rich_text("")),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("hcp_code", response.context["form"].errors)

    def test_create_news_page_in_the_index_and_in_a_members_space(self):
        category = factories.NewsCategoryFactory()
        member = factories.MemberPageFactory(parent=self.tree.members, slug="bni-ansar")
        for parent in [*self.parents("news"), member]:
            self.assertCanCreate(
                parent,
                NewsPage,
                form_data(
                    title="بلاغ حول الإنارة العمومية",
                    date="2024-02-09",
                    category=str(category.pk) if parent.locale_id == category.locale_id else "",
                    summary="بلاغ",
                    body=streamfield([("paragraph", rich_text("<p>نص البلاغ</p>"))]),
                    attachments=NO_ROWS,
                    tags="",
                ),
            )
        created = NewsPage.objects.child_of(member).get()
        self.assertEqual(created.member_id, member.pk)

    def test_create_experience_page(self):
        theme = factories.ExperienceThemeFactory()
        member = factories.MemberPageFactory(parent=self.tree.members, slug="bni-ansar")
        for parent in [*self.parents("experiences"), member]:
            self.assertCanCreate(
                parent,
                ExperiencePage,
                form_data(
                    title="مكتب المواطن",
                    theme=str(theme.pk),
                    summary="تجربة",
                    context_and_objectives=rich_text("<p>السياق</p>"),
                    what_was_done=streamfield([("paragraph", rich_text("<p>18 مهمة</p>"))]),
                    results=rich_text(""),
                    challenges=rich_text(""),
                    strengths=rich_text(""),
                    points_of_vigilance=rich_text(""),
                    partners=rich_text(""),
                    indicators=inline_formset([{"label": "مهام مكتب المواطن", "value": "18"}]),
                    documents=NO_ROWS,
                ),
            )

    def test_create_event_page_and_a_workshop_under_it(self):
        for parent in self.parents("events"):
            self.assertCanCreate(parent, EventPage, self.event_data("الملتقى الوطني"))
        meeting = EventPage.objects.child_of(self.tree.events).get()
        self.assertCanCreate(meeting, EventPage, self.event_data("ورشة التواصل"))
        workshop = EventPage.objects.child_of(meeting).get()
        self.assertEqual(workshop.parent_event_id, meeting.pk)
        self.assertEqual(workshop.participation_totals, {"women": 15, "men": 32, "total": 47})

    def event_data(self, title):
        return form_data(
            title=title,
            start="2024-11-12 09:00",
            end="2024-11-13 17:00",
            venue="",
            city="السعيدية",
            slogan="",
            summary="ملتقى",
            organisers="",
            partners="",
            body=streamfield([]),
            programme=streamfield([]),
            attendance="",
            team=inline_formset([{"name": "أمل بلشقر", "role": "moderator", "affiliation": ""}]),
            participation=inline_formset(
                [
                    {"category": "نقطة ارتكاز", "women": "4", "men": "10"},
                    {"category": "منتخب", "women": "6", "men": "12"},
                    {"category": "هيئة المساواة", "women": "5", "men": "10"},
                ]
            ),
            recommendations=inline_formset(
                [{"text": "تعميم مبدأ الانفتاح", "status": "proposed", "follow_up_note": ""}]
            ),
            presentations=NO_ROWS,
            experiences_presented=NO_ROWS,
        )

    def test_event_cannot_end_before_it_starts(self):
        data = self.event_data("ملتقى مقلوب")
        data["end"] = "2024-11-11 09:00"
        response = self.client.post(f"/admin/pages/add/events/eventpage/{self.tree.events.pk}/", data)
        self.assertIn("end", response.context["form"].errors)


class RenderTests(WagtailPageTestCase):
    """Every page type renders in both languages with the right lang and dir."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        tree = cls.tree
        member = factories.MemberPageFactory(parent=tree.members, slug="bni-ansar")
        event = factories.EventPageFactory(parent=tree.events, slug="saidia")
        factories.ParticipationRowFactory(page=event)
        factories.TeamMemberFactory(page=event)
        factories.RecommendationFactory(page=event)
        cls.pages = [
            tree.home,
            tree.about,
            tree.members,
            member,
            tree.news,
            factories.NewsPageFactory(parent=member, slug="communique"),
            tree.experiences,
            factories.ExperiencePageFactory(parent=member, slug="citizen-office"),
            tree.events,
            event,
            factories.EventPageFactory(parent=event, slug="workshop"),
        ]

    def test_every_page_type_renders_in_arabic_and_french(self):
        from tests.site import translate

        for page in self.pages:
            translation = page.get_translations().filter(locale=self.tree.locales.fr).first()
            translation = translation.specific if translation else translate(page, self.tree.locales.fr)
            for language, direction, candidate in [("ar", "rtl", page), ("fr", "ltr", translation)]:
                with self.subTest(page=page.specific_class.__name__, language=language):
                    self.assertPageIsRenderable(candidate)
                    response = self.client.get(candidate.url)
                    self.assertEqual(response.status_code, 200)
                    html = response.content.decode()
                    self.assertTrue(candidate.url.startswith(f"/{language}/"), candidate.url)
                    self.assertRegex(html, rf'<html[^>]*lang="{language}"')
                    self.assertRegex(html, rf'<html[^>]*dir="{direction}"')
                    self.assertIn(candidate.title, html)

    def test_page_types_open_in_the_editor_and_preview(self):
        sign_in_as_superuser(self.client)
        for page in self.pages:
            with self.subTest(page=page.specific_class.__name__):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200, response.get("Location"))
                self.assertContains(response, page.title)
                # The editor's live preview renders the page through the same template.
                preview = page.make_preview_request()
                self.assertEqual(preview.status_code, 200)
                self.assertContains(preview, page.title)


def test_html_lang_attribute_pattern_is_strict():
    # Guard for the regexes above: a stray "lang" elsewhere must not satisfy them.
    assert not re.search(r'<html[^>]*lang="fr"', '<html lang="ar"><p lang="fr">')
