"""Titles that keep what the text says became of a happening (issue 19, item 5): a
gathering the text says was canceled or postponed is titled so ("Gulf Hurricane
Conference canceled"), never by its name alone, which reads as held; an outcome only
sought ("due to meet … to seek agreement") is titled as sought, never as "Planned".

Every text here is written for the project."""

from __future__ import annotations

from test_titles_subjects import titles


def test_a_gathering_called_off_says_so() -> None:
    got = titles(
        "Emergency managers were preparing for the hurricane season. The Gulf Hurricane "
        "Conference and the Coastal Hurricane Forum were both canceled, chances lost to "
        "learn the latest rescue tactics."
    )
    assert got.get("conference") == "Gulf Hurricane Conference canceled", got
    assert got.get("forum") == "Coastal Hurricane Forum canceled", got


def test_an_outcome_sought_is_no_plan() -> None:
    # the meeting is planned; the agreement is what they seek, told with who seeks it
    got = titles(
        "Ruto and his Tanzanian counterpart Samia Suluhu Hassan are due to meet in Arusha "
        "on Friday to seek agreement on the disputed border."
    )
    assert not got.get("agreement", "").startswith("Planned"), got
    assert "sought" in got.get("agreement", "") or "to seek" in got.get("agreement", ""), got
    got = titles(
        "President Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev are due to "
        "meet in Tashkent next week to seek agreement on water sharing."
    )
    assert got.get("agreement") == (
        "Mirziyoyev and Kassym-Jomart Tokayev to seek agreement on water sharing"
    ), got
