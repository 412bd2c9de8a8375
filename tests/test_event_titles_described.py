"""Titles whose subject is a definite description ("The group was created", "The series
was made", read on real pages as titles with no doer, issue 19): the description takes
the name the article set beside that noun before it (an apposition, "the Netflix series
"After Life"", "a group called …"), never a guess when two names were set beside it,
and never a name merely said nearby."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_a_group_called_by_name_titles_what_was_done_to_it():
    found = titles(
        "Protesters in Annapolis waved flags outside the State House on Saturday, organised "
        "by a new group called Reopen Maryland. The group, which was created this month, "
        "has yet to report any spending."
    )
    assert "Reopen Maryland was created" in found, found
    assert "The group was created" not in found, found


def test_a_series_named_beside_its_noun_titles_the_series():
    found = titles(
        'Ricky Gervais wrote and stars in the Netflix series "After Life", which returned in '
        "April. The series was made before the pandemic, Gervais said."
    )
    assert "After Life was made" in found, found
    assert "The series was made" not in found, found


def test_a_brokerage_named_in_apposition_is_the_doer_of_the_brokerage_s_act():
    found = titles(
        "Acme Capital, a brokerage based in Mumbai, cut its growth forecast for India on "
        "Monday. The brokerage had forecast growth of 5 percent in March."
    )
    assert "Acme Capital had forecast growth of 5 percent" in found, found


def test_a_group_named_first_in_the_sentence_that_calls_it_so_is_its_doer():
    found = titles("A new group called Reopen Maryland held a rally in Annapolis on Saturday.")
    assert any(t.startswith("Reopen Maryland held a rally") for t in found), found


def test_two_groups_set_beside_the_noun_leave_the_description_as_written():
    # which of the two "the group" means is a guess: the text's words stay; the same
    # article's series, named once, still takes its name
    found = titles(
        "Two campaigns were launched in Ohio this spring: the group Free Ohio and the group "
        "Open Ohio Now both held rallies on Sunday. The group was created after the first "
        'stay-at-home order. Ricky Gervais stars in the Netflix series "After Life", which '
        "returned in April. The series was made before the pandemic."
    )
    # the description stays as written (the state both groups are in may place it)
    assert found & {"The group was created", "The group was created in Ohio"}, found
    assert not any(t.startswith(("Free Ohio was", "Open Ohio")) for t in found), found
    assert "After Life was made" in found, found


def test_the_one_group_named_in_the_sentences_before_is_the_group():
    # the White House is named there too, but no group: "the group" is the committee;
    # the tagger takes the second "Trump" for a body, but he is a person named before
    found = titles(
        "President Donald Trump urged states to reopen. But the protests coincide with "
        "messages from Trump and have been organized by his supporters, some of whom have "
        "begun ventures of their own. One of them is Reopen "
        "America PAC, which aims to bring business owners to Washington for a rally at the "
        "White House on May 1. The group, which was created this month, has yet to report "
        "any spending."
    )
    assert "Reopen America PAC was created" in found, found
    assert "The group was created" not in found, found


def test_two_bodies_a_dateline_or_an_outlet_before_the_group_leave_it_as_written():
    found = titles(
        "Greenpeace and Friends of the Earth staged protests outside the ministry in London. "
        "The group was founded in 1971."
    )
    assert "The group was founded in 1971" in found, found
    found = titles(
        "PARIS (Reuters) - Protesters gathered outside a theatre on Friday. The group was "
        "formed last year, a spokesman said. Greenpeace staged a protest outside the ministry "
        "in London on Monday. The group was founded in 1971."
    )
    assert "The group was formed" in found, found  # never "PARIS was formed"
    assert not any(t.startswith(("PARIS was", "Reuters was")) for t in found), found
    assert "Greenpeace was founded" in found, found
    found = titles(  # a news outlet that reports the story is no company of it
        "A union leader told the newspaper De Morgen on Monday that the dockers would "
        "strike. The company was founded in 1990."
    )
    assert "De Morgen was founded" not in found, found
    found = titles(  # a name told of the company's thing is not the company
        "De Grey Mining said on Monday that the company’s Roberts Hill data had prompted a "
        "new approach. The company has initiated a magnetic survey over Yule."
    )
    assert not any(t.startswith("Roberts Hill has") for t in found), found


def test_the_one_country_named_before_is_the_country_and_two_leave_it_open():
    found = titles(
        "In Bolivia, they picked up a light brown, floppy-eared dog called Capo, right before "
        "the country shut down."
    )
    assert "Bolivia shut down" in found, found
    found = titles(
        "Officials from Bolivia and Peru met in La Paz on Monday. The country shut its border "
        "on Tuesday."
    )
    assert not any(t.startswith(("Bolivia shut", "Peru shut")) for t in found), found


def test_a_rival_group_is_not_the_group_named_before():
    found = titles(
        "In Bolivia, they picked up a dog called Capo right before the country shut down. "
        "Greenpeace staged a protest outside the ministry in London. The rival group was "
        "founded in 1971."
    )
    assert "Bolivia shut down" in found, found
    assert "The rival group was founded in 1971" in found, found
    assert "Greenpeace was founded" not in found, found


def test_the_one_country_of_the_description_s_own_sentence_is_the_country():
    # Chile was named two sentences before, but "the country" of a sentence that opens
    # "In Bolivia" is Bolivia to any reader; two countries in that sentence stay open
    found = titles(
        "The couple flew to Chile and bought a camper in January. They drove north for six "
        "weeks. In Bolivia, they picked up a floppy-eared dog called Capo, right before the "
        "country shut down."
    )
    assert "Bolivia shut down" in found, found
    assert "The country shut down" not in found, found
    found = titles(
        "The couple flew to Chile and bought a camper in January. Between Bolivia and Peru, "
        "they picked up a floppy-eared dog called Capo, right before the country shut down."
    )
    assert not any(t.startswith(("Bolivia shut", "Peru shut", "Chile shut")) for t in found), found


def test_a_description_with_a_phrase_of_its_own_is_no_earlier_name() -> None:
    """ "The latest podcast from the Northwind network" is a new work, which the phrase
    says: never the novel named before it, as a clause's title told it (web page)."""
    from kg import nlp
    from kg.extract.event_groups import _described_alone

    doc = next(
        nlp.parse(
            [
                'She wrote the novel "Silver Harbour" in 2015. The latest podcast from the '
                "Northwind network is Dynasties."
            ]
        )
    )
    podcast = next(t for t in doc if t.lower_ == "podcast")
    assert _described_alone(podcast, podcast.head) is None
    doc = next(
        nlp.parse(["Netflix released the series After Life in March. The series was a hit."])
    )
    series = [t for t in doc if t.lower_ == "series"][-1]
    assert _described_alone(series, series.head) == "After Life"


