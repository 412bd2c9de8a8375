"""Articles fetched over HTTP: ``kg build https://…`` and ``.urls`` files (one URL a line).

A polite, bounded client, because kg runs unattended over lists of thousands of URLs
on other people's servers: it names itself in its User-Agent, asks each host's
robots.txt first (read once per host and kept an hour), follows redirects itself so
every hop is checked against robots.txt and the final address is the one recorded,
gives up on a slow or oversized answer, and turns each failure into an
:class:`~kg.errors.InputError` naming the URL, so one dead link never stops the rest.
A page is read by the HTML reader, a feed by the feed reader; anything else is refused.

The module also holds what web archives and feeds share with fetched pages: ids made
from an article's address, body decoding by the HTTP charset, and the call into the
HTML reader with the address and date known from outside the page.
"""

from __future__ import annotations

import codecs
import re
import time
import urllib.robotparser
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import urllib3

from kg import __version__
from kg.errors import E, InputError
from kg.ingest import html
from kg.ingest.clean import _normalise_newlines
from kg.ingest.common import Limits, Located, Result, _at, _digest, _slug
from kg.ingest.decode import _decode
from kg.model import Document

SUFFIXES = (".urls",)

AGENT_TOKEN = "kg"  # the name robots.txt rules address
USER_AGENT = f"kg/{__version__} (news knowledge-graph builder; honours robots.txt)"
CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 20.0  # seconds of silence while reading an answer
TOTAL_TIMEOUT = 60.0  # seconds for a whole answer, so a server sending a byte a second ends
MAX_BYTES = 10 * 1024 * 1024  # a news page is well under this; more is not an article
MAX_REDIRECTS = 5
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay is honoured up to this many seconds

_SCHEME = re.compile(r"(?i)^https?://")
_REDIRECTS = (301, 302, 303, 307, 308)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
_HEADER_CHARSET = re.compile(r"(?i)charset\s*=\s*[\"']?([\w.:-]+)")
_META_CHARSET = re.compile(rb"(?i)<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]+)")
_DETECTED = ("utf-8", "ascii", "iso8859-1", "cp1252")  # what kg's own decoding reads
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w:.-]*)")  # after <?xml …?> and comments
_FEED_ROOTS = (b"rss", b"feed", b"rdf:rdf")
_CONNECTION = re.compile(r"^<?\w*Connection\b[^:]*:\s*")  # urllib3's "HTTPConnection(…): "
_COMMENT = re.compile(r"(?:^|\s)#")
_MAX_ID = 96  # characters of an id made from an address; longer ones end in a digest


def is_url(value: str) -> bool:
    """An ``http://`` or ``https://`` address, the only ones kg fetches."""
    return bool(_SCHEME.match(value.strip()))


def _url_id(url: str) -> str:
    """A stable id from an article's address: host and path as a slug ("example.com-
    news-2026-12-03-port-strike"), cut to a readable length and then told apart by a
    digest of the whole address, so one address always names one article."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    host = host[4:] if host.startswith("www.") else host
    tail = parts.path + (f"?{parts.query}" if parts.query else "")
    slug = _slug(f"{host}/{tail}")
    if not slug:
        return f"url-{_digest(url)}"
    if len(slug) > _MAX_ID:
        slug = f"{slug[: _MAX_ID - 13].rstrip('-.')}-{_digest(url)}"
    return slug


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _codec(name: str | bytes | None) -> str | None:
    """The Python codec of a declared charset, if Python knows it."""
    if isinstance(name, bytes):
        name = name.decode("ascii", "replace")
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    """The charset the server's header names, else the page's own ``<meta charset>``
    (looked for near the top, where HTML requires it)."""
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:4096])
    return _codec(header.group(1) if header else None) or _codec(meta.group(1) if meta else None)


def _decode_body(data: bytes, content_type: str | None) -> tuple[str | None, str | None]:
    """A fetched or archived page's text in the charset it declares; kg's own detection
    (the same as for files) where it declares none, or UTF-8, or Latin-1, which kg's
    detection reads better (a stray Windows-1252 quote in UTF-8, browsers' reading of
    Latin-1 as Windows-1252). ``(text, None)`` or ``(None, problem)``."""
    codec = _declared_charset(data, content_type)
    if codec is not None and codec not in _DETECTED and not data.startswith(_BOMS):
        text = data.decode(codec, errors="replace")  # a wrong one costs letters, not the page
        if "\x00" not in text:
            return _normalise_newlines(text), None
    return _decode(data)


def _page(
    source: str,
    path: str,
    doc_id: str,
    limits: Limits,
    *,
    url: str | None,
    published: date | None,
) -> Result:
    """A page through the HTML reader with what is known from outside it. The page's
    own date wins over ``published`` (a crawl date); the address it was fetched or
    archived from is its URL even where the page names a canonical one, because that is
    the address the user gave and can check."""
    result = html.from_html(source, path, doc_id, limits, url=url, published=published)
    if isinstance(result, Document) and url:
        result.url = url
    return result


# -------------------------------------------------------------------------- client


class FetchError(Exception):
    """A URL that gave no article; the message says why, for the InputError."""


class _Robots:
    """One host's robots.txt rules, or the reason they could not be read."""

    def __init__(self, parser: urllib.robotparser.RobotFileParser | None, problem: str | None):
        self.parser = parser
        self.problem = problem
        self.read_at = time.monotonic()
        self.last_fetch = 0.0


