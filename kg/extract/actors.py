"""Actors: people, organisations, countries and groups named in one document.

How: spaCy's entities (PERSON, ORG, NORP, GPE, LOC, FAC) are the candidates. The
country table turns aliases and demonyms into countries, and a capital into its
country's government when it acts (subject of a verb, speaker, side in talks) rather
than being a place. spaCy's type errors are fixed by evidence across the document: a
name that is a person's surname anywhere ("Trump" tagged ORG, "Araghchi" tagged GPE)
is a person everywhere. Titles come from pre-modifiers ("White House press secretary
Karoline Leavitt") and appositions ("Ana Lopez, the foreign minister,").
:class:`ActorIndex` answers "which actor is this token?", including pronouns and
definite descriptions ("she", "the US president"), for the other extractors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from itertools import pairwise

from spacy.attrs import DEP, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..model import (
    COUNTRY,
    DEMONYM,
    DESCRIPTION,
    GROUP,
    NAME,
    ORGANISATION,
    PERSON,
    PLACE,
    PRONOUN,
    ActorMention,
    Document,
    Position,
)
from .spans import doc_text
from .spans import evidence as exact
from .tokens import (
    entities,
    first_conjunct,
    hyphen_run,
    irregular_verbs,
    lemma_index,
    on_title_case_line,
    sentence_of,
    token_table,
    verb_lemmas,
)

LABEL_KIND = {
    "PERSON": PERSON,
    "ORG": ORGANISATION,
    "NORP": GROUP,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": PLACE,
}
# Words of dealings and decisions that make a capital beside them its government:
# "Washington's response", "talks with Tehran", "relations between London and Dublin".
SEAT_ACTS = gazetteer.words(
    "talk negotiation relation tie deal agreement dispute tension response decision "
    "policy position stance demand offer proposal sanction threat warning pressure "
    "meet negotiate agree cooperate clash"
)
# Nouns that make "Iranian officials" a group of people acting for a country.
GROUP_NOUNS = {
    "official",
    "leader",
    "force",
    "troop",
    "diplomat",
    "negotiator",
    "delegation",
    "government",
    "authority",
    "military",
    "army",
    "side",
    "minister",
    "envoy",
    "lawmaker",
    "navy",
    "police",
    "militant",
    "protester",
    "worker",
    "citizen",
}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Words that stand for someone without naming them. None of them is ever an actor's
# name: the small model tags a sentence-final "I." as ORG, and one actor called "I"
# then answered for every unresolved "I" of the build (it spoke 86 BBC statements).
# Such a word stays a mention, resolved to a named actor or to none.
NOT_NAMES = gazetteer.words(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves "
    "he him his himself she her hers herself it its itself they them their theirs "
    "themselves one this that these those who whom whose which what someone somebody "
    "anyone anybody everyone everybody no-one nobody none"
)


# Pronouns that stand for a body rather than a person, and the kinds of actor each may
# take up: "It said" after "the audit office said", "They have agreed" after "The
# Countryside Alliance says" (British usage), "they" after "the Tories said".
COLLECTIVE = {
    "it": frozenset({ORGANISATION, COUNTRY}),
    "they": frozenset({ORGANISATION, COUNTRY, GROUP}),
}
# The same pronouns in every case, for the mentions the graph keeps ("its profits",
# "told them"): "it" and "its" take a body, "they" and "their" a body or a crowd.
BODY_PRONOUNS = {
    **dict.fromkeys(("it", "its", "itself"), COLLECTIVE["it"]),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), COLLECTIVE["they"]),
}
# First-person plural: in a quote, the body the speaker speaks for ("We will appeal,"
# said Boeing's chief executive).
WE = gazetteer.words("we us our ours ourselves")
# Verbs whose subject "it" is usually empty: "it is expected that", "it seems".
EMPTY_IT_VERBS = gazetteer.words("be seem appear happen remain take matter rain look")
# Nouns for the body that governs a country: "the US government", "the government of Canada".
GOVERNMENT_NOUNS = gazetteer.words("government administration")
# Nouns that, after "the", refer back to the country named last ("the nation").
COUNTRY_NOUNS = gazetteer.words("country nation")
# The dependencies of a clause's subject, active or passive.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def is_pronoun(name: str | None) -> bool:
    """Whether a name is only a pronoun ("I", "They", "we"), which names nobody.

    Capitals of two letters or more are acronyms, not pronouns: "US", "WHO", "IT"."""
    word = (name or "").strip(" .,;:!?'\"’“”")
    if len(word) > 1 and word.isupper():
        return False
    return word.casefold() in NOT_NAMES


# Words in a title or just before a name that say which pronoun fits the person.
GENDERED = {
    **dict.fromkeys(
        gazetteer.words(
            "mr sir spokesman chairman congressman businessman king prince father son "
            "brother husband"
        ),
        "m",
    ),
    **dict.fromkeys(
        gazetteer.words(
            "ms mrs miss madam dame lady spokeswoman chairwoman congresswoman businesswoman "
            "queen princess mother daughter sister wife"
        ),
        "f",
    ),
}


# Styles written only before a person's name: "Mr Ng" is a person even in two words.
HONORIFICS = gazetteer.words("mr mrs ms miss")
# Styles of peers, written capitalised before a name: "Lord Ashby", "Baroness Kemp".
PEER_STYLES = frozenset({"Lord", "Baroness", "Baron", "Viscount", "Viscountess"})
# Leading words of a PERSON entity that are a title, not part of the name: the small
# model reads "Striker Davi Rocha" and "Foreign Minister Abbas Araghchi" as one name.
# Royal and religious styles stay: "Prince Harry" is what people call him.
TITLE_WORDS = gazetteer.words(
    "mr mrs ms miss dr sir dame lord president vice prime minister secretary chancellor "
    "senator sen rep representative congressman congresswoman governor gov mayor general "
    "gen colonel col lieutenant lt captain capt admiral sergeant sgt judge justice "
    "ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman ceo director "
    "striker midfielder defender goalkeeper winger forward coach manager professor prof "
    "deputy foreign defence defense finance interior economy health justice chief "
    "commander officer inspector detective premier speaker commissioner president-elect "
    "minister-president leader supreme opposition former acting outgoing incoming "
    "u.s. us uk eu un white house press state"
)
# Nouns that, after "the", refer back to the organisation named last ("the company").
ORG_NOUNS = gazetteer.words(
    "company firm carrier airline automaker carmaker manufacturer maker group agency "
    "bank retailer insurer giant conglomerate corporation business supplier operator "
    "network broadcaster newspaper ministry organisation organization union party"
)
# Last words of an organisation's name that say what kind of body it is, where "the
# company" or "the bank" cannot be it (companies' own words, "Group", "Bank", do not).
BODY_WORDS = gazetteer.words(
    "university college school institute hospital court committee council commission "
    "senate congress house parliament assembly cabinet department treasury police army "
    "navy party union ministry agency"
)
# Nouns that, after "the", refer back only to a body so named, however far back it was
# named: "the federation" for "the Belgian Transport Workers' Federation (BTWF)" five
# sentences on. Unlike "the company", they never mean a body of another name.
NAMED_BODY_NOUNS = gazetteer.words("federation association confederation")
# Nouns that call an organisation a news outlet ("the newspaper De Tijd").
OUTLET_NOUNS = gazetteer.words("newspaper broadcaster paper daily magazine channel")
# Nouns that say an apposed name is a person ("Smith, the club's captain,").
HUMAN_ROLES = (TITLE_WORDS - gazetteer.words("u.s. us uk eu un white house press state")) | (
    gazetteer.words(
        "captain player lawyer analyst economist scientist researcher author actor singer "
        "founder owner executive official diplomat negotiator adviser advisor aide candidate "
        "activist witness resident teacher doctor student father mother son daughter wife "
        "husband brother sister colleague partner spokesperson head member"
    )
)
# Plural nouns that make a group actor: "protesters", "Iranian officials".
GROUP_HEADS = GROUP_NOUNS | gazetteer.words(
    "activist rebel soldier resident voter student farmer demonstrator insurgent fighter "
    "settler refugee migrant striker union prosecutor investigator lawyer regulator "
    "shareholder employee nurse doctor teacher miner villager civilian hostage passenger "
    "guest customer supplier engineer developer expert critic investor consumer user "
    "owner buyer attendee subscriber fan"
)
# Groups that are actors even with no country or organisation named: crowds.
CROWDS = gazetteer.words(
    "protester demonstrator resident worker passenger civilian activist rebel student "
    "farmer voter militant insurgent fighter settler refugee migrant villager hostage "
    "striker miner nurse doctor teacher employee shareholder investor customer consumer "
    "user owner buyer guest attendee subscriber fan"
)
# Modifiers kept in a group's name ("security forces"); others ("senior", "two") drop.
GROUP_MODIFIERS = {"compound", "amod", "nmod"}
GROUP_DROP = gazetteer.words(
    "senior top some many several other few more most two three four five six dozens "
    "hundreds thousands unnamed anonymous local"
)


def _gender(
    name: str, title: str | None, before: str, surnames: Collection[str] = ()
) -> str | None:
    """The gender a text gives a person: a gendered title word, else the first name. A
    name of one word is a first name too ("Michael Howard's wife, Sandra"), unless a full
    name of the text ends with it ("Howard" for Michael Howard): without her gender,
    "his" went past Michael Howard to Sandra, the later subject."""
    for word in [*(title or "").lower().replace(".", "").split(), before.lower().strip(".")]:
        if word in GENDERED:
            return GENDERED[word]
    if " " not in name and name in surnames:
        return None
    return gazetteer.gender(name.split()[0])


def _clean_name(text: str) -> str:
    """A mention's name without a leading article, possessive or edge punctuation."""
    text = " ".join(text.split())
    if "(" in text and ")" not in text:  # "Workers' Federation (BTWF": the recogniser's cut
        text = text[: text.index("(")]
    text = re.sub(r"^(the|a|an)\s+", "", text)
    text = re.sub(r"(['’]s|['’])$", "", text)
    return text.strip(" .,;:-\"'“”‘’")


# Last words of a place's name that no organisation's name ends with: "Gospers
# Mountain" and "Florida Keys" read as ORG are places.
LAND_WORDS = gazetteer.words(
    "county mountain mountains hill hills island islands keys river lake valley bay "
    "beach peninsula desert forest coast canyon"
)
# Last words of an organisation's name that end no person's: "Arcade Publishing" and
# "Manchester United" read as PERSON are organisations.
ORG_LAST_WORDS = gazetteer.words(
    "publishing publishers records music group bank holdings partners ventures media "
    "entertainment studios pictures foundation institute university college school "
    "hospital association society council committee agency commission company "
    "corporation airlines airways motors united fc rovers wanderers albion hotspur"
)
# Nouns whose "of" names a place: "the town of Saraqeb", "the city of Raleigh".
TOWNS = gazetteer.words(
    "town city village district province region county state island port suburb "
    "neighbourhood neighborhood municipality"
)
# Nouns a town's name owns and a company's does not: "Portsmouth's mayor" (the small
# model reads such a possessive city as ORG, and against "in Portsmouth" the tie went to
# the organisation).
CIVIC = gazetteer.words(
    "mayor residents inhabitants townspeople streets suburbs outskirts skyline waterfront "
    "harbour harbor"
)
# Legal-form words that do not change which company is meant ("Boeing Co." = Boeing).
CORPORATE = re.compile(
    r"(\s+group)?[\s,]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|nv|"
    r"n\.v|spa|s\.p\.a|gmbh|lp|llp|group holdings|holdings)\.?$",
    re.IGNORECASE,
)


# The same legal forms as words: alone, one names no company ("said LLC").
LEGAL_FORMS = gazetteer.words(
    "inc incorporated corp corporation co company ltd limited llc plc ag sa nv gmbh lp llp"
)


def org_key(name: str) -> str:
    """A company name without its legal form, for matching across mentions."""
    base = CORPORATE.sub("", name).strip()
    return base or name


