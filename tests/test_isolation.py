"""An officer of member A against member B's content, on every admin endpoint: refused, and silent.

Each line of ENDPOINTS is one request an officer of Bni Ansar (A) could make about Aït Melloul's
(B) pages, images, documents or translations. Each must be refused (403, 404, or a redirect to
the login) and its response must not contain anything of B's (every title and text of B's
content carries MARK). LISTINGS are endpoints A may use, which must not list B's content.
Wagtail's security advisories of 2023-2026 were about exactly these secondary endpoints
(history, revision compare, preview, copy, choosers' "chosen" views, the admin API, image
preview, translation); each has at least one line here.
"""

import json
from dataclasses import dataclass, field

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset

from tests.member_spaces import (
    MARK,
    event_form,
    experience_form,
    fresh,
    news_form,
)
from tests.member_spaces import refused as refused_page


@pytest.fixture
def officer_a(db, client, spaces):
    client.force_login(spaces.officer_a)
    return client


@dataclass
class Call:
    url: str
    method: str = "get"
    data: dict = field(default_factory=dict)
    json: bool = False


def get(url):
    return Call(url)


def post(url, data=None):
    return Call(url, "post", data or {})


def api_post(url, data=None):
    return Call(url, "post", data or {}, json=True)


def api_put(url, data=None):
    return Call(url, "put", data or {}, json=True)


def page_url(name, attr, *extra):
    return lambda s: reverse(f"wagtailadmin_pages:{name}", args=[getattr(s, attr).pk, *extra])


PUBLISH_FORM = {"title": f"{MARK} taken over", "slug": "taken-over", "summary": "x", "action-publish": "publish"}


def b(attr):
    return lambda s: getattr(s, attr)


