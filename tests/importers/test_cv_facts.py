"""The small readers behind the CV importers: places, nationality, language levels and
certificates, degrees. Each case is what a careful reader would take from the words."""

from __future__ import annotations

import pytest

from matcher.importers.education_text import degree_level, field_of
from matcher.importers.languages import certificate_level, light_fold, read_language
from matcher.importers.lines import Line
from matcher.importers.places import countries_in, location_country, nationality_codes
from matcher.importers.sections import nationality


@pytest.mark.parametrize(
    "place, code",
    [
        ("Nairobi, Kenya", "KE"),
        ("The Hague, the Netherlands", "NL"),
        ("London, UK", "GB"),
        ("Lyon, Auvergne-Rhône-Alpes, France", "FR"),
        ("New York, NY, USA", "US"),
        ("Pays-Bas", "NL"),
        ("Palo Alto, CA", None),
        ("Washington, DC", None),
        ("Atlanta, GA", None),
        ("Lyon", None),
        ("San Francisco Bay Area", None),
    ],
)
def test_a_location_gives_a_country_only_by_name(place, code):
    assert location_country(place) == code


def test_countries_named_in_a_description():
    text = "Joint investigations with Sweden and Poland; training in Côte d'Ivoire and Papua New Guinea."
    assert countries_in(text, exclude="SE") == ["PL", "CI", "PG"]
    assert countries_in("Projects in West Africa, the Sahel and EU member states") == []
    assert countries_in("Courses in New Mexico, New South Wales and the Niger Delta") == []
    assert countries_in("Georgia and Jordan") == []  # a US state, a first name: need a cue
    assert countries_in("missions to Georgia") == ["GE"]


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Meetings with Maurice Dubois of the liaison office.", []),  # a person
        ("Préparation d'une réunion mensuelle avec les services de Dominique Lefort.", []),  # a meeting, a person
        ("Liaison with colleagues in Salvador, Brazil.", ["BR"]),  # the Brazilian city
        ("Cooperation with Burkina Faso and the Congo.", ["BF"]),  # Congo or DR Congo: not said
        ("Exchanges with the DRC and the Republic of the Congo.", ["CD", "CG"]),
        ("Missions à Maurice et à La Réunion.", ["MU", "RE"]),
        ("Based in Accra, Ghana. Exchanges with Togo.", ["TG"]),  # the base is not a country worked with
        ("basée à Dakar, Sénégal ; missions au Mali", ["ML"]),
    ],
)
def test_words_that_only_look_like_countries(text, codes):
    assert countries_in(text) == codes


def test_one_home_for_places():
    from matcher.importers import places
    from matcher.profile_tools import places as profile_places

    assert profile_places.country_in_text is places.country_in_text
    assert profile_places.explicit_code is places.explicit_code
    assert places.country_in_text("Strasbourg, France") == "FR"
    assert places.country_in_text("Amman") is None  # a city alone, even where the candidate lives
    assert places.country_in_text("Atlanta, Georgia") is None  # a US state as often as a country
    assert places.country_in_text("Paris, France / Brussels, Belgium") is None  # two countries: none
    assert nationality_codes("belge et congolaise") == []  # Congo or DR Congo: the whole statement is reviewed


@pytest.mark.parametrize(
    "line, codes",
    [
        ("Nationality: Kenyan", ["KE"]),
        ("Nationalité : française et marocaine", ["FR", "MA"]),
        ("Citizenship: Canadian and British", ["CA", "GB"]),
        ("Nationality: Kenyan, Date of birth: 1980", ["KE"]),
        ("Swiss national based in Geneva", ["CH"]),
        ("de nationalité sénégalaise", ["SN"]),
        ("Born in Dakar, Senegal", []),
        ("Nationality: Martian", []),
    ],
)
def test_nationality_only_from_an_explicit_statement(line, codes):
    assert nationality([Line(line, "line 1")])[0] == codes


