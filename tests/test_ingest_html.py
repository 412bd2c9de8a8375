"""HTML pages through trafilatura and htmldate: the failure classes of kg's own extractor.

Each page here is written for the test (a local council story of realistic length with
the furniture real news pages carry) and holds one thing the previous extractor got
wrong on real pages: class names containing "author", a teaser <article>, a date that
is not ISO 8601, a hidden copy of the body, Japanese sentences, a list in the body, a
date only in JSON-LD or in local time, titles that are the site's name, entities.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.errors import E, InputError
from kg.ingest import read_documents
from kg.ingest.common import Limits
from kg.ingest.html import from_html
from kg.model import Document

PARAGRAPHS = [
    "The regional council voted on Tuesday to pay for a flood barrier along the Severn, "
    "after three winters in which the river broke its banks and flooded more than 400 "
    "homes in the lower town.",
    "The barrier, a two-kilometre wall of steel and concrete with gates that close when "
    "the river rises, will cost about 38 million pounds and take two years to build, "
    "council officials said.",
    "Residents who had campaigned for the wall since the floods of 2020 filled the public "
    "gallery and applauded when the vote passed by 31 votes to 9.",
    '"We have been bailing out our kitchens every February," said Margaret Hollis, who '
    'chairs the Lower Town Residents\' Association. "Today the council finally listened."',
    "Opponents on the council said the money would be better spent upstream, planting "
    "trees and restoring wetlands that would slow the water before it reached the town.",
    "The Environment Agency, which will share the cost, said work would begin in the "
    "spring once the contracts had been signed.",
]
HEADLINE = "Council approves flood barrier for the lower town"


def page(
    *,
    head: str = "",
    title: str = f"{HEADLINE} | The Severn Courier",
    h1: str = HEADLINE,
    body: list[str] = PARAGRAPHS,
    inside: str = "",
    before: str = "",
    lang: str = "en-GB",
    article: str = "<article>",
    wrap: tuple[str, str] = ("", ""),
    footer: str = "Contact the newsroom: newsroom@severncourier.example",
    site: str = '<meta property="og:site_name" content="The Severn Courier">',
) -> str:
    """A news page: menus, a byline, a share bar, a most-read box and a footer around
    the article's paragraphs; the keyword arguments put a failure class into it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
{site}{head}
</head><body>{wrap[0]}
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
{before}
<main>{article}<h1>{h1}</h1>
<p class="byline">By Jane Reporter, Local Democracy Reporter</p>
{paragraphs}{inside}
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Man fined for parking on the green</a></li>
<li><a href="/b">School wins national chess title</a></li></ul></aside>
</main>
<footer><p>{footer}</p></footer>{wrap[1]}
</body></html>"""


def read_page(tmp_path: Path, html: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    items = list(read_documents([path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors == [], errors
    (doc,) = items
    assert isinstance(doc, Document)
    for clean_start, source_start, length in doc.segments:  # offsets stay exact
        clean = doc.text[clean_start : clean_start + length]
        assert clean == doc.source_text[source_start : source_start + length]
    return doc


def test_article_text_and_metadata_without_the_page_furniture(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://severncourier.example/news/flood-barrier">'
        '<meta property="article:published_time" content="2024-03-12T18:05:00+00:00">'
    )
    doc = read_page(tmp_path, page(head=head), "flood.html")
    assert doc.id == "flood"
    assert doc.text == "\n".join(PARAGRAPHS)
    # the extracted text, headline first, is what offsets point into; the headline is
    # the title, not a line of the text
    assert doc.source_text == "\n".join([HEADLINE, *PARAGRAPHS])
    assert doc.title == HEADLINE
    assert doc.outlet == "The Severn Courier"
    assert doc.url == "https://severncourier.example/news/flood-barrier"
    assert doc.published == date(2024, 3, 12)
    assert doc.language == "en"
    for furniture in ("Jane Reporter", "Share on", "Most read", "chess", "Weather", "newsroom"):
        assert furniture not in doc.text


def test_scrape_noise_lines_inside_the_article_are_still_cleaned(tmp_path: Path) -> None:
    body = [*PARAGRAPHS[:3], "Advertisement", *PARAGRAPHS[3:]]
    doc = read_page(tmp_path, page(body=body))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert "Advertisement" in doc.removed
    assert "Advertisement" in doc.source_text  # removed from the text, not the source


def test_class_names_containing_author_or_share_do_not_drop_the_body(tmp_path: Path) -> None:
    # the old class regex fired inside "single-author" and threw the whole <body> away
    html = page(
        wrap=('<div class="single-author f_share_tools_on">', "</div>"),
        article='<article class="post url-breadcrumb has-author-box">',
    )
    doc = read_page(tmp_path, html.replace("<body>", '<body class="single-author">'))
    assert doc.text == "\n".join(PARAGRAPHS)


def test_a_teaser_article_beside_a_long_body_does_not_replace_it(tmp_path: Path) -> None:
    body = [f"{p} (Update {n}.)" for n in range(1, 12) for p in PARAGRAPHS]
    assert len("".join(body)) > 10_000
    teaser = '<article class="teaser"><p><a href="/bridge">Bridge to reopen.</a></p></article>'
    assert len("Bridge to reopen.") < 40
    doc = read_page(tmp_path, page(body=body, before=teaser))
    assert all(p in doc.text.split("\n") for p in body)


def test_a_date_that_is_not_iso_is_read_not_an_error(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST">'
    doc = read_page(tmp_path, page(head=head))
    assert doc.published == date(2019, 11, 19)
    assert doc.text == "\n".join(PARAGRAPHS)


def test_a_hidden_copy_of_the_body_is_not_read_twice(tmp_path: Path) -> None:
    hidden = '<div style="display:none">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    doc = read_page(tmp_path, page(inside=hidden + "</div>"))
    assert doc.text == "\n".join(PARAGRAPHS)


def test_a_japanese_article_keeps_its_sentences(tmp_path: Path) -> None:
    # lines ending in "。" read as headlines without a full stop and were removed
    sentences = [
        "市議会は火曜日、川沿いの新しい防潮堤の建設に予算をつけることを決めた。"
        "この三年間、冬になるたびに川があふれ、下町の四百戸以上が浸水していた。",
        "防潮堤は長さ二キロの鋼鉄とコンクリートの壁で、川の水位が上がると水門が閉まる。"
        "費用は約三十八億円、完成までに二年かかる見通しだと市の担当者は説明した。",
        "二〇二〇年の水害以来、建設を求めてきた住民らは傍聴席を埋め、"
        "賛成三十一、反対九で可決されると拍手が起きた。",
        "「毎年二月になると台所の水をかき出してきた。ようやく市が耳を傾けてくれた」と、"
        "下町住民会の代表は話した。",
        "一方、反対した議員らは、上流での植林や湿地の再生を優先すべきだと主張した。",
        "費用の一部を負担する国の機関は、契約が済み次第、春に工事を始めるとしている。",
    ]
    html = page(
        lang="ja",
        title="防潮堤の建設を決定 | 北部新聞",
        h1="防潮堤の建設を決定",
        body=sentences,
    )
    doc = read_page(tmp_path, html)
    assert doc.text == "\n".join(sentences)
    assert doc.removed == []
    assert doc.title == "防潮堤の建設を決定"
    assert doc.language == "ja"


def test_a_list_inside_the_body_is_article_text(tmp_path: Path) -> None:
    items = ["Gates along the quay", "A pumping station at Mill Lane", "Raised paths by the church"]
    listing = "<p>The plans include:</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    doc = read_page(tmp_path, page(inside=listing))
    lines = doc.text.split("\n")
    assert lines[: len(PARAGRAPHS)] == PARAGRAPHS
    assert [line.lstrip("- ") for line in lines[len(PARAGRAPHS) + 1 :]] == items
    assert doc.removed == []


def test_a_date_only_in_json_ld_is_read(tmp_path: Path) -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": "2021-06-08T09:30:00+01:00",
        "publisher": {"@type": "Organization", "name": "The Severn Courier"},
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    doc = read_page(tmp_path, page(head=head))
    assert doc.published == date(2021, 6, 8)


def test_a_local_time_stamp_keeps_the_pages_calendar_date(tmp_path: Path) -> None:
    # 22:30 in New York is already 20 November in UTC; the page means the 19th
    head = '<meta property="article:published_time" content="2019-11-19T22:30:00-05:00">'
    doc = read_page(tmp_path, page(head=head))
    assert doc.published == date(2019, 11, 19)


def test_one_moment_in_utc_and_in_local_time_is_the_local_date(tmp_path: Path) -> None:
    # published at 01:59 in Athens on Christmas Day, 23:59 on Christmas Eve in UTC
    data = {"@type": "NewsArticle", "datePublished": "2020-12-25T01:59:50+02:00"}
    head = (
        '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
    )
    assert read_page(tmp_path, page(head=head)).published == date(2020, 12, 25)
    # a UTC stamp alone is all there is to go on
    head = '<meta property="article:published_time" content="2020-12-24T23:59:50Z">'
    assert read_page(tmp_path, page(head=head), "utc.html").published == date(2020, 12, 24)


def test_a_copyright_year_is_not_a_publication_date(tmp_path: Path) -> None:
    # htmldate's last resort reads "© 2016" as 1 January 2016: a wrong date, worse than none
    doc = read_page(tmp_path, page(footer="© 2016 The Severn Courier. All rights reserved."))
    assert doc.published is None
    head = '<meta property="article:published_time" content="2024-01-01T10:00:00+00:00">'
    dated = read_page(tmp_path, page(head=head, footer="© 2016 The Severn Courier."), "ny.html")
    assert dated.published == date(2024, 1, 1)  # a New Year's Day the page states


def test_a_title_that_is_the_site_name_gives_way_to_the_headline(tmp_path: Path) -> None:
    head = '<meta property="og:title" content="The Severn Courier">'
    doc = read_page(tmp_path, page(head=head, title="The Severn Courier"))
    assert doc.title == HEADLINE


def test_a_section_and_site_name_are_cut_from_the_title(tmp_path: Path) -> None:
    title = "Local News | Brothel owner charged after police raid in Reno | The Severn Courier"
    html = page(title=title, h1="")
    doc = read_page(tmp_path, html.replace("<h1></h1>", ""))
    assert doc.title == "Brothel owner charged after police raid in Reno"


def test_sections_beside_a_chinese_headline_are_cut_too(tmp_path: Path) -> None:
    # written without spaces, the headline is one "word" as split() counts them
    title = "市議會通過防洪堤預算 下游居民鼓掌 | 地方新聞 | 新聞 | 北部日報"
    html = page(title=title, h1="", site='<meta property="og:site_name" content="北部日報">')
    doc = read_page(tmp_path, html.replace("<h1></h1>", ""))
    assert doc.title == "市議會通過防洪堤預算 下游居民鼓掌"


def test_a_copyright_line_is_not_the_outlets_name(tmp_path: Path) -> None:
    site = '<meta property="og:site_name" content="&amp;copy; 2016 severncourier.example">'
    head = '<link rel="canonical" href="https://severncourier.example/news/flood">'
    doc = read_page(tmp_path, page(site=site, head=head))
    assert doc.outlet == "severncourier.example"


def test_entities_in_the_title_are_decoded(tmp_path: Path) -> None:
    # escaped twice, as some CMSs write og:title: "&amp;quot;" is "&quot;" in the page
    escaped = "Council says &amp;quot;yes&amp;quot; &amp;amp; pays"
    head = f'<meta property="og:title" content="{escaped}">'
    doc = read_page(tmp_path, page(head=head, h1="Council says &quot;yes&quot; &amp; pays"))
    assert doc.title == 'Council says "yes" & pays'


def test_metadata_from_the_caller_fills_only_what_the_page_lacks() -> None:
    # a WARC record or a download knows the URL and the date it was fetched
    given = {"url": "https://archive.example/rec/1", "published": date(2024, 5, 2)}
    doc = from_html(page(), "rec.warc", "rec-1", Limits(), **given)
    assert isinstance(doc, Document)
    assert (doc.url, doc.published) == (given["url"], given["published"])
    head = (
        '<link rel="canonical" href="https://severncourier.example/flood">'
        '<meta property="article:published_time" content="2024-04-30">'
    )
    doc = from_html(page(head=head), "rec.warc", "rec-2", Limits(), **given)
    assert isinstance(doc, Document)
    assert (doc.url, doc.published) == ("https://severncourier.example/flood", date(2024, 4, 30))


def test_a_page_without_article_text_is_a_clear_error_and_costs_only_itself(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<html><head><title>Weather</title><script>load()</script></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        '<div id="app"></div><noscript>Please enable JavaScript.</noscript></body></html>',
        encoding="utf-8",
    )
    good = tmp_path / "good.html"
    good.write_text(page(), encoding="utf-8")
    items = list(read_documents([empty, good]))
    assert [(i.path, i.problem) for i in items if isinstance(i, InputError)] == [
        (str(empty), E.EMPTY_HTML)
    ]
    assert [i.id for i in items if isinstance(i, Document)] == ["good"]


def test_a_fragment_without_html_or_body_is_still_a_page(tmp_path: Path) -> None:
    doc = read_page(tmp_path, "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]))
    assert doc.text == "\n".join(PARAGRAPHS[:2])


def test_a_page_wrapped_in_a_form_still_has_its_text(tmp_path: Path) -> None:
    # ASP.NET sites put the whole page inside one <form>
    doc = read_page(tmp_path, page(wrap=('<form id="aspnetForm" method="post">', "</form>")))
    assert doc.text == "\n".join(PARAGRAPHS)


def test_a_twitter_handle_is_not_taken_for_the_outlets_name(tmp_path: Path) -> None:
    # without og:site_name trafilatura gives the handle, capitalised: "Severn_Courier"
    head = (
        '<meta name="twitter:site" content="@severn_courier">'
        '<link rel="canonical" href="https://www.severncourier.example/news/flood">'
    )
    doc = read_page(tmp_path, page(head=head, site="", title=HEADLINE))
    assert doc.outlet == "severncourier.example"
    named = read_page(tmp_path, page(head=head), "named.html")
    assert named.outlet == "The Severn Courier"


def test_lines_about_other_stories_are_not_article_text(tmp_path: Path) -> None:
    link_outs = [
        "ALSO READ | School wins national chess title",
        "See also: How the 2020 floods reached the lower town",
    ]
    teasers = [
        "GLASGOW, Scotland - Thousands of supporters rallied on the streets of Glasgow on "
        "Saturday, battling torrential rain and strong ...",
        "NEW YORK - U.S. stocks fell on Friday as investors started taking profits off \u2026",
    ]
    body = [*PARAGRAPHS[:2], link_outs[0], *PARAGRAPHS[2:4], link_outs[1], *PARAGRAPHS[4:]]
    doc = read_page(tmp_path, page(body=body + teasers))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert sorted(t for t in doc.removed if t in link_outs + teasers) == sorted(link_outs + teasers)


LOST = "\ufffd"  # what a page decoded with the wrong code page shows for each lost character


def test_punctuation_a_page_lost_to_replacement_characters_is_put_back(tmp_path: Path) -> None:
    # curly quotes, dashes and no-break spaces, each turned into U+FFFD by a scraper
    body = [
        f"CARDIFF{LOST * 3}The council voted in May.{LOST}The barrier will cost 38{LOST}million"
        f" pounds {LOST} more than planned {LOST} and work begins in spring.{LOST}",
        f"{LOST}We haven{LOST}t been heard for years,{LOST} said Margaret Hollis. {LOST}Today the"
        f" council listened.{LOST}",
        f"NEWPORT {LOST * 2}Contractors said the gates arrive in June.",
    ]
    doc = read_page(tmp_path, page(body=body))
    assert LOST not in doc.text
    assert "CARDIFF \u2013 The council voted in May. The barrier will cost 38 million" in doc.text
    assert "pounds \u2013 more than planned \u2013 and work" in doc.text
    assert "\u201cWe haven\u2019t been heard for years,\u201d said Margaret Hollis." in doc.text
    assert "\u201cToday the council listened.\u201d" in doc.text
    assert "NEWPORT \u2013 Contractors said" in doc.text


def test_a_page_that_lost_letters_keeps_its_replacement_characters(tmp_path: Path) -> None:
    # here U+FFFD stands for a letter: a space or a quote in its place would split the name
    body = [f"Prime Minister Pedro S{LOST}nchez said the plan will be launched in January."]
    doc = read_page(tmp_path, page(body=body))
    assert f"Pedro S{LOST}nchez said" in doc.text
