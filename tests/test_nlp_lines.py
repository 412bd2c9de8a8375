"""A line break ends a sentence before the parser reads it (issue 23).

spaCy's parser reads a headline and the first sentence under it as one sentence, so the
first sentence of every article got the headline's root and subject. kg.nlp.load()
marks a sentence start after a blank line, and after a single line break unless the
line plainly goes on (next line in lower case, or a line ending on "for", "the", ...).
"""

from __future__ import annotations

from kg import nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp.load()(text).sents]


def test_headline_over_a_blank_line_is_its_own_sentence() -> None:
    """The BBC layout: headline, blank line, story. The story's first sentence keeps
    its own root and subject (not the headline's verb)."""
    text = (
        "Councillors reject harbour plan\n\n"
        "Harbour Board chairman Fiona Maclean has accepted defeat after councillors "
        "voted against the £40m redevelopment on Tuesday."
    )
    doc = nlp.load()(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Councillors reject harbour plan",
        text.split("\n\n")[1],
    ]
    story = list(doc.sents)[1]
    assert story.root.text == "accepted"
    assert [t.text for t in story.root.children if t.dep_ == "nsubj"] == ["Maclean"]


def test_blank_line_holding_spaces() -> None:
    """A blank line with spaces on it ("\\n \\n", one spaCy token) is a blank line."""
    text = "Strike called off at depot\n \nUnion leaders said the walkout would not go ahead."
    assert _sentences(text) == [
        "Strike called off at depot",
        "Union leaders said the walkout would not go ahead.",
    ]


def test_title_and_date_line_each_on_one_line() -> None:
    """trafilatura's pages and ECB+ as the bench feeds it: a title and a date line,
    each on a line of its own with no full stop."""
    text = (
        "Flooding closes main road into Carlisle\n"
        "March 3, 2021\n"
        "Police closed the A7 on Wednesday after the River Eden burst its banks."
    )
    assert _sentences(text) == text.split("\n")


def test_a_line_that_plainly_goes_on_stays_one_sentence() -> None:
    """Line breaks left where a page's links were cut out, or a wrapped line: the
    sentence runs across them (the line ends on "for", the next starts in lower case)."""
    text = (
        "A nurse who had tested positive for \nMeasles\n was sent home on Monday, "
        "the hospital said.\nThe ward stayed open while staff\nwere checked."
    )
    assert _sentences(text) == [
        "A nurse who had tested positive for \nMeasles\n was sent home on Monday, "
        "the hospital said.",
        "The ward stayed open while staff\nwere checked.",
    ]


def test_component_sits_before_the_parser() -> None:
    """The starts must be in place when the parser runs (the parser keeps them)."""
    names = nlp.load().pipe_names
    assert names.index("kg_line_starts") < names.index("parser")


def test_full_stop_after_a_film_title_ends_the_sentence() -> None:
    """A full stop after a one-word title, with a capitalised title after it, ends the
    sentence: the small parser ran "for Harbour. Million" together and started the next
    sentence at "Pound", so the tip lost its end and the film its name. Abbreviations
    the tokenizer splits from their stop ("Lt. Col.", "No. 10") and initials stay."""
    text = (
        "Its star Nina Holt is favourite to win best actress while Paul Greer is tipped "
        "to win best actor for Harbour. Million Pound Girl has seven nominations, and "
        "Lt. Col. Hugh Marsh of No. 10 Squadron and George W. Dale will present them."
    )
    assert _sentences(text) == [
        "Its star Nina Holt is favourite to win best actress while Paul Greer is tipped "
        "to win best actor for Harbour.",
        "Million Pound Girl has seven nominations, and Lt. Col. Hugh Marsh of No. 10 "
        "Squadron and George W. Dale will present them.",
    ]


def test_a_plural_title_before_names_goes_on_with_them() -> None:
    """"Sens." and "Reps." before a list of names are abbreviations the tokenizer splits
    from their stop: the sentence goes on with the names, and the letter keeps its
    signers."""
    text = (
        "The letter was signed by Sens. Chris Holden and Tim Barr and by Reps. Jo Kemp "
        "and Ed Lowe on Monday."
    )
    assert _sentences(text) == [text]
