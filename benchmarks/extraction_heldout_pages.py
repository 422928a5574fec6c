"""Write the held-out pages of benchmarks/heldout/ and their labels.

    python benchmarks/extraction_heldout_pages.py

The articles below (text, headline, date, byline, publisher, tags) were written
by hand for the project, fictional, in the shapes of sites the readers were
never built on; each is poured into the markup of one kind of site (WordPress,
a news CMS, Drupal portals, company newsrooms, AMP, Blogger, Ghost, Joomla,
CivicPlus, pages in German, French, Spanish, Italian and Dutch) with that
site's chrome: cookie banners, galleries, embedded posts, related rails,
paywalls, pagers, newsletter boxes. The labels come from the same hand-written
facts, so what a page shows and what it is scored against cannot drift apart.

The pages and labels were written before searchidx was run on them and must not
be changed to suit a reader: they stand for sites nobody has tuned for. Run
this only to rebuild the files byte for byte.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout"
LABELS = HERE / "extraction_labels_heldout.json"

E = html.escape


def _paras(paragraphs, cls=""):
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{E(p)}</p>" for p in paragraphs)


def _jsonld(data):
    return '<script type="application/ld+json">' + json.dumps(data) + "</script>"


# ---------------------------------------------------------------- templates
# Each returns the page and the chrome phrases that must stay out of its body.


def wordpress(a):
    p = a["paras"]
    body = []
    for i, text in enumerate(p):
        body.append(f"<p>{E(text)}</p>")
        if i == 1:
            body.append(
                '<div class="code-block code-block-3" style="margin:8px auto">'
                '<span class="ad-label">Advertisement</span>'
                '<ins class="adsbygoogle" data-ad-slot="4412"></ins></div>'
            )
        if i == 2 and a.get("related_inline"):
            body.append(
                f'<p><strong>Related:</strong> <a href="/{a["related_inline"][1]}/">'
                f"{E(a['related_inline'][0])}</a></p>"
            )
    tags = ", ".join(
        f'<a href="/tag/{t.lower()}/" rel="tag">{E(t)}</a>' for t in a["tags"]
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} &#8211; {E(a["source"])}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{a["url"]}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:url" content="{a["url"]}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="article:published_time" content="{a["date"]}T{a.get("time", "09:12:44")}+00:00">
<meta property="article:modified_time" content="{a.get("modified", a["date"])}T16:40:02+00:00">
<meta name="author" content="{E(a["byline"])}">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-{a["postid"]} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{E(a["source"])}</a></p>
<p class="site-description">{E(a["tagline"])}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/category/news/">News</a></li><li><a href="/category/sports/">Sports</a></li>
<li><a href="/category/obituaries/">Obituaries</a></li><li><a href="/category/opinion/">Opinion</a></li>
<li><a href="/submit-a-tip/">Submit a Tip</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{a["postid"]}" class="post-{a["postid"]} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">
<span class="cat-links"><a href="/category/news/" rel="category tag">News</a></span>
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{a["url"]}" rel="bookmark"><time class="entry-date published" datetime="{a["date"]}T{a.get("time", "09:12:44")}+00:00">{a["shown_date"]}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{a["byline"].split()[0].lower()}/">{E(a["byline"])}</a></span></span></div>
</header>
<div class="post-thumbnail"><img width="1024" height="683" src="/wp-content/uploads/{a["date"][:4]}/{a["date"][5:7]}/lead-1024x683.jpg" alt="{E(a["photo"])}"></div>
<div class="entry-content">
{chr(10).join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter" href="#">Click to share on X (Opens in new window)</a></li><li><a class="share-facebook" href="#">Click to share on Facebook (Opens in new window)</a></li></ul></div></div>
<div class="sharedaddy sd-block sd-like"><h3>Like this:</h3><div class="likes-widget-placeholder">Loading...</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items">{"".join(f'<div class="jp-relatedposts-post"><h4><a href="#">{E(t)}</a></h4><p>In &quot;News&quot;</p></div>' for t in a["rail"])}</div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous</span> {E(a["rail"][0])}</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"][1:])}</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>{E(a["source"])} is an independent, reader-supported newsroom. Become a member today.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {a["date"][:4]} {E(a["source"])}. Proudly powered by WordPress.</div></footer>
</div>
</body>
</html>
"""
    return page, [
        "Share this:",
        "Leave a Reply",
        "Recent Posts",
        "reader-supported newsroom",
        "Advertisement",
        a["rail"][1],
        "Loading...",
    ]


def news_cms(a):
    p = a["paras"]
    body = []
    for i, text in enumerate(p):
        body.append(
            f'<p class="article-body__paragraph" data-type="text">{E(text)}</p>'
        )
        if i == 0:
            body.append(
                '<figure class="article-body__image"><img src="/resizer/xY2/inline.jpg" alt="">'
                f'<figcaption><span class="caption">{E(a["caption"])}</span> '
                f'<span class="credit">{E(a["credit"])}</span></figcaption></figure>'
            )
        if i == 1:
            body.append(
                '<div class="newsletter-inline" data-module="newsletter">'
                f"<h3>Get the {E(a['newsletter'])} newsletter</h3><p>The day's top stories, "
                "in your inbox every weekday morning.</p>"
                '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>'
            )
        if i == 2:
            body.append(
                f'<p class="article-body__paragraph read-more"><strong>READ MORE:</strong> '
                f'<a href="/news/{a["read_more"][1]}">{E(a["read_more"][0])}</a></p>'
            )
        if i == 3:
            body.append(
                '<div class="ad ad--inline" data-slot="mid-article"><span>Advertisement</span></div>'
            )
    authors = [n.strip() for n in a["byline"].replace(" and ", ",").split(",")]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["deck"],
        "datePublished": f"{a['date']}T{a.get('time', '06:30:00')}Z",
        "dateModified": f"{a.get('modified', a['date'])}T18:02:11Z",
        "author": [{"@type": "Person", "name": n} for n in authors],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": a["source"],
            "logo": {"@type": "ImageObject", "url": "/logo.png"},
        },
        "mainEntityOfPage": a["url"],
        "articleSection": a["section"],
    }
    bylines = " and ".join(
        f'<a class="byline__author" href="/people/{n.lower().replace(" ", "-")}">{E(n)}</a>'
        for n in authors
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - {E(a["source"])}</title>
<meta name="description" content="{E(a["deck"])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["deck"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{a["url"]}">
{_jsonld(ld)}
<script>window.__APP_STATE__={{"page":"article","section":"{a["section"]}","ads":true}};</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="consent-banner" role="dialog">
<p>We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time in Privacy Settings.</p>
<button>Accept all</button><button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{E(a["source"])}</a>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/subscribe" class="cta">Subscribe</a> <a href="/login">Log in</a></nav></header>
<div class="layout">
<main class="layout__main">
<article class="article">
<div class="article-header">
<a class="article-header__section" href="/{a["section"].lower()}">{E(a["section"])}</a>
<h1 class="article-header__headline" data-testid="headline">{E(a["title"])}</h1>
<h2 class="article-header__deck">{E(a["deck"])}</h2>
<div class="byline">By {bylines}</div>
<div class="article-header__timestamp"><time datetime="{a["date"]}T{a.get("time", "06:30:00")}Z">{a["shown_date"]}</time><span class="updated">Updated {a["updated_shown"]}</span></div>
<div class="share-tools"><button>Share</button><button>Save</button><span>{a["comments"]} comments</span></div>
</div>
<div class="article-body" data-testid="article-body">
{chr(10).join(body)}
</div>
<div class="article-footer"><p class="copyright">&copy; {a["date"][:4]} {E(a["source"])}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
</article>
<section class="more-stories"><h2>More from {E(a["section"])}</h2><ul>
{"".join(f'<li><a href="#"><span class="kicker">{E(a["section"])}</span> {E(t)}</a></li>' for t in a["rail"])}
</ul></section>
</main>
<aside class="layout__rail"><div class="most-read"><h2>Most Read</h2><ol>
{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in reversed(a["rail"]))}
</ol></div><div class="ad ad--rail"><span>Advertisement</span></div></aside>
</div>
<footer class="site-footer"><nav><a href="/about">About us</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></nav>
<p>&copy; {E(a["source"])} Media Group</p></footer>
</body>
</html>
"""
    return page, [
        "use cookies",
        "newsletter",
        "READ MORE",
        "Most Read",
        a["rail"][0],
        a["caption"],
        "All rights reserved",
        "Advertisement",
    ]


def drupal_agency(a):
    body = [f"<p>{E(a['dateline'] + ' – ' + a['paras'][0])}</p>"]
    body += [f"<p>{E(t)}</p>" for t in a["paras"][1:]]
    contact = a["contact"]
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:title" content="{E(a["title"])}">
<link rel="canonical" href="{a["url"]}">
<link rel="shortlink" href="/node/{a["postid"]}">
</head>
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<section class="usa-banner" aria-label="Official website"><div class="usa-accordion"><p>An official website of the {E(a["state"])}</p><p>Here's how you know</p></div></section>
<div class="alert alert--emergency"><p>{E(a["alert"])}</p></div>
<header class="usa-header usa-header--extended"><div class="usa-logo"><a href="/" title="Home"><em class="usa-logo__text">{E(a["source"])}</em></a></div>
<nav class="usa-nav"><ul class="usa-nav__primary">
<li><a href="/about">About</a></li><li><a href="/programs">Programs &amp; Services</a></li><li><a href="/licenses">Licenses &amp; Permits</a></li><li><a href="/newsroom">Newsroom</a></li><li><a href="/contact">Contact Us</a></li></ul></nav></header>
<main id="main-content" role="main">
<nav class="usa-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li><li><span>Press Releases</span></li></ol></nav>
<div class="grid-row">
<div class="desktop:grid-col-8">
<article class="node node--type-press-release node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{E(a["title"])}</span></h1>
<div class="field field--name-field-release-date"><span class="label">Release Date:</span> <time datetime="{a["date"]}T12:00:00Z">{a["shown_date"]}</time></div>
<div class="field field--name-body text-formatted">
{chr(10).join(body)}
<p style="text-align:center">###</p>
</div>
<div class="field field--name-field-media-contact"><h2>Media Contact</h2><p>{E(contact)}</p></div>
</article>
</div>
<aside class="desktop:grid-col-4 sidebar"><h2>Recent News</h2><ul>
{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul>
<div class="block-subscribe"><h2>Stay Informed</h2><p>Sign up to receive news releases by email.</p></div></aside>
</div>
</main>
<footer class="usa-footer"><div class="usa-footer__primary-section"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/foia">Public Records Requests</a></li></ul></div>
<div class="usa-footer__secondary-section"><p>{E(a["source"])} · {E(a["address"])}</p></div></footer>
</body>
</html>
"""
    return page, [
        "An official website",
        "Media Contact",
        contact.split(",")[0],
        "Recent News",
        "Stay Informed",
        a["alert"][:30],
        "###",
    ]


def pr_wire(a):
    first = f"{a['dateline']}, {a['shown_date']} /PRNewswire/ -- {a['paras'][0]}"
    body = [f"<p>{E(first)}</p>"] + [f"<p>{E(t)}</p>" for t in a["paras"][1:]]
    about = a["about"]
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}</title>
<meta name="description" content="{E(a["paras"][0][:150])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["wire"])}">
<meta name="author" content="{E(a["source"])}">
<link rel="canonical" href="{a["url"]}">
</head>
<body>
<div class="header"><a href="/" class="logo">{E(a["wire"])}</a>
<ul class="top-nav"><li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li><li><a href="/contact-us/">Contact</a></li><li><a href="/account/">Log In</a></li></ul>
<form class="search"><input type="search" placeholder="Search"></form></div>
<div class="container release-body">
<header class="release-header">
<p class="kicker">News provided by</p>
<a class="company-name" href="/news/{a["postid"]}/">{E(a["source"])}</a>
<p class="mb-no">{a["shown_date"]}, 08:00 ET</p>
<h1>{E(a["title"])}</h1>
<h2 class="subtitle">{E(a["deck"])}</h2>
<div class="social-share"><a>Share this article</a></div>
</header>
<section class="release-body container">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
{chr(10).join(body)}
<p><b>About {E(a["source"])}</b><br>{E(about)}</p>
<p>Media Contact:<br>{E(a["contact"])}</p>
<p>SOURCE {E(a["source"])}</p>
</div></div>
</section>
<div class="related-links"><h3>Related Links</h3><a href="#">http://www.{a["host"]}</a></div>
<section class="also-from"><h3>Also from this source</h3><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul></section>
<section class="explore"><h3>Explore</h3><ul><li>Computer &amp; Electronics</li><li>Venture Capital</li><li>Photography</li></ul><p>News Releases in Similar Topics</p></section>
</div>
<footer><p>Contact {E(a["wire"])}</p><p>&copy; {a["date"][:4]} Cision US Inc.</p></footer>
</body>
</html>
"""
    return page, [
        "News provided by",
        "Share this article",
        "Also from this source",
        "Media Contact",
        "SOURCE ",
        "Similar Topics",
    ]


def company_newsroom(a):
    first = f"{a['dateline']} — {a['paras'][0]}"
    body = [f"<p>{E(first)}</p>"] + [f"<p>{E(t)}</p>" for t in a["paras"][1:]]
    meta_date = (
        f'<meta property="article:published_time" content="{a["date"]}">'
        if a.get("has_meta_date")
        else ""
    )
    shown = (
        f'<span class="date">{a["shown_date"]}</span>' if a.get("shows_date") else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(a["title"])} | Newsroom | {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
{meta_date}
<link rel="stylesheet" href="/assets/newsroom.css">
</head>
<body class="newsroom newsroom-detail">
<div class="cookie-bar" id="onetrust-banner-sdk"><div class="ot-text">By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</div><button>Accept All Cookies</button><button>Cookie Settings</button></div>
<header class="global-header"><a class="brand" href="/">{E(a["source"])}</a>
<nav><a href="/products">Products</a><a href="/about">About Us</a><a href="/careers">Careers</a><a href="/investors">Investors</a><a href="/newsroom" class="active">Newsroom</a></nav></header>
<div class="newsroom-hero"><p class="eyebrow">Press Release</p><h1>{E(a["title"])}</h1>{shown}</div>
<div class="page-body">
<div class="rich-text">
{chr(10).join(body)}
<h3>About {E(a["source"])}</h3>
<p>{E(a["about"])}</p>
</div>
<div class="contact-card"><h4>Press contact</h4><p>{E(a["contact"])}</p></div>
<div class="downloads"><h4>Downloads</h4><ul><li><a href="#">Press release (PDF)</a></li><li><a href="#">Images (ZIP, 12 MB)</a></li></ul></div>
</div>
<section class="latest-news"><h2>Latest news</h2>{"".join(f'<div class="card"><a href="#">{E(t)}</a></div>' for t in a["rail"])}</section>
<footer class="global-footer"><p>&copy; {a["date"][:4]} {E(a["source"])}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/legal">Legal</a></footer>
</body>
</html>
"""
    return page, [
        "Accept All Cookies",
        "Press contact",
        "Latest news",
        "Downloads",
        "All rights reserved",
        a["rail"][0],
    ]


