"""Pages that are no article (a shop page, a tag listing, a forum thread, a wiki entry, a
home page) are named and kept out at ingest; news articles, and pages that say nothing
about themselves, are read.

Every page is written for the test, with the markup such pages carry on real sites:
Open Graph tags, schema.org JSON-LD, a canonical address, menus of links.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg import cli
from kg.errors import InputError
from kg.ingest import read_documents
from kg.ingest.common import Limits
from kg.ingest.html import from_html
from kg.model import Document

STORY = [
    "Firefighters brought a blaze at a timber yard in Hollins Lane under control early on "
    "Sunday after it burned for more than six hours, the county fire service said.",
    "About 60 firefighters and twelve engines were sent to the yard at the height of the "
    "fire, and residents of nearby streets were told to keep their windows shut.",
    '"The smoke could be seen from the motorway," said Daniel Okafor, who lives two streets '
    'away. "We heard the first explosions just before midnight."',
    "No one was hurt. The cause of the fire is being investigated, the service said.",
]
MENU = "".join(
    f'<li><a href="/{s.lower()}/">{s}</a></li>' for s in ("News", "Sport", "Business", "Weather")
)


def page(
    body: str,
    *,
    title: str = "Timber yard fire brought under control",
    og: str | None = None,
    ld: dict | None = None,
    canonical: str | None = None,
) -> str:
    """A page with the head tags given (none by default), a menu and ``body``."""
    head = [f"<title>{title}</title>"]
    if og:
        head.append(f'<meta property="og:type" content="{og}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if ld is not None:
        head.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    return (
        f'<!DOCTYPE html><html lang="en"><head>{"".join(head)}</head><body>'
        f"<header><ul>{MENU}</ul></header><main>{body}</main>"
        "<footer><p>Copyright 2024 The Valley Courier</p></footer></body></html>"
    )


def story(**head: object) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return page(f"<article><h1>Timber yard fire brought under control</h1>{paragraphs}</article>",
                **head)  # fmt: skip


def read(source: str, *, keep: bool = False) -> Document | InputError:
    return from_html(source, "page.html", "page", Limits(keep_non_articles=keep))


def assert_kept_out(result: Document | InputError, reason: str) -> None:
    assert isinstance(result, InputError), result
    assert "not an article" in result.problem and reason in result.problem, result.problem


NEWS_LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Timber yard fire brought under control",
    "datePublished": "2024-03-10T08:15:00+00:00",
    "author": {"@type": "Person", "name": "Ruth Adeyemi"},
}


def test_a_news_article_is_read():
    result = read(
        story(og="article", ld=NEWS_LD, canonical="https://courier.example/news/2024/fire")
    )
    assert isinstance(result, Document), result
    assert "Hollins Lane" in result.text


def test_a_page_with_no_signals_at_all_is_read():
    """No og:type, no JSON-LD, no address: nothing says it is anything but an article."""
    result = read(story())
    assert isinstance(result, Document), result


SHOP = page(
    "<h1>Oak garden bench, 150 cm</h1>"
    "<p>Our best-selling bench is made of solid oak, oiled by hand and delivered "
    "assembled. It seats three adults comfortably and weathers to a silver grey.</p>"
    "<p>Price: 249.00 GBP. In stock: dispatched within two working days.</p>"
    "<p>Customers who bought this bench also bought a weatherproof cover.</p>",
    title="Oak garden bench, 150 cm | Hollins Garden Shop",
    og="product",
    ld={
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Oak garden bench, 150 cm",
        "offers": {"@type": "Offer", "price": "249.00", "priceCurrency": "GBP"},
    },
    canonical="https://shop.example/garden/oak-bench-150",
)


def test_a_shop_page_is_kept_out_with_its_reason():
    assert_kept_out(read(SHOP), "product or shop page")


def test_keep_non_articles_reads_the_shop_page():
    result = read(SHOP, keep=True)
    assert isinstance(result, Document), result
    assert "solid oak" in result.text


def test_a_tag_listing_is_kept_out():
    """A tag page: teasers of other stories under og:type "website", at a /tag/ address."""
    teasers = "".join(
        f'<li><h2><a href="/news/2024/{n}">{t}</a></h2><p>{s}</p></li>'
        for n, (t, s) in enumerate(
            [
                ("Council approves flood barrier", "The wall will cost 38 million pounds."),
                ("Timber yard fire under control", "Sixty firefighters fought the blaze."),
                ("Bus routes cut in the lower town", "Three routes will end in May."),
            ]
        )
    )
    listing = page(
        f"<h1>Stories tagged: local news</h1><ul>{teasers}</ul>",
        title="Local news | The Valley Courier",
        og="website",
        canonical="https://courier.example/tag/local-news/",
    )
    assert_kept_out(read(listing), "listing of other pages")


FORUM_POSTS = [
    ("hollis_m", "Did anyone else hear the explosions at the timber yard last night?"),
    ("dan_o", "Yes, just before midnight. The smoke was over our street by one o'clock."),
    ("hollis_m", "The fire service says no one was hurt, which is a relief."),
]


def test_a_forum_thread_is_kept_out():
    posts = "".join(
        f'<div class="post"><span class="user">{u}</span><p>{t}</p></div>' for u, t in FORUM_POSTS
    )
    thread = page(
        f"<h1>Fire at the timber yard?</h1>{posts}",
        title="Fire at the timber yard? | Valley Forum",
        ld={
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": "Fire at the timber yard?",
            "author": {"@type": "Person", "name": "hollis_m"},
        },
    )
    assert_kept_out(read(thread), "forum thread")


def test_a_forum_thread_is_known_by_its_address_alone():
    posts = "".join(f"<p>{u} wrote: {t}</p>" for u, t in FORUM_POSTS)
    thread = page(posts, canonical="https://forum.example/threads/fire-at-the-timber-yard.4471/")
    assert_kept_out(read(thread), "forum thread")


def test_a_wiki_entry_is_kept_out_although_it_calls_itself_an_article():
    """Wikis mark their entries as schema.org Article: the address outweighs it."""
    entry = story(
        ld={"@context": "https://schema.org", "@type": "Article", "name": "Hollins Lane"},
        canonical="https://en.wiki.example/wiki/Hollins_Lane",
    )
    assert_kept_out(read(entry), "wiki page")


def test_a_home_page_is_kept_out_but_not_a_news_article_at_the_root():
    """og:type "article" is stamped on home pages too; a schema.org news type is not."""
    home = story(og="article", canonical="https://courier.example/")
    assert_kept_out(read(home), "home page")
    news = story(og="article", ld=NEWS_LD, canonical="https://courier.example/")
    assert isinstance(read(news), Document)


def test_a_category_in_the_middle_of_a_story_address_is_no_listing():
    result = read(story(canonical="https://courier.example/category/news/2024/03/10/fire"))
    assert isinstance(result, Document), result


def test_read_documents_names_the_page_kept_out_and_keeps_it_on_request(tmp_path: Path):
    (tmp_path / "bench.html").write_text(SHOP, encoding="utf-8")
    (tmp_path / "fire.html").write_text(story(og="article"), encoding="utf-8")
    items = list(read_documents([tmp_path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.id for d in items if isinstance(d, Document)] == ["fire"]
    assert len(errors) == 1 and "bench.html" in errors[0] and "product or shop page" in errors[0]
    kept = list(read_documents([tmp_path], keep_non_articles=True))
    assert [d.id for d in kept if isinstance(d, Document)] == ["bench", "fire"]


def test_the_build_names_each_page_kept_out_once_as_a_warning(tmp_path: Path, capsys):
    """A page kept out is kg's decision, not a failure: one warning naming it, and the
    build exits 0, so a crawl with a shop page in it is not "partial" every night."""
    given = tmp_path / "pages"
    given.mkdir()
    (given / "bench.html").write_text(SHOP, encoding="utf-8")
    (given / "fire.html").write_text(story(og="article"), encoding="utf-8")
    assert cli.main(["build", str(given), "-o", str(tmp_path / "out")]) == cli.EXIT_OK
    err = capsys.readouterr().err.splitlines()
    warned = [line for line in err if "not an article" in line]
    assert len(warned) == 1 and "bench.html" in warned[0], warned
    assert warned[0].startswith("kg: warning: ") and not any("kg: error" in e for e in err)
    out = tmp_path / "kept"
    assert cli.main(["build", str(given), "-o", str(out), "--keep-non-articles"]) == 0
    assert "not an article" not in capsys.readouterr().err
    sources = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "bench" in sources and "fire" in sources


CODE = "<pre><code>python -m venv .venv\nsource .venv/bin/activate</code></pre>"


def tutorial(blocks: int) -> str:
    """A how-to under og:type "article", as tech blogs publish them, with ``blocks``
    listings of code between its paragraphs."""
    steps = "".join(
        f"<p>Step {n}: create the environment again and check which interpreter it uses "
        f"before installing anything.</p>{CODE}"
        for n in range(1, blocks + 1)
    )
    return page(f"<h1>Managing virtual environments</h1>{steps}", og="article")


def test_a_tutorial_full_of_code_is_kept_out_but_not_a_story_quoting_some():
    assert_kept_out(read(tutorial(12)), "documentation or a tutorial")
    assert isinstance(read(tutorial(2)), Document)


def test_a_crawl_keeps_its_stories_and_names_its_listings(tmp_path: Path):
    """In a web archive the crawler's address decides where the page says nothing: the
    site's home page and a tag page carry no markup here, the story none either."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    teasers = "".join(f"<li><a href='/news/{n}'>Story {n}</a> <p>{p}</p></li>"
                      for n, p in enumerate(STORY))  # fmt: skip
    crawl = [
        ("https://courier.example/", page(f"<ul>{teasers}</ul>", title="The Valley Courier")),
        ("https://courier.example/news/2024/03/10/timber-yard-fire", story()),
        ("https://courier.example/tags/fire/", page(f"<ul>{teasers}</ul>", title="Fire")),
    ]
    for uri, body in crawl:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
        )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buf.getvalue())
    items = list(read_documents([path]))
    assert [d.url for d in items if isinstance(d, Document)] == [crawl[1][0]]
    errors = sorted(i.problem for i in items if isinstance(i, InputError))
    assert len(errors) == 2, errors
    assert "home page" in errors[0] and "listing of other pages" in errors[1], errors


def test_a_review_that_marks_up_its_product_is_read():
    """Magazines mark the product they review as schema.org Product; og:type says article."""
    review = story(
        og="article",
        ld={
            "@context": "https://schema.org",
            "@type": "Product",
            "name": "Hollins chainsaw X2",
            "review": {"@type": "Review", "reviewRating": {"@type": "Rating", "ratingValue": 4}},
        },
    )
    assert isinstance(read(review), Document)


def test_a_page_kept_out_stays_kept_out_beside_a_real_error(tmp_path: Path, capsys):
    """A broken file beside a shop page: the broken one is the error that makes the
    build partial, the shop page a warning; neither hides the other."""
    given = tmp_path / "pages"
    given.mkdir()
    (given / "bench.html").write_text(SHOP, encoding="utf-8")
    (given / "fire.html").write_text(story(og="article"), encoding="utf-8")
    (given / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    assert cli.main(["build", str(given), "-o", str(tmp_path / "out")]) == cli.EXIT_PARTIAL
    err = capsys.readouterr().err.splitlines()
    assert [e for e in err if e.startswith("kg: error") and "broken.jsonl" in e], err
    assert [e for e in err if e.startswith("kg: warning") and "bench.html" in e], err
