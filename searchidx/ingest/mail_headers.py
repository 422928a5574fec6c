"""E-mail headers in a release's text: the page's own, or a letter's it quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._text import SENTENCE_ENDS, count_words

# The fields of an e-mail's header as mail programs print them over a
# message ("From:", "Sent:", "Subject:"; Outlook's German and French ones,
# "Von:", "Gesendet:", "Betreff:", "De :", "Envoyé :", "Objet :").
_MAIL_FIELD = re.compile(
    r"(?:^|\s)(?:from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|"
    r"à|objet)\s?:\s",
    re.I,
)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_mail_header(block: str) -> bool:
    """Return True when ``block`` is an e-mail's header: it opens with a
    header field and holds another one or the sender's address ("From: Tom
    Pryce <tom@...> Sent: Monday, 3 March 2025"). A release's own labelled
    line ("From: Fisheries and Oceans Canada", "Date: 4 March 2025") is not.
    """
    fields = [m.start() for m in _MAIL_FIELD.finditer(block)]
    if not fields or fields[0] != 0:
        return False
    return len(fields) > 1 or _MAIL_ADDRESS.search(block) is not None


# Fewest words of a sentence of the text, as opposed to a label or a header.
_SENTENCE_WORDS = 8


def is_quoted_mail_header(block: str, above: Iterable[str]) -> bool:
    """Return True when ``block`` is an e-mail's header that a release quotes
    after sentences of its own: a letter inside the text, whose sender and
    day are not the page's. A header that opens the text (a page that is
    one e-mail, as a mailing list's archive shows it) is the page's own."""
    return is_mail_header(block) and any(
        count_words(line) >= _SENTENCE_WORDS and line.rstrip().endswith(SENTENCE_ENDS)
        for line in above
    )
