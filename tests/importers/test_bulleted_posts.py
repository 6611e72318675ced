"""Posts written as bullets under their employer's heading ('* Senior Officer, 10/2020 - present'):
each bullet that holds a post's title and its whole range is the post, with the heading as its
employer; a description's bullets (sentences, a lone year, a range inside a sentence) stay
description. The layout recurs across three blind writers' text CVs (rounds 7, 8, 9)."""

from __future__ import annotations

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.lines import Line


def _jobs(texts: list[str]) -> list[tuple]:
    draft = draft_from_lines([Line(t, f"line {k + 1}") for k, t in enumerate(texts)], "text", "cv.txt")
    return [
        (j["title"], j.get("employer"), j.get("start"), j.get("end"), j.get("ongoing", False))
        for j in draft.data.get("experience", [])
    ]


def test_english_posts_as_bullets_under_employer_headings():
    jobs = _jobs(
        [
            "WORK HISTORY",
            "Ghana Police Service, Accra, Ghana",
            "  - Chief Inspector, 06/2019 - present",
            "  - Supervises the cybercrime desk of the regional command.",
            "",
            "Ghana Immigration Service, Tema",
            "  - Assistant Inspector, 02/2013 - 05/2019",
            "  - Document examination at the port.",
            "EDUCATION",
            "BSc Computer Science, KNUST, 2012",
        ]
    )
    assert jobs == [
        ("Chief Inspector", "Ghana Police Service", "2019-06", None, True),
        ("Assistant Inspector", "Ghana Immigration Service", "2013-02", "2019-05", False),
    ]


def test_french_posts_as_bullets_several_under_one_employer():
    jobs = _jobs(
        [
            "PARCOURS PROFESSIONNEL",
            "Gendarmerie nationale, Dakar",
            "  • Commandant de brigade, 2018 - aujourd'hui",
            "  • Adjoint au commandant, 2014 - 2017",
            "  • Encadrement de 30 gendarmes.",
            "FORMATION",
            "Licence en droit, Université Cheikh Anta Diop, 2012",
        ]
    )
    assert [(t, e, s, end) for t, e, s, end, _ in jobs] == [
        ("Commandant de brigade", "Gendarmerie nationale", "2018", None),
        ("Adjoint au commandant", "Gendarmerie nationale", "2014", "2017"),
    ]


@pytest.mark.parametrize(
    "bullets",
    [
        # sentences that end with their dates are description, however many there are
        ["  * Led the review of forty case files, 2015 - 2016.", "  * Trained new recruits in 2017 and 2018."],
        # a single post-shaped bullet is not a list of posts
        ["  * Coordinator, 2015 - 2016", "  * Managed the regional office."],
    ],
)
def test_description_bullets_are_not_posts(bullets):
    jobs = _jobs(["EXPERIENCE", "Senior Officer, Interior Ministry, 2014 - 2019", *bullets])
    assert [j[0] for j in jobs] == ["Senior Officer"]
