"""Definite descriptions told by the name the article gave them (issue 19, item 5).

A card is read without its article, and a title that says "The group has been
conducting weekly polls" or "Palestinians have died from the disease" names no one a
reader can tell: the article named the group (FreedomWorks) or the disease (Covid-19)
a few sentences before, and a reader of the article takes the description for that
name. :func:`named_descriptions` tells such a title with the name, only when the
article's own words make the choice clear (one fitting name in the nearest of the few
sentences before, or the one the article keeps naming); never when two names compete.
:func:`owned_roles` does the same for a bare plural role noun ("Users encountered
blank screens": "Facebook users"), with the one owner its own phrase, its sentence or
the sentence before in the paragraph names. Only the title changes: the graph keeps
the mention's words and the participants the actor index resolved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from ..gazetteer import country
from ..gazetteer import words as word_list
from .actors import BODY_WORDS
from .tokens import entities, entities_in

# the head word of a description and the kind of name it stands for
KIND_OF_HEAD: dict[str, str] = {
    **dict.fromkeys(
        word_list(
            "group organisation organization company firm agency carrier airline bank "
            "insurer retailer startup automaker carmaker charity lender broadcaster "
            "publisher manufacturer conglomerate"
        ),
        "org",
    ),
    "party": "party",
    **dict.fromkeys(word_list("disease virus pandemic illness epidemic"), "disease"),
    **dict.fromkeys(word_list("country nation"), "country"),
    **dict.fromkeys(word_list("city town"), "city"),
    **dict.fromkeys(
        word_list("series film show book album memoir novel movie documentary sitcom"),
        "work",
    ),
    **dict.fromkeys(word_list("bill law act"), "law"),
    **dict.fromkeys(word_list("agreement treaty accord"), "pact"),
}
PACT_WORDS = word_list("agreement treaty accord pact deal convention")  # "Paris Agreement"
LAW_WORDS = word_list("act bill law code")  # "the Affordable Care Act" is "the law"
# the diseases a news text names, each with the other names of the same one
DISEASE_KEYS: dict[str, str] = {
    **dict.fromkeys(word_list("covid covid-19 covid19 coronavirus sars-cov-2 2019-ncov"), "covid"),
    **{
        w: w
        for w in word_list(
            "ebola zika measles malaria cholera polio tuberculosis dengue mpox monkeypox "
            "h1n1 h5n1 hiv aids influenza flu sars mers"
        )
    },
}
KIND_LABELS = {"org": "ORG", "party": "ORG", "country": "GPE", "city": "GPE"} | {
    "work": "WORK_OF_ART",
    "law": "LAW",
    "pact": "LAW",
}  # the model's label for names of a kind, fitting or not
OTHER_BODIES = BODY_WORDS | word_list("authority government office board")
GENERIC_NAMES = word_list("group groups company companies firm firms")  # "Groups are …"
QUOTE_MARKS = "\"'“”‘’«»"  # a work's quotes the tagger took into its name
SPREADS = word_list("pandemic epidemic")  # a disease's spread, told with its name
LIST_WORDS = word_list("including like")  # "groups including FreedomWorks"
THE_DISEASES = word_list("coronavirus flu")  # "the coronavirus", but "Covid-19", "measles"
US_STATES = word_list(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida "
    "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
    "oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming"
)  # a state is no "city" ("New York" is often both: left to be one)
SUBJECTS_OBJECTS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "conj"}
WINDOW = 2  # the sentences before a description's own that a reader keeps in mind
DOMINANT = 3  # "the article's dominant one": named this often, twice any other


def _sentences_of(triggers: Iterable[Token]) -> Iterator[Span]:
    """Each sentence the ``triggers`` stand in, once, in their order: an event's
    mentions often share one, and its descriptions are read once."""
    seen: set[int] = set()
    for trig in triggers:
        sent = trig.sent
        if sent.start not in seen:
            seen.add(sent.start)
            yield sent


def named_descriptions(
    text: str, triggers: Iterable[Token], beside: Callable[[Token], set[str]] | None = None
) -> str:
    """``text`` with its definite descriptions ("the group", "the disease", "The
    company's") told by the name the article gave them ("FreedomWorks", "Covid-19",
    "De Grey's"), the descriptions read in the sentences of the event's ``triggers``;
    ``beside`` gives the names the article set beside a description's noun before it
    ("the group Free Ohio"), which decide when there are any; ``text`` as it is where
    no description is resolved."""
    for sent in _sentences_of(triggers):
        for head in _descriptions(sent):
            said = f"{head.doc[head.i - 1].text} {head.text}"
            at = _find_words(text, said)
            if at < 0:
                continue
            name = referent(head, beside(head) if beside is not None else set())
            if name is None or name.lower() in text.lower():
                continue
            out = text[:at] + name + text[at + len(said) :]
            text = out[:1].upper() + out[1:]
    return text


def _find_words(text: str, said: str) -> int:
    """Where ``said`` stands in ``text`` as whole words (case aside), or -1."""
    low, want = text.lower(), said.lower()
    at = low.find(want)
    while at >= 0:
        end = at + len(want)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return at
        at = low.find(want, at + 1)
    return -1


def _descriptions(sent: Span) -> list[Token]:
    """The words of a sentence that head a bare definite description, "the" and a
    category noun only ("the group", "the company's"): "the parent company", "the
    larger group", "the Netflix series" say more, which a name of the kind may not be."""
    out = []
    for t in sent:
        if t.lower_ not in KIND_OF_HEAD or t.tag_ not in {"NN", "NNP"} or not t.is_lower:
            continue
        if t.dep_ not in SUBJECTS_OBJECTS or t.left_edge.i != t.i - 1 or t.i == sent.start:
            continue
        if t.doc[t.i - 1].lower_ != "the":
            continue
        if any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in t.children):
            continue  # "the group of doctors", "the bill that passed": told by its own words
        out.append(t)
    return out


