"""Within one article, mentions join because they tell the same happening, not because
they share a word (issue 19, items 1 and 5; classes read in a hand-judged sample of 40
multi-mention events of real pages and BBC files, seed 1905).

* An act told by "he" or "she" is that person's: "Lagat … as he ran the mile" is not
  the "ran" of Merritt told before it, nor Payne's "he also won" Staunton's win.
* A verb told with no subject of its own is done by the subject of the verb it hangs
  on: "Johnson has gone quicker, setting the record and running 44.66" is Johnson's run.
* Two events are one when one clause tells them, an untyped verb and its object
  ("staged a walkout"), not when their display titles happen to read alike ("The man
  was charged with attempted murder, robbery …" is two crimes).

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

from test_event_groups import with_mention  # the events a mention word is in

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 2, 9))
    return extract_document(next(nlp.parse([text])), document)


def words(result: DocResult, word: str) -> list[list[str]]:
    """The mention words of each event a mention ``word`` is in."""
    return [sorted(m.text for m in ev.mentions) for ev in with_mention(result, word)]


def test_a_run_told_by_he_is_the_runner_he_stands_for() -> None:
    result = run(
        "Teenager Marcus Dell ran the fourth fastest indoor 800m of all time at the "
        "Boston meeting on Saturday. Kenyan Peter Rono missed the world record by two "
        "seconds as he ran the quickest mile of the season."
    )
    assert words(result, "ran") == [["ran"], ["ran"]]


def test_a_win_told_by_he_is_not_another_winners_win() -> None:
    result = run(
        "Director Owen Marsh was named best director, and he also won best screenplay "
        "at the ceremony in Chicago. British actress Clara Venn won best actress for "
        "her role in the prison drama."
    )
    assert len(with_mention(result, "won")) == 2  # Marsh's win and Venn's


def test_a_verb_with_no_subject_is_done_by_the_subject_it_hangs_on() -> None:
    result = run(
        "Teenager Marcus Dell ran the 400m in 44.9 seconds at the Boston meeting. Only "
        "Carl Ames has gone quicker indoors, setting the record in 1995 and running "
        "44.7 in 1996."
    )
    assert ["ran"] in words(result, "ran")


def test_one_wording_of_two_crimes_is_two_events() -> None:
    result = run(
        "The man turned himself in at police headquarters on Friday and was charged "
        "with attempted murder and robbery in the first degree, police said."
    )
    assert words(result, "murder") == [["murder"]]


def test_a_verb_and_the_event_it_carries_are_one_event() -> None:
    result = run(
        "Dozens of employees of the publisher staged a walkout over the memoir on "
        "Thursday, the union said."
    )
    assert words(result, "walkout") == [["staged", "walkout"]]


def test_one_typed_verb_done_by_other_named_doers_is_two_events() -> None:
    # the film is no actor the roles could set apart: its name as subject is enough
    result = run(
        "British actress Clara Venn won the critics' prize for best actress for the prison "
        "drama. The documentary Hollow Ground won best documentary, while Northern Lights "
        "won best foreign film."
    )
    assert len(with_mention(result, "won")) == 3  # three winners, three wins


# five sentences of other matters: what lies between two mentions told far apart
BETWEEN = (
    "Deposits rose by a fifth over the quarter. The board met twice in May. Analysts "
    "expect rates to stay low for a year. Branch visits fell by half. Its shares closed "
    "higher on Friday. "
)


def test_an_untyped_word_told_far_apart_of_other_things_is_two_acts() -> None:
    result = run(
        "This year we helped small firms raise $60 billion in loans, the bank said in "
        f"its annual letter. {BETWEEN}The letter said we also helped a shelter in "
        "Portland keep its staff on the payroll."
    )
    assert words(result, "helped") == [["helped"], ["helped"]]


def test_an_untyped_word_told_far_apart_of_one_thing_stays_one_act() -> None:
    result = run(
        "Two men were wrongly convicted of planting the bombs in Guildford, the court "
        f"heard on Monday. {BETWEEN}The campaigners said no one planting the bombs was "
        "ever found."
    )
    assert words(result, "planting") == [["planting", "planting"]]


def test_a_carrying_verb_joins_the_event_its_object_is_a_mention_of() -> None:
    # the walkout vote is told twice; the mention "staged" carries need not be the one
    # that titles the event: one node, not two of one title
    result = run(
        "The Dutch firm staged a walkout vote on Monday. The walkout by 300 workers at its "
        "Leeds plant closed the line for a day, the union said."
    )
    (event,) = with_mention(result, "staged")
    assert {"staged", "vote"} <= {m.text for m in event.mentions}


def test_one_clause_that_titles_two_events_alike_is_one_node() -> None:
    # "faked" (untyped) and "accident" are told and titled by one clause: two nodes of
    # one title would be two events a reader cannot tell apart
    result = run(
        "Police said the two sprinters faked a motorcycle accident to avoid the doping "
        "test in Athens."
    )
    found = [e.title for e in result.events]
    assert len(found) == len(set(found)), found
