"""--blind: no identifying value in any format, stable pseudonyms, redaction of
identifying values typed into free text and error messages."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from screen_support import csv_rows, html_page_data, json_report, rel, run

FORMATS = ["text", "csv", "json", "jsonl", "markdown", "html"]
# Every identifying value of tests/data/screen (names, email, phone, birth date, photo URL).
LEAKS = [
    "Zebulon",
    "Quixotic",
    "Marchetti",
    "leak.example",
    "555 01 23",
    "1983-07-19",
    "1983-02-30",
    "photos.",
    "Ottilie",
    "Vanterpool",
    "Bartholomew",
    "O'Brien",
    "O&#39;Brien",
    "open me",
    "Ulrike",
    "Feldmann",
    "Wendell",
    "Imre",
    "Datsyuk",
    "Ren\u00e9",
    "Liechtenstein",
    "APP-000",
    "eligible.yaml",
    "hostile.yaml",
    "good/",
    "bad/",
]


@pytest.fixture(scope="module")
def blind_outputs(batch: Path) -> dict[str, str]:
    outputs = {}
    for fmt in FORMATS:
        result = run(str(batch), "--blind", "-f", fmt)
        assert result.exit_code == 4
        outputs[fmt] = result.stdout + result.stderr  # stderr too: error lines must not leak either
    return outputs


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_identifying_value_in_any_format(blind_outputs: dict[str, str], batch: Path, fmt: str):
    text = blind_outputs[fmt]
    for value in LEAKS + [str(batch)]:
        assert value not in text, f"{value!r} leaks into --blind {fmt}"
    assert not re.search(r"\bLI\b", text)  # the nationality code of eligible.yaml
    assert re.search(r"A-[0-9a-f]{12}", text)


def test_blind_records_have_no_identity_fields(blind_outputs: dict[str, str]):
    report = json_report(blind_outputs["json"].split("\nmatcher:")[0])
    assert report["blind"] is True
    for row in report["rows"]:
        assert set(row) >= {"pseudonym", "verdict"}
        assert not {"input", "name", "profile_id", "email", "nationality"} & set(row)
    header = next(csv.reader(io.StringIO(blind_outputs["csv"])))
    assert header[11:] == [h for h in header[11:] if h.endswith(("(required)", "(asset)"))]  # requirements
    assert header[:11] == [
        "rank",
        "pseudonym",
        "verdict",
        "score",
        "max_score",
        "eligible_from",
        "not_met",
        "unknown",
        "error",
        "imported_from",
        "rests_on_unconfirmed",
    ]


def test_pseudonyms_are_stable_and_map_back_without_blind(batch: Path):
    blind_a = csv_rows(run(str(batch), "--blind", "-f", "csv", "-q").stdout)
    blind_b = csv_rows(run(str(batch), "--blind", "-f", "csv", "-q").stdout)
    assert blind_a == blind_b
    named = csv_rows(run(str(batch), "-f", "csv", "-q").stdout)
    pseudonyms = {r["pseudonym"] for r in named}
    assert len(pseudonyms) == len(named)  # one per input
    assert {r["pseudonym"] for r in blind_a} == pseudonyms
    verdicts = {r["pseudonym"]: r["verdict"] for r in named}
    assert all(verdicts[r["pseudonym"]] == r["verdict"] for r in blind_a)
    by_file = {rel(r["input"], batch): r["pseudonym"] for r in named}
    assert by_file["good/eligible.yaml"] != by_file["good/hostile.yaml"]


def test_blind_error_rows_keep_line_and_field_but_not_the_value(blind_outputs: dict[str, str]):
    errors = [r["error"] for r in csv_rows(blind_outputs["csv"].split("\nmatcher:")[0]) if r["error"]]
    dob = [e for e in errors if "date_of_birth" in e]
    assert len(dob) == 1 and re.fullmatch(r"A-[0-9a-f]{12}:3:16: date_of_birth: .*day 30 is not between.*", dob[0])
    # an unknown key is whatever the applicant typed: hidden like a value
    assert any(re.match(r"A-[0-9a-f]{12}:2:1: \[hidden\]: unknown field", e) for e in errors)
    assert all("'" not in e for e in errors)  # no value quoted from a file


def test_blind_hides_keys_and_values_that_are_not_profile_fields(tmp_path: Path):
    (tmp_path / "a.yaml").write_text("Hortensia Blackwood-Quayle: applicant\nexperience: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "experience:\n  - title: Officer\n    start: 2010-01\n    categories: [hortensia-blackwood]\n", encoding="utf-8"
    )
    result = run(str(tmp_path), "--blind", "-f", "csv")
    assert result.exit_code == 4
    assert "Hortensia" not in result.stdout + result.stderr
    assert "hortensia" not in result.stdout + result.stderr
    assert "experience[0].categories[0]: unknown category [hidden]" in result.stdout


def test_identifying_values_typed_into_free_text_are_hidden(tmp_path: Path):
    profile = tmp_path / "p.yaml"
    profile.write_text(
        "name: Wilhelmina Okonkwo-Baptiste\nemail: wob@mail.example\n"
        "experience:\n  - title: Assistant to Ms Okonkwo-Baptiste (wob@mail.example)\n"
        "    employer: Okonkwo-Baptiste Consulting\n    start: 2015-01\n    end: 2024-12\n"
        "    description: Fingerprint examiner.\n",
        encoding="utf-8",
    )
    for fmt, marker in (("json", "[hidden]"), ("html", "[hidden]"), ("markdown", "\\[hidden\\]")):
        text = run(str(profile), "--blind", "-f", fmt, "-q").stdout
        if fmt == "html":  # the details travel deflated in the page
            _, details = html_page_data(text)
            text += "\n".join(details)
        assert "Okonkwo" not in text and "wob@" not in text and "Wilhelmina" not in text
        assert f"Assistant to Ms {marker} ({marker})" in text
    named = run(str(profile), "-f", "json", "-q").stdout
    assert "Okonkwo-Baptiste Consulting" in named  # without --blind nothing is hidden
