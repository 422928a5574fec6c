"""Write the seventeenth batch of held-out pages (benchmarks/heldout17/) and their labels.

    python benchmarks/extraction_heldout17_pages.py

Written for the seventeenth round of #17, weighted to press releases as this
product's users follow them, from organisations and platforms the first
sixteen batches do not use, in the markup their sites emit: Newsfile (the
"City, Province--(Newsfile Corp. - date) -" dateline run into the lead, a
JSON-LD date or a published-time meta in UTC, "About" paragraph, contact and
the exchange's disclaimer); the Government of Greenland, Naalakkersuisut
(Greenlandic and Danish, a Greenlandic month name or a <time> with a -02:00
offset); the Office of the Governor of Guam on WordPress (English and
Chamorro, a release number, a meta in UTC the evening before Guam's day, the
date in the URL path and a Chamorro month name); the Presidency of French
Polynesia (French and Tahitian, "Publié le ... à 17h45" and a meta in UTC the
morning after Tahiti's day, a Tahitian month name with a <time>); Eritrea's
Ministry of Information (Tigrinya with a Tigrinya month name and a date meta,
English with a "Barentu, 05 November 2026-" dateline and a <time>); a central
bank's press releases (Czech and English, a "Praha 5. listopadu 2026" line,
an update line, a JSON-LD date, attachments, the spokesman); a supreme
court's press releases (Estonian dd.mm.yyyy, English "Published:" with a UTC
<time>, case numbers); a national police force's press office (English
dd/mm/yyyy "Date Released", Irish month name); a national Red Cross society
(Croatian, "Objavljeno: 19.11.2026." or "3. studenoga 2026." with JSON-LD,
a byline, tags); EQS-News investor releases (German and English, the
"dd.mm.yyyy / hh:mm CET/CEST" line, key words, the issuer table and "End of
News"); a defence force's news with a photo gallery and captions (English
and Swahili); a university news office (Slovak, "18. 11. 2026" with a byline,
or a genitive month name with published and modified JSON-LD dates).
Languages new to the benchmark: Greenlandic, Chamorro, Tahitian, Tigrinya;
also English (Canada, US territory, Eritrea, Czechia, Estonia, Ireland,
Germany, Kenya), Danish, French, Czech, Estonian, Irish, Croatian, German,
Swahili and Slovak.

Labelled before any reader (searchidx, trafilatura, htmldate) ever read them.
The whole batch is the unseen check of the next round: no fix is chosen on
it. Same rules as the earlier batches (see extraction_heldout_pages.py):
facts only, never changed to suit a reader. The date is the day of
publication as the page shows it to its readers, in its own time zone (not
the UTC day of its metadata when the two differ, not an update's). The
source is the issuing organisation as people name it (the issuer of a wire
release, not the wire). A heading, deck, dateline, release number, case
number, caption, media contact, disclaimer, issuer table, tag list, rail,
attachments list, share bar, cookie banner or form is not body; a release's
"About" paragraph is, its heading is not.
"""

from __future__ import annotations

import re
from pathlib import Path

from _heldout_common import label, write_batch
from extraction_heldout17_articles import ARTICLES
from extraction_heldout_pages import E, _jsonld, _sentences

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout17"
LABELS = HERE / "extraction_labels_heldout17.json"


def _ps(paras, first=""):
    return "\n".join(
        f"<p>{first if i == 0 else ''}{E(p)}</p>" for i, p in enumerate(paras)
    )


