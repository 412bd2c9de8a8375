"""Two articles of one story do not make their events one (issue #19): a cross-document
merge rests on what the two event mentions themselves share (participants in their
roles, their place, their own dates, their sentences' details), not on what their
articles share (names and places anywhere in the text, publication within days).

Texts and events are ours, written like the news; the rules, not the extractor, are
under test in the unit checks."""

from __future__ import annotations

from datetime import date

from kg.link import Stories, _merge_rationale, assess, merge_weights
from kg.model import Actor, Event, Evidence, Participant, TimeValue

ACTORS = {
    "madison": Actor("madison", "Madison", "place"),
    "harlow": Actor("harlow", "Harlow County Board", "organisation"),
    "greens": Actor("greens", "Green Party", "organisation"),
    "voters": Actor("voters", "Republicans", "group"),
    "okafor": Actor("okafor", "Grace Okafor", "person"),
    "breuer": Actor("breuer", "Lena Breuer", "person"),
    "st-anne": Actor("st-anne", "St Anne's Hospital", "organisation"),
}


def _event(doc, kind, lemma, summary, who=(), place=None, day=None) -> Event:
    ev = Evidence(doc, 0, len(lemma), lemma)
    time = TimeValue(str(day), day, day, "day") if day else None
    return Event(f"{doc}/0-{len(lemma)}", kind, ev, lemma, [ev], title=lemma, summary=summary,
                 participants=[Participant(a, r) for a, r in who], time=time, place=place,
                 sources=[doc])  # fmt: skip


# Two articles of one week about the spring vote: both name Madison and the county
# board somewhere in their text, so they tell one story, and both say "voting".
PUBLISHED = {"a": date(2020, 4, 24), "b": date(2020, 4, 28)}
STORY = Stories(
    of={"a": 0, "b": 0},
    vectors={d: {"harlow": 0.7, "madison": 0.7} for d in "ab"},
    places={"a": {"madison"}, "b": {"madison"}},
    published=PUBLISHED,
)
CAMPAIGN = _event(
    "a", "Election", "voting",
    "Republicans were trying to force in-person voting no matter the health cost.",
    (("voters", "agent"),),
)  # fmt: skip
RULING = _event(
    "b", "Election", "voting",
    "The court's decision on voting by mail in Madison came down earlier this month.",
    (), "madison", date(2020, 4, 7),
)  # fmt: skip


def test_a_story_alone_does_not_make_two_events_of_its_articles_one():
    # one article's campaign for in-person voting and the other's court ruling on postal
    # votes share a word and a story, but nothing of their own: no participant, no
    # place (only the second is placed, and the first's sentence does not name it),
    # no date; related, never merged
    check = assess(CAMPAIGN, RULING, ACTORS, STORY)
    assert check.blocked == "evidence" and not check.merges
    # the score still says how alike they look
    assert check.score > 0.5


def test_the_same_mentions_merge_when_they_share_something_of_their_own():
    # the first report puts the vote in Madison too: its own place meets the other's
    placed = _event(
        "a", "Election", "voting",
        "Republicans were trying to force in-person voting in Madison on April 7.",
        (("voters", "agent"),), "madison", date(2020, 4, 7),
    )  # fmt: skip
    check = assess(placed, RULING, ACTORS, STORY)
    assert check.blocked is None
    # or the sentence of the first names the place of the second
    named = _event(
        "a", "Election", "voting",
        "Republicans were trying to force in-person voting in Madison despite the virus.",
        (("voters", "agent"),),
    )  # fmt: skip
    check = assess(named, RULING, ACTORS, STORY)
    assert check.blocked is None and check.evidence["own"] == {"the place"}
    # which the merge's rationale says
    merged = Event("e-1", "Election", RULING.trigger, "voting", named.mentions + RULING.mentions,
                   title="Voting in Madison", sources=["a", "b"])  # fmt: skip
    why = _merge_rationale(merged, [check], ACTORS, ["Election", "Election"], STORY)
    assert "share, of their own, the place" in why
    # or both give their own dates, on one day
    dated = _event(
        "a", "Election", "voting", "Turnout in the voting on April 7 was the lowest in years.",
        (), None, date(2020, 4, 7),
    )  # fmt: skip
    assert assess(dated, RULING, ACTORS, STORY).blocked is None


