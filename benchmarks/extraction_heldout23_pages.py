"""Write the twenty-third batch of held-out pages (benchmarks/heldout23/) and their labels.

    python benchmarks/extraction_heldout23_pages.py

Written for the next round of #17, weighted to press releases as this
product's users follow them, from organisations and platforms the first
twenty-one batches do not use (all based in Africa, the Middle East, Asia and
Oceania, or international organisations headquartered there), in the markup
their sites emit: the Government Information Service of Mauritius on Joomla 3
(a "GIS – 03 December 2026:" line run into the lead, a published-time meta or
none, the ministry as the category, a photo and its caption; English, and
Mauritian Creole under the English interface with a Creole month name in the
run-in); Taiwan's Hakka Affairs Council on the government's accessible CMS
(":::" access keys, the date in the Republic of China era, "115-12-03", with
a DC.Date meta or an update date beside it, the issuing division and the hit
count; Chinese as written in Taiwan, and Hakka in Han characters); the
Solomon Islands Government on WordPress with GeneratePress and Yoast (a
09:30 release whose meta and graph are in UTC the evening before, bylines,
tags; English and Solomon Islands Pijin); the Gauteng Provincial Government on
SharePoint (a view state, the date as a field in Sepedi or Afrikaans, the
"Issued by" and enquiries lines inside the page field; Sepedi and
Afrikaans); the Dubai Media Office on Sitecore ("Dubai, 3 December 2026:"
run into the lead, "03 Dec 2026", a JSON-LD date, or an Arabic release of
00:30 whose JSON-LD is in UTC the evening before; English, Arabic right to
left); the Asian Development Bank on Drupal 10 ("MANILA, PHILIPPINES (3
December 2026) —" run into the lead, a <time> in UTC, About ADB, the media
contact, countries and topics; English, and Japanese from a 07:30 release
whose <time> is in UTC the evening before); the Pacific Community (SPC) on
TYPO3 with the news extension ("Suva, Fiji –" and "Nouméa,
Nouvelle-Calédonie –" run into the lead, About, media contact, tags; English,
French); Scoop, New Zealand's press-release site (the issuer's line, the
weekday, date and time in NZDT with a meta in UTC the evening before, the
contact line, "Find more from ... on InfoPages", ads; an NGO's release in
English, a Māori release of Te Taura Whiri i te Reo Māori); the Nepali Army
on a custom portal (Nepali, the date in Bikram Sambat with Devanagari digits
only, or a "काठमाडौं, मंसिर १६ ।" dateline with a meta in Nepal's time, the
directorate's signature block); an Indonesian listed company's newsroom on
Liferay DXP ("Jakarta, 26 November 2026 –" datelines, a published-time meta
in UTC the evening before, "Tentang" About, media contact, tags; Indonesian
twice); Amref Health Africa on Hugo (bylines, "NAIROBI, Kenya, 2 December
2026 —" datelines, About, media contact, tags; English and Swahili with a
Swahili month name); the Securities and Exchange Board of India on its JSP
portal (the "PR No." line, "Dec 03, 2026", the place and date signature after
the text; English and Hindi).
Languages new to the benchmark: Mauritian Creole, Hakka, Solomon Islands
Pijin, Sepedi; also English (Mauritius, Solomon Islands, Dubai, ADB, SPC, New
Zealand, Kenya, India), Chinese as written in Taiwan, Afrikaans, Arabic
(right to left), Japanese, French, Māori, Nepali, Indonesian, Swahili and
Hindi.

Labelled before any reader (searchidx, trafilatura, htmldate) ever read them.
The whole batch is the unseen check of the next round: no fix is chosen on
it. Same rules as the earlier batches (see extraction_heldout_pages.py):
facts only, never changed to suit a reader. The date is the day of
publication as the page shows it to its readers, in its own time zone (not
the UTC day of its metadata when the two differ, not an update's; a date
shown in another calendar or era is the Gregorian day it names). The source
is the issuing organisation as people name it (the issuer of a release on a
press-release site, not the site). A heading, deck, dateline, release number,
date line, caption, photo credit, media contact, "Issued by" line, signature
block, publisher or company box, tag list, rail, attachments list, share bar,
ad or cookie banner is not body; a release's "About" paragraph is, its
heading is not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from _heldout_common import label, write_batch
from extraction_heldout23_articles import ARTICLES
from extraction_heldout_pages import E, _sentences

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout23"
LABELS = HERE / "extraction_labels_heldout23.json"


def _ps(paras, first=""):
    return "\n".join(
        f"<p>{first if i == 0 else ''}{E(p)}</p>" for i, p in enumerate(paras)
    )


def _links(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="#">{E(s)}</a></li>' for s in items)


def _slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.decode().lower())
    return slug.strip("-")[:60].strip("-") or "news"


def _run_in(a, tag="strong"):
    return f"<{tag}>{E(a['run_in'])}</{tag}> " if a.get("run_in") else ""


def _ld(data, cls=""):
    c = f' class="{cls}"' if cls else ""
    return (
        f'<script type="application/ld+json"{c}>'
        + json.dumps(data, ensure_ascii=False)
        + "</script>"
    )


def _num(text):
    return sum(ord(c) for c in text)


# ---------------------------------------------------------------- templates
# Each returns the page and the chrome phrases that must stay out of its body.


def gismu(a):
    mfe = a["lang"] == "mfe"
    slug = _slug(a["title"])
    item = _num(a["title"]) % 9000 + 18000
    url = f"https://gis.govmu.org/index.php/news/{item}-{slug}"
    meta = (
        f'<meta property="article:published_time" content="{a["meta_iso"]}" />\n'
        if a["meta_iso"]
        else ""
    )
    foot = "Government Information Service, Prime Minister's Office, Level 6, New Government Centre, Port Louis, Republic of Mauritius"
    disclaimer = "The Government Information Service is not responsible for the content of external websites."
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{url}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="GIS, Government Information Service, Mauritius, news" />
<meta name="author" content="GIS" />
<meta name="description" content="{E(a["paras"][0][:150])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Government Information Service" />
{meta}<title>{E(a["title"])} - Government Information Service</title>
<link href="/templates/gis2019/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/gis2019/css/template.css?v=3.10.12" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8f4c1e"></script>
<script src="/media/system/js/caption.js?8f4c1e"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="gov-strip"><div class="container"><span>Republic of Mauritius</span> <a href="#">Government Portal</a> <a href="#">Prime Minister's Office</a></div></div>
<header class="header"><div class="container"><a class="brand" href="/"><img src="/images/logo/gis-logo.png" alt="Government Information Service" /></a>
<div class="header-search"><form action="/index.php/search" method="post"><input name="searchword" type="search" placeholder="Search ..." /></form></div></div></header>
<nav class="navigation" role="navigation"><div class="container"><ul class="nav menu nav-pills mod-list">{_links(["Home", "News", "Cabinet Decisions", "Photo Gallery", "Videos", "Publications", "Contact Us"], "nav-item")}</ul></div></nav>
<div class="container"><div class="row-fluid">
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/" class="pathway">Home</a><span class="divider">/</span></li><li><a href="#" class="pathway">News</a><span class="divider">/</span></li><li class="active"><span>{E(a["section"])}</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{"mfe" if mfe else "en-GB"}" />
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">Print</a></li><li class="email-icon"><a href="#" rel="nofollow">Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="category-name">Category: <a href="#" itemprop="genre">{E(a["section"])}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Published: {E(a["shown"])}</dd></dl>
<div class="pull-none item-image"><img class="caption" src="/images/news/{a["file"]}.jpg" alt="{E(a["caption"])}" title="{E(a["caption"])}" itemprop="image" /></div>
<div itemprop="articleBody"{' lang="mfe"' if mfe else ""}>
{_ps(a["paras"], _run_in(a))}
</div>
<div class="share-bar"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a></div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">Prev</a></li><li class="next"><a href="#" rel="next">Next</a></li></ul>
</div>
</main>
<aside class="span3"><div class="moduletable"><h3>Latest News</h3><ul class="latestnews mod-list">{_links(a["more"])}</ul></div>
<div class="moduletable"><h3>Useful Links</h3><ul>{_links(["Mauritius Meteorological Services", "Government Gazette", "Citizen Support Portal"])}</ul></div></aside>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p>{E(foot)}</p><p>Tel: (230) 201 1310 · Email: gis@govmu.org</p><p class="disclaimer">{disclaimer}</p><p>Copyright © 2026 Government Information Service. All Rights Reserved.</p></div></footer>
</body>
</html>
"""
    return page, [a["caption"], a["more"][0], foot, disclaimer]


