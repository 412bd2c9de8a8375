"""Titles that told a reporting frame, lost their subject, or told a plan of the wrong
word (issue 19, point 5; judged samples 487 and 488): "Officials worried the move,
at the center of …" for what the move would do, "Entering the EU" for Turkey entering
it, "Planned lawsuit" for a motion to dismiss a lawsuit already filed, "worked" for
"wrought", a participle or a "one" left without the phrase that said what. Guards keep
the titles these rules must not touch."""

from __future__ import annotations

import pytest
from test_titles_subjects import titles


def test_a_frame_the_parser_hung_on_the_clause_is_no_title() -> None:
    # the parser reads "worried the decision" and a "would break" with no subject: the
    # decision is what would break the rules, the officials' worry is only the frame
    got = titles(
        "Treasury officials worried the decision, at the heart of the dispute, would break "
        "rules that funds be spent as Parliament allocated."
    )
    assert got.get("decision", "").startswith("The decision would break rules"), got


def test_a_frame_parsed_right_keeps_its_title() -> None:
    got = titles("Health officials feared the closure would hurt rural patients.")
    assert got.get("closure") == "The closure would hurt rural patients", got


def test_a_gerund_after_a_preposition_keeps_its_own_subject() -> None:
    got = titles(
        "The chancellor met the Dutch prime minister on Monday to talk about Serbia "
        "entering the union."
    )
    assert got.get("entering") == "Serbia entering the union", got


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("Two men were convicted of making the bombs.", "making",
         "Two men were convicted of making the bombs"),
        ("The chancellor met the Dutch prime minister on Monday.", "met",
         "The chancellor met the Dutch prime minister"),
    ],
)  # fmt: skip
def test_gerunds_and_clauses_without_one_are_unchanged(text: str, word: str, title: str) -> None:
    assert titles(text).get(word) == title, titles(text)


def test_a_planned_act_on_a_thing_is_told_by_the_act() -> None:
    # the lawsuit was filed; what is planned is its dismissal, never "Planned lawsuit"
    got = titles(
        "Lawyers for the company filed a motion to dismiss a lawsuit brought in May by two "
        "former workers."
    )
    assert got.get("lawsuit") == "A lawsuit to be dismissed", got
    assert got.get("brought") == "Two former workers brought a lawsuit in May", got


def test_a_plan_told_by_its_own_clause_is_unchanged() -> None:
    got = titles("The council hopes to hold a review of the parking charges next year.")
    assert got.get("review") == "The council hopes to hold a review of the parking charges", got


def test_a_participle_the_model_lemmatises_oddly_keeps_its_word() -> None:
    # "wrought" read as the lemma "work" came out "The floods worked the devastation"
    got = titles("Many fear the economic devastation wrought by the floods on farming towns.")
    assert got.get("floods") == "The floods wrought the economic devastation", got


def test_a_participle_turned_round_keeps_its_regular_past() -> None:
    got = titles("The countryside ravaged by bushfires needs rain before the winter.")
    assert got.get("bushfires") == "Bushfires ravaged the countryside", got


def test_a_shortened_title_never_keeps_a_participle_without_its_range() -> None:
    # "crowds ranging [from a few dozen to several thousand] at a rally" said nothing
    got = titles(
        "Anti-lockdown protests have drawn smaller crowds ranging from a few dozen to "
        "several thousand at a rally in Ohio last week."
    )
    assert "ranging at" not in got.get("protests", ""), got
    assert got.get("protests", "").startswith("Anti-lockdown protests have drawn smaller crowds")


def test_one_of_a_group_is_never_cut_to_one() -> None:
    # "has been one [of the side's better performers]": "one" alone tells no one
    got = titles(
        "The club's new signing has been one of the side's better performers in the first "
        "three games with sharp bowling and handy hitting."
    )
    assert not any(t.endswith(" one") or " one in " in t for t in got.values()), got


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("The party conference is not to meet in Leeds next year.", "meet",
         "The party conference not to meet in Leeds"),
        # the parser hangs the "not" on the "is": the title lost it and told the plan
        ("And the news the party conference is not to gather in Blackpool will be a blow "
         "to the resort.", "gather", "not to gather in Blackpool"),
    ],
)  # fmt: skip
def test_a_plan_denied_keeps_its_not(text: str, word: str, title: str) -> None:
    assert title in titles(text).get(word, ""), titles(text)


def test_a_plan_not_denied_is_unchanged() -> None:
    got = titles("The minister is to attend the summit in Geneva.")
    assert got.get("attend") == "The minister to attend the summit in Geneva", got
