"""Extraction reads a document's token attributes once, as arrays (issue 24: the
speaker choice walked the Token objects of three sentences per statement, and asked
each candidate for ``tok.sent``, a walk to its sentence's ends).

The faster reading must keep every answer: here it is checked against the walk it
replaced, on a news text of our own with several speakers per paragraph.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import statements
from kg.extract.actors import ActorIndex
from kg.model import Document

TEXT = (
    "BRUSSELS (Reuters) - EU trade commissioner Marta Lind said on Monday that the bloc "
    "would answer the new steel tariffs within weeks. She told reporters the measures "
    "broke the rules.\n\n"
    "Her spokesman, Pavel Hruby, later said the answer would be measured. \u201cWe do not "
    "want a trade war,\u201d he said, adding that talks with Washington would go on.\n\n"
    "The steelmakers' federation welcomed the plan. Its director, Ines Moreau, said the "
    "tariffs had already cost 4,000 jobs, according to the federation's own figures. "
    "Unions said they would strike in March if no deal was reached, and the German "
    "economy minister, Jonas Albrecht, told Die Welt that Berlin backed Lind.\n"
)


@pytest.fixture(scope="module")
def built():
    document = Document(id="tariffs", text=TEXT, source_text=TEXT, published=date(2026, 11, 12))
    doc = next(nlp.parse([TEXT]))
    builder = statements._Builder(doc, document, ActorIndex(doc, document))
    return doc, builder, builder.build()


def test_speaker_candidates_are_read_from_arrays_as_the_walk_finds_them(built):
    doc, builder, made = built
    assert len(made) >= 5
    walked = [t for t in doc if t.pos_ in {"PROPN", "PRON", "NOUN"}]
    at, chars, sent_of, _free = builder._nominals
    assert (at, chars) == ([t.i for t in walked], [t.idx for t in walked])
    sents = list(doc.sents)
    assert sent_of == [
        next(k for k, s in enumerate(sents) if s.start <= t.i < s.end) for t in walked
    ]
    # the choices of every statement, again, name the words a walk of the cue's three
    # sentences (the cue's own for another actor) finds
    choices = [builder.speaker_choices(st) for st in made]
    assert any(len(c) > 2 for c in choices)  # several candidates were weighed
    sents = list(doc.sents)
    for st, found in zip(made, choices, strict=True):
        for _, _, tok in found[1:]:
            anchor = builder.anchor[id(st)]
            k = next(i for i, s in enumerate(sents) if s.start <= anchor.i < s.end)
            assert sents[max(0, k - 2)].start <= tok.i < sents[k].end
            assert tok.pos_ in {"PROPN", "PRON", "NOUN"}
            mention = builder._actor_at(tok)
            if mention is None or mention.name != st.speaker_name:
                assert tok.sent.start == sents[k].start


HEADLINES = (
    "Three Dead, 12 Injured As Storm Hits Coast\n\n"
    "Two climbers were found dead on Sunday and a guide was slain by a rockfall, the "
    "mountain rescue service said. Of the 40 hurt, most were treated at the scene and "
    "quickly sent home.\n"
)


def test_words_no_trigger_can_be_are_answered_before_the_lexicon(monkeypatch):
    """Articles, prepositions, adverbs and punctuation are no trigger whatever the words
    around them say: they are answered at once, the lexicon never asked. The dead and
    the hurt, in any part of speech the model gives them, are still read."""
    from kg.extract import events

    doc = next(nlp.parse([HEADLINES]))
    document = Document(id="storm", text=HEADLINES, source_text=HEADLINES)
    index = ActorIndex(doc, document)
    full = {t.i: events._trigger_type(t, index) for t in doc}
    asked: list[str] = []
    lexicon = events.lexicon

    def counted():
        asked.append("lexicon")
        return lexicon()

    monkeypatch.setattr(events, "lexicon", counted)
    plain = [t for t in doc if t.pos_ in {"DET", "ADP", "ADV", "PUNCT", "CCONJ", "AUX"}]
    assert {"the", "on", "quickly", ",", "and", "were"} <= {t.lower_ for t in plain}
    for tok in plain:
        if tok.lower_ not in {"dead", "hurt", "injured", "wounded", "slain"}:
            assert events._trigger_type(tok, index) is None
    assert not asked
    found = next(t for t in doc if t.lower_ == "dead" and t.pos_ == "ADJ")  # "found dead"
    assert full[found.i] == "Death" == events._trigger_type(found, index)
    assert asked  # an adjective of the dead is read on


OUTLETS = (
    "GHENT (Reuters) - Chief executive Marc Peeters told the newspaper De Tijd on Friday "
    "that Verlaet Metals would close its Ghent smelter. The company, which employs 900 "
    "people, said the closure would take a year. Marc Peeters said unions had been told. "
    "Verlaet Metals shares fell 4 percent, and De Tijd said the plan had been expected.\n"
)


def test_outlets_and_name_places_are_read_once_per_document(monkeypatch):
    """The outlet names of a text and the places a name is given are read once per
    document (issue 24: asked per description and per name near it, each walk over
    every entity or every word grew with the square of an article's length in
    bench/length.py). The answers are the walks'."""
    from kg.extract import event_groups

    doc = next(nlp.parse([OUTLETS]))
    walked = {
        e.text
        for e in doc.ents
        if e.start > 0 and doc[e.start - 1].lower_ in event_groups.OUTLET_NOUNS
    }
    assert "De Tijd" in walked
    assert event_groups._outlet(doc, "De Tijd") is True
    assert event_groups._outlet(doc, "Verlaet Metals") is False

    def no_walk(_doc):
        raise AssertionError("the entities walked again")

    monkeypatch.setattr(event_groups, "entities", no_walk)
    for name in ("De Tijd", "Verlaet Metals", "Marc Peeters", "Ghent"):
        assert event_groups._outlet(doc, name) is (name in walked)
    monkeypatch.undo()
    trig = next(t for t in doc if t.lower_ == "told")
    assert event_groups._surnamed("Marc Peeters", trig) == "Peeters"  # given twice, no work
