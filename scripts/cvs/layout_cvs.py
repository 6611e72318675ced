# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""Layouts the rest of the own set does not have (tests/data/cvs_layout/): a sidebar on
the right of the main column, small-caps and coloured-band headings, dates flush with
the right margin, the employer on the line above the title, "Title | Employer | City |
dates" one-liners, two pages with a running header and footer, languages as a grid or
as "English (C1), French (native)", education with the degree after the institution;
Word files with a DrawingML text box, a layout table, tab-aligned dates and small-caps
headings. Markup: layout_render.py. The people and private firms are fictional; the
expected facts (<name>.expected.yaml) were written by hand before the importer ran."""

CVS: dict[str, dict] = {}

CVS["lay01_en_right_sidebar_smallcaps"] = {
    "format": "pdf",
    "sidebar": "right",
    "heading": "smallcaps",
    "main": [
        "N:Ingrid Solheim",
        "P:Senior Border Management Specialist",
        "H:Professional Experience",
        "D:**International Organization for Migration (IOM), Oslo, Norway||Mar 2019 – present",
        "I:Senior Border Management Specialist",
        "B:Led integrated border management projects with Ukraine and Moldova.",
        "B:Coordinated training for 240 border officials.",
        "D:**Frontex, Warsaw, Poland||Sep 2015 – Feb 2019",
        "I:Risk Analyst",
        "B:Produced quarterly risk analyses on the Western Balkans route; liaison with Serbia.",
        "D:**Norwegian Police Directorate, Oslo||2010 – 2015",
        "I:Police Inspector",
        "B:Managed a team of eight investigators.",
        "H:Education",
        "D:**University of Oslo||2008 – 2010",
        "I:Master of Philosophy in Peace and Conflict Studies",
        "D:**Norwegian Police University College||2005 – 2008",
        "I:Bachelor in Police Studies",
        "H:Training",
        "P:Frontex Common Core Curriculum trainer certification, 2017",
    ],
    "side": [
        "H:Contact",
        "P:ingrid.solheim@example.no",
        "P:+47 400 00 001",
        "H:Personal",
        "P:Nationality: Norwegian",
        "P:Born 1983",
        "H:Languages",
        "P:Norwegian – native",
        "P:English – C2",
        "P:Polish – B1",
        "P:Russian – A2",
        "H:Skills",
        "P:Risk analysis, training design",
    ],
}

CVS["lay02_fr_bands_oneliners"] = {
    "format": "pdf",
    "heading": "band",
    "main": [
        "N:Élodie Marchal-Diouf",
        "P:Juriste spécialisée en droit pénal international",
        "P:elodie.marchal@example.fr · Lyon",
        "P:Nationalité : française et sénégalaise",
        "H:Expérience professionnelle",
        "P:**Juriste principale | Interpol | Lyon, France | janv. 2020 – aujourd'hui",
        "B:Appui aux bureaux centraux nationaux du Mali et du Niger.",
        "P:**Analyste juridique | Cour pénale internationale | La Haye, Pays-Bas | sept. 2016 – déc. 2019",
        "B:Rédaction de notes sur les affaires de République centrafricaine.",
        "P:**Assistante de recherche (mi-temps) | Université Lumière Lyon 2 | Lyon | 2014 – 2016",
        "H:Formation",
        "P:Université Paris 1 Panthéon-Sorbonne — Master 2 Droit pénal international, 2013 – 2014",
        "P:Université Cheikh Anta Diop, Dakar — Licence en droit, 2010 – 2013",
        "H:Langues",
        "P:Français (langue maternelle), wolof (langue maternelle), anglais (C1), espagnol (B1)",
        "H:Centres d'intérêt",
        "P:Photographie, randonnée",
    ],
}

CVS["lay03_en_left_sidebar_pipes"] = {
    "format": "pdf",
    "sidebar": "left",
    "heading": "rule",
    "side": [
        "H:Details",
        "P:Citizenship: Nigerian",
        "P:Abuja, Nigeria",
        "P:daniel.ow@example.com",
        "H:Languages",
        "P:English (C2), Hausa (native), French (B2), Arabic (A2)",
        "H:Certifications",
        "P:PRINCE2 Practitioner (2018)",
    ],
    "main": [
        "N:Daniel Okoro-Whitfield",
        "P:Financial Investigator",
        "H:Experience",
        "P:Senior Financial Investigator | Economic and Financial Crimes Commission | Abuja, Nigeria | 2018 – present",
        "B:Asset recovery cases with the United Kingdom and Switzerland.",
        "P:Financial Analyst | GIABA | Dakar, Senegal | Jun 2014 – Dec 2017",
        "B:Mutual evaluations of Ghana, Liberia and Sierra Leone.",
        "P:Audit Associate | Adebayo & Partners | Lagos | Aug 2011 – May 2014",
        "H:Education",
        "P:University of Lagos, MSc Forensic Accounting, 2012 – 2014",
        "P:Ahmadu Bello University, BSc Accounting, 2006 – 2010",
    ],
}

CVS["lay04_fr_right_dates_two_pages"] = {
    "format": "pdf",
    "heading": "rule",
    "header": "Solène Kerbrat — curriculum vitae",
    "footer": "{page}/2",
    "main": [
        "N:Solène Kerbrat",
        "P:Commissaire de police — analyse criminelle",
        "P:Rennes · solene.kerbrat@example.fr · Nationalité : française",
        "H:Parcours professionnel",
        "D:**Direction centrale de la police judiciaire, Nanterre||depuis 2021",
        "I:Cheffe de la division de l'analyse criminelle",
        "B:Pilotage d'équipes communes d'enquête avec la Belgique et l'Espagne.",
        "B:Encadrement de quatorze analystes et de deux officiers de liaison.",
        "B:Conception d'un référentiel national des méthodes d'analyse.",
        "D:**Europol, La Haye, Pays-Bas||oct. 2017 – août 2021",
        "I:Analyste stratégique (détachement)",
        "B:Contribution aux rapports SOCTA ; échanges avec la Colombie.",
        "B:Animation d'ateliers méthodologiques pour les États membres.",
        "D:**Police nationale, Rennes||2012 – 2017",
        "I:Lieutenante de police, brigade financière",
        "B:Enquêtes sur les escroqueries en bande organisée.",
        "B:Formation des nouveaux enquêteurs aux techniques d'audition.",
        "PAGE",
        "H:Formation",
        "D:**École nationale supérieure de la police, Saint-Cyr-au-Mont-d'Or||2010 – 2012",
        "I:Diplôme de commissaire de police",
        "D:**Université Rennes 2||2005 – 2010",
        "I:Master Criminologie",
        "H:Langues",
        "G:**Langue||**Niveau",
        "G:Anglais||C1",
        "G:Allemand||B2",
        "G:Néerlandais||A2",
    ],
}

CVS["lay05_en_bands_employer_groups_grid"] = {
    "format": "pdf",
    "heading": "band",
    "band_color": "#7a1f3d",
    "main": [
        "N:Mariana Teixeira Brandão",
        "P:mariana.tb@example.org · Maputo",
        "H:Work History",
        "D:**UNICEF — Maputo, Mozambique||",
        "D:Child Protection Specialist||Feb 2021 – present",
        "D:Child Protection Officer||Jul 2017 – Jan 2021",
        "B:Case management systems rolled out with Malawi and Zambia.",
        "D:**Save the Children — Lisbon, Portugal||",
        "D:Programme Coordinator (80%)||2014 – 2017",
        "H:Education",
        "D:**Universidade de Coimbra||2012 – 2014",
        "I:Master in Social Work",
        "D:**Universidade Federal do Rio de Janeiro||2008 – 2012",
        "I:Bachelor of Psychology",
        "H:Languages",
        "G:**Language||**Listening||**Reading||**Speaking||**Writing",
        "G:Portuguese||native||native||native||native",
        "G:English||C1||C1||C1||B2",
        "G:Spanish||B2||B2||B2||B2",
        "G:French||A2||B1||A2||A2",
        "H:Personal",
        "P:Nationality: Brazilian, Portuguese",
    ],
}

CVS["lay06_fr_right_sidebar_employer_first"] = {
    "format": "pdf",
    "sidebar": "right",
    "heading": "smallcaps",
    "main": [
        "N:Aïssatou Bâ",
        "P:Spécialiste en gestion des finances publiques",
        "H:Expériences",
        "P:**Banque africaine de développement (Abidjan, Côte d'Ivoire)",
        "P:Chargée principale de gouvernance · mars 2019 – à ce jour",
        "B:Missions au Togo, au Bénin et au Cameroun.",
        "P:**Ministère de l'Économie et des Finances (Dakar, Sénégal)",
        "P:Inspectrice du Trésor · 2012 – 2019",
        "P:Cheffe de bureau · 2009 – 2012",
        "H:Formation",
        "P:**Université Cheikh Anta Diop de Dakar",
        "P:Master Économie publique, 2007 – 2009",
        "P:**Université Gaston Berger de Saint-Louis",
        "P:Licence Sciences économiques, 2004 – 2007",
    ],
    "side": [
        "H:Coordonnées",
        "P:aissatou.ba@example.sn",
        "P:Dakar, Sénégal",
        "P:Nationalité : sénégalaise",
        "H:Langues",
        "P:Français : langue maternelle",
        "P:Pulaar : langue maternelle",
        "P:Anglais : B2",
        "P:Portugais : A1",
        "H:Logiciels",
        "P:SAP, Stata",
    ],
}

CVS["lay07_en_title_dates_right_two_pages"] = {
    "format": "pdf",
    "heading": "smallcaps",
    "header": "Liesbeth van der Kolk — Curriculum Vitae",
    "footer": "Page {page} of 2",
    "main": [
        "N:Liesbeth van der Kolk",
        "P:Sanctions and export-control specialist · Amsterdam · l.vanderkolk@example.nl",
        "H:Experience",
        "D:**Head of Sanctions Compliance||Apr 2020 – Present",
        "I:ABN Trustbank N.V., Amsterdam, the Netherlands",
        "B:Built the screening programme for correspondent banking.",
        "B:Reports to the management board on sanctions exposure.",
        "B:Leads a team of eleven analysts.",
        "D:**Sanctions Analyst||Jan 2016 – Mar 2020",
        "I:Ministry of Foreign Affairs, The Hague",
        "B:Implementation of EU restrictive measures on Russia and Belarus.",
        "B:Drafted licensing guidance for exporters.",
        "B:Represented the ministry in working groups on dual-use goods.",
        "B:Trained customs officers on licence checks.",
        "B:Answered parliamentary questions on export licences.",
        "PAGE",
        "D:**Junior Policy Officer (0.6 FTE)||Sep 2013 – Dec 2015",
        "I:Clingendael Institute, The Hague",
        "B:Research on arms export policy.",
        "H:Education",
        "D:**LLM International and European Law||2012 – 2013",
        "I:Universiteit van Amsterdam",
        "D:**LLB Dutch Law||2008 – 2012",
        "I:Universiteit Leiden",
        "H:Languages",
        "P:Dutch (native) · English (C2) · German (B2) · French (B1)",
        "H:Other",
        "P:Nationality: Dutch",
    ],
}

CVS["lay08_en_drawing_textbox_tabs"] = {
    "format": "docx",
    "textbox": [
        "Chiara Bellandi",
        "chiara.bellandi@example.it",
        "Nationality: Italian",
        "Languages: Italian (native), English (C1), French (B2), Spanish (A2)",
    ],
    "lines": """
