"""The admin, closed by default to whoever does not reach every member space.

An officer may use an admin view only if it is on this reviewed allow-list, `ADMIN_VIEWS`, whose
every entry says how the objects the request names are checked. Any other admin view answers 403,
so an endpoint that a Wagtail or wagtail-localize upgrade adds is closed until someone reviews it;
`tests/test_access.py` walks every admin URL pattern and fails on one not classified here.

Network staff and superusers reach every space: the list does not apply to them (user management,
where staff are limited too, is `members.accounts`).

Kinds of entry:
- `NAMES_NOTHING`: the view is about no object of a member (the dashboard, one's account, a link form…);
- `pages(*kwargs)`: the pages the URL names must be in reach (`members.reach`), then Wagtail checks
  its own permissions; listings among them are narrowed by the explorer and chooser hooks;
- `media(kind, kwarg, action)`: the image or document the URL names must be one the user may
  `choose` or `change` (collection permissions), checked here before Wagtail checks again;
- `STAFF_ONLY`: refused to officers (what they have no use for, or what lists every member's);
- a function of its own, for the views that name objects in their query string or body.

Admin responses shown to an officer also name only the people of their own member: any choice of
accounts in a response's forms and filters (the explorer's owner, the reports' "requested by" and
"user" filters) is narrowed by `members.reach` (`MemberSpaceMiddleware.process_template_response`).
"""

import json
from dataclasses import dataclass
from fnmatch import fnmatchcase

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.forms import BaseForm, ModelChoiceField
from django.http import JsonResponse, QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from members.reach import reach


@dataclass(frozen=True)
class Rule:
    """How a view's objects are checked for a user who does not reach every member space."""

    how: str
    check: object = None
    allowed: bool = True

    def apply(self, request, kwargs):
        if not self.allowed:
            raise PermissionDenied
        if self.check is not None:
            self.check(request, kwargs)


NAMES_NOTHING = Rule("names no object of a member")
STAFF_ONLY = Rule("refused to officers", allowed=False)


def _page(pk):
    try:
        return Page.objects.get(pk=int(pk))
    except (Page.DoesNotExist, TypeError, ValueError):
        return None


def require_page(user, pk):
    page = _page(pk)
    if page is not None and not reach(user).page(page):
        raise PermissionDenied
    return page


def pages(*kwargs, then=None, how=None):
    """The pages named by the URL's `kwargs` must be in reach; then `then(request, kwargs)` if given."""

    def check(request, view_kwargs):
        for name in kwargs:
            if name in view_kwargs:
                require_page(request.user, view_kwargs[name])
        if then is not None:
            then(request, view_kwargs)

    return Rule(how or f"the pages named by {', '.join(kwargs)} must be in reach", check)


def _media_model(kind):
    return get_image_model() if kind == "image" else get_document_model()


def require_media(user, kind, pk, actions):
    model = _media_model(kind)
    policy = policy_registry.get_by_type(model)
    try:
        obj = model.objects.get(pk=int(pk))
    except (model.DoesNotExist, TypeError, ValueError):
        return
    if not policy.user_has_any_permission_for_instance(user, actions, obj):
        raise PermissionDenied


def media(kind, kwarg, *actions):
    def check(request, kwargs):
        if kwarg in kwargs:
            require_media(request.user, kind, kwargs[kwarg], actions)

    return Rule(f"the {kind} named by {kwarg} must be one the user may {' or '.join(actions)}", check)


def _ids(values):
    return [value for value in values if str(value).isdigit()]


def chosen_media(kind):
    def check(request, kwargs):
        for pk in _ids(request.GET.getlist("id")):
            require_media(request.user, kind, pk, ["choose"])

    return Rule(f"every {kind} named by ?id= must be one the user may choose", check)


# --- checks of views that name objects elsewhere than in their path ----------------------------


def _chosen_pages(request, kwargs):
    for pk in _ids(request.GET.getlist("id")):
        require_page(request.user, pk)


def _copy(request, kwargs):
    if request.method == "POST" and request.POST.get("new_parent_page"):
        require_page(request.user, request.POST["new_parent_page"])


def _bulk_action(request, kwargs):
    ids = _ids(request.GET.getlist("id"))
    target = (kwargs.get("app_label"), kwargs.get("model_name"))
    if target == ("wagtailcore", "page"):
        for pk in ids:
            require_page(request.user, pk)
        return
    for kind in ("image", "document"):
        opts = _media_model(kind)._meta
        if target == (opts.app_label, opts.model_name):
            for pk in ids:
                require_media(request.user, kind, pk, ["change", "delete"])
            return
    # Users and anything else: not an officer's.
    raise PermissionDenied


