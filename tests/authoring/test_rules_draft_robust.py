"""Drafts that hold on notices the drafter has never seen: no requirements heading (read every
sentence, keep what is recognised, say so), an excerpt cut mid-sentence, and alternatives that
are never drafted as an extra required rule (an any_of, or one assessed rule to review)."""

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from matcher.authoring import draft_rules
from matcher.authoring.alternative_guard import alternative_cue
from matcher.authoring.validate import validate_rules
from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "bench" / "data" / "dev_notices"
runner = CliRunner()


def _draft(tmp_path, text: str) -> tuple[dict, Path]:
    notice = tmp_path / "notice.txt"
    notice.write_text(text, encoding="utf-8")
    out = tmp_path / "notice.yaml"
    res = runner.invoke(app, ["rules", "draft", str(notice), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return yaml.safe_load(out.read_text(encoding="utf-8")), out


def _walk(reqs):
    for req in reqs:
        yield req
        yield from _walk(req.get("children", []))


CRITERIA_IN_ONE_SENTENCE = (
    "Contribuer à la police des Nations Unies\n\n"
    "Les États membres proposent des policiers en activité. Âge compris entre 25 et 62 ans, cinq années de "
    "service actif hors formation, permis de conduire depuis un an, maîtrise de la langue de travail de la "
    "mission (français ou anglais), aptitude au tir.\n"
)


def test_criteria_without_a_heading_are_drafted_with_low_confidence(tmp_path):
    data, out = _draft(tmp_path, CRITERIA_IN_ONE_SENTENCE)
    reqs = data["requirements"]
    years = [r for r in reqs if r["kind"] == "experience" and r.get("min_years") == 5]
    assert years and years[0]["source"] == "cinq années de service actif hors formation"
    assert any(r["kind"] == "language" and set(r["languages"]) == {"fr", "en"} for r in reqs)
    assert all("no requirements heading was found" in r["review"] and r["confidence"] <= 0.5 for r in reqs)
    assert not any("Contribuer" in r["source"] for r in reqs)  # the title is no requirement
    assert validate_rules(out).ok


def test_a_notice_with_nothing_readable_gives_a_placeholder_not_an_error(tmp_path):
    data, out = _draft(tmp_path, "Hello.\nNothing to see here at all, sorry.\n")
    (only,) = data["requirements"]
    assert only["kind"] == "assessed" and "no requirement could be read" in only["review"]
    assert only["source"] == "Nothing to see here at all, sorry."
    assert validate_rules(out).ok


def test_an_excerpt_cut_mid_sentence_gives_no_rule_for_its_last_words(tmp_path):
    data, _ = _draft(
        tmp_path,
        "Adviser\n\nRequirements\n- Minimum 10 years of diversified police experience.\n"
        "As a result, nationals and permanent residents of the duty station are not eligible for "
        "international mission member positions. In the case of ind\n",
    )
    sources = [r["source"] for r in data["requirements"]]
    assert "In the case of ind" not in sources
    assert any(r["kind"] == "nationality_exclusion" for r in data["requirements"])


def test_routes_listed_one_per_line_are_one_any_of():
    draft = draft_rules(DEV / "au-senior-finance-officer.txt")
    first = draft.rules.requirements[0]
    assert first.kind == "any_of" and [c.kind for c in first.children] == ["all_of", "all_of"]
    degrees = [next(g for g in c.children if g.kind == "education").params.min_level for c in first.children]
    worked = [[g.params.min_years for g in c.children if g.kind == "experience"] for c in first.children]
    assert degrees == [7, 6] and worked == [[7, 3], [10, 3]]
    assert not [r for r in draft.rules.requirements if r.kind in ("education", "experience")]


def test_years_by_degree_go_into_the_route_of_that_degree():
    draft = draft_rules(DEV / "osce-senior-politico-military-officer-s3.txt")
    choice = next(r for r in draft.rules.requirements if r.kind == "any_of" and "in lieu" in r.source)
    route = next(c for c in choice.children if c.kind == "all_of")
    assert [g.params.min_years for g in route.children if g.kind == "experience"] == [8]
    top = [r for r in draft.rules.requirements if "first-level degree." in r.source]
    assert top == []  # the 8 years of the first-level route are no required rule of their own
    six = next(r for r in draft.rules.requirements if r.source.startswith("6 years"))
    assert [c.params.min_years for c in six.children] == [6, 3]


def test_training_or_a_degree_is_an_any_of_with_an_assessed_route(tmp_path):
    data, out = _draft(
        tmp_path,
        "Adviser\n\nRequirements\n- Officer / Warrant Officer training and/or university degree in a relevant "
        "technical field\n- Minimum 10 years of diversified police experience.\n",
    )
    first = data["requirements"][0]
    assert first["kind"] == "any_of" and sorted(c["kind"] for c in first["children"]) == ["assessed", "education"]
    assert not validate_rules(out).warnings


def test_equivalent_combination_is_an_assessed_route_beside_the_degree(tmp_path):
    data, out = _draft(
        tmp_path,
        "Legal Adviser\n\nRequirements\n- Advanced university degree in law or equivalent combination of "
        "education and experience.\n- Seven years of legal experience.\n",
    )
    first = data["requirements"][0]
    assert first["kind"] == "any_of"
    assert [c["kind"] for c in first["children"]] == ["education", "assessed"]
    assert first["children"][0]["min_level"] == 7
    assert not validate_rules(out).warnings


@pytest.mark.parametrize(
    "slug",
    ["au-senior-finance-officer", "frontex-standing-corps-border-guards", "osce-senior-politico-military-officer-s3"],
)
def test_no_drafted_rule_quotes_an_alternative_outside_any_of(tmp_path, slug):
    out = tmp_path / f"{slug}.yaml"
    draft = draft_rules(DEV / f"{slug}.txt", out)
    out.write_text(draft.text, encoding="utf-8")
    report = validate_rules(out)
    assert report.ok and not [w for w in report.warnings if "quotes an alternative" in str(w)]


@pytest.mark.parametrize(
    "text, kind, cue",
    [
        ("Licence en droit, ou à titre exceptionnel dix années d'expérience.", "education", "à titre exceptionnel"),
        ("Advanced degree in law or equivalent combination of education and experience.", "education", "or equivalent"),
        ("Officer / Warrant Officer training and/or university degree in a technical field", "education", "training"),
        ("Un diplôme de licence; à défaut, huit années d'expérience.", "experience", "à défaut"),
        ("A master's degree or ten years of relevant experience.", "education", "degree or ten years"),
        ("Master's degree in Finance, Accounting, or a related field with 7 years of experience.", "education", None),
        ("Diplomatic experience or experience working in political affairs.", "experience", None),
        ("Diplôme de master en droit ou domaine connexe, et cinq ans d'expérience.", "education", None),
        ("Fluency in English or French is required.", "language", None),
    ],
)
def test_alternative_cues(text, kind, cue):
    found = alternative_cue(text, kind)
    assert (found is None) if cue is None else (found is not None and cue in found)


OSCE_EDUCATION_EXPERIENCE = (
    "Programme Officer (P2) - OSCE Secretariat\n\nNecessary Qualifications\n\nEducation / Experience\n"
    "• First-level university degree in political science, law or international relations, or an equivalent "
    "combination of education and experience;\n"
    "• A minimum of four years of progressively responsible professional experience, in lieu of a first-level "
    "degree, a total of eight years of relevant experience may be considered;\n"
    "• Professional fluency in English; knowledge of Russian is an asset.\n"
)


def test_a_substitution_after_its_own_requirement_keeps_both(tmp_path):
    data, out = _draft(tmp_path, OSCE_EDUCATION_EXPERIENCE)
    reqs = data["requirements"]
    choice = reqs[0]
    assert choice["kind"] == "any_of"
    kids = {c["kind"]: c for c in choice["children"] if c["kind"] != "assessed"}
    assert kids["education"]["min_level"] == 6 and kids["experience"]["min_years"] == 8  # 8 years instead
    four = [r for r in reqs if r["kind"] == "experience" and r.get("min_years") == 4]
    assert four and "in lieu" not in four[0]["source"]  # the 4 years stay required, quoting their clause
    assert not validate_rules(out).warnings


def test_french_exceptional_years_replace_the_degree_and_the_years_stay_required(tmp_path):
    data, out = _draft(
        tmp_path,
        "Chef de projet (P3) - OSCE\n\nQualifications requises\n\nFormation / Expérience\n"
        "• Diplôme universitaire de deuxième cycle en droit; à défaut, un diplôme de premier cycle assorti de "
        "deux années supplémentaires d'expérience qualifiante.\n"
        "• Au moins six années d'expérience professionnelle, dont deux dans la gestion de projets; à titre "
        "exceptionnel, dix années d'expérience peuvent remplacer le diplôme.\n",
    )
    reqs = data["requirements"]
    choice = reqs[0]
    assert choice["kind"] == "any_of" and 10 in [c.get("min_years") for c in choice["children"]]
    six = next(r for r in reqs if r["kind"] == "all_of")
    assert [c["min_years"] for c in six["children"]] == [6, 2]
    assert not validate_rules(out).warnings


def test_requirements_per_level_are_routes_not_all_required():
    draft = draft_rules(DEV / "frontex-standing-corps-border-guards.txt")
    (choice,) = draft.rules.requirements
    assert choice.kind == "any_of" and len(choice.children) == 3  # basic, intermediate, advanced
    intermediate = choice.children[1]
    assert intermediate.kind == "all_of" and [c.kind for c in intermediate.children] == ["education", "experience"]
    assert choice.children[2].kind == "assessed" and "alternative" in choice.children[2].review


def test_a_criteria_list_in_one_long_sentence_is_read_beside_what_other_sentences_gave(tmp_path):
    data, _ = _draft(
        tmp_path,
        "Devenir policier des Nations Unies\n\nLa Division de la police recherche, parmi les policiers proposés "
        "par les États Membres contributeurs, des candidats âgés de 25 à 62 ans, justifiant d'au moins cinq "
        "années de service actif dans la police nationale (hors formation), possédant un permis de conduire "
        "valide depuis au moins un an. Une expérience d'une mission de maintien de la paix est souhaitable.\n",
    )
    kinds = {(r["kind"], r["importance"], r.get("min_years")) for r in data["requirements"]}
    assert ("experience", "required", 5) in kinds and ("experience", "asset", None) in kinds
