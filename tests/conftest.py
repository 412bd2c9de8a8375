"""Shared test fixtures.

``news_result`` is a small hand-built :class:`kg.model.BuildResult`: two wire-style
articles about EU–Japan trade talks in Geneva (actors, a direct and an indirect quote,
events with a relation) plus a hostile one whose actor name, quote, event title,
relation rationale and statement channel carry HTML/JS payloads, so exporters can show
they are escaped. A payload that runs sets ``window.__pwned``. Statements carry their
type, time said, channel and the actors they are about, set by hand here so exporter
tests do not depend on what the extractor currently fills in.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from kg.model import (
    ASSERTED,
    COUNTRY,
    DIRECT,
    GROUP,
    INDIRECT,
    MIXED,
    ORGANISATION,
    PERSON,
    PLACE,
    REPORTED,
    Actor,
    BuildResult,
    Document,
    Event,
    Evidence,
    Participant,
    Relation,
    Statement,
    TimeValue,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATE = "2026-11-12"  # the batch date of the .txt/.md samples (samples/README.md)


def need_tool(name: str, hint: str = "") -> str:
    """The tool's path; a skip when it is missing, a failure under KG_REQUIRE_TOOLS
    (set by CI, where every tool must be there)."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("KG_REQUIRE_TOOLS"):
            pytest.fail(f"{name} is required (KG_REQUIRE_TOOLS is set) but not installed")
        pytest.skip(f"{name} not installed{f' ({hint})' if hint else ''}")
    return path


