"""Time the interactive view (graph.html) at thousands of nodes, whole or cut.

Usage: python bench/view_scale.py [--nodes 5000[,10000...] | --articles 20000[,...]]
       [--max-nodes N] [--browser] [--out DIR] [--seed N]

A real build of thousands of articles takes many minutes and what it yields depends on
the extractor of the day, so the graph here is synthetic but shaped like a build of
news: about a third each of actors, events and statements; actors drawn with a
long-tailed popularity (a few hubs, many actors seen once); one to three participants
per event and a place for half of them; 15 % undated events; the factuality mix of the
samples; relations and conflicts between events; and documents whose text holds every
mention at its offsets, so tooltips and cards show real evidence sentences. Four events
per article: ``--articles 20000`` is a graph of about 235,000 nodes (all of Reuters,
17,000 articles, gave a page of 374 MB before the view was cut by default).

``--max-nodes`` is passed to write_html: left out, the view's default cut
(``kg.export.html.DEFAULT_MAX_NODES``); ``0``, the whole graph.

For each size it prints the graph's nodes, the nodes and edges on the page, the seconds
to write the page and its size in MB. With ``--browser`` (Debian's chromium and
chromedriver in /usr/bin) it opens the page from disk in headless Chromium and adds: the
time until vis-network has drawn (the page's ``afterDrawing`` hook, on the page's clock
from the start of navigation; "> 120" if it has not drawn after two minutes), the time
for a filter to apply and redraw (hiding the statements, then showing them again; event
types "none"; a date range), a search, the first event card, and one full redraw of the
canvas with the whole graph in view. It fails on any console error. Headless Chromium
draws without a GPU, so a desktop browser is faster than this.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from itertools import accumulate, chain, islice
from pathlib import Path
from string import ascii_uppercase

from kg.export.html import write_html
from kg.link import RELATION_TYPES
from kg.model import (
    ACTOR_KINDS,
    COUNTRY,
    DIRECT,
    FACTUALITIES,
    GROUP,
    INDIRECT,
    MIXED,
    ORGANISATION,
    PERSON,
    PLACE,
    STATEMENT_TYPES,
    Actor,
    BuildResult,
    Conflict,
    Document,
    Event,
    Evidence,
    Participant,
    Position,
    Relation,
    Statement,
    TimeValue,
)
from kg.taxonomy import EVENT_TYPES

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _names(text: str, sep: str = " ") -> list[str]:
    """A word list written as one string (easier to read and extend than a list)."""
    return text.split(sep)


FIRST = _names(
    "Maria Kenji Amira Lars Sofia Omar Elena Jonas Priya Mateo Leila Tomasz Hana Diego "
    "Ingrid Yusuf Chloe Ravi Nadia Pieter Aiko Samuel Irina Kwame Lucia Emre Freya "
    "Tariq Ana Viktor Mei Hugo Zainab Felix Olga Arjun Rosa Malik Clara Ibrahim",
)
LAST = _names(
    "Lindqvist Okada Haddad Becker Rossi Farouk Petrova Vogel Sharma Alvarez Nasser "
    "Nowak Sato Costa Berg Demir Laurent Iyer Karimi Jansen Tanaka Mensah Volkova Owusu "
    "Moreno Yilmaz Nielsen Rahman Silva Horvat Chen Dubois Abdi Weber Ivanova Mehta "
    "Ortiz Bakr Fischer Aziz",
)
COUNTRIES = _names(
    "Japan;Germany;France;Brazil;India;Kenya;Egypt;Turkey;Poland;Canada;Mexico;Norway;"
    "Ghana;Chile;Spain;Italy;Sweden;Nigeria;Vietnam;Peru;Jordan;Qatar;Austria;Greece;"
    "Morocco;Ukraine;Armenia;Azerbaijan;Georgia;Iran;Iraq;Israel;Lebanon;Syria;Sudan;"
    "Ethiopia;Somalia;Senegal;Mali;Niger;Colombia;Argentina;Bolivia;Cuba;Haiti;"
    "Indonesia;Malaysia;Thailand;Philippines;Pakistan;Bangladesh;Nepal;Mongolia;"
    "Kazakhstan;Finland;Denmark;Ireland;Portugal;Romania;Hungary",
    ";",
)
CITIES = _names(
    "Geneva Vienna Nairobi Lagos Lima Oslo Doha Baku Yerevan Tbilisi Kyiv Cairo Amman "
    "Beirut Dakar Bamako Bogota Quito Hanoi Manila Jakarta Dhaka Almaty Helsinki Lisbon "
    "Athens Warsaw Prague Madrid Rome Milan Lyon Hamburg Osaka Kyoto Mumbai Delhi Accra "
    "Tunis Algiers Khartoum Addis Mogadishu Kabul Karachi Tashkent Minsk Riga Tallinn "
    "Sofia",
)
ORG_HEADS = ("Ministry of", "Council for", "Agency for", "Office of", "Institute for")
ORG_FIELDS = _names(
    "Trade Energy Health Defence Finance Transport Labour Justice Water Education "
    "Climate Mining Fisheries Culture Housing Tourism Security Aviation Shipping "
    "Agriculture",
)
GROUP_WORDS = _names(
    "Front Movement Alliance Coalition Brigade Union Collective Network Committee Guard",
)
ROLES = ("agent", "agent", "patient", "partner", "host", "mediator")
WHAT = {  # type -> what the participants did, for titles and sentences
    "Negotiate": "held talks",
    "Agree": "agreed on a deal",
    "Consult": "met",
    "UseOfForce": "launched strikes",
    "Protest": "protested",
    "Demand": "demanded talks",
    "Threaten": "threatened sanctions",
    "Sanction": "imposed sanctions",
    "Aid": "sent aid",
    "Election": "held a vote",
    "Arrest": "arrested suspects",
    "Ceasefire": "agreed a ceasefire",
    "Movement": "travelled",
    "Business": "signed a contract",
}
FACTUALITY_MIX = (40, 25, 10, 15, 10)  # asserted, reported, planned, hypothetical, negated
QUOTES = (
    "We have closed the gaps that mattered most",
    "This is not the end of the process",
    "Nobody should expect a quick result",
    "The talks were frank and useful",
    "We will respond in kind if this continues",
    "Our position has not changed",
    "There is still a long way to go",
    "The offer on the table is fair",
)


class _Text:
    """A document's text, written sentence by sentence, with evidence for each span."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.parts: list[str] = []
        self.size = 0

    def add(self, *pieces: str) -> list[Evidence]:
        """Append one sentence made of ``pieces``; evidence for every odd piece."""
        out = []
        for i, piece in enumerate(pieces):
            if i % 2:
                out.append(Evidence(self.doc_id, self.size, self.size + len(piece), piece))
            self.parts.append(piece)
            self.size += len(piece)
        self.parts.append(" ")
        self.size += 1
        return out


