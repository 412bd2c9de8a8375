"""Fold exact and near-duplicate articles into one text with several sources.

A wire story that five outlets print is one account of what happened, not five. Parsed
five times it would give five copies of every event, which the cross-article merge
would then count as five independent reports of it. So before the parse, articles
whose text is the same (after case and punctuation) or nearly the same are folded:
the earliest-dated one is kept and read, the others become its
:class:`~kg.model.Copy` records (outlet, address, headline, date), which the graph and
the cards list as further sources of the same text.

Near duplicates are found with MinHash over word 5-shingles and locality-sensitive
hashing (datasketch), so each article is compared only with the few that share a band
of its signature, never with every other one. A candidate folds only when, checked
exactly, (1) the Jaccard similarity of the two shingle sets reaches :data:`THRESHOLD`,
(2) the two were published within :data:`WINDOW_DAYS` of each other (or a date is
unknown) and (3) the numbers of one are found in the other. Wire services repeat
templates ("Fed adds reserves via customer repurchases", "Bundesbank leaves credit
policies unchanged", "X unit gets 304 mln dlr contract") whose text is nearly or even
exactly the same from one week or one company to the next: the date and the numbers
tell those apart, where a reprint keeps both.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache

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
    # Imported here, not at the top: datasketch brings scipy (~0.7 s), which a build of
    # one article, a test or an ``--update`` with one new text never needs.
    from datasketch import MinHash, MinHashLSH

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

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    exact: dict[bytes, list[int]] = {}  # digest of the words -> kept documents with them
    home: dict[int, int] = {}  # index of a copy -> index of the document it folds into
    for i in sorted(range(len(documents)), key=lambda i: _rank(documents[i])):
        long = len(words(i)) >= MIN_SHINGLES + SHINGLE - 1
        said = words(i) if long else (*words(i), "\n", *_words(documents[i].title or ""))
        digest = hashlib.sha1(" ".join(said).encode("utf-8", "surrogatepass")).digest()
        kept = next((j for j in exact.get(digest, ()) if same_story(i, j)), None)
        if kept is None and long:
            signature = MinHash(num_perm=NUM_PERM, seed=SEED)
            signature.update_batch(list(shingles(i)))
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