def _links(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="#">{E(s)}</a></li>' for s in items)


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "news"


# ---------------------------------------------------------------- templates
# Each returns the page and the chrome phrases that must stay out of its body.


def newsfile(a):
    no = 270000 + len(a["title"]) * 13
    url = f"https://www.newsfilecorp.com/release/{no}/{_slug(a['title'])}"
    meta = (
        f'<meta property="article:published_time" content="{a["meta_iso"]}">'
        if a["meta_iso"]
        else ""
    )
    jsonld = ""
    if a["jsonld_iso"]:
        jsonld = _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a["title"],
                "datePublished": a["jsonld_iso"],
                "author": {"@type": "Organization", "name": a["source"]},
                "publisher": {"@type": "Organization", "name": "Newsfile Corp."},
            }
        )
    dateline = f"{E(a['place'])}--(Newsfile Corp. - {E(a['shown'])}) - "
    *lead, about = a["paras"]
    short = a["source"].removesuffix(" Inc.").removesuffix(" Corp.")
    tags = (
        '<div class="tags">Tags: '
        + ", ".join(f'<a href="#">{E(t)}</a>' for t in a["tags"])
        + "</div>"
        if a["tags"]
        else ""
    )
    exchange = a["ticker"].split(":")[0]
    disclaimer = (
        "Neither the TSX Venture Exchange nor its Regulation Services Provider "
        "(as that term is defined in the policies of the TSX Venture Exchange) "
        "accepts responsibility for the adequacy or accuracy of this release."
        if exchange == "TSXV"
        else "The CSE has not reviewed and does not accept responsibility for "
        "the adequacy or accuracy of this release."
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a["title"])}</title>
<meta name="description" content="{E(lead[0][:150])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Newsfile">
<meta property="og:url" content="{url}">
{meta}
{jsonld}
<link rel="canonical" href="{url}">
</head>
<body>
<nav class="navbar"><a class="navbar-brand" href="/">Newsfile</a>
<ul class="nav">{_links(["Newsroom", "Companies", "Industries", "Issue a Release", "Login"])}</ul>
<form class="search"><input type="search" placeholder="Search news releases"></form></nav>
<div class="container">
<div class="row">
<div class="col-md-8" id="release">
<div class="company-bar"><a href="#" class="company">{E(a["source"])}</a> <span class="symbols">{E(a["ticker"])}</span> <a href="#" class="follow">+ Follow</a></div>
<h1 class="release-title">{E(a["title"])}</h1>
<p class="release-date">{E(a["shown"])} {E(a["time"])} | Source: {E(a["source"])}</p>
<div class="share"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Email</a> <a href="#">Download PDF</a></div>
<div class="release-body">
{_ps(lead, dateline)}
<p><b>About {E(a["source"])}</b></p>
<p>{E(about)}</p>
<p>For further information, please contact:<br>{E(a["contact"])}</p>
<p><i>{E(disclaimer)}</i></p>
<p>To view the source version of this press release, please visit <a href="#">{url}</a></p>
</div>
{tags}
</div>
<div class="col-md-4 sidebar"><h4>More from {E(short)}</h4><p>No other releases in the last 90 days.</p>
<h4>Latest News</h4><ul>{_links(a["more"])}</ul>
<div class="subscribe"><h4>Newsfile Alerts</h4><p>Get news releases by email as they are published.</p><input type="email"><button>Sign Up</button></div></div>
</div>
</div>
<footer><p>Newsfile Corp. &copy; 2026. All rights reserved.</p><p><a href="#">Privacy</a> <a href="#">Terms</a></p></footer>
</body>
</html>
"""
    return page, [
        f"About {a['source']}",
        "For further information, please contact",
        a["contact"],
        disclaimer,
        "To view the source version of this press release",
        a["more"][0],
        "Get news releases by email",
    ]


def naalakkersuisut(a):
    kl = a["lang"] == "kl"
    cookies = (
        "Nittartagaq una cookiesinik atuivoq."
        if kl
        else "Vi bruger cookies for at forbedre din oplevelse på naalakkersuisut.gl."
    )
    when = (
        f'<time datetime="{a["time_iso"]}">{E(a["shown"])}</time>'
        if a["time_iso"]
        else f'<span class="date">{E(a["shown"])}</span>'
    )
    nav = (
        [
            "Naalakkersuisut",
            "Aqutsisoqarfiit",
            "Nutaarsiassat",
            "Inatsisit",
            "Attaveqaat",
        ]
        if kl
        else ["Naalakkersuisut", "Departementer", "Nyheder", "Lovgivning", "Kontakt"]
    )
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} - Naalakkersuisut</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Naalakkersuisut">
<meta name="generator" content="Sitecore">
</head>
<body class="news-page">
<div class="cookie-consent"><p>{E(cookies)}</p><button>{"Akuerivara" if kl else "Accepter alle"}</button> <button>{"Itigartippara" if kl else "Kun nødvendige"}</button></div>
<header class="site-header"><a class="logo" href="/">Naalakkersuisut</a>
<div class="language"><a href="#">KAL</a> <a href="#">DAN</a> <a href="#">ENG</a></div>
<nav class="mega-menu"><ul>{_links(nav)}</ul></nav></header>
<ol class="breadcrumb"><li><a href="#">Naalakkersuisut</a></li><li><a href="#">{E(a["section"])}</a></li><li>{E(a["title"])}</li></ol>
<main>
<article class="news-article">
<h1>{E(a["title"])}</h1>
<div class="news-meta">{when}</div>
<div class="rich-text">
{_ps(a["paras"])}
</div>
<div class="share-links"><span>{"Siammarteruk" if kl else "Del"}:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">{"Naqiteruk" if kl else "Print"}</a></div>
</article>
<aside class="related"><h2>{"Nutaarsiassat allat" if kl else "Andre nyheder"}</h2><ul>{_links(a["more"])}</ul></aside>
</main>
<footer><p>Naalakkersuisut · Postboks 1015 · 3900 Nuuk · Tlf. +299 34 50 00</p></footer>
</body>
</html>
"""
    return page, [
        a["more"][0],
        "Postboks 1015",
        cookies,
    ]


