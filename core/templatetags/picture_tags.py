"""{% picture %} whose srcset lists each true width once.

Wagtail's `fill-` and `width-` never upscale: asked for 1280 and 1920 pixels of a 1200-pixel image, both
renditions are 1200 pixels wide, and its {% picture %} lists «1200w» twice, which browsers may resolve
either way and the HTML checker rejects. Load this library after `wagtailimages_tags`: its `picture`
takes the same arguments and keeps, per format, the first rendition of each width.
"""

from django import template

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
        renditions = distinct_widths(get_renditions_or_not_found(image_object, self.get_filters()))
        if self.output_var_name:
            context[self.output_var_name] = Picture(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return Picture(renditions, attrs).__html__()


@register.tag("picture")
def picture(parser, token):
    node = image(parser, token)
    return DistinctWidthsPictureNode(
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )
