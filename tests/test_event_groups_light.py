"""Within one article, a light or loosely typed word repeated for another happening stays
its own event: the wrong joins of a hand-judged sample of real pages (issue 19, seed 431).
A toss won at the top of a match report and a past victory told paragraphs on; the
acquisition of a mall and the sales of protective gear; a body that invited people and
was invited in turn; a parliament's vote on an accord and a coming election; two flights
of two travellers; two papers received; a fine paid and tribute paid.

Guards: the same happening told again by a pointer ("the acquisition", "the deal"), by
the same object ("paid the fine"), or by the same doers stays one event.

Every text here is written for the project.
"""

from __future__ import annotations

import pytest
from test_event_groups import with_mention  # the events a mention word is in
from test_event_groups_apart import run  # a text extracted as one dated article

from kg.model import DocResult

# four sentences with no happening in them: what lies between two mentions told far apart
BETWEEN = (
    "The weather in the region was mild for the season. Most shops in the centre stay "
    "open late on weekdays. The old harbour is a short walk from the main square. Local "
    "bakeries are known for their rye bread. "
)


def alone(result: DocResult, word: str) -> None:
    """The event a word is a mention of holds no other mention of that happening's kind."""
    (event,) = with_mention(result, word)
    assert [m.text for m in event.mentions] == [word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # a toss won on the day is not a victory of another match told far on
            # (a live blog's line, "win toss" with no article, as such lines are written)
            "TOSS: Sunrisers Hyderabad win toss, opt to bat against Chennai Super Kings in "
            f"Dubai. {BETWEEN}Rayudu, the hero of CSK's opening victory against Mumbai "
            "Indians, is out with a hamstring strain.",
            "victory",
        ),
        (  # the acquisition of a mall is not the sales of protective gear
            "Revenue from the property arm rose 10 per cent, helped by the acquisition of "
            f"the Marion mall in Adelaide. {BETWEEN}Revenue from the care arm grew 8 per "
            "cent, aided by higher sales of protective equipment.",
            "sales",
        ),
        (  # a parliament's vote on an accord is not the coming election
            "Opposition parties in Ankara voted against the accord, arguing that the "
            f"country should stay out of the war. {BETWEEN}Aides warned that the ban "
            "could hurt the president in the 2020 election.",
            "election",
        ),
        (  # an airline flying empty planes out is not the couple's flight to Chile
            "Fares are high because the airline is flying an empty airplane to each "
            f"country to bring people home. {BETWEEN}Sara and Tom Phalen flew to Chile in "
            "January and bought a camper.",
            "flew",
        ),
        (  # a copy of a notice received by the defence is not the notes the State
            # Department received from an embassy
            "His lawyer said the defence recently received a copy of the notice. "
            f"{BETWEEN}The State Department certified his immunity after receiving three "
            "diplomatic notes from the embassy.",
            "receiving",
        ),
        (  # a traveller who paid for his flight is not passengers paying for the cost of
            # a round trip
            "Moghadam said he paid about $2,000 for his flight home. "
            f"{BETWEEN}Fares are high, so passengers are in effect paying for the cost of a "
            "round trip.",
            "paid",  # (the paying alone says too little to be an event)
        ),
        (  # one firm's trials conducted are not another firm's trials still to conduct
            # (BBC tech 032: the verb and "trials" alone joined Motorola's and Siemens')
            "Ericsson has conducted four trials of its radio system and says downloads "
            f"reached 3Mbps at the edge of a city cell. {BETWEEN}Huawei says that though "
            "its design works in the laboratory, it still has to check the range of the "
            "handsets and conduct field trials.",
            "conducted",
        ),
    ],
)
def test_a_word_repeated_far_apart_for_another_happening_is_its_own_event(
    text: str, word: str
) -> None:
    alone(run(text), word)


def test_one_who_invited_and_one_invited_are_two_invitations():
    # the Corps invited people to a meeting; the county invited the Corps to a review
    result = run(
        "According to the county, the U.S. Army Corps of Engineers invited a long list of "
        f"people and groups to the Sept. 9 meeting to give testimony. {BETWEEN}Before the "
        "county can raze the four buildings, the county invited the U.S. Army Corps of "
        "Engineers to complete an independent evaluation of the flood plan."
    )
    assert len(with_mention(result, "invited")) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # "paid a fine" and "paid tribute": the object is what happened
            "The bank paid a fine of $5 million on Monday to settle the case. Its chief "
            "executive paid tribute to the staff who found the fraud.",
            ("paid", "paid"),
        ),
        (  # advice taken is not "the judgement I took", a relative clause's object
            "Mr McLetchie said he has taken advice from Holyrood officials about what he "
            'needs to declare. Mr McLetchie said: "I am quite clear that the judgement I '
            'took has been vindicated."',
            ("taken", "took"),
        ),
    ],
)
def test_a_light_verb_with_another_object_is_another_happening(
    text: str, words: tuple[str, str]
) -> None:
    result = run(text)
    assert with_mention(result, *words)
    assert all(sum(m.text in words for m in e.mentions) <= 1 for e in result.events)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # an acquisition told as a purchase, then by pointers
            "Acme Corp bought the chipmaker Zenith for $2 billion on Monday. "
            f"{BETWEEN}The acquisition makes Acme the largest maker of memory chips.",
            ["bought", "acquisition"],
        ),
        (  # a fine paid, then the same fine named again far on
            "The bank paid a fine of $5 million on Monday to settle the case. "
            f"{BETWEEN}The bank paid the fine from its reserves, its report shows.",
            ["paid", "paid"],
        ),
        (  # a launch told by its day, then by what was launched: a date is no object
            "The Home Office started work on its race strategy last year, and the outcome, "
            f"launched on Wednesday, is called Improving Opportunity. {BETWEEN}Launching "
            "the initiative, Charles Clarke said enormous progress had been made.",
            ["launched", "Launching"],
        ),
        (  # "his ruling" points back to the ruling as "the ruling" does
            "He said the Law Lords' ruling on the detainees was an embarrassment for the "
            f"government. {BETWEEN}Lord Nicholls of Birkenhead, in his ruling, said that "
            "indefinite detention was anathema to the rule of law.",
            ["ruling", "ruling"],
        ),
        (  # one flight told twice by the one who flew
            "Moghadam flew to Lima on a chartered plane on Tuesday. "
            f"{BETWEEN}Moghadam flew to Lima with eleven other stranded travellers.",
            ["flew", "flew"],
        ),
        (  # one firm's trials told twice by the firm that conducted them
            "Ericsson has conducted four trials of its radio system in Sweden. "
            f"{BETWEEN}Ericsson conducted the trials with two operators, it said.",
            ["conducted", "conducted"],
        ),
    ],
)
def test_one_happening_told_again_far_apart_stays_one_event(text: str, words: list[str]) -> None:
    result = run(text)
    (event,) = with_mention(result, words[0])
    assert sorted(m.text for m in event.mentions if m.text in words) == sorted(words)
