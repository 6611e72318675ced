"""Reading order and roles in layouts the first CV set lacked (tests/data/cvs_layout): a date
column on the right margin, grids of short cells, running headers on later pages, margin
headings, the employer above its title, a place line of its own, form labels, table header
rows that name each column's role."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.docx_labels import header_roles, row_by_roles
from matcher.importers.entry_lines import labelled_records
from matcher.importers.job_header import Job, _assign
from matcher.importers.lines import Line
from matcher.importers.pdf_boxes import Box
from matcher.importers.pdf_layout import reading_order
from matcher.importers.pdf_lines import grids
from matcher.importers.pdf_reader import _running_lines
from matcher.importers.sections import nationality, split_sections

ROOT = Path(__file__).resolve().parents[2]


def _box(x0: float, top: float, text: str, width: float | None = None) -> Box:
    return Box(x0, x0 + (width if width is not None else 5.5 * len(text)), top, top + 10, text)


def _draft(*texts: str):
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1)).data


# ---- pdf_reader -------------------------------------------------------------------------


def test_a_date_flush_with_the_right_margin_stays_on_its_entrys_line():
    boxes = []
    for k, (employer, dates) in enumerate(
        [("Europol, The Hague, Netherlands", "Oct 2017 – Aug 2021"), ("Police nationale, Rennes", "2012 – 2017")]
    ):
        top = 100 + 60 * k
        boxes += [_box(57, top, employer), _box(540 - 90, top, dates, 90), _box(57, top + 13, "Strategic Analyst")]
        boxes += [_box(57, top + 26, "• Reports on organised crime with several partner services.")]
    order = reading_order(boxes)
    assert order[0] == "Europol, The Hague, Netherlands | Oct 2017 – Aug 2021"
    assert order[3] == "Police nationale, Rennes | 2012 – 2017" and len(order) == 6


def test_a_sidebar_beside_the_main_column_is_still_read_column_by_column():
    side = [_box(30, 100 + 13 * k, t) for k, t in enumerate(["LANGUAGES", "English – C2", "Polish – B1", "Skills"])]
    main = [
        _box(220, 100 + 13 * k, t)
        for k, t in enumerate(["EXPERIENCE", "Risk Analyst, Frontex, Warsaw", "Sep 2015 – Feb 2019", "Analyses"])
    ]
    assert reading_order(side + main) == [b.text for b in side + main]


def test_a_grid_of_short_cells_is_read_row_by_row():
    rows = [["Language", "Listening", "Writing"], ["English", "C1", "B2"], ["French", "A2", "A2"]]
    boxes = [_box(57 + 120 * c, 300 + 13 * r, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    merged = grids(boxes, 595)
    assert [b.text for b in merged] == ["Language | Listening | Writing", "English | C1 | B2", "French | A2 | A2"]
    assert reading_order(merged) == ["Language | Listening | Writing", "English | C1 | B2", "French | A2 | A2"]


def test_a_later_pages_margin_line_repeating_the_name_is_a_running_header():
    first = [_box(57, 60, "Solène Kerbrat"), _box(57, 90, "Commissaire de police")]
    second = [_box(57, 25, "Solène Kerbrat — curriculum vitae"), _box(57, 90, "FORMATION")]
    running = _running_lines([(842, first), (842, second)])
    assert running == {id(second[0])}


# ---- roles in a job's header ------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["UNICEF — Maputo, Mozambique", "Child Protection Specialist"],
            ("Child Protection Specialist", "UNICEF", "MZ"),
        ),
        (["Jordan River Foundation, Amman", "Case Worker"], ("Case Worker", "Jordan River Foundation", None)),
        (
            ["International Committee of the Red Cross (ICRC), Amman, Jordan", "Protection Delegate"],
            ("Protection Delegate", "International Committee of the Red Cross (ICRC)", "JO"),
        ),
        (
            ["Police nationale, Rennes", "Lieutenante de police, brigade financière"],
            ("Lieutenante de police, brigade financière", "Police nationale", None),
        ),
        (
            ["Vluchtelingenwerk Vlaanderen", "Legal Adviser", "Antwerp, Flemish Region, Belgium"],
            ("Legal Adviser", "Vluchtelingenwerk Vlaanderen", "BE"),
        ),
    ],
)
def test_the_employer_with_its_place_and_the_title_on_lines_of_their_own(header, expected):
    job = Job([], None)  # type: ignore[arg-type]
    _assign(job, header)
    assert (job.title, job.employer, job.country) == expected


def test_a_wrapped_line_or_a_city_alone_is_not_read_as_an_employer_line():
    job = Job([], None)  # type: ignore[arg-type]
    _assign(job, ["Senior Investigator, Office of the Director of Corporate Enforcement, Dublin,", "Ireland"])
    assert job.title != "Ireland" and job.country == "IE"


def test_a_slash_and_an_acronym_in_parentheses():
    data = _draft(
        "PARCOURS",
        "2014-09 – 2018-02   Office de l'Auditeur général / Auditeur principal — Kigali",
        "2004 – 2006: Research Assistant, Kwame Nkrumah University of Science and Technology (KNUST), Kumasi",
    )
    jobs = [(j["title"], j["employer"]) for j in data["experience"]]
    assert jobs == [
        ("Auditeur principal", "Office de l'Auditeur général"),
        ("Research Assistant", "Kwame Nkrumah University of Science and Technology (KNUST)"),
    ]


def test_a_list_whose_items_start_with_dates_is_the_list_of_posts():
    data = _draft(
        "Work experience:",
        "- 2019-present: Senior Officer, Ministry of the Interior (Morocco)",
        "  Border cooperation with Spain and Mauritania.",
        "- 2015-2019: Officer, Direction Générale de la Sûreté Nationale, Rabat",
    )
    first, second = data["experience"]
    assert (first["title"], first["country"], first["countries_worked_with"]) == ("Senior Officer", "MA", ["ES", "MR"])
    assert (second["title"], second["start"], second["end"]) == ("Officer", "2015", "2019")


# ---- sections and nationality -----------------------------------------------------------


def test_a_heading_in_the_left_margin_is_split_from_its_sections_first_line():
    lines = [Line("EXPERIENCE | Senior Analyst, Central Bank | 2015 – 2020", "page 1, line 3")]
    parts = split_sections(lines).parts
    assert [line.text for line in parts["experience"]] == ["Senior Analyst, Central Bank | 2015 – 2020"]


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (["NATIONALITY", "Kenyan"], ["KE"]),
        (["Nationalités", "Française, Sénégalaise"], ["FR", "SN"]),
        (["Nationality | Irish"], ["IE"]),
        (["Dual nationality: French and Canadian"], ["FR", "CA"]),
        (["Citizen of Ghana"], ["GH"]),
        (["Paris — lea@example.fr — Nationalités : française, italienne"], ["FR", "IT"]),
        (["Nationality", "Languages"], []),
        (["Networks of mixed nationality: Albanian and Italian"], []),
    ],
)
def test_nationality_statements(texts, codes):
    assert nationality([Line(t, f"line {i}") for i, t in enumerate(texts)])[0] == codes


# ---- forms and table header rows --------------------------------------------------------


def test_a_header_row_gives_each_column_its_role_and_rows_are_written_in_cv_order():
    roles = header_roles([["Date from – Date to"], ["Location"], ["Company"], ["Position"], ["Description"]])
    assert roles == ["dates", "location", "employer", "title", "description"]
    made = row_by_roles(roles, [["2019 – present"], ["Tanzania"], ["Aurecon"], ["Team Leader"], ["Missions."]], "t")
    assert [line.text for line in made] == ["Team Leader | Aurecon, Tanzania | 2019 – present", "- Missions."]
    assert header_roles([["2019 – present"], ["Tanzania"]]) is None  # a post, not labels


def test_an_employer_cells_further_paragraphs_are_its_place_not_duties():
    roles = ["dates", "title", "employer"]
    made = row_by_roles(roles, [["2016 – 2020"], ["Analyst"], ["UNDP", "Monrovia, Liberia"]], "t")
    assert [line.text for line in made] == ["Analyst | UNDP, Monrovia, Liberia | 2016 – 2020"]


def test_form_lines_make_one_record_per_post():
    lines = [
        Line(t, f"line {i}")
        for i, t in enumerate(
            [
                "From: 03/2016   To: Present",
                "Exact title of your post: Human Rights Officer",
                "Name of employer: OHCHR",
                "Address of employer: Geneva, Switzerland",
                "From: 01/2012   To: 02/2016",
                "Exact title of your post: Legal Aid Coordinator",
                "Name of employer: Malawi Legal Aid Bureau",
            ]
        )
    ]
    assert [line.text for line in labelled_records(lines)] == [
        "Human Rights Officer | OHCHR, Geneva, Switzerland | 03/2016 – Present",
        "Legal Aid Coordinator | Malawi Legal Aid Bureau | 01/2012 – 02/2016",
    ]
    plain = [Line("Analyst, Europol, 2015 – 2019", "line 1"), Line("Note: seconded", "line 2")]
    assert labelled_records(plain) == plain


# ---- the layout set as a whole ----------------------------------------------------------


def test_layout_set_scores():
    spec = importlib.util.spec_from_file_location("eval_import", ROOT / "bench" / "eval_import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    summary = module.run([ROOT / "tests" / "data" / "cvs_layout"], use_baseline=False)["summary"]
    overall = summary["overall"]
    assert overall["cvs"] >= 30
    assert overall["recall"] >= 0.95 and overall["precision"] >= 0.98, overall
    assert all(s["recall"] >= 0.93 for s in summary.values()), summary
    # one judgement call stays counted: lay13 labels "Laurea triennale" level null (not in the
    # conventions' list); the importer reads it as a bachelor's degree (6)
    assert overall["invented_by_field"] in ({}, {"level": 1}), overall["invented_by_field"]
