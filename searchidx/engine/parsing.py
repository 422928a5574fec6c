"""Reading what the user typed: plain words or query syntax, checked, as a Whoosh query.

Plain words become a ranked OR of their stems; syntax goes through Whoosh's
parser after our own checks, because Whoosh silently drops what it cannot
parse (an unclosed quote, an impossible date) and a search that quietly
ignores part of a query is worse than an error.
"""

from __future__ import annotations

import re
from datetime import date

from whoosh import qparser, query

from ..errors import QueryError
from .analysis import build_analyzer
from .schema import QUERYABLE_FIELDS

# The extra weight of a title match, one setting for every collection (see
# benchmarks/relevance.py for what it was chosen on).
TITLE_WEIGHT = 0.3

# What marks a query as written in the syntax rather than as plain words:
# a field prefix, a quote, an upper-case operator, a wildcard, a leading +/-.
_FIELD_PREFIX = re.compile(r"(?<![\w:/.])([A-Za-z_]+):(?!//)(?=\S)")
# Quotes, upper-case operators between words, wildcards inside or ending a
# word ("exerc*", "harb?r"; not a question mark ending a sentence), +/- before
# a word, a ^boost.
_SYNTAX_MARKERS = re.compile(
    r"\"|\w\s+(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\s+\S|^NOT\s|\w\*|(?:^|[\s(])\*\w|\w\?\w|"
    r"(?:^|[\s(])[+\-](?=[A-Za-z\"(])|\w\^\d"
)
# From this many words on, a query without a known field prefix is a question
# and is read as plain words whatever punctuation it holds: long questions
# carry stray quotes, colons and dashes that no one meant as syntax.
QUESTION_WORDS = 12

_analyzer = build_analyzer()


def is_stop_word(word: str) -> bool:
    """Return True when the analyzer drops ``word`` ("the", "they", "from")."""
    return not any(True for _ in _analyzer(word))


def index_terms(text: str) -> list[str]:
    """Return the terms the index holds for ``text`` (stemmed, stop words gone)."""
    return [token.text for token in _analyzer(text)]


def is_syntax_query(text: str) -> bool:
    """Return True when ``text`` uses query syntax rather than plain words.

    A known field prefix (``title:``) always counts. Other markers count in
    short queries only, where ``word:value`` with an unknown field is then
    reported as a mistake instead of being searched for as two words.
    """
    prefixes = [name.lower() for name in _FIELD_PREFIX.findall(text)]
    prefixes += [n.lower() for n in re.findall(r"\b([A-Za-z_]+):$", text.strip())]
    if any(name in QUERYABLE_FIELDS for name in prefixes):
        return True
    if len(text.split()) >= QUESTION_WORDS:
        return False
    # "title: veterans" in a short query is a field with a slipped space
    if any(
        n.lower() in QUERYABLE_FIELDS for n in re.findall(r"\b([A-Za-z_]+):\s", text)
    ):
        return True
    return bool(prefixes or _SYNTAX_MARKERS.search(text))


def build_query(text: str, schema) -> query.Query:
    """Turn the user's query into a Whoosh query.

    Plain words become an OR of their stems over title (boosted) and body, so
    documents with most of the words rank first and none is required: the
    ranking decides, not the parser. Syntax goes through Whoosh's parser with
    our checks first, because Whoosh silently drops what it cannot parse.

    Raises:
        QueryError: the query is empty, unbalanced or names an unknown field.
    """
    if not text or not text.strip():
        raise QueryError(text, "the query is empty")
    if is_syntax_query(text):
        return _parse_syntax(text, schema)
    return _words_query(text)


def _words_query(text: str) -> query.Query:
    counts: dict[str, int] = {}
    for token in _analyzer(text):
        counts[token.text] = counts.get(token.text, 0) + 1
    if not counts:
        raise QueryError(text, "no searchable words (only stop words or punctuation)")
    # A repeated word weighs more: "exercise exercise navy" leans on exercise
    # (Whoosh's parser drops repeats; counting them lifted CISI 0.303 -> 0.373).
    clauses: list[query.Query] = []
    for word, n in counts.items():
        clauses.append(query.Term("content", word, boost=n))
        if TITLE_WEIGHT:
            clauses.append(query.Term("title", word, boost=TITLE_WEIGHT * n))
    return clauses[0] if len(clauses) == 1 else query.Or(clauses)


