"""Words of force and of going told as figures (issue 19, item 5: "a trigger's sense is
read in context before it types the event"), on our own text. With no arms and no one
hurt in its sentence, a fight or a battle in a race is the race, a fight "on" or "hard"
an effort, a fight of a price or a checker a policy or a chore; "shot back" is a retort,
"personal attacks" are words, and a film that "captured" a likeness or an actress who
"captured" parts took no one. A post "left" is a resignation; a move "on", up a chart or
into a line of work, an entry into a chart, code that "landed" go nowhere. Beside each,
the same word in the sense its type names, which keeps it: troops that fought rebels,
a suspect captured, a crowd that stormed a building, a family that moved to a city, a
plane that landed."""

from __future__ import annotations

import pytest
from conftest import word_types as types_of


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a race or a game, told with words of a fight
        ("The sprinter fought off his team-mate to take the 200m in a personal best.",
         "fought", "Contest"),
        ("After a poor start to the season the veteran battled back into the world's top 50.",
         "battled", "Contest"),
        # an effort, a retort, words
        ("The union leaders vowed to fight on after Sunday's vote.", "fight", "OtherEvent"),
        ("The savings banks have fought hard to protect their interests in the bond market.",
         "fought", "OtherEvent"),
        ("Farm ministers were fighting hard today to keep a deal on milk quotas from turning "
         "sour before trying to agree wider reforms.", "fighting", "OtherEvent"),
        ("Asked whether the nominee would be confirmed, the senator shot back: \"I would "
         "not bet on it.\"", "shot", "OtherEvent"),
        ("The rumour was quickly shot down by others in the cabinet.", "shot", "OtherEvent"),
        ("The awards race spilled over into personal attacks between the two studios.",
         "attacks", "OtherEvent"),
        # a likeness or a part, no one taken
        ("The documentary captured the diversity of life in the valley.", "captured",
         "OtherEvent"),
    ],
)
def test_a_figure_of_force_is_no_force(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The central bank's mandate is to fight rising prices with higher rates.", "fight"),
        ("The actress went on to capture parts in several big studio productions.",
         "capture"),
    ],
)
def test_a_figure_of_force_is_no_event_of_force(text: str, word: str) -> None:
    assert "UseOfForce" not in types_of(text, word), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government troops fought rebels near the border on Sunday.", "fought"),
        ("Farmers battled with police during a march in Saragossa on Friday.", "battled"),
        ("Rebels captured the town of Kafr Nabl on Monday after heavy fighting.", "captured"),
        ("Police said the suspect was captured in Leeds on Tuesday.", "captured"),
        ("Protesters stormed the parliament building in the capital on Wednesday.",
         "stormed"),
        ("Gunmen shot down a police helicopter over the city on Monday.", "shot"),
        ("The insurgents fought back when the army entered the valley.", "fought"),
    ],
)
def test_force_stays_force(text: str, word: str) -> None:
    assert types_of(text, word) == ["UseOfForce"], text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a post left
        ("The chief executive left the company amid a restructuring last month.", "left",
         "Resignation"),
        ("The prime minister is expected to leave office in the summer.", "leave",
         "Resignation"),
        # a next step, a line of work, a chart, code
        ("We ported the core modules first and then moved on to the command line tools.",
         "moved", "OtherEvent"),
        ("She stopped acting years ago and moved into directing.", "moved", "OtherEvent"),
        ("The reissue entered the chart at number three.", "entered", "OtherEvent"),
        ("In March I landed a patch that reports warnings during test runs.", "landed",
         "OtherEvent"),
        ("Once the fix landed in the compiler, we removed the workaround.", "landed",
         "OtherEvent"),
    ],
)
def test_a_going_that_went_nowhere(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text


def test_a_rank_moved_is_no_event() -> None:
    assert types_of("The single has moved up seven places to number one.", "moved") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister left Brussels for Geneva on Monday.", "left"),
        ("The delegation left the building after the talks.", "left"),
        ("The family moved to Madrid in 2019.", "moved"),
        ("The plane landed in Lagos on Monday.", "landed"),
        ("Troops entered the town on Sunday.", "entered"),
    ],
)
def test_a_going_stays_a_movement(text: str, word: str) -> None:
    assert types_of(text, word) == ["Movement"], text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a loss of no contest
        ("She grew up in poverty and lost her mother at the age of nine.", "lost", "Death"),
        ("The director said he had lost his passion for the theatre.", "lost", "OtherEvent"),
        ("Italy lost their captain with a knee injury before half-time.", "lost",
         "OtherEvent"),
        # a vote, a part acted
        ("Okafor won 56% of the vote on Sunday in a ballot of party members.", "won",
         "Election"),
        ("In the new drama the actor plays a detective on the run in Glasgow.", "plays",
         "OtherEvent"),
    ],
)
def test_a_contest_word_of_no_contest(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ransom note warns that the files will be lost after 72 hours.", "lost"),
        ("Technology will have a big part to play in the recovery.", "play"),
        ("Some engineers are playing around with the new type checker.", "playing"),
    ],
)
def test_a_contest_word_of_no_contest_is_no_contest(text: str, word: str) -> None:
    assert "Contest" not in types_of(text, word), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ireland lost 2-0 away to the Swiss in October.", "lost"),
        ("The champion lost to a qualifier in the second round on Tuesday.", "lost"),
        ("Wales lost in Paris on Saturday after a late try.", "lost"),
        ("Chelsea won the match 2-1 on Sunday.", "won"),
    ],
)
def test_a_contest_stays_a_contest(text: str, word: str) -> None:
    assert types_of(text, word) == ["Contest"], text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a work brought out, told by a pronoun
        ("Her second album is better than anything else that was released last year.",
         "released", "Business"),
        ("The feature came back in version 3.5, which was released in September 2015.",
         "released", "Business"),
        ("The studio spent little on the film before it was released in March.",
         "released", "Business"),
        # people freed
        ("Two journalists who were held for a month were released on Friday.", "released",
         "Yield"),
        ("The rebels released the hostages on Sunday.", "released", "Yield"),
        ("They were released without charge on Monday.", "released", "Yield"),
    ],
)
def test_what_was_released_tells_the_release(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text


@pytest.mark.parametrize(
    "text",
    [
        "The star was in London to promote his new comedy, Meet the Parents, on Tuesday.",
        # the title named by the model later in the article
        "Meet the Parents opens in cinemas across the country on Friday. The star was in "
        "London to promote his new comedy, Meet the Parents, on Tuesday.",
    ],
)
def test_a_word_of_a_film_title_is_no_event(text: str) -> None:
    assert types_of(text, "Meet") == [], text


def test_a_meeting_outside_a_title_stays() -> None:
    text = "The ministers will meet the Iranian delegation in Geneva on Monday."
    assert types_of(text, "meet") == ["Consult"]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # acts done to things that cannot suffer them
        ("The council attacked the problem of potholes with a new budget.", "attacked",
         "OtherEvent"),
        ("The measures arrested the decline in growth.", "arrested", "OtherEvent"),
        ("The program crashed when the file was opened.", "crashed", "OtherEvent"),
        # a missile launched is force, a jet launched a product
        ("The army launched a missile at the base on Tuesday.", "launched", "UseOfForce"),
        ("The firm launched a new jet at the air show.", "launched", "Business"),
    ],
)
def test_what_an_act_is_done_to_types_it(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text


def test_a_thing_that_is_dead_died_not() -> None:
    assert types_of("Support for Python 2 is dead, the maintainers said.", "dead") == []


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Police said the gunman is dead.", "dead", "Death"),
        ("A 36-year-old climber is dead after falling 150 metres on the mountain.", "dead",
         "Death"),
        ("The reporter will name his informant only after the source is dead.", "dead",
         "Death"),
        ("The flaw may have been used by hackers to attack millions of computer users.",
         "attack", "UseOfForce"),
        ("Two men are dead after the crash on the M4.", "dead", "Death"),
        ("Police arrested the driver at the scene on Monday.", "arrested", "Arrest"),
        ("Police arrested three after the match on Saturday.", "arrested", "Arrest"),
        ("Rebels attacked the base at dawn on Sunday.", "attacked", "UseOfForce"),
        ("Gunmen attacked a bus carrying pilgrims on Friday.", "attacked", "UseOfForce"),
        ("The plane crashed into the sea on Monday.", "crashed", "Accident"),
    ],
)
def test_acts_on_people_places_and_craft_stay(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind], text
