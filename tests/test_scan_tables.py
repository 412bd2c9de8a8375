"""Per-document tables that replace rescans in actors and statements (issue 24: speed).

Each table is read once per document and must answer exactly as the scan it replaced
(the build's outputs stay byte-identical); each test below checks one against the plain
scan on a text of our own, and that the scan is no longer repeated.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.attrs import DEP, LOWER, POS, TAG
from spacy.symbols import NOUN, PROPN

from kg import nlp
from kg.extract import actors, statements
from kg.extract.actors import ActorIndex
from kg.model import Document

TEXT = (
    "Harbour strike talks collapse\n\n"
    "ROTTERDAM (Reuters) - Mr. Jansen, the union's negotiator, said on Monday that the "
    "port authority had walked out of the talks. \u201cThey never meant to settle,\u201d he "
    "told reporters outside the harbour office.\n"
    "Mrs Okafor, who chairs the port authority, denied that. The chairwoman said the "
    "union's demands would cost the city 40 million euros. "
    '"We stayed at the table until midnight," she said. MS Delgado, a shipping analyst, '
    "said the strike would hurt the Dutch economy.\n\n"
    "The Dutch government urged both sides to return. The prime minister said he would "
    "meet Mr Jansen and Mrs. Okafor on Wednesday.\n"
    "Miss Varga, a dock worker, said: ''We will stay out as long as it takes.'' The "
    'union said in a statement that "the fight is not over.\n'
)


@pytest.fixture()
def parsed():
    document = Document(id="scan", text=TEXT, source_text=TEXT, published=date(2026, 11, 12))
    return next(nlp.parse([TEXT])), document


def test_where_answers_as_a_scan_and_reads_each_column_once(parsed):
    doc, _ = parsed
    asks = [
        (LOWER, ("the", "mr.", "said", "he", "she")),
        (POS, (PROPN, NOUN)),
        (DEP, ("nsubj", "nsubjpass", "appos")),
        (TAG, ("NNS",)),
        (LOWER, ("the", "the")),  # a value twice: each token once
        (LOWER, ("zeppelin",)),  # in no token
    ]
    for attr, values in asks:
        wanted = {v if isinstance(v, int) else doc.vocab.strings[v] for v in values}
        column = doc.to_array(attr).tolist()
        for tokens in (doc, doc[5:40], doc[0:0]):
            start = 0 if tokens is doc else tokens.start
            scan = [t.i - start for t in tokens if column[t.i] in wanted]
            assert actors._where(tokens, attr, values) == scan
    # the columns asked are kept with the document: a scan costs what it finds
    assert {f"kg_positions_{attr}" for attr in (LOWER, POS, DEP, TAG)} <= set(doc.user_data)


def test_nouns_with_the_answer_as_their_children(parsed):
    doc, document = parsed
    index = ActorIndex(doc, document)
    with_the = index._with_the()
    for tok in doc:
        walked = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        assert (tok.i in with_the) == walked, tok.text
    # "The chairwoman" (capital, sentence-initial) and "the prime minister" both count
    found = {doc[i].text for i in with_the}
    assert {"chairwoman", "minister", "government"} <= found


def test_line_breaks_between_words_answer_as_the_tokens_between(parsed):
    doc, _ = parsed
    assert "line_breaks" not in doc.user_data
    pairs = [(a, b) for a in list(doc)[::7] for b in list(doc)[::11]]
    for a, b in pairs:
        lo, hi = sorted((a.i, b.i))
        walked = any("\n" in t.text_with_ws for t in doc[lo:hi])
        assert statements._across_paragraphs(a, b) == walked, (a.text, b.text)
    assert any(statements._across_paragraphs(a, b) for a, b in pairs)
    assert not all(statements._across_paragraphs(a, b) for a, b in pairs)
    assert "line_breaks" in doc.user_data  # read once for the document, not per pair


def test_styled_surnames_from_each_distinct_word(parsed):
    doc, _ = parsed
    assert actors._styled_surnames(doc) == {"Jansen", "Okafor", "Delgado", "Varga"}
    assert f"kg_positions_{LOWER}" in doc.user_data  # the words, not every token


class _Counted(dict):
    """OPEN_QUOTES that counts how often the pairing looks a character up."""

    looked = 0

    def get(self, key, default=None):
        _Counted.looked += 1
        return super().get(key, default)


def test_find_quotes_steps_from_mark_to_mark(monkeypatch):
    words = "the port authority said the talks would go on next week " * 40
    text = f"Jansen said: \u201cWe are ready.\u201d Then {words}\n\u201cNo,\u201d she said. {words}"
    expected = statements.find_quotes(text)
    assert [text[q.start : q.end] for q in expected] == ["We are ready.", "No,"]
    counted = _Counted(statements.OPEN_QUOTES)
    monkeypatch.setattr(statements, "OPEN_QUOTES", counted)
    _Counted.looked = 0
    assert statements.find_quotes(text) == expected
    # one look at each mark that may open a quote, not one per character (~4,600 here)
    assert _Counted.looked <= 10


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        (
            "The union's reply: \"it's not over, it's only begun\" today.",
            ["it's not over, it's only begun"],
        ),
        (
            "She said: ''We will stay out as long as it takes.''",
            ["We will stay out as long as it takes."],
        ),
        ("\u201cWe never meant to settle,\u201d he said.", ["We never meant to settle,"]),
        (
            'A "stray mark and then nothing to close it at all',
            ["stray mark and then nothing to close it at all"],
        ),
        ("No marks at all in this line.", []),
        ("\u00abNous restons,\u00bb a dit le syndicat.", ["Nous restons,"]),
    ],
)
def test_find_quotes_pairs_the_marks(text, quoted):
    assert [text[q.start : q.end] for q in statements.find_quotes(text)] == quoted


def test_speaker_candidates_read_once_per_document(parsed):
    doc, document = parsed
    builder = statements._Builder(doc, document, ActorIndex(doc, document))
    made = builder.build()
    assert any(len(choices) > 1 for _, choices in builder.choices)  # the weighing ran
    at, chars, sent_of, free = builder._nominals
    starts = [s.start for s in doc.sents]
    for j, i in enumerate(at):
        tok = doc[i]
        assert chars[j] == tok.idx
        assert starts[sent_of[j]] <= i and (
            sent_of[j] + 1 == len(starts) or i < starts[sent_of[j] + 1]
        )
        may = not (
            builder.in_dateline(tok)
            or tok.lower_ in statements.SELF_WORDS
            or statements._region_of_a_place(tok)
        )
        assert free[j] == may, tok.text
    assert not all(free)  # "ROTTERDAM" of the dateline may never speak
    # a speaker's words are worked out once per token, and as they were
    for st in made:
        said = builder.said.get(id(st))
        if said is not None:
            assert builder._speaker_span(said) is builder._speaker_span(said)
            assert builder._speaker_span(said) == builder._spoken_by(said)


ASIDES = (
    "Voters, Ana Ruiz said on Thursday, want a new ferry to the islands. "
    "The ferry, said harbour master Tomas Brandt, will sail twice a day from June. "
    "The mayor, Lena Marsh, said the port would pay for it.\n"
    "Fares, the company said, will not rise."
)


def _count_calls(monkeypatch, name: str) -> list[int]:
    """Replace ``statements.<name>`` (a function of one token) by one that records the
    index of each token it is asked of; the list of those indexes."""
    asked: list[int] = []
    plain = getattr(statements, name)

    def counted(tok):
        asked.append(tok.i)
        return plain(tok)

    monkeypatch.setattr(statements, name, counted)
    return asked


def test_aside_speakers_worked_out_once_per_verb(monkeypatch):
    doc = next(nlp.parse([ASIDES]))
    fresh = next(nlp.parse([ASIDES]))
    worked_out = statements._aside_read
    read = _count_calls(monkeypatch, "_aside_read")
    for _ in range(3):  # asked again and again, as the speaker weighing does
        answers = [statements._aside_speaker(t) for t in doc]
    expected = [worked_out(t) for t in fresh]
    assert [a.i if a is not None else None for a in answers] == [
        e.i if e is not None else None for e in expected
    ]
    assert sorted(read) == list(range(len(doc)))  # once each
    said = {a.text for a in answers if a is not None}
    assert said & {"Ruiz", "Brandt"} and "company" in said  # the asides were read


def test_relay_looks_at_the_sentence_s_according_only(monkeypatch):
    text = (
        "Most of the dock workers who voted on Friday backed the strike, which could close "
        "the port for a week, according to a survey by the harbour union. "
        "The company said it would not talk."
    )
    doc = next(nlp.parse([text]))
    first, second = list(doc.sents)
    asked = _count_calls(monkeypatch, "is_according")
    relay = statements._relay(first)
    assert relay is not None and relay.text == "survey"
    assert statements._relay(second) is None
    according = [t.i for t in doc if t.lower_ == "according"]
    assert asked[: len(according)] == according  # not every word of the sentences
