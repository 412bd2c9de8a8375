"""Word senses of an arts page (issue 19, read on BBC entertainment): a film "shot in
Hindi and English" was a use of force, an actress "to play the female lead" a contest
(it is a part cast, an untyped event), a man who "lost both hands" a contest, and "every
ticket sold" a merger. Guards: a man shot by police near a cinema, a firm selling a unit,
a team that played a match."""

from __future__ import annotations

import pytest
from conftest import word_types as types_of


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Kisna has been shot in Hindi and English, its producers said.", "shot", "OtherEvent"),
        ("The new thriller was shot on location in Morocco by director Ann Vale.", "shot",
         "OtherEvent"),
        ("French actress Audrey Tautou will play the female lead in the adaptation.", "play",
         "OtherEvent"),
        ("Every ticket sold at the festival will raise money for the victims.", "sold",
         "Business"),
    ],
)
def test_an_arts_word_takes_its_own_sense(text: str, word: str, kind: str | None) -> None:
    assert types_of(text, word) == ([kind] if kind else []), text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Police shot a man dead outside the cinema after the film premiere.", "shot",
         "UseOfForce"),
        ("The steel group sold its Dutch unit to a rival for 2bn euros.", "sold", "Merger"),
        ("The team played a friendly match against Derby on Sunday.", "played", "Contest"),
    ],
)
def test_the_news_senses_stay(text: str, word: str, kind: str) -> None:
    assert kind in types_of(text, word), text


def test_lost_hands_are_no_contest() -> None:
    """ "Lost both hands" tells someone maimed: with the accident told, one event with it;
    alone, an untyped event, never a contest lost."""
    assert types_of("The detective lost both hands in an accident aged 12.", "lost") == [
        "Accident"
    ]
    assert types_of("The detective lost both hands when he was 12.", "lost") == ["OtherEvent"]


def test_nothing_to_lose_is_a_saying() -> None:
    text = "His wife suggested he had nothing to lose and should write what he wanted."
    assert types_of(text, "lose") == [], text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Spanish drama has received an Oscar nomination for best film.", "nomination",
         "Contest"),
        ("Kate Winslet was nominated in the best actress category.", "nominated", "Contest"),
        ("Annette Bening's rave reviews helped the film at the box office.", "reviews", None),
        ("The panel picked a film with dialogue in Aramaic.", "dialogue", None),
        ("The Writers Guild was striking at the time of the ceremony.", "striking", "Protest"),
    ],
)
def test_prizes_reviews_and_films_take_their_arts_sense(
    text: str, word: str, kind: str | None
) -> None:
    """An award nomination was an election or an appointment, critics' "rave reviews" an
    inquiry, a film's "dialogue in Aramaic" a negotiation and a guild's strike an attack."""
    assert types_of(text, word) == ([kind] if kind else []), text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The president nominated Judge Ann Vale to the Supreme Court.", "nominated",
         "Appointment"),
        ("The review of the school funding policy will report in May.", "review",
         "Investigate"),
        ("The two sides agreed to resume their dialogue with the rebels.", "dialogue",
         "Negotiate"),
    ],
)
def test_posts_inquiries_and_talks_stay(text: str, word: str, kind: str) -> None:
    assert kind in types_of(text, word), text
