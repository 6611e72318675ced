"""JSON Resume nationality (matcher/importers/jsonresume.py): a `basics.nationality` or
`citizenship` field an exporter added, else a nationality statement in a sentence of the
summary; residence (`location`) never."""

from __future__ import annotations

import json

from matcher.importers import import_file


def _resume(tmp_path, basics: dict) -> dict:
    path = tmp_path / "resume.json"
    work = [{"name": "Garda Síochána", "position": "Detective", "startDate": "2015-01", "endDate": "2020-12"}]
    path.write_text(json.dumps({"basics": {"name": "A. Person", **basics}, "work": work}), encoding="utf-8")
    return import_file(path).data


def test_a_nationality_field_gives_it(tmp_path):
    assert _resume(tmp_path, {"nationality": "Irish"})["nationality"] == ["IE"]
    assert _resume(tmp_path, {"citizenship": ["FR", "Senegalese"]})["nationality"] == ["FR", "SN"]


def test_a_statement_after_another_sentence_of_the_summary(tmp_path):
    data = _resume(
        tmp_path, {"summary": "Docteure en chimie, experte en traces. Nationalités : française et marocaine."}
    )
    assert data["nationality"] == ["FR", "MA"]


def test_residence_and_an_unknown_value_give_no_nationality(tmp_path):
    data = _resume(tmp_path, {"location": {"city": "Dublin", "countryCode": "IE"}, "nationality": "Martian"})
    assert "nationality" not in data
