"""Bullets that are labels, each with its value on the next line (an admission-conditions page):
the value is the requirement, quoted from its own line, and the label is neither a rule nor the
end of the list. Wording invented for these tests (EN and FR)."""

from __future__ import annotations

from draft_support import draft_text as draft

from matcher.authoring.label_items import labelled_bullets
from matcher.authoring.text import Line


def sources(rules) -> list[str]:
    return [r.source for r in rules.requirements]


def test_french_label_bullets_give_their_values_as_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Gardien-ne de la paix stagiaire

Conditions d'admission

  • Nationalité

    Etre de nationalité suisse ou titulaire d'un permis d'établissement.

  • Permis de conduire

    Etre en possession du permis de conduire de catégorie B.

  • Casier judiciaire

    Jouir d'une bonne réputation et avoir un casier judiciaire vierge.
""",
    ).rules
    found = sources(rules)
    assert "Etre en possession du permis de conduire de catégorie B." in found
    assert "Jouir d'une bonne réputation et avoir un casier judiciaire vierge." in found
    assert not {"Nationalité", "Permis de conduire", "Casier judiciaire"} & set(found)


def test_english_label_bullets_give_their_values_as_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Police Constable (Entry Route)

Eligibility

- Age

  Applicants must be at least 18 years old when they apply.

- Driving licence

  Applicants must hold a full manual driving licence.

- Education

  A Level 3 qualification or equivalent is required.
""",
    ).rules
    found = sources(rules)
    assert "Applicants must hold a full manual driving licence." in found
    assert not {"Age", "Driving licence", "Education"} & set(found)


def _line(number: int, text: str, bullet: bool) -> Line:
    return Line(number, text, bullet, blank_before=True)


def test_one_label_over_a_sentence_is_left_as_it_is():
    lines = [_line(1, "Duties", True), _line(2, "The officer leads a team of four analysts.", False)]
    assert labelled_bullets(lines) == lines


def test_label_bullets_keep_the_value_s_own_line_number():
    lines = [
        _line(3, "Nationalité", True),
        _line(5, "Etre de nationalité luxembourgeoise.", False),
        _line(7, "Casier judiciaire", True),
        _line(9, "Avoir un casier judiciaire vierge.", False),
    ]
    assert [(ln.number, ln.text, ln.bullet) for ln in labelled_bullets(lines)] == [
        (5, "Etre de nationalité luxembourgeoise.", True),
        (9, "Avoir un casier judiciaire vierge.", True),
    ]
