"""The fifth pass over real pages' junk events (issue 19, judged seed 301), one class per
case, on our own text: what a present "is" says a thing is, what things of a kind do
in general, a page's thanks to its reader, a unit named by its duty, a phase of the
backdrop, an action demanded, a game that is software, a state told with a verb, what
would have happened, a feeling stirred, a name given, and two figures ("came as a
blow", "take an approach"). Beside each, the same word telling a happening, which must
stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a present "is" says a thing is
        ("Torture is a breach of international law, the lawyer said on Monday.", "breach"),
        ("Our work with the courts is not a partisan victory, the senator said.", "victory"),
        ("Senator Hale said the vote is a victory for workers.", "victory"),
        # what things of a kind do in general
        ("The shop opened in June. Companies hire seasonal staff before the holidays, and "
         "stores stay open late.", "hire"),
        ("China closed 12,575 net cafes last year. Logs of the sites people visit are kept "
         "for a year.", "visit"),
        # a page's thanks to its reader
        ("Thanks for donating today.", "donating"),
        # a unit named by its duty
        ("A patrol came under fire near the border on Tuesday, the army said.", "patrol"),
        # a phase of the backdrop
        ("The county has recorded 84,000 cases since the beginning of the pandemic.",
         "beginning"),
        # an action demanded
        ("The protesters demanded of the government to take action against the hospital "
         "administration over the alleged negligence.", "take"),
        ("Relatives demanded that the government take action against the hospital over "
         "the deaths.", "take"),
        # a game that is software or a toy, not a match
        ("The studio built its game engine for a new video game.", "game"),
        ("Parents worry about the computer games children play.", "games"),
        # a state told with a verb
        ("The phone functioned normally after the update, the company said.",
         "functioned"),
        # what would have happened and did not
        ("The plan would have banned all flavours of e-cigarettes.", "banned"),
        # a feeling stirred
        ("The protests sparked fears of an attack on the embassy.", "sparked"),
        # a name given
        ("Hale has described what he calls templating software as the future of "
         "blogging.", "calls"),
        # figures
        ("Brexit came as a huge blow to him, he says.", "came"),
        ("The firm will continue to take a prudent approach to capital management.", "take"),
    ],
)  # fmt: skip
def test_junk_of_the_fifth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The fire was the worst disaster in the town's history.", "disaster"),
        ("This is the third attack on the base this month, the army said.", "attack"),
        ("Iranians vote in a runoff on Friday.", "vote"),
        ("Colts clinch playoff spot by beating Jags\nThe Colts won 24-20 on Sunday.",
         "clinch"),
        ("Her death sparked outrage across the city.", "sparked"),
        ("If there is a strike on Monday, the trains will not run.", "strike"),
        ("Geneva is a meeting of negotiators, not a summit, the envoy said.", "meeting"),
        ("Authorities suspect arson is the cause of the fire that gutted the church.",
         "suspect"),
        ("The mayor thanked firefighters for rescuing the children on Sunday.", "rescuing"),
        ("Patrols continued overnight in the north, the army said.", "patrols"),
        ("A patrol came under fire near the border on Tuesday, the army said.", "fire"),
        ("The start of the trial was delayed until June.", "trial"),
        ("The board will take steps to cut costs, the chairman said on Monday.", "cut"),
        ("Relatives demanded that the government take action against the hospital over "
         "the deaths.", "deaths"),
        ("The death of the singer came as a shock to fans.", "death"),
        ("The game against Chelsea was postponed on Friday.", "game"),
        ("The fire may have been set by an arsonist, investigators said.", "fire"),
        ("The protests sparked fears of an attack on the embassy.", "attack"),
        ("The protests sparked clashes with police on Sunday.", "sparked"),
        ("Neighbours called the police after the shooting on Friday.", "called"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [  # a web page's "reporting inside stressed hospitals trying to treat victims of the
        # virus" was an event "Stressed hospitals tried to treat …": places of a kind, doing
        ("Correspondent Ana Ruiz and her crew have done remarkable reporting inside "
         "crowded clinics trying to treat children with measles.", "treat"),
        ("Reporter Sam Hale has done brave work inside flooded villages trying to "
         "rescue stranded families.", "rescue"),
    ],
)
def test_what_people_of_a_kind_are_doing_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soldiers shot two villagers fleeing the fighting near the river on Monday.",
         "fleeing"),
        ("Protesters chanting slogans marched on the town hall on Saturday.", "marched"),
        # "among those …" with the names told: a web page's "Among those fighting the
        # orders are FreedomWorks and …" lost its fighters to the kind reading
        ("Among those protesting the closure on Monday were the Dockers Union and two "
         "church groups.", "protesting"),
        ("Among those striking on Monday were nurses at Leeds General Infirmary.",
         "striking"),
    ],
)
def test_the_acts_of_people_in_the_scene_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
