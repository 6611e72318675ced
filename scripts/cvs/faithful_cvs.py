# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""Traps for the faithfulness check (issue 15, fifth round): values a reader could take from
a neighbour or a default rather than from the entry's own text. Dates that read two ways
("2011-12", "04/05/2016" with no date in the CV fixing the order), a year cut by the line's
width ("Nov 20" / "15"), a range's end on the next paragraph that may be the next post's
date, a table row with an empty dates cell under a dated one, a city after a line that named
a country, names that look like countries ("Chad Morgan", "Jordan River Foundation",
"Niger Delta", "Georgia State University"), a level that is a target ("B2 visé"), a level
written once after a list of languages, Europass's EU codes (EL for Greece), an EQF level
whose title does not make the degree clear, LinkedIn "Georgia" alone. Written to
tests/data/cvs/faithful/ by scripts/make_cvs.py; the expected facts beside them were
written by hand before the importer ran on these files. The people are fictional."""

CVS = {}

CVS["txt81_en_two_readings"] = {
    "format": "text",
    "lines": """Helen Murray
helen.murray@example.org
Nationality: Irish
H:Work experience
Crime Analyst, Europol, The Hague, Netherlands
04/05/2016 – 10/11/2018
B:Operational analysis for joint investigations with Spain.
Project Officer, UNODC, Vienna, Austria
2011-12
B:Short assignment on a container-control programme.
Research Assistant, Trinity College Dublin, Dublin
Sep 2008 – Jun 2011
H:Education
MSc Criminology, University of Leicester, 2006-07
BA Sociology, University College Cork, 2003 – 2006
H:Languages
English – native
Spanish – B2
Dutch – intermediate
""",
}

CVS["txt82_en_cut_year"] = {
    "format": "text",
    "lines": """Samuel Okafor
samuel.okafor@example.ng
Nationality: Nigerian
H:Professional experience
Field Coordinator, Médecins Sans Frontières, Bangui, Central African Republic, Mar 2013 – Nov 20
15
B:Logistics for mobile clinics; coordination with Cameroon border posts.
Programme Assistant, Jordan River Foundation, Amman
Jan 2010 – Feb 2013
B:Reported to Chad Morgan, head of the protection unit.
B:Outreach to Niger Delta communities in the diaspora.
Intern, Georgia State University, Atlanta, GA
Jun 2009 – Aug 2009
H:Education
Master of Public Health, University of Ibadan, 2007 – 2009
Diploma in Community Health, 2005
H:Languages
English – C2
Yoruba – mother tongue
French – IELTS 7.0
""",
}

CVS["txt83_fr_ambigu"] = {
    "format": "text",
    "lines": """Claire Fontaine
claire.fontaine@example.fr
Nationalité : française
H:Expérience professionnelle
Juriste, Ministère de la Justice, Paris, France
01/02/2015 – 03/04/2017
B:Rédaction de demandes d'entraide avec la Belgique.
Assistante juridique, Cabinet Morel
Lyon
2012 – 2014
B:Dossiers de droit des affaires.
H:Formation
Master 2 Droit pénal, Université Paris 2, 2013-14
Licence en droit, Université Lyon 3, 2009 – 2012
H:Langues
Français : langue maternelle
Anglais : courant (niveau B2 visé)
Espagnol, italien : C1
""",
}

CVS["txt84_en_open_start"] = {
    "format": "text",
    "lines": """Tomasz Nowak
tomasz.nowak@example.pl
Citizenship: Polish
H:Experience
Senior Investigator, Central Anti-Corruption Bureau, Warsaw, Poland
Mar 2015 –
B:Asset-recovery cases with Germany.
Investigator, Central Anti-Corruption Bureau, Warsaw, Poland
Jun 2010 – Feb 2015
B:Procurement fraud.
Lecturer (0.6 FTE), Police Academy in Szczytno, Szczytno, Poland
Oct 2008 – May 2010
B:100% of courses taught in Polish.
H:Education
Master of Laws, University of Warsaw, 2003 – 2008
H:Languages
Polish – native
English – C1
German – A2 (currently preparing B1)
""",
}

CVS["txt85_en_since_inside"] = {
    "format": "text",
    "lines": """Aisha Bello
