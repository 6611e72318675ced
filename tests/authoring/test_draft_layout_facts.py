"""Layout and facts mechanisms of `rules draft` (issue 14, point 1; round 4 of the development
notices): hard-wrapped lines, notes inside a list, "Label: / value" rows, PDF bullet glyphs,
table rows whose heading cell is the subject, sentence-case headings, requirement-looking
sentences under duties and procedure headings, introductions and application steps, and the
facts read by meaning (labels of two labels, glued grades, lengths before their noun)."""

from draft_support import draft_text as draft

from matcher.authoring.facts import notice_facts
from matcher.authoring.patterns import patterns
from matcher.authoring.sections import classify_heading, requirement_items
from matcher.authoring.text import lines


def facts(text: str):
    pats = patterns()
    return notice_facts(text, lines(text, pats), "x", "x.txt", pats)


def test_a_hard_wrapped_bullet_is_one_requirement_even_when_the_next_line_starts_with_a_capital(tmp_path):
    rules = draft(
        tmp_path,
        "Analyst\n\nEligibility criteria\n"
        "• Produce evidence of a thorough knowledge of one of the languages of the\n"
        "Union and a satisfactory knowledge of another language of the Union;\n"
        "• Be physically fit to perform the duties;\n",
    ).rules
    languages = [r for r in rules.requirements if r.kind == "language"]
    assert len(languages) == 2
    assert languages[0].source.endswith("another language of the Union;")


def test_a_note_line_inside_a_list_is_not_a_rule_and_does_not_end_the_list(tmp_path):
    rules = draft(
        tmp_path,
        "Analyst\n\nEligibility criteria\n"
        "• Be a national of one of the Member States of the European Union;\n"
        "A copy of a valid photo ID or passport has to be provided with the application\n"
        "• Have at least 3 years of professional experience in data analysis;\n",
    ).rules
    sources = [r.source for r in rules.requirements]
    assert not any("photo ID" in s for s in sources)
    assert any(r.kind == "experience" and (r.model_extra or {}).get("min_years") == 3 for r in rules.requirements)


def test_label_slash_value_rows_are_a_table_and_only_the_requirement_labels_are_read(tmp_path):
    text = (
        "Guidelines for Application and Basic Requirements\n\n"
        "Organisation: / EULEX KOSOVO\n"
        "Deadline for applications: / 24 October 2008\n"
        "Citizenship: / Only applicants from European Union (EU) Member States are eligible.\n"
        "Secondment: / All candidates wishing to apply for a seconded regime will have to apply "
        "through their respective national authorities.\n"
    )
    assert lines(text)[1].cells == ["Organisation:", "EULEX KOSOVO"]
    result = draft(tmp_path, text)
    assert str(result.rules.notice.deadline) == "2008-10-24"
    sources = [r.source for r in result.rules.requirements]
    assert sources and all(s.startswith("Only applicants") for s in sources)  # no "/ ", no secondment row


def test_pdf_bullet_glyphs_are_bullets():
    pats = patterns()
    (line,) = lines("\uf0b7 Master\u2019s degree in history\n", pats)
    assert line.bullet and line.text == "Master\u2019s degree in history"


def test_preferably_qualifies_the_field_not_the_requirement():
    pats = patterns()
    assert pats.importance("A university degree, preferably with a specialisation in political science;") is None
    assert pats.importance("Master's degree (preferably in modern history)") is None
    assert pats.importance("Preferably, experience in an international organization") == "asset"
    assert pats.importance("Experience in Nigeria preferred.") == "asset"


def test_a_table_row_keeps_its_heading_cell_as_subject_and_one_word_language_cells(tmp_path):
    rules = draft(
        tmp_path,
        "Programme Officer\n\nRequirements\n"
        "| Criterion | Requirement | Importance |\n"
        "| Experience | 5 years | Essential |\n"
        "| Experience in counter-terrorism | 2 years | Strong asset |\n"
        "| Languages | English | Essential |\n",
    ).rules
    got = [(r.kind, r.importance, (r.model_extra or {}).get("min_years")) for r in rules.requirements]
    assert got == [("experience", "required", 5), ("experience", "strong_asset", 2), ("language", "required", None)]
    assert rules.requirements[0].source == "Experience | 5 years"


