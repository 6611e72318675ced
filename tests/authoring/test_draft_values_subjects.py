"""Education and experience parameters: higher education with no further precision, "Bac + N" as a
degree level, a named degree beside the years of study, alternative fields of experience (one route
each, any one counts), employer types, amounts listed without pairing, and an age bound that is no
experience."""

from pathlib import Path

from draft_support import draft_text

from matcher.authoring.patterns import patterns


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, "Vacancy: Officer\nDeadline: 2 March 2027\n\nRequirements:\n" + text).rules.requirements


def params(req) -> dict:
    return dict(req.model_extra or {})


def levels(reqs) -> list[tuple]:
    return [(r.kind, params(r).get("min_level"), params(r).get("min_years")) for r in reqs]


def test_higher_education_without_precision_is_a_first_degree(tmp_path):
    assert levels(draft(tmp_path, "- University education in economics or a related field\n")) == [
        ("education", 6, None)
    ]
    assert levels(draft(tmp_path, "- Être titulaire d'un diplôme d'études supérieures en gestion\n")) == [
        ("education", 6, None)
    ]
    assert levels(draft(tmp_path, "- Higher education\n")) == [("education", 6, None)]
    # the length of a degree's normal period is no degree asked
    assert patterns().education_level("when the normal period of university education is four years") is None


def test_bac_plus_n_is_the_level_it_names_and_a_named_level_qualifies_the_degree(tmp_path):
    assert levels(draft(tmp_path, "- Diplôme de niveau Bac + 2 minimum\n")) == [("education", 5, None)]
    assert levels(draft(tmp_path, "- Diplôme d'études supérieures, de niveau master (Bac + 4) en droit\n")) == [
        ("education", 7, None)
    ]


def test_a_named_degree_keeps_its_level_beside_the_years_of_study(tmp_path):
    named = draft(tmp_path, "- Trois années d'études supérieures, soit une licence (Bachelor) complète\n")
    assert levels(named) == [("education", 6, 3)]
    generic = draft(tmp_path, "- Completed university studies of at least four years\n")
    assert levels(generic) == [("education", None, 4)]  # "university" is implied by the years


def test_two_kinds_of_experience_joined_by_or_are_two_routes(tmp_path):
    (choice,) = draft(tmp_path, "- Consular experience or experience in political affairs with national governments\n")
    assert choice.kind == "any_of"
    plain, political = choice.children
    assert not params(plain).get("categories") and plain.review  # no taxonomy id: any experience, said so
    assert params(political)["categories"] == ["political_affairs"]
    assert params(political)["employer_types"] == ["government"]


def test_experience_in_either_of_a_list_of_fields_is_one_route_per_field(tmp_path):
    (choice,) = draft(
        tmp_path,
        "- Three years of work experience in either a ministry, an NGO, international organizations, or tourism\n",
    )
    assert choice.kind == "any_of" and len(choice.children) == 4
    found = [params(c).get("employer_types") or params(c).get("categories") for c in choice.children]
    assert found[:3] == [["government"], ["ngo"], ["international_organization"]] and not found[3]
    assert all(params(c)["min_years"] == 3 for c in choice.children)


def test_a_management_function_and_a_un_mission_name_their_categories(tmp_path):
    (worked,) = draft(tmp_path, "- Two years in a management function at a regional bank\n")
    assert "management" in params(worked)["categories"]
    (mission,) = draft(tmp_path, "- Previous service with a United Nations peacekeeping mission\n")
    assert params(mission)["employer_types"] == ["international_organization"]


def test_amounts_listed_by_a_label_are_alternatives(tmp_path):
    (choice,) = draft(tmp_path, "- Expérience exigée : 5 ans, 8 ans\n")
    assert choice.kind == "any_of" and [params(c)["min_years"] for c in choice.children] == [5, 8]
    assert choice.review


def test_an_age_bound_is_no_experience(tmp_path):
    (age,) = draft(tmp_path, "- Preference under 50 years.\n")
    assert age.kind == "assessed" and age.importance == "asset"
    (still,) = draft(tmp_path, "- Over 10 years of experience in auditing\n")
    assert still.kind == "experience" and params(still)["min_years"] == 10


def test_a_table_of_years_by_grade_and_degree_gives_one_route_set_per_row(tmp_path):
    reqs = draft(
        tmp_path,
        "- Professional experience as in the table below.\n\n"
        "Grade\tBachelor's degree + years of experience\tMaster's degree + years of experience\n"
        "P-3\t7\t5\n"
        "P-4\t9-10\t7+\n",
    )
    rows = [r for r in reqs if r.source.startswith("P-")]
    assert [r.kind for r in rows] == ["any_of", "any_of"] and all("P-" in (r.review or "") for r in rows)
    p4 = rows[1]
    routes = [(params(c.children[0])["min_level"], params(c.children[1])["min_years"]) for c in p4.children]
    assert routes == [(6, 9), (7, 7)]  # a range asks its lower bound, "7+" asks 7


def fields(req) -> set[str]:
    return set(params(req).get("categories") or []) | set(params(req).get("sector") or [])


def test_the_words_before_experience_name_its_field(tmp_path):
    # "of police experience" reads in a CV as something the police owns; in a notice it is the field asked
    reqs = draft(tmp_path, "- Eight years of diversified customs experience.\n- Six years of professional experience.")
    assert [(r.kind, fields(r)) for r in reqs] == [("experience", {"law_enforcement"}), ("experience", set())]


def test_alternatives_of_one_field_keep_it(tmp_path):
    # both items of the "or" list are law enforcement: no item is without a taxonomy id
    reqs = draft(tmp_path, "- Three years of service with a gendarmerie or with a municipal police force.\n")
    assert [(r.kind, fields(r)) for r in reqs] == [("experience", {"law_enforcement"})]
    assert not reqs[0].review or "without a taxonomy id" not in reqs[0].review
    # one item is a field the taxonomy lacks: any experience counts, with the reason
    reqs = draft(tmp_path, "- Three years of experience in customs or in maritime logistics.\n")
    assert [(r.kind, fields(r)) for r in reqs] == [("experience", set())]
    assert "without a taxonomy id" in (reqs[0].review or "")