def synthesize(nodes: int = 5000, seed: int = 7) -> BuildResult:
    """A BuildResult of about ``nodes`` nodes, shaped like a build of news articles."""
    rng = random.Random(seed)
    n_actors, n_events = round(nodes * 0.34), round(nodes * 0.34)
    n_statements = nodes - n_actors - n_events
    n_docs = max(1, n_events // 4)
    start = date(2025, 1, 1)
    days = [start + timedelta(days=rng.randrange(365)) for _ in range(n_docs)]
    docs = [f"wire-{days[i].isoformat()}-{i:05d}" for i in range(n_docs)]
    texts = {d: _Text(d) for d in docs}
    for d in docs:
        texts[d].add("NEWSROOM - The following report was compiled from several sources.")

    actors = _actors(rng, n_actors)
    ids = list(actors)
    # long tail; cumulative weights made once (rng.choices sums plain weights per call)
    weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(ids))))
    unused = ids[:]
    rng.shuffle(unused)
    people = [a for a in ids if actors[a].kind == PERSON] or ids
    places = [a for a in ids if actors[a].kind == PLACE]

    speaker_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(people))))

    def popular() -> str:
        return rng.choices(ids, cum_weights=weights)[0]

    types = list(EVENT_TYPES)
    events: dict[str, Event] = {}
    by_doc: dict[str, list[str]] = {d: [] for d in docs}
    for i in range(n_events):
        doc = docs[i % n_docs]
        kind = rng.choice(types[:14]) if rng.random() < 0.8 else rng.choice(types)
        who = [popular()] + ([unused.pop()] if unused else [])
        if rng.random() < 0.35:
            who.append(popular())
        who = [a for a in dict.fromkeys(who) if actors[a].kind != PLACE] or [who[0]]
        place = rng.choice(places) if places and rng.random() < 0.5 else None
        what = WHAT.get(kind, f"took part in a {EVENT_TYPES[kind][0]}")
        names = " and ".join(actors[a].name for a in who[:2])
        title = f"{names} {what}" + (f" in {actors[place].name}" if place else "")
        verb, *rest = what.split()
        pieces = []  # even pieces are plain text, odd ones the spans to point at
        for j, a in enumerate(who[:2]):
            pieces += [" and " if j else "", actors[a].name]
        pieces += [" ", verb, "".join(f" {w}" for w in rest) + (" in " if place else ".")]
        if place:
            pieces += [actors[place].name, "."]
        spans = texts[doc].add(*pieces)
        trigger = spans[len(who[:2])]
        for a, ev in zip(who[:2], spans, strict=False):
            actors[a].mentions.append(ev)
        if place:
            actors[place].mentions.append(spans[-1])
        sources, mentions = [doc], [trigger]
        if rng.random() < 0.2:  # merged: reported by another outlet too
            other = docs[rng.randrange(n_docs)]
            if other != doc:
                again = texts[other].add(f"Earlier, {names} ", verb, " as expected.")
                sources.append(other)
                mentions.append(again[0])
        when = None
        r = rng.random()
        day = days[i % n_docs] - timedelta(days=rng.randrange(4))
        if r < 0.75:
            when = TimeValue("on " + day.strftime("%A"), day, day, "day")
        elif r < 0.85:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            when = TimeValue("in " + day.strftime("%B"), first, last, "month")
        factuality = rng.choices(FACTUALITIES, FACTUALITY_MIX)[0]
        event_id = f"e-{i:05d}"
        participants = [
            Participant(a, ROLES[0] if j == 0 else rng.choice(ROLES), f"{actors[a].name} {what}.")
            for j, a in enumerate(who)
        ]
        if place:
            participants.append(Participant(place, "location"))
        events[event_id] = Event(
            id=event_id,
            type=kind,
            trigger=trigger,
            lemma=verb,
            mentions=mentions,
            title=title,
            summary=f"{title}, according to {len(sources)} report(s). " + rng.choice(QUOTES) + ".",
            participants=participants,
            time=when,
            place=place,
            factuality=factuality,
            sources=sources,
            merge_rationale="Same participants and day in both reports."
            if len(sources) > 1
            else "",
        )
        by_doc[doc].append(event_id)

    statements = []
    for i in range(n_statements):
        doc = docs[i % n_docs]
        speaker = rng.choices(people, cum_weights=speaker_weights)[0]
        quote = rng.choice(QUOTES)
        cue = rng.choice(("said", "told reporters", "warned", "added"))
        content, name, said = texts[doc].add('"', quote, '," ', actors[speaker].name, " ", cue, ".")
        actors[speaker].mentions.append(name)
        about = [rng.choice(by_doc[doc])] if by_doc[doc] and rng.random() < 0.85 else []
        statements.append(
            Statement(
                doc_id=doc,
                content=[content],
                kind=rng.choice((DIRECT, DIRECT, INDIRECT, MIXED)),
                speaker_mention=name,
                speaker=speaker,
                speaker_name=actors[speaker].name,
                cue=said,
                about_events=about,
                type=rng.choice(STATEMENT_TYPES),
                channel=rng.choice((None, None, "in a statement", "on X", "in an interview")),
                time=TimeValue("", days[i % n_docs], days[i % n_docs], "day"),
                about_actors=[p.actor for e in about for p in events[e].participants][:3],
            )
        )
    for a in ids:  # still unmentioned: one line each, so no actor lacks evidence
        if not actors[a].mentions:
            doc = docs[rng.randrange(n_docs)]
            actors[a].mentions += texts[doc].add("The report also named ", actors[a].name, ".")

    relations, conflicts = _links(rng, events, statements)
    documents = [
        Document(
            id=d,
            text="".join(texts[d].parts),
            source_text="".join(texts[d].parts),
            title=f"Report {i}: " + (events[by_doc[d][0]].title if by_doc[d] else "news"),
            outlet=rng.choice(("Example Wire", "Daily Example", "Example Broadcast")),
            published=days[i],
        )
        for i, d in enumerate(docs)
    ]
    return BuildResult(
        documents=documents,
        actors=actors,
        statements=statements,
        events=events,
        relations=relations,
        conflicts=conflicts,
    )


