"""Countries worked with are drafted only where the description states them (session 7): a course
taken, the body a post was seconded from, an organisation's seat and the post's own employer
give no country, each with a review note; training delivered, counterparts and missions do.
Also the round's other inferences: a TOEIC total, a baccalauréat's level, a year before a dash."""

from __future__ import annotations

import pytest
from cv_files import draft_lines

from matcher.importers.dates import find_spans
from matcher.importers.education_text import degree_level
from matcher.importers.languages import certificate_level, light_fold, read_language
from matcher.importers.pdf_boxes import Box
from matcher.importers.pdf_layout import reading_order
from matcher.importers.worked_with import read_work_countries, work_countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # received: where the candidate learnt, not where the post worked
        ("Completed a three-week training course on asset tracing in Ljubljana, Slovenia.", []),
        ("Took part in a study visit to Portugal on port controls.", []),
        ("Participated in a regional workshop on wildlife crime in Botswana.", []),
        ("Was trained at the national academy in Finland in 2017.", []),
        ("Stage de formation à la gendarmerie du Portugal ; appui aux autorités du Tchad.", ["TD"]),
        # delivered or organised: the post's own work there
        ("Taught a course on financial investigation to prosecutors in Namibia.", ["NA"]),
        ("Organised a workshop in Lomé, Togo for customs officers.", ["TG"]),
        ("Designed and ran training for border police in Moldova and Armenia.", ["MD", "AM"]),
        # an idiom is no course
        ("In the course of the inquiry, exchanged evidence with Latvia.", ["LV"]),
    ],
)
def test_a_course_taken_is_no_country_worked_with_but_one_given_is(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Seconded from the Danish National Police to the regional hub.", []),
        ("On secondment from the Police of Finland; cases with Estonia.", ["EE"]),
        ("Seconded by the Bundespolizei (Germany) to the mission's team in Iraq.", ["IQ"]),
        ("Détaché par la Police nationale (France) auprès des autorités du Mali.", ["ML"]),
    ],
)
def test_the_body_a_post_was_seconded_from_is_its_own_side(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Regular reporting to UNHCR, Geneva, Switzerland.", []),
        ("Briefed the OSCE Secretariat in Vienna, Austria on the project.", []),
        ("Liaison with Frontex (Warsaw, Poland) and with the police of Serbia.", ["RS"]),
        # a place of the post's own work, and lists, are no seat
        ("Missions to Juba, South Sudan and to Kampala, Uganda.", ["SS", "UG"]),
        ("Worked in Bamako, Mali with the national guard.", ["ML"]),
        ("Cooperation with Kenya, Uganda, Tanzania and Rwanda.", ["KE", "UG", "TZ", "RW"]),
        # the counterpart's own country written after it counts
        ("Joint cases with the RCMP (Canada).", ["CA"]),
    ],
)
def test_a_city_and_country_after_an_organisation_is_its_seat(text, codes):
    assert work_countries(text) == codes


def test_a_country_left_out_says_so_in_a_review_note():
    found, notes = read_work_countries("Completed a course in Tallinn, Estonia; joint cases with Lithuania.")
    assert found == ["LT"]
    assert len(notes) == 1 and notes[0].startswith("EE:") and "left out" in notes[0]


def test_the_employers_own_country_is_not_a_counterpart():
    assert work_countries("Link between the Slovak liaison bureau and the team.", own_side="Police of Slovakia") == []
    assert work_countries("Cases with the Slovak police.", own_side="Europol") == ["SK"]


def test_a_free_text_post_keeps_only_the_countries_it_states_with_notes():
    draft = draft_lines(
        "EXPERIENCE",
        "Investigator, Financial Crime Unit, Nairobi, Kenya, 2016 – 2021",
        "- Completed a course on crypto-assets in Seoul, Republic of Korea.",
        "- Joint investigations with Ugandan police on mobile-money fraud.",
    )
    assert draft.data["experience"][0]["countries_worked_with"] == ["UG"]
    assert any("KR: named for a course taken" in note for note in draft.reviews)  # left out, and said so


# ---- the round's other inferences ---------------------------------------------------------


def test_a_toeic_total_gives_no_level_but_a_written_cefr_does():
    assert certificate_level(light_fold("TOEIC 910")) is None
    fact = read_language("en", "Advanced (TOEIC 910)")
    assert fact.level is None and fact.review and "TOEIC 910" in fact.review
    assert read_language("en", "B2 (TOEIC)").level == "B2"


