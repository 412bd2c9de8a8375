"""The event coreference scorer in bench/ scores what it claims to, on data written here.

The gold data stays outside the repository; this checks the gold chains read from ECB+
XML (cross-document instances, intra-document chains kept apart per document,
singletons, the listed sentences) and from MEANTIME CoNLL (event chains across
documents, the sentence window, the main event of a document), kg's merged events
turned into clustered mentions, the handling of unmatched mentions, the same-lemma
baseline grouped by topic and the document-level B³, against values worked out by hand.
No spaCy model is needed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import conll_text, ecb_head, load_bench

from kg.model import Event, Evidence, Participant


@pytest.fixture(scope="module")
def ec():
    return load_bench("event_coref.py")


def _m(ec, doc, start, cluster, *, tokens=(), lemma="", sources=1, text="", **kw):
    return ec.EventMention(doc, start, start + 1, cluster, text, frozenset(tokens),
                           lemma=lemma, sources=sources, **kw)  # fmt: skip


# Main events and document-level B³.


def test_main_cluster_most_mentions_then_sources_then_first(ec):
    assert ec.main_cluster([_m(ec, 0, 5, "A"), _m(ec, 0, 1, "B"), _m(ec, 0, 9, "A")]) == "A"
    # one mention each: the cluster reported by more documents wins ...
    assert ec.main_cluster([_m(ec, 0, 1, "A"), _m(ec, 0, 5, "B", sources=3)]) == "B"
    # ... and with as many documents, the one mentioned first
    assert ec.main_cluster([_m(ec, 0, 5, "A", sources=2), _m(ec, 0, 1, "B", sources=2)]) == "B"
    assert ec.main_cluster([]) is None


def test_document_b_cubed_by_hand(ec):
    # Gold groups {0,1} {2,3} {4}; predicted {0,1,2} {3} {4} (doc 4 has no main event on
    # either side: it stays alone).
    # R: d0 2/2, d1 2/2, d2 1/2, d3 1/2, d4 1 -> 4/5.
    # P: d0 2/3, d1 2/3, d2 1/3, d3 1, d4 1 -> (11/3)/5 = 11/15.
    # F = 2·(11/15)(4/5)/(11/15 + 12/15) = 88/115.
    gold = [(1, "ecb"), (1, "ecb"), (1, "ecbplus"), (1, "ecbplus"), None]
    pred = ["A", "A", "A", "B", None]
    assert ec.document_b_cubed(gold, pred) == pytest.approx((11 / 15, 4 / 5, 88 / 115))
    # two documents with no main event are not one group: P 1/2 (each sees one of two)
    assert ec.document_b_cubed([None, None], ["A", "A"]) == pytest.approx((1 / 2, 1, 2 / 3))
    assert ec.document_b_cubed(["g", "g"], [None, None]) == pytest.approx((1, 1 / 2, 2 / 3))


# Unmatched mentions, and kg's clusters in the evaluation.


def _ecb_match(ec):
    return lambda preds, golds: ec._ecbplus.match(preds, golds)


def test_unmatched_mentions_cost_one_side_only(ec):
    # Doc 0: gold g0 {1} chain C, g1 {5} a singleton; doc 1: gold g2 {1} chain C.
    # kg: p0 {1} (matches g0) and p1 {9} (no gold) in doc 0, p2 {1} (matches g2) in
    # doc 1, all in cluster X. Key {g0,g2} {g1}; response {g0,p1,g2}.
    golds = [[_m(ec, 0, 0, "C", tokens={1}), _m(ec, 0, 20, "S", tokens={5})],
             [_m(ec, 1, 0, "C", tokens={1})]]  # fmt: skip
    preds = [[_m(ec, 0, 0, "X", tokens={1}), _m(ec, 0, 40, "X", tokens={9})],
             [_m(ec, 1, 0, "X", tokens={1})]]  # fmt: skip
    ev = ec.evaluate(golds, preds, _ecb_match(ec), ["a", "b"])
    assert ev.pairs == [(0, 0), (2, 2)]
    rows = {r[0]: r[1:] for r in ev.rows}
    # MUC R: C in one part -> 1/1; P: X cut into {g0,g2} and the lone p1 -> 1/2; F 2/3
    assert rows["MUC"] == pytest.approx((1 / 2, 1, 2 / 3))
    # B³ R: g0 1, g2 1, g1 0 -> 2/3; P: g0 2/3, g2 2/3, p1 0 -> 4/9; F 8/15
    assert rows["B3"] == pytest.approx((4 / 9, 2 / 3, 8 / 15))
    # CEAF-e: φ4(C, X) = 2·2/5 = 4/5; R = (4/5)/2, P = (4/5)/1; F 8/15
    assert rows["CEAF-e"] == pytest.approx((4 / 5, 2 / 5, 8 / 15))
    assert ev.conll == pytest.approx(26 / 45)  # (2/3 + 8/15 + 8/15)/3
    # Within documents the key is {g0} {g1} {g2}, the response {g0,p1} {g2}: MUC 0;
    # B³ R 2/3, P (1/2 + 0 + 1)/3 = 1/2, F 4/7; CEAF-e 2/3 + 1 = 5/3, R 5/9, P 5/6, F 2/3
    assert ev.within == pytest.approx((0 + 4 / 7 + 2 / 3) / 3)
    # both documents' main event is X: grouped, though the gold keeps them apart
    assert ev.documents == pytest.approx((1 / 2, 1, 2 / 3))
    assert (ev.groups, ev.clusters, ev.cross) == (1, 1, 1)
    # without the unmatched prediction, MUC and B³ keep their recall and gain precision
    # (CEAF-e's φ4 counts the response's size, so its recall moves too: φ4(C, {g0,g2})
    # = 1, R 1/2, P 1)
    alone = ec.evaluate(golds, [[preds[0][0]], preds[1]], _ecb_match(ec), ["a", "b"])
    rows = {r[0]: r[1:] for r in alone.rows}
    assert rows["MUC"] == pytest.approx((1, 1, 1))
    assert rows["B3"] == pytest.approx((1, 2 / 3, 4 / 5))
    assert rows["CEAF-e"] == pytest.approx((1, 1 / 2, 2 / 3))


def test_kg_mentions_from_merged_events(ec):
    a, b = "doc-a", "doc-b"

    def event(eid, mentions, sources, participants=()):
        return Event(
            id=eid,
            type="Attack",
            trigger=mentions[0],
            lemma="strike",
            mentions=mentions,
            participants=list(participants),
            sources=sources,
        )

    e1 = event("e-1", [Evidence(a, 0, 6, "struck"), Evidence(b, 10, 16, "attack")], [a, b],
               [Participant("army", "agent"), Participant("city", "location")])  # fmt: skip
    e2 = event("e-2", [Evidence(a, 0, 6, "struck"), Evidence(a, 120, 124, "raid"),
                       Evidence(a, 30, 34, "bomb")], [a])  # fmt: skip
    out = ec.kg_mentions({"e-2": e2, "e-1": e1}, {a: 0, b: 1}, lambda m: m.start < 100)
    # "struck" is kept once, in e-1 (the first by id); "raid" is out of scope
    assert [[(m.text, m.cluster, m.sources) for m in row] for row in out] == [
        [("struck", "e-1", 2), ("bomb", "e-2", 1)],
        [("attack", "e-1", 2)],
    ]
    assert out[0][0].actors == {"army"} and out[0][0].label == "Attack"


# The lemma baseline.


def test_lemma_baseline_groups_within_topic(ec):
    # Docs 0 and 1 are topic 1, doc 2 topic 2; "attack" everywhere, "say" in doc 0.
    # Gold: the attack of topic 1 (chain A), another in topic 2 (chain B), a lone say.
    golds = [
        [_m(ec, 0, 0, "A", tokens={1}, lemma="attack"), _m(ec, 0, 9, "S", tokens={3}, lemma="say")],
        [_m(ec, 1, 0, "A", tokens={1}, lemma="attack")],
        [_m(ec, 2, 0, "B", tokens={1}, lemma="attack")],
    ]
    topics = [1, 1, 2]
    lemma = ec.lemma_clusters(golds, topics)
    assert [[(m.cluster, m.sources) for m in row] for row in lemma] == [
        [((1, "attack"), 2), ((1, "say"), 1)],
        [((1, "attack"), 2)],
        [((2, "attack"), 1)],
    ]
    assert golds[0][0].cluster == "A"  # the input is left alone
    doc_gold = [(1, "ecb"), (1, "ecb"), (2, "ecb")]
    ev = ec.evaluate(golds, lemma, _ecb_match(ec), doc_gold)
    # topics kept apart: the baseline is exact here. Doc 0's attack and say tie on one
    # mention each; attack is in more documents, so it is doc 0's main event
    assert ev.conll == pytest.approx(1.0)
    assert ev.documents == pytest.approx((1.0, 1.0, 1.0))
    # over the whole split (one topic), B is wrongly joined to A
    flat = ec.evaluate(golds, ec.lemma_clusters(golds, [0, 0, 0]), _ecb_match(ec), doc_gold)
    assert flat.conll < 1.0
    # documents: all three grouped; P (2/3 + 2/3 + 1/3)/3 = 5/9, R 1
    assert flat.documents == pytest.approx((5 / 9, 1.0, 10 / 14))


# The error listing.


def test_wrong_and_missed_merges(ec, capsys):
    # Doc 0: gold attack (A) and say (B) both in kg cluster X: a wrong merge in one doc.
    # Doc 1: gold strike (A) in kg cluster Y, which shares no actor with X: a missed merge.
    golds = [
        [_m(ec, 0, 0, "A", tokens={1}), _m(ec, 0, 9, "B", tokens={2})],
        [_m(ec, 1, 0, "A", tokens={1})],
    ]
    preds = [
        [_m(ec, 0, 0, "X", tokens={1}, lemma="attack", text="attack", label="Attack",
            actors=frozenset({"army"})),
         _m(ec, 0, 9, "X", tokens={2}, lemma="say", text="said", label="Attack")],
        [_m(ec, 1, 0, "Y", tokens={1}, lemma="strike", text="strike", label="Attack",
            actors=frozenset({"navy"}))],
    ]  # fmt: skip
    ev = ec.evaluate(golds, preds, _ecb_match(ec), ["g", "g"])
    wrong, missed = ec.pair_summary(ev)
    assert wrong == {"same doc, other lemma": 1}
    assert missed == {"cross-doc, other lemma, same type, no shared actor": 1}
    _, missed = ec.pair_summary(ev, [(1, "ecb"), (1, "ecbplus")])
    assert missed == {"cross-doc, other doc group, other lemma, same type, no shared actor": 1}
    _, missed = ec.pair_summary(ev, [(1, "ecb"), (1, "ecb")])
    assert missed == {"cross-doc, same doc group, other lemma, same type, no shared actor": 1}
    ec.print_errors(ev, ["d0", "d1"], 5)
    out = capsys.readouterr().out
    assert "WRONG MERGES: 1 kg clusters" in out and "MISSED MERGES: 1 gold" in out
    assert "X (Attack; 2 chains): 'attack'@d0 | 'said'@d0" in out
    assert "A (2 kg clusters; Attack): 'attack'@d0 | 'strike'@d1" in out


def test_the_oracles_cluster_matched_mentions_by_gold_and_keep_kg_events_whole(ec):
    # Doc 0: gold A {1}, A {2}, B {3}; doc 1: gold A {1}. kg: doc 0 event X {1, 3},
    # event Y {2}, and {7} matched to nothing; doc 1 event Z {1}.
    golds = [[_m(ec, 0, 0, "A", tokens={1}), _m(ec, 0, 5, "A", tokens={2}),
              _m(ec, 0, 9, "B", tokens={3})], [_m(ec, 1, 0, "A", tokens={1})]]  # fmt: skip
    preds = [[_m(ec, 0, 0, "X", tokens={1}), _m(ec, 0, 5, "Y", tokens={2}),
              _m(ec, 0, 9, "X", tokens={3}), _m(ec, 0, 20, "X", tokens={7})],
             [_m(ec, 1, 0, "Z", tokens={1})]]  # fmt: skip
    match = _ecb_match(ec)
    perfect = ec.oracle_mentions(preds, golds, match)
    assert [m.cluster for m in perfect[0]] == ["A", "A", "B", ("alone", 0, 3)]
    assert perfect[1][0].cluster == "A" and perfect[1][0].sources == 2
    # the merge oracle keeps X whole (A 1, B 1: a tie goes to "A") and joins Y and Z to it
    merged = ec.oracle_merge(preds, golds, match)
    assert [m.cluster for m in merged[0]] == ["A", "A", "A", "A"]
    assert merged[1][0].cluster == "A"
    # the split oracle cuts X by gold chain (A, B); its unmatched mention is a part of
    # its own, and Y stays apart from X though both are A (it only cuts)
    split = ec.oracle_split(preds, golds, match)
    assert [m.cluster for m in split[0]] == [("X", "A"), ("Y", "A"), ("X", "B"), ("X", None)]
    assert split[1][0].cluster == ("Z", "A")
    # clustering by gold cannot score below what kg's own clusters score
    kg = ec.evaluate(golds, preds, match, ["g", "g"])
    best = ec.evaluate(golds, perfect, match, ["g", "g"])
    assert (
        best.conll > kg.conll and best.conll > ec.evaluate(golds, merged, match, ["g", "g"]).conll
    )


def test_merge_decisions_count_what_kept_one_gold_event_apart(ec):
    # three reports: Norvale supplies Brightwater in a and b (one gold chain), "the deal" in
    # c (another chain) names Norvale too; all undated and with no place: kg may not merge
    # (a supplier serves one client again and again; a takeover by the same sides, done
    # once, would merge undated)
    from kg.link import Stories
    from kg.model import Actor

    actors = {k: Actor(k, k.title(), "organisation") for k in ("norvale", "brightwater")}

    def event(doc: str, kind: str, lemma: str) -> Event:
        ev = Evidence(doc, 0, len(lemma), lemma)
        sides = [Participant("norvale", "agent"), Participant("brightwater", "patient")]
        return Event(f"{doc}/e", kind, ev, lemma, [ev], title=lemma, participants=sides,
                     sources=[doc])  # fmt: skip

    events = [
        event("a", "Business", "supply"), event("b", "Business", "supply"),
        event("c", "Agree", "deal"),
    ]  # fmt: skip
    story = Stories(of={d: 0 for d in "abc"}, published={d: None for d in "abc"})
    golds = [[_m(ec, i, 0, chain, tokens={1})] for i, chain in enumerate("AAB")]
    mentions = [[_m(ec, i, 0, e.id, tokens={1})] for i, e in enumerate(events)]
    corpus = ec.Corpus("t", "dev", list("abc"), [], golds, [0, 0, 0], [None] * 3,
                       lambda m: True, _ecb_match(ec))  # fmt: skip
    same, apart = ec.merge_decisions(ec.Linking(events, actors, story), mentions, corpus)
    assert same == {"undated": 1}
    assert apart == {"undated": 2}
    # dated the same day, the one supply merges and the deal of another chain is counted
    story.published.update(a=date(2025, 3, 10), b=date(2025, 3, 10), c=date(2025, 3, 10))
    same, apart = ec.merge_decisions(ec.Linking(events, actors, story), mentions, corpus)
    assert same == {"merges": 1} and sum(apart.values()) == 2 and "undated" not in apart


def _holm(doc: str, kind: str, lemma: str) -> Event:
    """A one-word report of document ``doc`` naming Sarah Holm as the one it befell."""
    ev = Evidence(doc, 0, len(lemma), lemma)
    return Event(f"{doc}/e", kind, ev, lemma, [ev], title=lemma,
                 participants=[Participant("holm", "patient")], sources=[doc])  # fmt: skip


def _holm_story(ec, events: list[Event]):
    """Three reports of documents a, b, c of one story naming Holm, all of gold chain
    A, a and c published on one day and b undated: the story, kg's mentions, the corpus."""
    from kg.link import Stories

    day = date(2025, 3, 10)
    story = Stories(of={d: 0 for d in "abc"}, published={"a": day, "b": None, "c": day},
                    vectors={d: {"holm": 1.0} for d in "abc"})  # fmt: skip
    golds = [[_m(ec, i, 0, "A", tokens={1})] for i in range(3)]
    mentions = [[_m(ec, i, 0, e.id, tokens={1})] for i, e in enumerate(events)]
    corpus = ec.Corpus("t", "dev", list("abc"), [], golds, [0, 0, 0], [None] * 3,
                       lambda m: True, _ecb_match(ec))  # fmt: skip
    return story, mentions, corpus


