"""Routes of the seventh round (issue 14): alternatives written in ways the earlier rounds did not
read, each tested with sentences written for these tests: degree-with-years routes joined by an OR
in capitals, a label line whose sentence is already an item, ..."""

from pathlib import Path

from draft_support import draft_text


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, text).rules.requirements


def params(req) -> dict:
    return dict(req.model_extra or {})


def shape(req) -> tuple:
    """(kind, level or years) of a rule, its children's shapes for a combinator."""
    if req.kind in ("any_of", "all_of"):
        return (req.kind, tuple(shape(c) for c in req.children))
    p = params(req)
    return (req.kind, p.get("min_level") or p.get("min_years"))


def test_routes_joined_by_or_in_capitals_are_one_any_of_with_the_first_route(tmp_path):
    reqs = draft(
        tmp_path,
        "QUALIFICATIONS:\nRequired: Bachelor's degree in statistics and 9 years of relevant work experience OR "
        "Master's degree in statistics and 6 years of relevant experience OR Doctorate and 3 years of experience.\n",
    )
    assert [shape(r) for r in reqs] == [
        (
            "any_of",
            (
                ("all_of", (("education", 6), ("experience", 9))),
                ("all_of", (("education", 7), ("experience", 6))),
                ("all_of", (("education", 8), ("experience", 3))),
            ),
        )
    ]


def test_routes_after_semicolon_or_keep_their_first_route(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- A master's degree and four years of experience; or a bachelor's degree and six years "
        "of experience; or a doctorate and two years of experience.\n",
    )
    assert [shape(r) for r in reqs] == [
        (
            "any_of",
            (
                ("all_of", (("education", 7), ("experience", 4))),
                ("all_of", (("education", 6), ("experience", 6))),
                ("all_of", (("education", 8), ("experience", 2))),
            ),
        )
    ]


def test_a_labelled_line_whose_sentence_is_an_item_is_not_read_twice(tmp_path):
    reqs = draft(
        tmp_path,
        "QUALIFICATIONS:\nEssential: A master's degree in geography and 5 years of mapping experience. "
        "Field experience.\n",
    )
    assert [(r.kind, r.source[:10]) for r in reqs] == [
        ("education", "A master's"),
        ("experience", "A master's"),
        ("experience", "Field expe"),
    ]  # the degree and its years once each, not again quoting "Essential: ..."


def test_a_list_of_routes_under_an_introducing_line_ends_with_an_experience_route(tmp_path):
    reqs = draft(
        tmp_path,
        "Eligibility criteria for this grade\nApplicants must have\n"
        "- a post-secondary diploma in bookkeeping, or\n"
        "- a secondary school diploma and relevant professional experience of two years, or\n"
        "- exceptionally, professional experience of an equivalent level.\n",
    )
    assert [shape(r) for r in reqs] == [
        ("any_of", (("education", 5), ("all_of", (("education", 3), ("experience", 2))), ("experience", None)))
    ]
    assert reqs[0].source == "Applicants must have"  # the line that introduces the list, no rule of its own


def test_experience_items_alone_are_no_list_of_routes(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- three years of experience in logistics, or\n- two years of experience in procurement.\n",
    )
    assert all(r.kind != "any_of" or any(c.kind == "education" for c in r.children) for r in reqs)


def test_an_equivalent_level_of_qualification_is_a_route_with_no_level(tmp_path):
    reqs = draft(
        tmp_path,
        "Essential qualifications\n- hold a university degree, or have an equivalent level of qualification such as "
        "a senior officer course, preferably in logistics, transport or supply chains;\n",
    )
    assert [shape(r) for r in reqs] == [("any_of", (("education", 6), ("education", None)))]
    assert reqs[0].children[1].review  # the route names no level: said


def test_students_in_their_final_year_are_a_route_beside_the_degree(tmp_path):
    reqs = draft(
        tmp_path, "Eligibility\nApplicants must hold a relevant degree or be in the final year of their studies.\n"
    )
    assert [shape(r) for r in reqs] == [("any_of", (("education", 6), ("education", None)))]