aisha.bello@example.org
Nationality: Ghanaian
Residence permit: Germany
H:Experience
Compliance Officer, Deutsche Bundesbank, Frankfurt, Germany
since 2020
B:Work with the central banks of Ghana and Senegal.
Analyst, Bank of Ghana, Accra, Ghana
2014 – 2019
B:Since 2017 also deputy head of the AML desk.
Teaching Assistant, University of Ghana, Legon
2012 – 2013
H:Education
PhD in Economics (ongoing), Goethe University Frankfurt, 2021 – 2027
MPhil Economics, University of Ghana, 2010 – 2012
H:Languages
English – C2
Twi – mother tongue
German – DELF B1
""",
}

CVS["txt86_fr_depuis_mois"] = {
    "format": "text",
    "lines": """Moussa Traoré
moussa.traore@example.ml
Nationalité : malienne
H:Expériences
Chef de projet, Expertise France, Bamako, Mali
depuis mars 2021
B:Coopération avec le Burkina Faso et le Niger.
Analyste, Cellule nationale de traitement des informations financières (CENTIF), Bamako
avril – sept. 2019
Stagiaire, Banque mondiale, Washington, DC
2018
H:Formation
Master en finance, Université de Bamako, 2016 – 2018
BTS Comptabilité, 2014
H:Langues
Bambara : langue maternelle
Français : C1
Anglais : B1, TOEFL ITP
""",
}

CVS["pdf87_table_empty_cell"] = {
    "format": "pdf",
    "layout": "table",
    "lines": """Lina Haddad
lina.haddad@example.lb
Nationality: Lebanese
H:Experience
R:2015 – 2017||Field Officer\\nUNHCR, Beirut, Lebanon\\nRefugee registration; liaison with Syria and Jordan.
R:||Intern\\nUNHCR, Geneva
R:Jan 2012 – Dec 2014||Protection Assistant\\nDanish Refugee Council, Tripoli, Lebanon
H:Education
R:2008 – 2011||Bachelor of Arts in Political Science\\nAmerican University of Beirut
H:Languages
Arabic – native
English – C1
French – B2
""",
}

CVS["pdf88_sidebar_years"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:H:Contact
S:jonas.berg@example.se
S:Nationality: Swedish
S:H:Certificates
S:2019 Certified Fraud Examiner
S:2016 Prince2 Foundation
S:H:Languages
S:Swedish – native
S:English – C1
S:Finnish – A2
Jonas Berg
H:Experience
Fraud Investigator, Swedish Economic Crime Authority, Stockholm, Sweden
Aug 2017 – present
B:Cases with Finland and Estonia.
Auditor, Deloitte, Gothenburg
Sep 2012 – Jul 2017
H:Education
MSc Accounting, Stockholm School of Economics, 2010 – 2012
""",
}

CVS["pdf89_classic_two_dates"] = {
    "format": "pdf",
    "layout": "classic",
    "lines": """Carmen Ruiz
carmen.ruiz@example.es
Nacionalidad / Nationality: Spanish
H:Professional experience
Liaison Officer, Guardia Civil, Madrid, Spain
05/06/2014 – 30/09/2016
B:Exchanges with Morocco and Portugal.
Analyst, Guardia Civil, Algeciras
06/2011 – 05/2014
H:Education
Licenciatura en Derecho, Universidad de Sevilla, 2005 – 2010
H:Languages
Spanish – mother tongue
English – B2 (Cambridge First)
Arabic – A1
""",
}

