"""The MEANTIME scorer in bench/ scores what it claims to, on a CoNLL text we write here.

The gold data stays outside the repository; this checks the reading of the coreference
column (nested mentions of one chain, one-token mentions, events left out), the rebuilt
text and its offsets, the head-based match, and MUC / B³ / CEAF-e against values worked
out by hand, so a figure printed by the bench can be trusted. No spaCy model is needed.
"""

from __future__ import annotations

import pytest
from conftest import conll_text, load_bench


@pytest.fixture(scope="module")
def mt():
    return load_bench("meantime.py")


# Two documents. PER200 (Anna Weber) crosses both, so do LOC100 (Germany) and LOC600
# (France); "Anna" opens PER200 twice (the appositive "Anna Weber, the minister" holds
# "Anna Weber" and "the minister", both of the same chain), and in the second document
# "The minister Anna Weber, who left France" holds "Anna Weber": closes must pop the
# latest open. OTH/SPE are events and FIN a money amount: none of them is scored.
ROWS = [
    ("0/1/english1", 0, ["German (LOC100)", "minister (PER200)", "visits (OTH900)",
                         "Paris (LOC300)"]),
    ("0/1/english1", 1, ["March -", "01 -", ", -", "2008 -"]),
    ("0/1/english1", 2, ["Anna (PER200| (PER200", "Weber PER200)", ", -", "the (PER200",
                         "minister PER200)| PER200)", ", -", "met (OTH901)", "the (ORG400",
                         "French (LOC600)", "government ORG400)", "in -", "Paris (LOC300)",
                         ". -"]),
    ("0/1/english1", 3, ["She (PER200)", "said (SPE902)", "it -", "cost -", "$ (FIN500",
                         "5 -", "million FIN500)", ". -"]),
    ("0/2/english2", 0, ["German (LOC100)", "minister (PER200", "Weber PER200)", "leaves -",
                         "France (LOC600)"]),
    ("0/2/english2", 1, ["March -", "02 -", ", -", "2008 -"]),
    ("0/2/english2", 2, ["The (PER200", "minister -", "Anna (PER200", "Weber PER200)", ", -",
                         "who -", "left (OTH903)", "France (LOC600)| PER200)", "on -",
                         "Tuesday -", ". -"]),
    ("0/2/english2", 3, ["`` -", "It -", "was -", "good -", ", -", "'' -", "she (PER200)",
                         "said (SPE904)", ". -"]),
]  # fmt: skip


def _conll() -> str:
    return conll_text(ROWS)


def _spans(doc) -> list[tuple[str, str, str]]:
    return sorted((m.text, m.type, m.cluster) for m in doc.mentions)


def test_reader_gets_mentions_types_and_chains(mt):
    a, b = mt.read_conll(_conll())
    assert (a.id, b.id) == ("0/1/english1", "0/2/english2")
    assert _spans(a) == sorted([
        ("German", "LOC", "LOC100"),
        ("minister", "PER", "PER200"),
        ("Paris", "LOC", "LOC300"),
        ("Anna Weber, the minister", "PER", "PER200"),  # the outer of the double open
        ("Anna Weber", "PER", "PER200"),
        ("the minister", "PER", "PER200"),
        ("the French government", "ORG", "ORG400"),
        ("French", "LOC", "LOC600"),
        ("Paris", "LOC", "LOC300"),
        ("She", "PER", "PER200"),
    ])  # fmt: skip
    assert _spans(b) == sorted([
        ("German", "LOC", "LOC100"),
        ("minister Weber", "PER", "PER200"),
        ("France", "LOC", "LOC600"),
        ("The minister Anna Weber, who left France", "PER", "PER200"),
        ("Anna Weber", "PER", "PER200"),
        ("France", "LOC", "LOC600"),
        ("she", "PER", "PER200"),
    ])  # fmt: skip
    assert [m.text for m in a.other] == ["$5 million"]  # FIN kept aside, not scored
    assert all(m.doc == 1 for m in b.mentions)


def test_detokenised_text_and_offsets_round_trip(mt):
    a, b = mt.read_conll(_conll())
    assert a.text == (
        "German minister visits Paris\n\nMarch 01, 2008\n\n"
        "Anna Weber, the minister, met the French government in Paris. She said it cost $5 million."
    )
    assert b.text == (
        "German minister Weber leaves France\n\nMarch 02, 2008\n\n"
        "The minister Anna Weber, who left France on Tuesday. ``It was good,'' she said."
    )
    assert a.headline == "German minister visits Paris"
    assert a.text[a.window(3) :] == "She said it cost $5 million."  # sentences 0-2 kept
    assert a.window(0) == a.window(4) == len(a.text)  # 0: no limit; 4: all there is
    for doc, n in ((a, 0), (b, 4)):
        tokens = [c.split(" ", 1)[0] for _, _, cells in ROWS[n : n + 4] for c in cells]
        assert [doc.text[s:e] for s, e in doc.offsets] == tokens
    for m in a.mentions + b.mentions:
        assert (a if m.doc == 0 else b).text[m.start : m.end] == m.text