ENDPOINTS = {
    # --- the page editor and its side views
    "edit GET": lambda s: get(page_url("edit", "b_draft")(s)),
    "edit POST publish": lambda s: post(page_url("edit", "b_draft")(s), PUBLISH_FORM),
    "edit live page GET": lambda s: get(page_url("edit", "b_live")(s)),
    "edit experience in review": lambda s: get(page_url("edit", "b_experience")(s)),
    "history": lambda s: get(page_url("history", "b_live")(s)),
    "history results": lambda s: get(page_url("history_results", "b_live")(s)),
    "revisions index": lambda s: get(page_url("revisions_index", "b_live")(s)),
    "revision view": lambda s: get(page_url("revisions_view", "b_live", s.b_revisions[0])(s)),
    "revision revert GET": lambda s: get(page_url("revisions_revert", "b_live", s.b_revisions[0])(s)),
    "revision revert POST": lambda s: post(
        page_url("revisions_revert", "b_live", s.b_revisions[0])(s), {**PUBLISH_FORM, "slug": "b-live"}
    ),
    "revision unschedule": lambda s: post(page_url("revisions_unschedule", "b_live", s.b_revisions[-1])(s)),
    "revisions compare": lambda s: get(
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[s.b_live.pk, str(s.b_revisions[0]), str(s.b_revisions[-1])]
        )
    ),
    "revisions compare live": lambda s: get(
        reverse("wagtailadmin_pages:revisions_compare", args=[s.b_live.pk, "live", "latest"])
    ),
    "preview on edit GET": lambda s: get(page_url("preview_on_edit", "b_draft")(s)),
    "preview on edit POST": lambda s: post(page_url("preview_on_edit", "b_draft")(s), PUBLISH_FORM),
    "view draft": lambda s: get(page_url("view_draft", "b_draft")(s)),
    "preview on add GET": lambda s: get(
        reverse("wagtailadmin_pages:preview_on_add", args=["news", "newspage", s.b.pk])
    ),
    "preview on add POST": lambda s: post(
        reverse("wagtailadmin_pages:preview_on_add", args=["news", "newspage", s.b.pk]), PUBLISH_FORM
    ),
    "usage": lambda s: get(page_url("usage", "b_draft")(s)),
    "workflow history": lambda s: get(page_url("workflow_history", "b_experience")(s)),
    "workflow history detail": lambda s: get(
        page_url("workflow_history_detail", "b_experience", s.b_task_state.workflow_state_id)(s)
    ),
    "workflow action approve": lambda s: post(
        reverse("wagtailadmin_pages:workflow_action", args=[s.b_experience.pk, "approve", s.b_task_state.pk]),
        {"comment": "ok"},
    ),
    "workflow collect action data": lambda s: get(
        reverse(
            "wagtailadmin_pages:collect_workflow_action_data", args=[s.b_experience.pk, "reject", s.b_task_state.pk]
        )
    ),
    "workflow cancellation": lambda s: get(
        reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[s.b_experience.pk])
    ),
    "workflow preview": lambda s: get(
        reverse("wagtailadmin_pages:workflow_preview", args=[s.b_experience.pk, s.b_task_state.task_id])
    ),
    # --- tree operations
    "add subpage": lambda s: get(page_url("add_subpage", "b")(s)),
    "add news GET": lambda s: get(reverse("wagtailadmin_pages:add", args=["news", "newspage", s.b.pk])),
    "add news POST": lambda s: post(reverse("wagtailadmin_pages:add", args=["news", "newspage", s.b.pk]), PUBLISH_FORM),
    "copy GET": lambda s: get(page_url("copy", "b_live")(s)),
    "copy own page into B": lambda s: post(
        page_url("copy", "a_news")(s), {"new_title": "copy", "new_slug": "copy", "new_parent_page": s.b.pk}
    ),
    "copy own page under B's draft": lambda s: post(
        page_url("copy", "a_news")(s), {"new_title": "copy", "new_slug": "copy", "new_parent_page": s.b_draft.pk}
    ),
    "copy POST": lambda s: post(
        page_url("copy", "b_live")(s),
        {"new_title": "copy", "new_slug": "copy", "new_parent_page": s.a.pk, "publish_copies": "on"},
    ),
    "move GET": lambda s: get(page_url("move", "b_live")(s)),
    "move confirm POST": lambda s: post(reverse("wagtailadmin_pages:move_confirm", args=[s.b_live.pk, s.a.pk])),
    "move own page into B": lambda s: post(reverse("wagtailadmin_pages:move_confirm", args=[s.a_news.pk, s.b.pk])),
    "set position": lambda s: post(page_url("set_page_position", "b_live")(s) + "?position=0"),
    "delete GET": lambda s: get(page_url("delete", "b_draft")(s)),
    "delete POST": lambda s: post(page_url("delete", "b_draft")(s)),
    "unpublish GET": lambda s: get(page_url("unpublish", "b_live")(s)),
    "unpublish POST": lambda s: post(page_url("unpublish", "b_live")(s)),
    "convert alias": lambda s: post(page_url("convert_alias", "b_live")(s)),
    "privacy": lambda s: post(page_url("set_privacy", "b_live")(s), {"restriction_type": "none"}),
    "lock": lambda s: post(page_url("lock", "b_live")(s)),
    "unlock": lambda s: post(page_url("unlock", "b_live")(s)),
    "explore B": lambda s: get(reverse("wagtailadmin_explore", args=[s.b.pk])),
    "explore B results": lambda s: get(reverse("wagtailadmin_explore_results", args=[s.b.pk])),
    "editing session ping": lambda s: post(
        reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", s.b_draft.pk, 0])
    ),
    # --- bulk actions
    "bulk publish": lambda s: get(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={s.b_draft.pk}"
    ),
    "bulk unpublish POST": lambda s: post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={s.b_live.pk}"
    ),
    "bulk delete": lambda s: get(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={s.b_draft.pk}"
    ),
    "bulk move": lambda s: get(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={s.b_draft.pk}"
    ),
    "bulk image delete": lambda s: get(
        reverse("wagtail_bulk_action", args=["images", "customimage", "delete"]) + f"?id={s.b_image.pk}"
    ),
    "bulk document delete": lambda s: get(
        reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"]) + f"?id={s.b_document.pk}"
    ),
    # --- the page chooser
    "page chooser browse B": lambda s: get(reverse("wagtailadmin_choose_page_child", args=[s.b.pk])),
    "page chooser browse B's draft": lambda s: get(reverse("wagtailadmin_choose_page_child", args=[s.b_draft.pk])),
    "page chooser chosen": lambda s: get(reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={s.b_draft.pk}"),
    # --- the admin API
    "api page detail": lambda s: get(reverse("wagtailadmin_api:pages:detail", args=[s.b_draft.pk])),
    "api publish": lambda s: api_post(reverse("wagtailadmin_api:pages:action", args=[s.b_draft.pk, "publish"])),
    "api unpublish": lambda s: api_post(reverse("wagtailadmin_api:pages:action", args=[s.b_live.pk, "unpublish"])),
    "api delete": lambda s: api_post(reverse("wagtailadmin_api:pages:action", args=[s.b_draft.pk, "delete"])),
    "api copy": lambda s: api_post(
        reverse("wagtailadmin_api:pages:action", args=[s.b_live.pk, "copy"]),
        {"destination_page_id": s.a.pk, "keep_live": True},
    ),
    "api move": lambda s: api_post(
        reverse("wagtailadmin_api:pages:action", args=[s.b_live.pk, "move"]), {"destination_page_id": s.a.pk}
    ),
    "api copy for translation": lambda s: api_post(
        reverse("wagtailadmin_api:pages:action", args=[s.b_draft.pk, "copy_for_translation"]), {"locale": "fr"}
    ),
    "api create alias": lambda s: api_post(
        reverse("wagtailadmin_api:pages:action", args=[s.b_live.pk, "create_alias"]),
        {"destination_page_id": s.a.pk},
    ),
    "api revert": lambda s: api_post(
        reverse("wagtailadmin_api:pages:action", args=[s.b_live.pk, "revert_to_page_revision"]),
        {"revision_id": s.b_revisions[0]},
    ),
    "api find by path": lambda s: get(
        reverse("wagtailadmin_api:pages:find") + f"?html_path={s.b_draft.url_path.removeprefix('/home')}"
    ),
    "api image detail": lambda s: get(reverse("wagtailadmin_api:images:detail", args=[s.b_image.pk])),
    "api document detail": lambda s: get(reverse("wagtailadmin_api:documents:detail", args=[s.b_document.pk])),
    # --- translations (wagtail-localize)
    "translate page GET": lambda s: get(reverse("wagtail_localize:submit_page_translation", args=[s.b_draft.pk])),
    "translate page POST": lambda s: post(
        reverse("wagtail_localize:submit_page_translation", args=[s.b_draft.pk]), {"locales": [s.fr.pk]}
    ),
    "update translations GET": lambda s: get(
        reverse("wagtail_localize:update_translations", args=[s.b_translation.source_id])
    ),
    "update translations POST publish": lambda s: post(
        reverse("wagtail_localize:update_translations", args=[s.b_translation.source_id]),
        {"publish_translations": "on"},
    ),
    "edit string translation": lambda s: api_put(
        reverse("wagtail_localize:edit_string_translation", args=[s.b_translation.pk, s.b_segment.pk]),
        {"value": "pwned"},
    ),
    "edit override": lambda s: api_put(
        reverse("wagtail_localize:edit_override", args=[s.b_translation.pk, 1]), {"value": "pwned"}
    ),
    "download pofile": lambda s: get(reverse("wagtail_localize:download_pofile", args=[s.b_translation.pk])),
    "upload pofile": lambda s: post(reverse("wagtail_localize:upload_pofile", args=[s.b_translation.pk])),
    "machine translate": lambda s: post(reverse("wagtail_localize:machine_translate", args=[s.b_translation.pk])),
    "preview translation": lambda s: get(reverse("wagtail_localize:preview_translation", args=[s.b_translation.pk])),
    "stop translation": lambda s: post(reverse("wagtail_localize:stop_translation", args=[s.b_translation.pk])),
    "convert to alias": lambda s: post(reverse("wagtail_localize:convert_to_alias", args=[s.b_fr_live.pk])),
    "edit B's translation": lambda s: get(page_url("edit", "b_fr_live")(s)),
    # --- images
    "image edit GET": lambda s: get(reverse("wagtailimages:edit", args=[s.b_image.pk])),
    "image edit POST": lambda s: post(reverse("wagtailimages:edit", args=[s.b_image.pk]), {"title": "pwned"}),
    "image delete": lambda s: post(reverse("wagtailimages:delete", args=[s.b_image.pk])),
    "image preview": lambda s: get(reverse("wagtailimages:preview", args=[s.b_image.pk, "original"])),
    "image url generator": lambda s: get(reverse("wagtailimages:url_generator", args=[s.b_image.pk])),
    "image url generator output": lambda s: get(
        reverse("wagtailimages:url_generator_output", args=[s.b_image.pk]) + "?filter_method=original"
    ),
    "image usage": lambda s: get(reverse("wagtailimages:image_usage", args=[s.b_image.pk])),
    "image edit multiple": lambda s: post(reverse("wagtailimages:edit_multiple", args=[s.b_image.pk])),
    "image delete multiple": lambda s: post(reverse("wagtailimages:delete_multiple", args=[s.b_image.pk])),
    "image chooser chosen": lambda s: get(reverse("wagtailimages_chooser:chosen", args=[s.b_image.pk])),
    "image chooser chosen multiple": lambda s: get(
        reverse("wagtailimages_chooser:chosen_multiple") + f"?id={s.b_image.pk}"
    ),
    "image select format": lambda s: get(reverse("wagtailimages_chooser:select_format", args=[s.b_image.pk])),
    # --- documents
    "document edit GET": lambda s: get(reverse("wagtaildocs:edit", args=[s.b_document.pk])),
    "document edit POST": lambda s: post(reverse("wagtaildocs:edit", args=[s.b_document.pk]), {"title": "pwned"}),
    "document delete": lambda s: post(reverse("wagtaildocs:delete", args=[s.b_document.pk])),
    "document usage": lambda s: get(reverse("wagtaildocs:document_usage", args=[s.b_document.pk])),
    "document edit multiple": lambda s: post(reverse("wagtaildocs:edit_multiple", args=[s.b_document.pk])),
    "document delete multiple": lambda s: post(reverse("wagtaildocs:delete_multiple", args=[s.b_document.pk])),
    "document chooser chosen": lambda s: get(reverse("wagtaildocs_chooser:chosen", args=[s.b_document.pk])),
    "document chooser chosen multiple": lambda s: get(
        reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={s.b_document.pk}"
    ),
    "private document serve": lambda s: get(
        reverse("wagtaildocs_serve", args=[s.b_private_document.pk, s.b_private_document.filename])
    ),
}