def referent(head: Token, beside: AbstractSet[str] = frozenset()) -> str | None:
    """The name a definite description stands for, as the article wrote it: the one
    name of the head's kind in the nearest sentence that has one (its own, before it,
    or one of the :data:`WINDOW` sentences before), or, when none is there, the
    article's only one before it, or the one it names most (:data:`DOMINANT`); None
    when two compete in that sentence."""
    if len(beside) > 1:
        return None  # "the group Free Ohio and the group Open Ohio Now … the group"
    kind = KIND_OF_HEAD[head.lower_]
    if beside:  # the one name the article set beside the noun ("a group called …"),
        name = next(iter(beside))  # unless another of the kind was named since
        said = [e.end for e in entities_in(head.doc[: head.i]) if e.text == name]
        if _rival_near(head, kind, said[-1] if said else head.i):
            return None
        return name.strip(QUOTE_MARKS) or None  # "“Apropos of Nothing" as tagged
    named = _names_of_kind(head.doc, kind)
    if kind == "org":  # "the group": a name the article calls a group, never any body's
        called = _called(head.doc, head.lemma_.lower())
        named = [n for n in named if n[1] in called and n[1] not in GENERIC_NAMES]
    before = [(at, key, form) for at, key, form in named if at < head.i - 1]
    counts = Counter(key for _, key, _ in named)
    ranked = counts.most_common(2)
    dominant = (
        ranked[0][0]
        if ranked
        and ranked[0][1] >= DOMINANT
        and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
        else None
    )
    start = head.sent.start
    near: set[str] = set()
    for step in range(WINDOW + 1):  # the nearest sentence naming one of the kind
        if step:
            if start == 0:
                break
            start = head.doc[start - 1].sent.start
        near = {key for at, key, _ in before if at >= start}
        if near:
            break
    if len(near) == 1:
        key = next(iter(near))
        last = max(at for at, k, _ in before if k == key)
        if dominant is not None and dominant != key or _rival_near(head, kind, last + 1):
            return None  # the one near is not the one the article is about, or
            # another name of the kind stands between it and the description
    elif near or _rival_near(head, kind, start):
        return None  # two near; or a name near of the kind the article never called so
        # ("a new protest group called ReOpenNC … the group said"): a reader takes that
    elif dominant is not None and dominant in {k for _, k, _ in before}:
        key = dominant
    elif len({k for _, k, _ in before}) == 1:
        key = before[0][1]
    else:
        return None
    forms = Counter(form for _, k, form in named if k == key)
    ranked_forms = sorted(forms.items(), key=lambda f: (f[0].isupper(), -f[1]))
    form = ranked_forms[0][0]  # "Denver", never a dateline's "DENVER"
    if form.isupper() and len(form) > 4:
        form = form.title()
    if head.lower_ in SPREADS:  # "the pandemic": "the Covid-19 pandemic", not the virus
        return f"the {form.removeprefix('the ')} {head.text}"
    return form


