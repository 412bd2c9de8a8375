"""Tests for feeds, web archives and URLs as inputs (kg.ingest.feed, .warc, .url).

Every feed, archive and page here is written by us; the only network is a server on
127.0.0.1 that this file starts.
"""

from __future__ import annotations

import gzip
import io
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from test_ingest import assert_segments_exact, read
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import E
from kg.ingest import url

SCHEMA = Namespace("https://schema.org/")

# ------------------------------------------------------------------------- feeds

# An RSS 2.0 feed: one entry with full content (and a summary that must not win), one
# with only a summary, one with no date and no link. The first one's date is written
# in New York time late in the evening: the outlet published it on 1 December, which
# is already 2 December in UTC.
RSS = """\
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://harbour.example/</link>
  <description>Ports, shipping and the people who work them</description>
  <language>en-gb</language>
  <item>
    <title>Dockers extend Rotterdam strike into a second week</title>
    <link>https://harbour.example/news/2026/12/01/dockers-extend-strike</link>
    <pubDate>Tue, 01 Dec 2026 22:30:00 -0500</pubDate>
    <description>The FNV union says talks with terminal operators have stalled.</description>
    <content:encoded><![CDATA[
<p>Dock workers at the Port of Rotterdam will stay off the job for at least another
seven days, the FNV union said on Tuesday, after talks with terminal operators over
night-shift pay broke down for the third time.</p>
<p>&ldquo;We have waited two years for a fair offer,&rdquo; union negotiator Marieke
de Vries told reporters outside the <a href="https://harbour.example/tags/maasvlakte">Maasvlakte</a>
terminal. The operators&#8217; association said it had offered a 6% rise.</p>
<ul><li>Container traffic is down by a third since the strike began.</li>
<li>Ships are being diverted to Antwerp &amp; Hamburg.</li></ul>
<script>trackPageView("dockers");</script>
]]></content:encoded>
  </item>
  <item>
    <title>Antwerp terminals brace for diverted ships</title>
    <link>https://harbour.example/news/2026/11/30/antwerp-braces</link>
    <pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;Terminal operators in Antwerp said on Monday they were hiring
    extra crane drivers as container ships turned away from strike-hit Rotterdam.&lt;/p&gt;
    &lt;p&gt;The port authority expects &lt;b&gt;forty&lt;/b&gt; extra calls this week.&lt;/p&gt;
    </description>
  </item>
  <item>
    <title>Ferry timetable changes for the winter</title>
    <guid isPermaLink="false">hg-2026-winter-ferries</guid>
    <description>Stena Line will run two fewer crossings a day between Harwich and Hook of
    Holland from January, the operator said in a notice to passengers.</description>
  </item>
</channel>
</rss>
"""

# An Atom feed: content, summary only, and an entry with no date at all. The first
# date is a Pacific evening (30 November in UTC, 29 November where it was written).
ATOM = """\
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Pacific Freight Wire</title>
  <id>urn:uuid:5d7c1a52-0d0e-4c55-9a43-0c1f3f3c2b10</id>
  <updated>2026-11-30T12:00:00Z</updated>
  <entry>
    <title type="html">Long Beach crane operators vote to accept contract</title>
    <link rel="alternate" href="https://freightwire.example/2026/11/29/long-beach-vote"/>
    <id>https://freightwire.example/2026/11/29/long-beach-vote</id>
    <published>2026-11-29T23:45:00-08:00</published>
    <updated>2026-11-30T09:00:00Z</updated>
    <summary>Crane operators back a new deal.</summary>
    <content type="html">&lt;p&gt;Crane operators at the Port of Long Beach voted on
    Sunday to accept a four-year contract, ending a month of slowdowns.&lt;/p&gt;
    &lt;p&gt;The deal raises hourly pay by 32% over its term, the union said.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Oakland port sets record for refrigerated exports &lt;br&gt; rates</title>
    <link href="https://freightwire.example/2026/11/28/oakland-reefers"/>
    <id>https://freightwire.example/2026/11/28/oakland-reefers</id>
    <updated>2026-11-28T10:00:00Z</updated>
    <summary>The Port of Oakland shipped more refrigerated containers in October than
    in any month on record, driven by almond and citrus exports to Asia.</summary>
  </entry>
  <entry>
    <title>Seattle ferry workers meet state mediators</title>
    <link href="https://freightwire.example/2026/seattle-mediation"/>
    <id>https://freightwire.example/2026/seattle-mediation</id>
    <summary>Union representatives for Washington State Ferries deckhands met state
    mediators for the first time, both sides said.</summary>
  </entry>
</feed>
"""


