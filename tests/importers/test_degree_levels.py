"""ISCED levels of degree names of other systems (profile_tools/data/study_types.yaml, read by
matcher/importers/education_text.py): drafted only where the name is one level in its country."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.education_text import degree_level
from matcher.importers.lines import Line


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Bachelier en criminologie", 6),
        ("Licencjat in Sociology", 6),
        ("Magister (Mgr.) in Public Administration", 7),
        ("Laurea magistrale in Giurisprudenza", 7),
        ("Laurea triennale in Scienze politiche", 6),
        ("Maestría en Criminología", 7),
        ("Doctorado en Derecho", 8),
        ("Maîtrise universitaire en droit (Master of Law)", 7),  # the CV names the degree it is
        # not one level: left not stated
        ("Maîtrise de droit privé", None),
        ("Master 1 (Maîtrise)", None),
        ("Magistère de juriste d'affaires", None),
        ("Abogado (law degree)", None),
    ],
)
def test_degree_names_of_other_systems(name, level):
    assert degree_level(name) == level


def test_a_dated_degree_after_a_dated_unknown_one_is_a_study_of_its_own():
    lines = [
        Line(t, f"line {i}")
        for i, t in enumerate(
            [
                "Education",
                "Abogado (law degree), Universidad de Chile, 2006 – 2012",
                "Maestría en Derecho Penal (thesis pending), Universidad de Chile, 2014 – 2016",
            ],
            1,
        )
    ]
    studies = draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1)).data["education"]
    maestria = next(s for s in studies if "Maestría" in s["title"])
    assert (maestria["level"], maestria.get("start"), maestria.get("end")) == (7, "2014", "2016")
    assert maestria["completed"] is False
    assert all(s.get("level") != 7 or s.get("start") != "2006" for s in studies)
