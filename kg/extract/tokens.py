"""Per-document answers about tokens that spaCy recomputes on every call, read once per
document and kept in its ``user_data`` (issue 24: the event readers ask them of
thousands of words per article).

``Token.sent`` walks from the word to its sentence's ends each time it is asked (some
3 µs a word, twenty times a table lookup), and the readers ask for the sentence of a
trigger, its head, its root and its neighbours, over and over.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from a table of the document's sentences built once (token index ->
    its sentence, the same ``Span`` for every word of a sentence)."""
    table = tok.doc.user_data.get("sentence_of")
    if table is None:
        table = [sent for sent in tok.doc.sents for _ in range(len(sent))]
        tok.doc.user_data["sentence_of"] = table
    return table[tok.i]


def entities(doc: Doc) -> list[Span]:
    """``doc.ents``, read once per document and kept in its ``user_data`` (do not
    edit the list): ``Doc.ents`` makes a Span of every entity of the document anew on
    each call, and actors, statements and events each read it."""
    ents = doc.user_data.get("entities")
    if ents is None:
        ents = doc.user_data["entities"] = list(doc.ents)
    return ents


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside it), found by bisection in
    :func:`entities`: spaCy's ``Span.ents`` walks every entity of the document (made
    anew, ``Doc.ents``) on each call, and the readers ask it of a sentence per
    statement and per headline."""
    ents = entities(span.doc)
    out = []
    for k in range(bisect_left(ents, span.start, key=lambda e: e.start), len(ents)):
        if ents[k].end > span.end:
            break
        out.append(ents[k])
    return out


def first_conjunct(tok: Token) -> Token:
    """The first word of the row a word is listed in ("retirement, disability or
    death": "retirement"; "want to get back to work and leave": "get"), or the word
    itself: the row's role (its preposition, its subject, its "to") is the first's."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def line_breaks(doc: Doc) -> list[int]:
    """The indices of a document's tokens that hold or are followed by a line break, in
    order, read once per document: a title asks whether each of its words starts a line
    (:func:`kg.extract.event_groups._line_start`) and the speaker weighing whether a
    break lies between two words, and walking the tokens each time added up."""
    breaks = doc.user_data.get("line_breaks")
    if breaks is None:
        # A token's trailing space is one " " or none (spaCy keeps a flag), so a line
        # break is in a token's text; each distinct text is looked at once: walking the
        # tokens, or building doc.text, costs more than all the lookups it serves.
        orths = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        broken = {h for h in set(orths) if "\n" in strings[h]}
        breaks = [i for i, h in enumerate(orths) if h in broken]
        doc.user_data["line_breaks"] = breaks
    return breaks


def on_title_case_line(tok: Token) -> bool:
    """Whether a token sits in a title-case line ("Gunman Opens Fire In Mall"): most of
    the line's words of four letters or more start with a capital. A line, not a
    sentence: the parser often runs a headline into the text below it. Shared by the
    event readers and the actor reader (a headline's "Suspended Worker Kills 2 Women"
    tagged a person is no name)."""
    doc = tok.doc
    if "headlines" not in doc.user_data:
        doc.user_data["headlines"] = title_case_lines(doc)
    return tok.i in doc.user_data["headlines"]


def title_case_lines(doc: Doc) -> set[int]:
    """The indices of the tokens on a document's title-case lines (:func:`on_title_case_line`),
    read from the token texts, each distinct one looked at once: a walk over the Token
    objects of every document cost more than the rest of _trigger_type. A token's
    trailing space is one " " or none, so a line ends at a token whose text holds a
    line break."""
    rows = doc.to_array([ORTH, IS_ALPHA]).tolist()
    orths = [h for h, _ in rows]
    alpha = dict(rows)  # a word's flag from the array: no Lexeme made per distinct word
    breaks, long, capital = set(), set(), set()
    for h in set(orths):
        text = doc.vocab.strings[h]
        if "\n" in text:
            breaks.add(h)
        if alpha[h] and len(text) > 3:
            long.add(h)
            if text[0].isupper():  # "DeGeneres" is no is_title
                capital.add(h)
    title: set[int] = set()
    first = 0  # the line's first token
    for i, h in enumerate(orths):
        if h in breaks or i == len(orths) - 1:
            line = orths[first : i + 1]
            words = sum(w in long for w in line)
            if words >= 3 and sum(w in capital for w in line) >= 0.8 * words:
                title.update(range(first, i + 1))
            first = i + 1
    return title


# A verb form's ending and what its lemma ends in instead ("kills" kill, "flies" fly,
# "died" die, "charged" charge, "fleeing" flee).
VERB_ENDINGS = (
    ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
    ("ing", "e"),
)  # fmt: skip


def verb_lemmas(word: str, irregular: bool = True) -> set[str]:
    """The lemmas a lower-case word may be a form of, itself included: by its ending
    ("kills" kill, "charged" charge) and by the model's irregular verbs ("caught" catch,
    "held" hold, "shot" shoot). A title-case headline's verbs are tagged proper nouns
    and keep their written form as lemma, so the event grouper (a headline's "Dies"
    meeting the text's "died") and the actor reader ("Suspect Caught" is no one) both
    read them here. A lemma shorter than three letters is none: "Wing" is no "we"
    (the trigger table has no verb so short). ``irregular=False`` reads the endings
    alone."""
    out = {word}
    for end, base in VERB_ENDINGS:
        if word.endswith(end) and len(word) - len(end) + len(base) >= 3:
            out.add(word[: -len(end)] + base)
    return out | set(irregular_verbs().get(word, ())) if irregular else out


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, ...]]:
    """Irregular verb forms and their lemmas ("shot" -> "shoot"), from the model's
    lemmatizer exceptions, read once."""
    out: dict[str, list[str]] = {}
    for form, lemma in verb_forms():
        out.setdefault(form, []).append(lemma)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def verb_forms() -> list[tuple[str, str]]:
    """The (form, lemma) pairs of the model's irregular verbs (its lemmatizer
    exceptions), sorted, so every table built from them is the same on each run."""
    from .. import nlp

    try:
        table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    except (KeyError, ValueError):
        return []
    return [(form, lemma) for form, lemmas in sorted(table.items()) for lemma in lemmas]