def guam(a):
    url = f"https://governor.guam.gov/{a['url_date']}/{_slug(a['title'])}/"
    meta = (
        f'<meta property="article:published_time" content="{a["meta_iso"]}">\n'
        if a["meta_iso"]
        else ""
    )
    number = f'<p class="release-number">{E(a["number"])}</p>' if a["number"] else ""
    ch = a["lang"] == "ch"
    page = f"""<!DOCTYPE html>
<html lang="{"ch" if ch else "en-US"}">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} &#8211; Office of the Governor of Guam</title>
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Office of the Governor of Guam">
{meta}<meta name="generator" content="WordPress 6.7">
</head>
<body class="post-template-default single single-post">
<div class="top-bar"><a href="#">Guam.gov</a> <a href="#">Directory</a> <a href="#">Translate</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Office of the Governor of Guam</a><p class="site-description">I Ofisinan I Maga&#8217;h&aring;gan Gu&aring;han</p></div>
<nav class="main-navigation"><ul>{_links(["Home", "About", "Press Releases", "Executive Orders", "Resources", "Contact"])}</ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main">
<article class="post type-post status-publish format-standard hentry category-press-releases">
<header class="entry-header">
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">{E(a["shown"])}</span> <span class="cat-links"><a href="#">Press Releases</a></span></div>
</header>
<div class="entry-content">
{number}
{_ps(a["paras"])}
<p style="text-align:center">###</p>
</div>
<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li></ul></div></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a href="#">{E(a["more"][0])}</a></div><div class="nav-next"><a href="#">{E(a["more"][1])}</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Releases</h2><ul>{_links(a["more"])}</ul></section>
<section class="widget"><h2>Connect</h2><p>Ricardo J. Bordallo Governor&#8217;s Complex, Adelup, Guam 96910</p></section></aside>
</div>
<footer class="site-footer"><p>&copy; 2026 Office of the Governor of Guam</p></footer>
</body>
</html>
"""
    return page, [
        a["number"],
        "Share this:",
        a["more"][0],
        "Ricardo J. Bordallo Governor",
    ]


