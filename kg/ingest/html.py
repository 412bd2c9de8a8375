"""HTML pages: the article's text and metadata, read by trafilatura and htmldate.

Finding the article in a page is a job libraries made for it do better than our own
parser did (measured in ``bench/webpages.py``): trafilatura picks the main text, title,
outlet and URL, and htmldate (which trafilatura calls) the publication date. kg keeps
only what is its own: the page's declared language, titles that are the article's and
not the site's, its scrape-noise cleaning and offsets (``_build``), and clear errors.
"""

from __future__ import annotations

import html as entities
import logging
import re
from collections.abc import Iterator
from copy import copy
from datetime import date, datetime

from lxml.html import HtmlElement

from kg.errors import E, InputError, KeptOut
from kg.ingest.clean import _Line, _split_lines
from kg.ingest.common import (
    Limits,
    Located,
    Result,
    _build,
    _clip,
    _lost_punctuation,
    _parse_date,
)
from kg.ingest.kind import not_an_article
from kg.ingest.language import primary

# The libraries log every page they find nothing in as an ERROR; with no logging set up
# Python prints those on stderr, beside kg's own error for the same page.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# htmldate's original-date mode (publication, not last modification) searching the page
# text as well as its markup: on the train half of htmldate's news pages extensive search
# dated 89 of 98 right, the quick one 85 (8 undated); `bench/webpages.py --variants`.
_DATE_PARAMS = {"original_date": True, "extensive_search": True}
# Comments are not the article. On the train half of trafilatura's evaluation pages the
# default kept 0.846 of the text snippets with 0.068 of the boilerplate ones leaking,
# precision mode 0.831 / 0.075, recall mode 0.846 / 0.081: the default it is.
_EXTRACT = {"include_comments": False, "include_tables": True, "with_metadata": True}
# Menus and the "enable JavaScript" notes are never the article, but where trafilatura
# finds no main text its last resort takes all the page's text, those included ("Home").
_EXTRACT["prune_xpath"] = ["//nav", "//noscript"]

# " | ", " - ", " — " and the like between a headline and its site or section name.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\u2013\u2014\u2022\u00b7\u00bb\u203a~]|-{1,2}|::)\s+")
_SECTION_WORDS = 4  # a title part this short beside a longer one is a site or section
_SITE_WORDS = 6  # an outlet's name is no longer; a longer one is a tagline or sentence


def _parse(source: str) -> HtmlElement | None:
    """The page's tree; a fragment ("<p>…</p>" alone) read as a page's body.

    trafilatura and htmldate (0.1 CPU s to import) are imported by the first page read,
    not by every build: a build of plain text never needs them."""
    from trafilatura.utils import load_html

    tree = load_html(source)
    if tree is None and source.strip():
        tree = load_html(f"<html><body>{source}</body></html>")
    return tree


# Elements that start a block of their own: text beside them is already another line.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure"}
    | {"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
    | {"nav", "ol", "p", "pre", "section", "table", "ul"}
)
_TEXT_BOXES = frozenset({"div", "section", "article", "td", "main"})


def _lines_at_breaks(tree: HtmlElement) -> None:
    """Make each ``<br>``-separated line of a text box its own paragraph, in place.

    Some sites write a whole story as one ``<div>`` whose lines, subheadings among them,
    are set apart only by ``<br>``; trafilatura reads that box as one paragraph and a
    subhead "Traffic advisories for commuters entering Delhi" runs into the next line's
    "Delhi Traffic Police on Sunday appealed …", one sentence to the parser. A reader
    sees separate lines, and so should kg. Boxes that hold blocks are left alone: there
    trafilatura reads the blocks.
    """
    for box in list(tree.iter(*_TEXT_BOXES)):
        kids = list(box)
        if not any(k.tag == "br" for k in kids) or any(k.tag in _BLOCKS for k in kids):
            continue
        line = box.makeelement("p", {})
        line.text, box.text = box.text, None
        lines = [line]
        for kid in kids:
            box.remove(kid)
            if kid.tag == "br":
                line = box.makeelement("p", {})
                line.text = kid.tail
                lines.append(line)
            else:
                line.append(kid)
        box.extend(p for p in lines if len(p) or (p.text or "").strip())


