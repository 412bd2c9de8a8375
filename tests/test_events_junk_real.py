"""Junk events of real pages judged by hand (issue 19, seeds 465 and 467 and a BBC politics
build): a kind of act named in general ("involved in crime", "capping donations"), and a
gerund that is only what a noun or an adjective is about ("drills on handling multiple
catastrophes", "priorities such as fighting terrorism", "grounds for accepting that …"), and
the examples a "such as" gives ("such as a cyberattack during a tornado").
Beside each, the same words told of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind of act in general: a bare noun in a clause that tells no one occasion
        (BEFORE + "Pupils who skip lessons are more likely to become involved in crime, "
         "the report found.", "crime"),
        (BEFORE + "The commission says capping donations would mean taxpayers giving the "
         "parties more cash.", "donations"),
        (BEFORE + "Too many family cases could be resolved through negotiation, the judge "
         "said.", "negotiation"),
        # a gerund a noun or an adjective is about
        (BEFORE + "Emergency managers in the county run drills on handling several "
         "catastrophes at once.", "handling"),
        (BEFORE + "The minister said the savings would free up cash for priorities such as "
         "fighting terrorism.", "fighting"),
        (BEFORE + "There are considerable grounds for accepting that fathers are "
         "disadvantaged by the courts, the judge wrote.", "accepting"),
        (BEFORE + "I am thankful to television for burning those images into my heart.",
         "burning"),
        (BEFORE + "The new law will control internet gambling and is aimed at preventing "
         "children from becoming involved.", "preventing"),
        # the examples a "such as" gives
        (BEFORE + "Emergency managers run drills on handling several catastrophes at once, "
         "such as a cyberattack during a tornado or a mass shooting amid a destructive "
         "flood.", "shooting"),
        (BEFORE + "Emergency managers run drills on handling several catastrophes at once, "
         "such as a cyberattack during a tornado or a mass shooting amid a destructive "
         "flood.", "flood"),
    ],
)  # fmt: skip
def test_acts_named_in_general_are_no_events(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one occasion: a past verb, an article, a date
        (BEFORE + "The 19-year-old was charged with murder on Friday.", "murder"),
        (BEFORE + "Donations to the party were returned last week, its treasurer said.",
         "donations"),
        (BEFORE + "The crime shocked the village, police said.", "crime"),
        (BEFORE + "The thieves reversed their car out of the store and set fire to it "
         "before making off.", "fire"),
        (BEFORE + "The case is back in the spotlight as the 16-year-old accused of firing "
         "the fatal shot goes to trial.", "trial"),
        (BEFORE + "The city attorney was considering whether to file misdemeanor "
         "drunken-driving charges against the player.", "misdemeanor"),
        # a gerund a verb or a noun of an act governs, or one with a date
        (BEFORE + "The four men were jailed for handling explosives in 1975.", "handling"),
        (BEFORE + "Police confirmed the arrest of a man for killing his neighbour in "
         "Leeds.", "killing"),
        (BEFORE + "The charity thanked volunteers for clearing the beach on Sunday.",
         "clearing"),
        (BEFORE + "The minister was so intent on recruiting him that they met for two "
         "hours on Tuesday.", "recruiting"),
        # an example that names one happening
        (BEFORE + "Attacks such as the bombing of the embassy last week have shaken the "
         "capital.", "bombing"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)