def presidence_pf(a):
    ty = a["lang"] == "ty"
    meta = (
        f'<meta property="article:published_time" content="{a["meta_iso"]}">\n'
        if a["meta_iso"]
        else ""
    )
    when = (
        f'<time datetime="{a["time_iso"]}">{E(a["shown"])}</time>'
        if a.get("time_iso")
        else f'<span class="date-publication">{E(a["shown"])}</span>'
    )
    tags = "".join(f'<a href="#" rel="tag">{E(t)}</a> ' for t in a["tags"])
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Présidence de la Polynésie française</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Présidence de la Polynésie française">
<meta property="og:type" content="article">
{meta}</head>
<body class="single-actualite">
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span>{"Te faaohipa nei teie vahi i te mau « cookies »." if ty else "Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer."}</span> <button>Tout accepter</button> <button>Personnaliser</button></div></div>
<header class="header"><a class="logo" href="/">Présidence de la Polynésie française</a>
<nav><ul>{_links(["Le Président", "Le Gouvernement", "Actualités", "Conseil des ministres", "Communiqués", "Médiathèque"])}</ul></nav>
<div class="langues"><a href="#">FR</a> <a href="#">TY</a></div></header>
<main class="contenu">
<p class="fil-ariane"><a href="#">Accueil</a> › <a href="#">Actualités</a></p>
<article>
<h1 class="titre">{E(a["title"])}</h1>
<div class="meta">{when}</div>
<figure class="vignette"><img src="/wp-content/uploads/actu.jpg" alt=""><figcaption>{"Hoho’a : Peretiteni" if ty else "Crédit photo : Présidence"}</figcaption></figure>
<div class="texte">
{_ps(a["paras"])}
</div>
<div class="etiquettes">{"Mau parau tapu" if ty else "Mots-clés"} : {tags}</div>
<div class="partage"><a href="#">Facebook</a> <a href="#">Imprimer</a> <a href="#">Partager par e-mail</a></div>
</article>
<aside class="a-lire"><h2>{"A taio atoa" if ty else "À lire aussi"}</h2><ul>{_links(a["more"])}</ul></aside>
</main>
<footer><p>Présidence de la Polynésie française – BP 2551 – 98713 Papeete – Tahiti</p></footer>
</body>
</html>
"""
    return page, [
        a["more"][0],
        "Crédit photo" if not ty else "Hoho’a",
        "98713 Papeete",
        "Mau parau tapu" if ty else "Mots-clés",
    ]


def shabait(a):
    ti = a["lang"] == "ti"
    metas = ""
    if a["meta_date"]:
        metas = f'<meta name="date" content="{a["meta_date"]}">\n'
    when = (
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a["time_iso"]}">{E(a["shown"])}</time></span>'
        if a["time_iso"]
        else f'<span class="td-post-date">{E(a["shown"])}</span>'
    )
    first = E(a.get("dateline_text", ""))
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="UTF-8">
<title>{E(a["title"])} - Shabait</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Shabait">
{metas}<meta name="generator" content="WordPress 6.4">
</head>
<body class="post-template-default single td-theme-newspaper">
<div class="td-header-top-menu"><span class="td_data_time">{"ሰኑይ" if ti else "Monday, December 7, 2026"}</span> <a href="#">{"ትግርኛ" if ti else "English"}</a> <a href="#">{"ዓረብ" if ti else "Arabic"}</a></div>
<header class="td-header-wrap"><a class="td-logo" href="/">Shabait - {"ሚኒስትሪ ዜና" if ti else "Ministry of Information"}</a>
<nav><ul>{_links(["ዜና", "ዓንቀጻት", "ባህሊ", "ስፖርት"] if ti else ["News", "Articles", "Culture", "Sport", "Eritrea Profile"])}</ul></nav></header>
<div class="td-main-content-wrap"><div class="td-container">
<div class="td-crumb-container"><span><a href="#">{"መበገሲ" if ti else "Home"}</a></span> <span>{"ዜና" if ti else "News"}</span></div>
<article class="post">
<header class="td-post-title"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="td-module-meta-info">{when} <span class="td-post-views">{"ርኢቶ" if ti else "Views"}: 214</span></div></header>
<div class="td-post-content">
{_ps(a["paras"], first)}
</div>
<div class="td-post-sharing-bottom"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
</article>
<div class="td_block_related_posts"><h4>{"ተዛመድቲ ጽሑፋት" if ti else "RELATED ARTICLES"}</h4><ul>{_links(a["more"])}</ul></div>
</div></div>
<footer class="td-footer-wrapper"><p>© {"ሚኒስትሪ ዜና ኤርትራ" if ti else "Ministry of Information, Eritrea"} 2026</p></footer>
</body>
</html>
"""
    return page, [a["more"][0], "RELATED ARTICLES" if not ti else "ተዛመድቲ ጽሑፋት"]