def test_a_description_is_not_the_name_its_own_clause_acts_on() -> None:
    """ "The firm, which tried to expand Shearson Lehman": the firm is not Shearson
    Lehman, the one it acts on (Reuters: "Shearson attempted to expand Shearson")."""
    from kg import nlp
    from kg.extract.event_groups import _described, _described_alone

    doc = next(
        nlp.parse(
            [
                "Shares in Shearson Lehman rose on Friday. The firm, which tried to expand "
                "Shearson Lehman with a big acquisition, is now looking abroad."
            ]
        )
    )
    firm = next(t for t in doc if t.lower_ == "firm")
    tried = next(t for t in doc if t.lower_ == "tried")
    assert _described(firm) == "Shearson Lehman"  # the nearest name, as a guess
    assert _described_alone(firm, tried) is None


def test_a_description_keeps_the_name_its_own_phrase_gives() -> None:
    """ "A Canadian company, named Petrox, is reported to have won the contract": the
    name is the company's own, not one its verb acts on."""
    from kg import nlp
    from kg.extract.event_groups import _described_alone

    doc = next(
        nlp.parse(
            [
                "Iraq is seeking to award contracts for three projects. A Canadian company, "
                "named IOG, is reported to have won the contract to run the Himrin field."
            ]
        )
    )
    company = next(t for t in doc if t.lower_ == "company")
    assert _described_alone(company, company.head) == "IOG"
