# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""The second batch of layout CVs (lay15-lay25), written after the first had been tuned on,
so that its first run is again a fresh measure: a LinkedIn "Save to PDF" profile, section
labels in a left margin beside their content, dates in small print under the title, "De
mars 2015 à juin 2019", a heading in a shaded one-cell Word table, a three-column Word
table with no header row, tab-indented Word entries, text pasted from an e-mail, Markdown
and ISO dates. Same markup as layout_cvs.py; fictional people; expected facts written by
hand before the importer ran."""

CVS: dict[str, dict] = {}

CVS["lay15_en_linkedin_pdf"] = {
    "format": "pdf",
    "sidebar": "left",
    "heading": "rule",
    "side": [
        "H:Contact",
        "P:www.linkedin.com/in/sofie-vermeulen",
        "H:Top Skills",
        "P:EU law",
        "P:Policy analysis",
        "H:Languages",
        "P:Dutch (Native or Bilingual)",
        "P:English (Full Professional)",
        "P:French (Professional Working)",
        "H:Certifications",
        "P:EPSO Assessment Centre preparation",
    ],
    "main": [
        "N:Sofie Vermeulen",
        "P:Policy Officer at European Commission",
        "P:Brussels, Brussels Region, Belgium",
        "H:Experience",
        "P:**European Commission",
        "P:Policy Officer",
        "S:September 2019 - Present (7 years 4 months)",
        "S:Brussels, Belgium",
        "P:Migration and asylum policy; negotiations with Turkey and Morocco.",
        "P:Blue Book Trainee",
        "S:March 2019 - August 2019 (6 months)",
        "S:Brussels, Belgium",
        "P:**Vluchtelingenwerk Vlaanderen",
        "P:Legal Adviser",
        "S:October 2016 - February 2019 (2 years 5 months)",
        "S:Antwerp, Flemish Region, Belgium",
        "H:Education",
        "P:**KU Leuven",
        "P:Master of Laws (LLM), European Law · (2015 - 2016)",
        "P:**Universiteit Gent",
        "P:Bachelor of Laws, Law · (2012 - 2015)",
    ],
}

CVS["lay16_en_margin_labels"] = {
    "format": "pdf",
    "label_column": True,
    "main": [
        "N:Oluwaseun Adeyemi",
        "P:Lagos, Nigeria · seun.adeyemi@example.ng · Nationality: Nigerian",
        "H:Experience",
        "D:**Head of Investigations, Nigerian Financial Intelligence Unit||2020 – present",
        "P:Abuja, Nigeria",
        "B:Joint cases with the financial intelligence units of Ghana and Benin.",
        "D:**Senior Analyst, Nigerian Financial Intelligence Unit||2015 – 2020",
        "P:Abuja, Nigeria",
        "D:**Bank Examiner, Central Bank of Nigeria||2011 – 2015",
        "P:Lagos",
        "H:Education",
        "D:**MSc Criminology, University of Leicester||2013 – 2015",
        "P:Distance learning",
        "D:**BSc Economics, Obafemi Awolowo University||2005 – 2009",
        "H:Languages",
        "P:English – C2; Yoruba – mother tongue; French – A2",
    ],
}

CVS["lay17_fr_small_dates"] = {
    "format": "pdf",
    "heading": "band",
    "band_color": "#2e6b3a",
    "main": [
        "N:Camille Rouvière",
        "P:Nationalité : française · Montpellier",
        "H:Expérience",
        "P:**Chargée de programme — Agence française de développement",
        "S:De mars 2015 à juin 2019 · Niamey, Niger",
        "B:Suivi de projets d'irrigation au Niger et au Burkina Faso.",
        "P:**Responsable de projet — Action contre la Faim",
        "S:Depuis juillet 2019 · Paris",
        "B:Missions d'évaluation au Tchad.",
        "P:**Assistante de recherche — CIRAD",
        "S:De 2012 à 2015 · Montpellier",
        "H:Formation",
        "P:**Doctorat en géographie — Université Paul-Valéry Montpellier 3",
        "S:2012 – 2016",
        "P:**Master Géographie et aménagement — Université de Toulouse",
        "S:2010 – 2012",
        "H:Langues",
        "P:Anglais : C1 (TOEFL iBT 104) · Haoussa : A2",
    ],
}

CVS["lay18_en_two_pages_sidebar_first"] = {
    "format": "pdf",
    "sidebar": "left",
    "heading": "smallcaps",
    "footer": "Page {page}",
    "side": [
        "H:Profile",
        "P:Citizenship: Canadian",
        "P:Ottawa, Canada",
        "H:Languages",
        "P:English: native",
        "P:French: C1",
        "P:Spanish: B1",
    ],
    "main": [
        "N:Geneviève Tremblay-Okafor",
        "H:Experience",
        "D:**Senior Program Officer||2021 – present",
        "I:Global Affairs Canada, Ottawa",
        "B:Manages governance programming in Haiti and Colombia.",
        "B:Oversees a portfolio of twelve grants.",
        "B:Leads the annual results review.",
        "B:Chairs the donor working group.",
        "D:**Program Officer||2017 – 2021",
        "I:Global Affairs Canada, Ottawa",
        "B:Budget support operations.",
        "B:Liaison with the World Bank.",
        "B:Drafted cabinet submissions.",
        "B:Trained junior staff.",
        "B:Led the review of fiduciary risk.",
        "B:Organised the partners' forum.",
        "B:Coordinated the audit response.",
        "B:Prepared ministerial briefings.",
        "B:Managed the grants database.",
        "B:Reviewed project proposals.",
        "B:Supported monitoring missions.",
        "B:Wrote the annual report.",
        "B:Maintained the risk register.",
        "B:Supported the evaluation unit.",
        "B:Contributed to the gender strategy.",
        "B:Reviewed procurement plans.",
        "B:Handled correspondence with partners.",
        "B:Prepared the steering committee.",
        "B:Followed up audit recommendations.",
        "B:Drafted terms of reference.",
        "B:Supported country strategy reviews.",
        "B:Compiled results data.",
        "B:Updated the logic models.",
        "B:Prepared donor reports.",
        "B:Organised field visits.",
        "B:Coordinated with embassies.",
        "B:Kept the programme calendar.",
        "B:Drafted the communication plan.",
        "B:Reviewed financial reports.",
        "B:Supported the transition plan.",
        "D:**Research Assistant (part-time, 50%)||2014 – 2016",
        "I:University of Ottawa, Ottawa",
        "H:Education",
        "D:**MA in Public and International Affairs||2015 – 2017",
        "I:University of Ottawa",
        "D:**BA in Political Science||2011 – 2015",
        "I:McGill University, Montréal",
    ],
}

CVS["lay19_en_docx_shaded_heading_cells"] = {
    "format": "docx",
    "lines": """