@pytest.mark.parametrize(
    ("degree", "institution", "level"),
    [
        ("Baccalauréat en sécurité publique", "Université Laval", 6),
        ("Baccalauréat série S", "Lycée Jean Moulin", 3),
        ("Baccalauréat", None, 3),
    ],
)
def test_a_baccalaureat_from_a_university_is_a_bachelors(degree, institution, level):
    assert degree_level(degree, institution) == level


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023 – exp. May 2026", "2023", "2026-05"),
        ("Investigator 2011 – | Customs", "2011", None),  # the dash opens a range: 2011 is no end
    ],
)
def test_a_year_before_a_dash_is_a_start_never_an_end(text, start, end):
    span = find_spans(text)[0]
    assert (span.start, span.end) == (start, end)


# ---- a PDF table with a narrow column -----------------------------------------------------


def _box(x0: float, top: float, text: str) -> Box:
    return Box(x0, x0 + 5.0 * len(text), top, top + 9, text)


def test_a_table_location_column_is_read_with_its_rows_and_its_cells_kept_whole():
    boxes = [
        _box(60, 100, "When"),
        _box(170, 100, "Post and employer"),
        _box(430, 100, "Where"),
        _box(60, 120, "2019 – present"),
        _box(170, 120, "Fraud Analyst"),
        _box(430, 120, "Port Louis,"),
        _box(170, 131.5, "Financial Crimes Commission"),
        _box(430, 131.5, "Mauritius"),
        _box(170, 143, "Tracing of proceeds with the police of Réunion."),
        _box(60, 163, "2014 – 2018"),
        _box(170, 163, "Junior Analyst"),
        _box(430, 163, "Ebene"),
        _box(170, 174.5, "Bank of the Indian Ocean Ltd"),
        _box(60, 194, "2010 – exp."),
        _box(170, 194, "MSc Forensic Accounting"),
        _box(60, 205.5, "2012"),
    ]
    lines = reading_order(boxes)
    assert lines[1] == "2019 – present | Fraud Analyst | Port Louis, Mauritius"
    assert lines[2] == "Financial Crimes Commission"
    assert "2014 – 2018 | Junior Analyst | Ebene" in lines
    assert "2010 – exp. 2012 | MSc Forensic Accounting" in lines


def test_the_country_a_post_represented_is_its_own_side():
    assert work_countries("Represented Malta at the council's working party; talks with Tunisia.") == ["TN"]
    assert work_countries("Represented the unit in meetings with the Egyptian police.") == ["EG"]


def _education(*texts: str) -> dict:
    return draft_lines("EDUCATION", *texts).data["education"][0]


def test_a_degree_with_only_a_start_has_no_completion():
    assert "completed" not in _education("MA International Relations, University of Kent, 2021 –")


def test_interrupted_studies_are_not_completed():
    assert _education("LLB, University of Ghana, 2003 – 2007 (studies interrupted)")["completed"] is False


def test_a_written_level_beside_a_score_is_the_level_stated():
    fact = read_language("en", "C1 (IELTS 6.5)")
    assert fact.level == "C1" and fact.review and "IELTS 6.5" in fact.review
    assert read_language("en", "IELTS 6.5").level == "B2"


def test_a_level_expected_is_not_held():
    assert read_language("fr", "B2 level expected next year").level is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Identified women trafficked from Moldova and Ukraine to Cyprus.", []),
        ("Profiling of containers arriving from Ecuador; joint cases with Belgium.", ["BE"]),
        ("Seizures of methamphetamine originating in Myanmar.", []),
        ("Réseaux de migrants en provenance du Soudan et de l'Érythrée ; appui à la police du Mali.", ["ML"]),
        # requests and cooperation from a country are its counterparts
        ("Answered MLA requests from Austria and Slovenia.", ["AT", "SI"]),
    ],
)
def test_where_a_cases_people_or_goods_came_from_is_subject_matter(text, codes):
    assert work_countries(text) == codes


def test_a_country_named_twice_in_a_clause_is_listed_once():
    assert work_countries("Fugitive located in Peru, then extradited with the Peruvian police.") == ["PE"]


def test_a_country_named_by_its_force_or_directorate_is_a_counterpart():
    assert work_countries("Joint patrols with the Italian Carabinieri and the Greek Coast Guard.") == ["IT", "GR"]
    assert work_countries("Coordination with the Egyptian General Directorate on a training plan.") == ["EG"]
