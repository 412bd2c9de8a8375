"""Tests for kg.ingest: reading every input shape and cleaning scrape noise."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path
from typing import TextIO

import pytest

from kg.errors import E, InputError
from kg.ingest import clean_text, read_documents
from kg.model import Document

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"

# A short scraped article: body, then the kind of footer news sites append.
SCRAPED = """\
Port workers in Rotterdam walked out on Monday after talks over night-shift pay broke down.
The union said the strike would last at least 48 hours and could spread to Antwerp.
"We have waited two years for a fair offer," union spokeswoman Marieke de Vries told reporters.
/media/cache/photo_8812-strike-quay.jpg)
Related Links
Learn about European shipping at PortWatch.com
|Subscribe Free To Our Daily Newsletters
|
Antwerp terminals brace for knock-on delays
Shipping rates climb as Red Sea diversions continue
Dockers in Hamburg vote on new contract
|Subscribe Free To Our Daily Newsletters
"""

SCRAPED_BODY = [
    "Port workers in Rotterdam walked out on Monday after talks over night-shift pay broke down.",
    "The union said the strike would last at least 48 hours and could spread to Antwerp.",
    '"We have waited two years for a fair offer," union spokeswoman Marieke de Vries told '
    "reporters.",
]

BBC_STYLE = """\
Rail fares to rise by 3% in March

Rail fares in England will rise by 3% in March, the transport secretary has announced.

