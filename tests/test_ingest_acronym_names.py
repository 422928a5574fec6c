"""A site named by an organisation's initials and its name joined by a dash
is that organisation, in the page's language when its title gives it (#17).

Every page here was written for this project.
"""

import pytest

from searchidx import read_file

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="{site}"></head><body>
<div id="header"><a href="/"><img src="/logo.png" alt="{logo}"></a></div>
<div id="content"><h1>{headline}</h1>
<p>{lead}</p>
<p>{second}</p></div>
<div id="footer"><p>&copy; 2026</p></div></body></html>"""

_SPANISH = {
    "lang": "es",
    "headline": "La organización lanza un programa regional de pesca sostenible",
    "lead": "La Organización de Pesquerías del Atlántico Sur lanzó hoy un programa "
    "regional de pesca sostenible en doce países.",
    "second": "El programa formará a 800 inspectores durante 2027.",
}


@pytest.mark.parametrize(
    ("site", "title", "source"),
    [
        # the name spelled out
        ("SAFO - South Atlantic Fisheries Organization",
         "Fisheries programme launched", "South Atlantic Fisheries Organization"),
        ("South Atlantic Fisheries Organization – SAFO",
         "Fisheries programme launched", "South Atlantic Fisheries Organization"),
        # the same pair in the page's language, opening its title
        ("SAFO - South Atlantic Fisheries Organization",
         "OPAS - Organización de Pesquerías del Atlántico Sur: Pesca para el futuro",
         "Organización de Pesquerías del Atlántico Sur"),
        # another body's pair opening the title: a story on that body
        ("SAFO - South Atlantic Fisheries Organization",
         "CDB - Caribbean Development Bank: SAFO and CDB sign loan agreement",
         "South Atlantic Fisheries Organization"),
        ("SAFO - South Atlantic Fisheries Organization",
         "CDB - Caribbean Development Bank: Loan for fishing ports",
         "South Atlantic Fisheries Organization"),
        # two names joined by a dash, neither the other's initials: as written
        ("Harbour Town - Ville du Port", "Fisheries programme launched",
         "Harbour Town - Ville du Port"),
        ("SAFO - Fisheries News", "Fisheries programme launched", "SAFO - Fisheries News"),
    ],
)  # fmt: skip
def test_initials_and_a_name_joined_by_a_dash_are_one_name(
    tmp_path, site, title, source
):
    page = _PAGE.format(site=site, title=title, logo="SAFO", **_SPANISH)
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    assert document.source == source