class Fetcher:
    """An HTTP client with kg's manners (see the module docstring); one per process."""

    def __init__(self) -> None:
        self.pool = urllib3.PoolManager(
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                "application/atom+xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
            timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT),
            retries=False,
        )
        self.robots: dict[str, _Robots] = {}

    def _get(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One GET, unfollowed, with its body read up to :data:`MAX_BYTES`."""
        start = time.monotonic()
        try:
            response = self.pool.request(
                "GET", url, redirect=False, preload_content=False, decode_content=True
            )
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_problem(exc)) from None
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise FetchError(E.URL_TOO_BIG.format(size=int(declared), limit=MAX_BYTES))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.stream(64 * 1024):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(E.URL_TOO_BIG.format(size=size, limit=MAX_BYTES))
                if time.monotonic() - start > TOTAL_TIMEOUT:
                    raise FetchError(E.URL_TIMEOUT.format(seconds=TOTAL_TIMEOUT))
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_problem(exc)) from None
        finally:
            response.release_conn()
        headers = {key.lower(): value for key, value in response.headers.items()}
        return response.status, headers, b"".join(chunks)

    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        host = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        known = self.robots.get(host)
        if known is not None and time.monotonic() - known.read_at < ROBOTS_TTL:
            return known
        robots_url = f"{host}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            where = robots_url
            for _hop in range(MAX_REDIRECTS + 1):  # RFC 9309: follow at least five
                status, headers, body = self._get(where)
                location = headers.get("location")
                if status not in _REDIRECTS or not location:
                    break
                where = urljoin(where, location)
                if not is_url(where):
                    break
        except FetchError as exc:
            # The host gives no answer at all: its pages will not answer either.
            rules = _Robots(None, str(exc))
        else:
            if 400 <= status < 500 or status in _REDIRECTS:
                # RFC 9309: a robots.txt that is unavailable (any 4xx, 401 and 403 too) or
                # an endless chain of redirects to one sets no rules.
                parser.allow_all = True
            elif status >= 500:  # RFC 9309: robots.txt unreachable, the site is closed
                problem = E.ROBOTS_UNREACHABLE.format(robots=robots_url, msg=f"HTTP {status}")
                self.robots[host] = rules = _Robots(None, problem)
                return rules
            else:
                text, _problem = _decode(body)
                parser.parse((text or "").splitlines())
            rules = _Robots(parser, None)
        self.robots[host] = rules
        return rules

    def _polite(self, url: str) -> None:
        """Raise if robots.txt forbids ``url``; wait out the host's Crawl-delay."""
        rules = self._robots_for(url)
        if rules.parser is None:
            raise FetchError(rules.problem or "")
        if not rules.parser.can_fetch(AGENT_TOKEN, url):
            raise FetchError(E.ROBOTS_DISALLOWED.format(agent=AGENT_TOKEN))
        delay = rules.parser.crawl_delay(AGENT_TOKEN)
        if delay:
            wait = min(float(delay), MAX_CRAWL_DELAY) - (time.monotonic() - rules.last_fetch)
            if wait > 0:
                time.sleep(wait)
        rules.last_fetch = time.monotonic()

    def fetch(self, url: str) -> tuple[str, str, bytes]:
        """``(final URL, media type, body)`` of a page, following redirects; raise
        :class:`FetchError` for anything that is not a 200 answer."""
        seen: list[str] = []
        current = url
        while True:
            self._polite(current)
            status, headers, body = self._get(current)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                seen.append(current)
                current = urljoin(current, location)
                if not is_url(current):
                    raise FetchError(E.URL_BAD_REDIRECT.format(target=current))
                if current in seen or len(seen) > MAX_REDIRECTS:
                    raise FetchError(E.URL_REDIRECTS.format(count=len(seen)))
                continue
            if status != 200:
                raise FetchError(E.URL_STATUS.format(status=status, final=_hop(url, current)))
            return current, headers.get("content-type", ""), body


def _hop(given: str, final: str) -> str:
    return "" if given == final else f" (redirected to {final})"


def _network_problem(exc: Exception) -> str:
    """What a urllib3 failure means to a user: a refused connection, a timeout, …"""
    reason = getattr(exc, "reason", None) or exc
    errors = urllib3.exceptions
    # Checked first: urllib3 makes a refused connection a kind of connect timeout.
    if isinstance(reason, errors.NewConnectionError):
        return E.URL_UNREACHABLE.format(msg=_CONNECTION.sub("", str(reason)))
    if isinstance(reason, errors.ConnectTimeoutError):
        return E.URL_TIMEOUT.format(seconds=CONNECT_TIMEOUT)
    if isinstance(reason, (errors.TimeoutError, TimeoutError)):
        return E.URL_TIMEOUT.format(seconds=READ_TIMEOUT)
    return E.URL_UNREACHABLE.format(msg=reason)


_FETCHER: Fetcher | None = None


def _fetcher() -> Fetcher:
    """The process's client, made on first use (most builds fetch nothing)."""
    global _FETCHER
    if _FETCHER is None:
        _FETCHER = Fetcher()
    return _FETCHER


# -------------------------------------------------------------------------- reader


def _invalid(url: str) -> str | None:
    """Why ``url`` is no address to fetch (no host, a bad port or IPv6 host), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port out of range)
    except ValueError as exc:
        return str(exc)
    return None if parts.hostname else "no host name"


def read_url(url: str, limits: Limits) -> Iterator[Located]:
    """The article at ``url`` (or each article of a feed there), or the error naming it."""
    url = url.strip()
    invalid = _invalid(url)
    if invalid:
        yield InputError(url, E.URL_INVALID.format(msg=invalid)), None
        return
    try:
        final, content_type, body = _fetcher().fetch(url)
    except FetchError as exc:
        yield InputError(url, str(exc)), None
        return
    media = _media_type(content_type)
    root = _FIRST_ELEMENT.search(body[:4096])
    is_feed = root is not None and root.group(1).lower() in _FEED_ROOTS
    # Many servers send feeds as text/xml or even text/html: the root element decides.
    if media in _FEED_TYPES or (is_feed and media in _XML_TYPES + _HTML_TYPES):
        from kg.ingest import feed  # feed ids come from this module: imported when used

        yield from feed.read_feed(body, final, _url_id(final), limits, content_type=content_type)
        return
    if media not in _HTML_TYPES:
        yield InputError(url, E.URL_NOT_HTML.format(type=media or "none given")), None
        return
    text, problem = _decode_body(body, content_type)
    if text is None:
        yield InputError(url, problem or E.BINARY.format(why="undecodable")), None
        return
    yield _page(text, final, _url_id(final), limits, url=final, published=None), None


def read(source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`): a ``.urls`` file lists addresses, one
    a line; blank lines and ``#`` comments are skipped, each URL is fetched in turn."""
    seen: set[str] = set()
    for number, line in enumerate(source.split("\n"), 1):
        # A "#" starts a comment at the start of a line or after a space; inside an
        # address it is the address's own fragment.
        value = _COMMENT.split(line.strip(), 1)[0].strip()
        if not value:
            continue
        if not is_url(value):
            where = f"line {number}"
            yield InputError(path, _at(where, E.URL_LINE.format(value=value[:80]))), where
            continue
        if value in seen:
            continue
        seen.add(value)
        yield from read_url(value, limits)
