"""The GVC bench reads the corpus and scores what it claims to, on three reports we write.

Two local reports of one shooting in Riverton (incident 101) and one of another shooting
in Lakeside (incident 202), in GVC's CoNLL layout: sentence 0 the publication date,
``//n`` the paragraph breaks (one inside a sentence), the event chain in the last
column, and the mentions again in ``event_mentions.json``. The same-lemma baseline over
the whole split glues the two incidents together; the figures below are worked out by
hand. One test runs the script end to end (spaCy and kg) on the same files.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import conll_text, load_bench


@pytest.fixture(scope="module")
def gvc():
    return load_bench("gvc.py")


A, B, C = "0/101/a1", "0/101/b2", "0/202/c3"
ROWS = [
    (A, 0, ["2016-05-03 -"]),
    (A, 1, ["Man -", "shot (C1)", "outside -", "Riverton -", "store -"]),
    (A, 2, ["Police -", "said -", "a -", "man -", "was -", "shot (C1)", "on -", "Main -",
            "Street -", "on -", "Sunday -", ". -", "//n -"]),
    (A, 3, ["He -", "died (C2)", "at -", "the -", "hospital -", ". -", "//n -", "Officers -",
            "are -", "investigating -", ". -"]),
    (B, 0, ["2016-05-04 -"]),
    (B, 1, ["Riverton -", "man -", "dies (C2)", "after -", "shooting (C1)"]),
    (B, 2, ["The -", "victim -", "was -", "shot (C1)", "Sunday -", ". -"]),
    (C, 0, ["2016-07-01 -"]),
    (C, 1, ["Teen -", "shot (C3)", "in -", "Lakeside -"]),
    (C, 2, ["A -", "teen -", "was -", "shot (C3)", "in -", "a -", "park -", ", -", "police -",
            "said -", ". -"]),
]  # fmt: skip


def _records() -> list[dict]:
    """One record per annotated token of ROWS, as ``event_mentions.json`` has them."""
    out = []
    for key, sent, cells in ROWS:
        for i, cell in enumerate(cells):
            token, chain = cell.split(" ")
            if chain != "-":
                out.append({"conll_doc_key": key, "sent_id": sent, "tokens_number": [i],
                            "coref_chain": chain.strip("()"), "subtopic": key.split("/")[1],
                            "mention_type": "OCC", "tokens_str": token})  # fmt: skip
    return out


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "gvc" / "val"
    folder.mkdir(parents=True)
    (folder / "dataset.conll").write_text(conll_text(ROWS), encoding="utf-8")
    records = _records()
    records.reverse()  # the reader must not rely on the file's order
    (folder / "event_mentions.json").write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_reader_text_dates_titles_and_gold(gvc, data):
    corpus = gvc.gvc_corpus(data)
    assert corpus.ids == ["a1", "b2", "c3"]
    assert corpus.texts[0] == (
        "Man shot outside Riverton store\n\n"
        "Police said a man was shot on Main Street on Sunday.\n\n"
        "He died at the hospital.\n\nOfficers are investigating."
    )
    assert corpus.texts[1] == "Riverton man dies after shooting\n\nThe victim was shot Sunday."
    assert [d.published for d in corpus.documents] == [
        date(2016, 5, 3), date(2016, 5, 4), date(2016, 7, 1)
    ]  # fmt: skip
    assert [d.title for d in corpus.documents] == [
        "Man shot outside Riverton store",
        "Riverton man dies after shooting",
        "Teen shot in Lakeside",
    ]
    assert corpus.doc_gold == ["101", "101", "202"]
    assert corpus.topics == [0, 0, 0]  # the baselines are not told the incidents
    got = [[(g.text, g.cluster, g.sources) for g in row] for row in corpus.golds]
    assert got == [
        [("shot", "C1", 2), ("shot", "C1", 2), ("died", "C2", 2)],
        [("dies", "C2", 2), ("shooting", "C1", 2), ("shot", "C1", 2)],
        [("shot", "C3", 1), ("shot", "C3", 1)],
    ]
    for row, text in zip(corpus.golds, corpus.texts, strict=True):
        assert all(text[g.start : g.end] == g.text for g in row)
    head = gvc._ec.header(corpus, "m")
    assert "2 incidents; 0 documents without a publication date" in head
    assert "3 docs, 8 gold event mentions, 3 gold chains (0 singletons, 2 cross-document)" in head
    assert "2 gold document groups" in head


def test_predictions_located_and_matched_by_token(gvc, data):
    corpus = gvc.gvc_corpus(data)
    text = corpus.texts[0]
    died = gvc._ec.EventMention(0, text.index("died"), text.index("died") + 4, "p")
    probe = text.index("investigating")
    extra = gvc._ec.EventMention(0, probe, probe + 13, "p")
    assert corpus.in_scope(died) and corpus.in_scope(extra)
    assert died.tokens == corpus.golds[0][2].tokens
    assert corpus.match([extra, died], corpus.golds[0]) == [(1, 2)]


def _lemma(row: list, lemmas: dict[str, str]) -> list:
    for m in row:
        m.lemma = lemmas[m.text]
    return row


def test_same_lemma_over_the_split_joins_the_two_incidents(gvc, data):
    corpus = gvc.gvc_corpus(data)
    ec = gvc._ec
    lemmas = {"shot": "shoot", "shooting": "shooting", "died": "die", "dies": "die"}
    golds = [_lemma(row, lemmas) for row in corpus.golds]
    lemma = ec.lemma_clusters(golds, corpus.topics)
    ev = ec.evaluate(corpus.golds, lemma, corpus.match, corpus.doc_gold)
    rows = {r[0]: r[1:] for r in ev.rows}
    # key C1 {A1 A2 B2 B3} C2 {A3 B1} C3 {C1 C2}; response shoot {A1 A2 B3 C1 C2},
    # shooting {B2}, die {A3 B1}. MUC R (2+1+1)/(3+1+1), P (3+0+1)/(4+0+1)
    assert rows["MUC"] == pytest.approx((4 / 5, 4 / 5, 4 / 5))
    # B³ R (9/4 + 1/4 + 2 + 2)/8 = 13/16; P (9/5 + 4/5 + 1 + 2)/8 = 7/10
    assert rows["B3"] == pytest.approx((7 / 10, 13 / 16, 2 * 0.7 * 0.8125 / 1.5125))
    # every document's main cluster is "shoot": one group of three, P 5/9, R 1
    assert ev.documents == pytest.approx((5 / 9, 1.0, 10 / 14))


def test_matched_only_drops_what_gold_does_not_annotate(gvc, data):
    corpus = gvc.gvc_corpus(data)
    ec = gvc._ec
    # a system that keeps the incidents apart and adds one event GVC does not annotate
    preds = [[ec.EventMention(g.doc, g.start, g.end, {"C1": "X", "C2": "Y", "C3": "W"}[g.cluster],
                              g.text, g.tokens) for g in row] for row in corpus.golds]  # fmt: skip
    text = corpus.texts[0]
    probe = text.index("investigating")
    extra = ec.EventMention(0, probe, probe + 13, "Z", "investigating")
    assert corpus.in_scope(extra)
    preds[0].append(extra)
    ev = ec.evaluate(corpus.golds, preds, corpus.match, corpus.doc_gold)
    assert ev.documents == pytest.approx((1.0, 1.0, 1.0))
    assert ev.conll < 1.0  # the extra event costs B³ and CEAF-e precision
    rows = {r[0]: r[1:] for r in ev.rows}
    assert rows["MUC"] == pytest.approx((1.0, 1.0, 1.0))  # a singleton: no link to lose
    assert rows["B3"][0] == pytest.approx(8 / 9)
    kept = gvc.matched_only(ev, 3)
    assert [[m.text for m in row] for row in kept] == [
        ["shot", "shot", "died"], ["dies", "shooting", "shot"], ["shot", "shot"]
    ]  # fmt: skip
    alone = ec.evaluate(corpus.golds, kept, corpus.match, corpus.doc_gold)
    assert alone.conll == pytest.approx(1.0) and alone.within == pytest.approx(1.0)


def test_main_runs_kg_and_both_baselines(gvc, data, capsys):
    gvc.main([str(data.parent), "--split", "val"])
    out = capsys.readouterr().out
    assert out.startswith("GVC val (2 incidents;")
    assert "3 docs, 8 gold event mentions" in out
    lines = out.splitlines()
    gold_row = next(x for x in lines if x.startswith("lemma (gold mentions) "))
    assert gold_row.split()[3:6] == ["8", "8", "8"]  # pred, gold, matched
    assert any(x.startswith("kg ") for x in lines)
    assert any(x.startswith("lemma (kg mentions, no topics) ") for x in lines)
    assert "time s: read" in out and "scored on the predictions that match" in out
