"""Copies of a release: word shingles, sampled anchors, Jaccard similarity.

One word for one idea: a release's *copies* are its near-copies (the same
text republished elsewhere); they share a *copy group*, and a search
*folds* each group into one hit that names the copies' sources. (The index
stores the group under its first name, ``dup_group``: renaming a stored
field would make every index unreadable until rebuilt.)

The same release republished by another site, or with a paragraph cut or a
typo fixed, shares most of its 5-word shingles with the original. Comparing
every pair is quadratic, so each document is indexed under its few shingles
with the smallest hashes ("anchors", a bottom-k min-hash sketch); two near
copies share most of their shingles, hence most of their smallest ones, so the
documents sharing anchors with a new one are its only candidates, and the exact
Jaccard similarity of their shingle sets decides.
"""

from __future__ import annotations

import zlib
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date

import numpy as np

from .documents import words_of

SHINGLE_WORDS = 5
# At or above this Jaccard similarity of 5-word shingle sets two documents are
# one release. Chosen on hand-checked pairs from the shared press dumps: see
# benchmarks/duplicates.py.
NEAR_COPY_JACCARD = 0.7
# A document is indexed under its LOOKUP_ANCHORS smallest shingle hashes and
# compared with the documents sharing most of them, at most
# DUPLICATE_CANDIDATES of them, in the index and in its own batch alike. A
# fixed few rather than the former one-in-eight sample of a release's
# shingles: far fewer anchor postings and terms, which were a noticeable
# share of all postings written, and benchmarks/duplicates.py folds the same
# pairs (see docs/benchmarks.md).
LOOKUP_ANCHORS = 8
DUPLICATE_CANDIDATES = 5
# The latest documents looked at under one anchor. Templated releases (one
# boilerplate body, a number changed) all share their anchors, like a stop
# word: counting every earlier one for every new one made a batch's copy
# search quadratic (8,000 such records took half a minute, 30,000 over a
# quarter of an hour). A copy is looked for among the latest this many.
ANCHOR_CANDIDATES = 256
# Too short to judge: a 12-word body shares shingles with anything boilerplate.
MIN_WORDS = 40

# Copies carry (nearly) the same headline. Scrapers that saved a site's
# boilerplate instead of the release give different releases the same body,
# so the title must agree too.
TITLE_JACCARD = 0.5
# Copies appear within days of each other (co-sponsors post the same day);
# a statement two weeks later ("after the Senate passes" vs "votes to advance")
# is a new release reusing old words.
MAX_DAYS_APART = 3


# Shingle hashes: each word's CRC-32 (stable across processes and runs, as
# the anchors stored in the index must be), combined five at a time by a
# multiply-add over 64 bits and mixed down to 32. Done for a whole body at
# once with numpy rather than a word at a time in Python, which cost much
# more (docs/benchmarks.md).
_COMBINE = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_MIX_SHIFT = np.uint64(31)
_HIGH_HALF = np.uint64(32)
_NO_SHINGLES = np.empty(0, dtype=np.uint32)
# word -> CRC-32, shared by every document of the process; cleared when
# full, so its memory stays bounded (tens of MB; docs/benchmarks.md).
_WORD_HASHES: dict[str, int] = {}
_WORD_HASH_CACHE_SIZE = 200_000


def _word_hashes(words: list[str]) -> np.ndarray:
    cache = _WORD_HASHES
    try:  # every word seen before, most often
        return np.fromiter(map(cache.__getitem__, words), np.uint64, len(words))
    except KeyError:
        pass
    hashes = list(map(cache.get, words))
    if None in hashes:
        if len(cache) >= _WORD_HASH_CACHE_SIZE:
            cache.clear()
        for place, found in enumerate(hashes):
            if found is None:
                word = words[place]
                hashes[place] = cache[word] = zlib.crc32(word.encode("utf-8"))
    return np.array(hashes, dtype=np.uint64)


def shingles(text: str, words: list[str] | None = None) -> np.ndarray:
    """Return the hashes of the text's 5-word shingles (lower-cased words).

    A sorted array of distinct 32-bit hashes; empty for texts under
    MIN_WORDS words.

    Args:
        words: ``words_of(text)``, when the caller has it already.
    """
    if words is None:
        words = words_of(text)
    if len(words) < MIN_WORDS:
        return _NO_SHINGLES
    hashes = _word_hashes(words)
    count = len(words) - SHINGLE_WORDS + 1
    combined = hashes[:count] * _COMBINE  # wraps around at 2**64, as intended
    for offset in range(1, SHINGLE_WORDS):
        combined += hashes[offset : offset + count]
        if offset < SHINGLE_WORDS - 1:
            combined *= _COMBINE
    combined ^= combined >> _MIX_SHIFT
    combined *= _MIX
    combined >>= _HIGH_HALF
    # Sorted and distinct; np.unique does the same with more set-up per call,
    # which for a release's few hundred shingles costs more than the work.
    hashes = np.sort(combined.astype(np.uint32))
    distinct = np.empty(len(hashes), dtype=bool)
    distinct[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=distinct[1:])
    return hashes[distinct]


