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