LISTINGS = {
    "dashboard": lambda s: reverse("wagtailadmin_home"),
    "explore members": lambda s: reverse("wagtailadmin_explore", args=[s.site.members.pk]),
    "explore root": lambda s: reverse("wagtailadmin_explore_root"),
    "page search": lambda s: reverse("wagtailadmin_pages:search") + "?q=bulletin",
    "page search results": lambda s: reverse("wagtailadmin_pages:search_results") + "?q=bulletin",
    "page chooser root": lambda s: reverse("wagtailadmin_choose_page"),
    "page chooser members": lambda s: reverse("wagtailadmin_choose_page_child", args=[s.site.members.pk]),
    "page chooser French members": lambda s: reverse("wagtailadmin_choose_page_child", args=[s.site.fr.members.pk]),
    "page chooser search": lambda s: reverse("wagtailadmin_choose_page_search") + "?q=bulletin",
    "page chooser news type": lambda s: reverse("wagtailadmin_choose_page") + "?page_type=news.newspage",
    "api pages": lambda s: reverse("wagtailadmin_api:pages:listing"),
    "api pages search": lambda s: reverse("wagtailadmin_api:pages:listing") + "?search=bulletin",
    "api pages of members": lambda s: reverse("wagtailadmin_api:pages:listing") + f"?child_of={s.site.members.pk}",
    "api pages of B": lambda s: reverse("wagtailadmin_api:pages:listing") + f"?child_of={s.b.pk}",
    "api pages under B": lambda s: reverse("wagtailadmin_api:pages:listing") + f"?descendant_of={s.b.pk}",
    "api images": lambda s: reverse("wagtailadmin_api:images:listing"),
    "api images search": lambda s: reverse("wagtailadmin_api:images:listing") + "?search=image",
    "api documents": lambda s: reverse("wagtailadmin_api:documents:listing"),
    "images index": lambda s: reverse("wagtailimages:index"),
    "images search": lambda s: reverse("wagtailimages:index_results") + "?q=image",
    "image chooser": lambda s: reverse("wagtailimages_chooser:choose"),
    "image chooser search": lambda s: reverse("wagtailimages_chooser:choose_results") + "?q=image",
    "documents index": lambda s: reverse("wagtaildocs:index"),
    "document chooser": lambda s: reverse("wagtaildocs_chooser:choose"),
    "documents search": lambda s: reverse("wagtaildocs:index_results") + "?q=document",
    "document chooser search": lambda s: reverse("wagtaildocs_chooser:choose_results") + "?q=document",
    "workflow report": lambda s: reverse("wagtailadmin_reports:workflow"),
    "workflow tasks report": lambda s: reverse("wagtailadmin_reports:workflow_tasks"),
    "site history report": lambda s: reverse("wagtailadmin_reports:site_history"),
    "aging pages report": lambda s: reverse("wagtailadmin_reports:aging_pages"),
    "locked pages report": lambda s: reverse("wagtailadmin_reports:locked_pages"),
    "page types usage report": lambda s: reverse("wagtailadmin_reports:page_types_usage"),
    "news type use": lambda s: reverse("wagtailadmin_pages:type_use", args=["news", "newspage"]),
    "translations report": lambda s: reverse("wagtail_localize:translations_report"),
    "tag autocomplete": lambda s: reverse("wagtailadmin_tag_autocomplete") + "?term=zan",
}