def hakka(a):
    hak = a["lang"].startswith("hak")
    nid = _num(a["title"]) % 90000 + 150000
    url = f"https://www.hakka.gov.tw/Content/Content?NodeID=34&PageID={nid}"
    dc = f'<meta name="DC.Date" content="{a["dc_date"]}" />\n' if a["dc_date"] else ""
    updated = f"<li>更新日期：{a['updated']}</li>" if a["updated"] else ""
    foot = "客家委員會 24219 新北市新莊區中平路439號南棟17樓 總機：(02)8995-6988"
    notice = "本網站使用Cookie以提供更好的瀏覽體驗，繼續使用本網站即表示您同意本網站之隱私權政策。"
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{E(a["title"])}-新聞稿-客家委員會</title>
<meta name="DC.Title" content="{E(a["title"])}" />
<meta name="DC.Creator" content="客家委員會{E(a["unit"])}" />
<meta name="DC.Subject" content="新聞稿" />
<meta name="DC.Publisher" content="客家委員會" />
{dc}<meta name="DC.Language" content="{"客語" if hak else "中文"}" />
<meta name="Category.Theme" content="460" />
<meta name="Category.Cake" content="DD0" />
<meta name="Category.Service" content="I00" />
<meta name="keywords" content="客家委員會,客委會,新聞稿" />
<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="客家委員會" />
<link href="/Content/css/style.css?v=20261020" rel="stylesheet" />
</head>
<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#C" class="goCenter" title="跳到主要內容區塊" tabindex="1">跳到主要內容區塊</a>
<div class="wrapper">
<header class="header"><div class="container">
<a href="#U" id="U" accesskey="U" title="上方功能區塊" class="accesskey">:::</a>
<h1 class="logo"><a href="/" title="回首頁"><img src="/Content/images/logo.svg" alt="客家委員會 Hakka Affairs Council" /></a></h1>
<nav class="navigation"><ul>{_links(["網站導覽", "回首頁", "English", "客語", "RSS"])}</ul></nav>
<div class="search"><form><label for="key">搜尋</label><input type="text" id="key" title="請輸入關鍵字" placeholder="請輸入關鍵字" /><button type="submit">搜尋</button></form></div>
<nav class="menu"><ul>{_links(["關於本會", "最新消息", "政策與法令", "客家文化", "客語學習", "資訊公開", "便民服務"])}</ul></nav>
</div></header>
<div class="main"><div class="container">
<a href="#C" id="C" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
<div class="breadcrumb"><ul>{_links(["首頁", "最新消息", "新聞稿"])}</ul></div>
<div class="cp">
<h2 class="h3">{E(a["title"])}</h2>
<div class="info"><ul><li>發布日期：{a["shown"]}</li>{updated}<li>發布單位：{E(a["unit"])}</li><li>點閱次數：{a["hits"]}</li></ul></div>
<div class="font_size"><span>字級：</span><button type="button">小</button><button type="button">中</button><button type="button">大</button></div>
<section class="cp_content"{' lang="hak"' if hak else ""}>
{_ps(a["paras"])}
</section>
<div class="share"><ul><li><a href="#" title="分享至Facebook(另開新視窗)">Facebook</a></li><li><a href="#" title="分享至LINE(另開新視窗)">LINE</a></li><li><a href="#" title="分享至X(另開新視窗)">X</a></li><li><a href="#" title="友善列印">友善列印</a></li></ul></div>
<div class="back"><a href="#" title="回上一頁">回上一頁</a></div>
</div>
<div class="related"><h3>相關新聞</h3><ul>{_links(a["more"])}</ul></div>
</div></div>
<footer class="footer"><div class="container">
<a href="#Z" id="Z" accesskey="Z" title="下方功能區塊" class="accesskey">:::</a>
<ul class="footer_link">{_links(["隱私權及資訊安全政策", "網站資料開放宣告", "政府網站資料開放宣告", "常見問答"])}</ul>
<p>{E(foot)}</p>
<p>客家委員會 版權所有 © 2026 Hakka Affairs Council. All Rights Reserved.</p>
<p>最佳瀏覽解析度1280x768以上</p>
<a href="#" title="通過AA檢測等級無障礙網頁檢測"><img src="/Content/images/accessibilityAA.jpg" alt="通過AA檢測等級無障礙網頁檢測" /></a>
</div></footer>
<div class="cookie_notice"><p>{notice}</p><button type="button">我知道了</button></div>
</div>
</body>
</html>
"""
    return page, [a["more"][0], foot, notice]


def solgov(a):
    pis = a["lang"] == "pis"
    slug = _slug(a["title"])
    url = f"https://solomons.gov.sb/{slug}/"
    site = "Solomon Islands Government"
    pid = _num(a["title"]) % 9000 + 31000
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {
                    "name": a["byline"],
                    "@id": f"https://solomons.gov.sb/#/schema/person/{pid:x}",
                },
                "headline": a["title"],
                "datePublished": a["utc_iso"],
                "dateModified": a["modified_iso"],
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": "https://solomons.gov.sb/#organization"},
                "keywords": a["tags"],
                "articleSection": ["Press Releases"],
                "inLanguage": "pis" if pis else "en-US",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{a['title']} - {site}",
                "datePublished": a["utc_iso"],
                "dateModified": a["modified_iso"],
            },
            {
                "@type": "Organization",
                "@id": "https://solomons.gov.sb/#organization",
                "name": site,
                "url": "https://solomons.gov.sb/",
            },
            {
                "@type": "Person",
                "@id": f"https://solomons.gov.sb/#/schema/person/{pid:x}",
                "name": a["byline"],
            },
        ],
    }
    tags = "".join(f'<a href="#" rel="tag">{E(t)}</a>' for t in a["tags"])
    page = f"""<!DOCTYPE html>