def gallery(a):
    body = []
    slides = a["slides"]
    for i, text in enumerate(a["paras"]):
        body.append(f"<p>{E(text)}</p>")
        if i == 1:
            body.append(
                '<div class="gallery-embed" data-gallery="1"><ul class="slides">'
            )
            for n, (cap, credit) in enumerate(slides, 1):
                body.append(
                    f'<li class="slide"><img src="/img/g{n}.jpg" alt="{E(cap)}">'
                    f'<div class="slide-caption"><span class="count">{n} / {len(slides)}</span> '
                    f'{E(cap)} <span class="credit">Photo: {E(credit)}</span></div></li>'
                )
            body.append('</ul><ul class="thumbs">')
            for n, (cap, _credit) in enumerate(slides, 1):
                body.append(
                    f'<li><img src="/img/g{n}_t.jpg" title="{E(cap)}"><span>{E(cap)}</span></li>'
                )
            body.append("</ul></div>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:type" content="article">
<meta name="article:published_time" content="{a["date"]}T{a.get("time", "17:45")}:00+01:00">
<meta name="byl" content="By {E(a["byline"])}">
</head>
<body class="gallery-article">
<div class="masthead"><a href="/" class="brand">{E(a["source"])}</a><nav><a href="/news">News</a> <a href="/in-pictures">In Pictures</a> <a href="/whats-on">What's On</a> <a href="/property">Property</a></nav></div>
<div class="content">
<article class="story">
<h1 class="story-headline">{E(a["title"])}</h1>
<div class="story-meta"><span class="author">By {E(a["byline"])}</span> <span class="ts">{a["shown_date"]}</span></div>
<div class="story-body">
{chr(10).join(body)}
</div>
<div class="lightbox" hidden>{"".join(f'<div class="lb-caption">{E(c)}</div>' for c, _ in slides)}</div>
<div class="story-tools"><a href="#">Share on Facebook</a> <a href="#">Share on WhatsApp</a> <a href="#">Email this</a></div>
</article>
<div class="related"><h3>More galleries</h3>{"".join(f'<a href="#" class="teaser">{E(t)}</a>' for t in a["rail"])}</div>
</div>
<div class="footer">{E(a["source"])} is part of Northern Press Ltd. Registered in England No. 0481516.</div>
</body>
</html>
"""
    return page, [
        slides[0][0],
        "Photo:",
        "More galleries",
        "Share on WhatsApp",
        "Registered in England",
    ]


def embeds(a):
    body = []
    for i, text in enumerate(a["paras"]):
        body.append(f"<p>{E(text)}</p>")
        for at, kind, who, handle, post in a["embeds"]:
            if at != i:
                continue
            if kind == "tweet":
                body.append(
                    f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{E(post)}</p>'
                    f"&mdash; {E(who)} (@{handle}) "
                    f'<a href="https://twitter.com/{handle}/status/17{i}4">{a["shown_date"]}</a></blockquote>'
                    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
                )
            else:
                body.append(
                    f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{i}x/" data-instgrm-version="14">'
                    f'<div><a href="https://www.instagram.com/p/C{i}x/">View this post on Instagram</a></div>'
                    f'<p><a href="https://www.instagram.com/p/C{i}x/">A post shared by {E(who)} (@{handle})</a></p>'
                    f"<p>{E(post)}</p></blockquote>"
                    '<script async src="//www.instagram.com/embed.js"></script>'
                )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": f"{a['date']}T{a.get('time', '14:20:00')}-05:00",
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": a["source"]},
    }
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:url" content="{a["url"]}">
{_jsonld(ld)}
</head>
<body>
<header class="hdr"><div class="hdr__logo"><a href="/">{E(a["source"])}</a></div>
<div class="hdr__live"><a href="/live">Watch Live</a> <span>{E(a["weather"])}</span></div>
<nav class="hdr__nav"><a href="/local">Local News</a><a href="/weather">Weather</a><a href="/traffic">Traffic</a><a href="/investigations">Investigations</a><a href="/contests">Contests</a></nav></header>
<main>
<article class="story">
<header><h1 class="story__title">{E(a["title"])}</h1>
<div class="story__byline">By <span class="author">{E(a["byline"])}</span></div>
<div class="story__dates">Published: {a["shown_date"]} | Updated: {a["updated_shown"]}</div></header>
<div class="story__body">
{chr(10).join(body)}
</div>
<div class="story__tags">{"".join(f'<a href="/tag/{t.lower()}">{E(t)}</a> ' for t in a.get("tags", []))}</div>
<p class="story__copyright">Copyright {a["date"][:4]} by {E(a["source"])}. All rights reserved.</p>
</article>
<div class="trending"><h3>Trending Now</h3><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul></div>
<div class="taboola"><h3>Sponsored Stories</h3><a href="#">Doctors Stunned: This Simple Trick Melts Belly Fat</a> <a href="#">The Cars Nobody Wants To Buy Anymore</a></div>
</main>
<footer><p>Download our app</p><p>EEO Public File Report · FCC Applications · Closed Captioning</p></footer>
</body>
</html>
"""
    return page, [
        "Watch Live",
        "Trending Now",
        "Sponsored Stories",
        "Doctors Stunned",
        "FCC Applications",
        "All rights reserved",
    ]


def paywall(a):
    shown = a["paras"][: a["visible"]]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["deck"],
        "datePublished": f"{a['date']}T05:00:00.000Z",
        "author": [{"@type": "Person", "name": a["byline"]}],
        "publisher": {"@type": "Organization", "name": a["source"]},
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".paywalled",
        },
    }
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta name="description" content="{E(a["deck"])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["deck"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<link rel="canonical" href="{a["url"]}">
{_jsonld(ld)}
</head>
<body>
<div class="gdpr"><p>This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. <a href="/cookies">Find out more here</a></p><button>OK</button></div>
<header><a class="brand" href="/">{E(a["source"])}</a><nav><a href="/markets">Markets</a> <a href="/companies">Companies</a> <a href="/property">Property</a> <a href="/opinion">Opinion</a></nav><a class="btn" href="/subscribe">Subscribe</a><a href="/signin">Sign In</a></header>
<main>
<article>
<div class="article__topic"><a href="/topic/{a["section"].lower()}">{E(a["section"])}</a></div>
<h1>{E(a["title"])}</h1>
<p class="standfirst">{E(a["deck"])}</p>
<div class="article__meta"><span class="byline">{E(a["byline"])}</span> <span class="dot">·</span> <time>{a["shown_date"]}</time> <span class="readtime">{a["readtime"]} min read</span></div>
<div class="article__body paywalled">
{_paras(shown)}
</div>
<div class="paywall-offer"><h2>Subscribe to continue reading</h2><p>Get unlimited access to {E(a["source"])} journalism for just $1 a week for your first 3 months. Cancel anytime.</p><a class="btn" href="/subscribe">See subscription options</a><p>Already a subscriber? <a href="/signin">Sign in</a></p></div>
</article>
<section class="latest"><h2>Latest</h2><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul></section>
</main>
<footer><p>&copy; {E(a["source"])} {a["date"][:4]}</p></footer>
</body>
</html>
"""
    return page, [
        "cookies",
        "Subscribe to continue reading",
        "Cancel anytime",
        "Already a subscriber",
        a["rail"][0],
    ]


def multipage(a):
    page_no, pages = a["page_no"], a["pages"]
    pager = []
    if page_no > 1:
        pager.append(
            f'<a class="prev" href="?page={page_no - 1}">&laquo; Previous page</a>'
        )
    for n in range(1, pages + 1):
        pager.append(
            f'<span class="current">{n}</span>'
            if n == page_no
            else f'<a href="?page={n}">{n}</a>'
        )
    if page_no < pages:
        pager.append(
            f'<a class="next" href="?page={page_no + 1}">Next page &raquo;</a>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": a["title"],
        "datePublished": a["date"],
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": a["source"]},
    }
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} (page {page_no} of {pages}) - {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<link rel="canonical" href="{a["url"]}">
<link rel="{"next" if page_no < pages else "prev"}" href="{a["url"]}?page={page_no + 1 if page_no < pages else page_no - 1}">
{_jsonld(ld)}
</head>
<body>
<div id="top"><a href="/">{E(a["source"])}</a> <span class="issue">{E(a["issue"])}</span></div>
<ul class="menu"><li><a href="/features">Features</a></li><li><a href="/travel">Travel</a></li><li><a href="/archive">Archive</a></li><li><a href="/shop">Shop</a></li></ul>
<div id="article">
<h1>{E(a["title"])}</h1>
<p class="intro"><em>{E(a["deck"])}</em></p>
<p class="author">Words by {E(a["byline"])} &middot; {a["shown_date"]}</p>
<div class="text">
{_paras(a["paras"])}
</div>
<div class="pagination">{" ".join(pager)}</div>
<p class="pageinfo">Page {page_no} of {pages}</p>
</div>
<div id="sidebar"><h4>In this issue</h4><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul></div>
<div id="footer">{E(a["source"])} &middot; Published monthly since 1987</div>
</body>
</html>
"""
    return page, [
        "Previous page",
        "Next page",
        f"Page {page_no} of {pages}",
        "In this issue",
        "Published monthly",
    ]


def bare_blog(a):
    """A hand-made site: no metadata dates; the date is only in the url."""
    page = f"""<html>
<head>
<title>{E(a["source"])} :: {E(a["title"])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="canonical" href="{a["url"]}">
<link rel="stylesheet" href="/style.css" type="text/css">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="leftnav" width="180" valign="top">
<a href="/"><img src="/img/logo.gif" alt="{E(a["source"])}"></a>
<ul><li><a href="/">Home</a></li><li><a href="/about.html">About the group</a></li><li><a href="/meetings.html">Meetings</a></li><li><a href="/archive/">News archive</a></li><li><a href="/links.html">Links</a></li><li><a href="/join.html">Join us</a></li></ul>
<p class="small">Hit counter: 048213</p>
</td>
<td valign="top" class="main">
<h2>{E(a["title"])}</h2>
{"<p><i>" + E(a["byline_line"]) + "</i></p>" if a.get("byline_line") else ""}
{_paras(a["paras"])}
<hr>
<p class="small"><a href="/archive/">&lt;&lt; Back to the news archive</a> | <a href="#top">Top of page</a></p>
</td></tr></table>
<div class="footer">{E(a["footer"])}</div>
</body>
</html>
"""
    return page, [
        "Back to the news archive",
        "Hit counter",
        "Join us",
        a["footer"][:25],
    ]


def visible_date(a):
    """A small CMS page: the date only in the visible text, no markup dates."""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(a["title"])} - {E(a["source"])}</title>
<meta name="keywords" content="{E(", ".join(a.get("tags", [])))}" />
</head>
<body>
<div id="wrapper">
<div id="header"><h1 class="logo"><a href="/">{E(a["source"])}</a></h1><div id="search"><form><input type="text" name="q" value="Search this site" /></form></div></div>
<div id="nav"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/events/">Events</a> | <a href="/resources/">Resources</a> | <a href="/contact/">Contact</a></div>
<div id="content">
<div class="newsitem">
<h2 class="title">{E(a["title"])}</h2>
<div class="meta">{E(a["date_line"])}</div>
{_paras(a["paras"])}
{"<p class='tags'>Filed under: " + ", ".join(E(t) for t in a["tags"]) + "</p>" if a.get("tags") else ""}
</div>
<div class="comments"><h3>{a["n_comments"]} Comments</h3>{"".join(f'<div class="comment"><p class="who">{E(w)} said on {E(d)}:</p><p>{E(c)}</p></div>' for w, d, c in a["comments"])}</div>
</div>
<div id="right"><h3>Latest news</h3><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul><h3>Newsletter</h3><p>Enter your email to receive our monthly newsletter.</p></div>
<div id="footer">Copyright &copy; {E(a["source"])}. Registered charity {E(a["charity"])}. Site by WebWorks.</div>
</div>
</body>
</html>
"""
    return page, [
        "Latest news",
        "monthly newsletter",
        "Registered charity",
        a["comments"][0][2][:30],
        "Search this site",
    ]


def german_news(a):
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": f"{a['date']}T{a['time']}:00+01:00",
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": a["source"]},
        "keywords": ", ".join(a["tags"]),
    }
    body = []
    for i, text in enumerate(a["paras"]):
        body.append(f'<p class="article__text">{E(text)}</p>')
        if i == 1:
            body.append(
                '<aside class="article__teaser"><span>Lesen Sie auch</span> '
                f'<a href="#">{E(a["rail"][0])}</a></aside>'
            )
        if i == 3:
            body.append('<div class="ad-container"><span>Anzeige</span></div>')
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{E(a["city"])}: {E(a["title"])} | {E(a["source"])}</title>
<meta name="description" content="{E(a["deck"])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta name="keywords" content="{E(",".join(a["tags"]))}">
{_jsonld(ld)}
</head>
<body>
<div class="cmp-banner"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header><a href="/" class="logo">{E(a["source"])}</a><nav><a href="/lokales">Lokales</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/sport">Sport</a> <a href="/abo">Abo</a> <a href="/epaper">E-Paper</a></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales">Lokales</a> › <a href="#">{E(a["city"])}</a></nav>
<article class="article">
<header class="article__header">
<span class="article__kicker">{E(a["kicker"])}</span>
<h1 class="article__headline">{E(a["title"])}</h1>
<p class="article__intro">{E(a["deck"])}</p>
<div class="article__meta"><span class="article__author">Von {E(a["byline"])}</span> <time class="article__date">{a["shown_date"]}</time></div>
</header>
{chr(10).join(body)}
<footer class="article__footer"><div class="tags">Themen: {" ".join(f'<a href="#">{E(t)}</a>' for t in a["tags"])}</div>
<div class="share">Artikel teilen: <a>Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div></footer>
</article>
<section class="more"><h2>Mehr aus {E(a["city"])}</h2>{"".join(f'<a class="teaser" href="#">{E(t)}</a>' for t in a["rail"][1:])}</section>
</main>
<footer class="site-footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a> <p>© {E(a["source"])} {a["date"][:4]}</p></footer>
</body>
</html>
"""
    return page, [
        "Cookies",
        "Lesen Sie auch",
        "Anzeige",
        "Artikel teilen",
        "Impressum",
        a["rail"][0],
    ]


