"""Fold exact and near-duplicate articles into one text with several sources.

A wire story that five outlets print is one account of what happened, not five. Parsed
five times it would give five copies of every event, which the cross-article merge
would then count as five independent reports of it. So before the parse, articles
whose text is the same (after case and punctuation) or nearly the same are folded:
the earliest-dated one is kept and read, the others become its
:class:`~kg.model.Copy` records (outlet, address, headline, date), which the graph and
the cards list as further sources of the same text.

Near duplicates are found with MinHash over word 5-shingles and locality-sensitive
hashing (:func:`_signature`, :class:`_Bands`), so each article is compared only with the
few that share a band of its signature, never with every other one. A candidate folds
only when, checked exactly, (1) the Jaccard similarity of the two shingle sets reaches
:data:`THRESHOLD`, (2) the two were published within :data:`WINDOW_DAYS` of each other
(or a date is unknown) and (3) the numbers of one are found in the other. Wire services
repeat templates ("Fed adds reserves via customer repurchases", "Bundesbank leaves
credit policies unchanged", "X unit gets 304 mln dlr contract") whose text is nearly or
even exactly the same from one week or one company to the next: the date and the numbers
tell those apart, where a reprint keeps both.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache

import numpy as np

from kg.model import Copy, DocResult, Document

# Word 5-shingles: shorter ones (1-3 words) are shared by any two reports of the same
# news ("the prime minister said on"), longer ones let one changed word hide a whole
# sentence.
SHINGLE = 5
# Jaccard similarity of the shingle sets at which two articles are one text. On BBC News
# and Reuters-21578 every pair from 0.5 up that passes the date and number checks is
# one story: a reprint, a corrected or shortened resend, a version with paragraphs
# added (one closing paragraph on a 300-word story still gives ~0.8); under 0.5 come
# rewrites with new facts ("Goldsmith denies war advice claim" / "'I was not leant
# on'", 0.47) and stories sharing background paragraphs. Different outlets' own reports
# of one event (ECB+) stay far below. With the checks below, 575 of Reuters' 17,418
# articles fold into 564 texts, 165 of BBC's 2,225 (its known repeats) and 5 of 462 in
# the ECB+ train topics, each a reprint of one text on another site.
THRESHOLD = 0.5
# Days between two articles' publication dates past which they are not one text: on
# Reuters-21578 every pair over 0.5 that lies more than 3 days apart is a recurring
# template (weekly Bundesbank, daily Fed, monthly USDA reports), none a reprint.
WINDOW_DAYS = 3
# Share of the numbers of the article with fewer of them that the other must contain.
NUMBERS = 0.9
NUM_PERM = 128  # MinHash permutations: LSH banding error ~ 1/sqrt(128)
SEED = 1  # fixed, so the same articles give the same signatures in every run
# An article with fewer shingles (a few-sentence brief) folds only when its text and its
# headline are exactly another's: a handful of shared phrases is no evidence of one
# text, and on Reuters-21578 a one-line body ("Record April 3.", "Note: 4th qtr data
# not given.") recurs under the headlines of dozens of companies.
MIN_SHINGLES = 20

_WORD = re.compile(r"\w+(?:[.,:]\d+)*")  # "3.2" and "1,500" stay one word
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def _words(text: str) -> list[str]:
    """The text's words, case-folded: punctuation, spacing and case do not tell texts apart."""
    return _WORD.findall(text.casefold())


def _shingles(words: Sequence[str]) -> set[bytes]:
    return {
        " ".join(words[i : i + SHINGLE]).encode("utf-8", "surrogatepass")
        for i in range(max(1, len(words) - SHINGLE + 1))
    }


def jaccard(a: set[bytes], b: set[bytes]) -> float:
    """Shared shingles over all shingles of the two texts."""
    return len(a & b) / len(a | b) if a or b else 1.0


