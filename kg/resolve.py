"""Resolve: one actor per real-world entity, within and across documents.

Why conservative: a false merge (two people called Smith made one) corrupts every
fact about both, while a missed merge only duplicates a node. So names merge when
they are the same after normalisation, countries through the country table, and a
lone surname only when exactly one full name in the whole build ends with it. Every
merge beyond identical names records its reason on the actor.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

from . import gazetteer
from .model import COUNTRY, PERSON, Actor, DocResult


def slug(text: str) -> str:
    """An IRI-safe, stable local name: ASCII-folded words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-").lower()
    if not s or len(s) < len(text) // 2:  # mostly non-Latin: keep it unique and stable
        s = (s + "-" if s else "x-") + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return s[:80]


def resolve(results: list[DocResult]) -> dict[str, Actor]:
    """Assign ``actor_id`` to every mention and return the actors by id.

    Also rewrites statement speakers, event participants and places from names
    to actor ids, so later stages see only resolved actors.
    """
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for m in r.actors:
            kinds[m.name][m.kind] += 1
    kind_of = {name: c.most_common(1)[0][0] for name, c in kinds.items()}
    for name, c in kinds.items():  # a name that is a person anywhere is a person
        if c[PERSON] and kind_of[name] != COUNTRY:
            kind_of[name] = PERSON

    full_names: dict[str, set[str]] = defaultdict(set)
    for name, kind in kind_of.items():
        parts = name.split()
        if kind == PERSON and len(parts) > 1:
            full_names[parts[-1]].add(name)
    canonical: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for name, kind in kind_of.items():
        target = name
        if kind == PERSON and len(name.split()) == 1 and len(full_names.get(name, ())) == 1:
            target = next(iter(full_names[name]))
            reasons[name] = f"{name!r} is the surname of the only full name {target!r} in the build"
        canonical[name] = target

    actors: dict[str, Actor] = {}
    ids: dict[str, str] = {}
    taken: dict[str, str] = {}
    for name in sorted(canonical, key=lambda n: (canonical[n], n)):
        target = canonical[name]
        if target not in ids:
            kind = kind_of.get(target, kind_of[name])
            aid = slug(target)
            if aid in taken and taken[aid] != target:
                aid = f"{aid}-{kind}"
            taken[aid] = target
            ids[target] = aid
            c = gazetteer.country(target) if kind == COUNTRY else None
            actors[aid] = Actor(aid, target, kind, wikidata=c.wikidata if c else None)
        aid = ids[target]
        ids[name] = aid
        if name in reasons and reasons[name] not in actors[aid].merge_reasons:
            actors[aid].merge_reasons.append(reasons[name])

    for r in results:
        for m in r.actors:
            actor = actors[ids[m.name]]
            m.actor_id = actor.id
            actor.mentions.append(m.evidence)
            surface = " ".join(m.evidence.text.split())
            if surface != actor.name:
                actor.aliases.add(surface)
            if m.title:
                actor.titles.add(m.title)
        for st in r.statements:
            if st.speaker_name in ids:
                st.speaker = ids[st.speaker_name]
            about = [ids[n] for n in st.about_actors if n in ids]
            st.about_actors = [
                a for i, a in enumerate(about) if a not in about[:i] and a != st.speaker
            ]
        for ev in r.events:
            for p in ev.participants:
                p.actor = ids.get(p.actor, p.actor)
            if ev.place is not None:
                ev.place = ids.get(ev.place, ev.place)
    for actor in actors.values():
        actor.mentions.sort()
    return actors
