"""The extractors' indexes answer as the scans they replace (issue 24: linear extraction).

A long article made the extractors rescan it per statement, mention or cue; they now
bisect indexes built once per document. Speed is bench/length.py's to show; here each
index is checked against the plain scan it replaced, on a text of our own (invented
people and companies), so that the faster lookups cannot change what is extracted.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator
from collections.abc import Set as AbstractSet
from datetime import date

import pytest

from kg import gazetteer, nlp
from kg.extract import actors, event_groups, events, extract_document, statements
from kg.extract.actors import ActorIndex
from kg.extract.tokens import entities_in
from kg.model import PLACE, Document

TEXT = (
    "LISBON (Reuters) - Finance Minister Petra Novak said on Monday that the government "
    "would cut fuel taxes before the winter. \u201cWe will not wait for the spring,\u201d she "
    "told reporters in Lisbon.\n\n"
    "Aurora Airlines, the country's largest carrier, said its pilots had agreed to a new "
    "contract. The airline expects ticket prices to fall, according to the Lisbon Daily. "
    "The company's chief executive, Tomas Brandt, said he was pleased with the deal. "
    '"It protects our passengers and our staff," Brandt said.\n\n'
    "Opposition leader Lena Marsh criticised the plan. She said the cuts would cost two "
    "billion euros and accused the finance minister of ignoring the deficit. "
    '"This is a gift to the airlines," Marsh said on Tuesday.\n\n'
    "MADRID (AP) - Spanish Prime Minister Carlos Ruiz told the newspaper El Diario that "
    "Spain would follow Portugal. He added that his government had already met Aurora "
    "Airlines and Iberia Cargo Group. The company said in a statement that talks would "
    "continue, and the nation's unions threatened a strike in March.\n\n"
    'Novak: "We have done our part." Critics say the deal is too generous. In a survey '
    "published on Wednesday, most voters said they support the cuts. Brandt's claim "
    "that prices will fall was disputed by the Lisbon Daily. Police arrested two "
    "protesters outside the ministry on Thursday, and Ruiz met Novak in Madrid.   \n"
)


@pytest.fixture(scope="module")
def parsed():
    document = Document(id="linear", text=TEXT, source_text=TEXT, published=date(2026, 11, 12))
    return next(nlp.parse([TEXT])), document


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def test_actor_lookups_by_bisection_answer_as_the_scans(parsed):
    doc, document = parsed
    index = ActorIndex(doc, document)
    lists = (index._persons, index._orgs, index._countries)
    assert all(index._in_order(entries) for entries in lists)

    def answers():
        found = [index.actor_at(t) for t in doc]
        found += [index.description(t, countries=True) for t in doc if t.pos_ == "NOUN"]
        return found + [index.pronoun(t) for t in doc if t.pos_ == "PRON"]

    fast = answers()
    index._ordered = dict.fromkeys(map(id, lists), False)  # the scans, as before
    index._described_at.clear()  # the nouns' kept answers too: asked anew by the scans
    assert _same(fast, answers())
    said = {t.text for t, m in zip(doc, fast, strict=False) if m is not None}
    assert {"she", "She", "he", "He", "company"} <= said  # the paths ran
    starts = [s.start for s in doc.sents]
    for t in doc:
        before = [s for s in starts if s <= t.i]
        assert index._window(t) == (before[-3] if len(before) >= 3 else 0)


def test_kept_noun_answers_are_a_fresh_index_s_in_any_order(parsed):
    """A noun's description or government is kept by token once the index is built
    (statements and events ask the same nouns again and again): asked in any order, and
    again, every word gets what a fresh index gives it asked once, in text order."""
    doc, document = parsed
    fresh = [ActorIndex(doc, document).actor_at(t) for t in doc]
    index = ActorIndex(doc, document)
    backwards = [index.actor_at(t) for t in reversed(doc)][::-1]
    again = [index.actor_at(t) for t in doc]
    assert fresh == backwards == again  # equal mentions: another index made its own
    assert _same(backwards, again)  # kept: the very same answer
    described = [t.text for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.i in index._described_at]
    assert described and any(index._described_at[t.i] for t in doc if t.text == "company")


def test_organisation_name_indexes_answer_as_the_scans():
    names = [
        "United States Air Force",
        "Aurora Airlines",
        "Air Force",
        "Aurora",
        "Aurora Airlines Group",
        "US Air Force",
        "Aurora Airlines",
        "Iberia Cargo Group",
        "Iberia",
        "Spanish Cargo Group",
        "Cargo Group",
    ]
    seen: list[str] = []
    longer_of: dict[str, dict[str, None]] = {}
    national_of: dict[str, list[str]] = {}
    for name in names:
        longer = [o for o in seen if o.startswith(name + " ")]
        national = [
            o for o in seen if (c := gazetteer.country_prefix(o)) is not None and c[1] == name
        ]
        indexed = list(longer_of.get(name, ()))
        assert set(indexed) == set(longer) and indexed[:1] == longer[:1], name
        assert national_of.get(name, []) == national, name
        actors._index_org(name, longer_of, national_of)
        seen.append(name)
    assert national_of["Air Force"] == ["United States Air Force", "US Air Force"]


def test_statement_indexes_answer_as_the_scans(parsed):
    doc, document = parsed
    builder = statements._Builder(doc, document, ActorIndex(doc, document))
    made = builder.build()
    for sent in doc.sents:
        ents = [(e.start, e.end) for e in sent.ents]
        assert [(e.start, e.end) for e in entities_in(sent)] == ents
    about = []
    for st in made:
        names: list[str] = []
        for m in builder.index.mentions:  # _about as it was: every mention asked
            inside = any(
                c.start <= m.evidence.start and m.evidence.end <= c.end for c in st.content
            )
            if inside and m.name != st.speaker_name and m.name not in names:
                names.append(m.name)
        assert builder._about(st) == names == st.about_actors
        about += names
    assert about  # some statement names an actor
    taken = statements._Taken(made)
    parts = [(c.start, c.end) for st in made for c in st.content]
    held = set()
    for a in range(0, len(TEXT), 7):
        for b in range(a, min(len(TEXT), a + 400), 11):
            quote = any(builder._inside_span([(a, b)], q) for q in builder.quotes)
            assert builder._holds_quote([(a, b)]) == quote
            held.add(quote)
            assert taken.overlaps(a, b) == any(a < e and s < b for s, e in parts)
    assert held == {True, False}
    for end in range(len(TEXT) + 1):
        assert statements._rstripped(TEXT, end) == len(TEXT[:end].rstrip())
    assert len(builder.datelines) == 2
    for t in doc:
        assert builder.in_dateline(t) == any(s <= t.idx < e for s, e in builder.datelines)
    for start in range(len(TEXT) + 1):
        moved = start
        for d0, d1 in builder.datelines:  # statement() as it was: every dateline asked
            if d0 <= moved < d1:
                moved = d1
        assert builder._past_dateline(start) == moved
    builder.datelines = [(0, 5), (5, 9), (20, 30)]  # touching ones, as a walk meets them
    builder._dateline_at = [0, 5, 20]
    assert [builder._past_dateline(x) for x in (0, 4, 5, 9, 19, 25, 30)] == [9, 9, 9, 9, 19, 30, 30]


def test_first_cover_answers_as_the_scan():
    rng = random.Random(24)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(0, 15)))
        points, owner = events._first_cover(spans)
        for char in range(-2, 80):
            first = next((n for n, (s, e) in enumerate(spans) if s <= char < e), -1)
            k = next((k for k in range(len(points) - 1, -1, -1) if points[k] <= char), -1)
            assert (owner[k] if k >= 0 else -1) == first, (spans, char)


def test_event_lookups_and_grouping_answer_as_the_scans(parsed, monkeypatch):
    doc, document = parsed
    seen = []

    def kept(mentions, words, index):
        groups = real(mentions, words, index)
        seen.append((mentions, words, index, groups))
        return groups

    real = events.group_mentions
    monkeypatch.setattr(events, "group_mentions", kept)
    result = extract_document(doc, document)
    ex = events._Extractor(doc, document, ActorIndex(doc, document), result.statements)
    assert ex.quoted
    for char in range(len(TEXT)):
        first = next((st for s, e, st in ex.quoted if s <= char < e), None)
        assert ex.statement_at(char) is first
    for t in doc:
        whole = [(e.start, e.end) for e in doc.ents if e.start <= t.i < e.end]
        assert [event_groups.entity_at(doc, t.i)] == (whole or [None])
        if t.ent_type_:
            assert events._entity_size(t) == whole[0][1] - whole[0][0]

    ((mentions, words, index, groups),) = seen
    assert len(mentions) > 5 and any(len(g) > 1 for g in groups)
    assert [[id(m) for m in g] for g in groups] == [
        [id(m) for m in g] for g in _grouped_by_scan(mentions, words, index)
    ]
    ctx = event_groups.Context.of(index)
    near = event_groups._Near()
    made = [event_groups._Group.start(m, ctx, words) for m in mentions]
    for n, g in enumerate(made):
        near.enter(g, n)
    fitting = 0
    for n, g in enumerate(made):  # every group with evidence and no clash is near
        fits = {
            j
            for j, h in enumerate(made)
            if j != n and event_groups._evidence(h, g) and not event_groups._clash(h, g)
        }
        assert fits <= set(near.of(g))
        fitting += len(fits)
    assert fitting
    names = sorted(index.kind_of)
    for x in names:  # the name pairs Context.of joins, as the scan of every pair did
        short = set(x.split()) - event_groups.NAME_SUFFIXES
        for y in names:
            if short < set(y.split()) and PLACE not in {index.kind_of[x], index.kind_of[y]}:
                assert y in ctx.sides[x] and x in ctx.sides[y]


def _grouped_by_scan(mentions, words, index) -> list[list]:
    """group_mentions as it was: every mention weighed against every earlier group,
    then every group against every other until none joins."""
    ctx = event_groups.Context.of(index)
    evidence, clash = event_groups._evidence, event_groups._clash
    groups: list = []
    for m in mentions:
        one = event_groups._Group.start(m, ctx, words)
        scored = [
            (e, len(g.parties()), i)
            for i, g in enumerate(groups)
            if (e := evidence(g, one)) and not clash(g, one)
        ]
        if scored:
            groups[max(scored)[2]].add(m, words)
        else:
            groups.append(one)
    merged = True
    while merged:
        merged = False
        for i, g in enumerate(groups):
            fits = [
                (e, len(h.parties()), -j)
                for j, h in enumerate(groups)
                if j != i and (e := evidence(h, g)) and not clash(h, g)
            ]
            if fits:
                groups[-max(fits)[2]].merge(g, words)
                del groups[i]
                merged = True
                break
    return [sorted(g.mentions, key=lambda m: m.trigger.i) for g in groups]


# a roundup of one kind of story: each summit is named before its meeting and again
# with the meeting's people, so the group of "the summit" and that of "met" join only
# once all mentions are placed (the grouping's last step, which weighs group pairs)
CITIES = (
    "Leeds",
    "Bristol",
    "Cardiff",
    "Derby",
    "Exeter",
    "Norwich",
    "Preston",
    "Salford",
    "Truro",
    "Wakefield",
    "York",
    "Bath",
    "Carlisle",
    "Durham",
    "Hull",
    "Lincoln",
)
PEOPLE = (
    "Ann Hale",
    "Tom Reid",
    "Priya Shah",
    "Owen Clay",
    "Rosa Vint",
    "Ian Moss",
    "Lena Park",
    "Carl Dorn",
    "Maya Stone",
    "Rob Lyle",
    "Nia Frost",
    "Ed Quinn",
    "Zoe Marr",
    "Sam Pike",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ROUNDUP = "\n\n".join(
    f"The summit in {CITIES[k % 16]} opened on {DAYS[k % 5]}. {PEOPLE[k % 14]} met "
    f"{PEOPLE[(k + 5) % 14]} there. At the summit, {PEOPLE[k % 14]} and "
    f"{PEOPLE[(k + 5) % 14]} signed a trade deal."
    for k in range(16)
)


def test_joining_groups_weighs_a_pair_again_only_once_one_has_grown(monkeypatch):
    """After each join the groups are weighed again from the first; those before it had
    fitted none, so only the group that grew is weighed against them (issue 24: weighing
    every pair again after each join grew with the square of an article's events)."""
    doc = next(nlp.parse([ROUNDUP]))
    document = Document(
        id="roundup", text=ROUNDUP, source_text=ROUNDUP, published=date(2026, 11, 12)
    )
    weighed: list[tuple] = []  # the groups themselves, so that no id is reused
    evidence = event_groups._evidence

    def counted(h, g):
        weighed.append((h, len(h.mentions), g, len(g.mentions)))
        return evidence(h, g)

    seen = []

    def kept(mentions, words, index):
        seen.append((mentions, words, index))
        return real(mentions, words, index)

    real = events.group_mentions
    monkeypatch.setattr(events, "group_mentions", kept)
    monkeypatch.setattr(event_groups, "_evidence", counted)
    joins = []
    monkeypatch.setattr(event_groups._Group, "merge", _counted(event_groups._Group.merge, joins))
    extract_document(doc, document)
    assert len(joins) >= 3  # the summits and their meetings joined at the last step
    # each state of a pair is weighed once as its mentions are placed, once at the end
    states = [(id(h), n, id(g), m) for h, n, g, m in weighed]
    assert max(states.count(s) for s in set(states)) <= 2
    ((mentions, words, index),) = seen
    monkeypatch.setattr(event_groups, "_evidence", evidence)
    assert [[id(m) for m in g] for g in event_groups.group_mentions(mentions, words, index)] == [
        [id(m) for m in g] for g in _grouped_by_scan(mentions, words, index)
    ]


def test_a_pair_that_did_not_fit_is_not_weighed_again_until_one_grows(monkeypatch):
    """A group made for a mention that fitted none of the groups before it is not
    weighed against them again at the end unless one of the two has grown since (issue
    24: a long article's groups that share a word were each weighed twice over)."""
    doc = next(nlp.parse([ROUNDUP]))
    document = Document(
        id="roundup", text=ROUNDUP, source_text=ROUNDUP, published=date(2026, 11, 12)
    )
    weighed: list[tuple] = []
    evidence = event_groups._evidence

    def counted(h, g):
        weighed.append((h, len(h.mentions), g, len(g.mentions)))
        return evidence(h, g)

    monkeypatch.setattr(event_groups, "_evidence", counted)
    extract_document(doc, document)
    states = [(id(h), n, id(g), m) for h, n, g, m in weighed]
    assert len(states) > 100
    assert len(set(states)) == len(states)  # each state of a pair weighed once


def test_a_groups_heads_are_read_again_only_when_it_grows(parsed, monkeypatch):
    """Every weighing of two groups asks for their verbs' subjects and objects
    (``_heads``); read again each time, a long article's many weighings re-walked every
    mention's children (issue 24)."""
    doc, document = parsed
    index = ActorIndex(doc, document)
    seen = []
    real = events.group_mentions
    monkeypatch.setattr(events, "group_mentions", lambda *a: seen.append(a) or real(*a))
    extract_document(doc, document)
    ((mentions, words, _index),) = seen
    ctx = event_groups.Context.of(index)
    typed = [m for m in mentions if m.type]
    read = []
    monkeypatch.setattr(
        event_groups, "_relative_object", _counted(event_groups._relative_object, read)
    )
    g = event_groups._Group.start(typed[0], ctx, words)
    first = event_groups._heads(g)
    assert len(read) == 1
    assert event_groups._heads(g) == first and len(read) == 1  # not read again
    g.add(typed[1], words)
    event_groups._heads(g)
    assert len(read) == 3  # grown: both mentions read again
    fresh = event_groups._Group.start(typed[0], ctx, words)
    fresh.add(typed[1], words)
    assert event_groups._heads(g) == event_groups._heads(fresh)


def _counted(function, calls: list):
    """``function``, noting the arguments of each call in ``calls``."""

    def counting(*args):
        calls.append(args)
        return function(*args)

    return counting


LONG_CLAUSES = (
    "Storm Petra made landfall on the southern coast of Norland as a category four storm "
    "on Sunday after battering the islands of the Vell archipelago for two days. "
    "Transport Minister Ada Kersh announced on Monday a review of the contracts signed "
    "with the three rail companies that run trains between the capital and the coast. "
    "Rescue teams spent more than six hours at the flooded station on the shore of the "
    "lake where 40 passengers had been trapped since the collapse of the bridge. "
    "The regional council voted to close the harbour of Fennick to cargo ships carrying "
    "fuel after the explosion that killed two dock workers in March. "
    "Prime Minister Joss Varga promised to put the rebuilding of the ports at the top of "
    "his agenda when he meets the governors of the five coastal provinces in Tarrow."
)


class _Touched(AbstractSet[int]):
    """A set of token indices that counts each word asked of it or walked."""

    def __init__(self, base: Collection[int], extra: range) -> None:
        self.base, self.extra, self.touched = base, extra, 0

    def __contains__(self, i: object) -> bool:
        self.touched += 1
        return i in self.base or i in self.extra

    def __iter__(self) -> Iterator[int]:
        for i in [*self.base, *self.extra]:
            self.touched += 1
            yield i

    def __len__(self) -> int:
        return len(self.base) + len(self.extra)


def test_a_title_asks_its_own_phrases_of_the_words_other_events_hold(monkeypatch):
    """A title keeps a phrase holding another event's word (``held``: every other
    event's word of the article). Walking all of them per phrase, or copying them per
    event and clause, grew with the square of an article's events (issue 24): the words
    asked must not grow with how many are held, and the titles must not change."""
    doc = next(nlp.parse([LONG_CLAUSES]))
    document = Document(
        id="clauses", text=LONG_CLAUSES, source_text=LONG_CLAUSES, published=date(2026, 11, 12)
    )
    real = events.to_event

    def titled(extra: int) -> tuple[list[str], list[int]]:
        helds: list[_Touched] = []

        def to_event(g, document, words, held=()):
            helds.append(_Touched(held, range(len(doc) + 10, len(doc) + 10 + extra)))
            return real(g, document, words, helds[-1])

        monkeypatch.setattr(events, "to_event", to_event)
        titles = [ev.title for ev in extract_document(doc, document).events]
        return titles, [h.touched for h in helds]

    shortened = []
    monkeypatch.setattr(event_groups, "_shortened", _counted(event_groups._shortened, shortened))
    few, touched = titled(0)
    assert shortened and sum(touched) > 0  # long phrases were told shorter, asking held
    assert "Storm Petra made landfall on the southern coast of Norland" in few
    many, touched_many = titled(5000)  # far words no phrase holds: the same titles
    assert many == few
    assert touched_many == touched  # none of the 5,000 was walked


def test_each_event_is_titled_without_a_copy_of_the_words_others_hold(parsed, monkeypatch):
    """What each event's title may not leave out is every other event's word; a copy of
    them per event grew with the square of an article's events (issue 24). Each event
    reads the one set of the article's words in place, without its own."""
    doc, document = parsed
    given = []
    real = events.to_event
    monkeypatch.setattr(
        events, "to_event", lambda g, d, w, held=(): given.append((g, held)) or real(g, d, w, held)
    )
    made = extract_document(doc, document).events
    assert len(made) >= 5
    told = {m.trigger.i for g, _ in given for m in g}
    for g, held in given:
        own = {m.trigger.i for m in g}
        assert {t.i for t in doc if t.i in held} == told - own
        assert held.told is given[0][1].told  # one set, read in place


JAILED = (
    "Giuseppe Lind was arrested in 1974. He died while serving his sentence. ",
    "Marta Voss was detained in May. She fell ill while awaiting her trial. ",
)


def test_doerless_titles_look_up_their_verbs_mentions(monkeypatch):
    """A title without a doer ("Serving the sentence") takes the name the resolver gave
    the verb it hangs on; looking for that verb's mentions through every event of the
    article per title grew with the square of an article's events (issue 24): the
    events are walked as often however many such titles there are."""
    real = events.tell_apart

    def walks(text: str) -> tuple[int, list[str]]:
        walked = [0]

        class Walked(list):
            def __iter__(self):
                walked[0] += 1
                return super().__iter__()

        monkeypatch.setattr(events, "tell_apart", lambda made, *a: real(Walked(made), *a))
        document = Document(id="j", text=text, source_text=text, published=date(2026, 11, 12))
        made = extract_document(next(nlp.parse([text])), document).events
        return walked[0], [ev.title for ev in made]

    one, titles = walks(JAILED[0])
    assert "Giuseppe Lind served his sentence" in titles  # the text's own possessive
    both, titles = walks("".join(JAILED))
    assert "Marta Voss awaited the trial" in titles  # two titles given their doer
    assert both == one


PLATFORMS = (
    "Staff from the operator, the signalling contractor, the station cafe and the ticket "
    "office stood on the platforms at Leeds, York, Wakefield and Harrogate with maps, "
    "timetables, blankets and flasks of tea for the passengers. "
)


def test_the_noun_of_a_verb_is_not_read_back_word_by_word(monkeypatch):
    """A "the disruption" is the act "disrupted" named back unless another word of that
    act stands between them: the words between are looked up by their stem, not each asked
    again for every pair of groups weighed (the square of a long article's length)."""
    text = (
        "A signal failure disrupted train services across Yorkshire on Friday morning. "
        + PLATFORMS * 3
        + "The disruption lasted about four hours, the operator said."
    )
    asked: list[tuple] = []
    monkeypatch.setattr(event_groups, "_made_from", _counted(event_groups._made_from, asked))
    document = Document(id="rail", text=text, source_text=text, published=date(2026, 11, 12))
    result = extract_document(next(nlp.parse([text])), document)
    (one,) = [e for e in result.events if {m.text for m in e.mentions} >= {"disrupted"}]
    assert "disruption" in {m.text for m in one.mentions}
    between = [t for noun, t in asked if noun.lower_ == "disruption" and t.pos_ == "NOUN"]
    assert not between  # only the verbs told before it were asked, none of the nouns


def test_the_article_s_own_company_is_counted_once(monkeypatch):
    """A "the company" names the organisation the article names most: its names are
    counted once per article, not again for each "the company" (the square of a long
    company report's length)."""
    text = (
        "Halden Foods said on Tuesday it would buy the bakery chain Marrow & Sons. "
        "The company said the deal would close in March. Marrow & Sons makes bread. "
        "Halden Foods will keep its bakeries. The company expects savings of $40 million, "
        "and the company plans to hire 200 drivers. Halden Foods shares rose 3%. "
        "The company also raised its forecast for the year."
    )
    counted: list[list] = []
    real = actors.Counter

    def counting(items=(), /, **kw):
        items = list(items)
        counted.append(items)
        return real(items, **kw)

    monkeypatch.setattr(actors, "Counter", counting)
    document = Document(id="halden", text=text, source_text=text, published=date(2026, 11, 12))
    index = ActorIndex(next(nlp.parse([text])), document)
    orgs = [m.name for m, _ in index._orgs]
    assert orgs.count("Halden Foods") > orgs.count("Marrow & Sons")
    assert sum(items == orgs for items in counted) == 1