def _actors(rng: random.Random, count: int) -> dict[str, Actor]:
    """``count`` actors with unique names: people, organisations, countries, groups, places."""
    mix = {PERSON: 0.45, ORGANISATION: 0.22, COUNTRY: 0.08, GROUP: 0.1, PLACE: 0.15}
    names: dict[str, list[str]] = {
        PERSON: [f"{f} {last}" for last in LAST for f in FIRST],
        ORGANISATION: [f"{h} {f}" for f in ORG_FIELDS for h in ORG_HEADS]
        + [f"{c} {f} Authority" for f in ORG_FIELDS for c in CITIES],
        COUNTRY: list(COUNTRIES),
        GROUP: [f"{c} {w}" for w in GROUP_WORDS for c in (*CITIES, *LAST)],
        PLACE: list(CITIES)
        + [f"{c} {w}" for w in ("Province", "District", "Valley") for c in (*LAST, *CITIES)],
    }
    for pool in names.values():
        rng.shuffle(pool)
    need = count - sum(len(pool) for pool in names.values())
    if need > 0:  # thousands of articles: more people, told apart by middle initials
        initials = [f"{m}." for m in ascii_uppercase]
        more = chain(
            (f"{f} {m} {last}" for m in initials for last in LAST for f in FIRST),
            (
                f"{f} {m} {n} {last}"
                for m in initials
                for n in initials
                for last in LAST
                for f in FIRST
            ),
        )
        extra = list(islice(more, need))
        rng.shuffle(extra)
        names[PERSON] = extra + names[PERSON]  # popped from the end: plain names first
    kinds = [k for k in ACTOR_KINDS if names[k]]
    actors: dict[str, Actor] = {}
    while len(actors) < count and kinds:
        kind = rng.choices(kinds, [mix[k] for k in kinds])[0]
        name = names[kind].pop()
        if not names[kind]:  # e.g. no country left: the others fill up
            kinds.remove(kind)
        actor_id = "-".join(name.lower().split())
        actors[actor_id] = Actor(id=actor_id, name=name, kind=kind)
        if kind == PERSON and rng.random() < 0.4:
            actors[actor_id].titles.add(rng.choice(("minister", "spokesperson", "envoy")))
        if kind == COUNTRY:
            actors[actor_id].aliases.add(name.upper()[:3])
    orgs = [a for a in actors.values() if a.kind in (ORGANISATION, COUNTRY)]
    for a in actors.values():  # some people serve an organisation or country ("of" edges)
        if a.kind == PERSON and orgs and rng.random() < 0.3:
            a.positions.add(Position(next(iter(a.titles), "official"), rng.choice(orgs).id))
    return actors


