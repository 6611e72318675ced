"""Each requirement kind through the engine, on small rules files built in the test.

The requirements are written inline (`requirement(...)`, `rules_of(...)` from
tests/builders.py), so a test
says what it checks and does not change when a shipped notice does; the notices' own
outcomes are the YAML cases under rules/tests/.
"""

from datetime import date

import pytest
from builders import job, profile, requirement, result, rules_of
from pydantic import ValidationError

from matcher.engine.evaluate import evaluate
from matcher.engine.results import Status, Verdict
from matcher.kinds.language import LanguageParams
from matcher.models.rules import RulesFile

FP = {"categories": ["fingerprints"]}
NO_PROOF = {"deadline": "2025-10-06", "proof_of_employment_required": False}

FINGERPRINTS = requirement("experience", "fingerprint_experience", min_years=3, categories=["fingerprints"])
THREE_YEARS_EDUCATION = requirement("education", "higher_education", min_years=3)
LAW_FIELDS = requirement(
    "education",
    "higher_education",
    min_years=3,
    or_equivalent=True,
    fields=["law", "legal", "intelligence", "investigation", "criminology"],
)
AFRICA = requirement("region_experience", "african_countries", regions=["africa"])
THB_SOM = requirement(
    "experience",
    "law_enforcement_thb_som",
    min_years=3,
    categories=["human_trafficking", "migrant_smuggling"],
    sector=["law_enforcement"],
)
INTERNATIONAL = requirement(
    "experience", "international_environment", importance="asset", employer_types=["international_organization"]
)
EDUCATION_OR_TEN_YEARS = requirement(
    "any_of",
    "education_or_experience",
    children=[THREE_YEARS_EDUCATION, requirement("experience", "ten_years_experience", min_years=10)],
)
ADVANCED_DEGREE = requirement(
    "education",
    "advanced_degree",
    importance="strong_asset",
    min_level=7,
    fields=["law", "legal", "investigation", "international law"],
    or_equivalent=True,
)
WRITTEN_SPOKEN_ENGLISH = requirement(
    "language", "english", languages=["en"], wording="professional fluency", skills=["writing", "speaking"]
)
SECONDMENT = requirement("secondment")


# --- experience -----------------------------------------------------------------


def test_category_experience_counts_only_matching_periods():
    cand = profile(
        experience=[
            job("Latent print examiner", "2019-01", "2021-12", **FP),
            job("Patrol officer", "2015-01", "2018-12"),
        ]
    )
    r = result(FINGERPRINTS, cand)
    assert r.status is Status.MET
    assert "3 years of Fingerprint discipline experience" in r.explanation
    counted = [e for e in r.evidence if e.status == "counted"]
    assert [e.title for e in counted] == ["Latent print examiner"]


def test_child_category_counts_for_parent():
    cand = profile(experience=[job("Analyst", "2015-01", "2024-12", categories=["counter_intelligence"])])
    intelligence = requirement("experience", categories=["intelligence", "counter_intelligence"])
    assert result(intelligence, cand).status is Status.MET


def test_short_experience_reports_gap_and_projection():
    cand = profile(experience=[job("AFIS expert", "2022-07", None, **FP)])
    r = result(FINGERPRINTS, cand)  # as of the deadline 2025-02-13
    assert r.status is Status.NOT_MET
    assert "2 years 7 months" in r.explanation and "short by 4 months" in r.explanation
    assert r.met_from == date(2025, 6, 30)
    assert "met from 2025-06-30 if the current post continues" in r.explanation
    assert result(FINGERPRINTS, cand, as_of=date(2025, 6, 30)).status is Status.MET
    assert result(FINGERPRINTS, cand, as_of=date(2025, 6, 29)).status is Status.NOT_MET


def test_unproven_experience_is_excluded_where_the_notice_requires_proof():
    entries = [job("Fingerprint examiner", "2015-01", "2020-12", proof_of_employment=False, **FP)]
    r = result(FINGERPRINTS, profile(experience=entries))
    assert r.status is Status.NOT_MET
    assert "not counted without proof of employment: experience 1" in r.explanation
    ev = evaluate(profile(experience=entries), rules_of(FINGERPRINTS))
    assert ev.unproven == ["experience 1 (Fingerprint examiner)"]


