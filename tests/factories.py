"""Factories for every page type and taxonomy, on wagtail-factories."""

import datetime
import zoneinfo

import factory
import wagtail_factories

from django.utils.text import slugify

from wagtail.models import Locale

from core.models import ExperienceTheme, NewsCategory, Region
from documents.models import DocumentIndexPage
from events.models import EventIndexPage, EventPage, ParticipationRow, Recommendation, TeamMember
from experiences.models import ExperienceIndexPage, ExperiencePage
from home.models import HomePage, StandardPage
from images.models import CustomImage
from members.models import MemberIndexPage, MemberPage
from news.models import NewsIndexPage, NewsPage

CASABLANCA = zoneinfo.ZoneInfo("Africa/Casablanca")


def default_locale():
    return Locale.get_default()


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"صورة {n}")


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    locale = factory.LazyFunction(default_locale)
    slug = factory.LazyAttribute(lambda o: slugify(o.name) or f"term-{o.sort_order}")
    sort_order = factory.Sequence(int)


class RegionFactory(TermFactory):
    class Meta:
        model = Region
        django_get_or_create = ("locale", "code")

    code = "02"
    name = factory.LazyAttribute(lambda o: f"Region {o.code}")
    slug = factory.LazyAttribute(lambda o: f"region-{o.code}")


class NewsCategoryFactory(TermFactory):
    class Meta:
        model = NewsCategory

    name = factory.Sequence(lambda n: f"category {n}")


class ExperienceThemeFactory(TermFactory):
    class Meta:
        model = ExperienceTheme

    name = factory.Sequence(lambda n: f"theme {n}")


class PageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    live = True


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "الرئيسية"
    slug = "home"
    hero_title = "الشبكة المغربية للجماعات الترابية المنفتحة"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    introduction = "تعريف بالشبكة"
    body = wagtail_factories.StreamFieldFactory({})


class MemberIndexPageFactory(PageFactory):
    class Meta:
        model = MemberIndexPage

    title = "الأعضاء"
    slug = "members"


class MemberPageFactory(PageFactory):
    class Meta:
        model = MemberPage

    title = factory.Sequence(lambda n: f"جماعة {n}")
    hcp_code = "02.381.01.03"
    joined_on = datetime.date(2022, 10, 21)


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "بلاغات وأخبار"
    slug = "news"


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"بلاغ رقم {n}")
    date = datetime.date(2024, 2, 12)
    summary = "ملخص البلاغ"


class ExperienceIndexPageFactory(PageFactory):
    class Meta:
        model = ExperienceIndexPage

    title = "تجارب"
    slug = "experiences"


class ExperiencePageFactory(PageFactory):
    class Meta:
        model = ExperiencePage

    title = factory.Sequence(lambda n: f"تجربة {n}")
    theme = factory.SubFactory(ExperienceThemeFactory)
    summary = "ملخص التجربة"
    context_and_objectives = "<p>السياق والأهداف</p>"
    what_was_done = wagtail_factories.StreamFieldFactory({})


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "ملتقيات وورشات"
    slug = "events"


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"ملتقى {n}")
    start = datetime.datetime(2024, 11, 12, 9, 0, tzinfo=CASABLANCA)
    end = datetime.datetime(2024, 11, 13, 17, 0, tzinfo=CASABLANCA)
    city = "السعيدية"
    summary = "ملخص الملتقى"


class TeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMember

    name = factory.Sequence(lambda n: f"متدخل {n}")
    role = "speaker"


class ParticipationRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipationRow

    category = "نقطة ارتكاز"
    women = 4
    men = 10


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    text = factory.Sequence(lambda n: f"توصية {n}")


class DocumentIndexPageFactory(PageFactory):
    class Meta:
        model = DocumentIndexPage

    title = "مكتبة الوثائق"
    slug = "documents"


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"وثيقة {n}")
