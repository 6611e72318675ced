"""Each requirement kind on the real rules files, through the engine."""

from datetime import date

from builders import job, profile, result, rules

from matcher.engine.evaluate import evaluate
from matcher.engine.results import Status, Verdict

FP = {"categories": ["fingerprints"]}


# --- experience -----------------------------------------------------------------

def test_category_experience_counts_only_matching_periods():
    cand = profile(experience=[job("Latent print examiner", "2019-01", "2021-12", **FP),
                               job("Patrol officer", "2015-01", "2018-12")])
    r = result("0844", cand, "fingerprint_experience")
    assert r.status is Status.MET
    assert "3 years of Fingerprint discipline experience" in r.explanation
    counted = [e for e in r.evidence if e["status"] == "counted"]
    assert [e["title"] for e in counted] == ["Latent print examiner"]


def test_child_category_counts_for_parent():
    cand = profile(experience=[job("Analyst", "2015-01", "2024-12", categories=["counter_intelligence"])])
    assert result("1695", cand, "intelligence_counter_intelligence").status is Status.MET


def test_short_experience_reports_gap_and_projection():
    cand = profile(experience=[job("AFIS expert", "2022-07", None, **FP)])
    r = result("0844", cand, "fingerprint_experience")  # as of the deadline 2025-02-13
    assert r.status is Status.NOT_MET
    assert "2 years 7 months" in r.explanation and "short by 4 months" in r.explanation
    assert r.met_from == date(2025, 6, 30)
    assert "met from 2025-06-30 if the current post continues" in r.explanation
    assert result("0844", cand, "fingerprint_experience", as_of=date(2025, 6, 30)).status is Status.MET
    assert result("0844", cand, "fingerprint_experience", as_of=date(2025, 6, 29)).status is Status.NOT_MET


def test_unproven_experience_is_excluded_where_the_notice_requires_proof():
    entries = [job("Fingerprint examiner", "2015-01", "2020-12", proof_of_employment=False, **FP)]
    r = result("0844", profile(experience=entries), "fingerprint_experience")
    assert r.status is Status.NOT_MET
    assert "not counted without proof of employment: experience 1" in r.explanation
    ev = evaluate(profile(experience=entries), rules("0844"))
    assert ev.unproven == ["experience 1 (Fingerprint examiner)"]


def test_unproven_experience_counts_where_the_notice_does_not_ask_for_proof():
    entries = [job("Victim liaison", "2015-01", "2020-12", proof_of_employment=False, categories=["safeguarding"])]
    assert result("1295", profile(experience=entries), "safeguarding_experience").status is Status.MET


def test_entry_without_categories_or_text_is_unknown_not_failed():
    cand = profile(experience=[job("Officer", "2015-01", "2020-12")])
    r = result("0844", cand, "fingerprint_experience")
    assert r.status is Status.UNKNOWN
    assert "experience 1" in r.explanation


def test_sector_law_enforcement_comes_from_employer_type_or_category():
    thb = {"categories": ["human_trafficking"]}
    police = profile(experience=[job("THB investigator", "2018-01", "2021-12", **thb)])
    assert result("0822", police, "law_enforcement_thb_som").status is Status.MET
    ngo = profile(experience=[job("THB case worker", "2018-01", "2021-12", employer_type="ngo", **thb)])
    assert result("0822", ngo, "law_enforcement_thb_som").status is Status.NOT_MET


def test_employer_type_filter_for_international_organization_asset():
    cand = profile(experience=[job("Analyst", "2020-01", "2020-06", employer_type="international_organization")])
    assert result("0844", cand, "international_environment").status is Status.MET
    unknown_type = profile(experience=[{"title": "Analyst", "start": "2020-01", "end": "2020-06"}])
    assert result("0844", unknown_type, "international_environment").status is Status.UNKNOWN


# --- substitution (any_of) ---------------------------------------------------------

def test_ten_years_experience_substitutes_for_education_0844():
    long = profile(education=[], experience=[job("Gendarme", "2010-01", "2019-12")])
    r = result("0844", long, "education_or_experience")
    assert r.status is Status.MET
    assert [c.status for c in r.children] == [Status.UNKNOWN, Status.MET]
    short = profile(education=[{"title": "Bac", "level": 3}], experience=[job("Gendarme", "2016-01", "2019-12")])
    assert result("0844", short, "education_or_experience").status is Status.NOT_MET


def test_five_years_thb_som_substitutes_for_education_0822():
    cand = profile(education=[], experience=[job("SoM officer", "2015-01", "2019-12", categories=["migrant_smuggling"])])
    assert result("0822", cand, "education_or_thb_som_experience").status is Status.MET


# --- education -----------------------------------------------------------------------

def test_education_years_add_up_and_level_implies_years():
    two_then_two = profile(education=[{"title": "DUT", "level": 5, "years": 2},
                                      {"title": "Master 1", "level": 7, "years": 1}])
    assert result("0844", two_then_two, "higher_education").status is Status.MET
    master_only = profile(education=[{"title": "Master", "level": 7}])
    assert result("0844", master_only, "higher_education").status is Status.MET
    unfinished = profile(education=[{"title": "Licence", "level": 6, "years": 3, "completed": False}])
    assert result("0844", unfinished, "higher_education").status is Status.NOT_MET


def test_field_or_equivalent_goes_to_review():
    other = profile(education=[{"title": "BSc", "field": "marine biology", "level": 6, "years": 3}])
    r = result("1695", other, "higher_education")
    assert r.status is Status.UNKNOWN and "marine biology" in r.explanation
    law = profile(education=[{"title": "LLB", "field": "Law", "level": 6, "years": 3}])
    assert result("1695", law, "higher_education").status is Status.MET