def test_unproven_experience_counts_where_the_notice_does_not_ask_for_proof():
    entries = [job("Victim liaison", "2015-01", "2020-12", proof_of_employment=False, categories=["safeguarding"])]
    safeguarding = requirement("experience", min_years=3, categories=["safeguarding"], sector=["law_enforcement"])
    assert result(safeguarding, profile(experience=entries), **NO_PROOF).status is Status.MET


def test_entry_without_categories_or_text_is_unknown_not_failed():
    cand = profile(experience=[job("Officer", "2015-01", "2020-12")])
    r = result(FINGERPRINTS, cand)
    assert r.status is Status.UNKNOWN
    assert "experience 1" in r.explanation


def test_sector_law_enforcement_comes_from_employer_type_or_category():
    thb = {"categories": ["human_trafficking"]}
    police = profile(experience=[job("THB investigator", "2018-01", "2021-12", **thb)])
    assert result(THB_SOM, police).status is Status.MET
    ngo = profile(experience=[job("THB case worker", "2018-01", "2021-12", employer_type="ngo", **thb)])
    assert result(THB_SOM, ngo).status is Status.NOT_MET


def test_employer_type_filter_for_international_organization_asset():
    cand = profile(experience=[job("Analyst", "2020-01", "2020-06", employer_type="international_organization")])
    assert result(INTERNATIONAL, cand).status is Status.MET
    unknown_type = profile(experience=[{"title": "Analyst", "start": "2020-01", "end": "2020-06"}])
    assert result(INTERNATIONAL, unknown_type).status is Status.UNKNOWN


# --- substitution (any_of) ---------------------------------------------------------


def test_ten_years_experience_substitutes_for_education():
    long = profile(education=[], experience=[job("Gendarme", "2010-01", "2019-12")])
    r = result(EDUCATION_OR_TEN_YEARS, long)
    assert r.status is Status.MET
    assert [c.status for c in r.children] == [Status.UNKNOWN, Status.MET]
    short = profile(
        education=[{"title": "Bac", "level": 3, "completed": True}], experience=[job("Gendarme", "2016-01", "2019-12")]
    )
    assert result(EDUCATION_OR_TEN_YEARS, short).status is Status.NOT_MET


def test_five_years_thb_som_substitutes_for_education():
    cand = profile(
        education=[], experience=[job("SoM officer", "2015-01", "2019-12", categories=["migrant_smuggling"])]
    )
    five_years = requirement(
        "experience", "five_years_thb_som", min_years=5, categories=["human_trafficking", "migrant_smuggling"]
    )
    either = requirement("any_of", children=[THREE_YEARS_EDUCATION, five_years])
    assert result(either, cand, deadline="2025-06-06").status is Status.MET


# --- education -----------------------------------------------------------------------


def test_education_years_add_up_and_level_implies_years():
    two_then_two = profile(
        education=[
            {"title": "DUT", "level": 5, "years": 2, "completed": True},
            {"title": "Master 1", "level": 7, "years": 1, "completed": True},
        ]
    )
    assert result(THREE_YEARS_EDUCATION, two_then_two).status is Status.MET
    master_only = profile(education=[{"title": "Master", "level": 7, "completed": True}])
    assert result(THREE_YEARS_EDUCATION, master_only).status is Status.MET
    unfinished = profile(education=[{"title": "Licence", "level": 6, "years": 3, "completed": False}])
    assert result(THREE_YEARS_EDUCATION, unfinished).status is Status.NOT_MET


def test_field_or_equivalent_goes_to_review():
    other = profile(education=[{"title": "BSc", "field": "marine biology", "level": 6, "years": 3, "completed": True}])
    r = result(LAW_FIELDS, other)
    assert r.status is Status.UNKNOWN and "marine biology" in r.explanation
    law = profile(education=[{"title": "LLB", "field": "Law", "level": 6, "years": 3, "completed": True}])
    assert result(LAW_FIELDS, law).status is Status.MET


def test_advanced_degree_strong_asset_needs_level_7():
    bachelor = profile(education=[{"title": "LLB", "field": "law", "level": 6, "years": 4, "completed": True}])
    assert result(ADVANCED_DEGREE, bachelor).status is Status.NOT_MET
    master = profile(
        education=[{"title": "LLM", "field": "international law", "level": 7, "years": 5, "completed": True}]
    )
    assert result(ADVANCED_DEGREE, master).status is Status.MET


# --- languages -----------------------------------------------------------------------


