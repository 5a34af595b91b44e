"""Media on S3-compatible object storage, against moto's S3 server on loopback (a protocol-level stand-in).

Images and renditions are written to and read from the bucket by their public address; a document goes
through Django's view, which redirects to a short-lived signed address carrying Wagtail's download headers;
a document no published page uses is still refused, and the bucket does not give documents to anonymous readers.
moto speaks S3's protocol and applies the bucket policy, but does not check signatures: that an altered or
expired address is refused is the real storage's job. Marked `integration`: it starts a server of its own.
"""

import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from PIL import Image

from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.models import Collection

from news.models import NewsAttachment
from tests import factories

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

BUCKET = "rmcto-media"
CREDENTIALS = {"access_key": "test-access-key", "secret_key": "test-secret-key", "region_name": "us-east-1"}
PDF = b"%PDF-1.4 the network's annual report\n" * 40
SHEET = b"member,population\nbni-ansar,56582\n"
# The bucket policy README's "Media on object storage" gives: anyone reads images and renditions, not documents.
PUBLIC_IMAGES_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicImages",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [f"arn:aws:s3:::{BUCKET}/original_images/*", f"arn:aws:s3:::{BUCKET}/images/*"],
        }
    ],
}
direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{server._port}"
    yield endpoint
    server.stop()


@pytest.fixture
def bucket(s3_endpoint):
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
        region_name=CREDENTIALS["region_name"],
    )
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_IMAGES_POLICY))
    storage = {
        "BACKEND": "core.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": s3_endpoint,
            "querystring_auth": False,
            "signature_version": "s3v4",
            **CREDENTIALS,
        },
    }
    with override_settings(
        STORAGES={
            "default": storage,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        WAGTAILDOCS_SERVE_METHOD="redirect",
    ):
        yield client
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def fetch(url):
    with direct.open(url, timeout=10) as response:
        return response.read(), response.headers


def document(title, name, content):
    doc = get_document_model()(title=title, collection=Collection.get_first_root_node())
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def published_with(site_tree, *documents):
    page = factories.NewsPageFactory(parent=site_tree.news, locale=site_tree.locales.ar, slug="report")
    for doc in documents:
        NewsAttachment.objects.create(page=page, document=doc, locale=site_tree.locales.ar)
    page = type(page).objects.get(pk=page.pk)
    page.save_revision().publish()
    return page


def test_images_and_renditions_are_stored_in_the_bucket_and_read_from_it(bucket):
    image = factories.ImageFactory()
    rendition = image.get_rendition("fill-80x60")
    stored = keys(bucket)
    assert image.file.name in stored
    assert rendition.file.name in stored
    assert rendition.file.name.startswith("images/")
    assert "X-Amz-Signature" not in rendition.url
    content, _headers = fetch(rendition.url)
    assert Image.open(io.BytesIO(content)).size == (80, 60)


def test_a_published_document_is_served_through_django_by_a_signed_redirect(bucket, client, site_tree):
    report = document("التقرير السنوي", "annual-report.pdf", PDF)
    sheet = document("جدول الأعضاء", "members.csv", SHEET)
    published_with(site_tree, report, sheet)
    assert report.file.name in keys(bucket)
    assert report.url.startswith("/documents/")

    response = client.get(report.url)
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    location = response["Location"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
    assert "X-Amz-Signature" in query
    assert int(query["X-Amz-Expires"][0]) == 300
    content, headers = fetch(location)
    assert content == PDF
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == 'inline; filename="annual-report.pdf"'

    content, headers = fetch(client.get(sheet.url)["Location"])
    assert content == SHEET
    assert headers["Content-Disposition"] == "attachment; filename=members.csv; filename*=UTF-8''members.csv"


def test_a_document_no_published_page_uses_is_still_refused(bucket, client, site_tree):
    draft = document("مسودة", "draft.pdf", PDF)
    assert draft.file.name in keys(bucket)
    response = client.get(draft.url)
    assert response.status_code == 404
    assert "Location" not in response


def test_a_document_is_not_readable_from_the_bucket_without_a_signature(bucket, s3_endpoint):
    draft = document("مسودة", "draft.pdf", PDF)
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(f"{s3_endpoint}/{BUCKET}/{draft.file.name}")
    assert refused.value.code == 403