def rapper_count(path: Path, syntax: str = "turtle") -> int:
    """Parse ``path`` with rapper (raptor2, a strict parser) and return its triple count;
    fails on any error or warning (rapper prints only progress on stderr otherwise)."""
    rapper = need_tool("rapper", "Debian: raptor2-utils")
    proc = subprocess.run([rapper, "-i", syntax, "-c", str(path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    info = re.compile(r"rapper: (Parsing URI .* with parser \w+|Parsing returned \d+ triples)")
    problems = [line for line in proc.stderr.splitlines() if line and not info.fullmatch(line)]
    assert not problems, "\n".join(problems)
    return int(re.search(r"Parsing returned (\d+) triples", proc.stderr)[1])


def free_port() -> int:
    """A TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(handler: type) -> Iterator[int]:
    """A stand-in HTTP server on a free loopback port (its port), shut down afterwards.

    For tests that check what kg sends (or that it sends nothing) without a real store.
    """
    from http.server import ThreadingHTTPServer
    from threading import Thread

    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running(
    command: list[str], log_path: Path, ready: Callable[[], object], what: str, *,
    errors: tuple[type[BaseException], ...] = (OSError,), cwd: Path | None = None,
    start_timeout: float = 30, stop_timeout: float = 10,
) -> Iterator[subprocess.Popen]:
    """A server process on loopback for the length of a test: started, polled with
    ``ready()`` until it answers (a failure showing its log if it dies or takes too
    long), then stopped, killed if it will not stop."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + start_timeout
            while True:
                try:
                    ready()
                    break
                except errors:
                    if process.poll() is not None or time.monotonic() > deadline:
                        log.flush()
                        output = log_path.read_text(errors="replace")
                        pytest.fail(f"{what} did not start:\n{output[-3000:]}")
                    time.sleep(0.05)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled samples built once per test session: (result, output folder)."""
    import kg

    out = tmp_path_factory.mktemp("samples-out")
    return kg.build([ROOT / "samples"], out, published=date.fromisoformat(SAMPLE_DATE)), out


HOSTILE_NAME = "<script>window.__pwned=1</script>"
HOSTILE_QUOTE = (
    '<img src=x onerror="window.__pwned=2"> was "></div><b> only the beginning & more would follow'
)
HOSTILE_TITLE = "Protest outside the talks </script><script>window.__pwned=3</script>"
HOSTILE_SUMMARY = 'Protesters gathered. <img src=x onerror="window.__pwned=4">'
HOSTILE_RATIONALE = 'Same place, next day. "><script>window.__pwned=5</script>'
HOSTILE_ALIAS = '<a href="javascript:window.__pwned=6">the group</a>'
HOSTILE_CHANNEL = 'on <svg onload="window.__pwned=7"></svg> X'
HOSTILE_STRINGS = (
    HOSTILE_NAME,
    HOSTILE_QUOTE,
    HOSTILE_TITLE,
    HOSTILE_SUMMARY,
    HOSTILE_RATIONALE,
    HOSTILE_ALIAS,
    HOSTILE_CHANNEL,
)

TALKS_TEXT = (
    "GENEVA, May 12 - The European Union and Japan agreed on Monday to cut tariffs on "
    "cars and machine tools after two days of talks in Geneva hosted by Switzerland. "
    '"We have closed the gaps that mattered most to our exporters," EU trade '
    "commissioner Maria Lindqvist told reporters after the meeting. Japan's trade "
    "minister Kenji Okada said the deal would be signed in July. The World Trade "
    "Organization was not involved in the talks."
)
PROTEST_TEXT = (
    f"GENEVA, May 13 - A group calling itself {HOSTILE_NAME} claimed a protest outside "
    f"the venue of the EU-Japan talks. The group said {HOSTILE_QUOTE}."
)


def word_types(text: str, word: str, published: date = date(2025, 3, 14)) -> list[str]:
    """The types of the events a word of ``text`` is a mention of, one per event: the
    word-sense tests ask what kind of happening a word tells in its sentence."""
    from kg import nlp
    from kg.extract import extract_document

    document = Document(id="doc", text=text, source_text=text, published=published)
    found = extract_document(next(nlp.parse([text])), document).events
    return [e.type for e in found if any(m.text == word for m in e.mentions)]


def load_bench(file: str) -> ModuleType:
    """A script of bench/ as a module, so tests can call its scoring functions."""
    path = Path(__file__).resolve().parent.parent / "bench" / file
    spec = importlib.util.spec_from_file_location(f"{path.stem}_bench", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def conll_text(rows: list[tuple[str, int, list[str]]]) -> str:
    """A MEANTIME-style CoNLL file from ``(document, sentence, ["token coref", …])`` rows."""
    lines: list[str] = []
    last = None
    for doc, sent, tokens in rows:
        if doc != last:
            if last is not None:
                lines.append("#end document")
            lines.append(f"#begin document ({doc}); part 0")
            last = doc
        for i, cell in enumerate(tokens):
            token, col = cell.split(" ", 1)
            lines.append(f"{doc}\t{sent}\t{i}\t{token}\t{col}")
        lines.append("")
    lines.append("#end document")
    return "\n".join(lines) + "\n"


def ecb_head(name: str, sentences: list[list[str]], markables) -> list[str]:
    """The start of an ECB+ XML file: its tokens, then ``<Markables>`` with anchored
    mentions ``(tag, m_id, [t_id, …])``; the caller adds descriptors and relations."""
    lines = [f'<Document doc_name="{name}" doc_id="DOC1">']
    t_id = 0
    for s, tokens in enumerate(sentences):
        for n, tok in enumerate(tokens):
            t_id += 1
            lines.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{tok}</token>')
    lines.append("<Markables>")
    for tag, m_id, anchors in markables:
        lines.append(f'<{tag} m_id="{m_id}"  >')
        lines += [f'  <token_anchor t_id="{a}"/>' for a in anchors]
        lines.append(f"</{tag}>")
    return lines


def _span(doc: Document, fragment: str) -> Evidence:
    """Evidence for the first occurrence of ``fragment`` in ``doc``."""
    start = doc.source_text.index(fragment)
    return Evidence(doc.id, start, start + len(fragment), fragment)


@pytest.fixture
def news_result() -> BuildResult:
    """A small, realistic build result with hostile strings in every text field."""
    talks = Document(
        id="wire-2025-05-12-eu-japan",
        text=TALKS_TEXT,
        source_text=TALKS_TEXT,
        title="EU and Japan agree to cut car tariffs after Geneva talks",
        outlet="Example Wire",
        published=date(2025, 5, 12),
    )
    protest = Document(
        id="blog-2025-05-13-protest",
        text=PROTEST_TEXT,
        source_text=PROTEST_TEXT,
        title=f"Group {HOSTILE_NAME} claims Geneva protest",
        outlet="Example Blog",
        published=date(2025, 5, 13),
    )

    def actor(actor_id: str, name: str, kind: str, *spans: Evidence, **extra) -> Actor:
        return Actor(id=actor_id, name=name, kind=kind, mentions=list(spans), **extra)

    actors = [
        actor(
            "european-union",
            "European Union",
            ORGANISATION,
            _span(talks, "European Union"),
            _span(talks, "EU"),
            _span(protest, "EU"),
            aliases={"EU", "the EU", "the bloc", "EU27", "the Union", "Brussels"},
            wikidata="Q458",
        ),
        actor("japan", "Japan", COUNTRY, _span(talks, "Japan"), _span(protest, "Japan")),
        actor(
            "maria-lindqvist",
            "Maria Lindqvist",
            PERSON,
            _span(talks, "Maria Lindqvist"),
            titles={"EU trade commissioner"},
        ),
        actor(
            "kenji-okada",
            "Kenji Okada",
            PERSON,
            _span(talks, "Kenji Okada"),
            titles={"trade minister", "Japan's trade minister"},
        ),
        actor("geneva", "Geneva", PLACE, _span(talks, "GENEVA"), _span(protest, "GENEVA")),
        actor("switzerland", "Switzerland", COUNTRY, _span(talks, "Switzerland")),
        actor(
            "world-trade-organization",
            "World Trade Organization",
            ORGANISATION,
            _span(talks, "World Trade Organization"),
        ),
        actor(
            "hostile-group",
            HOSTILE_NAME,
            GROUP,
            _span(protest, HOSTILE_NAME),
            aliases={HOSTILE_ALIAS},
        ),
    ]

    talks_event = Event(
        id="e-talks",
        type="negotiate",
        trigger=_span(talks, "talks"),
        lemma="talk",
        title="EU and Japan hold trade talks in Geneva",
        summary="Two days of talks between the European Union and Japan, hosted by "
        "Switzerland in Geneva.",
        participants=[
            Participant("european-union", "agent", "The EU negotiated with Japan."),
            Participant("japan", "partner", "Japan negotiated with the EU."),
            Participant("switzerland", "host", "Switzerland hosted the talks."),
            Participant("geneva", "location"),
        ],
        time=TimeValue("two days", date(2025, 5, 11), date(2025, 5, 12), "day"),
        place="geneva",
        factuality=ASSERTED,
        sources=[talks.id],
    )
    deal_event = Event(
        id="e-deal",
        type="agree",
        trigger=_span(talks, "agreed"),
        lemma="agree",
        title="EU and Japan agree to cut tariffs on cars and machine tools",
        summary="The EU and Japan agreed to cut tariffs on cars and machine tools; the "
        "deal is to be signed in July.",
        participants=[
            Participant("european-union", "agent", "The EU agreed to cut tariffs."),
            Participant("japan", "agent", "Japan agreed to cut tariffs."),
        ],
        time=TimeValue("on Monday", date(2025, 5, 12), date(2025, 5, 12), "day"),
        factuality=ASSERTED,
        sources=[talks.id, protest.id],
    )
    protest_event = Event(
        id="e-protest",
        type="protest",
        trigger=_span(protest, "protest"),
        lemma="protest",
        title=HOSTILE_TITLE,
        summary=HOSTILE_SUMMARY,
        participants=[Participant("hostile-group", "agent", HOSTILE_QUOTE)],
        time=TimeValue("May 13", date(2025, 5, 13), date(2025, 5, 13), "day"),
        place="geneva",
        factuality=REPORTED,
        sources=[protest.id],
    )

    statements = [
        Statement(
            doc_id=talks.id,
            content=[_span(talks, "We have closed the gaps that mattered most to our exporters")],
            kind=DIRECT,
            speaker_mention=_span(talks, "Maria Lindqvist"),
            speaker="maria-lindqvist",
            speaker_name="Maria Lindqvist",
            cue=_span(talks, "told"),
            addressee="reporters",
            about_events=["e-deal"],
            type="claim",
            time=TimeValue("after the meeting", date(2025, 5, 12), date(2025, 5, 12), "day"),
            about_actors=["european-union", "japan"],
        ),
        Statement(
            doc_id=talks.id,
            content=[_span(talks, "the deal would be signed in July")],
            kind=INDIRECT,
            speaker_mention=_span(talks, "Kenji Okada"),
            speaker="kenji-okada",
            speaker_name="Kenji Okada",
            cue=_span(talks, "said"),
            about_events=["e-deal"],
            type="announcement",
            channel="in a statement",
            time=TimeValue("in May", date(2025, 5, 1), date(2025, 5, 31), "month"),
            # an about-actor that resolution did not turn into an actor: exporters skip it
            about_actors=["japan", "the carmakers"],
        ),
        Statement(
            doc_id=protest.id,
            content=[_span(protest, HOSTILE_QUOTE)],
            kind=MIXED,
            speaker_mention=_span(protest, "The group"),
            speaker="hostile-group",
            speaker_name=HOSTILE_NAME,
            cue=_span(protest, "said"),
            relay=HOSTILE_NAME,
            about_events=["e-protest"],
            type="warning",
            channel=HOSTILE_CHANNEL,
            about_actors=["hostile-group", "european-union"],
        ),
    ]
    relations = [
        Relation(
            "e-talks",
            "e-deal",
            "cause",
            0.86,
            "The agreement was announced at the close of the talks, by the same parties.",
        ),
        Relation("e-protest", "e-talks", "response_to", 0.41, HOSTILE_RATIONALE),
    ]
    return BuildResult(
        documents=[talks, protest],
        actors={a.id: a for a in actors},
        statements=statements,
        events={e.id: e for e in (talks_event, deal_event, protest_event)},
        relations=relations,
    )


@pytest.fixture
def chrome(tmp_path: Path):
    """A headless Chromium (bench/view_scale.py's set-up) with console logs; a skip when
    it is missing, a failure under KG_REQUIRE_TOOLS."""
    bench = sys.modules.get("view_scale_bench") or load_bench("view_scale.py")
    if not (os.path.exists(bench.CHROMIUM) and os.path.exists(bench.CHROMEDRIVER)):
        if os.environ.get("KG_REQUIRE_TOOLS"):
            pytest.fail("chromium and chromedriver are required (KG_REQUIRE_TOOLS is set)")
        pytest.skip("needs /usr/bin/chromium and /usr/bin/chromedriver")
    if not os.environ.get("KG_REQUIRE_TOOLS"):
        pytest.importorskip("selenium.webdriver")
    driver = bench.chrome(tmp_path / "chrome-profile", logs=True)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chrome-profile", ignore_errors=True)
