# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""Traps for the "nothing invented" goal (issue 15, third round): a country named as a
conference venue, an embassy, a funder, a company's registration or a nationality,
not as a place the job worked in or with; cities that exist in several countries and
US states named like countries; "From 2015 to 2018" and "Depuis 2010 jusqu'en 2016"
(a start word with an end); a job with a start and no end and no "present"; a single
year against a post; "80%" that is not a working time; a mother tongue label after a
list of languages whose own name is not known; levels given as words. Same markup as
text_cvs.py. The people and private firms are fictional; the expected facts were
written by hand before the importer ran on these files."""

CVS = {}

CVS["txt51_en_from_to"] = {
    "format": "text",
    "lines": """Daniel Okoro
daniel.okoro@example.com | +44 7700 900051
Citizenship: British
H:Professional Experience
Senior Investigator, National Crime Agency, London, UK
From Jan 2019 until Dec 2022
B:Joint investigation teams with the Netherlands and Belgium.
B:Presented findings at the Interpol Global Conference in Singapore, 2021.
B:Liaison with the Embassy of Brazil on extradition files.
Financial Investigator, City of London Police, London, United Kingdom
From 2015 to 2018
B:Money-laundering cases involving shell companies registered in Cyprus.
Intern, Metropolitan Police Service
2014 –
B:Support to the fraud squad.
H:Education
MSc in Criminology, University of Leicester, 2012 – 2014
BA (Hons) History, University of Kent, 2009 – 2012
H:Languages
English – mother tongue
Yoruba – fluent
Portuguese
""",
}

CVS["txt52_fr_depuis_jusqu"] = {
    "format": "text",
    "lines": """Fatou Ndiaye
Dakar, Sénégal | fatou.ndiaye@example.sn
Née le 12/04/1985 à Ziguinchor
H:Expérience professionnelle
Commissaire de police — Police nationale, Dakar, Sénégal
De mars 2016 à aujourd'hui
B:Coopération avec la Gambie et la Guinée-Bissau sur la traite des êtres humains.
B:Intervention au congrès de l'AFRIPOL à Alger (Algérie) en 2019.
Officière de police judiciaire — Police nationale, Saint-Louis
Depuis 2010 jusqu'en 2016
B:Enquêtes conjointes avec l'Espagne sur des réseaux de passeurs.
Chargée de mission — Ambassade de France, Dakar, Sénégal
2008 – 2010 (temps partiel, 50 %)
B:Suivi des demandes de visas pour la France.
H:Formation
Master 2 Droit pénal et sciences criminelles, Université Cheikh Anta Diop, 2006 – 2008
Licence en droit, Université Gaston Berger, 2003 – 2006
H:Langues
Français : C2
Wolof : langue maternelle
Anglais : lu, écrit, parlé
Espagnol : notions
""",
}

CVS["docx53_en_percent"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Maria Rossi
maria.rossi@example.it
Nationality: Italian
H:Experience
Data Analyst — Guardia di Finanza, Rome, Italy — Sep 2020 – present
B:Cut case-processing time by 80% through automated matching of bank records.
B:Worked with counterparts in Malta and Tunisia on VAT fraud.
Research Fellow (60%) — University of Bologna, Bologna, Italy — Oct 2017 – Aug 2020
B:Project funded by the Government of Norway; fieldwork in Albania.
Trainee — European Anti-Fraud Office (OLAF), Brussels, Belgium — Mar 2017 – Aug 2017
H:Education
PhD in Economics, University of Bologna, 2014 – 2018
Master's degree in Statistics, Sapienza University of Rome, 2012 – 2014
Postgraduate Diploma in Forensic Accounting, 2019
H:Languages
Italian – native
English – IELTS 7.5
French – B1
Albanian – basic
""",
}

CVS["docx54_fr_table"] = {
    "format": "docx",
    "layout": "table",
    "lines": """Claire Dubois
claire.dubois@example.fr
Nationalité : française et canadienne
H:Expérience professionnelle
R:sept. 2019 – aujourd'hui||Analyste criminelle\\nEuropol, La Haye, Pays-Bas\\nAppui aux enquêtes de la Pologne et de la Roumanie.
R:janv. 2015 – août 2019||Analyste, à 80 %\\nGendarmerie nationale, Rosny-sous-Bois\\nRéduction de 30 % du temps de traitement des signalements.
R:2013||Stage de fin d'études\\nOffice central pour la répression de la traite des êtres humains, Nanterre
H:Formation
R:2011 – 2013||Master Sécurité et défense\\nUniversité Paris 2 Panthéon-Assas
R:2008 – 2011||Licence de science politique\\nSciences Po Lyon
H:Langues
R:Français||Langue maternelle
R:Anglais||C1 (TOEIC 945)
R:Polonais||Intermédiaire
""",
}