def test_an_equivalent_qualification_of_the_field_stays_one_degree(tmp_path):
    reqs = draft(tmp_path, "Requirements\n- A university degree in chemistry or an equivalent qualification.\n")
    assert [shape(r) for r in reqs] == [("education", 6)]


def test_years_of_work_in_french_are_experience_and_a_bracket_of_fewer_years_is_one_more_route(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions d'admission\n- Être titulaire d'un baccalauréat ou justifier de 4 ans d'activité "
        "professionnelle dans un emploi de même nature (3 ans pour les titulaires d'un CAP).\n",
    )
    assert [shape(r) for r in reqs] == [
        ("any_of", (("education", 3), ("experience", 4), ("all_of", (("education", None), ("experience", 3)))))
    ]
    assert reqs[0].children[2].children[0].review  # the CAP has no level the drafter knows: said


def test_a_bracket_of_fewer_years_for_holders_of_a_named_degree_reads_its_level(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- A master's degree or at least six years of relevant experience "
        "(four years for holders of a bachelor's degree).\n",
    )
    assert [shape(r) for r in reqs] == [
        ("any_of", (("education", 7), ("experience", 6), ("all_of", (("education", 6), ("experience", 4)))))
    ]


def test_blocks_of_requirements_separated_by_an_or_line_are_routes(tmp_path):
    reqs = draft(
        tmp_path,
        "Qualifications\nRoute A:\nEXPERIENCE: Three years of experience in archives management is required.\n"
        "EDUCATION: A university degree in history is required.\nOR\nRoute B:\n"
        "EXPERIENCE: Seven years of experience in archives management is required.\n"
        "EDUCATION: Completion of secondary school is required.\n"
        "LANGUAGE:\nFluent English is required.\n",
    )
    assert [shape(r) for r in reqs] == [
        (
            "any_of",
            (("all_of", (("experience", 3), ("education", 6))), ("all_of", (("experience", 7), ("education", 3)))),
        ),
        ("language", None),
    ]


def test_a_sentence_repeated_in_both_blocks_is_in_each_route(tmp_path):
    reqs = draft(
        tmp_path,
        "Qualifications\nEXPERIENCE: Two years of experience in cartography is required. "
        "Field work is required.\nEDUCATION: A master's degree in geography is required.\nOR\n"
        "EXPERIENCE: Five years of experience in cartography is required. Field work is required.\n"
        "EDUCATION: A bachelor's degree in geography is required.\n",
    )
    assert len(reqs) == 1 and reqs[0].kind == "any_of"
    assert [len(route.children) for route in reqs[0].children] == [3, 3]


def test_an_adjective_in_a_list_before_environment_names_the_employer(tmp_path):
    reqs = draft(tmp_path, "Requirements\n- Four years of experience in an academic or governmental environment.\n")
    assert params(reqs[0])["employer_types"] == ["academia", "government"]


def test_the_part_of_a_sector_experience_stays_in_the_sector(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- Twelve years of police experience including at least 4 years of management experience.\n",
    )
    whole, part = reqs[0].children
    assert params(whole)["sector"] == ["law_enforcement"] and params(whole)["min_years"] == 12
    assert params(part)["categories"] == ["management"] and params(part)["sector"] == ["law_enforcement"]


def test_regional_organizations_name_their_official_languages(tmp_path):
    reqs = draft(
        tmp_path,
        "Languages\n- Working knowledge of one of the official languages of the OAS is desirable.\n"
        "- Fluency in one of the working languages of the African Union.\n",
    )
    assert [sorted(params(r)["languages"]) for r in reqs] == [
        ["en", "es", "fr", "pt"],
        ["ar", "en", "es", "fr", "pt", "sw"],
    ]
    assert reqs[0].importance == "asset"


def test_the_african_union_is_not_the_european_union_in_french(tmp_path):
    reqs = draft(tmp_path, "Langues\n- Bonne connaissance d’une des langues officielles de l’Union africaine.\n")
    assert sorted(params(reqs[0])["languages"]) == ["ar", "en", "es", "fr", "pt", "sw"]