def euro_gov(a):
    """A government/municipal portal in another language."""
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta name="DC.date" content="{a["date"]}">
<link rel="canonical" href="{a["url"]}">
</head>
<body>
<a class="skip" href="#contenu">{E(a["skip"])}</a>
<header class="fr-header"><div class="fr-header__brand"><p class="fr-logo">{E(a["country"])}</p><p class="service-title">{E(a["source"])}</p></div>
<nav class="fr-nav">{"".join(f'<a href="#">{E(n)}</a> ' for n in a["nav"])}</nav></header>
<main id="contenu">
<nav class="fr-breadcrumb">{" &gt; ".join(E(n) for n in a["crumbs"])}</nav>
<div class="fr-container">
<h1>{E(a["title"])}</h1>
<p class="date-publication">{E(a["date_line"])}</p>
<div class="chapo"><p><strong>{E(a["deck"])}</strong></p></div>
<div class="fr-content">
{_paras(a["paras"])}
</div>
<div class="doc-lie"><h2>{E(a["docs_label"])}</h2><a href="#">{E(a["doc"])}</a></div>
<div class="partage">{E(a["share"])} <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>
</div>
</main>
<footer class="fr-footer"><p>{E(a["footer"])}</p></footer>
</body>
</html>
"""
    return page, [a["share"], a["docs_label"], a["doc"], a["footer"][:25], a["skip"]]


def amp(a):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": f"{a['date']}T{a.get('time', '11:03:00')}-07:00",
        "dateModified": f"{a.get('modified', a['date'])}T19:15:00-07:00",
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {
            "@type": "Organization",
            "name": a["source"],
            "logo": {"@type": "ImageObject", "url": "/amp-logo.png"},
        },
        "image": ["/img/lead.jpg"],
    }
    body = []
    for i, text in enumerate(a["paras"]):
        body.append(f"<p>{E(text)}</p>")
        if i == 1:
            body.append(
                '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mid"><div fallback>Advertisement</div></amp-ad>'
            )
        if i == 2:
            body.append(
                f'<aside class="related-inline"><h4>Related</h4><a href="#">{E(a["rail"][0])}</a></aside>'
            )
    page = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{E(a["title"])}</title>
<link rel="canonical" href="{a["url"]}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{_jsonld(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.hdr{{background:#003}} p{{font-size:18px}}</style>
</head>
<body>
<header class="hdr"><a href="/"><amp-img src="/amp-logo.png" width="180" height="40" alt="{E(a["source"])}"></amp-img></a>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/outdoors">Outdoors</a></li><li><a href="/obits">Obituaries</a></li></ul></amp-sidebar></header>
<article>
<h1>{E(a["title"])}</h1>
<div class="meta"><span class="by">By {E(a["byline"])}</span><br><span class="ts">{a["shown_date"]}</span></div>
<amp-img src="/img/lead.jpg" width="1200" height="800" layout="responsive" alt="{E(a["caption"])}"></amp-img>
<p class="caption">{E(a["caption"])}</p>
<div class="body">
{chr(10).join(body)}
</div>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share>
<p class="view-full"><a href="{a["url"]}">View the full site</a></p>
</article>
<div class="more"><h3>More stories</h3>{"".join(f'<a href="#">{E(t)}</a><br>' for t in a["rail"][1:])}</div>
<footer>&copy; {a["date"][:4]} {E(a["source"])} &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
    return page, [
        "Advertisement",
        "View the full site",
        "More stories",
        a["caption"],
        a["rail"][0],
    ]


def university(a):
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])} News</title>
<meta name="description" content="{E(a["deck"])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="article:published_time" content="{a["date"]}T10:00:00-04:00">
<meta property="article:tag" content="{E(a["tags"][0])}">
<meta property="article:tag" content="{E(a["tags"][1])}">
</head>
<body class="node-type-news-article">
<div class="utility-bar"><a href="/apply">Apply</a> <a href="/give">Give</a> <a href="/visit">Visit</a> <a href="/directory">Directory</a> <a href="/alerts">Campus Alerts</a></div>
<header class="brand-bar"><a href="/" class="wordmark">{E(a["source"])}</a><nav><a href="/academics">Academics</a> <a href="/research">Research</a> <a href="/admissions">Admissions</a> <a href="/athletics">Athletics</a> <a href="/news">News</a></nav></header>
<div class="news-header"><p class="news-label">{E(a["source"])} News</p></div>
<main class="news-article">
<div class="article-main">
<p class="category"><a href="#">{E(a["tags"][0])}</a></p>
<h1>{E(a["title"])}</h1>
<p class="subhead">{E(a["deck"])}</p>
<p class="article-byline">{E(a["byline"])}, {E(a["byline_role"])} · <span class="date">{a["shown_date"]}</span></p>
<figure><img src="/sites/default/files/news/lead.jpg" alt=""><figcaption>{E(a["caption"])}</figcaption></figure>
<div class="article-body">
{_paras(a["paras"])}
</div>
<div class="article-tags"><h3>Topics</h3>{"".join(f'<a href="#">{E(t)}</a> ' for t in a["tags"])}</div>
</div>
<aside class="article-sidebar">
<div class="media-contact"><h3>Media Contact</h3><p>{E(a["contact"])}</p></div>
<div class="related-news"><h3>Related News</h3><ul>{"".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["rail"])}</ul></div>
<div class="subscribe"><h3>Get the weekly digest</h3><p>Campus news every Friday.</p></div>
</aside>
</main>
<footer class="global-footer"><p>{E(a["address"])}</p><p><a href="#">Non-Discrimination Statement</a> <a href="#">Accessibility</a> <a href="#">Emergency Information</a></p></footer>
</body>
</html>
"""
    return page, [
        "Media Contact",
        "Related News",
        "weekly digest",
        "Non-Discrimination",
        a["caption"],
        "Campus Alerts",
    ]


def civicplus(a):
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News Flash • {E(a["source"])} • CivicEngage</title>
<meta name="description" content="{E(a["title"])}">
</head>
<body class="newsFlash">
<div id="skipToContent"><a href="#mainContent">Skip to Main Content</a></div>
<div class="alertBar"><p>{E(a["alert"])}</p></div>
<header id="header"><div class="logo"><a href="/"><img src="/ImageRepository/Document?documentID=1" alt="{E(a["source"])} Logo"></a></div>
<nav id="mainNav"><ul><li><a href="/government">Government</a></li><li><a href="/departments">Departments</a></li><li><a href="/community">Community</a></li><li><a href="/business">Business</a></li><li><a href="/how-do-i">How Do I...</a></li></ul></nav>
<div class="search"><input type="text" value="Search"></div></header>
<div id="mainContent">
<div class="breadCrumbs"><a href="/">Home</a> › <a href="/CivicAlerts.aspx">News Flash</a></div>
<div class="moduleContentNew">
<div class="categoryTitle"><h2>{E(a["category"])}</h2></div>
<div class="single">
<h3>{E(a["title"])}</h3>
<div class="date">Posted on: {a["shown_date"]}</div>
<div class="fr-view">
{_paras(a["paras"])}
</div>
</div>
<div class="tools"><a href="/CivicAlerts.aspx">&larr; Return to full list &gt;&gt;</a> <span>Tools</span> <a href="/RSS.aspx">RSS</a> <a href="/civicalerts.aspx?AID=0">Notify Me®</a></div>
<div class="otherNews"><h4>Other News in {E(a["category"])}</h4>{"".join(f'<div class="item"><a href="#">{E(t)}</a><span class="date">Posted on: {E(d)}</span></div>' for t, d in a["rail"])}</div>
</div></div>
<footer><div class="contact">{E(a["address"])}</div><p>Government Websites by CivicPlus®</p><a href="/Login">Login</a></footer>
</body>
</html>
"""
    return page, [
        "Return to full list",
        "Notify Me",
        "Other News in",
        "Government Websites by",
        a["alert"][:30],
        a["rail"][0][0],
    ]


def ngo(a):
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:description" content="{E(a["paras"][0][:120])}">
<meta name="twitter:site" content="@{a["handle"]}">
</head>
<body>
<div class="donate-strip"><p>{E(a["appeal"])}</p><a class="btn" href="/donate">Donate now</a></div>
<header><a class="logo" href="/">{E(a["source"])}</a><nav><a href="/what-we-do">What we do</a> <a href="/get-help">Get help</a> <a href="/get-involved">Get involved</a> <a href="/news">News and media</a> <a href="/shop">Shop</a></nav></header>
<main>
<div class="hero"><p class="content-type">Press release</p><h1>{E(a["title"])}</h1><p class="published">Published {a["shown_date"]}</p></div>
<div class="body">
<p><strong>For immediate release</strong></p>
{_paras(a["paras"])}
<p><strong>ENDS</strong></p>
<p>For media enquiries contact the press office on {E(a["phone"])} or email press@{a["host"]}</p>
</div>
<div class="share"><span>Share this page</span> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>
<div class="signup"><h2>Stay in touch</h2><p>Sign up for our emails to hear about our work and how you can help.</p></div>
</main>
<footer><p>{E(a["source"])} is a registered charity in England and Wales ({E(a["charity"])}).</p></footer>
</body>
</html>
"""
    return page, [
        "For immediate release",
        "ENDS",
        "media enquiries",
        "Stay in touch",
        "Donate now",
        "registered charity",
        a["appeal"][:30],
    ]


def blogger(a):
    page = f"""<!DOCTYPE html>
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>{E(a["source"])}: {E(a["title"])}</title>
<link href="{a["url"]}" rel="canonical">
<meta content="{a["url"]}" property="og:url">
<meta content="{E(a["title"])}" property="og:title">
<meta content="{E(a["paras"][0][:140])}" property="og:description">
</head>
<body class="variant-simple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="header-outer"><div class="Header"><h1 class="title"><a href="/">{E(a["source"])}</a></h1><p class="description"><span>{E(a["tagline"])}</span></p></div></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{a["shown_date"]}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<a name="{a["postid"]}"></a>
<h3 class="post-title entry-title">{E(a["title"])}</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-{a["postid"]}">
{"<br /><br />".join(E(p) for p in a["paras"])}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{E(a["byline"])}</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="{a["url"]}"><abbr class="published" title="{a["date"]}T{a["time"]}:00+01:00">{a["shown_time"]}</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#">{a["n_comments"]} comments:</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {", ".join(f'<a href="/search/label/{t}" rel="tag">{E(t)}</a>' for t in a["tags"])}</span></div></div>
</div></div></div></div>
</div>
<div class="comments" id="comments"><h4>{a["n_comments"]} comments:</h4>{"".join(f'<dl><dt class="comment-author">{E(w)} said...</dt><dd class="comment-body"><p>{E(c)}</p></dd></dl>' for w, c in a["comments"])}</div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a> <a class="blog-pager-older-link" href="#">Older Post</a> <a class="home-link" href="/">Home</a></div>
<div class="post-feeds">Subscribe to: <a href="#">Post Comments (Atom)</a></div>
</div></div></div>
<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li>► {a["date"][:4]} (31)</li><li>► {int(a["date"][:4]) - 1} (44)</li></ul></div>
<div class="widget Profile"><h2>About Me</h2><p>{E(a["about"])}</p></div></div>
</body>
</html>
"""
    return page, [
        "Posted by",
        "Labels:",
        "Newer Post",
        "Blog Archive",
        "About Me",
        a["comments"][0][1][:30],
        "Subscribe to:",
    ]


def ghost(a):
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": a["source"],
            "url": f"https://{a['host']}/",
        },
        "author": {"@type": "Person", "name": a["byline"]},
        "headline": a["title"],
        "url": a["url"],
        "datePublished": f"{a['date']}T13:00:00.000Z",
        "dateModified": f"{a.get('modified', a['date'])}T08:21:40.000Z",
        "keywords": ", ".join(a["tags"]),
        "description": a["deck"],
    }
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}</title>
<link rel="canonical" href="{a["url"]}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["deck"])}">
<meta property="article:published_time" content="{a["date"]}T13:00:00.000Z">
<meta property="article:tag" content="{E(a["tags"][0])}">
<meta name="generator" content="Ghost 5.82">
{_jsonld(ld)}
</head>
<body class="post-template tag-{a["tags"][0].lower()}">
<div class="viewport">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">{E(a["source"])}</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li></ul></nav><div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{a["tags"][0].lower()}/">{E(a["tags"][0])}</a></span></section>
<h1 class="article-title">{E(a["title"])}</h1>
<p class="article-excerpt">{E(a["deck"])}</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">{E(a["byline"])}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{a["date"]}">{a["shown_date"]}</time><span class="byline-reading-time"><span class="bull">&bull;</span> {a["readtime"]} min read</span></div></div></div></div>
</header>
<section class="gh-content gh-canvas">
{_paras(a["paras"])}
<aside class="kg-card kg-callout-card"><div class="kg-callout-text">{E(a["callout"])}</div></aside>
</section>
</article>
<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap"><div class="read-more inner">{"".join(f'<article class="post-card"><a href="#"><h2 class="post-card-title">{E(t)}</h2></a></article>' for t in a["rail"])}</div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{E(a["source"])}</a> &copy; {a["date"][:4]}</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""
    return page, [
        "Sign up for more like this",
        "Powered by Ghost",
        a["callout"][:30],
        a["rail"][0],
        "min read",
    ]


def joomla(a):
    page = f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{E(a["title"])}</title>