def _editing_session(request, kwargs):
    # Tells who else is editing an object: a page in reach only.
    try:
        model = ContentType.objects.get_by_natural_key(kwargs["app_label"], kwargs["model_name"]).model_class()
    except ContentType.DoesNotExist:
        raise PermissionDenied from None
    if model is None or not issubclass(model, Page):
        raise PermissionDenied
    require_page(request.user, kwargs["object_id"])


def _instance(getter):
    try:
        return getter()
    except ObjectDoesNotExist:
        return None


def _require_editable(user, instance):
    """A translation's page must be one `user` may edit; a translated snippet is staff's."""
    if not isinstance(instance, Page):
        raise PermissionDenied
    if not reach(user).page(instance) or not instance.permissions_for_user(user).can_edit():
        raise PermissionDenied


def _translation(kwargs):
    from wagtail_localize.models import Translation

    return Translation.objects.filter(pk=kwargs["translation_id"]).select_related("source").first()


def _check_translation(request, kwargs):
    translation = _translation(kwargs)
    if translation is None:
        return
    # What these views change is the translated object; before it exists, its source stands in.
    instance = _instance(translation.get_target_instance) or _instance(translation.source.get_source_instance)
    if instance is not None:
        _require_editable(request.user, instance)


def _request_data(request):
    """The body of a form-encoded PUT (wagtail-localize's editor), or of a POST."""
    if request.method == "POST":
        return request.POST
    if request.content_type == "application/x-www-form-urlencoded":
        return QueryDict(request.body, encoding=request.encoding)
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return QueryDict()
        query = QueryDict(mutable=True)
        if isinstance(data, dict):
            for key, value in data.items():
                query[key] = value if isinstance(value, str) else json.dumps(value)
        return query
    return QueryDict()


class OverrideRefused(Exception):
    pass


def _check_override(request, kwargs):
    """An override makes the translation name another object: the same rule as the page form's."""
    _check_translation(request, kwargs)
    if request.method != "PUT":
        return
    from wagtail_localize.models import OverridableSegment

    translation = _translation(kwargs)
    segment = OverridableSegment.objects.filter(pk=kwargs["overridable_segment_id"]).select_related("context").first()
    if translation is None or segment is None:
        return
    value = _request_data(request).get("value", "")
    source = _instance(translation.source.as_instance)
    if source is None:
        return
    # Which kind of object the overridden value names: the kind the source names at that place.
    model = _model_at(source, segment.context.path)
    if model is None:
        if str(value).strip().isdigit():
            raise OverrideRefused  # an id where no known kind of object is named: refused, not guessed
        return  # a text override (a link's address, an embed's URL): no object named
    if reach(request.user).refused({(model, str(value))}):
        raise OverrideRefused


def _model_at(instance, path):
    """The model of the object `instance` names at wagtail-localize's segment `path`, if it names one.

    Paths read like the reference index's: `hero_image`; `body.<block id>.image` in a StreamField;
    `attachments.<row key>.document` in an inline row.
    """
    from wagtail import blocks

    head, *rest = path.split(".")
    try:
        field = instance._meta.get_field(head)
    except Exception:  # noqa: BLE001 - not a field of the model
        return None
    if getattr(field, "many_to_one", False) and not rest:
        return field.related_model
    stream_block = getattr(field, "stream_block", None)
    if stream_block is not None:
        bound = field.get_block_by_content_path(getattr(instance, head), rest)
        block = getattr(bound, "block", None)
        return block.model_class if isinstance(block, blocks.ChooserBlock) else None
    if getattr(field, "one_to_many", False) and len(rest) >= 2:
        try:
            return field.related_model._meta.get_field(rest[-1]).related_model
        except Exception:  # noqa: BLE001 - not a field of the inline row
            return None
    return None


def _check_update_translations(request, kwargs):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    if source is None:
        return
    instance = _instance(source.get_source_instance)
    if instance is not None:
        _require_editable(request.user, instance)
    if request.method == "POST" and request.POST.get("publish_translations"):
        # wagtail-localize publishes the targets without asking who may: ask here.
        for translation in source.translations.filter(enabled=True):
            target = _instance(translation.get_target_instance)
            if isinstance(target, Page) and not target.permissions_for_user(request.user).can_publish():
                raise PermissionDenied


