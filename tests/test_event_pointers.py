"""A bare definite noun that names the happening told just before it ("Police are
investigating the incident", "The move surprised fans") is a mention of that event
(issue 19: ECB+ marks it so, and a reader takes it so); the graph used to drop it as a
word that says not whose. Guards: an act on the noun is not what it points back to, a
noun that says which ("a move to Leeds") is read on its own, and with nothing told
before it stays out."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document)


def words_by_event(text: str) -> list[set[str]]:
    return [{m.text.lower() for m in e.mentions} for e in run(text).events]


def test_the_incident_is_the_shooting_told_before_not_the_inquiry_into_it() -> None:
    got = words_by_event(
        "A gunman shot two students at a school in Dayton on Monday morning. Police are "
        "investigating the incident."
    )
    shooting = next(w for w in got if "shot" in w)
    assert "incident" in shooting, got
    assert not any("incident" in w and "investigating" in w for w in got), got


def test_the_move_is_the_firing_told_before() -> None:
    got = words_by_event(
        "The Hawks fired head coach Dan Reilly on Friday after a run of nine defeats. The "
        "move surprised many fans."
    )
    assert any({"fired", "move"} <= w for w in got), got


def test_the_incident_after_a_fire_joins_the_fire() -> None:
    got = words_by_event(
        "A fire destroyed a furniture warehouse in Bradford on Sunday night. Nobody was hurt, "
        "and police said the incident was not being treated as suspicious."
    )
    assert any({"fire", "incident"} <= w for w in got), got


def test_a_move_that_says_where_is_not_a_pointer() -> None:
    got = words_by_event(
        "The Hawks beat the Lions 3-1 on Saturday. The striker Tom Hale completed a move to "
        "Leeds United on Monday."
    )
    assert not any({"beat", "move"} <= w for w in got), got


def test_the_incident_with_nothing_told_before_stays_out() -> None:
    got = words_by_event("The incident is under review, a council spokesman said on Tuesday.")
    assert not any("incident" in w for w in got), got


def test_a_move_that_renames_the_clauses_act_is_that_act() -> None:
    # was a second node "Move on Sunday" beside the sacking
    got = words_by_event(
        "The club sacked its manager on Sunday in a move that surprised fans. Microsoft "
        "released an emergency patch on Wednesday, a move that comes amid a wave of attacks."
    )
    assert any({"sacked", "move"} <= w for w in got), got
    assert any({"released", "move"} <= w for w in got), got
    assert not any(w == {"move"} for w in got), got


def test_a_move_somewhere_is_its_own_event() -> None:
    got = words_by_event(
        "The defender joined Leeds on Monday, and the club confirmed a move to Spain for "
        "its captain."
    )
    assert not any({"joined", "move"} <= w for w in got), got


def test_the_move_never_points_at_an_untyped_or_planned_act() -> None:
    # real pages: "the move" (an apology) was joined to "went beyond what we thought",
    # "the incident" (a leak) to "would make the official announcement"
    got = words_by_event(
        "The families said the prime minister went further than they had hoped. The move "
        "followed a long campaign for an apology. The minister would announce the review in "
        "a Commons debate on Wednesday. But the incident angered MPs."
    )
    assert not any({"went", "move"} <= w for w in got), got
    assert not any({"announce", "incident"} <= w for w in got), got


def test_a_move_after_a_comma_renames_the_act_over_the_noun_before_it() -> None:
    # the parse hangs "a move" on "browser"; alone it said not whose and was dropped
    got = words_by_event(
        "Microsoft released an emergency patch for its browser, a move that comes amid a "
        "wave of attacks."
    )
    assert any({"released", "move"} <= w for w in got), got


def test_the_incident_looks_back_one_sentence_only() -> None:
    # BBC politics: "the incident" (a leak) was joined to an announcement three
    # sentences before it
    got = words_by_event(
        "Police arrested a man in Hull on Monday. The review had been leaked to reporters. "
        "Ministers answered questions in Parliament. They said the incident would not be "
        "repeated."
    )
    assert not any({"arrested", "incident"} <= w for w in got), got


def mentions_by_event(text: str) -> list[set[int]]:
    return [{m.start for m in e.mentions} for e in run(text).events]


def test_the_review_itself_far_on_is_the_review_announced_and_to_come() -> None:
    # BBC politics: "welcomed his apology and the review itself", five sentences after
    # the review last told and read as done where the review was to begin next year,
    # was an event "Review" of its own
    text = (
        "The Home Office announced a review of sentencing laws on Monday. The home secretary "
        "said the review would begin next year and would look at mandatory sentences. "
        "Critics said the timing of the announcement was poor. Ministers answered questions "
        "in the Commons on Tuesday. Several MPs from all parties attended the session. The "
        "shadow home secretary welcomed the minister's apology and the review itself. The "
        "Law Society called for a new review of legal aid."
    )
    first, itself, new = (text.index(w) for w in ("review of", "review itself", "review of legal"))
    got = mentions_by_event(text)
    review = next(s for s in got if first in s)
    assert itself in review, got
    assert not any(s == {itself} for s in got), got
    assert new not in review, got  # "a new review" says it is another one


def test_the_review_itself_is_the_nearest_review_told_before_it() -> None:
    # two reviews told before, the nearer one to come: "the review itself" joined the
    # council's, as the police's read "would open" and it read as done
    text = (
        "Hull council and police\n\nThe council began a review of bus fares in May. On "
        "Monday police said they would open a review of the shooting in Hull. Officers said "
        "the review would take six weeks. The victim was named as Tom Hale, 24. His family "
        "said he had been a keen footballer. Neighbours laid flowers outside the house on "
        "Tuesday. The chief constable welcomed the review itself."
    )
    fares, shooting, itself = (
        text.index(w) for w in ("review of bus", "review of the shooting", "review itself")
    )
    got = mentions_by_event(text)
    assert any({shooting, itself} <= s for s in got), got
    assert not any({fares, itself} <= s for s in got), got


def test_the_move_does_not_point_at_an_act_that_only_dates_another() -> None:
    # BBC politics: "The afternoon announcement, following a cabinet meeting on Wednesday
    # morning, won broad support ... Sturgeon welcomed the move": the move was the
    # meeting's
    got = words_by_event(
        "The afternoon announcement, following a cabinet meeting on Wednesday morning, won "
        "broad support from opposition parties. The SNP leader welcomed the move."
    )
    assert not any({"meeting", "move"} <= w for w in got), got
    got = words_by_event(
        "Following a board meeting on Friday, the Hawks sacked head coach Dan Reilly. The "
        "move surprised many fans."
    )
    assert any({"sacked", "move"} <= w for w in got), got