**Mateus Carvalho
Nationality: Portuguese | Lisbon
R:PROFESSIONAL EXPERIENCE
-
Customs Officer — Autoridade Tributária e Aduaneira (Lisbon, Portugal)
_January 2019 – Present
Liaison Officer — Europol (The Hague, Netherlands)
_September 2015 – December 2018
B:Operations with Spain, Morocco and Brazil.
Inspector — Polícia Judiciária (Porto)
_2010 – 2015
R:EDUCATION
-
Master in Criminology — Universidade do Porto
_2008 – 2010
Licenciatura in Law — Universidade de Coimbra
_2003 – 2008
R:LANGUAGES
-
Portuguese (mother tongue), English (C1), Spanish (B2), French (A2)
""",
}

CVS["lay20_fr_docx_three_columns"] = {
    "format": "docx",
    "lines": """
**Mariam Ouédraogo
Ouagadougou, Burkina Faso — Nationalité : burkinabè
H:Expérience professionnelle
R:2019 – 2024||Coordinatrice régionale||Plan International, Dakar, Sénégal
R:2014 – 2019||Chargée de protection||UNICEF, Ouagadougou, Burkina Faso
R:2011 – 2014||Animatrice||Association Tié, Bobo-Dioulasso
H:Formation
R:2009 – 2011||Master en sociologie||Université Joseph Ki-Zerbo
R:2006 – 2009||Licence en sociologie||Université Joseph Ki-Zerbo
H:Langues
Français courant et anglais intermédiaire (B1) ; mooré : langue maternelle
""",
}

CVS["lay21_en_docx_tab_indented"] = {
    "format": "docx",
    "lines": """