<meta name="author" content="{E(a["byline"])}">
<meta name="description" content="{E(a["source"])} - official club website">
</head>
<body class="site com_content view-article">
<div class="header"><div class="brand"><a href="/">{E(a["source"])}</a><div class="site-description">{E(a["tagline"])}</div></div></div>
<nav class="navigation"><ul class="nav menu mod-list"><li><a href="/">Home</a></li><li><a href="/news">Club News</a></li><li><a href="/fixtures">Fixtures &amp; Results</a></li><li><a href="/juniors">Juniors</a></li><li><a href="/sponsors">Sponsors</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">{E(a["byline"])}</span></dd>
<dd class="category-name">Category: <a href="/news/juniors">{E(a["category"])}</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{a["date"]}T{a["time"]}:00+00:00" itemprop="datePublished">Published: {a["shown_date"]}</time></dd>
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{a["hits"]}">Hits: {a["hits"]}</dd></dl>
<div itemprop="articleBody">
{_paras(a["paras"])}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Prev</a></li><li class="next"><a href="#" rel="next">Next &gt;</a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Next Fixture</h3><p>{E(a["fixture"])}</p></div><div class="moduletable"><h3>Our Sponsors</h3><p>{E(a["sponsor"])}</p></div></div></div>
<footer class="footer"><p>&copy; {a["date"][:4]} {E(a["source"])}</p><p><a href="#top">Back to Top</a></p></footer>
</body>
</html>
"""
    return page, [
        "Details",
        "Hits:",
        "Next Fixture",
        "Our Sponsors",
        "Back to Top",
        a["sponsor"][:25],
    ]


def mp_site(a):
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {E(a["source"])}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:type" content="article">
<meta name="description" content="{E(a["paras"][0][:160])}">
<script type="text/javascript">var nb_settings = {{"page_type":"news","site":"{a["host"]}"}};</script>
</head>
<body class="page-news-item">
<div class="top-bar"><a href="/contact">Contact {E(a["first_name"])}</a> <a href="/surgeries">Advice surgeries</a> <a href="/casework">Casework</a></div>
<header class="site-header"><a href="/" class="brand"><span class="name">{E(a["source"])}</span><span class="role">{E(a["role"])}</span></a>
<nav><a href="/about">About</a> <a href="/news">News</a> <a href="/campaigns">Campaigns</a> <a href="/in-parliament">In Parliament</a> <a href="/constituency">Constituency</a></nav></header>
<main class="content">
<div class="news-item">
<div class="news-item__header"><p class="news-item__date">{a["shown_date"]}</p><h1>{E(a["title"])}</h1></div>
<div class="news-item__image"><img src="/images/news/lead.jpg" alt=""><p class="caption">{E(a["caption"])}</p></div>
<div class="news-item__content">
{_paras(a["paras"])}
</div>
<div class="news-item__share">Share: <a>Facebook</a> <a>X</a> <a>Email</a></div>
</div>
<div class="campaign-box"><h3>{E(a["campaign"])}</h3><p>Add your name to the petition.</p><form><input placeholder="First name"><input placeholder="Email"><input placeholder="Postcode"><button>Sign</button></form><p class="small">Promoted by {E(a["promoter"])}.</p></div>
<section class="latest"><h2>Latest news</h2>{"".join(f'<div class="news-card"><p class="date">{E(d)}</p><a href="#">{E(t)}</a></div>' for t, d in a["rail"])}</section>
</main>
<footer><p>Promoted by {E(a["promoter"])}. Hosted by NationBuilder.</p><p>{E(a["source"])} is the {E(a["role"])}. This website is not paid for from parliamentary funds.</p></footer>
</body>
</html>
"""
    return page, [
        "Add your name",
        "Promoted by",
        "Latest news",
        "Advice surgeries",
        "parliamentary funds",
        a["caption"],
    ]


def medium(a):
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": f"{a['date']}T{a['time']}.123Z",
        "dateModified": f"{a.get('modified', a['date'])}T09:00:00.456Z",
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": a["source"]},
        "url": a["url"],
    }
    body = "\n".join(
        f'<p id="{i:04x}" class="pw-post-body-paragraph mq mr gs ms b">{E(t)}</p>'
        for i, t in enumerate(a["paras"])
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<title>{E(a["title"])} | by {E(a["byline"])} | {E(a["source"])} | Medium</title>
<meta charset="utf-8">
<meta property="og:site_name" content="Medium">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["deck"])}">
<meta property="article:published_time" content="{a["date"]}T{a["time"]}.123Z">
<meta name="author" content="{E(a["byline"])}">
<link rel="canonical" href="{a["url"]}">
{_jsonld(ld)}
</head>
<body>
<div id="root"><div class="a b c">
<div class="top-bar"><a href="/">Medium</a> <a href="/m/signin">Sign in</a> <a href="/new-story">Write</a></div>
<div class="pub-header"><a href="/{a["pub_slug"]}">{E(a["source"])}</a> <button>Follow publication</button></div>
<article><div class="l"><section>
<div class="speechify-ignore">
<h1 id="h01" class="pw-post-title">{E(a["title"])}</h1>
<h2 class="pw-subtitle-paragraph">{E(a["deck"])}</h2>
<div class="author-row"><a href="/@{a["handle"]}" data-testid="authorName">{E(a["byline"])}</a> <span>·</span> <button>Follow</button>
<p><span data-testid="storyReadTime">{a["readtime"]} min read</span> <span>·</span> <span data-testid="storyPublishDate">{a["shown_date"]}</span></p></div>
<div class="claps"><button>{a["claps"]}</button> <button>{a["responses"]}</button> <button>Listen</button> <button>Share</button></div>
</div>
{body}
</section></div></article>
<div class="end-tags">{"".join(f'<a href="/tag/{t.lower()}">{E(t)}</a>' for t in a["tags"])}</div>
<div class="footer-author"><h2>Written by {E(a["byline"])}</h2><p>{a["followers"]} Followers · Writer for {E(a["source"])}</p><p>{E(a["bio"])}</p></div>
<div class="more-from"><h2>More from {E(a["byline"])} and {E(a["source"])}</h2>{"".join(f"<div><h2>{E(t)}</h2></div>" for t in a["rail"])}</div>
<div class="footer"><a>Help</a> <a>Status</a> <a>About</a> <a>Careers</a> <a>Press</a> <a>Blog</a> <a>Privacy</a> <a>Terms</a> <a>Text to speech</a> <a>Teams</a></div>
</div></div>
</body>
</html>
"""
    return page, [
        "Follow publication",
        "min read",
        "Written by",
        "Text to speech",
        a["bio"][:30],
        a["rail"][0],
    ]


def squarespace(a):
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} &mdash; {E(a["source"])}</title>
<meta property="og:site_name" content="{E(a["source"])}">
<meta property="og:title" content="{E(a["title"])} &mdash; {E(a["source"])}">
<meta property="og:url" content="{a["url"]}">
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="{a["date"]}T{a["time"]}-0500">
<meta itemprop="author" content="{E(a["byline"])}">
<link rel="canonical" href="{a["url"]}">
</head>
<body class="collection-type-blog view-item">
<div class="sqs-announcement-bar"><p>{E(a["announce"])}</p><a href="#">Close</a></div>
<header id="header"><div class="header-title"><a href="/">{E(a["source"])}</a></div><nav class="header-nav"><a href="/concerts">Concerts</a> <a href="/tickets">Tickets</a> <a href="/about">About</a> <a href="/press">Press</a> <a href="/support">Support Us</a></nav></header>
<main id="page">
<article class="BlogItem hentry">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><time class="dt-published blog-meta-item--date" datetime="{a["date"]}">{a["shown_date"]}</time></div>
<h1 class="entry-title" data-content-field="title">{E(a["title"])}</h1></div>
<div class="blog-item-content e-content"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">
{_paras(a["paras"])}
</div></div>
<div class="sqs-block image-block"><img src="/s/press.jpg" alt=""><figcaption class="image-caption"><p>{E(a["caption"])}</p></figcaption></div>
</div></div>
<div class="blog-item-author-profile-wrapper"><a class="author-name" href="#">{E(a["byline"])}</a></div>
<div class="blog-meta-section"><span class="blog-categories-list"><a href="#">{E(a["tags"][0])}</a></span> <span class="blog-tags">Tags: {", ".join(E(t) for t in a["tags"])}</span></div>
<section class="item-pagination"><a class="item-pagination-link--prev" href="#"><span>Previous</span> <h2>{E(a["rail"][0])}</h2></a><a class="item-pagination-link--next" href="#"><span>Next</span> <h2>{E(a["rail"][1])}</h2></a></section>
</article>
</main>
<footer><div class="sqs-block newsletter-block"><h2>Join our mailing list</h2><p>Never miss a concert.</p></div><p>{E(a["address"])}</p></footer>
</body>
</html>
"""
    return page, [
        a["announce"][:30],
        "Join our mailing list",
        a["caption"],
        a["rail"][0],
        "Previous",
    ]


TEMPLATES = {
    f.__name__: f
    for f in (
        wordpress,
        news_cms,
        drupal_agency,
        pr_wire,
        company_newsroom,
        gallery,
        embeds,
        paywall,
        multipage,
        bare_blog,
        visible_date,
        german_news,
        euro_gov,
        amp,
        university,
        civicplus,
        ngo,
        blogger,
        ghost,
        joomla,
        mp_site,
        medium,
        squarespace,
    )
}


# ----------------------------------------------------------------- articles
# Facts as written. "about" is part of a release's text; a dateline is not.

