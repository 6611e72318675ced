"""Wording mechanisms of the fourth round, found on eight notices gathered before any tuning (UN
agencies' programmes, NATO, the Hague Conference, the Commonwealth, French UN pages): nationality
adjectives ("de nationalité française", "U.S Citizens or Green Card holders"), a listed member set,
"at least one of the two official languages (English and French)", a second level in one sentence,
"another official language (i.e. ...)", the French "peut être accepté à la place d'un diplôme",
grade scales, an asset part of a required sentence, and the contract's length that is no experience."""

from pathlib import Path

from draft_support import draft_text


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, text).rules.requirements


def kinds(reqs) -> list[tuple[str, str]]:
    return [(r.kind, r.importance) for r in reqs]


def params(req) -> dict:
    return dict(req.model_extra or {})


def test_nationality_adjectives_name_the_country(tmp_path):
    reqs = draft(tmp_path, "Conditions\nLes candidats doivent :\n- être de nationalité française ;\n")
    assert [(r.kind, params(r)["countries"]) for r in reqs] == [("nationality", ["FR"])]
    reqs = draft(tmp_path, "Who can apply\nOpen exclusively to U.S Citizens or Green Card holders.\n")
    assert [(r.kind, params(r)["countries"], params(r)["permanent_residents"]) for r in reqs] == [
        ("nationality", ["US"], True)
    ]


def test_civil_rights_as_an_eu_citizen_are_no_nationality_rule(tmp_path):
    reqs = draft(tmp_path, "Eligibility\n- be entitled to full rights as an EU citizen;\n")
    assert [r.kind for r in reqs] == ["assessed"]


def test_a_listed_member_set_and_one_of_two_languages(tmp_path):
    reqs = draft(
        tmp_path,
        "Who can apply?\nStaff members are appointed only on a condition that:\n"
        "- They are a national of a NATO member country The NATO member nations are: Albania, Belgium, Norway.\n"
        "- They have an adequate knowledge of at least one of the two official languages (English and French).\n",
    )
    assert params(reqs[0])["countries"] == ["AL", "BE", "NO"]
    language = [r for r in reqs if r.kind == "language"]
    assert len(language) == 1 and params(language[0])["languages"] == ["en", "fr"]  # one rule: either will do


def test_a_second_level_and_another_listed_language_give_two_rules(tmp_path):
    reqs = draft(
        tmp_path,
        "Minimum requirements\n- Proficiency in English and working knowledge (B2) of another official language "
        "of the United Nations (i.e. Arabic, Chinese, French, Russian or Spanish).\n",
    )
    got = [(params(r)["languages"], params(r).get("level") or params(r).get("wording")) for r in reqs]
    assert got == [(["en"], "proficiency"), (["ar", "zh", "fr", "ru", "es"], "B2")]  # the explicit code wins


def test_a_group_implied_by_its_required_member_is_dropped(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions\n- Avoir une maîtrise d'une des langues officielles des Nations-Unies, la maîtrise de "
        "l'anglais reste indispensable et une connaissance d'une deuxième langue constitue un atout.\n",
    )
    got = [(r.kind, r.importance, params(r).get("languages"), params(r).get("other_than")) for r in reqs]
    assert got == [("language", "required", ["en"], None), ("language", "asset", None, ["en"])]  # + a second one


def test_another_language_is_any_language_but_those_named(tmp_path):
    reqs = draft(
        tmp_path,
        "Qualifications required\n- Good command of at least one of the official languages of the Conference "
        "(French or English); knowledge of another language an asset.\n",
    )
    got = [(r.importance, params(r).get("languages"), params(r).get("any_language")) for r in reqs]
    assert got == [("required", ["fr", "en"], None), ("asset", None, True)]
    (more,) = draft(tmp_path, "Languages\n- Fluency in English.\n- Additional languages are an asset;\n")[1:]
    assert params(more).get("any_language") is True and params(more).get("any_level") is True  # no level named


def test_french_substitution_is_an_any_of(tmp_path):
    reqs = draft(
        tmp_path,
        "Qui peut postuler ?\nÉducation : Être titulaire d'un master ou d'un diplôme équivalent. Un diplôme "
        "universitaire de premier cycle assorti de deux années d'expérience professionnelle pertinente peut être "
        "accepté à la place d'un diplôme universitaire de haut niveau.\n",
    )
    assert [r.kind for r in reqs] == ["any_of"]
    master, route = reqs[0].children
    assert params(master)["min_level"] == 7 and route.kind == "all_of"
    assert sorted((c.kind, params(c).get("min_level") or params(c).get("min_years")) for c in route.children) == [
        ("education", 6),
        ("experience", 2),
    ]


def test_a_scale_of_years_per_grade_is_one_assessed_rule(tmp_path):
    rows = "\n".join(
        f"- Un poste de {g} une expérience minimum de {n} ans est exigée."
        for g, n in [("P3", 4), ("P.4", 7), ("D.1", 20)]
    )
    reqs = draft(tmp_path, f"Conditions\nLes candidats doivent :\n- Être de nationalité djiboutienne.\n{rows}\n")
    assert kinds(reqs) == [("nationality", "required"), ("assessed", "required")]
    assert "grades" in reqs[1].review


def test_an_asset_part_of_a_required_sentence_is_its_own_asset_rule(tmp_path):
    reqs = draft(
        tmp_path,
        "Job Qualifications\nYou will also need at least five years’ experience in relevant fields, preferably in "
        "an international organisation or a government department.\n"
        "Law school education, including conflicts of laws; knowledge of public international law is desirable.\n",
    )
    assert kinds(reqs) == [
        ("experience", "required"),
        ("experience", "asset"),
        ("education", "required"),
        ("assessed", "asset"),
    ]
    assert params(reqs[0])["min_years"] == 5 and not params(reqs[1]).get("min_years")
    assert "government" in params(reqs[1])["employer_types"]
    assert params(reqs[2])["min_level"] == 6


def test_the_length_of_the_contract_is_no_experience(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions\n- être de nationalité française ;\n"
        "La nature de l'engagement est, de manière générale, de 2 ans avec possibilité de renouvellement.\n",
    )
    assert [r.kind for r in reqs] == ["nationality"]


def test_a_line_of_country_names_and_what_some_may_benefit_from_are_no_requirements(tmp_path):
    reqs = draft(
        tmp_path,
        "Qui peut postuler ?\nÉducation : Être titulaire d'un master.\n"
        "Les candidats appartenant à la Fonction publique peuvent bénéficier d'un détachement.\n"
        "Entités participantes / donateurs :\nAustralie, Autriche, Belgique, Chine, Danemark, Finlande, France.\n",
    )
    assert [r.kind for r in reqs] == ["education"]
