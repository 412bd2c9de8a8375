"""Event nouns the detector missed, second round (issue 19: ECB+ detection recall, nouns).

Classes found among the gold noun mentions kg's detector never finds on ECB+ train:
a legal "case" that points to proceedings ("her misdemeanor driving case"), the
"damage" a named happening left ("$1 million in damage from a fire"), and "custody"
as part of the arrest or escape its verb tells ("took 23 of them into custody",
"escaped custody"). Each rule reads the noun in context: a guard of the same shape
stays out ("in that case", "the case for reform", "damage from the rumours", "in the
custody of his mother"). Every text is written for the project.
"""

from __future__ import annotations

from test_event_gap import run, with_word  # a text's extraction; the events of one word

LEAD = "Officials gave an update on Tuesday. "  # the sentence under test is not the first


def test_a_court_case_told_by_its_offence_is_an_event():
    text = LEAD + (
        "The singer began a 90-day stay to comply with her sentence in a misdemeanor driving case."
    )
    assert [e.type for e in with_word(run(text), "case")] == ["Trial"]
    text = LEAD + "He was jailed for a year in a 2019 car crash case, the court heard."
    assert [e.type for e in with_word(run(text), "case")] == ["Trial"]


def test_a_case_a_lawyer_handles_or_police_drop_is_an_event():
    text = LEAD + "The actor hired longtime attorney Rosa Pell to handle his case."
    assert [e.type for e in with_word(run(text), "case")] == ["Trial"]
    text = LEAD + "Prosecutors dropped the case against him on Monday."
    assert with_word(run(text), "case")
    # an instance, an argument, a count: no proceedings, though "the judge" speaks
    text = (
        LEAD + "In that case, the minister said, the party would lose the vote. "
        "Labour made the case against the war in a long speech. "
        "There were forty new cases of flu in the county. "
        "The case for reform is strong, the judge said. "
        "We have a pretty strong legal case here, the firm's lawyer said."
    )
    assert not with_word(run(text), "case")
    assert not with_word(run(text), "cases")


def test_damage_from_a_fire_is_a_mention_of_the_fire():
    text = LEAD + (
        "The chapel received an estimated $2 million in damage from a fire that was set on Friday."
    )
    events = with_word(run(text), "damage")
    assert len(events) == 1
    assert {m.text for m in events[0].mentions} >= {"damage", "fire"}
    text = LEAD + "Damage caused by the blaze was put at $300,000 by the fire service."
    events = with_word(run(text), "damage")
    assert len(events) == 1 and "blaze" in {m.text for m in events[0].mentions}
    text = (
        LEAD + "Nobody was hurt, but an estimated one million dollars in damage was done "
        "to the chapel on Friday night, in a fire that began after a service."
    )
    events = with_word(run(text), "damage")
    assert len(events) == 1 and "fire" in {m.text for m in events[0].mentions}
    # rumours are no happening of the table: the damage joins no event of theirs
    text = LEAD + "The party suffered lasting damage from the rumours, its leader said."
    for event in with_word(run(text), "damage"):
        assert "rumours" not in {m.text for m in event.mentions}


def test_custody_is_part_of_the_arrest_or_escape_its_verb_tells():
    text = LEAD + "A naval patrol caught the pirates at dawn and took 23 of them into custody."
    events = with_word(run(text), "custody")
    assert len(events) == 1
    assert {m.text for m in events[0].mentions} >= {"took", "custody"}
    text = LEAD + "An inmate serving a life sentence escaped custody during a transfer near Tyler."
    events = with_word(run(text), "custody")
    assert len(events) == 1 and "escaped" in {m.text for m in events[0].mentions}
    # a child's care, no arrest
    text = LEAD + "The boy has lived in the custody of his mother since the divorce."
    assert not with_word(run(text), "custody")


def test_the_operation_an_arrest_was_made_in_is_a_mention_of_it():
    text = (
        LEAD + "A coastguard cutter stopped a fishing boat on Sunday and seized 40 kilos of "
        "cocaine and two rifles in the operation."
    )
    events = with_word(run(text), "operation")
    assert len(events) == 1 and "seized" in {m.text for m in events[0].mentions}
    # no determiner: a state ("in operation"); a death in it is no act of the operation
    text = LEAD + "The mill has been in operation since 1890, and two guards died in the operation."
    assert not with_word(run(text), "operation")


def test_a_violation_of_a_named_truce_or_rule_is_an_event():
    text = LEAD + "Armenia and Azerbaijan traded accusations of ceasefire violations on Sunday."
    assert [e.type for e in with_word(run(text), "violations")] == ["UseOfForce"]
    text = LEAD + "She will not face a probation violation for leaving the clinic, a lawyer said."
    assert [e.type for e in with_word(run(text), "violation")] == ["Crime"]
    # a violation of nothing named, and a kind described: none told
    text = LEAD + "Each violation costs a point. Human rights violations were widespread then."
    result = run(text)
    assert not with_word(result, "violation") and not with_word(result, "violations")