def test_a_named_person_of_one_report_named_by_the_other_sentence_ties_them():
    # a follow-up whose event has no participant of its own, but whose sentence names the
    # victim the first report gives: the same shooting
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"okafor": 0.9, "madison": 0.4} for d in "ab"},
                    places={"a": {"madison"}, "b": {"madison"}}, published=PUBLISHED)  # fmt: skip
    shot = _event("a", "UseOfForce", "shot", "Grace Okafor was shot outside her shop in Madison.",
                  (("okafor", "patient"),), "madison")  # fmt: skip
    follow = _event("b", "UseOfForce", "shooting",
                    "Neighbours of Grace Okafor held a vigil two days after the shooting.",
                    (("greens", "host"),))  # fmt: skip
    assert assess(shot, follow, ACTORS, story).blocked is None
    # a second shooting told in the same story and week, dated by its report, names no
    # one and nothing of the first: only the articles tie them
    other = _event("b", "UseOfForce", "shooting",
                   "A nurse was wounded in a second shooting near the library on Tuesday.",
                   (), None, date(2020, 4, 21))  # fmt: skip
    assert assess(shot, other, ACTORS, story).blocked == "evidence"


def test_strong_undated_evidence_merges_below_the_score_and_says_so():
    # undated: the same named actress died in both reports of one story, but the articles
    # are not alike (an obituary naming her hospital, a short news item), so the score
    # falls below the threshold; the undated rule's evidence (the same named person it
    # befell) decides, and the rationale says the score was not reached
    vectors = {"a": {"breuer": 0.05, "st-anne": 0.999}, "b": {"breuer": 1.0}}
    story = Stories(of={"a": 0, "b": 0}, vectors=vectors)
    died = _event("a", "Death", "die", "Lena Breuer died at St Anne's Hospital after a fall.",
                  (("breuer", "agent"),))  # fmt: skip
    dies = _event("b", "Death", "die", "Actress Lena Breuer dies at 91.", (("breuer", "agent"),))
    check = assess(died, dies, ACTORS, story, published={})
    threshold = merge_weights()[1]
    assert check.undated and check.blocked is None and check.score < threshold
    assert check.merges and check.evidence["vouched"] == {"victim"}
    merged = Event("e-1", "Death", died.trigger, "die", died.mentions + dies.mentions,
                   title="Lena Breuer died", sources=["a", "b"])  # fmt: skip
    why = _merge_rationale(merged, [check], ACTORS, ["Death", "Death"], story)
    assert f"merge score {check.score:.2f}" in why and "not reached" in why
    assert "the same named person it befell" in why
    # the same named person at one place is not strong enough below the threshold: a
    # person attends, speaks, visits the same town many times
    visits = [_event(d, "Movement", w, f"Grace Okafor {w}ed Madison.", (("okafor", "agent"),),
                     "madison") for d, w in (("a", "visit"), ("b", "tour"))]  # fmt: skip
    weak = assess(*visits, ACTORS, story, published={})
    assert weak.evidence.get("vouched") == {"place"} and weak.score < threshold
    assert not weak.merges


