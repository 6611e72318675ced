"""Working time in the structured formats (matcher/importers/jsonresume.py, linkedin.py) read as
in a free-text header and description: "Part-time, 80%." in a JSON Resume summary, "Guest
Lecturer (20%)" as a LinkedIn title, "1/4 time"; and a table's header row read as text
("When | Role and organisation") is no post's employer (sections.is_label_row)."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.job_header import body_fraction
from matcher.importers.lines import Line
from matcher.importers.sections import is_label_row


@pytest.mark.parametrize(
    ("text", "fraction"),
    [("1/4 time: one course a semester", 0.25), ("3/4 temps", 0.75), ("Part-time, 80%.", 0.8), ("24/7 duty", None)],
)
def test_fraction_words(text, fraction):
    assert body_fraction(text) == fraction


def test_json_resume_summary_and_linkedin_title_give_the_fraction(tmp_path):
    resume = tmp_path / "r.json"
    work = [
        {"name": "Bank", "position": "Fraud Analyst", "startDate": "2013-09", "endDate": "2016-02",
         "summary": "Part-time, 80%. Card-fraud monitoring."},
        {"name": "Police", "position": "Inspector", "startDate": "2016-03", "endDate": "2020-02",
         "summary": "Cut processing time by 40%."},
    ]  # fmt: skip
    resume.write_text(json.dumps({"basics": {"name": "A"}, "work": work}), encoding="utf-8")
    jobs = import_file(resume).data["experience"]
    assert [job.get("fraction") for job in jobs] == [0.8, None]
    export = tmp_path / "e.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Hochschule,Guest Lecturer (20%),Teaching.,Berlin,Oct 2021,Jul 2023\n",
        )
    [job] = import_file(export).data["experience"]
    assert job["fraction"] == 0.2


def test_a_table_header_row_read_as_text_is_no_post():
    assert is_label_row("When | Role and organisation") and is_label_row("Year | Qualification | Institution")
    assert not is_label_row("2019 – 2021 | Analyst | Europol")
    lines = [
        Line(t, f"line {i}")
        for i, t in enumerate(
            ["Career", "When | Role and organisation", "2019 to date | Policy Analyst", "Transparency International"], 1
        )
    ]
    [job] = draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1)).data["experience"]
    assert job["title"] == "Policy Analyst" and job.get("employer") != "Role and organisation"
