"""Word senses of a technology page (issue 19, read on BBC tech): a firm that "gathered
response-time figures" held a meeting, "the sites have been visited" was a visit,
hackers "flooding sites with data" a flood, an executive who "froze the broken hard
disk" a sanction, "a 20-minute shooting session" a meeting, "an outbreak of criticism" a
disaster, "pleas for help" a court's plea and a view "captured in his image" a capture
by force. Guards beside them: the same words in their news senses."""

from __future__ import annotations

import pytest
from conftest import word_types as types_of


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The monitoring firm gathered response-time figures from 40 sites.", "gathered",
         None),
        ("The new sites have been visited by two million users since May.", "visited",
         None),
        ("The hackers were flooding rival sites with data for three days.", "flooding",
         None),
        ("In a panic, one manager froze the broken hard disk in his kitchen.", "froze",
         None),
        ("Players pay for each 20-minute shooting session on the website.", "session",
         None),
        ("The cafe charges 4.50 pounds for an hour's session online.", "session", None),
        ("Each remote hunting session will cost 150 dollars.", "session", None),
        ("The price rise caused an outbreak of criticism from users.", "outbreak", None),
        ("The charity made urgent pleas for help after the floods.", "pleas", "Demand"),
        ("The harbour at dawn was captured in his latest image.", "captured", "OtherEvent"),
    ],
)
def test_a_technology_word_takes_its_own_sense(text: str, word: str, kind: str | None) -> None:
    assert types_of(text, word) == ([kind] if kind else []), text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Protesters gathered in the main square on Monday.", "gathered", "Protest"),
        ("The president visited Kenya in May.", "visited", "Consult"),
        ("The president visited the site of the attack on Monday.", "visited", "Consult"),
        ("The river flooded the village with water on Friday.", "flooded", "Disaster"),
        ("The EU froze the assets of the bank on Tuesday.", "froze", "Sanction"),
        ("Rebels captured the town of Kobani on Sunday.", "captured", "UseOfForce"),
        ("An outbreak of cholera killed 20 people in the camp.", "outbreak", "Disaster"),
        ("The UN Security Council held an emergency session on Syria.", "session", "Consult"),
        ("The session of the assembly ended late on Friday.", "session", "Consult"),
        ("Union leaders said the session was tense and ended without an offer.", "session",
         "Consult"),
        ("The Commons questions session saw the two leaders clash over tax.", "session",
         "Consult"),
    ],
)
def test_the_news_senses_stay(text: str, word: str, kind: str) -> None:
    assert kind in types_of(text, word), text


def test_a_state_after_despite_or_following_is_no_event() -> None:
    """An untyped noun after "despite" or "after" is taken for a happening ("after the
    chase", "after the atrocity"); one that names how things are ("despite this fondness
    for older games", "despite his leadership") is not one."""
    text = (
        "Despite this fondness for older games, the sequel did not make the top 20. Despite "
        "his leadership of the party, two men were arrested after the chase."
    )
    assert types_of(text, "fondness") == [] and types_of(text, "leadership") == [], text
    assert types_of(text, "chase") != [], text
    text = "Mourners gathered in the square after the atrocity in the market."
    assert types_of(text, "atrocity") != [], text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Motorola has conducted five trials of the technology in Texas.", "trials", None),
        ("The speed has helped the firm with its expansion plans.", "helped", None),
        ("The focus has shifted to faster services, analysts say.", "shifted", None),
        ("The trial of the former president opened in Baghdad on Monday.", "trial", "Trial"),
        ("His trial will begin next week in the capital.", "trial", "Trial"),
        ("The drug maker said a major clinical trial had been halted.", "trial", None),
        ("The start of the fraud trial was delayed until June.", "trial", "Trial"),
        ("The firm's engineers helped the town rebuild its network.", "helped", "OtherEvent"),
    ],
)
def test_a_trial_of_a_thing_and_a_measure_that_acts_are_no_event(
    text: str, word: str, kind: str | None
) -> None:
    """ "Conducted five trials of the technology" is a test run, not a court case, though
    the sentence holds the word "trial"; "the speed has helped", "the focus has shifted"
    tell how things stand. A trial of a person, and people who helped, stay."""
    found = types_of(text, word)
    assert found == ([kind] if kind else []), (text, found)


def test_the_trial_told_again_after_a_clinical_trial_is_no_court() -> None:
    """A page that opens on "a major clinical trial" and goes on with "after the trial
    was stopped" tells one test run twice; the second, bare, was typed a court trial
    and titled "Trial". A page with no test run keeps its bare "the trial"."""
    text = (
        "The drug maker said a major clinical trial of its heart pill had been halted. "
        "Shares fell 20% on Monday after the trial was stopped."
    )
    assert types_of(text, "trial") == [], text
    court = "The jury was sworn in on Monday. Lawyers said the trial could last a month."
    assert types_of(court, "trial") == ["Trial"], court


def test_a_game_on_a_page_of_consoles_is_software_not_a_match() -> None:
    # BBC tech 178: "The Xbox game Halo 2 ... is tipped to be one of the best-selling
    # games of the year" made two Contest nodes of a product on sale
    text = (
        "Sales of the slimmer PlayStation console have pleased UK gamers, with 40,000 sold "
        "in its first week. The Xbox game Starfall is tipped to be one of the best-selling "
        "games of the year."
    )
    assert types_of(text, "game") == [] and types_of(text, "games") == []
    match = "Leeds won the game 2-1 on Saturday, with a late goal from the captain."
    assert types_of(match, "game") == ["Contest"]
