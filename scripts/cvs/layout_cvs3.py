# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""The third batch of layout CVs (lay26-lay31): forms that international organisations ask
for. The EU tender CV (employment record and education as tables with a header row, a
language table scored 1 to 5), the UN Personal History form (label: value lines per post,
"From: 03/2016 To: 08/2019"), the same in a Word table of label rows in French, a PDF with
"Position: / Employer: / Period:" lines, "2015 to 2019" and "from 2012 until 2014", and a
Word CV whose dates stand above a bold title with the employer in italics. Markup as in
layout_cvs.py; fictional people; expected facts written by hand before the importer ran."""

CVS: dict[str, dict] = {}

CVS["lay26_en_docx_eu_tender_cv"] = {
    "format": "docx",
    "lines": """
**CURRICULUM VITAE
R:Family name||Lindqvist
R:First names||Maja
R:Nationality||Swedish
-
**Education
R:Institution (Date from – Date to)||Degree(s) or Diploma(s) obtained
R:Lund University (2004 – 2009)||Master of Science in Environmental Engineering
R:Uppsala University (2012 – 2013)||Postgraduate Diploma in Water Governance
-
**Language skills
R:Language||Reading||Speaking||Writing
R:Swedish||1||1||1
R:English||1||1||2
R:French||3||3||4
-
**Professional experience
R:Date from – Date to||Location||Company||Position||Description
R:2019 – present||Tanzania||Aurecon Water Partners||Team Leader||Water sector reform programme; missions to Kenya and Uganda.
R:2014 – 2019||Sweden||Swedish International Development Cooperation Agency (Sida)||Programme Manager||Water and sanitation portfolio.
R:2009 – 2014||Sweden||Sweco AB||Environmental Engineer||Wastewater treatment design.
""",
}

CVS["lay27_en_text_p11"] = {
    "format": "text",
    "text": """
PERSONAL HISTORY PROFILE

Family name: Mwale
First name: Chikondi
Nationality: Malawian

EMPLOYMENT RECORD

From: 03/2016   To: Present
Exact title of your post: Human Rights Officer
Name of employer: Office of the United Nations High Commissioner for Human Rights
Address of employer: Geneva, Switzerland
Description of your duties: Monitoring missions to Zimbabwe and Mozambique.

From: 01/2012   To: 02/2016
Exact title of your post: Legal Aid Coordinator
Name of employer: Malawi Legal Aid Bureau
Address of employer: Lilongwe, Malawi

From: 07/2009   To: 12/2011
Exact title of your post: Associate
Name of employer: Banda & Phiri Advocates
Address of employer: Blantyre

EDUCATION

Name of institution: University of Malawi, Chancellor College
Degree obtained: Bachelor of Laws (Honours)
Attended from: 2004   To: 2008

Name of institution: University of Pretoria
Degree obtained: LLM Human Rights and Democratisation in Africa
Attended from: 2010   To: 2011

LANGUAGES
Mother tongue: Chichewa
English: C2
French: A2
""",
}

CVS["lay28_fr_docx_label_rows"] = {
    "format": "docx",
    "lines": """
**Aminata Traoré
Nationalité : ivoirienne
H:Expérience professionnelle
R:Période||Depuis mai 2020
R:Intitulé du poste||Spécialiste de la protection de l'enfance
R:Nom de l'employeur||UNICEF, Abidjan, Côte d'Ivoire
R:Principales tâches||Appui aux ministères du Mali et de la Guinée.
-
R:Période||Janvier 2015 – avril 2020
R:Intitulé du poste||Chargée de programme
R:Nom de l'employeur||Save the Children, Bamako, Mali
-
R:Période||2012 – 2014
R:Intitulé du poste||Assistante sociale
R:Nom de l'employeur||Ministère de la Solidarité, Abidjan
H:Formation
R:Période||2010 – 2012
R:Diplôme||Master en travail social
R:Établissement||Université Félix Houphouët-Boigny
H:Langues
Français : langue maternelle ; anglais : B2 ; bambara : A2
""",
}

CVS["lay29_en_pdf_key_value"] = {
    "format": "pdf",
    "heading": "rule",
    "main": [
        "N:Tariq Al-Mansouri",
        "P:Nationality: Jordanian · Amman",
        "H:Employment",
        "P:Position: Senior Security Sector Adviser",
        "P:Employer: Geneva Centre for Security Sector Governance (DCAF)",
        "P:Location: Beirut, Lebanon",
        "P:Period: October 2018 – present",
        "P:Duties: Police reform support in Lebanon and Iraq; liaison with Tunisia.",
        "P:Position: Police Reform Officer",
        "P:Employer: Organization for Security and Co-operation in Europe (OSCE)",
        "P:Location: Skopje, North Macedonia",
        "P:Period: April 2014 – September 2018",
        "P:Position: Captain",
        "P:Employer: Public Security Directorate",
        "P:Location: Amman, Jordan",
        "P:Period: 2005 – 2014",
        "H:Education",
        "P:MA in Security Studies, University of Jordan, 2010 – 2012",
        "P:BA in Police Sciences, Mutah University, 2001 – 2005",
        "H:Languages",
        "P:Arabic: mother tongue; English: C1 (IELTS 7.0); French: B1",
    ],
}

CVS["lay30_en_pdf_to_until"] = {
    "format": "pdf",
    "sidebar": "right",
    "heading": "band",
    "main": [
        "N:Niamh O'Sullivan",
        "H:Career",
        "P:**Irish Aid, Department of Foreign Affairs — Dublin, Ireland",
        "P:Development Specialist, 2015 to 2019",
        "P:**Trócaire — Freetown, Sierra Leone",
        "P:Country Programme Officer, from 2012 until 2015",
        "B:Ebola response coordination with Guinea and Liberia.",
        "P:**Concern Worldwide — Dublin",
        "P:Programme Officer, since 2019",
        "H:Education",
        "P:MSc Development Practice, Trinity College Dublin, 2010 to 2012",
        "P:BA History and Politics, University College Cork, 2006 to 2010",
    ],
    "side": [
        "H:About",
        "P:Nationality",
        "P:Irish",
        "H:Languages",
        "P:English – native",
        "P:Irish – B2",
        "P:French – B1",
    ],
}

CVS["lay31_en_docx_dates_above_bold_title"] = {
    "format": "docx",
    "lines": """
**Kofi Mensah-Bonsu
Accra · kofi.mb@example.gh · Nationality: Ghanaian
H:Experience
_March 2017 – present
**Customs Intelligence Officer
_Ghana Revenue Authority, Customs Division, Accra, Ghana
B:Joint operations with Togo and Côte d'Ivoire.
_June 2012 – February 2017
**Revenue Officer
_Ghana Revenue Authority, Tema
_2010 – 2012
**National Service Personnel
_Ministry of Finance, Accra
H:Education
_2014 – 2016
**MSc Financial Crime
_University of Ghana
_2006 – 2010
**BA Economics
_Kwame Nkrumah University of Science and Technology
H:Languages
English – C1 · Twi – native · French – A2
""",
}