def test_nationality_words():
    assert nationality_codes("French / Algerian") == ["FR", "DZ"]
    assert nationality_codes("French and Elvish") == []  # one part unknown: nothing rather than half


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IELTS Academic 7.0", ("en", "C1")),
        ("IELTS 8.5", ("en", "C2")),
        ("IELTS 6.5", ("en", "B2")),
        ("TOEFL iBT 100", ("en", "C1")),
        ("TOEFL iBT 94", ("en", "B2")),
        ("TOEIC 850", None),  # ETS maps each section, not the total: no level
        ("TOEIC B2", ("en", "B2")),
        ("DELF B2", ("fr", "B2")),
        ("DALF C1", ("fr", "C1")),
        ("Cambridge C1 Advanced", ("en", "C1")),
        ("Cambridge English: C2 Proficiency (CPE)", ("en", "C2")),
        ("DELE B1", ("es", "B1")),
        ("IELTS 3.0", None),
        ("TOEFL 500", None),
    ],
)
def test_certificates_give_levels_from_their_tables(text, expected):
    found = certificate_level(light_fold(text))
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    "words, level, mother",
    [
        ("C1", "C1", False),
        ("B1/B2", "B1", False),
        ("native", None, True),
        ("langue maternelle", None, True),
        ("(native)", None, True),
        ("Native or bilingual proficiency", None, True),
        ("first language", None, True),
        # how well, not which language came first: neither a mother tongue nor a level
        ("bilingue", None, False),
        ("bilingual", None, False),
        ("near-native", None, False),
        ("quasi bilingue", None, False),
        ("niveau langue maternelle", None, False),
        ("native-like", None, False),
        ("fluent", None, False),
        ("courant", None, False),
        ("Professional working proficiency", None, False),
        ("IELTS 7.5", "C1", False),
        ("", None, False),
    ],
)
def test_a_level_only_when_stated(words, level, mother):
    fact = read_language("en", words)
    assert (fact.level, fact.mother_tongue) == (level, mother)
    if words and level is None and not mother:
        assert fact.review  # the person confirming the draft is told


@pytest.mark.parametrize(
    "degree, level, field",
    [
        ("Master of Science in Criminology", 7, "Criminology"),
        ("Master 2 Droit pénal", 7, "Droit pénal"),
        ("Licence en droit", 6, "droit"),
        ("Doctorat en droit privé", 8, "droit privé"),
        ("BA LLB (Hons)", 6, None),
        ("MBA", 7, None),
        ("BCL (Bachelor of Civil Law)", 6, "Civil Law"),
        ("Postgraduate Diploma in Criminology", None, "Criminology"),
        ("Graduate Certificate in Fraud", None, "Fraud"),
        ("Diplôme d'ingénieur des techniques", None, None),
        ("High school diploma", 3, None),
        ("Master Class in Investigative Interviewing", None, "Investigative Interviewing"),
        ("Scrum Master certification", None, None),
        ("Master Trainer in Investigative Interviewing", None, "Investigative Interviewing"),
        ("Private Pilot Licence (PPL)", None, None),
        ("Licence professionnelle Sécurité des biens", 6, "Sécurité des biens"),
        ("Associate Member", None, None),
        ("Associate degree in Criminal Justice", 5, "Criminal Justice"),
        ("Maîtrise en droit des affaires", None, "droit des affaires"),  # ISCED 6 or 7 by system and era
    ],
)
def test_degree_level_only_when_the_name_makes_it_clear(degree, level, field):
    assert degree_level(degree) == level
    assert field_of(degree) == field


def test_short_abbreviations_count_only_as_capitals():
    assert degree_level("ma thèse de fin d'études") is None and degree_level("MA in History") == 7


@pytest.mark.parametrize(
    "lines, mothers",
    [
        (["Mother tongue: Arabic, English (fluent)"], {"ar"}),  # English says its own level
        (["Mother tongues: Wolof, French"], {"wo", "fr"}),
        (["Languages: English (fluent), Swahili (mother tongue), French (basic)"], {"sw"}),
        (["Mother tongue: Yoruba. Other languages: English (fluent), French (A2)"], {"yo"}),
        (["Arabe : langue", "maternelle", "Anglais : C1"], {"ar"}),  # a line the sidebar's width cut
        (["English – C1", "Experienced analyst and native of Dakar, I have led many teams abroad"], set()),
    ],
)
def test_mother_tongue_only_where_the_cv_says_it(lines, mothers):
    from matcher.importers.language_section import _items

    facts = {
        code: read_language(code, words)
        for code, words, _ in _items([Line(t, f"line {i}") for i, t in enumerate(lines, 1)])
    }
    assert {code for code, fact in facts.items() if fact.mother_tongue} == mothers
