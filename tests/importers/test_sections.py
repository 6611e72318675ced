"""sections.py: the nationality statement (issue 15, session 8): a birthplace is no nationality."""

from __future__ import annotations

import pytest

from matcher.importers.lines import Line
from matcher.importers.sections import nationality


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nationality: Kenyan-born British citizen", ["GB"]),  # never KE (session 9: the citizenship is GB)
        ("Nationality: British (Kenyan-born)", ["GB"]),
        ("Nationality: French; Moroccan-born", ["FR"]),
        ("Nationality: Kenyan born in Uganda", ["KE"]),
        ("Nationalité : sénégalaise, née au Mali", ["SN"]),
    ],
)
def test_where_the_candidate_was_born_is_no_nationality(text, codes):
    assert nationality([Line(text, "line 1")])[0] == codes