<html lang="{"pis" if pis else "en-US"}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{E(a["title"])} - {site}</title>
<meta name="description" content="{E(a["paras"][0][:150])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{E(a["title"])} - {site}" />
<meta property="og:description" content="{E(a["paras"][0][:150])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{site}" />
<meta property="article:publisher" content="https://www.facebook.com/SIGovernment" />
<meta property="article:published_time" content="{a["utc_iso"]}" />
<meta property="article:modified_time" content="{a["modified_iso"]}" />
<meta name="author" content="{E(a["byline"])}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="{E(a["byline"])}" />
{_ld(graph, "yoast-schema-graph")}
<!-- / Yoast SEO plugin. -->
<meta name="generator" content="WordPress 6.7.1" />
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside class="widget inner-padding widget_text"><div class="textwidget"><p>Honiara Hotline 1000 · Ministry of Health COVID &amp; NCD line 177</p></div></aside></div></div>
<header class="site-header grid-container" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-logo"><a href="https://solomons.gov.sb/" rel="home"><img class="header-image is-logo-image" alt="{site}" src="/wp-content/uploads/2023/05/sig-logo.png" width="300" height="90" /></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class="menu sf-menu">{_links(["Home", "Ministries", "Press Releases", "Cabinet", "Publications", "Vacancies", "Contact"], "menu-item")}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-press-releases" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1024" height="683" src="/wp-content/uploads/2026/{a["date"][5:7]}/{a["file"]}.jpg" class="attachment-full size-full wp-post-image" alt="{E(a["caption"])}" itemprop="image" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="{a["modified_iso"]}" itemprop="dateModified">{E(a["shown"])}</time><time class="entry-date published" datetime="{a["utc_iso"]}" itemprop="datePublished">{E(a["shown"])}</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="#" title="View all posts by {E(a["byline"])}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{E(a["byline"])}</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
{_ps(a["paras"])}
<p class="wp-caption-text"><em>{E(a["caption"])}</em></p>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="#" rel="category tag">Press Releases</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>{tags}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">{E(a["more"][0])}</a></span></div></nav></footer>
</div>
</article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Latest Press Releases</h2><ul>{_links(a["more"])}</ul></aside>
<aside id="text-4" class="widget inner-padding widget_text"><h2 class="widget-title">Government Communications Unit</h2><div class="textwidget"><p>Office of the Prime Minister and Cabinet, P.O. Box G1, Honiara</p></div></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 {site}. All rights reserved.</div></div></footer></div>
</body>
</html>
"""
    return page, [
        a["caption"],
        a["more"][0],
        "Office of the Prime Minister and Cabinet, P.O. Box G1",
        "Honiara Hotline 1000",
    ]


def gauteng(a):
    nso = a["lang"].startswith("nso")
    if nso:
        t = {
            "crumbs": ["Gae", "Ditaba", "Dipego tša ditaba"],
            "date": "Letšatšikgwedi",
            "kind": "Pego ya ditaba",
            "related": "Ditaba tše dingwe",
            "share": "Abelana",
        }
    else:
        t = {
            "crumbs": ["Tuis", "Nuus", "Mediaverklarings"],
            "date": "Datum",
            "kind": "Mediaverklaring",
            "related": "Meer nuus",
            "share": "Deel",
        }
    pid = _num(a["title"]) % 900 + 100
    url = f"https://www.gauteng.gov.za/News/Pages/{a['file'].split('_')[-1].capitalize()}{pid}.aspx"
    viewstate = "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ"
    cookie = "This website uses cookies to improve your experience. By using this site you accept our cookie policy."
    foot = "Gauteng Provincial Government, 30 Simmonds Street, Marshalltown, Johannesburg, 2107 · Gauteng Contact Centre 0860 428 8364"
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="{a["lang"]}">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>
	{E(a["title"])}
</title>
<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:site_name" content="Gauteng Provincial Government" />
<meta property="og:url" content="{url}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2bpHeX4%2FYGSFrQ2pCQoNhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/GPG/css/gpg.min.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZMBdbgHH2Qvb7DkSAWg%2FjA%3D%3D"></script>
</head>
<body>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<form method="post" action="./{url.rsplit("/", 1)[-1]}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4F1A9C2E7B8D3E6F0A1B2C3D4E5F60718293A4B5C6D7E8F9,{a["stamp"].replace("T", " ")} -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<header class="gpg-header"><div class="gpg-logo"><a href="/"><img src="/Style%20Library/GPG/images/gpg-logo.png" alt="Gauteng Provincial Government" /></a></div>
<nav class="gpg-topnav"><ul>{_links(["Home", "Services", "Departments", "News", "Documents", "Premier", "Contact Us"])}</ul></nav>
<div class="gpg-search"><input type="text" title="Search" placeholder="Search this site" /></div></header>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div class="gpg-breadcrumb"><span><a href="#">{t["crumbs"][0]}</a></span> &gt; <span><a href="#">{t["crumbs"][1]}</a></span> &gt; <span>{t["crumbs"][2]}</span></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="article article-body">
<div class="article-header"><h1><span id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_RichHtmlField">{E(a["title"])}</span></h1></div>
<div class="article-meta"><span class="gpg-kind">{t["kind"]}</span> | <span class="gpg-date-label">{t["date"]}:</span> <span id="ctl00_PlaceHolderMain_ArticleDate" class="ms-rtestate-field">{E(a["shown"])}</span></div>
<div class="article-content"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">
{_ps(a["paras"])}
<p><strong>{E(a["issued"])}</strong></p>
<p>{E(a["contact"])}</p>
</div></div>
<div class="gpg-share"><span>{t["share"]}:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</div>
<div class="gpg-related"><h2>{t["related"]}</h2><ul>{_links(a["more"])}</ul></div>
</div>
</div></div>
<footer class="gpg-footer"><p>{E(foot)}</p><ul>{_links(["Disclaimer", "PAIA", "POPIA", "Sitemap"])}</ul><p>© 2026 Gauteng Provincial Government</p></footer>
</div></div>
<div class="gpg-cookie"><p>{cookie}</p><a href="#" class="btn">Accept</a></div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo={{webServerRelativeUrl:"\\u002fNews",webAbsoluteUrl:"https:\\u002f\\u002fwww.gauteng.gov.za\\u002fNews",pageListId:"{{4b6e2c1a-8f3d-4e7b-9a1c-2d5f6e7a8b9c}}",pageItemId:{pid},currentLanguage:1033,serverRequestPath:"\\u002fNews\\u002fPages\\u002f{url.rsplit("/", 1)[-1]}",webTitle:"News"}};
//]]>
</script>
</form>
</body>
</html>
"""
    return page, [a["issued"], a["contact"], a["more"][0], cookie, foot]


