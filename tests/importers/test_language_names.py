"""Languages as CVs name and level them (matcher/importers/languages.py, language_section.py):
the CLDR English names and endonyms ('Tongan', 'isiZulu', 'Pulaar'), in text and in a LinkedIn
export; several names joined before one level set off by a colon or a dash share it."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from matcher.importers import import_file
from matcher.importers.cv_text import draft_from_lines
from matcher.importers.languages import language_of
from matcher.importers.lines import Line


@pytest.mark.parametrize(
    ("name", "code"),
    [("Tongan", "to"), ("isiZulu", "zu"), ("Pulaar", "ff"), ("Kiswahili", "sw"), ("Setswana", "tn"), ("anglais", "en")],
)
def test_less_common_language_names(name, code):
    assert language_of(name) == code


def test_a_country_endonym_is_not_a_language_name():
    assert language_of("Indonesia") is None  # the Indonesian endonym is the country's name
    assert language_of("Latina") is None  # Latin's endonym is an everyday word ("América Latina")


def _languages(*texts: str) -> dict[str, dict]:
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    draft = draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1))
    return {entry["language"]: entry for entry in draft.data.get("languages", [])}


def test_names_joined_before_one_set_off_level_share_it():
    found = _languages("Langues", "Wolof : langue maternelle", "Espagnol, italien : C1", "Dutch and German – B2")
    assert found["es"]["level"] == found["it"]["level"] == "C1"
    assert found["nl"]["level"] == found["de"]["level"] == "B2"
    assert found["wo"]["mother_tongue"] is True


def test_a_level_in_parentheses_is_the_last_names_own():
    found = _languages("Languages", "English, Portuguese (B2)")
    assert found["pt"]["level"] == "B2" and "level" not in found["en"]


def test_isizulu_mother_tongue_in_text_and_tongan_in_linkedin(tmp_path):
    found = _languages("Languages", "isiZulu — mother tongue", "English — C1")
    assert found["zu"]["mother_tongue"] is True and found["en"]["level"] == "C1"
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr("Profile.csv", "First Name,Last Name,Headline\nSione,Taufa,Police officer\n")
        z.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            'Tonga Police,Inspector,Community policing.,"Nukualofa, Tonga",Jan 2015,Dec 2020\n',
        )
        z.writestr("Languages.csv", "Name,Proficiency\nTongan,Native or bilingual proficiency\n")
    languages = import_file(export).data["languages"]
    assert languages == [{"language": "to", "mother_tongue": True}]
