"""Titles of events on real web pages a reader could not follow (issue 19, a judge's
sample of 80 events of 200 news and blog pages: 45 % readable). Each test is a class
of failure the sample showed, written in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


def titles(text: str) -> dict[str, str]:
    """Each event's title by the words of its mentions (a mention word -> the title)."""
    document = Document(id="doc", text=text, source_text=text, published=date(2020, 3, 1))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # the parse made "Python" a second object and "3" the figure of "support"
        (BEFORE + "The Mercurial project shipped Python 3 support in its 5.0 release.",
         "shipped", "shipped Python 3 support"),
        # ... and "3 features" an aside of "adoption", cut off the title
        (BEFORE + "The council delayed its adoption of Windows 10 software until May.",
         "adoption", "Adoption of Windows 10 software"),
        (BEFORE + "The bank moved its staff to Windows 10 laptops last month.",
         "moved", "Windows 10 laptops"),
    ],
)  # fmt: skip
def test_a_name_keeps_its_version_number(text: str, word: str, told: str) -> None:
    assert told in titles(text).get(word, ""), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        (BEFORE + "Leeds beat Arsenal 3 times last season.", "beat", "Leeds beat Arsenal"),
    ],
)  # fmt: skip
def test_a_count_after_a_name_stays_the_count(text: str, word: str, told: str) -> None:
    title = titles(text).get(word, "")
    assert title.startswith(told) and "Arsenal 3" not in title, titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # the act an allegation states is no fact: "the director abused his stepdaughter"
        (BEFORE + "The outrage centred on allegations that the director abused his "
         "stepdaughter in 1992.", "abused", "The director allegedly abused"),
        (BEFORE + "The singer denied allegations he assaulted a fan after the concert.",
         "assaulted", "allegedly assaulted"),
        (BEFORE + "Prosecutors allege the mayor took bribes from two developers.", "took",
         "The mayor allegedly took bribes"),
        # the hedge inside a perfect passive: "had allegedly been", never "had been allegedly"
        (BEFORE + "The rebels alleged they had captured the airport on Sunday.", "captured",
         "The airport had allegedly been captured"),
        # no "that": the parser makes it a relative clause, but the verb has its object
        (BEFORE + "He spoke of his divorce and the allegations he abused his stepson in "
         "1994.", "abused", "allegedly abused"),
    ],
)  # fmt: skip
def test_an_alleged_act_is_told_alleged(text: str, word: str, told: str) -> None:
    assert told in titles(text).get(word, ""), titles(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The director said he abused no one and would sue the newspaper.", "sue"),
        (BEFORE + "The rebels claimed responsibility for the attack on the convoy.", "attack"),
    ],
)  # fmt: skip
def test_an_act_no_one_alleges_is_not_hedged(text: str, word: str) -> None:
    assert "allegedly" not in titles(text).get(word, "allegedly"), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        (BEFORE + "Many states eased restrictions in May, but several have reimposed "
         "some limits.", "reimposed", "Several states have reimposed"),
        (BEFORE + "Dozens of airlines cut fares last week, and others have suspended "
         "routes to Spain.", "suspended", "Other airlines have suspended"),
    ],
)  # fmt: skip
def test_a_bare_share_says_of_what(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # a passive whose "it" the title drops says not what was done to: "Signed into law
        # by then-Governor …"
        (BEFORE + "The Clean Rivers Act is a law that pays for river cleanups. It was "
         "signed into law in 1972 by then-Governor Ronald Reagan.", "signed",
         "The Clean Rivers Act was signed into law"),
        (BEFORE + "Acme Corp posted record profits last year. It was fined by regulators "
         "in May.", "fined", "Acme Corp was fined"),
    ],
)  # fmt: skip
def test_a_passive_it_is_told_by_the_thing_before(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # "is not expected to sign": the "not" is the expecting's, lost with it
        (BEFORE + "The striker is not expected to sign a new deal with the club.", "sign",
         "The striker is not expected to sign"),
        (BEFORE + "The club was not expected to appoint a new manager before May.",
         "appoint", "The club was not expected to appoint"),
    ],
)  # fmt: skip
def test_a_denied_verb_above_keeps_its_not(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "claimed the title" is a win, and "claims his agent" a report, not a charge
        (BEFORE + "The veteran claimed the men's shot put title with a throw of 18.2m.", "put"),
        (BEFORE + "Liverpool winger Tom Baker is struggling to recover from his ankle "
         "problem and may miss the final, claims his agent.", "struggling"),
    ],
)  # fmt: skip
def test_a_claimed_win_or_report_is_not_hedged(text: str, word: str) -> None:
    told = titles(text)
    assert word in told and "allegedly" not in told[word], told


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # the parser makes the deal's "to" clause a relative clause: the seller is the one
        # who announced the deal, never a bare "Selling cloud services to …"
        (BEFORE + "Acme in 2017 announced a multi-year deal to sell cloud services to the "
         "oil giant Petrox.", "sell", "Acme to sell cloud services"),
        (BEFORE + "The carmaker unveiled a plan to build a battery plant near Leipzig.",
         "build", "The carmaker to build a battery plant"),
    ],
)  # fmt: skip
def test_a_deal_to_act_is_its_makers_act(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # "they" the resolver left untold: the one plural subject before it
        (BEFORE + "Volunteers went to the island with a plan, but after two months they had "
         "only managed to capture a single goat.", "capture", "Volunteers"),
        (BEFORE + "Firefighters reached the farm shortly after midnight. They managed to "
         "rescue forty cows from the barn.", "rescue", "Firefighters"),
    ],
)  # fmt: skip
def test_they_is_told_by_the_plural_subject_before(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


def test_they_after_two_plural_subjects_is_no_guess() -> None:
    text = (BEFORE + "Doctors met the managers on Monday, and nurses joined them later. "
            "They managed to agree a new rota.")  # fmt: skip
    title = titles(text).get("agree", "")
    assert not title.startswith(("Doctors", "Nurses")), title


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "an Oscar" read as a person: the resolver took "him" (and "his") for it
        (BEFORE + "The actor's turn as the villain in the 2008 film won him an Oscar after "
         "his death.", "won"),
        (BEFORE + "Her third album won her a Grammy last winter.", "won"),
    ],
)  # fmt: skip
def test_a_prize_counted_by_a_is_no_person_a_pronoun_means(text: str, word: str) -> None:
    title = titles(text).get(word, "")
    prize = "Oscar" if "Oscar" in text else "Grammy"
    assert title and f"{prize} a" not in title and f"{prize}'s" not in title, titles(text)


