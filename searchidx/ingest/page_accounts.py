"""Who posted a page saved from a platform that hosts many publishers.

A social network's post, a neighbourhood network's agency post: the
platform names itself as the site (og:site_name), and the page is the
account's. The account is told by what agrees with it: the page's title,
a link to the account's page, and the page's own url filed under it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from ._text import clean_line
from .page_publisher import is_home_link, is_section_name

# An account's handle after its name ("Name (@name@host)", "Name @name").
_HANDLE = re.compile(r"\s*\(?@[\w.@-]+\)?\s*$")
# Most words of an account's name; a longer title is a headline. Links
# read for the account's.
_ACCOUNT_WORDS = 8
_ACCOUNT_LINKS = 60
# A link to an account's profile: one segment of path ("/aacitylibrary",
# "https://t.me/chuy_jol", "/@cyngor").
_PROFILE_LINK = re.compile(r"^(?:https?://[^/]+)?/@?[\w.-]+/?$")


def posting_account(soup: BeautifulSoup, title: str, url: str = "") -> str:
    """Return the account a post saved from a social platform is titled by,
    or "".

    A channel's, a page's or a profile's post titles its page by the account
    that posted it ("Чүй облустук жол башкармалыгы", "Name (@name@host)"),
    and the platform names itself as the site: the account is the
    publisher. Told by the title, without its handle, being the text of a
    link to a profile other than the page itself: one segment of path, or a
    path the page's own url lies under (a post filed under its account,
    "/profile/name/post/id").

    Args:
        soup: the whole page.
        title: the title the page gives in its head (og:title, <title>).
        url: the page's own url, which a link to itself does not name.
    """
    name = _HANDLE.sub("", title).strip()
    if not name or len(name.split()) > _ACCOUNT_WORDS:
        return ""
    # A headline the page shows as its <h1> is no account's name, though a
    # breadcrumb may link it.
    if any(
        clean_line(h1.get_text(" ")).casefold() == name.casefold()
        for h1 in soup.find_all("h1", limit=3)
    ):
        return ""
    own = url.rstrip("/")
    # The account's link stands at the post's head.
    for link in soup.find_all("a", href=True, limit=_ACCOUNT_LINKS):
        href = str(link["href"]).strip()
        if is_home_link(href) or not (
            _PROFILE_LINK.match(href) or is_filed_under(url, href)
        ):
            continue
        if own and (href.rstrip("/") == own or own.endswith(href.rstrip("/"))):
            continue
        if is_site_chrome_link(link):
            continue
        raw = link.get_text(" ")
        if len(raw) > 3 * len(name) + 80:
            continue  # a block of text, not a name
        text = _HANDLE.sub("", clean_line(raw)).strip()
        if text and text.casefold() == name.casefold() and not is_site_word(text):
            return name
    return ""


def filing_account(soup: BeautifulSoup, url: str, titles: tuple[str, ...]) -> str:
    """Return the account a page on a platform is filed under, or "".

    A platform's page (a neighbourhood network's agency post) is filed
    under its account: its url holds the account's name as a segment of its
    path, the page links to the account's own page under that same segment,
    and its title names the account beside the headline ("Headline (Ridgefield
    Police Department) — Nextdoor"); the platform names itself as the site.
    Three statements that agree: the url, the link and the title. A
    breadcrumb's section is told apart: the page's url goes on from its
    link, and a section's name is one word or a known section's name.

    Args:
        soup: the whole page.
        url: the page's own url.
        titles: what the page gives as its title (<title>, og:title) and
            the headline: the account is named in one, and is none of them.
    """
    own = _path_parts(url)
    # A name of two words or more is a segment with a hyphen: most pages'
    # urls have none before their last segment, and are not searched.
    segments = [part for part in own[:-1] if "-" in part]
    folded = [clean_line(t).casefold() for t in titles if t]
    if not segments or not folded:
        return ""
    for link in soup.find_all("a", href=True, limit=_ACCOUNT_LINKS):
        href = str(link["href"]).strip()
        if not any(segment in href for segment in segments):
            continue
        path = _path_parts(href)
        if not path or not _same_site(url, href) or own[: len(path)] == path:
            continue
        if is_site_chrome_link(link):
            continue
        name = clean_line(link.get_text(" "))
        if (
            path[-1] in segments
            and path[-1].casefold() == "-".join(_WORD.findall(name.casefold()))
            and 2 <= len(name.split()) <= _ACCOUNT_WORDS
            and not is_site_word(name)
            # beside the headline in a title, and never the headline itself
            and name.casefold() not in folded
            and any(name.casefold() in t for t in folded)
        ):
            return name
    return ""


_WORD = re.compile(r"\w+")

# What a site's menu offers a reader, in the words sites use: an action
# ("Log in", "Sign up", "Subscribe") or a place on the site ("Home",
# "Menu", "Search"). An account is a name, never one of these.
_SITE_WORDS = re.compile(
    r"(?:log\s*-?\s*(?:in|on|out)|sign\s*-?\s*(?:in|up|out)|register|join(?:\s+now)?|"
    r"subscribe|menu|home(?:\s*page)?|search|explore|about(?:\s+us)?|contact(?:\s+us)?|"
    r"donate|help|settings|account|my\s+account|profile|share|follow|more|back|"
    r"anmelden|registrieren|connexion|s'inscrire|iniciar\s+sesi[oó]n|registrarse|"
    r"accedi|entrar|inloggen|войти|регистрация)",
    re.I,
)
# Where a site keeps its own links: its menus, its page header and footer
# (a post's own header inside an <article> or <main> is the post's).
_MENU_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|masthead|"
    r"site-?header|site-?footer|topbar)(?:$|[\s_-])",
    re.I,
)


def is_site_word(name: str) -> bool:
    """Return True when ``name`` is what a site's menu says ("Log in",
    "News", "Sign up"), a section or an action, never an account's name."""
    return (
        is_section_name(name) or _SITE_WORDS.fullmatch(name.strip(" .:|»›")) is not None
    )


