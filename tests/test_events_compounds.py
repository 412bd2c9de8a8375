"""Event words the detector missed inside noun phrases and set phrases (issue 19: ECB+
detection recall).

Three kinds, each read in context and never by the word alone: an event noun that
modifies a noun naming one of its slots ("the trial date", "a playoff berth", "the quake
zone"); a set phrase telling a person's state after an escape or an arrest ("still on
the run", "on the lam", "in custody", "behind bars"); the participle of a typed verb
before a person ("the escaped inmate", "the injured man", "the fired coach"). Every text
is written for the project; each test fails without its rule, and a guard of the same
shape stays out.
"""

from __future__ import annotations

from test_event_gap import run, with_word  # a text's extraction; the events of one word

LEAD = "Officials gave an update on Tuesday. "  # the sentence under test is not the first


def types(text: str, word: str) -> list[str]:
    return [e.type for e in with_word(run(LEAD + text), word)]


def test_an_event_noun_before_a_slot_of_the_event_is_an_event():
    assert types("The judge set a trial date for May 3 after the hearing.", "trial") == ["Trial"]
    assert types("The Rangers clinched a playoff berth with a win in Denver.", "playoff")
    assert types("Rescue teams combed the quake zone for survivors on Sunday.", "quake") == [
        "Disaster"
    ]
    assert types("A judge issued an arrest warrant for the singer on Monday.", "arrest")


def test_a_thing_before_a_slot_word_is_no_event():
    assert not types("He circled a parking spot near the station for an hour.", "parking")
    assert not types("The school moved the party date to Friday.", "party")


def test_a_set_phrase_tells_an_escape_or_an_arrest():
    # the escape lasting, typed as "escaped" is (a crime of the one held, not an arrest)
    assert types("The robber was still on the run on Monday night.", "run") == ["Crime"]
    assert types("The inmate remains on the loose, police said.", "loose")
    assert types("A Texas inmate is on the lam after a prison van escape.", "lam")
    assert types("The suspect is in police custody in Leeds.", "custody") == ["Arrest"]
    assert types("He will spend the next ten years behind bars.", "bars")


def test_the_same_phrases_of_a_firm_or_a_child_are_none():
    assert not types("The company is on the run from its creditors.", "run")
    assert not types("The boy is in the custody of his mother.", "custody")
    assert not types("Voters left the run-off until the last day.", "run")


def test_a_participle_before_a_person_tells_what_was_done_to_them():
    assert types("Police found the escaped inmate in a barn near Tyler.", "escaped")
    assert types("The injured man was taken to hospital in Leeds.", "injured")
    # the coach is the one fired: a dismissal, not gunfire
    assert types("The fired coach sued the club on Friday.", "fired") == ["Resignation"]


def test_a_participle_of_an_untyped_verb_or_before_a_thing_is_none():
    assert not types("A retired teacher opened the fete in Leeds.", "retired")
    assert not types("Voters in the county backed a newly appointed judge.", "appointed")
    assert not types("The minister backed targeted sanctions against the regime.", "targeted")
    # a bare plural in a plan names a kind of person, no one hurt
    text = "The bill will provide quick compensation to injured persons, the minister said."
    assert not types(text, "injured")
    assert types("Two injured workers remain in hospital in Leeds.", "injured")


def test_a_crew_on_the_run_is_a_figure_like_a_firm() -> None:
    # "crew" is a word of people but, like a company, never a fugitive: the words kept
    # apart here were shadowed by a later FIRMS of events.py and never read
    assert not types("The film crew is on the run from a tight schedule.", "run")
