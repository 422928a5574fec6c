"""Posts saved from social platforms: the account that posted is the
publisher, the post's first line its headline, the platform no source (#17).

Pages in tests/data/page_posts/ were written for this project, in the shapes
a channel's post widget and a toot's page take.
"""

import pytest

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_posts"


def _read(name: str):
    (document,) = read_file(PAGES / name)
    return document


@pytest.mark.parametrize(
    ("name", "title", "source"),
    [
        # og:title is the channel, og:site_name "Telegram", the description
        # the post with its first line as the headline.
        (
            "channel_post_uz.html",
            "Registon ko'chasida suv quvuri almashtiriladi",
            "Samarqand shahar suv ta'minoti",
        ),
        # "Cyngor Tref Aberwen (@cyngor@toot.example)": the name without its
        # handle, as the link to the profile shows it.
        (
            "toot_cy.html",
            "Mae'r llyfrgell yn agor ar ddydd Sul o fis Ebrill ymlaen",
            "Cyngor Tref Aberwen",
        ),
        # The profile's link has two segments of path ("/profile/name"), and
        # the post's url goes on from it ("/profile/name/post/id").
        (
            "post_under_profile.html",
            "Evening sailings to Gull Island resume on Friday",
            "Harbour Ferries",
        ),
    ],
)
def test_a_post_is_titled_by_its_first_line_and_published_by_its_account(
    name, title, source
):
    document = _read(name)
    assert (document.title, document.source, document.byline) == (title, source, "")


def test_a_headline_a_breadcrumb_links_is_no_account(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(
        """<!doctype html><html><head><meta charset="utf-8">
<title>Ferry fares frozen for a year</title>
<meta property="og:title" content="Ferry fares frozen for a year">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:description" content="The council keeps fares as they are."></head>
<body><nav class="crumbs"><a href="/">Home</a> <a href="/ferry-fares-frozen">Ferry
fares frozen for a year</a></nav><article><h1>Ferry fares frozen for a year</h1>
<p>The harbour council will keep ferry fares at this year's prices until next
spring, after a vote on Tuesday evening.</p>
<p>Season tickets bought before April stay valid for twelve months.</p>
</article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (document.title, document.source) == (
        "Ferry fares frozen for a year",
        "Harbour Gazette",
    )


def test_the_replies_under_a_post_are_not_its_text():
    # Two replies below the post, in elements classed "post--reply"; the
    # first reads as a closing paragraph.
    document = _read("post_with_replies.html")
    assert document.body.endswith("with a lifeguard on duty at weekends.")
    assert "picnic shelter" not in document.body


def test_an_agency_post_on_a_platform_is_published_by_the_agency():
    # og:site_name "Neighbourly"; the url holds the agency's name as a
    # segment, the page links to the agency's page under it, and the <title>
    # names it beside the headline.
    document = _read("agency_post_filed.html")
    assert (document.title, document.source) == (
        "Burn ban lifted after weekend rain",
        "Lakeside Fire District",
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the link's segment is in the url but is not the name's ("lakeside",
        # the town): the link and the url do not agree on the name
        (
            'href="/agency/lakeside-fire-district/"',
            'href="/agency/lakeside/"',
        ),
        # the page's url does not hold the agency's name
        ("lakeside/lakeside-fire-district/burn-ban", "lakeside/burn-ban"),
        # a breadcrumb: the page's url goes on from the link's path
        (
            'href="/agency/lakeside-fire-district/"',
            'href="/agency-post/or/lakeside/lakeside-fire-district/"',
        ),
        # the title does not name it beside the headline
        ("(Lakeside Fire District) — Neighbourly", "— Neighbourly"),
    ],
)
def test_a_link_that_does_not_agree_with_the_url_and_title_is_no_publisher(
    tmp_path, old, new
):
    page = (PAGES / "agency_post_filed.html").read_text(encoding="utf-8")
    assert old in page
    path = tmp_path / "post.html"
    path.write_text(page.replace(old, new), encoding="utf-8")
    (document,) = read_file(path)
    assert document.source == "Neighbourly"


def test_a_link_whose_url_does_not_parse_is_passed_over(tmp_path):
    page = (PAGES / "agency_post_filed.html").read_text(encoding="utf-8")
    broken = '<a href="http://[broken/agency">Broken link</a>'
    path = tmp_path / "post.html"
    path.write_text(page.replace("<main>", "<main>" + broken), encoding="utf-8")
    (document,) = read_file(path)
    assert document.source == "Lakeside Fire District"


_MENU_POST = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="Skyline Social">
<meta property="og:url" content="https://skyline.example/{path}">
</head><body>
<nav><a href="/">Skyline</a> <a href="/events">Events</a> <a href="/groups">Groups</a></nav>
<main><div class="post"><a href="/profile/harbour" class="name">Harbour Ferries</a>
{prompt}
<p>Evening sailings to Gull Island resume on Friday, after the repairs to the
pier were finished ahead of time.</p>
<p>Tickets bought for cancelled sailings can be used on any crossing until
the end of June.</p></div></main></body></html>"""


@pytest.mark.parametrize(
    ("title", "path", "prompt"),
    [
        # the page titled by a section its menu links ("Events"): the link
        # stands in the site's <nav>, where no post's account is
        ("Events", "events/harbour-fair-2024", ""),
        # a login wall's title and its "Log in" link beside the post, out of
        # the site's menus: an action, not an account's name
        (
            "Log in",
            "profile/harbour/post/3kx9q2w",
            '<div class="prompt"><a href="/login">Log in</a></div>',
        ),
    ],
)
def test_a_section_or_an_action_the_page_links_is_no_account(
    tmp_path, title, path, prompt
):
    page = tmp_path / "post.html"
    page.write_text(
        _MENU_POST.format(title=title, path=path, prompt=prompt), encoding="utf-8"
    )
    (document,) = read_file(page)
    assert document.source == "Skyline Social"