H:Professional Experience
**Food and Agriculture Organization of the United Nations (FAO), Rome, Italy\\tMay 2018 – present
_Programme Officer, Fisheries Governance
B:Support to the fisheries authorities of Tunisia and Morocco.
**World Food Programme, Nairobi, Kenya\\tOct 2014 – Apr 2018
_Logistics Officer
**Coop. Sviluppo Sud, Palermo\\t2011 – 2014
_Project Assistant (part-time, 50%)
H:Education
**Università di Bologna\\t2009 – 2011
_Master's degree in International Cooperation
**Università di Palermo\\t2006 – 2009
_Bachelor's degree in Political Science
""",
}

CVS["lay09_fr_layout_table_oneliners"] = {
    "format": "docx",
    "lines": "",
    "layout_table": (
        """
^Coordonnées
nicolas.verhaegen@example.be
Namur, Belgique
Nationalité : belge
^Langues
Français — langue maternelle
Néerlandais — C1
Anglais — C1
Allemand — A2
""",
        """
**Nicolas Verhaegen
^Expérience
Responsable pays | Enabel | Kampala, Ouganda | depuis sept. 2023
Chef de projet | Enabel | Kinshasa, RD Congo | 2019 – 2023
Conseiller technique | Croix-Rouge de Belgique | Bruxelles | 2015 – 2019
Stagiaire | Commission européenne (DG ECHO) | Bruxelles | févr. – juil. 2014
^Formation
Université catholique de Louvain — Master en sciences politiques, 2012 – 2014
Université de Namur — Bachelier en histoire, 2009 – 2012
""",
    ),
}

CVS["lay10_en_table_employer_first_grid"] = {
    "format": "docx",
    "lines": """
