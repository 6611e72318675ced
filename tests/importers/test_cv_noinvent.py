"""Nothing invented (issue 15, third round): for every drafted fact, is it written, for this
entry? Countries named as a conference venue, a funder; a start word with an end;
a start with no end; a percentage that is not a working time; a US state named like a country;
a mother-tongue label that belongs to another line; a Europass job with no end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.dates import find_spans
from matcher.importers.lines import Line
from matcher.importers.worked_with import work_countries

CVS = Path(__file__).resolve().parents[1] / "data" / "cvs"


def _draft(*texts: str):
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Joint operations with Ghana and South Africa. Keynote at the Africa Cyber Summit in Rwanda.", ["GH", "ZA"]),
        ("Liaison with the Embassy of Brazil on extradition files", ["BR"]),  # a counterpart, not a venue
        ("Project funded by the Government of Norway; fieldwork in Albania.", ["AL"]),
        ("Cases involving shell companies registered in Cyprus", []),
        ("Intervention au congrès de l'AFRIPOL à Alger (Algérie) en 2019", []),
        ("Coopération avec la Gambie, puis séminaire à Budapest (Hongrie)", ["GM"]),  # the cue cuts what follows
        ("Suivi des demandes de visas pour la France", []),
    ],
)
def test_a_country_is_worked_with_only_outside_a_conference_funder_or_registration(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        ("From Jan 2019 until Dec 2022", "2019-01", "2022-12", False),
        ("From 2015 to 2018", "2015", "2018", False),
        ("Depuis 2010 jusqu'en 2016", "2010", "2016", False),
        ("De mars 2016 à aujourd'hui", "2016-03", None, True),
        ("Since 2019", "2019", None, True),
    ],
)
def test_a_start_word_followed_by_an_end_is_a_closed_range(text, start, end, ongoing):
    [span] = find_spans(text)
    assert (span.start, span.end, span.ongoing, span.ambiguous) == (start, end, ongoing, None)


def test_a_start_with_no_end_and_no_present_is_neither_a_range_nor_ongoing():
    [span] = find_spans("Intern, Metropolitan Police Service, 2014 –")
    assert (span.start, span.end, span.ongoing) == ("2014", None, False) and "no end" in (span.ambiguous or "")
    draft = _draft(
        "Experience",
        "Analyst, Europol, The Hague, Netherlands, Jan 2016 – Dec 2019",
        "Intern, Metropolitan Police Service, London, UK, 2014 –",
        "- Support to the fraud squad in cooperation with Spain.",
    )
    [job] = draft.data["experience"]
    assert job["title"] == "Analyst" and "countries_worked_with" not in job  # Spain was the intern's, not drafted
    assert any("2014 –" in note and "not drafted" in note for note in draft.reviews)


def test_a_post_dated_by_one_year_alone_is_not_drafted_and_keeps_its_lines():
    draft = _draft(
        "Experience",
        "2017 – 2021 : Greffière, Tribunal pénal fédéral, Bellinzone",
        "2016 : Stagiaire, Étude Favre, Genève",
        "- Missions en Italie.",
    )
    [job] = draft.data["experience"]
    assert (job["title"], job["start"], job["end"]) == ("Greffière", "2017", "2021")
    assert "countries_worked_with" not in job
    assert any("'2016' alone" in note for note in draft.reviews)


def test_a_percentage_in_a_description_is_working_time_only_with_working_time_words():
    draft = _draft(
        "Experience",
        "Data Analyst, Guardia di Finanza, Rome, Italy, Sep 2020 – present",
        "- Cut case-processing time by 80% through automated matching.",
        "Analyste, à 80 %, Gendarmerie nationale, janv. 2015 – août 2019",
        "- Réduction de 30 % du temps de traitement.",
        "Lecturer, University of Kent, 2010 – 2014",
        "- Part-time post (50% of working time).",
    )
    assert [job.get("fraction") for job in draft.data["experience"]] == [None, 0.8, 0.5]


def test_a_us_state_named_like_a_country_gives_no_country():
    draft = _draft("Experience", "Research Assistant | Georgia State University | Atlanta, Georgia | 2013 – 2015")
    [job] = draft.data["experience"]
    assert "country" not in job and job["employer"] == "Georgia State University"


@pytest.mark.parametrize(
    ("texts", "mothers"),
    [
        (["French, English", "Mother tongue: Baoulé"], set()),  # the label is Baoulé's (no ISO 639-1 code)
        (["Mother tongue", "Arabic", "Other languages", "English – C1"], {"ar"}),
        (["English – fluent", "Mother tongue", "Arabic"], {"ar"}),
        (["English – C1", "Spanish – mother tongue"], {"es"}),
    ],
)
def test_a_mother_tongue_label_goes_to_the_language_it_labels(texts, mothers):
    draft = _draft("Languages", *texts)
    assert {x["language"] for x in draft.data["languages"] if x.get("mother_tongue")} == mothers


def test_europass_job_with_no_end_and_not_current_is_not_drafted():
    draft = import_file(CVS / "xml57_europass_noend.xml")
    assert [job["title"] for job in draft.data["experience"]] == ["Border Management Expert"]
    assert draft.data["experience"][0]["countries_worked_with"] == ["GR", "BG"]  # Portugal: a conference venue
    assert any("Border Guard Officer" in note and "not drafted" in note for note in draft.reviews)


OPEN_ENDED = """Jan Kowalski
Nationality: Polish