def anchors(shingle_set: np.ndarray) -> list[str]:
    """Return the shingles a document is indexed under (its smallest), as terms."""
    return [f"{h:08x}" for h in shingle_set[:LOOKUP_ANCHORS].tolist()]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return |a & b| / |a | b| of two shingle arrays (0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (len(a) + len(b) - shared)


def title_words(title: str) -> set[str]:
    """Return the lower-cased words of a title."""
    return set(words_of(title))


def is_near_copy(
    shingles_a: np.ndarray,
    shingles_b: np.ndarray,
    *,
    titles: tuple[str, str],
    dates: tuple[date | None, date | None],
) -> bool:
    """Return True when two documents are one release published twice."""
    first, second = dates
    if first and second and abs((first - second).days) > MAX_DAYS_APART:
        return False
    words_a, words_b = (title_words(t) for t in titles)
    if (
        words_a
        and words_b
        and len(words_a & words_b) / len(words_a | words_b) < TITLE_JACCARD
    ):
        return False
    return jaccard(shingles_a, shingles_b) >= NEAR_COPY_JACCARD


@dataclass(slots=True)
class _Seen:
    doc_id: str
    group: str
    # 4 bytes a shingle (a sorted uint32 array): a set of Python ints costs
    # over ten times that, which a big batch held by the hundred MB
    # (docs/benchmarks.md).
    shingles: np.ndarray
    title: str
    date: date | None


class BatchCopies:
    """Remembers the documents written in one batch, to group copies within it.

    Documents of the batch are not searchable until it commits, so copies
    arriving in the same batch are matched here, in memory, by their anchors.
    """

    def __init__(self) -> None:
        self._by_anchor: dict[str, list[_Seen]] = defaultdict(list)

    def find_group(
        self,
        shingle_set: np.ndarray,
        anchor_terms: list[str],
        *,
        title: str,
        published: date | None,
    ) -> str | None:
        """Return the group of an earlier document of the batch this one copies."""
        shared: dict[str, int] = {}
        by_id: dict[str, _Seen] = {}
        for anchor in anchor_terms[:LOOKUP_ANCHORS]:
            for seen in self._by_anchor.get(anchor, ())[-ANCHOR_CANDIDATES:]:
                shared[seen.doc_id] = shared.get(seen.doc_id, 0) + 1
                by_id[seen.doc_id] = seen
        likeliest = sorted(shared, key=shared.__getitem__, reverse=True)[
            :DUPLICATE_CANDIDATES
        ]
        for seen in (by_id[doc_id] for doc_id in likeliest):
            if is_near_copy(
                shingle_set,
                seen.shingles,
                titles=(title, seen.title),
                dates=(published, seen.date),
            ):
                return seen.group
        return None

    def remember(
        self,
        doc_id: str,
        group: str,
        shingle_set: np.ndarray,
        anchor_terms: list[str],
        *,
        title: str,
        published: date | None,
    ) -> None:
        """Add a written document to the batch."""
        seen = _Seen(doc_id, group, shingle_set, title, published)
        for anchor in anchor_terms:
            self._by_anchor[anchor].append(seen)


def find_indexed_copy(
    reader, document, shingle_set: np.ndarray, anchor_terms: list[str]
) -> str | None:
    """Return the group of an indexed document that ``document`` is a copy of.

    Reads the postings of a few anchors directly instead of running a scored
    query. The smallest shingle of two copies' union is in both with odds
    equal to their Jaccard similarity (>= 0.7), and then it is an anchor of
    both; sharing none of 8 anchors is about as likely as 0.3 ** 8.
    """
    shared: dict[int, int] = {}
    for term in anchor_terms[:LOOKUP_ANCHORS]:
        latest = deque(reader.documents_with("anchors", term), ANCHOR_CANDIDATES)
        for docnum in latest:
            shared[docnum] = shared.get(docnum, 0) + 1
    likeliest = sorted(shared, key=shared.__getitem__, reverse=True)[
        :DUPLICATE_CANDIDATES
    ]
    for docnum in likeliest:
        candidate = reader.stored(docnum)
        if candidate["id"] == document.id:
            continue
        stored_date = candidate.get("date")
        if is_near_copy(
            shingle_set,
            shingles(candidate.get("body", "")),
            titles=(document.title, candidate.get("title", "")),
            dates=(document.date, stored_date.date() if stored_date else None),
        ):
            return candidate.get("dup_group") or candidate["id"]
    return None
