"""Which lines of a notice become requirements (the segmentation stage of `rules draft`): lists
under headings the drafter does not know, sentence-case sub-headings standing alone, paragraphs
that explain as well as ask, one-column table rows, run-on lists with commas inside their items,
a requirement repeated in two parts, and conditions on the person worded like experience."""

from draft_support import draft_text as draft

from matcher.authoring.headings import asks_something, list_headings
from matcher.authoring.patterns import patterns
from matcher.authoring.sections import run_on
from matcher.authoring.text import lines


def kinds(rules) -> list[str]:
    return [r.kind for r in rules.requirements]


def sources(rules) -> list[str]:
    return [r.source for r in rules.requirements]


def params(req) -> dict:
    return req.model_extra or {}


def test_a_list_under_an_unknown_heading_is_read_when_its_items_are_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Les missions d'observation demandent des personnes engagées.
Critères de base :
- Expérience professionnelle de 6 ans au minimum
- Permis de conduire (catégorie B)
- Disponibilité pour 9 mois
Candidature :
Les candidats envoient leur dossier au service du personnel.
""",
    ).rules
    assert kinds(rules) == ["experience", "assessed", "assessed"]
    assert params(rules.requirements[0])["min_years"] == 6
    assert "Disponibilité pour 9 mois" in sources(rules)  # availability: never 9 months of experience
    assert not any("dossier" in s for s in sources(rules))  # the procedure after the list stays out


def test_a_duties_list_under_an_unknown_heading_stays_out():
    pats = patterns()
    text = """Your week:
- Draft the weekly political report
- Coordinate the visits of delegations
- Maintain the contact list of partners
"""
    assert list_headings(lines(text, pats), pats) == {}


def test_a_list_for_one_category_of_posts_is_not_read_as_everyone_s():
    pats = patterns()
    text = """In the General Service category:
- Holders of at least a secondary school diploma
- Advanced knowledge of spreadsheet software
"""
    assert list_headings(lines(text, pats), pats) == {}


def test_sentence_case_sub_headings_standing_alone_open_their_section(tmp_path):
    rules = draft(
        tmp_path,
        """Police Adviser Minimum Requirements

Years of professional experience

  • Eight (8) years in a national police service;

Driving proficiency

  • Two (2) years of recent driving experience;
  • A valid driving licence.

Desirable additional skills

  • Previous experience in a peace operation;
  • Knowledge of first aid.
""",
    ).rules
    found = {(r.kind, r.importance, r.source) for r in rules.requirements}
    assert ("experience", "required", "Eight (8) years in a national police service;") in found
    assert ("assessed", "required", "Two (2) years of recent driving experience;") in found  # not 2 years of work
    assert ("experience", "asset", "Previous experience in a peace operation;") in found
    assert ("assessed", "asset", "Knowledge of first aid.") in found


def test_a_paragraph_under_a_heading_gives_only_its_sentences_that_ask(tmp_path):
    rules = draft(
        tmp_path,
        """Langues
L'anglais et le français sont nos langues de travail. Une très bonne maîtrise de l'anglais est exigée. \
Nous vous aiderons à progresser dans l'autre langue.
Nationalité
Nous n'appliquons pas de quotas entre les nationalités des États membres.
""",
    ).rules
    assert kinds(rules) == ["language"]
    assert sources(rules) == ["Une très bonne maîtrise de l'anglais est exigée."]


def test_what_the_organization_does_is_not_asked_but_what_it_requires_is():
    pats = patterns()
    assert not asks_something("We will help you reach the level asked.", "languages", pats)
    assert asks_something("We require a good knowledge of French.", "languages", pats)
    assert asks_something("Proven experience in audit.", "general", pats, alone=True)


def test_one_column_table_rows_are_plain_lines(tmp_path):
    rules = draft(
        tmp_path,
        """Field of Expertise Requirements |
