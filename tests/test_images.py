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


@pytest.mark.django_db
def test_a_picture_read_from_the_cache_is_not_written_back_to_it(monkeypatch):
    """Wagtail wrote every rendition it had read from the cache back into it: a cache write per picture shown."""
    image = factories.ImageFactory()
    template = Template("{% load wagtailimages_tags picture_tags %}{% picture image width-{400,800} format-webp %}")
    first = template.render(Context({"image": image}))  # made, and written to the cache
    Rendition = image.get_rendition_model()
    writes = []
    monkeypatch.setattr(Rendition.cache_backend, "set_many", lambda data, *a, **k: writes.append(data) or [])
    fresh = type(image).objects.get(pk=image.pk)  # as the next request reads it
    assert template.render(Context({"image": fresh})) == first
    assert writes == []
