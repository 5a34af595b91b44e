"""Images are shared by both languages: a decorative one says nothing in either, a photo says what it shows."""

import pytest

from django.template import Context, Template

from tests import factories

pytestmark = pytest.mark.django_db


def render_image(image):
    return Template("{% load wagtailimages_tags %}{% image image width-200 %}").render(Context({"image": image}))


def test_a_photo_is_described_and_an_ornament_is_skipped_by_screen_readers():
    photo = factories.ImageFactory(title="IMG_2024", description="المشاركون في ورشة التواصل بالسعيدية")
    ornament = factories.ImageFactory(title="زخرفة هندسية", ornamental=True)
    assert 'alt="المشاركون في ورشة التواصل بالسعيدية"' in render_image(photo)
    assert 'alt=""' in render_image(ornament)
    untitled = factories.ImageFactory(title="صورة الملتقى")
    assert 'alt="صورة الملتقى"' in render_image(untitled)  # Wagtail's fallback: the title
