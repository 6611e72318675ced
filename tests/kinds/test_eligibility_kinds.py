"""nationality, nationality_exclusion and employer_tenure: the kinds, their cases and the profile links."""

from pathlib import Path

import pytest
from builders import profile, requirement, result, rules_of
from typer.testing import CliRunner

from matcher import reference
from matcher.cli import app
from matcher.engine.results import Status
from matcher.errors import InputError
from matcher.files.documents import load_document
from matcher.models.load import profile_from_document
from matcher.report.blind import Redactor, identifying_values

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "tests" / "kinds" / "osce-seconded-adviser.yaml"
runner = CliRunner()


def test_cases_of_the_eligibility_kinds_pass_end_to_end():
    res = runner.invoke(app, ["rules", "test", str(RULES)])
    assert res.exit_code == 0, res.output
    assert "6 passed, 0 failed" in res.stdout


def test_the_rules_file_validates():
    res = runner.invoke(app, ["rules", "validate", str(RULES)])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize(
    "name, count",
    [
        ("eu_member_states", 27),
        ("osce_participating_states", 57),
        ("un_member_states", 193),
        ("interpol_members", 196),
        ("eea_member_states", 30),
        ("coe_member_states", 46),
        ("au_member_states", 55),
    ],
)
def test_member_lists_are_shipped_with_their_source(name, count):
    data = reference.load_data(name)
    assert data["count"] == count == len(reference.member_countries(name))
    assert data["source"]["script"].startswith("scripts/gen_")
    assert set(data["members"]) <= set(reference.countries())


def test_region_groups_name_their_definition_and_source():
    balkans = reference.regions()["western_balkans"]
    assert set(balkans["countries"]) == {"AL", "BA", "ME", "MK", "RS", "XK"}
    assert balkans["definition"] and balkans["source"] and balkans["level"] == "custom"


def test_experience_entry_out_of_range_is_one_line_error():
    doc = load_document(
        "p.yaml",
        "current_employment: {employer_type: government, experience_entry: 3}\n"
        "experience:\n  - {title: x, start: 2020-01}\n",
    )
    with pytest.raises(InputError) as err:
        profile_from_document(doc)
    assert "current_employment.experience_entry" in err.value.one_line()
    assert "1 experience entries" in err.value.one_line()


def test_unknown_member_list_suggests_the_close_one(tmp_path):
    text = RULES.read_text().replace("members: osce_participating_states", "members: osce_participating_state")
    path = tmp_path / RULES.name
    path.write_text(text)
    (tmp_path / "notices").mkdir()
    notice = RULES.parent / "notices" / "osce-seconded-adviser.txt"
    (tmp_path / "notices" / notice.name).write_text(notice.read_text())
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 2
    assert "did you mean 'osce_participating_states'" in res.stderr


def test_blind_mode_hides_the_names_of_the_candidates_countries():
    values = identifying_values({"nationality": ["FR"], "permanent_residence": ["XK"]})
    redact = Redactor(values)
    assert (
        redact.text("nationality France is not among ... residents of Kosovo")
        == "nationality [hidden] is not among ... residents of [hidden]"
    )


def test_eea_is_the_eu_and_three_efta_states_and_the_au_every_african_state():
    assert reference.member_countries("eea_member_states") == reference.member_countries("eu_member_states") | {
        "IS",
        "LI",
        "NO",
    }
    africa = set(reference.regions()["africa"]["countries"])
    assert reference.member_countries("au_member_states") == africa - {"IO", "RE", "SH", "TF", "YT"}
    assert "RU" not in reference.member_countries("coe_member_states")


def test_a_group_named_without_its_members_is_unknown_saying_so():
    candidate = requirement("nationality", "candidate_country", unlisted="a candidate country")
    r = result(candidate, profile(nationality=["FR"]))
    assert r.status is Status.UNKNOWN and "a candidate country" in r.explanation and "countries" in r.explanation
    duty = requirement("nationality_exclusion", "duty_station", unlisted="the duty-station country")
    assert result(duty, profile(nationality=["FR"])).status is Status.UNKNOWN
    with pytest.raises(Exception, match="unlisted"):
        rules_of(requirement("nationality", "both", unlisted="x", countries=["FR"]))
