"""A he/she in a clause about a person's thing is that person's (issue 23).

A BBC story ran "Tony Blair is to join Home Secretary David Blunkett in a visit …
Mr Blunkett's conduct is being looked at to establish whether he abused his
position", and kg read every "he" and "his" after it as Blair's, the subject of the
sentence before. The subject of the pronoun's own sentence is a thing ("conduct"),
and its owner is the one the clause is about. These stories keep that shape with
other people, beside the shapes where the owner must not win: the subject is a
person of its own ("Mr Derwent's aide said he"), or another person stands between
owner and pronoun ("linked the former minister to … his brother").
"""

from __future__ import annotations

from test_actors_pronouns import _resolved  # each he/she of a text with its name

CONDUCT = (
    "Prime Minister Tom Hadley is to visit Leeds with Transport Secretary Paul Derwent "
    "on Friday.\n\n"
    "Mr Derwent's expenses are being examined to establish whether he broke the rules "
    "on his travel claims. The standards commissioner is looking at his decision to "
    "hand free tickets to a friend.\n"
)
ADMISSION = (
    "Former minister Jack Orme said Lord Fenwick's admission that his answer was not a "
    "summary of his advice suggested MPs had been misled.\n"
)
AIDE = (
    "Prime Minister Tom Hadley met Transport Secretary Paul Derwent on Friday. "
    "Mr Derwent's aide said he would resign before the summer.\n"
)
BETWEEN = (
    "Prime Minister Tom Hadley named a new chief whip on Monday. Judge Peter Voss's "
    "report linked the former minister to a loan made to his brother's firm.\n"
)


def test_a_pronoun_under_a_things_owner_is_the_owner() -> None:
    """ "Mr Derwent's expenses are being examined to establish whether he broke the
    rules": Derwent's, not the Prime Minister's of the sentence before; and the "his"
    of the next sentence carries him on."""
    found = _resolved(CONDUCT)
    assert [w for w, _ in found] == ["he", "his", "his"]
    assert {name for _, name in found} == {"Paul Derwent"}


def test_a_resolved_pronoun_owns_the_next_clause_too() -> None:
    """ "Lord Fenwick's admission that his answer was not a summary of his advice":
    both are Fenwick's, not the speaker Orme's."""
    assert [name for _, name in _resolved(ADMISSION)] == ["Fenwick", "Fenwick"]


def test_a_person_subject_keeps_its_own_pronoun() -> None:
    """ "Mr Derwent's aide said he would resign": the aide is a person of his own, so
    the owner does not take the "he"."""
    assert [name for _, name in _resolved(AIDE)] != ["Paul Derwent"]


def test_a_person_named_between_leaves_the_owner_unclear() -> None:
    """ "Judge Peter Voss's report linked the former minister to a loan made to his
    brother's firm": the brother is the minister's, not the judge's."""
    assert [name for _, name in _resolved(BETWEEN)] != ["Peter Voss"]
