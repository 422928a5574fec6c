"""A file's bytes as text: stray control bytes, binary data, UTF-16 without its
mark, legacy charsets (Windows-1252, Windows-1251, Shift-JIS ...) told apart.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections import Counter

from ..errors import IngestError

# Control bytes text has no use for, dropped amid text. Not among them: the
# white space text uses (tab, line feed, form feed, carriage return), the
# separators below, and the shifts and escape of the ISO-2022 charsets
# (SO, SI, ESC), whose pages are full of them.
# Among them the unit separator, which Word's text writes for an optional
# hyphen inside a word ("infra\x1fstructure"): dropped, it joins the word.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x10, 0x1B), 0x1F, 0x7F])
# Separators that stand between words: Word's line break (vertical tab) and
# the file, group and record separators become a space, never glue.
_SEPARATORS = bytes([0x0B, *range(0x1C, 0x1F)])
_AS_SPACE = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))
# The shifts and escape of ISO-2022 (SO, SI, ESC), and the escape sequences
# that choose its character sets ("ESC $ B" for JIS X 0208).
_SHIFTS = b"\x0e\x0f\x1b"
_ISO_2022 = re.compile(rb"\x1b[$()*+\-./][@-~]|\x1b\$[()*+\-./][@-~]")
_STRAY_ESCAPE = re.compile(rb"\x1b(?![$()*+\-./N O])")
# The start of a file that decides whether it is binary.
SAMPLE_BYTES = 64 << 10
# A file is binary when more of its sample than this share (and more than a
# few bytes) are control bytes. Compressed or random data has about one in
# nine (29 of 256 values); compiled files full of strings have fewer, but
# still twice this or more; saved pages and dumps have none, or a few strays.
# Bytes undecodable as UTF-8 or Windows-1252 are no sign: a page in
# Shift-JIS or GBK is full of them, and is read in the charset it declares.
_BINARY_SHARE = 0.005
_FEW_BYTES = 8
# UTF-16 without a byte order mark: Latin-script text (and most other
# scripts' markup, digits and spaces) has a NUL in every other byte. A file
# is read as UTF-16 when this share of one parity's bytes are NUL and few of
# the other's; binary data with runs of NULs has them at both parities.
_UTF16_NUL_SHARE = 0.9
_UTF16_OTHER_NUL_SHARE = 0.05
# Enough text for charset_normalizer's guess, which reads chunks of it anyway.
_CHARSET_SAMPLE_BYTES = 1 << 20
# How much worse than the best guess's "chaos" (the share of text that looks
# garbled) another guess may read and still tie with it.
_CHAOS_MARGIN = 0.01
# Three bytes past ASCII in a row: rare in Windows-1252 text, where they are
# one accented letter or mark amid ASCII ones; in nearly every word of text in
# a Cyrillic, Greek or East Asian charset.
_LEGACY_WORD = re.compile(rb"[\x80-\xff]{3}")


def without_control_bytes(data: bytes) -> bytes:
    """Return ``data`` with its stray control bytes dropped, separators as spaces.

    A stray NUL amid text is damage, not text: lxml cuts a page's text at a
    NUL, and no reader has a use for it. In UTF-8, Windows-1252 and the
    other charsets we read (but UTF-16) these bytes are characters of their
    own, never part of another character, so they can go before decoding.
    """
    data = data.translate(_AS_SPACE, _CONTROL_BYTES)
    if _ISO_2022.search(data) is None:
        return data.translate(None, _SHIFTS)
    # Text in an ISO-2022 charset (Japanese mail and pages): its escapes
    # and shifts are its text, only a stray escape goes.
    return _STRAY_ESCAPE.sub(b"", data)


def utf16_bom(sample: bytes) -> bytes | None:
    """Return the byte order mark ``sample`` lacks when it is UTF-16 text without one.

    Tools that write UTF-16 mostly add the mark; some (and a page saved by
    a script with ``encode("utf-16-le")``) do not, and the NULs would then
    make the text look binary.
    """
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    sample = sample[: len(sample) & ~1]
    pairs = len(sample) // 2
    if pairs < _FEW_BYTES:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= _UTF16_NUL_SHARE * pairs and even <= _UTF16_OTHER_NUL_SHARE * pairs:
        encoding, bom = "utf-16-le", b"\xff\xfe"
    elif even >= _UTF16_NUL_SHARE * pairs and odd <= _UTF16_OTHER_NUL_SHARE * pairs:
        encoding, bom = "utf-16-be", b"\xfe\xff"
    else:
        return _utf16_bom_of_text_in_other_scripts(sample)
    # 16-bit numbers (a table of small integers) have the same pattern:
    # decoded, they are control characters, text is not.
    text = sample.decode(encoding, errors="replace")
    if is_binary(text.encode("utf-8", errors="replace")):
        return None
    return bom


def _utf16_bom_of_text_in_other_scripts(sample: bytes) -> bytes | None:
    """Return the mark of UTF-16 text without one in scripts past U+00FF
    (Chinese, Japanese, Korean, Cyrillic, Arabic ...), which has too few NULs
    to count.

    Asked only of a sample that would otherwise be taken for binary data
    (half the bytes of such text are as often as not control bytes), so
    text in an 8-bit or multibyte charset never comes here. A script's
    characters sit in a few blocks of 256, and a text uses some far more
    than others: the byte that names the block is much more predictable
    than the byte within it, which takes nearly any value. Numbers and
    other binary data have no such byte, or do not decode to text (an
    unpaired surrogate, unassigned or control characters).
    """
    if not is_binary(sample):
        return None
    sample = sample[:_ORDER_SAMPLE_BYTES]
    even, odd = sample[0::2], sample[1::2]
    if _entropy(odd) + _BLOCK_BYTE_BITS <= _entropy(even):
        encoding, bom, blocks = "utf-16-le", b"\xff\xfe", odd  # block byte second
    elif _entropy(even) + _BLOCK_BYTE_BITS <= _entropy(odd):
        encoding, bom, blocks = "utf-16-be", b"\xfe\xff", even
    else:
        return None
    # Text mixes blocks: a script's letters with the spaces, digits and line
    # breaks of ASCII's block or the punctuation of its own; readings kept
    # within one block of 256 values (a sensor's) have all in one.
    if max(Counter(blocks).values()) > _ONE_BLOCK_SHARE * len(blocks):
        return None
    try:
        # Not final: the sample may end inside a surrogate pair.
        text = codecs.getincrementaldecoder(encoding)().decode(sample)
    except UnicodeDecodeError:
        return None
    return bom if _reads_as_text(text) else None


# Enough characters to tell a text's blocks from its letters within them.
_ORDER_SAMPLE_BYTES = 8 << 10
# How much more predictable (in bits of entropy) the block byte of text is
# than the other: Cyrillic, Greek or Arabic text has nearly all its
# characters in one block beside ASCII's (about 1 bit against 5); Chinese
# spreads over some 80 blocks, unevenly (about 5.5 against 7.5); a short
# Korean notice (a hundred characters) shows under a bit.
_BLOCK_BYTE_BITS = 0.75
_ONE_BLOCK_SHARE = 0.98
# Unicode categories no text is made of: unassigned, private use, surrogates,
# control characters (bar white space).
_NOT_TEXT_CATEGORIES = frozenset({"Cn", "Co", "Cs", "Cc"})
# The share of a decoded sample's characters that must be assigned, printable
# or white space for it to be read as text: any text is, but for a rare stray
# character.
_TEXT_SHARE = 0.98
# Text breaks its words or sentences: spaces, line breaks and punctuation
# ("，", "。", "、") are a tenth of any text's characters or more, and
# numbers that happen to fall in one script's blocks have next to none.
_BREAKS_SHARE = 0.02


def _reads_as_text(text: str) -> bool:
    if not text:
        return False
    category = unicodedata.category
    not_text = breaks = 0
    for char in text:
        kind = category(char)
        if char.isspace() or kind[0] in "PZ":
            breaks += 1
        elif kind in _NOT_TEXT_CATEGORIES:
            not_text += 1
    return not_text <= (1 - _TEXT_SHARE) * len(text) and breaks >= _BREAKS_SHARE * len(
        text
    )


def _entropy(data: bytes) -> float:
    """Shannon entropy of ``data``'s byte values, in bits."""
    total = len(data)
    if not total:
        return 0.0
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values())


