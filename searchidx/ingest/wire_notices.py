"""The notices a release wire sets under the text it carries, before the
issuer's About section: its distribution line ("Distributed by APO Group on
behalf of ...") and the disclaimer that the issuer alone answers for the
announcement. The wire's words, never the issuer's, in the languages the
wires write them; body_end.py drops them wherever they stand after the
text's first block.
"""

from __future__ import annotations

import re

from ._text import count_words

# "Distributed by <wire> on behalf of <issuer>.", "Distribué par <wire> pour
# <issuer>.", "Distribuido por <wire> en nombre de <issuer>.": the wire, then
# the issuer it acts for. A sentence of the text about goods handed out
# ("Distributed by volunteers, the parcels reached ...") names no one it
# acts for so.
_DISTRIBUTION = re.compile(
    r"^(?:distributed by|distribué par|distribuido por|distribuído por|"
    r"distribuito da|verbreitet (?:von|durch))\s+[^.!?]{2,60}?\s+"
    r"(?:on behalf of|pour|pour le compte de|au nom de|en nombre de|"
    r"em nome de|per conto di|im auftrag von|für)\s+\S",
    re.I,
)

# "The issuer is solely responsible for the content of this announcement.":
# the issuer, its sole responsibility and the announcement as "this", in
# the wires' languages (Thai, Vietnamese, Chinese, Malay, Indonesian,
# French, Spanish). A sentence of the text that speaks of responsibility
# names no announcement as "this".
_ISSUER_RESPONSIBLE = re.compile(
    r"issuer (?:is )?solely responsible for the content of this "
    r"(?:announcement|release|press release)|"
    r"ผู้ออกข่าวเป็นผู้รับผิดชอบ.{0,30}ประกาศนี้|"
    r"chịu trách nhiệm về nội dung của thông báo này|"
    r"(?:發佈人|发布人|發布人)對本公告|(?:发布人|發佈人)对本公告|"
    r"bertanggungjawab sepenuhnya ke atas kandungan pengumuman ini|"
    r"bertanggung jawab penuh atas isi pengumuman ini|"
    r"relève de la seule responsabilité de l['’]émetteur|"
    r"(?:el )?emisor es el único responsable del contenido de este anuncio",
    re.I,
)

# Most words of such a notice (Thai, unspaced, counts a word every two
# characters); a paragraph that quotes one is longer.
_NOTICE_WORDS = 40


def is_wire_notice(block: str) -> bool:
    """Return True when ``block`` is a wire's distribution line or its
    disclaimer of the issuer's announcement (see above)."""
    return count_words(block) <= _NOTICE_WORDS and bool(
        _DISTRIBUTION.match(block.strip()) or _ISSUER_RESPONSIBLE.search(block)
    )
