# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""The hard styles of the project's labelled CV set, added for issue 15's "nothing
invented" goal: an employer heading that carries its own date range over several
dated positions, a languages line that names the mother tongue and then other
languages, wording that is not a CEFR level ("near-native", "fluent", "bilingual
level"), French dates and words that look like countries ("réunion", "Maurice",
"Dominique", "Congo" alone), a city with no country, year-only dates. Same markup as
text_cvs.py. The people and private firms are fictional; expected facts were written
by hand before the importer ran on these files."""

CVS = {}

CVS["pdf31_fr_sidebar_group"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Karim Haddad
S:karim.haddad@example.fr
S:+33 6 00 00 00 31
S:H:INFORMATIONS
S:Nationalité : française
S:Né à Tunis
S:H:LANGUES
S:Langue maternelle : arabe ; autres langues : anglais (courant), espagnol B1
S:Français : C2
S:H:CENTRES D'INTÉRÊT
S:Course à pied, échecs
H:EXPÉRIENCE PROFESSIONNELLE
Gendarmerie nationale, 2008 – aujourd'hui
Chef de la cellule d'analyse criminelle, Lyon
sept. 2015 – présent
B:Préparation d'une réunion mensuelle avec les services de Dominique Lefort, procureur.
B:Missions d'appui au Niger et au Tchad.
Analyste criminel, Paris
avr. 2012 – août 2015
B:Enquêtes sur les réseaux de faux documents en lien avec l'Espagne.
Gendarme, Grenoble
2008 – 2012
H:FORMATION
Master 2 Sécurité intérieure, Université Jean Moulin Lyon 3, 2010 – 2012
Diplôme de l'École des officiers de la gendarmerie nationale, 2008
""",
}

