"""Whether a saved page is an article at all: shop pages, forum threads, listings and
the like are named and kept out before the NLP stage reads them.

A crawl holds more than articles. A product page, a tag listing, a forum thread, a home
page or a wiki entry still has sentences, and every one of them reads as an event to
kg: of 60 events drawn from a build of trafilatura's 110 evaluation pages only 0.38 were
real events, most of the rest from pages that were no article. Such a page says what it
is in its own markup (``og:type``, schema.org ``@type`` in JSON-LD or microdata) and in
its address (``/tag/``, ``/threads/``, ``/wiki/``, a site's root); what trafilatura
already reads (the page type from ``og:type`` or JSON-LD, the canonical address) is used
as it stands.

The decision errs on keeping: a news article dropped costs more than a stray page
kept. A page is kept out only on a positive sign that it is something else, and any
sign that it is an article (a schema.org article type, ``article:published_time``, an
``og:type`` of ``article``) outweighs the address and the text alone. A page with no
signals at all is kept; plain text and JSON records are never judged here.

Measured by ``bench/page_kind.py`` on hand labels (kept outside the repository) of
trafilatura's evaluation pages (32 of 109 no article) and htmldate's 2020 news pages (20
of 196): precision 1.00 on both, recall 0.31 and 0.40, no article kept out; ``og:type``
alone has precision 0.33 and 0.18. What is missed has no sign in its markup: how-to and
service pages, recipes, event notices that call themselves articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

# schema.org types (lower case) that say "this page is an article".
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
    }
)
# schema.org and og:type values that say what else a page is, with the reason given.
_OTHER_TYPES = {
    "product": "product or shop page",
    "product.item": "product or shop page",
    "product.group": "product or shop page",
    "offer": "product or shop page",
    "aggregateoffer": "product or shop page",
    "discussionforumposting": "forum thread",
    "qapage": "question-and-answer thread",
    "question": "question-and-answer thread",
    "collectionpage": "listing of other pages",
    "searchresultspage": "listing of other pages",
    "recipe": "recipe",
    "howto": "how-to page",
    "faqpage": "FAQ page",
    "aboutpage": "about page",
    "contactpage": "contact page",
    "profilepage": "profile page",
    "jobposting": "job advertisement",
    "realestatelisting": "property listing",
    "video.other": "video page",
    "video.movie": "video page",
    "video.episode": "video page",
    "music.song": "song page",
    "music.album": "song page",
    "profile": "profile page",
    "book": "book page",
}
_SOLD = frozenset({"product", "offer", "aggregateoffer"})
# Addresses whose shape says what a page is: (pattern on the lower-case path and query,
# reason, whether it outweighs a schema.org article type). Only the last segments count:
# "/category/news/2020/05/story" is a story.
_URL_SHAPES = (
    (re.compile(r"/wiki/|index\.php\?title=|[?&](?:diff|oldid)="), "wiki page", True),
    (re.compile(r"/watch\?v=|/imgres\?|/status/\d+"), "video, image or social-media post", True),
    (
        re.compile(r"/(?:tags?|category|categories|topics?|themen|schlagwort|author)/[^/]+/?$"),
        "listing of other pages (a tag, category or author address)",
        False,
    ),
    (re.compile(r"/page/\d+/?$"), "listing of other pages (a numbered page of one)", False),
    (re.compile(r"/(?:search|suche)(?:/|\?|$)|[?&](?:s|q|query)="), "search results", False),
    (
        re.compile(r"/(?:threads?|forums?)/|/(?:viewtopic|showthread)\.php"),
        "forum thread",
        False,
    ),
    (re.compile(r"/(?:products?|shop|cart|checkout)/"), "product or shop page", False),
    (
        re.compile(r"/(?:about(?:-us)?|impressum|imprint|contact|kontakt|ueber-uns)/?$"),
        "about page",
        False,
    ),
)
HOME = "home page (the site's root address)"
# A page with this many blocks of code (<pre>) is documentation or a tutorial: a news
# story about software quotes a line or two. On trafilatura's evaluation pages the one
# tutorial has 27, the tech blog posts at most 2.
CODE_BLOCKS = 10
# a page whose words are nearly all link text is a listing or a home page; news pages
# with their menus and teasers reach 0.86 (as links count words, not characters)
LINK_SHARE = 0.85


def _meta(tree: HtmlElement, *keys: str) -> list[str]:
    """The contents of the page's <meta> tags named (property, name or itemprop) ``keys``."""
    return [
        (meta.get("content") or "").strip().lower()
        for meta in tree.iter("meta")
        if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in keys
    ]