CVS["pdf55_en_sidebar_langs"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Kofi Mensah
S:kofi.mensah@example.gh
S:H:LANGUAGES
S:French, English
S:Mother tongue: Baoulé
S:H:DETAILS
S:Born in Abidjan
S:Driving licence B
H:EXPERIENCE
Customs Officer, Ghana Revenue Authority, Accra, Ghana
Mar 2016 – Present
B:Border controls at the Aflao crossing with Togo.
B:Attended a World Customs Organization seminar in Belgium.
Logistics Assistant, Maersk Ghana Ltd, Tema
Jun 2012 – Feb 2016
B:Coordinated shipments with partners in Nigeria and Burkina Faso.
H:EDUCATION
BSc Logistics, Kwame Nkrumah University of Science and Technology, 2008 – 2012
""",
}

CVS["pdf56_fr_publications"] = {
    "format": "pdf",
    "layout": "classic",
    "lines": """Julien Marchand
Nationalité : belge
julien.marchand@example.be
H:EXPÉRIENCE
Inspecteur principal, Police fédérale, Bruxelles, Belgique
Depuis septembre 2018
B:Enquêtes conjointes avec le Luxembourg et l'Allemagne.
Inspecteur, Police fédérale, Liège
janv. 2012 – août 2018
B:Formateur lors du séminaire CEPOL à Budapest (Hongrie), 2016.
H:PUBLICATIONS
« La criminalité financière transfrontalière », Revue de droit pénal, 2017
« Les équipes communes d'enquête », Presses universitaires de Liège, 2015 – 2016
H:FORMATION
Master en criminologie, Université de Liège, 2009 – 2011
Bachelier en droit, Université de Liège, 2006 – 2009
H:LANGUES
Français : langue maternelle
Néerlandais : B2
Anglais : TOEFL iBT 102
Allemand : niveau bilingue
""",
}

CVS["txt58_en_cities"] = {
    "format": "text",
    "lines": """Laura Méndez
laura.mendez@example.org
Nationality: Mexican / Spanish
H:Work history
Program Coordinator | Catholic Relief Services | Córdoba
Apr 2019 – Present
B:Coordination with partner organisations in Guatemala and Honduras.
Field Officer | Norwegian Refugee Council | Valencia
Jan 2016 – Mar 2019
B:Support to Venezuelan refugees; cooperation with Colombia.
Research Assistant | Georgia State University | Atlanta, Georgia
Aug 2013 – Dec 2015
B:Survey work among Mexican migrants.
H:Education
MA in International Affairs, Georgia State University, 2013 – 2015
Licenciatura en Relaciones Internacionales, UNAM, 2008 – 2012
H:Languages
Spanish: native
English: C2
Portuguese: conversational
""",
}

CVS["docx59_en_title_above"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Samuel Adeyemi
Nationality: Nigerian
H:Experience
Head of Cybercrime Unit
Economic and Financial Crimes Commission, Abuja, Nigeria
2017 – present
B:Joint operations with Ghana and South Africa.
B:Keynote at the Africa Cyber Summit in Rwanda (2022).
Cyber Analyst
Interpol, Singapore
2013 – 2017
B:Cases referred by Brazil and India.
Systems Engineer
Zenith Bank Plc, Lagos
2009 – 2013
H:Education
BEng Computer Engineering, University of Lagos, 2004 – 2009
H:Certifications
CISSP, 2015
H:Languages
English – fluent (IELTS 8.0)
Yoruba – mother tongue
Hausa – B1
""",
}

CVS["txt60_fr_single_year"] = {
    "format": "text",
    "lines": """Hélène Martin
Nationalité : suisse
hmartin@example.ch
H:PARCOURS PROFESSIONNEL
2021 – à ce jour : Juriste, Office fédéral de la police (fedpol), Berne, Suisse
B:Entraide avec l'Italie et la France.
2017 – 2021 : Greffière, Tribunal pénal fédéral, Bellinzone
B:Actuellement membre d'un groupe de travail sur la cybercriminalité.
2016 : Stagiaire, Étude Favre & Associés, Genève
H:FORMATION
Doctorat en droit pénal (en cours), Université de Genève, depuis 2022
Master en droit, Université de Lausanne, 2014 – 2016
Bachelor en droit, Université de Lausanne, 2011 – 2014
H:LANGUES
Français (langue maternelle), allemand (C1), italien (B2), anglais (B2/C1)
""",
}