**Rania Haddadin
rania.haddadin@example.jo · Amman
R:Nationality||Jordanian
-
H:Experience
R:2020 – present||**International Committee of the Red Cross (ICRC), Amman, Jordan\\nProtection Delegate\\nDetention visits; dialogue with the authorities of Iraq and Syria.
R:2016 – 2020||**UNHCR, Beirut, Lebanon\\nAssociate Protection Officer
R:2013 – 2016||**Jordan River Foundation, Amman\\nCase Worker
H:Education
SOAS University of London — MA Human Rights Law, 2012 – 2013
University of Jordan, Amman — LLB (Law), 2008 – 2012
H:Languages
R:Language||Understanding||Speaking||Writing
R:English||C2||C2||C1
R:Arabic||Native||Native||Native
R:French||B2||B1||B1
""",
}

CVS["lay11_fr_smallcaps_runs_tabs"] = {
    "format": "docx",
    "lines": """
**Thibault Morvan
Brest · thibault.morvan@example.fr · Nationalité : française
^Expérience professionnelle
**ONUDC — Office des Nations unies contre la drogue et le crime, Vienne (Autriche)
Expert en lutte contre le blanchiment\\tjanvier 2022 – présent
**Ministère de l'Intérieur, Paris
Enquêteur, Office central pour la répression de la grande délinquance financière\\tmars 2015 – déc. 2021
Gardien de la paix\\t2010 – 2015
^Formation
**Université Paris-Saclay
Master Droit des affaires\\t2013 – 2015
**Université de Bretagne Occidentale
Licence Droit\\t2007 – 2010
^Langues
Français (langue maternelle), anglais (C1), espagnol (B2), arabe (notions)
""",
}

CVS["lay12_en_text_right_dates"] = {
    "format": "text",
    "text": """