def cnb(a):
    cs = a["lang"] == "cs"
    jsonld = ""
    if a["jsonld_iso"]:
        jsonld = _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a["title"],
                "datePublished": a["jsonld_iso"],
                "publisher": {"@type": "Organization", "name": a["source"]},
                "inLanguage": a["lang"],
            }
        )
    updated = f'<p class="updated">{E(a["updated"])}</p>' if a["updated"] else ""
    att = "".join(
        f'<li><a href="#" class="pdf">{E(x)}</a></li>' for x in a["attachments"]
    )
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | {"Česká národní banka" if cs else "Czech National Bank"}</title>
<meta name="description" content="{E(a["paras"][0][:140])}">
{jsonld}
</head>
<body>
<a class="skip" href="#main">{"Přeskočit na obsah" if cs else "Skip to content"}</a>
<header class="header"><a class="logo" href="/">{"Česká národní banka" if cs else "Czech National Bank"}</a>
<nav class="megamenu"><ul>{_links(["Měnová politika", "Finanční stabilita", "Dohled a regulace", "Statistika", "Peníze", "O ČNB"] if cs else ["Monetary policy", "Financial stability", "Supervision", "Statistics", "Money", "About the CNB"])}</ul></nav>
<div class="lang"><a href="#">CZ</a> <a href="#">EN</a></div></header>
<nav class="breadcrumbs"><a href="#">{"Úvod" if cs else "Home"}</a> / <a href="#">{"Tiskové zprávy" if cs else "Press releases"}</a></nav>
<main id="main">
<p class="type">{"Tisková zpráva" if cs else "Press release"}</p>
<h1>{E(a["title"])}</h1>
<p class="place-date">{E(a["shown"])}</p>
<div class="text">
{_ps(a["paras"])}
</div>
<p class="contact">{E(a["contact"])}</p>
<div class="attachments"><h2>{"Přílohy" if cs else "Attachments"}</h2><ul>{att}</ul></div>
{updated}
<div class="tools"><a href="#">{"Tisk" if cs else "Print"}</a> <a href="#">RSS</a></div>
</main>
<aside class="related"><h2>{"Související" if cs else "Related"}</h2><ul>{_links(a["more"])}</ul></aside>
<footer><p>© {"Česká národní banka" if cs else "Czech National Bank"}, Na Příkopě 28, 115 03 {"Praha 1" if cs else "Prague 1"}</p></footer>
</body>
</html>
"""
    return page, [a["contact"], a["attachments"][0], a["more"][0], "Na Příkopě 28"]


def riigikohus(a):
    et = a["lang"] == "et"
    when = (
        f'<time datetime="{a["time_iso"]}">{E(a["shown"])}</time>'
        if a["time_iso"]
        else f'<div class="field--name-field-date">{E(a["shown"])}</div>'
    )
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{E(a["title"])} | {"Riigikohus" if et else "Supreme Court"}</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="{"Riigikohus" if et else "Supreme Court of Estonia"}">
</head>
<body class="path-node page-node-type-press-release">
<div class="eu-cookie-compliance-banner"><p>{"Kasutame küpsiseid, et parandada veebilehe kasutajakogemust." if et else "We use cookies to improve your experience of this website."}</p><button>{"Nõustun" if et else "Accept"}</button></div>
<header role="banner"><a href="/" class="site-logo">{"Riigikohus" if et else "Supreme Court of Estonia"}</a>
<nav><ul>{_links(["Kohtulahendid", "Menetlus", "Riigikohtust", "Pressile", "Kontakt"] if et else ["Judgments", "Proceedings", "About", "Press", "Contact"])}</ul></nav>
<div class="language-switcher"><a href="#">ET</a> <a href="#">EN</a> <a href="#">RU</a></div></header>
<main role="main">
<div class="breadcrumb"><a href="#">{"Avaleht" if et else "Home"}</a> › <a href="#">{"Pressiteated" if et else "Press releases"}</a></div>
<article class="node node--type-press-release">
<h1 class="page-title"><span>{E(a["title"])}</span></h1>
{when}
<div class="field--name-body">
{_ps(a["paras"])}
</div>
<div class="field--name-field-case"><a href="#">{E(a["case"])}</a></div>
<div class="field--name-field-contact"><p>{E(a["contact"])}</p></div>
</article>
<div class="view-related"><h2>{"Viimased pressiteated" if et else "Latest press releases"}</h2><ul>{_links(a["more"])}</ul></div>
</main>
<footer><p>Lossi 17, 50093 Tartu</p><p>{"Riigikohus" if et else "Supreme Court"} · info@riigikohus.ee</p></footer>
</body>
</html>
"""
    return page, [a["case"], a["contact"], a["more"][0], "Lossi 17"]