def _links(
    rng: random.Random, events: dict[str, Event], statements: list[Statement]
) -> tuple[list[Relation], list[Conflict]]:
    """Relations between nearby events (as the linker finds them in one story) and
    conflicts between two statements about one event."""
    ids = list(events)
    kinds = list(RELATION_TYPES)
    relations = []
    for i, event_id in enumerate(ids):
        if i and rng.random() < 0.35:
            other = ids[max(0, i - rng.randint(1, 12))]
            if other != event_id:
                kind = rng.choice(kinds)
                relations.append(
                    Relation(
                        other,
                        event_id,
                        kind,
                        round(rng.uniform(0.3, 0.95), 3),
                        f"Shared participants; the {EVENT_TYPES[events[other].type][0]} came "
                        f"{rng.randint(1, 9)} days before the "
                        f"{EVENT_TYPES[events[event_id].type][0]}.",
                    )
                )
    about: dict[str, list[Statement]] = {}
    for st in statements:
        for e in st.about_events:
            about.setdefault(e, []).append(st)
    conflicts = [
        Conflict(e, said[0].id, said[1].id, 0.6, "One account says progress, the other none.")
        for e, said in about.items()
        if len(said) > 1 and rng.random() < 0.1
    ]
    return relations, conflicts


def chrome(profile: Path, logs: bool = False):
    """Headless Chromium as every browser run of the view has it (this bench and
    tests/test_view.py): no GPU, no background network, a fresh profile in ``profile``;
    ``logs`` keeps the console and network logs the tests read."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def _browser(page: Path) -> dict[str, float]:
    """Seconds and milliseconds measured in headless Chromium (see the module docstring)."""
    profile = Path(tempfile.mkdtemp(prefix="kg-view-bench-"))
    driver = chrome(profile)
    out: dict[str, float] = {}
    try:
        from selenium.common.exceptions import TimeoutException

        driver.get("about:blank")
        driver.set_page_load_timeout(DRAW_TIMEOUT)
        t0 = time.perf_counter()
        try:
            driver.get(page.as_uri())
        except TimeoutException as e:  # a page of hundreds of MB: not even loaded
            raise TimeoutError(f"{page} did not load in {DRAW_TIMEOUT} s") from e
        _wait(driver, "return window.kgDrawn === true", DRAW_TIMEOUT)
        out["draw_wall_s"] = time.perf_counter() - t0  # incl. WebDriver polling
        out["draw_page_s"] = driver.execute_script("return window.kgFirstDrawMs") / 1000

        def filtered(script: str) -> float:
            driver.execute_script("window.kgLastFilterMs = null;" + script)
            _wait(driver, "return window.kgLastFilterMs !== null", 60)
            return driver.execute_script("return window.kgLastFilterMs")

        statement = "document.querySelector('input[data-group=kind][value=statement]').click()"
        out["filter_ms"] = filtered(statement)
        out["unfilter_ms"] = filtered(statement)
        out["types_ms"] = filtered(
            "document.querySelector('button[data-bulk=type][data-on=\"0\"]').click()"
        )
        filtered("document.querySelector('button[data-bulk=type][data-on=\"1\"]').click()")
        out["dates_ms"] = filtered(
            "var f = document.getElementById('kg-from'), t = document.getElementById('kg-to');"
            "f.value = '2025-03-01'; t.value = '2025-03-31';"
            "f.dispatchEvent(new Event('change', {bubbles: true}));"
        )
        out["search_ms"] = driver.execute_script(
            "var t = performance.now(); kgSearch(arguments[0]); return performance.now() - t",
            "minister",
        )
        out["card_ms"] = driver.execute_script(
            "var id = nodes.getIds({filter: function (n) { return n.kind === 'event'; }})[0];"
            "var t = performance.now(); kgShowCard(id); return performance.now() - t"
        )
        driver.execute_script("document.getElementById('kg-reset').click(); network.fit();")
        out["redraw_ms"] = driver.execute_script(
            "var t = performance.now(); for (var i = 0; i < 5; i++) { network.redraw(); }"
            "return (performance.now() - t) / 5"
        )
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        if severe:
            raise RuntimeError(f"console errors: {severe[:3]}")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return out


def _wait(driver, script: str, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not driver.execute_script(script):
        if time.perf_counter() > end:
            raise TimeoutError(script)
        time.sleep(0.01)


NODES_PER_ARTICLE = 4 / 0.34  # synthesize(): a third of the nodes are events, 4 a document
DRAW_TIMEOUT = 120  # seconds


def nodes_for_articles(articles: int) -> int:
    """The ``nodes`` that make synthesize() write about ``articles`` documents."""
    return round(articles * NODES_PER_ARTICLE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--nodes", default="5000", help="comma-separated node counts")
    size.add_argument("--articles", help="comma-separated article counts (4 events each)")
    ap.add_argument(
        "--max-nodes",
        type=int,
        default=None,
        help="write_html's max_nodes (default: the view's default cut; 0: the whole graph)",
    )
    ap.add_argument("--browser", action="store_true", help="also time it in headless Chromium")
    ap.add_argument("--out", type=Path, help="keep the pages in this folder")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.articles:
        sizes = [nodes_for_articles(int(x)) for x in args.articles.split(",")]
    else:
        sizes = [int(x) for x in args.nodes.split(",")]
    folder = args.out or Path(tempfile.mkdtemp(prefix="kg-view-"))
    columns = ["graph", "articles", "nodes", "edges", "write s", "MB"]
    if args.browser:
        columns += ["drawn s", "filter ms", "unfilter", "types", "dates", "search", "card"]
        columns += ["redraw ms"]
    print(" | ".join(f"{c:>9}" for c in columns))
    print(" | ".join("-" * 9 for _ in columns))
    for n in sizes:
        result = synthesize(n, args.seed)
        path = folder / f"graph-{n}.html"
        t0 = time.perf_counter()
        write_html(result, path, max_nodes=args.max_nodes)
        written = time.perf_counter() - t0
        page = path.read_text(encoding="utf-8")
        # JSON escapes a string's quotes: these keys are the node and edge objects' own
        shown_nodes, shown_edges = page.count('"shape": "'), page.count('"id": "edge:')
        del page
        total = len(result.actors) + len(result.events) + len(result.statements)
        row = [f"{total:,}", f"{len(result.documents):,}", f"{shown_nodes:,}"]
        row += [f"{shown_edges:,}", f"{written:.2f}", f"{path.stat().st_size / 1e6:.1f}"]
        del result
        if args.browser:
            try:
                b = _browser(path)
            except TimeoutError:
                row += [f"> {DRAW_TIMEOUT}"]
            else:
                row += [f"{b['draw_page_s']:.2f}"]
                row += [
                    f"{b[k]:.0f}"
                    for k in ("filter_ms", "unfilter_ms", "types_ms", "dates_ms", "search_ms")
                ]
                row += [f"{b['card_ms']:.1f}", f"{b['redraw_ms']:.0f}"]
        print(" | ".join(f"{c:>9}" for c in row), flush=True)
    if args.out is None:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        "\ngraph: nodes in the build; nodes, edges: on the page; write s: write_html, cut "
        "and layout included; drawn s: navigation start to the first "
        "afterDrawing (page clock); filter/unfilter: hide, then show the statements; types: "
        "event types 'none'; dates: a one-month range (ms from the change to the redraw); "
        "search and card (the first, which parses the cards): the script's own time; redraw "
        "ms: one full canvas draw with the whole graph in view (while dragging or zooming, "
        "edges are hidden and frames cost less).",
    )


if __name__ == "__main__":
    main()
