"""Every profile field a requirement kind reads, in three states: stated and sufficient,
stated and insufficient, not stated (DESIGN.md, "Not stated is unknown").

Each row changes one field of an otherwise complete profile (tests/builders.py) and
evaluates one requirement of a real rules file. A field left out must give `unknown`
with what to add, never `met` or `not met`, unless another stated fact decides.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import job, notice_result, profile
from hypothesis import given, settings
from hypothesis import strategies as st
from profile_strategies import NOTICES, PROFILES, flat, run

from matcher.engine.results import Status

MET, NOT_MET, UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN
FP = ["fingerprints"]


def degree(**fields: Any) -> dict[str, Any]:
    entry = {"title": "Degree", "field": "law", "level": 6, "years": 3, "completed": True}
    entry.update(fields)
    return {k: v for k, v in entry.items() if v is not None}


def language(code: str, **fields: Any) -> dict[str, Any]:
    return {"language": code, **{k: v for k, v in fields.items() if v is not None}}


NO = None  # a field set to NO is left out of the profile

# (kind, field, state, notice, requirement, profile fields, expected status, words in the explanation)
ROWS: list[tuple[str, str, str, str, str, dict[str, Any], Status, str]] = [
    # --- language: overall level, per-skill levels, mother tongue ---
    (
        "language",
        "level",
        "sufficient",
        "0844",
        "french",
        {"languages": [language("fr", level="C1"), language("en", level="C1")]},
        MET,
        "French at C1",
    ),
    (
        "language",
        "level",
        "insufficient",
        "0844",
        "french",
        {"languages": [language("fr", level="B1"), language("en", level="C1")]},
        NOT_MET,
        "2 level(s) short",
    ),
    (
        "language",
        "level",
        "not stated",
        "0844",
        "french",
        {"languages": [language("fr"), language("en", level="C1")]},
        UNKNOWN,
        "French is listed without a level: add your CEFR level",
    ),
    (
        "language",
        "skills",
        "sufficient",
        "1695",
        "english",
        {"languages": [language("en", skills={"writing": "C1", "speaking": "C2"})]},
        MET,
        "English writing at C1",
    ),
    (
        "language",
        "skills",
        "insufficient",
        "1695",
        "english",
        {"languages": [language("en", skills={"writing": "B1", "speaking": "C2"})]},
        NOT_MET,
        "English writing at B1",
    ),
    (
        "language",
        "skills",
        "not stated",
        "1695",
        "english",
        {"languages": [language("en", skills={"reading": "C2"})]},
        UNKNOWN,
        "no level stated for writing or speaking",
    ),
    (
        "language",
        "mother_tongue",
        "sufficient",
        "0822",
        "english",
        {"languages": [language("en", mother_tongue=True)]},
        MET,
        "English as mother tongue (C2)",
    ),
    (
        "language",
        "mother_tongue",
        "insufficient",
        "0822",
        "english",
        {"languages": [language("en", mother_tongue=False, level="B1")]},
        NOT_MET,
        "English at B1",
    ),
    (
        "language",
        "mother_tongue",
        "not stated",
        "0822",
        "english",
        {"languages": [language("en", mother_tongue=NO)]},
        UNKNOWN,
        "English is listed without a level",
    ),
    ("language", "languages", "not stated", "0822", "english", {"languages": []}, UNKNOWN, "no languages given"),
    # --- education: level, years, completed, field ---
    (
        "education",
        "level",
        "sufficient",
        "0844",
        "higher_education",
        {"education": [degree(level=7, years=NO)]},
        MET,
        "4 years of completed higher education",
    ),
    (
        "education",
        "level",
        "insufficient",
        "0844",
        "higher_education",
        {"education": [degree(level=3, years=NO)]},
        NOT_MET,
        "no completed higher education",
    ),
    (
        "education",
        "level",
        "not stated",
        "0844",
        "higher_education",
        {"education": [degree(level=NO, years=NO)]},
        UNKNOWN,
        "education 1 (Degree) has no ISCED level: add level",
    ),
    (
        "education",
        "years",
        "sufficient",
        "0844",
        "higher_education",
        {"education": [degree(level=5, years=3)]},
        MET,
        "3 years of completed higher education",
    ),
    (
        "education",
        "years",
        "insufficient",
        "0844",
        "higher_education",
        {"education": [degree(level=5, years=1)]},
        NOT_MET,
        "1 year of completed higher education, 3 years",
    ),
    (
        "education",
        "years",
        "not stated",
        "0844",
        "higher_education",
        {"education": [degree(level=5, years=NO)]},
        UNKNOWN,
        "does not state its length: add years",
    ),
    (
        "education",
        "completed",
        "sufficient",
        "0844",
        "higher_education",
        {"education": [degree(completed=True)]},
        MET,
        "3 years of completed higher education",
    ),
    (
        "education",
        "completed",
        "insufficient",
        "0844",
        "higher_education",
        {"education": [degree(completed=False)]},
        NOT_MET,
        "1 programme(s) not completed",
    ),
    (
        "education",
        "completed",
        "not stated",
        "0844",
        "higher_education",
        {"education": [degree(completed=NO)]},
        UNKNOWN,
        "does not say whether it was completed: add completed",
    ),
    (
        "education",
        "field",
        "sufficient",
        "1695",
        "higher_education",
        {"education": [degree(field="criminal law")]},
        MET,
        "'criminal law' matches law",
    ),
    (
        "education",
        "field",
        "insufficient",
        "1695",
        "higher_education",
        {"education": [degree(field="marine biology")]},
        UNKNOWN,
        "an equivalent field may be accepted",
    ),
    (
        "education",
        "field",
        "not stated",
        "1695",
        "higher_education",
        {"education": [degree(field=NO)]},
        UNKNOWN,
        "does not state its field: add field",
    ),
    (
        "education",
        "education",
        "not stated",
        "0844",
        "higher_education",
        {"education": []},
        UNKNOWN,
        "no education given",
    ),
    # --- experience: employer type, categories, description language, proof ---
    (
        "experience",
        "employer_type",
        "sufficient",
        "0844",
        "international_environment",
        {"experience": [job("Analyst", "2020-01", "2020-06", employer_type="international_organization")]},
        MET,
        "6 months",
    ),
    (
        "experience",
        "employer_type",
        "insufficient",
        "0844",
        "international_environment",
        {"experience": [job("Analyst", "2020-01", "2020-06", employer_type="private")]},
        NOT_MET,
        "found in the profile",
    ),
    (
        "experience",
        "employer_type",
        "not stated",
        "0844",
        "international_environment",
        {"experience": [job("Analyst", "2020-01", "2020-06", employer_type=NO)]},
        UNKNOWN,
        "employer type not stated: add employer_type",
    ),
    (
        "experience",
        "employer_type in a sector",
        "sufficient",
        "0822",
        "law_enforcement_thb_som",
        {"experience": [job("THB investigator", "2018-01", "2021-12", categories=["human_trafficking"])]},
        MET,
        "employer type law_enforcement",
    ),
    (
        "experience",
        "employer_type in a sector",
        "insufficient",
        "0822",
        "law_enforcement_thb_som",
        {
            "experience": [
                job("THB case worker", "2018-01", "2021-12", employer_type="ngo", categories=["human_trafficking"])
            ]
        },
        NOT_MET,
        "no Trafficking",
    ),
    (
        "experience",
        "employer_type in a sector",
        "not stated",
        "0822",
        "law_enforcement_thb_som",
        {
            "experience": [
                job("THB case worker", "2018-01", "2021-12", employer_type=NO, categories=["human_trafficking"])
            ]
        },
        UNKNOWN,
        "cannot tell whether experience 1",
    ),
    (
        "experience",
        "categories",
        "sufficient",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12", categories=FP)]},
        MET,
        "6 years",
    ),
    (
        "experience",
        "categories",
        "insufficient",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12", categories=["dna"])]},
        NOT_MET,
        "short by 3 years",
    ),
    (
        "experience",
        "categories",
        "not stated",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12")]},
        UNKNOWN,
        "declare its categories",
    ),
    (
        "experience",
        "proof_of_employment",
        "sufficient",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12", categories=FP, proof_of_employment=True)]},
        MET,
        "",
    ),
    (
        "experience",
        "proof_of_employment",
        "insufficient",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12", categories=FP, proof_of_employment=False)]},
        NOT_MET,
        "not counted without proof of employment",
    ),
    # Left out, proof is not stated: the job counts and the notice's application steps ask for it
    # (DESIGN.md: only experience *marked* as having no proof is not counted).
    (
        "experience",
        "proof_of_employment",
        "not stated",
        "0844",
        "fingerprint_experience",
        {"experience": [job("Examiner", "2015-01", "2020-12", categories=FP)]},
        MET,
        "6 years",
    ),
    # --- region experience: country, countries worked with ---
    (
        "region_experience",
        "country",
        "sufficient",
        "0844",
        "african_countries",
        {"experience": [job("Officer", "2020-01", "2020-12", country="SN")]},
        MET,
        "Senegal",
    ),
    (
        "region_experience",
        "country",
        "insufficient",
        "0844",
        "african_countries",
        {"experience": [job("Officer", "2020-01", "2020-12", country="FR")]},
        NOT_MET,
        "no experience with countries",
    ),
    (
        "region_experience",
        "country",
        "not stated",
        "0844",
        "african_countries",
        {"experience": [job("Officer", "2020-01", "2020-12", country=NO)]},
        UNKNOWN,
        "give the country",
    ),
    (
        "region_experience",
        "countries_worked_with",
        "sufficient",
        "0822",
        "middle_east_asia",
        {"experience": [job("Attaché", "2020-01", "2020-12", country=NO, countries_worked_with=["JO"])]},
        MET,
        "Jordan",
    ),
    (
        "region_experience",
        "countries_worked_with",
        "insufficient",
        "0822",
        "middle_east_asia",
        {"experience": [job("Attaché", "2020-01", "2020-12", country=NO, countries_worked_with=["BR"])]},
        NOT_MET,
        "",
    ),
    (
        "region_experience",
        "countries_worked_with",
        "not stated",
        "0822",
        "middle_east_asia",
        {"experience": [job("Attaché", "2020-01", "2020-12", country=NO)]},
        UNKNOWN,
        "give the country",
    ),
    # --- secondment: employer type, employer country, current employment ---
    (
        "secondment",
        "employer_type",
        "sufficient",
        "0822",
        "secondment",
        {"current_employment": {"employer_type": "government", "employer_country": "FR"}},
        MET,
        "employed by a government administration",
    ),
    (
        "secondment",
        "employer_type",
        "insufficient",
        "0822",
        "secondment",
        {"current_employment": {"employer_type": "none", "employer_country": "FR"}},
        NOT_MET,
        "currently not employed",
    ),
    (
        "secondment",
        "employer_type",
        "not stated",
        "0822",
        "secondment",
        {"current_employment": {"employer": "Ministry", "employer_country": "FR"}},
        UNKNOWN,
        "add employer_type",
    ),
    (
        "secondment",
        "employer_country",
        "sufficient",
        "0822",
        "secondment",
        {"current_employment": {"employer_type": "law_enforcement", "employer_country": "SN"}},
        MET,
        "Senegal",
    ),
    (
        "secondment",
        "employer_country",
        "insufficient",
        "0822",
        "secondment",
        {"current_employment": {"employer_type": "law_enforcement", "employer_country": "KP"}},
        NOT_MET,
        "not an INTERPOL member",
    ),
    (
        "secondment",
        "employer_country",
        "not stated",
        "0822",
        "secondment",
        {"current_employment": {"employer_type": "law_enforcement"}},
        UNKNOWN,
        "add employer_country",
    ),
    (
        "secondment",
        "current_employment",
        "not stated",
        "0822",
        "secondment",
        {"current_employment": None},
        UNKNOWN,
        "current employment not given",
    ),
]


def strip(value: Any) -> Any:
    """The profile data with every NO field left out (as a candidate would leave it out)."""
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if v is not None or k == "current_employment"}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


@pytest.mark.parametrize(
    "kind, field, state, notice, req, fields, expected, words", ROWS, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS]
)
def test_each_field_in_three_states(kind, field, state, notice, req, fields, expected, words):
    r = notice_result(notice, profile(**strip(fields)), req)
    assert r.kind == kind
    assert r.status is expected, r.explanation
    assert words in r.explanation + str(r.evidence)
    if expected is UNKNOWN:  # says what to do
        assert any(verb in r.explanation for verb in ("add", "give", "declare", "describe", "review"))


def test_every_kind_that_reads_the_profile_has_rows_in_three_states():
    states: dict[tuple[str, str], set[str]] = {}
    for kind, field, state, *_ in ROWS:
        states.setdefault((kind, field), set()).add(state)
    kinds = {kind for kind, _ in states}
    assert kinds == {"language", "education", "experience", "region_experience", "secondment"}
    for (kind, field), seen in states.items():
        if field not in {"languages", "education", "current_employment"}:  # whole lists: present or not
            assert seen == {"sufficient", "insufficient", "not stated"}, (kind, field)


# --- another stated fact decides -----------------------------------------------------------


def test_a_completed_masters_decides_whatever_the_unstated_entry():
    cand = profile(education=[degree(level=7, years=NO), {"title": "Some course", "institution": "Somewhere"}])
    assert notice_result("0844", cand, "higher_education").status is MET


def test_an_unstated_entry_cannot_rescue_a_stated_shortfall_it_could_not_make_up():
    cand = profile(education=[degree(level=5, years=1), {"title": "Diploma", "level": 4}])
    assert notice_result("0844", cand, "higher_education").status is NOT_MET


def test_a_stated_c2_in_another_required_language_does_not_help():
    cand = profile(languages=[language("en", level="C2"), language("fr")])
    r = notice_result("0844", cand, "languages_french_english")
    assert r.status is UNKNOWN
    assert [c.status for c in r.children] == [UNKNOWN, MET]


def test_one_alternative_language_met_decides_an_unrated_other():
    cand = profile(languages=[language("es", level="B2"), language("ar")])
    assert notice_result("0822", cand, "second_language").status is MET


def test_unknown_education_with_ten_years_experience_is_met_through_any_of():
    cand = profile(education=[degree(completed=NO)], experience=[job("Gendarme", "2010-01", "2021-12")])
    r = notice_result("0844", cand, "education_or_experience")
    assert r.status is MET and [c.status for c in r.children] == [UNKNOWN, MET]


def test_null_means_the_same_as_left_out():
    cand = profile(
        education=[{"title": "Licence", "level": None, "years": None, "completed": None}],
        languages=[{"language": "en", "level": None, "mother_tongue": None}],
    )
    assert cand.education[0].completed is None and cand.languages[0].level is None
    assert notice_result("0844", cand, "higher_education").status is UNKNOWN
    assert notice_result("0822", cand, "english").status is UNKNOWN


# --- leaving a fact out never makes a result more confident ------------------------------

# Facts whose removal leaves nothing else that speaks to the same question.
REMOVALS = {
    "languages": [("level", "skills", "mother_tongue")],
    "education": [("completed",), ("level",), ("field",)],
    "experience": [("employer_type",), ("country", "countries_worked_with"), ("categories",)],
}


@settings(max_examples=150)
@given(data=PROFILES, notice=st.sampled_from(NOTICES), pick=st.randoms(use_true_random=False))
def test_leaving_a_fact_out_gives_the_same_result_or_unknown(data, notice, pick):
    data = {**data, "infer_categories": False}
    # A degree's level with a shorter stated length is a doubt of its own (a bachelor's stated as
    # one year goes to review); without the level the stated length decides, so that removal is
    # not one that leaves nothing else to speak.
    choices = [
        (section, i, keys)
        for section, removals in REMOVALS.items()
        for i in range(len(data.get(section, [])))
        for keys in removals
        if not (keys == ("level",) and "years" in data[section][i])
    ]
    if data.get("current_employment"):
        choices += [
            ("current_employment", None, ("employer_type",)),
            ("current_employment", None, ("employer_country",)),
        ]
    if not choices:
        return
    section, index, keys = pick.choice(choices)
    less = {**data, section: [dict(e) for e in data[section]] if index is not None else dict(data[section])}
    target = less[section][index] if index is not None else less[section]
    for key in keys:
        target.pop(key, None)
    before, after = run(data, notice, None), run(less, notice, None)
    for b, a in zip(flat(before.results), flat(after.results), strict=True):
        assert a.status in (b.status, Status.UNKNOWN), (section, keys, b.id, b.explanation, a.explanation)


# --- experience: the free-text description, read by the categorizer ----------------------


@pytest.mark.parametrize(
    "description, expected, words",
    [
        ("Latent print comparison and AFIS searches for the criminal investigation department.", MET, "6 years"),
        ("Patrol duties and traffic control in the city centre.", NOT_MET, "short by 3 years"),
        (
            "Comparación de huellas dactilares latentes y búsquedas en el sistema AFIS para la policía judicial.",
            UNKNOWN,
            "written in Spanish",
        ),
        (
            "Vergleich von Fingerabdruckspuren und Recherchen im AFIS für die Kriminalpolizei.",
            UNKNOWN,
            "written in German",
        ),
        (None, UNKNOWN, "describe what the job involved"),
    ],
    ids=["sufficient", "insufficient", "spanish", "german", "not stated"],
)
def test_description_in_three_states(cat, description, expected, words):
    from builders import rules

    from matcher.engine.evaluate import evaluate

    entry = job("Officer", "2015-01", "2020-12", **({"description": description} if description else {}))
    if description is None:
        entry["title"] = " "  # nothing to read at all
    ev = evaluate(profile(experience=[entry]), rules("0844"), categorizer=cat)
    r = next(r for r in ev.results if r.id == "fingerprint_experience")
    assert r.status is expected, r.explanation
    assert words in r.explanation


# --- the eligibility kinds (nationality, nationality exclusion, tenure with the employer) -------

OSCE = Path(__file__).resolve().parents[2] / "rules" / "tests" / "kinds" / "osce-seconded-adviser.yaml"
POLICE_JOB = {"title": "Inspector", "employer_type": "law_enforcement", "start": "2020-01", "ongoing": True}

ELIGIBILITY_ROWS = [
    ("nationality", "sufficient", "osce_national", {"nationality": ["FR"]}, MET),
    ("nationality", "insufficient", "osce_national", {"nationality": ["BR"]}, NOT_MET),
    ("nationality", "not stated", "osce_national", {}, UNKNOWN),
    ("permanent_residence", "sufficient", "not_from_kosovo", {"nationality": ["FR"], "permanent_residence": []}, MET),
    (
        "permanent_residence",
        "insufficient",
        "not_from_kosovo",
        {"nationality": ["FR"], "permanent_residence": ["XK"]},
        NOT_MET,
    ),
    ("permanent_residence", "not stated", "not_from_kosovo", {"nationality": ["FR"]}, UNKNOWN),
    (
        "current_employment.experience_entry",
        "sufficient",
        "twelve_months",
        {"current_employment": {"employer_type": "law_enforcement", "experience_entry": 1}, "experience": [POLICE_JOB]},
        MET,
    ),
    (
        "current_employment.experience_entry",
        "insufficient",
        "twelve_months",
        {
            "current_employment": {"employer_type": "law_enforcement", "experience_entry": 1},
            "experience": [{**POLICE_JOB, "start": "2025-01"}],
        },
        NOT_MET,
    ),
    (
        "current_employment.experience_entry",
        "not stated",
        "twelve_months",
        {"current_employment": {"employer_type": "law_enforcement"}, "experience": [POLICE_JOB]},
        UNKNOWN,
    ),
]


@pytest.mark.parametrize(
    "field, state, req, fields, expected", ELIGIBILITY_ROWS, ids=[f"{r[0]}-{r[1]}" for r in ELIGIBILITY_ROWS]
)
def test_eligibility_kinds_in_three_states(field, state, req, fields, expected):
    from matcher.engine.evaluate import evaluate
    from matcher.models.load import load_rules
    from matcher.models.profile import Profile

    ev = evaluate(Profile.model_validate(fields), load_rules(OSCE))
    r = next(r for r in ev.results if r.id == req)
    assert r.status is expected, r.explanation
    if expected is UNKNOWN:
        assert "Add" in r.explanation or "add" in r.explanation or "Set" in r.explanation