ARTICLES = [
    dict(
        file="wp_ferry_fares",
        tpl="wordpress",
        postid=48213,
        source="The Harbor Ledger",
        tagline="News for Port Averill and the islands",
        url="https://harborledger.example/2023/02/14/ferry-fares-to-rise-8-percent-in-april/",
        title="Ferry fares to rise 8 percent in April",
        date="2023-02-14",
        shown_date="February 14, 2023",
        byline="Colin Mbeki",
        photo="The ferry Island Belle at the town pier",
        tags=["Transport", "Ferries"],
        related_inline=(
            "Island Belle back in service after engine repair",
            "island-belle-back",
        ),
        rail=[
            "Snow day schedule for island schools",
            "Harbor seals return to Gull Rock",
            "Town meeting warrant now online",
            "Letter: Keep the library open Sundays",
        ],
        paras=[
            "Passengers on the Port Averill ferry will pay about 8 percent more from April 1, the island transit authority decided on Monday night.",
            "A round trip for an adult will cost $19.50 instead of $18, and the price of taking a car across rises from $62 to $67. Island residents with a commuter pass will see a smaller increase of 4 percent.",
            "Authority chair Linda Foss said higher fuel costs and a new labor contract for deckhands left the board with little choice. Fuel alone cost the authority $1.1 million more last year than in 2021.",
            "Several islanders told the board that the increase would hit families who already pay for every trip to the dentist or the grocery store on the mainland.",
            '"We are not tourists, we are people who live here," said Marion Chapel, who has lived on Great Tern Island for 40 years.',
            "The board agreed to review the fares again in the fall, once the authority knows whether the state will cover part of the cost of a new boat.",
        ],
    ),
    dict(
        file="wp_seed_library",
        tpl="wordpress",
        postid=9921,
        source="Prairie Post",
        tagline="Covering Custer County since 1911",
        url="https://prairiepost.example/2021/04/09/library-opens-seed-lending-program/",
        title="Library opens seed-lending program",
        date="2021-04-09",
        shown_date="April 9, 2021",
        byline="Ruth Okafor",
        time="15:02:10",
        photo="Jars of bean seeds at the Broken Bow library",
        tags=["Library", "Gardening"],
        rail=[
            "Bobcats fall in district semifinal",
            "County fair board picks new manager",
            "Obituary: Harold J. Wiese",
            "Spring cleanup week set for May 3-8",
        ],
        paras=[
            "Gardeners in Broken Bow can now check out seeds the same way they check out books.",
            "The Custer County Library opened a seed library this week in an old card catalog donated by a retired teacher. Its 60 small drawers hold packets of tomatoes, beans, squash, sunflowers and a dozen kinds of herbs.",
            "Anyone with a library card may take up to five packets a month. Borrowers are asked, but not required, to save seeds from their harvest and bring some back in the fall.",
            "Librarian Gail Sorensen said the idea came from a patron who had grown the same purple pole bean from her grandmother's seed for 30 years and wanted to share it.",
            "The library will hold a free class on saving tomato seeds on April 24 at 10 a.m. in the community room.",
        ],
    ),
    dict(
        file="cms_electric_planes",
        tpl="news_cms",
        source="The Daily Meridian",
        section="Business",
        newsletter="Morning Meridian",
        url="https://dailymeridian.example/business/2024/06/03/regional-airline-orders-electric-planes/",
        title="Regional airline orders 12 electric planes for island routes",
        deck="The 19-seat aircraft would fly the short hops to the outer islands from 2028, if regulators certify them in time.",
        date="2024-06-03",
        shown_date="June 3, 2024 at 6:30 a.m. PDT",
        updated_shown="June 3, 2024 at 11:02 a.m. PDT",
        byline="Hannah Velasquez",
        comments=41,
        caption="A prototype of the 19-seat electric aircraft on a test flight last year.",
        credit="(Courtesy of Skylark Aero)",
        read_more=("Airport expansion vote delayed again", "airport-vote-delayed"),
        rail=[
            "Cannery workers vote to unionize",
            "Ferry operator posts first profit since 2019",
            "Mortgage rates dip for third week",
            "Why the salmon season opened late",
        ],
        paras=[
            "Coastal Air, the region's largest commuter airline, has ordered 12 battery-powered planes and taken options on 8 more, it said Monday, betting that electric flight will be ready for the short routes to the outer islands by the end of the decade.",
            "The 19-seat aircraft, built by the Swedish start-up Skylark Aero, can fly about 120 miles on a charge, enough for every route the airline flies except the run to Port Hale.",
            "Coastal Air chief executive Dominic Arce said the planes would cut the airline's fuel and maintenance costs by about half on those routes. The company did not disclose the price of the order.",
            "The deal depends on the aircraft being certified by aviation regulators, which Skylark expects in 2027. No electric plane of that size has yet been approved to carry paying passengers.",
            "Airports on three islands will need chargers powerful enough to fill a battery during a 30-minute turnaround. The airline said it is in talks with the utility about who will pay for them.",
            'Aviation analyst Priya Dutt said small airlines were natural first buyers. "These are short, fixed routes flown many times a day, which is exactly where batteries make sense," she said.',
        ],
    ),
    dict(
        file="cms_heat_wave",
        tpl="news_cms",
        source="Valley Herald",
        section="Local",
        newsletter="Valley Herald Daily",
        url="https://valleyherald.example/local/heat-wave-pushes-power-demand-to-record-2023-07-19/",
        title="Heat wave pushes power demand to record as grid asks for conservation",
        deck="The grid operator asked customers to turn thermostats up and hold off on laundry between 4 and 9 p.m.",
        date="2023-07-19",
        time="21:45:00",
        shown_date="July 19, 2023",
        updated_shown="July 20, 2023",
        byline="Tomás Rivera and Ingrid Solberg",
        comments=212,
        caption="Crews check a transformer in east Granada on Wednesday afternoon.",
        credit="Photo by Lea Hart / Valley Herald",
        read_more=(
            "Cooling centers open across the county: a list",
            "cooling-centers-list",
        ),
        rail=[
            "Swimmer rescued near Pelican Point",
            "Water district declares stage 2 drought",
            "Council delays vote on short-term rentals",
            "Teen wins state spelling bee",
        ],
        paras=[
            "Electricity demand in the valley reached an all-time high of 14,310 megawatts on Wednesday evening as temperatures stayed above 100 degrees for the sixth straight day.",
            "The Valley Grid Authority issued a conservation alert from 4 to 9 p.m., asking customers to set thermostats to 78 degrees or higher and to delay running dishwashers, dryers and pool pumps.",
            "No outages were ordered, but the authority said reserves fell to 6 percent at 7:40 p.m., close to the level at which it would start rolling blackouts.",
            "Grid officials credited new battery storage, most of it built in the last two years, with carrying the system through the hour after sunset, when solar output drops and air conditioners keep running.",
            "Forecasters expect the heat to ease slightly on Friday, but the authority said another alert was likely on Thursday.",
        ],
    ),
    dict(
        file="cms_lighthouse",
        tpl="news_cms",
        source="Cape Sentinel",
        section="Courts",
        newsletter="Sentinel Briefing",
        url="https://capesentinel.example/courts/court-blocks-sale-of-historic-lighthouse",
        title="Court blocks sale of historic Gannet Head lighthouse",
        deck="A judge said the county had not given the preservation society the first refusal it was promised in 1998.",
        date="2022-11-30",
        time="16:10:00",
        shown_date="Nov. 30, 2022, 11:10 a.m. ET",
        updated_shown="Nov. 30, 2022, 5:48 p.m. ET",
        byline="Amara Nwosu",
        comments=8,
        caption="The Gannet Head light has guided ships since 1871.",
        credit="Sentinel file photo",
        read_more=(
            "Lighthouse society raises $200,000 in a month",
            "lighthouse-society-raises",
        ),
        rail=[
            "Jury selected in harbor fraud trial",
            "Appeals court revives fishing quota suit",
            "Judge orders new hearing in land dispute",
            "Former clerk sentenced for theft",
        ],
        paras=[
            "A county judge on Wednesday stopped the sale of the Gannet Head lighthouse to a private developer, ruling that the county had broken a promise to let a local preservation group buy it first.",
            "Judge Miriam Okonkwo said an agreement signed in 1998, when the county took over the lighthouse from the federal government, gave the Gannet Head Light Society a right of first refusal on any sale.",
            "The county had agreed in September to sell the lighthouse and its keeper's cottage for $1.4 million to Tidewater Hospitality, which planned to turn the cottage into a boutique inn.",
            "County attorney Raymond Hsu argued that the 1998 agreement had expired when the society let its lease lapse in 2015. The judge disagreed, writing that the right to buy was separate from the lease.",
            "The society now has 90 days to match the developer's offer. Its president, Eleanor Bright, said it had raised about $600,000 and would ask the state for a grant to cover the rest.",
            "The county has not said whether it will appeal.",
        ],
    ),
    dict(
        file="gov_trout_season",
        tpl="drupal_agency",
        postid=7714,
        source="Eastland Department of Natural Resources",
        state="State of Eastland",
        alert="Burn ban in effect for all northern counties until further notice.",
        url="https://dnr.eastland.example/news/trout-season-opens-early-three-rivers",
        title="Trout Season Opens Early on Three Rivers",
        date="2023-03-28",
        shown_date="March 28, 2023",
        dateline="PORTVILLE, Eastland",
        contact="Jenna Morales, Public Information Officer, 555-0142, jenna.morales@dnr.eastland.example",
        address="200 Capitol Way, Portville, EL 40101",
        rail=[
            "Boat launch at Sorrel Lake closed for repairs",
            "Hunting license sales up 4 percent",
            "Volunteers needed for river cleanup",
            "New rules for bait fish take effect",
        ],
        paras=[
            "Anglers will be able to fish for trout on the Sorrel, Pike and Little Ash rivers two weeks earlier than usual this year, the Department of Natural Resources announced today.",
            "The season on those rivers will open on April 1 instead of April 15. Biologists found that trout numbers in all three rivers have recovered since the drought of 2021, and that the early opening will not harm spawning.",
            '"Our surveys show more adult brown trout in the Sorrel than at any time in the last decade," said fisheries chief Dale Whitfield.',
            "All other trout waters open on April 15 as usual. Anglers need a valid fishing license and a trout stamp, both available online and from license agents.",
            "The daily limit on the three rivers remains five trout, of which no more than one may be longer than 16 inches.",
        ],
    ),
    dict(
        file="gov_school_bus_audit",
        tpl="drupal_agency",
        postid=2290,
        source="Office of the State Auditor",
        state="State of Westmark",
        alert="Our offices will be closed Monday, September 5, for Labor Day.",
        url="https://auditor.westmark.example/news/state-audit-finds-gaps-school-bus-inspections",
        title="State Audit Finds Gaps in School Bus Inspections",
        date="2022-08-16",
        shown_date="08/16/2022",
        dateline="CAPITAL CITY",
        contact="Owen Gallagher, Communications Director, (555) 013-7720",
        address="1 State House Square, Capital City, WM 80001",
        rail=[
            "Auditor releases review of county jail contracts",
            "Report: state overpaid vendors by $3 million",
            "Audit of lottery finds strong controls",
            "Annual financial report released",
        ],
        paras=[
            "One in five school buses in Westmark carried children last year without a complete safety inspection, according to an audit released today by State Auditor Renee Castillo.",
            "Auditors reviewed records for 1,200 of the state's roughly 6,000 school buses. They found that 247 had missed at least one required inspection or had been returned to service before a failed item was repaired.",
            "The audit blames a shortage of inspectors at the Department of Transportation, which had 11 of its 19 inspector positions filled at the end of the year, and a paper filing system that makes missed inspections hard to spot.",
            '"Parents have a right to expect that the bus their child rides to school has been checked," Castillo said. "Right now the state cannot tell them that with confidence."',
            "The audit recommends that the department move inspection records into an electronic system and report missed inspections to school districts each month. The department agreed with all eight recommendations in its written response.",
        ],
    ),
    dict(
        file="prw_kestrel_robotics",
        tpl="pr_wire",
        postid="kestrel-robotics",
        wire="PR Newswire",
        source="Kestrel Robotics",
        host="kestrelrobotics.example",
        url="https://www.prnewswire.example/news-releases/kestrel-robotics-raises-40-million-301537.html",
        title="Kestrel Robotics Raises $40 Million to Expand Warehouse Automation",
        deck="Series B led by Harborline Ventures will fund a second factory and a service network in Europe",
        date="2022-05-03",
        shown_date="May 3, 2022",
        dateline="AUSTIN, Texas",
        contact="Tessa Lind, tessa@kestrelrobotics.example, 512-555-0190",
        about="Kestrel Robotics builds autonomous carts that move goods inside warehouses and factories. Founded in 2017, the company has more than 900 robots in service at 60 sites in North America.",
        rail=[
            "Kestrel Robotics Names New Chief Operating Officer",
            "Kestrel Robotics Opens Dallas Service Center",
        ],
        paras=[
            "Kestrel Robotics, a maker of self-driving carts for warehouses, today announced that it has raised $40 million in a Series B funding round led by Harborline Ventures, with participation from existing investors Brightwater Capital and Tern Partners.",
            "The company will use the money to open a second factory in San Marcos, Texas, and to build a service network in Germany and the Netherlands, where it signed its first European customers last year.",
            '"Warehouses are short of people, not of work," said Amelia Park, co-founder and chief executive of Kestrel Robotics. "Our carts take over the walking, so that people can do the jobs that need judgment."',
            "Kestrel's carts follow workers through the aisles and carry picked goods to packing stations on their own. The company says customers typically see picking rates rise by 30 to 50 percent.",
            "As part of the financing, Harborline partner Victor Mensah will join Kestrel's board of directors.",
        ],
    ),
    dict(
        file="newsroom_oat_bar_recall",
        tpl="company_newsroom",
        source="Blue Fen Foods",
        shows_date=False,
        has_meta_date=False,
        title="Blue Fen Foods Recalls Oat Bars Over Undeclared Peanut",
        date="2023-09-12",
        shown_date="Sept. 12, 2023",
        dateline="MINNEAPOLIS, Sept. 12, 2023",
        place="MINNEAPOLIS",
        contact="Consumer line: 1-800-555-0177 (Mon-Fri, 8 a.m.-5 p.m. CT); media: press@bluefenfoods.example",
        about="Blue Fen Foods makes granola, oat bars and breakfast cereals in Minneapolis and sells them in grocery stores across the Midwest.",
        rail=[
            "Blue Fen Foods opens new bakery in St. Cloud",
            "Blue Fen Foods joins regenerative oats pilot",
        ],
        paras=[
            "Blue Fen Foods is voluntarily recalling about 14,000 boxes of its Honey Almond Oat Bars because some bars may contain peanuts, which are not listed on the label.",
            "People who are allergic to peanuts could have a serious or life-threatening reaction if they eat the product. No illnesses have been reported.",
            "The recall covers 6-count boxes with the UPC 0 12345 67890 5 and best-by dates from March 1, 2024, through March 20, 2024. The bars were sold in grocery stores in Minnesota, Wisconsin, Iowa and the Dakotas.",
            "The company found the problem after a customer reported finding a peanut piece in a bar. An investigation showed that a shared packing line had not been fully cleaned after a run of peanut butter bars.",
            "Customers should not eat the bars and may return them to the store for a full refund.",
        ],
    ),
    dict(
        file="newsroom_bank_ceo",
        tpl="company_newsroom",
        source="Northgate Bank",
        shows_date=True,
        has_meta_date=True,
        title="Northgate Bank Names Lucia Ferraro Chief Executive Officer",
        date="2024-01-08",
        shown_date="January 8, 2024",
        dateline="HARTWELL, Conn.",
        contact="Samuel Ortiz, Corporate Communications, sortiz@northgatebank.example",
        about="Northgate Bank is a community bank with $3.2 billion in assets and 41 branches in Connecticut and western Massachusetts. Member FDIC. Equal Housing Lender.",
        rail=[
            "Northgate Bank reports fourth-quarter results",
            "Northgate Foundation awards $500,000 in grants",
        ],
        paras=[
            "Northgate Bank today announced that its board of directors has appointed Lucia Ferraro as president and chief executive officer, effective March 1. She succeeds Gerald Maddox, who will retire after 14 years in the role.",
            "Ferraro, 52, has been Northgate's chief operating officer since 2019. Before joining the bank she spent 18 years at Commonwealth Savings, where she led its commercial lending business.",
            '"Lucia has been at the center of every major decision we have made over the last five years," said board chair Helen Strand. "The board is confident she is the right person to lead Northgate into its next chapter."',
            "Maddox will remain on the board as a director and will serve as an adviser to Ferraro through the end of the year.",
        ],
    ),
]

ARTICLES += [
    dict(
        file="gallery_tall_ships",
        tpl="gallery",
        source="Forth Evening News",
        title="In pictures: the tall ships return to Leith",
        date="2022-07-23",
        shown_date="Saturday 23 July 2022 5:45 pm",
        byline="Callum Reid",
        slides=[
            (
                "The Polish full-rigger Dar Wolnosci enters the Firth of Forth on Friday morning.",
                "Callum Reid",
            ),
            (
                "Crowds line the quay at Ocean Terminal as the first ships tie up.",
                "Callum Reid",
            ),
            (
                "Cadets from the Norwegian ship Statsraad Lindholm climb the rigging.",
                "Ailsa Moir",
            ),
            ("A piper greets the crew of the Dutch brig Morgenster.", "Ailsa Moir"),
            (
                "Fireworks over the harbour close the first night of the festival.",
                "Callum Reid",
            ),
        ],
        rail=[
            "In pictures: Portobello sandcastle contest",
            "In pictures: the Meadows festival",
            "In pictures: Edinburgh's new tram stops",
        ],
        paras=[
            "More than 40 tall ships sailed into Leith this week for the first time in 27 years, and tens of thousands of people came to the docks to see them.",
            "The ships, from 14 countries, will stay until Monday before racing north to Lerwick. Most are open to visitors free of charge from 10am to 6pm.",
            "Organisers said about 85,000 people had passed through the gates by Saturday afternoon, well above the 60,000 they had expected for the whole weekend.",
            "Queues for the biggest ships stretched along the quay for much of the day, and the council added extra buses from Princes Street to cope with the crowds.",
            "The parade of sail, in which the fleet leaves the Forth in single file, starts at 11am on Monday and can be seen from Newhaven, Portobello and the Fife coast.",
        ],
    ),
    dict(
        file="gallery_lantern_festival",
        tpl="gallery",
        source="Riverside Chronicle",
        time="21:10",
        title="Lantern festival draws 30,000 to the riverside",
        date="2023-02-05",
        shown_date="5 February 2023 9:10 pm",
        byline="Mei Lin Zhou",
        slides=[
            (
                "A dragon lantern 20 metres long was carried along the river walk.",
                "Mei Lin Zhou",
            ),
            (
                "Children from St Anne's primary made their own paper rabbits.",
                "Tom Ashby",
            ),
            ("Lion dancers outside the Corn Exchange.", "Tom Ashby"),
            (
                "The lantern boats were launched from the old ferry steps at dusk.",
                "Mei Lin Zhou",
            ),
        ],
        rail=[
            "In pictures: the winter swim",
            "In pictures: Burns night at the town hall",
        ],
        paras=[
            "About 30,000 people walked along the river on Sunday night for the city's Lantern Festival, the biggest crowd since the event began in 2009.",
            "The festival marks the end of the Lunar New Year celebrations and is run by volunteers from the Chinese community association with help from the city council.",
            "This year more than 600 lanterns were made in workshops at schools and libraries over the past month, many of them shaped like rabbits for the Year of the Rabbit.",
            'Association chair Henry Leung said the event had grown from a few hundred people to one of the biggest nights in the city\'s calendar. "Everyone is welcome, that is the whole point," he said.',
            "The riverside paths reopened to cyclists at midnight after volunteers cleared away the last of the lanterns.",
        ],
    ),
    dict(
        file="embed_bus_strike",
        tpl="embeds",
        source="KTVR 7 News",
        weather="71°",
        url="https://ktvr7.example/news/local/striking-bus-drivers-reach-deal-with-city/289-77f1",
        title="Striking bus drivers reach deal with city",
        date="2023-10-11",
        shown_date="3:20 PM CDT October 11, 2023",
        updated_shown="6:02 PM CDT October 11, 2023",
        byline="Jordan Pike",
        tags=["Transit", "Labor"],
        embeds=[
            (
                1,
                "tweet",
                "Mayor Rosa Delgado",
                "MayorDelgado",
                "We have a deal. Thank you to our drivers and to everyone who waited at a bus stop this week. Full service tomorrow morning.",
            ),
            (
                3,
                "tweet",
                "ATU Local 1190",
                "ATU1190",
                "Members will vote Saturday. Proud of every driver who stood on the line.",
            ),
        ],
        rail=[
            "Man hurt in shooting on South Loop",
            "First freeze warning of the season",
            "High school football scores",
        ],
        paras=[
            "Bus service in Ridgeport will return to normal Thursday morning after the city and the drivers' union reached a tentative agreement to end a five-day strike.",
            "Mayor Rosa Delgado announced the deal on social media shortly after 2 p.m. on Wednesday.",
            "The three-year contract raises drivers' pay by 14 percent over its term and adds a guaranteed 30-minute break on shifts longer than six hours, one of the union's main demands.",
            "Union members still have to approve the agreement in a vote scheduled for Saturday.",
            "About 48,000 people ride Ridgeport buses on a typical weekday. The city said fares will be free on Thursday and Friday to thank riders for their patience.",
        ],
    ),
    dict(
        file="embed_singer_tour",
        tpl="embeds",
        source="Soundcheck Daily",
        weather="",
        url="https://soundcheckdaily.example/news/singer-cancels-tour-dates-vocal-injury",
        title="Singer Nola Grey cancels spring tour dates after vocal injury",
        date="2024-03-02",
        time="09:05:00",
        shown_date="March 2, 2024",
        updated_shown="March 2, 2024",
        byline="Felix Amundsen",
        embeds=[
            (
                0,
                "instagram",
                "Nola Grey",
                "nolagrey",
                "I am so sorry. My doctors say rest, so I am going to rest. I will make this up to every single one of you.",
            ),
        ],
        rail=[
            "Festival lineup adds three headliners",
            "Vinyl sales up for the 17th year",
            "Band reunites for one night only",
        ],
        paras=[
            "Nola Grey has cancelled the first 11 dates of her spring tour after doctors found a hemorrhage on one of her vocal cords.",
            "The singer announced the news on Instagram on Saturday morning, two days before the tour was due to open in Seattle.",
            "Her label said the shows in Seattle, Portland, San Francisco, Los Angeles and seven other cities would be rescheduled for the autumn, and that tickets would remain valid for the new dates.",
            "Fans who cannot attend the new dates can ask for a refund from the point of purchase until April 15.",
            "Grey, 27, released her second album, Salt Roads, in January. The European leg of the tour, which starts in Dublin on May 20, is expected to go ahead as planned.",
        ],
    ),
    dict(
        file="paywall_office_towers",
        tpl="paywall",
        source="Metro Business Journal",
        section="Property",
        url="https://metrobusinessjournal.example/property/investors-sour-on-downtown-office-towers",
        title="Investors sour on downtown office towers as leases run out",
        deck="Three of the city's largest buildings have changed hands at steep discounts this year.",
        date="2023-05-22",
        shown_date="May 22, 2023",
        byline="Graham Whitlock",
        readtime=6,
        visible=3,
        rail=[
            "Grocer to open five stores in suburbs",
            "Tech firm cuts 200 jobs",
            "Hotel occupancy back to 2019 levels",
        ],
        paras=[
            "The 32-storey Carlisle Tower sold last month for $96 million, less than half of what its owner paid for it in 2016.",
            "The sale was the third this year in which a downtown office building went for a fraction of its earlier price, as landlords face leases that are ending while many tenants still keep staff at home part of the week.",
            "Downtown office vacancy stood at 23 percent at the end of March, according to the brokerage firm Castell Partners, up from 11 percent before the pandemic.",
            "HIDDEN: the rest of the article is not on the page.",
        ],
    ),
    dict(
        file="paywall_container_terminal",
        tpl="paywall",
        source="The Gazette-Mercury",
        section="Economy",
        url="https://gazettemercury.example/economy/2021/09/port-authority-weighs-second-container-terminal",
        title="Port authority weighs a second container terminal",
        deck="A study says the port will run out of space by 2030. Neighbours of the proposed site are not convinced.",
        date="2021-09-14",
        shown_date="Tue 14 Sep 2021",
        byline="Niamh Doyle",
        readtime=4,
        visible=4,
        rail=[
            "Fuel prices hit seven-year high",
            "Shipyard wins navy contract",
            "Rail freight line to reopen",
        ],
        paras=[
            "The port authority will decide next month whether to spend up to 800 million euros on a second container terminal on reclaimed land north of the existing docks.",
            "A study commissioned by the authority found that container traffic through the port has doubled in 15 years and that the current terminal will be full by 2030 at the latest.",
            "Residents of Sandymount Strand say the new terminal would bring thousands of extra lorries through their streets and destroy a beach used by walkers and wading birds.",
            "Chief executive Fergal Brennan said the authority would build a new road link directly to the motorway so that lorries would not pass through residential areas.",
            "HIDDEN: the rest of the article is not on the page.",
        ],
    ),
]

