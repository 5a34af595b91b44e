"""References held in a page, checked against the editor's reach wherever they are held.

A page names other objects by id: chooser fields (a main image, a linked experience), inline rows
(attachments), StreamField blocks at any depth (page, image, document and snippet choosers in
structs and lists), and rich text (page and document links, embedded images). Wagtail accepts any id
that is POSTed and shows the chosen object's title and address when the form is shown again, so an
officer could publish another member's draft or image, or read its title by counting ids.

Here, through core's page form hooks:

- every reference the submitted page would hold is asked of `members.reach`; one the editor may not
  name, and that the page did not already hold when the editor opened it, is refused with an error on
  its field, and nothing is saved (`check_page_form`);
- the form never shows such a reference back: a chooser shows nothing, a rich-text link keeps its text
  but loses its target, a block loses its chosen object (`ReachBoundField`), whether the value was
  POSTed or comes from an old revision being restored.

"What the page already held" is the page's latest saved content in the database, never the form's
starting point, so restoring an old revision cannot bring back a reference it would refuse.

Copies (`before_copy_page`) and wagtail-localize's overrides (`members.access`) ask the same question.
"""

from django.db import models
from django.forms import BoundField
from django.utils.encoding import force_str
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail import blocks
from wagtail.models import Page
from wagtail.rich_text import extract_references_from_rich_text
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG

from members.reach import reach

# --- finding references -----------------------------------------------------------------------------


def field_references(model_field, value):
    """(model, pk) of every object `value` of `model_field` names."""
    if value in (None, ""):
        return
    if isinstance(model_field, models.ForeignKey):
        pk = getattr(value, "pk", value)
        if pk not in (None, ""):
            yield model_field.related_model, str(pk)
    elif hasattr(model_field, "extract_references"):
        # StreamField and RichTextField: Wagtail's reference index reads them the same way.
        for model, pk, _model_path, _content_path in model_field.extract_references(value):
            yield model, str(pk)


def _content_field(model_field):
    """A field an editor fills in: not Wagtail's own bookkeeping, not derived, not the inline row's parent."""
    if model_field.model is Page or model_field.auto_created or not model_field.editable:
        return False
    return not isinstance(model_field, (ParentalKey, models.OneToOneField))


def object_references(instance):
    """(model, pk) of every object `instance` names in its content, its inline rows included."""
    refs = set()
    for model_field in instance._meta.concrete_fields:
        if _content_field(model_field):
            refs.update(field_references(model_field, model_field.value_from_object(instance)))
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            for child in getattr(instance, relation.get_accessor_name()).all():
                refs |= object_references(child)
    return refs


def held_references(page):
    """What `page` holds as saved: live and in its latest revision (nothing for a page not yet created)."""
    if page is None or page.pk is None:
        return set()
    saved = Page.objects.filter(pk=page.pk).first()
    if saved is None:
        return set()
    saved = saved.specific
    return object_references(saved) | object_references(saved.get_latest_revision_as_object())


def _model_field(form, name):
    try:
        return form._meta.model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a form field that is no model field (tags, comments…) holds no id
        return None


def form_references(form):
    """{field name: {(model, pk)}} of what a validated form would save."""
    found = {}
    for name, value in form.cleaned_data.items():
        model_field = _model_field(form, name)
        if model_field is not None:
            refs = set(field_references(model_field, value))
            if refs:
                found[name] = refs
    return found


# --- the page form ----------------------------------------------------------------------------------


class ReferenceGuard:
    """The references one editor may put in one page: what they reach, and what the page already held."""

    def __init__(self, user, page):
        self.reach = reach(user)
        self.held = held_references(page) if not self.reach.everything else set()
        self._refused = {}

    def refused(self, refs):
        refs = {ref for ref in refs if ref not in self.held}
        unknown = refs - self._refused.keys()
        if unknown:
            refused = self.reach.refused(unknown)
            self._refused.update({ref: ref in refused for ref in unknown})
        return {ref for ref in refs if self._refused[ref]}


def _kind(model):
    if issubclass(model, Page):
        return _("page")
    label = model._meta.verbose_name
    return force_str(label)