def test_rss_entries_are_articles_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    assert [d.title for d in docs] == [
        "Dockers extend Rotterdam strike into a second week",
        "Antwerp terminals brace for diverted ships",
        "Ferry timetable changes for the winter",
    ]
    strike, antwerp, ferry = docs
    assert {d.outlet for d in docs} == {"Harbour Gazette"}
    assert {d.path for d in docs} == {str(path)}
    assert strike.url == "https://harbour.example/news/2026/12/01/dockers-extend-strike"
    assert strike.id == "harbour.example-news-2026-12-01-dockers-extend-strike"
    # The feed's own calendar date, not feedparser's UTC one (2 December).
    assert strike.published == date(2026, 12, 1)
    assert antwerp.published == date(2026, 11, 30)
    assert ferry.published is None and ferry.url is None
    assert ferry.id == "gazette-hg-2026-winter-ferries"  # from the guid: stable
    assert strike.language == "en"


def test_rss_content_wins_over_summary_and_loses_its_html(tmp_path: Path) -> None:
    path = tmp_path / "gazette.xml"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    strike, antwerp, ferry = docs
    assert "seven days, the FNV union said on Tuesday" in strike.text
    assert "talks with terminal operators have stalled" not in strike.text  # the summary
    assert "\u201cWe have waited two years for a fair offer,\u201d" in strike.text
    assert "operators\u2019 association" in strike.text
    assert "Antwerp & Hamburg" in strike.text
    assert "Container traffic is down by a third" in strike.text
    assert "<" not in strike.text and "trackPageView" not in strike.text
    assert "Maasvlakte" in strike.text  # a link keeps its words
    # Paragraphs stay apart: the two sentences about talks and the quote are two lines.
    assert any(line.startswith("Dock workers at the Port") for line in strike.text.split("\n"))
    # A summary of escaped HTML is the text when there is no content.
    assert "hiring extra crane drivers" in " ".join(antwerp.text.split())
    assert "<b>" not in antwerp.text and "forty extra calls" in antwerp.text
    assert ferry.text.startswith("Stena Line will run two fewer crossings")
    for doc in docs:  # every offset still points at the same character
        assert_segments_exact(doc)


def test_atom_feed_dates_content_and_summary(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, errors = read(path, published=date(2026, 12, 4))
    assert errors == []
    vote, oakland, seattle = docs
    assert {d.outlet for d in docs} == {"Pacific Freight Wire"}
    assert vote.published == date(2026, 11, 29)  # as written in California
    assert "four-year contract" in vote.text and "Crane operators back" not in vote.text
    assert oakland.published == date(2026, 11, 28)  # only <updated>: the date it has
    # A plain-text title keeps what looks like a tag: it is the headline's own text.
    assert oakland.title == "Oakland port sets record for refrigerated exports <br> rates"
    assert oakland.text.startswith("The Port of Oakland shipped")
    assert oakland.url == "https://freightwire.example/2026/11/28/oakland-reefers"
    # No date in the entry: the --published date fills in, as for any undated article.
    assert seattle.published == date(2026, 12, 4)
    assert seattle.id == "freightwire.example-2026-seattle-mediation"


def test_feed_in_another_encoding_is_read_by_its_declaration(tmp_path: Path) -> None:
    path = tmp_path / "krant.xml"
    feed = RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-15"').replace(
        "Ferry timetable changes", "Café owners protest € parking charges and ferry changes"
    )
    path.write_bytes(feed.encode("iso-8859-15", errors="xmlcharrefreplace"))
    docs, errors = read(path)
    assert errors == []
    assert docs[2].title == "Café owners protest € parking charges and ferry changes for the winter"