CVS["docx32_en_group"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Lucía Fernández Ortega
lucia.fernandez@example.es | Madrid
Nationality: Spanish
H:Work Experience
United Nations Office on Drugs and Crime (UNODC), Vienna, Austria, 2012 – present
Programme Officer, Global Maritime Crime Programme — Jan 2018 – present
B:Capacity building for coast guards of Kenya and Mozambique.
Associate Programme Officer — Mar 2012 – Dec 2017
B:Support to the Container Control Programme in Ecuador and Panama.
Guardia Civil, Madrid, Spain
Analyst — 2007 – 2011
B:Drug trafficking analysis; meetings with Maurice Dubois of the French liaison office.
H:Education
Master of Laws (LLM) in International Criminal Law, Universidad Complutense de Madrid, 2005 – 2007
Graduate Certificate in Maritime Security, 2014
H:Languages
Spanish – native
English – C2 (Cambridge C2 Proficiency)
French – near-native
Portuguese – working knowledge
""",
}

CVS["txt33_fr_dates"] = {
    "format": "text",
    "lines": """Aminata Coulibaly
Bamako | aminata.coulibaly@example.ml
Nationalité : malienne

EXPÉRIENCE PROFESSIONNELLE

Conseillère juridique — Ministère de la Justice, Bamako, Mali
depuis avril 2021
- Coordination avec le Burkina Faso et le Congo sur l'entraide judiciaire.

Juriste — Organisation internationale de droit du développement, Dakar, Sénégal
de janvier 2016 à mars 2021
- Préparation d'une réunion régionale avec le Bénin.

Assistante de recherche (mi-temps) — Université des sciences juridiques et politiques de Bamako
1er octobre 2014 – 30 juin 2015

Stagiaire — Cabinet Traoré, Bamako
06/2014 – 09/2014

FORMATION

Master en droit international public, Université Paris 1 Panthéon-Sorbonne, 2012 – 2014 (obtenu)
Licence en droit, Université des sciences juridiques et politiques de Bamako, 2009 – 2012

LANGUES

Bambara : langue maternelle
Français : niveau bilingue
Anglais : B2 (TOEFL iBT 88)
""",
}

CVS["pdf34_table_en"] = {
    "format": "pdf",
    "layout": "table",
    "lines": """Thomas Brandt
thomas.brandt@example.de | Berlin
Nationality: German
H:Professional experience
R:2016 – present||Federal Criminal Police Office (BKA), Wiesbaden, Germany\\nSenior Investigator, Cybercrime Division\\nJoint operations with Romania and Moldova on ransomware groups.
R:2011 – 2016||Federal Criminal Police Office (BKA), Wiesbaden, Germany\\nInvestigator\\nLiaison with colleagues in Salvador, Brazil.
R:Oct 2009 – Jun 2011||Hessen State Police, Frankfurt\\nPolice Commissioner (trainee)
H:Education
R:2006 – 2009||Bachelor of Arts in Police Service, Hessian University of Police and Administration
R:2014||Certificate in Digital Forensics, SANS Institute
H:Languages
R:German||mother tongue
R:English||C1 (IELTS 7.0)
R:Romanian||basic
""",
}

CVS["docx35_fr_table"] = {
    "format": "docx",
    "layout": "table",
    "lines": """Hélène Dubois-Mbeki
helene.dubois@example.be
Nationalités : belge et congolaise
H:Parcours professionnel
R:mars 2019 – à ce jour||Magistrate fédérale, Parquet fédéral, Bruxelles, Belgique\\nDossiers de criminalité financière avec le Luxembourg et la Suisse.
R:janv. 2014 – févr. 2019||Substitute du procureur du Roi, Parquet de Liège, Belgique
R:2011 – 2013||Avocate stagiaire, Cabinet Mbeki, Bruxelles
H:Formation
R:2006 – 2011||Master en droit, Université libre de Bruxelles
R:2021 – en cours||Certificat d'université en criminologie financière, UCLouvain
H:Langues
R:Français||langue maternelle
R:Néerlandais||C1
R:Lingala||notions
""",
}

CVS["txt36_en_grouped_text"] = {
    "format": "text",
    "lines": """OLUWASEUN ADEYEMI
Lagos | seun.adeyemi@example.ng
Citizenship: Nigerian

WORK EXPERIENCE

Economic and Financial Crimes Commission (EFCC), Abuja, Nigeria (2010 – present)
    Head of Unit, Asset Forfeiture — 2019 – present
    - Mutual legal assistance requests to the United Kingdom and Switzerland.
    Senior Detective Superintendent — 2014 – 2019
    Detective Inspector — 2010 – 2014

Zenith Compliance Ltd, Lagos
    Compliance Officer (60%) — 2007 – 2010

EDUCATION

MSc Forensic Accounting, University of Lagos, 2012 – 2013
BSc Accounting, Obafemi Awolowo University, 2002 – 2006

LANGUAGES

Mother tongue: Yoruba. Other languages: English (fluent), French (A2)
""",
}

CVS["pdf37_en_sidebar_group"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Nguyen Thi Lan
S:lan.nguyen@example.vn
S:H:DETAILS
S:Nationality: Vietnamese
S:H:LANGUAGES
S:Vietnamese (mother tongue)
S:English: fluent
S:Chinese: HSK 5
S:H:SKILLS
S:Data analysis, Excel
H:EXPERIENCE
Ministry of Public Security, Hanoi, Vietnam
Deputy Head, Anti-Trafficking Division
Jun 2017 – present
B:Joint investigations with Cambodia and Laos.
Investigator
Sep 2012 – May 2017
B:Cases of fraud on the Chinese border.
ASEANAPOL Secretariat, Kuala Lumpur, Malaysia
Seconded Officer (half-time)
Jan 2011 – Aug 2012
H:EDUCATION
Bachelor of Law, Hanoi Law University, 2006 – 2010
Master of Criminal Justice, 2024 – expected 2027
""",
}

EUROPASS = {
    "xml38_europass_degrees": {
        "locale": "en",
        "first": "Pieter",
        "last": "Janssens",
        "nationality": ["NL"],
        "work": [
            {
                "from": (2019, 4, None),
                "current": True,
                "title": "Counter-Terrorism Analyst",
                "employer": "National Coordinator for Security and Counterterrorism",
                "country": "NL",
                "activities": "<p>Exchanges with partner services in <b>Belgium</b> and Morocco; a réunion of experts in Paris.</p>",
            },
            {
                "from": (2014, None, None),
                "to": (2019, None, None),
                "title": "Police Detective",
                "employer": "Politie Rotterdam",
                "country": "NL",
                "activities": "Organised crime cases.",
            },
        ],
        "education": [
            {
                "from": (2016, None, None),
                "to": (2017, None, None),
                "title": "Postgraduate Certificate in Counter-Terrorism",
                "org": "Leiden University",
                "eqf": 7,
                "field": "Counter-Terrorism",
            },
            {
                "from": (2009, None, None),
                "to": (2013, None, None),
                "title": "Bachelor of Science in Criminology",
                "org": "Erasmus University Rotterdam",
                "eqf": 6,
                "field": "Criminology",
            },
            {
                "from": (2018, None, None),
                "to": (2018, None, None),
                "title": "Master Class in Investigative Interviewing",
                "org": "Police Academy of the Netherlands",
                "field": "Investigative Interviewing",
            },
        ],
        "mother": ["nl"],
        "foreign": [
            {
                "code": "en",
                "grid": {
                    "Listening": "C2",
                    "Reading": "C2",
                    "SpokenInteraction": "C1",
                    "SpokenProduction": "C1",
                    "Writing": "C1",
                },
            },
            {"code": "ar", "grid": {}},
        ],
    },
}