def test_advanced_degree_strong_asset_needs_level_7():
    bachelor = profile(education=[{"title": "LLB", "field": "law", "level": 6, "years": 4}])
    assert result("1695", bachelor, "advanced_degree").status is Status.NOT_MET
    master = profile(education=[{"title": "LLM", "field": "international law", "level": 7, "years": 5}])
    assert result("1695", master, "advanced_degree").status is Status.MET


# --- languages -----------------------------------------------------------------------

def test_language_levels_from_wording_and_mother_tongue():
    b2 = profile(languages=[{"language": "en", "level": "B2"}, {"language": "fr", "mother_tongue": True}])
    r = result("0844", b2, "english")
    assert r.status is Status.NOT_MET and "B2" in r.explanation and "C1" in r.explanation
    assert result("0844", b2, "french").status is Status.MET


def test_per_skill_levels_use_the_weakest_skill_asked():
    cand = profile(languages=[{"language": "en", "skills": {"writing": "B2", "speaking": "C1", "reading": "C2"}}])
    assert result("1695", cand, "english").status is Status.NOT_MET  # writing B2 < C1
    better = profile(languages=[{"language": "en", "skills": {"writing": "C1", "speaking": "C2"}}])
    assert result("1695", better, "english").status is Status.MET


def test_alternative_languages_any_one_will_do():
    cand = profile(languages=[{"language": "en", "level": "C2"}, {"language": "es", "level": "B2"}])
    assert result("0822", cand, "second_language").status is Status.MET


def test_no_languages_at_all_is_unknown():
    assert result("0822", profile(languages=[]), "english").status is Status.UNKNOWN


# --- secondment ------------------------------------------------------------------------

def test_secondment_needs_a_serving_official_of_a_member_country():
    assert result("1295", profile(), "secondment").status is Status.MET
    private = profile(current_employment={"employer_type": "private", "employer_country": "FR"})
    assert result("1295", private, "secondment").status is Status.NOT_MET
    non_member = profile(current_employment={"employer_type": "government", "employer_country": "KP"})
    r = result("1295", non_member, "secondment")
    assert r.status is Status.NOT_MET and "not an INTERPOL member" in r.explanation
    assert result("1295", profile(current_employment=None), "secondment").status is Status.UNKNOWN


# --- region experience -----------------------------------------------------------------

def test_region_experience_from_countries_worked_with():
    africa = profile(experience=[job("Liaison", "2020-01", "2020-12", countries_worked_with=["SN", "CI"])])
    r = result("0844", africa, "african_countries")
    assert r.status is Status.MET and "Senegal" in str(r.evidence)
    europe = profile(experience=[job("Liaison", "2020-01", "2020-12", countries_worked_with=["DE"])])
    assert result("0844", europe, "african_countries").status is Status.NOT_MET
    based_in_africa = profile(experience=[job("Officer", "2020-01", "2020-12", country="KE")])
    assert result("0844", based_in_africa, "african_countries").status is Status.MET


def test_middle_east_and_asia():
    cand = profile(experience=[job("Attaché", "2020-01", "2020-12", countries_worked_with=["AE"])])
    assert result("0822", cand, "middle_east_asia").status is Status.MET


# --- assessed, score, closed ---------------------------------------------------------

def test_assessed_items_never_change_the_verdict_and_score_counts_assets():
    cand = profile(experience=[job("Fingerprint expert", "2015-01", "2024-12", countries_worked_with=["SN"], **FP)])
    ev = evaluate(cand, rules("0844"))
    assert ev.verdict is Verdict.ELIGIBLE
    assert any(r.status is Status.ASSESSED for r in ev.results)
    assert (ev.score, ev.max_score) == (0, 3)
    cand2 = profile(experience=[job("Fingerprint expert", "2015-01", "2024-12", countries_worked_with=["SN"],
                                    categories=["fingerprints", "dna"])],
                    languages=[{"language": "en", "level": "C1"}, {"language": "fr", "level": "C1"},
                               {"language": "ar", "level": "B2"}])
    assert evaluate(cand2, rules("0844")).score == 2


def test_notice_closed_after_deadline_but_verdict_still_computed():
    cand = profile(experience=[job("Fingerprint expert", "2015-01", None, countries_worked_with=["SN"], **FP)])
    ev = evaluate(cand, rules("0844"), as_of=date(2026, 1, 1))
    assert ev.closed and ev.verdict is Verdict.ELIGIBLE
    assert not evaluate(cand, rules("0844")).closed


def test_unstated_programme_lengths_are_not_added_up():
    both = profile(education=[{"title": "Licence", "level": 6}, {"title": "Master", "level": 7}])
    r = result("0844", both, "higher_education")
    assert r.status is Status.MET and "4 years of completed higher education" in r.explanation
    stated = profile(education=[{"title": "Licence", "level": 6, "years": 3}, {"title": "Master", "level": 7, "years": 2}])
    assert "5 years of completed higher education" in result("0844", stated, "higher_education").explanation


def test_unknown_results_tell_the_candidate_what_to_add():
    no_country = profile(experience=[{"title": "Trainer", "start": "2020-01", "end": "2020-12",
                                      "employer_type": "ngo", "categories": ["fingerprints"]}])
    r = result("0844", no_country, "african_countries")
    assert r.status is Status.UNKNOWN
    assert "whether experience 1 counts: give the country the job was based in" in r.explanation
    vague = profile(experience=[job("Officer", "2015-01", "2020-12")])
    assert "describe what the job involved" in result("0844", vague, "fingerprint_experience").explanation
