"""An attack's noun ("the shelling", "the bombing") told after "shells struck X,
injuring four" points back at the striking, not at the harm told with it: the injury
is what the attack did, its own event (ECB+ keeps "killing" of "..., killing three"
apart from the act), and the later noun names the act."""

from __future__ import annotations

import pytest
from test_event_groups import run

SHELLING = (
    "Artillery shells struck the farming village of Dorvan on Tuesday evening, injuring "
    "four farmers and damaging a grain store, the interior ministry said. The shelling was "
    "the worst the valley had seen, a local official said."
)
BOMBING = (
    "Mortar rounds hit the market town of Keshet early on Sunday, wounding six people, "
    "police said. The bombing was the deadliest this year, the mayor told reporters."
)


@pytest.mark.parametrize(
    ("text", "act", "harm", "noun"),
    [(SHELLING, "struck", "injuring", "shelling"), (BOMBING, "hit", "wounding", "bombing")],
)
def test_an_attack_noun_joins_the_attack_not_the_harm_it_did(text, act, harm, noun):
    events = {frozenset(m.text for m in e.mentions) for e in run(text).events}
    assert frozenset({act, noun}) in events
    assert frozenset({harm}) in events  # the injury stays an event of its own