def _declared_language(tree: HtmlElement) -> str | None:
    """The primary language subtag the page declares ("en-GB" -> "en"), or None."""
    root = tree.getroottree().getroot()
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        code = primary((value or "").split(",")[0])
        if code:
            return code
    return None


def _plain(text: str | None) -> str:
    """One line, HTML entities decoded (titles are sometimes escaped twice)."""
    return " ".join(entities.unescape(text or "").split())


def _same_name(text: str, names: list[str]) -> bool:
    squeezed = re.sub(r"\W+", "", text).lower()
    return bool(squeezed) and any(squeezed == re.sub(r"\W+", "", n).lower() for n in names)


def _host_label(hostname: str | None) -> str | None:
    """The name in a host ("www.politico.com" -> "politico"), which sites use as theirs."""
    return hostname.removeprefix("www.").split(".")[0] if hostname else None


def _headings(tree: HtmlElement) -> list[str]:
    return [h for h in (_plain(h1.text_content()) for h1 in tree.iter("h1")) if h]


def _title(found: str | None, tree: HtmlElement, site_names: list[str]) -> str | None:
    """The article's headline: not the site's name, nor "Section | Headline | Site".

    trafilatura takes the title from og:title, JSON-LD or <title>, which on many sites
    is the outlet's name alone ("POLITICO") or carries the site and section beside the
    headline; the page's own <h1> settles which part is the headline.
    """
    title = _plain(found)
    headings = _headings(tree)
    # (a long title is no site name, even where trafilatura took it for one)
    if not title or (_words(title) <= _SITE_WORDS and _same_name(title, site_names)):
        return next((h for h in headings if not _same_name(h, site_names)), None)
    if any(_same_name(h, [title]) for h in headings):
        return title
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p and not _same_name(p, site_names)]
    if len(parts) < 2:
        return parts[0] if parts else title
    longest = max(parts, key=_words)
    others = [p for p in parts if p is not longest]
    if all(_words(p) <= _SECTION_WORDS < _words(longest) for p in others):
        return longest
    for part in parts:  # parts alike in size: the one the page shows as its heading
        if any(_same_name(h, [part]) for h in headings):
            return part
    return " | ".join(parts)


_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _words(text: str) -> float:
    """How many words ``text`` has; Chinese and Japanese, written without spaces, count
    a word per two characters."""
    return sum(max(1.0, len(_IDEOGRAPHS.findall(token)) / 2) for token in text.split())


_COPYRIGHT = re.compile(r"\u00a9|\(c\)|copyright|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _handles(tree: HtmlElement) -> set[str]:
    """The page's social-media handles ("@theweek"), lower case, without the "@"."""
    return {
        (meta.get("content") or "").strip().lstrip("@").casefold()
        for meta in tree.iter("meta")
        if (meta.get("name") or meta.get("property") or "").lower()
        in ("twitter:site", "twitter:creator")
    }


def _outlet(sitename: str | None, hostname: str | None, tree: HtmlElement) -> str | None:
    """The outlet's name. Where a page has no og:site_name trafilatura falls back on its
    Twitter handle, capitalised ("Sndk_Nyheder"), and a tagline or a copyright line
    ("© 2016 aryanews.com") may stand in for the name: the host name ("sn.dk") says more
    than any of them."""
    name = _plain(sitename)
    if _COPYRIGHT.search(name):
        return hostname
    if name.casefold() in _handles(tree):
        return hostname or name
    if name and _words(name) <= _SITE_WORDS and not name.endswith((".", "!", "?")):
        return name
    return hostname or name or None


# Lines about other stories that the main text keeps: a teaser cut short after a space
# ("…battling torrential rain and strong ...", from a box of them under the article) and
# a link out ("ALSO READ | Serena donates…", "See also: …") set between paragraphs.
_OTHER_STORY = re.compile(
    r".*\s(?:\.{3}|\u2026)\s*|(?:(?:must|also)\s+)?(?:read|see)(?:\s+also)?\s*[|:].*",
    re.IGNORECASE,
)


def _split_other_stories(text: str) -> tuple[list[_Line], list[str]]:
    """The extracted text's lines to clean, and the lines about other stories."""
    lines = _split_lines(text)
    other = [line.raw for line in lines if _OTHER_STORY.fullmatch(line.text.strip())]
    return [line for line in lines if not _OTHER_STORY.fullmatch(line.text.strip())], other


def _date(value: str | None, tree: HtmlElement) -> date | None:
    """The publication date trafilatura found (by htmldate), unless it is a bare year.

    htmldate's extensive search ends with a year alone ("© 2016" in the footer) given as
    1 January; a date that wrong is worse than none (articles a year apart would be
    dated alike), so a 1 January is kept only where the markup itself says so.
    """
    try:
        found = _parse_date(value)
    except ValueError:  # htmldate writes YYYY-MM-DD; anything else is no date
        return None
    if found is None:
        return None
    if (found.month, found.day) != (1, 1):
        return _local_date(found, tree)
    import htmldate  # see _parse

    quick = htmldate.find_date(copy(tree), **{**_DATE_PARAMS, "extensive_search": False})
    return found if quick == found.isoformat() else None


_PUBLISHED_META = frozenset({"article:published_time", "datepublished", "og:published_time"})
_PUBLISHED_JSON = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def _stamps(tree: HtmlElement) -> list[datetime]:
    """The publication time stamps with a UTC offset that the page's markup states."""
    values = [
        meta.get("content") or ""
        for meta in tree.iter("meta")
        if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        in _PUBLISHED_META
    ]
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or ""):
            values += _PUBLISHED_JSON.findall(script.text or "")
    stamps = []
    for value in values:
        text = value.strip()
        text = text[:-1] + "+00:00" if text[-1:] in "Zz" else text
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            continue
        if stamp.utcoffset() is not None:
            stamps.append(stamp)
    return stamps


