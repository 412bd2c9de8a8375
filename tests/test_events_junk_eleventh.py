"""The eleventh pass over real pages' junk events (issue 19): an event word inside a
hyphenated modifier ("battle-hardened", "award-winning"), an aim ("which aims to bring
owners to Washington", "seeking to hold him liable"), what a means or a room is for
("room to invest", "mechanisms to support and fund"), what can be done ("can be
detained"), a pattern of conduct ("engaged in a pattern of intimidation"), a state told
in the plain present ("Umbro supplies more than 150 teams"), what a rule is about ("a
ban on the sale of alcohol") and a judgement of looks ("the prognosis looks
promising"). Beside each, the same words told of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an event word inside a hyphenated modifier
        (BEFORE + '"This is the most battle-hardened emergency team that ever existed," '
         "the director said.", "battle"),
        (BEFORE + "In 1999 the Oxford factory was producing the award-winning Rover 75.",
         "winning"),
        (BEFORE + "Airbus, the world's biggest-selling plane maker, met Boeing on Monday.",
         "selling"),
        (BEFORE + "In 1999 the Oxford factory was producing the award-winning Rover 75.",
         "award"),
        # an aim
        (BEFORE + "One of them is Reopen America, a committee which aims to bring "
         "small-business owners to Washington to lobby lawmakers.", "bring"),
        (BEFORE + "Egypt is holding five of his cousins in Cairo. The former minister is "
         "immune from a lawsuit brought by a US citizen seeking to hold him liable for "
         "torture.", "hold"),
        # what a means or a room is for
        (BEFORE + 'Vodafone invested 2bn pounds in India last year. "That gives them some '
         'head room to invest in growth now," said the analyst.', "invest"),
        (BEFORE + "What we lack are mechanisms to support and fund the young innovators "
         "in our towns.", "fund"),
        (BEFORE + "Parties have a vital role to play in maintaining the health of our "
         "democracy, the chairman said.", "play"),
        # what can be done
        (BEFORE + "Under the bill, any foreign national suspected of links with terrorism "
         "can be detained.", "detained"),
        (BEFORE + "There is evidence that a ban can cut deaths from passive smoking, the "
         "minister said.", "cut"),
        (BEFORE + "Donations can be made to political candidates in various amounts.",
         "donations"),
        (BEFORE + "Attacks can happen anywhere, the police chief warned.", "attacks"),
        # a state or a habit told in the plain present
        (BEFORE + "Umbro supplies more than 150 teams across the world, including the "
         "national sides of Ireland and Sweden.", "supplies"),
        (BEFORE + "Maserati and Ferrari sell about 10,000 cars between them, and both "
         "companies broke even in 2003.", "sell"),
        (BEFORE + "The employers' association, which negotiates on behalf of terminal "
         "operators, said talks with the union broke down on Monday.", "negotiates"),
        (BEFORE + "Wilson also wrote that he hopes the Supreme Court strikes down the law, "
         "which Obama signed in 2010.", "strikes"),
        # what a rule is about
        (BEFORE + "Strains on hospitals pushed the government to take stricter measures, "
         "including a nationwide ban on the sale of alcohol after 10 p.m.", "sale"),
        (BEFORE + "A cap on donations to political parties should not be introduced yet, "
         "the watchdog said.", "donations"),
        # a judgement of how a thing looks
        (BEFORE + 'The commissioner said the "containment prognosis looks promising."',
         "promising"),
        # a pattern of conduct
        (BEFORE + "He cited a law barring arms sales to governments engaged in a pattern "
         "of intimidation against American citizens.", "engaged"),
    ],
)  # fmt: skip
def test_junk_of_the_eleventh_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The battle for the town lasted three days in March.", "battle"),
        (BEFORE + "Airbus sold 300 planes to Chinese airlines in 2004.", "sold"),
        (BEFORE + "The Rover 75 won an award for its design in 1999.", "won"),
        (BEFORE + "The tsunami hit nations across the Indian Ocean on 26 December.",
         "hit"),
        (BEFORE + "Mr Campbell re-joined the campaign on Monday.", "joined"),
        (BEFORE + "Reopen America brought small-business owners to Washington on Friday.",
         "brought"),
        (BEFORE + "The firm aims to boost annual sales in Asia to 150,000 by 2008.",
         "boost"),
        (BEFORE + "Parliament approved a plan to send troops to Libya on Thursday.",
         "send"),
        (BEFORE + "The government's decision to withhold military aid was criticised on "
         "Monday.", "withhold"),
        (BEFORE + "Police detained the foreign national at Heathrow on Sunday.",
         "detained"),
        ('"You can leave now," the officer told the crowd before police cleared the '
         "square on Monday.", "leave"),
        (BEFORE + "Lufthansa could sue federal agencies for damages, the airline said.",
         "sue"),
        (BEFORE + "The governments engaged in talks in Geneva on Monday.", "talks"),
        (BEFORE + "Andrew Luck led another game-winning drive on Sunday.", "winning"),
        (BEFORE + "Microsoft issued an emergency patch on Tuesday, aiming to fix a "
         "critical flaw in its browser.", "fix"),
        (BEFORE + "Egypt is holding five of his cousins in Cairo. He filed a lawsuit in "
         "Washington on Monday, seeking to hold the minister liable for torture.", "hold"),
        (BEFORE + "Illva will pay 481m yuan once the government approves the deal.",
         "approves"),
        (BEFORE + '"My job is to narrow the gaps, so that when the ministers meet again '
         'they are negotiating a text," he said.', "meet"),
        (BEFORE + "Maserati and Ferrari sold about 10,000 cars between them in 2003.",
         "sold"),
        (BEFORE + "Rover paid no tax on the sale of Land Rover to Ford in 2000.", "sale"),
        (BEFORE + 'A British climber, described as "lacking experience", dies after falling '
         "from a mountain in New Zealand.", "dies"),
        (BEFORE + "The ban on strikes was lifted on Monday.", "ban"),
        ("Police Arrest Two Men After Shooting In Leeds\n\nTwo men were held on Monday.",
         "arrest"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
