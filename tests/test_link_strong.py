"""Strong evidence for undated reports: one named participant called by its full name in
one article and by a short form of it in the other (issue 19).

Resolution keeps "Lohan" apart from "Lindsay Lohan" when a build holds several long
forms of the name (her mother Dina is in the news too), so two articles of one story
name one actress by two actor ids. Within one story the short form is the same named
participant in the same role; outside a story, or written as a common noun ("the
navy"), it is not. Events are built by hand, texts are ours."""

from __future__ import annotations

from datetime import date

from kg.link import Stories, assess, merge, reference_dates
from kg.model import PLANNED, Actor, Event, Evidence, Participant, TimeValue

ACTORS = {
    "lindsay-lohan": Actor("lindsay-lohan", "Lindsay Lohan", "person"),
    "lohan": Actor("lohan", "Lohan", "person"),
    "dina-lohan": Actor("dina-lohan", "Dina Lohan", "person"),
    "indian-navy": Actor("indian-navy", "Indian Navy", "organisation"),
    "navy": Actor("navy", "navy", "organisation"),
    "malibu": Actor("malibu", "Malibu", "place"),
    "gulf-of-aden": Actor("gulf-of-aden", "Gulf of Aden", "place"),
}


def _event(doc: str, kind: str, word: str, who, place, summary: str) -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", kind, ev, word, [ev], title=word, summary=summary,
                 participants=[Participant(a, r) for a, r in who], place=place,
                 sources=[doc])  # fmt: skip


def _stories(*names: str, together: bool = True) -> Stories:
    """Two undated articles naming the same people and places; one story or two."""
    vector = {n: 1 / len(names) ** 0.5 for n in names}
    return Stories(
        of={"a": 0, "b": 0 if together else 1},
        vectors={"a": vector, "b": vector},
        published={"a": None, "b": None},
        places={"a": {"malibu", "gulf-of-aden"}, "b": {"malibu", "gulf-of-aden"}},
    )


def _rehab() -> tuple[Event, Event]:
    full = _event("a", "Movement", "checked", [("lindsay-lohan", "agent")], "malibu",
                  "Lindsay Lohan checked into the Cliffside clinic in Malibu on Monday night, "
                  "her lawyer said.")  # fmt: skip
    short = _event("b", "Movement", "checked", [("lohan", "agent")], "malibu",
                   "Lohan checked into the Malibu facility after leaving a desert centre, "
                   "a spokesman confirmed.")  # fmt: skip
    return full, short


def test_a_short_form_of_a_name_in_one_story_is_the_same_named_participant():
    full, short = _rehab()
    check = assess(full, short, ACTORS, _stories("lindsay-lohan", "lohan", "malibu"))
    assert check.undated
    assert check.blocked is None and check.merges, check
    assert check.features["named_role"] > 0
    assert check.evidence["vouched"] == {"place"}


def test_the_merge_of_a_short_form_keeps_its_evidence_score_and_rationale():
    full, short = _rehab()
    merged = merge([full, short], ACTORS, _stories("lindsay-lohan", "lohan", "malibu"))
    (event,) = merged.values()
    assert event.sources == ["a", "b"]
    assert event.merge_score is not None and event.merge_score >= 0.5
    assert "Lindsay Lohan in the same role" in event.merge_rationale
    assert "place it in Malibu" in event.merge_rationale
    assert "no known date" in event.merge_rationale


def test_a_short_form_in_two_stories_is_no_evidence():
    # "Lohan" in an unrelated story could be any Lohan (Dina, Michael): the undated rule
    # keeps the two reports apart
    full, short = _rehab()
    stories = _stories("lindsay-lohan", "lohan", "malibu", together=False)
    assert assess(full, short, ACTORS, stories).blocked == "undated"


def test_two_long_forms_are_not_short_forms_of_each_other():
    full, _ = _rehab()
    mother = _event("b", "Movement", "checked", [("dina-lohan", "agent")], "malibu",
                    "Dina Lohan checked into a Malibu hotel while her daughter was in "
                    "treatment.")  # fmt: skip
    check = assess(full, mother, ACTORS, _stories("lindsay-lohan", "dina-lohan", "malibu"))
    assert not check.merges
    assert check.blocked in {"agent", "undated"}


def test_a_common_noun_is_not_a_short_form_of_a_name():
    # "the navy" of one report is any navy, not the Indian Navy of another: two captures
    # of pirates in the Gulf of Aden, years apart, told without dates
    capture = _event("a", "Arrest", "captured", [("indian-navy", "agent")], "gulf-of-aden",
                     "The Indian Navy captured 23 pirates in the Gulf of Aden after a "
                     "gun battle off Yemen.")  # fmt: skip
    other = _event("b", "Arrest", "captured", [("navy", "agent")], "gulf-of-aden",
                   "Sailors from the navy captured a mother ship as it tried to board a "
                   "Liberian tanker.")  # fmt: skip
    check = assess(capture, other, ACTORS, _stories("indian-navy", "navy", "gulf-of-aden"))
    assert check.features["named_role"] == 0
    assert check.blocked == "undated"


def _dated(doc: str, kind: str, word: str, lemma: str, when: date, factuality: str, text: str):
    ev = _event(doc, kind, word, (), None, text)
    ev.lemma, ev.factuality = lemma, factuality
    ev.time = TimeValue(f"{when:%A}, {when:%B} {when.day}, {when.year}", when, when, "day")
    return ev


def test_a_birth_or_a_plan_does_not_date_an_undated_article():
    # an obituary's only full date is the star's birth; a film story's is the premiere it
    # announces: neither is when the article was written, so neither vouches for time
    born = _dated("obituary", "OtherEvent", "born", "bear", date(1923, 4, 22), "asserted",
                  "Page was born in Nashville, Tennessee on April 22, 1923.")  # fmt: skip
    opens = _dated("premiere", "OtherEvent", "open", "open", date(2009, 11, 20), PLANNED,
                   "The sequel is scheduled to open November 20, 2009.")  # fmt: skip
    checked = _dated("rehab", "Movement", "checked", "check", date(2008, 12, 9), "asserted",
                     "Reid checked herself in on Tuesday, December 9, 2008.")  # fmt: skip
    dates = reference_dates([born, opens, checked], {"obituary": None, "premiere": None,
                                                      "rehab": None})  # fmt: skip
    assert dates == {"obituary": None, "premiere": None, "rehab": date(2008, 12, 9)}