def acronym(name: str) -> str:
    """The initials of a name of several capitalised words ("IAEA"), else ""."""
    words = [w for w in org_key(name).split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _spells(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the words' initials, each word but the last giving at most
    one more of its letters after the initial, in order ("SIA": Singapore aIrlines).
    The last word gives its initial alone: short forms end on it, and "PPE" (personal
    protective equipment) is not Planned ParEnthood."""
    if not words:
        return not short
    word = words[0].upper()
    if not short or short[0] != word[0]:
        return False
    if _spells(short[1:], words[1:]):
        return True
    return (
        len(words) > 1 and len(short) > 1 and short[1] in word[1:] and _spells(short[2:], words[1:])
    )


def long_forms(short: str, names: Iterable[str]) -> set[str]:
    """The organisation names an all-capitals short form abbreviates: those whose
    initials it is ("IAEA"), else those it spells with a letter more from some words
    ("SIA" for Singapore Airlines, "USAF" for United States Air Force)."""
    return LongForms(names)(short)


class LongForms:
    """:func:`long_forms` over one set of names, asked for many short forms.

    The names are indexed by their initials, and a short form looks up only the
    initials it may spell (its first letter, then any of its letters in order): a
    build asks for every short form it holds, and scanning every organisation name for
    each grew with the square of the corpus."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_initials: dict[str, list[tuple[str, list[str]]]] = {}
        for n in names:
            words = [w for w in org_key(n).split() if w[:1].isupper()]
            if len(words) > 1:
                initials = "".join(w[0].upper() for w in words)
                self.by_initials.setdefault(initials, []).append((n, words))

    def __call__(self, short: str) -> set[str]:
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
            return set()
        known = gazetteer.entity(short)
        if known is not None:  # "BBC" is the broadcaster, not "BirkBeck College"
            return {n for n in self._forms(short) if gazetteer.entity(n) == known}
        return self._forms(short)

    def _forms(self, short: str) -> set[str]:
        exact = {n for n, _ in self.by_initials.get(short, ()) if acronym(n) == short}
        if exact:
            return exact
        out = set()
        rest = short[1:]
        for picked in range(1 << len(rest)):  # the letters of short that are initials
            initials = short[0] + "".join(c for i, c in enumerate(rest) if picked >> i & 1)
            for n, words in self.by_initials.get(initials, ()):
                if len(short) > len(words) and _spells(short, words):
                    out.add(n)
        return out


# Words that begin a surname ("de Vries", "van der Berg"), written small inside a full
# name and capitalised when the surname stands alone ("De Vries said").
PARTICLES = gazetteer.words("de da di du del della der den van von ter ten le la dos das")


def surname_forms(name: str) -> list[str]:
    """The ways a full name's surname is written alone: its last word, and with its
    particles both as in the full name and capitalised ("Vries", "de Vries", "De Vries")."""
    words = name.split()
    j = len(words) - 1
    while j > 1 and words[j - 1].casefold() in PARTICLES:
        j -= 1
    forms = [words[-1]]
    if j < len(words) - 1:
        tail = words[j:]
        forms += [" ".join(tail), " ".join([tail[0][:1].upper() + tail[0][1:], *tail[1:]])]
    return forms


# Styles written before a surname that say whether it is a man's or a woman's:
# "Mrs Howard" is not Michael Howard, "Baroness Kennedy" not Charles Kennedy.
STYLE_GENDER = {
    **dict.fromkeys(gazetteer.words("mr sir lord"), "m"),
    **dict.fromkeys(gazetteer.words("mrs ms miss lady dame baroness"), "f"),
}


def styled_surname(name: str) -> tuple[str, str] | None:
    """(style, surname) of a name kept with its style ("Mrs Howard"): a surname the
    text gave no first name, whose style rules out the full names of the other sex."""
    words = name.split()
    if len(words) == 2 and words[0][:1].isupper() and words[0].lower() in STYLE_GENDER:
        return words[0], words[1]
    return None


def may_be_named(style: str, full_name: str, known: bool = False) -> bool:
    """Whether a styled surname may be this full name: its first name is not of the
    other sex ("Mrs Howard" may be Sandra Howard, never Michael Howard); ``known``: the
    first name is one the table knows of that sex, as a build-wide join needs ("Baroness
    Morgan" is not Rhodri Morgan, a man's name the table lacks)."""
    given = gazetteer.gender(full_name.split()[0])
    return given == STYLE_GENDER[style.lower()] or (given is None and not known)


def by_surname(names: Iterable[str]) -> dict[str, set[str]]:
    """Full names (two words or more) grouped by each way their surname is written;
    a styled surname ("Mrs Howard") is no full name."""
    out: dict[str, set[str]] = {}
    for n in names:
        if len(n.split()) > 1 and styled_surname(n) is None:
            for form in surname_forms(n):
                out.setdefault(form, set()).add(n)
    return out


# When the votes tie, the kind a table or a stronger signal usually gives first.
TIE_ORDER = (COUNTRY, ORGANISATION, PLACE, PERSON, GROUP)


def vote_kinds(mentions: Iterable[ActorMention]) -> dict[str, str]:
    """One kind per name: the tables' kinds first, then a vote (ties by TIE_ORDER).

    The small model calls "Trump" ORG in one sentence and PERSON in the next, and
    "Jordan" a person in one sentence and a country in the next: whichever reading
    came last must not decide. A name the country table holds that was read as a
    country at all is the country; a name that is the surname of a full person name
    among the mentions is a person. Named mentions count one, pronouns and
    descriptions half (they only repeat what a name said).
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.name][m.kind] += 1 if m.form == NAME else 0.5
    return kinds_of(votes)


def kinds_of(votes: Mapping[str, Counter[str]]) -> dict[str, str]:
    """:func:`vote_kinds` from the votes counted, apart so that a build's resolve can
    count them article by article (:class:`kg.resolve.Names`) without holding every
    mention."""
    surnames = by_surname(n for n, c in votes.items() if c[PERSON])
    kind_of = {}
    for name, c in votes.items():
        kind = min(c, key=lambda k: (-c[k], TIE_ORDER.index(k)))
        if COUNTRY in c and gazetteer.by_name(name) is not None:
            kind = COUNTRY
        elif c[PERSON] and name in surnames and kind != COUNTRY:
            kind = PERSON
        kind_of[name] = kind
    return kind_of


def surface_name(text: str) -> str:
    """The words of a mention as a reader would quote them as a name: no leading
    article, possessive, or bracket the recogniser left open."""
    text = " ".join(text.split())
    if "(" in text and ")" not in text:
        text = text[: text.index("(")].rstrip()
    return re.sub(r"^the\s+|['’]s?$", "", text, flags=re.IGNORECASE)


DASHES = frozenset({"-", "–", "—", "--"})


def _title_before(ent: Span) -> Span | None:
    """The pre-modifier title of a person entity ("US President" in "US President X")."""
    doc, i = ent.doc, ent.start
    root, first = ent.root.i, sentence_of(doc[i]).start  # no walk to the sentence's start
    table = token_table(doc)  # the words' relations as lists: no Token made per step
    dep, heads = table.dep, table.head
    while i > first:
        d = dep[i - 1]
        if d not in {"compound", "amod", "nmod", "npadvmod", "punct", "poss", "case"}:
            break
        tok = doc[i - 1]
        if tok.is_space or (d == "punct" and tok.text not in {".", "-"}):
            break
        head = i - 1
        while head < ent.start and heads[head] != head and heads[head] < ent.end + 1:
            head = heads[head]
        if not (ent.start <= head < ent.end or head == root):
            break
        i -= 1
    while i < ent.start and dep[i] in {"case", "punct"}:
        i += 1
    if i == ent.start:
        return None
    span = doc[i : ent.start]
    return span if any(t.is_alpha and t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in span) else None


def _title_appos(ent: Span) -> list[Token] | None:
    """An apposition title: "Ana Lopez, the country's foreign minister, said", and the
    reverse "Iran's ambassador to Russia, Kazem Jalali, said"."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.ent_type_ != "PERSON":
            words = _through_hyphens([t for t in child.subtree if not t.is_punct])
            if words and len(words) <= 12:
                return words
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN":
        ends_line = ent.end == len(ent.doc) or any(
            "\n" in t.text for t in ent.doc[ent.end - 1 : ent.end + 1]
        )  # (the recogniser may take the line break into the name)
        if ends_line and any(
            t.text in DASHES for t in ent.doc[head.i + 1 : ent.start]
        ):
            return None  # "Choose hope over fear - Kennedy" closing its line: a
            # headline's words and who said them, no title ("fear"); "the automakers --
            # Chrysler, Ford …" in a sentence still names them
        inside = {t.i for t in ent.root.subtree}
        # a line break ends it: a headline's date line is no part of "Russian flag carrier"
        breaks = [t.i for t in head.subtree if t.i < ent.start and "\n" in t.text]
        start = max(breaks, default=-1)
        words = [t for t in head.subtree if t.i not in inside and not t.is_punct and t.i > start]
        if words and len(words) <= 12 and not any(t.ent_type_ == "PERSON" for t in words):
            return words
    return None


def _through_hyphens(words: list[Token]) -> list[Token]:
    """The words with the rest of a hyphenated last word (:func:`hyphen_run`): the small
    model splits "Tory co-chairman" into three appositions, and the first alone gave the
    office "Tory co"."""
    run = hyphen_run(words[-1], lambda _, right: right.is_alpha) if words else None
    if run is None:
        return words
    return [*words, *(t for t in run if t.i > words[-1].i and t.text != "-")]


def given_name_first(tok: Token) -> bool:
    """Whether ``tok`` ends a person's name the tagger may have missed: a capitalised
    word right after a common first name ("Theresa May", "Julia August"), where a month
    or another word alone would not be a name."""
    first = [c for c in tok.lefts if c.dep_ == "compound"]
    return (
        tok.is_title
        and len(first) == 1
        and first[0].i == tok.i - 1
        and first[0].is_title
        and gazetteer.gender(first[0].text) is not None
    )


def _dateline(ent: Span) -> bool:
    """Whether a capital opens a line in capitals before a dash or the agency's name:
    "PARIS — French President …", "WASHINGTON (Reuters) -": the place the story was
    filed from, not the government acting."""
    doc = ent.doc
    first = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
    after = doc[ent.end : ent.end + 4]
    marked = any(t.text in {"—", "–", "-", "--", "("} for t in after)
    return first and ent.text.isupper() and marked


def _reports(tok: Token) -> bool:
    """Whether a name is the subject of "reported" with a clause ("TMZ reported that
    …"), as an outlet is; "Smithfield reported record profits" reports a figure."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_ == "report"
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _joining_hyphen(tok: Token) -> bool:
    """Whether a token is a hyphen written inside a name ("Antwerp-Bruges"), no spaces."""
    return (
        tok.text == "-"
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.whitespace_
    )


def _missed_name(tok: Token, in_ent: set[int]) -> Span:
    """The whole name a proper noun outside the entities ends: "ITAR-TASS", not "TASS"."""
    start = tok.i
    doc = tok.doc
    while start > tok.left_edge.i and start - 1 not in in_ent:
        before = doc[start - 1]
        if before.pos_ == "PROPN" or (
            before.text == "-" and not before.whitespace_ and start - 2 >= tok.left_edge.i
        ):
            start -= 1
        else:
            break
    if doc[start].text == "-":
        start += 1
    return doc[start : tok.i + 1]


def _acts(tok: Token) -> bool:
    """Whether a capital is used as its acting government ("London said", "talks with
    Washington", "Tehran's response"), not as a city ("in London", "London's mayor",
    "Seattle, Washington", "flights from London")."""
    dep = tok.dep_
    if dep == "conj":
        return _acts(tok.head)
    if dep in {"nsubj", "agent"}:
        return True
    if dep == "compound":
        return tok.head.lemma_ in {"official", "government", "negotiator", "delegation"}
    if dep == "poss":
        return tok.head.lemma_.lower() in SEAT_ACTS
    prep = tok.head
    return (
        dep == "pobj"
        and prep.lower_ in {"between", "with", "by"}
        and (prep.lower_ == "by" or prep.head.lemma_.lower() in SEAT_ACTS)
    )


Candidate = tuple[Span, str, str, str, str | None]  # span, kind, name, form, reason

# Office titles whose portfolio the recogniser cuts off as an organisation: "Home" of
# "Home Secretary", "Trade and Industry" of "the Trade and Industry Secretary", "State" of
# "Secretary of State". Capitalised, as a portfolio is written ("a Labour minister" is a
# party's member, and "Labour" stays).
PORTFOLIO_TITLES = frozenset(
    {"Secretary", "Minister", "Secretaries", "Ministers", "Undersecretary", "Under-Secretary"}
)
# Last words of a body's own name that may stand before an office ("Foreign Office
# minister", "Treasury Secretary"): the name is the body's, not a portfolio.
BODY_NAME_ENDS = gazetteer.words("office ministry department treasury") | BODY_WORDS


MINISTRY_WORDS = gazetteer.words("department ministry office secretary")


# Last words of bodies whose names join two fields with "and": "the Public and
# Commercial Services union", "the Transport and General Workers Union".
JOINED_BODY_ENDS = gazetteer.words("union federation association confederation council")


def _joined_bodies(parsed: Doc) -> list[Span]:
    """The entities, with a body's name that joins two capitalised fields with "and"
    before its last word made one: the small model cut "the Public and Commercial
    Services union" into "Public" and "Commercial Services", two organisations. Only a
    run of capitalised words no table knows ("France and Germany" stay apart) that the
    recogniser took in part for an organisation."""
    ents = list(entities(parsed))
    joined: list[Span] = []
    for end in _where(parsed, LOWER, tuple(JOINED_BODY_ENDS)):
        start = end
        while start > 0 and (
            (word := parsed[start - 1]).is_title
            and word.pos_ != "DET"
            and word.ent_type_ in {"", "ORG"}
            or word.lower_ == "and"
            and start > 1
            and parsed[start - 2].is_title
            and parsed[start].is_title
        ):
            start -= 1
        run = parsed[start:end]
        if (
            run[:1].text.istitle()
            and any(t.lower_ == "and" for t in run)
            and sum(t.is_title for t in run) >= 2
            and any(t.ent_type_ == "ORG" for t in run)
            and not any(_known(t.text) for t in run if t.is_title)
        ):
            joined.append(Span(parsed, start, end + 1, label="ORG"))
    if not joined:
        return ents
    covered = {i for span in joined for i in range(span.start, span.end)}
    kept = [e for e in ents if not covered & set(range(e.start, e.end))]
    return sorted(kept + joined, key=lambda e: e.start)


def _joined_portfolios(parsed: Doc) -> list[Span]:
    """The entities, with a ministry's name the recogniser cut at its "and" made whole
    again: "Department for Education" + "Skills" is the "Department for Education and
    Skills", one body, not two (and no organisation called "Skills")."""
    ents = _joined_bodies(parsed)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.label_ == "ORG" == prev.label_
            and ent.start == prev.end + 1
            and parsed[prev.end].lower_ == "and"
            and prev[int(prev[0].lower_ == "the")].lower_ in MINISTRY_WORDS
            and any(t.lower_ in {"for", "of"} for t in prev[1:])
            and all(t.is_title or t.lower_ == "and" for t in ent)
        ):
            out[-1] = Span(parsed, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _run_together(ent: Span) -> list[Span]:
    """An entity cut where the small model ran separate names into one: at a comma
    between names of a longer list ("to the Midlands, Merseyside, Bristol and Leeds")
    and at a preposition the parse hangs outside the entity ("moved from Celtic to
    Arsenal", "from Barclays to"). One span is no name of two places or two clubs."""
    cuts = [
        t.i
        for t in ent[1:]
        if t.lower_ in {"to", "from"} and not ent.start <= t.head.i < ent.end
        or t.text == ","
        and t.i + 1 < ent.end
        and ent.doc[t.i + 1].dep_ in {"appos", "conj"}
        and any(c.dep_ in {"appos", "conj"} and c.i >= ent.end for w in ent for c in w.children)
    ]
    if not cuts or any(t.pos_ in {"ADP", "CCONJ"} and t.i not in cuts for t in ent):
        return [ent]  # "Ministry of Economy, Trade and Industry" is one body
    parts, start = [], ent.start
    for i in [*cuts, ent.end]:
        words = [t for t in ent.doc[start:i] if t.pos_ == "PROPN"]
        if words:
            parts.append(Span(ent.doc, words[0].i, words[-1].i + 1, label=ent.label_))
        start = i + 1
    return parts


def governed(pron: Token) -> list[Token]:
    """The objects and partners a subject or owner pronoun governs, written after it:
    those of its verb (and of the verbs its "to" clauses chain on: "it was forced to
    sell Lo-Vaca") or of its noun ("its talks with Antibioticos"), with their rows. The
    pronoun never stands for them. Not the words of a clause hung deeper ("said it sold
    shares, giving the company a stake in Healthvest") nor one fronted before it
    ("Odin shares will be listed in May, it added"), where news text does name the
    pronoun's own body."""
    if pron.dep_ == "poss":
        heads = [pron.head]
    elif pron.dep_ in {"nsubj", "nsubjpass"}:
        heads = [pron.head]
        while (more := [c for c in heads[-1].children if c.dep_ == "xcomp"]) and len(heads) < 4:
            heads.append(more[0])
    else:
        return []
    objects = []
    for head in heads:
        for c in head.children:
            if c.i < pron.i:
                continue
            if c.dep_ in {"dobj", "dative"}:
                objects.append(c)
            elif c.dep_ in {"prep", "agent"}:
                objects += [p for p in c.children if p.dep_ == "pobj"]
    return [*objects, *(x for o in objects for x in o.conjuncts if x.i > o.i)]


OWNER_MARKS = {"'s", "’s"}


def _owner_apart(ent: Span, written: Collection[str]) -> list[Span]:
    """An entity cut at an owner's "'s" between two names: the small model runs "Volkswagen’s
    Skoda Auto" (a curly apostrophe above all) or "Crane's Cochrane Environment Systems"
    into one, and the owner and what it owns are two actors. Only when the owner is a
    name the tables know, ends in a legal form ("Coca-Cola Co's Entertainment Holdings
    Inc") or is written alone elsewhere in the story (``written``: its entities' names
    without legal form); "McDonald's Corp", "Fireman's Fund" and "Guy's Hospital" stay
    one name, their owner no actor of its own."""
    mark = next((t for t in ent[1:-1] if t.text in OWNER_MARKS), None)
    if mark is None or not ent.doc[mark.i + 1].is_title:
        return [ent]
    owner = ent.doc[ent.start : mark.i]
    owned = ent.doc[mark.i + 1 : ent.end]
    if all(t.lower_.rstrip(".") in LEGAL_FORMS for t in owned):
        return [ent]  # "McDonald's Corp": the legal form is the named company's own
    name = owner.text
    if not (_known(name) or CORPORATE.search(name) or org_key(name) in written):
        return [ent]
    return [
        Span(ent.doc, owner.start, owner.end, label=ent.label_),
        Span(ent.doc, owned.start, owned.end, label=ent.label_),
    ]


def _written_alone(parsed: Doc) -> set[str]:
    """The story's entity names without their legal form, for :func:`_owner_apart` (an
    owner "Crane" the story also writes as "Crane Co"); empty, and nothing read, when no
    entity holds an owner's "'s" inside it."""
    ents = entities(parsed)
    if not any(t.text in OWNER_MARKS for e in ents for t in e[1:-1]):
        return set()
    return {org_key(e.text) for e in ents}


def _portfolio(ent: Span) -> bool:
    """Whether an organisation entity is the portfolio of an office title around it, not
    a body: "Home" in "Home Secretary Jane Ode", "State" in "Secretary of State"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    titled = after is not None and after.text in PORTFOLIO_TITLES
    of = doc[ent.start - 2 : ent.start] if ent.start >= 2 else None
    if of is not None and of[0].text in PORTFOLIO_TITLES and of[1].lower_ in {"of", "for"}:
        titled = True
    last = ent[-1].lower_
    return titled and last not in BODY_NAME_ENDS and gazetteer.entity(ent.text) is None


# Lower-case prefixes that make a modifier of a name: "pre-Budget report", "anti-EU".
PREFIXES = gazetteer.words("pre post anti pro non ex mid")


def _common_word(ent: Span) -> bool:
    """Whether a one-word "name" is a capitalised common word: an adjective ("it was
    very, very Draconian", "Honorary consuls"), a plural noun opening its sentence
    ("Groups challenging the plans include"), a plural a small adjective qualifies
    ("extremely bad Bills"), or a prefixed modifier ("pre-Budget report")."""
    if ent[0].lower_ in PREFIXES and len(ent) > 1 and ent[1].text == "-":
        return True
    if len(ent) != 1 or _known(ent.text):  # "Azerbaijani" read as ORG: a nationality
        return False
    tok = ent[0]
    return (
        tok.tag_ in {"JJ", "JJR", "JJS"}
        or tok.tag_ == "NNS" and tok.i == tok.sent.start and _written_small(tok)
        or tok.tag_ == "NNPS" and any(c.dep_ == "amod" and c.is_lower for c in tok.children)
    )


def _written_small(tok: Token) -> bool:
    """Whether the story writes the word small elsewhere ("Groups challenging the
    plans" beside "the group"), so its capital is the sentence's: "Sanders says",
    also tagged a plural, is never "sanders"."""
    lemma = tok.lemma_.lower()
    return any(t.is_lower and t.lemma_ == lemma for t in tok.doc if t.i != tok.i)


# Lowercase nouns after a name that say the name is a union's or a federation's: "the
# Havenbond union", "the Unite union".
UNION_NOUNS = NAMED_BODY_NOUNS | gazetteer.words("union")


def _names_a_union(tok: Token) -> bool:
    """Whether a name is the compound of a lowercase union noun ("the Havenbond union")."""
    head = tok.head
    return tok.dep_ == "compound" and head.is_lower and head.lemma_.lower() in UNION_NOUNS


def _body_acting(ent: Span) -> bool:
    """Whether a name the recogniser read as a title or a building is a body's: its
    last word says it is an association or a federation ("The Rotterdam Port Employers'
    Association", tagged WORK_OF_ART in one story and FAC in the next) and the text has
    it act as organisations do ("… said", "the union and the association reached a
    deal", "talks with …"). "Union" is left out: "the Soviet Union" is a country."""
    last = ent[-1]  # not the root: "Employers" heads the name cut as "Employers' +
    # Association"
    return last.is_title and last.lower_ in NAMED_BODY_NOUNS and _acts(ent.root)


def _counted_award(ent: Span) -> bool:
    """Whether a one-word name read as a person is counted by "a" or "an" ("won an
    Oscar", "a Grammy"): a thing there are many of, as no one's name is."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and before is not None and before.lower_ in {"a", "an"}


def _entity_candidate(ent: Span) -> Candidate | None:
    """What one spaCy entity names, by the tables first and spaCy's label second."""
    kind = LABEL_KIND.get(ent.label_)
    if ent.label_ in {"WORK_OF_ART", "FAC"} and _body_acting(ent):
        kind = ORGANISATION  # "The Rotterdam Port Employers' Association ... said"
    if kind is None:
        return None
    text = ent.text  # Span.text joins its words anew on every read: read once here
    name = _clean_name(text)
    if name.startswith("The ") and ent.start == ent.sent.start:
        name = name[4:]  # sentence-initial article, not part of the name
    if not name or not any(c.isalpha() for c in name) or "\n" in text.strip():
        return None
    if is_pronoun(name):  # "to you and I." tagged ORG
        return None
    if kind in {ORGANISATION, PERSON} and _portfolio(ent):  # "Home" of "Home Secretary",
        return None  # "Lifelong Learning" of "Lifelong Learning Minister" read as PERSON
    if kind == PERSON and name.islower() or name.startswith("@"):  # "curfew" tagged
        return None  # PERSON, "@danakell" tagged ORG: a word or a handle, not a name
    if ent.label_ in {"ORG", "PERSON"} and _common_word(ent):  # "very Draconian", "bad Bills"
        return None
    if kind == PERSON and _counted_award(ent):  # "won him an Oscar": a prize, no one the
        return None  # "him" after it could stand for ("The turn won Oscar an Oscar")
    if kind == PERSON and " " in name and name.split()[-1].lower() in ORG_LAST_WORDS:
        kind = ORGANISATION  # "Arcade Publishing", "Manchester United" tagged PERSON
    if name.casefold().rstrip(".") in LEGAL_FORMS:  # "Co" of "Boeing & Co", "LLC" alone
        return None
    if gazetteer.not_actor(name):  # "the FTSE 100 fell", "10:00 UTC"
        return None
    words = name.split()
    if (
        kind in {ORGANISATION, PLACE}
        and len(words) == 2
        and words[1] in UNION_NOUNS
        and words[0].istitle()
        and not (_known_place(words[0]) or gazetteer.demonym(words[0]))
    ):  # "the Havenbond union" (read as ORG or GPE): the union's name is "Havenbond", as
        # the next report of it says ("Havenbond is demanding"); "union" says what it is
        name, kind = words[0], ORGANISATION
    elif (
        kind in {PLACE, PERSON}
        and len(ent) == 1
        and _names_a_union(ent.root)
        and not _known_place(name)
    ):  # "the Havenbond union" read as GPE: no place has members (nor a person, "the
        kind = ORGANISATION  # Kaaibond union" read as PERSON)
    surface = surface_name(text)
    if kind != PERSON and len(ent) == 1 and _human_apposition(ent):
        kind = PERSON  # "Smith, a senator from Ohio," tagged ORG
    if ent.label_ == "NORP":
        c = gazetteer.demonym(name)
        if c is not None:
            return ent, COUNTRY, c.name, DEMONYM, f"{surface!r} is the nationality word of {c.name}"
        known = gazetteer.entity(name)
        if known is not None and known.kind == ORGANISATION:  # "the Liberal Democrats"
            why = None if known.name == name else f"{surface!r} is a name of {known.name}"
            return ent, ORGANISATION, known.name, NAME, why
        if ent.root.tag_ in {"NNPS", "NNS"}:  # "Republicans", "Kurds": a named group
            return ent, GROUP, name, NAME, None
        return None  # "Republican senator", "Muslim": a modifier, not an actor
    if (c := gazetteer.demonym(name)) is not None and len(ent) == 1:  # "Azerbaijani" as PERSON
        return ent, COUNTRY, c.name, DEMONYM, f"{surface!r} is the nationality word of {c.name}"
    c = gazetteer.country(text) or gazetteer.country(name)
    if c is not None and kind != PERSON:
        why = None if c.name == name else f"{surface!r} is a name of {c.name} (country table)"
        return ent, COUNTRY, c.name, NAME, why
    if c is not None:  # "Jordan", "Chad" read as a person: the table wins, unless the
        # article names a person of that surname ("Michael Jordan"; see actor_spans)
        why = f"{surface!r} is a name of {c.name} (country table), not a person's"
        return ent, COUNTRY, c.name, NAME, why
    if kind != PERSON and (c := gazetteer.demonym(name)) is not None:  # "Azerbaijani" as ORG
        return ent, COUNTRY, c.name, DEMONYM, f"{surface!r} is the nationality word of {c.name}"
    seat = gazetteer.seat(text) or gazetteer.seat(name)
    if seat is not None and _dateline(ent):
        why = f"{surface!r} is the dateline, where the story was filed"
        return ent, PLACE, name, NAME, why  # "PARIS — French President Emmanuel Macron"
    if seat is not None and _named_after_place(ent.root):  # "Real Madrid have set
        # Arsenal a deadline": a club named after its town, the whole name its own
        start = min(c.left_edge.i for c in ent.root.children if c.dep_ == "compound")
        whole = Span(ent.doc, start, ent.end, label="ORG")
        return whole, ORGANISATION, whole.text, NAME, f"{whole.text!r} is a name of its own"
    if seat is not None and _acts(ent.root):  # a capital acting: its government
        # (the small model often tags capitals as PERSON or ORG: the table wins)
        why = f"{surface!r} stands for the government of {seat.name} where it acts"
        return ent, COUNTRY, seat.name, NAME, why
    known = gazetteer.entity(name)
    if known is None and kind == ORGANISATION:  # "General Motors Corp." in the table's words
        known = gazetteer.entity(org_key(name))
    if known is not None and (
        kind != PERSON or seat is not None or len(name.split()) > 1 or known.kind == ORGANISATION
    ):  # "Twitter" read as a person is the table's company ("Ford" read as a person
        # after "Harrison Ford" turns back into him in actor_spans)
        why = f"{surface!r} is a name of {known.name} (entity table)"
        why = None if known.name == name else why
        return ent, known.kind, known.name, NAME, why
    split = gazetteer.country_prefix(name) if kind == ORGANISATION else None
    known = gazetteer.entity(split[1]) if split is not None else None
    if split is not None and known is not None and known.country == split[0].name:
        why = f"{surface!r} is {known.name} of {split[0].name} (entity table)"
        return ent, known.kind, known.name, NAME, why  # "United States Federal Reserve"
    if seat is not None:
        return ent, PLACE, name, NAME, None
    of = ent.root.head
    if (
        kind != PLACE
        and ent.root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in TOWNS
    ):
        why = f"{surface!r} is a place: the {of.head.lower_} of {surface}"
        return ent, PLACE, name, NAME, why  # "the town of Saraqeb" read as ORG
    if kind == ORGANISATION and ent.root.dep_ == "poss" and of.lemma_.lower() in CIVIC:
        why = f"{surface!r} is a place: its {of.lower_}"
        return ent, PLACE, name, NAME, why  # "Portsmouth's mayor" read as ORG
    last = name.split()[-1]
    if kind == ORGANISATION and " " in name and last.istitle() and last.lower() in LAND_WORDS:
        why = f"{surface!r} is a place by its last word, not an organisation"
        return ent, PLACE, name, NAME, why  # "the Gospers Mountain fire", "Westchester County"
    return ent, kind, name, NAME, None


MODEL = re.compile(r"^[A-Z]{0,3}-?\d[\w-]*$")  # "737", "A380", "787-8", "4", "3G"
AMOUNT_WORDS = gazetteer.words("million billion trillion percent % bn m")


def _model_number(tok: Token) -> bool:
    """Whether a token is a model designation ("A380", "737s", "4" in "iPhone 4"),
    not a year or an amount ("Boeing 2008 results", "Airbus 2 billion")."""
    if not MODEL.match(tok.text.rstrip("s")) or re.fullmatch(r"(19|20)\d\d", tok.text):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.lower_ not in AMOUNT_WORDS


def _camel(name: str) -> bool:
    """ "iPod", "iTunes Music Store": a name spelt with a small first letter and a
    capital after it, the way makers spell products."""
    word = name.split()[0]
    return word[:1].islower() and any(c.isupper() for c in word[1:])


MEDICINES = gazetteer.words(
    "drug medicine medication vaccine pill painkiller antibiotic antidepressant therapy"
)


def _called_a_medicine(span: Span) -> bool:
    """Whether the text calls a name a medicine: "multiple sclerosis drug Tysabri",
    "Avonex, its existing drug". The small model reads brand names of drugs as
    companies; a drug acts for no one and would take its maker's "it". (The parse of
    such phrases is loose, so by the words: a medicine noun right before the name and
    no verb right after it, or a short phrase after its comma ending in one.)"""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.start and doc[span.start - 1].lemma_.lower() in MEDICINES:
        return after is None or after.pos_ not in {"VERB", "AUX"}  # not "a drug Pfizer made"
    if after is None or after.text != ",":
        return False
    words: list[Token] = []
    for tok in doc[span.end + 1 : span.end + 8]:
        if tok.is_punct:
            break
        words.append(tok)
    return (
        bool(words)
        and words[-1].lemma_.lower() in MEDICINES
        and not any(w.pos_ in {"VERB", "AUX"} and w.dep_ != "amod" for w in words)
    )


def _without_products(raw: list[Candidate]) -> list[Candidate]:
    """Candidates without the products the recogniser calls organisations or people.

    A product is no actor, and as one it would take "it" and "the company" from its
    maker. By rule, not by a list: a name ending in a model number ("iPhone 4", "Airbus
    A380"), a name the same maker's name stands right before ("Apple iPod", "Apple's
    iPhone" for names spelt like "iPod"), and in the same document every other mention
    of such a name ("the iPhone"), and, for names spelt like "iPod", its short form
    before the number. A maker named just before a model number ("Boeing 737") is part
    of the product's name, not a mention of the maker."""
    products: set[str] = {n for s, k, n, _, _ in raw if k != PERSON and _called_a_medicine(s)}
    ends = {s.end: n for s, k, n, _, _ in raw if k == ORGANISATION}
    drop: set[int] = set()
    where: dict[str, list[int]] = {}  # word -> its tokens, read once (not per name)
    for i, (span, kind, name, _, _) in enumerate(raw):
        if kind in {COUNTRY, GROUP}:
            continue
        doc = span.doc
        if _model_number(span[-1]) and len(span) > 1:
            products.add(name)  # "Airbus A380", "iPhone 4"
            if _camel(name):
                products.add(" ".join(name.split()[:-1]))
            continue
        if span.end < len(doc) and _model_number(doc[span.end]):
            drop.add(i)  # "Boeing 737": the maker inside the product's name
        if not _camel(name):
            if kind != PERSON and ends.get(span.start) not in {None, name}:
                products.add(name)  # "Apple Macintosh": a maker's name right before
            continue
        # a name spelt like "iPod": any of its occurrences, tagged or not, may show it
        if not where:
            for tok in doc:
                where.setdefault(tok.text, []).append(tok.i)
        for tok in (doc[k] for k in where.get(span[0].text, ())):
            last = tok.i + len(span) - 1
            after = doc[last + 1] if last + 1 < len(doc) else None
            before = tok.i - 1 if tok.i and doc[tok.i - 1].text in OWNER_MARKS else tok.i
            if (after is not None and _model_number(after)) or ends.get(before) not in {None, name}:
                products.add(name)  # "iPod 2", "Apple iPod", "Apple's iPod"
    return [c for i, c in enumerate(raw) if i not in drop and c[2] not in products]


def _human_apposition(ent: Span, roles: frozenset[str] = HUMAN_ROLES) -> bool:
    """Whether an apposition calls the entity a person: "Smith, a senator, said"."""
    root = ent.root
    near = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        near.append(root.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in roles for t in near)


def _with_particles(span: Span) -> Span:
    """ "Van der Berg" when the recogniser took only "Berg": a surname's particles
    are part of the name, not a title before it."""
    i = span.start
    while i > span.sent.start and span.doc[i - 1].lower_ in PARTICLES:
        i -= 1
    return Span(span.doc, i, span.end, label=span.label_) if i < span.start else span


INVERTED_CUES = frozenset(["said", "says", "added", "adds"])


def _inverted_cue(span: Span) -> Span:
    """ "Said Mills: “…”" -> "Mills": an opening speech verb the recogniser took into
    the name. Only where the surname is another person's of the article ("Ryan
    Mills"), since Said is also a first name ("Said Jalili")."""
    if len(span) < 2 or span.start != span.sent.start or span[0].lower_ not in INVERTED_CUES:
        return span
    last = span[-1].text
    if not any(
        e.label_ == "PERSON" and e.start != span.start and last in {t.text for t in e}
        for e in span.doc.ents
    ):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


# Letters written after a person's name ("Ian MacDonald QC", "Guy Mansfield QC"): no
# part of the name, nor of the surname read from it.
POST_NOMINALS = gazetteer.words("QC KC MP MEP MSP MLA OBE MBE CBE KBE DBE")
# A generation's mark is part of the name ("Edward III"), yet no surname either.
NAME_SUFFIXES = POST_NOMINALS | gazetteer.words("Jr Jr. Sr Sr. II III")


def _without_post_nominals(cand: Candidate) -> Candidate:
    """A person's name without the letters after it: with "Ian MacDonald QC" kept
    whole, its surname was "QC", so "Mr MacDonald" later in the story was another
    person, and his resignation, told of both, two events. The span keeps the letters
    (the parse often makes "QC" the phrase's head, which the roles read)."""
    span, kind, name, form, why = cand
    words = name.split()
    while kind == PERSON and len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    return cand if len(words) == len(name.split()) else (span, kind, " ".join(words), form, why)


def _strip_title_words(span: Span) -> Span:
    """ "Striker Davi Rocha" -> "Davi Rocha": leading title words are not the name."""
    i = span.start
    while i < span.end - 1 and span.doc[i].lower_.rstrip(".") in TITLE_WORDS:
        i += 1
    return Span(span.doc, i, span.end, label=span.label_) if i > span.start else span


def _number_of(word: Token, start: int, head: int) -> bool:
    """Whether a word is a figure's own digits before its scale ("7" of "7 million",
    "1.5" of "1.5 million"), hung on a word between ``start`` and the ``head`` noun."""
    return (
        word.dep_ in {"compound", "quantmod", "nummod"}
        and (word.like_num or word.tag_ == "CD")
        and start <= word.head.i <= head
    )


def _groups(parsed: Doc, taken: set[int]) -> list[Candidate]:
    """Unnamed collectives that act: "protesters", "Iranian officials", "US forces"."""
    out: list[Candidate] = []
    heads = _where(parsed, TAG, ("NNS",)) + _where(parsed, LOWER, ("people",))
    for tok in map(parsed.__getitem__, sorted(set(heads))):  # no other token can be one
        counted = tok.lower_ == "people" and any(c.dep_ == "nummod" for c in tok.children)
        if tok.i in taken or not (
            counted or tok.tag_ == "NNS" and tok.lemma_.lower() in GROUP_HEADS
        ):
            continue  # "228 people", counted, are a crowd; "people" alone is anyone
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent"}:
            continue
        mods = [
            c
            for c in tok.lefts
            if c.dep_ in GROUP_MODIFIERS
            and c.lower_ not in GROUP_DROP
            and c.is_alpha
            or c.dep_ == "compound"
            and c.ent_type_
        ]
        # keep the contiguous run of modifiers that ends at the head
        start = tok.i
        for c in sorted(mods, key=lambda t: -t.i):
            if c.i == start - 1 or (c.i == start - 2 and parsed[c.i + 1].text in {"-", "'s"}):
                start = c.i
        if counted:  # "228 people" and "500 people" are two crowds: the number names them
            start = min(c.i for c in tok.children if c.dep_ == "nummod")
            while start > 0 and _number_of(parsed[start - 1], start, tok.i):
                start -= 1  # "7 million people", whose "7" hangs on "million": never
                # "million people", one crowd of every article that counts in millions
        elif start < tok.i and parsed[start].dep_ == "compound":
            # the words of a compound modifier come with it: "first-time buyers" and
            # "low-income families", never "time buyers" or "income families"
            own = parsed[start].left_edge.i
            while own < start and parsed[own].lower_ in GROUP_DROP:
                own += 1  # "many first time buyers": "many" counts, it names no one
            if all(
                t.dep_ in {"amod", "compound"} or t.text == "-" for t in parsed[own:start]
            ):  # a quoted nickname ("the ``Big Three'' automakers") is not taken in
                start = own
        span = parsed[start : tok.i + 1]
        if start == tok.i and tok.lemma_.lower() not in CROWDS and not counted:
            continue  # "the two sides", "leaders": nobody in particular without a country
        out.append((span, GROUP, " ".join(span.text.split()), DESCRIPTION, None))
    return out


def _shown_places(raw: list[Candidate]) -> dict[str, str]:
    """The names the text shows to be places ("the town of Saraqeb"), with why."""
    return {n: why for _, k, n, _, why in raw if k == PLACE and why and "is a place" in why}


def _places_everywhere(raw: list[Candidate]) -> list[Candidate]:
    """A name the text once shows to be a place ("the town of Saraqeb") is that place
    in its other mentions too, where the model read it as an organisation or as a
    people ("the attack on the town of Saraqeb" tagged NORP: a group of this story
    alone, so one town became two actors)."""
    shown = _shown_places(raw)
    return [
        (span, PLACE, name, form, shown[name])
        if kind in {ORGANISATION, GROUP} and name in shown
        else (span, kind, name, form, why)
        for span, kind, name, form, why in raw
    ]


# Prepositions of place, and the words whose "at" or "in" is no place ("laughed at
# Smith", "confidence in Blair"); verbs whose "to" or object is a place ("moved to
# Powys", "will visit Auschwitz").
PLACE_PREPS = gazetteer.words("at in near")
NOT_PLACE_HEADS = gazetteer.words(
    "look laugh shout stare point aim smile glance jeer angry furious swipe believe trust "
    "confidence faith interest role part"
)
TRAVEL = gazetteer.words("go move travel fly return visit head come")


def _where_one_is(tok: Token, places: set[int]) -> bool:
    """Whether a name stands where a place does: "killed at Auschwitz", "moved to
    Powys", "visits Manchester, Liverpool … and Torbay", "from Heathrow and Gatwick"
    (beside a place: ``places`` are the tokens of the places named)."""
    while tok.dep_ == "conj":  # "Heathrow and Gatwick": the first conjunct's role
        if tok.head.i in places:
            return True
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        if head.lower_ in PLACE_PREPS and governor not in NOT_PLACE_HEADS:
            return True
        return head.lower_ == "to" and governor in TRAVEL
    return tok.dep_ == "dobj" and head.lemma_.lower() == "visit"


def _places_read_as_people(raw: list[Candidate]) -> list[Candidate]:
    """One-word "people" the article only ever puts where a place stands ("at
    Gatwick", "in Guildford and Woolwich", "moved to Powys"): places the small model
    read as persons, which as persons took the story's "he". A name that is ever a
    subject, owns anything, or is a known first name stays a person.

    A name the model itself also reads as a place where one stands ("in Manchester",
    "at Heathrow") is that place though it acts elsewhere ("Manchester can handle the
    crowds"), unless a mention shows a person: a speaker, an owner of kin, a "who", a
    first name ("Heathrow anti-noise campaigners" gave "Heathrow" the story's people)."""
    counts: dict[str, list[bool]] = {}
    human: set[str] = set()
    places = {span.root.i for span, kind, *_ in raw if kind in {PLACE, COUNTRY}}
    for span, kind, name, _form, why in raw:
        if kind != PERSON or why is not None or " " in name:
            continue
        root = span.root
        acting = root.dep_ in SUBJECTS or root.dep_ == "poss" or gazetteer.gender(name)
        acting = acting or any(c.dep_ == "relcl" for c in root.children)  # ", who said"
        counts.setdefault(name, []).append(not acting and _where_one_is(root, places))
        if gazetteer.gender(name) or _person_cues(span, kind, True):
            human.add(name)
    placed = {
        name
        for span, kind, name, _form, why in raw
        if kind == PLACE and why is None and _where_one_is(span.root, places)
    }
    found = {n for n, seen in counts.items() if all(seen) or n in placed and n not in human}
    if not found:
        return raw
    only = '{!r} stands only where a place does ("at", "in", "visit")'
    also = '{!r} is read as a place where one stands ("in", "at") and shows no person'
    whys = {n: (only if all(counts[n]) else also).format(n) for n in found}
    return [
        (span, PLACE, name, form, whys[name]) if kind == PERSON and name in found else c
        for c in raw
        for span, kind, name, form, _ in (c,)
    ]


def _listed_with(tok: Token) -> set[int]:
    """The tokens of the other conjuncts of a name's list ("between Edinburgh and
    Tweedbank", "visits Manchester, Liverpool … and Torbay")."""
    first = tok
    while first.dep_ == "conj" or first.dep_ == "appos" and first.ent_type_:
        first = first.head
    out, todo = {first.i}, [first]
    while todo:
        for c in todo.pop().children:  # "to the Midlands, Merseyside, Bristol": appositions
            if (c.dep_ == "conj" or c.dep_ == "appos" and c.ent_type_) and c.i not in out:
                out.add(c.i)
                todo.append(c)
    return out - {tok.i}


ROUTE_PREPS = gazetteer.words("from through via to into across")
# Verbs of a line or a journey over ground: a player who "moved from Liverpool to
# Chelsea" or a banker who "switched from London to Nomura" changed employer.
ROUTE_VERBS = gazetteer.words("run stretch extend link connect march walk drive ride sail cycle")


def _route_of(tok: Token) -> Token | None:
    """The word a route phrase hangs on ("ran" in "ran from Edinburgh … and on to
    Carlisle"), when ``tok`` is the object of a route preposition; else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ROUTE_PREPS:
        return None
    word = tok.head
    # "and on to": the prepositions' verb. A Token is made anew on every access, so the
    # root (its own head) is told by its index: "From Glasgow to Acme" is a headline
    # whose root is a preposition, where an identity test never ended
    while word.pos_ == "ADP" and word.head.i != word.i:
        word = word.head
    return word


def _on_a_route(tok: Token, places: set[int]) -> bool:
    """Whether a name is a stop of a route whose other stop is a place: "ran from
    Edinburgh through the Borders and on to Carlisle" (the small model reads the
    region and the town as organisations). Only a line's or a journey's verb makes a
    route: "moved from Liverpool to Chelsea" is a transfer between clubs."""
    word = _route_of(tok)
    return word is not None and word.lemma_.lower() in ROUTE_VERBS and any(
        (stop := _route_of(tok.doc[i])) is not None and stop.i == word.i
        for i in places
        if i != tok.i
    )


def _orgs_read_as_places(raw: list[Candidate]) -> list[Candidate]:
    """One-word "organisations" no table knows that the article lists with places alone
    ("rotated between Blackpool, Bournemouth and Brighton", "Dallas in the US, Bordeaux
    in France") or travels to ("going on to Oxford"): towns the small model read as
    organisations, which as organisations took the story's "the party" and "it". A
    club named after its town stays one where no place stands beside it ("Bournemouth
    beat Chelsea"), and a name that speaks or has shares is an organisation."""
    place_names = {
        t.i: name for span, kind, name, *_ in raw if kind in {PLACE, COUNTRY} for t in span
    }
    places = set(place_names)
    placed: set[str] = set()
    acting: set[str] = set()
    suspects = {  # one-word organisations no table knows: each may be a town in a list
        span.root.i
        for span, kind, name, _form, why in raw
        if kind == ORGANISATION and why is None and " " not in name and not _known(name)
    }
    employers = {span.root.i for span, kind, *_ in raw if kind == ORGANISATION}
    for span, kind, name, _form, why in raw:
        if kind != ORGANISATION or why is not None or " " in name or _known(name):
            continue
        root = span.root
        head = root.head
        if root.dep_ == "nsubj" and head.lemma_.lower() in SPEAKING or (
            root.dep_ == "compound" and head.lemma_.lower() in COMPANY_PARTS
        ):
            acting.add(name)
        # every name beside it a place ("the GMC Savana, Sierra and Yukon" are models)
        others = _listed_with(root)
        named = {i for i in others if root.doc[i].ent_type_}
        listed = others & places and named <= places | suspects
        # and the list stands where places do ("in", "to" or "between Blackpool,
        # Bournemouth and Brighton"), or a table knows its places: the model reads brands as places
        # too ("brands include AEG, Zanussi and Frigidaire")
        first = root
        while first.dep_ in {"conj", "appos"}:  # "to the Midlands, Merseyside, Bristol"
            first = first.head
        listed = listed and (
            _where_one_is(first, set())
            or first.dep_ == "pobj"  # "rotated between Blackpool, Bournemouth …",
            and first.head.lower_ in ROUTE_PREPS | {"between"}  # "spread to … Bristol"
            or named <= places
            and all(_known_place(place_names[i]) for i in named)
        )
        travel = root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in TRAVEL
        travel = travel and not any(  # "moved from Celtic to Arsenal": a club, no town
            p.lower_ == "from" and any(o.i in employers for o in p.children if o.dep_ == "pobj")
            for p in head.head.children
        )
        visit = root.dep_ == "dobj" and head.lemma_ == "visit"
        if listed or travel or visit or _on_a_route(root, places):
            placed.add(name)
    found = placed - acting
    if not found:
        return raw
    why = "{!r} is a place: listed with places, travelled to or a stop on a route"
    return [
        (span, PLACE, name, form, why.format(name)) if kind == ORGANISATION and name in found else c
        for c in raw
        for span, kind, name, form, _ in (c,)
    ]


def _named_after_place(tok: Token) -> bool:
    """Whether a capital or country word is the last word of another name ("Real
    Madrid", "Inter Milan", "Atletico Madrid"): a club or a firm named after its town
    acts for itself, never for the country whose seat the town is. The whole name
    being a place itself ("New Delhi") is still the place."""
    if gazetteer.country(tok.text) is None and gazetteer.seat(tok.text) is None:
        return False  # "Aperture Spherical Radio Telescope": no place word named after
    before = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    if not before or any(c.lower_.rstrip(".") in HONORIFICS | TITLE_WORDS for c in before):
        return False  # "Mr Hague": a man, whom the person readers tell
    whole = tok.doc[before[0].left_edge.i : tok.i + 1].text
    return gazetteer.country(whole) is None and gazetteer.seat(whole) is None


def _lone_place_words(raw: list[Candidate]) -> list[Candidate]:
    """A one-word "person" whose word is a word of a place's or an organisation's name
    in the same article ("Rotterdam is Europe's busiest port" beside "the Port of
    Rotterdam") is that place: the small model often reads a lone city as a person.
    A word of a person's full name there ("Jordan" beside "Michael Jordan") stays."""

    def words(kinds: set[str]) -> set[str]:
        return {w for _, k, n, _, _ in raw if k in kinds and " " in n for w in n.split()}

    named = words({PLACE, ORGANISATION, COUNTRY})
    people = words({PERSON})
    out = []
    for span, kind, name, form, why in raw:
        if kind == PERSON and " " not in name and name in named and name not in people:
            kind, why = PLACE, f"{name!r} is part of a place's or organisation's name here"
        out.append((span, kind, name, form, why))
    return out


# Nouns whose "that" clause tells what someone is accused of: "allegations that he …".
ACCUSING = gazetteer.words("allegation accusation claim charge rumour rumor suspicion")
# Nouns that, in apposition, say a name no table knows is a person's: the roles and
# trades news gives the people it quotes ("Ilkay Demirtas, a grain trader,").
PEOPLE_NOUNS = HUMAN_ROLES | gazetteer.words(
    "consultant trader councillor councilor advocate attorney businessman businesswoman "
    "entrepreneur journalist reporter writer artist musician farmer victim suspect "
    "professor engineer nurse pilot"
)
# Verbs whose subject is a speaker: a place the recogniser named never "said".
SPEAKING = gazetteer.words("say tell add explain insist argue claim admit recall deny")
# Nouns a person's name owns and a place's does not: "Soltan's relatives".
KIN = gazetteer.words(
    "relative family father mother wife husband son daughter brother sister parent "
    "child lawyer attorney"
)
# The titles of one who speaks for another, and the acts a spokesperson does report
# of himself in the passive ("said he had been told", "was not authorised to speak").
SPOKESPERSONS = ("spokesman", "spokeswoman", "spokesperson")
SPOKESPERSON_OWN = gazetteer.words(
    "tell inform ask advise authorise authorize allow permit quote misquote brief"
)
# Nouns for people: a subject they head is a person of its own, whose pronoun the
# owner's name does not take ("Mr Blair's spokesman said he").
PERSON_NOUNS = (
    HUMAN_ROLES
    | KIN
    | GROUP_HEADS
    | CROWDS
    | gazetteer.words(
        "friend ally rival successor predecessor aide camp team wife girlfriend boyfriend "
        "ex-wife ex-husband partner lover ex-lover nanny secretary supporter backer "
        "assistant agent publicist"
    )
)


def _person_cues(span: Span, kind: str, read_as_person: bool) -> int:
    """How strongly one mention says it names a person: an apposition that calls it
    one ("Ilkay Demirtas, a grain trader,") or a trade before it ("councillor Tahir
    Malik") counts two; a possessive of kin ("Soltan's relatives") one; a relative
    clause on "who" ("Soltan, who was released") and being the subject of "said" one
    each, for an organisation only where the name is a full name whose surname is
    read as a person elsewhere in the article (clubs are "who", companies speak)."""
    root = span.root
    who = any(
        c.dep_ == "relcl" and any(t.lower_ in {"who", "whom", "whose"} for t in c.children)
        for c in root.children
    )
    said = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEAKING
    kin = root.dep_ == "poss" and root.head.lemma_.lower() in KIN
    weak = int(who) + int(said) if kind == PLACE or read_as_person else 0
    before = span.doc[span.start - 1] if span.start else None
    titled = (  # "councillor Tahir Malik": a trade right before the name, modifying it
        before is not None
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in PEOPLE_NOUNS
        and before.head.i in range(span.start, span.end)
    )
    return 2 * int(_human_apposition(span, PEOPLE_NOUNS) or titled) + int(kin) + weak


def _known(name: str) -> bool:
    """Whether a table knows the name as a country, capital, nationality or entity."""
    return any(
        f(name) is not None
        for f in (gazetteer.country, gazetteer.seat, gazetteer.demonym, gazetteer.entity)
    )


def _known_place(name: str) -> bool:
    """Whether a table knows the name as a country, a capital or a place."""
    known = gazetteer.entity(name)
    return bool(gazetteer.country(name) or gazetteer.seat(name) or known and known.kind == PLACE)


def _unlabelled_surnames(doc: Doc) -> set[str]:
    """The last words of full names the recogniser left unlabelled: "official Ankit
    Sharma" as no entity at all, beside "the family of Sharma" read as a place. A lone
    "Sharma" with one sign of a person ("Sharma's father") is then that person's
    surname. The pair must start with a first name the table knows or follow a
    person's trade ("official"): "Chand Bagh" or "Rotterdam Port" is no full name."""
    out = set()
    for t in doc[2:]:
        first, role = doc[t.i - 1], doc[t.i - 2]
        if (
            t.pos_ == first.pos_ == "PROPN"
            and not t.ent_type_
            and not first.ent_type_
            and first.dep_ == "compound"
            and first.head.i == t.i
            and first.text.istitle()
            and t.text.istitle()
            and (
                gazetteer.gender(first.text) is not None
                or role.pos_ == "NOUN" and role.lemma_.lower() in PEOPLE_NOUNS
            )
        ):
            out.add(t.text)
    return out


def _people_read_as_places(raw: list[Candidate]) -> list[Candidate]:
    """People the small model read as places or organisations ("a lawsuit from
    Mohamed Soltan" as GPE, "Moghadam said" as GPE), found by how the article treats
    the name: a name no table knows is a person when its mentions give two signs of a
    person (:func:`_person_cues`), or one beside a person reading of the same name
    elsewhere in the article; a full name whose surname so becomes a person does
    too ("Mohamed Soltan" once "Soltan" is). Capitals that speak for governments are
    the tables' business and stay as they are."""
    read_person = {name for _, kind, name, _, _ in raw if kind == PERSON}
    cues: dict[str, int] = {}
    for span, kind, name, _, why in raw:
        if kind in {PLACE, ORGANISATION} and why is None and not _known(name):
            if " " in name and name.split()[-1].lower() in ORG_LAST_WORDS:
                continue  # "Yukos' owner Menatep Group says": a group by its name
            # a lone word read as a person once ("Meralco said") is no full name
            read = " " in name and name.split()[-1] in read_person
            cues[name] = cues.get(name, 0) + _person_cues(span, kind, read)
    last = {n: n.split()[-1] for n in cues}
    lone = any(k == 1 and " " not in n and n not in read_person for n, k in cues.items())
    surnames = _unlabelled_surnames(raw[0][0].doc) if lone else set()
    human = {
        n
        for n, k in cues.items()
        if k >= 2 or k and (n in read_person or last[n] in read_person or n in surnames)
    }
    human |= {n for n in cues if len(n.split()) in {2, 3} and last[n] in human}
    if not human:
        return raw
    out = []
    for span, kind, name, form, why in raw:
        if (
            kind in {PLACE, ORGANISATION}
            and name in human
            and all(t.pos_ == "PROPN" for t in span if t.is_alpha)
        ):
            why = f"{name!r} is spoken of as a person here, not a {kind}"
            kind, span = PERSON, _strip_title_words(span)  # "Mr Ng" read as ORG
            name = _clean_name(span.text)
        out.append((span, kind, name, form, why))
    return out


# A wire story's credit line: "(Reporting by A and B; editing by C)", "Writing by D",
# from its start ("after reporting by the Post revealed" is a sentence, not a credit).
BYLINE = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|photos?|graphics?)"
    r"\s+by\b[^.()\n]*$",
    re.IGNORECASE,
)


# The words every credit line holds (BYLINE without its anchors): an article with none
# of them anywhere has no credit line, and no entity's sentence need be read for one.
CREDIT_WORDS = re.compile(
    r"(?:reporting|writing|editing|compiled|photos?|graphics?)\s+by", re.IGNORECASE
)


# The verbs of the trigger table, for a headline's words the tagger read as a name:
# "Suspended Worker Kills 2 Women", "Obama Overturns" (the table is read once).
TRIGGER_VERBS = frozenset(
    lemma.strip().lower()
    for _, pos, lemmas in gazetteer.table_rows("event_triggers.tsv", 3)
    if pos == "VERB"
    for lemma in lemmas.split("|")
    if lemma.strip() and " " not in lemma.strip()
)


def _body_words(doc: Doc) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What the text below its title-case lines says of words, read once per document:
    the words it writes small, the lemmas of its verbs, and the words of its names. A
    headline's "Prison Van" is the body's "a prison van", its "Handcuffs" the body's
    "handcuffed", and a word the body names ("Mr Burns") is a name's, whatever it looks like."""
    known = doc.user_data.get("body_words")
    if known is None:
        small, verbs, named = set(), set(), set()
        for tok in doc:
            if on_title_case_line(tok):
                continue
            if tok.ent_type_ and not tok.is_lower:
                named.add(tok.lower_)
            elif tok.is_lower and tok.is_alpha:
                small.add(tok.lower_)
                small.add(tok.lemma_.lower())
                if tok.pos_ in {"VERB", "AUX"}:
                    verbs.add(tok.lemma_.lower())
        known = doc.user_data["body_words"] = (frozenset(small), frozenset(verbs), frozenset(named))
    return known


def _headline_verb(tok: Token) -> bool:
    """Whether a word of a title-case line is a verb of it, whatever its tag: "Kills",
    "Checks", "Rehires" ("Lindsay Lohan Checks Into Rehab" tagged a person), and an
    irregular form ("Suspect Caught", "Gunman Shot"), but not one that follows a first
    name ("Michel Rose", "Mark Felt": a surname)."""
    _, verbs, named = _body_words(tok.doc)
    if tok.lower_ in named or not tok.is_alpha:
        return False
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        return True
    told = verbs | TRIGGER_VERBS
    if verb_lemmas(tok.lower_, irregular=False) & told:
        return True
    irregular = irregular_verbs().get(tok.lower_)
    if not irregular or _after_first_name(tok):
        return False
    return bool(told.intersection(irregular)) or _verb_form(tok)


def _after_first_name(tok: Token) -> bool:
    """Whether a word follows a first name the table knows that opens a name ("Michel
    Rose", "Mark Felt"), not one that ends it ("Pierre Thomas Placed")."""
    if tok.i == 0 or gazetteer.gender(tok.nbor(-1).text) is None:
        return False
    return tok.i == 1 or gazetteer.gender(tok.nbor(-2).text) is None


def _verb_form(tok: Token) -> bool:
    """Whether a word is a form only a verb takes, told as one: an irregular past the
    model knows that is no noun ("Suspect Caught", "Jewellery Stolen In Raid", "Killer
    Held For Trial"), whether or not the body tells the act, and not written before a
    noun it describes ("Fried Okra Music", "Broken Social Scene"). "Shot", "Rose",
    "Felt" and "Fed" are also things or names, and are verbs only by the body's verbs
    or the trigger table."""
    word = tok.lower_
    if any(lemma == word for lemma in irregular_verbs().get(word, ())) or word.endswith("ing"):
        return False  # "kipping" (kip) is a surname's shape, no past
    if word in lemma_index("noun"):
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return after is None or after.pos_ not in {"PROPN", "NOUN", "ADJ", "NUM"}


def _person_word(tok: Token) -> bool:
    """Whether a word of a headline's "name" is a common noun for a person ("Suspect",
    "Victim", "Gunman" is a word of its own) that the body does not write as a name
    ("Mr Farmer")."""
    word = tok.lower_
    return word in PEOPLE_NOUNS | PERSON_NOUNS and word not in _body_words(tok.doc)[2]


def _adjective(tok: Token) -> bool:
    """Whether a word of a headline's "name" is an adjective and nothing else (the
    model's word index; "Fatal", "Armed"), and not a word the body names: a title-case
    line tags it a proper noun. "Young", "Brown", "Rich" are also nouns, and stay."""
    word = tok.lower_
    return (
        word in lemma_index("adj")
        and word not in lemma_index("noun")
        and word not in _body_words(tok.doc)[2]
    )


def _common_run(words: Span) -> bool:
    """Whether every word of a headline's "name" is one the body writes small or a
    small word: "Prison Van", "Suspended Worker", "Handcuffs Guards", "Family"."""
    small, _, named = _body_words(words.doc)
    return all(
        not t.is_alpha
        or t.lower_ not in named and (t.is_stop or bool(verb_lemmas(t.lower_) & small))
        for t in words
    )


# What a headline's "name" neither opens nor ends with: "Prison Van Near", "'Murder".
EDGE_POS = frozenset({"ADP", "CCONJ", "DET", "PUNCT", "SPACE"})


def _headline_name(ent: Span) -> Span | None:
    """The name in an entity read on a title-case headline, or None when it holds none.
    There every long word has a capital, so the tagger reads verbs and common nouns as
    names: "Suspended Worker Kills 2 Women" and "Prison Van Near" tagged people,
    "Lindsay Lohan Checks Into Rehab" a person, "Rehires" one; as agents and patients they
    kept right reports of one event apart. Such a span loses the verbs it opens with
    ("Hire Maurice Cheeks"), is cut at the next one, loses the prepositions it ends in
    ("Prison Van Near"), and is no name when what is left is words the body writes small
    ("Prison Van", "Suspended Worker"), adjectives or titles. A name a table knows, or a
    word the body names, stays."""
    if not on_title_case_line(ent[0]) or _known(ent.text):
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and _headline_verb(doc[start]):
        start += 1  # "Hire Maurice Cheeks", "Suspect Caught"
        while start < end and doc[start].pos_ in EDGE_POS:
            start += 1  # "Checks Into Malibu Rehab" (a name's own "In The Public Eye" stays)
    end = next((t.i for t in doc[start:end] if _headline_verb(t)), end)
    while end > start and (
        doc[end - 1].pos_ in EDGE_POS | {"PART", "ADV"} or doc[end - 1].tag_ == "RP"
    ):
        end -= 1  # "Prison Van Near", "Lindsay Lohan Checks Out", "Teixeira Reportedly"
    left = doc[start:end]
    if (
        not left
        or _common_run(left)
        or all(
            t.pos_ == "ADJ" or t.tag_ == "JJ" or t.lower_ in TITLE_WORDS or _adjective(t)
            for t in left
        )
        or all(_person_word(t) for t in left)
    ):  # "Suspended Worker", "Fatal" (of "Fatal Shooting Of Brooklyn"), "Sheriff",
        # "Suspect" (of "Suspect Caught")
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _byline(ent: Span) -> bool:
    """Whether an entity is a name in a credit line: the journalists who wrote or
    edited the story are not actors in it. The article is searched for a credit line's
    words once (kept in its ``user_data``): most have none, and ``ent.sent`` with the
    40 tokens before each entity were made for nothing."""
    doc = ent.doc
    credited = doc.user_data.get("kg_credit_words")
    if credited is None:
        credited = doc.user_data["kg_credit_words"] = CREDIT_WORDS.search(doc_text(doc)) is not None
    if not credited:
        return False
    before = doc[max(ent.sent.start, ent.start - 40) : ent.start].text
    cut = max(before.rfind("("), before.rfind("\n") + 1)
    return BYLINE.search(before[max(cut, 0) :].strip()) is not None


def extract_actors(parsed: Doc, document: Document) -> list[ActorMention]:
    """Actor mentions of one document, with types fixed by cross-mention evidence."""
    return [m for m, _ in actor_spans(parsed, document)]


def _lone_given_names(raw: list[Candidate]) -> list[Candidate]:
    """A person named in full and elsewhere by a word of that name before the surname
    ("Galabuzi Brian Kakembo" … "Brian said", "Kelly Holmes" … "Kelly dominated the
    race"): one person, when exactly one full name of the article has that word and it
    is no one's surname. Two Kellys, or a "Howard" that is Michael Howard's surname,
    stay as they are."""
    full = {n for _, k, n, _, _ in raw if k == PERSON and len(n.split()) > 1}
    if not full:
        return raw
    given: dict[str, set[str]] = defaultdict(set)
    for n in full:
        for w in n.split()[:-1]:
            given[w].add(n)
    surnames = {n.split()[-1] for n in full}
    first: dict[str, int] = {}  # where each full name is first told
    told: dict[str, set[int]] = defaultdict(set)  # the sentences it is told in
    for span, _, name, _, _ in raw:
        if name in full:
            first[name] = min(first.get(name, span.start), span.start)
            told[name].add(span.sent.start)
    out = []
    for span, kind, name, form, why in raw:
        owners = given.get(name, set())
        if (
            kind in {PERSON, ORGANISATION}  # "Hafiz, from Pakistan" is read as a body too
            and form == NAME
            and all(t.pos_ == "PROPN" for t in span)
            and len(owners) == 1
            and first[next(iter(owners))] < span.start  # named in full first, and not
            and span.sent.start not in told[next(iter(owners))]  # in that sentence: "his
            # performance as Ray Charles in Ray" is the film
            and not _work_named(span)
            and name not in surnames
            and name.lower() not in HONORIFICS
            and name.lower() not in TITLE_WORDS
        ):
            (whole,) = owners
            why = f"{name!r} is the given name of {whole!r}, the only one of the article"
            kind, name = PERSON, whole
        out.append((span, kind, name, form, why))
    return out


TITLED_WORKS = gazetteer.words(
    "film movie biopic bio-pic album single song show musical novel book play series"
)


def _work_named(span: Span) -> bool:
    """Whether a lone name is a work's title ("Foxx's movie Ray", "the biopic Ray", "Ray
    director Taylor Hackford"): the film, not the singer the film is named after."""
    doc = span.doc
    near = doc[max(span.start - 2, 0) : span.start]
    return (
        any(t.lemma_.lower() in TITLED_WORKS for t in near)
        or span.root.dep_ in {"compound", "appos"}
        or span.root.head.lemma_.lower() in TITLED_WORKS
    )


def _unquoted(ent: Span) -> Span:
    """An entity without the quote marks the recogniser took in at its edges: '" Mr de
    Vabres said' read as an organisation '" Mr de Vabres' was no person the minister's
    "he" could stand for, and no title "Mr" led it."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].is_quote:
        start += 1
    while end - 1 > start and ent.doc[end - 1].is_quote:
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_)


def _with_name_before(ent: Span, alone: Collection[str]) -> Span:
    """A person's name with the word before it that the recogniser left out, when the
    text names the person by that word alone elsewhere: "Hafiz Usama Tanveer" read as
    "Usama Tanveer" beside "Hafiz, from Pakistan, has created …" made two people of
    one. A title, an honorific or a word of another entity stays out."""
    if ent.start == 0:
        return ent
    word = ent.doc[ent.start - 1]
    if (
        word.pos_ != "PROPN"
        or word.ent_type_
        or not word.is_alpha
        or not word.is_title
        or word.text not in alone
        or word.lower_ in HONORIFICS
        or word.lower_ in TITLE_WORDS
        or word.lower_ in GENDERED
        or word.head.i not in range(ent.start, ent.end)
    ):
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)


def actor_spans(parsed: Doc, document: Document) -> list[tuple[ActorMention, Span]]:
    """Actor mentions paired with the spaCy span they were read from."""
    raw: list[Candidate] = []
    styled = _styled_surnames(parsed)
    written = _written_alone(parsed)
    alone = {e.text for e in parsed.ents if e.label_ in {"PERSON", "ORG"} and len(e) == 1}
    for ent in (
        _unquoted(q)
        for e in _joined_portfolios(parsed)
        for p in _run_together(e)
        for q in _owner_apart(p, written)
    ):
        if (
            ent.label_ == "ORG"
            and len(ent) == 2
            and ent[1].text in styled
            and ent[0].pos_ == "PROPN"
            and ent[0].is_alpha
            and ent[0].lower_ not in HONORIFICS
            and not _known(ent.text)
        ):  # "Vincent Cable" tagged ORG in a story that says "Mr Cable": the man
            ent = Span(parsed, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ in {"ORG", "GPE"}
            and ent.start > 0
            and parsed[ent.start - 1].text in PEER_STYLES
            and all(t.pos_ == "PROPN" for t in ent)
            and ent[0].lower_ not in TITLE_WORDS  # "Lord Chancellor", "Lord Mayor"
            and not _known(ent.text)
        ):  # "Lord Ashby" with "Ashby" tagged ORG: a peer's style is a person's
            ent = Span(parsed, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ == "PERSON"
            and ent[-1].lower_.rstrip(".") in TITLE_WORDS
            and ent.end < len(parsed)
            and parsed[ent.end].ent_iob_ == "B"
            and parsed[ent.end].ent_type_ == "PERSON"
        ):  # "former Tory Treasurer Lord" + "Ashcroft": the title, no one of its own
            continue
        if ent.label_ == "PERSON":
            ent = _with_particles(_strip_title_words(_inverted_cue(ent)))
            ent = _with_name_before(ent, alone)
        elif (
            len(ent) > 1
            and (
                ent.label_ == "ORG"
                and (len(ent) > 2 or ent[0].lower_.rstrip(".") in HONORIFICS)  # "Mr Ng"
                or ent.label_ in LABEL_KIND
                and ent[0].lower_.rstrip(".") in HONORIFICS  # "Mr Hague" tagged GPE
            )
            and ent[0].lower_.rstrip(".") in GENDERED
            and (
                ent[0].lower_.rstrip(".") in TITLE_WORDS and all(t.pos_ == "PROPN" for t in ent[1:])
            )
        ):  # "Spokeswoman Sandy Angers" tagged ORG: a title that only a person bears
            ent = Span(parsed, ent.start + 1, ent.end, label="PERSON")
        if (named := _headline_name(ent)) is None:
            continue
        cand = _entity_candidate(named)
        if cand is not None and not _byline(ent):
            raw.append(_without_post_nominals(cand))
    raw = _lone_place_words(_people_read_as_places(_places_read_as_people(raw)))
    raw = _places_everywhere(_orgs_read_as_places(raw))
    raw = _lone_given_names(raw)
    # A capital or country the entity recogniser missed, acting as a subject ("Lisbon
    # insisted that …"): the table knows it even when the small model does not.
    in_ent = {t.i for ent in entities(parsed) for t in ent}
    # the proper nouns outside entities, found once on the POS column (two scans below)
    names = [parsed[i] for i in _where(parsed, POS, (PROPN,)) if i not in in_ent]
    named_people = by_surname(n for _, k, n, _, _ in raw if k == PERSON)
    for tok in names:
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if (
            tok.text in named_people
            or tok.i
            and parsed[tok.i - 1].lower_.rstrip(".") in TITLE_WORDS
        ):
            continue  # "Mr Hague said" after "William Hague": the man, not The Hague
        if _named_after_place(tok):  # "Real Madrid have set Arsenal a deadline": the
            # club, never Spain
            start = min(c.left_edge.i for c in tok.children if c.dep_ == "compound")
            whole = parsed[start : tok.i + 1]
            why = f"{whole.text!r} is a name of its own"
            raw.append((whole, ORGANISATION, whole.text, NAME, why))
            continue
        c = gazetteer.country(tok.text)
        if c is None and tok.dep_ == "nsubj":  # "Lisbon insisted", not "Lisbon was hit"
            c = gazetteer.seat(tok.text)
        if c is not None:
            why = None if c.name == tok.text else f"{tok.text!r} stands for {c.name}"
            raw.append((parsed[tok.i : tok.i + 1], COUNTRY, c.name, NAME, why))
    joined = [  # "Antwerp-Bruges" with "Bruges" read as a common noun: the name's end
        t.head for t in names if t.head.i == t.i + 2 and _joining_hyphen(parsed[t.i + 1])
        and t.head.is_title and t.head.pos_ == "NOUN" and t.head.i not in in_ent
    ]  # fmt: skip
    for tok in names + joined:  # "the border village of Sotk" with no entity: the town
        # word says it is a place, as it does of a name read as an organisation
        # (_entity_candidate)
        of = tok.head
        span = parsed[tok.left_edge.i : tok.i + 1]
        if (
            tok.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in TOWNS
            and all(
                (t.pos_ == "PROPN" or _joining_hyphen(t) or t == tok) and t.i not in in_ent
                for t in span
            )  # "the Port of Antwerp-Bruges": one place of two joined names
        ):
            why = f"{span.text!r} is a place: the {of.head.lower_} of {span.text}"
            raw.append((span, PLACE, span.text, NAME, why))
    towns = _shown_places(raw)
    taken = {t.i for span, *_ in raw for t in span}
    for tok in names:  # "the shelling of Sotk" after "the village of Sotk": the same place
        if tok.text in towns and tok.i not in taken:
            raw.append((parsed[tok.i : tok.i + 1], PLACE, tok.text, NAME, towns[tok.text]))
    single = {  # one-word organisations, whether the tagged words call them a union
        (n, _names_a_union(span.root) or span[-1].lower_ in UNION_NOUNS)
        for span, k, n, _, _ in raw
        if k == ORGANISATION and " " not in n
    }
    unions = {n for n, union in single if union} | {  # "the Havenbond union", tagged or
        # not ("The Havenbond union and …" opening the story, "Havenbond's" tagged)
        t.text for t in names if _names_a_union(t) and (t.text, False) in single
    }
    full = by_surname(n for _, k, n, _, _ in raw if k == PERSON and " " in n)
    raw = [  # "Kaaibond's chair" read as a person's after "the Kaaibond union": the union
        (span, ORGANISATION, n, f, why)
        if k == PERSON and n in unions and n not in full
        else (span, k, n, f, why)
        for span, k, n, f, why in raw
    ]
    named_people = by_surname(n for _, k, n, _, _ in raw if k == PERSON)
    for tok in names:  # "Havenbond is demanding" after "the Havenbond union has announced":
        # the recogniser tagged the name once; the same word again is that union. Only a
        # union's: "Iloilo", "Aviator" read once as organisations are a city and a film
        if (
            tok.text in unions
            and tok.i not in taken
            and tok.text not in named_people
            and (tok.dep_ != "compound" or _names_a_union(tok))
            and not (tok.i and parsed[tok.i - 1].pos_ == "PROPN")
        ):
            span = parsed[tok.i : tok.i + 1]
            if tok.dep_ == "compound":  # "The Havenbond union and the association
                # reached a deal": the whole phrase names it, the union is the subject
                before = parsed[tok.i - 1] if tok.i else None
                start = before.i if before is not None and before.lower_ == "the" else tok.i
                span = parsed[start : tok.head.i + 1]
            raw.append((span, ORGANISATION, tok.text, NAME, None))
            taken.update(t.i for t in span)
    for tok in names:  # "TMZ reported that …", "…, ITAR-TASS reported": an outlet
        if tok.i not in taken and tok.text not in named_people and _reports(tok):
            span = _missed_name(tok, in_ent)
            known = gazetteer.entity(span.text)
            why = f"{span.text!r} reports the news: an outlet"
            raw.append((span, ORGANISATION, known.name if known else span.text, NAME, why))
    for i in _where(parsed, DEP, ("appos",)):  # "…, Theresa May, said": May is no month
        tok = parsed[i]
        if tok.ent_type_ in {"", "DATE"} and tok.i - 1 not in in_ent and given_name_first(tok):
            span = parsed[tok.i - 1 : tok.i + 1]
            raw.append((span, PERSON, span.text, NAME, None))
    raw += _groups(parsed, in_ent)
    # Surnames the recogniser missed ("Jobs" after "Steve Jobs"): the full name says
    # who they are when exactly one person in the document has that surname.
    surnames = by_surname(n for _, k, n, _, _ in raw if k == PERSON)
    for tok in names:
        if len(surnames.get(tok.text, ())) != 1:
            continue
        if is_pronoun(tok.text):  # "I" after "Elizabeth I" is no surname
            continue
        before = parsed[tok.i - 1] if tok.i else None
        if tok.dep_ == "compound" or (
            before is not None
            and before.pos_ == "PROPN"
            and before.lower_.rstrip(".") not in HONORIFICS  # "Mr Cable told MPs"
        ):
            continue  # part of a longer name the recogniser missed
        raw.append((parsed[tok.i : tok.i + 1], PERSON, tok.text, NAME, None))
    raw.sort(key=lambda r: (r[0].start, r[0].end))
    raw = _without_products(raw)

    # Type voting: a name that is (part of) a PERSON name anywhere is a person.
    # (the surnames above stand: the missed surnames just added are single words)
    person_names = {n for _, k, n, _, _ in raw if k == PERSON}
    # … unless the text calls it a company: "Irish low cost airline, Ryanair"
    companies = _called_companies(raw)
    person_names -= set(companies)
    # Acronyms the text defines or implies: "International Atomic Energy Agency (IAEA)".
    org_names = {n for _, k, n, _, _ in raw if k == ORGANISATION and len(n.split()) > 1}

    at: dict[int, tuple[str, str]] = {}  # token -> (kind, name), for titles
    staged: list[tuple[Span, str, str, str, str | None]] = []
    # the organisation names seen so far, in text order, as indexes (a long article
    # rescanning every earlier name for each name grew with its square): a name -> the
    # longer names seen that start with it and a word, distinct, first first; the rest a
    # country prefix leaves -> the names seen it shortens (_index_org)
    longer_of: dict[str, dict[str, None]] = {}
    national_of: dict[str, list[str]] = {}
    forms_of = LongForms(org_names)  # long_forms(name, org_names), indexed once
    own: set[str] = set()  # short names that named a company of their own ("Apple Inc.")
    for span, kind, name, form, why in raw:
        full = surnames.get(name)
        if (
            kind in {COUNTRY, ORGANISATION}
            and form == NAME
            and surnames.get(span.text)
            and (span.label_ == "PERSON" or kind == COUNTRY and not gazetteer.country(span.text))
        ):  # "Jordan" read as a person after "Michael Jordan", "Hague" after "William
            # Hague": a person's surname, not the country or its seat (but "Indonesia"
            # read as a country stays one beside "Garuda Indonesia" read as a person)
            kind, name, why = PERSON, span.text, None
            full = surnames[name]
        if kind not in {COUNTRY, GROUP} and (name in person_names or full):
            kind = PERSON
        if kind in {PERSON, PLACE} and name in companies:  # "Seibu Railways, one of
            kind, why = ORGANISATION, companies[name]  # his companies" read as GPE
        if kind == PERSON and len(span) > 1 and span[0].lower_.rstrip(".") in TITLE_WORDS:
            span = _strip_title_words(span)  # "Spokeswoman Sandy Angers", tagged ORG
            name = _clean_name(span.text)
            full = surnames.get(name)
        longer = list(longer_of.get(name, ()))
        bare = surface_name(span.text)
        if kind == ORGANISATION and (org_key(bare) != bare or name in own):
            longer = []  # "Apple Inc." after "Apple Corps": a name of its own, and so after
            own.add(name)
        # "the Air Force" after "United States Air Force": the long form named first
        national = national_of.get(name, [])
        if kind == ORGANISATION:
            _index_org(name, longer_of, national_of)
        if full and len(full) > 1 and (style := _style_before(span, kind, name)):
            fits = [n for n in sorted(full) if may_be_named(style, n)]
            if len(fits) == 1:  # "Miss Jenkin" beside John and Kathryn Jenkin: the style
                full = {fits[0]}  # refuses him, so she is Kathryn ("Ms Gomes": Catherine)
        if kind == ORGANISATION and len(set(longer)) == 1 and " " not in name:
            why = f"{name!r} is the short form of {longer[0]!r}, named earlier in the document"
            name = longer[0]  # "Northrop Grumman ... Northrop"
        elif kind == ORGANISATION and len(set(national)) == 1:
            why = f"{name!r} is the short form of {national[0]!r}, named earlier in the document"
            name = national[0]
        elif (style := _style_before(span, kind, name)) and (
            not may_be_named(style, next(iter(full)))
            if full and len(full) == 1
            else STYLE_GENDER[style.lower()] == "f"
        ):  # "Mrs Howard" beside "Michael Howard": a woman the text names by style alone
            if full and len(full) == 1:
                why = f"'{style} {name}' is not {next(iter(full))!r}, named in the same document"
            name = f"{style} {name}"
        elif kind == PERSON and full and len(full) == 1 and name not in full:
            target = next(iter(full))
            why = f"{name!r} is the surname of {target!r}, named in the same document"
            name = target  # "Leavitt" -> "Karoline Leavitt"
            if target in companies:  # "Andersen" after "auditors Arthur Andersen"
                kind, why = ORGANISATION, f"{span.text!r} is the short name of {target!r}"
        elif (
            kind == ORGANISATION
            and name.lower() in ORG_LAST_WORDS
            and len(ends := [o for o in org_names if o.endswith(" " + name)]) == 1
        ):  # "Group" cut from "Menatep Group's managing director": that group
            why = f"{name!r} is the last word of {ends[0]!r}, named in the same document"
            name = ends[0]
        elif kind == ORGANISATION and len(forms := forms_of(name)) == 1:
            target = next(iter(forms))
            why = f"{name!r} is the acronym of {target!r} in the same document"
            name = target
        staged.append((span, kind, name, form, why))
        for t in span:
            at.setdefault(t.i, (kind, name))

    out: list[tuple[ActorMention, Span]] = []
    for span, kind, name, form, why in staged:
        title, position, country = None, None, None
        apposed = None
        if kind == PERSON:
            t = _title_before(span)
            words = list(t) if t is not None else _title_appos(span)
            if words and (title := _office(words)) is None and not _style(words):
                words = None  # "Soltan, 32,", "Dale (@ddale8)": no office, no description
            if words:
                position = _position(words, at)
            # the title is a mention too: "Kazem Jalali, Iran's ambassador to Russia,",
            # "Apple CEO Steve Jobs"; a bare "Senator" before a name is not
            if words and (t is None or len(words) > 1):
                apposed = parsed[min(w.i for w in words) : max(w.i for w in words) + 1]
        elif kind in {ORGANISATION, GROUP}:
            country = _country_of(span, at)
        if kind == ORGANISATION and form == NAME:
            apposed = _described(span)  # "Russian flag carrier Aeroflot", "X, a maker"
            if kind == GROUP and country is None:  # "U.N. officials": members of the UN
                org = _country_of(span, at, ORGANISATION)
                position = Position("", org) if org else None
        evidence = exact(document, span.start_char, span.end_char, span.root.idx)
        mention = ActorMention(evidence, kind, name, title, form=form, reason=why)
        mention.position, mention.country = position, country
        if kind == GROUP and country is None and position is None:
            mention.scope = document.id  # "protesters" in two stories are two crowds
        out.append((mention, span))
        if apposed is not None:  # the title or description refers to the actor too
            after = apposed.start > span.start
            why = f"{apposed.text!r} {'is in apposition to' if after else 'describes'} {name}"
            if apposed.end <= span.start and parsed[apposed.end].dep_ == "appos":
                why = f"{apposed.text!r} is in apposition to {name}"
            evidence = exact(document, apposed.start_char, apposed.end_char, apposed.root.idx)
            apposition = ActorMention(evidence, kind, name, form=DESCRIPTION, reason=why)
            out.append((apposition, apposed))
            whole = _with_apposition(span, apposed)
            if whole is not None:  # "Apple CEO Steve Jobs": the phrase names him as well
                why = f"{whole.text!r} is {name} with the words that describe them"
                evidence = exact(document, whole.start_char, whole.end_char, span.root.idx)
                out.append(
                    (ActorMention(evidence, kind, name, form=DESCRIPTION, reason=why), whole)
                )
    return out


COMPARING = gazetteer.words("than like unlike")  # "bigger than X", "unlike X": X is a yardstick
MEASURE_NOUNS = gazetteer.words("size height length width weight area capacity scale")  # "size of"


def compared(span: Span) -> bool:
    """Whether a name is told as what another is measured against ("an area twice the
    size of the next-largest telescope, the Arecibo Observatory", "bigger than X",
    "unlike X", "such as X"): its description is no name for the thing the article
    goes on to call by the same noun ("the telescope discovered 100 pulsars" is the
    article's own telescope). Read up the phrase to the first verb."""
    t = span.root
    while t.head != t and t.pos_ not in {"VERB", "AUX"}:
        head = t.head
        if head.lower_ in COMPARING and head.dep_ in {"prep", "mark", "cc"}:
            return True
        if head.lower_ == "as" and head.i > 0 and head.doc[head.i - 1].lower_ == "such":
            return True
        if head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS:
            return True
        t = head
    return False


def _style_before(span: Span, kind: str, name: str) -> str | None:
    """The style written just before a person's lone surname ("Mrs" of "Mrs Howard"),
    when it must stay in the name: a woman's style always (the build's only full name
    of that surname is most often her husband's or another man's), a man's only where
    it rules out the document's one full name of that surname."""
    if kind != PERSON or " " in name or span.start == 0 or span[0].text != name:
        return None
    style = span.doc[span.start - 1].text.rstrip(".")
    return style if style[:1].isupper() and style.lower() in STYLE_GENDER else None


def _named_as_part(root: Token) -> bool:
    """Whether an organisation is named as a brand or unit another owns: "Electrolux's
    subsidiary brands include AEG, Zanussi and Frigidaire". The next sentence's "the
    company" is the owner, not the brand named last."""
    first = first_conjunct(root)
    if first.dep_ not in {"dobj", "attr"}:
        return False
    return any(
        c.dep_ in SUBJECTS
        and c.lemma_.lower() in COMPANY_PARTS
        and any(o.dep_ in {"poss", "compound"} for o in c.children)
        for c in first.head.children
    )


def _styled_surnames(parsed: Doc) -> set[str]:
    """The words a story puts right after "Mr", "Mrs", "Ms" or "Miss": surnames of
    people, whatever the recogniser made of the full name elsewhere in the story."""
    # each distinct word is looked at once, not every token: few are an honorific
    strings, last = parsed.vocab.strings, len(parsed) - 1
    at = _positions(parsed, LOWER)
    styled = (i for h, found in at.items() if strings[h].rstrip(".") in HONORIFICS for i in found)
    return {parsed[i + 1].text for i in styled if i < last and parsed[i + 1].pos_ == "PROPN"}


def _called_companies(raw: list[Candidate]) -> dict[str, str]:
    """The names (read as people somewhere) that the text calls an organisation by a
    title or an apposition whose head is an organisation noun ("Irish low cost airline, Ryanair",
    "budget carrier Flyjet"), with the reason. The small model reads many a company's
    one-word name as a person, and a person's "it" and "its" then go unresolved. A name
    that opens with a first name stays a person ("camera operator John Hale")."""
    out: dict[str, str] = {}
    for span, kind, name, form, _why in raw:
        if kind not in {PERSON, ORGANISATION, PLACE} or form != NAME:
            continue
        if kind == PERSON and _plural_title(span):
            why = f"{name!r} is called {_phrase(list(_title_before(span)))!r}: many, a firm"
            out[name] = why  # "external auditors Arthur Andersen" is no one man
            continue
        if gazetteer.gender(name.split()[0]) or kind == PLACE and _known(name):
            continue
        root = span.root
        owns = root.dep_ == "compound" or root.dep_ == "poss" and kind != PERSON
        part = root.head.lemma_.lower() if owns else ""  # "Electrolux's subsidiary brands"
        if part in COMPANY_PARTS and (kind != PLACE or part not in MARKET_PARTS):
            out[name] = f"{name!r} has a {part}: an organisation"  # "Pernod shares"
            continue
        if kind == PERSON and _buys_a_stake(root):
            out[name] = f"{name!r} buys or sells a stake in a company: an organisation"
            continue
        words = _title_before(span) or _title_appos(span)
        if not words:
            continue
        ids = {w.i for w in words}
        heads = [
            w for w in words if w.head.i not in ids and (w.pos_ == "NOUN" or w.lower_ == "one")
        ]
        if heads and _company_noun(heads[0]):
            out[name] = f"{name!r} is called {_phrase(list(words))!r}: an organisation"
    for _span, kind, name, _form, _why in raw:  # "Illva will pay" after "Illva Saronno"
        if kind == PERSON and " " not in name and not gazetteer.gender(name):
            whole = next((c for c in out if c.split()[0] == name and " " in c), None)
            if whole is not None:
                out[name] = f"{name!r} is the first word of {whole!r}, an organisation"
    firms = {n for n in out if " " not in n}  # "Pernod shares", then "France's Pernod Ricard"
    for _span, kind, name, _form, _why in raw:
        first = name.split()[0]
        if kind == PERSON and " " in name and first in firms and not gazetteer.gender(first):
            out[name] = f"{name!r} begins with {first!r}, an organisation"
    return out


# Deals in a part of a company, and the parts dealt in: "agreed to buy 33% of Changyu".
STAKE_DEALS = gazetteer.words("buy sell acquire own hold take")
STAKES = gazetteer.words("% percent per cent stake share shareholding")


def _buys_a_stake(root: Token) -> bool:
    """Whether a name is the subject of buying, selling or holding a stake ("Italy's
    Illva Saronno has agreed to buy 33% of Changyu"): what a company does in business
    news, and a name with no known first name that does it is a company's, which the
    small model read as a person's."""
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
    return any(
        v.lemma_.lower() in STAKE_DEALS
        and any(o.dep_ == "dobj" and o.lemma_.lower() in STAKES for o in v.children)
        for v in verbs
    )


def _plural_title(span: Span) -> bool:
    """Whether the title right before one name is a plural trade no person bears alone
    ("external auditors Arthur Andersen", "its lawyers Baker Botts"): a firm named after
    its founders, not a person; a name in a list ("rebels Ann Cole and Ian Day") or a
    plural of people ("ministers") is not."""
    words = _title_before(span)
    if words is None or any(c.dep_ == "conj" for c in span.root.children):
        return False
    head = words[-1]
    return head.tag_ == "NNS" and head.lemma_.lower() not in PERSON_NOUNS


# What only a company has, a name modifying it being the company's: "Pernod shares slipped",
# "the Maserati brand", "its Alfa Romeo division", "whose Agroflora subsidiary".
COMPANY_PARTS = gazetteer.words("share stock brand division subsidiary unit shareholder")
MARKET_PARTS = gazetteer.words("share stock")  # "Frankfurt shares": a market's, too
# Trades a title or an apposition gives a company, besides the organisation nouns: "music
# publisher Bertelsmann"; "leader" only of a market ("sector leader Omnicom").
COMPANY_TRADES = ORG_NOUNS | gazetteer.words("publisher distiller brewer")
MARKETS = gazetteer.words("market sector industry")


def _company_noun(head: Token) -> bool:
    """Whether the head of a title or apposition calls a name a company: "drinks firm",
    "market leader", "one of his companies", "one of Scotland's whisky firms"."""
    lemma = head.lemma_.lower()
    if lemma == "leader":
        return any(c.lower_ in MARKETS for c in head.children if c.dep_ in {"compound", "amod"})
    if lemma == "one":
        return any(
            p.lower_ == "of" and any(o.lemma_.lower() in ORG_NOUNS for o in p.children)
            for p in head.children
            if p.dep_ == "prep"
        )
    return lemma in COMPANY_TRADES


def _index_org(
    name: str, longer_of: dict[str, dict[str, None]], national_of: dict[str, list[str]]
) -> None:
    """Enter an organisation name seen into actor_spans' indexes: under each of its
    word prefixes (``o.startswith(p + " ")``) and under the rest its country prefix
    leaves (``country_prefix(o)[1]``)."""
    at = name.find(" ")
    while at >= 0:
        longer_of.setdefault(name[:at], {}).setdefault(name, None)
        at = name.find(" ", at + 1)
    c = gazetteer.country_prefix(name)
    if c is not None:
        national_of.setdefault(c[1], []).append(name)


def _with_apposition(name: Span, apposed: Span) -> Span | None:
    """The noun phrase a name and its title or apposition make together ("Apple CEO
    Steve Jobs", "Ana Lopez, the foreign minister"), when nothing but a comma parts
    them: a reader (and MEANTIME) takes the whole phrase as a mention of the actor."""
    first, last = (apposed, name) if apposed.start < name.start else (name, apposed)
    gap = name.doc[first.end : last.start]
    if any(t.text != "," for t in gap) or len(gap) > 1:
        return None
    return name.doc[first.start : last.end]


def _lead_trimmed(words: list[Token]) -> list[Token]:
    """A title's words without a leading article ("the foreign minister")."""
    return words[1:] if words and words[0].dep_ == "det" else words


NUMBER_ENTITIES = frozenset(["DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"])


def _style(words: list[Token]) -> bool:
    """Whether a title is only a style of address ("Mr", "Ms"): no office, though it
    still tells which pronoun fits."""
    return len(words) == 1 and words[0].lower_.rstrip(".") in HONORIFICS


def _office(words: list[Token]) -> str | None:
    """A title as a reader would quote the office, or None where the words name none:
    a style of address ("Mr"), an age ("Soltan, 32,"), a handle ("@ddale8"), a time
    ("just the other day") or a clause with its own verb ("Delhi Police on Monday
    arrested suspended AAP councillor")."""
    words = _lead_trimmed(words)
    text = _clean_name(_phrase(words))
    if not any(c.isalpha() for c in text) or text.startswith("@") or _style(words):
        return None
    if all(t.ent_type_ in NUMBER_ENTITIES or not t.is_alpha for t in words):
        return None
    inside = {t.i for t in words}
    if any(
        t.tag_ in {"VBD", "VBZ", "VBP"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in inside for c in t.children)
        for t in words
    ):
        return None
    return text


def _phrase(words: list[Token]) -> str:
    """The text from the first word to the last as written, so a title keeps its own
    spacing and commas ("ministry’s spokesman", "chief executive, largest shareholder
    and founder"), never words glued by a stray space."""
    if not words:
        return ""
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1].text


def _described(span: Span) -> Span | None:
    """A common-noun description of an organisation beside its name: before it
    ("Russian flag carrier Aeroflot", "Irish airline, Ryanair") or in apposition after
    it ("NPD Group, a market research firm,"). A name beside a name is no description."""
    t = _title_before(span)
    words = list(t) if t is not None else _title_appos(span)
    if not words:
        return None
    desc = span.doc[min(w.i for w in words) : max(w.i for w in words) + 1]
    if (
        desc.root.pos_ != "NOUN"
        or desc.root.ent_type_
        or desc.end > span.start
        and (desc.start < span.end)
    ):
        return None
    return desc


# Offices only a company has: a "we" quoted from one of them is the company's.
COMPANY_OFFICES = gazetteer.words(
    "ceo chief executive chairman chairwoman spokesman spokeswoman spokesperson founder"
)


def _company_office(m: ActorMention) -> bool:
    """Whether a person's title is a company office ("Chief executive", "Spokeswoman")
    with no employer named beside it."""
    words = set((m.title or "").lower().replace(",", " ").split())
    return bool(words) and words <= COMPANY_OFFICES | {"and", "the", "officer"}


def _main_verb(tok: Token) -> Token | None:
    """The root verb of the main clause whose subject ``tok`` is, through coordination
    ("…, but they say"), or None for the subject of any other clause."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = first_conjunct(tok.head)
    return verb if verb.dep_ == "ROOT" else None


def _clause(tok: Token) -> Token:
    """The verb of the clause a word is in (the sentence's root if none is above it)."""
    head = tok
    while head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head


def _clause_mate(name: Token, described: Token) -> bool:
    """Whether a name is a participant of the clause a description is an object in
    (its subject, object or an owner of one: "This brings Ryanair's orders with the
    US manufacturer to 230"), which the description cannot refer back to. An owner
    ("the company's lawyer"), an apposition ("JP Morgan, the US investment bank") or a
    predicate ("Verizon is the bigger company") can; so can a name that only
    modifies another noun or sits inside a phrase ("a conflict between the state and
    water firm Aguas Argentinas is casting doubt on the firm's future")."""
    if described.dep_ not in {"dobj", "pobj", "dative", "conj"}:
        return False
    if name.dep_ not in {"nsubj", "nsubjpass", "dobj", "dative", "poss"}:
        return False
    clause = _clause(described)
    return clause.lemma_ != "be" and _clause(name) == clause  # "Verizon is by far the …"


def _modifies(word: Token, noun: Token, plural: bool = False) -> bool:
    """Whether a word before a description's noun only says what kind of body it is:
    an adjective, a noun or a place ("the US manufacturer"), an adverb on such an adjective
    ("the formerly state-owned company"), or for several a count ("the two
    companies"); a clause or a possessor makes it another description."""
    if word == noun:
        return True
    if word.dep_ in {"amod", "compound"}:  # not a name the recogniser missed: "the
        return word.pos_ != "PROPN" or bool(word.ent_type_)  # Maserati car company"
    if word.dep_ in {"advmod", "npadvmod"} and word.head.dep_ == "amod":
        return True
    return plural and word.dep_ == "nummod" and word.head == noun


def _quoted(doc: Doc) -> set[int]:
    """Tokens of a document inside quotation marks, paired paragraph by paragraph as
    the statement extractor pairs them: a straight mark left unclosed in one
    paragraph (the BBC opens each paragraph of a long quote and closes only the last)
    does not turn the rest of the document inside out."""
    from .statements import find_quotes  # the module that reads quotes imports this one

    inside: set[int] = set()
    # a ``…'' pair (tokenised corpora) as a straight one, the same length: offsets hold
    for q in find_quotes(doc_text(doc).replace("``", '\x00"')):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


# The words ActorIndex._references reads as pronouns (besides the nouns it reads).
_REFERRING = (*PRONOUNS, *BODY_PRONOUNS, *WE, "which", "who")


def _where(tokens: Doc | Span, attr: int, values: Iterable[str | int]) -> list[int]:
    """Indexes (within ``tokens``) of the tokens whose ``attr`` is one of ``values``
    (strings, or symbols such as ``PROPN``): the column is compared in numpy, so a
    scan makes Python tokens of its few candidates only, not of every token."""
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    if not len(tokens):
        return []
    at = _positions(doc, attr)
    found: list[int] = []
    for value in {v if isinstance(v, int) else get_string_id(v) for v in values}:
        found += at.get(value, ())
    found.sort()
    if isinstance(tokens, Doc):
        return found
    lo, hi = tokens.start, tokens.end
    return [i - lo for i in found if lo <= i < hi]


def _positions(doc: Doc, attr: int) -> dict[int, list[int]]:
    """Value of one attribute -> the indexes of the tokens that have it, in order: read
    from the document once and kept in its ``user_data``, since the scans of
    :func:`_where` ask the same few columns again and again (``to_array`` and
    ``numpy.isin`` on every call were a tenth of finding actors); a scan then costs
    what it finds, not the article's length."""
    key = f"kg_positions_{attr}"
    at = doc.user_data.get(key)
    if at is None:
        at = doc.user_data[key] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            at.setdefault(value, []).append(i)
    return at


def _empty_it(tok: Token) -> bool:
    """Whether a subject "it" stands for nothing: "it is likely that", "it seems"."""
    head = tok.head
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in head.children):
        return True  # "it is expected that", "it was reported that"
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in EMPTY_IT_VERBS:
        return False
    clauses = {"ccomp", "xcomp", "csubj"}
    return any(
        c.dep_ in clauses
        or c.dep_ in {"acomp", "attr"}
        and any(g.dep_ in clauses for g in c.children)
        for c in head.children
    )


def _country_of(span: Span, at: dict[int, tuple[str, str]], want: str = COUNTRY) -> str | None:
    """The country an organisation or group belongs to: "Lebanon's Al Mayadeen TV",
    "Iranian officials", "Russian energy giant Gazprom"."""
    inside = range(span.start, span.end)
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in OWNER_MARKS:  # parse-proof
        kind_name = at.get(span.start - 2)
        if kind_name is not None and kind_name[0] == want:
            return kind_name[1]
    for tok in [*span, *span.root.lefts]:
        kind_name = at.get(tok.i)
        if kind_name is None or kind_name[0] != want:
            continue
        if tok.i in inside and span.root.i != tok.i or tok.dep_ in {"poss", "amod", "compound"}:
            return kind_name[1]
    return None


def _position(words: list[Token], at: dict[int, tuple[str, str]]) -> Position | None:
    """Read a title as role, affiliation and counterpart.

    "Iran's ambassador to Russia" -> ambassador of Iran toward Russia; "White House
    press secretary" -> press secretary of the United States (the White House is its
    seat of government); "Chrysler chief executive" -> chief executive of Chrysler.
    """
    affiliation = toward = None
    role: list[str] = []
    ids = {w.i for w in words}
    inner = {w.i for w in words if w.head.i in ids and w.head.i != w.i}  # all but the root
    for t in words:
        kind_name = at.get(t.i)
        seat = gazetteer.seat(t.text) if kind_name is None and t.pos_ == "PROPN" else None
        if kind_name is not None and kind_name[0] in {COUNTRY, ORGANISATION, PLACE}:
            kind, name = kind_name
            if kind == PLACE:
                c = gazetteer.seat(name)
                if c is None:
                    continue  # "Chicago lawyer": a place, not an employer
                name = c.name
            prep = next((a for a in t.ancestors if a.dep_ == "prep" and a.i > words[0].i), None)
            if prep is not None and prep.lower_ in {"to", "toward", "towards"}:
                toward = toward or name
            else:
                affiliation = affiliation or name
            continue
        if seat is not None:
            affiliation = affiliation or seat.name
            continue
        if t.dep_ in {"det", "poss", "case", "punct", "cc", "prep"} or not t.is_alpha:
            continue
        if any(a.dep_ == "poss" and a.i >= words[0].i for a in t.ancestors):
            continue  # "the foreign ministry's spokesman": "foreign" is the ministry's
        if t.tag_ in {"JJS", "RBS"} or any(
            a.dep_ in {"conj", "appos"} and a.i in inner for a in [t, *t.ancestors]
        ):
            continue  # "chief executive, largest shareholder and founder": the first office
        preps = [a for a in t.ancestors if a.dep_ == "prep" and a.i >= words[0].i]
        if (
            any(a.lower_ != "of" for a in preps)
            or preps
            and t.head.dep_ == "pobj"
            and any(c.dep_ in {"det", "poss"} for c in t.head.children)
            or preps
            and any(c.dep_ in {"det", "poss"} for c in t.children)
        ):
            continue  # "spokesman for the association": the office is "spokesman"
        role.append(t.lower_)
    text = " ".join(role)
    if len(role) > 5:
        text = ""
    if not text and affiliation is None:
        return None
    return Position(text, affiliation, toward)


# Where ActorIndex._antecedent looks for a he/she, in order (lists of ActorIndex._chain,
# each within the pronoun's window or anywhere before): the nearest subject (outside
# quotes for the reporter's pronoun, any for a quoted one), else the person not named
# in passing, else the one named last. (Preferring a main clause's subject to a nearer
# embedded one was tried on BBC politics: as many pronouns went wrong as right.)
REPORTED = (("told", "window"), ("topic", "window"), ("last", "any"))
# Only for the subject of a speech verb does the main clause's subject come first: a
# "he said" goes on from the last one who spoke or acted in a main clause, not from the
# subject of what was told ("Mr Howard told the Today programme Mr Blair had refused …
# He said: …" is Howard again); on 160 BBC politics and business files this moved nine
# speakers from wrong to right and none from right to wrong
SPEAKER_FIRST = (("speaker", "window"), *REPORTED)
QUOTED = (("subject", "window"), ("topic", "window"), ("last", "any"))


def _attributes_after(tok: Token, spoken: Collection[int]) -> bool:
    """Whether a person is the subject of an attribution written after what it reports
    ("Police … apprehended Brown at his hotel, Mr Smernicki said."): such a speaker
    vouches for the story, he is not its subject, so a later reporter's "he" ("But he
    was released without charge") goes on from the one the story is about, not from
    him. Read from the words, not only the parse, which may hang the "said" on the
    report as a conjunct. Not after a quote of his own words, which is his say as much
    as anyone's, nor "X said he would resign", whose report follows."""
    subj = tok.head if tok.dep_ == "appos" else tok
    verb = subj.head
    if subj.dep_ not in SUBJECTS or verb.lemma_ not in SPEAKING:
        return False
    if verb.dep_ not in {"ROOT", "parataxis", "conj"}:
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children):
        return False
    start = subj.i  # the speaker's words back to the comma, whatever the parse hung
    while start > subj.sent.start and subj.doc[start - 1].head.i in range(start, subj.i + 1):
        start -= 1  # on them ("his flat, agent Simon Pell said": "flat" hung on "agent")
        if subj.doc[start].text == ",":
            start += 1
            break
    start = min(start, verb.i)
    if start - 2 < subj.sent.start or subj.doc[start - 1].text != ",":
        return False
    before = start - 2  # the report's last word, past a closing quote mark
    while before > subj.sent.start and subj.doc[before].is_quote:
        before -= 1
    return before not in spoken


def _apposed_to_subject(span: Span) -> bool:
    """Whether a name stands beside a subject that it names: "The chairman, John
    Smith, said" makes Smith the subject as much as "Smith said" does."""
    root, head = span.root, span.root.head
    if root.dep_ != "appos" or head.dep_ not in SUBJECTS:
        return False
    between = span.doc[min(root.i, head.i) : max(root.i, head.i)]
    return "\n" not in between.text  # not a headline parsed into the first sentence


def _aside(span: Span) -> bool:
    """Whether a person is named only in passing, so that a later he/she without a
    subject nearer still means the person the text is about: a predicate nominal
    ("One of his fellow pupils was Vladimir Putin") or an apposition to a non-subject
    ("he met the envoy, John Smith")."""
    root = span.root
    return root.dep_ == "attr" or root.dep_ == "appos" and root.head.dep_ not in SUBJECTS


# Heads of a description that names an office one person holds ("the minister", "the
# Tory leader"), which :meth:`ActorIndex._office_holders` links to the titled person.
OFFICE_HEADS = gazetteer.words(
    "minister secretary leader president chancellor executive premier chairman chairwoman"
)
# Titles of a British cabinet office that "the minister" refers to as well.
MINISTER_TITLES = gazetteer.words("secretary chancellor")
# Title words that make the holder another's or a lesser one: "Shadow Home Secretary
# David Davis" is not "the home secretary", nor "Deputy Prime Minister" "the prime minister".
OTHER_HOLDERS = gazetteer.words(
    "shadow deputy vice former acting junior assistant under press general permanent "
    "private co interim outgoing incoming"
)
# Party words written two ways: "the Tory leader" is the "Conservative leader".
PARTY_SPELLINGS = {
    "tory": "conservative",
    "tories": "conservative",
    "lib": "liberal",
    "dem": "democrat",
    "democrats": "democrat",
    "dems": "democrat",
}


# The key of ``Doc.user_data`` that keeps, by token, the person a description refers to.
DESCRIBED_PERSONS = "kg_described_persons"
# The key of ``Doc.user_data`` that keeps, by token, the named organisation a bare "the
# company" refers to, so that a headline names it as the roles do.
DESCRIBED_BODIES = "kg_described_bodies"
# Of ``ORG_NOUNS``, the words for a company, which a story names once and then calls so:
# "the party" or "the union" of a political story is as often another than the last named
# ("Dr Fox ... Labour's pledges ... Lord Ashcroft said the party could not win" is the Tories).
COMPANY_NOUNS = gazetteer.words(
    "company firm carrier airline automaker carmaker manufacturer maker bank retailer "
    "insurer conglomerate corporation supplier operator"
)


def _office_before(span: Span) -> str | None:
    """The capitalised office written right before a person's name ("Health Secretary
    John Reid") when the entity left it out, or None."""
    doc = span.doc
    k = span.start
    start = sentence_of(doc[span.start]).start  # the table built once, no walk
    while k > start and doc[k - 1].is_title and doc[k - 1].is_alpha:
        k -= 1
    if k == span.start or doc[span.start - 1].lower_ not in OFFICE_HEADS | MINISTER_TITLES:
        return None
    return doc[k : span.start].text


def _office_word(word: str) -> str:
    """A title word as one spelling, so that two names of one party compare."""
    return PARTY_SPELLINGS.get(word, word)


def _at(entry: tuple) -> int:
    """Where an ActorIndex entry is: a person's last token, a named span's first."""
    return entry[0] if isinstance(entry[0], int) else entry[1].start


class ActorIndex:
    """Which actor a token names, for the statement and event extractors.

    Besides entity mentions it resolves pronouns (he/she to the nearest preceding
    person, preferring sentence subjects) and definite descriptions that repeat a
    title the document gave a person ("the US president").
    """

    def __init__(self, parsed: Doc, document: Document) -> None:
        self.doc = parsed
        self.document = document
        pairs = actor_spans(parsed, document)
        self.mentions = [m for m, _ in pairs]
        self._by_token: dict[int, ActorMention] = {}
        self._persons: list[tuple[int, ActorMention, bool]] = []  # (token, mention, subj)
        self._asides: set[int] = set()  # the persons' tokens that name one in passing
        self._main_subjects: set[int] = set()  # … that name a main clause's subject
        self._officers: set[str] | None = None  # persons given a company office
        self._chained: dict[int, ActorMention | None] | None = None  # he/she, read once
        self._titles: dict[str, set[str]] = {}
        # (person, title, token where the text gives it), see _office_holders
        self._full_titles: set[tuple[str, str, int]] = set()
        self._genders: dict[str, str] = {}  # person name -> "m" / "f" when the text says
        self._orgs = [(m, span) for m, span in pairs if m.kind == ORGANISATION and m.form == NAME]
        self._top_org: str | None | bool = False  # the article's own company, counted once
        self._org_nouns: dict[str, set[str]] = {}  # what descriptions call each organisation
        self._unions: dict[str, bool] = {}  # organisation name -> a trade union (see _union)
        for m, span in pairs:
            if m.kind == ORGANISATION and m.form == DESCRIPTION:
                self._org_nouns.setdefault(m.name, set()).add(span.root.lemma_.lower())
        self._countries = [(m, span) for m, span in pairs if m.kind == COUNTRY]
        self._org_country: dict[str, str] = {}  # "India's HCL Technologies": India
        for m, _span in self._orgs:
            known = m.country or ((e := gazetteer.entity(m.name)) and e.country)
            if known:
                self._org_country.setdefault(m.name, known)
        self._described_countries(pairs)
        self._bodies: dict[int, ActorMention | None] = {}  # "its" resolved, by token
        self._several_at: dict[int, ActorMention] = {}  # "the automakers", by token
        self._inside: set[int] | None = None  # tokens inside quotes, read when first asked
        self._the: set[int] | None = None  # tokens with a "the" determiner (see _with_the)
        # indexes read when first asked, so that a pronoun or a description looks back by
        # bisection, not by rescanning the document (which grew with its square): the
        # sentence starts, the starts of _orgs and _countries, the persons by name (see
        # _earlier); the he/she of the document are resolved in one pass (see _chain)
        self._sent_starts: list[int] | None = None
        self._looked: list[int] | None = None
        self._ordered: dict[int, bool] = {}
        self._persons_of: dict[str, list[tuple[int, ActorMention, bool]]] = {}
        surnames = {  # "Howard" alone may be Michael Howard's surname, no first name
            m.name.split()[-1] for m, _ in pairs if m.kind == PERSON and " " in m.name
        }
        for m, span in pairs:
            if m.form == DESCRIPTION and m.kind != GROUP:
                continue  # an apposed title: the name beside it answers for the actor
            for t in span:
                self._by_token.setdefault(t.i, m)
            if m.kind == PERSON:
                subj = any(t.dep_ in SUBJECTS for t in span) or _apposed_to_subject(span)
                self._persons.append((span.end - 1, m, subj))
                if _aside(span):
                    self._asides.add(span.end - 1)
                if any(_main_verb(t) is not None for t in span) or (
                    _apposed_to_subject(span) and _main_verb(span.root.head) is not None
                ):  # "The shadow secretary, Theresa May, said" names the one who spoke
                    self._main_subjects.add(span.end - 1)
                before = parsed[span.start - 1].text if span.start > 0 else ""
                g = _gender(m.name, m.title, before, surnames)
                if g is not None:
                    self._genders.setdefault(m.name, g)
                if m.title:
                    words = m.title.lower().split()
                    for k in range(1, len(words) + 1):  # "press secretary", "secretary"
                        if k < len(words) and compared(span):
                            continue  # "twice the size of the next-largest telescope, the
                            # Arecibo Observatory": "the telescope" after is not the one
                            # the article measures against
                        self._titles.setdefault(" ".join(words[-k:]), set()).add(m.name)
                    self._full_titles.add((m.name, m.title, span.start))
                elif (office := _office_before(span)) is not None:
                    self._full_titles.add((m.name, office, span.start))  # not a title the name
                    # keeps, but a holder a description may mean ("Health Secretary
                    # John Reid" when the parse gave him none): two fit, no link
        self.kind_of = vote_kinds(self.mentions)  # not the last reading: the majority
        by_surname: dict[str, list[ActorMention]] = {}
        for m in self.mentions:
            if m.kind == PERSON and len(m.name.split()) > 1 and not styled_surname(m.name):
                by_surname.setdefault(m.name.split()[-1], []).append(m)
        self._surnames = {k: v[0] for k, v in by_surname.items() if len({m.name for m in v}) == 1}
        self.mentions += self._references()
        self.mentions.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        self._capitalised_bodies()
        # a noun's description or government, kept by token once the index is whole
        # (:meth:`actor_at`): statements and events ask the same nouns again and again,
        # and each asking walked the noun's subtree and the persons named before it
        self._described_at: dict[int, ActorMention | None] = {}

    def _described_countries(self, pairs: list[tuple[ActorMention, Span]]) -> None:
        """The country the text's own description of an organisation gives it ("Spanish
        oil firm Repsol", "Eni, the Italian energy group,"), for the companies neither
        their name nor the entity table places: without it "the Italian company" took
        the only firm named, the Spanish one."""
        national = {t.i: m.name for m, span in pairs if m.kind == COUNTRY for t in span}
        for m, span in pairs:
            if m.kind != ORGANISATION or m.form != DESCRIPTION or m.name in self._org_country:
                continue
            country = next(
                (
                    national[t.i]
                    for t in span
                    if t.i in national and t.i != span.root.i
                    and t.dep_ in {"amod", "compound", "nmod", "poss"}
                ),
                None,
            )  # fmt: skip
            if country is not None:
                self._org_country[m.name] = country

    def _capitalised_bodies(self) -> None:
        """Keep the named organisation a capitalised "the Company" refers to, for the
        headlines (``DESCRIBED_BODIES``): a company's own releases call it so, which
        the parser takes for a name and :meth:`_references` does not read."""
        doc = self.doc
        for i in _where(doc, LOWER, COMPANY_NOUNS):
            tok = doc[i]
            if tok.pos_ != "PROPN" or i in self._by_token:
                continue
            m = self.description(tok)
            if m is not None and self._company_named(tok, m):
                doc.user_data.setdefault(DESCRIBED_BODIES, {})[i] = m.name

    def _company_named(self, tok: Token, m: ActorMention) -> bool:
        """Whether "the company" (``tok``) resolved to a company a headline may name: the
        organisation the article names most, outside a wire credit ("LONDON (Reuters) - …
        The company completed …" is never Reuters' deed, though Reuters was named last)."""
        if tok.lemma_.lower() not in COMPANY_NOUNS or m.kind != ORGANISATION or m.form != NAME:
            return False
        return m.name == self._top_company()

    def _top_company(self) -> str | None:
        """The organisation the article names most, strictly more than any other, outside
        wire credits; None if none leads. Counted once per article: every "the company"
        counted all the article's names again, the square of a long article's length."""
        if self._top_org is False:
            doc = self.doc
            named = Counter(
                o.name
                for o, span in self._orgs
                if not (span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
                        and doc[span.end].text == ")")
            )  # fmt: skip
            # the article's own company, named more than any other: "Umbro … its agreement
            # with Chelsea … The firm, which is to receive a payment from Chelsea" is Umbro,
            # though the resolver, as for the roles, reads the organisation named last
            top = named.most_common(2)
            lead = bool(top) and (len(top) == 1 or top[0][1] > top[1][1])
            self._top_org = top[0][0] if lead else None
        return self._top_org  # type: ignore[return-value]

    def _references(self) -> list[ActorMention]:
        """Pronouns and descriptions that name a person ("she", "the US president"), as
        mentions of that person, so the graph holds every place the text refers to them."""
        out = []
        doc = self.doc
        # only these words and the nouns can refer back: the rest are never made tokens
        words = _where(doc, LOWER, _REFERRING) + _where(doc, POS, (NOUN,))
        for tok in map(doc.__getitem__, sorted(set(words))):
            if tok.i in self._by_token:
                continue
            # the span is made once the word is known to refer (most do not)
            if tok.lower_ in PRONOUNS and (tok.pos_ == "PRON" or tok.tag_ == "PRP$"):
                m, form = self.pronoun(tok), PRONOUN
            elif tok.lower_ in BODY_PRONOUNS and (tok.pos_ == "PRON" or tok.tag_ == "PRP$"):
                m, form = self.body(tok), PRONOUN
            elif tok.lower_ in WE and tok.pos_ == "PRON":
                m, form = self.we(tok), PRONOUN
            elif tok.lower_ in {"which", "who"} and tok.tag_ in {"WDT", "WP"}:
                m, form = self.relative(tok), PRONOUN
            elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
                m, form = self.government(tok), DESCRIPTION
                described = m is None
                if described:
                    m = self.description(tok, countries=True)
            else:
                continue
            if m is None:
                continue
            if form == PRONOUN:
                span = self.doc[tok.i : tok.i + 1]
            else:
                det = next((c for c in tok.children if c.dep_ == "det"), None)
                if det is None and (owner := self._owners(tok)) is not None:
                    det = owner.left_edge  # "the employers' association", whole
                span = self.doc[min((det or tok).i, tok.i) : tok.i + 1]
                named = [self._by_token[t.i] for t in span if t.i in self._by_token]
                if described and any(n.kind not in {COUNTRY, PLACE} for n in named):
                    continue  # "the United Auto Workers union": the name is the mention
            evidence = exact(self.document, span.start_char, span.end_char, tok.idx)
            why = f"{span.text!r} refers back to {m.name}" if form == DESCRIPTION else None
            if form == DESCRIPTION and tok.lemma_.lower() in GOVERNMENT_NOUNS:
                why = f"{span.text!r} is the government of {m.name}"
            elif form == DESCRIPTION and m.kind == GROUP and m.form == DESCRIPTION:
                why = m.reason  # "the automakers": several organisations, one group here
            ref = ActorMention(evidence, m.kind, m.name, form=form, reason=why)
            if form == DESCRIPTION and m.kind == PERSON:  # "The minister said she …": the
                # headline's doer is the minister's name (event_groups' _spoken_row)
                self.doc.user_data.setdefault(DESCRIBED_PERSONS, {})[tok.i] = m.name
            elif form == DESCRIPTION and self._company_named(tok, m):
                # "The Company completed the placement": the headline's doer is the name
                self.doc.user_data.setdefault(DESCRIBED_BODIES, {})[tok.i] = m.name
            ref.scope = m.scope  # "they" for this story's protesters stays in this story
            out.append(ref)
        return out

    def may_be(self, name: str, gender: str) -> bool:
        """Whether a person may be "he" ("m") or "she" ("f"): the text never gave them
        the other (a title, a pronoun already read of them)."""
        return self._genders.get(name, gender) == gender

    def actor_at(self, tok: Token) -> ActorMention | None:
        """The actor mention covering a token, resolving pronouns and descriptions."""
        m = self._by_token.get(tok.i)
        if m is not None:
            return m
        low = tok.lower_
        # NER missed "Lopez" (but "I" is no surname, even beside "Elizabeth I")
        if tok.pos_ == "PROPN" and tok.text in self._surnames and not is_pronoun(tok.text):
            return self._surnames[tok.text]
        if low in PRONOUNS:
            return self.pronoun(tok)
        if tok.pos_ in {"NOUN", "PROPN"}:
            kept = self.__dict__.get("_described_at")  # none while the index is built
            if kept is None:
                return self.description(tok) or self.government(tok)
            if tok.i not in kept:
                kept[tok.i] = self.description(tok) or self.government(tok)
            return kept[tok.i]
        return None

    def name_at(self, tok: Token) -> str | None:
        m = self.actor_at(tok)
        return m.name if m else None

    def pronoun(self, tok: Token) -> ActorMention | None:
        """The person a he/she/his/her stands for (see :meth:`_chain`)."""
        if self._chained is None:
            self._chained = self._chain()
        return self._chained.get(tok.i)

    def _chain(self) -> dict[int, ActorMention | None]:
        """Every he/she/his/her of the document resolved, in text order, in one pass.

        A pronoun stands for the person last named or referred to as a subject within
        its own and the two sentences before; without one, for the person named last,
        passing over one only named in passing (a predicate nominal, "One of his fellow
        pupils was Vladimir Putin"; an apposition to a non-subject) when the one before
        is in those sentences too. A pronoun once resolved is itself a mention of its
        person: as a subject it carries that person's run of subjects on ("Mr Makarov
        joined the KGB. One of his fellow pupils was Vladimir Putin. He was posted to …
        He spied for MI6"), so a chain of he's is not broken by a person named between
        its links. A subject pronoun gives its person its gender when the name gave
        none ("Ngozi Okafor … She said …"), so a later pronoun of the other gender
        passes over them.

        A pronoun inside a quote is the speaker's word for someone else ('He told BBC
        News: "He appears to have said these things. We have suspended him."'): it is
        resolved last, passing over the speaker, and carries no run on. A partial quote
        inside the reporter's sentence ('said he was "sure he would win"') is the
        reporter's sentence. Resolved in one pass because each answer depends on the
        ones before it; the statement and event extractors then ask in any order and
        get the same answers.

        Before any of that, a pronoun under a clause whose subject is a person's thing
        is that person's ("Mr Blunkett's conduct is being looked at to establish whether
        he abused his position"; see :meth:`_owner`)."""
        out: dict[int, ActorMention | None] = {}
        persons = [(i, 0, m, subj) for i, m, subj in self._persons]
        for i in _where(self.doc, DEP, SUBJECTS):  # "the prime minister said"
            tok = self.doc[i]
            described = self.description(tok) if tok.pos_ == "NOUN" else None
            if described is not None and described.kind == PERSON:
                persons.append((i, 0, described, True))
                if _main_verb(tok) is not None:
                    self._main_subjects.add(i)
        words = [(i, 1, None, False) for i in _where(self.doc, LOWER, PRONOUNS)]
        spoken = self._spoken()
        # by gender, in text order: the persons named or referred to ("last"), those of
        # them not only in passing ("topic"), those as a subject ("subject"), as one
        # outside quotes ("told"), as a main clause's one there ("speaker")
        seen: dict[tuple[str, str], list[tuple[int, ActorMention]]] = defaultdict(list)
        quoted: list[tuple[Token, dict[tuple[str, str], int]]] = []
        for i, is_word, named, subj in sorted(persons + words, key=lambda e: e[:2]):
            m, genders, main = named, ("m", "f"), i in self._main_subjects
            if is_word:
                tok = self.doc[i]
                if i in spoken:
                    quoted.append((tok, {k: len(v) for k, v in seen.items()}))
                    continue
                own = self._clause_subject(tok, out) | self._spokesman_told(tok, out)
                speaks = (  # "He said: …", "…, he insisted"; not "reports that he had told"
                    tok.dep_ == "nsubj"
                    and tok.head.lemma_ in SPEAKING
                    and first_conjunct(tok.head).dep_ in {"ROOT", "parataxis"}
                )
                m = out[i] = (
                    self._owner(tok, out)
                    or self._fronted_for(tok)
                    or self._who_for(tok)
                    or self._named_in_main(tok, out)
                    or self._antecedent(tok, seen, None, own, SPEAKER_FIRST if speaks else REPORTED)
                )
                if m is not None and self._accused_unclear(tok, out):
                    m = out[i] = None
                if m is None or not (tok.pos_ == "PRON" or tok.tag_ == "PRP$"):
                    continue
                subj, main = tok.dep_ in SUBJECTS, _main_verb(tok) is not None
                genders = (PRONOUNS[tok.lower_],)
                if m.kind == PERSON and subj:  # "Ngozi Okafor … She said": her name
                    # gave no gender, the subject pronoun does, so a later "he" is never
                    # her; not a possessive, more often misread ("his then guide dog
                    # Lucy … the speech of his Tory opponent")
                    self._genders.setdefault(m.name, genders[0])
            for g in genders if m is not None else ():
                if not self.may_be(m.name, g):
                    continue
                seen[g, "last"].append((i, m))
                vouches = _attributes_after(self.doc[i], spoken)  # "…, Mr Smernicki said."
                if (is_word or i not in self._asides) and not vouches:
                    seen[g, "topic"].append((i, m))
                if subj:
                    seen[g, "subject"].append((i, m))
                if subj and i not in spoken and not vouches:
                    seen[g, "told"].append((i, m))
                if main and i not in spoken:
                    seen[g, "speaker"].append((i, m))
        for tok, upto in quoted:
            skip = set()
            for c in self._quoting(tok):
                by = self._by_token.get(c.i) or out.get(c.i) or self.description(c)
                if by is not None:
                    skip.add(by.name)
            said = [  # the speakers of either gender: "Louise Christian said: "… kidnapping
                s  # him"' is her quote, and "him" never the man who spoke before her
                for g in ("m", "f")
                for s in seen.get((g, "speaker"), [])[: upto.get((g, "speaker"), 0)]
            ]
            if not skip and said:  # a quote going on from the one before: its speaker
                skip = {max(said, key=lambda s: s[0])[1].name}  # is the one who spoke last
            skip |= self._clause_subject(tok, out)
            m = self._antecedent(tok, seen, upto, skip, QUOTED)
            out[tok.i] = m or self._antecedent(tok, seen, upto, set(), QUOTED)
        return out

    def _accused_unclear(self, tok: Token, out: dict[int, ActorMention | None]) -> bool:
        """Whether a he/she is the one an allegation accuses ("allegations that he
        abused Dylan") while its sentence names two people it may be before it: then
        it stays unresolved. "Dershowitz denied allegations by Allen that the attorney
        had asked him … in exchange for the actress dropping allegations that he abused
        Dylan" made Dershowitz the abuser, by the subject rule; a wrong doer of an act
        alleged is the worst a pronoun can do, and the sentence alone cannot say which
        man the actress accused."""
        if tok.dep_ not in SUBJECTS or tok.lower_ not in {"he", "she"}:
            return False
        verb = tok.head
        if verb.dep_ not in {"acl", "ccomp", "relcl"} or verb.head.lemma_.lower() not in ACCUSING:
            return False
        want = PRONOUNS[tok.lower_]
        named = set()
        for k in range(tok.sent.start, tok.i):
            m = self._by_token.get(k) or out.get(k)
            if m is not None and self.kind_of.get(m.name, m.kind) == PERSON and self.may_be(
                m.name, want
            ):
                named.add(m.name)
        return len(named) > 1

    def _owner(self, tok: Token, out: dict[int, ActorMention | None]) -> ActorMention | None:
        """The person whose thing is the subject governing a pronoun's clause, named
        before it in the same sentence: "Mr Blunkett's conduct is being looked at to
        establish whether he abused his position" is about Blunkett, not about the
        subject of the sentence before. Only a thing, never a person, passes its
        subject role to its owner ("Mr Blair's spokesman said he …" is the
        spokesman's he), and only when no other person of the pronoun's gender is
        named between owner and pronoun; the first subject up the pronoun's clauses
        decides, so a pronoun under a person subject keeps the usual rule."""
        want = PRONOUNS[tok.lower_]
        head = tok
        while head.head.i != head.i:
            head = head.head
            subject = next(
                (c for c in head.children if c.dep_ in SUBJECTS and c.i < tok.i and c != tok),
                None,
            )
            if subject is None:
                continue
            if subject.pos_ != "NOUN" or subject.i in self._by_token:
                return None
            if subject.lemma_.lower() in PERSON_NOUNS or self.description(subject) is not None:
                return None
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if owner is None:
                return None
            m = self._by_token.get(owner.i) or out.get(owner.i)  # "his answer was"
            if m is None and owner.pos_ == "PROPN":  # NER missed this "Mr Derwent"
                m = self._surnames.get(owner.text)
            if m is None or m.kind != PERSON or not self.may_be(m.name, want):
                return None
            for k in range(owner.i + 1, tok.i):  # another person named or described
                other = self._by_token.get(k) or out.get(k)  # in between: not clear
                if other is None:  # "the ex-home secretary"
                    word = self.doc[k]
                    clash = word.tag_ == "NN" and word.lemma_.lower() in PERSON_NOUNS
                else:
                    clash = other.kind == PERSON and other.name != m.name
                    clash = clash and self.may_be(other.name, want)
                if clash:
                    return None
            return m
        return None

    def _fronted_for(self, tok: Token) -> ActorMention | None:
        """The person named as the subject after a fronted phrase that holds a
        possessive: "Following his arraignment today, Mr. Gomes was ordered held" is
        Gomes's arraignment, not that of the last man named before (the spokesman)."""
        if tok.tag_ != "PRP$" or tok.lower_ not in {"his", "her"}:
            return None
        node = tok
        for _ in range(4):  # his -> arraignment -> Following
            if node.dep_ == "prep" or node.head.i == node.i:
                break
            node = node.head
        verb = node.head
        if node.dep_ != "prep" or node.left_edge.i != node.sent.start or verb.i < tok.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i > tok.i), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i > node.right_edge.i + 4:
            return None
        m = self._by_token.get(subject.i)
        if m is None or m.kind != PERSON or not self.may_be(m.name, PRONOUNS[tok.lower_]):
            return None
        return m

    def _named_in_main(
        self, tok: Token, out: dict[int, ActorMention | None]
    ) -> ActorMention | None:
        """The one person named in the main clause of a he/she that is the subject of a
        clause hung on it ("There was some consolation for Lambert as he set a personal
        best"; "Police arrested Brown as he left the hotel"; "A virus ruined the rest of
        Henin-Hardenne's year, although she was fit enough to win"), when that main
        clause's subject is no person: the clause goes on about the one it names, not
        about the last person the story made a subject. A person subject ("Jones praised
        Smith as he left") keeps the usual rule."""
        want = PRONOUNS.get(tok.lower_)
        clause = tok.head
        if tok.lower_ not in {"he", "she"} or tok.dep_ not in SUBJECTS or clause.dep_ != "advcl":
            return None
        main = clause.head
        subj = next((c for c in main.children if c.dep_ in SUBJECTS), None)
        if subj is None and main.dep_ == "conj":  # "She fell ill and joined Diaghilev in
            top = first_conjunct(main)  # Monte Carlo when she was 14": the first verb's
            subj = next((c for c in top.children if c.dep_ in SUBJECTS), None)  # "She"
            if subj is None:
                return None
        top = main
        while subj is None and top.tag_ in {"VBG", "VBN"} and top.dep_ in {"advcl", "xcomp"}:
            top = top.head  # "Describing a visit to Farrow's house, when he molested …, he
            subj = next((c for c in top.children if c.dep_ in SUBJECTS), None)  # writes":
            # a participle's doer is the subject of the clause it hangs on, here "he"
        if subj is not None:
            if subj.lower_ in PRONOUNS and subj.pos_ == "PRON":
                return None  # "he … as he": the chain's
            m = self._by_token.get(subj.i) or out.get(subj.i)
            if m is None and subj.pos_ == "NOUN":
                m = self.description(subj)
            if m is not None and m.kind == PERSON or m is None and subj.pos_ == "PROPN":
                return None  # a person, or a name that may be one
        inner = range(clause.left_edge.i, clause.right_edge.i + 1)
        found: dict[str, ActorMention] = {}
        for t in main.subtree:
            if t.i >= tok.i or t.i in inner:
                continue
            m = self._by_token.get(t.i) or out.get(t.i)
            if m is not None and m.kind == PERSON and self.may_be(m.name, want):
                found.setdefault(m.name, m)
        return next(iter(found.values())) if len(found) == 1 else None

    def _who_for(self, tok: Token) -> ActorMention | None:
        """The person a "who" clause hangs on, for a he/his/she/her inside it: "Clive
        Owen, who has scooped the Bafta for his supporting role" is Owen's role, not that
        of the woman named as the sentence before's subject. Only when no other person
        who may be the pronoun is named between the name and the pronoun ("Owen, who
        beat Jude Law to his first award" says nothing so plain)."""
        want = PRONOUNS.get(tok.lower_)
        if want not in {"m", "f"} or tok.lower_ in {"him", "her"} and tok.tag_ != "PRP$":
            return None  # "the man who hit him" is never the man
        node = tok
        for _ in range(5):
            if node.dep_ == "relcl" or node.head.i == node.i:
                break
            node = node.head
        if node.dep_ != "relcl" or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in node.children
        ):
            return None
        m = self._by_token.get(node.head.i)
        if m is None or m.kind != PERSON or not self.may_be(m.name, want):
            return None
        for k in range(node.head.i + 1, tok.i):
            other = self._by_token.get(k)
            if (
                other is not None
                and other.name != m.name
                and other.kind == PERSON
                and self.may_be(other.name, want)
            ):
                return None
        return m

    def _spokesman_told(self, tok: Token, out: dict[int, ActorMention | None]) -> set[str]:
        """The spokesperson who says what was done to a he/she ("A police spokesman,
        John Doe, said he had been detained"), whom the pronoun is not: a spokesperson
        speaks of the one the story is about, and does not report his own arrest. Only
        for a passive report of an act done, not one that tells or lets ("said he had
        been told", "said he was not authorised to comment" are the spokesman's own)."""
        verb = tok.head
        if tok.dep_ != "nsubjpass" or verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEAKING:
            return set()
        if verb.lemma_ in SPOKESPERSON_OWN or any(
            c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children
        ):
            return set()
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.i > tok.i:
            return set()
        words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        m = next(
            (f for w in words if (f := self._by_token.get(w.i) or out.get(w.i)) is not None),
            None,
        )
        if m is None or m.kind != PERSON:
            return set()
        title = f"{m.title or ''} {' '.join(w.lower_ for w in words)}".lower()
        return {m.name} if any(w in title for w in SPOKESPERSONS) else set()

    def _clause_subject(self, tok: Token, out: dict[int, ActorMention | None]) -> set[str]:
        """The person who is the subject of an object pronoun's own clause, whom the
        pronoun cannot be ("the prime minister had misled him": not the prime minister,
        who would be "himself"); a possessive can ("he lost his seat")."""
        if tok.lower_ not in {"him", "her"} or tok.tag_ == "PRP$":
            return set()  # "he", a possessive, or "his" standing alone ("used his")
        if tok.dep_ not in {"dobj", "pobj", "dative", "iobj"}:
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            return set()
        m = self._by_token.get(subject.i) or out.get(subject.i)
        if m is None and subject.pos_ == "NOUN":
            m = self.description(subject)
        return {m.name} if m is not None and m.kind == PERSON else set()

    def _spoken(self) -> set[int]:
        """The tokens inside quotes that stand as sentences of their own, not a few
        words quoted inside the reporter's sentence ('said he was "very happy"')."""
        if self._inside is None:
            self._inside = _quoted(self.doc)
        spoken: set[int] = set()
        run: list[int] = []
        for i in [*sorted(self._inside), -2]:  # -2 ends the last run
            if run and i != run[-1] + 1:
                first = run[0]
                before = self.doc[first - 2] if first >= 2 else None  # before the mark
                if before is None or not before.is_alpha or before.sent != self.doc[first].sent:
                    spoken.update(run)
                run = []
            run.append(i)
        return spoken

    def _antecedent(
        self,
        tok: Token,
        seen: dict[tuple[str, str], list[tuple[int, ActorMention]]],
        upto: dict[tuple[str, str], int] | None,
        skip: set[str],
        order: tuple[tuple[str, str], ...],
    ) -> ActorMention | None:
        """The person a pronoun stands for, of those ``seen`` (only the first ``upto``
        of each list, when given: those seen before a quoted pronoun), passing over the
        persons named in ``skip``: the first found of the lists in ``order``, each
        looked at within the pronoun's window (its own and the two sentences before)
        or anywhere before (see :meth:`_chain`)."""
        want = PRONOUNS[tok.lower_]
        reach = {"window": self._window(tok), "any": -1}
        for kind, scope in order:
            entries = seen.get((want, kind), [])
            if upto is not None:
                entries = entries[: upto.get((want, kind), 0)]
            for i, m in reversed(entries):
                if m.name in skip or not self.may_be(m.name, want):
                    continue  # one a pronoun read later gave the other gender
                if i >= reach[scope]:
                    return m
                break
        return None

    def _named_or_subjects(self) -> list[int]:
        """The tokens that name an actor or are a subject, in text order (read when
        first asked): the words :meth:`body` looks back at."""
        if self._looked is None:
            subjects = _where(self.doc, DEP, ("nsubj", "nsubjpass"))
            self._looked = sorted({*subjects, *self._by_token})
        return self._looked

    def _window(self, tok: Token) -> int:
        """The start of the sentence two before ``tok``'s (0 in the first three)."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        k = bisect_right(self._sent_starts, tok.i)  # the sentences starting by tok
        return self._sent_starts[k - 3] if k >= 3 else 0

    def _in_order(self, entries: list) -> bool:
        """Whether ``_persons``, ``_orgs`` or ``_countries`` is in text order (by
        :func:`_at`), so that a bisection finds the last entry before a token; it is
        (actor_spans sorts), but were it not, the callers scan as they did."""
        if id(entries) not in self._ordered:
            at = [_at(e) for e in entries]
            self._ordered[id(entries)] = all(a <= b for a, b in pairwise(at))
        return self._ordered[id(entries)]

    def _earlier(self, name: str, i: int) -> tuple[int, ActorMention, bool] | None:
        """The last entry of the person ``name`` before token ``i``: ``_persons`` is in
        text order, so a bisection finds it."""
        if name not in self._persons_of:
            self._persons_of[name] = [p for p in self._persons if p[1].name == name]
        chosen = self._persons_of[name]
        k = bisect_left(chosen, i, key=_at)
        return chosen[k - 1] if k else None

    def collective(self, tok: Token) -> ActorMention | None:
        """The body a main-clause "It" or "They" stands for: the main-clause subject
        nearest before it, in a clause coordinated with its own ("The Tories said …, but
        they say …") or in the sentence before, when that subject is an organisation, a
        country or a group.

        Conservative, like the he/she rule: only a main-clause subject counts, and only
        one that names the body. In "Thursday's report was drawn up by two committees.
        It said …" the nearest such subject is the report, which names no actor, so "It"
        stays unresolved rather than guessed; "Iraq, they insisted, would …" is no main
        clause of "they"; "… prompting unions to act. They believe" has the unions in
        between, so "They" is not taken for the office that confirmed."""
        kinds = COLLECTIVE.get(tok.lower_)
        own = _main_verb(tok)
        if kinds is None or own is None:
            return None
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for cand in reversed(self.doc[start : tok.i]):
            verb = _main_verb(cand)
            if verb is None or cand.pos_ == "PRON" or cand.i >= sent.start and verb.i != own.i:
                if (
                    tok.lower_ == "they"
                    and cand.tag_ in {"NNS", "NNPS"}
                    and (cand.lemma_.lower() in GROUP_HEADS)
                ):
                    return None  # "… unions … They": the plural nearer is as likely
                continue  # no main-clause subject: "agreed spending would rise"
            m = self.actor_at(cand) or self.group_of(cand)
            return m if m is not None and m.kind in kinds else None
        return None

    def body(self, tok: Token) -> ActorMention | None:
        """The organisation, country or crowd an "it", "its", "they" or "their" stands
        for: the subject nearest before it, in its own or the previous sentence, when
        that subject names such an actor ("Airbus said its orders rose").

        Conservative like :meth:`collective`: when the nearest subject names no actor
        ("the plane made its first flight") the pronoun stays unresolved, and so does
        an empty "it" ("it is expected that …")."""
        if tok.i in self._bodies:
            return self._bodies[tok.i]
        self._bodies[tok.i] = None  # a chain of pronouns ends here, not in a loop
        kinds = BODY_PRONOUNS[tok.lower_]
        if tok.lower_ == "it" and (tok.dep_ == "expl" or _empty_it(tok)):
            return None
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # "its" only: "thank the Boeing employees for their work" is the employees'
        found = (
            self._own_subject(tok, kinds) if tok.lower_ == "its" and tok.dep_ == "poss" else None
        )
        if found is not None:
            self._bodies[tok.i] = found
            return found
        # only a named token or a subject can end the search: the others are passed by
        looked = self._named_or_subjects()
        at = looked[bisect_left(looked, start) : bisect_left(looked, tok.i)]
        for cand in map(self.doc.__getitem__, reversed(at)):
            named = self._by_token.get(cand.i)
            if named is not None and named.kind in kinds and tok.lower_ != "it":
                found = named  # "cut the price of its phones" after "Apple", object or not
                break
            if cand.dep_ not in {"nsubj", "nsubjpass"} or cand.head.i == tok.i:
                continue
            if cand.tag_ in {"WDT", "WP"}:
                continue  # "an application that limits its …": the antecedent is further
            if cand.lower_ in BODY_PRONOUNS and cand.pos_ == "PRON":
                found = self.body(cand)
            else:
                found = named or self._apposed(cand)
                if found is None and cand.lemma_.lower() not in ORG_NOUNS:
                    found = self.group_of(cand)  # "Iranian officials", not "Dutch airline"
                if found is None and cand.pos_ == "NOUN":
                    found = self.description(cand)
            break
        if found is not None and found.kind not in kinds:
            found = None
        if found is not None and self._named_under(tok, found.name):
            found = None  # "its talks with Antibioticos" is never Antibioticos's
        self._bodies[tok.i] = found
        return found

    def _named_under(self, tok: Token, name: str) -> bool:
        """Whether a subject or owner pronoun's own object or partner is a name written
        like ``name`` ("it was forced to sell Lo-Vaca", "its negotiations with
        Antibioticos"): a pronoun never stands for a name it governs, so a resolution to
        it is wrong, whatever the subject before it was taken for. Names only: a
        description ("the bank") may itself be wrongly resolved."""
        return any(  # "Olvera" for "Farmacias Olvera SA": the name as written short
            (m := self._by_token.get(t.i)) is not None
            and m.form == NAME
            and len(m.name) > 2
            and (m.name in name or name in m.name)
            for o in governed(tok)
            for t in (o, *(c for c in o.children if c.dep_ == "compound" and o.pos_ == PROPN))
        )

    def _own_subject(self, tok: Token, kinds: frozenset[str] | set[str]) -> ActorMention | None:
        """The body named as the subject of a possessive's own clause: "Fiat may move
        Maserati into its Alfa Romeo division" is Fiat's division, not Maserati's."""
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None and verb.dep_ == "xcomp":  # "Fiat plans to move … its", but
            # "the Commission forced Apple to lower its prices": the object's prices
            deps = ("dobj", *SUBJECTS)
            controls = [c for c in verb.head.children if c.dep_ in deps]
            subject = min(controls, key=lambda c: deps.index(c.dep_), default=None)
        if subject is None or subject.i > tok.i:
            return None
        m = self._by_token.get(subject.i)
        return m if m is not None and m.kind in kinds else None

    def we(self, tok: Token) -> ActorMention | None:
        """The body a quoted "we" or "our" speaks for: the organisation that is the
        subject outside the quote in the sentence where the quote closes or opens ('"We
        will appeal," Boeing said'), or the organisation of the person who is ('"We are
        ready," said Boeing chief executive Ann Lee'). A quote may run over several
        sentences: its "we" in the second sentence is the same speaker's. Outside a
        quote, or with no such speaker, "we" stays unresolved."""
        for cand in self._quoting(tok):
            m = self._by_token.get(cand.i)
            if m is not None and m.kind == ORGANISATION:
                return m
            if m is not None and m.kind == PERSON and m.position and m.position.affiliation:
                org = m.position.affiliation
                if self.kind_of.get(org) == ORGANISATION:
                    return next(o for o, _ in self._orgs if o.name == org)
            if m is not None and m.kind == PERSON and self._in_company_office(m.name):
                return self._main_organisation(tok)
        return None

    def _in_company_office(self, name: str) -> bool:
        """Whether the document gives a person a company office with no employer named
        beside it, at any of their mentions: '"We have cut our effort," said Angers'
        after "Spokeswoman Sandy Angers"."""
        if self._officers is None:  # read once, when a quoted "we" first asks
            self._officers = {
                m.name for m in self.mentions if m.kind == PERSON and _company_office(m)
            }
        return name in self._officers

    def _quoting(self, tok: Token) -> list[Token]:
        """The subjects outside the quote ``tok`` is in, in the sentence where the quote
        closes, then the one where it opens: who is likely to speak it ('"We will
        appeal," Boeing said'; 'He told BBC News: "He appears to have said it"'). A
        quote may run over several sentences. Empty for a word outside quotes."""
        if self._inside is None:
            self._inside = _quoted(self.doc)
        inside = self._inside
        if tok.i not in inside:
            return []
        first = last = tok.i
        while first - 1 in inside:
            first -= 1
        while last + 1 in inside:
            last += 1
        closing = self.doc[min(last + 1, len(self.doc) - 1)].sent
        return [
            cand
            for sent in dict.fromkeys((closing, self.doc[first].sent))
            for cand in sent
            if cand.i not in inside and cand.dep_ in SUBJECTS
        ]

    def _main_organisation(self, tok: Token) -> ActorMention | None:
        """The organisation the document names most often before ``tok`` (the first
        named on a tie): whom a chief executive with no company named speaks for."""
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        for m, span in self._orgs:
            if span.start < tok.i:
                counts[m.name] = counts.get(m.name, 0) + 1
                first.setdefault(m.name, m)
        if not counts:
            return None
        return first[max(counts, key=lambda n: (counts[n], -first[n].evidence.start))]

    def relative(self, tok: Token) -> ActorMention | None:
        """The actor a relative "which" or "who" opens a clause about: "Airbus, which
        builds the A380," (a person for "who", a body for "which"), also when it is
        named by a description ("The airline, which is the third largest")."""
        clause = tok.head
        if clause.dep_ != "relcl" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return None
        head = clause.head
        m = self._by_token.get(head.i)
        if m is None and head.pos_ == "NOUN":  # "The airline, which is the third largest"
            m = self.description(head) or self.government(head)
        kinds = {PERSON, GROUP} if tok.lower_ == "who" else {ORGANISATION, COUNTRY, GROUP}
        if tok.lower_ == "who" and m is not None and m.form == NAME:
            kinds.add(ORGANISATION)  # "AirTanker, who retains the rights": British usage
        return m if m is not None and m.kind in kinds else None

    def _apposed(self, tok: Token) -> ActorMention | None:
        """The actor named in apposition to a noun: "Irish airline, Ryanair, said"."""
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self._by_token:
                return self._by_token[child.i]
        return None

    def government(self, tok: Token) -> ActorMention | None:
        """The country whose government a noun names: "the US government", "the
        Canadian government", "the government of Germany" (the country acts through it,
        as the capital rule has it)."""
        if tok.lemma_.lower() not in GOVERNMENT_NOUNS:
            return None
        owners = [c for c in tok.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            owners += [c for c in prep.children if c.dep_ == "pobj"]
        for owner in owners:
            m = self._by_token.get(owner.i)
            if m is not None and m.kind == COUNTRY:
                return m
        if owners or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        # a bare "the government": the country the passage speaks of, when it names one
        # alone before it ("In China, airliners are bought by the government"); two named
        # leave it open (whose government is meant in talks between them?). A country
        # named after it in its sentence is more often its counterpart ("the government
        # did not sign the agreement with Norway") than its own.
        window = self._window(tok)
        near = {m.name: m for m, span in self._countries if window <= span.start < tok.i}
        return next(iter(near.values())) if len(near) == 1 else None

    def _with_the(self) -> set[int]:
        """The tokens that have a "the" as their determiner, found once per document:
        :meth:`description` asks it of every noun it is given (tens of thousands per
        hundred articles), and a walk over each noun's children was most of its time."""
        if self._the is None:
            doc = self.doc
            dets = (doc[i] for i in _where(doc, LOWER, ("the",)))
            self._the = {t.head.i for t in dets if t.dep_ == "det" and t.head.i != t.i}
        return self._the

    def description(self, tok: Token, countries: bool = False) -> ActorMention | None:
        """ "the US president" -> the person the document called "US President"."""
        # the determiner first: most nouns have none, and their subtree need not be walked
        if tok.i not in self._with_the():
            owner = self._owners(tok)
            return self._body_so_named(tok, [owner, tok]) if owner is not None else None
        chunk = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and not t.is_punct]
        if not chunk:
            return None
        phrase = " ".join(t.lower_ for t in chunk)
        if tok.tag_ in {"NNS", "NNPS"}:  # "the automakers", "the groups": many, not the
            # one organisation or country named last, but a group of them in this story
            if tok.lemma_.lower() in ORG_NOUNS and all(
                _modifies(t, tok, plural=True) for t in chunk
            ):
                return self._several(tok, chunk)
            return None
        if tok.lemma_.lower() in ORG_NOUNS and all(_modifies(t, tok) for t in chunk):
            country = next(
                (m.name for t in chunk if (m := self._by_token.get(t.i)) and m.kind == COUNTRY),
                None,
            )
            if country is not None:
                return self._national_organisation(tok, country)
            named = [t.text for t in chunk if self._names_a_body(t, tok)]
            m = self._last_organisation(tok)
            if m is not None and not all(w in m.name for w in named):
                return None  # "the Conservative party" after "Liberal Democrats": another
            return m
        if tok.lemma_.lower() in NAMED_BODY_NOUNS and all(_modifies(t, tok) for t in chunk):
            return self._body_so_named(tok, chunk)
        if countries and tok.lemma_.lower() in COUNTRY_NOUNS and len(chunk) == 1:
            return self._last(tok, self._countries)  # "the nation", not "the whole country"
        names = self._titles.get(phrase)
        if not names or len(names) > 1:  # "the home secretary" beside a shadow one
            names = self._office_holders(tok, chunk) or names
        if names and len(names) == 1 and self._in_order(self._persons):
            last = self._earlier(next(iter(names)), tok.i)
            return last[1] if last is not None else None
        if names and len(names) == 1:
            name = next(iter(names))
            for i, m, _subj in reversed(self._persons):
                if m.name == name and i < tok.i:
                    return m
        return None

    def _office_holders(self, tok: Token, chunk: list[Token]) -> set[str] | None:
        """The persons whose title says the office a description names in other words:
        "the minister" for "Education Secretary Ruth Kelly" (a secretary of state is a
        minister), "the Tory leader" for "Conservative leader Michael Howard". Every
        person named before it whose title fits is returned, so that the caller links
        only when one does (a secretary named later is not the one it refers to); a
        title saying the holder is another's ("shadow", "deputy", "press") fits no
        description that does not say it too."""
        head = tok.lemma_.lower()
        if head not in OFFICE_HEADS or not self._full_titles:
            return None
        said = [t for t in chunk if t.i != tok.i]
        if any(t.dep_ not in {"compound", "amod", "nmod"} or not t.is_alpha for t in said):
            return None  # "the party's leader", "the minister for schools": not a title
        wanted = {_office_word(t.lower_) for t in said}
        fits = set()
        for name, title, at in self._full_titles:
            if at > tok.i:
                continue
            words = [_office_word(w) for w in title.lower().replace("-", " ").split()]
            if not words or not (
                words[-1] == head or head == "minister" and words[-1] in MINISTER_TITLES
            ):
                continue
            if head == "minister" and words[-1] != "minister" and len(words) < 2:
                continue  # a bare "Secretary" or "Chancellor" is no portfolio named
            if wanted <= set(words) and not (set(words) & OTHER_HOLDERS) - wanted:
                fits.add(name)
        return fits

    def _names_a_body(self, word: Token, noun: Token) -> bool:
        """Whether a capitalised word of a description names which body it is ("the
        Conservative party"), not where it is ("the Craiova-based car maker", "the
        Paris-based group": a place, or the first half of a hyphened word)."""
        if word.i == noun.i or not word.is_title or word.i == word.sent.start:
            return False
        doc = word.doc
        if word.i + 1 < len(doc) and doc[word.i + 1].text == "-" or "-" in word.text:
            return False
        m = self._by_token.get(word.i)
        return m is None or m.kind not in {PLACE, COUNTRY}

    def _owners(self, tok: Token) -> Token | None:
        """The plural owner of "the employers' association", "the workers' federation"
        (the parser hangs "the" on "employers"): the owners say which body it is, as
        "Employers'" in its name does. None for a body noun without one."""
        if tok.lemma_.lower() not in NAMED_BODY_NOUNS:
            return None
        return next(
            (
                c
                for c in tok.children
                if c.dep_ == "poss" and c.tag_ == "NNS" and c.i < tok.i and c.i in self._with_the()
            ),
            None,
        )

    def _body_so_named(self, tok: Token, chunk: list[Token]) -> ActorMention | None:
        """ "the federation", "the employers' association": the organisation named before
        it whose name has that word and every other word of the description ("Belgian
        Transport Workers' Federation"), when one organisation only is so named there;
        none when two are ("the federation" between two federations is either)."""
        noun = tok.lemma_.lower()
        said = {_office_word(t.lemma_.lower()) for t in chunk if t.i != tok.i and t.is_alpha}
        found: dict[str, ActorMention] = {}
        for m, span in self._orgs:
            if span.start >= tok.i:
                continue
            words = {_office_word(w.strip("'’").casefold()) for w in m.name.split()}
            if noun in words and said <= {w.rstrip("s") for w in words} | words:
                found[m.name] = m
        return next(iter(found.values())) if len(found) == 1 else None

    def _several(self, tok: Token, chunk: list[Token]) -> ActorMention:
        """ "the automakers", "the other government agencies": several organisations
        the story speaks of together, one group in this document (named by the words
        that say what they are), which its "they" and "themselves" can take up."""
        if tok.i in self._several_at:  # asked again (a pronoun looking back): the same
            return self._several_at[tok.i]
        name = " ".join(t.lower_ for t in chunk if t.lower_ not in GROUP_DROP) or tok.lower_
        span = self.doc[tok.left_edge.i : tok.i + 1]
        evidence = exact(self.document, span.start_char, span.end_char, tok.idx)
        why = f"{span.text!r} names several organisations together, one group in this story"
        m = ActorMention(evidence, GROUP, name, form=DESCRIPTION, reason=why)
        m.scope = self.document.id
        self.kind_of.setdefault(name, GROUP)
        self._several_at[tok.i] = m
        return m

    def _national_organisation(self, tok: Token, country: str) -> ActorMention | None:
        """ "the US firm", "the German carmaker": of the organisations named within the
        description's and the two sentences before, the nearest the text (or the
        entity table) gives that country ("Russian energy giant Gazprom", "India's
        HCL"), else the only one there of no other country known. A business story names companies
        of several countries together ("Fiat … GM … the US firm"), so the nearest one
        is no answer. "The Iraqi oil ministry", "the Argentine newspaper" are that
        country's own bodies, not a company named before."""
        noun = tok.lemma_.lower()
        if noun in BODY_WORDS or noun in OUTLET_NOUNS:
            return None
        apart, _ = self._recent_organisations(tok)
        for m, _span in apart:
            if self._org_country.get(m.name) == country:
                return m
        fits = {m.name: m for m, _ in apart if self._org_country.get(m.name, country) == country}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _recent_organisations(self, tok: Token) -> tuple[list[tuple[ActorMention, Span]], range]:
        """The organisations named within a description's and the two sentences before,
        last first, passing over those that are its clause mates (see _clause_mate); and
        the indexes of all those named before it, last first."""
        window = self._window(tok)
        orgs = self._orgs
        if self._in_order(orgs):  # only those before tok, last first, not all of them
            before = range(bisect_left(orgs, tok.i, key=_at) - 1, -1, -1)
            recent = range(before.start, bisect_left(orgs, window, key=_at) - 1, -1)
        else:
            before = recent = range(len(orgs) - 1, -1, -1)
        apart = [
            orgs[k]
            for k in recent
            if window <= orgs[k][1].start < tok.i and not _clause_mate(orgs[k][1].root, tok)
        ]
        return apart, before

    def _last_organisation(self, tok: Token) -> ActorMention | None:
        """ "the company", "the airline": the organisation named last, within the
        current and two preceding sentences, passing over one named in the
        description's own clause ("This brings Ryanair's orders with the US
        manufacturer to 230": the manufacturer is another body than Ryanair)."""
        noun = tok.lemma_.lower()
        apart, before = self._recent_organisations(tok)
        apart = [o for o in apart if not _named_as_part(o[1].root)] or apart
        orgs = self._orgs
        latest = apart[0][0] if apart else None
        if latest is None or self._fits(latest.name, noun):
            return latest
        for m, _span in apart:
            if self._fits(m.name, noun):
                return m  # "the airline" after "China Eastern Airlines … Airbus"
        if noun in UNION_NOUNS:  # "the union" four sentences after "The Havenbond union
            # and the employers' association reached a deal", past "Maasvlakte Container
            # Terminals" and the association: the union is the one named so, not the
            # last body named (an employer); only if none is does that one stand
            for m, span in map(orgs.__getitem__, before):
                if span.start < tok.i and self._union(m.name):
                    return m
        if self._other_body(latest.name, noun):  # "the company" after "Oxford University"
            latest = next((m for m, _ in apart if not self._other_body(m.name, noun)), None)
            if latest is None:
                return None
        if not self._outlet(latest.name, noun):
            return latest
        for m, span in (orgs[k] for k in before):  # "told the newspaper De Tijd … the
            # company": not the newspaper, the organisation named before it
            if span.start < tok.i and not self._outlet(m.name, noun):
                return m
        return latest

    def _union(self, name: str) -> bool:
        """Whether an organisation is a trade union by its name ("National Union of
        Teachers", "Havenbond": Dutch "bond" is a union) or by what the text calls it
        ("the Havenbond union", "the BTWF union", "the union Unite")."""
        if name not in self._unions:
            words = name.casefold().split()
            said = re.escape(name)
            self._unions[name] = (
                "union" in words
                or "unions" in words
                or len(words) == 1 and len(name) > 5 and words[0].endswith("bond")
                or "union" in self._org_nouns.get(name, ())
                or re.search(rf"\b{said}\s+union\b|\bunion,?\s+{said}\b", doc_text(self.doc))
                is not None
            )
        return self._unions[name]

    def _other_body(self, name: str, noun: str) -> bool:
        """Whether an organisation's name says it is another kind of body than ``noun``
        ("the bank" is not the Treasury, "the agency" not the Senate, "the company" not
        Oxford University)."""
        last = name.split()[-1].casefold()
        return last in BODY_WORDS and not self._fits(name, noun)

    def _outlet(self, name: str, noun: str) -> bool:
        """Whether the text calls an organisation a news outlet ("the newspaper De
        Tijd") and ``noun`` is no name for one: an outlet that reports a dispute is
        rarely "the company" of it."""
        called = self._org_nouns.get(name, set())
        return noun not in called and not called.isdisjoint(OUTLET_NOUNS)

    def _fits(self, name: str, noun: str) -> bool:
        """Whether a noun is what an organisation's name or description calls it: "the
        airline" for China Eastern Airlines, "the manufacturer" for "aircraft
        manufacturer Boeing"."""
        words = [w.casefold() for w in name.split()]
        return any(w.startswith(noun) for w in words) or noun in self._org_nouns.get(name, ())

    def _last(self, tok: Token, named: list[tuple[ActorMention, Span]]) -> ActorMention | None:
        """The actor of ``named`` mentioned last before ``tok``, within the current and
        two preceding sentences."""
        window = self._window(tok)
        if self._in_order(named):  # the last before tok is the only one to ask
            k = bisect_left(named, tok.i, key=_at)
            return named[k - 1][0] if k and named[k - 1][1].start >= window else None
        for m, span in reversed(named):
            if span.start < tok.i and span.start >= window:
                return m
        return None

    def group_of(self, tok: Token) -> ActorMention | None:
        """The country behind "Iranian officials": a demonym modifying a group noun."""
        for child in tok.children:
            m = self._by_token.get(child.i)
            if m is not None and child.dep_ in {"amod", "compound", "poss"}:
                return m
        return None
