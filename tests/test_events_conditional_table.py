"""``_conditional`` reads a word's marks from the token table (issue 24) and must say
what spaCy's own walk says: a mark "if", "unless" or "whether" on the word or on one
of its two heads. Every word of our own news texts is asked both ways, with the
condition on the verb itself, one and two heads up, three heads up (out of reach) and
on a sentence's root.
"""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.events import _conditional

TEXTS = [
    "The strike will go ahead if the rail operator refuses to reopen talks on pay.",
    "Unless ministers agree to a second vote on the treaty, the coalition could "
    "collapse, party officials said on Tuesday.",
    "Residents asked whether the council had tried to stop engineers from closing "
    "the bridge after the flood.",
    "If Talks Fail, Unions Plan Walkout\n\nUnion leaders said members would walk out "
    "if the company went ahead with plans to cut 400 jobs at its Leeds plant.",
]


def spacys(tok) -> bool:
    return any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}
        for t in [tok, *list(tok.ancestors)[:2]]
        for c in t.children
    )


@pytest.fixture(scope="module")
def docs():
    return list(nlp.parse(TEXTS))


def test_conditional_is_spacys_walk_for_every_word(docs):
    held = 0
    for doc in docs:
        for tok in doc:
            assert _conditional(tok) == spacys(tok), tok.text
            held += _conditional(tok)
    assert held >= 8  # words in a condition, not only words outside one, compared


def test_a_condition_three_heads_up_is_out_of_reach(docs):
    far = [
        tok
        for doc in docs
        for tok in doc
        if not spacys(tok)
        and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}
            for a in list(tok.ancestors)[2:3]
            for c in a.children
        )
    ]
    assert far  # such words exist in these texts ...
    assert not any(_conditional(tok) for tok in far)  # ... and stay unconditional
