"""Stock tickers in wire copy are cut before the parse (issue 19).

Reuters puts a firm's ticker after its name: "Volkswagen AG (VOWG_p.DE)", "BP Plc
(BP.L)", and the 1987 wire "General Motors Corp <GM>", which also marks a name with no
ticker in angle brackets: "<Airbus Industrie>". The parser read them as words of the
sentence: 141 of 1,214 actors of 200 Reuters articles were named like "Rolls Royce
Plc>" or "REED.L>", and titles ended on "<NWBL.L". The ingest cuts them out of the text
the parse reads; every offset still points at the same characters of the text as given.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ingest import assert_segments_exact, read

from kg import nlp
from kg.extract import extract_document
from kg.ingest import clean_text


@pytest.mark.parametrize(
    ("source", "clean"),
    [
        ("Volkswagen AG (VOWG_p.DE) said sales fell.", "Volkswagen AG said sales fell."),
        ("Shares of BP Plc (BP.L) and Royal Bank of Canada (RY.TO) rose.",
         "Shares of BP Plc and Royal Bank of Canada rose."),
        ("Ford Motor Co <F> and Chrysler Corp <C.N>, its rival, cut prices.",
         "Ford Motor Co and Chrysler Corp, its rival, cut prices."),
        ("It sold the unit to <Airbus Industrie> for 40 mln dlrs.",
         "It sold the unit to Airbus Industrie for 40 mln dlrs."),
        ("It bought Control Data Corp's <CDA> MedTec unit.",
         "It bought Control Data Corp's MedTec unit."),
    ],
)  # fmt: skip
def test_tickers_and_name_brackets_are_cut(source: str, clean: str) -> None:
    text, segments, _ = clean_text(source)
    assert text == clean
    for at, source_at, length in segments:  # each run is the source's own characters
        assert text[at : at + length] == source[source_at : source_at + length]


@pytest.mark.parametrize(
    ("source", "clean"),
    [
        ("Exports to the United States (U.S) fell, Volkswagen AG <VOWG.F> said.",
         "Exports to the United States (U.S) fell, Volkswagen AG said."),
        ("The European Community (EC) and the agency (AP) said BP (BP.L) would pay.",
         "The European Community (EC) and the agency (AP) said BP would pay."),
        ("Prices rose (1.5 pct) in March, and x < 5 while y > 3 at Fiat <FIAT.MI>.",
         "Prices rose (1.5 pct) in March, and x < 5 while y > 3 at Fiat ."),
    ],
)  # fmt: skip
def test_initials_figures_and_comparisons_stay(source: str, clean: str) -> None:
    assert clean_text(source)[0] == clean


def test_a_ticker_before_a_full_stop_leaves_the_sentence_end() -> None:
    # "Pfizer Inc." would read as one abbreviation and run into the next sentence
    source = "It makes the drug under licence from Pfizer Inc <PFE>. The firm said sales rose."
    text = clean_text(source)[0]
    doc = next(nlp.parse([text]))
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]
    assert "PFE" not in text


WIRE = (
    "Commerzbank AG (CBKG.DE) said it agreed to buy a 20 pct stake in <Berliner Handels "
    "Bank> from BP Plc (BP.L) for 300 mln marks.\n"
    "Volkswagen AG <VOWG.F> said it would cut 4,000 jobs at its plant in Wolfsburg, "
    "and General Motors Corp <GM> said it would close a plant in Ohio."
)


def test_no_actor_or_title_holds_a_ticker_and_evidence_points_at_the_source(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "wire-1", "published": "1987-03-02", "text": WIRE}) + "\n")
    docs, errors = read(path)
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert_segments_exact(doc)
    result = extract_document(next(nlp.parse([doc.text])), doc)
    marks = ("<", ">", "CBKG", "BP.L", "VOWG", "(GM", "GM>")
    names = [m.name for m in result.actors]
    assert not [n for n in names if any(k in n for k in marks)], names
    assert "Berliner Handels Bank" in names, names
    titles = [e.title for e in result.events]
    assert titles and not [t for t in titles if any(k in t for k in marks)], titles
    for m in result.actors:  # offsets into the text as given hold the words read
        assert WIRE[m.evidence.start : m.evidence.end] == m.evidence.text
