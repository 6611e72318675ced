"""The faithfulness check (matcher/importers/faithful.py): a drafted value that its entry's own
text does not support is dropped to "not stated" with a review note, in every format."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from matcher.importers import _draft, detect
from matcher.importers.draft import MEDIUM, Draft
from matcher.importers.faithful import check
from matcher.importers.written_in import cefr_in, country_in, date_in, fraction_in, isced_in

CVS = Path(__file__).resolve().parents[1] / "data" / "cvs"
TRAPS = CVS / "faithful"


@pytest.mark.parametrize(
    ("value", "text", "role", "free", "ok"),
    [
        ("2018-01", "Analyst, Europol, Jan 2018 – Dec 2020", "start", True, True),
        ("2020-12", "Analyst, Europol, Jan 2018 – Dec 2020", "end", True, True),
        ("2018-02", "Analyst, Europol, Jan 2018 – Dec 2020", "start", True, False),
        ("2020-12", "Analyst, Europol, Jan 2018 – Dec 2020", "start", True, False),  # an end is not a start
        ("2011-12", "Project Officer, 2011-12", "end", True, False),  # two readings: none is written
        ("2016-05-04", "04/05/2016 – 10/11/2018", "start", True, False),
        ("2016-05-04", "04/05/2016 – 10/11/2018", "start", False, True),  # structured: the numbers are there
        ("2018-01", '{"Year": "2018", "Month": "1"}', "start", False, True),
        ("2018-02", '{"Year": "2018", "Month": "1"}', "start", False, False),
        ("2018-01", "Jan 2018", "start", False, True),  # LinkedIn's 'Started On'
        ("2019", "2018", "end", False, False),
    ],
)
def test_a_date_must_be_read_from_its_own_text(value, text, role, free, ok):
    assert date_in(value, text, role, free) is ok


@pytest.mark.parametrize(
    ("code", "text", "free", "ok"),
    [
        ("FR", "Analyst, Interpol, Lyon, France", True, True),
        ("FR", "Assistante juridique, Cabinet Morel\nLyon", True, False),
        ("US", "Analyst, Chad Williams Consulting, Boston, MA", True, False),
        ("TD", "Reported to Chad Morgan, head of unit", True, False),
        ("CA", "Intern, Palo Alto, CA", True, False),  # a bare code in prose is no country
        ("GR", '{"Country": {"Code": "EL"}}', False, True),  # the EU's code for Greece, in Europass
        ("GB", "London, UK", True, True),
    ],
)
def test_a_country_must_be_named_in_its_own_text(code, text, free, ok):
    assert country_in(code, text, free) is ok


@pytest.mark.parametrize(
    ("level", "language", "text", "ok"),
    [
        ("B2", "es", "Spanish – B2", True),
        ("B2", "en", "Anglais : courant (niveau B2 visé)", False),  # a level sought, not held
        ("B1", "de", "German – A2 (currently preparing B1)", False),
        ("A2", "de", "German – A2 (currently preparing B1)", True),
        ("B1", "de", "German – DELF B1", False),  # DELF certifies French
        ("B1", "fr", "French – DELF B1", True),
        ("C1", "en", "English – IELTS 7.0", True),
        ("C1", "fr", "French – IELTS 7.0", False),
    ],
)
def test_a_level_must_be_written_or_certified_for_that_language(level, language, text, ok):
    assert cefr_in(level, language, text) is ok


def test_isced_and_working_time_must_be_written():
    assert isced_in(7, "MSc Criminology, University of Leicester")
    assert not isced_in(6, "Diploma of Higher Education")
    assert fraction_in(0.6, "Lecturer (0.6 FTE), Police Academy", "")
    assert fraction_in(0.5, "Assistante de programme, mi-temps", "")
    assert not fraction_in(0.8, "Data Analyst, Guardia di Finanza", "Cut case-processing time by 80%")
    assert not fraction_in(0.6, "Lecturer, Police Academy", "")


def _job_draft(entry: dict, spans: dict | None, fmt: str = "text") -> Draft:
    draft = Draft(fmt, "cv.txt")
    draft.add("experience", entry, "line 4", MEDIUM, spans=spans)
    return draft


def test_check_drops_a_country_the_entry_does_not_name_and_says_why():
    entry = {"title": "Analyst", "employer": "Cabinet Morel", "country": "FR", "start": "2012", "end": "2014"}
    draft = check(_job_draft(entry, {"dates": "2012 – 2014", "place": "Analyst, Cabinet Morel\nLyon", "body": ""}))
    assert "country" not in draft.data["experience"][0]
    assert any("FR is not named in" in note and "left not stated" in note for note in draft.reviews)


def test_check_keeps_a_job_whose_end_came_from_elsewhere_with_its_dates_not_stated():
    # the job was read, its range was not written: kept (its length unknown, so a duration it could
    # decide goes to review), its dates left not stated, never the range drafted from elsewhere
    entry = {"title": "Consultant", "start": "2010", "end": "2012"}
    draft = check(_job_draft(entry, {"dates": "Consultant, OSCE, 2010 –", "place": "", "body": ""}))
    assert draft.data["experience"] == [{"title": "Consultant"}]
    assert any("2010 – 2012: not one range written in" in note for note in draft.reviews)


def test_check_withholds_a_job_whose_end_alone_is_unsupported():
    # a structured source: each date is checked on its own, and a job without its end is
    # withheld (probed by the verdict as if current, never counted up to today)
    entry = {"title": "Caseworker", "start": "2014-09", "end": "2019-02"}
    spans = {"start": '{"Year": 2014, "Month": 9}', "end": '{"Year": 2018}', "place": "", "body": ""}
    draft = check(_job_draft(entry, spans, fmt="europass-xml"))
    assert "experience" not in draft.data
    assert draft.withheld
    assert any("'2019-02' is not written as its end" in note for note in draft.reviews)


def test_check_does_not_trust_an_entry_whose_text_was_not_recorded():
    draft = check(_job_draft({"title": "Analyst", "start": "2012", "end": "2014"}, None))
    assert "experience" not in draft.data
    assert any("not recorded" in note for note in draft.reviews)


def test_check_keeps_provenance_in_step_when_an_entry_is_dropped():
    draft = Draft("text", "cv.txt")
    draft.add("experience", {"title": "A", "start": "2010", "end": "2012"}, "line 1", MEDIUM, spans=None)
    spans = {"dates": "2015 – 2017", "place": "", "body": ""}
    draft.add("experience", {"title": "B", "start": "2015", "end": "2017"}, "line 9", MEDIUM, spans=spans)
    check(draft)
    assert [e["title"] for e in draft.data["experience"]] == ["B"]
    assert draft.sources["experience[0]"] == "line 9"
    assert {f.path for f in draft.facts if f.path.startswith("experience")} == {
        "experience[0].title",
        "experience[0].start",
        "experience[0].end",
    }


def test_check_drops_a_nationality_its_statement_does_not_name():
    draft = Draft("text", "cv.txt")
    draft.set("nationality", ["GH", "DE"], "line 3", MEDIUM, span="Nationality: Ghanaian")
    check(draft)
    assert draft.data["nationality"] == ["GH"]


# ---- every format: a value tampered with after drafting is caught ----------------------------

SAMPLES = {
    "text": "txt84_en_open_start.txt",
    "pdf": "pdf89_classic_two_dates.pdf",
    "docx": "docx90_paragraph_split.docx",
    "europass-xml": "xml92_europass_eu_codes.xml",
    "linkedin": "li93_linkedin_georgia.zip",
    "jsonresume": "jr94_jsonresume_places.json",
}


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_every_format_records_the_text_of_every_entry(fmt):
    path = TRAPS / SAMPLES[fmt]
    draft = _draft(path, detect(path))
    for section in ("experience", "education", "languages"):
        for k in range(len(draft.data.get(section, []))):
            assert f"{section}[{k}]" in draft.spans, f"{fmt}: {section}[{k}] has no recorded text"
    before = copy.deepcopy(draft.data)
    check(draft)
    assert draft.data == before, f"{fmt}: the check dropped a value the reader read from the entry's own text"


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_every_format_drops_a_value_not_read_from_the_entry(fmt):
    path = TRAPS / SAMPLES[fmt]
    draft = _draft(path, detect(path))
    draft.data["experience"][0]["country"] = "JP"  # named nowhere in these CVs
    k = len(draft.data["languages"]) - 1
    draft.data["languages"][k]["level"] = "C2" if draft.data["languages"][k].get("level") != "C2" else "A1"
    draft.data["languages"][k].pop("mother_tongue", None)
    check(draft)
    assert draft.data["experience"][0].get("country") != "JP"
    assert "level" not in draft.data["languages"][k]
    assert any("JP is not named" in note for note in draft.reviews)
    assert any("is not a level held written in" in note for note in draft.reviews)


def test_the_check_runs_on_every_import(tmp_path):
    from matcher.importers import import_file

    text = tmp_path / "cv.txt"
    text.write_text(
        "Ana Silva\nNationality: Portuguese\n\nEXPERIENCE\nAnalyst, Europol, The Hague, Netherlands\n"
        "Jan 2018 – Dec 2020\n\nLANGUAGES\nPortuguese – native\nEnglish – C1 (B2 visé)\n",
        encoding="utf-8",
    )
    draft = import_file(text)
    assert draft.data["experience"][0]["start"] == "2018-01"
    assert [entry.get("level") for entry in draft.data["languages"]] == [None, "C1"]  # B2 is sought
    assert sys.modules["matcher.importers.faithful"]


def test_current_in_a_structured_source_must_be_its_own_field():
    from matcher.importers.written_in import ongoing_in

    assert ongoing_in('{"From": {"Year": 2018}, "Current": "true"}', False)
    assert ongoing_in("", False, end="")  # LinkedIn's empty 'Finished On'
    assert ongoing_in("", False, end='"Present"')
    assert not ongoing_in('{"From": {"Year": 2018}}', False, end='{"Year": 2019}')
    assert not ongoing_in("Analyst, Europol, 2015 – 2019", True)
    assert ongoing_in("Analyst, Europol, since 2019", True)