CVS["docx90_paragraph_split"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Nikola Petrović
nikola.petrovic@example.rs
Nationality: Serbian
H:Experience
Consultant, OSCE Mission to Serbia, Belgrade, Serbia, 2010 –
2012 Junior Analyst, OSCE Mission to Serbia, Belgrade
B:Monitoring of police reform.
Police Inspector, Ministry of Interior, Novi Sad, Serbia, 2004 – 2009
B:Joint operations with Hungary and Croatia.
H:Education
Bachelor of Law, University of Novi Sad, 2000 – 2004
H:Languages
Serbian – native
English – C1
Russian – B1
""",
}

CVS["docx91_fr_table_empty"] = {
    "format": "docx",
    "layout": "table",
    "lines": """Amadou Diallo
amadou.diallo@example.gn
Nationalité : guinéenne
H:Expérience professionnelle
R:2016 – 2020||Inspecteur des douanes, Direction générale des douanes, Conakry, Guinée
R:||Formateur, École nationale des douanes, Conakry
R:2012 – 2016||Vérificateur, Direction générale des douanes, Kamsar, Guinée
H:Formation
R:2008 – 2011||Licence en économie, Université Gamal Abdel Nasser de Conakry
H:Langues
Français : C2
Peul : langue maternelle
Anglais : A2
""",
}

EUROPASS = {}

EUROPASS["xml92_europass_eu_codes"] = {
    "locale": "en",
    "first": "Eleni",
    "last": "Papadaki",
    "nationality": ["GR"],
    "work": [
        {
            "from": (2019, 3, None),
            "current": True,
            "title": "Asylum Officer",
            "employer": "European Union Agency for Asylum",
            "country": "EL",
            "activities": "Case processing on Lesbos.",
        },
        {
            "from": (2014, 9, None),
            "to": (2019, 2, None),
            "title": "Caseworker",
            "employer": "Greek Council for Refugees",
            "country": "EL",
            "activities": "Cooperation with Türkiye and Cyprus.",
        },
    ],
    "education": [
        {
            "from": (2010, None, None),
            "to": (2013, None, None),
            "title": "Diploma of Higher Education",
            "org": "University of Athens",
            "eqf": 6,
            "field": "Social Work",
        },
    ],
    "mother": ["el"],
    "foreign": [
        {
            "code": "en",
            "grid": {
                "Listening": "C1",
                "Reading": "C1",
                "SpokenInteraction": "B2",
                "SpokenProduction": "C1",
                "Writing": "B2",
            },
        },
        {"code": "fr", "grid": {}, "certificate": "IELTS 6.0"},
        {"code": "tr", "grid": {}},
    ],
}

LINKEDIN = {}

LINKEDIN["li93_linkedin_georgia"] = {
    "profile": {"First Name": "Nino", "Last Name": "Beridze", "Headline": "Anti-money-laundering specialist"},
    "positions": [
        {
            "Company Name": "Financial Monitoring Service",
            "Title": "Senior Analyst",
            "Description": "Cooperation with Armenia and Azerbaijan.",
            "Location": "Tbilisi, Georgia",
            "Started On": "Feb 2020",
            "Finished On": "",
        },
        {
            "Company Name": "Fulton Bank",
            "Title": "Compliance Associate",
            "Description": "",
            "Location": "Atlanta, Georgia, United States",
            "Started On": "Jul 2016",
            "Finished On": "Jan 2020",
        },
        {
            "Company Name": "Caucasus Research Centre",
            "Title": "Research Intern",
            "Description": "",
            "Location": "Georgia",
            "Started On": "2015",
            "Finished On": "2016",
        },
    ],
    "education": [
        {
            "School Name": "Tbilisi State University",
            "Start Date": "2011",
            "End Date": "2015",
            "Degree Name": "Bachelor's degree, Economics",
            "Notes": "",
            "Activities": "",
        },
    ],
    "languages": [
        {"Name": "Georgian", "Proficiency": "Native or bilingual proficiency"},
        {"Name": "English", "Proficiency": "Full professional proficiency"},
        {"Name": "French", "Proficiency": "Limited working proficiency"},
    ],
    "certifications": [
        {
            "Name": "DELF B2",
            "Url": "",
            "Authority": "France Éducation international",
            "Started On": "Jun 2018",
            "Finished On": "",
            "License Number": "",
        },
    ],
}

JSONRESUME = {}

JSONRESUME["jr94_jsonresume_places"] = {
    "basics": {
        "name": "Kwame Mensah",
        "summary": "Investigator with ten years in financial crime.",
        "location": {"city": "Accra", "countryCode": "GH"},
    },
    "work": [
        {
            "name": "Economic and Organised Crime Office",
            "position": "Senior Investigator",
            "location": "Accra, Ghana",
            "startDate": "2019-04",
            "summary": "Joint cases with Togo.",
        },
        {
            "name": "Chad Williams Consulting",
            "position": "Analyst",
            "location": "Boston, MA",
            "startDate": "2015-01",
            "endDate": "2019-03",
        },
        {
            "name": "Paris Brothers Logistics",
            "position": "Clerk",
            "location": "Paris, TX",
            "startDate": "2013",
            "endDate": "2014",
        },
    ],
    "education": [
        {
            "institution": "Boston University",
            "area": "Criminal Justice",
            "studyType": "Master",
            "startDate": "2013",
            "endDate": "2015",
        },
        {"institution": "University of Cape Coast", "area": "Accounting", "studyType": "Diploma", "endDate": "2012"},
    ],
    "languages": [
        {"language": "English", "fluency": "C2"},
        {"language": "Twi", "fluency": "Native speaker"},
        {"language": "French", "fluency": "Professional"},
    ],
}

# ---- second batch: mother-tongue wording, "since" and "present" inside a post, dated bullets,
# ---- a Europass job both ended and current, JSON Resume dates that are not dates

CVS["txt95_en_mother_words"] = {
    "format": "text",
    "lines": """Rui Santos
rui.santos@example.pt
Nationality: Portuguese and Brazilian
H:Experience
Consultant, Camões Institute, Lisbon, Portugal, 2018 – to date
B:Training of officers from Angola and Mozambique.
B:Currently also a guest lecturer.
Researcher, University of Coimbra, Coimbra, 2014 – 2018
B:Comparative study of police reform in Cape Verde.
Intern, Ministry of Justice, Lisbon, Portugal, summer 2013
H:Education
Master in Law, Universidade Nova de Lisboa, 2012 – 2014
H:Languages
Portuguese (native)
English: near-native fluency
French: bilingual
Spanish: first foreign language, B2
Italian: native-like
""",
}

CVS["txt96_en_since_present_in_bullets"] = {
    "format": "text",
    "lines": """Lotte Peeters
lotte.peeters@example.be
Nationality: Belgian
H:Experience
Senior Auditor, Court of Audit, Brussels, Belgium
2016 – 2021
B:Since 2019 head of the fraud team; audits with Luxembourg.
Auditor, KPMG, Antwerp
09/2012 – 08/2016
B:Present at hearings of the Flemish Parliament.
Trainee, National Bank of Belgium, Brussels, Belgium
02/2012 – 07/2012
H:Education
Master of Science in Accountancy, KU Leuven, 2010 – 2012
H:Languages
Dutch: mother tongue, French: C1, English: C1, German: A2
""",
}

CVS["pdf97_sidebar_personal"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:H:Personal
S:Born 1985 in Nairobi
S:Driving licence since 2005
S:Nationality: Kenyan
S:H:Languages
S:Swahili – native
S:English – C2
Wanjiku Mwangi
H:Experience
Programme Officer | UNODC | Nairobi, Kenya
Mar 2019 – present
B:Support to prosecutors in Uganda.
Analyst | Financial Reporting Centre | Nairobi, Kenya
Jan 2015 – Feb 2019
H:Education
Bachelor of Commerce, University of Nairobi, 2010 – 2014
""",
}