def test_detokeniser_quotes_clitics_and_currency(mt):
    text, _ = mt.detokenise([["A"], ["B"], ['"', "Yes", '"', ",", "I'", "ll", "pay",
                                           "US$", "40", "(", "GB", "#", "20", ")", "."]])
    assert text == 'A\n\nB\n\n"Yes", I\'ll pay US$40 (GB #20).'


def _m(mt, start, end, head=None, doc=0, type_="LOC", cluster="c"):
    return mt.Mention(doc, start, end, type_, cluster, head=head)


TEXT = "Officials of the United States Air Force and the United States's envoy met."


def test_head_match_drops_the_determiner_but_not_more(mt):
    us = TEXT.index("the United States's")
    gold = _m(mt, us, us + 17, head=(us + 11, us + 17))  # "the United States", head States
    assert TEXT[gold.start : gold.end] == "the United States"
    inner = _m(mt, us + 4, us + 17)  # "United States"
    assert mt.acceptable(inner, gold, TEXT)
    assert mt.acceptable(_m(mt, us + 4, us + 19), gold, TEXT)  # trailing possessive 's
    assert not mt.acceptable(_m(mt, us + 4, us + 25), gold, TEXT)  # "United States's envoy"
    assert not mt.acceptable(_m(mt, us, us + 10), gold, TEXT)  # "the United": no head
    af = TEXT.index("the United States Air")
    gold_af = _m(mt, af, af + 17, head=(af + 11, af + 17))  # gold "the United States" ...
    longer = _m(mt, af + 4, af + 27)  # ... and a prediction "United States Air Force"
    assert TEXT[longer.start : longer.end] == "United States Air Force"
    assert not mt.acceptable(longer, gold_af, TEXT)


def test_matching_is_one_to_one_exact_first(mt):
    us = TEXT.index("the United States's")
    gold = [_m(mt, us, us + 17, head=(us + 11, us + 17))]
    preds = [_m(mt, us + 4, us + 17), _m(mt, us, us + 17)]  # inner first, exact second
    assert mt.match(preds, gold, TEXT) == [(1, 0)]
    assert mt.match(preds[:1], gold, TEXT) == [(0, 0)]
    # "United States's" and "United States" overlap the gold equally: the exact one wins
    gold = [_m(mt, us + 4, us + 17, head=(us + 11, us + 17))]
    preds = [_m(mt, us + 4, us + 19), _m(mt, us + 4, us + 17)]
    assert mt.match(preds, gold, TEXT) == [(1, 0)]


# Hand-worked coreference example. Key K1={a,b,c} K2={d,e} K3={f};
# response R1={a,b} R2={c,d,e} R3={f}.
# MUC recall: K1 is cut in 2 parts -> 3-2=1, K2 in 1 -> 1, K3 -> 0; over (2+1+0) = 2/3.
# MUC precision: R1 -> 1, R2 is cut in 2 ({c},{d,e}) -> 1, R3 -> 0; over (1+2+0) = 2/3.
# B³ recall: a 2/3, b 2/3, c 1/3, d 1, e 1, f 1 -> (14/3)/6 = 7/9.
# B³ precision: a 1, b 1, c 1/3, d 2/3, e 2/3, f 1 -> (14/3)/6 = 7/9.
# CEAF-e: φ4(K1,R1)=2·2/5=4/5, φ4(K1,R2)=2·1/6=1/3, φ4(K2,R2)=2·2/5=4/5, φ4(K3,R3)=1;
# best alignment K1-R1, K2-R2, K3-R3 = 13/5; P = R = (13/5)/3 = 13/15.
KEY = [{"a", "b", "c"}, {"d", "e"}, {"f"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}, {"f"}]


def _approx(prf, p, r, f=None):
    f = 2 * p * r / (p + r) if f is None and p + r else (f or 0.0)
    assert prf == pytest.approx((p, r, f))


def test_metrics_on_a_hand_worked_example(mt):
    _approx(mt.muc(KEY, RESPONSE), 2 / 3, 2 / 3)
    _approx(mt.b_cubed(KEY, RESPONSE), 7 / 9, 7 / 9)
    _approx(mt.ceaf_e(KEY, RESPONSE), 13 / 15, 13 / 15)
    rows = mt.conll_rows(KEY, RESPONSE)
    assert sum(r[3] for r in rows) / 3 == pytest.approx(104 / 135)  # (30+35+39)/45/3


