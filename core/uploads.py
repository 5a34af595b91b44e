"""Uploads that cannot hurt: images are decoded whole before they are accepted, documents are what they say.

Wagtail's image field checks the extension, the format, the size and the pixel count of the first frame; a
file whose header is valid but whose data is truncated or corrupt then breaks the upload views (500), and an
animated image passes with any number of frames (Willow counts one). `SafeImageField` reads the header first,
refuses more than `WAGTAILIMAGES_MAX_IMAGE_PIXELS` over all frames (frames × width × height) before decoding
anything, then decodes every frame: whatever Pillow cannot read becomes a form error. It is the file field of
every image form (WAGTAILIMAGES_IMAGE_FORM_BASE): add, multiple add and the chooser's upload.

Documents (WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE); `SafeDocumentForm` also checks that the content starts as its extension says
(a PDF with %PDF-, an Office or OpenDocument file as a zip or an OLE container, text without binary or markup).
"""

import secrets
import struct
import warnings

from PIL import Image as PILImage

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises on a file it cannot read: truncated data, a broken header, a bomb.
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)


class SafeImageField(WagtailImageField):
    # Read when checking, not when the form class is built: the setting in force applies.
    @property
    def max_image_pixels(self):
        return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)

    @max_image_pixels.setter
    def max_image_pixels(self, value):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["corrupt_image"] = _(
            "This image file is damaged or incomplete and cannot be read. Export it again and upload the new file."
        )
        self.error_messages["too_many_frames"] = _(
            "This animated image is too large: %(frames)s frames of %(width)s×%(height)s pixels. At most "
            "%(max_pixels)s pixels in all frames together."
        )

    def to_python(self, data):
        if data is None or data == "" or not hasattr(data, "read"):
            return super().to_python(data)
        self.check_frames_and_pixels(data)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                f = super().to_python(data)
        except ValidationError:
            raise
        except UNREADABLE:
            raise ValidationError(self.error_messages["corrupt_image"], code="corrupt_image") from None
        if f is not None:
            self.check_whole_image_decodes(data)
        return f

    def _open(self, data):
        data.seek(0)
        return PILImage.open(data)

    def check_frames_and_pixels(self, data):
        """Frames × pixels from the header alone: nothing is decoded before the total is known to be bearable."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                image = self._open(data)
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
        except PILImage.DecompressionBombError:
            return  # Wagtail's own pixel check words this one
        except UNREADABLE:
            return  # not an image Pillow knows: Wagtail's own checks say so
        finally:
            data.seek(0)
        if self.max_image_pixels and frames > 1 and frames * width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["too_many_frames"]
                % {"frames": frames, "width": width, "height": height, "max_pixels": self.max_image_pixels},
                code="too_many_frames",
            )

    def check_whole_image_decodes(self, data):
        try:
            image = self._open(data)
            for frame in range(getattr(image, "n_frames", 1)):
                image.seek(frame)
                image.load()
        except UNREADABLE:
            raise ValidationError(self.error_messages["corrupt_image"], code="corrupt_image") from None
        finally:
            data.seek(0)


class SafeImageForm(BaseImageForm):
    file = SafeImageField(label=_("File"))


# Opening bytes of each kind of document: an extension not listed here is checked by its extension only.
ZIP = (b"PK\x03\x04",)
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP, "xlsx": ZIP, "pptx": ZIP, "odt": ZIP, "ods": ZIP, "odp": ZIP,
    "doc": OLE, "xls": OLE, "ppt": OLE,
}  # fmt: skip
TEXT = {"csv", "txt"}
MARKUP = (b"<!doctype", b"<html", b"<svg", b"<script", b"<?xml", b"<head", b"<body", b"<iframe")


def content_matches_extension(head, extension):
    if extension in SIGNATURES:
        if extension == "pdf":
            # The PDF header may follow a little junk, within the first kilobyte.
            return b"%PDF-" in head[:1024]
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return b"\x00" not in head and not start.startswith(MARKUP)
    return True


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or not hasattr(file, "read") or file is getattr(self, "original_file", None):
            return file
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        file.seek(0)
        head = file.read(64 * 1024)
        file.seek(0)
        if not content_matches_extension(head, extension):
            raise forms.ValidationError(
                _("The content of this file is not that of a .%(extension)s file. Check the file and its name."),
                code="content_does_not_match",
                params={"extension": extension},
            )
        return file


# --- unguessable names ----------------------------------------------------------------------


def random_folder():
    """A folder name nobody can guess (128 bits): an upload's address says nothing of its neighbours'."""
    return secrets.token_hex(16)


def unguessable_document_name(sender, instance, **kwargs):
    """Before a new document file is stored: documents/<random>/<its own name>, on any storage.

    The file keeps its name (downloads are named as uploaded), inside a folder of its own.
    """
    file = instance.file
    if file and not getattr(file, "_committed", True):
        file.name = f"{random_folder()}/{file.name.rsplit('/', 1)[-1]}"