The requirements for working in this field are:
|
University degree in law or political science |
|
Excellent drafting skills |
""",
    ).rules
    assert "Field of Expertise Requirements" not in " ".join(sources(rules))
    assert kinds(rules) == ["education", "assessed"]
    assert params(rules.requirements[0])["min_level"] == 6


def test_a_run_on_list_splits_even_when_its_items_hold_commas():
    line = (
        "Knowledge of human rights standards Familiarity with the Western Balkans, especially Serbia "
        "International field experience Experience in budgeting, reporting and evaluation"
    )
    assert run_on(line) == [
        "Knowledge of human rights standards",
        "Familiarity with the Western Balkans, especially Serbia",
        "International field experience",
        "Experience in budgeting, reporting and evaluation",
    ]
    # a sentence whose capitals follow a function word names places, not items
    plain = "Experience of working with International Organizations in the Western Balkans and in Central Asia"
    assert run_on(plain) == [plain]


def test_a_requirement_repeated_word_for_word_in_two_parts_is_one_rule(tmp_path):
    rules = draft(
        tmp_path,
        """Field of Expertise Requirements
  • Advanced university degree in law or economics
  • Excellent analytical skills

Education:
Advanced university degree in law or economics.
""",
    ).rules
    assert [r.kind for r in rules.requirements].count("education") == 1


def test_two_kinds_of_experience_joined_by_or_are_alternatives(tmp_path):
    rules = draft(
        tmp_path,
        """Requirements:
  • Consular experience or experience working in human rights with international organizations;
  • Experience in audit or in accounting;
""",
    ).rules
    either, plain = rules.requirements
    assert either.kind == "any_of" and [c.kind for c in either.children] == ["experience", "experience"]
    assert "international_organization" in params(either.children[1])["categories"]
    assert plain.kind == "experience"  # one experience, in either field: a list of subjects, not two rules


def test_fewer_years_for_degree_holders_is_an_alternative_never_a_second_required_rule(tmp_path):
    rules = draft(
        tmp_path,
        """Work Experience

A minimum of ten (10) years of experience in logistics is required. The minimum years of relevant \\
experience is reduced to six (6) years for candidates who possess a first-level university degree. \\
At least three (3) years of experience in procurement is desirable.
""",
    ).rules
    routes = [r for r in rules.requirements if r.kind == "any_of"]
    assert len(routes) == 1
    kids = routes[0].children
    assert sorted(k.kind for k in kids) == ["all_of", "experience"]
    assert params(next(k for k in kids if k.kind == "experience"))["min_years"] == 10
    with_degree = next(k for k in kids if k.kind == "all_of")
    assert [params(c).get("min_years") for c in with_degree.children if c.kind == "experience"] == [6]
    required = [r for r in rules.requirements if r.kind == "experience" and r.importance == "required"]
    assert required == []  # neither length is required beside the alternative
    assert [r.importance for r in rules.requirements if r.kind == "experience"] == ["asset"]


def test_a_nationality_sentence_with_full_civic_rights_gives_both_rules(tmp_path):
    rules = draft(
        tmp_path,
        """Eligibility criteria:
  • Be a national of a Member State of the European Union and enjoy full rights as a citizen;
""",
    ).rules
    assert kinds(rules) == ["nationality", "assessed"]
    assert rules.requirements[1].source == rules.requirements[0].source


def test_paragraphs_under_an_umbrella_that_ask_something_stay_when_sub_headings_follow(tmp_path):
    rules = draft(
        tmp_path,
        """Job - Specific Qualification

A certificate in fire safety is desirable. Please attach the certificate.

Work Experience

A minimum of five (5) years of experience in facility management is required.
""",
    ).rules
    found = {(r.kind, r.importance, r.source) for r in rules.requirements}
    assert ("assessed", "asset", "A certificate in fire safety is desirable.") in found
    assert not any("Please attach" in s for s in sources(rules))


def test_questions_standing_alone_are_headings_of_a_question_and_answer_page(tmp_path):
    rules = draft(
        tmp_path,
        """Traineeships

What is a traineeship?

The Agency offers about forty traineeships each year to graduates who must apply online.

Who is eligible to become a trainee?

All candidates must have a university degree in law or economics. Candidates are expected to have a \\
very good record of academic performance.