def test_a_speakers_aside_after_a_quote_is_the_speakers() -> None:
    text = (BEFORE + '"It was a stretch," the actor said to laughter, riffing on his own life '
            "as a twice-divorced star.")  # fmt: skip
    assert titles(text).get("riffing", "").startswith("The actor riffed"), titles(text)


def test_a_participle_after_a_said_clause_is_not_the_speakers() -> None:
    text = BEFORE + "The ministry said troops shelled the town on Monday, killing 12 people."
    assert not titles(text).get("killing", "").startswith("The ministry"), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # "has failed to win": the clause above the act is the title, with the firm the
        # text named, never a bare "The firm has failed to win …"
        (BEFORE + "Shares in the Irish oil company Petrel Resources fell sharply on a report "
         "that the firm has failed to win a contract in Iraq.", "win",
         "Petrel Resources has failed to win"),
        (BEFORE + "Shares in Microsoft fell after a report that the company has failed to "
         "win a defence contract.", "win", "Microsoft has failed to win"),
    ],
)  # fmt: skip
def test_the_firm_above_an_act_is_told_by_its_name(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


def test_the_firm_after_two_firms_is_no_guess() -> None:
    text = BEFORE + "Microsoft and Google were fined in May. The firm has refused to pay the fine."
    assert titles(text).get("pay", "").startswith("The firm"), titles(text)


def test_they_after_another_subject_is_no_guess() -> None:
    text = (
        BEFORE + "Do not let your eyes glaze over while reading the error messages. It "
        "is common to hear someone complain that they have been fighting the compiler."
    )
    assert not titles(text).get("fighting", "").startswith("Eyes"), titles(text)


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        # the act a "which he denies" takes back is no fact
        (BEFORE + "The singer's former assistant has said the producer assaulted her during a "
         "recording session in 2009, which he denies.", "assaulted",
         "The producer allegedly assaulted"),
        (BEFORE + "Fans said the striker kicked a steward after the match, which he denies.",
         "kicked", "The striker allegedly kicked"),
    ],
)  # fmt: skip
def test_an_act_a_which_clause_denies_is_told_alleged(text: str, word: str, told: str) -> None:
    assert titles(text).get(word, "").startswith(told), titles(text)


def test_a_which_clause_that_is_no_denial_is_not_hedged() -> None:
    text = BEFORE + "The director praised the actress on set, the paper said, which pleased fans."
    assert "allegedly" not in titles(text).get("praised", "-"), titles(text)


def test_an_act_a_denied_one_explains_is_not_hedged() -> None:
    text = BEFORE + "The club fined the striker because he kicked a steward, which he denies."
    told = titles(text)
    assert "allegedly" not in told.get("fined", "-") and "allegedly" in told["kicked"], told


def test_they_after_a_relative_who_is_the_noun_it_hangs_on() -> None:
    text = (
        BEFORE + "Two burglars who robbed a jeweller in Leeds were filmed before they carried "
        "out the raid."
    )
    assert titles(text).get("carried", "").startswith("Two burglars carried"), titles(text)
