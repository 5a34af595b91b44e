"""{% picture %} whose srcset lists each true width once.

Wagtail's `fill-` and `width-` never upscale: asked for 1280 and 1920 pixels of a 1200-pixel image, both
renditions are 1200 pixels wide, and its {% picture %} lists «1200w» twice, which browsers may resolve
either way and the HTML checker rejects. Load this library after `wagtailimages_tags`: its `picture`
takes the same arguments and keeps, per format, the first rendition of each width.

The `<picture>` it writes is kept in the cache, keyed by what it is made of (the image's file, size, focal point
and text alternative, the filters and the attributes): a listing's card otherwise reads six renditions and builds
their sources on every request. Editing the image's focal point, file or title gives it another key. Images'
addresses signed by object storage (AWS_QUERYSTRING_AUTH) expire, so such pictures are not kept.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

register = template.Library()


def distinct_widths(renditions):
    """{spec: rendition} without the renditions whose format already has one of the same width."""
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        fmt = next((op for op in spec.split("|") if op.startswith("format-")), "")
        if (fmt, rendition.width) not in seen:
            seen.add((fmt, rendition.width))
            kept[spec] = rendition
    return kept


class DistinctWidthsPictureNode(PictureNode):
    def get_filters(self):
        """The node's filters, parsed once: Wagtail parses every filter of the tag again on each render (its
        operations are checked with `inspect`), about 2 ms per picture, which a listing of cards pays per card."""
        filters = self.__dict__.get("_filters")
        if filters is None:
            filters = super().get_filters()
            for f in filters:
                f.operations  # noqa: B018 - parsed now, kept on the filter
            self._filters = filters
        return filters

    def render(self, context):
        image_object = self.validate_image(context)
        if not image_object:
            return ""
        if self.output_var_name:
            context[self.output_var_name] = Picture(self.renditions(image_object))
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        key = html_key(image_object, self.filter_specs, attrs)
        html = cache.get(key)
        if html is None:
            renditions = self.renditions(image_object)
            html = Picture(renditions, attrs).__html__()
            # A missing source file gives placeholders: not kept, so the picture shows once the file is back.
            # Nor are signed addresses (AWS_QUERYSTRING_AUTH), which expire.
            found = all(rendition.file.name != "not-found" for rendition in renditions.values())
            if found and not getattr(default_storage, "querystring_auth", False):
                cache.set(key, html, settings.FRAGMENT_CACHE_TIMEOUT)
        return html

    def renditions(self, image):
        return distinct_widths(get_renditions_or_not_found(image, self.get_filters()))


def html_key(image, specs, attrs):
    made_of = (
        image.pk,
        image.file.name,
        image.width,
        image.height,
        image.get_focal_point() and image.get_focal_point().as_tuple(),
        image.default_alt_text,
        getattr(image, "contextual_alt_text", None),
        getattr(image, "decorative", None),
        tuple(specs),
        sorted((name, str(value)) for name, value in attrs.items()),
    )
    return "core:picture:" + hashlib.sha256(repr(made_of).encode()).hexdigest()


@register.tag("picture")
def picture(parser, token):
    node = image(parser, token)
    return DistinctWidthsPictureNode(
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )
