"""The per-document token answers the event readers keep (issue 24) are spaCy's own:
``sentence_of`` is ``Token.sent`` and ``doc_text`` is ``Doc.text``, read once per
document; the headline test kept per line answers as reading the text afresh does.
Checked on a news text of our own: a dateline, a headline without a full stop, a
byline, paragraphs and a quote split over lines."""

from __future__ import annotations

from kg import nlp
from kg.extract import events
from kg.extract.spans import doc_text, span_text
from kg.extract.tokens import name_misread_as_verb, sentence_of

TEXT = (
    "05.12.2026\n"
    "Ferry Strike Halts Crossings To Islands\n"
    "By Mira Castell\n\n"
    "Crews on the island ferries walked out on Friday, stranding hundreds of travellers "
    "at the harbour. The union said the strike would last 48 hours.\n\n"
    "\u201cWe gave the operator every chance,\u201d said the union's regional secretary, "
    "Tomas Brel. \u201cThey chose\nnot to listen.\u201d\n"
    "The operator called the walkout unlawful and said it would go to court. Services "
    "resume on Sunday morning"
)


def _headline_afresh(tok) -> bool:
    """The headline test as it read the text before the per-line cache."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if not line or line.endswith((".", "!", "?", '"', "\u201d")):
        return False
    return all(events._date_line(b) for b in text[:start].split("\n") if b.strip())


def test_sentence_of_is_token_sent_for_every_word():
    doc = next(nlp.parse([TEXT]))
    assert len(list(doc.sents)) >= 6
    for tok in doc:
        got, want = sentence_of(tok), tok.sent
        assert (got.start, got.end) == (want.start, want.end), tok.text
        assert span_text(got) == want.text
    # one table per document: a second document has its own sentences
    other = next(nlp.parse(["Police closed the road. It reopened later."]))
    assert [sentence_of(t).start for t in other] == [t.sent.start for t in other]


def test_doc_text_is_doc_text_and_kept():
    doc = next(nlp.parse([TEXT]))
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)  # joined once


def test_headline_lines_answer_as_the_text_read_afresh():
    doc = next(nlp.parse([TEXT]))
    answers = [events._on_headline(t) for t in doc]
    assert answers == [_headline_afresh(t) for t in doc]
    # the headline after the date line is one; the byline, the body and the unfinished
    # last line (after full sentences) are not
    on = {t.text for t, yes in zip(doc, answers, strict=True) if yes}
    assert {"Ferry", "Strike", "Islands"} <= on
    assert not on & {"Mira", "Crews", "Services", "Sunday"}



def test_entities_in_a_span_are_spacys_and_the_document_is_read_once():
    """``entities_in`` answers as ``Span.ents`` for every sentence and for spans cut
    across names (a name that starts before the span, or runs past its end, is not in
    it), from one reading of ``Doc.ents``: the same Span objects come back each time."""
    from kg.extract.tokens import entities, entities_in

    doc = next(nlp.parse([TEXT]))
    sents = list(doc.sents)
    assert sum(len(s.ents) for s in sents) >= 4
    cuts = [doc[a:b] for a in range(0, len(doc), 3) for b in (a + 2, a + 9) if b <= len(doc)]
    for span in sents + cuts:
        got = [(e.start, e.end, e.label_) for e in entities_in(span)]
        assert got == [(e.start, e.end, e.label_) for e in span.ents], span.text
    kept = entities(doc)
    assert kept and all(a is b for a, b in zip(entities(doc), kept, strict=True))
    assert all(any(e is k for k in kept) for s in sents for e in entities_in(s))


def test_has_word_finds_what_the_whole_word_pattern_finds():
    """``has_word`` answers as the pattern it replaced, for every word and piece of the
    text, names with stops and apostrophes, and words inside longer ones ("union's",
    "walkout", "Castell" in "Castellan")."""
    import re

    from kg.extract.spans import has_word

    texts = [TEXT, TEXT.lower(), "the union's secretary", "St. Helier's harbour_master"]
    words = set(TEXT.split()) | {"union", "walk", "Castel", "St.", "Helier", "master", "'s"}
    words |= {w.strip(".,\u201c\u201d") for w in TEXT.split()} | {"", " ", "-", "48"}
    for text in texts:
        for word in words:
            expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
            assert has_word(text, word) is expected, (word, text[:30])


def _lead_afresh(doc, headline: int):
    """The headline's end and the lead sentence as _opens read them before they were
    kept per document."""
    text = doc.text
    if not headline:
        line = text.lstrip()
        end = line.find("\n")
        if end > 0 and not line[:end].rstrip().endswith((".", "!", "?", '"', "\u201d")):
            headline = len(text) - len(line) + end
    first = next(
        (s for s in doc.sents if s[0].idx >= headline and sum(w.is_alpha for w in s) >= 8),
        None,
    )
    return headline, first


def test_headline_and_lead_kept_per_document_are_the_walk():
    """The lead sentence :func:`_opens` keeps per document and headline is the one the
    walk over the sentences finds, untitled (the first line a headline with no stop)
    and with the title's end given."""
    from kg.extract.event_groups import LEAD, _headline_and_lead

    assert LEAD == 8
    doc = next(nlp.parse([TEXT]))
    for headline in (0, TEXT.index("By Mira"), TEXT.index("Crews")):
        end, first = _headline_and_lead(doc, headline)
        want_end, want_first = _lead_afresh(doc, headline)
        assert end == want_end and first is not None
        assert (first.start, first.end) == (want_first.start, want_first.end)
        assert _headline_and_lead(doc, headline)[1] is first  # kept, not read again


def test_a_club_name_the_model_tags_a_verb_is_read_as_a_name() -> None:
    """The model reads "Leeds" before "United" as a "VBZ" of "leed": a name, not the
    headline's verb; "Beat" and "Hosts" after a place's name are verbs with verb lemmas and stay."""
    checked = 0
    for text in (
        "Leeds United Sign Striker\nThe forward passed a medical on Tuesday.",
        "Wales Beat Italy\nThe home side scored three tries on Saturday.",
        "Athens Hosts Summit\nBalkan leaders gathered on Friday.",
    ):
        doc = next(nlp.parse([text]))
        for tok in doc[:4]:
            if tok.pos_ == "VERB":
                checked += 1
                assert name_misread_as_verb(tok) is (tok.text == "Leeds"), tok.text
    assert checked >= 1