def dubaimo(a):
    ar = a["lang"].startswith("ar")
    if ar:
        t = {
            "site": "المكتب الإعلامي لحكومة دبي",
            "path": "ar",
            "nav": [
                "الرئيسية",
                "الأخبار",
                "البيانات الصحفية",
                "الصور",
                "الفيديو",
                "تواصل معنا",
            ],
            "crumbs": ["الرئيسية", "الأخبار"],
            "share": "شارك",
            "related": "أخبار ذات صلة",
            "subscribe": "اشترك في النشرة الإخبارية للمكتب الإعلامي لحكومة دبي",
            "cookie": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على استخدامنا لها.",
            "accept": "موافق",
            "copy": "جميع الحقوق محفوظة © 2026 المكتب الإعلامي لحكومة دبي",
            "other": "English",
        }
    else:
        t = {
            "site": "Dubai Media Office",
            "path": "en",
            "nav": ["Home", "News", "Press Releases", "Photos", "Videos", "Contact Us"],
            "crumbs": ["Home", "News"],
            "share": "Share",
            "related": "Related News",
            "subscribe": "Subscribe to the Dubai Media Office newsletter",
            "cookie": "This website uses cookies to enhance your experience. By continuing to browse, you agree to our use of cookies.",
            "accept": "Accept",
            "copy": "All rights reserved © 2026 Government of Dubai Media Office",
            "other": "عربي",
        }
    slug = _slug(a["title"]) if not ar else f"dha-primary-care-{a['date'][:4]}"
    url = f"https://www.mediaoffice.ae/{t['path']}/news/{a['date'][:4]}/{a['date'][5:7]}/{slug}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": a["jsonld_iso"],
        "dateModified": a["jsonld_iso"],
        "inLanguage": a["lang"],
        "mainEntityOfPage": url,
        "image": [f"https://www.mediaoffice.ae/-/media/news/{a['file']}.jpg"],
        "publisher": {
            "@type": "Organization",
            "name": t["site"],
            "logo": {
                "@type": "ImageObject",
                "url": "https://www.mediaoffice.ae/assets/dmo-logo.svg",
            },
        },
    }
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}" dir="{"rtl" if ar else "ltr"}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{E(a["title"])} | {t["site"]}</title>
<meta name="description" content="{E(a["paras"][0][:150])}" />
<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://www.mediaoffice.ae/-/media/news/{a["file"]}.jpg" />
<meta property="og:site_name" content="{t["site"]}" />
<meta name="twitter:site" content="@DXBMediaOffice" />
<link rel="alternate" hreflang="{"en" if ar else "ar"}" href="https://www.mediaoffice.ae/{"en" if ar else "ar"}/news/{a["date"][:4]}/{a["date"][5:7]}/" />
{_ld(data)}
<link href="/-/media/feature/experience-accelerator/dmo-theme/dmo-theme/styles/pre-optimized-min.css?t=20261105" rel="stylesheet" />
</head>
<body class="default-device bodyclass{" rtl" if ar else ""}">
<div id="wrapper">
<header><div id="header" class="container">
<div class="row">
<div class="component image file-type-icon-media-link col-12 col-md-3 logo"><div class="component-content"><a title="{t["site"]}" href="/{t["path"]}"><img src="/-/media/project/dmo/logo.svg" alt="{t["site"]}" /></a></div></div>
<div class="component navigation col-12 col-md-7 navigation-main navigation-main-horizontal"><div class="component-content"><nav><ul class="clearfix">{_links(t["nav"], "level1 rel-level1")}</ul></nav></div></div>
<div class="component link col-12 col-md-2 language-switch"><div class="component-content"><a href="#">{t["other"]}</a></div></div>
</div></div></header>
<main><div id="content" class="container">
<div class="component breadcrumb navigation-title"><div class="component-content"><nav><ol>{_links(t["crumbs"], "breadcrumb-item")}</ol></nav></div></div>
<div class="row component column-splitter">
<div class="col-12 col-lg-8">
<div class="component title news-title"><div class="component-content"><div class="field-title"><h1>{E(a["title"])}</h1></div></div></div>
<div class="component field-editor news-date"><div class="component-content"><span class="field-date">{E(a["shown"])}</span></div></div>
<div class="component image news-image"><div class="component-content"><img src="/-/media/news/{a["file"]}.jpg?h=600&amp;w=900" alt="{E(a["caption"])}" /><span class="image-caption field-imagecaption">{E(a["caption"])}</span></div></div>
<div class="component rich-text news-body"><div class="component-content">
{_ps(a["paras"], _run_in(a))}
</div></div>
<div class="component link-list share-links"><div class="component-content"><h3>{t["share"]}</h3><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">WhatsApp</a></li></ul></div></div>
</div>
<div class="col-12 col-lg-4">
<div class="component promo related-news"><div class="component-content"><h3>{t["related"]}</h3><ul>{_links(a["more"])}</ul></div></div>
<div class="component rich-text newsletter"><div class="component-content"><p>{t["subscribe"]}</p><input type="email" /><button type="button">OK</button></div></div>
</div>
</div>
</div></main>
<footer><div id="footer" class="container"><div class="component rich-text"><div class="component-content"><p>{t["copy"]}</p></div></div></div></footer>
</div>
<div class="component cookie-warning" role="dialog"><div class="component-content"><p>{t["cookie"]}</p><a class="submit" href="#">{t["accept"]}</a></div></div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=20261105"></script>
</body>
</html>
"""
    return page, [a["caption"], a["more"][0], t["subscribe"], t["cookie"], t["copy"]]


def adb(a):
    ja = a["lang"] == "ja"
    if ja:
        t = {
            "path": "ja/",
            "kind": "ニュースリリース",
            "crumbs": ["ホーム", "ニュース"],
            "countries": "国",
            "topics": "トピック",
            "contacts": "お問い合わせ",
            "related": "関連ニュース",
            "share": "共有",
            "cookie": "当ウェブサイトでは、利便性向上のためクッキーを使用しています。",
            "accept": "同意する",
        }
    else:
        t = {
            "path": "",
            "kind": "News Release",
            "crumbs": ["Home", "News"],
            "countries": "Countries",
            "topics": "Topics",
            "contacts": "Media Contacts",
            "related": "Related News",
            "share": "Share this page",
            "cookie": "ADB uses cookies to improve your experience on our website. By continuing to browse, you agree to our cookie policy.",
            "accept": "I agree",
        }
    slug = _slug(a["title"]) if not ja else "mongolia-school-meals-grant"
    url = f"https://www.adb.org/{t['path']}news/{slug}"
    nid = _num(a["title"]) % 90000 + 1010000
    country = a["tags"][0]
    topics = a["tags"][1:]
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{E(a["paras"][0][:160])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Asian Development Bank" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:image" content="https://www.adb.org/sites/default/files/styles/content_media/public/content-media/{a["file"]}.jpg" />
<meta name="twitter:site" content="@ADB_HQ" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{E(a["title"])} | Asian Development Bank</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Ap3kQ8rVx2m.css?delta=0&amp;language={a["lang"]}&amp;theme=adb_theme" />
</head>
<body class="path-node page-node-type-news-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="adb-header" role="banner"><div class="adb-header__inner">
<a href="/{t["path"]}" class="adb-logo"><img src="/themes/custom/adb_theme/logo.svg" alt="Asian Development Bank" /></a>
<nav role="navigation" aria-label="Main navigation" class="adb-main-nav"><ul class="menu">{_links(["Who We Are", "What We Do", "Where We Work", "Work With Us", "News and Events", "Publications", "Data"], "menu-item")}</ul></nav>
<div class="adb-search"><form action="/search" method="get"><input type="search" name="keys" aria-label="Search" /></form></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>{_links(t["crumbs"])}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="{nid}" role="article" class="node node--type-news-release node--view-mode-full">
<div class="node__header"><div class="field field--name-field-content-type field--label-hidden field__item">{t["kind"]}</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["title"])}</span></h1>
<div class="field field--name-field-date-published field--type-datetime field--label-hidden field__item"><time datetime="{a["time_iso"]}">{E(a["shown"])}</time></div></div>
<div class="node__media"><figure class="adb-figure"><img loading="lazy" src="/sites/default/files/styles/content_media/public/content-media/{a["file"]}.jpg" alt="" /><figcaption>{E(a["caption"])}</figcaption></figure></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{_ps(a["paras"], _run_in(a))}
<h3>{E(a["about_h"])}</h3>
<p>{E(a["about"])}</p>
</div>
<div class="adb-sidebar">
<div class="field field--name-field-media-contacts field--label-above"><div class="field__label">{t["contacts"]}</div><div class="field__item"><p>{E(a["contact"])}</p></div></div>
<div class="field field--name-field-countries field--type-entity-reference field--label-above"><div class="field__label">{t["countries"]}</div><div class="field__items"><div class="field__item"><a href="#" hreflang="{a["lang"]}">{E(country)}</a></div></div></div>
<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">{t["topics"]}</div><div class="field__items">{"".join(f'<div class="field__item"><a href="#" hreflang="{a["lang"]}">{E(x)}</a></div>' for x in topics)}</div></div>
</div>
<div class="adb-share"><h2>{t["share"]}</h2><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</div>
</article>
<section class="views-element-container related-news"><h2>{t["related"]}</h2><ul>{_links(a["more"])}</ul></section>
</main>
<footer class="adb-footer" role="contentinfo"><p>Asian Development Bank, 6 ADB Avenue, Mandaluyong City 1550, Metro Manila, Philippines</p><ul class="menu">{_links(["Contacts", "Careers", "Accountability Mechanism", "Anticorruption", "Terms of Use", "Privacy"])}</ul><p>© 2026 Asian Development Bank</p></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner"><div id="popup-text"><p>{t["cookie"]}</p></div><button type="button" class="agree-button eu-cookie-compliance-default-button">{t["accept"]}</button></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentLanguage":"{a["lang"]}"}},"eu_cookie_compliance":{{"cookie_lifetime":100}}}}</script>
</body>
</html>
"""
    return page, [
        a["caption"],
        a["contact"],
        a["about_h"],
        a["more"][0],
        t["cookie"],
        "6 ADB Avenue, Mandaluyong City",
    ]


