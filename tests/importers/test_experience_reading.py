"""Posts in a free-text CV's experience section (matcher/importers/experience_text.py, sections):
a "from 2015" inside a closed post is a change in that post, not a post held now; a long header
that ends with its place is still the header; "Appointments" is an experience heading; an open
"– expected" degree range gives its start, never a graduation year."""

from __future__ import annotations

from cv_files import draft_lines

from matcher.importers.dates import find_spans


def _draft(*texts: str, fmt: str = "text"):
    return draft_lines(*texts, fmt=fmt)


def test_a_since_word_mid_line_inside_a_closed_post_is_no_post_of_its_own():
    draft = _draft(
        "Expérience professionnelle",
        "Officier de police, Commissariat central de Thiès",
        "Police nationale, Thiès (Sénégal) · 2010 – 2017",
        "Officier de police judiciaire : flagrants délits, gardes à vue.",
        "Adjoint au chef de la brigade de recherches à partir de 2014.",
    )
    [job] = draft.data["experience"]
    assert (job["start"], job["end"]) == ("2010", "2017") and not job.get("ongoing")
    assert "à partir de 2014" in job["description"]


def test_a_long_header_ending_with_its_place_gives_the_title_employer_and_country():
    draft = _draft(
        "EXPÉRIENCE",
        "Sept. 2016 – août 2020",
        "Conseillère juridique, Ministère de l'Europe et des Affaires étrangères – Direction de la coopération "
        "de sécurité et de défense, Niamey (Niger)",
        "  * Appui à la chaîne pénale ; missions au Tchad.",
    )
    [job] = draft.data["experience"]
    assert job["title"] == "Conseillère juridique"
    assert job["country"] == "NE" and job["countries_worked_with"] == ["TD"]


def test_appointments_is_the_experience_section():
    draft = _draft(
        "Appointments",
        "2019 – present — Lecturer in Criminology, University of Malta, Msida, Malta",
        "Oct 2014 – Sep 2018 — Research Fellow, University of Leeds, Leeds, UK",
        "Education",
        "2010 – 2014 — PhD in Criminology, University of Leeds",
    )
    titles = [job["title"] for job in draft.data["experience"]]
    assert titles == ["Lecturer in Criminology", "Research Fellow"]


def test_an_expected_end_not_written_leaves_the_end_not_stated():
    [span] = find_spans("2024 – expected")
    assert (span.start, span.end, span.ongoing, span.ambiguous) == ("2024", None, False, None)
    draft = _draft(
        "Education",
        "2024 – expected | MSc Cybercrime (part-time) | University of",
        "2028 | Kent, UK",
    )
    [study] = draft.data["education"]
    assert study.get("end") != "2024" and study["completed"] is False


def test_an_employer_heading_with_its_country_in_brackets_heads_the_posts_below():
    draft = _draft(
        "EXPÉRIENCE",
        "2020 – aujourd'hui : Analyste",
        "  * Traitement des plaintes.",
        "",
        "Sonatel – Dakar (Sénégal)",
        "01/2016 – 12/2019 : Ingénieur réseau",
        "  * Supervision du cœur de réseau.",
        "09/2013 – 12/2015 : Technicien supérieur réseaux",
    )
    jobs = draft.data["experience"]
    assert [(j["title"], j.get("employer"), j.get("country")) for j in jobs[1:]] == [
        ("Ingénieur réseau", "Sonatel", "SN"),
        ("Technicien supérieur réseaux", "Sonatel", "SN"),
    ]
    assert "SN" not in jobs[0].get("countries_worked_with", [])


def test_a_long_title_employer_line_above_a_place_and_dates_line_is_the_header():
    draft = _draft(
        "Expérience professionnelle",
        "Commissaire principale – Direction centrale de la police judiciaire, Office anti-stupéfiants et "
        "brigade des stupéfiants",
        "Marseille (France) · mars 2019 – aujourd'hui",
        "Enquêtes sur les trafics portuaires.",
        "Inspectrice – Commissariat de Toulon",
        "Toulon · 2012 – février 2019",
        "Police de proximité.",
    )
    jobs = draft.data["experience"]
    assert [j["title"] for j in jobs] == ["Commissaire principale", "Inspectrice"]
    assert jobs[0]["employer"].startswith("Direction centrale de la police judiciaire")
    assert jobs[0]["country"] == "FR"