def test_a_death_told_of_two_people_is_no_death_of_the_one_the_other_sentence_names():
    # a headline's "'Lantern' suspect found dead" is the death of Harold Voss, once taken
    # for the informer called "the Lantern"; a report of the death of the man who said
    # he was "the Lantern" names the nickname, not Voss: two deaths, not one victim
    actors = {**ACTORS,
              "lantern": Actor("lantern", "Lantern", "person"),
              "voss": Actor("voss", "Harold Voss", "person"),
              "police": Actor("police", "Ashford Police", "organisation")}  # fmt: skip
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"lantern": 0.9} for d in "ab"})
    found = _event("a", "Death", "die",
                   "'Lantern' suspect Harold Voss found dead in a motel room.",
                   (("lantern", "patient"), ("voss", "patient")))  # fmt: skip
    died = _event("b", "Death", "die",
                  "The former Ashford Police chief who revealed himself as \"Lantern\" "
                  "decades later has died.", (("police", "agent"),))  # fmt: skip
    assert assess(found, died, actors, story, published={}).blocked == "undated"
    # a report that names the one man it befell is his death, told by its sentence
    voss = _event("b", "Death", "die", "Harold Voss, 74, has died, his family said.",
                  (("police", "agent"),))  # fmt: skip
    alone = _event("a", "Death", "die", "Harold Voss found dead in a motel room.",
                   (("voss", "patient"),))  # fmt: skip
    assert assess(alone, voss, actors, story, published={}).evidence["vouched"] == {"victim"}


def test_an_undated_report_pointing_at_another_player_of_the_team_is_another_arrest():
    # two players of one club arrested on suspicion of drink-driving weeks apart, told by
    # undated reports in the same words: the one names defenceman Ola Maren, the other
    # says "the Hawks winger", and its article names only the winger Lukas Brandt
    def person(key, name, titles, docs):
        return Actor(key, name, "person", titles=set(titles),
                     mentions=[Evidence(d, 0, len(name), name) for d in docs])  # fmt: skip

    actors = {
        "brandon": Actor("brandon", "Brandon", "place"),
        "police": Actor("police", "Brandon Police", "organisation"),
        "maren": person("maren", "Ola Maren", ["Hawks defenceman", "defenceman"], ["a"]),
        "brandt": person("brandt", "Lukas Brandt", ["Hawks winger", "winger"], ["b"]),
    }
    story = Stories(
        of={"a": 0, "b": 0},
        vectors={"a": {"police": 0.6, "brandon": 0.5, "maren": 0.6},
                 "b": {"police": 0.6, "brandon": 0.5, "brandt": 0.6}},
        places={"a": {"brandon"}, "b": {"brandon"}},
    )  # fmt: skip
    maren = _event("a", "Arrest", "arrest",
                   "Police arrested Hawks defenceman Ola Maren in Brandon on suspicion of "
                   "drink-driving.", (("police", "agent"), ("maren", "patient")),
                   "brandon")  # fmt: skip
    winger = _event("b", "Arrest", "arrest",
                    "Police arrested the Hawks winger in Brandon on suspicion of drink-driving.",
                    (("police", "agent"),), "brandon")  # fmt: skip
    assert assess(maren, winger, actors, story, published={}).blocked == "undated"
    # so is a headline in capitals that the parse gave no sides, of the one man it names
    caps = _event("a", "Arrest", "arrest", "HAWKS' MAREN ARRESTED IN BRANDON ON DRINK-DRIVING "
                  "SUSPICION", (("police", "agent"),), "brandon")  # fmt: skip
    actors["maren"].aliases = {"Maren"}
    assert assess(caps, winger, actors, story, published={}).blocked == "undated"
    # an early report that points at no one may be his arrest, told before the name was
    early = _event("b", "Arrest", "arrest",
                   "Police arrested a man in Brandon on suspicion of drink-driving.",
                   (("police", "agent"),), "brandon")  # fmt: skip
    assert assess(maren, early, actors, story, published={}).evidence["vouched"] == {"place"}
    # and so may one whose article names him somewhere, as his team-mate's does not
    actors["maren"].mentions.append(Evidence("b", 0, 9, "Ola Maren"))
    assert assess(maren, winger, actors, story, published={}).evidence["vouched"] == {"place"}
