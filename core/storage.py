"""Media on S3-compatible object storage: images public by address, documents only by a short-lived signed one.

Used when AWS_STORAGE_BUCKET_NAME is set (settings/base.py). Images and their renditions are read from the
bucket (or its custom domain, a CDN) like any static file: the bucket's policy lets anyone read
`original_images/` and `images/`, nothing else. Documents (`documents/`) are never linked directly: Wagtail's
serve view checks that the document may be served (members/documents.py keeps an unpublished one private),
then redirects (WAGTAILDOCS_SERVE_METHOD = "redirect") to `url()`, which for a document is always signed,
expires after DOCUMENTS_SIGNED_URL_SECONDS and asks the storage to answer with the headers Wagtail's own view
sets: the content type from the name and `Content-Disposition` (inline for the types Wagtail shows inline,
else an attachment under the document's file name).
"""

import mimetypes
import posixpath
import urllib.parse

from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from django.conf import settings

DOCUMENTS_PREFIX = "documents/"


def is_document(name):
    return clean_name(name).lstrip("/").startswith(DOCUMENTS_PREFIX)


def download_headers(name):
    """The response headers a document gets from the storage, as Wagtail's serve view would set them."""
    filename = posixpath.basename(name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    quoted = urllib.parse.quote(filename)
    if content_type in getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"]):
        disposition = f'inline; filename="{quoted}"'
    else:
        disposition = f"attachment; filename={quoted}; filename*=UTF-8''{quoted}"
    return {"ResponseContentType": content_type, "ResponseContentDisposition": disposition}


class MediaStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        if not is_document(name):
            return super().url(name, parameters=parameters, expire=expire, http_method=http_method)
        # Signed on the bucket's own endpoint, never on the custom domain (a CDN would serve it to anyone).
        params = {
            **download_headers(name),
            **(parameters or {}),
            "Bucket": self.bucket.name,
            "Key": self._normalize_name(clean_name(name)),
        }
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            ExpiresIn=expire or settings.DOCUMENTS_SIGNED_URL_SECONDS,
            HttpMethod=http_method,
        )
