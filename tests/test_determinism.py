"""Same articles, same bytes: builds under several hash seeds and worker counts give one
output, file for file, on a corpus written to hit set orders and ties (issue #25).

The byte-identity test of the samples passed while a 28-article BBC build differed with
the hash seed: the samples never gave one speaker two offices. These articles do, again
and again, with the other places where an unordered input or a tie could decide what is
written: one person with two offices quoted in several articles, an envoy whose two
titles differ only in whom they point to, two ministers quoted with the same words (tied
counts), two meetings on one day (tied events), names that differ only in case, a story
told over four days, and a wire text printed twice by two outlets (two equal folds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest

from kg.extract.events import add_responses
from kg.model import DIRECT, PERSON, Actor, Event, Evidence, Participant, Position, Statement

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2025-03-14"
# several seeds, and two workers in one build: a set's order changes with the seed, and
# the worker processes each have their own
RUNS = (("0", 1), ("1", 1), ("2", 1), ("3", 2))

ARTICLES = {
    "01_oslo_talks.txt": """
    Norway and Iran hold talks in Oslo on nuclear programme

    Norway and Iran held talks in Oslo on Monday about Tehran's nuclear programme,
    officials from both countries said.

    Norway's foreign minister Ingrid Solberg said the talks had been "frank and useful"
    and that a second round would follow within weeks.

    "We did not agree on everything, but we agreed to keep talking," Solberg told
    reporters after the meeting.

    Denmark's defence minister Lars Holm, who attended as an observer, said Denmark
    supported the talks.

    Iran's deputy foreign minister Reza Karimi said his country wanted sanctions lifted
    before any deal.
""",
    "02_oslo_talks_followup.txt": """
    Iran rejects Norwegian proposal after Oslo talks

    Iran rejected a Norwegian proposal on Wednesday, two days after talks in Oslo on its
    nuclear programme.

    Norway's foreign secretary Ingrid Solberg said the rejection was "disappointing but
    not the end of the road".

    "Norway will not give up on the talks," Solberg said in a statement.

    Denmark's defence secretary Lars Holm criticised Iran for rejecting the proposal.

    Reza Karimi, Iran's deputy foreign minister, said the proposal ignored the
    sanctions.
""",
    "03_fishing_dispute.txt": """
    Denmark and Norway sign fishing agreement

    Denmark and Norway signed a fishing agreement in Copenhagen on Thursday after months
    of negotiations.

    Denmark's defence minister Lars Holm said the agreement would end the dispute over
    the North Sea quotas.

    "This agreement is good for our fishermen," Holm said.

    Norway's foreign minister Ingrid Solberg welcomed the agreement and said Norway
    would respect the quotas.

    The Danish Fishermen's Association said its members were satisfied.
""",
    "04_protest.txt": """
    Fishermen protest in Bergen against quota deal

    Hundreds of fishermen protested in Bergen on Friday against the fishing agreement
    that Norway signed with Denmark.

    The Norwegian Fishermen's Union said the quotas were unfair to small boats.

    "We were not asked," union leader Kari Dahl told reporters.

    Ingrid Solberg, Norway's foreign secretary, said the government would meet the union
    next week.

    Police said the protest was peaceful.
""",
    "05_case_names.txt": """
    NATO ministers meet in Brussels as Nato criticised over spending

    NATO defence ministers met in Brussels on Tuesday, a day after the Nato secretary
    general was criticised over military spending.

    Denmark's defence minister Lars Holm said Denmark would raise its spending.

    The ACME Shipping group and the Acme Shipping union both said the spending plan
    would help shipyards.

    "Acme Shipping welcomes the decision," a spokesman for ACME SHIPPING said.

    Norway's foreign secretary Ingrid Solberg said Norway would also raise its spending.
""",
    "06_tied_counts.txt": """
    Sweden and Finland criticise Iran over detained sailors

    Sweden and Finland criticised Iran on Thursday over the detention of two sailors.

    Sweden's foreign minister Anna Berg and Finland's foreign minister Mikko Laine both
    demanded the release of the sailors.

    "They must be released at once," Berg said.

    "They must be released at once," Laine said.

    Iran said the sailors had entered its waters illegally.
""",
    "07_tied_events.txt": """
    Two meetings on one day in Oslo and Bergen

    Norway held a meeting with Sweden in Oslo on Tuesday and a meeting with Finland in
    Bergen on Tuesday.

    Ingrid Solberg, Norway's foreign minister, said both meetings were about fishing.

    Anna Berg said Sweden would sign the agreement. Mikko Laine said Finland would sign
    the agreement.

    Fishermen protested in Oslo and fishermen protested in Bergen.
""",
    "08_talks_resume.txt": """
    Norway and Iran resume talks in Oslo

    Norway and Iran resumed talks in Oslo on Thursday after Iran rejected a Norwegian
    proposal last week.

    Norway's foreign secretary Ingrid Solberg said the talks were "back on track".

    "We have a new text on the table," Solberg said.

    Iran's deputy foreign minister Reza Karimi said the sanctions remained the main
    obstacle.

    Denmark's defence secretary Lars Holm said Denmark welcomed the resumed talks.
