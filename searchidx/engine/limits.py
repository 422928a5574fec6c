"""Bounds on what one query may cost: length, nesting, expansions and time.

A search engine that answers anyone's query must not let one short query
take minutes: `*a*` expanded to every word the index holds, `url:*http*`
to every url, and a word thousands of letters long sent the spelling
corrector into an automaton far too big to build. Lucene and Elasticsearch
cap the same things (``max_clause_count``, ``max_expansions``, a search
timeout); these are our caps, each refused with one line that says how to
narrow the query.
"""

from __future__ import annotations

import re
import time
from functools import partial
from itertools import islice

from whoosh import query
from whoosh.matching import ListMatcher, NullMatcher

from ..errors import QueryError, QueryTimeoutError
from .ranking import union_of_postings

# Longer than any typed query or pasted question (the longest of the public
# test collections' questions is 2,083 characters), far shorter than what
# makes parsing or ranking expensive.
MAX_QUERY_CHARS = 4000
# Parentheses deeper than this are generated, not typed, and each level is
# a recursion of Whoosh's parser.
MAX_NESTING = 20
# Words one wildcard, prefix or range may stand for (Lucene's default
# max_clause_count is 1,024).
MAX_EXPANSIONS = 1024
# A search stopped past this many seconds (settable per search).
DEFAULT_TIMEOUT_S = 5.0
# Words of the lexicon scanned between two looks at the clock.
_SCAN_STEP = 4096


class Deadline:
    """The moment a search must end by."""

    def __init__(self, text: str, seconds: float | None) -> None:
        self.text = text
        self.seconds = seconds
        self._at = None if seconds is None else time.monotonic() + seconds
        # What bound_expansions found each wildcard and range to stand for,
        # in query order: (as shown, is a range, words). A part of a sharded
        # collection sends them on (check_joined_expansions).
        self.expanded: list[tuple[str, bool, tuple[bytes, ...]]] = []

    def remaining(self) -> float | None:
        """Return the seconds left (at least a millisecond), or None for no limit."""
        if self._at is None:
            return None
        return max(self._at - time.monotonic(), 0.001)

    def check(self) -> None:
        """Raise QueryTimeoutError when the time is up."""
        if self._at is not None and time.monotonic() > self._at:
            raise QueryTimeoutError(self.text, self.seconds)


def check_query_text(text: str) -> None:
    """Refuse a query too long or too deeply nested to be worth parsing.

    Raises:
        QueryError: it is longer than MAX_QUERY_CHARS or nests deeper than MAX_NESTING.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            text[:40] + "...",
            f"{len(text):,} characters long; at most {MAX_QUERY_CHARS:,}",
        )
    depth = deepest = 0
    for char in text:
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(
            text, f"parentheses nest {deepest} deep; at most {MAX_NESTING}"
        )
    for phrase in _PHRASE.findall(text):
        if _PHRASE_WILDCARD.search(phrase):
            # Whoosh drops the wildcard of a phrase's word and matches the
            # rest: "pleaded guil*" found nothing, silently.
            raise QueryError(
                text,
                f'a phrase cannot hold a wildcard ("{phrase}"); '
                "search its words without the quotes",
            )


_PHRASE = re.compile(r'"([^"]*)"')
# A wildcard inside a phrase's word: "guil*", "g?ilty" (not a question mark
# ending a quoted sentence: "What next?").
_PHRASE_WILDCARD = re.compile(r"\w\*|\*\w|\?\w")


def bound_expansions(parsed: query.Query, reader, deadline: Deadline) -> frozenset[str]:
    """Expand each wildcard, prefix and range of ``parsed`` once, within the caps.

    Each node is then matched from the words found, as one merged list of
    postings with a constant score (as Lucene rewrites a wildcard), so the
    search neither scans the word list again nor unions hundreds of terms
    one document at a time.

    Returns:
        The words of the body and title the expansions stand for, to
        highlight in snippets (the merged list does not name them per hit).

    Raises:
        QueryError: a term stands for more than MAX_EXPANSIONS words, or the
            query is a bare ``*``.
        QueryTimeoutError: scanning the word list ran past the deadline.
    """
    leaves = [parsed] if parsed.is_leaf() else list(parsed.leaves())
    highlighted: set[str] = set()
    total = 0
    for leaf in leaves:
        # field:* (Every with a field) stands for every word of the field:
        # Whoosh reads all their postings to find the documents, unbounded.
        every_word = isinstance(leaf, query.Every) and leaf.fieldname not in (
            None,
            "",
            "*",
        )
        if not (isinstance(leaf, query.MultiTerm) or every_word):
            continue
        if leaf.field() not in reader.schema:
            continue
        scan = (
            _every_word(leaf, reader, deadline)
            if every_word
            else _scanned(leaf, reader, deadline)
        )
        words = list(islice(scan, MAX_EXPANSIONS + 1))
        total += len(words)
        is_range = isinstance(leaf, query.TermRange)
        _check_expansion(deadline.text, _shown(leaf), is_range, len(words), total)
        deadline.expanded.append((_shown(leaf), is_range, tuple(words)))
        # On this query object only, never on Whoosh's classes.
        leaf._btexts = lambda _reader, words=tuple(words): iter(words)
        leaf.matcher = partial(_merged_matcher, leaf, tuple(words))
        if leaf.field() in ("content", "title"):
            from_bytes = reader.schema[leaf.field()].from_bytes
            highlighted.update(from_bytes(word) for word in words)
    return frozenset(highlighted)


def _check_expansion(text: str, shown: str, is_range: bool, words: int, total: int):
    """Refuse a term standing for more than MAX_EXPANSIONS words, or the
    query's terms for more together."""
    if words <= MAX_EXPANSIONS and total > MAX_EXPANSIONS:
        raise QueryError(
            text,
            f"its wildcards and ranges stand for more than {MAX_EXPANSIONS:,} "
            "words together; use fewer or narrow them",
        )
    if words > MAX_EXPANSIONS:
        narrower = "a shorter range" if is_range else "more letters, fewer wildcards"
        raise QueryError(
            text,
            f"{shown} matches more than {MAX_EXPANSIONS:,} words; narrow it ({narrower})",
        )


