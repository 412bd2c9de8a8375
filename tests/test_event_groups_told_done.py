"""One happening, one event, when the text tells it with two readings or two words of
one clause: a review "announced" (a noun read as done) and "the review will begin next
year" (to come) are one review; "shot dead a burglar" is one killing, not a shooting
and a death of its own. Different happenings told the same way stay apart: a verb told
done beside a plan ("cut 500 jobs", "plans more cuts"), a "new" review, a death in
another story of a roundup.

Every text here is written for the project, after splits found in BBC politics
articles ("announced a review of murder laws", "the review will begin next year";
"jailed for shooting dead a 16-year-old burglar").
"""

from __future__ import annotations

from test_event_groups import with_mention  # the events a mention word is in
from test_event_groups_within import run


def test_a_review_announced_and_the_review_to_come_are_one_event():
    result = run(
        "The Home Office announced a review of the rules on council housing waiting lists "
        "on Monday. Ministers said the review would begin next spring and report within a "
        "year. Opposition MPs welcomed the plans but said tenants had waited too long."
    )
    (review,) = with_mention(result, "review")
    assert [m.text for m in review.mentions].count("review") == 2
    assert "Home Office" in review.title


def test_a_new_review_and_a_done_cut_beside_planned_cuts_stay_apart():
    # the rule above reads a noun's "done" loosely; a verb told done, or a "new" one,
    # is another happening than the one planned
    result = run(
        "The water board ordered a review of its pricing in 2019, which found no fault. "
        "Regulators said a new review would begin next spring after complaints from customers."
    )
    assert len(with_mention(result, "review")) == 2
    result = run(
        "The carmaker cut 500 jobs at its Swindon plant last year. "
        "Managers said the firm plans more cuts in the spring if sales keep falling."
    )
    assert len(with_mention(result, "cut", "cuts")) == 2
    # "a second stoppage" threatened is not the strike told, though its nouns alone
    # read as done when it is weighed (the support verb "joined" joins later)
    result = run(
        "The dockers' union said more than 400 crane drivers had joined the strike, which "
        "began at 7 a.m. The harbour board said 30 ships were held up and no cargo was "
        "moved during the stoppage. Union leader Anna Berg warned that the union could "
        "call a second stoppage later this month if the firm did not drop the new rotas."
    )
    (strike,) = with_mention(result, "joined")
    assert [m.text for m in strike.mentions].count("stoppage") == 1
    # ... and the first test's join holds with them: the review of the first text
    result = run(
        "The Home Office announced a review of the rules on council housing waiting lists "
        "on Monday. Ministers said the review would begin next spring and report within a "
        "year."
    )
    assert len(with_mention(result, "review")) == 1


def test_shot_dead_is_one_killing_with_the_death_it_tells():
    result = run(
        "Police said a farmer shot dead a 17-year-old intruder at his home near Norwich on "
        "Friday. The teenager was pronounced dead at the scene."
    )
    (killing,) = with_mention(result, "shot")
    assert {m.text for m in killing.mentions} >= {"shot", "dead"}
    assert len(result.events) == 1  # no "Dead on Friday" of its own


def test_stabbed_to_death_meets_his_death_and_another_death_stays_apart():
    result = run(
        "A 19-year-old man was stabbed to death outside a nightclub in Croydon early on "
        "Sunday. Detectives said his death was being treated as murder and two men had "
        "been arrested."
    )
    (killing,) = with_mention(result, "stabbed")
    assert {m.text for m in killing.mentions} >= {"stabbed", "death", "murder"}
    assert len(with_mention(result, "arrested")) == 1
    result = run(
        "A gunman shot dead a security guard outside a bank in Leeds on Monday. "
        "In a separate incident, an elderly woman died in a house fire in Bradford on Sunday."
    )
    (shooting,) = with_mention(result, "shot")
    assert "died" not in {m.text for m in shooting.mentions}  # two deaths, two events
    assert len(with_mention(result, "died")) == 1
