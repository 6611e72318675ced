"""Countries named in a post's description (matcher/importers/places.py, counterparts.py):
geography is not a country, a name shared with a state or a person counts when listed with
countries, the authorities of a country named by their adjective are counterparts, a country
that is only the end of an address line is the post's base."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.lines import Line
from matcher.importers.places import location_country, nationality_codes
from matcher.importers.worked_with import work_countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a strait, a gulf, a channel, a river named after a country: geography
        ("Patrols in the Strait of Gibraltar and the Gulf of Guinea.", []),
        ("Maritime interdiction in the Mozambique Channel; liaison with Kenya.", ["KE"]),
        ("Enquêtes dans le détroit de Gibraltar.", []),
        # an uncertain name listed with a country
        ("Missions to Syria and Jordan.", ["SY", "JO"]),
        ("Border data exchange with Ukraine, Moldova and Georgia.", ["UA", "MD", "GE"]),
        ("Georgia, Armenia and Azerbaijan: regional workshops delivered.", ["GE", "AM", "AZ"]),
        ("Liaison with colleagues in Salvador, Brazil.", ["BR"]),  # a city and its country
        ("Fraud cases in Georgia and Alabama.", []),  # US states
        # counterparts by nationality adjective, English and French
        ("Cooperation with Moroccan and Portuguese authorities.", ["MA", "PT"]),
        ("Action days with the Romanian, Bulgarian and Spanish police.", ["RO", "BG", "ES"]),
        ("Worked with Tunisian liaison officers on smuggling routes.", ["TN"]),
        ("Coordination avec les autorités libyennes et maltaises.", ["LY", "MT"]),
        ("Échanges avec les homologues sénégalais.", ["SN"]),
        # an adjective that names no authority says nothing of the post
        ("Networks of Hungarian nationals; victims of Nigerian nationality.", []),
        ("Cases involving Albanian suspects.", []),
        ("Exchanges with the Congolese police.", []),  # CG or CD: not stated
        # a foreign embassy liaised with is a counterpart; a case conference is a meeting of the job
        ("Liaised with the embassy of Peru on an extradition file.", ["PE"]),
        ("Joint case conferences with Thai and Lao authorities.", ["TH", "LA"]),
        # the short forms only after "the"
        ("Evidence exchange with the UK and Spain.", ["GB", "ES"]),
        ("Palo Alto, CA; prices in US dollars.", []),
    ],
)
def test_countries_a_description_names(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("location", "code"),
    [("Tbilisi, Georgia", "GE"), ("Kutaisi (Georgia)", "GE"), ("Atlanta, Georgia", None), ("Georgia", None)],
)
def test_a_city_of_the_country_before_an_ambiguous_name_makes_it_the_country(location, code):
    assert location_country(location) == code


def test_less_common_demonyms_and_none_for_a_word_naming_two_countries():
    assert nationality_codes("Tongan") == ["TO"]
    assert nationality_codes("French and Belarusian") == ["FR", "BY"]
    assert nationality_codes("congolaise") == []


def _draft(*texts: str):
    lines = [Line(t, f"line {i}") for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, "text", "cv.txt", date(2026, 12, 1))


def test_a_country_only_in_an_address_line_of_the_body_is_the_base_not_a_country_worked_with():
    draft = _draft(
        "Experience",
        "01/2015 – 12/2018 : Ingénieur réseau",
        "- Supervision du réseau.",
        "2019 – 2023 : Analyste en cybercriminalité",
        "- Échanges avec les points de contact du Niger et du Burkina Faso.",
        "Direction de la police judiciaire – Bamako (Mali)",  # the post's address, written under its bullets
    )
    first = draft.data["experience"][1]
    assert "ML" not in first.get("countries_worked_with", [])
    assert "BF" in first.get("countries_worked_with", [])


def test_the_address_country_counts_when_a_sentence_names_it_too():
    draft = _draft(
        "Experience",
        "2019 – 2023 : Liaison Officer",
        "- Joint operations with Ghana and Togo.",
        "Regional Office for West Africa, Accra, Ghana",
    )
    [job] = draft.data["experience"]
    assert job["countries_worked_with"][:2] == ["GH", "TG"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("franco-malgache", ["FR", "MG"]),
        ("Italo-Argentine", ["IT", "AR"]),
        ("germano-tunisienne", ["DE", "TN"]),
        ("anglo-saxonne", []),  # English or British: not stated
        ("franco", []),
    ],
)
def test_compound_nationalities_written_as_one_word(text, codes):
    assert nationality_codes(text) == codes


def test_a_nationality_statement_cut_by_the_line_width_is_read_whole():
    draft = _draft("Nationality: Chilean and", "Spanish", "Experience", "2019 – 2021 : Analyst, OECD, Paris, France")
    assert draft.data["nationality"] == ["CL", "ES"]
