"""The twelfth pass over real pages' junk events (issue 19): a market's session ("the
index was trading 0.68 per cent up"), a count so far
("has reached more than 800 women", "six hurricanes have formed"), a figure of speech
("the town is dying", "unleashed the pent-up pain") and a guess with no date that no
named actor owns ("banks would lose out"). Beside each, the same words told of one
happening or of a named actor's course, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a count so far
        (BEFORE + "Her charity has reached more than 900 farmers in northern Ghana.",
         "reached"),
        (BEFORE + "Seven major hurricanes have formed in the Atlantic since 2017.",
         "formed"),
        # a figure of speech
        (BEFORE + '"The town is dying and nobody in the capital cares," the mayor said.',
         "dying"),
        (BEFORE + "The verdict has unleashed the anger of a generation, the pastor said.",
         "unleashed"),
        # a guess no named actor owns
        (BEFORE + "Large exporters would lose out under a tax on foreign earnings.", "lose"),
        (BEFORE + "Critics predicted that the new rules would cut the number of "
         "students.", "cut"),
    ],
)  # fmt: skip
def test_junk_of_the_twelfth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


MARKET_REPORT = (
    "NEW DELHI: Shares of state-run banks were trading with gains in Tuesday's morning "
    "session. The Nifty PSU Bank index was trading 0.8 per cent up at 2,431.5 around "
    "10:40 am. Among the 12 stocks in the index, nine were trading in the green. Indian "
    "Bank rose 3.1 per cent and Canara Bank gained 2.2 per cent."
)


def test_a_market_session_is_no_event_but_a_gain_stays():
    """Where a market "was trading" is its course in a session; a bank that "gained 2.2
    per cent" is still read by the market rules before this pass."""
    words = [w for _, w in found(MARKET_REPORT)]
    assert "trading" not in words and "gained" in words, words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The trader was trading stocks from his bedroom when police arrived "
         "on Monday.", "arrived"),
        (BEFORE + "Vitol traded the cargo to a Chinese refiner on Monday.", "traded"),
        (BEFORE + "The ministry reported on Monday that 40 people had died.", "died"),
        (BEFORE + "Negotiators reached a settlement with the union on Friday.", "reached"),
        (BEFORE + "Rescue teams reached the village on Tuesday after the flood.", "reached"),
        (BEFORE + 'The former FBI second-in-command who revealed himself as "Silver Hawk" '
         "has died.", "died"),  # the parser takes "FBI" for the subject
        (BEFORE + "The police shooting of a teenager in Athens unleashed a wave of riots "
         "across the country.", "unleashed"),  # a wave of riots is a happening
        (BEFORE + "Kenya and Uganda formed a trade bloc on Monday.", "formed"),
        (BEFORE + "The prime minister said he would resign if he lost the vote.", "resign"),
        (BEFORE + "He said the ban would be lifted before Britain takes over the EU "
         "presidency in July.", "lifted"),
    ],
)  # fmt: skip
def test_events_beside_the_twelfth_pass_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "Dock workers asked for a fair offer in September and walked out in "
         "October.", "offer"),
        (BEFORE + "The nurses' union called for talks with the health board.", "talks"),
        (BEFORE + "Opposition leaders demanded a recount of the ballots in Dane County.",
         "recount"),
    ],
)  # fmt: skip
def test_a_thing_asked_for_is_no_event(text: str, word: str):
    """The asking happened; the offer, talks or recount asked for have not, and joined to
    the offer made ("their offer of a 4.5% pay rise") one asked for makes one node of
    two."""
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The employers said their offer of a 4.5% pay rise was fair.", "offer"),
        (BEFORE + "The police launched an investigation into the fire on Monday.",
         "investigation"),
        (BEFORE + "The union asked for talks with the minister next Friday.", "talks"),
        (BEFORE + "The four-term senator is seeking reelection in November.", "reelection"),
    ],
)  # fmt: skip
def test_a_thing_made_or_dated_stays(text: str, word: str):
    """An offer made, an investigation launched, talks asked for on a date of their own."""
    assert word in [w for _, w in found(text)], found(text)
