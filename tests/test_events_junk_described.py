"""Descriptions, trends, lists and generic passives told with words of acts (issue 19,
judged seeds 24-28's classes "generic", "state", "trend" and "name"): what was done to
people at large ("People were ridiculed for wearing masks", a doctor looking back on the
pandemic), what a thing has or shows (a spa's "these treatments include massages", "some
rallies have featured iconography"), a change granted in a concessive clause ("While our
laws have changed, ...") and the items of a bullet list with no verb (an actress's awards,
a meetup's agenda). Beside each, the same words told of a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what was done to people at large
        (BEFORE + "Nurses were mocked for wearing gloves on buses, the union leader said.",
         "mocked"),
        (BEFORE + "People were shamed for staying at home during the first wave.", "shamed"),
        (BEFORE + "Mistakes were made during those years, the inquiry found.", "made"),
        # what a thing has or shows
        (BEFORE + "The hotel's treatments include hot stone massages and facials.",
         "treatments"),
        (BEFORE + "Some marches have prominently featured banners mocking the mayor.",
         "featured"),
        # a change granted in passing
        (BEFORE + "While our rules have changed, the truth is that the protections are "
         "still not applied.", "changed"),
        (BEFORE + "Although attitudes have shifted, few firms hire older workers.", "shifted"),
        # the items of a list with no verb
        (BEFORE + "\nAgenda\n- Welcome and introductions (10 mins)\n- Talks by three guests "
         "(30 mins)\n- Discussion about the next meeting", "talks"),
        (BEFORE + "\nAgenda\n- Welcome and introductions (10 mins)\n- Talks by three guests "
         "(30 mins)\n- Discussion about the next meeting", "discussion"),
    ],
)  # fmt: skip
def test_descriptions_and_lists_are_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # people treated so on a day, by someone; a verb that is no treatment
        (BEFORE + "Two nurses were mocked by a crowd outside the hospital on Friday.",
         "mocked"),
        (BEFORE + "Crowds were evacuated from the stadium after the fire.", "evacuated"),
        # a past act that showed something; an offer by a body
        (BEFORE + "Police offered a reward of 5,000 pounds for information on Monday.",
         "offered"),
        # a dated change
        (BEFORE + "While the rules changed in May, the truth is that the protections are "
         "still not applied.", "changed"),
        # an agenda's item on the group's next meeting: one happening, planned
        (BEFORE + "\nAgenda\n- Welcome and introductions (10 mins)\n- Talks by three guests "
         "(30 mins)\n- Discussion about the next meeting", "meeting"),
        # list lines that tell a happening: a verb, a subject
        (BEFORE + "\nKey points\n- Storm Petra hits Cornwall\n- Three people killed in "
         "crash\n- Troops withdrawing from border town", "hits"),
        (BEFORE + "\nKey points\n- Storm Petra hits Cornwall\n- Three people killed in "
         "crash\n- Troops withdrawing from border town", "killed"),
        (BEFORE + "\nKey points\n- Storm Petra hits Cornwall\n- Three people killed in "
         "crash\n- Troops withdrawing from border town", "withdrawing"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)


def test_one_happening_told_by_what_it_includes_keeps_the_mention() -> None:
    """"The sale includes the furniture" is the one sale, told again: its mention stays
    in the sale's node, unlike the plural "these treatments include massages"."""
    text = (
        BEFORE + "The family put the farmhouse up for sale in June. The sale includes all of "
        "the furniture and a vintage tractor."
    )
    assert [w for _, w in found(text)].count("sale") == 2, found(text)