@lru_cache(maxsize=4)
def lemma_index(pos: str) -> frozenset[str]:
    """English lemmas of one part of speech ("verb", "noun", "adj"): the model's
    lemmatizer index (WordNet's), empty when the model has none."""
    from .. import nlp

    try:
        table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table[pos])
    except (KeyError, ValueError):
        return frozenset()


NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def name_misread_as_verb(tok: Token) -> bool:
    """Whether a title-case headline word the model tagged a verb is a place's or a
    club's name in -s ("[Leeds] United Sign Striker": a "VBZ" of "leed"): its lemma is
    no verb of the model's vocabulary (the caller asks its own table too), and the
    word opens or goes on a name whose next word is title-case too, or English has the
    word only as a name (neither it nor its lemma a noun, a verb or an adjective). A
    real headline verb has a verb for lemma ("Wales [Beat] Italy", "Athens [Hosts]
    Summit"), so it stays."""
    if tok.pos_ != "VERB" or not tok.is_title or not on_title_case_line(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma in lemma_index("verb"):
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        tok.ent_type_ in NAME_ENTITIES
        and after is not None
        and after.ent_iob_ == "I"
        and after.is_title
        and after.is_alpha
    ):
        return True  # "Leeds United", "Hastings Borough Council"
    nouns, adjectives = lemma_index("noun"), lemma_index("adj")
    return not any(w in nouns or w in adjectives for w in (tok.lower_, lemma))  # "leeds",
    # "leed": a word only a name has


def hyphen_run(tok: Token, joins: Callable[[Token, Token], bool] | None = None) -> Span | None:
    """The hyphened word a token is part of ("Republican-led", "co-chairman",
    "stay-at-home"): the tokenizer splits it at each hyphen written with no space, and
    the readers need it whole; None when the token stands alone. ``joins(left, right)``,
    when given, must also hold of the pieces either side of each hyphen (a title joins
    only letters and digits: "U.S.-backed" stays apart there)."""
    doc = tok.doc
    if tok.i not in token_table(doc).hyphened:
        return None  # no "-" either side: most words, asked without a walk
    start = end = tok.i
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_ or joins and not joins(doc[start - 2], doc[start]):
            break
        start -= 2
    while end < len(doc) - 2 and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_ or joins and not joins(doc[end], doc[end + 2]):
            break
        end += 2
    return None if start == end else doc[start : end + 1]


@dataclass(frozen=True)
class TokenTable:
    """What the event readers ask of every word, as plain lists indexed by token: a
    ``doc[i]`` builds a new Token object each time (1.2M per 120 articles), and most
    words are asked only to be passed over ("the", "of", "quickly"). The lower-case
    forms and lemmas are kept as the vocabulary's hashes (compare them with
    :func:`hashes`): turning every distinct one into a string costs more than the
    readers that pass a word over."""

    pos: list[str]
    dep: list[str]
    lower: list[int]  # hash of ``lower_``
    lemma: list[int]  # hash of ``lemma_``
    head: list[int]
    ent_type: list[str]
    hyphened: frozenset[int]  # tokens with a "-" token either side
    kids: list[tuple[int, ...]]  # each token's children, in order (:func:`children`)


def token_table(doc: Doc) -> TokenTable:
    """The document's :class:`TokenTable`, read once from spaCy's arrays and kept in its
    ``user_data``."""
    table = doc.user_data.get("token_table")
    if table is None:
        rows = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE, HEAD])
        strings = doc.vocab.strings
        orth, lower, lemma, pos, dep, ent = (rows[:, k].tolist() for k in range(6))
        names = {h: strings[h] for h in set(pos) | set(dep) | set(ent)}  # a few dozen tags
        dash = strings["-"]
        head = (rows[:, 6].astype("int64") + range(len(doc))).tolist()  # offsets
        kids: list[list[int]] = [[] for _ in head]
        for i, h in enumerate(head):
            if h != i:  # a sentence's root is its own head
                kids[h].append(i)
        table = TokenTable(
            pos=[names[h] for h in pos],
            dep=[names[h] for h in dep],
            lower=lower,
            lemma=lemma,
            head=head,
            ent_type=[names[h] for h in ent],
            hyphened=frozenset(i + d for i, h in enumerate(orth) if h == dash for d in (-1, 1)),
            kids=[tuple(k) for k in kids],
        )
        doc.user_data["token_table"] = table
    return table


def word_positions(doc: Doc, lower: str) -> list[int]:
    """Where the word ``lower`` (lowercased) stands in the document, in order: an index
    of every word's places built once per document in its ``user_data``, so a reader
    that looks for the other uses of a word asks for them instead of walking the whole
    document per question (the square of an article's length, issue 24)."""
    index = doc.user_data.get("word_positions")
    if index is None:
        index = {}
        for i, h in enumerate((doc.user_data.get("token_table") or token_table(doc)).lower):
            index.setdefault(h, []).append(i)
        doc.user_data["word_positions"] = index
    return index.get(doc.vocab.strings[lower], [])


def positions_in(span: Span, lowers: Iterable[str]) -> list[int]:
    """Where any of the words ``lowers`` (lowercased) stands inside ``span``, in order,
    from :func:`word_positions`: a reader that looks for a few words in a trigger's
    sentence asks for their places instead of making a Token of every word of it."""
    doc, found = span.doc, []
    for lower in lowers:
        places = word_positions(doc, lower)
        k = bisect_left(places, span.start)
        while k < len(places) and places[k] < span.end:
            found.append(places[k])
            k += 1
    return sorted(found)


def children(tok: Token, deps: Collection[str] | None = None) -> list[Token]:
    """``list(tok.children)``, or only the children whose ``dep_`` is in ``deps``, from
    the token table: spaCy's ``children`` walks every token between the word's left and
    right edges and makes a Token of each child, and the event readers ask it tens of
    thousands of times per article, mostly to keep one or two (its subject, its "to").
    A view's children are its kept views (:class:`TokenView`), whose facts are read once."""
    if type(tok) is TokenView:  # its children are views, kept: no Token made again
        kids = tok.children
        if deps is None:
            return list(kids)
        kept = []  # a loop, not a comprehension: Python 3.11 makes and calls a function
        for c in kids:  # for each comprehension, and this is asked ~2,000 times an article
            if c.dep_ in deps:
                kept.append(c)
        return kept
    doc = tok.doc
    table = doc.user_data.get("token_table") or token_table(doc)  # asked per word: no call
    if deps is None:
        return [doc[j] for j in table.kids[tok.i]]
    dep = table.dep
    return [doc[j] for j in table.kids[tok.i] if dep[j] in deps]


def hashes(doc: Doc, texts: Iterable[str]) -> frozenset[int]:
    """The vocabulary's hashes of these strings, to test a :class:`TokenTable` column."""
    return frozenset(doc.vocab.strings[t] for t in texts)


class _Kept:
    """A token fact read from spaCy on first asking and then kept in the view's
    ``__dict__``: a non-data descriptor, so the kept value answers every later read
    without a call (spaCy's own attributes are data descriptors, asked anew each time)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.read = getattr(Token, name).__get__

    def __get__(self, view: TokenView | None, owner: type | None = None) -> object:
        if view is None:
            return self
        value = view.__dict__[self.name] = self.read(view)
        return value


class _KeptHead:
    """``head``, kept as a view (:func:`token_view`), so the words reached from a view
    keep their facts too."""

    def __get__(self, view: TokenView | None, owner: type | None = None) -> object:
        if view is None:
            return self
        doc = view.doc
        head = view.__dict__["head"] = token_view(doc, token_table(doc).head[view.i])
        return head


class _KeptChildren:
    """``children``: the word's children in order, as views, from the token table, kept
    as a tuple in the view's ``__dict__`` (a non-data descriptor, as :class:`_Kept`): the
    readers ask a trigger's children dozens of times, and a property answered each
    asking with a Python call. Every reader iterates them (``for``, ``list``, ``any``,
    ``*``), which a tuple serves as spaCy's generator does."""

    def __get__(self, view: TokenView | None, owner: type | None = None) -> object:
        if view is None:
            return self
        doc = view.doc
        kids = view.__dict__["children"] = _views(doc, token_table(doc).kids[view.i])
        return kids


class _KeptSubtree:
    """``subtree``: the word and its descendants in spaCy's order (each left child's
    subtree, the word, each right child's), as views, from the token table, kept as a
    tuple in the view's ``__dict__``: spaCy walks the tree anew on each asking and makes
    a new Token of every word, and the junk readers ask a trigger's subtree again and
    again (a date in it, a number, a name). The word itself is the view asked, as spaCy
    yields the token itself (readers test ``c is not trig``)."""

    def __get__(self, view: TokenView | None, owner: type | None = None) -> object:
        if view is None:
            return self
        doc = view.doc
        kids = token_table(doc).kids
        order: list[int] = []

        def walk(i: int) -> None:
            below = kids[i]
            for j in below:
                if j < i:
                    walk(j)
            order.append(i)
            for j in below:
                if j > i:
                    walk(j)

        walk(view.i)
        tree = view.__dict__["subtree"] = _views(doc, order)
        return tree


class _KeptSent:
    """``sent``: the word's sentence, the one ``Span`` of :func:`sentence_of`'s table,
    kept in the view's ``__dict__``: spaCy's ``Token.sent`` walks from the word to its
    sentence's ends on each asking, and the readers ask it of a trigger and its head
    again and again (its lemmas, its words, where it starts)."""

    def __get__(self, view: TokenView | None, owner: type | None = None) -> object:
        if view is None:
            return self
        sent = view.__dict__["sent"] = sentence_of(view)
        return sent


class TokenView(Token):
    """A token that reads each of its facts from spaCy once (issue 24): the event readers
    ask a trigger, its head and its children for the same lemma, tag and children some
    150 times per mention, and spaCy answers each asking anew, making a new Token for
    every ``head`` and walking the word's whole subtree for every ``children``. It is a
    Token (equal to, and hashed as, the plain one of the same document and index), so
    every reader takes it unchanged; it is only for a document no longer edited."""

    head = _KeptHead()
    text, lower_, lemma_, shape_ = _Kept("text"), _Kept("lower_"), _Kept("lemma_"), _Kept("shape_")
    pos_, tag_, dep_ = _Kept("pos_"), _Kept("tag_"), _Kept("dep_")
    ent_type_, ent_iob_ = _Kept("ent_type_"), _Kept("ent_iob_")
    idx, whitespace_ = _Kept("idx"), _Kept("whitespace_")
    is_title, is_alpha = _Kept("is_title"), _Kept("is_alpha")
    is_punct, like_num = _Kept("is_punct"), _Kept("like_num")

    children = _KeptChildren()
    subtree = _KeptSubtree()
    sent = _KeptSent()


_IDX = Token.idx.__get__  # spaCy's own reading of a word's offset, with no Python call

KEPT = tuple(name for name, fact in vars(TokenView).items() if isinstance(fact, _Kept))


def token_view(doc: Doc, i: int) -> TokenView:
    """The document's :class:`TokenView` of token ``i``, made once and kept in its
    ``user_data``."""
    views = doc.user_data.get("token_views")
    if views is None:
        views = doc.user_data["token_views"] = [None] * len(doc)
    view = views[i]
    if view is None:
        view = views[i] = TokenView(doc.vocab, doc, i)
        # the facts most views are asked (from a half to nine in ten of them), set from
        # the token table: a first asking through _Kept costs a Python call per fact
        table = doc.user_data.get("token_table") or token_table(doc)
        strings, kept = doc.vocab.strings, view.__dict__
        kept["dep_"], kept["pos_"] = table.dep[i], table.pos[i]
        kept["ent_type_"] = table.ent_type[i]
        kept["lower_"], kept["lemma_"] = strings[table.lower[i]], strings[table.lemma[i]]
        kept["idx"] = _IDX(view)
    return view


def _views(doc: Doc, indexes: Iterable[int]) -> tuple[TokenView, ...]:
    """The document's views of these tokens, in order: those made already read straight
    from the kept list, without a call of :func:`token_view` each (a trigger's children
    and subtree are asked for some 300,000 views per 400 articles, most made before)."""
    views = doc.user_data.get("token_views") or ()
    out = []
    for j in indexes:
        view = views[j] if views else None
        out.append(view if view is not None else token_view(doc, j))
    return tuple(out)


def let_go(doc: Doc) -> None:
    """Drop what the readers kept in ``doc.user_data`` (views, tables, sentences), once
    the document is read: a view keeps its head and children as views, so the views of
    a document hold one another and the document in cycles, and a parse let go was
    freed only by the cyclic collector, its views and spans (some 1,200 objects an
    article of BBC politics) walked by every young collection it outlived first. With
    the views' kept facts dropped too, the parse is freed the moment it is let go."""
    for view in doc.user_data.get("token_views") or ():
        if view is not None:
            view.__dict__.clear()
    doc.user_data.clear()
