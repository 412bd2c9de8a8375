"""A story written as one ``<div>`` whose lines are set apart only by ``<br>`` (issue 19).

On a real page a live-updates story held its subheads as ``<br><span class="strong">…
</span><br>`` inside one box; the extractor read the box as one paragraph, and the
subhead "Traffic advisories for commuters entering Delhi" ran into the next line, "Delhi
Traffic Police on Sunday appealed …", so the parser read one sentence and an event
"Commuters entered Delhi Delhi Traffic Police". Each line must stay a line.

Which of trafilatura's readers takes a page (its own, readability or jusText) turns on
the whole page; the jusText rescue, which real pages of this layout reached, joins the
lines of a box. So the lines are made paragraphs before any reader runs, and the first
test reads them there; the page tests check the whole read keeps them.
"""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html
from test_ingest_html import read_page

from kg.ingest.html import _lines_at_breaks

LINES = [
    "BENGALURU: Farm unions kept up their protest outside the state assembly for a third "
    "day on Monday, and the talks with the agriculture minister ended without a deal. "
    "Here is what happened:",
    "Unions meet the chief minister",
    "A delegation of six union leaders met the chief minister at his residence on Monday "
    "morning and handed him a list of eleven demands, a union spokesman said.",
    "Road closures for drivers entering the city",
    "City traffic police on Monday asked drivers to avoid the ring road near the assembly, "
    "where the protesters had parked more than 200 tractors since Saturday.",
    "Minister says talks will resume",
    "The agriculture minister told reporters that the talks would resume on Thursday and "
    "that the government was ready to change two of the three laws.",
]
SUBHEADS = LINES[1::2]


def live_page(box: str) -> str:
    """A news page whose story is the one box ``box``."""
    return f"""<!DOCTYPE html>
<html lang="en-IN"><head><meta charset="utf-8">
<title>Farm unions keep up protest for third day | The Deccan Ledger</title>
<meta property="og:site_name" content="The Deccan Ledger">
<meta property="article:published_time" content="2024-02-12T09:30:00+05:30">
</head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<h1>Farm unions keep up protest for third day</h1>
<div class="story">{box}</div>
<footer><p>Copyright The Deccan Ledger</p></footer>
</body></html>"""


def story_box() -> str:
    """The story as the site writes it: lines and bold subheads between ``<br/>``."""
    first, *rest = LINES
    return first + "".join(
        f'<br/><span class="strong">{line}</span>' if line in SUBHEADS else f"<br/>{line}"
        for line in rest
    )


def test_each_line_of_a_box_becomes_a_paragraph_before_extraction() -> None:
    tree = lxml_html.fromstring(live_page(story_box()))
    _lines_at_breaks(tree)
    (story,) = tree.find_class("story")
    assert [p.tag for p in story] == ["p"] * len(LINES)
    assert [p.text_content() for p in story] == LINES
    assert tree.find(".//nav").text_content() == "Home City"  # a box of links alone stays


def test_lines_set_apart_by_breaks_stay_lines(tmp_path: Path) -> None:
    doc = read_page(tmp_path, live_page(story_box()))
    lines = doc.text.split("\n")
    for subhead in SUBHEADS:
        assert subhead in lines, lines
    assert "Road closures for drivers entering the city City traffic police" not in doc.text


def test_inline_markup_within_a_line_keeps_the_line_whole(tmp_path: Path) -> None:
    """A link or a bold word inside a line is no line break: the sentence stays one."""
    box = (
        'City traffic police on Monday asked drivers to avoid the <a href="/ring">ring '
        "road</a> near the <b>assembly</b>, where the protesters had parked tractors."
        "<br/>" + LINES[2]
    )
    doc = read_page(tmp_path, live_page(box))
    lines = doc.text.split("\n")
    assert (
        "City traffic police on Monday asked drivers to avoid the ring road near the "
        "assembly, where the protesters had parked tractors." in lines
    ), lines
    assert LINES[2] in lines, lines
