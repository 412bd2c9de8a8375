"""The event taxonomy: kg's event types and the families of types one event can carry.

Shared vocabulary (core): the extractor types mentions with it, the linker decides with
it which reports may be one event, and cards, tables and the page label events with it.

Why families: two outlets often type one happening differently ("GM acquires Opel" read
as a merger, "the deal" as an agreement; "the talks" and "the meeting"). Mentions whose
types share a family may be one event; types of different families never are, so a
merge never mixes, say, a death with a trial. A merged event keeps one type:
:func:`pick_type`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

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

# Among types of one family, the one a merged event takes when its reports are split
# evenly: the more specific reading first.
SPECIFICITY = (
    "Negotiate", "Consult", "Merger", "Agree", "Business", "Crime", "UseOfForce",
    "Disaster", "Accident",
)  # fmt: skip


def family(kind: str) -> str:
    """The family of an event type (the type itself when it has none)."""
    return _FAMILY_OF.get(kind, kind)


def compatible(a: str, b: str) -> bool:
    """Whether events typed ``a`` and ``b`` may be one happening. OtherEvent fits only
    OtherEvent here; whether two untyped events match is up to their words."""
    return family(a) == family(b)


def pick_type(types: Iterable[str]) -> str:
    """One type for an event whose mentions or reports carry ``types`` (one family):
    the most frequent typed reading, ties to the more specific, then alphabetical."""
    counts = Counter(types)
    typed = {t: n for t, n in counts.items() if t != OTHER} or dict(counts)
    order = {t: i for i, t in enumerate(SPECIFICITY)}
    return min(typed, key=lambda t: (-typed[t], order.get(t, len(order)), t))
