"""Sources as organisations: match a ``--source``/``source:`` value to indexed names.

A publisher is indexed under the name its documents give (``John Boozman``),
or under its web host when they give none (``boozman.senate.gov``). A wanted
source matches, ignoring case, a name, or a host of the documents' urls
(``www.`` or not). A host that some documents are named by is one publisher's
own site, so the few other names on it are the same organisation and either
finds both. A value that matches nothing gets the closest known sources.
"""

from __future__ import annotations

import difflib
import re
import weakref
from collections.abc import Mapping, Sequence
from urllib.parse import urlparse

# A host shared by more names than this is a platform or a wire service
# hosting many publishers, not one organisation: it does not join names.
_MAX_NAMES_PER_HOST = 3
_HOST_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")

# reader (one commit) -> its source names, in order
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# reader (one commit) -> {host: source names of the documents on it}
_HOSTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# reader (one commit) -> {host-named source: its url_evidence}, filled as
# names are asked about
_EVIDENCE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# Urls of a host looked at to learn its publisher: enough to see a second
# name when there is one, few enough for a search's first facets after a commit.
_URLS_LOOKED_AT = 64


def fold_host(value: str) -> str:
    """Return a host or source compared without case or a leading "www."."""
    return value.strip().lower().removeprefix("www.")


# A middle initial, which a person's name is found without: readers index
# "Kirsten E. Gillibrand" as "Kirsten Gillibrand", and a user may type either.
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[a-z]\.(?=\s)")


def _name_key(value: str) -> str:
    return _MIDDLE_INITIAL.sub("", fold_host(value))


def _source_names(reader) -> tuple[str, ...]:
    # Every search of a part of a collection asks for its host-named sources
    # (publisher_evidence): the names are read once a commit.
    names = _NAMES.get(reader)
    if names is None:
        names = _NAMES[reader] = tuple(reader.terms("source"))
    return names


def _names_by_host(reader) -> dict[str, set[str]]:
    """Return each url host (folded) with the source names of its documents."""
    if reader not in _HOSTS:
        sources = reader.strings("source")
        by_host: dict[str, set[str]] = {}
        for url in reader.terms("url"):
            host = fold_host(urlparse(url).hostname or "")
            if not host:
                continue
            names = by_host.setdefault(host, set())
            if len(names) > _MAX_NAMES_PER_HOST:
                continue  # a shared host; enough is known to ignore it
            for docnum in reader.documents_with("url", url):
                if sources[docnum]:
                    names.add(sources[docnum])
        _HOSTS[reader] = by_host
    return _HOSTS[reader]


def publisher_names(reader) -> dict[str, str]:
    """Return the host-named sources that one publisher's name stands for.

    A document that names no publisher is indexed under its url's host
    (``boozman.senate.gov``); when the other documents on that host all
    give one name (``John Boozman``), the host is that publisher, and facets
    and statistics count both as one. A host whose documents give several
    names (a wire service, a platform) stands for none of them.
    """
    return publishers_from(host_evidence(reader))


def host_named_sources(reader) -> list[str]:
    """Return the source names that are hosts (documents that named no publisher)."""
    return [name for name in _source_names(reader) if _HOST_LIKE.match(name)]


# What one index reads of a host's urls to decide whose site it is: each url
# looked at, by its place in the order they are looked at, with the names
# other than the host that its documents give.
UrlEvidence = tuple[tuple[tuple[int, int, str], frozenset[str]], ...]


def host_evidence(reader, names=None) -> dict[str, frozenset[str]]:
    """Return host-named sources with the other names documents on their host
    give (two at most: more change nothing).

    ``names``: the host-named sources to look up (default: this index's).
    What ``publisher_names`` decides from.
    """
    return {
        name: others_seen(urls) for name, urls in url_evidence(reader, names).items()
    }


def url_evidence(reader, names=None) -> dict[str, UrlEvidence]:
    """Return, for host-named sources, the urls of their host one index
    looks at (up to _URLS_LOOKED_AT, in its order) with the other names
    their documents give.

    Indexes holding parts of one collection give theirs, and joined
    (``joined_evidence``) they decide as one index holding all would: a
    part may hold a host's named documents and not the host-named ones, or
    the reverse, and each part's first urls are not the collection's.
    """
    known = _EVIDENCE.setdefault(reader, {})
    sources = reader.strings("source")
    evidence = {}
    for name in host_named_sources(reader) if names is None else names:
        if name not in known:
            host = fold_host(name)
            urls = []
            for place, url in _urls_on_host(reader, host):
                others = {
                    sources[docnum]
                    for docnum in reader.documents_with("url", url)
                    if sources[docnum] and fold_host(sources[docnum]) != host
                }
                urls.append((place, frozenset(others)))
            known[name] = tuple(urls)
        evidence[name] = known[name]
    return evidence