ARTICLES += [
    dict(
        file="multipage_night_train_p1",
        tpl="multipage",
        source="Wayfarer Monthly",
        issue="December 2022 issue",
        url="https://wayfarermonthly.example/features/quiet-revival-night-train",
        page_no=1,
        pages=3,
        title="The quiet revival of the night train",
        deck="Sleeper trains were written off a decade ago. Now new routes open every year.",
        date="2022-12-01",
        shown_date="1 December 2022",
        byline="Ottilie Brandt",
        rail=[
            "Ten winter walks in the Jura",
            "The last ferry to Ushant",
            "Letters to the editor",
        ],
        paras=[
            "At ten past nine on a Thursday evening, the sleeper to Vienna pulls out of Brussels Midi with every berth sold.",
            "Ten years ago this would have seemed unlikely. One by one, Europe's night trains were being cut: too slow for business travellers, too expensive for students, and squeezed between cheap flights and fast daytime trains.",
            "Then something changed. Austria's railway bought the sleeper cars that others were scrapping, and kept running them. Climate-minded travellers began to look for ways to cross the continent without flying.",
            "Today there are more overnight routes in Europe than at any time since the 1990s, and new ones are announced almost every season.",
            "The question is whether the revival can last once the novelty fades, and that depends on money as much as on passengers.",
        ],
    ),
    dict(
        file="multipage_village_pub_p2",
        tpl="multipage",
        source="Countryside Quarterly",
        issue="Summer 2021",
        url="https://countrysidequarterly.example/stories/how-a-village-saved-its-last-pub",
        page_no=2,
        pages=2,
        title="How a village saved its last pub",
        deck="When the Plough closed, 212 neighbours bought it. Three years on, it is paying its way.",
        date="2021-06-18",
        shown_date="18 June 2021",
        byline="Harriet Colley",
        rail=[
            "The hedgelayers of Herefordshire",
            "A year on a hill farm",
            "Reader offers",
        ],
        paras=[
            "By the spring of 2018 the group had raised 340,000 pounds from 212 shareholders, most of whom bought shares worth a few hundred pounds each. A grant and a loan from a community fund covered the rest.",
            "The pub reopened that October with a part-time manager, a team of volunteers who did everything from painting to cleaning the cellar, and a menu of six dishes.",
            "It was not easy. The boiler failed in the first winter, and the first manager left after eight months. Takings were well below the plan for most of the first year.",
            "What saved it, said chair of the society Ray Blunden, was that it became more than a pub. It now hosts a post office counter twice a week, a lunch club for older residents and a small shop selling bread and milk.",
            'Last year the Plough made a small profit for the first time. "We are not going to get rich," Blunden said, "but nobody ever joined for that."',
        ],
    ),
    dict(
        file="urldate_skate_park",
        tpl="bare_blog",
        source="fenwickresidents.example",
        url="http://www.fenwickresidents.example/news/2019/05/14/council-approves-skate-park.html",
        title="Council approves skate park at Fenwick Green",
        date="2019-05-14",
        byline_line="by Margaret Hale, Secretary",
        byline="Margaret Hale",
        footer="Fenwick Residents' Association, c/o 12 Orchard Row, Fenwick. Page maintained by volunteers.",
        paras=[
            "Good news for the young people of Fenwick: at its meeting last night the district council approved plans for a skate park on the north side of Fenwick Green.",
            "The association has campaigned for the skate park since 2016, when a group of teenagers came to our annual meeting and asked for somewhere to ride that was not the church car park.",
            "The park will cost 145,000 pounds. The council will pay 90,000 pounds and the rest has been raised by the association, the parish council and a sponsored walk that many of you took part in last summer.",
            "Work is due to start in August and the park should open before Christmas. There will be a small opening event, and details will appear on this page.",
            "Thank you to everyone who wrote to the council in support of the plans.",
        ],
    ),
    dict(
        file="urldate_maternity_wing",
        tpl="bare_blog",
        source="stmarysvalley.example",
        url="https://www.stmarysvalley.example/news/2020/10/02/new-maternity-wing-opens/",
        title="Hospital trust opens new maternity wing",
        date="2020-10-02",
        footer="St Mary's Valley Hospitals NHS Trust. Switchboard 01632 960 000.",
        paras=[
            "The first babies have been born in the new maternity wing at St Mary's Valley Hospital, which opened to patients this week.",
            "The wing has 24 single rooms with their own bathrooms, a midwife-led birth centre with two birthing pools, and a neonatal unit with space for 16 cots.",
            "It replaces the old maternity building, which opened in 1968 and where most women shared a bay with five others.",
            'Head of midwifery Abena Mensah said the single rooms meant partners could now stay overnight. "Families have asked us for this for years," she said.',
            "Because of coronavirus rules, tours of the new wing for expectant parents are being offered online. Details are available from the antenatal clinic.",
        ],
    ),
    dict(
        file="visdate_varroa",
        tpl="visible_date",
        source="Wessex Beekeepers' Association",
        charity="No. 1090213",
        title="Beekeepers warn of early varroa outbreak",
        date="2017-03-14",
        date_line="Posted on Tuesday 14 March 2017 at 10:32 by the committee",
        tags=["Bee health", "Varroa"],
        n_comments=2,
        comments=[
            (
                "Pete W",
                "14 March 2017",
                "Same here in the Vale, three colonies with deformed wing already.",
            ),
            (
                "Sue",
                "15 March 2017",
                "Thanks for the reminder. Will the April meeting cover oxalic acid?",
            ),
        ],
        rail=[
            "Spring meeting: swarm control",
            "Honey show results",
            "Equipment for sale",
        ],
        paras=[
            "Members across the county are reporting high numbers of varroa mites in their colonies much earlier in the year than usual.",
            "The mild winter meant that many queens never stopped laying, so the mites had brood to breed in all winter.",
            "The committee advises all members to check their mite drop this month using a monitoring board, and to treat any colony with more than five mites a day.",
            "Our bee health officer, Alan Tregear, will be at the apiary on Saturday mornings in March to help anyone who is unsure how to count mites or which treatment to use.",
        ],
    ),
    dict(
        file="visdate_fire_station",
        tpl="visible_date",
        source="Cedar Hollow Fire District",
        charity="EIN 91-1234567",
        title="Fire district asks voters to approve new station",
        date="2021-09-09",
        date_line="Sept. 9, 2021 | Board of Fire Commissioners",
        n_comments=1,
        comments=[
            (
                "Dale R.",
                "Sept. 10, 2021",
                "Will the old station be sold or kept for storage?",
            )
        ],
        rail=["Burn ban lifted", "Open house Oct. 9", "Volunteer academy graduates 12"],
        paras=[
            "Voters in the Cedar Hollow Fire District will decide in November whether to fund a new fire station on Ridge Road.",
            "The board of fire commissioners voted unanimously on Tuesday to place a $9.8 million bond on the Nov. 2 ballot.",
            "The district's main station was built in 1962 for a volunteer department. Today's engines barely fit through its doors, and it has no separate space to clean gear contaminated with smoke and cancer-causing chemicals.",
            "If approved, the bond would cost the owner of a $400,000 home about $11 a month for 20 years.",
            "The district will hold two public meetings about the plan, on Sept. 28 and Oct. 12, at 7 p.m. at the current station.",
        ],
    ),
    dict(
        file="de_fernwaerme",
        tpl="german_news",
        source="Weserland Kurier",
        city="Bremen",
        kicker="Energie",
        title="Stadtwerke erhöhen Fernwärmepreise zum Jahreswechsel",
        date="2022-11-17",
        time="14:05",
        shown_date="17.11.2022, 14:05 Uhr",
        byline="Katrin Albers",
        tags=["Energie", "Stadtwerke", "Bremen"],
        deck="Rund 40.000 Haushalte müssen ab Januar deutlich mehr bezahlen. Die Verbraucherzentrale rät, die Abschläge zu prüfen.",
        rail=[
            "Neue Straßenbahnlinie: Bauarbeiten beginnen im Frühjahr",
            "Weihnachtsmarkt öffnet am Montag",
            "Polizei sucht Zeugen nach Unfall in der Neustadt",
        ],
        paras=[
            "Die Stadtwerke erhöhen zum 1. Januar die Preise für Fernwärme um durchschnittlich 38 Prozent.",
            "Betroffen sind rund 40.000 Haushalte, vor allem in großen Wohnanlagen in Vahr, Tenever und Huchting.",
            "Als Grund nennt das Unternehmen die stark gestiegenen Kosten für Erdgas, mit dem ein großer Teil der Wärme erzeugt wird. Für eine typische Dreizimmerwohnung bedeutet die Erhöhung Mehrkosten von etwa 45 Euro im Monat.",
            "Die Preisbremse des Bundes soll einen Teil der Erhöhung ausgleichen. Wie viel genau, können die Stadtwerke nach eigenen Angaben erst im Februar sagen.",
            "Die Verbraucherzentrale rät Mieterinnen und Mietern, ihre Abschläge mit dem Vermieter zu besprechen, damit im nächsten Jahr keine hohe Nachzahlung droht.",
        ],
    ),
    dict(
        file="de_radwege",
        tpl="german_news",
        source="Ostalb Rundschau",
        city="Aalen",
        kicker="Verkehr",
        title="Land fördert Radwege im ländlichen Raum mit 25 Millionen Euro",
        date="2023-04-26",
        time="09:30",
        shown_date="26. April 2023, 09:30",
        byline="Jonas Riedlinger",
        tags=["Radverkehr", "Landespolitik"],
        deck="Auch drei Projekte im Ostalbkreis sind dabei, darunter die lange geforderte Verbindung nach Essingen.",
        rail=[
            "Kreistag beschließt Haushalt",
            "Freibad öffnet am 13. Mai",
            "Stadtfest: Das ist das Programm",
        ],
        paras=[
            "Das Land stellt in diesem Jahr 25 Millionen Euro für neue Radwege abseits der großen Städte bereit.",
            "Gefördert werden 61 Projekte in 28 Landkreisen, teilte das Verkehrsministerium am Mittwoch in Stuttgart mit.",
            "Im Ostalbkreis erhalten drei Vorhaben Geld, darunter der Radweg entlang der Landesstraße zwischen Aalen und Essingen, für den sich Anwohner seit mehr als zehn Jahren einsetzen.",
            "Das Land übernimmt bis zu 75 Prozent der Baukosten. Den Rest müssen die Gemeinden oder der Kreis tragen.",
            "Landrat Peter Engel sprach von einem guten Tag für alle, die im Kreis mit dem Rad zur Arbeit oder zur Schule fahren. Baubeginn soll im kommenden Frühjahr sein.",
        ],
    ),
]