def garda(a):
    en = a["lang"] == "en"
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - An Garda Síochána</title>
<meta name="description" content="{E(a["paras"][0][:150])}">
</head>
<body>
<div id="CybotCookiebotDialog"><h2>This website uses cookies</h2><p>We use cookies to personalise content and to analyse our traffic.</p><button>Allow all</button> <button>Deny</button></div>
<header class="site-header"><a class="logo" href="/">An Garda Síochána</a>
<nav><ul>{_links(["Crime", "Community Support", "Roads Policing", "News & Media", "Contact Us"] if en else ["Coireacht", "Tacaíocht Pobail", "Póilíneacht Bóithre", "Nuacht", "Teagmháil"])}</ul></nav>
<div class="lang"><a href="#">English</a> <a href="#">Gaeilge</a></div>
<div class="emergency">{"In an emergency dial 999 / 112" if en else "I gcás éigeandála diailigh 999 / 112"}</div></header>
<main>
<ul class="breadcrumb"><li><a href="#">{"Home" if en else "Baile"}</a></li><li><a href="#">{"News & Media" if en else "Nuacht"}</a></li><li>{"Press Releases" if en else "Preaseisiúintí"}</li></ul>
<div class="press-release">
<h1>{E(a["title"])}</h1>
<table class="details"><tr><th>{E(a["label_date"])}:</th><td>{E(a["shown"])}</td></tr></table>
<div class="content">
{_ps(a["paras"])}
</div>
<p class="issued">{"ENDS" if en else "CRÍOCH"}</p>
<p class="office">{"Issued by the Garda Press Office" if en else "Eisithe ag Oifig Preasa an Gharda Síochána"}</p>
</div>
<div class="share"><a href="#">{"Share" if en else "Roinn"}</a> <a href="#">{"Print" if en else "Priontáil"}</a></div>
<aside class="latest"><h3>{"Latest Press Releases" if en else "Preaseisiúintí is Déanaí"}</h3><ul>{_links(a["more"])}</ul></aside>
</main>
<footer><p>Garda Headquarters, Phoenix Park, Dublin 8, D08 HN3X</p></footer>
</body>
</html>
"""
    return page, [
        "Issued by the Garda Press Office" if en else "Eisithe ag Oifig Preasa",
        a["more"][0],
        "Phoenix Park",
        "This website uses cookies",
    ]


def redcross(a):
    jsonld = ""
    if a["jsonld_iso"]:
        jsonld = _jsonld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Organization",
                        "@id": "https://www.hck.hr/#organization",
                        "name": "Hrvatski Crveni križ",
                    },
                    {
                        "@type": "Article",
                        "headline": a["title"],
                        "datePublished": a["jsonld_iso"],
                        "publisher": {"@id": "https://www.hck.hr/#organization"},
                    },
                ],
            }
        )
    byline = (
        f'<span class="author">Autor: <a href="#">{E(a["byline"])}</a></span>'
        if a["byline"]
        else ""
    )
    tags = " ".join(f'<a href="#" class="tag">#{E(t)}</a>' for t in a["tags"])
    page = f"""<!DOCTYPE html>
<html lang="hr">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} - Hrvatski Crveni križ</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Hrvatski Crveni križ">
{jsonld}
</head>
<body>
<div class="donate-bar"><a href="#">Doniraj</a> <a href="#">Postani volonter</a> <a href="#">Daruj krv</a></div>
<header><a class="logo" href="/">Hrvatski Crveni križ</a>
<nav><ul>{_links(["O nama", "Što radimo", "Vijesti", "Pomozi", "Kontakt"])}</ul></nav></header>
<main>
<article class="news">
<p class="kategorija"><a href="#">Vijesti</a></p>
<h1>{E(a["title"])}</h1>
<div class="meta"><span class="date">{E(a["shown"])}</span> {byline}</div>
<div class="content">
{_ps(a["paras"])}
</div>
<div class="oznake">{tags}</div>
<div class="share">Podijeli: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</article>
<section class="donate-box"><h2>Pomozi i ti</h2><p>Uplatom na račun HR15 2340 0091 1000 0000 1 pomažeš ljudima u nevolji.</p><a href="#" class="btn">Doniraj sada</a></section>
<aside><h3>Povezane vijesti</h3><ul>{_links(a["more"])}</ul></aside>
</main>
<footer><p>Hrvatski Crveni križ, Ulica Crvenog križa 14, 10000 Zagreb</p><form><label>Prijavi se na newsletter</label><input type="email"><button>Pošalji</button></form></footer>
</body>
</html>
"""
    return page, [
        "Uplatom na račun",
        a["more"][0],
        "Prijavi se na newsletter",
        "Ulica Crvenog križa 14",
    ]


def eqs(a):
    de = a["lang"] == "de"
    kw = ", ".join(a["tags"])
    *lead, about = a["paras"]
    day = a["shown"][:10]
    first = f"{E(a['place'])}, {E(a['long_day'])} – "
    footer_line = (
        f"{day} CET/CEST Die EQS Distributionsservices umfassen gesetzliche Meldepflichten, Corporate News/Finanznachrichten und Pressemitteilungen."
        if de
        else f"{day} CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a service of EQS Group. The issuer is solely responsible for the content of this announcement."
    )
    rows = [
        ("Sprache:" if de else "Language:", "Deutsch" if de else "English"),
        ("Unternehmen:" if de else "Company:", a["source"]),
        ("ISIN:", a["isin"]),
        (
            "Börsen:" if de else "Listed:",
            "Regulierter Markt in Frankfurt (Prime Standard)"
            if de
            else "Regulated Market in Frankfurt (Prime Standard)",
        ),
        ("EQS News ID:", str(2000000 + len(a["title"]) * 101)),
    ]
    table = "".join(f"<tr><td>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in rows)
    head = (
        f"EQS-News: {a['source']} / Schlagwort(e): {kw}"
        if de
        else f"EQS-News: {a['source']} / Key word(s): {kw}"
    )
    responsible = (
        "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich."
        if de
        else "The issuer is solely responsible for the content of this announcement."
    )
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(head)}</title>
<meta name="keywords" content="{E(kw)}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="EQS News">
</head>
<body class="news-detail">
<header class="eqs-header"><a class="logo" href="/">EQS Group</a>
<nav><ul>{_links(["News", "Ad-hoc", "Directors' Dealings", "Stimmrechte" if de else "Voting Rights", "Kontakt" if de else "Contact"])}</ul></nav></header>
<main class="news-container">
<div class="news-header">
<p class="news-headline-small">{E(head)}</p>
<h1 class="news-headline">{E(a["title"])}</h1>
<p class="news-date">{E(a["shown"])}</p>
<p class="news-disclaimer">{E(responsible)}</p>
</div>
<hr>
<div class="news-body">
{_ps(lead, first)}
<p><strong>{"Über die" if de else "About"} {E(a["source"])}</strong></p>
<p>{E(about)}</p>
<p><strong>{"Kontakt:" if de else "Contact:"}</strong><br>{"Investor Relations"}<br>{E(a["source"])}<br>ir@{_slug(a["source"])}.example</p>
</div>
<hr>
<p class="news-footer">{E(footer_line)}</p>
<table class="issuer">{table}</table>
<p class="end">{"Ende der Mitteilung" if de else "End of News"} EQS News-Service</p>
</main>
<aside class="more"><h3>{"Weitere Meldungen" if de else "More news"}</h3><ul>{_links(a["more"])}</ul></aside>
<footer><p>© EQS Group AG, Karlstraße 47, 80333 München</p></footer>
</body>
</html>
"""
    return page, [
        f"{'Über die' if de else 'About'} {a['source']}",
        responsible,
        "EQS News ID",
        a["isin"],
        "Ende der Mitteilung" if de else "End of News",
        a["more"][0],
        "Kontakt:" if de else "Contact:",
    ]


