"""job_countries.py and worked_with.py: a country named in a post's body that it did not work with
(issue 15, session 8): the next post's heading lines, a trafficking route, a title's qualifier."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.lines import Line
from matcher.importers.worked_with import read_work_countries


def _jobs(*texts: str) -> list[dict]:
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1)).data.get("experience", [])


def test_the_next_posts_employer_line_gives_the_post_above_no_country():
    jobs = _jobs(
        "EXPERIENCE",
        "Analyst, Europol, Jan 2018 – Dec 2020",
        "• Joint investigations with the police of Spain and Italy.",
        "Police of the Czech Republic —",
        "Criminal Intelligence Analyst · 2012 – 2017",
    )
    assert jobs[0]["countries_worked_with"] == ["ES", "IT"]


def test_a_post_line_read_as_description_gives_no_country():
    jobs = _jobs(
        "EXPERIENCE",
        "Analyst, Europol, Jan 2018 – Dec 2020",
        "Criminal Intelligence Analyst | Police of the Czech Republic | Nairobi, Kenya | depuis 2019",
    )
    assert "countries_worked_with" not in jobs[0]


def test_a_sentence_without_a_final_stop_still_names_countries_worked_with():
    jobs = _jobs(
        "EXPERIENCE",
        "Analyst, Europol, 2018 – 2020",
        "• Case analysis.",
        "Joint operations with the police of Ghana",
        "Officer, Police, 2012 – 2017",
    )
    assert jobs[0]["countries_worked_with"] == ["GH"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Cases involving captagon trafficking routes from Syria.", []),
        ("Trafic de migrants depuis la Libye vers l'Italie.", []),
        ("Joint operations with the police of Spain against trafficking from Morocco.", ["ES"]),
        ("Delivered training for the border police of Lebanon and Iraq.", ["LB", "IQ"]),
    ],
)
def test_a_route_of_a_trafficking_case_is_subject_matter(text, codes):
    assert read_work_countries(text)[0] == codes


@pytest.mark.parametrize(
    "header",
    [
        "Country Director – Mali | Save the Children | 2015 – 2019",
        "Desk Officer, Nigeria, Europol, 2015 – 2019",
        "Europol — Atlanta, Georgia, Analyst, 2015 – 2019",
    ],
)
def test_a_country_qualifying_a_title_or_a_us_state_is_not_the_posts_country(header):
    [job] = _jobs("EXPERIENCE", header)
    assert "country" not in job


def test_georgia_after_a_georgian_city_is_the_country():
    [job] = _jobs("EXPERIENCE", "Analyst, OSCE, Tbilisi, Georgia, 2015 – 2019")
    assert job["country"] == "GE"
