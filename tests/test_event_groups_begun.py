"""An event begun in a clause with no "that" is that event, not an act of beginning
(issue 19). "The peace talks Armenia and Azerbaijan began in Geneva" is read by the
parser as a clause that the verb before reports ("threatens [that] Armenia and
Azerbaijan began"), so "began" begins nothing and became a node of its own beside the
talks. Where and when it
began stay the talks'; a clause with an object of its own, or a "that", is left as it
is. Likewise "officials said before the meeting" names no partners of the meeting, which
made it a node of its own ("Meeting with …") beside the talks it points at. Texts are
ours."""

from __future__ import annotations

from test_event_groups import run, with_mention


def test_talks_begun_in_a_clause_with_no_that_are_the_talks():
    result = run(
        "Mortar rounds hit the border village of Kessa on Wednesday, Armenia's defence "
        "ministry said, in an incident that threatens the peace talks Armenia and "
        "Azerbaijan began in Geneva two days ago."
    )
    assert not [e for e in result.events if e.lemma == "begin"]
    (talks,) = with_mention(result, "talks")
    assert {m.text for m in talks.mentions} >= {"talks", "began"}
    assert talks.place is not None and "Geneva" in talks.title + (talks.summary or "")
    # the doers of the beginning do not take the talks' title from their other reports
    assert not {p.role for p in talks.participants} - {"location"}


def test_a_strike_begun_so_is_the_strike_and_a_begun_reform_is_left_alone():
    result = run("The strike the dockers began on Monday has cost the port millions.")
    (strike,) = with_mention(result, "strike", "began")
    assert strike.lemma == "strike"  # the event's own word, not the phase verb's
    # "reforms" names no event kind: nothing to join, the clause keeps its own reading
    result = run("She welcomed the reforms the government started last year.")
    assert not with_mention(result, "reforms")


def test_who_spoke_before_or_after_the_meeting_took_no_part_in_it():
    # "went on strike" lends the verb's subject to the strike; "said before the meeting"
    # does not: the speakers are no partners, and "the meeting" is the talks told above
    result = run(
        "Norvian and Casteli negotiators held their first direct talks in Oslo on Tuesday, "
        "in a meeting mediated by the United Nations. Casteli officials said before the "
        "meeting that any treaty must first settle the border. UN envoy Clara Mossberg said "
        "after the meeting that the talks had been useful."
    )
    (talks,) = with_mention(result, "talks", "meeting")
    assert [m.text for m in talks.mentions].count("meeting") == 3
    partners = {p.actor for p in talks.participants if p.role == "partner"}
    assert not partners & {"Casteli officials", "Clara Mossberg"}
    assert len(with_mention(run("The dockers went on strike on Monday."), "strike")) == 1


def test_negotiators_who_sat_down_for_talks_held_the_talks():
    # "sat down … for their first direct talks" is the talks' opening, as "went on
    # strike" is the strike: one event, titled by who sat down where
    result = run(
        "Norvian and Casteli negotiators sat down together in Oslo on Tuesday for their "
        "first direct talks since the spring, in a meeting mediated by the United Nations."
    )
    (talks,) = result.events
    assert {m.text for m in talks.mentions} == {"sat", "talks", "meeting"}
    assert talks.lemma == "talk" and "Oslo" in talks.title
