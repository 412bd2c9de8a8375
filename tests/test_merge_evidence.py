"""Cross-document merges rest on evidence an editor would accept (issue #19).

Articles without a publication date cannot vouch for time: their events merge only with
the same named participants in the same roles at one specific place; reports typed
differently within one family (a merger and the deal) become one event of one type; and
every merge says why, with its score. Texts are ours, written like the news."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

import kg
from kg import cli
from kg.link import Stories, assess, merge, merge_weights
from kg.model import Actor, Event, Evidence, Participant, Position, TimeValue

FUN_RUN = {
    "sacramento-run": (
        "Family fun run raises money for children's hospital\n\n"
        "Hundreds of families ran through downtown Sacramento on Saturday in the annual "
        "Family Fun Run around the state Capitol, organised by the Sutter Children's "
        "Foundation.\n\nThe run raised $85,000 for the children's hospital, foundation "
        "director Karen Liu said.\n"
    ),
    "denver-run": (
        "Thousands join family fun run at the Capitol\n\n"
        "Thousands of runners took part in the Family Fun Run at the state Capitol in Denver "
        "on Sunday, organised by the Colorado Heart Association.\n\nThe run raised money for "
        "heart research, association spokesman Tom Reyes said.\n"
    ),
}
ZOE = {
    "leeds-death": (
        "Tributes paid to teenager Zoe after crash\n\n"
        "Zoe Hartley, 17, died after her car hit a tree on the A64 near Leeds, West Yorkshire "
        "Police said.\n\nHer family described Zoe as a talented musician.\n"
    ),
    "munich-death": (
        "Climber Zoe dies in Alps fall\n\n"
        "Zoe Brandt, a 34-year-old climber from Munich, died after a fall on the Zugspitze, "
        "Bavarian mountain rescuers said.\n\nZoe had climbed in the Alps for a decade.\n"
    ),
}
IRAN = {
    "strike-one": (
        "Israel strikes Iranian nuclear sites\n\n"
        "Israel struck Iran's nuclear facilities at Natanz overnight, the Israeli military "
        "said.\n\nIranian state television said air defences had been activated over Tehran.\n"
    ),
    "strike-two": (
        "US bombs Iranian missile base\n\n"
        "The United States bombed a missile base in western Iran, the Pentagon said.\n\n"
        "Iran's foreign ministry condemned the strike on Iran and promised a response.\n"
    ),
}
SAME_DAY = {
    "harbour-news": (
        "Mayor opens new Harbour Bridge\n\n"
        "Mayor Elena Vasquez opened the new Harbour Bridge in Portsmouth on March 3, 2025, "
        "with engineer David Okafor beside her.\n\n"
        "The opening drew crowds along the waterfront.\n"
    ),
    "coast-gazette": (
        "Crowds cheer as Harbour Bridge opens\n\n"
        "Portsmouth's mayor Elena Vasquez opened the Harbour Bridge in Portsmouth on March 3, "
        "2025.\n\nEngineer David Okafor said the bridge had taken four years to build.\n"
    ),
}
ACQUISITION = {
    "market-wire": (
        "Norvale Foods buys Brightwater Dairies\n\n"
        "Norvale Foods bought Brightwater Dairies for $2.1bn in Chicago on March 10, 2025, "
        "the companies said.\n"
    ),
    "business-daily": (
        "Norvale seals Brightwater deal\n\n"
        "Norvale Foods signed a $2.1bn deal with Brightwater Dairies in Chicago on March 10, "
        "2025, chief executive Sarah Holm said.\n"
    ),
}


def _build(tmp_path, texts: dict[str, str], dates: dict[str, str] | None = None):
    """Build the articles, as .txt (no date) or as JSON records with a date."""
    for name, text in texts.items():
        if dates:
            record = {"id": name, "text": text, "published": dates[name]}
            (tmp_path / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
        else:
            (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return kg.build([tmp_path], progress=False)


def _across(result) -> list[Event]:
    return [e for e in result.events.values() if len(e.sources) > 1]


@pytest.mark.parametrize(
    ("texts", "dates"),
    [
        (FUN_RUN, None),
        (FUN_RUN, {"sacramento-run": "2012-05-05", "denver-run": "2020-05-10"}),
        (ZOE, None),
        (ZOE, {"leeds-death": "2012-03-01", "munich-death": "2022-07-01"}),
        (IRAN, None),
        (IRAN, {"strike-one": "2014-04-19", "strike-two": "2025-06-22"}),
    ],
    ids=["fun-run", "fun-run-dated", "zoe", "zoe-dated", "iran", "iran-dated"],
)
def test_different_stories_sharing_a_name_or_a_country_never_merge(tmp_path, texts, dates):
    result = _build(tmp_path, texts, dates)
    assert _across(result) == [], [(e.title, e.merge_rationale) for e in _across(result)]


def test_two_dated_reports_of_one_opening_merge_and_say_why(tmp_path):
    dates = {"harbour-news": "2025-03-03", "coast-gazette": "2025-03-04"}
    result = _build(tmp_path, SAME_DAY, dates)
    (opening,) = _across(result)
    assert opening.sources == ["coast-gazette", "harbour-news"]
    assert opening.time.start == date(2025, 3, 3)
    why = opening.merge_rationale
    assert "Elena Vasquez" in why and "Portsmouth" in why and "2025-03-03" in why
    assert f"merge score {opening.merge_score:.2f}" in why
    assert merge_weights()[1] <= opening.merge_score <= 1
    assert result.warnings == []


def test_a_date_in_the_text_vouches_for_time_in_an_undated_article(tmp_path):
    # both articles say "March 3, 2025": their times are known without a publication date
    result = _build(tmp_path, SAME_DAY)
    (opening,) = _across(result)
    assert "Elena Vasquez" in opening.merge_rationale
    assert "no known date" not in opening.merge_rationale


def test_a_merger_and_a_deal_of_one_acquisition_are_one_event_of_one_type(tmp_path):
    dates = {"market-wire": "2025-03-10", "business-daily": "2025-03-10"}
    result = _build(tmp_path, ACQUISITION, dates)
    (deal,) = _across(result)
    assert deal.type in {"Merger", "Agree"}
    assert "Norvale Foods" in deal.merge_rationale and "one family" in deal.merge_rationale
    assert sum(len(e.sources) > 1 for e in result.events.values()) == 1


# Unit checks on events we make by hand: the rules, not the extractor, are under test.

ACTORS = {
    "norvale": Actor("norvale", "Norvale Foods", "organisation"),
    "brightwater": Actor("brightwater", "Brightwater Dairies", "organisation"),
    "holm": Actor("holm", "Sarah Holm", "person"),
    "chicago": Actor("chicago", "Chicago", "place"),
    "denver": Actor("denver", "Denver", "place"),
    "iran": Actor("iran", "Iran", "country"),
    "israel": Actor("israel", "Israel", "country"),
}


def _event(doc: str, kind: str, lemma: str, who=(), place=None, day=None, factuality="asserted"):
    ev = Evidence(doc, 0, len(lemma), lemma)
    time = TimeValue(str(day), day, day, "day") if day else None
    return Event(f"{doc}/0-{len(lemma)}", kind, ev, lemma, [ev], title=lemma,
                 participants=[Participant(a, r) for a, r in who], time=time, place=place,
                 factuality=factuality, sources=[doc])  # fmt: skip


SIDES = (("norvale", "agent"), ("brightwater", "patient"))
# three articles of one story, naming the same companies (as reports of one deal do)
STORY = Stories(
    of={"a": 0, "b": 0, "c": 0},
    vectors={d: {"norvale": 0.8, "brightwater": 0.6} for d in "abc"},
)


def test_an_undated_pair_needs_named_sides_in_the_same_roles_and_one_specific_place():
    a = _event("a", "Merger", "acquire", SIDES, "chicago")
    b = _event("b", "Merger", "acquire", SIDES, "chicago")
    assert assess(a, b, ACTORS, STORY, published={}).merges
    # no place of their own: undated, so not enough, however alike they look
    bare = assess(_event("a", "Merger", "acquire", SIDES), _event("b", "Merger", "acquire", SIDES),
                  ACTORS, STORY, published={})  # fmt: skip
    assert bare.blocked == "undated" and bare.undated and bare.score >= merge_weights()[1]
    # the same countries in the same roles are no named participants
    war = (("israel", "agent"), ("iran", "patient"))
    one, two = (_event(d, "UseOfForce", "strike", war, "iran") for d in "ab")
    assert assess(one, two, ACTORS, STORY, published={}).blocked == "undated"


def test_known_dates_decide_a_merger_and_a_deal_typed_apart():
    # the same day in both reports: one acquisition, whatever the type within the family
    day = date(2025, 3, 10)
    a = _event("a", "Merger", "acquire", SIDES, None, day)
    b = _event("b", "Agree", "deal", SIDES, None, day)
    dated = {"a": day, "b": day}
    check = assess(a, b, ACTORS, STORY, published=dated)
    assert check.merges and check.evidence["participants"] == {"norvale", "brightwater"}
    # the same pair with no dates of their own, published ten years apart: two events
    a, b = _event("a", "Merger", "acquire", SIDES), _event("b", "Agree", "deal", SIDES)
    far = {"a": date(2015, 3, 10), "b": date(2025, 3, 10)}
    assert assess(a, b, ACTORS, STORY, published=far).blocked == "time"


def test_a_month_without_a_year_is_still_apart_from_a_report_months_away():
    # "the November election" in an April article, left without a year by the extractor
    # (last November's or the coming one), is not the vote another April article tells
    vote = (("norvale", "agent"),)
    november = _event("a", "Election", "election", vote, "chicago")
    november.time = TimeValue("November")
    april = _event("b", "Election", "voting", vote, "chicago")
    dated = {"a": date(2020, 4, 24), "b": date(2020, 4, 28)}
    assert assess(november, april, ACTORS, STORY, published=dated).blocked == "time"
    assert assess(april, november, ACTORS, STORY, published=dated).blocked == "time"
    # two articles of late October may both tell it
    autumn = {"a": date(2020, 10, 20), "b": date(2020, 10, 25)}
    assert assess(november, april, ACTORS, STORY, published=autumn).blocked is None
    # and a month with no dated report places nothing
    assert assess(november, april, ACTORS, STORY, published={}).blocked != "time"
    # an article dated at the calendar's first year is weighed, not a crash
    first = {"a": date(1, 1, 5), "b": date(1, 1, 9)}
    assert assess(november, april, ACTORS, STORY, published=first).blocked == "time"


def test_an_untyped_event_needs_its_named_doer_in_both_reports_even_when_dated():
    # one story (both articles name Chicago), same day, same verb "take": for a typed event
    # the story's place would do, but "took" is only a word; the named taker decides
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"chicago": 1.0} for d in "ab"},
                    places={"a": {"chicago"}, "b": {"chicago"}})  # fmt: skip
    took = [_event(d, "OtherEvent", "take", (), None, day) for d in "ab"]
    assert assess(*took, ACTORS, story, published=dated).blocked == "evidence"
    taken_by_holm = [_event(d, "OtherEvent", "take", (("holm", "agent"),), "chicago", day)
                     for d in "ab"]  # fmt: skip
    assert assess(*taken_by_holm, ACTORS, story, published=dated).merges
    # a typed event of that story, on that day, in one country of its own, may merge
    protests = [_event(d, "Protest", "protest", (), "iran", day) for d in "ab"]
    assert not assess(*protests, ACTORS, story, published=dated).blocked


def test_a_story_resting_on_places_alone_needs_one_word_at_one_place_of_their_own():
    # two articles of one week that share only "Chicago": a "flight" in one and a "return"
    # in the other are two movements, and so are two bare "return"s; "the earthquake" in
    # Iran in both is one quake; with a company both name, the story itself vouches
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    places = {"a": {"chicago"}, "b": {"chicago"}}
    by_place = Stories(of={"a": 0, "b": 0}, vectors={d: {"chicago": 1.0} for d in "ab"},
                       places=places)  # fmt: skip
    flight = _event("a", "Movement", "flight", (), None, day)
    back = _event("b", "Movement", "return", (), None, day)
    assert assess(flight, back, ACTORS, by_place, published=dated).blocked == "evidence"
    returns = [_event(d, "Movement", "return", (("holm", "agent"),), None, day) for d in "ab"]
    returns[1].participants = []
    assert assess(*returns, ACTORS, by_place, published=dated).blocked == "evidence"
    quakes = [_event(d, "Disaster", "earthquake", (), "iran", day) for d in "ab"]
    assert not assess(*quakes, ACTORS, by_place, published=dated).blocked
    by_company = Stories(of={"a": 0, "b": 0}, places=places,
                         vectors={d: {"chicago": 0.6, "norvale": 0.8} for d in "ab"})  # fmt: skip
    assert not assess(flight, back, ACTORS, by_company, published=dated).blocked


def test_a_bare_mention_merges_on_its_articles_story_only_through_a_person_both_name():
    # "the match" in a sports report and "matches" in a games review, one week, both naming
    # Chicago and Norvale: nothing of its own says which match either is
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    story = Stories(of={"a": 0, "b": 0}, places={"a": {"chicago"}, "b": {"chicago"}},
                    vectors={d: {"chicago": 0.6, "norvale": 0.8} for d in "ab"})  # fmt: skip
    bare = [_event(d, "Contest", "match") for d in "ab"]
    assert assess(*bare, ACTORS, story, published=dated).blocked == "evidence"
    placed = [_event(d, "Contest", "match", (), "chicago", day) for d in "ab"]
    assert assess(placed[0], bare[1], ACTORS, story, published=dated).blocked == "evidence"
    assert not assess(*placed, ACTORS, story, published=dated).blocked
    # a follow-up naming the same person: its bare "the shooting" is the one she survived
    # when its own sentence says so, by the place of the first (a story naming her is not
    # enough: test_link_own_evidence; a match is not: a player plays every few days, see
    # the next test)
    of_holm = Stories(of=story.of, places=story.places,
                      vectors={d: {"chicago": 0.5, "holm": 0.9} for d in "ab"})  # fmt: skip
    shot = _event("a", "UseOfForce", "shooting", (), "chicago", day)
    shooting = [_event(d, "UseOfForce", "shooting") for d in "ab"]
    assert assess(shot, shooting[1], ACTORS, of_holm, published=dated).blocked == "evidence"
    shooting[1].summary = "Sarah Holm is recovering after the shooting in Chicago."
    assert not assess(shot, shooting[1], ACTORS, of_holm, published=dated).blocked
    shooting[1].summary = ""
    assert assess(*shooting, ACTORS, of_holm, published=dated).blocked == "evidence"
    assert assess(placed[0], bare[1], ACTORS, of_holm, published=dated).blocked == "evidence"


def test_a_bare_mention_merges_when_its_own_sentence_names_what_the_other_gives():
    # a follow-up's "Latest on the Kellan Street warehouse fire" has no participant, place
    # or time of its own, but its sentence names the warehouse the first report's fire
    # burnt: one fire; a bare "the fire" whose sentence names another building, or
    # nothing, is still any fire of the story (a depot burnt the same week)
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    story = Stories(of={"a": 0, "b": 0}, places={"a": {"chicago"}, "b": {"chicago"}},
                    vectors={d: {"chicago": 0.6, "norvale": 0.8} for d in "ab"})  # fmt: skip
    placed = _event("a", "Disaster", "fire", (), "chicago", day)
    placed.summary = (
        "Fire crews fought a blaze at the Kellan Street warehouse of Norvale Foods in "
        "Chicago on Sunday."
    )
    bare = _event("b", "Disaster", "fire")
    bare.summary = "Latest on the Kellan Street warehouse fire"
    check = assess(placed, bare, ACTORS, story, published=dated)
    assert check.blocked is None
    assert check.evidence["own"] == {"a name or a figure in both sentences"}
    bare.summary = "Latest on the Morton Road depot fire"
    assert assess(placed, bare, ACTORS, story, published=dated).blocked == "evidence"
    bare.summary = "Residents spoke of little else than the fire all week."
    assert assess(placed, bare, ACTORS, story, published=dated).blocked == "evidence"
    # the company the story is about, named in both sentences, does not tell which fire
    bare.summary = "Norvale Foods is counting the cost of the fire."
    assert assess(placed, bare, ACTORS, story, published=dated).blocked == "evidence"
    # nor the party a politics story is about, in the plural its sentences give it
    party = {**ACTORS, "tories": Actor("tories", "Conservative Party", "organisation")}
    of_party = Stories(of=story.of, places=story.places,
                       vectors={d: {"tories": 1.0} for d in "ab"})  # fmt: skip
    plans = [_event(d, "OtherEvent", "unveil", (), place, day if place else None)
             for d, place in (("a", "chicago"), ("b", None))]  # fmt: skip
    plans[0].summary = "Police chiefs would be elected under plans unveiled by the Conservatives."
    plans[1].summary = "The opposition Conservatives have unveiled plans for health checks."
    assert assess(*plans, party, of_party, published=dated).blocked == "evidence"


def test_a_game_of_a_story_about_the_same_clubs_needs_a_side_in_its_role_or_its_day():
    # a match report and a football game's review of one week, both naming the clubs and
    # the city: "the game" at Chicago in each is not one fixture, as the same clubs play
    # every few days; a club named in the same role, or the same day of their own, is
    published = {"a": date(2025, 3, 10), "b": date(2025, 3, 12)}
    story = Stories(of={"a": 0, "b": 0}, places={"a": {"chicago"}, "b": {"chicago"}},
                    vectors={d: {"norvale": 0.8, "brightwater": 0.6} for d in "ab"})  # fmt: skip
    games = [_event(d, "Contest", "game", (), "chicago") for d in "ab"]
    assert assess(*games, ACTORS, story, published=published).blocked == "evidence"
    # the same for a match of one named side and a match of another
    games[0].participants = [Participant("norvale", "agent")]
    games[1].participants = [Participant("brightwater", "agent")]
    assert assess(*games, ACTORS, story, published=published).blocked is not None
    # Norvale the winner in both reports: one game
    games[1].participants = [Participant("norvale", "agent")]
    assert assess(*games, ACTORS, story, published=published).merges
    # no side, but both reports date the game to one day
    day = date(2025, 3, 9)
    dated = [_event(d, "Contest", "game", (), "chicago", day) for d in "ab"]
    assert not assess(*dated, ACTORS, story, published=published).blocked
    # other kinds keep the story's evidence: an earthquake at Chicago in both is one
    quakes = [_event(d, "Disaster", "earthquake", (), "chicago") for d in "ab"]
    assert not assess(*quakes, ACTORS, story, published=published).blocked


def test_a_game_both_reports_give_one_final_score_of_is_one_game():
    # the parse gave neither report a club in a role, and neither a day of its own; the
    # score line both sentences give tells which meeting of the two clubs it was, told
    # from the winner's side or the loser's; another score is another game, and a date
    # written with dashes is no score
    published = {"a": date(2025, 3, 10), "b": date(2025, 3, 12)}
    story = Stories(of={"a": 0, "b": 0}, places={"a": {"chicago"}, "b": {"chicago"}},
                    vectors={d: {"norvale": 0.8, "brightwater": 0.6} for d in "ab"})  # fmt: skip
    games = [_event(d, "Contest", "game", (), "chicago") for d in "ab"]
    games[0].summary = "Norvale beat Brightwater 20-13 in Chicago to reach the final."
    games[1].summary = "Brightwater's 13–20 loss at Chicago ended their season."
    assert not assess(*games, ACTORS, story, published=published).blocked
    games[1].summary = "Brightwater's 27-3 loss at Chicago ended their season."
    assert assess(*games, ACTORS, story, published=published).blocked == "evidence"
    # a player's points told in the sentence of the score are another event of the game
    points = _event("b", "Contest", "score", (), "chicago")
    points.summary = "Ray Okoro scored 23 points as Norvale beat Brightwater 20-13."
    assert assess(games[0], points, ACTORS, story, published=published).blocked == "evidence"
    for g in games:
        g.summary = "The game in Chicago was moved from 2025-03-08 to the next day."
    assert assess(*games, ACTORS, story, published=published).blocked == "evidence"


def test_names_that_differ_by_an_initial_or_a_nickname_are_one_participant():
    # resolution kept three spellings of one mobster apart (several long forms in the
    # build): the same man for a merge, a surname alone no clash, another Bush a clash
    people = {
        "vlg": Actor("vlg", "Vincent L. Gigante", "person"),
        "vtcg": Actor("vtcg", 'Vincent "The Chin" Gigante', "person"),
        "gigante": Actor("gigante", "Gigante", "person"),
        "reggie": Actor("reggie", "Reggie Bush", "person"),
        "george": Actor("george", "George Bush", "person"),
        "prison": Actor("prison", "Springfield", "place"),
    }
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"vlg": 1.0} for d in "ab"})
    died = [_event(d, "Death", "die", ((who, "agent"),), "prison") for d, who in
            (("a", "vlg"), ("b", "vtcg"))]  # fmt: skip
    # undated: one named man in one role at one specific place
    check = assess(*died, people, story, published={})
    assert check.merges and check.evidence["participants"] == {"vlg"}
    surname = _event("b", "Death", "die", (("gigante", "agent"),), "prison")
    check = assess(died[0], surname, people, story, published={})
    assert check.merges  # in one story, a surname is the man its long form names
    apart = Stories(of={"a": 0, "b": 1}, vectors=story.vectors)
    check = assess(died[0], surname, people, apart, published={})
    assert check.blocked == "undated"  # no clash, but in two stories any Gigante
    bushes = [_event(d, "Death", "die", ((who, "agent"),), "prison") for d, who in
              (("a", "reggie"), ("b", "george"))]  # fmt: skip
    assert assess(*bushes, people, story, published={}).blocked == "agent"


def test_a_side_misread_as_another_kind_or_the_club_of_its_player_is_no_clash():
    # one headline's parse made "American Lena Marsh" an organisation, another's "Lena
    # Marsh" a person: one boxer; a report that makes the Harbour Kings the doer of
    # placing their own player Tom Ashby on injured reserve and one that makes Ashby the
    # doer tell one move; another club's player, or another person, is still a clash
    people = {
        "marsh": Actor("marsh", "Lena Marsh", "person"),
        "us-marsh": Actor("us-marsh", "American Lena Marsh", "organisation"),
        "ortega": Actor("ortega", "Paula Ortega", "person"),
        "kings": Actor("kings", "Harbour Kings", "organisation"),
        "rovers": Actor("rovers", "Delta Rovers", "organisation"),
        "ashby": Actor("ashby", "Tom Ashby", "person",
                       positions={Position("player", "kings")}),  # fmt: skip
        "vane": Actor("vane", "Sam Vane", "person",
                      positions={Position("player", "rovers")}),  # fmt: skip
    }
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"marsh": 1.0} for d in "ab"})
    bout = [_event(d, "Contest", "stop", (("vane", "agent"), (who, "patient")), None, day)
            for d, who in (("a", "marsh"), ("b", "us-marsh"))]  # fmt: skip
    assert assess(*bout, people, story, published=dated).blocked != "patient"
    bout[1].participants[1] = Participant("ortega", "patient")
    assert assess(*bout, people, story, published=dated).blocked == "patient"
    placed = [_event(d, "OtherEvent", "place", ((who, "agent"),), None, day)
              for d, who in (("a", "kings"), ("b", "ashby"))]  # fmt: skip
    assert assess(*placed, people, story, published=dated).blocked != "agent"
    placed[1].participants = [Participant("vane", "agent")]
    assert assess(*placed, people, story, published=dated).blocked == "agent"


def test_a_headline_name_holding_the_event_s_own_word_is_no_side_of_a_clash():
    # "Depot Shooting: Marta Velez Charged" read "Depot Shooting" as a name and made it
    # the doer of the shooting its "Shooting" tells; the other report names Marta Velez:
    # one shooting, not a clash of doers. A doer named apart from the event's words
    # ("Rita Holm") still clashes
    head = "Depot Shooting: Marta Velez Charged"
    shot = Evidence("a", 6, 14, "Shooting")
    people = {
        "velez": Actor("velez", "Marta Velez", "person"),
        "holm": Actor("holm", "Rita Holm", "person"),
        "depot-shooting": Actor("depot-shooting", "Depot Shooting", "organisation",
                                mentions=[Evidence("a", 0, 14, head[:14])]),  # fmt: skip
    }
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day}
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"velez": 1.0} for d in "ab"})
    a = Event("a/6-14", "UseOfForce", shot, "shooting", [shot], title=head,
              participants=[Participant("depot-shooting", "agent")], sources=["a"])  # fmt: skip
    b = _event("b", "UseOfForce", "shoot", (("velez", "agent"),), None, day)
    assert assess(a, b, people, story, published=dated).blocked != "agent"
    b.participants = [Participant("holm", "agent")]
    a.participants.append(Participant("velez", "agent"))
    assert assess(a, b, people, story, published=dated).blocked == "agent"


def test_a_year_alone_places_no_event_for_a_merge_but_still_tells_two_apart():
    # a film sequel "to be released in 2006" and studios "releasing titles in 2006" in two
    # undated articles of one story: one year is no date, so the undated rule holds
    def release(doc: str, year: int) -> Event:
        ev = _event(doc, "Business", "release")
        ev.time = TimeValue(str(year), date(year, 1, 1), date(year, 12, 31), "year")
        return ev

    check = assess(release("a", 2006), release("b", 2006), ACTORS, STORY, published={})
    assert check.undated and check.blocked == "undated"
    # dated articles five weeks apart: their shared year does not make them near
    apart = {"a": date(2005, 1, 5), "b": date(2005, 2, 9)}
    check = assess(release("a", 2006), release("b", 2006), ACTORS, STORY, published=apart)
    assert not check.undated and check.blocked == "evidence"
    # ten weeks apart, a year alone is no time in common at all (kg.link._around)
    apart = {"a": date(2005, 1, 5), "b": date(2005, 3, 20)}
    check = assess(release("a", 2006), release("b", 2006), ACTORS, STORY, published=apart)
    assert check.blocked == "time"
    # but two different years are two events, dated or not
    assert assess(release("a", 2006), release("b", 1987), ACTORS, STORY, published={}).blocked == (
        "time"
    )


def test_types_of_different_families_and_two_places_never_merge():
    dated = {"a": date(2025, 3, 10), "b": date(2025, 3, 10)}
    death = _event("a", "Death", "die", SIDES, "chicago")
    trial = _event("b", "Trial", "trial", SIDES, "chicago")
    assert assess(death, trial, ACTORS, STORY, published=dated).blocked == "type"
    here = _event("a", "Merger", "acquire", SIDES, "chicago")
    there = _event("b", "Merger", "acquire", SIDES, "denver")
    assert assess(here, there, ACTORS, STORY, published=dated).blocked == "place"


def test_a_killing_and_a_death_in_two_dated_reports_merge_as_one_typed_event():
    # one outlet says the company's founder was killed, another that he died: kin types
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day, "c": day}
    victim = (("holm", "patient"),)
    killed = _event("a", "UseOfForce", "kill", victim, "chicago", day)
    died = _event("b", "Death", "die", victim, "chicago", day)
    shot = _event("c", "UseOfForce", "shoot", victim, "chicago", day)
    check = assess(killed, died, ACTORS, STORY, published=dated)
    assert check.merges and check.evidence["participants"] == {"holm"}
    # a shooting is not a death (many survive one): never the same event by type
    assert assess(shot, died, ACTORS, STORY, published=dated).blocked == "type"
    (one,) = [e for e in merge([killed, died], ACTORS, STORY, published=dated).values()]
    assert one.sources == ["a", "b"] and one.type == "UseOfForce"
    assert "typed death or use of force by its reports, kin by their words" in one.merge_rationale


def test_a_word_typed_by_one_report_and_untyped_by_another_is_one_event():
    # one outlet's "Sarah Holm was hit by a van in Chicago" typed an accident, another's
    # "Holm was hit while crossing" left untyped: the same word for the same victim,
    # place and day. An untyped word the type is not read from ("was taken") stays apart
    day = date(2025, 3, 10)
    dated = {"a": day, "b": day, "c": day}
    victim = (("holm", "patient"),)
    typed = _event("a", "Accident", "hit", victim, "chicago", day)
    untyped = _event("b", "OtherEvent", "hit", victim, "chicago", day)
    taken = _event("c", "OtherEvent", "take", victim, "chicago", day)
    assert assess(typed, untyped, ACTORS, STORY, published=dated).merges
    assert assess(typed, taken, ACTORS, STORY, published=dated).blocked == "type"
    merged = merge([typed, untyped, taken], ACTORS, STORY, published=dated).values()
    (one,) = [e for e in merged if len(e.sources) > 1]
    assert one.sources == ["a", "b"] and one.type == "Accident"


def test_a_bench_can_leave_a_rule_out_to_measure_what_it_costs():
    a, b = _event("a", "Merger", "acquire", SIDES), _event("b", "Merger", "acquire", SIDES)
    assert assess(a, b, ACTORS, STORY, published={}).blocked == "undated"
    assert assess(a, b, ACTORS, STORY, published={}, lift={"undated"}).blocked is None
    dated = {"a": date(2025, 3, 10), "b": date(2025, 3, 10)}
    death = _event("a", "Death", "die", SIDES, "chicago")
    trial = _event("b", "Trial", "trial", SIDES, "chicago")
    assert assess(death, trial, ACTORS, STORY, published=dated, lift={"type"}).blocked is None


def test_a_cluster_never_chains_two_events_that_cannot_be_one():
    # b (no place) fits a (Chicago) and c (Denver), but a and c are two places: b joins
    # one of them, never both
    dated = {"a": date(2025, 3, 10), "b": date(2025, 3, 10), "c": date(2025, 3, 10)}
    events = [
        _event("a", "Merger", "acquire", SIDES, "chicago", date(2025, 3, 10)),
        _event("b", "Agree", "deal", SIDES, None, date(2025, 3, 10)),
        _event("c", "Merger", "acquire", SIDES, "denver", date(2025, 3, 10)),
    ]
    merged = merge(events, ACTORS, STORY, published=dated)
    groups = sorted(e.sources for e in merged.values())
    assert ["a", "c"] not in groups and not any(len(g) == 3 for g in groups)
    assert any(len(g) == 2 for g in groups)
    (pair,) = [e for e in merged.values() if len(e.sources) == 2]
    assert pair.type == "Merger" and "merge score" in pair.merge_rationale


# four outlets' reports of one acquisition, all naming the same two companies
FOUR = Stories(
    of=dict.fromkeys("abcd", 0),
    vectors={d: {"norvale": 0.8, "brightwater": 0.6} for d in "abcd"},
)
DAY = date(2025, 3, 10)
ON_THE_DAY = dict.fromkeys("abcd", DAY)


def test_two_reports_of_one_article_stay_two_whatever_other_articles_tie_them():
    # article a told the acquisition and, two paragraphs on, "the deal", and its
    # extractor kept the two apart; b's report fits the first and c's the second, and
    # they fit each other: the article's own reading stands (on real wires, joining such
    # pairs through other articles mixed one tour's London and Washington talks)
    bought = _event("a", "Merger", "acquire", SIDES, "chicago", DAY)
    deal = _event("a", "Agree", "deal", SIDES, "chicago", DAY)
    events = [bought, deal, _event("b", "Merger", "acquire", SIDES, "chicago", DAY),
              _event("c", "Agree", "deal", SIDES, "chicago", DAY)]  # fmt: skip
    merged = merge(events, ACTORS, FOUR, published=ON_THE_DAY)
    firsts = [e for e in merged.values() if "a" in e.sources]
    assert len(firsts) == 2 and all(len(e.members) == 2 for e in firsts)


def test_two_reports_of_one_article_in_one_word_stay_two_whatever_ties_them():
    # article a told two rounds of talks with the same word, and its extractor, with the
    # word in view, kept them apart (another partner, another week): that is its
    # reading, not a synonym it lacked; b's and c's reports, one fitting each, do not
    # join them (a wire's "talks" in London and "talks" in Washington)
    later = replace(_event("a", "Merger", "acquire", SIDES, "chicago", DAY), id="a/40-47")
    events = [_event("a", "Merger", "acquire", SIDES, "chicago", DAY), later,
              _event("b", "Merger", "acquire", SIDES, "chicago", DAY),
              _event("c", "Merger", "acquire", SIDES, "chicago", DAY)]  # fmt: skip
    merged = merge(events, ACTORS, FOUR, published=ON_THE_DAY)
    firsts = [e for e in merged.values() if "a" in e.sources]
    assert len(firsts) == 2


def test_two_reports_of_one_article_at_two_places_stay_two_whatever_ties_them():
    # article a told a purchase in Chicago and another in Denver; b's report, placed
    # nowhere, fits both: it joins one of them, never both
    events = [_event("a", "Merger", "acquire", SIDES, "chicago", DAY),
              _event("a", "Agree", "deal", SIDES, "denver", DAY),
              _event("b", "Merger", "acquire", SIDES, None, DAY)]  # fmt: skip
    merged = merge(events, ACTORS, FOUR, published=ON_THE_DAY)
    assert sorted(len(e.members) for e in merged.values()) == [1, 2]


def test_a_place_clash_of_one_pair_is_outvoted_by_the_pairs_that_merge():
    # three outlets report the purchase in Chicago or nowhere; a fourth reads the
    # seller's home town as the place: Denver. Two of its three pairs merge, one clashes
    # in place: one acquisition of four reports
    events = [_event("a", "Merger", "acquire", SIDES, "chicago", DAY),
              _event("b", "Merger", "acquire", SIDES, None, DAY),
              _event("c", "Agree", "deal", SIDES, None, DAY),
              _event("d", "Merger", "acquire", SIDES, "denver", DAY)]  # fmt: skip
    merged = merge(events, ACTORS, FOUR, published=ON_THE_DAY)
    (one,) = merged.values()
    assert one.sources == ["a", "b", "c", "d"]


def test_the_build_says_once_how_many_articles_have_no_date(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ZOE.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    record = {"id": "dated", "text": SAME_DAY["harbour-news"], "published": "2025-03-03"}
    (folder / "dated.json").write_text(json.dumps(record), encoding="utf-8")
    code = cli.main(["build", "-q", "-o", str(tmp_path / "out"), str(folder)])
    err = capsys.readouterr().err
    assert code == 0
    assert err.count("have no publication date") == 1, err
    assert "kg: warning: 2 of 3 articles have no publication date" in err
    assert "--published YYYY-MM-DD" in err
    # with a date for all, no warning
    code = cli.main(["build", "-q", "--published", "2025-03-03", "-o", str(tmp_path / "o2"),
                     str(folder)])  # fmt: skip
    assert code == 0 and "publication date" not in capsys.readouterr().err


def test_an_undated_pair_that_looks_alike_is_linked_as_uncertain_never_merged():
    from kg.link import link

    a = _event("a", "Merger", "acquire", SIDES)
    b = _event("b", "Merger", "acquire", SIDES)
    story = Stories(of=STORY.of, vectors=STORY.vectors, published={"a": None, "b": None})
    merged = merge([a, b], ACTORS, story)
    assert len(merged) == 2
    (rel,) = link(merged, ACTORS, story)
    assert rel.type == "SameStory" and rel.rationale.startswith("Possibly the same merger")
    assert "uncertain" in rel.rationale and "articles a and b have no publication date" in (
        rel.rationale
    )
    assert "Brightwater Dairies and Norvale Foods" in rel.rationale
    # a year alone ("in 2024") is no date either: still uncertain, still linked
    for ev in (a, b):
        ev.time = TimeValue("2024", date(2024, 1, 1), date(2024, 12, 31), "year")
    (rel,) = link(merge([a, b], ACTORS, story), ACTORS, story)
    assert rel.rationale.startswith("Possibly the same merger"), rel.rationale
    for ev in (a, b):
        ev.time = None
    # dated a day apart, the same two reports are one event
    story.published.update(a=date(2025, 3, 10), b=date(2025, 3, 11))
    (one,) = merge([a, b], ACTORS, story).values()
    assert one.sources == ["a", "b"] and "no known date" not in one.merge_rationale


def test_a_full_date_in_the_text_dates_an_article_a_year_alone_does_not():
    from kg.link import reference_dates

    day = _event("a", "Merger", "acquire", SIDES, None, date(2025, 3, 10))
    day.time.text = "on Monday, March 10, 2025"  # told with its weekday: the news's day
    bare = _event("a", "Agree", "deal", SIDES)
    year = _event("b", "Merger", "acquire", SIDES)
    year.time = TimeValue("2005", date(2005, 1, 1), date(2005, 12, 31), "year")
    dates = reference_dates([day, bare, year], {"a": None, "b": None, "c": date(2024, 1, 2)})
    assert dates == {"a": date(2025, 3, 10), "b": None, "c": date(2024, 1, 2)}
    # the undated "deal" of article a now has a known time: it may merge on dated rules
    other = _event("c", "Agree", "deal", SIDES)
    assert assess(bare, other, ACTORS, STORY, published=dates).blocked == "time"
    assert not assess(bare, other, ACTORS, STORY, published=dates).undated


def test_articles_dated_at_the_ends_of_the_calendar_are_weighed_not_a_crash():
    # the property test's article "published" 0001-01-01: the slack around a publication
    # date stops at the calendar's edge instead of overflowing
    first, last = date(1, 1, 1), date(9999, 12, 31)
    a, b = _event("a", "Merger", "acquire", SIDES), _event("b", "Merger", "acquire", SIDES)
    assert assess(a, b, ACTORS, STORY, published={"a": first, "b": first}).score > 0
    assert assess(a, b, ACTORS, STORY, published={"a": first, "b": last}).blocked == "time"


# Datelines: a page that lost its metadata still prints the day under its title.

FESTIVAL = "Mayor Elena Vasquez opened the Harbour Food Festival{where} on Saturday, with chef David Okafor beside her.\n\n"  # noqa: E501


def _festival(head: str, line: str, where: str, tail: str) -> str:
    return f"{head}\n{line}\n{FESTIVAL.format(where=where)}{tail}\n"


def test_a_yearly_festival_in_datelines_years_apart_is_two_events(tmp_path):
    # same mayor, same chef, same festival, same city: the undated rule would merge the
    # two openings; their datelines say 2015 and 2024
    texts = {
        "festival-2015": _festival("Mayor opens food festival", "Saturday, June 13, 2015",
                                   " in Portsmouth", "The festival drew thousands."),
        "festival-2024": _festival("Crowds return as food festival opens",
                                   "Published: June 15, 2024 9:12 AM", " in Portsmouth",
                                   "Organisers said the festival had grown every year."),
    }  # fmt: skip
    result = _build(tmp_path, texts)
    assert _across(result) == [], [(e.title, e.merge_rationale) for e in _across(result)]


def test_datelines_a_day_apart_vouch_for_time_without_a_specific_place(tmp_path):
    texts = {
        "festival-news": _festival("Mayor opens food festival", "Saturday, June 15, 2024", "",
                                   "The festival drew thousands."),
        "festival-gazette": _festival("Crowds flock to food festival",
                                      "Published: June 16, 2024 9:12 AM", "",
                                      "Organisers said the festival had grown every year."),
    }  # fmt: skip
    result = _build(tmp_path, texts)
    (opening,) = _across(result)
    assert opening.sources == ["festival-gazette", "festival-news"]
    assert "Elena Vasquez" in opening.merge_rationale
    assert "no known date" not in opening.merge_rationale


def test_a_side_of_joint_talks_stays_a_partner_when_one_report_tells_its_part():
    # three outlets tell the two companies' talks with both as partners; one quotes a
    # Norvale negotiator ("we sat down and discussed the price"), making Norvale the
    # doer there: the merged talks still have two partners, not a doer and a partner
    both = (("norvale", "partner"), ("brightwater", "partner"))
    told = (("norvale", "agent"), ("brightwater", "partner"))
    events = [_event(d, "Negotiate", "talk", both, "chicago", DAY) for d in "abc"]
    events.append(_event("d", "Negotiate", "talk", told, "chicago", DAY))
    merged = merge(events, ACTORS, FOUR, published=ON_THE_DAY)
    (one,) = merged.values()
    assert len(one.sources) == 4
    assert {(p.actor, p.role) for p in one.participants} == set(both)
