"""Two reports of one attack on the same village, in other words ("struck" / "hit"),
with the same target, merge; an attack on another village of the same story does not."""

from __future__ import annotations

from datetime import date

import kg

REPORTS = {
    "a": (
        "Rocket fire on border village strains Tbilisi talks\n\n"
        "Rockets struck the Georgian border village of Khurcha late on Monday, wounding "
        "three farmers, Georgia's interior ministry said on Tuesday. EU envoy Sofia Lind "
        "said the talks in Tbilisi would go on.\n"
    ),
    "b": (
        "Georgia and Abkhaz officials agree to hold new talks\n\n"
        "Georgian and Abkhaz officials will meet again in Tbilisi next week, EU envoy Sofia "
        "Lind said. Lind called the meeting after rockets hit the Georgian border village of "
        "Khurcha and wounded three farmers.\n"
    ),
    "c": (
        "Second village shelled as Tbilisi talks near\n\n"
        "Shells hit the Georgian border village of Orsantia on Monday night, Sofia Lind, "
        "the EU envoy to the Tbilisi talks, said.\n"
    ),
}


def test_one_attack_on_one_village_told_in_other_words_merges(tmp_path):
    for name, text in REPORTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = kg.build([tmp_path], published=date(2025, 3, 14), progress=False)
    attacks = {
        result.actors[e.place].name: sorted(e.sources)
        for e in result.events.values()
        if e.type == "UseOfForce" and e.place
    }
    assert attacks["Khurcha"] == ["a", "b"]
    assert attacks["Orsantia"] == ["c"]





def test_a_merged_event_takes_the_finest_date_its_reports_give(sample_build):
    """The samples' Sotk shelling: one report dates it "late on Wednesday", the other
    only "earlier this month", and the second lends the title; the card dated the attack
    by the month. The failed first-round agreement likewise: "Tuesday", not "last week"."""
    result, _ = sample_build
    attack = next(
        e for e in result.events.values() if e.place == "sotk" and len(e.sources) == 2
    )
    assert attack.time is not None
    assert (attack.time.precision, attack.time.start) == ("day", date(2026, 11, 11))
    signed = next(
        e for e in result.events.values()
        if e.type == "Agree" and e.factuality == "negated" and e.place == "geneva"
    )
    assert signed.time is not None
    assert (signed.time.precision, signed.time.start) == ("day", date(2026, 11, 10))