# The kinds of endpoint Wagtail's advisories of 2023-2026 were about (/work/shared/NOTES.md), and
# the lines above that cover each.
ADVISORIES = {
    "revision compare": ["revisions compare", "revisions compare live", "revision view"],
    "page history": ["history", "history results", "revisions index", "workflow history"],
    "preview": ["preview on edit GET", "preview on edit POST", "preview on add POST", "view draft"],
    "copy": ["copy GET", "copy POST", "api copy", "api create alias"],
    "chooser chosen views": ["page chooser chosen", "image chooser chosen", "document chooser chosen"],
    "admin API": ["api page detail", "api publish", "api image detail", "api document detail"],
    "image preview": ["image preview", "image url generator output"],
    "translation creation": ["translate page POST", "api copy for translation", "update translations POST publish"],
}


def test_every_advisory_is_covered():
    for kind, names in ADVISORIES.items():
        assert set(names) <= set(ENDPOINTS), kind


def request(client, call):
    if call.method == "get":
        return client.get(call.url)
    send = getattr(client, call.method)
    if call.json:
        return send(call.url, json.dumps(call.data), content_type="application/json")
    return send(call.url, call.data)


def refused(response, call):
    if response.status_code in (403, 404):
        return True
    if response.status_code != 302:
        return False
    location = response["Location"].split("?")[0]
    return (
        "login" in location  # the admin's login, or the site's for a private collection
        or location == reverse("wagtailadmin_home")  # Wagtail's "permission denied" redirect
        # An admin 404 that LocaleMiddleware redirects to the same path under /ar/, where no page is.
        or location == f"/ar{call.url.split('?')[0]}"
    )


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.parametrize("name", ENDPOINTS)
def test_officer_of_a_is_refused_member_b_content(officer_a, spaces, name):
    call = ENDPOINTS[name](spaces)
    response = request(officer_a, call)
    assert refused(response, call), f"{name}: {response.status_code} {response.get('Location', '')}"
    assert MARK not in body(response), f"{name} leaked B's content"


