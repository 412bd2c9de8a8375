"""Two more export shortcuts give what the general path gives (issue 24: export speed).

As in test_export_speed.py, each test pins one shortcut: that it is taken, and that its
output is what the straightforward path makes, on news text we wrote with the hard cases
(quotes inside quotes, a Windows path, line breaks, no-break and zero-width spaces).
"""

from __future__ import annotations

import json
import re

import pytest

from kg.export import rdf, tables

# Literals as a build's labels, quotes and selector contexts hold them.
TEXTS = [
    "Prime Minister Keir Starmer",
    "The chancellor said the budget was 'fair' to working families.",
    'She told MPs: "We will not raise VAT," before leaving the chamber.',
    "the file was saved at C:\\Users\\press\\leak.docx, a source said",
    "ended the speech.\nThe Speaker then called",
    "Votes:\t312 for,\t290 against",
    "control \x07 bell and \x7f delete from a scraped page",
    "Plaid Cymru\u00a0leader (a no-break space)",
    "Brexit\u200bdeal (a zero-width space from a CMS)",
    "line\u2028separator in a pasted quote",
    "Ça ira, said the French minister — « non » to the plan 🇫🇷",
    "",
]


def _reference(text: str) -> str:
    """The literal as the escaping rules say, one character at a time."""
    short = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    out = []
    for c in text:
        if c in short:
            out.append(short[c])
        elif ord(c) < 0x20 or c == "\x7f":
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


@pytest.mark.parametrize("text", TEXTS)
def test_quote_gives_what_escaping_each_character_gives(text: str) -> None:
    assert rdf._quote(text) == _reference(text)


def test_printable_text_is_quoted_without_the_escape_regex(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Printable text with no quote or backslash never reaches the regex; text that
    may need an escape (a line break, a no-break space) still does."""
    asked: list[str] = []

    class Spy:
        def search(self, text: str) -> re.Match | None:
            asked.append(text)
            return re.compile(r'["\\\x00-\x1f\x7f]').search(text)

    monkeypatch.setattr(rdf, "_ESCAPE", Spy())
    plain = "The chancellor said the budget was 'fair' to working families."
    assert rdf._quote(plain) == f'"{plain}"'
    assert asked == []
    assert rdf._quote("ended the speech.\nThe Speaker") == '"ended the speech.\\nThe Speaker"'
    assert rdf._quote("Plaid Cymru\u00a0leader") == '"Plaid Cymru\u00a0leader"'
    assert len(asked) == 2


ROWS = [
    {"id": "e-1", "title": "Starmer’s speech", "score": 0.5, "names": ["Ça", "Zoë"]},
    {"z": None, "a": {"y": 1, "b": [1, 2]}, "quote": 'He said "no"\nthen left'},
]


def test_jsonl_lines_are_json_dumps_with_one_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines are json.dumps' with the table options, and no encoder is made per row."""
    expected = [
        json.dumps(r, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n" for r in ROWS
    ]
    made = []
    init = json.JSONEncoder.__init__

    def counted(self: json.JSONEncoder, *args: object, **kwargs: object) -> None:
        made.append(1)
        init(self, *args, **kwargs)

    monkeypatch.setattr(json.JSONEncoder, "__init__", counted)
    assert list(tables.jsonl_lines(ROWS * 3)) == expected * 3
    assert made == []
    with pytest.raises(ValueError):  # NaN is not JSON: refused, as json.dumps refuses it
        list(tables.jsonl_lines([{"score": float("nan")}]))
