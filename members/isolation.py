"""Member spaces stay closed to other members' officers, on every admin endpoint.

Wagtail checks permissions on its editing views, but a few admin endpoints answer about any
object by its id: the page chooser's browse and "chosen" views, the bulk-action confirmation,
wagtail-localize's translation views (which check only the global "submit translation"
permission), the images and documents admin API. Those are where Wagtail's security advisories
of the last years were.

A user *reaches* every page outside member spaces and the member spaces they hold any page
permission in, on, above or below the member's page (network staff, with permissions on the root,
reach them all; superusers reach everything). `MemberSpaceMiddleware` answers 403 to any admin
request naming a page out of reach, applies the checks wagtail-localize leaves out and those of
`members.accounts` on user management; the hooks in `wagtail_hooks` keep such pages out of
choosers.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import page_permission_policy, policy_registry

from members.accounts import check_user_copy, check_user_view
from members.models import MemberPage

_CACHE = "_member_space_cache"


def _spaces():
    return list(MemberPage.objects.values_list("path", "depth"))


def _cache(user):
    cache = getattr(user, _CACHE, None)
    if cache is None:
        grants = [perm.page.path for perm in page_permission_policy.get_cached_permissions_for_user(user)]
        spaces = _spaces()
        own = {path for path, _ in spaces if any(path.startswith(grant) or grant.startswith(path) for grant in grants)}
        cache = {"spaces": spaces, "own": own, "foreign": [path for path, _ in spaces if path not in own]}
        setattr(user, _CACHE, cache)
    return cache


def own_space_paths(user):
    """Paths of the member pages whose spaces `user` reaches by a permission of their own."""
    return sorted(_cache(user)["own"])


def reaches_everything(user):
    return user.is_superuser or not _cache(user)["foreign"]


def page_in_reach(user, page):
    if user.is_superuser:
        return True
    return not any(page.path.startswith(path) for path in _cache(user)["foreign"])


def pages_in_reach(user, pages):
    """`pages` without those in member spaces `user` does not reach.

    Expressed with `path` and `depth` only, both search filter fields, so it also holds on a
    queryset that is then searched. Member pages are the only children of their directory, so
    "inside a member space" is "below a directory".
    """
    if reaches_everything(user):
        return pages
    cache = _cache(user)
    steplen = Page.steplen
    inside = Q()
    for path, depth in {(path[:-steplen], depth - 1) for path, depth in cache["spaces"]}:
        inside |= Q(path__startswith=path, depth__gt=depth)
    own = Q()
    for path in sorted(cache["own"]):
        own |= Q(path__startswith=path)
    return pages.exclude(inside & ~own) if own else pages.exclude(inside)


# --- the middleware -----------------------------------------------------------------------

PAGE_ID_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
PAGE_PK_VIEWS = ("wagtailadmin_pages:", "wagtailadmin_api:pages:")


def _page(pk):
    try:
        return Page.objects.get(pk=int(pk))
    except (Page.DoesNotExist, TypeError, ValueError):
        return None


def _require_reach(user, pk):
    page = _page(pk)
    if page is not None and not page_in_reach(user, page):
        raise PermissionDenied
    return page


def _require_reach_all(user, pks):
    for pk in pks:
        _require_reach(user, pk)


def _require_change_permission(user, model):
    opts = model._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        raise PermissionDenied


def _require_editable(user, instance):
    """A translation's page must be one `user` may edit; a translated snippet's type, too."""
    if isinstance(instance, Page):
        if not page_in_reach(user, instance):
            raise PermissionDenied
        if not instance.permissions_for_user(user).can_edit():
            raise PermissionDenied
    else:
        _require_change_permission(user, type(instance))


def _instance(getter):
    try:
        return getter()
    except ObjectDoesNotExist:
        return None


def _check_translation(request, kwargs):
    from wagtail_localize.models import Translation

    translation = Translation.objects.filter(pk=kwargs["translation_id"]).select_related("source").first()
    if translation is None:
        return
    # What these views change is the translated object; before it exists, its source stands in.
    instance = _instance(translation.get_target_instance) or _instance(translation.source.get_source_instance)
    if instance is not None:
        _require_editable(request.user, instance)


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
    page = _page(kwargs["page_id"])
    if page is not None:
        _require_editable(request.user, page.specific)


def _check_submit_snippet_translation(request, kwargs):
    try:
        content_type = ContentType.objects.get_by_natural_key(kwargs["app_label"], kwargs["model_name"])
    except ContentType.DoesNotExist:
        return
    model = content_type.model_class()
    if model is not None:
        _require_change_permission(request.user, model)


def _check_convert_to_alias(request, kwargs):
    # The page would then show its source's latest revision, live: that is publishing.
    page = _page(kwargs["page_id"])
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied


def _check_copy_destination(request, kwargs):
    if request.method == "POST" and request.POST.get("new_parent_page"):
        _require_reach(request.user, request.POST["new_parent_page"])


def _check_network_wide(request, kwargs):
    if not reaches_everything(request.user):
        raise PermissionDenied


def _check_chosen_pages(request, kwargs):
    _require_reach_all(request.user, request.GET.getlist("id"))


def _check_bulk_action(request, kwargs):
    ids = request.GET.getlist("id")
    if kwargs.get("app_label") == "wagtailcore" and kwargs.get("model_name") == "page":
        _require_reach_all(request.user, ids)
        return
    for model in (get_image_model(), get_document_model()):
        opts = model._meta
        if (kwargs.get("app_label"), kwargs.get("model_name")) == (opts.app_label, opts.model_name):
            policy = policy_registry.get_by_type(model)
            for obj in model.objects.filter(pk__in=[i for i in ids if str(i).isdigit()]):
                if not policy.user_has_any_permission_for_instance(request.user, ["change", "delete"], obj):
                    raise PermissionDenied


def _check_chosen_media(model):
    def check(request, kwargs):
        policy = policy_registry.get_by_type(model)
        ids = [i for i in request.GET.getlist("id") if str(i).isdigit()]
        for obj in model.objects.filter(pk__in=ids):
            if not policy.user_has_permission_for_instance(request.user, "choose", obj):
                raise PermissionDenied

    return check


VIEW_CHECKS = {
    # Accounts: see members.accounts.
    "wagtailusers_users:add": check_user_view,
    "wagtailusers_users:edit": check_user_view,
    "wagtailusers_users:delete": check_user_view,
    "wagtailusers_users:copy": check_user_copy,
    "users_two_factor:reset": check_user_view,
    "wagtailadmin_choose_page_chosen_multiple": _check_chosen_pages,
    "wagtailadmin_pages:copy": _check_copy_destination,
    "wagtailimages_chooser:chosen_multiple": _check_chosen_media(get_image_model()),
    "wagtaildocs_chooser:chosen_multiple": _check_chosen_media(get_document_model()),
    # Shows, for every page type, the title of the page last edited, whoever's it is.
    "wagtailadmin_reports:page_types_usage": _check_network_wide,
    "wagtailadmin_reports:page_types_usage_results": _check_network_wide,
    "wagtail_bulk_action": _check_bulk_action,
    "wagtail_localize:submit_page_translation": _check_submit_page_translation,
    "wagtail_localize:submit_snippet_translation": _check_submit_snippet_translation,
    "wagtail_localize:update_translations": _check_update_translations,
    "wagtail_localize:convert_to_alias": _check_convert_to_alias,
    "wagtail_localize:translations_report": _check_network_wide,
    "wagtail_localize:translations_report_results": _check_network_wide,
}
TRANSLATION_VIEWS = (
    "wagtail_localize:edit_string_translation",
    "wagtail_localize:edit_override",
    "wagtail_localize:download_pofile",
    "wagtail_localize:upload_pofile",
    "wagtail_localize:machine_translate",
    "wagtail_localize:preview_translation",
    "wagtail_localize:stop_translation",
)
VIEW_CHECKS.update(dict.fromkeys(TRANSLATION_VIEWS, lambda request, kwargs: _check_translation(request, kwargs)))


class MemberSpaceMiddleware:
    """Refuses admin requests about objects in member spaces the user does not reach."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def admin_prefix(self):
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        match = getattr(request, "resolver_match", None)
        if user is None or match is None or not user.is_authenticated or user.is_superuser:
            return None
        if not request.path.startswith(self.admin_prefix()):
            return None
        for name in PAGE_ID_KWARGS:
            if name in view_kwargs:
                _require_reach(user, view_kwargs[name])
        if "pk" in view_kwargs and match.view_name.startswith(PAGE_PK_VIEWS):
            _require_reach(user, view_kwargs["pk"])
        check = VIEW_CHECKS.get(match.view_name)
        if check is not None:
            check(request, view_kwargs)
        return None


