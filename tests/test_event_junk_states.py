"""More junk events of real pages and of ECB+'s spurious list (issue 19), one class per
case, on our own text: positions told with event words ("starting running back"), a
place by how it is kept, a presumption, stances, effects in general, counts of cases,
"that has not stopped", images of lasting effects, relations of things, a manner
judged, the course of a line and a price that "shot up". Beside them, the same words
telling a happening, which must stay."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def found(text: str) -> list[tuple[str, str]]:
    """(type, mention word) of every mention of every event of the text."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return [(e.type, m.text.lower()) for e in result.events for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a position or a roster, not an act
        ("The Giants placed their starting running back on injured reserve on Tuesday.",
         "starting"),
        # a place by how it is kept
        ("Two men robbed a bank in a heavily patrolled area of the capital on Monday.",
         "patrolled"),
        # a presumption: the death, if any, is told by "dead"
        ("Two men are missing and presumed dead after the blast in the mine.", "presumed"),
        # a stance
        ("Protesters opposed to the pension reform marched through Paris on Saturday.",
         "opposed"),
        ("Democrats have advocated for more funding for the states.", "advocated"),
        # an effect in general
        ("Ford said 3,000 workers impacted by the shutdown would get full pay.", "impacted"),
        ("The pandemic is impacting JPMorgan's clients, Jamie Dimon wrote.", "impacting"),
        # a count of cases: a statistic
        ("Pakistan recorded 2,756 new cases on Monday.", "recorded"),
        # "that has not stopped X": a frame, nothing stopped
        ("That has not stopped investors from buying the shares.", "stopped"),
        # images
        ("JPMorgan's losses continued to reverberate across Wall Street on Monday.",
         "reverberate"),
        ("The Brexit vote will reverberate through Europe for years, Angela Merkel warned.",
         "reverberate"),
        ("Our team will join hearts and hands in that journey.", "join"),
        # relations of things
        ("The sentence reflected the seriousness of the offence.", "reflected"),
        ("The new test matched the hurdle ministers had set.", "matched"),
        # a manner judged
        ("A poll showed anger over his handling of the crisis.", "handling"),
        # the course of a line
        ("The old railway ran from Leeds to Carlisle until 1969.", "ran"),
        # a price that jumped: a statistic, no gunfire
        ("Shares of Acme shot up 12 percent to $29 in early trading on Monday.", "shot"),
    ],
)  # fmt: skip
def test_words_that_name_a_state_or_a_stance_are_no_event(text: str, word: str):
    assert word not in {w for _, w in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("The Giants placed their starting running back on injured reserve on Tuesday.",
         "OtherEvent", "placed"),
        ("He was running back to the car when police arrived on Monday.", "OtherEvent",
         "running"),
        ("Two climbers are presumed dead on the mountain, rescuers said.", "Death", "dead"),
        ("A man suspected of shooting three people was arrested on Friday.", "Arrest",
         "suspected"),
        ("The hurricane impacted the coast on Monday.", "Disaster", "impacted"),  # its doing
        ("The striker matched the club record on Sunday.", "OtherEvent", "matched"),
        ("Police stopped the car on the A1 on Monday.", "OtherEvent", "stopped"),
        ("The rebels joined the government forces in the north on Monday.", "OtherEvent",
         "joined"),
        ("The gunman ran from the bank to a waiting car on Monday.", "OtherEvent", "ran"),
        ("The fire ran from the kitchen to the roof on Monday.", "OtherEvent", "ran"),
        ("Gunmen shot up a bar in Leeds on Monday.", "UseOfForce", "shot"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, kind: str, word: str):
    assert (kind, word) in found(text), found(text)