def _check_submit_page_translation(request, kwargs):
    page = require_page(request.user, kwargs["page_id"])
    if page is not None:
        _require_editable(request.user, page.specific)


def _check_convert_to_alias(request, kwargs):
    # The page would then show its source's latest revision, live: that is publishing.
    page = require_page(request.user, kwargs["page_id"])
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied


TRANSLATION = Rule("the translated page (or its source) must be one the user may edit", _check_translation)

# The allow-list. A key is a view name as Django resolves it (`namespace:url_name`, or the view's
# dotted path for an unnamed pattern); a key may end in `*` only for entries that refuse.
ADMIN_VIEWS = {
    # --- the admin's frame
    "wagtailadmin_home": Rule("the dashboard; its panels show the officer's own space (members.wagtail_hooks)"),
    "wagtailadmin_account": NAMES_NOTHING,
    "wagtailadmin_login": NAMES_NOTHING,
    "wagtailadmin_logout": NAMES_NOTHING,
    "wagtailadmin_password_reset": NAMES_NOTHING,
    "wagtailadmin_password_reset_done": NAMES_NOTHING,
    "wagtailadmin_password_reset_confirm": NAMES_NOTHING,
    "wagtailadmin_password_reset_complete": NAMES_NOTHING,
    "wagtailadmin_javascript_catalog": NAMES_NOTHING,
    "wagtail_localize:javascript_catalog": NAMES_NOTHING,
    "wagtailadmin_sprite": NAMES_NOTHING,
    "wagtailadmin_dismissibles": Rule("the user's own dismissed hints"),
    "wagtailadmin_block_preview": Rule("a block type's preview, from its definition's preview value"),
    "wagtail.admin.views.home.default": Rule("the admin's 404 for an unknown address"),
    "django.views.generic.base.TemplateView": STAFF_ONLY,  # Wagtail's 404 page test
    "wagtailadmin_error_test": STAFF_ONLY,
    "wagtailadmin_tag_autocomplete": Rule("tag words, the network's shared vocabulary"),
    "wagtailadmin_tag_model_autocomplete": Rule("tag words, the network's shared vocabulary"),
    "wagtailadmin_editing_sessions:ping": Rule("who else edits a page: the page must be in reach", _editing_session),
    "wagtailadmin_editing_sessions:release": Rule("the user's own editing session (Wagtail matches the user)"),
    # --- the explorer and the page search
    "wagtailadmin_explore_root": Rule("the tree's root, its children narrowed by construct_explorer_page_queryset"),
    "wagtailadmin_explore": pages("parent_page_id"),
    "wagtailadmin_explore_results": pages("parent_page_id"),
    "wagtailadmin_pages:search": Rule("searches the pages Wagtail lets the user explore (their own space)"),
    "wagtailadmin_pages:search_results": Rule("searches the pages Wagtail lets the user explore (their own space)"),
    "wagtailadmin_pages:choose_parent": Rule("lists the pages where the user may add a page: their own space"),
    "wagtailadmin_pages:type_use": STAFF_ONLY,
    "wagtailadmin_pages:type_use_results": STAFF_ONLY,
    "wagtailadmin_pages:usage": STAFF_ONLY,
    # --- the page editor and its side views
    "wagtailadmin_pages:add": pages("parent_page_id", how="the parent must be in reach; references checked"),
    "wagtailadmin_pages:preview_on_add": pages("parent_page_id"),
    "wagtailadmin_pages:add_subpage": pages("parent_page_id"),
    "wagtailadmin_pages:edit": pages("page_id", how="the page must be in reach; references checked"),
    "wagtailadmin_pages:preview_on_edit": pages("page_id"),
    "wagtailadmin_pages:view_draft": pages("page_id"),
    "wagtailadmin_pages:delete": pages("page_id"),
    "wagtailadmin_pages:unpublish": pages("page_id"),
    "wagtailadmin_pages:convert_alias": pages("page_id"),
    "wagtailadmin_pages:move": pages("page_to_move_id"),
    "wagtailadmin_pages:move_confirm": pages("page_to_move_id", "destination_id"),
    "wagtailadmin_pages:set_page_position": pages("page_to_move_id"),
    "wagtailadmin_pages:copy": pages(
        "page_id", then=_copy, how="the page and the new parent must be in reach; references checked"
    ),
    "wagtailadmin_pages:workflow_action": pages("page_id"),
    "wagtailadmin_pages:collect_workflow_action_data": pages("page_id"),
    "wagtailadmin_pages:confirm_workflow_cancellation": pages("page_id"),
    "wagtailadmin_pages:workflow_preview": pages("page_id"),
    "wagtailadmin_pages:set_privacy": pages("page_id"),
    "wagtailadmin_pages:lock": pages("page_id"),
    "wagtailadmin_pages:unlock": pages("page_id"),
    "wagtailadmin_pages:revisions_index": pages("page_id"),
    "wagtailadmin_pages:revisions_view": pages("page_id"),
    "wagtailadmin_pages:revisions_revert": pages("page_id", how="the page must be in reach; references checked"),
    "wagtailadmin_pages:revisions_unschedule": pages("page_id"),
    "wagtailadmin_pages:revisions_compare": pages("pk"),
    "wagtailadmin_pages:workflow_history": pages("page_id"),
    "wagtailadmin_pages:workflow_history_detail": pages("page_id"),
    "wagtailadmin_pages:history": pages("page_id"),
    "wagtailadmin_pages:history_results": pages("page_id"),
    "wagtail_bulk_action": Rule("every page (image, document) named by ?id= must be in reach", _bulk_action),
    # --- the page chooser and link forms
    "wagtailadmin_choose_page": Rule("the chooser's root, narrowed by construct_page_chooser_queryset"),
    "wagtailadmin_choose_page_child": pages("parent_page_id"),
    "wagtailadmin_choose_page_search": Rule("narrowed by construct_page_chooser_queryset"),
    "wagtailadmin_choose_page_chosen_multiple": Rule("every page named by ?id= must be in reach", _chosen_pages),
    "wagtailadmin_choose_page_external_link": NAMES_NOTHING,
    "wagtailadmin_choose_page_email_link": NAMES_NOTHING,
    "wagtailadmin_choose_page_phone_link": NAMES_NOTHING,
    "wagtailadmin_choose_page_anchor_link": NAMES_NOTHING,
    "wagtailembeds:chooser": Rule("an embed from an external address"),
    "wagtailembeds:chooser_upload": Rule("an embed from an external address"),
    # --- the admin API (used by the explorer's menu and the choosers)
    "wagtailadmin_api:pages:listing": Rule("narrowed by construct_explorer_page_queryset"),
    "wagtailadmin_api:pages:detail": pages("pk"),
    "wagtailadmin_api:pages:find": Rule("redirects to the detail view, which checks the page"),
    # Actions (publish, copy, move, revert…) bypass the page form and its reference checks.
    "wagtailadmin_api:pages:action": STAFF_ONLY,
    "wagtailadmin_api:images:listing": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    "wagtailadmin_api:images:detail": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    "wagtailadmin_api:images:find": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    "wagtailadmin_api:documents:listing": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    "wagtailadmin_api:documents:detail": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    "wagtailadmin_api:documents:find": Rule("narrowed to what the user may choose (members.wagtail_hooks)"),
    # --- reports: what Wagtail lists is the user's own pages; the user filters are narrowed
    "wagtailadmin_reports:workflow": Rule("workflows of pages the user may edit"),
    "wagtailadmin_reports:workflow_results": Rule("workflows of pages the user may edit"),
    "wagtailadmin_reports:workflow_tasks": Rule("tasks of pages the user may edit"),
    "wagtailadmin_reports:workflow_tasks_results": Rule("tasks of pages the user may edit"),
    "wagtailadmin_reports:site_history": Rule("the history of what the user may see"),
    "wagtailadmin_reports:site_history_results": Rule("the history of what the user may see"),
    # Wagtail asks for the right to unlock any page, which officers do not hold.
    "wagtailadmin_reports:locked_pages": STAFF_ONLY,
    "wagtailadmin_reports:locked_pages_results": STAFF_ONLY,
    "wagtailadmin_reports:aging_pages": STAFF_ONLY,
    "wagtailadmin_reports:aging_pages_results": STAFF_ONLY,
    # Shows, for every page type, the title of the page last edited, whoever's it is.
    "wagtailadmin_reports:page_types_usage": STAFF_ONLY,
    "wagtailadmin_reports:page_types_usage_results": STAFF_ONLY,
    # --- images
    "wagtailimages:index": Rule("narrowed by Wagtail to the collections the user may edit"),
    "wagtailimages:index_results": Rule("narrowed by Wagtail to the collections the user may edit"),
    "wagtailimages:add": Rule("into a collection the user may add to (Wagtail's form)"),
    "wagtailimages:add_multiple": Rule("into a collection the user may add to (Wagtail's form)"),
    "wagtailimages:edit": media("image", "image_id", "change"),
    "wagtailimages:delete": media("image", "image_id", "change", "delete"),
    "wagtailimages:url_generator": media("image", "image_id", "change"),
    "wagtailimages:url_generator_output": media("image", "image_id", "change"),
    "wagtailimages:preview": media("image", "image_id", "choose", "change"),
    "wagtailimages:edit_multiple": media("image", "image_id", "change"),
    "wagtailimages:delete_multiple": media("image", "image_id", "change", "delete"),
    "wagtailimages:create_multiple_from_uploaded_image": Rule("the user's own upload (Wagtail matches the user)"),
    "wagtailimages:delete_upload_multiple": Rule("the user's own upload (Wagtail matches the user)"),
    "wagtailimages:image_usage": STAFF_ONLY,
    "wagtailimages_chooser:choose": Rule("narrowed by Wagtail to the collections the user may choose from"),
    "wagtailimages_chooser:choose_results": Rule("narrowed by Wagtail to the collections the user may choose from"),
    "wagtailimages_chooser:chosen": media("image", "pk", "choose"),
    "wagtailimages_chooser:chosen_multiple": chosen_media("image"),
    "wagtailimages_chooser:create": Rule("into a collection the user may add to (Wagtail's form)"),
    "wagtailimages_chooser:select_format": media("image", "image_id", "choose"),
    # --- documents
    "wagtaildocs:index": Rule("narrowed by Wagtail to the collections the user may edit"),
    "wagtaildocs:index_results": Rule("narrowed by Wagtail to the collections the user may edit"),
    "wagtaildocs:add": Rule("into a collection the user may add to (Wagtail's form)"),
    "wagtaildocs:add_multiple": Rule("into a collection the user may add to (Wagtail's form)"),
    "wagtaildocs:edit": media("document", "document_id", "change"),
    "wagtaildocs:delete": media("document", "document_id", "change", "delete"),
    "wagtaildocs:edit_multiple": media("document", "doc_id", "change"),
    "wagtaildocs:delete_multiple": media("document", "doc_id", "change", "delete"),
    "wagtaildocs:create_multiple_from_uploaded_document": Rule("the user's own upload (Wagtail matches the user)"),
    "wagtaildocs:delete_upload_multiple": Rule("the user's own upload (Wagtail matches the user)"),
    "wagtaildocs:document_usage": STAFF_ONLY,
    "wagtaildocs_chooser:choose": Rule("narrowed by Wagtail to the collections the user may choose from"),
    "wagtaildocs_chooser:choose_results": Rule("narrowed by Wagtail to the collections the user may choose from"),
    "wagtaildocs_chooser:chosen": media("document", "pk", "choose"),
    "wagtaildocs_chooser:chosen_multiple": chosen_media("document"),
    "wagtaildocs_chooser:create": Rule("into a collection the user may add to (Wagtail's form)"),
    # --- taxonomies: officers choose them in their pages; only staff edit them
    "wagtailsnippetchoosers_*:choose": Rule("the taxonomies, the network's shared vocabulary"),
    "wagtailsnippetchoosers_*:choose_results": Rule("the taxonomies, the network's shared vocabulary"),
    "wagtailsnippetchoosers_*:chosen": Rule("the taxonomies, the network's shared vocabulary"),
    "wagtailsnippetchoosers_*:chosen_multiple": Rule("the taxonomies, the network's shared vocabulary"),
    "wagtailsnippetchoosers_*:create": STAFF_ONLY,
    "wagtailsnippets:index": STAFF_ONLY,
    "wagtailsnippets_*": STAFF_ONLY,
    # --- translations (wagtail-localize checks only the global "submit translation" permission)
    "wagtail_localize:submit_page_translation": Rule(
        "the page must be in reach and editable", _check_submit_page_translation
    ),
    "wagtail_localize:submit_snippet_translation": STAFF_ONLY,
    "wagtail_localize:update_translations": Rule(
        "the source must be editable; publishing needs the right to publish", _check_update_translations
    ),
    "wagtail_localize:edit_string_translation": TRANSLATION,
    "wagtail_localize:edit_override": Rule(
        "the translated page must be editable; the object an override names must be one the user may name",
        _check_override,
    ),
    "wagtail_localize:download_pofile": TRANSLATION,
    "wagtail_localize:upload_pofile": TRANSLATION,
    "wagtail_localize:machine_translate": TRANSLATION,
    "wagtail_localize:preview_translation": TRANSLATION,
    "wagtail_localize:stop_translation": TRANSLATION,
    "wagtail_localize:convert_to_alias": Rule("the page must be one the user may publish", _check_convert_to_alias),
    "wagtail_localize:translations_report": STAFF_ONLY,
    "wagtail_localize:translations_report_results": STAFF_ONLY,
    "wagtail_localize:snippets_api_listing": Rule("the taxonomies, the network's shared vocabulary"),
    "wagtail_localize:snippets_api_detail": Rule("the taxonomies, the network's shared vocabulary"),
    # --- the site's setup and people: staff's (and superusers')
    "wagtailadmin_collections:*": STAFF_ONLY,
    "wagtailadmin_workflows:*": STAFF_ONLY,
    "wagtailforms:*": STAFF_ONLY,
    "wagtailredirects:*": STAFF_ONLY,
    "wagtailsettings:*": STAFF_ONLY,
    "wagtaillocales:*": STAFF_ONLY,
    "wagtailsites:*": STAFF_ONLY,
    "wagtailusers_users:*": STAFF_ONLY,
    # --- email alerts (alerts/): counts, never addresses
    "alerts_subscribers": Rule("subscriber counts of the members the user reaches (members.reach)"),
    # --- signing in (users/): one's own second factor; staff's reset and lockouts
    "users_two_factor:verify": Rule("the user's own second factor"),
    "users_two_factor:setup": Rule("the user's own second factor"),
    "users_two_factor:manage": Rule("the user's own second factor"),
    "users_two_factor:recovery_codes": Rule("the user's own second factor"),
    "users_two_factor:disable": Rule("the user's own second factor (refused where it is required)"),
    "users_two_factor:reset": STAFF_ONLY,
    "lockouts:*": STAFF_ONLY,
    "wagtailusers_groups:*": STAFF_ONLY,
}