ARTICLES += [
    dict(
        file="fr_secheresse",
        tpl="euro_gov",
        lang="fr",
        source="Préfecture de la Drôme-Vallée",
        country="République française",
        skip="Aller au contenu",
        nav=[
            "Actualités",
            "Politiques publiques",
            "Démarches administratives",
            "Publications",
            "Contact",
        ],
        crumbs=["Accueil", "Actualités", "Communiqués de presse"],
        url="https://www.drome-vallee.gouv.example/Actualites/Communiques-de-presse/La-prefecture-lance-un-plan-contre-la-secheresse",
        title="La préfecture lance un plan contre la sécheresse",
        date="2022-07-08",
        date_line="Publié le 08/07/2022",
        docs_label="Documents liés",
        doc="Arrêté préfectoral du 8 juillet 2022 (PDF, 412 Ko)",
        share="Partager la page",
        footer="Préfecture de la Drôme-Vallée - 3 boulevard Vauban - Tous droits réservés",
        deck="Face au manque de pluie, des restrictions d'eau s'appliquent dès lundi dans 84 communes.",
        paras=[
            "Le préfet a placé vendredi 84 communes du département en alerte renforcée sécheresse.",
            "À partir du lundi 11 juillet, il est interdit d'arroser les pelouses, de remplir les piscines privées et de laver les voitures en dehors des stations professionnelles.",
            "Les agriculteurs doivent réduire de moitié leurs prélèvements dans les rivières, sauf pour les cultures maraîchères et les jeunes plantations.",
            "Le débit de la Véore est aujourd'hui inférieur de 60 % à la normale saisonnière, et aucune pluie significative n'est annoncée avant la fin du mois.",
            "Ces mesures restent en vigueur jusqu'au 31 août, sauf amélioration de la situation. Des contrôles seront effectués par les services de l'État.",
        ],
    ),
    dict(
        file="fr_greve_controleurs",
        tpl="euro_gov",
        lang="fr",
        source="Le Courrier du Rhône",
        country="Le Courrier du Rhône",
        skip="Passer au contenu",
        nav=["Lyon", "Région", "Faits divers", "Sports", "Abonnez-vous"],
        crumbs=["Accueil", "Région", "Transports"],
        url="https://www.courrierdurhone.example/region/2023/12/22/greve-des-controleurs-trafic-perturbe-ce-week-end",
        title="Grève des contrôleurs : trafic perturbé ce week-end",
        date="2023-12-22",
        date_line="Le 22 décembre 2023 à 18h12 - Par Julien Marchand",
        byline="Julien Marchand",
        docs_label="À lire aussi",
        doc="Les prix des billets de train augmenteront en 2024",
        share="Partager cet article",
        footer="© Le Courrier du Rhône 2023 - Mentions légales - Politique de confidentialité",
        deck="Un TER sur deux circulera samedi et dimanche sur les lignes de la région.",
        paras=[
            "Les voyageurs qui partent en vacances ce week-end devront s'armer de patience.",
            "En raison d'un mouvement social des contrôleurs, seul un train régional sur deux circulera samedi et dimanche, a annoncé la direction régionale vendredi après-midi.",
            "Les lignes Lyon-Grenoble et Lyon-Saint-Étienne seront les plus touchées. Sur la ligne de Bourg-en-Bresse, un service de cars de remplacement sera mis en place.",
            "Les syndicats réclament des embauches et une prime pour le travail pendant les fêtes. Une réunion avec la direction est prévue mardi.",
            "Les voyageurs peuvent échanger ou se faire rembourser leur billet sans frais jusqu'au 2 janvier.",
        ],
    ),
    dict(
        file="es_bibliotecas",
        tpl="euro_gov",
        lang="es",
        source="Ayuntamiento de Villanueva del Pinar",
        country="Ayuntamiento de Villanueva del Pinar",
        skip="Saltar al contenido",
        nav=["Ayuntamiento", "Servicios", "Sede electrónica", "Turismo", "Noticias"],
        crumbs=["Inicio", "Noticias", "Cultura"],
        url="https://www.villanuevadelpinar.example/noticias/el-ayuntamiento-amplia-el-horario-de-las-bibliotecas",
        title="El Ayuntamiento amplía el horario de las bibliotecas municipales",
        date="2020-06-14",
        date_line="14 de junio de 2020",
        docs_label="Documentos",
        doc="Horarios de verano de las bibliotecas (PDF)",
        share="Compartir",
        footer="Ayuntamiento de Villanueva del Pinar · Plaza Mayor, 1 · Aviso legal · Accesibilidad",
        deck="Las tres bibliotecas abrirán también los sábados por la mañana durante el verano.",
        paras=[
            "Las bibliotecas municipales de Villanueva del Pinar ampliarán su horario a partir del 1 de julio.",
            "La biblioteca central abrirá de lunes a viernes de 9 a 21 horas sin interrupción, y las de los barrios de San Roque y La Estación lo harán de 10 a 14 y de 17 a 20 horas.",
            "Por primera vez, las tres bibliotecas abrirán también los sábados de 10 a 13 horas durante julio y agosto.",
            "La concejala de Cultura, Marta Iglesias, explicó que la medida responde a la demanda de estudiantes que preparan oposiciones y exámenes durante el verano.",
            "Debido a las medidas sanitarias, el aforo de las salas de estudio seguirá limitado al 50 por ciento y será obligatorio el uso de mascarilla.",
        ],
    ),
    dict(
        file="it_lungolago",
        tpl="euro_gov",
        lang="it",
        source="Comune di Lago Verde",
        country="Comune di Lago Verde",
        skip="Vai al contenuto",
        nav=["Amministrazione", "Servizi", "Novità", "Vivere il comune"],
        crumbs=["Home", "Novità", "Comunicati stampa"],
        url="https://www.comune.lagoverde.example/novita/comunicati/il-comune-rinnova-il-lungolago",
        title="Il Comune rinnova il lungolago: lavori al via a settembre",
        date="2021-05-10",
        date_line="Data di pubblicazione: 10 maggio 2021",
        docs_label="Allegati",
        doc="Progetto definitivo del lungolago (PDF, 3,1 MB)",
        share="Condividi",
        footer="Comune di Lago Verde - Piazza Municipio 1 - P.IVA 00123450123 - Privacy - Note legali",
        deck="Nuova pavimentazione, più alberi e una pista ciclabile lungo tutto il fronte del lago.",
        paras=[
            "La giunta comunale ha approvato il progetto definitivo per la riqualificazione del lungolago, che costerà 2,4 milioni di euro.",
            "I lavori inizieranno a settembre, dopo la fine della stagione turistica, e dureranno circa otto mesi.",
            "Il progetto prevede una nuova pavimentazione in pietra, la piantumazione di 80 alberi e una pista ciclabile di due chilometri tra il porto e la spiaggia comunale.",
            "Durante i lavori il passaggio pedonale sarà sempre garantito, mentre il parcheggio di via Roma resterà chiuso fino alla primavera.",
            "Il sindaco Franco Bellini ha detto che il lungolago tornerà ad essere il salotto della città.",
        ],
    ),
    dict(
        file="nl_bomen",
        tpl="euro_gov",
        lang="nl",
        source="Gemeente Westerveen",
        country="Gemeente Westerveen",
        skip="Direct naar de inhoud",
        nav=["Inwoners", "Ondernemers", "Bestuur", "Nieuws", "Contact"],
        crumbs=["Home", "Nieuws", "Nieuwsberichten"],
        url="https://www.westerveen.example/nieuws/gemeente-plant-500-bomen-in-nieuwe-wijk",
        title="Gemeente plant 500 bomen in nieuwe wijk De Kreek",
        date="2022-03-21",
        date_line="Gepubliceerd op 21 maart 2022",
        docs_label="Meer informatie",
        doc="Beplantingsplan De Kreek (PDF)",
        share="Deel deze pagina",
        footer="Gemeente Westerveen · Postbus 100 · Telefoon 14 0591 · Privacyverklaring · Toegankelijkheid",
        deck="Bewoners konden zelf kiezen welke bomen in hun straat komen.",
        paras=[
            "De gemeente plant deze maand 500 bomen in de nieuwe wijk De Kreek.",
            "Het gaat om zestien soorten, waaronder linden, eiken, esdoorns en fruitbomen. In elke straat komen minstens twee soorten, zodat een ziekte niet alle bomen tegelijk kan treffen.",
            "Bewoners konden het afgelopen najaar via een enquête aangeven welke bomen zij in hun straat wilden. Ruim 600 huishoudens deden mee.",
            "Wethouder Anouk de Vries zegt dat de bomen de wijk koeler maken in de zomer en regenwater helpen vasthouden.",
            "De werkzaamheden duren tot half april. Tijdens het planten kunnen sommige straten een dag gedeeltelijk worden afgesloten.",
        ],
    ),
    dict(
        file="amp_mountain_pass",
        tpl="amp",
        source="Summit County Ledger",
        url="https://summitledger.example/news/snowstorm-closes-mountain-pass-second-day",
        title="Snowstorm closes Raven Pass for a second day",
        date="2024-01-17",
        shown_date="Jan 17, 2024 11:03 AM",
        byline="Marco Bianchi",
        caption="A plow clears the westbound lanes near the Raven Pass summit on Tuesday.",
        rail=[
            "Avalanche danger high in backcountry",
            "Ski resort reports record snowfall",
            "Schools closed Thursday",
        ],
        paras=[
            "Raven Pass will stay closed through at least Thursday morning as crews struggle to keep up with a storm that has dropped more than four feet of snow since Monday.",
            "The state transportation department closed the highway between Elk Crossing and Timber Falls on Tuesday after several trucks spun out near the summit.",
            "Spokesman Glen Harlow said plows were working around the clock but that high winds kept blowing snow back onto the road. Avalanche crews also plan to bring down loose snow above the highway once visibility improves.",
            "Drivers heading west are being sent on a detour through Copper Valley, which adds about two hours to the trip.",
            "The National Weather Service expects the snow to taper off late Wednesday.",
        ],
    ),
    dict(
        file="amp_coffee_bricks",
        tpl="amp",
        source="Bay Innovation Report",
        time="08:30:00",
        url="https://bayinnovation.example/2023/08/29/startup-turns-coffee-grounds-into-bricks/",
        title="Startup turns used coffee grounds into building bricks",
        date="2023-08-29",
        shown_date="August 29, 2023",
        byline="Keisha Morrow",
        caption="Grounded Materials co-founder Ravi Anand holds one of the company's bricks.",
        rail=[
            "Battery recycler opens plant in Fremont",
            "City tests self-driving street sweepers",
            "Food waste app raises seed round",
        ],
        paras=[
            "A small company in Oakland has found a use for one of the city's most common kinds of waste: used coffee grounds.",
            "Grounded Materials collects about three tons of grounds a week from cafés and office kitchens, dries them and mixes them with clay and lime to make bricks for garden walls and paths.",
            "Co-founder Ravi Anand said the bricks need less heat to make than ordinary clay bricks because the grounds burn inside the kiln and help fire them from within.",
            "The company sells about 5,000 bricks a month, mostly to landscapers. It is now testing whether the bricks are strong enough for small buildings.",
            'Anand said the hardest part was not the chemistry but the logistics. "Every café wants to give us their grounds," he said. "Getting them here before they go moldy is the trick."',
        ],
    ),
]

