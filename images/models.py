"""The site's image model: Wagtail's, plus a caption and a credit shown under photos, and a "decorative" flag."""

import posixpath
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=120, blank=True)
    # Not "decorative": Wagtail sets an attribute of that name on every image, for ImageBlock's use.
    ornamental = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "An ornament or a placeholder that tells the reader nothing: screen readers skip it. "
            "Leave unticked for photos and figures, and describe them."
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("caption", "credit", "ornamental")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_upload_to(self, filename):
        # original_images/<random>_<name>: nobody finds an upload, or its renditions (named after it, the start
        # kept), by guessing its name before the page that shows it is published.
        folder, name = posixpath.split(super().get_upload_to(filename))
        name = f"{secrets.token_hex(12)}_{name}"
        stem, extension = posixpath.splitext(name)
        return posixpath.join(folder, stem[: 94 - len(folder) - len(extension)] + extension)

    def find_existing_renditions(self, *filters):
        """As Wagtail's, but renditions found in the cache are marked as coming from it.

        Wagtail (8.0) marks only prefetched ones, so `get_renditions` wrote every rendition it had just read
        from the cache back into it: a cache write per picture shown, on every request.
        """
        if not filters or self._get_prefetched_renditions() is not None:
            return super().find_existing_renditions(*filters)
        Rendition = self.get_rendition_model()
        by_key = {Rendition.construct_cache_key(self, f.get_cache_key(self), f.spec): f for f in filters}
        found = {}
        for key, rendition in Rendition.cache_backend.get_many(list(by_key)).items():
            rendition.image = self  # as Wagtail does: this image's contextual alt text is respected
            rendition._from_cache = True
            found[by_key[key]] = rendition
        missing = [f for f in filters if f not in found]
        if missing:
            found.update(super().find_existing_renditions(*missing))
        return found

    @property
    def default_alt_text(self):
        # An image is shared by every language of the site, and its description is written in one
        # of them: a decorative image has none to read out, in any language.
        return "" if self.ornamental else super().default_alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        verbose_name = _("image rendition")
        verbose_name_plural = _("image renditions")