def test_malformed_feed_names_the_file_and_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    # The second item's title closes the wrong element: the XML is not well-formed.
    broken = RSS.replace(
        "<title>Antwerp terminals brace for diverted ships</title>",
        "<title>Antwerp terminals <b>brace</title></b>",
    )
    path.write_text(broken, encoding="utf-8")
    docs, errors = read(path)
    assert len(errors) == 1
    error = errors[0]
    assert error.path == str(path)
    line = next(n for n, text in enumerate(broken.split("\n"), 1) if "<b>brace" in text)
    assert error.problem.startswith(f"malformed feed: mismatched tag at line {line}, column")
    assert "kept the 3 entries" in error.problem
    assert docs[0].title == "Dockers extend Rotterdam strike into a second week"


def test_feed_cut_short_before_any_entry_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text("<?xml version='1.0'?>\n<rss version='2.0'><channel><title>Harb", "utf-8")
    docs, errors = read(path)
    assert docs == []
    assert [e.path for e in errors] == [str(path)]
    assert errors[0].problem.startswith("malformed feed: no element found at line 2, column")


def test_xml_that_is_not_a_feed_says_so(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!-- pages of the site -->\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://harbour.example/news/</loc></url></urlset>",
        encoding="utf-8",
    )
    other = tmp_path / "notes.txt"
    other.write_text("The harbour master resigned on Friday after the audit.\n", "utf-8")
    docs, errors = read(path, other)
    assert [d.path for d in docs] == [str(other)]
    assert len(errors) == 1 and errors[0].path == str(path)
    assert errors[0].problem == E.NOT_A_FEED.format(found="its first element is <urlset>")


def test_entry_without_text_costs_that_entry_only(tmp_path: Path) -> None:
    path = tmp_path / "thin.rss"
    feed = RSS.replace(
        "<title>Ferry timetable changes for the winter</title>",
        "<title>Photo gallery: the strike</title></item><item>"
        "<title>Ferry timetable changes for the winter</title>",
    )
    path.write_text(feed, encoding="utf-8")
    docs, errors = read(path)
    assert len(docs) == 3
    assert [e.problem for e in errors] == [f"entry 3: {E.NO_ENTRY_TEXT}"]


# -------------------------------------------------------------------------- WARC

FERRY_PAGE = """\
<!doctype html>
<html lang="en"><head>
<title>Ferry hits pier in Harwich, two crew injured | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-12-01T21:40:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferry hits pier in Harwich, two crew injured</h1>
<p>A passenger ferry struck the outer pier at Harwich International on Tuesday evening,
injuring two crew members, the port authority said.</p>
<p>The vessel, arriving from Hook of Holland with 310 passengers on board, lost steering
about 400 metres from its berth, according to a statement from the operator.</p>
<p>"Everyone on board was accounted for within minutes," harbour master Colin Reeve told
reporters on the quay. The Marine Accident Investigation Branch has opened an inquiry
and the pier will stay closed to pedestrians until engineers have inspected it.</p>
</article>
<footer>Copyright Harbour Gazette. All rights reserved.</footer>
</body></html>
"""

# No date of its own, and served as Windows-1252: the header says so, the page not.
CAFE_PAGE = """\
<html><head><title>Café owners protest quay closure</title></head><body>
<article><h1>Café owners protest quay closure in Vlissingen</h1>
<p>Owners of six waterfront cafés in Vlissingen marched to the town hall on Wednesday to
protest against the closure of the Boulevard quay for repairs.</p>
<p>The council says the work on the crumbling sea wall will take until March and cannot
be postponed, after inspectors found cracks in two sections last month.</p>
<p>“We lose the whole winter season,” said Renée Martens, who has run a café on the
quay for eleven years. The council offered a rent holiday on its own buildings.</p>
</article></body></html>
"""

NOT_FOUND_PAGE = "<html><body><h1>Page not found</h1><p>Try our search.</p></body></html>"