def spc(a):
    fr = a["lang"] == "fr"
    if fr:
        t = {
            "path": "fr/",
            "nav": [
                "Accueil",
                "Notre action",
                "Actualités",
                "Publications",
                "Emplois",
                "Contact",
            ],
            "crumbs": ["Accueil", "Actualités", "Communiqués de presse"],
            "cat": "Communiqué de presse",
            "tags": "Mots-clés :",
            "back": "Retour",
            "related": "Actualités associées",
            "share": "Partager",
            "cookie": "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
            "ok": "D'accord",
            "other": "English",
        }
    else:
        t = {
            "path": "",
            "nav": ["Home", "Our work", "News", "Publications", "Jobs", "Contact"],
            "crumbs": ["Home", "News", "Media releases"],
            "cat": "Media release",
            "tags": "Tags:",
            "back": "Back",
            "related": "Related news",
            "share": "Share",
            "cookie": "This website uses cookies to improve your browsing experience.",
            "ok": "OK",
            "other": "Français",
        }
    slug = _slug(a["title"])
    url = f"https://www.spc.int/{t['path']}updates/news/media-release/{a['date'][:4]}/{a['date'][5:7]}/{slug}"
    tags = ", ".join(f'<a href="#" title="{E(x)}">{E(x)}</a>' for x in a["tags"])
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}" dir="ltr">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{E(a["title"])} | Pacific Community</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="{E(a["paras"][0][:150])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.spc.int/fileadmin/_processed_/news/{a["file"]}.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7c1e0a4b2f.css?1732610000" media="all">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="{"en" if fr else "fr"}" href="https://www.spc.int/{"" if fr else "fr/"}updates/news">
</head>
<body id="p214" class="page-214 pagelevel-3 language-{1 if fr else 0} backendlayout-subnavigation_right layout-default">
<a class="sr-only sr-only-focusable" href="#page-content"><span>Skip to main content</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container"><a class="navbar-brand navbar-brand-image" title="Pacific Community" href="/{t["path"]}"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/spc_site/Resources/Public/Images/spc-logo.svg" alt="Pacific Community logo" height="60" width="200"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-main">{_links(t["nav"], "nav-item")}</ul><ul class="nav navbar-nav navbar-lang"><li><a href="#">{t["other"]}</a></li></ul></nav></div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb">{_links(t["crumbs"], "breadcrumb-item")}</ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="section-row"><main class="section section-default">
<div id="c1432" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{E(a["title"])}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{a["date"]}">{E(a["shown"])}</time></span>
<span class="news-list-category">{t["cat"]}</span>
</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" class="img-fluid" src="/fileadmin/_processed_/news/{a["file"]}.jpg" width="1000" height="667" alt="" /></div><p class="news-img-caption">{E(a["caption"])}</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{_ps(a["paras"], _run_in(a))}
<h4>{E(a["about_h"])}</h4>
<p>{E(a["about"])}</p>
<p><em>{E(a["contact"])}</em></p>
</div>
<div class="news-related-wrap"><div class="news-tags">{t["tags"]} {tags}</div></div>
<div class="news-share"><span>{t["share"]}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
<div class="news-backlink-wrap"><a href="#">{t["back"]}</a></div>
</div>
</div>
</div>
</main>
<aside class="section section-sidebar"><div class="frame frame-default frame-type-news_newsliststicky"><h3>{t["related"]}</h3><ul>{_links(a["more"])}</ul></div></aside>
</div></div></div>
<footer id="page-footer" class="bp-page-footer"><div class="container"><p>Pacific Community (SPC) · B.P. D5, 98848 Nouméa Cedex, New Caledonia · Private Mail Bag, Suva, Fiji</p><p>© Pacific Community (SPC) 2026</p></div></footer>
<div id="cookieconsent"><span>{t["cookie"]}</span> <a href="#" class="cc-btn">{t["ok"]}</a></div>
<script src="/typo3temp/assets/compressed/merged-3b9e1f2d7a.js?1732610000"></script>
</body>
</html>
"""
    return page, [
        a["caption"],
        a["contact"],
        a["about_h"],
        a["more"][0],
        t["cookie"],
        "B.P. D5, 98848 Nouméa Cedex",
    ]


def scoop(a):
    sid = f"{a['section'][:2].upper()}{a['date'][2:4]}{a['date'][5:7]}/S{_num(a['title']) % 900 + 100:05d}"
    url = f"https://www.scoop.co.nz/stories/{sid}/{_slug(a['title'])}.htm"
    ad = "Advertisement - scroll to continue reading"
    infopages = f"Find more from {a['issuer_line']} on InfoPages."
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Scoop News</title>
<meta name="description" content="{E(a["paras"][0][:150])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Scoop">
<meta property="article:published_time" content="{a["meta_iso"]}">
<meta property="article:section" content="{a["section"]}">
<meta name="twitter:site" content="@Scoop_co_nz">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/scoop2024.min.css?v=41">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="story">
<div id="top-ad" class="ad-slot ad-leaderboard"><div id="div-gpt-ad-leaderboard"></div></div>
<header id="masthead"><div class="wrap"><a href="https://www.scoop.co.nz/" class="logo"><img src="/images/scoop-logo.svg" alt="Scoop Independent News"></a>
<nav id="sections"><ul>{_links(["Top Scoops", "Politics", "Regional", "Business", "Sci-Tech", "Culture", "World", "Parliament", "Environment"])}</ul></nav>
<div class="header-right"><a href="#" class="btn-pro">Scoop Pro</a> <a href="#">Log in</a> <a href="#" class="btn-support">Support Scoop</a></div></div></header>
<div id="main" class="wrap">
<div class="breadcrumbs"><a href="#">Scoop</a> » <a href="#">{E(a["section"])}</a> » <a href="#">Press Release</a></div>
<article class="story-article">
<h1 class="story-title">{E(a["title"])}</h1>
<div class="byline"><span class="date">{E(a["shown"])}</span><br><span class="source">Press Release: {E(a["issuer_line"])}</span></div>
<div id="article" class="story-body"{f' lang="{a["lang"]}"' if a["lang"] != "en" else ""}>
{_ps(a["paras"][:2])}
<div class="ad-slot ad-inline"><p class="ad-label">{ad}</p><div id="div-gpt-ad-inline-1"></div></div>
{_ps(a["paras"][2:])}
<p><strong>{E(a["contact"])}</strong></p>
</div>
<div class="story-foot"><p class="copyright">© Scoop Media</p><p class="infopages"><a href="#">{E(infopages)}</a></p></div>
<div class="share-tools"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
<aside class="sidebar"><div class="box"><h3>More From This Section</h3><ul>{_links(a["more"])}</ul></div>
<div class="box scoop-support"><h3>Scoop relies on your support</h3><p>Join the Scoop Foundation for Public Interest Journalism to keep independent news free for all.</p></div>
<div id="side-ad" class="ad-slot ad-mrec"></div></aside>
</div>
<footer id="footer"><div class="wrap"><p>Scoop Media Ltd · Wellington, New Zealand</p><ul>{_links(["About Scoop", "Contact", "Terms of Use", "Privacy", "Advertise"])}</ul><p>© Scoop Media 1999-2026</p></div></footer>
</body>
</html>
"""
    return page, [
        a["contact"],
        infopages,
        ad,
        a["more"][0],
        "Join the Scoop Foundation for Public Interest Journalism",
    ]


def nepalarmy(a):
    pid = _num(a["title"]) % 900 + 1200
    url = f"https://www.nepalarmy.mil.np/press_release/{pid}"
    meta = (
        f'<meta property="article:published_time" content="{a["meta_iso"]}">\n'
        if a["meta_iso"]
        else ""
    )
    sign = ["जनसम्पर्क तथा सूचना निर्देशनालय", "जंगी अड्डा, भद्रकाली, काठमाडौं"]
    foot = "नेपाली सेना, जंगी अड्डा, भद्रकाली, काठमाडौं, नेपाल । फोन: ०१-४२६९२७२"
    page = f"""<!DOCTYPE html>
<html lang="ne">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="nA7xQ2kLp9VbR4tYw1cE">
<title>प्रेस विज्ञप्ति | नेपाली सेना</title>
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="नेपाली सेना | Nepali Army">
{meta}<link rel="stylesheet" href="/frontend/css/bootstrap.min.css">
<link rel="stylesheet" href="/frontend/css/style.css?v=3.2">
</head>
<body>
<div class="top-header"><div class="container"><span class="motto">जननी जन्मभूमिश्च स्वर्गादपि गरीयसी</span> <a href="#" class="lang">English</a> <a href="#">सम्पर्क</a></div></div>
<header class="main-header"><div class="container"><a href="/" class="brand"><img src="/frontend/images/na-logo.png" alt="नेपाली सेना"><span>नेपाली सेना<br><small>Nepali Army</small></span></a></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{_links(["गृहपृष्ठ", "हाम्रो बारेमा", "प्रेस विज्ञप्ति", "सूचना", "ग्यालरी", "भर्ना", "शान्ति मिसन", "सम्पर्क"], "nav-item")}</ul></div></nav></header>
<section class="page-title"><div class="container"><h2>प्रेस विज्ञप्ति</h2><ol class="breadcrumb">{_links(["गृहपृष्ठ", "प्रेस विज्ञप्ति"], "breadcrumb-item")}</ol></div></section>
<section class="press-detail"><div class="container"><div class="row">
<div class="col-md-8">
<div class="card press-card">
<div class="card-header"><h1 class="press-title">{E(a["title"])}</h1><p class="press-date"><i class="fa fa-calendar"></i> मिति: {E(a["shown"])}</p></div>
<div class="card-body">
<figure class="press-image"><img src="/uploads/press/{pid}.jpg" class="img-fluid" alt="{E(a["caption"])}"><figcaption>{E(a["caption"])}</figcaption></figure>
<div class="press-content">
{_ps(a["paras"], _run_in(a, "b"))}
<p class="text-right signature">{"<br>".join(E(s) for s in sign)}</p>
</div>
<div class="press-attachment"><a href="/uploads/press/{pid}.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> प्रेस विज्ञप्ति डाउनलोड गर्नुहोस् (PDF)</a></div>
</div>
</div>
</div>
<div class="col-md-4"><div class="sidebar-widget"><h4>अन्य प्रेस विज्ञप्ति</h4><ul class="list-unstyled">{_links(a["more"])}</ul></div>
<div class="sidebar-widget"><h4>हटलाइन</h4><p>सेनाको आपत्कालीन हटलाइन: ११८</p></div></div>
</div></div></section>
<footer class="footer"><div class="container"><p>{E(foot)}</p><p>© २०८३ नेपाली सेना । सर्वाधिकार सुरक्षित ।</p></div></footer>
<script src="/frontend/js/jquery.min.js"></script><script src="/frontend/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    return page, [
        a["caption"],
        sign[0],
        a["more"][0],
        foot,
        "प्रेस विज्ञप्ति डाउनलोड गर्नुहोस्",
    ]


def nse(a):
    slug = _slug(a["title"])
    url = f"https://www.nusantarasurya.co.id/web/guest/siaran-pers/-/asset_publisher/Nk3vQ8aWcZ1e/content/{slug}"
    inst = "JournalContentPortlet_INSTANCE_rT5bXk2Lq9Pm"
    tags = "".join(
        f'<a class="label label-lg label-secondary text-uppercase" href="#" title="{E(x)}"><span class="label-item label-item-expand">{E(x)}</span></a> '
        for x in a["tags"]
    )
    cookie = "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie."
    foot = "PT Nusantara Surya Energi Tbk · Gedung Surya Tower Lt. 18, Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190"
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="id-ID">
<head>
<title>{E(a["title"])} - Siaran Pers - Nusantara Surya Energi</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{E(a["paras"][0][:150])}" lang="id-ID" name="description" />
<meta property="og:locale" content="id_ID">
<meta property="og:site_name" content="Nusantara Surya Energi">
<meta property="og:title" content="{E(a["title"])} - Nusantara Surya Energi">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a["meta_iso"]}">
<link href="https://www.nusantarasurya.co.id/o/nse-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/nse-theme/css/main.css?browserId=chrome&amp;themeId=nsetheme_WAR_nsetheme&amp;languageId=in_ID&amp;t=1732500000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.ThemeDisplay = {{getLanguageId: function() {{return "in_ID";}}, getScopeGroupId: function() {{return "20121";}}, getSiteGroupId: function() {{return "20121";}}, isSignedIn: function() {{return false;}}}};
// ]]>
</script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Tautan Cepat" class="bg-dark cadmin quick-access-nav text-center text-white" id="xbcv_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Langsung ke Konten Utama</a></nav>
<div class="d-flex flex-column min-vh-100">
<header id="banner" role="banner"><div class="navbar navbar-classic navbar-top py-3"><div class="container"><a class="logo custom-logo" href="/web/guest" title="Ke Nusantara Surya Energi"><img alt="Nusantara Surya Energi" height="56" src="/image/layout_set_logo?img_id=41203" /></a>
<nav id="navigation" role="navigation"><ul aria-label="Halaman Situs" role="menubar">{_links(["Beranda", "Tentang Kami", "Bisnis", "Keberlanjutan", "Hubungan Investor", "Siaran Pers", "Karier"], "lfr-nav-item")}</ul></nav>
<div class="language-selector"><a href="#">ID</a> | <a href="#">EN</a></div></div></div></header>
<section id="content"><div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_"><nav aria-label="Breadcrumb"><ol class="breadcrumb">{_links(["Beranda", "Media", "Siaran Pers"], "breadcrumb-item")}</ol></nav></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Nk3vQ8aWcZ1e_">
<section class="portlet" id="portlet_{inst}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Siaran Pers</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix show-asset-title">
<h3 class="asset-title component-title">{E(a["title"])}</h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{E(a["shown"])}</span></div>
<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="{_num(a["title"])}" data-analytics-asset-title="{E(a["title"])}" data-analytics-asset-type="web-content">
<div class="siaran-pers">
<figure class="sp-image"><img alt="{E(a["caption"])}" src="/documents/20121/0/{a["file"]}.jpg" /><figcaption>{E(a["caption"])}</figcaption></figure>
{_ps(a["paras"], _run_in(a))}
<p><strong>{E(a["about_h"])}</strong></p>
<p>{E(a["about"])}</p>
<p>{E(a["contact"])}</p>
</div>
</div></div>
<div class="asset-links"><div class="taglib-asset-tags-summary">{tags}</div></div>
<div class="social-bookmarks"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</div>
</div></div></div></section></div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Berita Terkait</h2><ul class="list-unstyled">{_links(a["more"])}</ul></div></section>
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Unduhan</h2><ul class="list-unstyled"><li><a href="#">Laporan Tahunan 2025 (PDF)</a></li><li><a href="#">Laporan Keberlanjutan 2025 (PDF)</a></li></ul></div></section>
</div>
</div></div></section>
<footer id="footer" role="contentinfo"><div class="container"><p>{E(foot)}</p><p>© 2026 PT Nusantara Surya Energi Tbk. Hak cipta dilindungi undang-undang.</p></div></footer>
</div>
<div class="cookie-banner" role="dialog"><p>{cookie}</p><button class="btn btn-primary" type="button">Setuju</button></div>
<script src="/o/frontend-js-web/liferay/aui_loader.js" type="text/javascript"></script>
</body>
</html>
"""
    return page, [
        a["caption"],
        a["contact"],
        a["about_h"],
        a["more"][0],
        cookie,
        foot,
        "Laporan Tahunan 2025",
    ]


def amref(a):
    sw = a["lang"] == "sw"
    if sw:
        t = {
            "path": "sw/",
            "nav": [
                "Kuhusu Sisi",
                "Kazi Yetu",
                "Habari",
                "Machapisho",
                "Wasiliana Nasi",
            ],
            "by": "Na",
            "kind": "Taarifa kwa vyombo vya habari",
            "tags": "Lebo",
            "share": "Shiriki",
            "more": "Habari zaidi",
            "donate": "Changia",
            "news": "Jiandikishe kupokea habari za Amref Health Africa",
        }
    else:
        t = {
            "path": "",
            "nav": ["About Us", "Our Work", "News", "Publications", "Contact Us"],
            "by": "By",
            "kind": "Press release",
            "tags": "Tags",
            "share": "Share",
            "more": "More news",
            "donate": "Donate",
            "news": "Sign up for news from Amref Health Africa",
        }
    slug = _slug(a["title"])
    url = f"https://amref.org/{t['path']}news/{a['date'][:4]}/{slug}/"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "author": {"@type": "Person", "name": a["byline"]},
        "publisher": {"@type": "Organization", "name": "Amref Health Africa"},
        "datePublished": a["time_iso"],
        "inLanguage": a["lang"],
        "keywords": a["tags"],
        "url": url,
    }
    tags = "".join(
        f'<li><a href="/{t["path"]}tags/{_slug(x)}/">{E(x)}</a></li>' for x in a["tags"]
    )
    page = f"""<!doctype html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="Hugo 0.139.4">
<title>{E(a["title"])} | Amref Health Africa</title>
<meta name="description" content="{E(a["paras"][0][:150])}">
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Amref Health Africa">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:locale" content="{"sw_KE" if sw else "en_GB"}">
<meta property="og:type" content="article">
<meta property="article:section" content="news">
<meta property="article:published_time" content="{a["time_iso"]}">
<meta property="article:modified_time" content="{a["time_iso"]}">
{"".join(f'<meta property="article:tag" content="{E(x)}">' + chr(10) for x in a["tags"])}{_ld(data)}
<link rel="stylesheet" href="/css/main.min.8a4f2c1e.css" integrity="sha256-3m9Qe1x" crossorigin="anonymous">
</head>
<body class="page-news">
<header class="site-header"><div class="container"><a class="site-logo" href="/{t["path"]}"><img src="/images/amref-logo.svg" alt="Amref Health Africa" width="180" height="60"></a>
<nav class="site-nav" aria-label="Main"><ul>{_links(t["nav"])}</ul></nav>
<a class="btn btn-donate" href="#">{t["donate"]}</a></div></header>
<main id="main" class="container">
<article class="post">
<header class="post-header">
<p class="post-kind">{t["kind"]}</p>
<h1 class="post-title">{E(a["title"])}</h1>
<div class="post-meta"><span class="post-author">{t["by"]} {E(a["byline"])}</span> · <time datetime="{a["time_iso"]}">{E(a["shown"])}</time></div>
</header>
<div class="post-content">
{_ps(a["paras"], _run_in(a))}
<h2 id="about">{E(a["about_h"])}</h2>
<p>{E(a["about"])}</p>
<hr>
<p><em>{E(a["contact"])}</em></p>
</div>
<footer class="post-footer">
<div class="post-tags"><span>{t["tags"]}:</span><ul>{tags}</ul></div>
<div class="share"><span>{t["share"]}:</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
<nav class="paginav"><a class="prev" href="#"><span class="title">« </span><span>{E(a["more"][0])}</span></a></nav>
</footer>
</article>
<section class="more-news"><h2>{t["more"]}</h2><ul>{_links(a["more"])}</ul></section>
</main>
<footer class="site-footer"><div class="container"><div class="newsletter"><p>{t["news"]}</p><form><input type="email"><button>OK</button></form></div><p>Amref Health Africa Headquarters, Langata Road, PO Box 27691-00506, Nairobi, Kenya</p><p>© 2026 Amref Health Africa</p></div></footer>
</body>
</html>
"""
    return page, [
        a["contact"],
        a["about_h"],
        a["more"][0],
        t["news"],
        "Langata Road, PO Box 27691",
    ]