def _local_date(found: date, tree: HtmlElement) -> date:
    """The page's own calendar date where it gives one moment both in UTC and in its
    local time: "2020-12-24T23:59:50+00:00" in a meta tag and "2020-12-25T01:59:50+02:00"
    in JSON-LD were published on the 25th where the readers are (htmldate takes the
    first). A local stamp alone is already read as written, never moved to UTC."""
    stamps = _stamps(tree)
    for utc in stamps:
        if utc.utcoffset() or utc.date() != found:
            continue
        for local in stamps:
            if local.utcoffset() and local == utc:
                return local.date()
    return found


def from_html(
    source: str,
    path: str,
    doc_id: str,
    limits: Limits,
    *,
    url: str | None = None,
    published: date | None = None,
) -> Result:
    """One page's article, or the error saying why there is none.

    ``url`` and ``published`` come from whoever fetched or archived the page (a WARC
    record, a download): they fill in what the page itself does not say.
    """
    tree = _parse(source)
    if tree is None:
        return InputError(path, E.EMPTY_HTML)
    language = _declared_language(tree)
    _lines_at_breaks(tree)
    import trafilatura  # see _parse

    found = trafilatura.bare_extraction(
        tree, url=url, date_extraction_params=dict(_DATE_PARAMS), **_EXTRACT
    )
    text = _lost_punctuation(found.text) if found is not None and found.text else None
    if not text or not text.strip():
        return InputError(path, E.EMPTY_HTML)
    if not limits.keep_non_articles:
        other = not_an_article(tree, found.url or url, found.pagetype)
        if other is not None:  # every sentence of a shop page or a listing reads as an event
            return KeptOut(path, E.NOT_ARTICLE.format(why=other))
    sitename = _plain(found.sitename)
    site_names = [n for n in (sitename, found.hostname, _host_label(found.hostname)) if n]
    lines, elsewhere = _split_other_stories(text)
    if elsewhere and not any(line.text.strip() for line in lines):
        problem = E.ONLY_NOISE.format(count=len(elsewhere), example=_clip(elsewhere[0]))
        return InputError(path, problem)
    result = _build(
        doc_id,
        text,
        lines,
        path=path,
        limits=limits,
        title=_title(found.title, tree, site_names),
        outlet=_outlet(sitename, found.hostname, tree),
        url=found.url or url,
        published=_date(found.date, tree) or published,
    )
    if not isinstance(result, InputError):
        result.language = language
        result.removed.extend(elsewhere)  # lines about other stories
    return result


SUFFIXES = (".html", ".htm")


def read(source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`): a saved page is one article."""
    yield from_html(source, path, stem, limits), None
