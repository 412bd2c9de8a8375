"""The speech, letter or news conference a quote was given in is its frame, not an event
of the story (issue 19): a judged sample of real pages held "Speech in Ankara" from
"said in a speech in Ankara". Told on their own, or a summit that is not the press's,
they stay. Texts written by us."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    document = Document(id="t", text=text, source_text=text)
    return [(e.type, e.title) for e in extract_document(next(nlp.parse([text])), document).events]


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("President Recep Tayyip Erdogan said in a speech in Ankara on Tuesday that Turkey "
         "would not back down.", "speech"),
        ("The minister told reporters at a news conference in Paris on Friday that talks "
         "with the unions would resume.", "conference"),
        ("Senator Ana Ruiz wrote in a letter to the agency that the rules were unfair.",
         "letter"),
        ("The mayor said during a briefing on Monday that the bridge would reopen.", "briefing"),
        # one rule for a news conference a quote was given at: BBC politics 026 kept
        # "Mr Blair told a news conference" as an event, entertainment 288 lost The Game's
        ('Prime Minister Ana Ruiz told a news conference in Madrid: "This matter is '
         'closed."', "conference"),
        ('The rapper Marcus Hill told his first press conference since the feud: "I want to '
         'say sorry to my fans."', "conference"),
        ("Mr Straw, speaking at a joint news conference with his Chinese counterpart, "
         "stressed the point.", "conference"),
    ],
)  # fmt: skip
def test_the_form_a_quote_was_given_in_is_no_event(text: str, frame: str):
    found = _events(text)
    assert not any(frame in title.lower() for _, title in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ana Ruiz gave a speech to parliament on Monday.", "speech"),
        ("Prime Minister Ana Ruiz said at the NATO summit that the alliance would respond.",
         "summit"),
        ("The interview was broadcast on Monday.", "interview"),
        ("Mr Howard will host a news conference at the party headquarters every morning, "
         "the party chairman said.", "conference"),
    ],
)  # fmt: skip
def test_one_told_on_its_own_or_a_summit_stays(text: str, kept: str):
    found = _events(text)
    assert any(kept in title.lower() for _, title in found), found


def test_a_joint_news_conference_with_a_named_partner_is_their_meeting():
    """Held jointly with someone named, the news conference is the two leaders' meeting
    with the press, not only the frame of a quote: BBC politics 386 lost the Chinese
    foreign minister with it. Who spoke at it took part."""
    text = (
        "Helen Marsh, speaking at a joint news conference with Portuguese Prime Minister Luis "
        "Costa, repeated the offer."
    )
    document = Document(id="t", text=text, source_text=text)
    events = extract_document(next(nlp.parse([text])), document).events
    (held,) = [e for e in events if any(m.text == "conference" for m in e.mentions)]
    assert {"Luis Costa", "Helen Marsh"} <= {p.actor for p in held.participants}