def test_employer_above_the_place_and_dates_and_the_title_below():
    draft = _draft(
        "Experience",
        "International Organization for Migration (IOM) – Counter-",
        "Trafficking Unit",
        "Accra, Ghana · Since June 2020",
        "Project Officer",
        "• Referral of victims with the Ghana Police Service.",
        "Ghana Revenue Authority",
        "Tema · Jan 2015 – May 2020",
        "Customs Officer (0.5 FTE)",
        "• Container inspections.",
    )
    jobs = draft.data["experience"]
    assert [(j["title"], j["employer"], j.get("country")) for j in jobs] == [
        ("Project Officer", "International Organization for Migration (IOM) – Counter-Trafficking Unit", "GH"),
        ("Customs Officer (0.5 FTE)", "Ghana Revenue Authority", None),
    ]
    assert jobs[1]["fraction"] == 0.5


def test_titles_above_their_dates_keep_their_own_title():
    draft = _draft(
        "Experience",
        "Legal Adviser",
        "Ministry of Justice, Accra, Ghana",
        "May 2017 – present",
        "Research Assistant",
        "University of Ghana, Legon, Ghana",
        "Apr – Sep 2011",
    )
    assert [j["title"] for j in draft.data["experience"]] == ["Legal Adviser", "Research Assistant"]


def test_a_degree_name_cut_after_a_preposition_keeps_its_subject():
    draft = _draft("Education", "Bachelor of Arts in", "Sociology", "University of Ghana", "2008 – 2011")
    [study] = draft.data["education"]
    assert (study["field"], study["level"]) == ("Sociology", 6)


def test_an_employer_heading_over_titles_with_their_units_gives_each_post_its_employer():
    jobs = _draft(
        "EXPERIENCE",
        "Royal Malaysia Police — Kuala Lumpur, Malaysia",
        "Assistant Superintendent, Commercial Crime Investigation Department",
        "June 2018 – present",
        "- Money-laundering cases.",
        "Inspector, Narcotics Division, Johor Bahru",
        "Jan 2012 – May 2018",
        "Universiti Teknologi MARA",
        "Part-time Lecturer, Faculty of Law",
        "2016 – 2017",
        fmt="pdf",
    ).data["experience"]
    assert [(j["employer"], j.get("country")) for j in jobs] == [
        ("Royal Malaysia Police", "MY"),
        ("Royal Malaysia Police", "MY"),
        ("Universiti Teknologi MARA", None),
    ]
    assert jobs[1]["title"].startswith("Inspector")


def test_a_typed_dot_bullet_starts_the_description_and_a_closed_range_line_with_a_comma_is_a_post():
    jobs = _draft(
        "EXPERIENCE",
        "Cheffe de brigade",
        "Douanes du Bénin - Cotonou (Bénin)",
        "mars 2017 - à ce jour",
        ". Contrôles conjoints avec les services de police de la Guinée-",
        "  Bissau et du Togo.",
        "Volunteer Interpreter",
        "Red Cross Society, Porto-Novo",
        "2012 - 2014, weekends only",
    ).data["experience"]
    assert jobs[0]["countries_worked_with"] == ["GW", "TG"]
    assert [(j["title"], j.get("start"), j.get("end")) for j in jobs[1:]] == [("Volunteer Interpreter", "2012", "2014")]


def test_an_employer_heading_over_dated_title_and_unit_lines():
    jobs = _draft(
        "EXPÉRIENCE",
        "Police nationale – Lille (59)",
        "Enquêtrice, brigade des stupéfiants – depuis le 1er mars 2021",
        "Gardienne de la paix, commissariat de Roubaix – de 2015 à février 2021",
        fmt="docx",
    ).data["experience"]
    assert [(j["employer"], j.get("country")) for j in jobs] == [("Police nationale", None)] * 2
    assert jobs[0]["title"].startswith("Enquêtrice") and jobs[1]["title"].startswith("Gardienne de la paix")
