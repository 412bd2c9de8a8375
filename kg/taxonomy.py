"""The event taxonomy: kg's event types and the families of types one event can carry.

Shared vocabulary (core): the extractor types mentions with it, the linker decides with
it which reports may be one event, and cards, tables and the page label events with it.

Why families: two outlets often type one happening differently ("GM acquires Opel" read
as a merger, "the deal" as an agreement; "the talks" and "the meeting"). Mentions whose
types share a family may be one event; types of different families never are, so a
merge never mixes, say, a death with a trial. A merged event keeps one type:
:func:`pick_type`.

Across articles one more thing is known: the word each report uses. A word the trigger
table lists under two types ("release": a prisoner's or a product's; "fire", "hit",
"charge", "capture") says the type is a reading of that word, and a word that names a
killing ("killed", "murder") names a death too. :func:`readings` gives the families a
report can be read in, and :func:`kin` lets two reports of two articles be one
happening when one's type is a reading of the other's word ("killed" and "died";
"captured" and "arrested"), never otherwise: "shot" is not "died", a trial is not a
death.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache

from .gazetteer import table_rows, words

# Taxonomy key -> (label, closest CAMEO root / PLOVER category). Keys are kg: terms;
# the ontology (ontology/kg.ttl, "event types") documents each with its notation.
EVENT_TYPES: dict[str, tuple[str, str]] = {
    "MakeStatement": ("statement", "CAMEO 01"),
    "Consult": ("meeting", "CAMEO 04 / PLOVER CONSULT"),
    "Negotiate": ("negotiation", "CAMEO 046 / PLOVER CONSULT"),
    "Agree": ("agreement", "CAMEO 03, 057 / PLOVER AGREE"),
    "Aid": ("aid", "CAMEO 07 / PLOVER AID"),
    "Investigate": ("investigation", "CAMEO 09"),
    "Demand": ("demand", "CAMEO 10 / PLOVER DEMAND"),
    "Reject": ("rejection", "CAMEO 12 / PLOVER REJECT"),
    "Threaten": ("threat", "CAMEO 13 / PLOVER THREATEN"),
    "Protest": ("protest", "CAMEO 14 / PLOVER PROTEST"),
    "MilitaryPosture": ("military posture", "CAMEO 15 / PLOVER MOBILIZE"),
    "UseOfForce": ("use of force", "CAMEO 18-20 / PLOVER ASSAULT"),
    "Ceasefire": ("ceasefire", "CAMEO 0871 / PLOVER RETREAT"),
    "Yield": ("concession", "CAMEO 08 / PLOVER RETREAT"),
    "Sanction": ("sanction", "CAMEO 16 / PLOVER SANCTION"),
    "Arrest": ("arrest", "CAMEO 173 / PLOVER COERCE"),
    "Trial": ("trial", ""),
    "Election": ("election", ""),
    "Legislate": ("lawmaking", ""),
    "Resignation": ("resignation", "PLOVER RETREAT"),
    "Appointment": ("appointment", ""),
    "Merger": ("merger", ""),
    "Business": ("business", ""),
    "Disaster": ("disaster", ""),
    "Accident": ("accident", ""),
    "Death": ("death", ""),
    "Crime": ("crime", ""),
    "Contest": ("contest", ""),
    "Movement": ("movement", ""),
    "OtherEvent": ("event", ""),
}
OTHER = "OtherEvent"

# Family name -> the types that may describe one happening. A type in no family is a
# family of its own. OtherEvent is no family member: an untyped event is known only by
# its word, so the caller compares words (see :func:`compatible`).
FAMILIES: dict[str, frozenset[str]] = {
    "meeting": frozenset({"Consult", "Negotiate"}),  # "the talks" = "the meeting"
    "deal": frozenset({"Agree", "Merger", "Business"}),  # "acquires" = "the deal"
    "violence": frozenset({"UseOfForce", "Crime"}),  # "the shooting" = "the attack"
    "calamity": frozenset({"Disaster", "Accident"}),  # "the crash" read either way
}
_FAMILY_OF = {t: name for name, types in FAMILIES.items() for t in types}

# Among the types of one event's reports (one family, or kin across articles), the one
# it takes when its reports are split evenly: the more specific reading first, and an
# act before its outcome ("the killing" tells who did it, "the death" does not).
SPECIFICITY = (
    "Negotiate", "Consult", "Merger", "Agree", "Business", "Crime", "UseOfForce",
    "Disaster", "Accident", "Arrest", "Trial", "Appointment", "Election", "Resignation",
    "Death", "Yield",
)  # fmt: skip

# Words whose report is also a report of a death: the act names its outcome ("X was
# killed", "the murder of X" and "X died" can tell one happening; "X was shot" cannot:
# many survive). Lemmas as the extractor gives them, verbs and nouns.
KILLING = words(
    "kill killing murder slay slaying assassinate assassination execute execution "
    "massacre behead beheading homicide manslaughter lynch lynching"
)

# Words whose report is also a report of a journey: a visit is travel to where it is
# paid ("Dunne visited Baku" and "Dunne travelled to Baku" the same week tell one trip),
# while a meeting and a journey in general stay two kinds of event.
VISITING = words("visit trip tour")


def family(kind: str) -> str:
    """The family of an event type (the type itself when it has none)."""
    return _FAMILY_OF.get(kind, kind)


def compatible(a: str, b: str) -> bool:
    """Whether events typed ``a`` and ``b`` may be one happening. OtherEvent fits only
    OtherEvent here; whether two untyped events match is up to their words."""
    return family(a) == family(b)


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    """Word -> the families of every type the trigger table lists it under (any part of
    speech): two or more for a word of several senses. Single words only: "return fire"
    makes "return" no use of force."""
    out: dict[str, set[str]] = {}
    for kind, _, lemmas in table_rows("event_triggers.tsv", 3):
        if kind in EVENT_TYPES and kind != OTHER:
            for lemma in (x.strip().lower() for x in lemmas.split("|")):
                if lemma and " " not in lemma:
                    out.setdefault(lemma, set()).add(family(kind))
    for lemma in KILLING:
        out.setdefault(lemma, set()).add(family("Death"))
    for lemma in VISITING:
        out.setdefault(lemma, set()).add(family("Movement"))
    return {w: frozenset(f) for w, f in out.items()}


def readings(kind: str, lemma: str) -> frozenset[str]:
    """The families a report typed ``kind`` whose main word is ``lemma`` can be read in:
    its type's, and, when the word itself is listed under that type, every other the
    word names ("capture" typed a use of force is an arrest too; "killed" a death). A
    type the word does not give ("returned" typed a use of force as part of "returned
    fire") opens no other reading. An untyped report has none: only its word tells it."""
    if kind == OTHER:
        return frozenset()
    own = family(kind)
    senses = _senses().get(lemma.lower(), frozenset())
    return frozenset({own}) | (senses if own in senses else frozenset())


def worded(kind: str, lemma: str) -> bool:
    """Whether the trigger table lists the word ``lemma`` under the family of ``kind``:
    "hit" names a calamity and a use of force, "fall" a calamity, "launch" a deal. A
    report typed by such a word and an untyped report of the same word may be one
    happening that only one article's context typed ("a climber has fallen to his death",
    "climber falls from a mountain")."""
    return kind != OTHER and family(kind) in _senses().get(lemma.lower(), frozenset())


def kin(kind_a: str, lemma_a: str, kind_b: str, lemma_b: str) -> bool:
    """Whether two reports of two articles may be one happening as far as their types
    and words tell: one family, or one's type a reading of the other's word ("killed" /
    "died", "captured" / "arrested", "fired" / "the firing"). Not symmetric in the words
    alone, so both ways are tried; "shot" / "died" and "trial" / "death" never are."""
    if compatible(kind_a, kind_b):
        return True
    if OTHER in (kind_a, kind_b):
        return False
    return family(kind_b) in readings(kind_a, lemma_a) or family(kind_a) in readings(
        kind_b, lemma_b
    )


def shared_readings(reports: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The families every typed report (type, main word) of one event can be read in
    (:func:`readings`): "visited Baku" (a meeting or a journey) and "travelled to Baku"
    (a journey) share the journey. Empty when no report is typed, when they share none
    (reports of one family always share it), or when the one shared is the death a
    killing told as an act names: "killed" and "died" stay the act, whose doer is the
    killer, where a death's doer is the one who died."""
    reports = [(kind, lemma) for kind, lemma in reports if kind != OTHER]
    sets = [readings(kind, lemma) or frozenset({family(kind)}) for kind, lemma in reports]
    shared = frozenset.intersection(*sets) if sets else frozenset()
    death = family("Death")
    if shared == {death} and any(w in KILLING and family(k) != death for k, w in reports):
        return frozenset()
    return shared


def pick_type(types: Iterable[str], within: Collection[str] = ()) -> str:
    """One type for an event whose mentions or reports carry ``types`` (one family):
    the most frequent typed reading, ties to the more specific, then alphabetical.

    ``within`` (families, :func:`shared_readings`) keeps the types of reports merged as
    kin to a reading every report admits: the envoy who "visited" two capitals and
    "travelled to" them made a journey, not a meeting, whichever word more outlets used;
    a type no report of the other word can be read in would state more than they tell."""
    counts = Counter(types)
    if within:
        counts = Counter({t: n for t, n in counts.items() if family(t) in within}) or counts
    typed = {t: n for t, n in counts.items() if t != OTHER} or dict(counts)
    order = {t: i for i, t in enumerate(SPECIFICITY)}
    return min(typed, key=lambda t: (-typed[t], order.get(t, len(order)), t))