def test_merge_decisions_say_what_keeps_a_pair_of_two_types_apart_once_they_fit(ec):
    # one hearing of Sarah Holm's case, typed a Sanction by a and a Trial by b and c: the
    # type rule blocks a with either, and it is asked first; b is undated, so widening
    # the families would still leave a-b apart (undated), while a-c, dated the same day
    # and naming her in the same role, passes every other rule and rests on its score
    from kg.model import Actor

    actors = {"holm": Actor("holm", "Sarah Holm", "person")}
    events = [_holm("a", "Sanction", "fine"), _holm("b", "Trial", "hearing"),
              _holm("c", "Trial", "hearing")]  # fmt: skip
    story, mentions, corpus = _holm_story(ec, events)
    linking = ec.Linking(events, actors, story)
    same, _ = ec.merge_decisions(linking, mentions, corpus, by_time=True)
    assert same["not weighed: type (then undated), undated"] == 1  # a-b
    assert same["not weighed: type (then score), dated"] == 1  # a-c: only its score
    assert sum(same.values()) == 3  # b-c: one type, weighed
    # without by_time the counts stay as they were: a pair not weighed is one kind
    assert ec.merge_decisions(linking, mentions, corpus)[0]["not weighed"] == 2


def test_rule_ceilings_join_one_gold_chain_only_where_the_rules_let_it(ec):
    # a and b report one killing (gold A), b undated and naming Holm as the gunman, not the
    # victim, so none of the undated rule's strong evidence holds: kept apart; c (gold A
    # too) tells the death, dated like a, at Chicago like a: kin types may merge
    from kg.model import Actor

    actors = {"holm": Actor("holm", "Sarah Holm", "person"),
              "chicago": Actor("chicago", "Chicago", "place")}  # fmt: skip

    def event(doc: str, kind: str, lemma: str, place: str | None, role: str = "patient") -> Event:
        ev = Evidence(doc, 0, len(lemma), lemma)
        return Event(f"{doc}/e", kind, ev, lemma, [ev], title=lemma, place=place,
                     participants=[Participant("holm", role)], sources=[doc])  # fmt: skip

    events = [event("a", "UseOfForce", "kill", "chicago"),
              event("b", "UseOfForce", "kill", None, "agent"),
              event("c", "Death", "die", "chicago")]  # fmt: skip
    story, mentions, corpus = _holm_story(ec, events)
    out = ec.rule_ceilings(ec.Linking(events, actors, story), mentions, corpus)

    def clusters(name: str) -> list[int]:
        ids = [row[0].cluster for row in out[name]]
        return [ids.index(x) for x in ids]

    assert clusters("ceiling: kg.link rules") == [0, 1, 0]  # b alone: undated
    assert clusters("ceiling: rules, all pairs") == [0, 1, 0]
    assert clusters("ceiling: all pairs, no undated") == [0, 0, 0]
    assert clusters("ceiling: all pairs, no type rule") == [0, 1, 0]
    assert out["ceiling: kg.link rules"][0][0].sources == 2


