"""Acts done to different people stay apart within one article: two people charged on
different counts, a named man arrested apart from "all" of a raid, unless the text
joins them (one clause, "both were arrested"); and an undated killing takes the date
of the shelling it happened in.

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

from test_event_groups import with_mention  # the events a mention word is in

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


def run(text: str, published: date | None = None) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, title=None, published=published)
    return extract_document(next(nlp.parse([text])), document)


def arrests(result: DocResult, word: str) -> list[list[str]]:
    return [
        [m.text for m in e.mentions] for e in result.events if word in {m.text for m in e.mentions}
    ]


def test_two_people_charged_on_different_counts_are_two_charges():
    result = run(
        "Marta Klein was charged with fraud on Monday. Her business partner, Tomas Weber, "
        "was charged with money laundering, prosecutors said."
    )
    assert arrests(result, "charged") == [["charged"], ["charged"]]


def test_a_named_man_arrested_is_not_the_arrest_of_all():
    result = run(
        "Police arrested four men after a raid on a warehouse in Naples on Tuesday. All "
        "were arrested on suspicion of smuggling. Giuseppe Russo, the owner, was arrested "
        "on Wednesday at his home in Salerno."
    )
    groups = sorted(arrests(result, "arrested"), key=len)
    assert groups == [["arrested"], ["arrested", "arrested"]]
    (russo,) = [
        e for e in result.events if len(e.mentions) == 1 and e.mentions[0].text == "arrested"
    ]
    assert "Giuseppe Russo" in {p.actor for p in russo.participants}


def test_a_plural_that_covers_the_named_joins_them():
    result = run(
        "Police arrested Anna Berg and Tom Hill on Monday. Both were arrested at a flat in "
        "Leeds after a month-long inquiry."
    )
    assert arrests(result, "arrested") == [["arrested", "arrested"]]


def test_one_victim_named_twice_stays_one_killing():
    result = run(
        "A gunman shot dead Peter Hale outside a bar in Leeds on Friday. Hale was killed "
        "instantly, police said."
    )
    (killing,) = with_mention(result, "killed")
    assert {m.text for m in killing.mentions} >= {"shot", "killed"}


def test_an_undated_killing_takes_the_date_of_the_shelling_it_was_in():
    result = run(
        "The army said one soldier was killed in shelling on Monday near the border. The "
        "killing of 34 soldiers last week was the deadliest attack on the army this year.",
        published=date(2025, 3, 14),
    )
    (killed,) = with_mention(result, "killed")
    assert killed.time is not None and killed.time.start == date(2025, 3, 10)
    assert "killing" not in {m.text for m in killed.mentions}


def test_an_inverted_passive_names_whom_it_arrested():
    # "also arrested were X": X is whom the arrest fell on, as in "X was arrested"
    from kg.extract.event_groups import _patient_tokens

    text = "He died in prison. Also arrested were Anne Fischer and members of her family."
    doc = next(nlp.parse([text]))
    (verb,) = [t for t in doc if t.lower_ == "arrested"]
    assert {t.text for t in _patient_tokens(verb, "Arrest")} == {"Fischer", "members"}