def test_headings_in_sentence_case_are_matched_whole_and_not_inside_words():
    assert classify_heading("Working conditions") == ("stop", None)
    assert classify_heading("What you will do") == ("stop", None)
    assert classify_heading("Language requirements")[0] == "languages"
    assert classify_heading("Desired qualifications") == ("general", "asset")
    assert classify_heading("ADDITIONAL INFORMATION") == ("stop", None)  # not "formation" (education)
    assert classify_heading("Experience in conditions of hardship") is None


def test_requirement_words_under_duties_or_procedure_headings_make_no_rule(tmp_path):
    rules = draft(
        tmp_path,
        "Analyst\n\nDuties\n"
        "The jobholder is required to provide expertise and training on cybercrime investigations.\n\n"
        "Requirements\n- At least 4 years of professional experience in cybercrime investigations.\n\n"
        "Selection procedure\n"
        "Shortlisted candidates will be required to sit a written test; experience will be assessed.\n",
    ).rules
    assert [r.source for r in rules.requirements] == [
        "At least 4 years of professional experience in cybercrime investigations."
    ]


def test_introductions_application_steps_and_descriptions_are_not_requirements(tmp_path):
    rules = draft(
        tmp_path,
        "Programme\n\nEligibility\n"
        "The programme is open to all staff, provided they meet the following minimum requirements.\n"
        "  • A minimum of five years of professional experience.\n"
        "Please refer to the annual announcement for detailed information.\n\n"
        "2. Qualifications\n"
        "The Selection Committee is required to assess whether candidates fulfil the\n"
        "educational requirements. Therefore candidates must attach a copy of the certificate.\n",
    ).rules
    assert [r.kind for r in rules.requirements] == ["experience"]


def test_an_umbrella_paragraph_keeps_only_its_sentences_that_ask_something():
    pats = patterns()
    text = (
        "Requirements\n\n"
        "Secondary education generally marks the end of compulsory schooling. "
        "Candidates must hold a university degree.\n\nHow to apply\n"
    )
    (item,) = requirement_items(lines(text, pats), pats)
    assert item.sentences == ["Candidates must hold a university degree."]


def test_an_assessed_sentence_the_drafter_could_not_encode_says_why(tmp_path):
    rules = draft(
        tmp_path,
        "Trainee\n\nEligibility\n"
        "- citizens from Member States of the EU\n"
        "- Additional languages are an asset;\n"
        "- Must possess a valid driver's license.\n",
    ).rules
    reviews = [r.review or "" for r in rules.requirements if r.kind == "assessed"]
    assert len(reviews) == 2
    assert "who may apply" in reviews[0] and "condition on the person" in reviews[1]
    # the languages line is encoded now (a language rule for any other language), so it needs no excuse
    [languages] = [r for r in rules.requirements if r.kind == "language"]
    assert languages.params.any_language and languages.importance == "asset"


def test_facts_by_meaning_labels_of_two_labels_glued_grades_and_lengths_before_their_noun():
    assert facts("Officer\nSeries/Grade: FSN-4, FPAA\n").values["grade"] == "FSN-4"
    assert facts("Junior Officer\n5,554.93Euro (EUR)MonthlyGradeA.2 / NATO Grade G15\n").values["grade"] == "A.2"
    assert facts("Training Officer\n\nContract agent\nFunction group IV\n").values["grade"] == "Function group IV"
    assert facts("Research Fellow - two-year contract\n").values["duration_months"] == 24
    assert facts("Legal Officer (12 months)\nEducation: degree\n").values["duration_months"] == 12
    assert facts("Officer\nContract: Fixed-term, 1 year renewable\n").values["duration_months"] == 12
    assert facts("Officer\nThe assignment is for 6 months, with possible extension.\n").values["duration_months"] == 6
    assert (
        facts("Officer\nAge: 61 years (or 62 where the assignment is for 3 years)\n").values["duration_months"] is None
    )
    assert facts("Officer\nMinimum 5 years of experience (3 years)\n").values["duration_months"] is None
    assert str(facts("Research Associate. Open until 15 May 2020\n").values["deadline"]) == "2020-05-15"
    opening = facts("Specialist\nOpening Period: August 2, 2018 – August 16, 2018\n")
    assert str(opening.values["deadline"]) == "2018-08-16"