def _joined_in_ceilings(ec, events: list[Event], actors, story):
    """Whether each ceiling row joins two reports of documents "a" and "b" of one gold
    chain."""
    golds = [[_m(ec, i, 0, "A", tokens={1})] for i in range(2)]
    mentions = [[_m(ec, i, 0, e.id, tokens={1})] for i, e in enumerate(events)]
    corpus = ec.Corpus("t", "dev", list("ab"), [], golds, [0, 0], [None] * 2,
                       lambda m: True, _ecb_match(ec))  # fmt: skip
    out = ec.rule_ceilings(ec.Linking(events, actors, story), mentions, corpus)

    def together(name: str) -> bool:
        return out[name][0][0].cluster == out[name][1][0].cluster

    return together


def test_ceiling_without_both_rules_shows_what_the_type_rule_costs_undated_pairs(ec):
    # an undated follow-up types the hearing of Sarah Holm's case a Trial where the first
    # report, dated, calls it a Sanction: one gold event. Kept apart by the type rule and,
    # undated, by the undated rule too: lifting either alone joins nothing, only the row
    # without both shows what the pair would give
    from kg.link import Stories
    from kg.model import Actor

    actors = {"holm": Actor("holm", "Sarah Holm", "person")}
    events = [_holm("a", "Sanction", "fine"), _holm("b", "Trial", "hearing")]
    story = Stories(of={"a": 0, "b": 0}, published={"a": date(2025, 3, 10), "b": None},
                    vectors={d: {"holm": 1.0} for d in "ab"})  # fmt: skip
    together = _joined_in_ceilings(ec, events, actors, story)
    assert not together("ceiling: all pairs, no undated")
    assert not together("ceiling: all pairs, no type rule")
    assert together("ceiling: all pairs, neither rule")


