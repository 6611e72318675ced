"""Word layouts read in order (nested and layout tables, content controls, tracked insertions,
text boxes, page headers) and dates never invented (career breaks, seasons, borrowed ends)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.dates import find_spans, wrapped_range
from matcher.importers.docx_reader import read_lines
from matcher.importers.lines import Line, clean_text

docx = pytest.importorskip("docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _draft(*texts: str, where: str = "line"):
    lines = [Line(t, f"{where} {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "docx", "cv.docx", date(2026, 12, 1))


def _save(document, tmp_path: Path) -> Path:
    path = tmp_path / "cv.docx"
    document.save(str(path))
    return path


def test_a_table_nested_in_a_layout_cell_is_read_row_by_row(tmp_path):
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "Nationality: Swedish"
    right.text = "WORK EXPERIENCE"
    nested = right.add_table(rows=1, cols=2)
    nested.rows[0].cells[0].text = "Mar 2017 – Dec 2020"
    nested.rows[0].cells[1].text = "Policy Officer"
    nested.rows[0].cells[1].add_paragraph("Frontex, Warsaw, Poland")
    texts = [line.text for line in read_lines(_save(document, tmp_path))]
    assert texts == [
        "Nationality: Swedish",
        "WORK EXPERIENCE",
        "Mar 2017 – Dec 2020 | Policy Officer",
        "Frontex, Warsaw, Poland",
    ]
    [job] = import_file(tmp_path / "cv.docx").data["experience"]
    assert (job["title"], job["employer"], job["country"], job["start"], job["end"]) == (
        "Policy Officer",
        "Frontex",
        "PL",
        "2017-03",
        "2020-12",
    )


def test_paragraphs_in_content_controls_and_tracked_insertions_are_read(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Experience")
    body = document.element.body
    sdt = parse_xml(
        f"<w:sdt xmlns:w='{W}'><w:sdtContent><w:p><w:r><w:t>Analyst, Europol</w:t></w:r>"
        "<w:ins w:id='1' w:author='x'><w:r><w:t xml:space='preserve'>, The Hague</w:t></w:r></w:ins>"
        "<w:del w:id='2' w:author='x'><w:r><w:delText>, Lyon</w:delText></w:r></w:del></w:p>"
        "<w:p><w:hyperlink><w:r><w:t>Jan 2019</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>– present</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)
    texts = [line.text for line in read_lines(_save(document, tmp_path))]
    assert texts == ["Experience", "Analyst, Europol, The Hague", "Jan 2019  – present"]


def test_a_drawingml_text_box_with_its_vml_fallback_is_read_once_and_the_header_table_too(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    header_table = document.sections[0].header.add_table(rows=1, cols=2, width=docx.shared.Cm(16))
    header_table.rows[0].cells[0].text = "Aisha Bello"
    header_table.rows[0].cells[1].text = "Nationality: Nigerian"
    box = "<w:txbxContent><w:p><w:r><w:t>Hausa – native</w:t></w:r></w:p></w:txbxContent>"
    run = parse_xml(
        f"<w:r xmlns:w='{W}' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
        "xmlns:v='urn:schemas-microsoft-com:vml'>"
        f"<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    document.add_paragraph("Languages")._p.append(run)
    texts = [line.text for line in read_lines(_save(document, tmp_path))]
    assert texts == ["Aisha Bello | Nationality: Nigerian", "Languages", "Hausa – native"]


@pytest.mark.parametrize(
    "line",
    [
        "2018 – 2019 | Career break (parental leave)",
        "juin 2009 – août 2010 | Congé parental",
        "2014 – 2015  Career break – travel and volunteering",
        "2016 – 2017 : Congé de maternité",
    ],
)
def test_a_career_break_is_not_drafted_as_a_post_and_says_why(line):
    draft = _draft("Experience", "Jan 2020 – present | Analyst, Europol, The Hague", line)
    assert [job["title"] for job in draft.data["experience"]] == ["Analyst"]
    assert any("reads as a break, not a post" in note for note in draft.reviews)


def test_a_season_keeps_its_year_for_both_ends_and_no_month():
    [span] = find_spans("Summer 2014")
    assert (span.start, span.end, span.ongoing) == ("2014", "2014", False)
    [span] = find_spans("été 2019")
    assert (span.start, span.end) == ("2019", "2019")


def test_a_range_end_is_not_borrowed_from_the_next_entrys_own_range():
    assert wrapped_range("Intern, 2014 –", "2016")
    assert not wrapped_range("Intern, 2014 –", "2016 – 2018 Consultant, UNDP")
    draft = _draft("Experience", "Intern, UNDP, 2014 –", "2016 Consultant, UNICEF", where="paragraph")
    assert not any(job.get("end") == "2016" for job in draft.data.get("experience", []))


def test_a_nationality_before_a_dash_and_an_email_is_read():
    draft = _draft("Tomás Herrera", "Citizenship: Chilean — tomas.herrera@example.cl")
    assert draft.data["nationality"] == ["CL"]


def _table_doc(rows, heading: str | None = None):
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return document


def test_a_column_label_row_is_not_read_as_a_post(tmp_path):
    rows = [
        ("Position", "Organisation", "Dates"),
        ("Legal Officer", "ICC, The Hague, Netherlands", "Jan 2019 – present"),
    ]
    import_path = _save(_table_doc(rows, "Work Experience"), tmp_path)
    [job] = import_file(import_path).data["experience"]
    assert (job["title"], job["employer"], job["country"], job["start"]) == ("Legal Officer", "ICC", "NL", "2019-01")


def test_tables_with_no_heading_take_their_section_from_the_header_row(tmp_path):
    document = docx.Document()
    for rows in (
        [
            ("Dates", "Job title", "Organisation", "Place"),
            ("Mar 2019 – present", "Customs Analyst", "Tullverket", "Malmö, Sweden"),
        ],
        [("Period", "Diploma", "School"), ("2008 – 2011", "Bachelor of Arts in Economics", "Lund University")],
        [("Language", "Level"), ("Swedish", "Mother tongue"), ("German", "B1")],
    ):
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    draft = import_file(_save(document, tmp_path))
    [job] = draft.data["experience"]
    assert (job["title"], job["employer"], job["country"], job["start"], job["ongoing"]) == (
        "Customs Analyst",
        "Tullverket",
        "SE",
        "2019-03",
        True,
    )
    [degree] = draft.data["education"]
    assert (degree["level"], degree["start"], degree["end"]) == (6, "2008", "2011")
    assert [(x["language"], x.get("level")) for x in draft.data["languages"]] == [("sv", None), ("de", "B1")]


def test_a_word_europass_label_table_gives_posts_nationality_and_languages(tmp_path):
    rows = [
        ("Nationality", "Ghanaian"),
        ("Work experience", ""),
        ("Dates", "March 2016 – present"),
        ("Occupation or position held", "Customs Officer"),
        ("Main activities and responsibilities", "Border controls with Togo"),
        ("Name and address of employer", "Ghana Revenue Authority, Accra, Ghana"),
        ("Type of business or sector", "Public administration"),
        ("Mother tongue(s)", "Twi"),
        ("Other language(s)", ""),
        ("English", "C1"),
    ]
    draft = import_file(_save(_table_doc(rows), tmp_path))
    [job] = draft.data["experience"]
    assert (job["title"], job["employer"], job["country"], job["start"], job["ongoing"]) == (
        "Customs Officer",
        "Ghana Revenue Authority",
        "GH",
        "2016-03",
        True,
    )
    assert job["countries_worked_with"] == ["TG"]
    assert draft.data["nationality"] == ["GH"]
    assert [(x["language"], x.get("level"), x.get("mother_tongue")) for x in draft.data["languages"]] == [
        ("tw", None, True),
        ("en", "C1", None),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("fin 2015 – début 2017", "2015", "2017"),
        ("early 2015 – late 2017", "2015", "2017"),
        ("Q1 2015 – Q3 2016", "2015", "2016"),
    ],
)
def test_a_part_of_a_year_keeps_the_year_and_gives_no_month(text, start, end):
    [span] = find_spans(text)
    assert (span.start, span.end, span.ongoing, span.ambiguous) == (start, end, False, None)


def test_a_gap_year_is_a_break_and_word_hyphens_join_a_range():
    draft = _draft("Experience", "Jan 2020 – present | Analyst, Europol", clean_text("2018\u20112019 | Gap year"))
    assert [job["title"] for job in draft.data["experience"]] == ["Analyst"]