def rule_for(view_name):
    """The allow-list's entry for `view_name`, or None when nobody reviewed it."""
    rule = ADMIN_VIEWS.get(view_name)
    if rule is not None:
        return rule
    for pattern, candidate in ADMIN_VIEWS.items():
        if "*" in pattern and not candidate.allowed and fnmatchcase(view_name, pattern):
            return candidate
        if "*" in pattern and candidate.allowed and fnmatchcase(view_name, pattern):
            # An allowing wildcard matches only the taxonomies' choosers.
            model = view_name.split(":")[0].removeprefix("wagtailsnippetchoosers_")
            if _is_taxonomy_chooser(model):
                return candidate
    return None


def _is_taxonomy_chooser(app_model):
    from django.apps import apps

    from core.models import TaxonomyTerm

    app_label, _, model_name = app_model.partition("_")
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return issubclass(model, TaxonomyTerm)


class MemberSpaceMiddleware:
    """Applies `ADMIN_VIEWS` to every admin request of a user who does not reach every member space."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def admin_prefix(self):
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def _applies(self, request):
        user = getattr(request, "user", None)
        return (
            user is not None
            and user.is_authenticated
            and request.path.startswith(self.admin_prefix())
            and not reach(user).everything
        )

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not self._applies(request):
            return None
        rule = rule_for(match.view_name)
        if rule is None:
            raise PermissionDenied
        try:
            rule.apply(request, view_kwargs)
        except OverrideRefused:
            return JsonResponse(
                {"error": _("This override names something outside your member's space; it was not saved.")},
                status=400,
            )
        return None

    def process_template_response(self, request, response):
        if self._applies(request) and getattr(response, "context_data", None):
            narrow_user_choices(request.user, response.context_data)
        return response


def narrow_user_choices(user, context):
    """Every choice of accounts in the forms and filters of `context` narrowed to what `user` may see named."""
    User = get_user_model()
    for value in context.values():
        form = getattr(value, "form", value)  # a filterset's form, or a form
        if not isinstance(form, BaseForm):
            continue
        for field in form.fields.values():
            if isinstance(field, ModelChoiceField) and field.queryset is not None and field.queryset.model is User:
                field.queryset = reach(user).users(field.queryset)
