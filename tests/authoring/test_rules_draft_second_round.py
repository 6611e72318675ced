"""Drafting mechanisms of the second round on the development notices: French traineeship
conditions, obligation lists without a requirement heading, secondary-school education,
experience in a named country, degrees counted in years of study before 'with N years of
experience', conditions stated in the negative, enrolment, and 'two languages, one of which'."""

from pathlib import Path

from draft_support import draft_text

from matcher.authoring.languages import language_requirements
from matcher.authoring.patterns import patterns
from matcher.authoring.requirements import sentence_entries
from matcher.authoring.sections import Item


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, text).rules


def entries(sentence: str, lang: str = "fr") -> list[dict]:
    return sentence_entries(sentence, Item(sentence, "general", None, 1, "Conditions", [sentence]), lang, patterns())


def test_an_obligation_list_under_a_heading_that_is_no_requirement_heading(tmp_path):
    rules = draft(
        tmp_path,
        """Stages

Conditions :
• Être ressortissant d'un des États membres de l'Union européenne ,
• Être âgé de 18 ans ,
• Être titulaire d'une licence ,
• Posséder une bonne capacité rédactionnelle ,
• Être inscrit à un diplôme lors du stage.
""",
    )
    assert [r.kind for r in rules.requirements] == ["nationality", "assessed", "education", "assessed", "assessed"]
    education = rules.requirements[2]
    assert education.params.min_level == 6
    enrolled = rules.requirements[4]
    assert "enrolment" in enrolled.review  # a student status, never a degree rule


def test_an_unheaded_list_of_obligations_before_the_first_heading(tmp_path):
    rules = draft(
        tmp_path,
        """Security Supervisor

Be in possession of a Senior Certificate (Grade 12);
Must be a South African citizen;
Applicants will be subjected to a vetting process;
Be in possession of a valid driver's licence;
Relevant courses may be an advantage.

Core Functions
Manage security breach investigations;
""",
    )
    by_source = {r.source: r for r in rules.requirements}
    assert by_source["Be in possession of a Senior Certificate (Grade 12);"].params.min_level == 3
    assert by_source["Must be a South African citizen;"].params.countries == ["ZA"]
    assert by_source["Be in possession of a valid driver's licence;"].kind == "assessed"  # no degree
    assert by_source["Relevant courses may be an advantage."].importance == "asset"
    assert not any("vetting" in s for s in by_source)  # a statement about the procedure, no rule
    assert not any("investigations" in s for s in by_source)  # duties are no requirements


def test_secondary_school_wordings_are_isced_3():
    for sentence in (
        "At least completion of high school is required.",
        "Être titulaire d'un diplôme de fin d'études secondaires",
    ):
        (entry,) = entries(sentence, "en")
        assert entry["kind"] == "education" and entry["min_level"] == 3, sentence


def test_a_level_that_qualifies_a_degree_wins_and_fields_lose_their_preposition():
    (entry,) = entries("Être titulaire d'un diplôme universitaire de niveau master en droit ou en sciences politiques")
    assert entry["min_level"] == 7 and entry["fields"] == ["droit", "sciences politiques"]
    (first,) = entries("Avoir obtenu un diplôme de premier cycle universitaire")
    assert first["min_level"] == 6


def test_semesters_count_half_a_year():
    (entry,) = entries("Avoir achevé au moins quatre semestres d'études universitaires")
    assert entry["kind"] == "education" and entry["min_years"] == 2


def test_an_age_is_no_experience_and_a_negative_condition_is_no_region():
    (age,) = entries("Avoir au moins 18 ans")
    assert age["kind"] == "assessed"
    (before,) = entries("Ne pas avoir déjà bénéficié d'un stage au sein d'une institution européenne")
    assert before["kind"] == "assessed" and "NOT" in before["review"]


def test_a_degree_in_years_of_study_with_years_of_experience_gives_both():
    sentence = (
        "A three (3) year Diploma/Degree in Security Management, Policing or Criminology, "
        "with three (3) years relevant experience in the field of post."
    )
    education, experience = entries(sentence, "en")
    assert education["kind"] == "education" and education["min_years"] == 3
    assert education["fields"][:2] == ["Security Management", "Policing"]
    assert experience["kind"] == "experience" and experience["min_years"] == 3
    assert not experience.get("sector")  # "Policing" is the degree's field, not the experience's


def test_maitrise_is_fluency_and_french_clauses_keep_their_importance():
    (both,) = language_requirements("Maîtrise du français et de l'anglais", None, patterns())
    assert both["kind"] == "all_of" and [c["languages"] for c in both["children"]] == [["fr"], ["en"]]
    assert {c["wording"] for c in both["children"]} == {"maîtrise"}
    english, french = language_requirements(
        "Une excellente maîtrise de l'anglais est exigée, la connaissance du français serait un atout", None, patterns()
    )
    assert (english["importance"], french["importance"]) == ("required", "asset")