def _check_balanced(text: str) -> None:
    if text.count('"') % 2:
        raise QueryError(text, 'unbalanced quote: a phrase needs a closing "')
    for opening, closing in ("()", "[]", "{}"):
        depth = 0
        for char in text.replace("\\" + opening, "").replace("\\" + closing, ""):
            depth += (char == opening) - (char == closing)
            if depth < 0:
                raise QueryError(text, f"unbalanced {closing!r}: nothing to close")
        if depth:
            raise QueryError(
                text, f"unbalanced {opening!r}: add the closing {closing!r}"
            )


_DATE_VALUE = re.compile(r"\b(?:date):(\[[^\]]*\]|\{[^}]*\}|\"[^\"]*\"|\S+)", re.I)
_DATE_BOUND = re.compile(r"^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$")
# +/- mark a required or excluded clause only at the start of a word, so
# "covid-19", "e-mail" and "2024-03" stay words.
_PLUS_MINUS = qparser.PlusMinusPlugin(
    plusexpr=r"(?<![^\s(])\+", minusexpr=r"(?<![^\s(])-"
)
# Fields that narrow a search rather than describe what it is about.
FILTER_FIELDS = frozenset({"date", "year", "month", "source", "tags", "id", "url"})


def _check_fields(text: str) -> None:
    for name in _FIELD_PREFIX.findall(text):
        if name.lower() not in QUERYABLE_FIELDS:
            # "content" is title and body together, the field plain words
            # search; users know it as no prefix at all (or body:).
            fields = ", ".join(sorted(set(QUERYABLE_FIELDS) - {"content"}))
            raise QueryError(text, f"unknown field {name!r}; fields: {fields}")
    for name in re.findall(r"\b([A-Za-z_]+):(?:\s|$|\))", text):
        if name.lower() in QUERYABLE_FIELDS:
            # "Examples: ..." in a question is prose; "title: navy" is a slip.
            raise QueryError(text, f"the field prefix {name}: has nothing after it")


def _check_dates(text: str) -> None:
    """Refuse date values Whoosh would silently drop (it parses them to nothing)."""
    for value in _DATE_VALUE.findall(text):
        bounds = re.split(r"\s*\bto\b\s*", value.strip('[]{}"'), flags=re.I)
        if len(bounds) > 2:
            raise QueryError(text, f"a date range has one 'to': {value}")
        if len(bounds) == 2 and all(b.strip() for b in bounds):
            if _padded(bounds[0]) > _padded(bounds[1]):
                raise QueryError(text, f"the date range {value} starts after it ends")
        for bound in bounds:
            bound = bound.strip()
            if not bound and len(bounds) == 2:
                continue  # an open range: date:[2024 to]
            if not _DATE_BOUND.match(bound) or not _is_real_date(bound):
                raise QueryError(
                    text, f"not a date: {bound!r} (use YYYY, YYYY-MM or YYYY-MM-DD)"
                )


def _padded(bound: str) -> str:
    return "-".join(part.zfill(2) for part in bound.strip().split("-"))


def _check_year_and_month(text: str) -> None:
    """Refuse year:/month: values no document can have (Whoosh finds nothing, silently)."""
    for value in re.findall(r"\byear:(\S+)", text, flags=re.I):
        if not re.fullmatch(r"\d{4}", value.rstrip(")")):
            raise QueryError(text, f"year:{value} is not a year (use YYYY)")
    for value in re.findall(r"\bmonth:(\S+)", text, flags=re.I):
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value.rstrip(")")):
            raise QueryError(
                text, f"month:{value} is not a month (use YYYY-MM, e.g. 2024-03)"
            )


