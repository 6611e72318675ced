"""education_text.py: where one study ends, which subject a degree names (issue 15, session 8)."""

from __future__ import annotations

import pytest

from matcher.importers.education_text import degree_level, field_of, read_studies
from matcher.importers.lines import Line


def _studies(*texts: str):
    return read_studies([Line(t, f"line {i}") for i, t in enumerate(texts, 1)], None)


def test_a_degree_line_with_its_own_dates_is_never_one_study_with_the_line_above():
    # the course above names no known degree; its year must not become the BA's end
    studies = _studies(
        "MA in International Relations, University of Jordan, 2016–18",
        "Police officers' course, Royal Police Academy, 2012",
        "BA in English Literature, Yarmouk University, Irbid, 2005 – 2009",
    )
    ba = next(s for s in studies if (s.degree or "").startswith("BA"))
    assert (ba.span.start, ba.span.end) == ("2005", "2009")


def test_a_membership_grade_is_no_degree_and_takes_no_dates():
    studies = _studies(
        "Magistère en sciences criminelles, Université d'Oran, 2008 – 2010",
        "Associate Member, Association of Certified Fraud Examiners, 2016",
    )
    assert [s.degree for s in studies] == ["Magistère en sciences criminelles"]


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("Diplôme d'inspecteur de police", None),  # what it makes its holder, not a subject
        ("Diplôme d'officier de gendarmerie", None),
        ("Brevet fédéral de policier", None),
        ("Diplôme de l'École des officiers de la gendarmerie nationale (EOGN)", None),  # the school's name
        ("Diplôme universitaire (DU) Lutte contre la criminalité financière", "Lutte contre la criminalité financière"),
        ("Diplôme d'État d'infirmier", "infirmier"),
        ("Baccalauréat", None),  # no "ba" + "ccalauréat"
        ("Basic Police Training", None),
        ("BS Criminology", "Criminology"),
        ("Diploma in Criminal Justice", "Criminal Justice"),
        ("Master en Économie du développement", "Économie du développement"),
    ],
)
def test_the_field_is_a_subject_named_by_the_degree(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize(("degree", "level"), [("BS Criminology", 6), ("B.S. in Criminology", 6), ("bs in it", None)])
def test_a_us_bachelor_of_science_is_read_only_in_capitals(degree, level):
    assert degree_level(degree) == level
