"""Junk events of the judged 80 of real web pages (issue 19, h8's seed 19), one class
per case, on our own text: an epidemic's running death figure beside counted cases or
called a total, fixed phrases ("dodged a bullet", "met with resistance", "leaving a
long tail of"), "struck at how" (a feeling) and "had been deadlocked" (a state). Beside
each, the same words telling a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a running death figure: a statistic
        ("Brazil has recorded 1.2 million total cases and 31,000 deaths since March.",
         "deaths"),
        ("The province has reported 48,000 infections, including 1,130 deaths.", "deaths"),
        ("The ministry said the cumulative 2,400 deaths made it the worst-hit region.",
         "deaths"),
        ("Peru has confirmed almost 90,000 cases of the disease, including 2,900 deaths.",
         "deaths"),
        # a season's total
        ("Five Category 4 typhoons have formed in the western Pacific since 2019.",
         "typhoons"),
        # fixed phrases
        ("The startup dodged a bullet when its biggest rival ran out of money.", "dodged"),
        ("The plan to rename the square has been met with resistance from shopkeepers.",
         "met"),
        ("The switch to the new compiler was rushed, leaving a long tail of programs "
         "that no longer build.", "leaving"),
        # a feeling, a state
        ("I am struck at how quickly our nurses adapted to the new wards.", "struck"),
        ("Both parties had been deadlocked for weeks over the size of the budget.",
         "deadlocked"),
    ],
)  # fmt: skip
def test_judged_junk_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The crash on the motorway caused 12 deaths on Friday.", "deaths"),
        ("Two typhoons formed in the western Pacific on Monday.", "typhoons"),
        ("Three earthquakes have hit the region this week, killing 30 people.", "killing"),
        ("The outbreak has killed 40 people, with 12 deaths reported on Sunday alone.",
         "deaths"),
        ("The soldier dodged a sniper's fire as he ran across the square.", "dodged"),
        ("The foreign minister met with opposition leaders in Lagos on Tuesday.", "met"),
        ("The president is leaving Kyiv on Friday after two days of talks.", "leaving"),
        ("A cyclist was struck by a bus in central Leeds on Monday.", "struck"),
        ("The jury deadlocked on two counts, and the judge declared a mistrial.",
         "mistrial"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The appeal opened on Monday. As local charities feed thousands of families "
         "across the region, the council has doubled its grant this year.", "feed"),
    ],
)  # fmt: skip
def test_a_habit_of_a_bare_plural_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police said protesters block the main road to the airport.", "block"),
        ("The volunteers repaired the library's roof on Saturday.", "repaired"),
        ("Their supporters gather outside the court in Nairobi.", "gather"),
    ],
)  # fmt: skip
def test_a_present_act_told_by_someone_or_of_these_ones_stays(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


def test_a_lower_case_headline_in_the_present_stays():
    text = (
        "Cable cuts block internet services in northern towns\n\n"
        "Internet and mobile services were partly cut on Tuesday after two cables were "
        "damaged, the operator said."
    )
    assert "block" in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a subjectless gerund of the speaker's aims, or its object
        ("I will keep standing with all of you in supporting our broad flood relief "
         "efforts across the county.", "relief"),
        ("The doctor said it was possible to keep schools open while prudently enacting "
         "public health measures.", "enacting"),
        # a bare untyped plural a verb acts on
        ("Thanks to everyone who documented and investigated bugs and tested the beta.",
         "bugs"),
        # a name's word that only echoes the verb it hangs from
        ("In 2019 the singer was awarded Album of the Year at the Nordic Music Awards.",
         "awards"),
        # texts in force, by what they say
        ("Campaigners say most national laws and several regional trade agreements do "
         "not address the loss of old forests.", "agreements"),
    ],
)  # fmt: skip
def test_aims_objects_and_names_are_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor kept shops open while enacting a curfew on Monday.", "enacting"),
        ("The senator continued supporting the flood relief efforts.", "relief"),
        ("The Academy Awards were held in Los Angeles on Sunday.", "awards"),
        ("The actress was honoured at the Academy Awards in Los Angeles on Sunday.",
         "awards"),
        ("Rebels staged attacks on two border posts on Friday.", "attacks"),
        ("After winning the league, we now face a much harder schedule.", "winning"),
        ("Since joining the club, I have scored eleven goals.", "joining"),
        ("We have also helped our business clients in raising capital, including many in "
         "hard-hit industries.", "raising"),
        ("By cutting costs, we doubled our profit last year.", "cutting"),
        ("The company said it grew sales by cutting prices.", "cutting"),
        ("Mr Clark also plans to save money by making changes to the pension schemes.",
         "changes"),
        ("Similar wording in the posts has sparked accusations that the groups are not "
         "independent.", "accusations"),
        ("Officials said the agreements signed in Geneva on Friday do not address the "
         "border.", "agreements"),
    ],
)  # fmt: skip
def test_named_doers_and_ceremonies_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
