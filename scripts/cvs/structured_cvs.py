"""Contents of the structured CVs of the project's labelled set: Europass (XML, JSON),
LinkedIn exports and JSON Resume, as plain data that scripts/make_cvs.py writes out.
The people and private firms are fictional."""

EUROPASS = {
    "xml15_europass_en": {
        "locale": "en",
        "first": "Lucia",
        "last": "Ferraro",
        "nationality": ["IT"],
        "work": [
            {
                "from": (2017, 5, None),
                "current": True,
                "title": "Financial Investigator",
                "employer": "Guardia di Finanza",
                "country": "IT",
                "activities": "<p>Investigations into VAT carousel fraud with <b>Germany</b> and Slovakia.</p>",
            },
            {
                "from": (2012, 9, None),
                "to": (2017, 4, None),
                "title": "Tax Auditor (part-time 50%)",
                "employer": "Agenzia delle Entrate",
                "country": "IT",
                "activities": "Audits of SMEs.",
            },
        ],
        "education": [
            {
                "from": (2008, None, None),
                "to": (2012, None, None),
                "title": "Master's degree in Economics",
                "org": "Università di Bologna",
                "eqf": 7,
                "field": "Economics",
            },
        ],
        "mother": ["it"],
        "foreign": [
            {
                "code": "en",
                "grid": {
                    "Listening": "C1",
                    "Reading": "C1",
                    "SpokenInteraction": "B2",
                    "SpokenProduction": "B2",
                    "Writing": "C1",
                },
            },
            {
                "code": "fr",
                "grid": {
                    "Listening": "B1",
                    "Reading": "B1",
                    "SpokenInteraction": "B1",
                    "SpokenProduction": "B1",
                    "Writing": "B1",
                },
            },
        ],
    },
    "xml16_europass_fr": {
        "locale": "fr",
        "first": "Hélène",
        "last": "Dubois",
        "nationality": ["BE"],
        "work": [
            {
                "from": (2018, 3, 1),
                "to": (2021, 8, 31),
                "title": "Inspectrice principale",
                "employer": "Police fédérale",
                "country": "BE",
                "activities": "Enquêtes financières en coopération avec les Pays-Bas et la France.",
            },
            {
                "from": (2021, 9, 1),
                "current": True,
                "title": "Experte nationale détachée",
                "employer": "Eurojust",
                "country": "NL",
                "activities": "Appui aux équipes communes d'enquête.",
            },
        ],
        "education": [
            {
                "from": (2010, None, None),
                "to": (2015, None, None),
                "title": "Master en criminologie",
                "org": "Université libre de Bruxelles",
                "eqf": 7,
                "field": "Criminologie",
            },
        ],
        "mother": ["fr"],
        "foreign": [
            {
                "code": "nl",
                "grid": {
                    "Listening": "C1",
                    "Reading": "C1",
                    "SpokenInteraction": "C1",
                    "SpokenProduction": "C1",
                    "Writing": "C1",
                },
            },
            {"code": "en", "grid": {}, "certificate": "Cambridge C1 Advanced"},
        ],
    },
    "xml17_europass_minimal": {
        "locale": "en",
        "first": "Samuel",
        "last": "Osei",
        "nationality": [],
        "work": [
            {
                "from": (2014, None, None),
                "to": (2019, None, None),
                "title": "Customs Officer",
                "employer": "Ghana Revenue Authority",
                "country": "GH",
                "activities": "",
            },
            {
                "from": (2019, None, None),
                "current": True,
                "title": "Customs Intelligence Officer",
                "employer": "Ghana Revenue Authority",
                "country": "GH",
                "activities": "Risk profiling of containers from Togo and Burkina Faso.",
            },
        ],
        "education": [
            {"title": "Diploma in Customs Administration", "org": "Customs Academy", "eqf": None, "field": None},
            {
                "from": (2009, None, None),
                "to": (2013, None, None),
                "title": "Bachelor of Science in Economics",
                "org": "University of Cape Coast",
                "eqf": 6,
                "field": "Economics",
            },
        ],
        "mother": ["tw"],
        "foreign": [
            {
                "code": "en",
                "grid": {
                    "Listening": "C2",
                    "Reading": "C2",
                    "SpokenInteraction": "C2",
                    "SpokenProduction": "C2",
                    "Writing": "C2",
                },
            },
        ],
    },
    "json18_europass": {
        "json": True,
        "locale": "en",
        "first": "Ana",
        "last": "Costa",
        "nationality": ["PT"],
        "work": [
            {
                "from": (2016, 1, None),
                "to": (2020, 12, None),
                "title": "Border Guard Officer",
                "employer": "Frontex",
                "country": "PL",
                "activities": "Deployments to Greece and Bulgaria.",
            },
            {
                "from": (2021, 1, None),
                "current": True,
                "title": "Senior Inspector",
                "employer": "Polícia Judiciária",
                "country": "PT",
                "activities": "",
            },
        ],
        "education": [
            {
                "from": (2010, None, None),
                "to": (2015, None, None),
                "title": "Licenciatura em Direito",
                "org": "Universidade de Lisboa",
                "eqf": 6,
                "field": "Direito",
            },
        ],
        "mother": ["pt"],
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
            {
                "code": "es",
                "grid": {
                    "Listening": "C1",
                    "Reading": "C1",
                    "SpokenInteraction": "B2",
                    "SpokenProduction": "B2",
                    "Writing": "B1",
                },
            },
        ],
    },
}

