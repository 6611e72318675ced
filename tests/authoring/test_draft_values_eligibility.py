"""Who-may-apply parameters: groups of states no shipped list holds (a route that stays unknown), the
notice's own organization's member States, a country named for the post rather than the candidates,
citizens' rights as a second condition, a bracketed list that only replaces the group it follows,
and the employer of a seconded national expert."""

from draft_support import draft_text

from matcher.authoring.eligibility import nationality_entries
from matcher.authoring.patterns import patterns


def nationality(sentence: str, organization: str | None = None):
    return nationality_entries(sentence, "required", None, patterns(), organization)


def test_a_group_without_a_shipped_list_is_an_unknown_route_beside_the_listed_one():
    (rule,) = nationality("Applicants must be nationals of an EU or EFTA Member State.")
    eu, efta = rule["children"]
    assert rule["kind"] == "any_of" and eu["members"] == "eu_member_states"
    assert efta["unlisted"] == "EFTA Member State" and efta["review"]
    (rule,) = nationality("Be a national of a Member State of the EU or of a candidate country.")
    assert [c.get("members") or c.get("unlisted") for c in rule["children"]] == [
        "eu_member_states",
        "candidate country",
    ]


def test_a_bracketed_list_replaces_only_the_group_it_follows():
    (rule,) = nationality(
        "Candidates must be nationals of an EU Member State or of the EFTA countries (Iceland, Norway)."
    )
    found = [c.get("members") or c.get("countries") or c.get("unlisted") for c in rule["children"]]
    assert found[0] == "eu_member_states" and ["IS", "NO"] in found
    (only,) = nationality("Open to nationals of the Member States of the EU (Malta, Cyprus).")
    assert only["countries"] == ["MT", "CY"] and "members" not in only


def test_misspelt_liechtenstein_and_full_rights_as_a_second_condition():
    rule, rights = nationality(
        "Be a national of a Member State of the EU or of Lichtenstein and enjoy full rights as a citizen."
    )
    assert rule["children"][1]["countries"] == ["LI"]
    assert rights["kind"] == "assessed" and "full rights" in rights["cue"]


def test_member_states_of_no_other_body_are_those_of_the_notice_organization():
    (rule,) = nationality("Seuls les citoyens des États membres peuvent postuler.", "African Union")
    assert rule["members"] == "au_member_states" and rule["review"]
    (unknown,) = nationality("Seuls les citoyens des États membres peuvent postuler.", "Some Agency")
    assert unknown.get("unlisted") and "members" not in unknown


def test_the_country_of_the_post_is_not_the_candidates_nationality():
    (rule,) = nationality(
        "The Union invites citizens of the Member States of the African Union to apply for the post of "
        "Liaison Officer in Brazil.",
    )
    assert rule["members"] == "au_member_states" and "countries" not in rule


def test_the_employer_of_a_seconded_expert_makes_a_secondment_rule(tmp_path):
    rules = draft_text(
        tmp_path,
        "Seconded National Expert - European Labour Authority\nDeadline: 2 March 2027\n\nEligibility:\n"
        "- be employed by a national or regional public administration;\n"
        "- have worked for that employer for at least 12 months.\n",
    ).rules
    kinds = [r.kind for r in rules.requirements]
    assert kinds.count("secondment") == 1 and "employer_tenure" in kinds and "experience" not in kinds
    (secondment,) = [r for r in rules.requirements if r.kind == "secondment"]
    assert secondment.model_extra.get("member_countries") == "eu_member_states"
    assert rules.notice.secondment is True


def test_member_nations_of_the_united_nations_are_its_member_states():
    (rule,) = nationality("Be a national of one of the United Nations member countries.")
    assert rule["kind"] == "nationality" and rule["members"] == "un_member_states"
