"""The Nu HTML checker's rules that matter here, on every page type of the demo, and the strict CSP's rules.

A form's `action` is never empty; every `srcset` lists distinct, true widths; no inline script or style
(the public site runs under a strict Content-Security-Policy; JSON-LD blocks are data, not scripts).
"""

import re
from collections import defaultdict

import pytest

from wagtail.models import Page

SRCSET = re.compile(r'srcset="([^"]*)"')
CANDIDATE_WIDTH = re.compile(r"\s(\d+)w$")


def one_page_per_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page).__name__, page.locale_id), page)
    return list(pages.values())


@pytest.mark.django_db
def test_every_page_type_passes_the_rules_that_matter(client, demo):
    problems = defaultdict(list)
    pages = one_page_per_type()
    assert len({type(p).__name__ for p in pages}) >= 9
    for page in pages:
        html = client.get(page.url).content.decode()
        if re.search(r'<form\b[^>]*\saction=""', html) or re.search(r"<form\b(?![^>]*\saction=)[^>]*>", html):
            problems["empty form action"].append(page.url)
        for srcset in SRCSET.findall(html):
            widths = [CANDIDATE_WIDTH.search(c.strip()) for c in srcset.split(",")]
            if len(srcset.split(",")) > 1:
                values = [int(w.group(1)) for w in widths if w]
                if len(values) != len(set(values)) or len(values) != len(widths):
                    problems["srcset widths"].append((page.url, srcset))
        if re.search(r"\sstyle=\"", html):
            problems["inline style attribute"].append(page.url)
        if re.search(r"<style\b", html):
            problems["inline style element"].append(page.url)
        # JSON-LD is data, never run: the policy does not apply to it.
        if re.search(r"<script\b(?![^>]*\ssrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", html):
            problems["inline script"].append(page.url)
    assert not problems, dict(problems)


@pytest.mark.django_db
def test_the_home_heros_srcset_lists_true_widths(client, demo):
    html = client.get("/ar/").content.decode()
    hero = html.split('class="hero__media"', 1)[1].split("</picture>", 1)[0]
    for srcset in SRCSET.findall(hero):
        widths = [int(CANDIDATE_WIDTH.search(c.strip()).group(1)) for c in srcset.split(",")]
        assert len(widths) == len(set(widths)), srcset


@pytest.mark.django_db
def test_a_bulletins_tags_and_category_lead_to_the_filtered_news_index(client, demo):
    from news.models import NewsPage

    bulletin = next(p for p in NewsPage.objects.live().filter(locale__language_code="ar") if p.tags.exists())
    html = client.get(bulletin.url).content.decode()
    tag = bulletin.tags.first()
    index = bulletin.get_parent().url if bulletin.member is None else None
    links = re.findall(r'<a href="([^"]*\?tag=[^"]*)" rel="tag">', html)
    assert links, "the tags are links"
    response = client.get(links[0])
    assert response.status_code == 200
    assert bulletin.title in response.content.decode()
    assert f'value="{tag.slug}" selected' in response.content.decode()  # the filter form keeps its value
    if bulletin.category:
        assert f"?category={bulletin.category.slug}" in html
    del index
