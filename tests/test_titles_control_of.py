"""Titles that end on a bare "control" told with what the control is of (issue 19,
item 5): "Rebels were trying to regain control" (judged seed 26) said not of what,
though the sentence before named the town fought over. Only a town the text names as
one ("the town of …"), and only when it names one."""

from __future__ import annotations

from test_titles_context import titles


def test_the_town_named_before_is_what_control_is_of() -> None:
    got = titles(
        "A reporter in the town of Kafr Halab said the army was searching the town "
        "after the withdrawal of the militias.\n"
        "A monitoring group said the militias were trying to regain control."
    )
    assert got["regain"] == "The militias were trying to regain control of Kafr Halab", got


def test_two_towns_leave_control_bare() -> None:
    got = titles(
        "Shelling hit the town of Kafr Halab and the suburbs of Damascus overnight.\n"
        "A monitoring group said the militias were trying to regain control."
    )
    assert got["regain"].endswith("regain control"), got


def test_a_city_named_without_a_town_word_is_no_control_s_object() -> None:
    got = titles(
        "Thousands marched through Lyon on Saturday against the pension reform.\n"
        "Officers said they had lost control as the crowd grew."
    )
    assert "Lyon" not in got.get("lost", ""), got