@pytest.mark.parametrize("name", LISTINGS)
def test_listings_do_not_show_member_b_content(officer_a, spaces, name):
    response = officer_a.get(LISTINGS[name](spaces))
    # 400: the admin API's answer to a parent page the user cannot see.
    assert response.status_code in (200, 302, 400, 403, 404), f"{name}: {response.status_code}"
    assert MARK not in body(response), f"{name} listed B's content"


def test_an_officer_publishing_an_experience_leaves_it_in_review(officer_a, spaces):
    page = spaces.a_experience
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    officer_a.post(edit, experience_form(page.title, page.slug, spaces.theme, action="action-submit"))
    response = officer_a.post(edit, experience_form(page.title, page.slug, spaces.theme, action="action-publish"))
    assert response.status_code in (200, 302)
    page = fresh(page)
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("url", ["wagtailusers_users:index", "wagtailusers_users:add", "wagtailusers_groups:index"])
def test_an_officer_has_no_user_management(officer_a, url):
    assert refused_page(officer_a.get(reverse(url)))


def test_a_deactivated_officer_is_anonymous_at_the_next_request(officer_a, spaces):
    assert officer_a.get(reverse("wagtailadmin_home")).status_code == 200
    get_user_model().objects.filter(pk=spaces.officer_a.pk).update(is_active=False)
    response = officer_a.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    response = officer_a.get(reverse("wagtailadmin_pages:edit", args=[spaces.a_news.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


# Forms of A's own pages, POSTed with B's content in a chooser field: refused, and not shown back.
OWN_FORMS = {
    "news main image": lambda s: (s.a_news, news_form(s.a_news.title, s.a_news.slug, hero_image=s.b_image.pk)),
    "news listing image": lambda s: (s.a_news, news_form(s.a_news.title, s.a_news.slug, listing_image=s.b_image.pk)),
    "news attachment": lambda s: (
        s.a_news,
        news_form(
            s.a_news.title, s.a_news.slug, attachments=inline_formset([{"document": s.b_document.pk, "title": ""}])
        ),
    ),
    "experience main image": lambda s: (
        s.a_experience,
        experience_form(s.a_experience.title, s.a_experience.slug, s.theme, action=None, hero_image=s.b_image.pk),
    ),
    "event presents B's experience": lambda s: (
        s.a_event,
        event_form(
            s.a_event.title,
            s.a_event.slug,
            experiences_presented=inline_formset([{"experience": s.b_experience.pk}]),
        ),
    ),
}


@pytest.mark.parametrize("name", OWN_FORMS)
def test_own_pages_cannot_take_member_b_content(officer_a, spaces, name):
    page, data = OWN_FORMS[name](spaces)
    before = page.revisions.count()
    response = officer_a.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200, f"{name}: {response.status_code}"
    assert MARK not in body(response), f"{name} showed B's content"
    assert page.revisions.count() == before
