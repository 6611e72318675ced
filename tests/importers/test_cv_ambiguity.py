"""Ambiguity is "not stated" (issue 15, fifth round): a value a reader could take from a
neighbouring entry, a heading or a default is left out with a review note."""

from __future__ import annotations

import json
from datetime import date

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.dates import wrapped_range
from matcher.importers.lines import Line


def _draft(*texts: str):
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1))


def _jobs(draft) -> list[tuple]:
    return [
        (j["title"], j.get("employer"), j.get("country"), j.get("start"), j.get("end"))
        for j in draft.data.get("experience", [])
    ]


def test_a_year_that_opens_the_next_post_is_not_the_end_of_a_cut_range():
    assert wrapped_range("Programme Officer, UNICEF, 2012 –", "2014")
    assert not wrapped_range("Programme Officer, UNICEF, 2012 –", "2014 Consultant, WHO, Geneva")
    assert wrapped_range("Analyst, Europol, Jan 2018 –", "present | The Hague")


def test_a_date_alone_on_its_line_is_its_own_posts_not_the_header_of_the_one_above():
    draft = _draft(
        "EXPERIENCE",
        "Analyste, CENTIF, Bamako",
        "avril – sept. 2019",
        "Stagiaire, Banque mondiale, Washington, DC",
        "2018",
    )
    assert _jobs(draft) == [("Analyste", "CENTIF", None, "2019-04", "2019-09")]
    assert any("'2018' alone" in note for note in draft.reviews)


def test_an_employers_range_over_several_titles_is_no_posts_dates():
    draft = _draft(
        "EXPERIENCE",
        "UNODC, Vienna, Austria, 2012 – 2020",
        "Programme Officer",
        "Associate Programme Officer",
        "Analyst, Swedish Police Authority, Stockholm, Sweden, 2008 – 2012",
    )
    assert _jobs(draft) == [("Analyst", "Swedish Police Authority", "SE", "2008", "2012")]
    assert any("the employer's range over 2 posts" in note for note in draft.reviews)


def test_the_line_above_is_not_the_employer_of_a_post_that_names_its_own():
    rows = ["EXPERIENCE", "2015 – 2017 | Field Officer", "UNHCR, Beirut, Lebanon", "Refugee registration."]
    below = ["Jan 2012 – Dec 2014 | Protection Assistant", "Danish Refugee Council, Tripoli, Lebanon"]
    draft = _draft(*rows, "Intern", "UNHCR, Geneva", *below)  # a table row whose dates cell is empty
    assert draft.data["experience"][1]["employer"] == "Danish Refugee Council"
    draft = _draft(*rows, "Intern", "UNHCR, Geneva, Switzerland", *below)
    assert "CH" not in draft.data["experience"][0].get("countries_worked_with", [])  # the undated post's place


def test_an_unknown_language_line_does_not_give_its_level_to_the_language_above():
    draft = _draft(
        "EXPERIENCE", "Analyst, Europol, 2015 – 2019", "LANGUAGES", "Swedish – Elementary", "Baoulé – native"
    )
    swedish = next(x for x in draft.data["languages"] if x["language"] == "sv")
    assert "mother_tongue" not in swedish
    greek = _draft("EXPERIENCE", "Analyst, Europol, 2015 – 2019", "LANGUAGES", "Greek – C1")
    assert greek.data["languages"] == [{"language": "el", "level": "C1"}]


def test_a_europass_job_ended_and_current_is_withheld(tmp_path):
    path = tmp_path / "cv.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass">'
        '<LearnerInfo><WorkExperienceList><WorkExperience><Period><From year="2018" month="--05"/>'
        '<To year="2021" month="--04"/><Current>true</Current></Period><Position><Label>Liaison Officer</Label>'
        "</Position><Employer><Name>Police</Name></Employer></WorkExperience></WorkExperienceList>"
        "<Skills><Linguistic><MotherTongueList><MotherTongue><Description><Code>cs</Code></Description>"
        "</MotherTongue></MotherTongueList></Linguistic></Skills></LearnerInfo></SkillsPassport>",
        encoding="utf-8",
    )
    draft = import_file(path)
    assert "experience" not in draft.data
    assert draft.withheld
    assert any("ends 2021-04 and is marked current" in note for note in draft.reviews)


def test_a_json_resume_end_written_present_is_a_current_job(tmp_path):
    path = tmp_path / "cv.json"
    work = [{"name": "Japan Customs", "position": "Officer", "startDate": "2019-06", "endDate": "Present"}]
    path.write_text(json.dumps({"basics": {"name": "M T"}, "work": work}), encoding="utf-8")
    job = import_file(path).data["experience"][0]
    assert job["ongoing"] is True and "end" not in job


def test_georgia_next_to_a_us_state_is_the_state():
    from matcher.importers.worked_with import work_countries

    assert work_countries("Fraud cases in Georgia and Alabama; liaison with police in Mexico.") == ["MX"]
    assert work_countries("Cooperation with the authorities in Georgia and Armenia.") == ["GE", "AM"]
