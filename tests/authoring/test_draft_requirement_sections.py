"""Finding the requirements of a notice in a layout the drafter has not seen (issue 14): headings
named by the words of data/requirement_headings.yaml, sentences that open a list whatever they
end with, and a requirement reading of prose when a notice has no list. EN and FR."""

import pytest
from draft_support import draft_text as draft

from matcher.authoring.fallback import NO_HEADING, cut_tail
from matcher.authoring.heading_words import lead_in, obliges_candidate, requirement_heading
from matcher.authoring.headings import classify_heading
from matcher.authoring.patterns import patterns
from matcher.authoring.text import sentences


def sources(rules) -> list[str]:
    return [r.source for r in rules.requirements]


def unheaded(rules) -> bool:
    return any(NO_HEADING in (r.review or "") for r in rules.requirements)


@pytest.mark.parametrize(
    "line",
    [
        "Conditions d'accès au concours :",
        "CONDITIONS",
        "Conditions à remplir",
        "Pré-requis :",
        "Vos qualités requises",
        "Person specification",
        "Entry requirements",
        "Conditions de candidature",
        "Profil souhaité",
    ],
)
def test_a_heading_made_of_requirement_words_opens_the_requirements(line):
    found = classify_heading(line, patterns(), standalone=True)
    assert found is not None and found[0] != "stop"


@pytest.mark.parametrize(
    "line", ["Conditions de travail", "Selection procedure", "Conditions of employment", "Les conditions sont réunies."]
)
def test_a_word_outside_the_vocabulary_or_a_sentence_is_no_requirement_heading(line):
    assert requirement_heading(line) is None
    assert classify_heading("Working conditions:", patterns()) == ("stop", None)  # another part's, as before


def test_a_french_page_of_access_conditions_is_read_under_its_heading(tmp_path):
    rules = draft(
        tmp_path,
        """Devenir sapeur-pompier professionnel

Conditions d'inscription :
- Nationalité française ou d'un État membre de l'Union européenne
- Casier judiciaire sans mention incompatible
- Taille minimale de 1,60 m
- Vaccinations à jour

Déroulement des épreuves
Les épreuves écrites ont lieu au printemps.
""",
    ).rules
    assert not unheaded(rules)
    assert {"Casier judiciaire sans mention incompatible", "Vaccinations à jour"} <= set(sources(rules))


def test_an_english_person_specification_is_read_under_its_heading(tmp_path):
    rules = draft(
        tmp_path,
        """Community Safety Coordinator

Person specification
- A calm manner under pressure
- Local knowledge of the borough and its estates
- Weekend and evening availability

How to apply
Send a CV and a cover letter.
""",
    ).rules
    assert not unheaded(rules)
    assert {"A calm manner under pressure", "Weekend and evening availability"} <= set(sources(rules))


@pytest.mark.parametrize(
    "text",
    [
        "Tout candidat doit remplir les conditions suivantes.",
        "Les postulants devront satisfaire à l'ensemble des exigences ci-dessous",
        "Applicants must meet all of the following requirements",
        "To be considered, you should possess the following qualifications.",
    ],
)
def test_a_sentence_that_announces_the_conditions_is_a_lead_in(text):
    assert lead_in(text)


def test_a_french_lead_in_ending_with_a_full_stop_opens_the_list(tmp_path):
    rules = draft(
        tmp_path,
        """Recrutement de gardiens de réserve naturelle
Tout candidat doit remplir les conditions suivantes.
- Être de nationalité française
- Être titulaire du permis de conduire B
- Savoir nager
La formation dure six semaines.
""",
    ).rules
    assert not unheaded(rules)
    assert {"Être titulaire du permis de conduire B", "Savoir nager"} <= set(sources(rules))


def test_an_english_lead_in_without_punctuation_opens_the_list(tmp_path):
    rules = draft(
        tmp_path,
        """Harbour patrol volunteers wanted
Applicants must meet all of the following requirements
- Hold a valid boat licence
- Be able to swim 200 metres
- Have a clean criminal record
""",
    ).rules
    assert not unheaded(rules)
    assert {"Hold a valid boat licence", "Be able to swim 200 metres"} <= set(sources(rules))


def test_a_press_report_s_conditions_in_prose_are_each_a_requirement(tmp_path):
    rules = draft(
        tmp_path,
        """La gendarmerie maritime recrute 300 matelots
Le ministère a annoncé l'ouverture du concours pour le mois de mars.
Les candidats doivent être titulaires d'un baccalauréat professionnel.
Les postulants doivent mesurer au moins 1,60 m et présenter une bonne vision des couleurs.
Les épreuves se tiendront à Brest.
""",
    ).rules
    height = "Les postulants doivent mesurer au moins 1,60 m et présenter une bonne vision des couleurs."
    assert height in sources(rules)
    assert [r.kind for r in rules.requirements if r.source == height] == ["assessed"]
    assert not any("Brest" in s for s in sources(rules))


def test_an_english_article_s_conditions_in_prose_are_each_a_requirement(tmp_path):
    rules = draft(
        tmp_path,
        """City council to hire 40 park rangers
The council announced the recruitment drive on Monday.
Applicants must hold a bachelor's degree in environmental science.
Candidates will also need to pass a swimming test and be no shorter than 160 centimetres.
Interviews will take place in the spring.
""",
    ).rules
    test = "Candidates will also need to pass a swimming test and be no shorter than 160 centimetres."
    assert [r.kind for r in rules.requirements if r.source == test] == ["assessed"]


def test_a_quota_is_no_condition_on_the_candidate():
    assert not obliges_candidate("30 % des candidats retenus doivent être des femmes.")
    assert obliges_candidate("Les candidates doivent être âgées de 20 ans au moins.")


def test_a_last_word_cut_inside_a_word_of_the_text_is_a_cut():
    text = "Le poste relève du secteur de la sécurité.\n- avoir servi trois ans dans le secteur de la sécu"
    assert cut_tail(text, patterns()) == "avoir servi trois ans dans le secteur de la sécu"
    assert cut_tail("Fluency in English.\n- Strong drafting skills in English", patterns()) is None


def test_a_full_stop_without_its_space_still_ends_a_sentence():
    found = sentences("The post supports the reform (phase two).As such, the advisor must hold a degree.")
    assert found == ["The post supports the reform (phase two).", "As such, the advisor must hold a degree."]
    assert sentences("See www.Example.org for details.") == ["See www.Example.org for details."]
