"""The page readers' plain walks find what bs4's find_all finds (#17).

The readers of a saved page look up elements and strings by walking the tree
(searchidx/ingest/_markup.py) instead of bs4's matcher objects, which cost
several times more on every page. A newer bs4 that changed what find_all
matches would make the walks and find_all disagree: these tests say where.
The page below was written for this project.
"""

import re

import pytest
from bs4 import BeautifulSoup, Comment

from searchidx.ingest._markup import class_matches, strings_matching, tags_named

PAGE = """<!doctype html>
<html><head><title>Harbour lights</title>
<!-- saved by an archive -->
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
<meta property="og:title" content="Harbour lights relit">
<meta name="robots" content="">
</head><body>
<h1>Harbour lights relit</h1>
<div class="post-tags tag-list"><span>Tags:</span> <a rel="tag" href="/tag/harbour">Harbour</a>
<a rel="category tag" href="/c/news">News</a><a rel="" href="#">Blank</a></div>
<div class="tags">Tags: Lights, Boats</div>
<ul class="tag_cloud widget"><li><a href="/tag/x">x</a></li></ul>
<p class="">The lights were relit on Friday. <!-- editor's note --></p>
<h2>Copyright</h2><img alt="The quay"><amp-img alt="At night"></amp-img>
<table><tr><td>© 2024 Harbour Trust</td></tr></table>
<h3>Contact</h3><p>SOURCE Harbour Trust</p>
</body></html>"""

PATTERNS = [
    re.compile(r"^\s*tags?\s*:", re.I),
    re.compile(r"©|copyright", re.I),
    re.compile(r"^\s*SOURCE\s+\w"),
    re.compile(r"editor|archive"),  # only in comments
]


@pytest.fixture
def soup():
    return BeautifulSoup(PAGE, "lxml")


@pytest.mark.parametrize(
    "names", [("h1", "h2", "h3"), ("img", "amp-img", "table"), ("a",), ("nav",)]
)
@pytest.mark.parametrize("limit", [None, 1, 2])
def test_tags_named_finds_what_find_all_finds(soup, names, limit):
    assert tags_named(soup, names, limit=limit) == soup.find_all(
        list(names), limit=limit
    )


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern)
@pytest.mark.parametrize("limit", [None, 1, 5])
def test_strings_matching_finds_what_find_all_finds(soup, pattern, limit):
    found = strings_matching(soup, pattern, limit=limit)
    expected = soup.find_all(string=pattern, limit=limit)
    assert len(found) == len(expected)
    assert all(a is b for a, b in zip(found, expected, strict=True))


def test_strings_matching_reads_comments_too(soup):
    (comment,) = strings_matching(soup, re.compile("editor"))
    assert isinstance(comment, Comment)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"^(?:[\w-]*[_-])?tags?(?:[_-][\w-]*)?$"),
        re.compile(r"cloud widget"),  # only the classes joined hold it
        re.compile(r"^$"),  # the empty class of class=""
    ],
    ids=lambda p: p.pattern,
)
def test_class_matches_tests_what_find_all_tests(soup, pattern):
    walked = [tag for tag in soup.find_all(True) if class_matches(tag, pattern)]
    assert walked == soup.find_all(class_=pattern)


def test_elements_with_content_are_those_find_all_finds(soup):
    from searchidx.ingest.page_metadata import _with_content

    walked = list(_with_content(soup))
    assert walked == soup.find_all(attrs={"content": True})
    assert len(walked) == 2  # an empty content="" counts, as bs4 counts it