def _json_types(value: object) -> Iterator[str]:
    """Every ``@type`` in a JSON-LD value, nested ones (``@graph``, ``mainEntity``) too."""
    if isinstance(value, dict):
        kind = value.get("@type")
        for one in kind if isinstance(kind, list) else [kind]:
            if isinstance(one, str):
                yield one.rsplit("/", 1)[-1].lower()
        for inner in value.values():
            if isinstance(inner, dict | list):
                yield from _json_types(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _json_types(inner)


_TYPE_TEXT = re.compile(r'"@type"\s*:\s*"([^"]+)"')


def declared_types(tree: HtmlElement) -> list[str]:
    """The schema.org types the page declares, lower case, in JSON-LD and microdata; a
    JSON-LD block that does not parse (sites write broken JSON) is read for its
    ``"@type"`` values alone."""
    types: list[str] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            types.extend(_json_types(json.loads(script.text)))
        except (ValueError, RecursionError):
            types.extend(t.rsplit("/", 1)[-1].lower() for t in _TYPE_TEXT.findall(script.text))
    for element in tree.xpath("//*[@itemtype]"):
        types.extend(
            t.rstrip("/").rsplit("/", 1)[-1].lower() for t in element.get("itemtype").split()
        )
    return types


def _url_reason(url: str | None) -> tuple[str, bool] | None:
    """What the page's address says it is, and whether that outweighs a schema.org
    article type; or None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return None
    path = parts.path or "/"
    if path in ("/", "/index.html", "/index.php", "/index.htm") and not parts.query:
        return HOME, False
    where = (path + (f"?{parts.query}" if parts.query else "")).lower()
    return next(
        ((reason, strong) for shape, reason, strong in _URL_SHAPES if shape.search(where)), None
    )


_VISIBLE = "text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"


def link_share(tree: HtmlElement) -> float:
    """The share of the words of the page's body that are the words of links."""
    body = tree.find(".//body")
    if body is None:
        return 0.0
    total = sum(len(t.split()) for t in body.xpath(f".//{_VISIBLE}"))
    linked = sum(len(t.split()) for t in body.xpath(f".//a//{_VISIBLE}"))
    return linked / total if total else 0.0


def not_an_article(tree: HtmlElement, url: str | None, pagetype: str | None = None) -> str | None:
    """Why the page is not an article ("forum thread (schema.org 'qapage')"), or None
    when it is one or nothing says otherwise.

    ``pagetype`` is what trafilatura read as the page's type (``og:type``, else the
    first JSON-LD type it knows). The signs are weighed in this order: an address that
    only wikis, videos and social posts have (Wikipedia marks its entries as schema.org
    ``Article``); a schema.org article type (keep); a type that says what else the page
    is; an address shaped like a listing, a forum, a shop or a site's root, or a page full
    of code; ``og:type`` ``article`` or a publication time (keep); a page whose words are
    nearly all links.
    """
    where = _url_reason(url)
    if where is not None and where[1]:
        return f"{where[0]} (address {url})"
    declared = declared_types(tree)
    if any(t in _ARTICLE_TYPES for t in declared):
        return None  # a schema.org article type outweighs the rest
    og = _meta(tree, "og:type")
    if pagetype:
        og.append(pagetype.lower())
    reviewed = "article" in og  # a magazine's review marks up the product it reviews
    for value in [*declared, *og]:
        if value in _OTHER_TYPES and not (reviewed and value in _SOLD):
            source = "schema.org" if value in declared else "og:type"
            return f"{_OTHER_TYPES[value]} ({source} {value!r})"
    if where is not None:  # og:type "article" is on home and about pages too
        return f"{where[0]} (address {url})"
    code = len(tree.xpath("//pre"))
    if code >= CODE_BLOCKS:
        return f"documentation or a tutorial ({code} blocks of code)"
    if "article" in og or _meta(tree, "article:published_time", "datepublished"):
        return None
    share = link_share(tree)
    if share >= LINK_SHARE:
        return f"listing of other pages ({share:.0%} of its words are link text)"
    return None