def kdf(a):
    en = a["lang"] == "en"
    when = (
        f'<time class="published" datetime="{a["time_iso"]}">{E(a["shown"])}</time>'
        if a["time_iso"]
        else f'<span class="posted">{E(a["shown"])}</span>'
    )
    gallery = "\n".join(
        f'<figure class="gallery-item"><a href="#"><img src="/images/news/{_slug(a["title"])[:20]}-{i}.jpg" alt="{E(c)}"></a><figcaption>{E(c)}</figcaption></figure>'
        for i, c in enumerate(a["captions"], 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Kenya Defence Forces</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Ministry of Defence - Kenya Defence Forces">
<meta name="generator" content="Joomla! - Open Source Content Management">
</head>
<body class="com_content view-article">
<div class="top-strip"><span>{"Republic of Kenya" if en else "Jamhuri ya Kenya"}</span> <a href="#">{"Careers" if en else "Nafasi za Kazi"}</a> <a href="#">{"Tenders" if en else "Zabuni"}</a></div>
<header><a class="brand" href="/">Ministry of Defence | Kenya Defence Forces</a>
<nav class="mainmenu"><ul>{_links(["Home", "About Us", "Kenya Army", "Kenya Air Force", "Kenya Navy", "News", "Contact"])}</ul></nav></header>
<div id="system-message-container"></div>
<main class="item-page">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<dl class="article-info"><dd class="published">{when}</dd><dd class="hits">{"Hits" if en else "Imesomwa"}: 1,093</dd></dl>
<div itemprop="articleBody">
{_ps(a["paras"])}
</div>
<div class="photo-gallery"><h3>{"Photo Gallery" if en else "Picha"}</h3>
{gallery}
</div>
<ul class="pager"><li class="previous"><a href="#">{"Prev" if en else "Iliyotangulia"}</a></li><li class="next"><a href="#">{"Next" if en else "Inayofuata"}</a></li></ul>
</main>
<aside class="sidebar"><h3>{"Latest News" if en else "Habari Mpya"}</h3><ul>{_links(a["more"])}</ul>
<h3>{"Follow us" if en else "Tufuate"}</h3><p><a href="#">X @kdfinfo</a> <a href="#">Facebook</a></p></aside>
<footer><p>Ulinzi House, Lenana Road, Nairobi. &copy; 2026 Ministry of Defence</p></footer>
</body>
</html>
"""
    return page, [*a["captions"], a["more"][0], "Ulinzi House"]


def uniba(a):
    jsonld = ""
    if a["jsonld_iso"]:
        jsonld = _jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a["title"],
                "datePublished": a["jsonld_iso"],
                "dateModified": a["modified_iso"],
                "publisher": {"@type": "CollegeOrUniversity", "name": a["source"]},
            }
        )
    byline = (
        f'<span class="news-author">Autor: {E(a["byline"])}</span>'
        if a["byline"]
        else ""
    )
    tags = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in a["tags"])
    page = f"""<!DOCTYPE html>
<html lang="sk-SK">
<head>
<meta charset="utf-8">
<title>{E(a["title"])} | Univerzita Komenského v Bratislave</title>
<meta name="generator" content="TYPO3 CMS">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:site_name" content="Univerzita Komenského v Bratislave">
{jsonld}
</head>
<body>
<div class="cookie-bar"><p>Táto stránka používa súbory cookies na zlepšenie služieb.</p><button>Súhlasím</button></div>
<header class="page-header"><a href="/" class="logo">Univerzita Komenského v Bratislave</a>
<nav><ul>{_links(["Uchádzači", "Študenti", "Zamestnanci", "Veda", "Médiá", "O univerzite"])}</ul></nav>
<div class="lang"><a href="#">SK</a> <a href="#">EN</a></div></header>
<main>
<ol class="breadcrumb"><li><a href="#">Úvod</a></li><li><a href="#">Aktuality</a></li></ol>
<div class="news news-single">
<div class="article">
<h1>{E(a["title"])}</h1>
<div class="news-list-date"><span class="news-date">{E(a["shown"])}</span> {byline}</div>
<div class="news-text-wrap">
{_ps(a["paras"])}
</div>
<div class="news-tags"><h4>Kľúčové slová</h4><ul>{tags}</ul></div>
<div class="news-backlink-wrap"><a href="#">Späť na aktuality</a></div>
</div>
</div>
<aside class="news-related"><h3>Ďalšie aktuality</h3><ul>{_links(a["more"])}</ul></aside>
</main>
<footer><p>Univerzita Komenského v Bratislave, Šafárikovo námestie 6, 814 99 Bratislava</p><p>Newsletter UK: <a href="#">prihlásiť sa</a></p></footer>
</body>
</html>
"""
    return page, [
        "Späť na aktuality",
        a["more"][0],
        "Šafárikovo námestie 6",
        "Kľúčové slová",
    ]


TEMPLATES = {
    "newsfile": newsfile,
    "naalakkersuisut": naalakkersuisut,
    "guam": guam,
    "presidence_pf": presidence_pf,
    "shabait": shabait,
    "cnb": cnb,
    "riigikohus": riigikohus,
    "garda": garda,
    "redcross": redcross,
    "eqs": eqs,
    "kdf": kdf,
    "uniba": uniba,
}

ABOUT = (
    "Seventeenth held-out batch: 24 press releases in 12 shapes from organisations "
    "and platforms the first sixteen batches do not use (Newsfile, the Government "
    "of Greenland, the Office of the Governor of Guam, the Presidency of French "
    "Polynesia, Eritrea's Ministry of Information, a central bank, a supreme court, "
    "a national police force, a national Red Cross society, EQS-News, a defence "
    "force with a photo gallery, a university news office; Greenlandic, Chamorro, "
    "Tahitian and Tigrinya new); the unseen check of the next round of #17, never "
    "used to choose a fix. Same keys and rules as extraction_labels_heldout.json. "
    "The date is the day of publication the page shows, in its own time zone (not "
    "the UTC day of its metadata when the two differ, not an update's). The source "
    "is the issuing organisation, not the wire. Headings, datelines, release and "
    "case numbers, captions, media contacts, disclaimers, issuer tables, tag lists, "
    "rails, attachments, share bars and cookie banners are not body; a release's "
    "About paragraph is, its heading is not."
)


def _label(a, boilerplate):
    return label(
        a,
        boilerplate,
        folder="heldout17",
        paras=a["paras"],
        sentences=_sentences,
        tags_key="tags",
    )


def main():
    write_batch(OUT, LABELS, ARTICLES, TEMPLATES, _label, ABOUT)


if __name__ == "__main__":
    main()
