"""The fourth pass over real pages' junk events (issue 19), one class per case, on our
own text: who backs or leads a group told with a participle, a focus, a right or a
prospect, the interview a quote was given in, what a thing threatens to do, a newsroom's
"has learned", work in general and a relief felt. Beside each, the same word telling a
happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # who backs or leads a group
        ("Groups backed by the billionaire Hale have not joined the protests.", "backed"),
        ("Several charities, including those spearheaded by the mayor, stayed away from "
         "the rally.", "spearheaded"),
        # a focus
        ("The House was still focused on providing relief to families, the chairman "
         "said on Tuesday.", "providing"),
        ("The pair have largely focused their discussions on a spending bill, aides said "
         "on Tuesday.", "focused"),
        # a right or a prospect
        ("The court said the farmer has the right to sue the minister.", "sue"),
        ("We support the right and need to peacefully protest.", "protest"),
        ("Both parties see the potential of a court battle to rally their voters.",
         "battle"),
        # the interview a quote was given in
        ("Senator Hale said in an interview that the plan was reckless.", "interview"),
        # what a thing threatens to do
        ("The looting in the city threatens to undermine the message of the march.",
         "undermine"),
        # a newsroom's "has learned"
        ("The singer has signed with a new label, the Daily Courier has learned.",
         "learned"),
        # work in general
        ("Acme staff have been working closely with the state on the plan, the mayor said "
         "on Friday.", "working"),
        ("We are working to identify what changes may be needed, the company said on "
         "Monday.", "working"),
        ("We have had more than 5,000 employees teleworking and expect no change, the "
         "director said on Monday.", "teleworking"),
        # a relief felt
        ("Rain fell on the firegrounds on Monday, a relief after a long drought.", "relief"),
        ("The political cost of the crisis is also coming into sharper relief, the "
         "minister said on Monday.", "relief"),
    ],
)  # fmt: skip
def test_junk_of_the_fourth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The plan was backed by the board on Monday.", "backed"),
        ("Rebels backed by a foreign army attacked the town on Monday.", "attacked"),
        ("The mayor spearheaded the clean-up of the river last spring.", "spearheaded"),
        ("Police intended to stop the march, but the crowd broke through on Monday.",
         "stop"),
        ("The House provided relief to families on Tuesday.", "provided"),
        ("The photographer focused on the bird at dawn on Monday.", "focused"),
        ("The farmer sued the minister in the high court on Monday.", "sued"),
        ("Thousands protested peacefully outside parliament on Sunday.", "protested"),
        ("The court battle over the seat began in Denver on Monday.", "battle"),
        ("Senator Hale gave an interview to the BBC on Monday.", "interview"),
        ("The network learned of the senator's bid on Monday and pulled him off the air.",
         "learned"),
        ("The rebels threatened to attack the base on Monday.", "attack"),
        ("The singer learned of the diagnosis on Monday.", "learned"),
        ("Rescuers worked through the night on Sunday to free the miners.", "worked"),
        ("A man who had worked at the accounting firm shot two people there on Monday.",
         "worked"),
        ("The charity sent relief to the flood victims on Monday.", "relief"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)
