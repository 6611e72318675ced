"""Drafting mechanisms found on the development notices (bench/data/dev_notices): lead-in lines
that open a list, language groups, personal conditions, substitutions read before ';' clauses,
routes joined by '; or', run-on lists, country experience, prose around the sections, and the
guards that keep one unreadable sentence from sinking a draft or turning an OR into an AND."""

from draft_support import draft_text as draft

from matcher.authoring.language_names import find_groups
from matcher.authoring.languages import language_requirements
from matcher.authoring.patterns import patterns
from matcher.authoring.sections import run_on
from matcher.authoring.validate import validate_rules
from matcher.authoring.writer import encodable


def kinds(rules) -> list[str]:
    return [r.kind for r in rules.requirements]


def params(req) -> dict:
    return req.model_extra or {}


def test_a_lead_in_line_opens_the_list_it_announces(tmp_path):
    result = draft(
        tmp_path,
        """Project Officer

The Officer will organise meetings and draft reports.

In addition, in order to be eligible the candidate must:

  • Be a national of a Member State of the Union;
  • Be entitled to his or her full rights as a citizen;
  • Have a thorough knowledge of one of the languages of the Union (min. level C1).
""",
    )
    rules = result.rules
    assert kinds(rules) == ["nationality", "assessed", "language"]
    assert params(rules.requirements[0])["members"] == "eu_member_states"
    assert "organise meetings" not in result.text  # the duties before the lead-in stay out


def test_a_lead_in_with_conditions_is_not_a_stop_heading(tmp_path):
    rules = draft(
        tmp_path,
        """Traineeships

  1. Applicants for traineeships must meet the following conditions:
    • be aged at least 18 and maximum 35 on the traineeship start date;
    • have a university degree (at least a BA or equivalent degree);
""",
    ).rules
    assert kinds(rules) == ["assessed", "education"]  # the age is a personal condition, never 35 years of work
    assert params(rules.requirements[1])["min_level"] == 6


def test_application_steps_never_open_a_list(tmp_path):
    pats = patterns()
    assert pats.lead_in.search("Candidates must:")
    assert pats.steps.search("Applicants must submit the following documents:")


def test_a_named_group_of_languages_lists_the_group():
    eu = language_requirements(
        "Thorough knowledge of one of the official EU languages and satisfactory knowledge of a second one "
        "– at least one of which must be English, French or German;",
        None,
    )
    assert [len(r["languages"]) for r in eu] == [24, 24]  # the English/French/German constraint is not a third rule
    assert [r["wording"] for r in eu] == ["thorough knowledge", "satisfactory knowledge"]
    coded = language_requirements(
        "Have a thorough knowledge of one of the languages of the Union (min. level C1) and a satisfactory "
        "knowledge (min. level B2) of another language of the Union.",
        None,
    )
    assert [r["level"] for r in coded] == ["C1", "B2"]  # the CEFR code before the language wins
    assert find_groups("fluency in English") == []


def test_levels_named_as_alternatives_give_the_lowest():
    pats = patterns()
    assert pats.education_level("A university degree (Bachelors or Masters) in law") == 6
    assert pats.education_level("a higher education diploma or a secondary school leaving certificate") == 3
    assert pats.education_level("Second-level university degree in law") == 7
    assert pats.education_level("perfectly master one official EU language") is None  # a verb, not a degree


SUBSTITUTION = (
    "Second-level university degree in political sciences or law; a first-level university degree in combination "
    "with two years of additional qualifying experience may be accepted in lieu of the second-level university degree"
)
ROUTES = (
    "The Country Director is required to have a master's degree in Public Policy with a minimum of five years of "
    "management experience; or a bachelor's degree with a minimum of seven years of management experience."
)


def test_osce_substitution_after_a_semicolon_stays_one_any_of(tmp_path):
    rules = draft(
        tmp_path,
        f"""Senior Adviser, S3

Education:

{SUBSTITUTION}

Experience:

Minimum 10 years of relevant professional experience
""",
    ).rules
    assert kinds(rules) == ["any_of", "experience"]
    main, route = rules.requirements[0].children
    assert params(main)["min_level"] == 7
    degree, years = route.children
    assert params(degree)["min_level"] == 6 and params(years)["min_years"] == 12  # 10 + 2


def test_routes_joined_by_semicolon_or(tmp_path):
    rules = draft(
        tmp_path,
        f"""Country Director

{ROUTES}
""",
    ).rules
    assert kinds(rules) == ["any_of"]
    routes = rules.requirements[0].children
    assert [params(r.children[0]).get("min_level") for r in routes] == [7, 6]
    assert [params(r.children[1])["min_years"] for r in routes] == [5, 7]


def test_a_list_run_into_one_line_is_split_and_its_assessed_items_kept_together(tmp_path):
    line = (
        "Diplomatic experience or experience in political affairs Experience in programme management "
        "Excellent communication and drafting skills Knowledge of regional political history"
    )
    assert len(run_on(line)) == 4
    assert run_on("Excellent drafting skills, and knowledge of the region") == [
        "Excellent drafting skills, and knowledge of the region"
    ]
    rules = draft(tmp_path, f"Adviser\n\nField of Expertise Requirements\n\n{line}\n").rules
    # "Diplomatic experience or experience in political affairs": two fields, any one (an any_of)
    assert kinds(rules) == ["any_of", "experience", "assessed"]
    assert rules.requirements[2].source == line  # one assessed rule quoting the whole line


