"""The software a saved page says it is made with, whose name is no publisher's."""

from __future__ import annotations

import re

# What a page says it is made with: its generator meta, a "Powered by ..."
# or "Built with ..." line (in the languages pages print it), the tag of a
# link in between allowed. The name of the software is no publisher's.
_SOFTWARE_MARKS = (
    b"generator",
    b"powered by",
    b"built with",
    b"made with",
    b"printed by",
    b"erstellt mit",
    b"propuls\xc3\xa9 par",
    b"desarrollado con",
    b"realizzato con",
)
_SOFTWARE = re.compile(rb"[a-z\xa9]\s*:?\s*(?:<[^>]{0,300}>\s*){0,2}([^<>\"'\n]{2,40})")
_GENERATOR_AFTER = re.compile(rb"generator[\"']\s+content=[\"']([^\"'<>]{2,60})")
_GENERATOR_BEFORE = re.compile(rb"content=[\"']([^\"'<>]{2,60})[\"']\s+name=[\"']$")
_VERSION = re.compile(r"\s+v?\d[\w.]*.*$")
_SOFTWARE_WORDS = 4
# How far past a mark its name is looked for.
_SOFTWARE_WINDOW = 400


def software_names(page: bytes) -> set[str]:
    """Return the names, in lower case, of the software ``page`` says it is
    made with ("atlassian confluence", "wordpress"), versions left out.

    Each mark is found by a plain search, and only the few hundred bytes
    after it are read: a pattern run over the whole page costs a share of
    its parse.
    """
    lowered = page.lower()
    names = set()
    for mark in _SOFTWARE_MARKS:
        at = lowered.find(mark)
        while at != -1:
            end = at + len(mark)
            raw = None
            if mark == b"generator":
                before = _GENERATOR_BEFORE.search(page, max(0, at - 80), at)
                if before:
                    raw = before.group(1)
            pattern = _GENERATOR_AFTER if mark == b"generator" else _SOFTWARE
            start = at if mark == b"generator" else end - 1
            match = (
                None if raw else pattern.match(lowered, start, end + _SOFTWARE_WINDOW)
            )
            if match:
                # lower() keeps every byte's place: the name is cut from the page.
                raw = page[match.start(1) : match.end(1)]
            name = _VERSION.sub("", raw.decode("utf-8", "replace")) if raw else ""
            name = name.strip(" .!-–,&:")
            # A product's name, as pages print it: capitalised, a few words.
            if name[:1].isupper() and len(name.split()) <= _SOFTWARE_WORDS:
                names.add(name.lower())
            at = lowered.find(mark, end)
    printed = _PRINTED_FROM.search(page, 0, _TITLE_WINDOW)
    if printed:
        names.add(printed.group(1).decode("ascii").lower())
        # The rest is the file's name, with or without its extension
        # ("Document1", "Memo Style"): no more a publisher than the program.
        document = printed.group(2).decode("utf-8", "replace").strip()
        if document:
            names.add(document.lower())
    return names


# A document printed to PDF from an office program is titled by the program
# and the file ("Microsoft Word - release final.docx", "Microsoft Word -
# Document1", "Microsoft Outlook - Memo Style"), and a page converted from
# that PDF keeps the title: the program and the file publish nothing.
_PRINTED_FROM = re.compile(
    rb"<title>\s*(Microsoft (?:Word|Excel|PowerPoint|Publisher|Outlook|OneNote|Visio))"
    rb"\s+-\s+([^<]{0,200}?)\s*</title>",
    re.I,
)
# How far into a page its <title> is looked for.
_TITLE_WINDOW = 4096


def is_software_name(name: str, software: set[str]) -> bool:
    """Return True when ``name`` names software the page is made with
    ("Confluence" on a page "Powered by Atlassian Confluence 8.5.4")."""
    lowered = name.strip().lower()
    return bool(lowered) and any(
        lowered == known or known.endswith(f" {lowered}") for known in software
    )