JSONRESUME = {
    "jr39_jsonresume_words": {
        "basics": {
            "name": "Rania Aziz",
            "email": "rania.aziz@example.jo",
            "summary": "Criminal analyst with ten years in financial intelligence.",
            "location": {"city": "Amman", "countryCode": "JO"},
        },
        "work": [
            {
                "name": "Public Security Directorate",
                "position": "Criminal Analyst",
                "location": "Amman",
                "startDate": "2018-02",
                "summary": "Exchanges with Iraq and Lebanon on cash couriers.",
            },
            {
                "name": "Arab Bank",
                "position": "AML Officer",
                "location": "Amman, Jordan",
                "startDate": "2014-06",
                "endDate": "2018-01",
            },
            {
                "name": "UNHCR",
                "position": "Protection Associate",
                "location": "Beirut",
                "startDate": "2012",
                "endDate": "2014",
            },
        ],
        "education": [
            {
                "institution": "University of Jordan",
                "area": "Law",
                "studyType": "Bachelor of Laws",
                "startDate": "2008",
                "endDate": "2012",
            },
            {
                "institution": "King's College London",
                "area": "Intelligence and International Security",
                "studyType": "Postgraduate Diploma",
                "endDate": "2017",
            },
        ],
        "languages": [
            {"language": "Arabic", "fluency": "Native speaker"},
            {"language": "English", "fluency": "Fluent"},
            {"language": "French", "fluency": "Professional working proficiency"},
            {"language": "Turkish", "fluency": "B1"},
            {"language": "Spanish", "fluency": "Near-native"},
        ],
    },
}