# --- forms --------------------------------------------------------------------------------


def permitted_choices(user, queryset):
    """What of `queryset` `user` may choose, or None when anyone may choose any of it."""
    model = queryset.model
    if issubclass(model, Page):
        return pages_in_reach(user, queryset)
    if issubclass(model, (get_image_model(), get_document_model())):
        permitted = policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, ["choose"])
        return queryset.filter(pk__in=permitted.values("pk"))
    return None


def _ids(values):
    if values in (None, ""):
        return []
    if not isinstance(values, list | tuple):
        values = [values]
    return [str(getattr(value, "pk", value)) for value in values if str(getattr(value, "pk", value)).isdigit()]


def restrict_choices(form, user):
    """Narrow `form`'s page, image and document fields to what `user` may choose or already had.

    A bound form's data naming anything else is put back to the initial value, so the form never
    shows it; the names of those fields are returned.
    """
    refused, data = [], None
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        permitted = permitted_choices(user, queryset) if queryset is not None else None
        if permitted is None:
            continue
        kept = _ids(form.initial.get(name))
        field.queryset = queryset.filter(Q(pk__in=permitted.values("pk")) | Q(pk__in=kept))
        if not form.is_bound:
            continue
        key = form.add_prefix(name)
        posted = form.data.getlist(key) if hasattr(form.data, "getlist") else _ids(form.data.get(key))
        asked = [value for value in posted if value]
        allowed = set(map(str, field.queryset.filter(pk__in=_ids(asked)).values_list("pk", flat=True)))
        if any(value not in allowed for value in asked):
            data = data if data is not None else form.data.copy()
            if hasattr(data, "setlist"):
                data.setlist(key, kept)
            else:
                data[key] = kept[0] if kept else ""
            refused.append(name)
    if data is not None:
        form.data = data
    return refused