Experience
Border Guard Officer, Straż Graniczna, Warsaw, Poland, 2010 –
- Investigations of trafficking in human beings and smuggling of migrants with Ukraine.

Languages
English – C1
Polish – mother tongue
"""


def test_a_job_left_out_for_its_missing_end_is_named_when_it_would_change_the_verdict(tmp_path):
    from typer.testing import CliRunner

    from matcher.cli import app

    cv = tmp_path / "open.txt"
    cv.write_text(OPEN_ENDED, encoding="utf-8")
    draft = import_file(cv)
    assert "experience" not in draft.data and list(draft.withheld)  # not drafted, kept aside for the probe
    rules = Path(__file__).resolve().parents[2] / "rules" / "interpol-vn-0822.yaml"
    args = [
        "profile",
        "import",
        str(cv),
        "--check",
        str(rules),
        "--as-of",
        "2025-01-01",
        "-o",
        str(tmp_path / "d.yaml"),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Border Guard Officer (end not stated; not drafted): counted as current" in result.output
    assert "without it the verdict is not eligible" in result.output


def test_a_row_of_levels_under_a_row_of_languages_gives_no_level():
    draft = _draft("Languages", "English Spanish", "C1 Native")
    assert draft.data["languages"] == [{"language": "en"}, {"language": "es"}]


def test_a_since_line_inside_a_post_that_ended_is_not_a_current_post():
    draft = _draft(
        "Experience",
        "Analyst, Europol, The Hague, Netherlands, 2015 – 2019",
        "Since 2017: Head of section",
        "Consultant, Self-employed, since 2020",
    )
    jobs = [(j["title"], j["start"], j.get("end"), j.get("ongoing")) for j in draft.data["experience"]]
    assert jobs == [("Analyst", "2015", "2019", None), ("Consultant", "2020", None, True)]


def test_a_word_dates_cell_on_two_paragraphs_is_one_range(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Experience", level=1)
    row = document.add_table(rows=1, cols=2).rows[0].cells
    row[0].text = "Jan 2019 –"
    row[0].add_paragraph("Dec 2021")
    row[1].text = "Analyst"
    row[1].add_paragraph("Europol, The Hague, Netherlands")
    document.save(str(tmp_path / "cv.docx"))
    [job] = import_file(tmp_path / "cv.docx").data["experience"]
    assert (job["title"], job["start"], job["end"], job.get("country")) == ("Analyst", "2019-01", "2021-12", "NL")


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (["Experience", "Officer, Senegalese national police, Dakar, 2015 – 2019"], None),
        (["Expérience", "Enquêtrice, Police, Paris, 2015 – 2019", "- Victimes de nationalité nigériane."], None),
        (
            ["Experience", "Analyst, Europol, 2015 – 2019", "- Networks of mixed nationality: Albanian and Italian."],
            None,
        ),
        (["Summary", "Kenyan national with ten years of police experience."], ["KE"]),
        (["Born 1980 | Nationality: Senegalese"], ["SN"]),
        (["Nationalités : belge et sénégalaise"], ["BE", "SN"]),
    ],
)
def test_nationality_only_from_a_statement_about_the_candidate(texts, codes):
    assert _draft("Awa Diop", *texts).data.get("nationality") == codes


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("Masters-level Certificate in Policing", None),
        ("Postgraduate Certificate (Master's level)", None),
        ("Diploma in Law (Bachelor equivalent)", None),
        ("Master 1 Droit pénal", None),  # the first year of a master
        ("Master's degree (first year)", None),
        ("Licence 2 de droit", None),
        ("Pre-Master programme", None),
        ("Master 2 Droit pénal", 7),
        ("Licence 3 Droit", 6),
        ("Master of Laws (LLM)", 7),
    ],
)
def test_a_part_of_a_degree_or_a_level_equivalent_is_not_the_degree(degree, level):
    from matcher.importers.education_text import degree_level

    assert degree_level(degree) == level


def test_a_unit_and_the_body_it_belongs_to_make_one_employer():
    draft = _draft(
        "Experience", "Senior Analyst, Criminal Intelligence Unit, Ministry of Interior, Nairobi, Kenya, 2015 – 2019"
    )
    [job] = draft.data["experience"]
    assert (job["title"], job["employer"], job["country"]) == (
        "Senior Analyst",
        "Criminal Intelligence Unit, Ministry of Interior",
        "KE",
    )


def test_honours_is_not_part_of_the_field():
    from matcher.importers.education_text import field_of

    assert field_of("BA (Hons) History") == "History"


@pytest.mark.parametrize(
    ("text", "start", "end", "ambiguous"),
    [
        ("Master, 2009–15", "2009", "2015", False),  # the end's century is the start's
        ("MSc, 2011-12", None, None, True),  # December 2011, or 2011 to 2012
        ("2015-03 – 2018-06", "2015-03", "2018-06", False),
    ],
)
def test_short_year_ends_and_year_month_lookalikes(text, start, end, ambiguous):
    [span] = find_spans(text)
    assert (span.start, span.end, bool(span.ambiguous)) == (start, end, ambiguous)


def test_a_post_dated_by_one_year_after_its_title_does_not_lend_its_country_to_the_post_above():
    draft = _draft(
        "Experience",
        "Inspector, Ghana Police Service, Accra, Ghana, 2015 – present",
        "- Joint operations with Togo.",
        "Analyst, Interpol, Lyon, France, 2012",
    )
    [job] = draft.data["experience"]
    assert job["countries_worked_with"] == ["TG"]
    assert any("'2012' alone" in note for note in draft.reviews)
