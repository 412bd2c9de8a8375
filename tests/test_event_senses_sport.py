"""Word senses of a sports page (issue 19, read on BBC sport): a side's "attacks" and a
pack that "destroyed" a prop were uses of force, "Friday's clash with Gloucester" and a
"Six Nations encounter" an attack and a meeting, a penalty "landed" and a wing who
"crossed for a try" movements, a gap "cut to 18-12" a business cut, a side that "escaped
with a victory" a crime, and a player who "had burned all bridges" a disaster. A coach's
"sacking as Scotland manager" was an attack. Guards: rebels' attacks, fans who clashed
with police, a phone launched at the start of a season."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import word_types as types_of

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Italy launched a series of attacks in the second half of the match.", "attacks",
         None),
        ("Italy launched a series of attacks in the second half of the match.", "launched",
         None),
        ("The fly-half withdrew from the team for Friday's clash with Gloucester.", "clash",
         "Contest"),
        ("Sunday's Six Nations encounter in Rome was a tough game.", "encounter", "Contest"),
        ("The full-back landed a penalty either side of the break to keep the game close.",
         "landed", "Contest"),
        ("The wing crossed for a converted try after ten minutes of the match.", "crossed",
         "Contest"),
        ("The hosts cut the gap to 18-12 with a second penalty.", "cut", None),
        ("Ireland escaped with a victory in a scrappy match.", "escaped", None),
        ("The prop had burned all bridges with England, his coach said.", "burned", None),
        ("He took over after Berti Vogts's sacking as Scotland manager.", "sacking",
         "Resignation"),
    ],
)
def test_a_sports_word_takes_its_sense_in_play(text: str, word: str, kind: str | None) -> None:
    assert types_of(text, word) == ([kind] if kind else []), text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Rebels launched a series of attacks on the army base.", "attacks", "UseOfForce"),
        ("Fans clashed with police after the match, and two were injured.", "clashed",
         "UseOfForce"),
        ("The company launched a new phone at the start of the football season.",
         "launched", "Business"),
    ],
)
def test_force_and_launches_off_the_pitch_stay(text: str, word: str, kind: str) -> None:
    assert kind in types_of(text, word), text


def test_a_clash_on_a_match_page_is_the_match_though_its_sentence_names_no_game() -> None:
    """ "Sunday's Six Nations clash with Ireland" names no word of a game; the page, with
    its coach, squad, match and injuries, does."""
    text = (
        "Barkley fit for match in Dublin\n\n"
        "England centre Olly Barkley has been passed fit for Sunday's Six Nations clash with "
        "Ireland at Lansdowne Road. Barkley withdrew from Bath's team for Friday's clash with "
        "Gloucester after a calf injury in training. England coach Andy Robinson names his "
        "squad on Wednesday, and the tournament resumes after a week's rest."
    )
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    found = extract_document(next(nlp.parse([text])), document).events
    clashes = [e for e in found if any(m.text == "clash" for m in e.mentions)]
    told = [(e.type, e.title) for e in clashes]
    assert clashes and {e.type for e in clashes} == {"Contest"}, told


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The wing was sure he had grounded the ball for a try in the second half of the "
         "match.", "grounded"),
        ("Reed was bundled over the line just before half-time in Saturday's game.",
         "bundled"),
        ("The centre made a couple of good runs and Leeds won the match 24-10.", "made"),
        ("Moss fluffed a chance and then shot against the bar in the cup tie at Derby "
         "on Sunday.", "shot"),
        ("Moss fluffed a chance and then shot against the bar in the cup tie at Derby "
         "on Sunday.", "fluffed"),
    ],
)
def test_a_move_of_play_is_no_event_of_its_own(text: str, word: str) -> None:
    # BBC sport match reports: every "grounded the ball", "made the breaks" or "shot
    # against the bar" was an event beside the match it was a move of
    assert types_of(text, word) == [], text


def test_a_shot_at_someone_beside_a_game_stays_an_attack() -> None:
    text = "A gunman shot a referee after the match at Derby on Sunday, police said."
    assert "UseOfForce" in types_of(text, "shot")


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # a boxer's win "by stoppage" is the bout, a dockers' stoppage a walkout
        ("Hayes scored a fifth-round stoppage of Tom Reed in Cardiff on Saturday.", "Contest"),
        ("Dockers began a work stoppage at the port of Felixstowe on Monday.", "Protest"),
    ],
)
def test_a_stoppage_in_the_ring_is_no_walkout(text: str, kind: str) -> None:
    assert types_of(text, "stoppage") == [kind]


@pytest.mark.parametrize(
    ("text", "word"),
    [  # BBC sport: a captain who "fired Liverpool into the last 16" was an attack, and a
        # side that "has shown little in attack" too; BBC entertainment's "it strikes me
        # as simply weird" another
        ("Murphy, who fired Everton into the semi-finals with a late header against "
         "Villa, said the squad was ready.", "fired"),
        ("A brace from Keane shot Tottenham to victory at Ewood Park.", "shot"),
        ("Hughes' men have offered little in attack this spring, though the Irish will "
         "be hard to beat in Dublin.", "attack"),
        ("It strikes me as rather odd that the band were left off the shortlist again.",
         "strikes"),
    ],
)
def test_a_side_carried_forward_or_a_thing_that_seems_odd_is_no_attack(
    text: str, word: str
) -> None:
    assert types_of(text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops fired missiles into the town overnight, killing three people.", "fired"),
        ("Police said the gunman shot Lee Davies to death outside the club.", "shot"),
        ("Two soldiers died in an attack on the checkpoint near the border.", "attack"),
        ("A masked man struck her with a bottle outside the bar.", "struck"),
        ("The destroyer fired a Tomahawk missile into Syria on Monday.", "fired"),
    ],
)
def test_shots_and_blows_at_people_stay_uses_of_force(text: str, word: str) -> None:
    assert types_of(text, word) == ["UseOfForce"]
