"""The ECB+ scorer in bench/ scores what it claims to, on an XML file we write here.

The gold data stays outside the repository; this checks the reader (tokens, the URL
sentence left out, mentions by class, instance descriptors skipped, chains, the listed
sentences), the rebuilt text and its offsets, the token-overlap match, detection P/R/F1
and the attachment proxy against values worked out by hand, and the verb baseline on a
parse built by hand, so a figure printed by the bench can be trusted. No spaCy model is
needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ecb_head, load_bench
from spacy.tokens import Doc
from spacy.vocab import Vocab


@pytest.fixture(scope="module")
def eb():
    return load_bench("ecbplus.py")


# An ecbplus file: sentence 0 is the source URL. t_ids run 1..32.
SENTENCES = [
    ["http", ":", "/", "/", "example", ".", "org"],  # 1-7
    ["Storm", "floods", "Riverton"],  # 8-10
    ["Officials", "said", "the", "river", "did", "not", "burst", "its", "banks", "on",
     "Monday", "in", "Riverton", "."],  # 11-24
    ["The", "mayor", "ordered", "an", "evacuation", "on", "Monday", "."],  # 25-32
]  # fmt: skip
TEXT = (
    "Storm floods Riverton\n"
    "Officials said the river did not burst its banks on Monday in Riverton. "
    "The mayor ordered an evacuation on Monday."
)
# (tag, m_id, t_ids)
MARKABLES = [
    ("ACTION_OCCURRENCE", 1, [9]),  # floods
    ("LOC_GEO", 2, [10]),  # Riverton
    ("HUMAN_PART_PER", 3, [11]),  # Officials
    ("ACTION_REPORTING", 4, [12]),  # said
    ("NON_HUMAN_PART", 5, [13, 14]),  # the river: two tokens
    ("NEG_ACTION_OCCURRENCE", 6, [17]),  # burst
    ("TIME_DATE", 7, [21]),  # Monday
    ("LOC_GEO", 8, [23]),  # Riverton
    ("HUMAN_PART_PER", 9, [25, 26]),  # The mayor (sentence 3: not listed)
    ("ACTION_OCCURRENCE", 10, [27]),  # ordered
    ("ACTION_OCCURRENCE", 11, [29]),  # evacuation
    ("TIME_DATE", 12, [31]),  # Monday
    ("NON_HUMAN_PART", 13, [5]),  # in the URL sentence: dropped
]


def _xml() -> str:
    lines = ecb_head("9_1ecbplus.xml", SENTENCES, MARKABLES)
    lines += [  # instance descriptors: no anchors
        '<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t9_flood" '
        'instance_id="ACT123" />',
        '<LOC_GEO m_id="21" RELATED_TO="" TAG_DESCRIPTOR="t9_riverton" instance_id="LOC9" />',
        "</Markables>",
        "<Relations>",
        '<CROSS_DOC_COREF r_id="31" note="ACT123" >',
        '  <source m_id="1" />',
        '  <target m_id="20" />',
        "</CROSS_DOC_COREF>",
        '<INTRA_DOC_COREF r_id="32" >',
        '<source m_id="8" />',
        '<target m_id="2" />',
        "</INTRA_DOC_COREF>",
        "</Relations>",
        "</Document>",
    ]
    return "\n".join(lines) + "\n"


def _data(tmp_path: Path) -> Path:
    """The document in topic 9 (train) and in topic 24 (dev), an unlisted one, the CSV."""
    for topic in (9, 24):
        folder = tmp_path / str(topic)
        folder.mkdir()
        (folder / f"{topic}_1ecbplus.xml").write_text(
            _xml().replace('"9_1ecbplus.xml"', f'"{topic}_1ecbplus.xml"'), encoding="utf-8"
        )
    (tmp_path / "9" / "9_2ecb.xml").write_text(  # no listed sentence: skipped
        '<Document doc_name="9_2ecb.xml">\n<token t_id="1" sentence="0" number="0">Hi</token>\n'
        "<Markables>\n</Markables>\n<Relations>\n</Relations>\n</Document>\n",
        encoding="utf-8",
    )
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n9,1ecbplus,1\n9,1ecbplus,2\n24,1ecbplus,2\n",
        encoding="utf-8",
    )
    return tmp_path


def _doc(eb, tmp_path: Path):
    docs, skipped = eb.read_split(_data(tmp_path), "train")
    assert skipped == 1 and len(docs) == 1
    return docs[0]


def test_reader_tokens_text_and_offsets(eb, tmp_path):
    doc = _doc(eb, tmp_path)
    assert doc.id == "9_1ecbplus" and doc.topic == 9
    assert [t.text for t in doc.tokens] == [t for s in SENTENCES[1:] for t in s]  # no URL
    assert doc.tokens[0].id == 8 and doc.tokens[-1].id == 32
    assert doc.text == TEXT
    assert doc.title == "Storm floods Riverton"
    for t in doc.tokens:
        s, e = doc.offsets[t.id]
        assert doc.text[s:e] == t.text
    assert doc.scored == {1, 2}
    assert doc.sentence_span(2) == (22, 93)
    assert doc.text[22:93] == " ".join(SENTENCES[2][:-1]) + "."


def test_reader_mentions_chains_and_listed_sentences(eb, tmp_path):
    doc = _doc(eb, tmp_path)

    def texts(kind, scored=False):
        ms = doc.golds(kind) if scored else [m for m in doc.mentions if m.kind == kind]
        return [(m.text, m.label) for m in ms]

    assert texts("event") == [
        ("floods", "ACTION_OCCURRENCE"),
        ("said", "ACTION_REPORTING"),
        ("burst", "NEG_ACTION_OCCURRENCE"),
        ("ordered", "ACTION_OCCURRENCE"),
        ("evacuation", "ACTION_OCCURRENCE"),
    ]  # the descriptor m_id 20 has no anchor: not read
    assert texts("participant") == [
        ("Officials", "HUMAN_PART_PER"),
        ("the river", "NON_HUMAN_PART"),
        ("The mayor", "HUMAN_PART_PER"),
    ]  # the URL one is gone
    assert texts("time") == [("Monday", "TIME_DATE")] * 2
    assert texts("location") == [("Riverton", "LOC_GEO")] * 2
    assert texts("event", scored=True) == texts("event")[:3]  # sentence 3 is not listed
    assert texts("participant", scored=True) == texts("participant")[:2]
    assert len(doc.golds("time")) == 1 and len(doc.golds("location")) == 2
    river = next(m for m in doc.mentions if m.text == "the river")
    assert river.tokens == {13, 14} and river.sentence == 2 and river.m_id == "5"
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    assert doc.chains == {"1": "ACT123", "20": "ACT123", "8": "32", "2": "32"}
    # the splits: topic 24 is dev and lists sentence 2 only
    dev, skipped = eb.read_split(tmp_path, "dev")
    assert [d.id for d in dev] == ["24_1ecbplus"] and skipped == 0
    assert [m.text for m in dev[0].golds("event")] == ["said", "burst"]
    every, _ = eb.read_split(tmp_path, "all")
    assert [d.id for d in every] == ["9_1ecbplus", "24_1ecbplus"]
    assert [d.mentions[0].doc for d in every] == [0, 1]


def test_tokens_in_maps_character_spans(eb, tmp_path):
    doc = _doc(eb, tmp_path)
    did = TEXT.index("did not")
    assert doc.tokens_in(did, did + len("did not burst")) == {15, 16, 17}
    assert doc.tokens_in(did + 1, did + 2) == {15}  # inside a token
    assert doc.tokens_in(did + 3, did + 4) == frozenset()  # the space between
    assert doc.tokens_in(0, 1) == {8}
    assert not doc.in_scope(doc.tokens_in(did + 3, did + 4))
    assert doc.in_scope({15, 16}) and not doc.in_scope({24, 25})  # 25 is in sentence 3


def test_detokeniser_quotes_clitics_hyphens_numbers(eb):
    sentences = [
        ["Storm", "hits"],
        ["``", "We", "did", "n't", "know", ",", "''", "she", "said", "."],
        ["It", "cost", "$", "20", ",", "000", "for", "a", "90", "-", "day", "stay", "-", "-",
         "the", "mayor", "’", "s", "office", "said", "on", "May", "2", ",", "2013", "."],
    ]  # fmt: skip
    text, offsets = eb.detokenise(sentences, split_hyphens=True)
    assert text == (
        'Storm hits\n"We didn\'t know," she said. It cost $20,000 for a 90-day stay - - '
        "the mayor’s office said on May 2, 2013."
    )
    flat = [eb.QUOTES.get(t, t) for s in sentences for t in s]
    assert [text[s:e] for s, e in offsets] == flat
    text, _ = eb.detokenise(sentences[2:], split_hyphens=False)  # ecb files: a dash
    assert text.startswith("It cost $20, 000 for a 90 - day stay - - the mayor’s")
    # an ecb closing quote split into two apostrophes counts as one quote
    text, _ = eb.detokenise([["``", "Hi", ",", "'", "'", "he", "said", ",", "``", "yes", "''",
                              "."]])  # fmt: skip
    assert text == '"Hi,\'\' he said, "yes".'


def _mention(eb, tokens, start, label="X", **kw):
    return eb.Mention(0, start, start + 1, label, tokens=frozenset(tokens), **kw)


def test_matching_is_one_to_one_exact_first(eb):
    golds = [_mention(eb, {1, 2}, 10), _mention(eb, {3}, 30)]
    preds = [_mention(eb, {2}, 20), _mention(eb, {1, 2}, 10), _mention(eb, {2, 3}, 20)]
    # the exact pred 1 takes gold 0 before pred 0 or 2 can; pred 2 then takes gold 1
    assert eb.match(preds, golds) == [(1, 0), (2, 1)]
    # larger overlap wins: {1,2} over {1} for gold {1,2,3}
    gold = [_mention(eb, {1, 2, 3}, 10)]
    assert eb.match([_mention(eb, {1}, 10), _mention(eb, {1, 2}, 10)], gold) == [(1, 0)]
    # equal overlap: the earlier gold
    golds = [_mention(eb, {2}, 20), _mention(eb, {1}, 10)]
    assert eb.match([_mention(eb, {1, 2}, 10)], golds) == [(0, 1)]
    assert eb.match([_mention(eb, {5}, 50)], golds) == []


def test_mentions_of_one_event_inside_one_gold_mention_count_once(eb):
    # gold "opened fire" (tokens 4, 5) is one mention; kg tells the support verb and its
    # noun as two mentions of event 7: one prediction, matched, no spurious "fire"
    gold = [_mention(eb, {4, 5}, 40), _mention(eb, {9}, 90)]
    opened, fire = _mention(eb, {4}, 40, event=7), _mention(eb, {5}, 50, event=7)
    kept = eb.one_per_gold_span([opened, fire], gold)
    assert len(kept) == 1 and kept[0].tokens == {4, 5} and (kept[0].start, kept[0].end) == (40, 51)
    assert eb.match(kept, gold) == [(0, 0)]
    # two events inside one gold span, a mention reaching outside it, or a one-word gold:
    # each prediction stays its own
    two = [_mention(eb, {4}, 40, event=1), _mention(eb, {5}, 50, event=2)]
    assert len(eb.one_per_gold_span(two, gold)) == 2
    out = [_mention(eb, {4}, 40, event=3), _mention(eb, {5, 6}, 50, event=3)]
    assert len(eb.one_per_gold_span(out, gold)) == 2
    lone = [_mention(eb, {9}, 90, event=4), _mention(eb, {9}, 91, event=4)]
    assert len(eb.one_per_gold_span(lone, gold)) == 2


def _pred(eb, fragment, event, pos="verb"):
    """A predicted event mention over the first occurrence of ``fragment``."""
    s = TEXT.index(fragment)
    return eb.Mention(0, s, s + len(fragment), "Pred", event=event, pos=pos, text=fragment)


def _att(eb, fragment, event, kind, nth=0):
    """An attachment over the ``nth`` occurrence of ``fragment``."""
    s = TEXT.index(fragment)
    for _ in range(nth):
        s = TEXT.index(fragment, s + 1)
    return eb.Attachment(0, event, kind, s, s + len(fragment), text=fragment)


def test_evaluate_detection_and_attachments_by_hand(eb, tmp_path):
    doc = _doc(eb, tmp_path)
    gold_pos = {"floods": "noun", "said": "verb", "burst": "verb"}
    for m in doc.mentions:
        m.pos = gold_pos.get(m.text, "other")
    mentions = [
        _pred(eb, "floods", 0, pos="noun"),  # matches gold floods exactly
        _pred(eb, "did not burst", 2),  # overlaps gold burst, but loses to ...
        _pred(eb, "banks", 2, pos="noun"),  # spurious
        _pred(eb, "Officials", 4, pos="noun"),  # spurious (a participant, no event)
        _pred(eb, "burst", 2),  # ... this exact one
        _pred(eb, "ordered", 3),  # sentence 3: out of scope
    ]
    attachments = [
        _att(eb, "Riverton", 0, "participant"),  # a location, not a participant: wrong
        _att(eb, "river", 2, "participant"),  # shares "river" with "the river": right
        _att(eb, "its banks", 2, "participant"),  # wrong
        _att(eb, "Monday", 2, "time"),  # right
        _att(eb, "Riverton", 2, "location", nth=1),  # right
        _att(eb, "Officials", 4, "participant"),  # event 4 has no matched mention: ignored
        _att(eb, "Monday", 2, "time", nth=1),  # sentence 3: ignored
    ]
    preds = eb.scope([doc], [eb.Prediction(mentions, attachments)])
    assert [m.text for m in preds[0].mentions] == [
        "floods", "did not burst", "banks", "Officials", "burst"
    ]  # fmt: skip
    assert len(preds[0].attachments) == 6
    ev = eb.evaluate([doc], preds)
    # 5 predictions, 3 gold (floods, said, burst); matched floods and burst.
    # P = 2/5, R = 2/3, F1 = 2·(2/5)(2/3)/(2/5 + 2/3) = 1/2
    assert ev.detection == pytest.approx((2 / 5, 2 / 3, 1 / 2, 5, 3))
    assert sorted((ev.preds[i].text, ev.golds[j].text) for i, j in ev.pairs) == [
        ("burst", "burst"),
        ("floods", "floods"),
    ]
    # verb: preds "did not burst", "burst" (1 right) -> P 1/2; gold verbs said, burst
    # (burst found) -> R 1/2; F1 1/2. noun: preds floods, banks, Officials (1 right) ->
    # P 1/3; gold noun floods found -> R 1; F1 = 2·(1/3)/(4/3) = 1/2. other: nothing.
    assert ev.by_pos["verb"] == pytest.approx((1 / 2, 1 / 2, 1 / 2, 2, 2))
    assert ev.by_pos["noun"] == pytest.approx((1 / 3, 1.0, 1 / 2, 3, 1))
    assert ev.by_pos["other"] == (0.0, 0.0, 0.0, 0, 0)
    assert ev.recall_by_class == {
        "ACTION_OCCURRENCE": (1.0, 1, 1),
        "ACTION_REPORTING": (0.0, 0, 1),
        "NEG_ACTION_OCCURRENCE": (1.0, 1, 1),
    }
    # Matched events: 0 (floods, sentence 1) and 2 (burst, sentence 2).
    # participant: made Riverton, river, its banks; right: river -> 1/3. Sentence 1 holds
    #   no gold participant, sentence 2 does: coverable burst, covered (river) -> 1/1.
    # time: made Monday (s2), right -> 1/1; coverable burst, covered -> 1/1.
    # location: made Riverton (s2), right -> 1/1; sentences 1 and 2 both hold a gold
    #   location: coverable floods and burst; event 0 has no location -> 1/2.
    assert ev.attachments["participant"] == pytest.approx((1 / 3, 1, 3, 1.0, 1, 1))
    assert ev.attachments["time"] == pytest.approx((1.0, 1, 1, 1.0, 1, 1))
    assert ev.attachments["location"] == pytest.approx((1.0, 1, 1, 1 / 2, 1, 2))


def test_dropped_lists_the_gold_the_detector_finds_and_the_graph_leaves_out(eb, tmp_path, capsys):
    doc = _doc(eb, tmp_path)
    # the graph keeps "floods"; the detector also finds "said" and "burst", and
    # "banks", which is no gold event: dropped = said, burst, in text order
    graph = eb.evaluate([doc], eb.scope([doc], [eb.Prediction([_pred(eb, "floods", 0)])]))
    every = [_pred(eb, w, e) for e, w in enumerate(["burst", "floods", "said", "banks"])]
    every = eb.evaluate([doc], eb.scope([doc], [eb.Prediction(every)]))
    assert [g.text for g in eb.dropped(graph, every)] == ["said", "burst"]
    assert eb.dropped(every, every) == [] and eb.dropped(every, graph) == []
    eb.print_dropped(graph, every, [doc], 1)
    out = capsys.readouterr().out
    assert "DROPPED BY THE GRAPH (2)" in out and "ACTION_REPORTING×1" in out
    assert out.count("[9_1ecbplus]") == 1  # n = 1 example


def test_dropped_mentions_are_counted_by_the_rule_that_leaves_them_out(eb, tmp_path, capsys):
    doc = _doc(eb, tmp_path)
    graph = eb.evaluate([doc], eb.scope([doc], [eb.Prediction([_pred(eb, "floods", 0)])]))
    every = [_pred(eb, w, e) for e, w in enumerate(["burst", "floods", "said", "banks"])]
    whys = ["negated, no one", "", "a reporting verb", "a kind of act"]
    for p, why in zip(every, whys, strict=True):
        p.why = why  # what kg's every_event run says of each; the graph keeps "floods"
    every = eb.evaluate([doc], eb.scope([doc], [eb.Prediction(every)]))
    # "banks" is no gold event: spurious; "said" and "burst" gold; by count, then name
    assert eb.left_out_by_rule(graph, every) == {
        "a kind of act": (0, 1),
        "a reporting verb": (1, 0),
        "negated, no one": (1, 0),
    }
    eb.print_dropped(graph, every, [doc], 2)
    out = capsys.readouterr().out
    assert "(a reporting verb): Officials [said] the river" in out
    assert "(negated, no one): Officials said the river did not [burst]" in out
    assert "    a kind of act" in out  # the count of the rule, spurious mentions too


def test_evaluate_counts_nothing_twice_across_documents(eb, tmp_path):
    _data(tmp_path)
    docs, _ = eb.read_split(tmp_path, "all")
    preds = []
    for di, d in enumerate(docs):
        s = d.text.index("burst")
        preds.append(eb.Prediction([eb.Mention(di, s, s + 5, "P", event=0, pos="verb")]))
    ev = eb.evaluate(docs, eb.scope(docs, preds))
    # doc 0 gold: floods, said, burst; doc 1 (sentence 2 only): said, burst
    assert ev.detection == pytest.approx((1.0, 2 / 5, 4 / 7, 2, 5))
    assert sorted(ev.pairs) == [(0, 2), (1, 4)]


# "Riverton was flooded by the river on Monday in Ohio.": word, POS, dep, head, entity
PARSE = [
    ("Riverton", "PROPN", "nsubjpass", 2, "B-GPE"),
    ("was", "AUX", "auxpass", 2, "O"),
    ("flooded", "VERB", "ROOT", 2, "O"),
    ("by", "ADP", "agent", 2, "O"),
    ("the", "DET", "det", 5, "O"),
    ("river", "NOUN", "pobj", 3, "O"),
    ("on", "ADP", "prep", 2, "O"),
    ("Monday", "PROPN", "pobj", 6, "B-DATE"),
    ("in", "ADP", "prep", 2, "O"),
    ("Ohio", "PROPN", "pobj", 8, "B-GPE"),
    (".", "PUNCT", "punct", 2, "O"),
]


def _parsed() -> Doc:
    """A parse built by hand, so no model is loaded."""
    words, pos, deps, heads, ents = (list(col) for col in zip(*PARSE, strict=True))
    return Doc(
        Vocab(),
        words=words,
        spaces=[True] * 9 + [False, False],
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=[w if w != "flooded" else "flood" for w in words],
        ents=ents,
    )


def test_baseline_takes_verbs_core_dependents_and_nearest_entities(eb):
    parsed = _parsed()
    (pred,) = eb.baseline_system([parsed], [None])
    assert [(m.text, m.event) for m in pred.mentions] == [("flooded", 0)]
    got = sorted((a.kind, a.text) for a in pred.attachments)
    # nsubjpass and the agent's pobj subtree; Riverton (2 tokens away) beats Ohio (7)
    assert got == [
        ("location", "Riverton"),
        ("participant", "Riverton"),
        ("participant", "the river"),
        ("time", "Monday"),
    ]
    eb.annotate(pred.mentions, parsed)
    assert (pred.mentions[0].pos, pred.mentions[0].lemma) == ("verb", "flood")
    assert eb.pos_class("AUX") == "verb" and eb.pos_class("PROPN") == "noun"
    assert eb.pos_class("ADJ") == "other"