CVS["docx40_en_dates_apart"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Kwabena Asante-Mills
kwabena.asante@example.gh
Nationality: Ghanaian
H:Professional Experience
Ghana Revenue Authority
2013 – present
Head of Customs Intelligence
2020 – present
Since 2021, responsible for the risk targeting centre and its twelve analysts.
B:Joint operations with Togo and Burkina Faso.
Customs Intelligence Officer
2013 – 2019
Based in Accra, Ghana.
B:Exchanges with Nigerian customs.
Private Investigator (part-time, 40%)
Sentinel Risk Ltd, London, United Kingdom
Jan 2010 – Dec 2012
H:Education
Master of Science in Criminal Justice, University of Leicester, 2011 – 2013
Private Investigator Licence, Security Industry Authority, 2010
Scrum Master certification, 2019
H:Languages
English: C2
Twi: mother tongue
French/English: bilingual
""",
}

CVS["txt41_fr_associe"] = {
    "format": "text",
    "lines": """Yasmine Belkacem
Alger | yasmine.belkacem@example.dz
Nationalité : algérienne

EXPÉRIENCE

Direction générale de la Sûreté nationale, Alger, Algérie (depuis 2009)
  Commissaire divisionnaire, Office central de répression de la corruption   depuis mars 2018
  Depuis 2019, je coordonne les demandes d'entraide avec la Tunisie et le Maroc.
  Commissaire de police   sept. 2012 – févr. 2018
  Officier de police   2009 – 2012

FORMATION

Maîtrise en droit des affaires, Université d'Alger, 2004 – 2008
Magistère en sciences criminelles, Université d'Oran, 2008 – 2010
Associate Member, Association of Certified Fraud Examiners, 2016

LANGUES

Arabe, kabyle : langues maternelles ; français : bilingue ; anglais : B1
""",
}

EUROPASS["xml42_europass_training"] = {
    "locale": "en",
    "first": "Ana",
    "last": "Ribeiro",
    "nationality": ["PT"],
    "work": [
        {
            "from": (2016, 3, None),
            "current": True,
            "title": "Inspector",
            "employer": "Polícia Judiciária",
            "country": "PT",
            "activities": "Investigations with Brazil and Cabo Verde. Based in Lisbon, Portugal.",
        },
    ],
    "education": [
        {
            "from": (2008, None, None),
            "to": (2013, None, None),
            "title": "Licenciatura em Direito",
            "org": "Universidade de Lisboa",
            "eqf": 6,
            "field": "Direito",
        },
        {"to": (2015, None, None), "title": "Private Pilot Licence (PPL)", "org": "Aero Club de Portugal"},
        {
            "to": (2018, None, None),
            "title": "Master Trainer in Investigative Interviewing",
            "org": "Polícia Judiciária Academy",
        },
        {
            "to": (2020, None, None),
            "title": "Associate Member",
            "org": "Chartered Institute for Securities & Investment",
        },
    ],
    "mother": ["pt"],
    "foreign": [
        {
            "code": "en",
            "grid": {
                "Listening": "C1",
                "Reading": "C1",
                "SpokenInteraction": "C1",
                "SpokenProduction": "C1",
                "Writing": "C1",
            },
        },
    ],
}

CVS["pdf43_right_sidebar_footer"] = {
    "format": "pdf",
    "layout": "right_sidebar",
    "lines": """S:Jean-Marc Ilunga
S:jm.ilunga@example.be
S:Avenue Louise 54, 1050 Brussels, Belgium
S:H:PERSONAL
S:Nationality: Belgian
S:Born in Kinshasa
S:H:LANGUAGES
S:French – mother tongue
S:Dutch – C1
S:English – native-level fluency
S:Swahili – B1
FOOTER:Jean-Marc Ilunga — Curriculum vitae — Brussels, Belgium
H:PROFESSIONAL EXPERIENCE
Senior Financial Investigator
Belgian Federal Judicial Police, Brussels
Sep 2017 – present
B:Lead investigator on complex money-laundering cases involving shell companies and trade invoices.
B:Coordination of joint investigation teams with the Netherlands and Luxembourg.
B:Analysis of bank records, company registers and cryptocurrency transaction data for prosecutors.
B:Drafting of investigation reports and seizure requests for the federal prosecutor's office.
B:Training of junior investigators in financial investigation techniques and asset tracing.
B:Liaison with banks' compliance departments on production orders and account freezes.
B:Member of the national working group on trade-based money laundering indicators.
B:Presentation of case findings before investigating judges and at trial hearings.
B:Supervision of a team of four analysts working on procurement fraud cases.
B:Review of suspicious transaction reports referred by the financial intelligence unit.
B:Design of a case management checklist adopted by the economic and financial crime directorate.
B:Interviews of suspects and witnesses in financial cases, in French and Dutch.
Financial Analyst
CTIF-CFI (Belgian Financial Intelligence Unit), Brussels
Jan 2012 – Aug 2017
B:Operational analysis of suspicious transaction reports from banks and money remitters.
B:Exchanges with the DRC financial intelligence unit on cross-border cash declarations.
B:Strategic analysis of money-laundering typologies in the real-estate sector.
B:Preparation of dissemination files for the public prosecutor.
B:Development of risk indicators for the screening of incoming reports.
B:Participation in the national risk assessment on money laundering.
B:Quality review of analysts' reports before dissemination.
B:Contribution to the annual activity report of the unit.
B:Mentoring of newly recruited analysts during their first six months.
B:Drafting of guidance notes for reporting entities on the quality of reports.
B:Analysis of cash-intensive businesses in the Brussels region.
B:Support to the legal department on requests from foreign units.
B:Data cleaning and matching of reports against police databases.
B:Preparation of statistics for the board of the unit.
B:Participation in sector outreach sessions for notaries and accountants.
B:Testing of a new case management system before its roll-out.
B:Follow-up of disseminated files with prosecutors' offices.
B:Contribution to typology reports on the misuse of non-profit organisations.
B:Review of wire-transfer patterns linked to investment fraud.
B:Participation in a working group on virtual asset service providers.
Auditor
Deloitte Belgium, Zaventem
Oct 2009 – Dec 2011
B:Statutory audits of banks and insurance companies.
H:EDUCATION
Master in Economics, KU Leuven, 2007 – 2009
Bachelor in Business Engineering, Université catholique de Louvain, 2004 – 2007
""",
}

CVS["docx44_bold_headings"] = {
    "format": "docx",
    "layout": "plain",
    "lines": """Sofia Andersson
sofia.andersson@example.se
Nationality: Swedish
**PROFESSIONAL EXPERIENCE**
Criminal Intelligence Analyst — Swedish Customs, Malmö
Apr 2018 – present
B:Analysis of smuggling routes through Denmark and Germany.
Analyst — Swedish Economic Crime Authority, Stockholm
Sep 2013 – Mar 2018
**PROFESSIONAL AFFILIATIONS**
Member, International Association of Crime Analysts (IACA), 2016 – present
Board member, Swedish Association of Intelligence Analysts, 2019 – present
**VOLUNTEER EXPERIENCE**
Mentor, Refugee Youth Programme, Red Cross Sweden, 2015 – present
**EDUCATION**
Master of Science in Criminology, Stockholm University, 2011 – 2013
Bachelor of Arts in Political Science, Lund University, 2008 – 2011
**LANGUAGES**
Swedish – mother tongue
English – C1
German – A2
""",
}

CVS["txt45_en_abbreviations"] = {
    "format": "text",
    "lines": """Omar Al-Mansouri
Dubai | omar.mansouri@example.ae
Nationality(ies): Emirati (by birth), married

EXPERIENCE

2019 – till date: Head of Financial Crime Analysis, Dubai Police, Dubai, UAE
- Cooperation with the KSA and Oman on cash smuggling.
2014 – 2019: Analyst, Central Bank, Abu Dhabi/UAE
March, 2012 – Dec. 2013: Intern, Gulf Audit LLC, Manama, Bahrain

EDUCATION

MSc Financial Crime, University of Manchester, 2012 – 2013 (obtained)
BA Accounting, American University of Sharjah, 2008 – 2012

LANGUAGES

Arabic: mother tongue
English: C1 (IELTS 7.0)
""",
}

CVS["docx46_textbox_after_experience"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Ciarán Ó Briain
ciaran.obriain@example.ie
H:Education
LLB Law, Trinity College Dublin, 2004 – 2008
H:Experience
Detective Sergeant — An Garda Síochána, Dublin, Ireland
2015 – present
B:Fraud investigations with Spain and Portugal.
Solicitor — Byrne & Walsh, Cork, Ireland
2009 – 2015
TEXTBOX:Nationality: Irish
TEXTBOX:Driving licence since 2005
TEXTBOX:English – mother tongue
TEXTBOX:Irish – B2
""",
}