LINKEDIN = {
    "li19_linkedin_us": {
        "profile": {"First Name": "Megan", "Last Name": "Hollis", "Headline": "Financial crimes investigator"},
        "positions": [
            {
                "Company Name": "US Department of the Treasury",
                "Title": "Senior Special Agent",
                "Description": "Investigations with Mexico and Colombia on trade-based money laundering.",
                "Location": "Washington, District of Columbia, United States",
                "Started On": "Jun 2019",
                "Finished On": "",
            },
            {
                "Company Name": "US Department of the Treasury",
                "Title": "Special Agent",
                "Description": "",
                "Location": "Miami, FL",
                "Started On": "Aug 2014",
                "Finished On": "May 2019",
            },
            {
                "Company Name": "Meridian Risk Partners",
                "Title": "Analyst (part-time)",
                "Description": "",
                "Location": "San Francisco Bay Area",
                "Started On": "2012",
                "Finished On": "2014",
            },
        ],
        "education": [
            {
                "School Name": "Georgetown University",
                "Start Date": "2010",
                "End Date": "2012",
                "Degree Name": "Master of Arts - MA, Security Studies",
                "Notes": "",
                "Activities": "",
            },
            {
                "School Name": "Ohio State University",
                "Start Date": "2006",
                "End Date": "2010",
                "Degree Name": "Bachelor of Arts - BA, Political Science",
                "Notes": "",
                "Activities": "",
            },
        ],
        "languages": [
            {"Name": "English", "Proficiency": "Native or bilingual proficiency"},
            {"Name": "Spanish", "Proficiency": "Professional working proficiency"},
        ],
        "certifications": [],
    },
    "li20_linkedin_fr": {
        "profile": {"First Name": "Camille", "Last Name": "Roux", "Headline": "Analyste"},
        "positions": [
            {
                "Company Name": "INTERPOL",
                "Title": "Analyste criminelle",
                "Description": "Projets avec le Brésil et l'Argentine.",
                "Location": "Lyon, Auvergne-Rhône-Alpes, France",
                "Started On": "Sep 2020",
                "Finished On": "",
            },
            {
                "Company Name": "Gendarmerie nationale",
                "Title": "Analyste",
                "Description": "Mi-temps.",
                "Location": "Pontoise, Île-de-France, France",
                "Started On": "Jan 2016",
                "Finished On": "Aug 2020",
            },
        ],
        "education": [
            {
                "School Name": "Université Paris 2 Panthéon-Assas",
                "Start Date": "2011",
                "End Date": "2016",
                "Degree Name": "Master 2, Droit pénal",
                "Notes": "",
                "Activities": "",
            },
        ],
        "languages": [
            {"Name": "Français", "Proficiency": "Native or bilingual proficiency"},
            {"Name": "Anglais", "Proficiency": "Full professional proficiency"},
            {"Name": "Portugais", "Proficiency": ""},
        ],
        "certifications": [
            {
                "Name": "IELTS Academic 7.5",
                "Authority": "British Council",
                "Started On": "Mar 2019",
                "Finished On": "",
                "Url": "",
                "License Number": "",
            }
        ],
    },
}