def make_warc(gzipped: bool) -> tuple[bytes, list[int]]:
    """An archive as a crawler writes it; returns its bytes and each record's offset."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    offsets: list[int] = []

    def response(uri: str, body: bytes, content_type: str, status: str, when: str) -> None:
        offsets.append(buf.tell())
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": when},
        )
        writer.write_record(record)

    ferry = "https://harbour.example/news/ferry-hits-pier"
    response(
        ferry, FERRY_PAGE.encode(), "text/html; charset=utf-8", "200 OK", "2026-12-02T06:10:00Z"
    )
    offsets.append(buf.tell())
    request = b"GET /news/ferry-hits-pier HTTP/1.1\r\nHost: harbour.example\r\n\r\n"
    writer.write_record(
        writer.create_warc_record(
            ferry,
            "request",
            payload=io.BytesIO(request),
            warc_headers_dict={"WARC-Date": "2026-12-02T06:10:00Z"},
        )
    )
    response(
        "https://harbour.example/img/ferry.jpg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        "image/jpeg",
        "200 OK",
        "2026-12-02T06:10:01Z",
    )
    response(
        "https://harbour.example/news/old-story",
        NOT_FOUND_PAGE.encode(),
        "text/html",
        "404 Not Found",
        "2026-12-02T06:10:02Z",
    )
    response(
        "https://harbour.example/news/cafe-protest",
        CAFE_PAGE.encode("cp1252"),
        "text/html; charset=windows-1252",
        "200 OK",
        "2026-12-03T23:59:00Z",
    )
    return buf.getvalue(), offsets


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_warc_html_responses_are_articles(tmp_path: Path, gzipped: bool) -> None:
    data, _offsets = make_warc(gzipped)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(data)
    docs, errors = read(path)
    assert errors == []
    assert [d.url for d in docs] == [  # the 404, the image and the request are not articles
        "https://harbour.example/news/ferry-hits-pier",
        "https://harbour.example/news/cafe-protest",
    ]
    ferry, cafe = docs
    assert ferry.id == "harbour.example-news-ferry-hits-pier"
    assert ferry.published == date(2026, 12, 1)  # the page's own date beats the capture
    assert ferry.title == "Ferry hits pier in Harwich, two crew injured"
    assert "lost steering about 400 metres" in " ".join(ferry.text.split())
    assert "Copyright" not in ferry.text and "Sport" not in ferry.text
    assert cafe.published == date(2026, 12, 3)  # no date in the page: WARC-Date
    assert "Renée Martens" in cafe.text and "“We lose the whole winter season,”" in cafe.text
    assert {d.path for d in docs} == {str(path)}
    assert "Page not found" not in " ".join(d.text for d in docs)


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_damaged_warc_record_costs_that_record(tmp_path: Path, gzipped: bool) -> None:
    data, offsets = make_warc(gzipped)
    damaged = bytearray(data)
    # Scribble over the middle of the first record (its compressed bytes, if gzipped).
    middle = (offsets[0] + offsets[1]) // 2
    damaged[middle : middle + 12] = b"\x00\x00scribbled\x00"
    path = tmp_path / "damaged.warc"
    path.write_bytes(bytes(damaged))
    docs, errors = read(path)
    assert [d.url for d in docs] == ["https://harbour.example/news/cafe-protest"]
    assert len(errors) == 1
    assert errors[0].path == str(path)
    assert errors[0].problem.startswith("record at byte 0: ")


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_warc_cut_short_names_the_last_record(tmp_path: Path, gzipped: bool) -> None:
    data, offsets = make_warc(gzipped)
    last = offsets[-1]
    for cut in (last + 60, last + (len(data) - last) // 2):  # in its header, in its body
        path = tmp_path / f"cut-{cut}.warc"
        path.write_bytes(data[:cut])
        docs, errors = read(path)
        assert [d.url for d in docs] == ["https://harbour.example/news/ferry-hits-pier"]
        assert [e.problem.split(":")[0] for e in errors] == [f"record at byte {last:,}"]


def test_warc_with_a_header_overwritten_reads_on(tmp_path: Path) -> None:
    data, offsets = make_warc(False)
    damaged = data[: offsets[3]] + b"XARC" + data[offsets[3] + 4 :]  # the 404's header
    path = tmp_path / "crawl.warc"
    path.write_bytes(damaged)
    docs, errors = read(path)
    assert len(docs) == 2
    assert [e.problem for e in errors] == [
        f"record at byte {offsets[3]:,}: " + E.BAD_WARC.format(msg="Invalid WARC record")
    ]


def test_file_that_is_no_warc_and_warc_without_pages(tmp_path: Path) -> None:
    fake = tmp_path / "notes.warc"
    fake.write_text("Minutes of the harbour board meeting, 3 December.\n", "utf-8")
    squeezed = tmp_path / "images.warc.gz"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(
        writer.create_warc_record(
            "https://harbour.example/img/crane.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1"),
        )
    )
    squeezed.write_bytes(buf.getvalue())
    not_gzip = tmp_path / "plain-as-gz.warc.gz"
    not_gzip.write_bytes(gzip.compress(b"<html>not an archive</html>"))
    docs, errors = read(fake, squeezed, not_gzip)
    assert docs == []
    assert [(e.path, e.problem) for e in errors] == [
        (str(fake), E.NOT_WARC),
        (str(squeezed), E.EMPTY_WARC),
        (str(not_gzip), E.NOT_WARC),
    ]


# -------------------------------------------------------------------------- URLs

NEWS_PAGE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Estuary Post</title>
<meta property="og:site_name" content="Estuary Post">
<meta property="article:published_time" content="{published}">
</head><body>
<header><a href="/">Estuary Post</a> <a href="/subscribe">Subscribe</a></header>
<main><article>
<h1>{title}</h1>
{paragraphs}
</article></main>
<footer><p>Estuary Post, 12 Quay Street. Contact the newsroom.</p></footer>
</body></html>
"""


