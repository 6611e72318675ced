# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""The fourth batch of layout CVs (lay32-lay35), written after batches 1-3 were tuned on: body
text in two equal columns (experience in the left one, education and languages in the right),
a Word CV laid out as one table whose left cells name the sections, a text CV with the dates
in parentheses after the employer and the title indented below, a PDF timeline with the
employer in grey after the title. Markup as in layout_cvs.py; fictional people; expected
facts written by hand before the importer ran."""

CVS: dict[str, dict] = {}

CVS["lay32_en_twin_columns"] = {
    "format": "pdf",
    "sidebar": "twin",
    "heading": "rule",
    "side": [
        "N:Rosa Quispe Mamani",
        "P:La Paz, Bolivia",
        "P:Nationality: Bolivian",
        "H:Experience",
        "P:**Gender Specialist",
        "P:UN Women, La Paz, Bolivia",
        "S:Aug 2020 – present",
        "B:Programmes with Peru and Ecuador.",
        "P:**Project Coordinator",
        "P:CARE International, Lima, Peru",
        "S:Feb 2016 – Jul 2020",
        "P:**Social Worker",
        "P:Municipality of El Alto",
        "S:2012 – 2016",
    ],
    "main": [
        "H:Education",
        "P:**MA Gender and Development",
        "P:Institute of Development Studies, Brighton",
        "S:2014 – 2015",
        "P:**Licenciatura in Social Work",
        "P:Universidad Mayor de San Andrés",
        "S:2007 – 2011",
        "H:Languages",
        "P:Spanish – native",
        "P:Quechua – native",
        "P:English – C1",
        "P:Portuguese – B1",
    ],
}

CVS["lay33_fr_docx_section_cells"] = {
    "format": "docx",
    "lines": """
**Youssef Benjelloun
Casablanca — Nationalité : marocaine
R:Expérience||Conseiller juridique — Organisation internationale pour les migrations (OIM), Rabat, Maroc\\n2019 – aujourd'hui\\nCoopération avec le Sénégal et la Mauritanie.
R:||Juriste — Ministère de la Justice, Rabat\\n2014 – 2019
R:||Avocat stagiaire — Cabinet Alaoui & Associés, Casablanca\\n2012 – 2014
R:Formation||Master en droit des migrations — Université Mohammed V, 2010 – 2012
R:||Licence en droit privé — Université Hassan II, 2007 – 2010
R:Langues||Arabe : langue maternelle ; français : C2 ; anglais : B2 ; espagnol : A2
""",
}

CVS["lay34_en_text_employer_dates_parens"] = {
    "format": "text",
    "text": """
Aleksander Nowak
Warsaw | a.nowak@example.pl | Nationality: Polish

PROFESSIONAL EXPERIENCE

European Border and Coast Guard Agency (Frontex), Warsaw, Poland (2018 – present)
    Senior Situational Awareness Officer
    - Monitoring of the eastern borders with Belarus and Ukraine.

Border Guard Headquarters, Warsaw (2012 – 2018)
    Analyst, Risk Analysis Unit

Polish Police, Kraków (2008 – 2012)
    Sergeant

EDUCATION

University of Warsaw (2006 – 2008)
    MA in International Relations
Jagiellonian University (2003 – 2006)
    BA in Political Science

LANGUAGES
Polish (native), English (C1), Russian (B2), German (A2)
""",
}

CVS["lay35_fr_pdf_timeline_grey_employer"] = {
    "format": "pdf",
    "heading": "smallcaps",
    "main": [
        "N:Hélène Dubois-Mbala",
        "P:Nationalité : camerounaise · Yaoundé",
        "H:Expériences",
        "D:**2021 – aujourd'hui||",
        "P:Chargée de suivi-évaluation | Banque mondiale, Yaoundé, Cameroun",
        "B:Missions au Tchad et au Gabon.",
        "D:**2017 – 2021||",
        "P:Économiste | Ministère de l'Économie, Yaoundé",
        "D:**2015 – 2017||",
        "P:Assistante de recherche (mi-temps) | Université de Yaoundé II",
        "H:Formation",
        "D:**2013 – 2015||",
        "P:Master en économie du développement | Université Clermont Auvergne",
        "D:**2010 – 2013||",
        "P:Licence en économie | Université de Yaoundé II",
        "H:Langues",
        "P:Français : langue maternelle · Anglais : B2 · Allemand : A1",
    ],
}