JSONRESUME = {
    "jr21_jsonresume_us": {
        "basics": {
            "name": "Jordan Ellis",
            "email": "jordan.ellis@example.com",
            "summary": "Analyst.",
            "location": {"city": "Atlanta", "region": "GA"},
        },
        "work": [
            {
                "name": "Federal Bureau of Investigation",
                "position": "Intelligence Analyst",
                "location": "Atlanta, GA",
                "startDate": "2017-04",
                "summary": "Counter-narcotics cases linked to Mexico and Guatemala.",
            },
            {
                "name": "Georgia Bureau of Investigation",
                "position": "Crime Analyst",
                "location": "Decatur, GA",
                "startDate": "2013-01",
                "endDate": "2017-03",
            },
        ],
        "education": [
            {
                "institution": "Emory University",
                "area": "Sociology",
                "studyType": "Bachelor",
                "startDate": "2009",
                "endDate": "2013",
            }
        ],
        "languages": [{"language": "English", "fluency": "Native speaker"}],
    },
    "jr22_jsonresume_fr": {
        "basics": {
            "name": "Sophie Lemaire",
            "email": "sophie.lemaire@example.fr",
            "location": {"city": "Strasbourg", "countryCode": "FR"},
        },
        "work": [
            {
                "name": "Conseil de l'Europe",
                "position": "Juriste",
                "location": "Strasbourg, France",
                "startDate": "2019-09",
                "summary": "Suivi des rapports sur l'Arménie et la Géorgie.",
            },
            {
                "name": "Tribunal judiciaire de Strasbourg",
                "position": "Greffière",
                "location": "Strasbourg, France",
                "startDate": "2014-10",
                "endDate": "2019-08",
            },
        ],
        "education": [
            {
                "institution": "Université de Strasbourg",
                "area": "Droit européen",
                "studyType": "Master",
                "startDate": "2012",
                "endDate": "2014",
            }
        ],
        "languages": [
            {"language": "Français", "fluency": "Langue maternelle"},
            {"language": "Allemand", "fluency": "C1"},
        ],
    },
}

EUROPASS["xml27_europass_labels"] = {
    "locale": "fr",
    "first": "Jean-Baptiste",
    "last": "Nkurunziza",
    "nationality": ["BI"],
    "work": [
        {
            "from": (2015, 2, None),
            "to": (2019, 12, None),
            "title": "Officier de police judiciaire",
            "employer": "Police nationale du Burundi",
            "country": "BI",
            "activities": "<ul><li>Enquêtes sur la traite des personnes vers la Tanzanie et l'Ouganda.</li></ul>",
        },
        {
            "from": (2020, 1, None),
            "current": True,
            "title": "Analyste (mi-temps)",
            "employer": "AFRIPOL",
            "country": "DZ",
            "activities": "Appui analytique.",
        },
    ],
    "education": [
        {
            "from": (2010, None, None),
            "to": (2014, None, None),
            "title": "Licence en droit",
            "org": "Université du Burundi",
            "eqf": 6,
            "field": "Droit",
        },
        {
            "from": (2021, None, None),
            "to": (2028, None, None),
            "title": "Master en criminologie",
            "org": "Université d'Alger",
            "eqf": 7,
            "field": "Criminologie",
        },
    ],
    "mother": ["rn"],
    "foreign": [
        {
            "code": "fr",
            "grid": {
                "Listening": "C2",
                "Reading": "C2",
                "SpokenInteraction": "C2",
                "SpokenProduction": "C2",
                "Writing": "C1",
            },
        },
        {
            "code": "sw",
            "grid": {
                "Listening": "B1",
                "Reading": "A2",
                "SpokenInteraction": "B1",
                "SpokenProduction": "B1",
                "Writing": "A2",
            },
        },
    ],
}

LINKEDIN["li28_linkedin_notes"] = {
    "profile": {"First Name": "Arjun", "Last Name": "Menon", "Headline": "Cyber investigator"},
    "positions": [
        {
            "Company Name": "Europol",
            "Title": "Specialist, European Cybercrime Centre",
            "Description": "Operations with Germany, Ukraine and Moldova.",
            "Location": "The Hague, South Holland, Netherlands",
            "Started On": "Oct 2021",
            "Finished On": "",
        },
        {
            "Company Name": "Kerala Police",
            "Title": "Deputy Superintendent",
            "Description": "",
            "Location": "Thiruvananthapuram, Kerala, India",
            "Started On": "Jun 2012",
            "Finished On": "Sep 2021",
        },
    ],
    "education": [
        {
            "School Name": "Indian Institute of Technology Madras",
            "Start Date": "2007",
            "End Date": "2011",
            "Degree Name": "Bachelor of Technology - BTech, Computer Science",
            "Notes": "",
            "Activities": "",
        },
    ],
    "languages": [
        {"Name": "Malayalam", "Proficiency": "Native or bilingual proficiency"},
        {"Name": "English", "Proficiency": "Full professional proficiency"},
        {"Name": "German", "Proficiency": "Elementary proficiency"},
    ],
    "certifications": [
        {
            "Name": "TOEFL iBT 108",
            "Authority": "ETS",
            "Started On": "May 2020",
            "Finished On": "",
            "Url": "",
            "License Number": "",
        }
    ],
    "notes_preface": True,
}