def _rival_near(head: Token, kind: str, start: int) -> bool:
    """Whether a name the model gave the label of ``kind`` stands between ``start``
    and the description: a nearer candidate than one named farther back. A body whose
    own head word says it is of another kind ("the Tacoma Port Authority" for "the
    group") is none."""
    label = KIND_LABELS.get(kind)
    if label is None or start >= head.i:
        return False
    other = OTHER_BODIES - {head.lemma_.lower()}
    return any(
        e.label_ == label and not (kind == "org" and e.root.lower_ in other)
        for e in entities_in(head.doc[start : head.i])
    )


def _called(doc: Doc, word: str) -> frozenset[str]:
    """The keys of the organisations the article itself calls by ``word`` ("group"):
    in their name ("Wagner Group"), beside it ("the anti-abortion group Susan B. Anthony
    List", "FreedomWorks, a conservative group"), or in a list it heads ("nonprofit
    groups including FreedomWorks"); read once per document and word."""
    cache = doc.user_data.setdefault("names_called", {})
    if word in cache:
        return cache[word]
    keys = set()
    for ent in entities(doc):
        if ent.label_ != "ORG":
            continue
        root = ent.root
        up = root.head
        near = [*(c for c in root.children if c.dep_ == "appos")]
        if not (root.dep_ == "compound" and up.tag_ == "NNS"):
            near.append(up)  # "the Wagner group", never "local WordPress meetup groups"
        if up.dep_ == "prep" and up.lower_ in LIST_WORDS:
            near.append(up.head)
        if up.lemma_ == "be" and root.dep_ == "nsubj":
            near += [c for c in up.children if c.dep_ == "attr"]
        if any(t.lemma_.lower() == word for t in [*ent, *near]):
            keys.add(_form(ent).lower().removeprefix("the "))
    cache[word] = frozenset(keys)
    return cache[word]


def _names_of_kind(doc: Doc, kind: str) -> list[tuple[int, str, str]]:
    """Each name of ``kind`` the article writes: where, its key (one per thing named)
    and its form as a title would say it; read once per document and kind."""
    cache = doc.user_data.setdefault("names_of_kind", {})
    if kind in cache:
        return cache[kind]
    out: list[tuple[int, str, str]] = []
    if kind == "disease":
        for t in doc:
            key = DISEASE_KEYS.get(t.lower_)
            if key is not None and not (t.lower_ == "aids" and t.is_lower):
                form = t.text if not t.is_lower or t.lower_ not in THE_DISEASES else f"the {t.text}"
                out.append((t.i, key, form))
    else:
        for ent in entities(doc):
            if _fits(ent, kind):
                form = _form(ent)
                out.append((ent.start, form.lower().removeprefix("the "), form))
    cache[kind] = out
    return out