**Arjun Mehra
arjun.mehra@example.in · Nationality: Indian
H:Employment
2018 – present\\tUnited Nations Development Programme (UNDP), New Delhi, India
\\tProgramme Analyst, Governance
2014 – 2018\\tTata Institute of Social Sciences, Mumbai
\\tResearch Officer
B:Field studies in Nepal and Bhutan.
2012 – 2014\\tPRADAN, Ranchi
\\tDevelopment Apprentice
H:Education
2010 – 2012\\tJawaharlal Nehru University, New Delhi
\\tMA Development Studies
2007 – 2010\\tUniversity of Delhi
\\tBA (Hons) Economics
H:Languages
Hindi (native), English (C2), Bengali (B1)
""",
}

CVS["lay22_en_text_email"] = {
    "format": "text",
    "text": """
Dear Sir or Madam,

Please find my details below.

Name: Fatima Zahra El Idrissi
Nationality: Moroccan

Work experience:
- 2019-present: Senior Officer, Ministry of the Interior (Morocco)
  Border cooperation with Spain and Mauritania.
- 2015-2019: Officer, Direction Générale de la Sûreté Nationale, Rabat
- 2013-2015: Intern, International Organization for Migration (IOM), Rabat, Morocco

Education:
- 2011-2013: Master in Public Law, Université Mohammed V, Rabat
- 2008-2011: Licence in Law, Université Hassan II, Casablanca

Languages: Arabic - mother tongue; French - fluent (C1); English - B2; Spanish - A2

Kind regards,
Fatima Zahra El Idrissi
""",
}

CVS["lay23_en_text_markdown"] = {
    "format": "text",
    "text": """
# Henrik Johansson

Stockholm · henrik.j@example.se · Swedish citizen

## Experience

**Senior Prosecutor**, Swedish Prosecution Authority — Stockholm, Sweden (2019–present)
- Cases with Finland and Estonia.

**Prosecutor**, Swedish Prosecution Authority — Malmö (2014–2019)

**Legal Officer**, Eurojust — The Hague, Netherlands (2011–2014)

## Education

**Master of Laws (LL.M.)**, Stockholm University (2006–2011)

## Languages

- Swedish: native
- English: C2
- German: B2
- Finnish: A2
""",
}

CVS["lay24_fr_text_iso_slash"] = {
    "format": "text",
    "text": """
Jean-Baptiste Nkurunziza
Kigali — jb.nkurunziza@example.rw
Nationalité : rwandaise

PARCOURS

2018-03 – 2021-11   Banque mondiale / Spécialiste en gestion financière — Kigali, Rwanda
2014-09 – 2018-02   Office de l'Auditeur général / Auditeur principal — Kigali
2021-12 – aujourd'hui   Banque africaine de développement / Chargé principal de gestion financière — Abidjan, Côte d'Ivoire
    Missions au Burundi et en Ouganda.

ÉTUDES

2012-09 – 2014-06   Université du Rwanda / Master en comptabilité
2008-09 – 2012-06   Université du Rwanda / Licence en gestion

LANGUES
Kinyarwanda : langue maternelle
Français : C2
Anglais : C1
Swahili : B1
""",
}

CVS["lay25_fr_docx_small_caps_employer_dates_left"] = {
    "format": "docx",
    "lines": """
**Inès Belkacem
Marseille · ines.belkacem@example.fr
Nationalité : française
^Expériences
**Haut-Commissariat des Nations unies pour les réfugiés (HCR), Genève, Suisse
Administratrice chargée de la réinstallation (janv. 2020 – présent)
Administratrice adjointe (sept. 2016 – déc. 2019)
B:Missions au Liban et en Jordanie.
**Forum réfugiés, Lyon
Juriste (2013 – 2016, 80 %)
^Formation
**Université d'Aix-Marseille
Master 2 Droit international et européen, 2011 – 2013
^Langues
Arabe (langue maternelle) · Anglais (C1) · Espagnol (B2)
""",
}
