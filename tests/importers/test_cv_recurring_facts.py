"""Failure classes that recur across the blind CV writers' sets (session 9, rounds 4-8 and the
first held-out set), each fixed at its mechanism: a counterpart body named by an adjective the
tables did not know (a state police, a federal police, armed forces, coast guards, a foreign
body's own name); a French nationality written as "Citoyenne canadienne", "Ressortissant
tunisien" (rounds 6, 7, 8, in a JSON Resume summary and a Word header alike); a study "2023 - in
progress" (round 8, two files), whose start was read as its end (an invented date); a post's place
written "Warsaw (PL)", "Chamonix-Mont-Blanc (FR)", "Bruxelles (BE)", "Bangui (RCA)" (rounds 7
and 8), a US state's code in brackets staying no country; the Swiss "taux d'occupation 80 %" as a
part-time fraction (rounds 5, 6, 7); an INTERPOL NCB named by its city ("NCB Abu Dhabi", "les BCN
de Dakar et d'Abidjan", rounds 5 and 8) as a counterpart country; a degree's subject after "DESS",
"BTech", "National Diploma:" (rounds 4, 6, 8) or after "Bachelor of Arts" in brackets or after a
comma (rounds 5, 8), never "Arts", "Science" or "Laws (LLB" itself; a course or specialisation
listed with the degrees drafted as a study of no level (rounds 5, 6, 7, 8), a "Formations suivies"
section staying out of education; a certificate score after a dash ("TOEFL iBT – total score 100",
rounds 4 and 7); the place line under an employer heading giving its country to every post below
(rounds 5 and 7)."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.dates import find_spans
from matcher.importers.education_text import field_of
from matcher.importers.job_header import body_fraction, header_fraction
from matcher.importers.lines import Line
from matcher.importers.sections import nationality
from matcher.importers.worked_with import work_countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Joint investigations with the Albanian State Police.", ["AL"]),
        ("Financial investigations with the Austrian Bundeskriminalamt and the Liechtenstein FIU.", ["AT", "LI"]),
        ("Contacts quotidiens avec les autorités policières marocaines et turques.", ["MA", "TR"]),
        ("Formation des garde-côtes libyens à Tunis.", ["LY"]),
        ("Coordination avec les forces armées maltaises.", ["MT"]),
        ("En coopération avec la Guardia di Finanza italienne.", ["IT"]),
        ("Enquêtes avec la police fédérale belge et la Polícia Judiciária portugaise.", ["BE", "PT"]),
        # an adjective with no body after (before, in French) is still no counterpart
        ("Réseaux de ressortissants marocains ; victimes turques.", []),
        ("Austrian cuisine and state visits.", []),
        # where a case's goods came from, with the French article elided, is subject matter
        ("Démantèlement de filières de cigarettes en provenance d'Algérie.", []),
        ("Saisies à destination d’Espagne ; coopération avec la police du Maroc.", ["MA"]),
    ],
)
def test_a_counterpart_body_named_by_its_adjective_is_a_country_worked_with(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Citoyenne canadienne et française. Policière depuis 2008.", ["CA", "FR"]),
        ("Ressortissant tunisien.", ["TN"]),
        ("Citoyenne canadienne · Lévis (Québec) · 418 555-2019", ["CA"]),
        # the people of a case, or no adjective, are no statement of the candidate's
        ("Assistance aux ressortissants français détenus.", []),
        ("Protection des victimes ressortissantes nigérianes.", []),
        ("Citoyen du monde.", []),
    ],
)
def test_a_french_citizen_or_national_noun_with_its_adjective_states_the_nationality(text, codes):
    assert nationality([Line(text, "line 1")])[0] == codes


@pytest.mark.parametrize(
    "text",
    ["Macquarie University  2023 - in progress", "PhD in Law (part-time), Leiden University, 2023 – in progress"],
)
def test_in_progress_ends_an_open_range_and_the_year_before_it_is_the_start(text):
    span = find_spans(text, None)[0]
    assert (span.start, span.end, span.ongoing) == ("2023", None, True)


def _posts(texts: list[str]) -> list[tuple]:
    draft = draft_from_lines([Line(t, f"paragraph {k + 1}") for k, t in enumerate(texts)], "docx", "cv.docx")
    return [(j.get("title"), j.get("employer"), j.get("country")) for j in draft.data.get("experience", [])]


@pytest.mark.parametrize(
    ("header", "post"),
    [
        (
            [
                "Enquêtrice — Office européen de lutte antifraude (OLAF)",
                "Bruxelles (BE) · depuis le 1er septembre 2022",
            ],
            ("Enquêtrice", "Office européen de lutte antifraude (OLAF)", "BE"),
        ),
        (
            [
                "Gendarmerie nationale – Compagnie de Chamonix",
                "Chamonix-Mont-Blanc (FR)",
                "Commandant · août 2017 – août 2020",
            ],
            ("Commandant", "Gendarmerie nationale, Compagnie de Chamonix", "FR"),
        ),
        (["Analyst | Europol | Warsaw (PL) | 2019 – 2021"], ("Analyst", "Europol", "PL")),
        (["Officier de police — MINUSCA, Bangui (RCA)", "2015 – 2018"], ("Officier de police", "MINUSCA", "CF")),
    ],
)
def test_a_country_code_in_brackets_after_the_city_is_the_posts_country(header, post):
    assert _posts(["Expérience", *header]) == [post]


def test_a_us_state_code_in_brackets_is_no_country():
    from matcher.importers.places import bracketed_code, location_country

    assert [location_country(t) for t in ("Portland (OR)", "Atlanta (GA)", "Montréal (QC)", "Baltimore (MD)")] == [
        None
    ] * 4
    assert bracketed_code("Warsaw (PL)") == "PL" and bracketed_code("Rapport (EN)") is None


def test_a_swiss_taux_d_occupation_is_the_part_time_fraction():
    assert header_fraction(["Assistante diplômée (taux d'occupation 60 %)"]) == 0.6
    assert header_fraction(["Berne (Suisse) · 03/2020 – à ce jour · taux d'occupation 80 %"]) == 0.8
    assert body_fraction("Direction des affaires pénales. Taux d'occupation 80 %.") == 0.8
    assert body_fraction("Taux d'élucidation porté à 80 %.") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Coordinated Red Notice requests with the INTERPOL NCB Abu Dhabi.", ["AE"]),
        ("Échanges quotidiens avec les BCN de Dakar et d'Abidjan.", ["SN", "CI"]),
        (
            "Coordination avec les BCN de Libreville et de Malabo ; opérations avec la police tchadienne.",
            ["GA", "GQ", "TD"],
        ),
        # a city with no bureau before it is a city alone
        ("Visited Dakar and Abidjan for the regional conference.", []),
    ],
)
def test_a_national_central_bureau_named_by_its_city_is_its_countrys_counterpart(text, codes):
    assert work_countries(text) == codes


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("DESS Droit pénal et sciences criminelles", "Droit pénal et sciences criminelles"),
        ("DESS Sécurité et défense", "Sécurité et défense"),
        ("BTech Forensic Investigation", "Forensic Investigation"),
        ("National Diploma: Policing", "Policing"),
        ("Bachelor of Arts (Honours), Criminology", "Criminology"),
        ("Bachelor of Arts (Sociology and History)", "Sociology and History"),
        ("Bachelor of Laws (LLB) (Hons)", "Law"),
        ("Bachelor of Science (BSc)", None),
        ("BA (Hons) History", "History"),
        ("Licence en sciences juridiques", "sciences juridiques"),
        # a translation in brackets is no other subject (the first held-out set, round 6)
        ("Bachelor of Law (Licence en droit)", "Law"),
        ("Bachelor of Laws (Licenciatura en Derecho)", "Law"),
        ("Master (MSc in Criminology)", "Criminology"),
    ],
)
def test_the_subject_of_a_degree_not_its_name(degree, field):
    assert field_of(degree) == field


def test_a_linkedin_major_in_the_notes_is_the_field_when_the_degree_names_none():
    from matcher.importers.draft import Draft
    from matcher.importers.linkedin import _study

    draft = Draft("linkedin", "x.zip")
    row = {"Degree Name": "Bachelor of Science (BSc)", "Notes": "Major: Forensic science", "End Date": "2011"}
    _study(draft, {**row, "School Name": "Université de Lausanne", "Start Date": "2008"}, "row 2", date(2026, 12, 1))
    assert draft.data["education"][0]["field"] == "Forensic science"


def _studies(texts: list[str]) -> list[tuple]:
    draft = draft_from_lines([Line(t, f"line {k + 1}") for k, t in enumerate(texts)], "text", "cv.txt")
    return [(e.get("field"), e.get("level"), e.get("start"), e.get("end")) for e in draft.data.get("education", [])]


def test_a_course_listed_with_the_degrees_is_a_study_of_no_level():
    assert _studies(
        [
            "EDUCATION",
            "MA in International Relations, University of Jordan, 2016–18",
            "Police officers' course, Royal Police Academy, 2012",
            "Specialisation in Police Management, Academy of the Ministry of Interior, 2013",
            "Curso de Capacitación para Cabos y Guardias, Academia de Guardias de Baeza, 2011 – 2012",
            "DEC en techniques policières – Campus Notre-Dame-de-Foy, 2005 – 2008",
        ]
    ) == [
        ("International Relations", 7, "2016", "2018"),
        (None, None, None, "2012"),
        ("Police Management", None, None, "2013"),
        (None, None, "2011", "2012"),
        ("techniques policières", None, "2005", "2008"),
    ]


def test_en_cours_is_no_course_and_courses_attended_are_no_education():
    assert _studies(
        [
            "FORMATION",
            "Depuis 2023 (en cours)  Master 2 Sécurité internationale, Université Senghor",
            "FORMATIONS SUIVIES",
            "Cours Europol sur l'analyse opérationnelle, La Haye (Pays-Bas), 2022",
        ]
    ) == [("Sécurité internationale", 7, "2023", None)]


@pytest.mark.parametrize(
    ("text", "level"),
    [("TOEFL iBT – total score 100", "C1"), ("TOEFL iBT – score 104", "C1"), ("IELTS — overall band 6.5", "B2")],
)
def test_a_certificate_score_after_a_dash_gives_its_level(text, level):
    from matcher.importers.languages import certificate_level, light_fold

    found = certificate_level(light_fold(text))
    assert found is not None and found[1] == level


def test_every_post_under_an_employer_heading_keeps_the_headings_country(tmp_path):
    from matcher.importers import import_file

    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Employment history\n"
        "National Crime Agency (NCA)\n"
        "London, United Kingdom\n"
        "Senior Investigating Officer – Modern Slavery Unit · Jun 2022 – present\n"
        "Joint investigations with the Albanian State Police.\n"
        "Investigator · Jul 2019 – May 2022\n"
        "Financial strand of trafficking cases.\n",
        encoding="utf-8",
    )
    jobs = import_file(cv).data["experience"]
    assert [(j["title"], j.get("country")) for j in jobs] == [
        ("Senior Investigating Officer", "GB"),
        ("Investigator", "GB"),
    ]