def test_language_levels_from_wording_and_mother_tongue():
    b2 = profile(languages=[{"language": "en", "level": "B2"}, {"language": "fr", "mother_tongue": True}])
    english, french = (
        requirement("language", code, languages=[code], wording="professional fluency") for code in ("en", "fr")
    )
    r = result(english, b2)
    assert r.status is Status.NOT_MET and "B2" in r.explanation and "C1" in r.explanation
    assert result(french, b2).status is Status.MET


def test_per_skill_levels_use_the_weakest_skill_asked():
    cand = profile(languages=[{"language": "en", "skills": {"writing": "B2", "speaking": "C1", "reading": "C2"}}])
    assert result(WRITTEN_SPOKEN_ENGLISH, cand).status is Status.NOT_MET  # writing B2 < C1
    better = profile(languages=[{"language": "en", "skills": {"writing": "C1", "speaking": "C2"}}])
    assert result(WRITTEN_SPOKEN_ENGLISH, better).status is Status.MET


def test_alternative_languages_any_one_will_do():
    cand = profile(languages=[{"language": "en", "level": "C2"}, {"language": "es", "level": "B2"}])
    second = requirement("language", languages=["fr", "es", "ar"], wording="proficiency")
    assert result(second, cand).status is Status.MET


def test_no_languages_at_all_is_unknown():
    english = requirement("language", languages=["en"], wording="fluency")
    assert result(english, profile(languages=[])).status is Status.UNKNOWN


def test_a_language_named_without_a_level_is_met_at_any_level_listed():
    french = requirement("language", "french", languages=["fr"], any_level=True)
    listed_without_level = profile(languages=[{"language": "fr"}])
    r = result(french, listed_without_level)
    assert r.status is Status.MET and "no level" in r.explanation
    assert result(french, profile(languages=[{"language": "fr", "level": "A2"}])).status is Status.MET
    other = result(french, profile(languages=[{"language": "en", "level": "C2"}]))
    assert other.status is Status.NOT_MET and "French" in other.explanation
    assert result(french, profile(languages=[])).status is Status.UNKNOWN  # not stated stays unknown


def test_any_language_but_those_asked_elsewhere():
    another = requirement("language", "another", any_language=True, other_than=["en"], wording="knowledge")
    english_only = profile(languages=[{"language": "en", "level": "C2"}])
    assert result(another, english_only).status is Status.NOT_MET
    r = result(another, profile(languages=[{"language": "en", "level": "C2"}, {"language": "de", "level": "B1"}]))
    assert r.status is Status.MET and "German" in r.explanation
    assert result(another, profile(languages=[])).status is Status.UNKNOWN
    with pytest.raises(ValidationError, match="any_language"):
        LanguageParams(languages=[], wording="knowledge")


def test_any_level_takes_no_level_and_a_level_needs_a_wording():
    with pytest.raises(ValidationError, match="takes no `level`"):
        LanguageParams(languages=["fr"], any_level=True, level="B2")
    with pytest.raises(ValidationError, match="give a CEFR"):
        LanguageParams(languages=["fr"])


# --- secondment ------------------------------------------------------------------------


def test_secondment_needs_a_serving_official_of_a_member_country():
    assert result(SECONDMENT, profile()).status is Status.MET
    private = profile(current_employment={"employer_type": "private", "employer_country": "FR"})
    assert result(SECONDMENT, private).status is Status.NOT_MET
    non_member = profile(current_employment={"employer_type": "government", "employer_country": "KP"})
    r = result(SECONDMENT, non_member)
    assert r.status is Status.NOT_MET and "not an INTERPOL member" in r.explanation
    assert result(SECONDMENT, profile(current_employment=None)).status is Status.UNKNOWN


def test_a_secondment_with_no_member_list_takes_a_serving_official_of_any_country():
    anywhere = requirement("secondment", member_countries="any")
    non_member = profile(current_employment={"employer_type": "government", "employer_country": "KP"})
    r = result(anywhere, non_member)
    assert r.status is Status.MET and "names no member list" in r.explanation
    no_country = profile(current_employment={"employer_type": "law_enforcement", "employer_country": None})
    assert result(anywhere, no_country).status is Status.MET  # no list: the country decides nothing
    private = profile(current_employment={"employer_type": "private", "employer_country": "FR"})
    assert result(anywhere, private).status is Status.NOT_MET


