"""Drafting layouts and wordings of other organizations (issue 14): substitutions are never an
extra required rule, eligibility sentences, label/value layouts, months, CEFR codes, and every
drafted rule says how sure it is and why."""

from pathlib import Path

import pytest
from draft_support import draft_text
from typer.testing import CliRunner

from matcher.cli import app

runner = CliRunner()


def draft(tmp_path: Path, text: str, name: str = "notice.txt"):
    return draft_text(tmp_path, text, name).rules


def tops(rules, kind=None):
    return [r for r in rules.requirements if kind is None or r.kind == kind]


UN = """Programme Officer, P-3
Deadline: 30 June 2025

Education
An advanced university degree (Master's degree or equivalent) in law or criminology is required. A first-level
university degree in combination with two additional years of qualifying experience may be accepted in lieu of
the advanced university degree.

Work Experience
A minimum of five years of progressively responsible experience in criminal justice is required.
"""


def test_degree_plus_additional_years_is_an_alternative_with_the_base_years(tmp_path):
    rules = draft(tmp_path, UN)
    choice = tops(rules, "any_of")
    assert len(choice) == 1
    masters, route = choice[0].children
    assert masters.kind == "education" and masters.model_extra["min_level"] == 7
    assert route.kind == "all_of"
    degree, experience = route.children
    assert degree.model_extra["min_level"] == 6 and experience.model_extra["min_years"] == 7  # 5 + 2
    # never an extra required rule beside the degree: the only top-level education sits in the any_of
    assert not tops(rules, "education")
    assert [r.model_extra["min_years"] for r in tops(rules, "experience")] == [5]


def test_french_substitution_a_defaut_joins_the_degree(tmp_path):
    rules = draft(
        tmp_path,
        """Analyste (H/F)
Date limite : 6 juin 2025

Formation
Diplôme universitaire de niveau master en droit ou en criminologie. À défaut, huit années d'expérience
professionnelle dans le domaine de la justice pénale.
""",
    )
    choice = tops(rules, "any_of")
    assert len(choice) == 1 and not tops(rules, "education")
    kinds = sorted(c.kind for c in choice[0].children)
    assert kinds == ["education", "experience"]
    assert next(c for c in choice[0].children if c.kind == "experience").model_extra["min_years"] == 8


def test_either_or_routes_of_an_eu_notice(tmp_path):
    rules = draft(
        tmp_path,
        """Administrator (AD 6)

Eligibility criteria
- a level of education which corresponds to completed university studies attested by a diploma, either when the
normal period of university education is four years or more; or a level of education which corresponds to
completed university studies attested by a diploma and appropriate professional experience of at least one year
when the normal period of university education is three years.
""",
    )
    (choice,) = tops(rules, "any_of")
    four, three_plus_one = sorted(choice.children, key=lambda c: c.kind)[::-1]
    assert four.kind == "education" and four.model_extra["min_years"] == 4
    assert three_plus_one.kind == "all_of"
    assert [c.model_extra.get("min_years") for c in three_plus_one.children] == [3, 1]


def test_nationality_exclusion_and_tenure_sentences_anywhere(tmp_path):
    rules = draft(
        tmp_path,
        """Seconded Monitoring Officer (S2)
Duty Station: Pristina, Kosovo

Requirements
- First-level university degree in law.

How to apply
Only nationals of OSCE participating States may apply. Nationals or permanent residents of the host country are
not eligible. Candidates must have been employed by their current employer for at least 18 months.
""",
    )
    (nat,) = tops(rules, "nationality")
    assert nat.model_extra["members"] == "osce_participating_states"
    (excl,) = tops(rules, "nationality_exclusion")
    assert excl.model_extra["countries"] == ["XK"] and excl.model_extra["permanent_residents"] is True
    assert "location" in excl.review  # the country came from the duty station, and it says so
    (tenure,) = tops(rules, "employer_tenure")
    assert tenure.model_extra["min_months"] == 18


