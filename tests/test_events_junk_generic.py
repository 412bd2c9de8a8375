"""Words that tell no happening of their own (issue 19, judged seed 27's classes
"generic / habitual / hypothetical" and "a word, name or figure"): what a venue is for
(a resort's "setting to host a private ceremony" was a Contest "Private ceremony"),
what guests may do there, what every one of a kind did ("All of the communities that
held this workshop"), what someone was unable to do ("unable to sign back in" was an
Agree "Signing back in"), a noun compound the parse read as a verb and its object
("loading errors" was "A widespread Meta outage loaded errors") and a march towards an
aim ("marches towards its resource upgrade" was a Protest), acts of "potential buyers"
(habitual) and a forecast's premise ("we assume a staggering exit from the lockdown").
Beside each, the same words told of a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a venue is for: a brochure's offer
        (BEFORE + "The lodge also has a lakeside lawn; the old boathouse serves as an elegant "
         "setting to host a small wedding reception.", "host"),
        (BEFORE + "The lodge also has a lakeside lawn; the old boathouse serves as an elegant "
         "setting to host a small wedding reception.", "reception"),
        (BEFORE + "The hilltop chapel is a quiet venue for couples to get married.", "married"),
        # what guests may do there
        (BEFORE + "Couples can celebrate their wedding on the private beach at sunset.",
         "wedding"),
        # what every one of a kind did
        (BEFORE + "All of the schools that joined the reading scheme saw their scores rise "
         "within a year.", "joined"),
        (BEFORE + "Every club that adopted the new kit rules reported fewer injuries.",
         "adopted"),
        # what someone was unable to do
        (BEFORE + "Many customers said they had been logged out of the banking app and were "
         "unable to sign back in.", "sign"),
        (BEFORE + "Thousands of users were unable to sign in to the service for hours.",
         "sign"),
        (BEFORE + "Many customers were not able to sign in to the banking app for hours.",
         "sign"),
        # a rule for any one of a kind
        (BEFORE + "Any company that breaks the rules will be fined.", "fined"),
        # a noun compound read as a verb and its object
        (BEFORE + "The glitch hit shoppers across the country, causing payment failures, "
         "loading errors and a flood of complaints.", "loading"),
        # a march towards an aim
        (BEFORE + "Shares climbed as the developer marches towards its first production "
         "decision.", "marches"),
        (BEFORE + "The company marches toward its listing on the stock exchange.", "marches"),
        # doers only "potential", a forecast's premise
        (BEFORE + "Potential tenants viewing the flats have complained about the noise from "
         "the bar downstairs.", "complained"),
        (BEFORE + "\"In our forecasts, we assume a gradual exit from the lockdown,\" the bank "
         "said in a note.", "exit"),
    ],
)  # fmt: skip
def test_words_that_tell_no_happening_are_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a venue chosen for a dated match, guests who left on a day
        (BEFORE + "The city stadium was chosen as the venue to host the cup final on "
         "Sunday.", "chosen"),
        (BEFORE + "The guests could not leave the hotel after the storm on Monday.", "leave"),
        # a relative clause on one named school, a dated inability
        (BEFORE + "The school that joined the reading scheme in March saw its scores rise.",
         "joined"),
        (BEFORE + "The fraud led to a freeze on all farm loans, which was lifted as banks "
         "showed proof of their reserves.", "lifted"),
        (BEFORE + "Prospective students toured the campus on Saturday.", "toured"),
        (BEFORE + "Every passenger was evacuated from the train after the fire.", "evacuated"),
        (BEFORE + "Any club that broke the spending rules was fined on Monday.", "fined"),
        (BEFORE + "The bank reported a gradual exit from the lockdown in May.", "exit"),
        (BEFORE + "The president was unable to attend the summit in Rome on Monday.",
         "summit"),
        # a row of acts, and marchers with a place to go
        (BEFORE + "The city closed schools, banning gatherings and cancelling concerts on "
         "Friday.", "banning"),
        (BEFORE + "Thousands of farmers marched towards the parliament on Tuesday.",
         "marched"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)