def _fits(ent: Span, kind: str) -> bool:
    """Whether a name is of the kind a description's head word stands for, read off
    the name's own head word where it has one ("the Clean Water Act" is a law, "Tea
    Party Patriots" no party, "Government of National Accord" no accord)."""
    if not ent.root.text[:1].isupper():
        return False  # "the new county" the model tagged a place: a name is capitalised
    root = ent.root.lower_
    if kind == "org":
        return ent.label_ == "ORG" and root not in LAW_WORDS | PACT_WORDS | {"party"}
    if kind == "party":
        return ent.label_ == "ORG" and root == "party"
    if kind == "country":
        return ent.label_ == "GPE" and country(ent.text) is not None
    if kind == "city":
        return (
            ent.label_ == "GPE" and country(ent.text) is None and ent.text.lower() not in US_STATES
        )
    if kind == "work":
        return ent.label_ == "WORK_OF_ART"
    if kind == "law":
        return ent.label_ == "LAW" and root in LAW_WORDS
    if kind == "pact":
        return ent.label_ in {"LAW", "EVENT", "ORG"} and root in PACT_WORDS
    return False


def _form(ent: Span) -> str:
    """A name as a title says it: whole where the model cut its first words off ("the
    WordPress Diverse Speaker Training Working Group", not "Training Working Group"),
    "the United States" with the article's own "the", never a possessive's "'s", a
    quote mark nor a line break."""
    doc = ent.doc
    start = ent.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and ent.start <= doc[start - 1].head.i < ent.end
    ):
        start -= 1
    toks = [t for t in doc[start : ent.end] if t.tag_ != "POS" and not t.is_quote]
    text = " ".join("".join(t.text_with_ws for t in toks).split())
    if text.lower().startswith("the "):
        return "the " + text[4:]
    before = doc[start - 1] if start else None
    if before is not None and before.lower_ == "the" and ent.root.dep_ != "compound":
        return f"the {text}"
    return text


# bare plural role nouns and whose they may be: an organisation's ("Facebook users"),
# a place's ("Berlin residents") or either ("Amazon workers", "Ohio officials")
ROLE_OWNERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        word_list("users customers subscribers shareholders employees passengers"),
        frozenset({"ORG"}),
    ),
    **dict.fromkeys(word_list("residents voters inhabitants"), frozenset({"GPE"})),
    **dict.fromkeys(word_list("workers officials"), frozenset({"ORG", "GPE"})),
}
ROLE_KEEPS = {"det", "nummod", "quantmod", "amod", "acl", "relcl", "punct", "advmod"}
PLAIN_ADJECTIVES = word_list(
    "local senior junior many some angry frustrated worried ordinary young elderly older "
    "new former existing affected stranded"
)  # "some 500 local residents"; never "federal workers", "American voters": an owner
LEGISLATURES_AND_COURTS = word_list("congress senate parliament house assembly court cabinet")
ROLE_DETS = word_list("some many the most all")  # never "these users", "our customers"
ROLE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}


def owned_roles(text: str, triggers: Iterable[Token]) -> str:
    """``text`` with a bare plural role noun ("Users encountered blank screens", "Some
    500 local residents delayed the process") told with the one owner its sentence
    names ("Users attempting to access Facebook": "Facebook users"), or, when its own
    sentence names none of the kind, the sentence before it in the same paragraph
    ("… Berlin's streets. Some 500 local residents …"): the article's own words,
    never a guess; ``text`` as it is when none or two fit."""
    for sent in _sentences_of(triggers):
        for head in _bare_roles(sent):
            at = _find_words(text, head.text)
            if at < 0 or _find_words(text[at + len(head.text) :], head.text) >= 0:
                continue  # not in the title, or twice: which one is not clear
            if _owned_in_title(text, at):
                continue
            owner = role_owner(head)
            if owner is None or owner.lower() in text.lower():
                continue
            word = text[at : at + len(head.text)]
            told = f"{owner} {word.lower() if at == 0 else word}"
            out = text[:at] + told + text[at + len(word) :]
            text = out[:1].upper() + out[1:]
    return text


