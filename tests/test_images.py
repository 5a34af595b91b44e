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


def test_a_cards_picture_is_kept_whole_in_the_cache_and_follows_its_focal_point(monkeypatch):
    """A listing reads its cards' pictures from the cache in one read each; moving the focal point redraws them."""
    image = factories.ImageFactory()
    template = Template(
        "{% load wagtailimages_tags picture_tags %}{% picture image fill-{320x180,640x360} format-webp %}"
    )
    first = template.render(Context({"image": image}))
    assert ".webp" in first

    # The next request: the same HTML without reading any rendition.
    def no_renditions(*args, **kwargs):
        raise AssertionError("renditions read although the picture was cached")

    fresh = type(image).objects.get(pk=image.pk)
    with monkeypatch.context() as patched:
        patched.setattr(type(fresh), "get_renditions", no_renditions)
        assert template.render(Context({"image": fresh})) == first

    # An editor moves the focal point: the crops change, so does the picture.
    fresh.focal_point_x, fresh.focal_point_y, fresh.focal_point_width, fresh.focal_point_height = 1100, 700, 50, 50
    fresh.save()
    moved = template.render(Context({"image": type(image).objects.get(pk=image.pk)}))
    assert moved != first
    assert ".webp" in moved


def test_a_listings_card_shows_the_images_new_description_as_soon_as_it_is_saved(client, site_tree):
    """Cards read their images from the cache; an image's edit replaces the content version, so the next visitor
    of the news index hears the new description, not the one kept."""
    photo = factories.ImageFactory(description="صورة قديمة للقاء")
    factories.NewsPageFactory(parent=site_tree.news, slug="meeting", hero_image=photo)
    assert 'alt="صورة قديمة للقاء"' in client.get(site_tree.news.url).content.decode()
    photo.description = "المشاركون في لقاء السعيدية"
    photo.save()
    html = client.get(site_tree.news.url).content.decode()
    assert 'alt="المشاركون في لقاء السعيدية"' in html
    assert "صورة قديمة للقاء" not in html
