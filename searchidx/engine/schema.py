"""The Whoosh schema: the fields every index has, their names and the schema version.

Change anything here, or in the analyser (analysis.py), that alters what is
written to disk and you must bump SCHEMA_VERSION: an index built by another
version is refused with a hint to rebuild, instead of answering queries
wrongly.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import datetime

from whoosh.analysis import (
    CompositeAnalyzer,
    IDTokenizer,
    LowercaseFilter,
    RegexTokenizer,
    StripFilter,
)
from whoosh.columns import NumericColumn, RefBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.system import pack_uint

from .analysis import build_analyzer, kept_terms, term_positions
from .codec import CompactPositions

# 17: every file carries a checksum (checksums.py); older indexes have none.
SCHEMA_VERSION = 17

# The unstemmed words of title and body, for "did you mean" (see _ContentField).
SPELL_FIELD = "spell_content"

GROUP_KEY_FIELD = "group_key"
DAY_FIELD = "day"

TEXT_FIELDS = ("title", "body", "content", "byline", "dateline")
# Between title and body in the content field: snippets cut from content skip
# everything up to the body's start, which is len(title) + len(CONTENT_JOINER).
CONTENT_JOINER = "\n\n"
KEYWORD_FIELDS = ("source", "tags", "year", "month", "id", "url")
QUERYABLE_FIELDS = TEXT_FIELDS + KEYWORD_FIELDS + ("date",)


class _FastText(TEXT):
    """A TEXT field that analyses documents in one pass when indexing.

    Whoosh runs the analyzer as a chain of generators passing a Token object
    along (tokenizer, lowercase, stop, stem, then the format's own loop), a
    large share of indexing time (docs/benchmarks.md). ``index`` does the
    same steps in one loop (``term_positions``) and gives the same terms,
    positions and weights (tests/engine/test_schema.py compares the two on
    every bundled release); queries still go through the analyzer.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.format = CompactPositions(field_boost=self.format.field_boost)

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        encode = self.format.encode
        boost = self.format.field_boost
        for term, found in self.positions_of(value).items():
            yield term, len(found), len(found) * boost, encode(found)

    def positions_of(self, text: str) -> dict[bytes, list[int]]:
        """Return each term's word positions in ``text`` (what ``index`` writes)."""
        return term_positions(text)[0]

    def kept_terms_of(self, text: str) -> tuple[list[bytes], int]:
        """Return the terms of ``text`` in order and the first one's position.

        Read by the segment writer of searchidx indexes (term_pool), which
        turns them into postings itself, many documents at a time.
        """
        kept, first, _words = kept_terms(text)
        return kept, first


# The last text the content field indexed in this process and its words, for
# the spelling field, which Whoosh's writer indexes next (fields go in name
# order) with the same string: one pass over the text instead of two. Any
# other text is read again. One tuple, so that a reader in another thread
# sees a text with its own words.
_last_content: tuple[str | None, set[str]] = (None, set())


class _ContentField(_FastText):
    """Title and body, indexed; its unstemmed words go to SPELL_FIELD instead.

    Whoosh 2.7 writes every document's unstemmed words to the spelling field
    as postings of document 0, duplicates included: more postings than the
    content field itself (docs/benchmarks.md), each pickled, sorted and
    written at commit. Suggestions only need the word list, so Whoosh's own
    copy is turned off and ``_SpellingWords`` lists each word once a writer.
    """

    def positions_of(self, text: str) -> dict[bytes, list[int]]:
        global _last_content
        positions, words = term_positions(text)
        _last_content = (text, words)
        return positions

    def kept_terms_of(self, text: str) -> tuple[list[bytes], int]:
        global _last_content
        kept, first, words = kept_terms(text)
        _last_content = (text, words)
        return kept, first

    def separate_spelling(self) -> bool:
        return False  # read by Whoosh's writer: do not add words per document

    def spelling_fieldname(self, fieldname: str) -> str:
        return SPELL_FIELD  # read by Whoosh's corrector: the word list to search


class _Keywords(KEYWORD):
    """A KEYWORD field of space-separated words that indexes a string in one step.

    What Whoosh's KEYWORD gives for a string when its words are split on
    spaces and kept as they are: each word's count, as weight and as its
    Frequency value, without the analyzer's Token objects and generators,
    whose work is wasted on words kept as they are (docs/benchmarks.md).
    """

    def index(self, value, **kwargs):
        if kwargs or type(value) is not str or not _splits_on_spaces(self.analyzer):
            return super().index(value, **kwargs)
        field_boost = self.format.field_boost
        return iter(
            [
                (
                    word.encode("utf-8"),
                    count,
                    float(count) * field_boost,
                    pack_uint(count),
                )
                for word, count in Counter(_SPACE_SEPARATED.findall(value)).items()
            ]
        )


# Whoosh's SpaceSeparatedTokenizer's words
_SPACE_SEPARATED = re.compile(r"[^ \t\r\n]+")


def _splits_on_spaces(analyzer) -> bool:
    return (
        type(analyzer) is RegexTokenizer
        and analyzer.expression.pattern == _SPACE_SEPARATED.pattern
        and not analyzer.gaps
    )


class _CommaKeywords(KEYWORD):
    """A KEYWORD field of comma-separated phrases that indexes a string in one step.

    What Whoosh's KEYWORD(commas=True, lowercase=True) gives for a string
    (each comma-separated part stripped and lower-cased, its count as
    weight and as its Frequency value), without the analyzer's chain of
    generators passing a Token along, a cost paid for every release.
    """

    def index(self, value, **kwargs):
        if kwargs or type(value) is not str or not _splits_on_commas(self.analyzer):
            return super().index(value, **kwargs)
        field_boost = self.format.field_boost
        return iter(
            [
                (
                    part.encode("utf-8"),
                    count,
                    float(count) * field_boost,
                    pack_uint(count),
                )
                for part, count in Counter(
                    part.strip().lower() for part in _COMMA_SEPARATED.findall(value)
                ).items()
            ]
        )


# Whoosh's CommaSeparatedTokenizer's parts, before they are stripped
_COMMA_SEPARATED = re.compile(r"[^,]+")


def _splits_on_commas(analyzer) -> bool:
    """Return True for KEYWORD(commas=True, lowercase=True)'s analyzer."""
    items = getattr(analyzer, "items", None)
    return (
        type(analyzer) is CompositeAnalyzer
        and len(items) == 3
        and type(items[0]) is RegexTokenizer
        and items[0].expression.pattern == _COMMA_SEPARATED.pattern
        and not items[0].gaps
        and type(items[1]) is StripFilter
        and type(items[2]) is LowercaseFilter
    )


class _SpellingWords(_Keywords):
    """The word list "did you mean" searches: each word of the content once a writer.

    Given the content text, it indexes the words the writer has not been
    given yet, as terms of the document that brought them. Each writer (a
    batch, or one process of a big batch) lists its words again, so a word
    that left with a deleted release comes back with the next batch holding
    it. Every writer reads the schema from the table of contents, so has a
    field of its own (store.create_index makes sure of it for a new index).
    """

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        text, words = _last_content
        if text is not value:
            words = term_positions(value)[1]
        given = self.__dict__.setdefault("_given", set())
        new_words = words - given
        if not new_words:
            return
        given |= new_words
        if not _splits_on_spaces(self.analyzer):
            yield from super().index(" ".join(sorted(new_words)))
            return
        # What _Keywords gives for the words joined by spaces (each once, so
        # a count of 1), without joining them only to split them again.
        weight = 1.0 * self.format.field_boost
        once = pack_uint(1)
        for word in sorted(new_words):
            yield word.encode("utf-8"), 1, weight, once

    def __getstate__(self):
        # The schema is pickled into the table of contents at commit: not the words.
        state = self.__dict__.copy()
        state.pop("_given", None)
        return state


class _WholeId(ID):
    """An ID field that indexes its value as its one term, in one step.

    What Whoosh's ID field gives for a string (its IDTokenizer keeps the
    value whole, its Existence format weighs it by the field boost), without
    the analyzer's Token objects and generators: seven such fields a
    release (id, url, path, source, year, month, dup_group).
    """

    def index(self, value, **kwargs):
        if kwargs or type(value) is not str or type(self.analyzer) is not IDTokenizer:
            return super().index(value, **kwargs)
        return iter(((value.encode("utf-8"), 1, self.format.field_boost, b""),))


# (shift step, datetime) -> a date field's index terms; releases share few dates.
_DATE_TERMS: dict[tuple[int, datetime], tuple] = {}
_DATE_TERMS_CACHE_SIZE = 20_000


class _Dates(DATETIME):
    """A DATETIME field that remembers each date's index terms.

    Whoosh turns a date into eight terms, one per precision, for range
    queries, and works them out again for every release, though the
    releases of a batch share few dates (docs/benchmarks.md). The terms are
    the same for the same date, so they are worked out once.
    """

    def index(self, value, **kwargs):
        if kwargs or type(value) is not datetime:
            return super().index(value, **kwargs)
        key = (self.shift_step, value)  # the terms depend on the step too
        terms = _DATE_TERMS.get(key)
        if terms is None:
            if len(_DATE_TERMS) >= _DATE_TERMS_CACHE_SIZE:
                _DATE_TERMS.clear()
            terms = _DATE_TERMS[key] = tuple(super().index(value))
        return iter(terms)


def build_schema() -> Schema:
    """Return the schema every searchidx index is built with."""
    analyzer = build_analyzer()
    return Schema(
        id=_WholeId(unique=True, stored=True),
        title=_FastText(analyzer=analyzer, stored=True),
        # Stored only: body words are indexed once, in content; a body: query is
        # answered from content (indexing the body twice cost a large share
        # of indexing; docs/benchmarks.md).
        body=STORED(),
        # Title and body as one field is what plain-word queries rank on: one
        # BM25 length norm over the whole release ranks better than summing
        # two fields (benchmarks/relevance.py; see docs/benchmarks.md).
        # Positions only (for phrases): snippets find their words by
        # tokenizing the page's hits again (term_spans); stored character
        # offsets made the postings bigger and every block read at search
        # time slower (docs/benchmarks.md).
        content=_ContentField(analyzer=analyzer, stored=False, spelling=True),
        **{SPELL_FIELD: _SpellingWords(stored=False)},
        byline=_FastText(analyzer=analyzer, stored=True),
        dateline=_FastText(analyzer=analyzer, stored=True),
        date=_Dates(stored=True, sortable=True),
        # year / month as plain keys with a column of references into their
        # few distinct values, read whole to count facets (see facets.py); a
        # DateRangeFacet with monthly buckets cost more than the search it
        # counted for (docs/benchmarks.md).
        year=_WholeId(stored=False, sortable=RefBytesColumn()),
        month=_WholeId(stored=False, sortable=RefBytesColumn()),
        source=_WholeId(stored=True, sortable=RefBytesColumn()),
        # Searched as comma-separated keywords; stored as the list itself, since
        # a tag may hold a comma ("Securities, Commodities, & Investment Fraud")
        # and must come back as it went in (searchidx check caught that).
        tags=_CommaKeywords(stored=False, commas=True, lowercase=True, scorable=True),
        tag_list=STORED(),
        url=_WholeId(stored=True),
        # Near-duplicate folding (see copies.py): sampled shingles to find
        # candidates, and the id of the first document of the release's group.
        anchors=_Keywords(stored=False),
        dup_group=_WholeId(stored=True, sortable=True),
        # The group as a 64-bit number in a column, read for all documents at
        # once when folding a search (see ranking.group_keys).
        **{GROUP_KEY_FIELD: COLUMN(NumericColumn("Q", default=0))},
        # The date as a day number (date.toordinal(), 0 when undated) in a
        # column, for date filters on plain-word searches (see columns.py).
        **{DAY_FIELD: COLUMN(NumericColumn("I", default=0))},
        # indexed so re-reading a file can drop what it no longer holds
        path=_WholeId(stored=True),
        content_hash=STORED(),
    )


def group_key(group: str) -> int:
    """Return the number a group is folded by: 64 bits of its id's hash, never 0.

    Two of 100,000 groups share a number with odds of about 1 in 3 billion.
    """
    digest = hashlib.blake2b(group.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") or 1


def content_text(title: str, body: str) -> str:
    """Return the text the ``content`` field indexes (and snippets are cut from)."""
    return f"{title}{CONTENT_JOINER}{body}"