def test_a_secondment_outside_a_named_list_names_that_list():
    osce = requirement("secondment", member_countries="osce_participating_states")
    r = result(osce, profile(current_employment={"employer_type": "government", "employer_country": "KP"}))
    assert r.status is Status.NOT_MET and "not one of the OSCE participating States" in r.explanation
    with pytest.raises((ValidationError, ValueError)):
        rules_of(requirement("secondment", member_countries="anywhere"))


# --- region experience -----------------------------------------------------------------


def test_region_experience_from_countries_worked_with():
    africa = profile(experience=[job("Liaison", "2020-01", "2020-12", countries_worked_with=["SN", "CI"])])
    r = result(AFRICA, africa)
    assert r.status is Status.MET and "Senegal" in " ".join(e.line() for e in r.evidence)
    europe = profile(experience=[job("Liaison", "2020-01", "2020-12", countries_worked_with=["DE"])])
    assert result(AFRICA, europe).status is Status.NOT_MET
    based_in_africa = profile(experience=[job("Officer", "2020-01", "2020-12", country="KE")])
    assert result(AFRICA, based_in_africa).status is Status.MET


def test_middle_east_and_asia():
    cand = profile(experience=[job("Attaché", "2020-01", "2020-12", countries_worked_with=["AE"])])
    assert result(requirement("region_experience", regions=["middle_east", "asia"]), cand).status is Status.MET


# --- assessed, score, closed ---------------------------------------------------------


def _with_assets() -> RulesFile:
    """Two required items, one left to the interview, and assets worth 1 + 1 + 2."""
    return rules_of(
        FINGERPRINTS,
        AFRICA,
        requirement("assessed", "listening"),
        requirement("experience", "biometrics", importance="asset", categories=["dna", "crime_scene"]),
        requirement("language", "arabic", importance="asset", languages=["ar"], level="B1"),
        INTERNATIONAL | {"importance": "strong_asset"},
    )


def test_assessed_items_never_change_the_verdict_and_score_counts_assets():
    cand = profile(experience=[job("Fingerprint expert", "2015-01", "2024-12", countries_worked_with=["SN"], **FP)])
    ev = evaluate(cand, _with_assets())
    assert ev.verdict is Verdict.ELIGIBLE
    assert [r.id for r in ev.results if r.status is Status.ASSESSED] == ["listening"]
    assert (ev.score, ev.max_score) == (0, 4)
    cand2 = profile(
        experience=[
            job(
                "Fingerprint expert",
                "2015-01",
                "2024-12",
                countries_worked_with=["SN"],
                categories=["fingerprints", "dna"],
            )
        ],
        languages=[{"language": "en", "level": "C1"}, {"language": "ar", "level": "B2"}],
    )
    assert evaluate(cand2, _with_assets()).score == 2  # biometrics (1) and Arabic (1), not the strong asset


def test_notice_closed_after_deadline_but_verdict_still_computed():
    cand = profile(experience=[job("Fingerprint expert", "2015-01", None, countries_worked_with=["SN"], **FP)])
    ev = evaluate(cand, rules_of(FINGERPRINTS, AFRICA), as_of=date(2026, 1, 1))
    assert ev.closed and ev.verdict is Verdict.ELIGIBLE
    assert not evaluate(cand, rules_of(FINGERPRINTS, AFRICA)).closed


def test_unstated_programme_lengths_are_not_added_up():
    both = profile(
        education=[
            {"title": "Licence", "level": 6, "completed": True},
            {"title": "Master", "level": 7, "completed": True},
        ]
    )
    r = result(THREE_YEARS_EDUCATION, both)
    assert r.status is Status.MET and "4 years of completed higher education" in r.explanation
    stated = profile(
        education=[
            {"title": "Licence", "level": 6, "years": 3, "completed": True},
            {"title": "Master", "level": 7, "years": 2, "completed": True},
        ]
    )
    assert "5 years of completed higher education" in result(THREE_YEARS_EDUCATION, stated).explanation


def test_unknown_results_tell_the_candidate_what_to_add():
    no_country = profile(
        experience=[
            {
                "title": "Trainer",
                "start": "2020-01",
                "end": "2020-12",
                "employer_type": "ngo",
                "categories": ["fingerprints"],
            }
        ]
    )
    r = result(AFRICA, no_country)
    assert r.status is Status.UNKNOWN
    assert "whether experience 1 counts: give the country the job was based in" in r.explanation
    vague = profile(experience=[job("Officer", "2015-01", "2020-12")])
    assert "describe what the job involved" in result(FINGERPRINTS, vague).explanation
