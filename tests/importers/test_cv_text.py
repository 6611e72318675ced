"""cv_text.py: a PDF line cut by the column's width (issue 15, session 8)."""

from __future__ import annotations

from matcher.importers.cv_text import _join_wrapped
from matcher.importers.lines import Line


def _joined(*texts: str, where: str = "page 1, line") -> list[str]:
    return [x.text for x in _join_wrapped([Line(t, f"{where} {i}") for i, t in enumerate(texts, 1)])]


def test_a_line_ending_on_a_function_word_goes_on_below():
    assert _joined(
        "Mission multidimensionnelle intégrée des Nations Unies pour la",
        "stabilisation au Mali (MINUSMA)",
        "Gao (Mali) · 2016–17",
    ) == [
        "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)",
        "Gao (Mali) · 2016–17",
    ]


def test_a_whole_line_is_not_joined_to_the_next_sentence():
    texts = ("Analyst at the unit for cooperation", "coordinated the joint teams with five partners today")
    assert _joined(*texts) == list(texts)  # more than three words, and the line above may be whole
    bullet = ("• Coordination avec les unités de gendarmerie de la", "gendarmerie de la Gambie et du Mali")
    assert _joined(*bullet) == list(bullet)  # a bullet's lines stay as they are (its clauses are joined later)
