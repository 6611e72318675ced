"""Sentences of the requirement parts that ask nothing of every candidate are set aside: listed in
a review comment of the draft, never drafted as rules (matcher/authoring/asides.py)."""

import pytest
from draft_support import draft_text

from matcher.authoring.asides import explains
from matcher.authoring.patterns import patterns

pytestmark = pytest.mark.timeout(60)


def _comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_the_sentences_after_a_listed_requirement_that_explain_it_are_no_rules(tmp_path):
    result = draft_text(
        tmp_path,
        "Auditor\n\nApplicants must meet the following conditions:\n\n"
        "- Hold a degree in accounting. Degrees awarded abroad will be checked by the board.\n\n"
        "- Have at least four years of experience in auditing. This period is counted up to the closing date.\n\n"
        "- Be under 50 years of age. Older applicants are not considered.\n",
    )
    kinds = [r.kind for r in result.rules.requirements]
    assert kinds == ["education", "experience", "assessed"]
    assert [r.source for r in result.rules.requirements][1].startswith("Have at least four years")
    comments = " ".join(_comments(result.text))
    for sentence in ("will be checked by the board", "counted up to the closing date", "are not considered"):
        assert sentence in comments
    assert result.reviews >= 3  # each sentence set aside is an item to review


def test_a_later_sentence_with_a_requirement_word_of_its_own_stays_a_rule(tmp_path):
    result = draft_text(
        tmp_path,
        "Requirements\n"
        "- A degree in economics. Knowledge of public finance is an advantage.\n"
        "- Five years of experience in banking. Experience in a central bank is required.\n",
    )
    reqs = result.rules.requirements
    assert [(r.kind, r.importance) for r in reqs][:2] == [("education", "required"), ("assessed", "asset")]
    assert any(r.kind == "experience" and "central bank" in r.source for r in reqs)
    assert not any("advantage" in line for line in _comments(result.text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Those who retired more than ten years ago are not eligible for this reason alone.", False),  # "eligible"
        ("These certificates expire after two years.", True),
        ("The unit has offices in three countries.", True),
        ("Proficiency in Portuguese.", False),  # a listed requirement: no finite verb
        ("Experience with budgets should include donor reporting.", False),  # a modal of obligation
        ("Cela comprend les stages effectués à l'étranger.", True),
        ("Une expérience en gestion de projet constitue un atout.", False),
    ],
)
def test_what_explains_a_requirement(sentence, expected):
    assert explains(sentence, patterns()) is expected


def test_a_condition_of_some_posts_is_set_aside_but_not_inside_brackets(tmp_path):
    result = draft_text(
        tmp_path,
        "Requirements\n"
        "- Ability to work under pressure (overtime may be required in busy periods).\n"
        "- Depending on the position, a second language may also be asked for.\n"
        "- A university degree in law.\n",
    )
    sources = [r.source for r in result.rules.requirements]
    assert any(s.startswith("Ability to work under pressure") for s in sources)
    assert not any(s.startswith("Depending on") for s in sources)
    assert any("Depending on the position" in line and "some cases" in line for line in _comments(result.text))


def test_duties_terms_and_procedure_in_a_requirements_list_are_set_aside(tmp_path):
    result = draft_text(
        tmp_path,
        "Requirements\n"
        "- A master's degree in public health.\n"
        "- The successful candidate will coordinate the regional vaccination campaigns.\n"
        "- The successful candidate will have at least three years of field experience.\n"
        "- This is a temporary appointment of eleven months.\n"
        "- The organization offers an attractive salary and health insurance.\n"
        "- Applications must be sent through the recruitment portal.\n"
        "- Shortlisted applicants will be invited to sit a written test.\n"
        "- Le candidat retenu encadrera une équipe de quatre personnes.\n",
    )
    reqs = result.rules.requirements
    assert [r.kind for r in reqs] == ["education", "experience"]
    assert reqs[1].source.startswith("The successful candidate will have")  # asks something of them
    comments = " ".join(_comments(result.text))
    for words in (
        "coordinate the regional",
        "eleven months",
        "attractive salary",
        "recruitment portal",
        "written test",
        "encadrera",
    ):
        assert words in comments


def test_a_language_asked_for_some_functions_is_set_aside(tmp_path):
    result = draft_text(
        tmp_path,
        "Langues\nUne très bonne connaissance du français est exigée.\n\n"
        "Pour certaines fonctions, la connaissance d'une autre langue peut aussi être exigée.\n",
    )
    assert [r.kind for r in result.rules.requirements] == ["language"]
    assert any("Pour certaines fonctions" in line for line in _comments(result.text))


def test_prose_that_opens_on_a_pronoun_and_asks_nothing_is_no_requirement(tmp_path):
    from matcher.authoring.found_elsewhere import prose_items
    from matcher.authoring.text import lines

    text = (
        "Our specialists work in forty countries. They bring the expertise necessary to run the projects.\n\n"
        "Candidates must hold a degree in engineering.\n"
    )
    found = [s for item in prose_items(lines(text, patterns()), patterns()) for s in item.sentences]
    assert found == ["Candidates must hold a degree in engineering."]
    text = "Ils posséderont une bonne connaissance de l'anglais. They will have at least five years of experience.\n"
    found = [s for item in prose_items(lines(text, patterns()), patterns()) for s in item.sentences]
    assert len(found) == 2  # a pronoun that has or holds something is the candidate