def is_binary(sample: bytes) -> bool:
    """Return True when ``sample`` (a file's start) is binary data, not text.

    Decided by the share of bytes text does not hold, not by one byte: a
    saved page with a stray NUL is still a page.
    """
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > max(_FEW_BYTES, _BINARY_SHARE * len(sample))


def decode_line(raw: bytes, is_first: bool, charsets: list[str]) -> str:
    """Decode one JSON Lines line: UTF-8, else the file's legacy charset.

    ``charsets`` holds that charset once a line has shown it: a dump is
    written in one, and a line alone may be too short to tell.
    """
    if is_first:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    # As in a whole file's text (_read_data): a stray NUL is dropped.
    raw = without_control_bytes(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not charsets:
        charsets.append(_legacy_charset(raw) or "cp1252")
    # One damaged line must not cost the whole dump.
    return raw.decode(charsets[0], errors="replace")


def _legacy_charset(data: bytes) -> str | None:
    """Return the charset of ``data``, text that is not UTF-8, or None if unsure.

    Windows-1252 whenever it is among the best guesses: Western text was
    read as Windows-1252 before any guessing, and must read the same.
    """
    sample = data[:_CHARSET_SAMPLE_BYTES]
    if _LEGACY_WORD.search(sample) is None:
        # Accents, quotes or a no-break space amid ASCII words: too little for
        # any guess (charset_normalizer takes "5\xa0pm" for DOS or Big5), and
        # what Windows-1252 text looks like. Cyrillic, Greek and East Asian
        # text has runs of such bytes in nearly every word.
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return "cp1252"
    # Imported here: only a file that is not UTF-8 pays for it.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        # No charset decodes it cleanly: read as before, if it can be.
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return None
        return "cp1252"
    best = matches[0]
    # Charsets that read the text as cleanly as the best one does: charsets
    # of one family often tie (Western text is Windows-1250 as much as 1252).
    tied = [m for m in matches if m.chaos <= best.chaos + _CHAOS_MARGIN]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    # Among ties, a language model's say decides; with none (a few odd
    # bytes that are kanji in Shift-JIS, hanja in EUC-KR and hanzi in GBK)
    # any choice would be a guess.
    if len(tied) > 1 and best.coherence <= tied[1].coherence:
        return None
    return best.encoding


def decode_text(data: bytes, name: str) -> str:
    """Return ``data`` as text: UTF-16 by its mark, UTF-8, else its legacy charset.

    Raises:
        IngestError: the bytes fit no charset that was tried.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise IngestError(
                name, f"broken UTF-16 text at byte {error.start}"
            ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        # Not UTF-8: a legacy charset (Windows-1252 for older Western
        # exports, Windows-1251, KOI8-R, Shift-JIS, GB18030 elsewhere).
        charset = _legacy_charset(data)
        if charset is None:
            raise IngestError(
                name,
                f"unknown text encoding (not UTF-8, bad byte at {utf8_error.start})",
            ) from utf8_error
        try:
            return data.decode(charset)
        except UnicodeDecodeError as error:
            # The guess reads the file's start; a byte past it may not fit.
            raise IngestError(
                name, f"not UTF-8 or {charset} text (bad byte at {error.start})"
            ) from error
