"""Drafting mechanisms of the third round, found on notices gathered before any tuning: a lead-in
about the programme's objectives is no requirement list, one-word sub-headings ("Nationality",
"Diploma") are headings, year-of-study students are an enrolment, "souhaitable" and "is looking for
... with" make prose a requirement, "Union nationals" are EU nationals, a "European context" is no
region of work."""

from pathlib import Path

from draft_support import draft_text


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, text).rules


DELEGATION = """Traineeships in Delegations

Objectives of traineeships:
Traineeship in Delegations should have the following main objectives:
- To provide trainees with a unique experience about the daily work of a Delegation;
- To offer trainees the possibility of applying the knowledge acquired during their studies;

Eligibility:
Diploma
- For funded traineeships, applicants must have graduated from a university with at least a Bachelor's level
- For unfunded traineeships, applicants shall be 3rd ,4th or 5th year students of a University.
"""


def test_objectives_introduced_with_should_are_not_requirements(tmp_path):
    sources = [r.source for r in draft(tmp_path, DELEGATION).requirements]
    assert not any(s.startswith("To provide") or s.startswith("To offer") for s in sources)


def test_a_one_word_sub_heading_is_a_heading_not_a_requirement(tmp_path):
    sources = [r.source for r in draft(tmp_path, DELEGATION).requirements]
    assert "Diploma" not in sources
    assert any("Bachelor" in s for s in sources)


def test_year_of_study_students_are_an_enrolment_not_a_degree(tmp_path):
    rules = draft(tmp_path, DELEGATION).requirements
    students = [r for r in rules if "year students" in r.source]
    assert [r.kind for r in students] == ["assessed"]
    degree = [r for r in rules if "Bachelor" in r.source]
    assert [(r.kind, r.params.min_level) for r in degree] == [("education", 6)]


def test_souhaitable_makes_a_prose_language_sentence_an_asset(tmp_path):
    rules = draft(
        tmp_path,
        "Stages\n\nLes candidats, détenteurs d'un diplôme universitaire en droit, doivent envoyer un formulaire.\n\n"
        "Pour des raisons de service, une bonne connaissance de la langue française est souhaitable.\n",
    ).requirements
    french = [r for r in rules if r.kind == "language"]
    assert len(french) == 1
    assert french[0].importance == "asset" and french[0].params.languages == ["fr"]


def test_union_nationals_are_nationals_of_the_eu_member_states(tmp_path):
    rules = draft(
        tmp_path,
        "Call for experts\n\nThose experts shall be Union nationals from as broad a range of Member States.\n",
    ).requirements
    assert [(r.kind, r.params.members) for r in rules] == [("nationality", "eu_member_states")]


def test_african_union_nationals_are_not_eu_nationals(tmp_path):
    rules = draft(
        tmp_path,
        "Call for experts\n\nApplicants must be African Union nationals.\n",
    ).requirements
    assert all(getattr(r.params, "members", None) != "eu_member_states" for r in rules)


def test_a_european_context_is_no_region_of_experience(tmp_path):
    rules = draft(
        tmp_path,
        "Call for experts\n\nThe Commission is looking for experts with professional experience in a military "
        "context in a European and/or NATO context.\n",
    ).requirements
    assert [r.kind for r in rules] == ["experience"]


def test_experience_in_european_countries_stays_a_region(tmp_path):
    rules = draft(
        tmp_path,
        "Requirements:\n- At least 3 years of experience in European countries.\n",
    ).requirements
    assert "region_experience" in [r.kind for r in rules]


SECURITY = (
    "Security Officer\n\nCandidates must meet the following requirements to be eligible:\n\n"
    "- Be between the ages of 22 and 35 years at the time of application\n"
    "- Have a High School diploma\n"
    "- Have at least two years' experience with a civilian police force. Candidates holding a relevant first "
    "level university degree with a minimum of 2 years' experience in the security field will also be considered.\n"
    "- Pass the Security Officer Test. The tests are held when there is a requirement. For more information on "
    "the test, please contact the nearest office.\n"
)


def test_an_age_range_is_a_personal_condition_not_years_of_experience(tmp_path):
    rules = draft(tmp_path, SECURITY).requirements
    age = [r for r in rules if "ages of" in r.source]
    assert [r.kind for r in age] == ["assessed"]


def test_will_also_be_considered_is_an_alternative_to_the_experience_before_it(tmp_path):
    rules = draft(tmp_path, SECURITY).requirements
    assert [r.kind for r in rules if r.kind in ("experience", "any_of")] == ["any_of"]  # never an extra required rule
    choice = next(r for r in rules if r.kind == "any_of")
    first, second = choice.children
    assert first.kind == "experience" and first.params.min_years == 2
    assert second.kind == "all_of"
    high_school = [r for r in rules if r.kind == "education"]
    assert [r.params.min_level for r in high_school] == [3]  # the degree route does not replace the diploma


def test_information_about_the_procedure_in_a_bullet_is_no_requirement(tmp_path):
    sources = [r.source for r in draft(tmp_path, SECURITY).requirements]
    assert not any(s.startswith(("The tests are held", "For more information")) for s in sources)
    assert any(s.startswith("Pass the Security Officer Test") for s in sources)


def test_n_years_in_x_or_m_years_in_y_are_two_routes_of_experience(tmp_path):
    rules = draft(
        tmp_path,
        "Requirements:\n- At least two years' experience with a civilian police force or three years in a "
        "military police force.\n",
    ).requirements
    assert [r.kind for r in rules] == ["any_of"]
    assert [(c.kind, c.params.min_years) for c in rules[0].children] == [("experience", 2), ("experience", 3)]


def test_two_or_three_years_is_one_range_not_two_routes(tmp_path):
    rules = draft(tmp_path, "Requirements:\n- Two or three years of experience in investigations.\n").requirements
    assert [r.kind for r in rules] == ["experience"]