def test_eu_nationals_and_named_countries_are_alternatives(tmp_path):
    rules = draft(
        tmp_path,
        """Policy Officer (AD 5)

Eligibility criteria
- Be a national of a Member State of the European Union, Iceland, Liechtenstein or Norway.
""",
    )
    (choice,) = tops(rules, "any_of")
    assert {c.kind for c in choice.children} == {"nationality"}
    assert {c.model_extra.get("members") for c in choice.children} == {"eu_member_states", None}
    assert [c.model_extra["countries"] for c in choice.children if c.model_extra.get("countries")] == [
        ["IS", "LI", "NO"]
    ]


def test_label_line_then_value_line_and_several_pairs_on_one_line(tmp_path):
    rules = draft(
        tmp_path,
        """Border Security Adviser
Grade: S3 Duty Station: Vienna, Austria
Duration (months):
24
Deadline for applications:
15 May 2025

Requirements
- Minimum of six years of professional experience in border management.
""",
    )
    n = rules.notice
    assert (n.grade, n.location, n.duration_months, str(n.deadline)) == ("S3", "Vienna, Austria", 24, "2025-05-15")


def test_grade_from_the_title_and_heading_words_are_whole_words(tmp_path):
    rules = draft(
        tmp_path,
        """Political Affairs Officer, P-4

GENERAL INFORMATION
The post is in Vienna.
Closing date: 1 July 2025

Qualifications
- Advanced university degree in political science.
""",
    )
    assert rules.notice.grade == "P-4"
    # "INFORMATION" is not an education heading ("formation" inside it): its sentence is no requirement
    assert all("Vienna" not in r.source for r in rules.requirements)


def test_nested_minimum_with_months_gives_two_rules(tmp_path):
    rules = draft(
        tmp_path,
        """Adviser

Requirements
- Minimum 10 years of police experience including at least 18 months of experience in counter-terrorism.
""",
    )
    (both,) = tops(rules, "all_of")
    total, part = both.children
    assert total.model_extra["min_years"] == 10 and part.model_extra["min_years"] == 1.5
    assert part.model_extra["categories"] == ["counter_terrorism"]


def test_explicit_cefr_code_wins(tmp_path):
    rules = draft(
        tmp_path,
        """Analyst

Languages
- Very good knowledge of English (at least level B2) and French at C1 level.
""",
    )
    levels = {r.model_extra["languages"][0]: r.params.level for r in rules.all_requirements() if r.kind == "language"}
    assert levels == {"en": "B2", "fr": "C1"}


def test_every_drafted_rule_has_a_confidence_and_a_cue_and_weak_ones_a_review(tmp_path):
    rules = draft(tmp_path, UN + "\nSkills\n- Ability to work under pressure.\n- Experience in the region.\n")
    for req in rules.all_requirements():
        assert req.confidence is not None and req.cue, req.id
        if req.confidence < 0.6:
            assert req.review, req.id
    assert all(r.review or r.cue for r in rules.all_requirements() if r.kind == "assessed")


def test_a_prose_notice_without_headings_is_read(tmp_path):
    rules = draft(
        tmp_path,
        """Call for experts

Candidates must hold a university degree in economics. Applicants must have at least five years of professional
experience in labour inspection. The Authority will publish the list of experts.
""",
    )
    assert tops(rules, "education") and tops(rules, "experience")
    assert all("publish" not in r.source for r in rules.requirements)


def test_a_drafted_substitution_passes_validate_without_alternative_warnings(tmp_path):
    path = tmp_path / "un.txt"
    path.write_text(UN, encoding="utf-8")
    out = tmp_path / "un.yaml"
    assert runner.invoke(app, ["rules", "draft", str(path), "-o", str(out)]).exit_code == 0
    res = runner.invoke(app, ["rules", "validate", str(out)])
    assert res.exit_code == 0 and "in lieu" not in res.stdout, res.output


@pytest.mark.parametrize("sentence", ["Candidates must be nationals of one of the member States of the Organisation."])
def test_member_states_of_an_unknown_organization_are_for_review(tmp_path, sentence):
    rules = draft(tmp_path, f"Officer\n\nEligibility\n- {sentence}\n")
    (only,) = rules.requirements  # unknown until a list replaces it, never a silent assessed
    assert only.kind == "nationality" and "not shipped" in only.review and only.params.unlisted