def sebi(a):
    hi = a["lang"] == "hi"
    if hi:
        t = {
            "title": "सेबी | प्रेस विज्ञप्ति",
            "h": "प्रेस विज्ञप्ति",
            "nav": [
                "मुख्य पृष्ठ",
                "सेबी के बारे में",
                "विधिक",
                "प्रवर्तन",
                "फाइलिंग",
                "सूचनाएं",
                "निवेशक",
            ],
            "crumbs": ["मुख्य पृष्ठ", "सूचनाएं", "प्रेस विज्ञप्ति"],
            "recent": "हाल की प्रेस विज्ञप्तियाँ",
            "print": "प्रिंट",
            "pdf": "पीडीएफ डाउनलोड करें",
            "foot": "भारतीय प्रतिभूति और विनिमय बोर्ड, सेबी भवन, प्लॉट सं. सी4-ए, 'जी' ब्लॉक, बांद्रा कुर्ला कॉम्प्लेक्स, बांद्रा (पूर्व), मुंबई - 400051",
            "toll": "टोल फ्री निवेशक हेल्पलाइन: 1800 266 7575",
            "lang": "English",
        }
    else:
        t = {
            "title": "SEBI | Press Release",
            "h": "Press Releases",
            "nav": [
                "Home",
                "About",
                "Legal",
                "Enforcement",
                "Filings",
                "Reports",
                "Statistics",
                "Investors",
            ],
            "crumbs": ["Home", "Media", "Press Releases"],
            "recent": "Recent Press Releases",
            "print": "Print",
            "pdf": "Download PDF",
            "foot": "Securities and Exchange Board of India, SEBI Bhavan, Plot No. C4-A, 'G' Block, Bandra Kurla Complex, Bandra (East), Mumbai - 400051",
            "toll": "Toll Free Investor Helpline: 1800 266 7575",
            "lang": "हिंदी",
        }
    mon = {"11": "nov", "12": "dec"}[a["date"][5:7]]
    slug = (
        _slug(a["title"])
        if not hi
        else "sebi-launches-investor-awareness-portal-in-12-languages"
    )
    url = f"https://www.sebi.gov.in/{'hindi/' if hi else ''}media-and-notifications/press-releases/{mon}-{a['date'][:4]}/{slug}_{_num(a['title']) % 90000 + 10000}.html"
    page = f"""<!DOCTYPE html>
<html lang="{a["lang"]}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t["title"]}</title>
<meta name="description" content="{E(a["title"])}">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Securities and Exchange Board of India">
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css?v=20261101">
<script src="/js/jquery-3.7.1.min.js"></script>
</head>
<body>
<div class="top_bar"><div class="container"><ul class="top_links"><li><a href="#">{t["lang"]}</a></li><li><a href="#">A-</a></li><li><a href="#">A</a></li><li><a href="#">A+</a></li><li><a href="#">Screen Reader</a></li></ul></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/sebi-logo.png" alt="Securities and Exchange Board of India"></a>
<div class="search_box"><form action="/sebiweb/home/search.jsp" method="get"><input type="text" name="q" placeholder="Search"></form></div></div>
<nav class="main_nav"><div class="container"><ul>{_links(t["nav"])}</ul></div></nav></header>
<section class="inner_page"><div class="container">
<div class="breadcrumb_area"><ul class="breadcrumb">{_links(t["crumbs"])}</ul></div>
<div class="row"><div class="col-md-9">
<div class="main_heading"><h2>{t["h"]}</h2></div>
<div class="portlet">
<div class="date_value"><h5>{E(a["shown"])}</h5></div>
<h1 class="title_h1">{E(a["title"])}</h1>
<div class="tools"><a href="#" onclick="window.print();return false;">{t["print"]}</a> | <a href="#">{t["pdf"]}</a></div>
<div class="entry-content" id="press-release">
<p class="text-center"><strong>{E(a["number"])}</strong></p>
{_ps(a["paras"])}
<p class="signature">{E(a["sign_place"])}<br>{E(a["sign_date"])}</p>
</div>
</div>
</div>
<div class="col-md-3"><div class="side_box"><h4>{t["recent"]}</h4><ul>{_links(a["more"])}</ul></div></div>
</div></div></section>
<footer class="footer"><div class="container"><p>{E(t["foot"])}</p><p>{t["toll"]}</p><p>© Securities and Exchange Board of India. All Rights Reserved.</p></div></footer>
</body>
</html>
"""
    return page, [a["number"], a["more"][0], t["foot"], t["toll"]]