def test_metrics_perfect_and_all_singletons(mt):
    for fn in (mt.muc, mt.b_cubed, mt.ceaf_e):
        _approx(fn(KEY, KEY), 1.0, 1.0, 1.0)
    # Key {a,b,c} {d}; response all singletons {a} {b} {c} {d}.
    # MUC: no link kept: recall 0/2, precision 0/0 -> 0.
    # B³ recall: a,b,c 1/3 each, d 1 -> 2/4 = 1/2; precision 1 -> F 2/3.
    # CEAF-e: K1-{a} φ4 = 2/4, K2-{d} 1 -> 3/2; R = (3/2)/2 = 3/4, P = (3/2)/4 = 3/8.
    key = [{"a", "b", "c"}, {"d"}]
    single = [{"a"}, {"b"}, {"c"}, {"d"}]
    _approx(mt.muc(key, single), 0.0, 0.0, 0.0)
    _approx(mt.b_cubed(key, single), 1.0, 0.5)
    assert mt.b_cubed(key, single)[2] == pytest.approx(2 / 3)
    _approx(mt.ceaf_e(key, single), 3 / 8, 3 / 4)
    assert mt.ceaf_e(key, single)[2] == pytest.approx(1 / 2)


def test_metrics_with_unequal_mention_sets(mt):
    # Key {a,b,c}; response {a,b,x} {y}: c missed, x and y spurious.
    # MUC recall: K cut into {a,b} {c} -> 1/2; precision: {a,b,x} cut into {a,b} {x} -> 1/2,
    #   {y} -> 0/0; so 1/2.
    # B³ recall: a 2/3, b 2/3, c 0 -> 4/9; precision: a 2/3, b 2/3, x 0, y 0 -> 1/3;
    #   F = 2·(4/27)/(7/9) = 8/21.
    # CEAF-e: φ4(K, {a,b,x}) = 2·2/6 = 2/3; R = 2/3 over 1 chain, P = 2/3 over 2 = 1/3;
    #   F = 4/9.
    key = [{"a", "b", "c"}]
    response = [{"a", "b", "x"}, {"y"}]
    _approx(mt.muc(key, response), 1 / 2, 1 / 2)
    assert mt.b_cubed(key, response) == pytest.approx((1 / 3, 4 / 9, 8 / 21))
    assert mt.ceaf_e(key, response) == pytest.approx((1 / 3, 2 / 3, 4 / 9))


def test_evaluate_maps_matched_predictions_onto_gold_ids(mt):
    # Doc 0 text; gold: "the United States" (LOC, chain US) and "its envoy" is not gold.
    # Predictions: "United States" (LOC, cluster X) matches; "envoy" (PER, cluster X) is
    # spurious. Doc 1: gold "America" (LOC, chain US), predicted "America" (cluster Y).
    t0, t1 = "Then the United States and its envoy met.", "America agreed."
    us = t0.index("the United")
    golds = [[_m(mt, us, us + 17, (us + 11, us + 17), cluster="US")],
             [_m(mt, 0, 7, (0, 7), doc=1, cluster="US")]]  # fmt: skip
    env = t0.index("envoy")
    preds = [[_m(mt, us + 4, us + 17, cluster="X"),
              _m(mt, env, env + 5, type_="PER", cluster="X")],
             [_m(mt, 0, 7, doc=1, cluster="Y")]]  # fmt: skip
    ev = mt.evaluate(golds, preds, [t0, t1])
    rows = {r[0]: r[1:] for r in ev.mention_rows}
    assert rows["all"][:3] == pytest.approx((2 / 3, 1.0, 0.8))
    assert rows["LOC"][:3] == pytest.approx((1.0, 1.0, 1.0))
    assert rows["PER"][:3] == (0.0, 0.0, 0.0)
    # Key {g0,g1}; response {g0,p1} {g1}. MUC R 0/1, P 0/1 -> 0.
    coref = {r[0]: r[1:] for r in ev.coref_rows}
    assert coref["MUC"] == (0.0, 0.0, 0.0)
    # Within documents the key is {g0} {g1}: MUC is 0 (no links), B³: R 1, P (1/2+0+1)/3 =
    # 1/2 -> F 2/3; CEAF-e: φ4({g0},{g0,p1}) = 2/3, φ4({g1},{g1}) = 1 -> 5/3; R 5/6, P 5/6.
    within = (0.0 + 2 / 3 + 5 / 6) / 3
    assert coref["CoNLL within-doc"][2] == pytest.approx(within)