def refusal_message(field_label, refs):
    kinds = ", ".join(sorted({_kind(model) for model, _pk in refs}))
    return _(
        "«%(field)s» names something outside your member's space (%(kinds)s): choose one of your member's, "
        "or of the network's. Nothing was saved."
    ) % {"field": capfirst(force_str(field_label)), "kinds": kinds}


def check_form(form, guard):
    for name, refs in form_references(form).items():
        refused = guard.refused(refs)
        if refused:
            form.add_error(name, refusal_message(form.fields[name].label or name, refused))


def _child_forms(form):
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            if formset.can_delete and formset._should_delete_form(child):
                continue
            yield child


def construct_page_form(form):
    """Hook: the form's fields never show a reference the editor may not name."""
    user = form.for_user
    if user is None or reach(user).everything:
        return
    form.reference_guard = ReferenceGuard(user, form.instance)
    form.bound_field_class = ReachBoundField
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            child.reference_guard = form.reference_guard
            child.bound_field_class = ReachBoundField


def check_page_form(form):
    """Hook: refuse, field by field, every reference the editor may not name."""
    guard = getattr(form, "reference_guard", None)
    if guard is None:
        return
    check_form(form, guard)
    for child in _child_forms(form):
        if getattr(child, "cleaned_data", None) is not None:
            check_form(child, guard)


# --- showing a form ---------------------------------------------------------------------------------


def _strip_rich_text(html, guard):
    """`html` with every link and embed the editor may not name taken out (a link keeps its text)."""

    def refused(tag_html):
        refs = {(model, str(pk)) for model, pk, _path, _content in extract_references_from_rich_text(tag_html)}
        return bool(refs and guard.refused(refs))

    html = FIND_EMBED_TAG.sub(lambda m: "" if refused(m.group(0)) else m.group(0), html)
    return FIND_A_TAG.sub(lambda m: "<a>" if refused(m.group(0)) else m.group(0), html)


def _strip_block(block, prep, guard):
    """A block's stored (JSON) value with every reference the editor may not name taken out."""
    if prep is None:
        return prep
    if isinstance(block, blocks.StreamBlock):
        return [
            {**child, "value": _strip_block(block.child_blocks[child["type"]], child.get("value"), guard)}
            if child.get("type") in block.child_blocks
            else child
            for child in prep
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {**item, "value": _strip_block(block.child_block, item.get("value"), guard)}
            if isinstance(item, dict) and "value" in item and "id" in item
            else _strip_block(block.child_block, item, guard)
            for item in prep
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _strip_block(block.child_blocks[name], value, guard) if name in block.child_blocks else value
            for name, value in prep.items()
        }
    if isinstance(block, blocks.ChooserBlock):
        return None if guard.refused({(block.model_class, str(prep))}) else prep
    if isinstance(block, blocks.RichTextBlock):
        return _strip_rich_text(force_str(prep), guard)
    # Any other block that names objects loses its value rather than show one.
    value = block.to_python(prep)
    refs = {(model, str(pk)) for model, pk, _path, _content in block.extract_references(value)}
    return block.get_prep_value(block.get_default()) if refs and guard.refused(refs) else prep


def displayable(model_field, value, guard):
    """`value` as the editor may see it."""
    if value in (None, "") or model_field is None:
        return value
    refs = set(field_references(model_field, value))
    if not refs or not guard.refused(refs):
        return value
    if isinstance(model_field, models.ForeignKey):
        return None
    stream_block = getattr(model_field, "stream_block", None)
    if stream_block is not None:
        return stream_block.to_python(_strip_block(stream_block, stream_block.get_prep_value(value), guard))
    return _strip_rich_text(force_str(value), guard)


class ReachBoundField(BoundField):
    """A form field that never shows a reference the editor may not name, posted or restored."""

    def value(self):
        value = super().value()
        guard = getattr(self.form, "reference_guard", None)
        if guard is None:
            return value
        return displayable(_model_field(self.form, self.name), value, guard)


# --- copies -----------------------------------------------------------------------------------------


def refused_in_page(user, page):
    """What of `page`'s latest content `user` may not name (copying it would make them name it)."""
    return reach(user).refused(object_references(page.specific.get_latest_revision_as_object()))