def check_joined_expansions(text: str, parts: list) -> None:
    """Refuse ``text`` as one index holding every part would: each part's
    ``Deadline.expanded`` counts only its own words, and a wildcard can
    stand for few words in each part and too many in all.

    Raises:
        QueryError: as bound_expansions, over the words of every part.
    """
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return
    total = 0
    for leaf in zip(*parts, strict=True):
        shown, is_range, _ = leaf[0]
        words = len({word for _, _, part_words in leaf for word in part_words})
        total += words
        _check_expansion(text, shown, is_range, words, total)


def _merged_matcher(leaf: query.Query, words: tuple, searcher, context=None):
    """Match ``leaf`` in one segment from its words' postings merged at once."""
    docnums = union_of_postings(searcher.reader(), leaf.field(), words)
    if docnums is None:  # postings in a form not read whole: Whoosh's own way
        return type(leaf).matcher(leaf, searcher, context)
    if not len(docnums):
        return NullMatcher()
    return ListMatcher(docnums.tolist(), all_weights=leaf.boost)


def _every_word(leaf: query.Every, reader, deadline: Deadline):
    """Yield every word of ``leaf``'s field, looking at the clock as it goes."""
    for count, word in enumerate(reader.lexicon(leaf.fieldname)):
        if count % _SCAN_STEP == 0:
            deadline.check()
        yield word


# Fields whose words keep the case the documents give them (a publisher's
# name): a wildcard there matches them whatever the case, as a source:
# filter does ("source:dep*" finds "Department of Justice").
_CASED_FIELDS = ("source",)


def _scanned(leaf: query.MultiTerm, reader, deadline: Deadline):
    """Yield the words ``leaf`` stands for, looking at the clock as the scan goes."""
    if leaf.field() in _CASED_FIELDS and isinstance(
        leaf, (query.Wildcard, query.Prefix)
    ):
        if isinstance(leaf, query.Prefix):
            pattern = re.compile(re.escape(leaf.text) + ".*", re.I | re.S)
        else:
            pattern = re.compile(leaf._get_pattern(), re.I | re.S)
        yield from _lexicon_matching(leaf, reader, deadline, pattern)
        return
    if isinstance(leaf, query.Wildcard) and not leaf._find_prefix(leaf.text):
        # A leading wildcard scans the field's whole word list, within Whoosh's
        # generator where nothing could stop it: scan it here instead.
        pattern = re.compile(leaf._get_pattern())
        yield from _lexicon_matching(leaf, reader, deadline, pattern)
        return
    for count, word in enumerate(leaf._btexts(reader)):
        if count % _SCAN_STEP == 0:
            deadline.check()
        yield word


def _lexicon_matching(leaf, reader, deadline: Deadline, pattern: re.Pattern):
    """Yield the words of ``leaf``'s field that ``pattern`` matches, scanning
    the field's whole word list and looking at the clock as it goes."""
    from_bytes = reader.schema[leaf.fieldname].from_bytes
    for count, word in enumerate(reader.lexicon(leaf.fieldname)):
        if count % _SCAN_STEP == 0:
            deadline.check()
        if pattern.match(from_bytes(word)):
            yield word


def _shown(leaf: query.Query) -> str:
    field = "" if leaf.field() == "content" else f"{leaf.field()}:"
    if isinstance(leaf, query.Every):
        return f"{leaf.field() if leaf.field() != 'content' else 'body'}:*"
    if isinstance(leaf, query.TermRange):
        return f"{field}[{leaf.start} TO {leaf.end}]"
    text = getattr(leaf, "text", "")
    return f"{field}{text}*" if isinstance(leaf, query.Prefix) else f"{field}{text}"
