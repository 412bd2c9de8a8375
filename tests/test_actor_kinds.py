"""One kind per actor name in a document, on text we write: the small model reads
"Chad" as a country in one sentence and as a person in the next, and the extractors
must not take whichever reading came last (issues 19 and 23)."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.extract.actors import ActorIndex, vote_kinds
from kg.model import (
    COUNTRY,
    DESCRIPTION,
    NAME,
    ORGANISATION,
    PERSON,
    PLACE,
    ActorMention,
    Document,
    Evidence,
)

CHAD = (
    "Rescuers reached villages in eastern Chad on Friday. Chad has asked for food aid, "
    "and the United Nations said Chad would receive it next week."
)
JORDAN = (
    "Jordan closed its border with Syria on Monday. Officials in Amman said Jordan would "
    "reopen the crossing once the fighting stopped. Jordan said the decision was temporary."
)
GOLFER = (
    "Michael Jordan played golf in Florida on Sunday. Jordan said he would return to the "
    "course next year."
)


def _index(text: str) -> ActorIndex:
    document = Document(id="t", text=text, source_text=text)
    return ActorIndex(next(nlp.parse([text])), document)


def test_a_country_read_once_as_a_person_stays_a_country_for_the_extractors() -> None:
    index = _index(CHAD)
    assert index.kind_of["Chad"] == COUNTRY
    assert {m.kind for m in index.mentions if m.name == "Chad"} == {COUNTRY}


def test_a_country_the_model_reads_as_a_person_first_is_the_country_and_says_why() -> None:
    index = _index(JORDAN)
    assert index.kind_of["Jordan"] == COUNTRY
    first = next(m for m in index.mentions if m.evidence.text == "Jordan")
    assert first.kind == COUNTRY and "country table" in (first.reason or "")
    document = Document(id="t", text=JORDAN, source_text=JORDAN)
    result = extract_document(next(nlp.parse([JORDAN])), document)
    assert {m.kind for m in result.actors if m.name == "Jordan"} == {COUNTRY}


def test_a_surname_that_is_also_a_country_stays_the_person() -> None:
    index = _index(GOLFER)
    assert index.kind_of["Michael Jordan"] == PERSON
    assert "Jordan" not in index.kind_of
    assert all(m.name == "Michael Jordan" for m in index.mentions if m.kind == PERSON)


def _mention(name: str, kind: str, at: int, form: str = NAME) -> ActorMention:
    return ActorMention(Evidence("d", at, at + len(name), name), kind, name, form=form)


def test_the_majority_reading_wins_not_the_last() -> None:
    mentions = [
        _mention("Huawei", ORGANISATION, 0),
        _mention("Huawei", ORGANISATION, 40),
        _mention("Huawei", PERSON, 90),
    ]
    assert vote_kinds(mentions) == {"Huawei": ORGANISATION}
    # descriptions count half: three of them do not outvote two names
    mentions = [
        _mention("Ana Lopez", PERSON, 0),
        _mention("Ana Lopez", PERSON, 20),
        _mention("Ana Lopez", ORGANISATION, 30, DESCRIPTION),
        _mention("Ana Lopez", ORGANISATION, 60, DESCRIPTION),
        _mention("Ana Lopez", ORGANISATION, 90, DESCRIPTION),
    ]
    assert vote_kinds(mentions) == {"Ana Lopez": PERSON}


# People the small model reads as places or organisations: the way the article speaks
# of them (a "who" clause, their relatives, an apposition with a trade) says who they are.
LAWSUIT = (
    "A judge in Virginia heard a motion to dismiss a lawsuit from Karim Feltan on Friday. "
    "The suit was filed by Feltan, who spent two years in prison in Cairo. Feltan's "
    "relatives remain in detention."
)
TRADER = (
    "Farmers blocked the road near the port. Ilkay Demirtas, a grain trader, said prices "
    "had doubled. Demirtas said the harvest was poor."
)
CONSULTANT = (
    "Stranded travellers are still waiting for flights home. Piyush Moradi, a Denver "
    "software consultant, found a seat on a charter flight. Moradi said the airline had "
    "changed the date twice."
)


def test_a_person_read_as_a_place_is_the_person_and_no_event_happens_in_them() -> None:
    index = _index(LAWSUIT)
    assert index.kind_of["Karim Feltan"] == PERSON
    assert "Feltan" not in index.kind_of  # the surname joins the full name
    assert index.kind_of["Cairo"] == PLACE and index.kind_of["Virginia"] == PLACE
    first = next(m for m in index.mentions if m.evidence.text == "Karim Feltan")
    assert "as a person" in (first.reason or "")
    document = Document(id="t", text=LAWSUIT, source_text=LAWSUIT)
    result = extract_document(next(nlp.parse([LAWSUIT])), document)
    assert all(e.place != "Karim Feltan" for e in result.events)
    assert all(
        p.role != "location"
        for e in result.events
        for p in e.participants
        if p.actor == "Karim Feltan"
    )


def test_a_person_read_as_an_organisation_is_the_person_by_the_apposition() -> None:
    for text, name in ((TRADER, "Ilkay Demirtas"), (CONSULTANT, "Piyush Moradi")):
        index = _index(text)
        assert index.kind_of[name] == PERSON, text
        assert {m.kind for m in index.mentions if m.name == name} == {PERSON}


def test_places_and_organisations_that_are_spoken_of_as_such_stay() -> None:
    index = _index(
        "Arsenal, who beat Chelsea on Saturday, said the striker would miss the final. "
        "Protesters marched through Lisbon, and Lisbon's mayor said the crowd was calm."
    )
    assert index.kind_of["Chelsea"] == ORGANISATION
    assert index.kind_of.get("Lisbon") in {PLACE, COUNTRY}


def test_a_name_after_mr_is_a_person_even_when_read_as_an_organisation() -> None:
    index = _index(
        "Mr Ng said that the group would focus on recurring income. Ng said the media "
        "business would remain difficult, and Mr Ng said losses were contained."
    )
    assert index.kind_of.get("Ng") == PERSON
    assert "Mr Ng" not in index.kind_of


HARBOUR = (
    "Portsmouth's mayor Elena Vasquez opened the Harbour Bridge in Portsmouth on "
    "March 3, 2025. Engineer David Okafor said the bridge had taken four years to build."
)


def test_a_town_that_owns_a_mayor_is_a_place_not_an_organisation():
    # the small model reads the possessive "Portsmouth's" as ORG and "in Portsmouth" as
    # GPE: a tie the organisation won, which gave the opening no place in Portsmouth
    index = _index(HARBOUR)
    assert index.kind_of["Portsmouth"] == PLACE, index.kind_of
    result = extract_document(
        next(nlp.parse([HARBOUR])), Document(id="t", text=HARBOUR, source_text=HARBOUR)
    )
    (opening,) = [e for e in result.events if e.lemma == "open"]
    assert opening.place == "Portsmouth", (opening.title, opening.place, opening.participants)


SUMMIT_CITY = (
    "Ministers picked Leeds for the spring summit. The party will meet in Leeds in "
    'March, the first time it has chosen Leeds since 1990. A hotelier said: "I hope '
    'Leeds can cope with the numbers."'
)
RUNWAY = (
    "Residents say the new runway at Stansted cannot be paid for without money from "
    "Heathrow. Heathrow campaigners Quiet Skies joined the challenge, and planes at "
    "Heathrow already land every ninety seconds."
)


def test_a_town_the_model_also_reads_as_a_place_is_no_person_though_it_acts() -> None:
    # "Leeds can cope" makes the town a subject once; "in Leeds" is read as the place
    index = _index(SUMMIT_CITY)
    assert index.kind_of.get("Leeds") == PLACE, index.kind_of
    # "Heathrow campaigners" is read as a person once, "at Heathrow" as a place
    index = _index(RUNWAY)
    assert index.kind_of.get("Heathrow") == PLACE, index.kind_of


def test_a_full_name_read_as_an_organisation_is_the_mr_of_the_story() -> None:
    # the small model reads "Lionel Cable" as ORG and misses the "Mr Cable" who speaks
    text = (
        "Lionel Cable, for the Liberal Democrats, called on Mr Brown to open the "
        "government's books to the auditors. \"There are serious loose ends in public "
        'spending," Mr Cable told MPs.'
    )
    index = _index(text)
    assert index.kind_of.get("Lionel Cable") == PERSON, index.kind_of
    said = [m for m in index.mentions if m.evidence.text == "Cable"]
    assert [m.name for m in said] == ["Lionel Cable"], [
        (m.evidence.text, m.name) for m in index.mentions
    ]


def test_a_firm_named_for_its_founder_after_a_plural_trade_is_no_person() -> None:
    # "auditors" are many: the founder's name after them is the firm, and so is its
    # surname later, which must not take the story's "he"
    text = (
        "The former finance chief told the court that outside auditors Walter Brennick "
        "had signed off the accounts in 2003. She said Brennick had raised no objection."
    )
    index = _index(text)
    assert index.kind_of.get("Walter Brennick") == ORGANISATION, index.kind_of
    assert {m.kind for m in index.mentions if m.name == "Walter Brennick"} == {ORGANISATION}


def test_a_group_spoken_of_like_a_person_stays_the_group() -> None:
    # an owner that "says" is no person when its name ends in "Group"
    text = (
        "Dravia's owner Kestrel Group says it will sue the state oil firm. Kestrel "
        "Group's managing director Ivan Petrov told reporters the sale was illegal."
    )
    index = _index(text)
    assert index.kind_of.get("Kestrel Group") == ORGANISATION, index.kind_of


def test_a_lone_group_word_is_the_one_group_the_story_names() -> None:
    # "The Group said" is Halden Group again, not a body called "Group"
    index = _index(
        "Halden Group reported higher sales on Tuesday. The Group said revenue rose 8% in Asia."
    )
    assert "Group" not in index.kind_of, index.kind_of
    assert [m.name for m in index.mentions if m.evidence.text == "Group"] == ["Halden Group"]


def test_a_title_read_as_a_name_before_the_name_is_no_person() -> None:
    # the small model reads "Tory Treasurer Lord" as one person and "Kendrew" as another
    index = _index(
        "The party had repaid 500,000 pounds to former Tory Treasurer Lord Kendrew after "
        "he said the party could not win the election."
    )
    assert set(index.kind_of) == {"Kendrew"}, index.kind_of
    titled = [m for m in index.mentions if m.evidence.text.endswith("Lord")]
    assert titled and {m.name for m in titled} == {"Kendrew"}
