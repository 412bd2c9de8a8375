"""The readers' facts about a sentence and a line are read once per document (issue 24).

The junk readers asked the same question of a sentence for each of its mentions, each
time walking the whole sentence; the title's line start walked from the sentence start
to the word for every word asked about. The answers are kept with the document: the
same answers, each read once.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg import nlp
from kg.extract import event_groups, events, tokens

ADVICE = (
    "Book your tickets before Friday, pack your bags, print your boarding pass and "
    "bring your passport to the gate.\n"
    "The airline cancelled three flights to Lisbon on Monday after the strike."
)
BYLINE = (
    "By Sarah Jones\nPolice arrested two men after a robbery in Leeds on Friday, "
    "and officers searched a house in Harehills."
)


def _mention(tok):
    """The one field these readers ask of a mention."""
    return SimpleNamespace(trigger=tok, time=None, participants=[])


@pytest.fixture(scope="module")
def advice():
    return next(nlp.parse([ADVICE]))


def _counting(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_line_to_you_is_read_once_for_all_its_mentions(monkeypatch, advice):
    advice.user_data.clear()
    calls = _counting(monkeypatch, events, "_speaks_to_you")
    verbs = [t for t in advice if t.pos_ == "VERB"]
    first = [events._to_your(_mention(t)) for t in verbs]
    again = [events._to_your(_mention(t)) for t in verbs]
    assert first == again
    assert len(calls) == len({t.sent.start for t in verbs})  # one reading per sentence
    cancelled = next(t for t in advice if t.lower_ == "cancelled")
    assert not events._to_your(_mention(cancelled))  # "The airline cancelled": a subject


def test_you_can_and_the_quote_check_are_read_once_per_sentence(monkeypatch, advice):
    advice.user_data.clear()
    told = _counting(monkeypatch, events, "_tells_you")
    quoted = _counting(monkeypatch, events, "_quote_in_text")
    verbs = [t for t in advice if t.pos_ == "VERB"]
    for _ in range(3):
        for t in verbs:
            events._you_can(_mention(t))
            events._to_reader(_mention(t))
    sentences = len({t.sent.start for t in verbs})
    assert len(told) == sentences
    assert len(quoted) == sentences


def test_a_line_start_is_found_once_per_word(monkeypatch):
    # kg's own pipeline starts a sentence at the byline's line break (kg_line_starts);
    # a pipeline without that component runs the parser over it, as this test needs
    pipeline = nlp.load()
    with pipeline.select_pipes(disable=["kg_line_starts"]):
        doc = pipeline(BYLINE)
    calls = _counting(monkeypatch, event_groups, "_wraps")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    searched = next(t for t in doc if t.lower_ == "searched")
    police = next(t for t in doc if t.text == "Police")
    assert event_groups._line_start(arrested) == police.i  # the byline is a line of its own
    read = len(calls)
    assert read >= 1
    assert event_groups._line_start(arrested) == police.i
    assert len(calls) == read  # asked again: answered from the document's table
    if searched.sent.start == arrested.sent.start:
        assert event_groups._line_start(searched) == police.i


@pytest.mark.parametrize(
    "text",
    [
        BYLINE,
        "\nKey Background\n\nAs protests grew, the mayor  \n met union leaders.\n",
        "no line break at all",
        "Talks resumed in Geneva\n",
    ],
)
def test_line_breaks_are_the_tokens_that_hold_or_end_in_one(text: str):
    doc = next(nlp.parse([text]))
    want = [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]
    assert tokens.line_breaks(doc) == want


def _title_case_by_walk(doc) -> set[int]:
    """The title-case lines read the plain way, token by token."""
    lines: list[list] = [[]]
    for t in doc:
        lines[-1].append(t)
        if "\n" in t.text_with_ws:
            lines.append([])
    title: set[int] = set()
    for toks in lines:
        long = [t for t in toks if t.is_alpha and len(t) > 3]
        if len(long) >= 3 and sum(t.text[0].isupper() for t in long) >= 0.8 * len(long):
            title.update(t.i for t in toks)
    return title


@pytest.mark.parametrize(
    "text",
    [
        "Gunman Opens Fire In Mall\nThree people were hurt when a gunman opened fire.",
        "Police said on Monday.\n\nThree Killed In Bank Fire",  # the last line, no break
        "Actress Dies At 91\n \nDeGeneres Hosts Oscars Again\nthe show went on.\n",
        "Minister Resigns Over Leaked Memo after a week of pressure from the opposition",
        "Talks resumed in Geneva on Tuesday.",
        "",
    ],
)
def test_title_case_lines_read_from_texts_are_those_a_walk_finds(text: str):
    doc = next(nlp.parse([text]))
    assert tokens.title_case_lines(doc) == _title_case_by_walk(doc)


def test_a_headline_word_is_told_from_the_document_table():
    doc = next(nlp.parse(["Three Killed In Bank Fire\nPolice said the fire started at noon."]))
    killed = next(t for t in doc if t.text == "Killed")
    police = next(t for t in doc if t.text == "Police")
    assert events._headline(killed) and not events._headline(police)
    assert doc.user_data["headlines"] == tokens.title_case_lines(doc)