ARTICLES += [
    dict(
        file="uni_bat_tags",
        tpl="university",
        source="Lakehurst University",
        title="Researchers map bat migration with radio tags lighter than a paperclip",
        date="2022-09-06",
        deck="The tags revealed that silver-haired bats fly up to 400 kilometres in a single night.",
        shown_date="September 6, 2022",
        byline="Dana Whitcomb",
        byline_role="University Communications",
        tags=["Research", "Biology"],
        caption="A silver-haired bat fitted with a 0.3-gram radio tag.",
        contact="Dana Whitcomb, 555-0188, dwhitcomb@lakehurst.example",
        address="Lakehurst University, 1 College Green, Lakehurst",
        rail=[
            "New dean named for School of Nursing",
            "Lakehurst joins national quantum network",
            "Students build solar boat",
        ],
        paras=[
            "Biologists at Lakehurst University have tracked the autumn migration of silver-haired bats across the Great Lakes for the first time, using radio tags that weigh less than a third of a gram.",
            "The team, led by Professor Ines Carvalho, fitted tags to 86 bats in northern Michigan and followed them with a network of more than 200 receiving towers run by universities and wildlife groups.",
            "Some bats flew more than 400 kilometres in a single night, and many crossed Lake Michigan rather than flying around it, the researchers report in the journal Movement Ecology.",
            '"We assumed they would hug the shoreline the way many birds do," Carvalho said. "Instead, they went straight across open water."',
            "The findings matter for wind farms, which kill large numbers of migrating bats. Knowing when and where the bats travel could help operators slow their turbines on the riskiest nights.",
        ],
    ),
    dict(
        file="uni_tuition_freeze",
        tpl="university",
        source="Redmond State University",
        title="Redmond State to freeze tuition for in-state students",
        date="2024-02-15",
        deck="The board of regents voted 9-2 to hold tuition at this year's level for 2024-25.",
        shown_date="Feb. 15, 2024",
        byline="Marcus Lee",
        byline_role="Office of Strategic Communications",
        tags=["Campus News", "Tuition"],
        caption="The Redmond State board of regents meets in Hale Hall.",
        contact="Marcus Lee, Office of Strategic Communications, 555-0123",
        address="Redmond State University, 400 University Ave., Redmond",
        rail=[
            "Spring commencement speaker announced",
            "Record number of applications for fall",
            "Library renovation wins award",
        ],
        paras=[
            "Tuition for Redmond State students from within the state will not rise next year, the university's board of regents decided on Thursday.",
            "The board voted 9-2 to keep undergraduate tuition at $9,840 a year for the 2024-25 academic year. Tuition for students from other states will rise by 3 percent, to $27,600.",
            "President Alicia Moreno said the freeze was possible because the state legislature had increased the university's funding by 6 percent and because enrollment had grown for the third year in a row.",
            "The two regents who voted against the freeze said they worried about the cost of delayed repairs to older buildings on campus.",
            "Housing and dining rates, which are set separately, will rise by an average of 2.5 percent.",
        ],
    ),
    dict(
        file="civic_leaf_collection",
        tpl="civicplus",
        source="City of Brookhaven",
        source_alt="brookhavenga.example",
        category="Public Works",
        alert="City Hall will be closed on Thursday, November 11, for Veterans Day.",
        title="Leaf Collection Begins November 1",
        date="2021-10-20",
        shown_date="October 20, 2021",
        address="City of Brookhaven, 4362 Main Street, Brookhaven, GA 30319. Phone: 404-555-0100",
        rail=[
            ("Street Paving Schedule Announced", "October 4, 2021"),
            ("Bulk Trash Pickup Changes", "September 15, 2021"),
        ],
        paras=[
            "The Public Works Department will begin its annual curbside leaf collection on Monday, November 1.",
            "Crews will work through the city one zone at a time, visiting each street at least twice before the program ends on January 14. A map of the zones and the expected dates is available on the Public Works page.",
            "Residents should rake leaves to the edge of the lawn, behind the curb, and not into the street, where they can block storm drains. Leaves mixed with branches, grass clippings or trash cannot be collected.",
            "Bagged leaves will be picked up on regular yard waste days as usual.",
            "For questions, call Public Works at 404-555-0130.",
        ],
    ),
    dict(
        file="civic_water_main",
        tpl="civicplus",
        source="Town of Millbury",
        source_alt="millburyma.example",
        category="Water & Sewer",
        alert="Stage 1 water restrictions are in effect. Outdoor watering allowed before 9 a.m. and after 5 p.m.",
        title="Water Main Replacement on Elm Avenue",
        date="2023-06-05",
        shown_date="June 5, 2023",
        address="Town of Millbury, 127 Elm Street, Millbury, MA 01527",
        rail=[
            ("Hydrant Flushing Schedule", "April 17, 2023"),
            ("2022 Water Quality Report Available", "May 30, 2023"),
        ],
        paras=[
            "Work to replace the 100-year-old water main on Elm Avenue between Main Street and Riverlin Street will begin on Monday, June 12, and is expected to last about ten weeks.",
            "Elm Avenue will be open to local traffic only from 7 a.m. to 4 p.m. on weekdays. Detour signs will direct other drivers to Canal Street.",
            "Residents on Elm Avenue will be connected to a temporary above-ground water line during the work. Short interruptions of service may be needed; the contractor will leave a notice at each home at least 24 hours ahead.",
            "The project costs $1.9 million and is paid for by the water enterprise fund and a state drinking water loan.",
        ],
    ),
    dict(
        file="ngo_food_banks",
        tpl="ngo",
        source="Coastline Food Network",
        handle="CoastlineFood",
        host="coastlinefood.example",
        appeal="This winter, 1 in 6 families in our coastal towns will need help to eat. Can you help?",
        charity="1123456",
        phone="01632 960 321",
        title="Food banks in coastal towns see demand rise by a third",
        date="2023-11-28",
        shown_date="28 November 2023",
        paras=[
            "Food banks in England's coastal towns handed out a third more emergency food parcels this autumn than a year ago, according to new figures from the Coastline Food Network.",
            "The network's 58 member food banks gave out 41,200 parcels between August and October, compared with 30,900 in the same months of 2022.",
            "More than half of the people referred were in work, the figures show. Many were on zero-hours contracts in hospitality and tourism, where hours fall sharply after the summer season.",
            'Chief executive Helen Adeyemi said seasonal work left families with no savings to fall back on in the winter. "The summer pays the rent, and then the autumn comes," she said.',
            "The network is calling on the government to let people on seasonal contracts average their income over the year when applying for Universal Credit.",
        ],
    ),
    dict(
        file="ngo_river_pollution",
        tpl="ngo",
        source="Clearwater Rivers Trust",
        handle="ClearwaterRivers",
        host="clearwaterrivers.example",
        appeal="Our rivers need you. Become a citizen scientist this spring.",
        charity="1098765",
        phone="01632 960 555",
        title="Volunteers find sewage spills on two-thirds of monitored rivers",
        date="2024-04-10",
        shown_date="10 April 2024",
        paras=[
            "Volunteer testers found signs of sewage pollution on 31 of the 47 rivers they monitored last year, the Clearwater Rivers Trust said today.",
            "More than 900 volunteers took monthly water samples at 312 sites, testing for phosphate, nitrate and E. coli. Readings above safe levels were most common downstream of treatment works after heavy rain.",
            "The trust compared its results with the water companies' own records of storm overflows and found that a quarter of high readings came on days when no overflow had been reported.",
            '"These are not experts with laboratories, they are people who care about their river," said the trust\'s science lead, Dr Owen Pryce. "Their data is telling us that the official picture is incomplete."',
            "The trust has shared its findings with the Environment Agency and will publish the full data set online in May.",
        ],
    ),
    dict(
        file="blogger_swifts",
        tpl="blogger",
        source="Old Town Birds",
        postid="5517240912",
        tagline="Notes from a birdwatcher in the old town, since 2009",
        url="https://oldtownbirds.blogspot.example/2018/06/counting-swifts-over-old-town.html",
        title="Counting swifts over the old town",
        date="2018-06-12",
        time="21:47",
        shown_date="Tuesday, 12 June 2018",
        shown_time="21:47",
        byline="Gwen Ashdown",
        tags=["swifts", "survey", "old town"],
        n_comments=2,
        comments=[
            (
                "Rob Pennant",
                "Lovely post. We had 30 over the church on Sunday evening, so they are still about.",
            ),
            (
                "Anonymous",
                "Are there any swift boxes planned for the new flats on Mill Lane?",
            ),
        ],
        about="Retired teacher, county bird recorder for the old town square, and keeper of too many notebooks.",
        paras=[
            "Tonight was the second of our three evening swift counts for the survey, and the best so far.",
            "Between half past eight and half past nine I counted 64 swifts screaming low over the rooftops of Castle Street, with a separate party of about 20 higher up over the market square.",
            "That is more than double the number we saw on the same evening last year, though one good night does not make a trend.",
            "At least four nest sites are in use under the eaves of the old school, where the new swift bricks went in two years ago.",
            "The last count is on 26 June. Anyone is welcome to join: meet at the market cross at 8.15pm and bring binoculars if you have them.",
        ],
    ),
    dict(
        file="ghost_anonymous_sources",
        tpl="ghost",
        source="The Fenland Beacon",
        host="fenlandbeacon.example",
        url="https://fenlandbeacon.example/why-we-stopped-using-anonymous-sources/",
        title="Why our newsroom stopped using anonymous sources",
        date="2024-04-04",
        shown_date="Apr 4, 2024",
        readtime=4,
        byline="Sophie Marchetti",
        tags=["Editor's notes", "Ethics"],
        deck="A year after we changed our rules, here is what it cost us and what we gained.",
        callout="Have a question about how we report? Write to the editor at editor@fenlandbeacon.example.",
        rail=[
            "Inside the council's budget gap",
            "The farmers betting on hemp",
            "Our reader survey: the results",
        ],
        paras=[
            "A year ago we made a rule: no story in the Beacon would quote an unnamed person, except where naming them would put them in danger.",
            "It was not an easy decision for a small newsroom. Anonymous tips had been the start of some of our best work, including our reporting on the care home closures in 2021.",
            "The rule has cost us stories. At least three times this year we held back an article because a source would not go on the record, and one of those stories later ran in a national paper.",
            "But readers noticed. In our survey last month, 71 percent said they trusted our reporting more than a year ago, and several mentioned named sources by name.",
            "We will keep the rule, and we will keep telling you when and why we make an exception.",
        ],
    ),
    dict(
        file="joomla_u14_cup",
        tpl="joomla",
        source="Ashby Rovers FC",
        tagline="Community football since 1923",
        title="Under-14s win county cup on penalties",
        date="2019-05-19",
        time="19:40",
        shown_date="19 May 2019",
        byline="Kevin Doyle",
        category="Juniors",
        hits=312,
        fixture="Sat 25 May: Ashby Rovers v Coalville Town, 3pm, Hall Lane",
        sponsor="Thanks to Hall Lane Motors, our kit sponsor for 2018-19",
        paras=[
            "Our Under-14s are county champions after beating Loughton Juniors 4-3 on penalties in the final at Holmes Park on Sunday.",
            "The game finished 1-1 after extra time. Loughton went ahead just before half-time, but captain Tyler Burns equalised with a header from a corner with ten minutes left.",
            "Goalkeeper Sam Oduya was the hero of the shoot-out, saving the last two penalties.",
            'Coach Lee Harding said he was proud of every player. "They never stopped running, even when their legs had gone," he said.',
            "The team will be presented with their medals at the club's end-of-season awards night on 1 June.",
        ],
    ),
    dict(
        file="mp_rail_timetable",
        tpl="mp_site",
        source="Claire Hendry MP",
        first_name="Claire",
        host="clairehendry.example",
        role="Member of Parliament for Wexham and Stoke Marsh",
        promoter="J. Patel on behalf of Claire Hendry, 8 Market Place, Wexham",
        campaign="Fix our trains",
        caption="Claire at Wexham station with commuters on Monday.",
        title="Claire calls for inquiry into rail timetable chaos",
        date="2022-05-25",
        shown_date="25 May 2022",
        rail=[
            ("Claire welcomes new GP surgery funding", "20 May 2022"),
            ("Summer surgery dates announced", "12 May 2022"),
        ],
        paras=[
            "Claire Hendry has called for an independent inquiry into the new rail timetable, after a week in which more than a third of morning trains from Wexham were cancelled or ran late.",
            "The timetable, introduced on 15 May, was meant to add services between Wexham and the city. Instead, passengers have faced shortened trains, missed connections and cancellations at short notice.",
            "Speaking in the House of Commons on Tuesday, Claire asked the rail minister to explain how the train company had been allowed to introduce a timetable it did not have the drivers to run.",
            '"My constituents have been late for work, late for hospital appointments and late picking up their children," she said. "They deserve answers, and they deserve compensation."',
            "Claire is asking constituents to share their experiences through her website so that she can pass them on to the train company and the minister.",
        ],
    ),
    dict(
        file="medium_repair_cafe",
        tpl="medium",
        source="Fixers' Almanac",
        pub_slug="fixers-almanac",
        handle="annikab",
        url="https://medium.example/fixers-almanac/what-i-learned-running-a-repair-cafe-for-a-year-3f9a21c",
        title="What I learned running a repair café for a year",
        date="2021-11-02",
        time="14:12:33",
        shown_date="Nov 2, 2021",
        readtime=5,
        byline="Annika Berg",
        claps="1.2K",
        responses=18,
        followers="2.3K",
        bio="Engineer, tinkerer, runs the Tuesday repair café in Southside.",
        tags=["Repair", "Sustainability", "Community"],
        deck="Toasters, trousers and the surprising reason people come back",
        rail=[
            "The toaster that would not die",
            "How to start a tool library",
            "Why I stopped buying new phones",
        ],
        paras=[
            "A year ago I borrowed a church hall, put a notice in the local paper and waited to see if anyone would bring us something broken.",
            "Forty people came to the first repair café, carrying lamps, toasters, a sewing machine and one very sad teddy bear. We fixed about half of them.",
            "Over twelve months we have seen 612 items and repaired 389, a success rate of 64 percent. Small kitchen appliances are the most common, followed by clothes and bicycles.",
            "The things we cannot fix are usually the newest. Glued cases, missing spare parts and screws that need special tools defeat us far more often than age.",
            "What surprised me most is that people come back even when nothing is broken. They come for the tea, to watch, and to learn how to do it themselves next time.",
        ],
    ),
    dict(
        file="squarespace_orchestra",
        tpl="squarespace",
        source="Riverbend Symphony Orchestra",
        url="https://www.riverbendsymphony.example/press/free-summer-concerts-in-the-parks",
        announce="Season tickets for 2023-24 are now on sale. Subscribe and save 20%.",
        title="Orchestra announces free summer concerts in the parks",
        date="2023-04-18",
        time="10:00:00",
        shown_date="April 18, 2023",
        byline="Riverbend Symphony Orchestra",
        caption="The orchestra performing at Lakeside Park in 2022. Photo by Ben Ito.",
        tags=["Press Release", "Summer"],
        address="Riverbend Symphony Orchestra, 210 Commerce St, Riverbend, MO 64101",
        rail=[
            "Riverbend Symphony names new concertmaster",
            "Spring gala raises $310,000",
        ],
        paras=[
            "The Riverbend Symphony Orchestra will play six free concerts in city parks this summer, the orchestra announced today.",
            "The series opens on June 10 at Lakeside Park and continues every other Saturday until August 19, with concerts in Northview, Hollis Square, Elm Creek, Fairgrounds and Old Mill parks.",
            "Each concert begins at 7:30 p.m. and lasts about 90 minutes. The program includes music by Dvořák, Florence Price and John Williams, and a children's instrument petting zoo opens one hour before each concert.",
            'Music director Yuki Tanaka said the concerts were a way to reach people who had never been to the concert hall. "Last summer a quarter of our audience had never heard us play before," she said.',
            "The series is supported by the Riverbend Community Foundation. No tickets are needed; audience members are asked to bring chairs or blankets.",
        ],
    ),
]


# ------------------------------------------------------------------ labels
_WITH_ABOUT = {"pr_wire", "company_newsroom"}


def _sentences(paragraph):
    import re

    # Not after "1." in "zum 1. Januar": an ordinal, not a sentence end.
    return re.split(r'(?:(?<=[^\d\s][.!?])|(?<=[.!?]"))\s+(?=["A-ZÀ-Ý0-9])', paragraph)


def label(a, boilerplate):
    """Return the facts of one page as benchmarks/extraction.py reads them."""
    paras = a["paras"][: a.get("visible", len(a["paras"]))]
    if a["tpl"] in _WITH_ABOUT:
        paras = [*paras, a["about"]]
    page = {
        "file": f"repo:benchmarks/heldout/{a['file']}.html",
        "shape": a["tpl"],
        "title": a["title"],
        "date": a["date"],
        "byline": a.get("byline", ""),
        "source": a["source"],
    }
    if "source_alt" in a:
        page["source_also"] = [a["source_alt"]]
    if "url" in a:
        page["url"] = a["url"]
    if "tags" in a:
        page["tags"] = a["tags"]
    if "dateline" in a:
        page["dateline"] = a.get("place", a["dateline"])
    page["body_start"] = _sentences(paras[0])[0]
    page["body_end"] = _sentences(paras[-1])[-1]
    page["body"] = "\n\n".join(paras)
    page["boilerplate"] = [b for b in boilerplate if b]
    return page


def main():
    OUT.mkdir(exist_ok=True)
    pages = []
    for a in ARTICLES:
        text, boilerplate = TEMPLATES[a["tpl"]](a)
        (OUT / f"{a['file']}.html").write_text(text, encoding="utf-8")
        pages.append(label(a, boilerplate))
    about = (
        "Pages written for the project (benchmarks/heldout/, made by "
        "benchmarks/extraction_heldout_pages.py) in the shapes of sites the readers "
        "were never built on, labelled from the same hand-written facts before "
        "searchidx was run on them: title, date, byline ('' = none shown), source "
        "(the publisher as the page names it; source_also: other accepted names), "
        "url where the page states one, tags where shown, dateline, the first and "
        "last sentence of the body and the whole body for token F1. A deck, caption, "
        "contact block or heading is not body; a release's About paragraph is."
    )
    LABELS.write_text(
        json.dumps({"about": about, "pages": pages}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(pages)} pages in {OUT}, labels in {LABELS}")


if __name__ == "__main__":
    main()