def others_seen(urls: UrlEvidence) -> frozenset[str]:
    """Return the other names one index finds on a host's urls: it reads
    them in order until two names are known, or _URLS_LOOKED_AT were read."""
    others: set[str] = set()
    for _, names in sorted(urls)[:_URLS_LOOKED_AT]:
        others |= names
        if len(others) > 1:
            break
    return frozenset(sorted(others)[:2])


def joined_evidence(parts) -> dict[str, frozenset[str]]:
    """Return the ``url_evidence`` of several indexes as one index's
    ``host_evidence``: a url two parts hold gives both parts' names."""
    joined: dict[str, dict[tuple, frozenset[str]]] = {}
    for part in parts:
        for name, urls in part.items():
            by_url = joined.setdefault(name, {})
            for place, others in urls:
                by_url[place] = by_url.get(place, frozenset()) | others
    return {name: others_seen(tuple(by_url.items())) for name, by_url in joined.items()}


def publishers_from(evidence: dict[str, frozenset[str]]) -> dict[str, str]:
    """Return the host-named sources whose host gives exactly one other name."""
    return {
        name: next(iter(others))
        for name, others in evidence.items()
        if len(others) == 1
    }


def _urls_on_host(reader, host: str, *, at_most: int = _URLS_LOOKED_AT):
    """Yield up to ``at_most`` indexed urls on ``host``, with or without www,
    each with its place in that order (comparable between indexes)."""
    seen = 0
    for scheme_place, scheme in enumerate(("https://", "http://")):
        for name_place, name in enumerate((host, f"www.{host}")):
            for url in reader.terms("url", prefix=f"{scheme}{name}/"):
                yield (scheme_place, name_place, url), url
                seen += 1
                if seen >= at_most:
                    return


def as_publisher(
    counts: Mapping[str, int], publishers: Mapping[str, str]
) -> dict[str, int]:
    """Return source counts with each host-named source counted as its publisher."""
    merged: dict[str, int] = {}
    for name, count in counts.items():
        key = publishers.get(name, name)
        merged[key] = merged.get(key, 0) + count
    return merged


def with_host_named(
    names: list[str], wanted: list[str], publishers: Mapping[str, str]
) -> list[str]:
    """Return ``names`` and the host-named sources whose publisher (in
    ``publishers``, see publisher_names) ``wanted`` or ``names`` name."""
    keys = {_name_key(fold_host(value)) for value in wanted if value.strip()}
    keys |= {_name_key(name) for name in names}
    added = sorted(
        host
        for host, publisher in publishers.items()
        if _name_key(publisher) in keys and host not in names
    )
    return [*names, *added]


def match_sources(reader, wanted: list[str]) -> list[str]:
    """Return the indexed source names that ``wanted`` names, by name or host.

    Args:
        wanted: source names or hosts as a user typed them.
    """
    folded = {fold_host(value) for value in wanted if value.strip()}
    keys = {_name_key(value) for value in folded}
    names = _source_names(reader)
    matched = {name for name in names if _name_key(name) in keys}
    if not names:
        return []
    # A host some documents are named by (they gave no other name) is one
    # publisher's own site: the other names on it, when few, are its names.
    for host, host_names in _names_by_host(reader).items():
        if (
            len(host_names) <= _MAX_NAMES_PER_HOST
            and (host in folded or host_names & matched)
            and any(fold_host(name) == host for name in host_names)
        ):
            matched |= host_names
        elif host in folded:
            matched |= {n for n in host_names if len(host_names) <= _MAX_NAMES_PER_HOST}
    return sorted(matched)


def closest_sources(reader, wanted: str, *, count: int = 3) -> list[str]:
    """Return up to ``count`` known source names most like ``wanted``.

    Names holding the wanted words come first ("boozman" -> "John Boozman"),
    then names that are spelled most alike.
    """
    return closest_names(_source_names(reader), wanted, count=count)


def closest_names(names: Sequence[str], wanted: str, *, count: int = 3) -> list[str]:
    """Return up to ``count`` of ``names`` (sorted, as an index lists them)
    most like ``wanted`` (see closest_sources)."""
    names = [name for name in names if name.strip()]
    key = fold_host(wanted)
    if not key or not names:
        return []
    by_folded: dict[str, str] = {}
    for name in names:
        by_folded.setdefault(fold_host(name), name)
    containing = [name for folded, name in by_folded.items() if key in folded]
    alike = difflib.get_close_matches(key, list(by_folded), n=count, cutoff=0.0)
    ranked = sorted(containing, key=len) + [by_folded[f] for f in alike]
    return list(dict.fromkeys(ranked))[:count]
