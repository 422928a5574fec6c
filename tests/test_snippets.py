"""Snippets: the passage a hit shows when its words matched outside the body."""

import pytest

from searchidx.snippets import lead_snippet

LEAD = "Rep. Dana Whitfield was named chair of the transport caucus today."


@pytest.mark.parametrize(
    "body",
    [
        f"Contact: Julie Nickson, (202) 225-2661\n\n{LEAD}",
        f"Contact: Lee Ortega (202) 555-4623\n\nJo Park (202) 555-7930\n\n{LEAD}",
        f"For Immediate Release: April 15, 2008 Contact: Lee Ortega, (202) 555-2661 {LEAD}",
        f"CONTACT: Lee Ortega, lee.ortega@house.example {LEAD}",
    ],
)
def test_lead_snippet_skips_contact_and_label_lines(body):
    assert lead_snippet(body).text == LEAD


def test_lead_snippet_keeps_a_body_that_is_only_a_contact_line():
    body = "Contact: Julie Nickson, (202) 225-2661"
    assert lead_snippet(body).text == body


def test_lead_snippet_keeps_prose_that_starts_with_contact():
    body = "Contact with the vessel was lost at noon, the coast guard said on Friday."
    assert lead_snippet(body).text == body