def test_ceilings_without_one_more_rule_show_what_a_clash_costs(ec):
    # two reports of one shooting at Chicago on one day (gold A), one of which names the
    # wrong gunman (the parse took the victim's husband for the doer): the agent clash
    # keeps them apart under every rule; the row without the agent rule joins them, the
    # rows without the time or the evidence rule do not (the clash still holds)
    from kg.link import Stories, assess
    from kg.model import Actor

    actors = {"holm": Actor("holm", "Sarah Holm", "person"),
              "brandt": Actor("brandt", "Karl Brandt", "person"),
              "chicago": Actor("chicago", "Chicago", "place")}  # fmt: skip

    def event(doc: str, agent: str) -> Event:
        ev = Evidence(doc, 0, 4, "shot")
        return Event(f"{doc}/e", "UseOfForce", ev, "shoot", [ev], title="shot",
                     place="chicago", participants=[Participant(agent, "agent")],
                     sources=[doc])  # fmt: skip

    events = [event("a", "holm"), event("b", "brandt")]
    day = date(2025, 3, 10)
    story = Stories(of={"a": 0, "b": 0}, published={"a": day, "b": day},
                    vectors={d: {"chicago": 1.0} for d in "ab"})  # fmt: skip
    assert assess(*events, actors, story).blocked == "agent"
    assert assess(*events, actors, story, lift={"agent"}).blocked is None
    together = _joined_in_ceilings(ec, events, actors, story)
    assert not together("ceiling: rules, all pairs")
    assert not together("ceiling: all pairs, neither rule")
    assert not together("ceiling: no time rule")
    assert not together("ceiling: no evidence rule")
    assert together("ceiling: no agent rule")


