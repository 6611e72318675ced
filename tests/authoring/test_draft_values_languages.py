"""Language parameters of a sentence already found as a requirement: the level a French or English
wording means, which languages "another ..." / "the other ..." leaves open, languages given as
examples, and the languages a notice prefers after naming a group."""

from pathlib import Path

from draft_support import draft_text

from matcher import reference
from matcher.authoring.languages import language_requirements


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, "Vacancy: Analyst\nDeadline: 2 March 2027\n\nRequirements:\n" + text).rules.requirements


def level(rule) -> str | None:
    extra = rule.model_extra or {}
    return extra.get("level") or reference.level_for_wording(extra.get("wording") or "")


def test_french_level_phrases_singular_and_plural():
    assert reference.level_for_wording("très bonnes connaissances") == "C1"
    assert reference.level_for_wording("parfaite maîtrise") == "C1"
    assert reference.level_for_wording("bonnes connaissances") == "B2"
    assert reference.level_for_wording("bien maîtriser") == "B2"
    assert reference.level_for_wording("maîtrise") == "B2"  # a bare "maîtrise" is the least of the phrases
    assert reference.level_for_wording("connaissances") == "B1"


def test_a_level_word_before_knowledge_qualifies_it(tmp_path):
    (rule,) = draft(tmp_path, "- Fluent knowledge of Portuguese or Spanish\n")
    assert rule.kind == "language" and level(rule) == "C1"
    (rule,) = draft(tmp_path, "- Très bonnes connaissances d'allemand\n")  # plural: a language rule, not dropped
    assert rule.model_extra["languages"] == ["de"] and level(rule) == "C1"


def test_a_second_graded_clause_is_its_own_rule_on_any_other_language():
    first, second = language_requirements(
        "Sound knowledge of Italian and a satisfactory knowledge of another such language", None
    )
    assert first["languages"] == ["it"] and second.get("any_language") and second["wording"] == "satisfactory knowledge"
    (other,) = language_requirements("A working knowledge of the other working language would be an advantage.", None)
    assert other.get("any_language") and other["importance"] == "asset" and other["wording"] == "working knowledge"


def test_the_languages_of_the_communities_are_the_eu_languages():
    (rule,) = language_requirements("Thorough knowledge of one of the languages of the Communities", None)
    assert len(rule["languages"]) == 24 and "mt" in rule["languages"]


def test_languages_given_as_examples_of_other_languages_are_alternatives():
    (rule,) = language_requirements(
        "La capacité à travailler dans d'autres langues (notamment le portugais et l'italien) "
        "constitue un avantage majeur.",
        None,
    )
    assert rule["kind"] == "language" and rule["languages"] == ["pt", "it"]  # any one of them, not all_of
    assert rule["importance"] == "strong_asset" and rule.get("any_level")


def test_preferred_languages_after_a_group_are_an_asset_at_the_same_level(tmp_path):
    group, preferred, second = draft(
        tmp_path,
        "- Excellent knowledge of one of the official EU languages, preferably Dutch or Swedish, and a "
        "satisfactory knowledge of another EU language.\n",
    )
    assert (group.importance, len(group.model_extra["languages"]), level(group)) == ("required", 24, "C1")
    assert (preferred.importance, preferred.model_extra["languages"], level(preferred)) == ("asset", ["nl", "sv"], "C1")
    assert (second.importance, level(second)) == ("required", "B1")
    assert preferred.source == group.source == second.source  # each quotes the whole sentence


def test_il_serait_ideal_is_an_asset(tmp_path):
    (both,) = draft(tmp_path, "- Il serait idéal de bien maîtriser l'espagnol et le portugais.\n")
    assert both.kind == "all_of" and both.importance == "asset"
    assert [level(c) for c in both.children] == ["B2", "B2"]


def test_one_of_two_languages_and_the_other_is_either_way_round():
    (rule,) = language_requirements(
        "Excellent knowledge of one of the two working languages (German or Italian) and good knowledge of the other.",
        None,
    )
    assert rule["kind"] == "any_of"
    ways = [
        [(c["languages"][0], reference.level_for_wording(c["wording"])) for c in r["children"]]
        for r in rule["children"]
    ]
    assert ways == [[("de", "C1"), ("it", "B2")], [("it", "C1"), ("de", "B2")]]
    (french,) = language_requirements(
        "Une très bonne maîtrise de l'une des deux langues (anglais ou français) et une connaissance de l'autre.", None
    )
    assert french["kind"] == "any_of" and len(french["children"]) == 2


def test_two_languages_joined_by_or_and_the_other_working_language_are_either_way_round():
    (rule,) = language_requirements(
        "Fluent Spanish or Portuguese and a good knowledge of the other working language.", None
    )
    assert rule["kind"] == "any_of"
    firsts = [(r["children"][0]["languages"], r["children"][1]["languages"]) for r in rule["children"]]
    assert firsts == [(["es"], ["pt"]), (["pt"], ["es"])]


def test_speaking_a_language_fluently_is_fluency(tmp_path):
    reqs = draft(
        tmp_path,
        "- Speak Portuguese fluently.\n- Speak one of the official languages of the United Nations fluently.\n",
    )
    assert [(r.kind, level(r)) for r in reqs] == [("language", "C1"), ("language", "C1")]
    assert set((reqs[1].model_extra or {})["languages"]) == {"ar", "zh", "en", "fr", "ru", "es"}
