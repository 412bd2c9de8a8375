"""The sixth pass over real pages' junk events (issue 19, judged seed 351), one class
per case, on our own text: figures of speech told with a verb of any type ("fingers
crossed", "entered this crisis in a position of strength", "a point he made", "to fill
this void"), the aim a priority or a goal states, a habit told with a typed verb ("the
firm usually hires") and "win over" (persuade). Beside each, the same verb telling a
happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # figures of speech, whatever the verb's type
        ("It's a point Florida's emergency manager made in a social media post recently.",
         "made"),
        ("Fingers crossed.", "crossed"),
        ("The singer has stepped in to fill this void with a new holiday song.", "fill"),
        ("We entered this crisis in a position of strength.", "entered"),
        ("The farmers' agitation entered the eleventh day on Sunday.", "entered"),
        ("The dockers' strike entered its third week on Monday.", "entered"),
        ("The talks paved the way for a ceasefire in March.", "paved"),
        # an aim stated
        ("From the outset, our priority has been to continue to provide uninterrupted "
         "service to our clients.", "provide"),
        ("From the outset, our priority has been to continue to provide uninterrupted "
         "service to our clients.", "continue"),
        ("The goal of the program is to train 5,000 nurses.", "goal"),
        # a habit told with a typed verb
        ("The firm usually hires seasonal staff before the holidays.", "hires"),
        ("The company typically releases its results in February.", "releases"),
        # "win over": persuade, no contest
        ("The government has been trying to win over the moderate union.", "win"),
        ("It would take quite some time before we win over the virus.", "win"),
    ],
)  # fmt: skip
def test_junk_of_the_sixth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Apple made a donation of $10 million to the group on Monday.", "made"),
        ("More than 10,000 migrants crossed the border into Greece on Sunday.", "crossed"),
        ("Syrian government forces entered parts of a strategic rebel-held town on "
         "Monday.", "entered"),
        ("The talks paved the way for a ceasefire in March.", "ceasefire"),
        ("The dockers' strike entered its third week on Monday.", "strike"),
        ("The firm's priority was clear, the chairman said, and it cut 200 jobs on "
         "Monday.", "cut"),
        ("Police held the suspect in a cell overnight.", "held"),
        ("Messi scored the winning goal in the 89th minute on Sunday.", "scored"),
        ("The company released its results on Thursday.", "released"),
        ("The firm hired 300 seasonal workers last month.", "hired"),
        ("Nadal won over Federer in five sets on Sunday.", "won"),
        ("The Colts won the turnover battle 3-0 over the Chiefs.", "won"),
        ("Microsoft typically releases patches for its software on the second Tuesday "
         "of each month.", "releases"),
        ("Many new cable systems are slated to enter service between Europe and Egypt "
         "in the next few years.", "enter"),
        ("Rebels often attack convoys on this road. On Monday they attacked a police "
         "post near Kandahar.", "attacked"),
    ],
)  # fmt: skip
def test_the_same_verbs_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