# ECB+ gold chains.


def _ecb_xml(name: str, sentences: list[list[str]], markables, relations: str) -> str:
    lines = ecb_head(name, sentences, markables)
    lines.append('<ACTION_OCCURRENCE m_id="20" TAG_DESCRIPTOR="t9_flood" instance_id="ACT1" />')
    lines += ["</Markables>", "<Relations>", relations, "</Relations>", "</Document>"]
    return "\n".join(lines) + "\n"


def _cross(r_id, *m_ids) -> str:
    return (f'<CROSS_DOC_COREF r_id="{r_id}" note="ACT1">'
            + "".join(f'<source m_id="{m}" />' for m in m_ids)
            + '<target m_id="20" /></CROSS_DOC_COREF>')  # fmt: skip


def _intra(r_id, *m_ids) -> str:
    return (f'<INTRA_DOC_COREF r_id="{r_id}">'
            + "".join(f'<source m_id="{m}" />' for m in m_ids[:-1])
            + f'<target m_id="{m_ids[-1]}" /></INTRA_DOC_COREF>')  # fmt: skip


def _ecb_data(tmp_path: Path) -> Path:
    """Topic 9: an ecb and an ecbplus file sharing ACT1, each with an intra-document
    chain of r_id 7 (two different events), singletons, an unlisted sentence."""
    folder = tmp_path / "ecbplus"
    (folder / "9").mkdir(parents=True)
    ecb = [["Storm", "floods", "Riverton"],  # t1-3
           ["Officials", "said", "the", "flood", "killed", "two", ";", "the", "deaths",
            "shocked", "Riverton", "."]]  # t4-15  # fmt: skip
    (folder / "9" / "9_1ecb.xml").write_text(_ecb_xml("9_1ecb.xml", ecb, [
        ("ACTION_OCCURRENCE", 1, [2]), ("ACTION_REPORTING", 2, [5]),
        ("ACTION_OCCURRENCE", 3, [7]), ("ACTION_OCCURRENCE", 4, [8]),
        ("ACTION_OCCURRENCE", 5, [12]), ("HUMAN_PART_PER", 6, [4]),
    ], _cross(31, 1, 3) + _intra(7, 4, 5)), encoding="utf-8")  # fmt: skip
    plus = [["http", ":", "//x"],  # t1-3: the URL sentence
            ["Flood", "hits", "Riverton"],  # t4-6
            ["A", "storm", "killed", "one", ";", "the", "death", "was", "sad", "."],  # t7-16
            ["Rain", "fell", "."]]  # t17-19: not listed  # fmt: skip
    (folder / "9" / "9_2ecbplus.xml").write_text(_ecb_xml("9_2ecbplus.xml", plus, [
        ("ACTION_OCCURRENCE", 1, [4]), ("ACTION_OCCURRENCE", 2, [5]),
        ("ACTION_OCCURRENCE", 3, [9]), ("ACTION_OCCURRENCE", 4, [13]),
        ("ACTION_OCCURRENCE", 5, [18]),
    ], _cross(32, 1) + _intra(7, 3, 4)), encoding="utf-8")  # fmt: skip
    (folder / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n9,1ecb,0\n9,1ecb,1\n9,2ecbplus,1\n9,2ecbplus,2\n",
        encoding="utf-8",
    )
    return folder