If you have more than five years of professional experience, you may be more suited for a senior post.
""",
    ).rules
    assert kinds(rules) == ["education", "assessed"]
    assert params(rules.requirements[0])["min_level"] == 6
    assert not any("forty traineeships" in s or "more suited" in s for s in sources(rules))


def test_the_employer_of_a_seconded_expert_is_the_secondment_rule_not_experience(tmp_path):
    rules = draft(
        tmp_path,
        """Seconded national experts

Eligibility criteria:
  • be employed by a national, regional or local public authority, or an intergovernmental organisation;
  • have at least three years of professional experience in audit;
""",
    ).rules
    assert kinds(rules) == ["secondment", "experience"]
    assert params(rules.requirements[1])["min_years"] == 3


def test_an_ability_asked_in_the_introduction_is_assessed_and_a_description_is_not(tmp_path):
    rules = draft(
        tmp_path,
        """At the Agency we value diverse backgrounds. To succeed here, you will need to be comfortable \\
working in a multicultural team and have excellent interpersonal skills. Our staff have many skills.

Requirements:
  • A university degree in law.
""",
    ).rules
    found = {(r.kind, r.source) for r in rules.requirements}
    assert ("education", "A university degree in law.") in found
    assert any(k == "assessed" and "interpersonal skills" in s for k, s in found)
    assert not any("Our staff" in s for _, s in found)


def test_list_items_that_run_on_with_or_are_routes_quoting_their_label(tmp_path):
    rules = draft(
        tmp_path,
        """Legal Officer

Requirements:
  • Degree:
    - a master's degree in law, or
    - a bachelor's degree in law and at least two years of professional experience.
  • Fluency in English.
""",
    ).rules
    assert kinds(rules) == ["any_of", "language"]  # never the master's AND the bachelor's with experience
    routes = rules.requirements[0]
    assert routes.source == "Degree:"
    assert [c.kind for c in routes.children] == ["education", "all_of"]
    assert params(routes.children[0])["min_level"] == 7
    assert [params(c).get("min_years") for c in routes.children[1].children] == [None, 2]


def test_list_items_that_end_with_a_full_stop_stay_separate_requirements(tmp_path):
    rules = draft(
        tmp_path,
        """Requirements:
  • A master's degree in law.
  • A bachelor's degree in accounting.
""",
    ).rules
    assert kinds(rules) == ["education", "education"]


def test_an_aggregator_label_that_names_a_requirement_is_one(tmp_path):
    rules = draft(
        tmp_path,
        """OFFRE D'EMPLOI

Titre du Poste : Chargé(e) de programme

Niveau Requis : Licence, Master

Année d'Expérience Requise : 5 ans, 8 ans

Lieu du Travail : Dakar
""",
    ).rules
    education, lengths = rules.requirements
    assert education.kind == "education" and params(education)["min_level"] == 6
    assert education.source == "Niveau Requis : Licence, Master"
    assert lengths.kind == "any_of"  # the lengths are offered, not all required
    assert sorted(params(c)["min_years"] for c in lengths.children) == [5, 8]
    assert not any("Dakar" in s for s in sources(rules))


def test_etc_before_a_pronoun_ends_the_sentence(tmp_path):
    from matcher.authoring.text import sentences

    assert sentences("Manages the archive, the website, etc. He must have five years of experience.") == [
        "Manages the archive, the website, etc.",
        "He must have five years of experience.",
    ]
    assert len(sentences("Office tools (Word, Excel, etc. Outlook) are used.")) == 1


def test_an_age_range_of_the_candidates_is_no_experience(tmp_path):
    rules = draft(tmp_path, "Conditions\n- Le concours est ouvert aux candidats de 18 à 40 ans.\n").rules
    assert kinds(rules) == ["assessed"]
    assert "min_years" not in (rules.requirements[0].model_extra or {})


def test_proof_of_a_requirement_is_an_application_step(tmp_path):
    rules = draft(
        tmp_path,
        "Requirements\n- A university degree in statistics.\n"
        "- Applicants whose first language is not Spanish must provide proof of their knowledge of Spanish.\n",
    ).rules
    assert kinds(rules) == ["education"]
