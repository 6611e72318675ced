"""languages.py: a level still to be certified is not held (issue 15, session 8)."""

from __future__ import annotations

import pytest

from matcher.importers.languages import levels_held


@pytest.mark.parametrize(
    ("words", "held"),
    [
        ("C1 level exam planned", []),
        ("B2 (DELF in preparation)", []),
        ("B1 - test scheduled", []),
        ("French B2, Spanish B1 in progress", ["B2"]),
        ("B2 certificate 2019", ["B2"]),
        ("C1 (fluent)", ["C1"]),
    ],
)
def test_an_exam_still_to_take_gives_no_level(words, held):
    assert levels_held(words.replace("(", " ").replace(")", " ")) == held