def test_ecbplus_gold_chains_documents_and_scope(ec, tmp_path):
    corpus = ec.ecbplus_corpus(_ecb_data(tmp_path), "train")
    assert corpus.ids == ["9_1ecb", "9_2ecbplus"]
    got = [[(g.text, g.cluster, g.sources) for g in row] for row in corpus.golds]
    assert got == [
        [("floods", "ACT1", 2), ("said", "9_1ecb/m2", 1), ("flood", "ACT1", 2),
         ("killed", "9_1ecb/r7", 1), ("deaths", "9_1ecb/r7", 1)],
        [("Flood", "ACT1", 2), ("hits", "9_2ecbplus/m2", 1), ("killed", "9_2ecbplus/r7", 1),
         ("death", "9_2ecbplus/r7", 1)],
    ]  # fmt: skip
    assert corpus.topics == [9, 9]
    assert corpus.doc_gold == [(9, "ecb"), (9, "ecbplus")]
    assert corpus.documents[1].title == "Flood hits Riverton"
    assert corpus.documents[1].published is None
    text = corpus.texts[1]
    hits = ec.EventMention(1, text.index("hits"), text.index("hits") + 4, "p")
    fell = ec.EventMention(1, text.index("fell"), text.index("fell") + 4, "p")
    assert corpus.in_scope(hits) and hits.tokens == {5}
    assert not corpus.in_scope(fell)
    assert corpus.match([fell, hits], corpus.golds[1]) == [(1, 1)]
    head = ec.header(corpus, "m")
    assert "2 docs, 9 gold event mentions, 5 gold chains (2 singletons, 1 cross-document)" in head
    assert "2 gold document groups" in head