def test_experience_in_a_named_country_is_region_experience_with_that_country(tmp_path):
    rules = draft(tmp_path, "Director\n\nRequirements:\n\n• Experience in Nigeria preferred.\n").rules
    (only,) = rules.requirements
    assert only.kind == "region_experience" and only.importance == "asset"
    assert only.params.countries == ["NG"] and only.params.regions == []
    assert only.id == "experience_ng"


def test_a_requirement_sentence_in_the_prose_around_the_sections(tmp_path):
    rules = draft(
        tmp_path,
        """Training Officer

The post requires a very good command of English, both written and oral.

Languages
Knowledge of French is desirable.
""",
    ).rules
    assert [(r.kind, params(r).get("languages")) for r in rules.requirements] == [
        ("language", ["en"]),
        ("language", ["fr"]),
    ]


def test_sentences_about_the_organization_are_not_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Requirements:
• A university degree in law.
• The Group shall promote equal opportunities and ensure gender balance.
• English and French are the working languages of the Organization.
""",
    ).rules
    assert kinds(rules) == ["education"]


def test_an_entry_that_does_not_validate_becomes_assessed_with_the_reason():
    entry = {"kind": "experience", "importance": "required", "source": "be aged at most 61 years", "min_years": 61}
    out = encodable(entry)
    assert out["kind"] == "assessed" and "do not validate" in out["review"] and "min_years" not in out


def test_an_alternative_with_nothing_to_replace_is_never_a_required_rule(tmp_path):
    result = draft(
        tmp_path,
        "Requirements:\n• Ten years of experience may be accepted in lieu of the advanced university degree.\n",
    )
    (only,) = result.rules.requirements
    assert only.kind == "assessed" and "any_of" in only.review


def test_validate_reads_degree_words_as_whole_words(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text("Diplomatic experience or experience in political affairs.\n", encoding="utf-8")
    rules = tmp_path / "r.yaml"
    rules.write_text(
        """schema_version: 1
notice: {id: t, title: T, organization: OSCE, location: Vienna, deadline: 2025-06-30, secondment: false,
         source_file: n.txt}
requirements:
  - {id: diplomacy, kind: experience, source: "Diplomatic experience or experience in political affairs.",
     categories: [political_affairs]}
""",
        encoding="utf-8",
    )
    assert validate_rules(rules).warnings == []


def test_a_placeholder_deadline_is_marked(tmp_path):
    assert draft(tmp_path, "Requirements:\n• A university degree.\n").placeholders == frozenset({"deadline"})


def test_a_nationality_route_with_no_list_stays_an_alternative_to_review(tmp_path):
    rules = draft(
        tmp_path,
        "Eligibility:\n• only candidates who are citizens of one of the member states of the European Union, "
        "nationals of Switzerland, Norway; or nationals of countries eligible for the programmes may apply.\n",
    ).rules
    (choice,) = rules.requirements
    assert choice.kind == "any_of"
    assert [c.kind for c in choice.children] == ["nationality", "nationality", "nationality"]
    assert "countries eligible" in params(choice.children[2])["unlisted"]  # unknown until its countries are given
    assert params(choice.children[1])["countries"] == ["CH", "NO"]


def test_a_bracketed_list_after_a_language_group_is_the_list():
    en, others = language_requirements(
        "Excellent knowledge of English and at least one other UN language (Arabic, Chinese, French, Russian or "
        "Spanish) with proficiency at the B2 level or above.",
        None,
    )
    assert en["languages"] == ["en"] and en["wording"] == "excellent knowledge"
    assert others["languages"] == ["ar", "zh", "fr", "ru", "es"] and others["level"] == "B2"


def test_skills_listed_with_a_language_are_assessed_too(tmp_path):
    rules = draft(
        tmp_path,
        "Requirements:\n• The post requires a very good command of English, good technical skills, as well as "
        "excellent organisational skills.\n",
    ).rules
    assert kinds(rules) == ["language", "assessed"]


def test_a_degree_with_additional_years_is_a_substitution(tmp_path):
    rules = draft(
        tmp_path,
        "Education:\nA completed advanced university degree (Masters or equivalent) is required. Candidates holding "
        "a completed Bachelors' degree with two additional years of relevant work experience may be considered.\n",
    ).rules
    assert kinds(rules) == ["any_of"]
    main, route = rules.requirements[0].children
    assert params(main)["min_level"] == 7 and [c.kind for c in route.children] == ["education", "experience"]


def test_french_prose_with_a_degree_and_years_in_one_sentence(tmp_path):
    rules = draft(
        tmp_path,
        "Conditions\n\nLes candidats devront être ressortissants d'un des États membres de l'Union européenne "
        "(Chypre, Malte). Titulaires d'un diplôme universitaire donnant accès à des études de troisième cycle, ils "
        "justifieront en outre d'une expérience professionnelle d'au moins douze ans, dont au moins six dans un "
        "poste d'encadrement. Ils posséderont une connaissance approfondie d'une des langues officielles de l'Union "
        "européenne, ainsi qu'une connaissance satisfaisante d'une autre langue officielle.\n",
    ).rules
    found = {r.kind: r for r in rules.requirements}
    assert params(found["nationality"])["countries"] == ["CY", "MT"]  # the brackets say which member states
    assert params(found["education"])["min_level"] == 7
    twelve, six = found["all_of"].children  # "dont au moins six": the unit is the whole's
    assert (params(twelve)["min_years"], params(six)["min_years"]) == (12, 6)
    assert [len(params(r)["languages"]) for r in rules.requirements if r.kind == "language"] == [24, 24]