CVS["docx98_dated_bullets"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Ibrahim Kader
ibrahim.kader@example.ne
Nationality: Nigerien
H:Experience
Head of Mission, IOM, Tripoli, Libya, 2020 – present
B:Coordination with Tunisia and Niger.
Earlier posts:
B:2017 – 2019: Consultant, WHO, Geneva, Switzerland
B:2015 – 2017: Field Officer, IOM, Niamey, Niger
H:Education
Master of Public Policy, Sciences Po, 2013 – 2015
H:Languages
Hausa – mother tongue
French – C2
English – B2
""",
}

EUROPASS["xml99_europass_ended_and_current"] = {
    "locale": "en",
    "first": "Jan",
    "last": "Novák",
    "nationality": ["CZ"],
    "work": [
        {
            "from": (2018, 5, None),
            "to": (2021, 4, None),
            "current": True,
            "title": "Police Liaison Officer",
            "employer": "Police of the Czech Republic",
            "country": "CZ",
            "activities": "Liaison with Slovakia and Austria.",
        },
        {
            "from": (2012, 9, None),
            "to": (2018, 4, None),
            "title": "Criminal Investigator",
            "employer": "Police of the Czech Republic",
            "country": "CZ",
            "activities": "Organised crime cases.",
        },
    ],
    "education": [
        {
            "from": (2007, None, None),
            "to": (2012, None, None),
            "title": "Master of Laws",
            "org": "Charles University",
            "eqf": 7,
            "field": "Law",
        },
    ],
    "mother": ["cs"],
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
        {"code": "de", "grid": {}, "certificate": "TOEFL iBT 100"},
    ],
}

JSONRESUME["jr100_jsonresume_not_dates"] = {
    "basics": {"name": "Mei Tanaka", "summary": "Japanese national; customs officer."},
    "work": [
        {
            "name": "Japan Customs",
            "position": "Customs Officer",
            "location": "Yokohama, Japan",
            "startDate": "2019-06",
            "endDate": "Present",
        },
        {
            "name": "World Customs Organization",
            "position": "Technical Attaché",
            "location": "Brussels, Belgium",
            "startDate": "2016-02-30",
            "endDate": "2019-05",
        },
    ],
    "education": [
        {
            "institution": "Keio University",
            "area": "Law",
            "studyType": "Bachelor's",
            "startDate": "2023",
            "endDate": "2027",
        },
    ],
    "languages": [
        {"language": "Japanese", "fluency": "Native or bilingual"},
        {"language": "English", "fluency": "B2 (self-assessed)"},
    ],
}

# ---- third batch: US states and regions named like countries in descriptions, a French
# ---- sentence line that starts with "En poste depuis", a range after a title inside a sentence

CVS["txt101_en_states_and_regions"] = {
    "format": "text",
    "lines": """Marcus Reed
marcus.reed@example.com
Citizenship: American
H:Experience
Special Agent, Federal Bureau of Investigation, Atlanta, GA
Jan 2016 – present
B:Fraud cases in Georgia and Alabama; liaison with police in Mexico.
B:Awarded the Order of Merit of Italy in 2021.
Investigator, Office of the Inspector General, Washington, DC
Jun 2011 – Dec 2015
B:Audits across West Africa and the Sahel.
B:Training courses in the Gulf of Guinea region.
H:Education
JD, Emory University, 2008 – 2011
BA Political Science, University of Georgia, 2004 – 2008
H:Languages
English – native
Spanish – B2
""",
}

CVS["txt102_fr_en_poste_depuis"] = {
    "format": "text",
    "lines": """Aminata Sow
aminata.sow@example.sn
Nationalité : sénégalaise
H:Expérience professionnelle
Magistrate, Tribunal de grande instance, Dakar, Sénégal
2015 – 2022
En poste depuis 2019 à la chambre financière, coopération avec la Mauritanie.
Juriste, Ministère de la Justice, Dakar, Sénégal
2011 – 2015
H:Formation
Master 2 Droit des affaires, Université Cheikh Anta Diop, 2009 – 2011
H:Langues
Wolof : langue maternelle
Français : C2
Anglais : B1
""",
}