def news_page(title: str, published: str, *paragraphs: str) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return NEWS_PAGE.format(title=title, published=published, paragraphs=body).encode()


PAGES: dict[str, tuple[int, str, bytes]] = {
    "/robots.txt": (
        200,
        "text/plain",
        b"User-agent: *\nDisallow: /members/\n\nUser-agent: BadBot\nDisallow: /\n",
    ),
    "/news/tidal-barrier.html": (
        200,
        "text/html; charset=utf-8",
        news_page(
            "Tidal barrier closes twice in one week",
            "2026-12-02T18:20:00+00:00",
            "The Thames Barrier closed twice this week as a storm surge moved up the estuary, "
            "the Environment Agency said on Wednesday.",
            "Engineers said the barrier's gates had been raised a total of 221 times since it "
            "opened in 1982, and that closures were becoming more frequent.",
            "Residents of Canvey Island were told to keep flood boards ready until Friday.",
        ),
    ),
    "/news/pilot-boat.html": (
        200,
        "text/html; charset=utf-8",
        news_page(
            "Pilot boat crews to strike over rosters",
            "2026-12-03",
            "Pilot boat crews in Southampton will strike for 48 hours from Monday over new "
            "rosters, the RMT union said.",
            "Associated British Ports said large ships would wait at anchor and that it was "
            "disappointed the union had not accepted its offer.",
        ),
    ),
    "/members/salaries.html": (
        200,
        "text/html",
        news_page("Board salaries", "2026-12-01", "Members only: this must not be fetched."),
    ),
    "/photos/barrier.jpg": (200, "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    # Central European text whose charset only the page's <meta> names: read as
    # Windows-1252 (kg's guess for files) "Gdańsk" would be "Gdañsk".
    "/news/gdansk.html": (
        200,
        "text/html",
        news_page(
            "Gdańsk shipyard wins ferry order",
            "2026-12-02",
            "The Remontowa yard in Gdańsk will build two hybrid ferries for a Norwegian "
            "operator, the company said on Wednesday, its largest order in a decade.",
            "Work on the first hull is due to start in spring at the yard on Ostrów island.",
        )
        .replace(b'<meta charset="utf-8">', b'<meta charset="windows-1250">')
        .decode()
        .encode("cp1250"),
    ),
    # A feed sent as a web page, as some servers do.
    "/feeds/wire": (200, "text/html; charset=utf-8", ATOM.encode()),
}


class _Handler(BaseHTTPRequestHandler):
    served: list[tuple[str, str]] = []  # (path, User-Agent), in order

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        type(self).served.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/news/old-address":
            self.send_response(301)
            self.send_header("Location", "/news/pilot-boat.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/news/members-digest":  # a redirect into a closed part
            self.send_response(302)
            self.send_header("Location", "/members/salaries.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/news/slow.html":
            time.sleep(1.5)  # over the test's read timeout
        if self.path == "/feeds/latest.rss":
            self._send(200, "application/rss+xml", RSS.encode())
            return
        status, content_type, body = PAGES.get(
            self.path, (404, "text/html", NOT_FOUND_PAGE.encode())
        )
        self._send(status, content_type, body)

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A news site on 127.0.0.1, and a fresh kg client with a short read timeout."""
    monkeypatch.setattr(url, "READ_TIMEOUT", 0.5)
    monkeypatch.setattr(url, "_FETCHER", None)
    _Handler.served = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_urls_fetched_one_failure_never_stops_the_rest(server: str) -> None:
    given = [
        f"{server}/news/tidal-barrier.html",
        f"{server}/news/gone.html",  # 404
        f"{server}/news/slow.html",  # times out
        f"{server}/members/salaries.html",  # robots.txt says no
        f"{server}/news/old-address",  # redirects to the pilot boat story
        f"{server}/photos/barrier.jpg",  # not a page
        "http://127.0.0.1:9/news/refused.html",  # nothing listens on the discard port
        f"{server}/news/members-digest",  # redirects to where robots.txt says no
        "http://[2001:db8::1/news",  # an unclosed IPv6 host
        "http://127.0.0.1:99999/news",  # no such port
    ]
    docs, errors = read(*given)
    assert [d.title for d in docs] == [
        "Tidal barrier closes twice in one week",
        "Pilot boat crews to strike over rosters",
    ]
    barrier, pilot = docs
    assert barrier.url == barrier.path == f"{server}/news/tidal-barrier.html"
    assert barrier.published == date(2026, 12, 2)
    assert barrier.outlet == "Estuary Post"
    assert "221 times since it opened in 1982" in " ".join(barrier.text.split())
    assert "Subscribe" not in barrier.text and "Quay Street" not in barrier.text
    assert pilot.url == f"{server}/news/pilot-boat.html"  # the final address
    assert pilot.published == date(2026, 12, 3)
    assert pilot.id == "127.0.0.1-news-pilot-boat.html"
    problems = {e.path: e.problem for e in errors}
    assert problems == {
        f"{server}/news/gone.html": E.URL_STATUS.format(status=404, final=""),
        f"{server}/news/slow.html": E.URL_TIMEOUT.format(seconds=0.5),
        f"{server}/members/salaries.html": E.ROBOTS_DISALLOWED.format(agent="kg"),
        f"{server}/photos/barrier.jpg": E.URL_NOT_HTML.format(type="image/jpeg"),
        "http://127.0.0.1:9/news/refused.html": problems["http://127.0.0.1:9/news/refused.html"],
        f"{server}/news/members-digest": E.ROBOTS_DISALLOWED.format(agent="kg"),
        "http://[2001:db8::1/news": E.URL_INVALID.format(msg="Invalid IPv6 URL"),
        "http://127.0.0.1:99999/news": E.URL_INVALID.format(msg="Port out of range 0-65535"),
    }
    refused = problems["http://127.0.0.1:9/news/refused.html"]
    assert refused.startswith("could not be fetched: Failed to establish a new connection")
    assert refused.endswith("Connection refused")
    served = [path for path, _agent in _Handler.served]
    assert served.count("/robots.txt") == 1  # asked once for the host
    assert "/members/salaries.html" not in served  # never fetched
    assert {agent for _path, agent in _Handler.served} == {url.USER_AGENT}
    assert url.USER_AGENT.startswith("kg/")


def test_urls_file_with_comments_and_a_feed_url(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "reading-list.urls"
    listing.write_text(
        "# stories for the Thursday briefing\n"
        f"{server}/news/tidal-barrier.html   # the barrier story\n"
        "\n"
        f"{server}/feeds/latest.rss\n"
        f"{server}/news/gdansk.html\n"
        f"{server}/feeds/wire#latest\n"  # a fragment is part of the address, not a comment
        "harbour.example/news/no-scheme\n"
        f"{server}/news/gone.html\n"
        f"{server}/news/tidal-barrier.html\n",  # listed twice: fetched once
        encoding="utf-8",
    )
    docs, errors = read(listing)
    assert [d.title for d in docs] == [
        "Tidal barrier closes twice in one week",
        "Dockers extend Rotterdam strike into a second week",
        "Antwerp terminals brace for diverted ships",
        "Ferry timetable changes for the winter",
        "Gdańsk shipyard wins ferry order",
        "Long Beach crane operators vote to accept contract",
        "Oakland port sets record for refrigerated exports <br> rates",
        "Seattle ferry workers meet state mediators",
    ]
    assert "The Remontowa yard in Gdańsk will build" in docs[4].text
    assert docs[5].path == f"{server}/feeds/wire#latest"
    # Feed entries keep their own links and dates; the feed's address is where they came from.
    assert docs[1].url == "https://harbour.example/news/2026/12/01/dockers-extend-strike"
    assert docs[1].published == date(2026, 12, 1)
    assert docs[1].path == f"{server}/feeds/latest.rss"
    assert [(e.path, e.problem) for e in errors] == [
        (
            str(listing),
            "line 7: " + E.URL_LINE.format(value="harbour.example/news/no-scheme"),
        ),
        (f"{server}/news/gone.html", E.URL_STATUS.format(status=404, final="")),
    ]
    served = [path for path, _agent in _Handler.served]
    assert served.count("/news/tidal-barrier.html") == 1


def test_robots_txt_naming_kg_closes_the_site(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        PAGES, "/robots.txt", (200, "text/plain", b"User-agent: kg\nDisallow: /news/\n")
    )
    docs, errors = read(f"{server}/news/tidal-barrier.html")
    assert docs == []
    assert [e.problem for e in errors] == [E.ROBOTS_DISALLOWED.format(agent="kg")]


def test_crawl_delay_is_kept_between_requests(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    robots = b"User-agent: *\nCrawl-delay: 1\nDisallow: /members/\n"
    monkeypatch.setitem(PAGES, "/robots.txt", (200, "text/plain", robots))
    started = time.monotonic()
    docs, errors = read(f"{server}/news/tidal-barrier.html", f"{server}/news/pilot-boat.html")
    assert errors == [] and len(docs) == 2
    assert time.monotonic() - started >= 1.0  # the second page waited for the first


def test_robots_txt_server_error_closes_the_site(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(PAGES, "/robots.txt", (503, "text/plain", b"busy"))
    docs, errors = read(f"{server}/news/tidal-barrier.html", f"{server}/news/pilot-boat.html")
    assert docs == []
    robots = f"{server}/robots.txt"
    expected = E.ROBOTS_UNREACHABLE.format(robots=robots, msg="HTTP 503")
    assert [e.problem for e in errors] == [expected, expected]
    assert [path for path, _agent in _Handler.served] == ["/robots.txt"]  # asked once


def test_oversized_answer_is_not_read(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url, "MAX_BYTES", 400)
    docs, errors = read(f"{server}/news/tidal-barrier.html", f"{server}/news/gone.html")
    assert docs == []
    assert errors[0].problem.startswith("the answer is over 400 bytes")
    assert errors[1].problem == E.URL_STATUS.format(status=404, final="")


# ------------------------------------------------------------------- end to end


def test_kg_build_of_a_feed_puts_articles_and_dates_in_the_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(feed), "-o", str(out)]) == 0
    # The undated entry is named in the build's warning, by its id and its feed.
    assert f"feed-hg-2026-winter-ferries in {feed}" in capsys.readouterr().err
    graph = Graph().parse(out / "graph.ttl")
    dated = {
        str(headline): str(when)
        for headline, when in graph.query(
            "SELECT ?h ?d WHERE { ?doc schema:headline ?h . "
            "OPTIONAL { ?doc schema:datePublished ?d } }",
            initNs={"schema": SCHEMA},
        )
    }
    assert dated == {
        "Dockers extend Rotterdam strike into a second week": "2026-12-01",
        "Antwerp terminals brace for diverted ships": "2026-11-30",
        "Ferry timetable changes for the winter": "None",
    }
    urls = {str(u) for u in graph.objects(None, SCHEMA.url)}
    assert "https://harbour.example/news/2026/12/01/dockers-extend-strike" in urls


def test_a_folder_walk_passes_a_sitemap_by_and_reads_its_feed(tmp_path: Path) -> None:
    # a scraped site's folder: its sitemap.xml is no article and no fault of the build
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://harbour.example/news/</loc></url></urlset>",
        encoding="utf-8",
    )
    (tmp_path / "news.xml").write_text(RSS, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert errors == []
    assert docs and all(d.path == str(tmp_path / "news.xml") for d in docs)
