"""Every StreamField block of the site, in one place, each with an icon, a template and a preview."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph_block.html"
        description = _("Formatted text: headings, lists, links.")
        preview_value = (
            "<h2>الشبكة المغربية للجماعات الترابية المنفتحة</h2>"
            "<p>فضاء للحوار وتبادل التجارب بين الجماعات الترابية الأعضاء.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's title."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "components/blocks/image_block.html"
        description = _("A picture with an optional caption.")


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Documents to download")
        template = "components/blocks/document_list_block.html"
        description = _("A list of documents citizens can download.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(required=False, max_length=120, label=_("Author"))
    role = blocks.CharBlock(required=False, max_length=200, label=_("Role"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        description = _("A statement, with who said it.")
        preview_value = {
            "quote": "التشبيك آلية مبتكرة لتجاوز التحديات المشتركة.",
            "author": "البكاي زروقي",
            "role": "نقطة ارتكاز، مجلس جهة الشرق",
        }


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))
    table = TableBlock(label=_("Table"), table_options={"contextMenu": True, "renderer": "text"})

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table_block.html"
        description = _("A simple table with an optional caption.")


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Video or media URL"), max_width=960)
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))

    class Meta:
        icon = "media"
        label = _("Embedded media")
        template = "components/blocks/embed_block.html"
        description = _("A video or other media from a link.")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=30, label=_("Figure"))
    label = blocks.CharBlock(max_length=120, label=_("What it counts"))

    class Meta:
        icon = "order"
        label = _("Figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, label=_("Figures"))

    class Meta:
        icon = "list-ol"
        label = _("Key figures")
        template = "components/blocks/key_figures_block.html"
        description = _("A few numbers that tell the story.")
        preview_value = {
            "heading": "برنامج عمل الحكومة المنفتحة لجهة الشرق",
            "figures": [
                {"value": "4", "label": "محاور استراتيجية"},
                {"value": "17", "label": "مشروعا"},
                {"value": "69", "label": "نشاطا"},
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external link"))
    button_label = blocks.CharBlock(max_length=60, label=_("Button label"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or give a link."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/call_to_action_block.html"
        description = _("A highlighted invitation with a button.")
        preview_value = {
            "title": "انضموا إلى الشبكة",
            "text": "تعرفوا على التزامات الأعضاء وقيم الشبكة.",
            "url": "https://example.org/",
            "button_label": "اكتشفوا المزيد",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every page: the same blocks everywhere, so officers learn them once."""

    paragraph = ParagraphBlock()
    image = ImageBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    table = TableWithCaptionBlock()
    embed = EmbedWithCaptionBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()


class ProgrammeItemBlock(blocks.StructBlock):
    """One day or session of an event's programme."""

    date = blocks.DateBlock(required=False, label=_("Day"))
    time = blocks.CharBlock(required=False, max_length=40, label=_("Time"), help_text=_("For example 09:30–11:00"))
    title = blocks.CharBlock(max_length=250, label=_("Theme or title"))
    speakers = blocks.CharBlock(required=False, max_length=250, label=_("Speakers"))
    description = blocks.RichTextBlock(
        required=False, features=["bold", "italic", "ul", "ol", "link"], label=_("Description")
    )

    class Meta:
        icon = "date"
        label = _("Day or session")
        template = "components/blocks/programme_item_block.html"
        description = _("A day or a session of the programme, with its theme.")
        preview_value = {
            "title": "آليات التواصل والإعلام في الجماعات",
            "speakers": "",
            "description": "<p>ثلاثة أوراش حول الاتصال الشفهي والكتابي والإلكتروني.</p>",
        }


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        icon = "calendar"