def test_two_languages_one_of_which_from_a_list():
    first, second = language_requirements(
        "Avoir une très bonne connaissance de deux langues de l'Union européenne, dont l'une officielle "
        "(anglais, français, allemand)",
        None,
        patterns(),
    )
    assert first["languages"] == ["en", "fr", "de"]
    assert len(second["languages"]) == 24 and "differs" in second["review"]


def test_a_french_prose_sentence_of_obligation_clauses(tmp_path):
    rules = draft(
        tmp_path,
        """Programme de stages

L'Organisation ouvre les candidatures. Pour être admis, il faut être ressortissant d'un État membre de
l'Union européenne ; être âgé de 18 à 30 ans ; avoir une bonne capacité rédactionnelle ; parler
couramment le français.
""",
    )
    assert [r.kind for r in rules.requirements] == ["nationality", "assessed", "assessed", "language"]


def test_label_value_facts_after_an_inline_heading_are_no_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Security Specialist

Who May Apply: All Interested Applicants / All Sources
Security Clearance Required: Local Security Certification
Duration Appointment: Indefinite

Qualifications and Evaluations
At least completion of high school is required.
Minimum of one year experience within the field of security.
LANGUAGE: Level IV (fluent) Speaking/Reading/Writing Swedish is required.
This may be tested.
""",
    )
    sources = [r.source for r in rules.requirements]
    assert sources == [
        "At least completion of high school is required.",
        "Minimum of one year experience within the field of security.",
        "Level IV (fluent) Speaking/Reading/Writing Swedish is required.",
    ]


def test_a_further_nationality_route_to_an_unlisted_country_keeps_the_or():
    from matcher.authoring.eligibility import nationality_entries

    (rule,) = nationality_entries(
        "Être citoyen de l'Union européenne (ou d'un pays candidat)", "required", None, patterns()
    )
    assert rule["kind"] == "any_of"  # never the EU alone: that would exclude the candidate countries' nationals
    eu, other = rule["children"]
    assert eu["members"] == "eu_member_states" and other["kind"] == "nationality" and other["review"]
    assert other["unlisted"] == "pays candidat"  # unknown for others until the countries are given


def test_a_duration_stated_in_prose():
    from matcher.authoring.facts import _prose_duration

    assert _prose_duration("La durée de ces stages est de cinq mois et ne peut être prolongée.", patterns()) == 5
    assert _prose_duration("The programme is 3 years old.", patterns()) is None


def test_routes_joined_by_comma_or_are_an_any_of_never_an_and():
    eu = (
        "A level of education which corresponds to completed university studies attested by a diploma when the "
        "normal period of university education is four years or more, or a level of education which corresponds "
        "to completed university studies attested by a diploma and appropriate professional experience of at "
        "least one year when the normal period of university education is at least three years"
    )
    (rule,) = entries(eu, "en")
    four, three_plus_one = rule["children"]
    assert rule["kind"] == "any_of" and four["min_years"] == 4
    assert [c.get("min_years") for c in three_plus_one["children"]] == [3, 1]
    (degree,) = entries("A master's degree in law, or a bachelor's degree in law with two years of experience", "en")
    master, bachelor = degree["children"]
    assert master["min_level"] == 7 and [c["kind"] for c in bachelor["children"]] == ["education", "experience"]
    (field,) = entries("A university degree in law, or a related field", "en")
    assert field["kind"] == "education" and field["or_equivalent"]  # "or a related field" is no route


def test_education_routes_joined_by_or_have():
    (rule,) = entries(
        "hold a recognised university-level diploma giving access to the AD function group, or have completed "
        "at least four semesters of university study in an area of interest to the Court;",
        "en",
    )
    assert rule["kind"] == "any_of"
    assert [(c.get("min_level"), c.get("min_years")) for c in rule["children"]] == [(6, None), (None, 2)]


def test_a_sector_among_uncategorised_alternatives_is_no_restriction():
    (rule,) = entries(
        "A minimum of seven years of experience in security management, military or police is required.", "en"
    )
    assert rule["kind"] == "experience" and not rule.get("sector") and "several fields" in rule["review"]
    (detailed,) = entries("At least 10 years of experience of policing, including investigations.", "en")
    assert detailed.get("sector") == ["law_enforcement"]  # "including" details it: still a restriction


def test_a_course_is_assessed_not_experience():
    (rule,) = entries("Completion of a recognized security or law enforcement training course is required.", "en")
    assert rule["kind"] == "assessed"
