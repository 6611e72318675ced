"""PDF CVs read in reading order from their geometry (issue 15): a sidebar left or right, of
several widths, with or without a shaded panel, read column by column though both columns share
baselines; a table of posts with a grid of rules, with horizontal rules only or with no rules, a
row read as one record with its wrapped cells put back together; English and French. The PDFs
are built at test time (pdf_layouts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_build import Page, write
from pdf_layouts import NAME, PLACE, WORDS, facts, sidebar_cv, table_cv

from matcher.importers import import_file
from matcher.importers.pdf_reader import read_lines


def _posts(data: dict) -> list[tuple]:
    keys = ("title", "employer", "start", "end", "country")
    return [(*(e.get(k) for k in keys), e.get("countries_worked_with") or []) for e in data.get("experience", [])]


SIDEBARS = [(lang, side, width) for lang in ("en", "fr") for side in ("left", "right") for width in (130, 165, 200)]


@pytest.mark.parametrize(("lang", "side", "width"), SIDEBARS)
@pytest.mark.parametrize("panel", [False, True], ids=["plain", "panel"])
def test_a_sidebar_is_read_whole_then_the_main_column(tmp_path: Path, lang: str, side: str, width: int, panel: bool):
    page, sidebar, main = sidebar_cv(lang, side, width, panel)
    path = write(tmp_path / "cv.pdf", [page])
    assert [line.text for line in read_lines(path)] == sidebar + main
    data = import_file(path).data
    assert _posts(data) == facts(lang)
    assert [(x["language"], x.get("level")) for x in data["languages"]] == WORDS[lang]["codes"]
    assert data["name"] == " ".join(NAME)  # the name in large type over two lines, not the place under it


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("rules", ["grid", "rows", "none"])
def test_a_table_row_is_one_post_with_its_wrapped_cells(tmp_path: Path, lang: str, rules: str):
    path = write(tmp_path / "cv.pdf", [table_cv(lang, rules)])
    data = import_file(path).data
    assert _posts(data) == facts(lang)
    assert data["nationality"] == ["NG"]


def test_a_ruled_table_row_keeps_its_page_table_and_row(tmp_path: Path):
    lines = read_lines(write(tmp_path / "cv.pdf", [table_cv("en", "grid")]))
    rows = [line for line in lines if line.where.startswith("page 1, table 1")]
    assert [line.text for line in lines[:3]] == ["Amara Okafor", "Nationality: Nigerian", "Professional experience"]
    assert rows[0].where == "page 1, table 1, row 2"  # section already headed: the header row adds nothing
    assert rows[0].text == "March 2019 – present | Criminal Intelligence Analyst | Europol | The Hague, Netherlands"
    assert rows[1].text.startswith("Joint investigations with Spain and Italy") and rows[1].where == rows[0].where


def test_a_bold_title_wrapped_in_its_cell_is_one_title_and_its_regular_description_another_line(tmp_path: Path):
    page = Page()
    page.text(60, 50, "Professional experience", 12, bold=True)
    edges, top = [56.0, 150.0, 260.0, 540.0], 80.0
    for x in edges:
        page.line(x, top, x, top + 60)
    for y in (top, top + 16, top + 60):
        page.line(edges[0], y, edges[-1], y)
    for k, label in enumerate(("Dates", "Role", "Organisation")):
        page.text(edges[k] + 6, top + 4, label, 9, bold=True)
    page.text(62, top + 20, "2016-03 –", 9)
    page.text(62, top + 31.5, "2020-08", 9)
    page.text(156, top + 20, "Criminal Intelligence", 9, bold=True)
    page.runs(156, top + 31.5, [("Adviser", True), (" (80 %)", False)], 9)
    page.text(156, top + 43, "Mentoring of analysts.", 9)
    page.text(266, top + 20, "EUCAP Somalia", 9)
    lines = [line.text for line in read_lines(write(tmp_path / "cv.pdf", [page]))]
    head = "2016-03 – 2020-08 | Criminal Intelligence Adviser (80 %) | EUCAP Somalia"
    assert lines[-2:] == [head, "Mentoring of analysts."]


def test_a_place_line_is_never_the_name(tmp_path: Path):
    page = Page()
    page.text(60, 50, PLACE, 10)
    page.text(60, 65, "Professional experience", 12, bold=True)
    page.text(60, 85, "Investigator", 9.5, bold=True)
    page.text(60, 98, "Nigeria Police Force, Abuja, Nigeria · Jan 2014 – Feb 2019", 9.5)
    data = import_file(write(tmp_path / "cv.pdf", [page])).data
    assert "name" not in data


def test_the_name_heading_the_main_column_is_read_before_the_sidebar(tmp_path: Path):
    page = Page()
    for k, text in enumerate(["Contact", PLACE, "a.okafor@example.org", "Languages", "English: C2", "French: B1"]):
        page.text(24, 50 + 12.5 * k, text, 9.5, bold=k in (0, 3))
    page.text(220, 48, " ".join(NAME).title(), 20, bold=True)
    page.text(220, 80, "Professional experience", 12, bold=True)
    for k, text in enumerate(["Investigator", "Nigeria Police Force, Abuja, Nigeria · Jan 2014 – Feb 2019"]):
        page.text(220, 100 + 12.5 * k, text, 9.5, bold=k == 0)
    path = write(tmp_path / "cv.pdf", [page])
    assert read_lines(path)[0].text == "Amara Okafor"
    assert import_file(path).data["name"] == "Amara Okafor"