# MEANTIME event chains.


ROWS = [
    ("0/1/english1", 0, ["Storm (OTH1)", "hits (OTH2)", "Riverton (LOC100)"]),
    ("0/1/english1", 1, ["March -", "01 -", ", -", "2008 -"]),
    ("0/1/english1", 2, ["The -", "storm (OTH1)", "flooded (OTH3)", "Riverton (LOC100)", "and -",
                         "officials (PER200)", "said (SPE4)", "it -", "rolled (OTH5", "out OTH5)",
                         "aid (OTH8)", ". -"]),
    ("0/1/english1", 3, ["It (OTH1)", "was (GRA6)", "bad -", ". -"]),
    ("0/2/english2", 0, ["End (OTH7)", "of -", "storm (OTH1)"]),
    ("0/2/english2", 1, ["March -", "02 -", ", -", "2008 -"]),
    ("0/2/english2", 2, ["The -", "storm (OTH1)| (MIX9)", "ended (OTH7)", "on -", "Monday -",
                         ". -"]),
]  # fmt: skip


def _conll() -> str:
    return conll_text(ROWS)


def test_meantime_reader_keeps_event_chains_on_request(ec):
    mt = ec._meantime
    a, b = mt.read_conll(_conll(), events=True)
    assert [(m.text, m.type, m.cluster) for m in a.events] == [
        ("Storm", "OTH", "OTH1"), ("hits", "OTH", "OTH2"), ("storm", "OTH", "OTH1"),
        ("flooded", "OTH", "OTH3"), ("said", "SPE", "SPE4"), ("rolled out", "OTH", "OTH5"),
        ("aid", "OTH", "OTH8"), ("It", "OTH", "OTH1"), ("was", "GRA", "GRA6"),
    ]  # fmt: skip
    assert [(m.text, m.cluster, m.doc) for m in b.events] == [
        ("End", "OTH7", 1), ("storm", "OTH1", 1), ("storm", "OTH1", 1), ("ended", "OTH7", 1)
    ]  # OTH1 crosses the documents; MIX9 is no event  # fmt: skip
    assert [m.text for m in b.other] == ["storm"]  # MIX stays where meantime.py puts it
    # by default nothing changes: no events, the same entity mentions
    plain_a, _ = mt.read_conll(_conll())
    assert plain_a.events == []
    assert (
        [(m.text, m.cluster) for m in plain_a.mentions]
        == [(m.text, m.cluster) for m in a.mentions]
        == [("Riverton", "LOC100"), ("Riverton", "LOC100"), ("officials", "PER200")]
    )


