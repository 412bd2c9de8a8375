"""The PolNeAR scorer in bench/ scores what it claims to, on a brat file we write here.

The gold data itself stays outside the repository; this checks the reading of brat
standoff (discontinuous spans, no-source attributions), the overlap rule and the
direct-quote subset, so a figure printed by the bench can be trusted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_bench


@pytest.fixture(scope="module")
def pn():
    return load_bench("polnear.py")


TEXT = (
    "The mayor said the budget was balanced.\n"
    "“We will not raise taxes,” Ms Okafor told reporters. “Not this year.”\n"
    "Critics are sceptical, a survey suggests.\n"
)


def _ann(tmp_path: Path) -> Path:
    def span(part: str) -> str:
        i = TEXT.index(part)
        return f"{i} {i + len(part)}"

    q1, q2 = "“We will not raise taxes,”", "“Not this year.”"
    lines = [
        f"T1\tSource {span('The mayor')}\tThe mayor",
        f"T2\tCue {span('said')}\tsaid",
        f"T3\tContent {span('the budget was balanced')}\tthe budget was balanced",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        f"T4\tSource {span('Ms Okafor')}\tMs Okafor",
        f"T5\tCue {span('told')}\ttold",
        f"T6\tContent {span(q1)};{span(q2)}\t{q1} {q2}",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        f"T7\tCue {span('suggests')}\tsuggests",
        f"T8\tContent {span('Critics are sceptical')}\tCritics are sceptical",
        "E3\tAttribution-no-source:T7 Cue:T7 Content:T8",
    ]
    path = tmp_path / "doc_abcd.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_discontinuous_spans_and_no_source_attributions(pn, tmp_path):
    gold = pn.read_gold(_ann(tmp_path), TEXT)
    assert len(gold) == 3
    split = gold[1]
    assert len(split.content) == 2 and split.direct
    assert TEXT[slice(*split.source[0])] == "Ms Okafor"
    assert not gold[0].direct and not gold[2].direct
    assert gold[2].source == []


def test_overlap_rule_and_one_to_one_matching(pn, tmp_path):
    gold = pn.read_gold(_ann(tmp_path), TEXT)
    i = TEXT.index("the budget")
    half = pn.Prediction([(i, i + 12)], None, False)  # 12 of 22 characters: a match
    tiny = pn.Prediction([(i, i + 5)], None, False)  # 5 of 22: shorter span is inside,
    # so it matches too (overlap is measured against the shorter span) but only once
    assert pn.match([half], gold) == [(0, 0)]
    assert pn.match([half, tiny], gold) == [(0, 0)]
    far = pn.Prediction([(0, 3)], None, False)
    assert pn.match([far], gold) == []


def test_score_counts_speakers_and_direct_subset(pn, tmp_path):
    gold = pn.read_gold(_ann(tmp_path), TEXT)
    s1 = TEXT.index("Ms Okafor")
    q = TEXT.index("We will")
    good = pn.Prediction([(q, q + 24)], (s1, s1 + 9), True)
    wrong_speaker = pn.Prediction(
        [(TEXT.index("the budget"), TEXT.index("balanced") + 8)],
        (TEXT.index("budget"), TEXT.index("budget") + 6),
        False,
    )
    score = pn.Score()
    score.add([good, wrong_speaker], gold)
    rows = {name: rest for name, *rest in score.rows()}
    p, r, f, acc = rows["all"]
    assert (p, round(r, 3)) == (1.0, round(2 / 3, 3))
    assert acc == 0.5  # the mayor's statement was given the wrong speaker
    dp, dr, _, dacc = rows["direct"]
    assert (dp, dr, dacc) == (1.0, 1.0, 1.0)


NESTED = "The Harbour Gazette reported that Ms Okafor said the toll would stay.\n"


def test_of_equal_overlaps_the_attribution_with_the_predicted_speaker_is_matched(pn, tmp_path):
    """A nested attribution spans the same reported words as the one inside it; the
    prediction pairs with the one whose Source is its speaker, whatever the file order."""

    def span(part: str) -> str:
        i = NESTED.index(part)
        return f"{i} {i + len(part)}"

    inner = "the toll would stay"
    lines = [
        f"T1\tSource {span('The Harbour Gazette')}\tThe Harbour Gazette",
        f"T2\tCue {span('reported')}\treported",
        f"T3\tContent {span(inner)}\t{inner}",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        f"T4\tSource {span('Ms Okafor')}\tMs Okafor",
        f"T5\tCue {span('said')}\tsaid",
        f"T6\tContent {span(inner)}\t{inner}",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
    ]
    ann = tmp_path / "nested_abcd.ann"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = pn.read_gold(ann, NESTED)
    c, s = NESTED.index(inner), NESTED.index("Ms Okafor")
    okafor = pn.Prediction([(c, c + len(inner))], (s, s + 9), False)
    assert pn.match([okafor], gold) == [(0, 1)]
    score = pn.Score()
    score.add([okafor], gold)
    assert score.rows()[0][-1] == 1.0
    nobody = pn.Prediction([(c, c + len(inner))], None, False)
    assert pn.match([nobody], gold) == [(0, 0)]  # no speaker: the first, as before


SPEAKER_TEXT = (
    "Marta Velez, the mayor of Greenport, opened the new bridge on Monday. "
    "She said the toll would stay until May.\n"
)


def test_fit_speaker_weights_labels_the_candidates(tmp_path, monkeypatch):
    """The speaker-weight fit reads a split as bench/polnear.py does and labels each
    candidate by the gold Source: here PolNeAR-style gold marks the name where kg's
    rules keep the pronoun by the cue, so the name is the right candidate."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "bench"))
    fit = load_bench("fit_speaker_weights.py")

    def span(part: str) -> str:
        i = SPEAKER_TEXT.index(part)
        return f"{i} {i + len(part)}"

    for folder in ("text", "attributions"):
        (tmp_path / "train" / folder).mkdir(parents=True)
    (tmp_path / "train" / "text" / "velez.txt").write_text(SPEAKER_TEXT, encoding="utf-8")
    (tmp_path / "train" / "attributions" / "velez_abcd.ann").write_text(
        f"T1\tSource {span('Marta Velez')}\tMarta Velez\n"
        f"T2\tCue {span('said')}\tsaid\n"
        f"T3\tContent {span('the toll would stay until May')}\tthe toll would stay until May\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    data, scored = fit.groups(tmp_path, "train")
    assert scored == 1
    [group] = data
    assert [y for _, y in group] == [False, True]  # the rules' "She", then the name
    assert group[0][0]["rule"] == 1.0 and group[1][0]["after_pronoun"] == 1.0
    weights = fit.fit(data)  # the listwise fit learns to pick the name over the rules'
    assert fit.choose(group, weights)
    lean = dict.fromkeys(fit.SPEAKER_FEATURES, 0.0)
    assert not fit.choose(group, {**lean, "rule": 1.0})
    assert fit.choose(group, {**lean, "name": 1.0})