# MurmurHash3's 32-bit finaliser: spreads SHA-1's first four bytes before the affine
# permutations, as datasketch's "affine32" MinHash does.
_MIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine maps h -> a*h + b (mod 2**32, ``a`` odd so each is a bijection), drawn
    from ``seed`` in the order datasketch 2 draws them: the signatures, so the bands
    and the candidates, are the ones its ``MinHash(num_perm, seed)`` gave."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _signature(shingles: frozenset[bytes] | set[bytes]) -> np.ndarray:
    """The MinHash signature of a shingle set (``NUM_PERM`` 32-bit minima).

    Our own few lines rather than datasketch's ``MinHash``: importing datasketch imports
    scipy (0.35 s of CPU, ~0.5 s of clock), which every build of two articles or more
    paid before its parse (issue 24), for a computation numpy (already loaded by spaCy)
    does in the same time. The values are datasketch 2's, so the folds are unchanged.
    """
    hv = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),
        dtype=np.uint32,
        count=len(shingles),
    )
    s1, m1, s2, m2, s3 = _MIX
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    a, b = _permutations(NUM_PERM, SEED)
    return (hv[:, None] * a + b).min(axis=0)


@lru_cache(maxsize=8)
def _band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands ``b`` of ``r`` signature values that weigh missed and spurious candidates
    equally at ``threshold``: the (b, r) with b*r <= num_perm that minimises the area
    under the false-positive curve below the threshold plus the area under the
    false-negative curve above it (the choice datasketch's MinHashLSH makes with scipy).
    The curves are polynomials of degree b*r <= num_perm, which Gauss-Legendre with
    num_perm/2 + 1 nodes integrates exactly, so no scipy is needed."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = (nodes + 1) * threshold / 2  # the nodes mapped onto [0, threshold]
    above = threshold + (nodes + 1) * (1 - threshold) / 2  # and onto [threshold, 1]
    best, shape = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            spurious = weights @ (1 - (1 - below**r) ** b) * threshold / 2
            missed = weights @ ((1 - above**r) ** b) * (1 - threshold) / 2
            error = 0.5 * spurious + 0.5 * missed
            if error < best:
                best, shape = error, (b, r)
    return shape


class _Bands:
    """Locality-sensitive hashing over MinHash signatures: two texts are candidates
    when all ``r`` values of one of their ``b`` bands are equal."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.b, self.r = _band_shape(threshold, num_perm)
        self.tables: list[dict[bytes, list[int]]] = [{} for _ in range(self.b)]

    def _keys(self, signature: np.ndarray) -> list[bytes]:
        r = self.r
        return [signature[i * r : (i + 1) * r].tobytes() for i in range(self.b)]

    def insert(self, key: int, signature: np.ndarray) -> None:
        for table, band in zip(self.tables, self._keys(signature), strict=True):
            table.setdefault(band, []).append(key)

    def query(self, signature: np.ndarray) -> set[int]:
        """The keys inserted with a band equal to one of ``signature``'s."""
        found: set[int] = set()
        for table, band in zip(self.tables, self._keys(signature), strict=True):
            found.update(table.get(band, ()))
        return found


def _rank(doc: Document | Copy) -> tuple[bool, date, str]:
    """Which of a group is kept: the earliest dated, then the first by id (undated last),
    so the choice never depends on the order the files were named in."""
    return (doc.published is None, doc.published or date.min, doc.id)


def copy_of(doc: Document) -> Copy:
    """What the graph keeps of a folded article: enough to cite it as a source."""
    return Copy(doc.id, doc.title, doc.outlet, doc.url, doc.published)


def fold_duplicates(
    documents: Sequence[Document], keep: bool = False, threshold: float = THRESHOLD
) -> list[Document]:
    """The documents with each exact or near-duplicate folded into the one kept.

    Returns the kept documents in their input order; each carries its folded copies
    in ``copies`` (earliest first). ``keep`` (``--keep-duplicates``) leaves every
    article as its own text. A copy must be like the kept text itself, not only like
    another copy, so a chain of small edits never joins two different stories.
    """
    if keep or len(documents) < 2:
        return list(documents)

    # Words are made again when needed rather than held for every article: at 100,000
    # articles the word lists alone would take gigabytes.
    @lru_cache(maxsize=4096)
    def words(i: int) -> tuple[str, ...]:
        return tuple(_words(documents[i].text))

    @lru_cache(maxsize=4096)
    def shingles(i: int) -> frozenset[bytes]:
        return frozenset(_shingles(words(i)))

    @lru_cache(maxsize=4096)
    def numbers(i: int) -> frozenset[str]:
        return frozenset(w for w in words(i) if _NUMBER.fullmatch(w))

    def same_story(i: int, j: int) -> bool:
        return _near_in_time(documents[i], documents[j]) and _numbers_kept(numbers(i), numbers(j))

    lsh = _Bands(threshold, NUM_PERM)
    exact: dict[bytes, list[int]] = {}  # digest of the words -> kept documents with them
    home: dict[int, int] = {}  # index of a copy -> index of the document it folds into
    for i in sorted(range(len(documents)), key=lambda i: _rank(documents[i])):
        long = len(words(i)) >= MIN_SHINGLES + SHINGLE - 1
        said = words(i) if long else (*words(i), "\n", *_words(documents[i].title or ""))
        digest = hashlib.sha1(" ".join(said).encode("utf-8", "surrogatepass")).digest()
        kept = next((j for j in exact.get(digest, ()) if same_story(i, j)), None)
        if kept is None and long:
            signature = _signature(shingles(i))
            best = -1.0  # the most similar kept text at or over the threshold wins
            for j in sorted(lsh.query(signature)):
                score = jaccard(shingles(i), shingles(j))
                if score >= threshold and score > best and same_story(i, j):
                    kept, best = j, score
            if kept is None:
                lsh.insert(i, signature)
        if kept is None:
            exact.setdefault(digest, []).append(i)
        else:
            home[i] = kept
    if not home:
        return list(documents)
    copies: dict[int, list[int]] = {}
    for i, kept in home.items():
        copies.setdefault(kept, []).append(i)
    out = []
    for i, doc in enumerate(documents):
        if i in home:
            continue
        if i in copies:
            # a folded article brings the copies it already had (a text built before)
            folded = [c for j in copies[i] for c in (copy_of(documents[j]), *documents[j].copies)]
            doc = dataclasses.replace(doc, copies=sorted([*doc.copies, *folded], key=_rank))
        out.append(doc)
    return out


def refold(
    results: Sequence[DocResult],
    given: Sequence[Document],
    before: Mapping[str, Sequence[Copy]],
    keep: bool = False,
) -> tuple[list[DocResult], set[str]]:
    """An update's texts folded again, across the stored texts and the new ones, as a
    full build of the same articles would fold them.

    ``results`` are every text's extraction (read back from the state or just parsed),
    ``given`` the articles the update read (already folded among themselves), and
    ``before`` the copies stored with each text that was parsed again, which it keeps
    unless the update gave that article again. Returns the results of the texts kept,
    each document with its copies, and the ids of those whose copies changed (their
    stored line must be written again). A new article that copies a stored text was
    parsed for nothing, but it is listed as that text's copy, not as a text of its own.
    """
    if keep:
        return list(results), set()
    fresh = {d.id: d for d in given}
    named = set(fresh) | {c.id for d in given for c in d.copies}
    texts = {r.doc.id for r in results}
    docs = []
    for r in results:
        old = before.get(r.doc.id, r.doc.copies)
        # an article given again counts in its new version; a text stands as itself
        copies = [c for c in old if c.id not in named and c.id not in texts]
        if r.doc.id in fresh:
            copies += [c for c in fresh[r.doc.id].copies if c.id not in texts]
        docs.append(dataclasses.replace(r.doc, copies=sorted(copies, key=_rank)))
    by_id = {r.doc.id: r for r in results}
    out, changed = [], set()
    for d in fold_duplicates(docs):
        r = by_id[d.id]
        if d.copies != r.doc.copies:
            r = dataclasses.replace(r, doc=d)
            changed.add(d.id)
        out.append(r)
    return out, changed


def _near_in_time(a: Document, b: Document) -> bool:
    """Published within :data:`WINDOW_DAYS` of each other, or a date is unknown."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= WINDOW_DAYS


def _numbers_kept(a: frozenset[str], b: frozenset[str]) -> bool:
    """The numbers of the text with fewer of them are (nearly all) in the other one:
    a reprint keeps its figures, a template filled in again changes them."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return not small or len(small & big) >= NUMBERS * len(small)


def summary(documents: Sequence[Document]) -> str | None:
    """The build summary's line on folded articles, or None when none were folded."""
    folded = [d for d in documents if d.copies]
    if not folded:
        return None
    n = sum(len(d.copies) for d in folded)
    return (
        f"{n} near-duplicate article{'s' * (n != 1)} folded into {len(folded)} "
        f"text{'s' * (len(folded) != 1)}: syndicated copies of one text count once as "
        "evidence and are listed as its sources (--keep-duplicates reads each on its own)"
    )