def test_two_of_a_named_group_are_pairs_of_its_languages(tmp_path):
    reqs = draft(tmp_path, "Languages\n- Fluency in at least two of the official languages of the OAS.\n")
    assert reqs[0].kind == "any_of" and len(reqs[0].children) == 6  # 4 languages, two at a time
    assert all(len(pair.children) == 2 for pair in reqs[0].children)


def test_the_same_sector_on_both_sides_of_or_is_the_sector(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- At least four years of experience with a national police force or with border police.\n"
        "- Four years in crisis management, military or police.\n",
    )
    assert params(reqs[0]).get("sector") == ["law_enforcement"]
    assert not params(reqs[1]).get("sector")  # police is one alternative among others the taxonomy lacks


def test_speak_a_language_fluently_and_united_nations_member_nations(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- Be a citizen of one of the United Nations member nations.\n"
        "- Speak one of the official languages of the United Nations fluently.\n",
    )
    assert [(r.kind, params(r).get("members"), params(r).get("wording")) for r in reqs] == [
        ("nationality", "un_member_states", None),
        ("language", None, "fluently"),
    ]


def test_a_period_counted_back_is_no_years_of_experience(tmp_path):
    reqs = draft(tmp_path, "Requirements\n- must have left the service within the last two years\n")
    assert all(not params(r).get("min_years") for r in reqs)


def test_a_requirement_said_not_to_exist_is_no_rule(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions\n- Pour ce poste, aucune condition de diplôme n'est demandée.\n- Être de nationalité belge.\n",
    )
    assert [r.kind for r in reqs] == ["nationality"]


def test_french_university_graduates_and_higher_university_qualifications(tmp_path):
    reqs = draft(
        tmp_path,
        "Qualifications\nÉducation : Diplômée d'une université en économie.\n"
        "Formation : Une qualification universitaire supérieure en statistique.\n",
    )
    assert [shape(r) for r in reqs] == [("education", 6), ("education", 7)]


def test_a_table_of_years_per_degree_is_one_any_of_per_class(tmp_path):
    reqs = draft(
        tmp_path,
        "Eligibility\nGrade | Years of relevant experience | Minimum degree\n"
        "Officer | Three years | Master's degree or equivalent\n"
        "Five years | Bachelor's degree\n"
        "Assistant | One year | Bachelor's degree\n"
        "Four years | Secondary school diploma\n",
    )
    assert [shape(r) for r in reqs] == [
        (
            "any_of",
            (("all_of", (("experience", 3), ("education", 7))), ("all_of", (("experience", 5), ("education", 6)))),
        ),
        (
            "any_of",
            (("all_of", (("experience", 1), ("education", 6))), ("all_of", (("experience", 4), ("education", 3)))),
        ),
    ]
    assert reqs[0].source.startswith("Officer |")


def test_a_list_of_french_diplomas_ending_in_ou_asks_the_lowest(tmp_path):
    reqs = draft(tmp_path, "Formation\n- Doctorat, DESS ou diplôme reconnu équivalent en économie.\n")
    assert [shape(r) for r in reqs] == [("education", 7)]


def test_the_maitrise_of_a_language_is_no_degree(tmp_path):
    reqs = draft(tmp_path, "Langues\n- La maîtrise du français, à l'oral comme à l'écrit, est exigée.\n")
    assert [r.kind for r in reqs] == ["language"]


def test_a_computer_skills_label_opens_a_skills_line(tmp_path):
    reqs = draft(
        tmp_path,
        "QUALIFICATIONS:\nEssential: A degree in accounting.\n"
        "Computer Skills: Ability to use spreadsheets and a bookkeeping package.\n",
    )
    assert [r.kind for r in reqs] == ["education", "assessed"]
    assert reqs[1].source.startswith("Ability to use spreadsheets")


def test_an_equivalent_route_is_an_alternative_for_education_only():
    from matcher.authoring.alternative_guard import alternative_cue

    sentence = "Applicants must hold a degree in forestry, or have an equivalent level of qualification."
    assert alternative_cue(sentence, "education") == "or have an equivalent level of qualification"
    assert alternative_cue(sentence, "language") is None  # no language rule of it is an AND of routes
