"""Clitics with a curly apostrophe read as the straight ones (issue 19: news pages print
"we’ve", "they’ll", "isn’t" with U+2019, and a sentence typed that way lost its
tense and modality: "it’ll reopen" was told as reported, "they’d evacuated" as a
plain past). The tags and the parse must stay the model's own. Texts written for the
project."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.attrs import DEP, HEAD, TAG

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

CURLY = (
    "“We’ve closed the Hull depot,” she said. They’ll reopen it, but it isn’t clear "
    "when. She’d left by then, and I’m told we’re late."
)


def test_curly_clitics_take_the_straight_lemmas() -> None:
    doc = nlp.load()(CURLY)
    lemmas = {t.text: t.lemma_ for t in doc if "’" in t.text}
    assert lemmas["’ve"] == "have"
    assert lemmas["’ll"] == "will"
    assert lemmas["’d"] == "would"
    assert lemmas["n’t"] == "not"
    assert all(t.lower_ == t.text.replace("’", "'").lower() for t in doc if "’" in t.text)


def test_curly_clitics_leave_the_parse_as_the_model_gives_it() -> None:
    """Only the lower-case form changes; the tagger and parser read other features, so
    tags, dependencies and heads are those of the stock pipeline."""
    stock = spacy.load(nlp.model_name())
    nlp._line_starts(stock)
    ours = nlp.load()(CURLY)
    assert (
        ours.to_array([TAG, DEP, HEAD]).tolist() == stock(CURLY).to_array([TAG, DEP, HEAD]).tolist()
    )


def _events(text: str) -> list[tuple[str, str, str]]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    found = extract_document(next(nlp.parse([text])), document).events
    return [(e.type, e.factuality, e.title) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "The council said on Monday that it'll reopen the Tyne bridge to traffic in March.",
        "“They'd already evacuated the village when the river burst its banks,” the mayor said.",
    ],
)
def test_a_curly_sentence_gives_the_events_of_the_straight_one(text: str) -> None:
    straight = _events(text)
    assert straight
    assert _events(text.replace("'", "’")) == straight
