"""HTML pages: the article's paragraphs and the page's metadata."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from html.parser import HTMLParser

from kg.errors import E, InputError
from kg.ingest.clean import _split_lines
from kg.ingest.common import Limits, Located, Result, _build, _parse_date

# ---------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "form", "figure", "noscript"}
    | {"template", "svg", "iframe", "head", "select", "button", "object", "canvas"}
)
_SOFT_SKIP = "form"  # whole pages sit inside <form> on some sites: see _HtmlText.content
_BLOCK_TAGS = _SKIP_TAGS | frozenset(
    {"address", "article", "blockquote", "body", "br", "dd", "details", "dialog", "div"}
    | {"dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li"}
    | {"main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot"}
    | {"td", "th", "tr", "ul"}
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
# Class, id or itemprop words of page furniture that sits inside the article element.
_BOILERPLATE_CLASS = re.compile(
    r"(?i)(?<![a-z])(byline|author|credit|caption|share|sharing|social|newsletter|"
    r"advert|advertisement|promo|related|comments?|breadcrumbs?|tags)(?![a-z])"
)
_DATE_META = ("article:published_time", "date", "datepublished", "pubdate", "publishdate")

Where = tuple[int | None, bool]  # (outermost <article> number, inside <main>)


class _HtmlText(HTMLParser):
    """Collect an HTML page's paragraphs (one per block) and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.class_skips: list[int] = []  # stack depths of elements skipped for their class
        self.skipping = 0
        self.in_form = 0
        self.articles: list[int] = []
        self.article_count = 0
        self.in_main = 0
        self.buffer: list[str] = []
        self.blocks: list[tuple[str, Where, bool]] = []  # (text, where, inside a form)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.page_title: str | None = None
        self.title_parts: list[str] | None = None
        self.h1_parts: list[str] | None = None
        self.h1s: list[tuple[str, Where]] = []
        self.times: list[tuple[str, Where]] = []
        self.last_gt: tuple[str, int] | None = None  # (buffer, where its last ">" is)
        self.unclosed: dict[str, tuple[str, int]] = {}  # kind -> (buffer, from where)

    # html.parser looks for the end of a tag, comment or declaration from its "<" to the
    # end of the page, and where there is none, does so again from the next "<": time
    # quadratic in the page (200 KB of unclosed "<a " or "<!--x" took minutes). None of
    # them ends without a ">", and a search that found no end from one place finds none
    # from a later one, so neither search is repeated over the same buffer.

    def _no_gt_from(self, i: int) -> bool:
        raw = self.rawdata
        if self.last_gt is None or self.last_gt[0] is not raw:
            self.last_gt = (raw, raw.rfind(">"))
        return self.last_gt[1] < i

    def _unclosed(self, kind: str, i: int) -> bool:
        known = self.unclosed.get(kind)
        return known is not None and known[0] is self.rawdata and i >= known[1]

    def _remember(self, kind: str, i: int, end: int) -> int:
        if end < 0:
            self.unclosed[kind] = (self.rawdata, i)
        return end

    def check_for_whole_start_tag(self, i: int) -> int:
        # Without a ">" after it a start tag can only end the page: read as text then.
        return -1 if self._no_gt_from(i) else super().check_for_whole_start_tag(i)

    def parse_endtag(self, i: int) -> int:
        return -1 if self._no_gt_from(i) else super().parse_endtag(i)

    def parse_pi(self, i: int) -> int:
        return -1 if self._no_gt_from(i) else super().parse_pi(i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        if self._no_gt_from(i) or self._unclosed("comment", i):
            return -1
        return self._remember("comment", i, super().parse_comment(i, report))

    def parse_html_declaration(self, i: int) -> int:
        if self._no_gt_from(i):
            return -1
        if not self.rawdata.startswith("<![", i):
            return super().parse_html_declaration(i)
        # "<![CDATA[…]]>" and "<![if …]>"; on any other "<![" Python before 3.13 raises
        # AssertionError, which would stop the whole build: a comment up to ">", as
        # browsers read it.
        name = self.rawdata[i + 3 : i + 12].split("[", 1)[0].strip().lower()
        kind = f"section {name}"
        if self._unclosed(kind, i):
            return -1
        try:
            return self._remember(kind, i, super().parse_html_declaration(i))
        except AssertionError:
            return self.parse_bogus_comment(i)

    def where(self) -> Where:
        return (self.articles[0] if self.articles else None, self.in_main > 0)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.blocks.append((text, self.where(), self.in_form > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            key = key.strip().lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
                self.canonical = self.canonical or values["href"].strip()
        elif tag == "time" and values.get("datetime", "").strip():
            self.times.append((values["datetime"].strip(), self.where()))
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag in _VOID_TAGS:
            return
        self.stack.append(tag)
        if tag in _SKIP_TAGS and tag != _SOFT_SKIP:
            self.skipping += 1
        marks = " ".join(values.get(k, "") for k in ("class", "id", "itemprop", "rel", "role"))
        if _BOILERPLATE_CLASS.search(marks):  # byline, share bar, caption inside <article>
            self.skipping += 1
            self.class_skips.append(len(self.stack))
        if tag == _SOFT_SKIP:
            self.in_form += 1
        if tag == "article":
            self.article_count += 1
            self.articles.append(self.article_count)
        elif tag == "main":
            self.in_main += 1
        elif tag == "title" and self.page_title is None and "svg" not in self.stack[:-1]:
            self.title_parts = []
        elif tag == "h1" and self.h1_parts is None:
            self.h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag not in self.stack:
            return
        while self.stack:
            if self.class_skips and self.class_skips[-1] == len(self.stack):
                self.class_skips.pop()
                self.skipping -= 1
            open_tag = self.stack.pop()
            self._leave(open_tag)
            if open_tag == tag:
                break

    def _leave(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != _SOFT_SKIP:
            self.skipping -= 1
        if tag == _SOFT_SKIP:
            self.in_form -= 1
        if tag == "article" and self.articles:
            self.articles.pop()
        elif tag == "main":
            self.in_main -= 1
        elif tag == "title" and self.title_parts is not None:
            self.page_title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        elif tag == "h1" and self.h1_parts is not None:
            text = " ".join("".join(self.h1_parts).split())
            if text:
                self.h1s.append((text, self.where()))
            self.h1_parts = None

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if not self.skipping:
            self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self.flush()

    def content(self) -> tuple[list[str], Callable[[Where], bool]]:
        """The main text's paragraphs (largest <article>, else <main>, else the page)."""
        totals: dict[int, int] = {}
        for text, (article, _main), _form in self.blocks:
            if article is not None:
                totals[article] = totals.get(article, 0) + len(text)
        if totals:
            best = max(totals, key=lambda a: (totals[a], -a))

            def inside(where: Where) -> bool:
                return where[0] == best

        elif any(where[1] for _text, where, _form in self.blocks):

            def inside(where: Where) -> bool:
                return where[1]

        else:

            def inside(where: Where) -> bool:
                return True

        region = [(text, form) for text, where, form in self.blocks if inside(where)]
        # A small <form> is a comment or search box: drop it. One holding most of the
        # text wraps the whole page (ASP.NET sites): keep it, and only it.
        in_form = sum(len(text) for text, form in region if form)
        wrapper = in_form * 2 > sum(len(text) for text, _form in region)
        return [text for text, form in region if form == wrapper], inside


def _from_html(source: str, path: str, doc_id: str, limits: Limits) -> Result:
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    paragraphs, inside = parser.content()
    if not paragraphs:
        return InputError(path, E.EMPTY_HTML)
    meta = parser.meta

    title = next((text for text, where in parser.h1s if inside(where)), None)
    title = title or next((text for text, _where in parser.h1s), None)
    title = title or meta.get("og:title") or parser.page_title

    published: date | None = None
    raw_date = next((meta[key] for key in _DATE_META if meta.get(key)), None)
    if raw_date is not None:
        try:
            published = _parse_date(raw_date)
        except ValueError:
            return InputError(path, E.BAD_DATE.format(value=raw_date))
    else:  # <time datetime> is a guess (it may date a comment): skip what does not parse
        times = sorted(parser.times, key=lambda item: not inside(item[1]))
        for value, _where in times:
            try:
                published = _parse_date(value)
            except ValueError:
                continue
            break

    text = "\n".join(paragraphs)
    return _build(
        doc_id,
        text,
        _split_lines(text),
        path=path,
        limits=limits,
        title=title,
        outlet=meta.get("og:site_name") or None,
        url=parser.canonical or meta.get("og:url") or None,
        published=published,
    )


SUFFIXES = (".html", ".htm")


def read(source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`): a saved page is one article."""
    yield _from_html(source, path, stem, limits), None