CVS["docx47_bullet_posts"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Chinedu Eze
chinedu.eze@example.ng
Nationality: Nigerian
H:Work experience
Nigeria Police Force
Abuja, Nigeria | 2008 – present
B:Assistant Commissioner, Cybercrime Unit (2019 – present)
Led joint operations with Ghana and Benin.
B:Chief Superintendent (2013 – 2019)
B:Superintendent (2008 – 2013)
Interpol
Lyon, France | 2005 – 2008
B:Liaison Officer (2005 – 2008)
Regional cooperation with Cameroon.
H:Education
MSc in Cybersecurity, University of Lagos, 2015 – 2017
H:Languages
English – mother tongue
French – B2
""",
}

CVS["txt48_en_employer_above_titles"] = {
    "format": "text",
    "lines": """Wanjiru Kamau
Nairobi | wanjiru.kamau@example.ke
Nationality: Kenyan

EXPERIENCE

Kenya Revenue Authority, Nairobi, Kenya
Senior Investigator
Jan 2017 – present
- Tax fraud cases with Uganda.
Investigator
Mar 2012 – Dec 2016
Anti-Counterfeit Agency, Nairobi, Kenya
Inspector
2009 – 2012

EDUCATION

Bachelor of Commerce, University of Nairobi, 2005 – 2009

LANGUAGES

Swahili – mother tongue
English – C1
""",
}

CVS["docx49_employer_subheadings"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Amara Okonkwo-Sarr
amara.sarr@example.sn
Nationality: Senegalese
H:Professional experience
H:2:Police nationale du Sénégal, Dakar, Senegal (2011 – present)
Divisional Commissioner, Criminal Investigation Division — Jan 2020 – present
Cooperation with Mauritania and The Gambia on migrant smuggling.
Police Commissioner — Sep 2011 – Dec 2019
H:2:UNODC Regional Office for West and Central Africa, Dakar, Senegal
Programme Assistant (part-time, 50%) — 2009 – 2011
H:Education
Master 2 Droit pénal, Université Cheikh Anta Diop, 2007 – 2009
H:Languages
French – C2
Wolof – mother tongue
English – B2
""",
}

CVS["docx50_short_subheadings"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Lena Vogel
lena.vogel@example.at
Nationality: Austrian
H:Experience
H:2:Europol
Senior Specialist, European Financial and Economic Crime Centre — Oct 2019 – present
Analysis of fraud networks active in Italy and Croatia.
Specialist — Feb 2016 – Sep 2019
H:2:Bundeskriminalamt Österreich
Financial Investigator — 2010 – 2016
H:Education
MA in European Studies, Universität Wien, 2007 – 2009
H:Languages
German – mother tongue
English – C1
""",
}