The increase is below inflation for the second year running, ministers said.
"""


def read(
    *paths: str | Path, published: date | None = None, stdin: TextIO | None = None
) -> tuple[list[Document], list[InputError]]:
    """Run read_documents and split its stream, checking nothing else comes out of it."""
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_documents(list(paths), published=published, stdin=stdin):
        if isinstance(item, Document):
            docs.append(item)
        else:
            assert isinstance(item, InputError), item
            errors.append(item)
    return docs, errors


def assert_segments_exact(doc: Document) -> None:
    """Every clean character maps onto the same character of the source text."""
    for i, char in enumerate(doc.text):
        assert doc.source_text[doc.source_offset(i)] == char, (i, char)


# ---------------------------------------------------------------------- clean_text


def test_clean_text_drops_footer_noise_and_keeps_article() -> None:
    text, segments, removed = clean_text(SCRAPED)
    assert text.split("\n") == SCRAPED_BODY
    assert "Related Links" in removed
    assert "Learn about European shipping at PortWatch.com" in removed
    assert "/media/cache/photo_8812-strike-quay.jpg)" in removed
    assert "Dockers in Hamburg vote on new contract" in removed
    assert removed.count("|Subscribe Free To Our Daily Newsletters") == 2
    assert segments == [(0, 0, len(text))]  # the body is one unbroken run of the source


def test_headline_list_without_footer_marker_is_dropped() -> None:
    source = (
        "Ministers met in Brussels on Tuesday to agree a new budget.\n"
        "Farm subsidies will fall by 4% under the plan\n"
        "Poland threatens veto over migration fund\n"
        "What does the deal mean for Ireland?\n"
        "Spain wins concession on fisheries quota\n"
        "The deal still needs the approval of the European Parliament.\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == (
        "Ministers met in Brussels on Tuesday to agree a new budget.\n"
        "The deal still needs the approval of the European Parliament."
    )
    assert "What does the deal mean for Ireland?" in removed  # a question inside a list
    assert len(removed) == 4


def test_single_subheading_between_paragraphs_is_kept() -> None:
    source = (
        "The court ruled that the contract was void.\n"
        "\n"
        "What happens next\n"
        "\n"
        "Lawyers for the company said they would appeal.\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == source.rstrip("\n")
    assert removed == []


def test_lone_headline_after_footer_marker_is_dropped_but_sentences_stay() -> None:
    source = (
        "Floods closed 40 roads across Cumbria on Friday.\n"
        "Read more\n"
        "Storm warnings issued for the north-west\n"
        "The Environment Agency said river levels would stay high until Sunday.\n"
        "Can the Lake District cope with more visitors?\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == (
        "Floods closed 40 roads across Cumbria on Friday.\n"
        "The Environment Agency said river levels would stay high until Sunday."
    )
    assert removed == [
        "Read more",
        "Storm warnings issued for the north-west",
        "Can the Lake District cope with more visitors?",
    ]


def test_hard_wrapped_paragraph_survives() -> None:
    source = (
        "Officials in Nairobi said the new bus lanes would open in\n"
        "stages over the summer, starting with the airport road.\n"
        "Commuters said the change was long overdue.\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == source.rstrip("\n")
    assert removed == []


@pytest.mark.parametrize(
    "source",
    [
        "The minister said the\nreforms would take effect\nin January, not March.\n",
        # wrapped after a preposition, before a capitalised name
        "The talks were held in\nGeneva and Vienna over the summer\nand ended without a deal.\n",
        # a sentence ends inside a short line, so it is prose, not a headline
        "Rescue teams worked overnight near Izmir\nRoads were blocked. Officials in Ankara\n"
        "Province confirmed two deaths on Sunday.\n",
        # lines ending in a connecting word go on in the next line
        "Delegates from\nNigeria, Ghana and\nSenegal signed the trade pact.\n",
    ],
)
def test_short_wrapped_lines_are_not_mistaken_for_headlines(source: str) -> None:
    text, _segments, removed = clean_text(source)
    assert text == source.rstrip("\n")
    assert removed == []


@pytest.mark.parametrize(
    "noise",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share this article",
        "Sign up for our morning briefing",
        "Follow us on Facebook and X",
        "Copyright 2024 Example Media Ltd.",
        "© 2024 Example Media. All rights reserved.",
        "All Rights Reserved.",
        "Related Articles",
        "Related Coverage:",
        "Related: Storm hits coast",
        "| Subscribe to our newsletter",
        "Read more: Storm hits coast",
        "Learn more about coastal defences at FloodWatch.co.uk",
        "https://example.org/news/2024/06/storm-hits-coast",
        "![Flooded street](/img/flood_01.png)",
        "|",
        "* * *",
    ],
)
def test_boilerplate_lines_are_dropped(noise: str) -> None:
    source = f"The storm reached the coast at dawn.\n{noise}\nThousands lost power.\n"
    text, _segments, removed = clean_text(source)
    assert text == "The storm reached the coast at dawn.\nThousands lost power."
    assert removed == [noise]


def test_image_inside_a_wrapped_sentence_leaves_both_halves() -> None:
    source = (
        "Officials said the strike would continue\n"
        "/images/strike-2024.jpg\n"
        "until the end of the month\n"
        "Union leaders disagreed.\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == (
        "Officials said the strike would continue\n"
        "until the end of the month\n"
        "Union leaders disagreed."
    )
    assert removed == ["/images/strike-2024.jpg"]


def test_bullet_list_in_body_is_kept_but_not_in_footer() -> None:
    source = (
        "The plan has three parts:\n"
        "- New border force\n"
        "- Faster asylum decisions\n"
        "- More return flights\n"
        "Critics called it unworkable.\n"
        "Related Articles\n"
        "\u2022 Migration talks stall in Rome\n"
    )
    text, _segments, removed = clean_text(source)
    assert text == "\n".join(source.split("\n")[:5])
    assert removed == ["Related Articles", "\u2022 Migration talks stall in Rome"]


def test_sentence_ending_lines_are_never_dropped_as_noise() -> None:
    source = (
        "Related Links\n"
        "Police said the man was arrested at Heathrow.\n"
        '"We will not comment further," a spokesman said.\n'
        "Subscribers were told to visit the help page at example.com.\n"
    )
    text, _segments, removed = clean_text(source)
    assert removed == ["Related Links"]
    assert text.endswith("example.com.")


def test_blank_lines_collapse_where_noise_was_removed() -> None:
    source = "First paragraph.\n\n/images/a.webp)\n\nSecond paragraph.\n\n\n"
    text, segments, removed = clean_text(source)
    assert text == "First paragraph.\n\nSecond paragraph."
    assert removed == ["/images/a.webp)"]
    assert len(segments) == 2


def test_segments_map_every_character_back_to_the_source() -> None:
    source = "Lead paragraph here.\n/img/x.png\nHeadline one\nHeadline two\nClosing line here.\n"
    text, segments, _removed = clean_text(source)
    doc = Document("d", text, source, segments)
    assert text == "Lead paragraph here.\nClosing line here."
    assert_segments_exact(doc)
    start = text.index("Closing")
    evidence = doc.evidence(start, start + len("Closing line"))
    assert evidence.text == "Closing line"
    assert source[evidence.start : evidence.end] == "Closing line"
    assert evidence.start == source.index("Closing")


# ------------------------------------------------------------------------- formats


def test_txt_file_with_bbc_title_layout(tmp_path: Path) -> None:
    path = tmp_path / "rail fares.txt"
    path.write_text(BBC_STYLE, encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.id == "rail-fares"
    assert doc.title == "Rail fares to rise by 3% in March"
    assert not doc.text.startswith("Rail fares to rise")
    assert doc.text.startswith("Rail fares in England will rise")
    assert doc.source_text == BBC_STYLE
    assert doc.path == str(path)
    assert doc.outlet is None and doc.url is None and doc.published is None
    assert_segments_exact(doc)
    start = doc.text.index("the transport secretary")
    evidence = doc.evidence(start, start + len("the transport secretary"))
    assert evidence.text == "the transport secretary"
    assert BBC_STYLE[evidence.start : evidence.end] == "the transport secretary"


def test_txt_first_line_is_not_a_title_without_a_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rail fares to rise\nFares will rise in March.\n", encoding="utf-8")
    (doc,), _errors = read(path)
    assert doc.title is None
    assert doc.text == "Rail fares to rise\nFares will rise in March."


def test_txt_sentence_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Fares will rise in March.\n\nThe rise is 3%.\n", encoding="utf-8")
    (doc,), _errors = read(path)
    assert doc.title is None
    assert doc.text.startswith("Fares will rise in March.")


def test_markdown_title_headings_and_links(tmp_path: Path) -> None:
    source = (
        "# Drought hits Zambian maize harvest\n"
        "\n"
        "Zambia's maize harvest fell by half this year, the [ministry](https://gov.example/zm)"
        " said.\n"
        "\n"
        "## Prices\n"
        "\n"
        "Maize meal prices in Lusaka have doubled since January.\n"
        "![A dry field](/img/field.jpg)\n"
    )
    path = tmp_path / "drought.md"
    path.write_text(source, encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.title == "Drought hits Zambian maize harvest"
    assert doc.text == (
        "Zambia's maize harvest fell by half this year, the ministry said.\n"
        "\n"
        "Prices\n"
        "\n"
        "Maize meal prices in Lusaka have doubled since January."
    )
    assert_segments_exact(doc)
    assert "![A dry field](/img/field.jpg)" in doc.removed


def test_json_list_with_field_aliases(tmp_path: Path) -> None:
    records = [
        {
            "id": "Reuters/2024 06 01#7",
            "title": "Gold hits record",
            "body": "Gold rose to a record high on Friday.",
            "date": "2024-06-01",
            "publisher": "Reuters",
            "url": "https://example.com/gold",
        },
        {"text": "Oil prices fell.", "source": {"name": "Example Wire"}},
        {"content": "Copper was flat.", "outlet": "Metals Daily", "published": None},
    ]
    path = tmp_path / "markets.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    assert [d.id for d in docs] == ["Reuters-2024-06-01-7", "markets-2", "markets-3"]
    first = docs[0]
    assert (first.title, first.outlet, first.url) == (
        "Gold hits record",
        "Reuters",
        "https://example.com/gold",
    )
    assert first.published == date(2024, 6, 1)
    assert first.text == "Gold rose to a record high on Friday."
    assert docs[1].outlet == "Example Wire"
    assert docs[2].outlet == "Metals Daily" and docs[2].published is None


def test_json_single_object_and_title_repeated_in_text(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = {"title": "Heatwave in Delhi", "text": "Heatwave in Delhi\n\nTemperatures hit 47C."}
    path.write_text(json.dumps(record), encoding="utf-8")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.id == "one"
    assert doc.title == "Heatwave in Delhi"
    assert doc.text == "Temperatures hit 47C."
    assert_segments_exact(doc)


def test_jsonl_bad_line_is_reported_and_other_lines_still_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "The first article is fine."}),
        "{not json at all",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "No body"}),
        json.dumps({"text": "The last article is fine too."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read(path)
    assert [d.id for d in docs] == ["a1", "feed-6"]
    assert [e.path for e in errors] == [str(path)] * 3
    assert errors[0].problem.startswith("invalid JSON at line 2:")
    assert errors[1].problem == "line 4: " + E.NOT_OBJECT.format(kind="a list")
    assert errors[2].problem == "line 5: " + E.NO_TEXT
    assert str(errors[0]).startswith(f"{path}: invalid JSON at line 2")


def test_json_invalid_file_and_wrong_top_level(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "x",\n  oops}', encoding="utf-8")
    number = tmp_path / "number.json"
    number.write_text("42", encoding="utf-8")
    docs, errors = read(broken, number)
    assert docs == []
    assert errors[0].problem.startswith("invalid JSON at line 2:")
    assert errors[1].problem == E.JSON_TOP_LEVEL.format(kind="a number")


# --------------------------------------------------------------------------- stdin


def test_stdin_plain_text() -> None:
    text = BBC_STYLE
    (doc,), errors = read("-", stdin=io.StringIO(text))
    assert errors == []
    assert doc.id == "stdin-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    assert doc.title == "Rail fares to rise by 3% in March"
    assert doc.path == "<stdin>"


def test_stdin_jsonl_and_json() -> None:
    feed = '{"id": "x", "text": "One."}\n{"text": "Two."}\n'
    docs, errors = read("-", stdin=io.StringIO(feed))
    assert errors == []
    assert docs[0].id == "x"
    assert docs[1].id == "stdin-" + hashlib.sha1(b"Two.").hexdigest()[:12]

    docs, _errors = read("-", stdin=io.StringIO('[{"text": "Alpha."}, {"text": "Beta."}]'))
    assert [d.text for d in docs] == ["Alpha.", "Beta."]

    (doc,), _errors = read("-", stdin=io.StringIO('{"text": "Gamma.", "outlet": "Wire"}'))
    assert (doc.id, doc.text, doc.outlet) == (
        "stdin-" + hashlib.sha1(b"Gamma.").hexdigest()[:12],
        "Gamma.",
        "Wire",
    )

    (doc,), _errors = read("-", stdin=io.StringIO('{"no": "text field"} is what I typed.'))
    assert doc.text == '{"no": "text field"} is what I typed.'


# ------------------------------------------------------------------ paths and ids


def test_folder_recursion_order_and_skipping(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "b" / "inner").mkdir(parents=True)
    (corpus / ".git").mkdir()
    files = {
        "c.txt": "Third file.",
        "a.md": "First file.",
        "b/inner/z.txt": "Nested deep file.",
        "b/m.txt": "Nested file.",
        ".hidden.txt": "Hidden file.",
        ".git/config.txt": "Hidden folder.",
        "notes.docx": "Unsupported.",
        "image.PNG": "Unsupported.",
    }
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    docs, errors = read(corpus)
    assert errors == []
    # a file below the given folder has its subfolders in its id; one at the top does not
    assert [d.id for d in docs] == ["a", "b-inner-z", "b-m", "c"]
    assert docs[1].path == str(corpus / "b" / "inner" / "z.txt")

    again, _errors = read(corpus)
    assert [(d.id, d.text) for d in again] == [(d.id, d.text) for d in docs]


def test_sections_numbering_files_afresh_keep_every_article(tmp_path: Path) -> None:
    """A collection with one folder a section, each numbering its files from 001 (as a
    news archive export does): every article is read, none skipped as a repeated id."""
    archive = tmp_path / "archive"
    stories = {
        "business/001.txt": "Shares in the lender fell 4% after it cut its forecast.",
        "sport/001.txt": "The visitors won 2-1 with a late header in Leeds.",
        "politics/001.txt": "The minister resigned on Tuesday after the vote.",
        "politics/Café notes/001.txt": "Talks resumed in the capital.",
        "!!!/002.txt": "A folder whose name has no letter leaves the id its file name.",
    }
    for name, text in stories.items():
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        (archive / name).write_text(text, encoding="utf-8")
    docs, errors = read(archive)
    assert errors == []
    assert [d.id for d in docs] == [
        "002",
        "business-001",
        "politics-001",
        "politics-Cafe-notes-001",
        "sport-001",
    ]
    # the same file named on its own, or found at the top of the folder given, keeps its name
    (single,), _errors = read(archive / "sport" / "001.txt")
    assert single.id == "001"
    (top,), _errors = read(archive / "sport")
    assert top.id == "001"


def test_explicit_unsupported_or_missing_path_is_an_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.docx"
    notes.write_text("Words.", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("A good article.", encoding="utf-8")
    docs, errors = read(notes, tmp_path / "missing.txt", good)
    assert [d.id for d in docs] == ["good"]
    assert errors[0].path == str(notes)
    assert errors[0].problem == E.UNSUPPORTED.format(suffix=".docx")
    assert errors[1].problem == E.NO_SUCH_PATH


def test_ids_are_slugified_and_iri_safe(tmp_path: Path) -> None:
    path = tmp_path / "Café talks (draft) #2.txt"
    path.write_text("Talks resumed.", encoding="utf-8")
    (doc,), _errors = read(path)
    assert doc.id == "Cafe-talks-draft-2"
    # letters with no ASCII form keep their script instead of vanishing
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            [
                {"id": "Тбилиси-東京-عربي", "text": "One."},
                {"id": "Reuters 東京 <b>1</b> 🇯🇵", "text": "Two."},
                {"id": "हिन्दी", "text": "Three."},
                {"id": "«»", "text": "Four."},
                {"id": 7, "text": "Five."},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    docs, errors = read(feed)
    assert errors == []
    ids = ["Тбилиси-東京-عربي", "Reuters-東京-b-1-b", "हिन्दी", "feed-4", "7"]
    assert [d.id for d in docs] == ids
    seed_like = tmp_path / "000_cd30060d4b441c85.txt"
    seed_like.write_text("Talks resumed.", encoding="utf-8")
    (doc,), _errors = read(seed_like)
    assert doc.id == "000_cd30060d4b441c85"


def test_duplicate_ids_keep_the_first_and_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "three").mkdir()
    first = tmp_path / "one" / "story.txt"
    second = tmp_path / "two" / "story.md"
    copy = tmp_path / "three" / "story.txt"  # the same article again
    first.write_text("The first story.", encoding="utf-8")
    second.write_text("The second story.", encoding="utf-8")
    copy.write_text("The first story.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "story", "text": "A third."}\n{"id": "Café", "text": "Four."}\n'
        '{"id": "Cafe", "text": "Five."}\n',
        encoding="utf-8",
    )
    docs, errors = read(tmp_path / "one", tmp_path / "two", tmp_path / "three", feed)
    assert [d.text for d in docs] == ["The first story.", "Four."]
    assert [e.path for e in errors] == [str(second), str(copy), str(feed), str(feed)]
    assert errors[0].problem == E.DUPLICATE_ID.format(doc_id="story", other=str(first))
    assert "for a different article; kept that one" in errors[0].problem
    assert errors[1].problem == E.DUPLICATE_DOC.format(doc_id="story", other=str(first))
    assert errors[2].problem == "line 1: " + E.DUPLICATE_ID.format(doc_id="story", other=str(first))
    assert errors[3].problem == "line 3: " + E.DUPLICATE_ID.format(
        doc_id="Cafe", other=f"{feed} line 2"
    )


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Only once.", encoding="utf-8")
    docs, errors = read(path, tmp_path, path)
    assert [d.id for d in docs] == ["a"] and errors == []


# ---------------------------------------------------------------------------- dates


def test_published_argument_fills_only_missing_dates(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "dated", "text": "Dated.", "published": "2024-02-29T23:59:00+05:00"}\n'
        '{"id": "undated", "text": "Undated."}\n',
        encoding="utf-8",
    )
    plain = tmp_path / "plain.txt"
    plain.write_text("Plain text.", encoding="utf-8")
    docs, _errors = read(path, plain, published=date(2025, 1, 15))
    assert [(d.id, d.published) for d in docs] == [
        ("dated", date(2024, 2, 29)),
        ("undated", date(2025, 1, 15)),
        ("plain", date(2025, 1, 15)),
    ]
    docs, _errors = read(plain)
    assert docs[0].published is None  # never from the file's modification time


def test_bad_date_is_an_error_and_the_record_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        json.dumps(
            [
                {"id": "ok", "text": "Fine.", "published": "2024-05-05"},
                {"id": "bad", "text": "Not fine.", "published": "05/05/2024"},
                {"id": "num", "text": "Not fine.", "date": 20240505},
            ]
        ),
        encoding="utf-8",
    )
    docs, errors = read(path, published=date(2025, 1, 1))
    assert [d.id for d in docs] == ["ok"]
    assert errors[0].problem == "item 2: " + E.BAD_DATE.format(value="05/05/2024")
    assert errors[1].problem == "item 3: " + E.BAD_DATE.format(value=20240505)


# ------------------------------------------------------------- decoding and empties


def test_empty_and_noise_only_files_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_text("   \n\n\t\n", encoding="utf-8")
    noise = tmp_path / "noise.txt"
    noise.write_text("/images/a.webp)\n|\nAdvertisement\n", encoding="utf-8")
    head_only = tmp_path / "head.html"
    head_only.write_text("<html><head><title>A title</title></head></html>", encoding="utf-8")
    nav_only = tmp_path / "nav.html"
    nav_only.write_text("<body><nav><a href=/>Home</a></nav><script>x()</script></body>")
    bodiless = tmp_path / "bodiless.html"  # no <html>, no <body>: still a page with text
    bodiless.write_text("<p>The council met on Monday.</p>", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": ""}\n{"text": " \\n "}\n', encoding="utf-8")
    docs, errors = read(empty, blank, noise, head_only, nav_only, bodiless, feed)
    assert [d.text for d in docs] == ["The council met on Monday."]
    assert [(e.path, e.problem) for e in errors] == [
        (str(empty), E.EMPTY_FILE),
        (str(blank), E.BLANK),
        (str(noise), E.ONLY_NOISE.format(count=3, example="/images/a.webp)")),
        (str(head_only), E.EMPTY_HTML),
        (str(nav_only), E.EMPTY_HTML),
        (str(feed), "line 1: " + E.BLANK),
        (str(feed), "line 2: " + E.BLANK),
    ]


def test_encodings_are_detected(tmp_path: Path) -> None:
    sentence = "Señor Müller paid €50 for the “café” tour.\n"
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(sentence.encode("cp1252"))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Señor Müller visited Zürich.".encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(sentence.encode("utf-16"))  # with a BOM
    utf8_bom = tmp_path / "utf8bom.json"
    utf8_bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": sentence}).encode("utf-8"))
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"Line one.\r\nLine two.\rLine three.\r\n")
    docs, errors = read(cp1252, latin1, utf16, utf8_bom, crlf)
    assert errors == []
    assert docs[0].text == sentence.strip()
    assert docs[1].text == "Señor Müller visited Zürich."
    assert docs[2].text == sentence.strip()
    assert docs[3].text == sentence.strip()
    assert docs[4].text == "Line one.\nLine two.\nLine three."
    assert "\r" not in docs[4].source_text


def test_binary_file_is_not_text(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    utf16_no_bom = tmp_path / "nobom.txt"
    utf16_no_bom.write_bytes("Plain words.".encode("utf-16-le"))
    controls = tmp_path / "controls.md"  # no NUL byte, but mostly control codes
    controls.write_bytes(bytes(range(1, 32)) * 8 + b"some text")
    after = tmp_path / "z.txt"
    after.write_text("Still read.", encoding="utf-8")
    utf16_be = tmp_path / "nobom-be.txt"
    utf16_be.write_bytes("Plain words.".encode("utf-16-be"))
    bad_utf16 = tmp_path / "bad16.txt"  # a mark, then an unpaired surrogate
    bad_utf16.write_bytes(b"\xff\xfeA\x00\x00\xd8B\x00")
    docs, errors = read(png, utf16_no_bom, controls, utf16_be, bad_utf16, after)
    assert [e.problem for e in errors] == [
        E.BINARY.format(why="it holds NUL bytes"),
        E.UTF16_NO_BOM.format(order="little-endian"),
        E.BINARY.format(why="200 of its 257 characters are control codes"),
        E.UTF16_NO_BOM.format(order="big-endian"),
        E.BAD_UNICODE.format(encoding="UTF-16", msg="illegal UTF-16 surrogate", at=2),
    ]
    assert [d.id for d in docs] == ["z"]


def test_mixed_utf8_and_windows_1252_keeps_every_character(tmp_path: Path) -> None:
    # a UTF-8 article with a quote pasted from a Windows-1252 page
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(
        "Zürich’s mayor met Łukasz Nowak.".encode() + " “Fine,” he said.".encode("cp1252")
    )
    # Windows-1252 whose bytes happen to hold one valid UTF-8 pair ("ß„" is DF 84)
    german = tmp_path / "german.txt"
    german.write_bytes("Die Straße„Große“ in Köln und Düsseldorf.".encode("cp1252"))
    bom = tmp_path / "bom.txt"  # a UTF-8 byte-order mark, then one stray Latin-1 byte
    bom.write_bytes(b"\xef\xbb\xbf" + "Café in Zürich".encode() + " \xe9t\xe9.".encode("latin-1"))
    undefined = tmp_path / "undefined.txt"  # 0x81 is not Windows-1252: read as Latin-1
    undefined.write_bytes(b"Caf\xe9 \x81 in a longer sentence of plain words, read in full.")
    docs, errors = read(mixed, german, bom, undefined)
    assert errors == []
    assert docs[0].text == "Zürich’s mayor met Łukasz Nowak. “Fine,” he said."
    assert docs[1].text == "Die Straße„Große“ in Köln und Düsseldorf."
    assert docs[2].text == "Café in Zürich été."
    assert docs[3].text.startswith("Café \x81 in a longer")


# --------------------------------------------------------------------------- seeds


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed folder at {SEEDS}")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"no seed {prefix}_*.txt")
    return matches[0]


def test_seed_000_keeps_only_its_eight_paragraphs() -> None:
    path = seed("000")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.id == path.stem
    paragraphs = doc.text.split("\n")
    assert len(paragraphs) == 8
    assert paragraphs[-1].endswith("the Tehran's of nuclear program.")
    for word in ("SpaceWar", "Subscribe", "Golden Dome", "Kyiv", "Eutelsat"):
        assert word not in doc.text
    assert "Related Links" in doc.removed
    assert_segments_exact(doc)


def test_seed_001_keeps_wrapped_paragraph_and_drops_images() -> None:
    path = seed("001")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.text.endswith("threaten broader regional stability.")
    assert "are directly\nlinked to any wider regional settlement." in doc.text
    assert ".webp" not in doc.text and "/images/" not in doc.text
    assert doc.removed and all(line.endswith(".webp)") for line in doc.removed)
    assert doc.text == doc.source_text[: len(doc.text)]  # the body is copied unchanged
    assert_segments_exact(doc)


def test_folder_walk_skips_readme_but_an_explicit_readme_is_read(tmp_path):
    (tmp_path / "README.md").write_text("# About these files\n\nThey are samples.\n")
    (tmp_path / "story.txt").write_text("The council met on Monday and approved the budget.\n")
    walked = [d.id for d in read_documents([tmp_path]) if not isinstance(d, InputError)]
    assert walked == ["story"]
    named = [d.id for d in read_documents([tmp_path / "README.md"])]
    assert named == ["README"]


# --------------------------------------------------------------------- JSON fields


def test_json_fields_of_the_wrong_type_are_named(tmp_path: Path) -> None:
    records = [
        {"id": "ok", "text": "Fine.", "extra": {"nested": [1, 2]}, "tags": ["a"]},
        {"id": "num", "text": 42},
        {"id": "nul", "text": None},
        {"id": "lst", "body": ["para one", "para two"]},
        {"id": ["a"], "text": "List id."},
        {"id": "t", "text": "Title a list.", "title": ["x"]},
        {"id": "u", "text": "URL an object.", "url": {"href": "x"}},
        {"id": "s", "text": "Source name a number list.", "source": {"name": [1]}},
        {"id": "b", "text": "Bool title.", "title": True},
        {"id": 12, "text": "A numeric id and title.", "title": 2024, "source": {"id": "x"}},
        {"text": None, "body": "Null text, but a body."},
    ]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    docs, errors = read(path)
    assert [(d.id, d.title, d.outlet) for d in docs] == [
        ("ok", None, None),
        ("12", "2024", None),
        ("feed-11", None, None),
    ]
    assert [e.problem for e in errors] == [
        'item 2: "text" is a number; expected a string with the article body',
        'item 3: "text" is null; expected a string with the article body',
        'item 4: "body" is a list; expected a string with the article body',
        'item 5: "id" is a list; expected a string or a number',
        'item 6: "title" is a list; expected a string',
        'item 7: "url" is an object; expected a string',
        'item 8: "source.name" is a list; expected a string',
        'item 9: "title" is true/false; expected a string',
    ]


# -------------------------------------------------------------------------- limits


def test_an_article_over_the_size_limit_is_reported_never_cut(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The council met again. " * 100, encoding="utf-8")  # 2,300 characters
    small = tmp_path / "small.txt"
    small.write_text("The council met.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "long", "text": "Words. " * 400}) + "\n", encoding="utf-8")
    docs, errors = read_limited([big, small, feed], max_document_size=2_000)
    assert [d.id for d in docs] == ["small"]
    assert [(e.path, e.problem) for e in errors] == [
        (str(big), E.TOO_LONG.format(size=2_300, limit=2_000)),
        (str(feed), "line 1: " + E.TOO_LONG.format(size=2_800, limit=2_000)),
    ]
    assert "2,300 characters long, over the limit of 2,000 (--max-document-size)" in str(errors[0])
    docs, errors = read_limited([big, small, feed], max_document_size=0)  # no limit
    assert errors == [] and len(docs[0].text) == 2_300 and len(docs) == 3


def test_a_run_without_spaces_over_the_limit_is_reported(tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.txt"
    quotes.write_text("The minister spoke.\nHe said: " + '"' * 50 + "\n", encoding="utf-8")
    emoji = tmp_path / "emoji.md"
    emoji.write_text("# Flags\n\nFans waved " + "🇬🇪" * 30 + " flags.\n", encoding="utf-8")
    link = tmp_path / "link.txt"  # a long address on a line of its own is noise, removed
    link.write_text("The report is out.\nhttps://example.org/" + "a" * 100 + "\n")
    docs, errors = read_limited([quotes, emoji, link], max_word_length=40)
    assert [d.id for d in docs] == ["link"]
    assert [e.problem for e in errors] == [
        E.WORD_TOO_LONG.format(size=50, line=2, column=10, preview=repr('"' * 24) + "…", limit=40),
        E.WORD_TOO_LONG.format(
            size=60,
            line=3,
            column=12,
            preview=repr("\\U0001f1ec\\U0001f1ea" * 12) + "…",
            limit=40,
        ),
    ]
    docs, errors = read_limited([quotes, emoji], max_word_length=60)
    assert errors == [] and len(docs) == 2


def read_limited(paths: list[Path], **limits: int) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_documents(paths, **limits):
        (docs if isinstance(item, Document) else errors).append(item)
    return docs, errors


def test_the_default_limits_are_the_settings_defaults() -> None:
    import inspect

    from kg.config import Settings

    defaults = inspect.signature(read_documents).parameters
    assert defaults["max_document_size"].default == Settings().max_document_size == 3_000_000
    assert defaults["max_word_length"].default == Settings().max_word_length == 2_000


def test_a_lone_headline_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "headline.txt"
    path.write_text("Talks resume in Geneva\n\n", encoding="utf-8")
    noise = tmp_path / "noise.txt"
    noise.write_text("Advertisement " + "x" * 100 + "\n", encoding="utf-8")
    _docs, errors = read(path, noise)
    assert errors[0].problem == E.ONLY_TITLE.format(title="Talks resume in Geneva")
    assert errors[1].problem == E.ONLY_NOISE.format(
        count=1, example="Advertisement " + "x" * 65 + "…"
    )


# ------------------------------------------------- worst-case markup: time and crashes


@pytest.mark.parametrize(
    ("name", "unit", "end"),
    [
        ("brackets.md", "[", ""),  # each "[" scanned to the line's end: 200k took 5 min
        ("links.md", "[a](", ""),
        ("images.md", "![", ""),
        ("heading.md", "# a" + " " * 199_990, "x"),  # closing-hash search over spaces
        ("comments.html", "<!--x", ""),  # html.parser rescanned the page per "<"
        ("comments-closed.html", "<!--x", ">"),
        ("attributes.html", "<a x='", ""),
        ("tags.html", "<a ", ""),
        ("end-tags.html", "</a", ""),
        ("sections.html", "<![CDATA[x", ""),
        ("declarations.html", "<!x", ""),
    ],
)
def test_a_long_run_of_unclosed_markup_reads_in_linear_time(
    tmp_path: Path, name: str, unit: str, end: str
) -> None:
    import time

    path = tmp_path / name
    path.write_text(unit * (200_000 // len(unit)) + end, encoding="utf-8")
    t0 = time.perf_counter()
    items = list(read_documents([path], max_word_length=0))
    assert time.perf_counter() - t0 < 10  # about 0.5 s; quadratic took minutes
    assert len(items) == 1


def test_a_heading_keeps_its_words_without_closing_hashes(tmp_path: Path) -> None:
    path = tmp_path / "headings.md"
    path.write_text(
        "# Talks resume ##  \n\n## Background ###\n\nThe talks resumed.\n\n"
        "## Phase ## two\n\nBoth sides spoke.\n",
        encoding="utf-8",
    )
    (doc,), _errors = read(path)
    assert doc.title == "Talks resume"
    assert doc.text.split("\n\n") == [
        "Background",
        "The talks resumed.",
        "Phase ## two",
        "Both sides spoke.",
    ]


@pytest.mark.parametrize(
    "section", ["<![foo[ bar ]]>", "<![ 123", "<![if !IE]><p>old browsers</p><![endif]>"]
)
def test_an_odd_marked_section_in_html_is_read_not_a_crash(tmp_path: Path, section: str) -> None:
    # Python < 3.13's html.parser raises AssertionError on "<![foo[", which stopped the build
    path = tmp_path / "page.html"
    path.write_text(f"<p>Talks resumed in Geneva.</p>{section}<p>Both sides spoke.</p>")
    (doc,), errors = read(path)
    assert errors == []
    assert doc.text.startswith("Talks resumed in Geneva.\n") and "Both sides spoke." in doc.text


def test_a_bug_while_reading_one_file_costs_only_that_file(tmp_path, monkeypatch) -> None:
    from kg.ingest import html

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(html, "from_html", broken)
    page = tmp_path / "a.html"
    page.write_text("<p>Talks.</p>", encoding="utf-8")
    text = tmp_path / "b.txt"
    text.write_text("Talks resumed.", encoding="utf-8")
    docs, errors = read(page, text)
    assert [d.id for d in docs] == ["b"]
    assert [(e.path, e.problem) for e in errors] == [
        (str(page), E.READ_FAILED.format(kind="RuntimeError", msg="boom"))
    ]


def test_half_a_character_in_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    # "\ud83d" alone (an emoji cut in two) is valid JSON syntax but no character: spaCy
    # raised UnicodeEncodeError on it and the whole build stopped
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "cut", "title": "Talks \\udfff", "source": {"name": "Wire \\ud83d"},'
        ' "text": "Talks \\ud83d resumed \\ud83d\\ude00 in Geneva."}\n',
        encoding="utf-8",
    )
    (doc,), errors = read(path)
    assert errors == []
    assert doc.text == "Talks \ufffd resumed \U0001f600 in Geneva."  # a whole pair stays
    assert (doc.title, doc.outlet) == ("Talks \ufffd", "Wire \ufffd")
    doc.text.encode("utf-8")


def test_a_number_json_cannot_read_is_named_and_the_next_record_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": ' + "1" * 5000 + ', "text": "Talks."}\n{"id": "ok", "text": "Read."}\n',
        encoding="utf-8",
    )
    single = tmp_path / "one.json"
    single.write_text('{"id": ' + "1" * 5000 + ', "text": "Talks."}', encoding="utf-8")
    docs, errors = read(feed, single)
    assert [d.id for d in docs] == ["ok"]
    digits = "a number of more than 4,300 digits"
    assert [(e.path, e.problem) for e in errors] == [
        (str(feed), E.BAD_JSON.format(line=1, msg=digits)),
        (str(single), E.BAD_JSON_VALUE.format(msg=digits)),
    ]


def test_stdin_bytes_are_decoded_like_a_file() -> None:
    # a text stdin in a C or UTF-8 locale hands Windows-1252 over as lone surrogates
    data = "Café owners in Zürich protest\n\nThe “café” owners said so.\n".encode("cp1252")
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    (doc,), errors = read("-", stdin=stream)
    assert errors == []
    assert doc.title == "Café owners in Zürich protest"
    assert doc.text == "The “café” owners said so."


def test_dangling_symlinks_and_link_loops_are_named_not_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Ministers met in Geneva on Monday.", encoding="utf-8")
    (corpus / "b.txt").symlink_to(tmp_path / "deleted.txt")  # its article was moved away
    (corpus / "c.txt").symlink_to("c.txt")  # points at itself
    (corpus / "sub" / "up").symlink_to("..")  # a folder loop: walked once, never forever
    (corpus / "sub" / "d.txt").symlink_to(corpus / "a.txt")  # resolves: read (once)
    given = tmp_path / "given.txt"
    given.symlink_to("gone.txt")
    docs, errors = read(corpus, given)
    assert [d.id for d in docs] == ["a"]
    assert [(e.path, e.problem) for e in errors] == [
        (str(corpus / "b.txt"), E.DANGLING.format(target=repr(str(tmp_path / "deleted.txt")))),
        (str(corpus / "c.txt"), E.LINK_LOOP),
        (str(given), E.DANGLING.format(target="'gone.txt'")),
    ]


def test_a_file_name_with_control_characters_gives_one_line_errors(tmp_path: Path) -> None:
    name = "leak\nkg: error: fake\r\x1b[2J\u202etxt.exe\udcff.txt"
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Dock workers in Rotterdam went on strike.", encoding="utf-8")
    docs, (error,) = read(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    assert error.path == str(tmp_path / name)  # kept as it is for the caller
    shown = str(error)
    assert shown == (
        f"{tmp_path}/leak\\nkg: error: fake\\r\\x1b[2J\\u202etxt.exe\\xff.txt: {E.EMPTY_FILE}"
    )
    assert shown.isprintable()


def test_a_build_names_a_control_character_file_on_one_line(tmp_path, capsys) -> None:
    from kg.cli import main

    src = tmp_path / "articles"
    src.mkdir()
    (src / "bad\nname.txt").write_bytes(b"")
    (src / "link.txt").symlink_to("missing.txt")
    (src / "ok.txt").write_text(
        "Dock workers in Rotterdam went on strike on Monday over night-shift pay.",
        encoding="utf-8",
    )
    code = main(["build", str(src), "-o", str(tmp_path / "out"), "-q", "--published",
                 "2024-03-04"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines() == [
        f"kg: error: {src}/bad\\nname.txt: {E.EMPTY_FILE}",
        f"kg: error: {src}/link.txt: {E.DANGLING.format(target=repr('missing.txt'))}",
    ]


# A spam page written as the real ones are: unrelated sentences, each with an
# advertising phrase stuffed into it.
_STUFFED = [
    "The ferry left the harbour at dawn with no fees best and free online dating sites "
    "for men in leeds on board.",
    "Engineers replaced the pump after the top rated online dating service in bristol "
    "failed its test.",
    "The council voted on the budget while the cheapest dating online site for women in "
    "york stayed open.",
    "Rain fell all week and totally free best online dating websites in hull were busy.",
    "A choir sang at the station, no credit card needed newest dating sites in derby.",
]


def test_spam_page_is_kept_out_with_a_line_naming_it(tmp_path: Path) -> None:
    """A page stuffed with advertising phrases is no article: every stuffed sentence would
    read as an event. It is left out with one line naming the file and why; an article
    that names the same service as news stays."""
    (tmp_path / "spam.txt").write_text("Best free dating sites\n\n" + " ".join(_STUFFED) + "\n")
    (tmp_path / "news.txt").write_text(
        "Dating apps fined over fake profiles\n\n"
        "Regulators fined three online dating sites on Tuesday for showing users fake "
        "profiles. The online dating sites must pay a total of 2 million euros, the "
        "authority said. One of the dating sites said it would appeal.\n"
    )
    items = list(read_documents([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    kept = [i for i in items if isinstance(i, Document)]
    assert [d.path for d in kept] == [str(tmp_path / "news.txt")]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "spam.txt")
    assert "spam" in errors[0].problem and "5 advertising phrases" in errors[0].problem
    assert "\n" not in str(errors[0])
