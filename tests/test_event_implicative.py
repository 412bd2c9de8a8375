"""Acts told through an implicative verb (issue 19): "was forced to resign", "went on to
resign" say the resignation took place, one event titled with the verb that says so
(never "Hughes to resign", a plan, next to a second event for the forcing); "failed to
resign" and "refused to resign" say it did not; "was asked to resign" and "threatened
to resign" tell only a demand or a threat."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def events(text: str) -> list[tuple[str, str, str]]:
    """(type, title, factuality) of each event kg finds in a text."""
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    found = extract_document(next(nlp.parse([text])), document).events
    return [(e.type, e.title, e.factuality) for e in found]


def test_a_forced_resignation_is_one_resignation_done():
    found = events(
        "Having won his backing, Ms Carver was forced to resign in May over delays in the "
        "licensing office."
    )
    quits = [e for e in found if e[0] == "Resignation"]
    assert len(quits) == 1, found
    assert quits[0][1].startswith("Ms Carver was forced to resign"), found
    assert quits[0][2] == "asserted", found
    assert not any(e[0] == "OtherEvent" and "forced" in e[1] for e in found), found
    # a demand or a threat is no resignation done
    found = events("The defence secretary was asked to resign by the prime minister on Monday.")
    assert all(f != "asserted" for k, _, f in found if k == "Resignation"), found
    found = events("The defence secretary threatened to resign over the budget on Monday.")
    assert all(f != "asserted" for k, _, f in found if k == "Resignation"), found


def test_a_compelled_or_made_act_is_done_and_titled_with_its_verb():
    for verb in ("compelled", "made", "obliged"):
        found = events(f"The club chairman was {verb} to resign after the audit last year.")
        quits = [e for e in found if e[0] == "Resignation"]
        assert [q[2] for q in quits] == ["asserted"], (verb, found)
        assert quits[0][1].startswith(f"The club chairman was {verb} to resign"), (verb, found)
        assert len([e for e in found if "chairman" in e[1]]) == 1, (verb, found)


def test_went_on_to_tells_the_act_done():
    found = events("The striker went on to resign from the club board in 2011.")
    quits = [e for e in found if e[0] == "Resignation"]
    assert len(quits) == 1 and quits[0][2] == "asserted", found
    assert quits[0][1].startswith("The striker went on to resign"), found
    assert len(found) == 1, found


def test_a_forced_typed_act_keeps_the_force_in_its_title():
    found = events("Police were forced to evacuate 200 residents from the tower on Sunday.")
    assert any(t.startswith("Police were forced to evacuate 200 residents") for _, t, _ in found)
    assert not any(t.startswith("Police to evacuate") for _, t, _ in found), found


def test_failing_or_refusing_to_resign_is_no_resignation_done():
    for verb in ("failed", "refused"):
        found = events(f"The defence secretary {verb} to resign despite the scandal last week.")
        quits = [e for e in found if e[0] == "Resignation"]
        assert [q[2] for q in quits] == ["negated"], (verb, found)
