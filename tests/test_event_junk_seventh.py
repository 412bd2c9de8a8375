"""The seventh pass over real pages' junk events (issue 19): generic statements and
statistics told with an event verb ("many students are making choices", "stores were
staffed by the brand's employees", "last year around 85,000 people migrated", "visited
his resorts 86 days in 2019") and wishes about what others should do ("hoped the state
would allow them to demonstrate", "want the court's next session to get here"). Beside
each, a real event of the same shape, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a quantified kind in the present: a general statement
        ("Many students are making choices about where to study after the pandemic.",
         "making"),
        # who keeps a kind of place
        ("Even big department stores like Harrods were actually staffed by the "
         "brand's own employees.", "staffed"),
        ("Food banks across the state were manned by retirees.", "manned"),
        # a count over a year
        ("Last year, around 85,000 people migrated to the UK.", "migrated"),
        ("Thousands of families moved to Texas last year.", "moved"),
        # days counted over a period
        ("By the paper's count, the governor visited one of his ranches at least 74 "
         "days in 2019.", "visited"),
        # a wish about someone else's act
        ("In an interview, the lawyer said he hoped the city would agree to allow the "
         "group to demonstrate outside the capitol.", "demonstrate"),
        ("More than 40 senators want the court's next session to get here already.",
         "session"),
    ],
)  # fmt: skip
def test_junk_of_the_seventh_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Many students walked out of classes on Monday.", "walked"),
        ("The two countries strengthened ties in defence and trade in 2004.",
         "strengthened"),
        ("Many other ministries have been calling back employees to their offices.",
         "calling"),
        ("The factory was bought by Siemens on Monday.", "bought"),
        ("About 85,000 people fled the city on Sunday.", "fled"),
        ("The governor visited Ohio on Tuesday.", "visited"),
        ("The governor visited the flooded towns two days ago.", "visited"),
        ("The hostages were held for 86 days in 2019.", "held"),
        ("The mayor wants to meet the strikers next week.", "meet"),
        ("The council hoped to hold the vote in March.", "vote"),
        ("Protesters blocked roads into the city centre.", "blocked"),
        ("After three days of deliberations, the jury in 1997 convicted him of "
         "racketeering.", "convicted"),
        ("The firm said in 2011 it had restored services after an outage expected to "
         "take 12 days to repair.", "restored"),
        ("The report lamented the difficulty some farmers face in selling their crops.",
         "face"),
    ],
)  # fmt: skip
def test_the_same_shapes_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