def test_meantime_corpus_window_main_event_and_match(ec, tmp_path):
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "dataset.conll").write_text(_conll(), encoding="utf-8")
    corpus = ec.meantime_corpus(tmp_path, "train", sentences=3)
    assert corpus.texts[0] == (
        "Storm hits Riverton\n\nMarch 01, 2008\n\n"
        "The storm flooded Riverton and officials said it rolled out aid. It was bad."
    )
    # sentence 3 ("It was bad.") is outside the window of 3
    assert [[(g.text, g.cluster, g.sources) for g in row] for row in corpus.golds] == [
        [("Storm", "OTH1", 2), ("hits", "OTH2", 1), ("storm", "OTH1", 2),
         ("flooded", "OTH3", 1), ("said", "SPE4", 1), ("rolled out", "OTH5", 1),
         ("aid", "OTH8", 1)],
        [("End", "OTH7", 1), ("storm", "OTH1", 2), ("storm", "OTH1", 2), ("ended", "OTH7", 1)],
    ]  # fmt: skip
    # main events: doc 0 has OTH1 twice; doc 1 has OTH7 (first) and OTH1 twice each, and
    # OTH1 is in more documents
    assert corpus.doc_gold == ["OTH1", "OTH1"]
    assert corpus.topics == ["split", "split"]
    assert [d.published for d in corpus.documents] == [date(2008, 3, 1), date(2008, 3, 2)]
    assert corpus.documents[0].title == "Storm hits Riverton"
    text = corpus.texts[0]
    it = ec.EventMention(0, text.index("It"), text.index("It") + 2, "p")
    assert not corpus.in_scope(it)
    assert corpus.in_scope(ec.EventMention(0, text.index("aid"), text.index("aid") + 3, "p"))
    # a prediction must be the gold head: "rolled" matches "rolled out", "out" does not
    rolled_out = corpus.golds[0][5]
    r = text.index("rolled")
    rolled_out.head = (r, r + 6)
    out = ec.EventMention(0, r + 7, r + 10, "p")
    rolled = ec.EventMention(0, r, r + 6, "p")
    assert corpus.match([out], corpus.golds[0]) == []
    assert corpus.match([out, rolled], corpus.golds[0]) == [(1, 5)]
    head = ec.header(corpus, "m")
    assert "2 docs, 11 gold event mentions, 7 gold chains (5 singletons, 1 cross-document)" in head
    assert "1 gold document groups" in head
    whole = ec.meantime_corpus(tmp_path, "train", sentences=0)
    assert len(whole.golds[0]) == 9 and whole.golds[0][-1].label == "GRA"


def test_date_line(ec):
    mt = ec._meantime
    doc = mt.GoldDoc("x", [["A"], ["May", "2", ",", "2013"]])
    assert ec.date_line(doc) == date(2013, 5, 2)
    assert ec.date_line(mt.GoldDoc("x", [["A"], ["Tuesday"]])) is None
    assert ec.date_line(mt.GoldDoc("x", [["A"]])) is None