def _owned_in_title(text: str, at: int) -> bool:
    """Whether the title's role noun at ``at`` has an owner in the title already ("Gmail,
    Drive and Docs users", "Facebook's users"): the bare noun found in another sentence
    of the event is then not this word, and its owner spliced in ("Docs Downdetector
    users", the Meta outage page) names a second owner no sentence gives it."""
    before = text[:at].split()
    if not before:
        return False
    word = before[-1].strip("\"'“‘(")
    owned = word.endswith(("'s", "’s", "s'", "s’"))
    named = len(before) > 1 and word[:1].isupper() and word.lower() not in ROLE_DETS
    return owned or named


def _bare_roles(sent: Span) -> list[Token]:
    """The plural role nouns of a sentence that no word of theirs gives an owner: no
    possessive, compound, people's word or phrase ("Facebook users", "residents of
    Berlin", "American voters" are owned already)."""
    out = []
    for t in sent:
        if t.lower_ not in ROLE_OWNERS or t.tag_ != "NNS" or t.dep_ not in ROLE_DEPS:
            continue
        kids = list(t.children)
        if any(c.dep_ not in ROLE_KEEPS for c in kids):
            continue
        if any(c.dep_ == "amod" and c.lower_ not in PLAIN_ADJECTIVES for c in kids):
            continue
        if any(c.dep_ == "det" and c.lower_ not in ROLE_DETS for c in kids):
            continue  # "these users", "our customers": the text's own pointer
        out.append(t)
    return out


def role_owner(head: Token) -> str | None:
    """The one name of the kinds a role noun may belong to in its own sentence, else in
    the sentence before in the same paragraph; None when none or two."""
    kinds = ROLE_OWNERS[head.lower_]
    own = {  # "Users attempting to reach Facebook": the model may tag no name there
        _compounded(t)
        for acl in head.children
        if acl.dep_ == "acl"
        for t in acl.subtree
        if t.pos_ == "PROPN"
        and t.dep_ in {"dobj", "pobj"}
        and (not t.ent_type_ or t.ent_type_ in kinds)
    }  # never a possessive's ("employees … for not removing Trump's post")
    if own:
        return next(iter(own)) if len(own) == 1 else None
    sent = head.sent
    spans = [sent]
    if sent.start:
        before = head.doc[sent.start - 1].sent
        if "\n" not in head.doc[before.end - 1 : sent.start + 1].text_with_ws:
            spans.append(before)
    for span in spans:
        names = {
            _form(e).removeprefix("the "): e
            for e in entities_in(span)
            if e.label_ in kinds
            and e.root.lower_ not in LEGISLATURES_AND_COURTS  # no "Congress workers"
            and e.text not in _surnames(head.doc)
            and not (span == sent and e.root.dep_ == "poss")  # "Trump's post": whose post
        }
        keys = {k.lower() for k in names}
        if len(keys) == 1:
            return next(iter(names))
        if keys:
            return None  # two owners: which one is not clear
    return None


def _compounded(t: Token) -> str:
    """A name's word with the compound words before it ("New York", "Deutsche Bahn")."""
    start = t.i
    while (
        start > t.sent.start
        and t.doc[start - 1].dep_ == "compound"
        and t.doc[start - 1].head.i in range(start, t.i + 1)
    ):
        start -= 1
    return t.doc[start : t.i + 1].text


def _surnames(doc: Doc) -> frozenset[str]:
    """The persons' names and last words the article gives: the model calls a bare
    "Trump" of "Trump's post" an organisation, which owns no employees."""
    cache = doc.user_data.get("person_surnames")
    if cache is None:
        cache = doc.user_data["person_surnames"] = frozenset(
            w for e in entities(doc) if e.label_ == "PERSON" for w in (e.text, e[-1].text)
        )
    return cache
