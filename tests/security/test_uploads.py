"""Uploads that cannot hurt: broken images are a form error, animated bombs are refused, documents are what
their name says, and nothing uploaded sits at an address anyone could guess.
"""

import io
import json
import re

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = [pytest.mark.security, pytest.mark.django_db]


def gif(frames=1, size=(120, 80)):
    out = io.BytesIO()
    # Frames that differ (identical ones are merged by the encoder).
    images = [
        PILImage.new("RGB", size, color=(index * 12 % 256, 80, 255 - index * 12 % 256)) for index in range(frames)
    ]
    images[0].save(out, "GIF", save_all=frames > 1, append_images=images[1:], duration=100, loop=0)
    return out.getvalue()


def png(size=(120, 80)):
    out = io.BytesIO()
    PILImage.new("RGB", size, "#0d5c4f").save(out, "PNG")
    return out.getvalue()


def truncated(data):
    return data[: len(data) * 2 // 3]


def root():
    return Collection.get_first_root_node().pk


def upload_image(client, view, name, data):
    """POST one file to one of the three image upload views; the response and the error it shows, if any."""
    file = SimpleUploadedFile(name, data, "image/gif")
    if view == "add":
        response = client.post(reverse("wagtailimages:add"), {"title": "Photo", "collection": root(), "file": file})
        errors = response.context["form"].errors.get("file") if response.status_code == 200 else None
    elif view == "add_multiple":
        response = client.post(reverse("wagtailimages:add_multiple"), {"collection": root(), "files[]": file})
        body = json.loads(response.content)
        errors = None if body["success"] else [body["error_message"]]
    else:
        data = {"image-chooser-upload-title": "Photo", "image-chooser-upload-collection": root(),
                "image-chooser-upload-file": file}  # fmt: skip
        response = client.post(reverse("wagtailimages_chooser:create"), data)
        body = json.loads(response.content)
        errors = None if body.get("step") == "chosen" else [body.get("htmlFragment", "")]
    return response, errors


VIEWS = ["add", "add_multiple", "chooser_upload"]


def damaged_message(language="ar"):
    with translation.override(language):
        return translation.gettext(
            "This image file is damaged or incomplete and cannot be read. Export it again and upload the new file."
        )


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("truncated.gif", truncated(gif(frames=3))),
        ("truncated.png", truncated(png((600, 400)))),
        ("garbage-after-header.png", png()[:40] + b"\x00garbage" * 50),
    ],
)
def test_a_damaged_image_is_a_form_error_never_a_server_error(admin_client, view, name, data):
    response, errors = upload_image(admin_client, view, name, data)
    assert response.status_code == 200
    assert errors, f"{name} was accepted by {view}"
    assert not get_image_model().objects.exists()


def test_the_damaged_image_error_says_so_in_the_editors_language(admin_client):
    response, errors = upload_image(admin_client, "add", "truncated.gif", truncated(gif(frames=3)))
    assert damaged_message("ar") in response.content.decode()
    assert damaged_message("ar") != damaged_message("en")


@pytest.mark.parametrize("view", VIEWS)
def test_an_animated_image_counts_every_frame_against_the_pixel_limit(admin_client, settings, view):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100_000  # 120×80 = 9,600 pixels a frame
    response, errors = upload_image(admin_client, view, "bomb.gif", gif(frames=20))
    assert response.status_code == 200
    assert errors and "20" in str(errors), errors
    assert not get_image_model().objects.exists()
    response, errors = upload_image(admin_client, view, "small.gif", gif(frames=5))
    assert errors is None, errors
    assert get_image_model().objects.count() == 1


def test_a_decompression_bomb_is_refused(admin_client):
    # 100 megapixels of one colour compress to a few kilobytes.
    out = io.BytesIO()
    PILImage.new("1", (10_000, 10_000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    response, errors = upload_image(admin_client, "add", "bomb.png", out.getvalue())
    assert response.status_code == 200 and errors


def test_an_svg_is_refused_as_an_image(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
    response, errors = upload_image(admin_client, "add", "logo.svg", svg)
    assert response.status_code == 200 and errors


def test_an_uploaded_image_and_its_renditions_have_unguessable_names(admin_client):
    for _ in range(2):
        upload_image(admin_client, "add", "photo.png", png())
    names = [image.file.name for image in get_image_model().objects.order_by("pk")]
    for name in names:
        assert re.fullmatch(r"original_images/[0-9a-f]{24}_photo\.png", name), name
    assert names[0] != names[1]
    rendition = get_image_model().objects.first().get_rendition("width-60")
    assert re.search(r"[0-9a-f]{24}_photo", rendition.file.name), rendition.file.name


# --- documents -----------------------------------------------------------------------------------


def upload_document(client, name, data):
    file = SimpleUploadedFile(name, data, "application/octet-stream")
    response = client.post(reverse("wagtaildocs:add"), {"title": name, "collection": root(), "file": file})
    errors = response.context["form"].errors.get("file") if response.status_code == 200 else None
    return response, errors


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DOCX = b"PK\x03\x04" + b"\x00" * 60


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("report.pdf", b"<html><body><script>alert(1)</script></body></html>"),  # HTML named .pdf
        ("minutes.docx", b"MZ\x90\x00 an executable named .docx"),
        ("notes.txt", b"  <!DOCTYPE html><html><script>alert(1)</script>"),
        ("figures.csv", b"a,b\x00\x01\x02binary"),
        ("tool.exe", b"MZ\x90\x00"),
    ],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(admin_client, name, data):
    response, errors = upload_document(admin_client, name, data)
    assert response.status_code == 200 and errors, name
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [("report.pdf", PDF), ("minutes.docx", DOCX), ("figures.csv", "السنة,العدد\n2024,57\n".encode())],
)
def test_a_real_document_is_accepted(admin_client, name, data):
    response, errors = upload_document(admin_client, name, data)
    assert response.status_code == 302, errors
    assert get_document_model().objects.count() == 1


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response, errors = upload_document(admin_client, "report.pdf", PDF + b" " * 2048)
    assert response.status_code == 200 and errors


def test_an_uploaded_document_has_an_unguessable_address_but_keeps_its_name(admin_client):
    for _ in range(2):
        upload_document(admin_client, "rapport-annuel.pdf", PDF)
    documents = list(get_document_model().objects.order_by("pk"))
    for document in documents:
        assert re.fullmatch(r"documents/[0-9a-f]{32}/rapport-annuel\.pdf", document.file.name), document.file.name
        assert document.filename == "rapport-annuel.pdf"
    assert documents[0].file.name != documents[1].file.name