def is_site_chrome_link(link: Tag) -> bool:
    """Return True when ``link`` stands in the site's own chrome (a menu, a
    breadcrumb, the page's header or footer): a link to a section or an
    action, not to the account a post is by."""
    # The <body>'s classes describe the layout ("one-sidebar"), not a link.
    parents = [p for p in link.parents if p.name not in ("body", "html", "[document]")]
    in_post = any(
        parent.name in ("article", "main")
        or str(parent.get("role", "")).lower() in ("article", "main")
        for parent in parents
    )
    for parent in parents:
        name = parent.name
        if name in ("nav", "menu", "aside") or (
            name in ("header", "footer") and not in_post
        ):
            return True
        if str(parent.get("role", "")).lower() in ("navigation", "banner", "menubar"):
            return True
        if _MENU_CLASS.search(" ".join(parent.get("class") or ())):
            return True
    return False


def _split(url: str) -> tuple[str, list[str]]:
    """Return a url's host (lower case) and the segments of its path; no
    segments for a url that does not parse ("http://[broken")."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", []
    return parts.netloc.lower(), [part for part in parts.path.split("/") if part]


def _path_parts(url: str) -> list[str]:
    return _split(url)[1]


def _same_site(url: str, href: str) -> bool:
    host = _split(href)[0]
    return not host or host == _split(url)[0]


def is_filed_under(url: str, href: str) -> bool:
    """Return True when the page at ``url`` lies below the link ``href`` on
    the same site: its path goes on from the link's ("/profile/name" over
    "/profile/name/post/id")."""
    if not url or not _same_site(url, href):
        return False
    own, path = _path_parts(url), _path_parts(href)
    return bool(path) and len(own) > len(path) and own[: len(path)] == path


def post_headline(soup: BeautifulSoup) -> str:
    """Return the first line of a post as its page describes it (the post's
    own headline), or "" when it is more than a headline's length."""
    for attrs in ({"property": "og:description"}, {"name": "description"}):
        element = soup.find("meta", attrs=attrs)
        if element is not None and element.get("content"):
            line = clean_line(str(element["content"]).strip().split("\n")[0])
            # at least a few letters: scripts such as Khmer write no spaces
            fits = len(line) >= 8 and len(line.split()) <= _POST_HEADLINE_WORDS
            return line if fits else ""
    return ""


# Most words of a post's first line taken as its headline.
_POST_HEADLINE_WORDS = 25
