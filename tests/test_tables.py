"""The JSON Lines tables (kg.export.tables): statements.jsonl from a build and by hand."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

from conftest import HOSTILE_CHANNEL, HOSTILE_QUOTE

from kg.export import writers
from kg.export.tables import statements, to_jsonl
from kg.model import DIRECT, INDIRECT, MIXED, STATEMENT_MODES, STATEMENT_TYPES, BuildResult

ROOT = Path(__file__).resolve().parents[1]
KEYS = {
    "id", "doc_id", "kind", "type", "mode", "text", "content", "speaker", "speaker_name",
    "speaker_mention", "cue", "addressee", "channel", "relay", "time", "about_actors",
    "about_events",
}
SPAN_KEYS = {"start", "end", "text"}


def read_jsonl(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    lines = raw[:-1].split("\n")  # JSON Lines splits on "\n" only
    rows = [json.loads(line) for line in lines]
    for line, row in zip(lines, rows, strict=True):  # canonical: sorted keys, raw UTF-8
        assert line == json.dumps(row, ensure_ascii=False, sort_keys=True)
    return rows


def test_build_writes_statements_jsonl_that_points_into_the_sources(sample_build):
    result, out = sample_build
    assert "statements.jsonl" in writers(("jsonl",))
    assert str(out / "statements.jsonl") in result.files
    rows = read_jsonl(out / "statements.jsonl")
    assert len(rows) == len(result.statements) > 20
    assert [r["id"] for r in rows] == [s.id for s in result.statements]
    sources = {d.id: d.source_text for d in result.documents}
    spans = 0
    for row in rows:
        assert set(row) == KEYS
        src = sources[row["doc_id"]]
        assert row["kind"] in (DIRECT, INDIRECT, MIXED)
        assert row["type"] in STATEMENT_TYPES
        assert row["mode"] in STATEMENT_MODES
        assert row["content"] and row["text"] == " … ".join(p["text"] for p in row["content"])
        for span in [*row["content"], row["speaker_mention"], row["cue"]]:
            if span is None:
                continue
            assert set(span) == SPAN_KEYS
            assert src[span["start"] : span["end"]] == span["text"], (row["id"], span)
            spans += 1
        first = row["content"][0]
        assert row["id"] == f"{row['doc_id']}/{first['start']}-{first['end']}"
        assert row["speaker"] is None or row["speaker"] in result.actors
        assert set(row["about_actors"]) <= set(result.actors)
        assert set(row["about_events"]) <= set(result.events)
        if row["time"] is not None:
            assert set(row["time"]) == {"text", "start", "end", "precision", "duration"}
            for day in (row["time"]["start"], row["time"]["end"]):
                assert day is None or date.fromisoformat(day)
    assert spans > 2 * len(rows)  # content plus speaker mentions and cues were checked
    assert any(r["speaker"] for r in rows) and any(r["cue"] for r in rows)


def test_statement_rows_carry_every_field(news_result: BuildResult):
    rows = list(statements(news_result))
    assert [r["id"] for r in rows] == [s.id for s in news_result.statements]
    lindqvist, okada, hostile = rows
    talks = news_result.documents[0].source_text
    quote = "We have closed the gaps that mattered most to our exporters"
    start = talks.index(quote)
    assert lindqvist == {
        "id": f"wire-2025-05-12-eu-japan/{start}-{start + len(quote)}",
        "doc_id": "wire-2025-05-12-eu-japan",
        "kind": "direct",
        "type": "claim",
        "mode": "speech",
        "text": quote,
        "content": [{"start": start, "end": start + len(quote), "text": quote}],
        "speaker": "maria-lindqvist",
        "speaker_name": "Maria Lindqvist",
        "speaker_mention": {
            "start": talks.index("Maria Lindqvist"),
            "end": talks.index("Maria Lindqvist") + len("Maria Lindqvist"),
            "text": "Maria Lindqvist",
        },
        "cue": {"start": talks.index("told"), "end": talks.index("told") + 4, "text": "told"},
        "addressee": "reporters",
        "channel": None,
        "relay": None,
        "time": {
            "text": "after the meeting",
            "start": "2025-05-12",
            "end": "2025-05-12",
            "precision": "day",
            "duration": None,
        },
        "about_actors": ["european-union", "japan"],
        "about_events": ["e-deal"],
    }
    assert okada["type"] == "announcement" and okada["channel"] == "in a statement"
    assert okada["time"]["start"] == "2025-05-01" and okada["time"]["end"] == "2025-05-31"
    assert okada["about_actors"] == ["japan"]  # "the carmakers" is no actor id: left out
    assert hostile["channel"] == HOSTILE_CHANNEL and hostile["time"] is None
    assert hostile["text"] == HOSTILE_QUOTE  # stored as text: JSON needs no escaping


def test_jsonl_is_one_line_per_row_keeps_unicode_and_is_stable(
    news_result: BuildResult, tmp_path: Path
):
    result = copy.deepcopy(news_result)
    st = result.statements[0]
    st.speaker_name = "Ираклий\u2028Кобахидзе"  # a line separator inside a value
    st.addressee = 'reporters\n"in Geneva"'
    write = writers(("jsonl",))["statements.jsonl"]
    first, second = tmp_path / "a" / "statements.jsonl", tmp_path / "b" / "statements.jsonl"
    write(result, first, None)
    write(result, second, None)
    assert first.read_bytes() == second.read_bytes()
    raw = first.read_text(encoding="utf-8")
    assert raw.count("\n") == len(result.statements)
    assert "Ираклий" in raw  # ensure_ascii=False
    rows = read_jsonl(first)
    assert rows[0]["speaker_name"] == "Ираклий\u2028Кобахидзе"
    assert rows[0]["addressee"] == 'reporters\n"in Geneva"'
    assert to_jsonl([]) == ""