def test_a_mark_in_an_essential_or_desirable_column_gives_the_row_its_importance(tmp_path):
    rules = draft(
        tmp_path,
        "Officer\n\nSelection criteria\n| Criteria | Essential | Desirable |\n"
        "| University degree in law | X | |\n| Experience in an international organisation | | X |\n"
        "| Knowledge of French | | ✓ |\n\nHow to apply\nSend your CV.\n",
    ).rules
    got = [(r.kind, r.importance, r.source) for r in rules.requirements]
    assert got == [
        ("education", "required", "University degree in law"),
        ("experience", "asset", "Experience in an international organisation"),
        ("language", "asset", "Knowledge of French"),
    ]


def test_several_requirement_label_value_pairs_on_one_line_are_several_requirements(tmp_path):
    rules = draft(
        tmp_path,
        "Auditor\n\nEducation: Master degree in accounting. Experience: at least 5 years in audit. "
        "Languages: Fluency in English.\n",
    ).rules
    assert [r.kind for r in rules.requirements] == ["education", "experience", "language"]
    assert rules.requirements[1].source == "at least 5 years in audit."


def test_more_facts_by_meaning_french_labels_two_pair_lines_and_lengths_in_months_only():
    opcw = facts(
        "OPCW eRecruitment\nPolitical Affairs Officer\n"
        "Post Level :    P-3  Closing Date :  1 January 2011 (-2700 days left)\n"
        "This appointment is for a three-year duration with a six-month probationary period.\n"
    )
    assert (opcw.values["grade"], str(opcw.values["deadline"]), opcw.values["duration_months"]) == (
        "P-3",
        "2011-01-01",
        36,
    )
    undp = facts(
        "NOTICE\nDélai de réception des offres :  18 Avril 2019\n"
        "Durée de la mission                             40 jours ouvrables étalés sur 4 mois\n"
    )
    assert (str(undp.values["deadline"]), undp.values["duration_months"]) == ("2019-04-18", 4)  # not 40 (days)
    iaea = facts("Position and Grade: Nuclear Security Officer (P-3)\n")
    assert (iaea.values["title"], iaea.values["grade"]) == ("Nuclear Security Officer (P-3)", "P-3")
    fra = facts("SNE\nThe duration of a secondment to the Agency is of one year, renewable.\n")
    assert fra.values["duration_months"] == 12


def test_a_block_of_label_value_lines_keeps_its_age_label_and_stops_at_another_part(tmp_path):
    rules = draft(
        tmp_path,
        "JPO Programme\n\nWho can apply?\n\nAge : Be under the age of thirty-two (inclusive) when applying\n\n"
        "Languages : Be proficient in English or French\n\nParticipating / Donor countries:\n\n"
        "Australia, Austria, Belgium, China, Denmark.\n\nRecruitment process\n\n"
        "  1. The Donors will preselect eligible candidates and submit this list to UNESCO.\n",
    ).rules
    sources = [r.source for r in rules.requirements]
    assert sources[0] == "Be under the age of thirty-two (inclusive) when applying"
    assert not any("Australia" in s or "Donors" in s for s in sources)


def test_a_may_also_be_considered_sentence_that_offers_no_qualification_is_no_substitution(tmp_path):
    rules = draft(
        tmp_path,
        "JPO\n\nELIGIBILITY\n- A University degree in education or culture.\n"
        "- Applicants from developing countries may also be considered by certain Donor Governments.\n",
    ).rules
    assert [(r.kind, r.source) for r in rules.requirements] == [
        ("education", "A University degree in education or culture.")
    ]