PRIYA NANDAKUMAR-HOLT
Nationality: British | London | priya.nh@example.co.uk

PROFESSIONAL EXPERIENCE

WORLD HEALTH ORGANIZATION, Geneva, Switzerland                        2019 – present
Technical Officer, Health Emergencies
  • Deployments to Bangladesh and Myanmar.

MÉDECINS SANS FRONTIÈRES, Amsterdam                               Jan 2015 – Aug 2019
Epidemiologist

PUBLIC HEALTH ENGLAND, London, UK                                         2011 – 2014
Scientist (part-time, 60%)

EDUCATION

London School of Hygiene & Tropical Medicine                              2009 – 2010
MSc Epidemiology
University of Edinburgh                                                   2005 – 2009
BSc (Hons) Biomedical Sciences

LANGUAGES
English      native
Tamil        B2
French       B1
Spanish      A2
""",
}

CVS["lay13_fr_text_pipes_grid"] = {
    "format": "text",
    "text": """
Léa Fontaine-Rossi
Paris — lea.fontaine@example.fr — Nationalités : française, italienne

EXPÉRIENCE
Chargée de mission | Agence française de développement | Paris | 2021 – aujourd'hui
Conseillère technique | Expertise France | Tunis, Tunisie | 03/2017 – 12/2020
   - Appui aux administrations de Tunisie et de Libye.
Volontaire internationale | Ambassade de France au Maroc | Rabat, Maroc | 09/2015 – 02/2017

FORMATION
Sciences Po Paris, Master Affaires publiques (2013 – 2015)
Université de Bologne, Laurea triennale en sciences politiques (2010 – 2013)

LANGUES
Langues maternelles : français, italien
Langue       Compréhension   Parler   Écrire
Anglais      C1              B2       B2
Espagnol     B1              B1       A2
""",
}

CVS["lay14_en_text_employer_blocks"] = {
    "format": "text",
    "text": """
Thomas Achterberg
Berlin, Germany · Nationality: German

Work Experience
---------------
Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ), Nairobi, Kenya
  Cluster Coordinator, Governance (Jul 2020 – present)
  Advisor, Police Programme (Oct 2016 – Jun 2020)
    - Cooperation with the police services of Uganda and Tanzania.
Federal Criminal Police Office (BKA), Wiesbaden
  Detective Inspector (2009 – 2016)

Education
---------
Hochschule des Bundes für öffentliche Verwaltung — Diploma in Public Administration, 2006 – 2009
Freie Universität Berlin — MA Political Science, 2014 – 2016

Languages: German (native), English (C1), French (B1), Swahili (A2)
""",
}
