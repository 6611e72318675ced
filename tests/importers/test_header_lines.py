"""header_lines.py and the header reading around it (issue 15, session 8): which line of a post's
header is the employer, in layouts the round-7 PDFs used."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.lines import Line


def _jobs(*texts: str) -> list[dict]:
    lines = [Line(t, f"page 1, line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "pdf", "cv.pdf", date(2026, 12, 1)).data.get("experience", [])


def test_an_employer_over_a_us_place_over_a_title_and_its_unit():
    [job] = _jobs(
        "EXPERIENCE",
        "Homeland Security Investigations (HSI)",
        "Washington, DC",
        "Supervisory Special Agent, Human Smuggling Unit · Feb. 2020 – Present",
    )
    assert (job["title"], job["employer"]) == ("Supervisory Special Agent", "Homeland Security Investigations (HSI)")
    assert "country" not in job


# the round-7 CVs (development data since session 8) whose layouts these readings were written for
ROUND7 = Path(__file__).resolve().parents[2] / "bench" / "data" / "heldout" / "round7" / "cvs"


def test_a_table_row_with_the_employer_cell_below():
    jobs = import_file(ROUND7 / "pdf02_table_en_vandenberg.pdf").data["experience"]
    assert jobs[0]["employer"].startswith("Koninklijke Marechaussee") and jobs[0]["country"] == "NL"
    assert jobs[0]["countries_worked_with"] == ["BE", "DE"]  # the sentence cut after "and" is no header
    assert [j["employer"] for j in jobs[2:4]] == ["Koninklijke Marechaussee"] * 2  # not "Breda", not "Q2"


def test_a_wrapped_employer_name_over_a_place_and_dates_heads_the_next_post():
    jobs = import_file(ROUND7 / "pdf01_sidebar_fr_ndiaye.pdf").data["experience"]
    assert jobs[1]["countries_worked_with"] == ["GM", "GW"]  # not Mali: the next post's employer
    assert jobs[2]["title"] == "Officier de police des Nations Unies (UNPOL)"
    assert jobs[2]["employer"].startswith("Mission multidimensionnelle") and jobs[2]["country"] == "ML"