CVS["pdf61_en_table_wrapped"] = {
    "format": "pdf",
    "layout": "table",
    "lines": """Grace Wanjiru
grace.wanjiru@example.ke
Nationality: Kenyan
H:Experience
R:Jan 2018 –\\nDec 2020||Programme Manager\\nUNDP, Monrovia, Liberia\\nRule-of-law programme with the Liberia National Police; exchanges with Sierra Leone.
R:Jun 2014 –\\nDec 2017||Police Adviser\\nUnited Nations Mission in South Sudan (UNMISS), Juba, South Sudan\\nMentoring of national police.
R:2010 – 2014||Superintendent\\nKenya Police Service, Nairobi, Kenya
H:Education
R:2006 – 2009||Bachelor of Arts in Sociology\\nUniversity of Nairobi
H:Languages
Swahili – native
English – C2
Arabic – A2
""",
}

CVS["docx62_fr_employer_headings"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Awa Koné
Nationalité : ivoirienne
H:Expérience professionnelle
H:2:Office des Nations Unies contre la drogue et le crime (ONUDC)
Chargée de programme — 07/2018 – ce jour — Dakar, Sénégal
B:Appui aux autorités du Mali, du Niger et de la Mauritanie.
Assistante de programme, mi-temps — 01/2015 – 06/2018 — Abidjan, Côte d'Ivoire
B:Organisation d'un colloque international à Paris en 2017.
H:2:Ministère de la Sécurité, Abidjan
Attachée — 09/2012 – 12/2014
H:Formation
Master 2 Relations internationales, Université Félix Houphouët-Boigny, 2010 – 2012
Licence d'anglais, Université Félix Houphouët-Boigny, 2007 – 2010
H:Langues
Français : langue maternelle
Anglais : C1
Espagnol : B2 (DELE B2)
Dioula : courant
""",
}

CVS["txt63_en_both_native"] = {
    "format": "text",
    "lines": """Ahmed Benali
Nationality: Moroccan
H:Experience
Police Inspector, Direction Générale de la Sûreté Nationale, Rabat, Morocco, 2015 – present
B:Cooperation with Spain and Portugal on drug trafficking.
B:Trained officers from Mauritania.
Police Officer, DGSN, Casablanca, 2010 – 2015
H:Education
Licence in Private Law, Mohammed V University, 2006 – 2009
H:Languages
Arabic, French (both native)
English: good command
Spanish: A2
Tamazight
""",
}

CVS["pdf64_en_sidebar_birthplace"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Thomas Girard
S:thomas.girard@example.ch
S:H:PERSONAL
S:Place of birth: Lyon, France
S:Residence: Geneva, Switzerland
S:H:LANGUAGES
S:French – native
S:English – C1
S:Arabic – notions
H:EXPERIENCE
Chief Security Officer, International Committee of the Red Cross, Geneva, Switzerland
Feb 2018 – Present
B:Security of delegations in Lebanon and Syria.
B:Member of the French delegation at the OSCE ministerial council.
Security Adviser, G4S Secure Solutions, Lyon
Sep 2012 – Jan 2018
B:Risk assessments in Algeria and Tunisia for corporate clients.
H:EDUCATION
Master in International Security, Sciences Po Paris, 2010 – 2012
""",
}

EUROPASS = {}

EUROPASS["xml57_europass_noend"] = {
    "locale": "en",
    "first": "Marta",
    "last": "Kowalska",
    "nationality": ["PL"],
    "work": [
        {
            "from": (2020, 2, None),
            "current": True,
            "title": "Border Management Expert",
            "employer": "Frontex",
            "country": "PL",
            "activities": "Deployments to Greece and Bulgaria. Speaker at the European Border Conference in Portugal.",
        },
        {
            "from": (2014, 5, None),
            "title": "Border Guard Officer",
            "employer": "Straż Graniczna",
            "country": "PL",
            "activities": "Patrols on the border with Ukraine.",
        },
    ],
    "education": [
        {
            "from": (2010, None, None),
            "to": (2012, None, None),
            "title": "Master of Public Administration",
            "org": "University of Warsaw",
            "eqf": 7,
            "field": "Public Administration",
        },
    ],
    "mother": ["pl"],
    "foreign": [
        {
            "code": "en",
            "grid": {
                "Listening": "B2",
                "Reading": "B2",
                "SpokenInteraction": "B2",
                "SpokenProduction": "B2",
                "Writing": "B2",
            },
        },
        {"code": "de", "grid": {}, "certificate": "Goethe-Zertifikat B1"},
        {"code": "uk", "grid": {}},
    ],
}