def _is_real_date(bound: str) -> bool:
    year, month, day = (list(map(int, bound.split("-"))) + [1, 1])[:3]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _parse_syntax(text: str, schema) -> query.Query:
    _check_balanced(text)
    _check_fields(text)
    _check_dates(text)
    _check_year_and_month(text)
    # Field names in any case: Whoosh's parser knows only lower case and
    # would search "Title:veterans" as two words.
    text_to_parse = _FIELD_PREFIX.sub(
        lambda m: (
            m.group(1).lower() + ":"
            if m.group(1).lower() in QUERYABLE_FIELDS
            else m.group(0)
        ),
        text,
    )
    # A question mark ending a word is punctuation, not a one-letter wildcard.
    text_to_parse = re.sub(r"(?<=\w)\?(?=\s|$|\))", "", text_to_parse)
    parser = qparser.QueryParser("content", schema, group=qparser.OrGroup)
    parser.add_plugin(_PLUS_MINUS)
    parser.add_plugin(qparser.FieldAliasPlugin({"content": ["body"]}))
    try:
        # normalize=False keeps (groups) as they were written, so NOT and the
        # filter fields are placed before Whoosh flattens nested ORs.
        parsed = parser.parse(text_to_parse, normalize=False)
    except NotImplementedError as error:
        # Whoosh sorts +/- only at the top level of a query.
        raise QueryError(
            text, "+word and -word work outside parentheses; inside, use AND / NOT"
        ) from error
    except IndexError as error:  # Whoosh's parser ran off the end of its tokens
        raise QueryError(
            text, "cannot be parsed: an AND, OR or NOT lacks a word beside it"
        ) from error
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise QueryError(text, f"cannot be parsed ({error})") from error
    parsed = _without_and_not(_require_filters(_hoist_negations(parsed)).normalize())
    if parsed is query.NullQuery:
        raise QueryError(text, "no searchable words")
    return parsed


def _fields_of(node: query.Query) -> set[str | None]:
    leaves = [node] if node.is_leaf() else list(node.leaves())
    return {leaf.field() for leaf in leaves}


def _require_filters(node: query.Query) -> query.Query:
    """Make ``navy date:2024`` mean navy AND date:2024, not navy OR date:2024."""
    if isinstance(node, query.AndNot):
        return query.AndNot(_require_filters(node.a), node.b)
    if not isinstance(node, query.Or):
        return node
    filters = [c for c in node.subqueries if _fields_of(c) <= FILTER_FIELDS]
    if not filters or len(filters) == len(node.subqueries):
        return node
    rest = [c for c in node.subqueries if c not in filters]
    topic = rest[0] if len(rest) == 1 else query.Or(rest, boost=node.boost)
    return query.And([topic, *filters])


def _without_and_not(node: query.Query) -> query.Query:
    """Replace every ``a ANDNOT b`` with ``a AND (NOT b)``.

    Whoosh 2.7.5's AndNotMatcher checks only whether both lists *start* on the
    same document: when the excluded word's first document comes before the
    others', the first match that contains it is let through.
    """
    if isinstance(node, query.AndNot):
        return query.And(
            [_without_and_not(node.a), query.Not(_without_and_not(node.b))],
            boost=node.boost,
        )
    if node.is_leaf():
        return node
    return node.apply(_without_and_not)


def _hoist_negations(node: query.Query) -> query.Query:
    """Make ``a b NOT c`` mean (a OR b) AND NOT c.

    With OR as the default grouping Whoosh reads it as a OR b OR (NOT c), and
    ``NOT c`` matches nearly every document, so the exclusion would be lost.
    """
    if isinstance(node, (query.And, query.Or)):
        children = [_hoist_negations(child) for child in node.subqueries]
        node = type(node)(children, boost=node.boost)
    if isinstance(node, query.Or):
        negated = [
            child.query for child in node.subqueries if isinstance(child, query.Not)
        ]
        if negated:
            kept = [
                child for child in node.subqueries if not isinstance(child, query.Not)
            ]
            positive = query.Or(kept) if kept else query.Every()
            return query.AndNot(positive, query.Or(negated))
    return node