TEMPLATES = {
    "gismu": gismu,
    "hakka": hakka,
    "solgov": solgov,
    "gauteng": gauteng,
    "dubaimo": dubaimo,
    "adb": adb,
    "spc": spc,
    "scoop": scoop,
    "nepalarmy": nepalarmy,
    "nse": nse,
    "amref": amref,
    "sebi": sebi,
}

ABOUT = (
    "Twenty-third held-out batch: 24 press releases in 12 shapes from "
    "organisations and platforms the first twenty-one batches do not use, all "
    "based in Africa, the Middle East, Asia and Oceania or international "
    "organisations headquartered there (the Government Information Service of "
    "Mauritius on Joomla, Taiwan's Hakka Affairs Council on the government's "
    "accessible CMS, the Solomon Islands Government on WordPress, the Gauteng "
    "Provincial Government on SharePoint, the Dubai Media Office on Sitecore, "
    "the Asian Development Bank on Drupal, the Pacific Community on TYPO3, "
    "Scoop's press releases, the Nepali Army's portal, an Indonesian listed "
    "company's newsroom on Liferay, Amref Health Africa on Hugo, the "
    "Securities and Exchange Board of India; Mauritian Creole, Hakka, Solomon "
    "Islands Pijin and Sepedi new); the unseen check of the next round of #17, "
    "never used to choose a fix. Same keys and rules as "
    "extraction_labels_heldout.json. The date is the day of publication the "
    "page shows, in its own time zone (not the UTC day of its metadata when the "
    "two differ, not an update's; a date in the Republic of China era or in "
    "Bikram Sambat is the Gregorian day it names). The source is the issuing "
    "organisation, not the press-release site. Headings, release numbers, date "
    "lines, datelines, captions, photo credits, media contacts, 'Issued by' "
    "lines, signature blocks, company boxes, tag lists, rails, attachments, "
    "share bars, ads and cookie banners are not body; a release's About "
    "paragraph is, its heading is not."
)


def _label(a, boilerplate):
    paras = [*a["paras"], a["about"]] if a.get("about") else a["paras"]
    return label(
        a,
        boilerplate,
        folder="heldout23",
        paras=paras,
        sentences=_sentences,
        tags_key="tags",
    )


def main():
    write_batch(OUT, LABELS, ARTICLES, TEMPLATES, _label, ABOUT)


if __name__ == "__main__":
    main()
