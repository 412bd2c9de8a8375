"""A trigger's sense and modality are read before it types an event (issue 19), four
faults read on BBC politics and real pages: "Trump's impeachment" typed a resignation,
"David Blunkett's relaxed performances" at the despatch box typed a contest (and a
bill "introduced" to Parliament a product launch), a shutdown a deal was meant "to
avert" told as averted ("No government shutdown"), and the doer of a "which" clause
taken from the place phrase it was hung on ("The region has included a … capital
raising"). Beside each, the guards that must stay: a removal from office, a concert,
a product introduced, a strike told foiled, a district that sees things."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.export.cards import event_card
from kg.extract import extract_document
from kg.link import _relation
from kg.model import Actor, BuildResult, Document, Event, Evidence, Participant

PUBLISHED = date(2026, 11, 12)


def events(text: str) -> list[Event]:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document).events


def by_word(text: str) -> dict[str, Event]:
    """Mention word (lower case) -> its event."""
    return {m.text.lower(): e for e in events(text) for m in e.mentions}


# --- an impeachment is a trial, not a resignation -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lawmakers in Ruritania opened the impeachment of President Ana Vell on "
         "Monday, accusing her of abusing her office.", "impeachment"),
        ("The House impeached Governor Tom Brandt on Tuesday over the bribery affair, "
         "sending the case to the state Senate.", "impeached"),
    ],
)  # fmt: skip
def test_an_impeachment_is_a_trial_of_an_official_not_a_resignation(text: str, word: str):
    found = by_word(text)
    assert word in found, found
    assert found[word].type == "Trial", (found[word].type, found[word].title)


def test_an_official_who_resigned_or_was_ousted_still_resigned():
    found = by_word(
        "Finance Minister Olga Renn resigned on Friday, a week after the party ousted "
        "its leader."
    )
    assert found["resigned"].type == "Resignation"
    assert found["ousted"].type == "Resignation"


def test_two_events_of_one_title_are_told_apart_in_a_cards_related_line():
    """The card names its own event "this …" and the other by its title, also when both
    bear one title and no date tells them apart: "Senate is behind both this trial and
    the trial “Senate trial”", never "… both this trial and this trial"."""
    actors = {"senate": Actor("senate", "Senate", "organization")}

    def event(eid: str, kind: str, day: int) -> Event:
        ev = Evidence("doc", day, day + 4, "word")
        return Event(
            eid, kind, ev, "word", [ev], title="Senate trial",
            participants=[Participant("senate", "agent")], sources=["doc"],
        )  # fmt: skip

    first, second = event("a", "Trial", 2), event("b", "Trial", 9)
    rel = _relation(first, second, actors, same_story=True)
    assert rel is not None and rel.rationale.count("“Senate trial”") == 2, rel
    result = BuildResult([], actors, [], {"a": first, "b": second}, [rel])
    for ev in (first, second):
        line = next(
            x for x in event_card(result, ev.id).splitlines() if x.startswith("- **")
        )
        said = line.split("): ", 1)[1]
        assert said.count("this trial") + said.count("This trial") == 1, line
        assert "“Senate trial”" in said, line


# --- a performance is a contest only on a stage or a field --------------------------


def test_a_politicians_performances_at_the_despatch_box_are_no_contest():
    text = (
        "His assured performances - with his notes by his side - at the despatch box, in "
        "the party's executive, and on the conference platform made it easy to forget "
        "his inexperience."
    )
    assert not [e for e in events(text) if e.type == "Contest"], [
        (e.type, e.title) for e in events(text)
    ]


def test_a_poll_that_shows_a_leaders_performance_shows_no_stage():
    text = (
        "The survey showed 61% of voters are unhappy with the prime minister's "
        "performance, and only 35% were satisfied."
    )
    assert not [e for e in events(text) if e.type == "Contest"], [
        (e.type, e.title) for e in events(text)
    ]


def test_a_bands_performance_and_one_given_on_stage_stay_contests():
    found = by_word(
        "The band turned in a stellar performance at the Leeds festival on Saturday."
    )
    assert found["performance"].type == "Contest"
    found = by_word("Her performances on stage made the opera a hit with the audience.")
    assert found["performances"].type == "Contest"
    found = by_word("Her performance on the show won praise from the judges on Friday.")
    assert found["performance"].type == "Contest"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("When she was introducing the bill, the minister said Parliament could vote on "
         "it in May.", "introducing"),
        ("The health secretary admitted the measure was introduced in a hurry last year.",
         "introduced"),
        ("Ministers introduced a requirement that new citizens speak English in 2003.",
         "introduced"),
        ("The city eased the restrictions on pubs and gyms and sports events introduced "
         "in early March.", "introduced"),
    ],
)  # fmt: skip
def test_a_government_introducing_a_law_launches_no_product(text: str, word: str):
    found = by_word(text)
    assert found.get(word) is None or found[word].type != "Business", found[word].title


