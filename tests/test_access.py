"""The admin is closed to officers by default: every admin URL pattern is reviewed, anything else is refused.

The walk below reads every URL pattern under the admin (Wagtail's, wagtail-localize's, the project's)
and fails on one that `members.access.ADMIN_VIEWS` does not classify: a Wagtail upgrade that adds an
endpoint breaks the build instead of opening a hole.
"""

import pytest

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import ResolverMatch

from members import access
from tests.member_spaces import login


def admin_view_names():
    """{view name as Django resolves it: route} for every URL pattern under /admin/."""
    found = {}

    def walk(patterns, prefix, namespaces):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route, [*namespaces, pattern.namespace] if pattern.namespace else namespaces)
            elif isinstance(pattern, URLPattern) and route.startswith("admin/"):
                match = ResolverMatch(pattern.callback, (), {}, pattern.name, namespaces=namespaces)
                found[match.view_name] = route

    walk(get_resolver().url_patterns, "", [])
    return found


def test_the_walk_finds_the_whole_admin():
    names = admin_view_names()
    assert len(names) > 200
    for expected in ("wagtailadmin_pages:edit", "wagtail_localize:edit_override", "wagtailusers_users:edit"):
        assert expected in names


def test_every_admin_endpoint_is_reviewed():
    unreviewed = sorted(name for name in admin_view_names() if access.rule_for(name) is None)
    assert not unreviewed, f"classify these admin views in members/access.py ADMIN_VIEWS: {unreviewed}"


def test_the_allow_list_names_no_endpoint_that_does_not_exist():
    names = admin_view_names()
    stale = sorted(key for key in access.ADMIN_VIEWS if "*" not in key and key not in names)
    assert not stale, f"remove or fix these entries of ADMIN_VIEWS: {stale}"


def test_only_refusals_and_the_taxonomy_choosers_are_wildcards():
    for key, rule in access.ADMIN_VIEWS.items():
        if "*" in key and rule.allowed:
            assert key.startswith("wagtailsnippetchoosers_*:"), key
    # An allowing wildcard does not open the chooser of a model that is not a taxonomy.
    assert access.rule_for("wagtailsnippetchoosers_wagtailcore_page:choose") is None
    assert access.rule_for("wagtailsnippetchoosers_core_region:choose").allowed


def test_an_endpoint_nobody_reviewed_is_refused_to_an_officer(db, spaces, monkeypatch):
    officer = login(spaces.officer_a)
    url = reverse("wagtailadmin_account")
    assert officer.get(url).status_code == 200
    monkeypatch.delitem(access.ADMIN_VIEWS, "wagtailadmin_account")
    assert officer.get(url).status_code == 403
    # Staff reach every space: the list is not theirs.
    assert login(spaces.staff).get(url).status_code == 200


@pytest.mark.parametrize(
    "name",
    ["wagtailadmin_reports:aging_pages", "wagtailadmin_pages:type_use", "wagtailadmin_workflows:index"],
)
def test_what_is_staffs_is_refused_to_officers(db, spaces, name):
    args = ["news", "newspage"] if name == "wagtailadmin_pages:type_use" else []
    url = reverse(name, args=args)
    assert login(spaces.officer_a).get(url).status_code == 403
    assert login(spaces.staff).get(url).status_code in (200, 302)


def test_the_api_actions_are_refused_to_officers_even_on_their_own_pages(db, spaces):
    # They would publish or restore a revision without the page form's reference checks.
    url = reverse("wagtailadmin_api:pages:action", args=[spaces.a_news.pk, "unpublish"])
    response = login(spaces.officer_a).post(url, "{}", content_type="application/json")
    assert response.status_code == 403
