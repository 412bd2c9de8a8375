"""The statement passes that look for a few words read those words, not the whole
article (issue 24: the build's cost beyond the parse).

The finding pass ("in a poll, …"), the hedge pass ("is expected to"), the headline
colon ("Name: claim"), the "that" clause pass and the cue lists each walked every
Token of the document; they now take their candidates from a column compare. These
tests count the tokens each pass takes from the Doc on a news text of our own
(invented people and places), and check that the candidates are those of the full
walk.
"""

from __future__ import annotations

import cProfile
import pstats
from datetime import date

import pytest
from spacy.attrs import LEMMA, POS
from spacy.symbols import VERB
from test_events_work import _reads  # the tokens a call takes from a Doc

from kg import nlp
from kg.extract.actors import ActorIndex
from kg.extract.statements import HEDGES, _Builder, is_according
from kg.model import Document

LEAD = (
    "Marta Oren: The harbour will reopen before the winter storms.\n\n"
    "In a poll published on Monday, most residents of Valdora backed the plan to rebuild "
    "the old docks. The council is expected to approve the money next week, according "
    "to the city's treasurer. Mayor Ilse Brand realised that the work would be "
    "slow, and the unions' claim that jobs would go was denied by the port.\n\n"
)
# the middle of a long report: sentences with none of the words the passes look for
FILLER = (
    "Fishing boats lined the northern quay while cranes lifted steel beams onto the "
    "barges, and the ferries to the islands kept their winter timetable. "
    "Gulls circled the empty warehouses near the old customs house.\n\n"
)
TEXT = LEAD + FILLER * 12


def _builder(text: str) -> _Builder:
    doc = next(nlp.parse([text]))
    document = Document(id="work", text=text, source_text=text, published=date(2026, 12, 1))
    return _Builder(doc, document, ActorIndex(doc, document))


@pytest.fixture(scope="module")
def builders():
    return _builder(LEAD), _builder(TEXT)


def test_passes_for_a_few_words_do_not_grow_with_the_article(builders):
    """Each pass reads its few candidates and their clauses: twelve paragraphs with
    none of its words add almost nothing to its reading, where the walk it replaced
    read every word they hold."""
    short, long = builders
    added = len(long.doc) - len(short.doc)
    for name, arg, share in (
        ("_evidence_statements", [], 0.05),
        ("_hedged_statements", [], 0.05),
        ("_colon_statements", set(), 0.05),
        ("_that_statements", [], 0.75),  # its verbs and their children: a few a sentence
    ):
        # the indexes a builder makes once (its entities, its sentences) read on first
        # use: what is counted is each further run
        runs = [lambda b=b, name=name, arg=arg: getattr(b, name)(arg) for b in (short, long)]
        for run in runs:
            run()
        grew = _reads(runs[1]) - _reads(runs[0])
        assert grew < share * added, name
    # and the passes still find what the full walk found
    builder = long
    assert [st.text for st in builder._evidence_statements([])] == [
        "most residents of Valdora backed the plan to rebuild the old docks"
    ]
    assert any("council" in st.text for st in builder._hedged_statements([]))
    assert [st.speaker_name for st in builder._colon_statements(set())] == ["Marta Oren"]
    assert any("slow" in st.text for st in builder._that_statements([]))


def test_candidates_are_those_of_the_full_walk(builders):
    builder = builders[1]
    doc = builder.doc
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert [t.i for t in builder._candidates(POS, (VERB,))] == [t.i for t in verbs]
    hedges = [t.i for t in doc if t.lemma_ in HEDGES]
    assert [t.i for t in builder._candidates(LEMMA, HEDGES)] == hedges
    cue_words = [t.i for t in doc if t.pos_ in {"VERB", "AUX"} or is_according(t)]
    assert set(t.i for t in builder.cues) <= set(cue_words)
    assert any(is_according(t) for t in builder.cues)


def test_token_columns_are_read_once_per_document(builders):
    """The passes compare token columns (part of speech, lemma, lower case, text) read
    in one ``Doc.to_array`` per document, the speaker choice's nominals included: one
    read per pass cost more than the compares themselves on a short article."""
    doc = builders[1].doc
    document = Document(id="once", text=TEXT, source_text=TEXT, published=date(2026, 12, 1))
    index = ActorIndex(doc, document)
    prof = cProfile.Profile()
    prof.enable()
    made = _Builder(doc, document, index).build()
    prof.disable()
    reads = sum(
        calls
        for (path, _, name), (_, calls, *_rest) in pstats.Stats(prof).stats.items()
        if path.endswith("doc.pyx") and name == "to_array"
    )
    assert reads == 1
    assert len(made) >= 5  # the passes and the speaker choice all ran
