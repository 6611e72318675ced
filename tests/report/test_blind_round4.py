"""Fourth red-team pass of issue 17, row 18 (`--blind` leaks): a full name written closed
up ("MarcLefèvre", linkedin.com/in/marclefevre) or joined by an invisible character that
the reports remove (U+3164 HANGUL FILLER, U+200B) was shown whole as "MarcLefèvre". A
closed-up name is hidden when it stands alone, never inside a longer word ("Li Na" stays
out of "disciplinary")."""

from __future__ import annotations

import pytest

from matcher.report.blind import HIDDEN, Redactor


def _redactor(name: str) -> Redactor:
    return Redactor.for_profile({"name": name})


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "text",
    [
        "Assistant to MarcLefèvre",
        "Assistant to Marc\u3164Lefèvre",
        "Assistant to Marc\u200bLefèvre",
        "Assistant to Marc\u2060Lefèvre",
        "see linkedin.com/in/marclefevre",
        "mail marclefevre@example.org",
        "Assistant to MARCLEFÈVRE",
    ],
)
def test_a_closed_up_or_invisibly_joined_full_name_is_hidden(text: str):
    shown = _redactor("Marc Lefèvre").text(text)
    assert HIDDEN in shown and "marclef" not in shown.lower().replace("\u3164", "").replace("\u200b", ""), shown


@pytest.mark.timeout(30)
@pytest.mark.parametrize("text", ["disciplinary proceedings", "Carolina office", "Paulina's team"])
def test_a_closed_up_name_is_not_found_inside_a_longer_word(text: str):
    assert _redactor("Li Na").text(text) == text