def test_measures_a_minister_introduced_are_no_one_appointed():
    found = by_word(
        "The measures passed into law unnoticed after the minister introduced them at a "
        "late stage of the Criminal Justice Bill."
    )
    assert found["introduced"].type != "Appointment", found["introduced"].title


def test_a_firm_introducing_a_product_still_launches_it():
    found = by_word("Toyota will introduce a hybrid version of the Corolla next year.")
    assert found["introduce"].type == "Business"


# --- what is averted did not happen; what someone means to avert may ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators spent the week working on a spending bill to avert a government "
        "shutdown at the end of September.",
        "Union leaders and ministers are racing to avert a rail strike next month.",
    ],
)
def test_an_event_someone_means_to_avert_is_possible_not_averted(text: str):
    (ev,) = [e for e in events(text) if e.lemma in {"shutdown", "strike"}]
    assert ev.factuality == "hypothetical", (ev.factuality, ev.title)
    assert not ev.title.startswith("No "), ev.title


def test_an_averted_or_foiled_event_did_not_happen_and_a_failed_foiling_let_it():
    (ev,) = events("Negotiators managed to avert a rail strike on Monday.")
    assert ev.factuality == "negated", ev
    (ev,) = events("Police foiled a bomb attack on the central station on Monday.")
    assert ev.factuality == "negated", ev
    (ev,) = events("The government failed to avert a strike by train drivers last week.")
    assert ev.factuality == "asserted", (ev.factuality, ev.title)


# --- a "which" hung on a place phrase is about what the place holds -----------------


def test_a_which_clause_after_a_place_phrase_is_not_the_places_act():
    found = by_word(
        "The fighting in the region, which has killed 300 people since March, resumed "
        "on Monday."
    )
    assert not found["killed"].title.startswith("The region"), found["killed"].title
    text = (
        "Shares jumped after Tarn Minerals' run of success in the region, which has "
        "included a $40 million share placement completed this week."
    )
    (ev,) = [e for e in events(text) if e.lemma.endswith("placement")]
    assert not ev.title.startswith("The region"), ev.title


def test_a_place_still_sees_what_befalls_it():
    found = by_word(
        "The dam burst flooded homes across the district, which has seen three "
        "evacuations this year."
    )
    assert found["evacuations"].title.startswith("The district has seen"), found[
        "evacuations"
    ].title


# --- a future time in a clause below a verb is that clause's, not the verb's --------


def test_a_launch_is_told_done_when_its_relative_clause_closes_next_week():
    # BBC: "BAA launched a series of consultations … in September 2004, which will
    # close next week" was a planned launch, dated a September to come
    found = by_word(
        "The airport operator launched a consultation on noise in September, which will "
        "close next week."
    )
    launch = found["launched"]
    assert launch.factuality == "asserted", launch
    assert launch.time is None or launch.time.start < PUBLISHED, launch.time


def test_launching_a_series_of_consultations_is_one_event_with_them():
    # "BAA launched a series of consultations": the launch was a business node of its
    # own beside "A series of consultations", as the verb's object is "series"
    found = by_word(
        "The airport operator launched a series of consultations on noise in September. "
        "The consultations drew 4,000 replies."
    )
    assert found["launched"] is found["consultations"], found


def test_a_strike_set_for_next_week_stays_planned():
    found = by_word("The union will strike next week, and the planned walkout next month.")
    assert found["strike"].factuality == "planned"


def test_an_act_threatened_is_not_told_done():
    # "Rebels threatened attacks on the capital" told the attacks done, and "Pupils who
    # commit or threaten violence" read "Pupils threaten violence", asserted
    found = by_word("Rebels threatened attacks on the capital. The union threatened a strike.")
    assert found["attacks"].factuality == "planned", found["attacks"]
    assert found["strike"].factuality == "planned", found["strike"]
    assert found["threatened"].factuality == "asserted", found["threatened"]
    found = by_word("Rebels carried out attacks on the capital on Monday.")
    assert found["attacks"].factuality == "asserted", found["attacks"]


def test_talks_a_shelling_threatens_go_on():
    # "Shelling near Armenian border village threatens fragile Geneva talks": a thing
    # endangers the talks, which are under way; read as threatened, they split from
    # the talks every other report tells
    found = by_word("Shelling near the border village threatens fragile Geneva talks.")
    assert found["talks"].factuality == "asserted", found["talks"]


def test_an_act_told_allegedly_or_by_an_allegation_is_reported():
    # A web page: "when he allegedly molested Dylan" and "allegations that Allen abused
    # Dylan Farrow" were both told as facts (asserted)
    found = by_word(
        "Describing a visit to the house in August 1992, when he allegedly molested the "
        "girl, the director acknowledges placing his head on her lap. The news was met "
        "with outrage, centred on allegations that the director abused his daughter."
    )
    assert found["molested"].factuality == "reported", found["molested"]
    assert found["abused"].factuality == "reported", found["abused"]
    found = by_word("The director molested the girl in August 1992.")
    assert found["molested"].factuality == "asserted", found["molested"]