""",
    "09_envoy.txt": """
    Norwegian envoy summoned in Tehran after talks collapse

    Iran summoned Norway's ambassador to Iran, Erik Haugen, on Saturday after the talks
    in Oslo collapsed.

    Norway's ambassador Erik Haugen said Norway regretted the collapse of the talks.

    "Norway still wants an agreement with Iran," Haugen told reporters in Tehran.
""",
}
# One wire text printed by two outlets on one day: both fold into one text, and either
# could be the one kept if the choice followed an unordered input.
WIRE = ("North Sea Wire", "wire-talks-resume"), ("Fjord Post", "wire-talks-resume-2")


def _text(article: str) -> str:
    """An article as a file holds it: paragraphs on one line each."""
    paragraphs = dedent(article).strip().split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs) + "\n"


def write_corpus(folder: Path) -> Path:
    """The articles as .txt files, and the wire text twice in a JSONL feed."""
    folder.mkdir()
    for name, article in ARTICLES.items():
        (folder / name).write_text(_text(article), encoding="utf-8")
    title, body = _text(ARTICLES["08_talks_resume.txt"]).split("\n\n", 1)
    rows = [
        {"id": id_, "title": title, "source": outlet, "published": "2025-03-13",
         "url": f"https://example.org/{id_}", "text": body}
        for outlet, id_ in WIRE
    ]  # fmt: skip
    (folder / "10_wire.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The corpus built once per run of :data:`RUNS`, every format."""
    tmp = tmp_path_factory.mktemp("determinism")
    corpus = write_corpus(tmp / "corpus")
    outs = []
    for seed, jobs in RUNS:
        out = tmp / f"seed{seed}-jobs{jobs}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1763337600"}
        proc = subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-q",
             "--published", PUBLISHED, "--format", "all", "--jobs", str(jobs)],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    return outs


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_every_file_is_byte_identical_across_hash_seeds_and_workers(builds):
    first, *others = builds
    names = _files(first)
    assert {
        "graph.ttl",
        "graph.nt",
        "graph.trig",
        "graph.jsonld",
        "void.ttl",
        "graph.html",
        "events.md",
        "events.jsonl",
        "events.csv",
        ".kg/state.jsonl.gz",
    } <= set(names)
    for other in others:
        assert _files(other) == names
        differ = [n for n in names if (first / n).read_bytes() != (other / n).read_bytes()]
        assert not differ, f"{other.name} differs from {first.name} in {differ}"


def _rows(folder: Path, table: str) -> dict[str, dict]:
    lines = (folder / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


def test_the_corpus_reaches_the_orders_it_was_written_for(builds):
    """Without these, the identity above would prove nothing."""
    out = builds[0]
    actors = _rows(out, "actors")
    offices = {(p["office"], p["affiliation"], p["toward"])
               for p in actors["ingrid-solberg"]["positions"]}  # fmt: skip
    assert {("foreign minister", "norway", None), ("foreign secretary", "norway", None)} <= offices
    envoy = {(p["office"], p["toward"]) for p in actors["erik-haugen"]["positions"]}
    assert {("ambassador", None), ("ambassador", "iran")} <= envoy
    said = (out / "events.jsonl").read_text(encoding="utf-8")
    assert "through its foreign minister Ingrid Solberg" in said  # the first office sorted
    assert "through its foreign secretary" not in said
    assert "through its ambassador Erik Haugen" in said
    acme = [a for a in actors.values() if a["name"].casefold() == "acme shipping"]
    assert len(acme) == 1  # "ACME Shipping", "Acme Shipping", "ACME SHIPPING": one actor
    texts = {row["doc_id"] for row in _rows(out, "statements").values()}
    # one text printed three times: the earliest, first by id, is kept
    assert "wire-talks-resume" in texts
    assert not {"wire-talks-resume-2", "08_talks_resume"} & texts


def test_an_office_is_picked_from_titles_that_differ_only_in_whom_they_point_to():
    # "Norway's ambassador" and "Norway's ambassador to Iran": sorting the positions
    # themselves compared None with "iran" and stopped the build with a TypeError
    talks = Evidence("d", 0, 5, "talks")
    event = Event("d/0-5", "Negotiate", talks, "talk", mentions=[talks],
                  participants=[Participant("norway", "partner")])  # fmt: skip
    envoy = Actor("erik-haugen", "Erik Haugen", PERSON, positions={
        Position("ambassador", "norway", "iran"), Position("ambassador", "norway")})  # fmt: skip
    st = Statement("d", [Evidence("d", 0, 30, "talks will go on, we are sure")], DIRECT,
                   speaker="erik-haugen")  # fmt: skip
    st.about_events = [event.id]
    add_responses({event.id: event}, [st], {envoy.id: envoy})
    assert event.participants[0].description == (
        "Said through its ambassador Erik Haugen: “talks will go on, we are sure”."
    )
