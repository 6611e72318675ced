# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""Contents of the free-text CVs of the project's labelled set (rendered as text, PDF or
Word by scripts/make_cvs.py). Markup: 'H:' heading, 'B:' bullet, 'R:' table row with
cells split by '||' (a cell's lines split by '\\n'), 'S:' sidebar line (two-column
layouts), anything else a plain paragraph. The people and private firms are fictional."""

CVS = {}

CVS["txt01_en_classic"] = {
    "format": "text",
    "lines": """Amani Wekesa
Nairobi, Kenya | amani.wekesa@example.org | +254 700 000 111
Nationality: Kenyan
H:PROFESSIONAL EXPERIENCE
Senior Criminal Intelligence Analyst
Directorate of Criminal Investigations, Nairobi, Kenya
Jan 2018 – Dec 2020
B:Led analysis of cross-border trafficking networks with Uganda and Tanzania.
B:Produced weekly intelligence briefs for senior management.
Criminal Intelligence Analyst
Directorate of Criminal Investigations, Mombasa, Kenya
Mar 2014 – Dec 2017
B:Analysed maritime smuggling routes; liaison with Somalia and Seychelles coast guards.
Research Assistant
University of Nairobi, Kenya
Sep 2012 – Feb 2014
B:Survey design and data analysis for a crime victimisation study.
H:EDUCATION
Master of Arts in Criminology, University of Nairobi, 2010 – 2012
Bachelor of Arts in Sociology, Moi University, 2006 – 2010
H:LANGUAGES
English – C1 (IELTS 7.5)
Swahili – native
French – B1
""",
}

CVS["txt02_fr_depuis"] = {
    "format": "text",
    "lines": """Mariama Diouf
Dakar, Sénégal — mariama.diouf@example.sn
Nationalité : sénégalaise
H:EXPÉRIENCE PROFESSIONNELLE
Commissaire de police, Division des investigations criminelles — Police nationale, Dakar, Sénégal
depuis 2019
B:Direction d'une équipe de 12 enquêteurs ; coopération avec le Mali et la Guinée.
Officier de police judiciaire — Police nationale, Thiès, Sénégal
sept. 2015 – déc. 2018
B:Enquêtes sur la traite des personnes.
Juriste stagiaire — Cabinet Ndiaye & Associés, Dakar
mars 2014 – août 2014
H:FORMATION
Master 2 Droit pénal, Université Cheikh Anta Diop, 2012 – 2014
Licence en droit, Université Cheikh Anta Diop, 2009 – 2012
H:LANGUES
Français : langue maternelle
Anglais : courant
Wolof : langue maternelle
""",
}

CVS["txt03_en_same_employer"] = {
    "format": "text",
    "lines": """TOMAS LINDQVIST
Stockholm | tomas.lindqvist@example.se

Citizenship: Swedish

EXPERIENCE
==========
Swedish Police Authority, Stockholm, Sweden
  Detective Inspector, National Fraud Centre   2016 – present
  - Joint investigations with Norway, Denmark and Finland on payment card fraud.
  Detective Sergeant   2011 – 2016
  - Financial investigations; asset recovery.
  Police Constable   2007 – 2011

Brightline Forensics AB, Gothenburg, Sweden
  Forensic Accountant (part-time, 50%)   2005 – 2007

EDUCATION
=========
MSc in Forensic Accounting, Stockholm School of Economics, 2003 – 2005
Police Diploma, Swedish Police Academy, 2006

LANGUAGES
=========
Swedish: mother tongue
English: C2
German: A2
""",
}

CVS["txt04_fr_ambigu"] = {
    "format": "text",
    "lines": """Claire Moreau
Lyon — claire.moreau@example.fr
H:EXPÉRIENCES PROFESSIONNELLES
Analyste criminelle — Gendarmerie nationale, Lyon
06/07/2012 - 05/08/2016
B:Analyse des réseaux de cambriolages ; échanges avec l'Italie et la Suisse.
Chargée d'études — Arvelle Conseil, Paris
2016 – 2019
Analyste principale — Europol, La Haye, Pays-Bas
janv. 2020 – à ce jour
B:Appui aux enquêtes menées avec l'Espagne et le Portugal.
H:FORMATION
Master Sécurité intérieure, Université Lyon 3, 2010 – 2012
Diplôme d'études universitaires générales, 2008
H:LANGUES
Anglais : C1
Italien : notions
""",
}

CVS["txt05_en_fulldates"] = {
    "format": "text",
    "lines": """Kofi Boateng
Accra, Ghana
Nationality: Ghanaian
H:WORK HISTORY
Investigator | Economic and Organised Crime Office | Accra, Ghana | 15/03/2016 - 30/06/2020
B:Money laundering cases with Nigeria and Togo.
Investigator (secondment) | INTERPOL | Lyon, France | 01/07/2020 - 10/09/2023
B:Support to operations in Côte d'Ivoire and Burkina Faso.
Head of Unit | Economic and Organised Crime Office | Accra, Ghana | 11/09/2023 - present
H:EDUCATION
LLB, University of Ghana, 2008 – 2012
LLM in International Law, University of Ghana, 2013 – 2014
H:LANGUAGES
English (native), Twi (native), French (DELF B2)
""",
}

CVS["pdf06_sidebar_en"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Ingrid Solberg
S:ingrid.solberg@example.no
S:+47 900 00 000
S:H:PERSONAL DETAILS
S:Nationality: Norwegian
S:Born 1985, Bergen
S:H:LANGUAGES
S:Norwegian – native
S:English – C1
S:Spanish – B2
S:H:SKILLS
S:i2 Analyst's Notebook
S:SQL, Python
H:PROFESSIONAL EXPERIENCE
Senior Analyst
Kripos, Oslo, Norway
Apr 2019 – present
B:Analysis of organised crime groups active in Norway and Lithuania; exchanges with Poland.
Analyst (part-time, 80%)
Kripos, Oslo, Norway
Sep 2015 – Mar 2019
B:Drug trafficking analysis; joint action days with the Netherlands.
Trainee
Europol, The Hague, the Netherlands
Feb 2014 – Jul 2014
H:EDUCATION
Master of Science in Criminology, University of Oslo, 2012 – 2014
Bachelor in Political Science, University of Bergen, 2009 – 2012
""",
}

CVS["pdf07_table_fr"] = {
    "format": "pdf",
    "layout": "table",
    "lines": """Julien Ferrand
julien.ferrand@example.fr — Marseille
Nationalité : française
H:EXPÉRIENCE PROFESSIONNELLE
R:janv. 2016 – mars 2019||Enquêteur spécialisé\\nOffice central pour la répression du trafic illicite des stupéfiants, Marseille\\nCoopération avec l'Espagne et le Maroc.
R:avr. 2019 – aujourd'hui||Chef de groupe\\nDirection de la police judiciaire, Marseille\\nEnquêtes conjointes avec l'Italie.
R:2012 – 2015||Gardien de la paix\\nPolice nationale, Nice
H:FORMATION
R:2009 – 2012||Licence professionnelle Sécurité des biens et des personnes\\nUniversité de Nice
R:2008||Baccalauréat
H:LANGUES
R:Anglais||B2
R:Espagnol||C1
""",
}

CVS["pdf08_classic_en"] = {
    "format": "pdf",
    "layout": "classic",
    "lines": """Daniel Okafor-Reyes
daniel.okafor@example.com | San Jose
H:EXPERIENCE
Fraud Investigator — Northwind Social, Palo Alto, CA
03/2017 - today
B:Investigations into account takeover fraud originating in Romania and Brazil.
Compliance Analyst — Meridian Risk Partners, Washington, DC
Sep 2013 – Feb 2017
B:Sanctions screening; reports on Iran and Venezuela exposure.
Summer Intern — Meridian Risk Partners, New York, NY, USA
Mar – Aug 2012
Data Clerk — City of San Jose, CA (part-time, 60%)
2010 – 2012
H:EDUCATION
MBA, Stanford University, 2015 – 2017 (part-time)
BSc in Economics, University of California, 2008 – 2012
Graduate Certificate in Fraud Examination, 2014
H:LANGUAGES
English: native
Spanish: conversational
Portuguese: B1
""",
}

CVS["pdf09_fr_sidebar"] = {
    "format": "pdf",
    "layout": "sidebar",
    "lines": """S:Aïcha Traoré
S:aicha.traore@example.ml
S:H:LANGUES
S:Français : langue maternelle
S:Bambara : langue maternelle
S:Anglais : TOEFL iBT 102
S:Arabe : A2
S:H:INFORMATIONS PERSONNELLES
S:Nationalité : malienne
H:EXPÉRIENCE PROFESSIONNELLE
Conseillère juridique
Office central de lutte contre l'enrichissement illicite, Bamako, Mali
mai 2017 – présent
B:Dossiers d'entraide judiciaire avec la France, le Sénégal et le Niger.
Assistante de recherche
Université des sciences juridiques et politiques de Bamako, Mali
avril – sept. 2011
Juriste
Ministère de la Justice, Bamako, Mali
oct. 2011 – avr. 2017
H:FORMATION
Doctorat en droit privé, Université de Bamako, 2012 – 2016
Master en droit des affaires, Université de Bamako, 2009 – 2011
""",
}

CVS["pdf10_en_pipe"] = {
    "format": "pdf",
    "layout": "classic",
    "lines": """Priya Raman
priya.raman@example.in
Nationality: Indian
H:EMPLOYMENT HISTORY
Programme Officer | UNODC | Vienna, Austria | 2018 – 2022
B:Capacity building for prosecutors in Nepal, Bangladesh and Sri Lanka.
Consultant | UNDP | New Delhi, India | 2016 – 2018
Legal Associate | Costa & Reis | Lisbon, Portugal | 2014 – 2016
Programme Management Officer | UNODC | Vienna, Austria | 2022 – present
B:Anti-corruption programme covering Pakistan and the Maldives.
H:EDUCATION
LLM, University of London, 2013
BA LLB (Hons), National Law School of India University, 2008 – 2013
H:LANGUAGES
English — C2; Hindi — native; Tamil — native; German — A2
""",
}

CVS["docx11_en_headings"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Siobhan Gallagher
siobhan.gallagher@example.ie | Dublin
Nationality: Irish
H:Work Experience
Detective Garda, Garda National Economic Crime Bureau, Dublin, Ireland
2015 – present
B:Investigation of invoice fraud with counterparts in the United Kingdom and Germany.
Garda, An Garda Síochána, Cork, Ireland
2009 – 2015
H:Education
Postgraduate Diploma in Criminology, University College Cork, 2012 – 2013
BA in Law and Criminology, University of Limerick, 2005 – 2008
H:Languages
English – native
Irish – B2
French – DELF B1 (2019)
""",
}

CVS["docx12_fr_table"] = {
    "format": "docx",
    "layout": "table",
    "lines": """Nadia Benkirane
nadia.benkirane@example.ma
Nationalité : marocaine
H:Expérience professionnelle
R:2017 – à ce jour||Analyste financière, TRACFIN, Paris, France\\nAnalyse des flux suspects en lien avec la Belgique et le Luxembourg.
R:2013 – 2017||Chargée de conformité, Banque Populaire, Casablanca, Maroc
R:sept. 2011 – juin 2013||Assistante d'audit (mi-temps), Cabinet Alami, Rabat, Maroc
H:Formation
R:2009 – 2011||Master Finance et contrôle, Université Mohammed V, Rabat
R:2006 – 2009||Licence en économie, Université Mohammed V, Rabat
H:Langues
R:Arabe||langue maternelle
R:Français||C2
R:Anglais||C1 (IELTS 7.0)
""",
}

CVS["docx13_en_overlap"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Marek Nowak
marek.nowak@example.pl
H:Professional Experience
Head of Cybercrime Unit — Central Bureau for Combating Cybercrime, Warsaw, Poland
2019 – present
B:Led joint operations with Ukraine and Lithuania.
Lecturer (20%) — Police Academy in Szczytno, Poland
2020 – 2021
B:Taught digital forensics.
Cybercrime Investigator — Polish Police, Kraków, Poland
2012 – 2019
H:Education
PhD in Computer Science, AGH University of Krakow, 2015 – 2019
MSc in Computer Science, AGH University of Krakow, 2007 – 2012
H:Languages
Polish – native; English – C1; Russian – B1
""",
}

CVS["docx14_fr_classic"] = {
    "format": "docx",
    "layout": "headings",
    "lines": """Youssef El Amrani
Bordeaux — youssef.elamrani@example.fr
Nationalité : française et marocaine
H:Parcours professionnel
Capitaine de gendarmerie — Gendarmerie nationale, Bordeaux, France
de janvier 2010 à mars 2014
B:Commandement d'une brigade de recherches ; échanges avec l'Espagne.
Officier de liaison — Ambassade de France, Rabat, Maroc
avril 2014 – décembre 2017
B:Coopération policière avec le Maroc et la Mauritanie.
Formateur à mi-temps — École des officiers de la gendarmerie nationale, Melun, France
2018 – 2020
H:Formation
Master 2 Sécurité et défense, Université de Bordeaux, 2008 – 2009 (en cours de validation)
H:Langues
Français : langue maternelle
Arabe : bilingue
Anglais : B2
""",
}

CVS["txt23_en_datefirst"] = {
    "format": "text",
    "lines": """JOHN MWANGI KAMAU
Kisumu, Kenya  |  j.kamau@example.ke

SUMMARY
Kenyan national with ten years in anti-money laundering.

EMPLOYMENT
2019 - present: Senior Compliance Officer at Financial Reporting Centre, Nairobi, Kenya
  Supervision of banks; information exchange with Uganda and Rwanda.
2015 - 2019: Compliance Officer at Equity Bank, Nairobi, Kenya
September 2013 – June 2015: Graduate Trainee at KPMG East Africa, Nairobi

EDUCATION
Bachelor of Commerce, University of Nairobi (graduated 2013)
Master of Business Administration, Strathmore University, expected 2027

CERTIFICATIONS
TOEIC 850 (2019)
Certified Anti-Money Laundering Specialist (CAMS), 2018

Languages: English (fluent), Swahili (mother tongue), French (basic)
""",
}

CVS["txt24_fr_de_a"] = {
    "format": "text",
    "lines": """Fatou Camara
Conakry (Guinée) – fatou.camara@example.gn
Nationalité : guinéenne

EXPÉRIENCES
De 2014 à 2018 : Inspectrice des douanes, Direction générale des douanes, Conakry, Guinée
  - Lutte contre la contrebande avec la Sierra Leone et le Liberia.
De septembre 2018 à juin 2021 : Conseillère technique, Ministère de la Sécurité, Conakry, Guinée
Depuis juillet 2021 : Chargée de programme, ONUDC, Dakar, Sénégal
  - Programme régional couvrant le Mali, le Niger et le Burkina Faso.

FORMATION
Master professionnel en droit des affaires, Université Gamal Abdel Nasser de Conakry, 2010 – 2012
Doctorat en droit international (en cours), Université Cheikh Anta Diop, depuis 2022

LANGUES
Français : C2 ; Anglais : B1 ; Soussou : langue maternelle ; Peul : courant
""",
}

CVS["pdf25_timeline"] = {
    "format": "pdf",
    "layout": "timeline",
    "lines": """Rafael Mendes Costa
rafael.costa@example.br
Nationality: Brazilian
H:PROFESSIONAL EXPERIENCE
R:2020 – present||Federal Police Delegate, Polícia Federal, Brasília, Brazil
B:Operations against drug trafficking with Paraguay and Bolivia.
R:2016 – 2020||Federal Agent, Polícia Federal, São Paulo, Brazil
R:2014 – 2016||Investigator (part-time, 50%), Ministério Público, São Paulo, Brazil
H:EDUCATION
R:2009 – 2013||Bachelor of Laws, Universidade de São Paulo
R:2017 – 2019||Master of Laws in Criminal Law, Universidade de Brasília
H:LANGUAGES
Portuguese: native
English: C1
Spanish: B2
""",
}

CVS["docx26_en_tabs"] = {
    "format": "docx",
    "layout": "plain",
    "lines": """Elena Petrovska
Skopje, North Macedonia · elena.petrovska@example.mk
Citizenship: Macedonian
Experience
Head of Unit, Financial Intelligence Office, Skopje, North Macedonia\tMarch 2017 – present
B:Cooperation with Serbia, Albania and Kosovo on money laundering cases.
Financial Analyst, Financial Intelligence Office, Skopje\tJanuary 2012 – February 2017
Intern, OSCE Mission to Skopje\tJuly 2011 – December 2011
Education
MA in Economics, Ss. Cyril and Methodius University, 2009 – 2011
Certificate in Financial Investigation, 2013
Languages
Macedonian – native
English – C1 (Cambridge C1 Advanced)
Serbian – B2
""",
}

CVS["pdf29_banner_sidebar"] = {
    "format": "pdf",
    "layout": "banner_sidebar",
    "lines": """BANNER:Olivia Brennan-Ruiz — Senior Investigator
S:H:CONTACT
S:olivia.br@example.ie
S:Dublin, Ireland
S:H:LANGUAGES
S:Mother tongue: English
S:Other languages: Spanish (C1), Portuguese (B1)
S:H:PERSONAL
S:Nationality: Irish, Spanish
H:PROFESSIONAL EXPERIENCE
Senior Investigator, Office of the Director of Corporate Enforcement, Dublin, Ireland
06.2018 – now
B:Cross-border insolvency fraud cases with Spain and Portugal.
Investigator, Office of the Director of Corporate Enforcement, Dublin, Ireland
09.2014 – 05.2018
B:In 2016 seconded for three months to Eurojust (The Hague) for a joint investigation team from 2016 to 2017.
Paralegal (0.6 FTE), Costa & Reis, Lisbon, Portugal
2012/01 – 2014/06
H:EDUCATION
High school diploma, St. Mary's College, 2006
BCL (Bachelor of Civil Law), University College Dublin, 2008 – 2012
""",
}

CVS["docx30_fr_breaks"] = {
    "format": "docx",
    "layout": "breaks",
    "lines": """HEADER:Sandrine Koné – CV
Abidjan — sandrine.kone@example.ci
Nationalité : ivoirienne
H:Expériences professionnelles
Commissaire principale — Direction de la police criminelle, Abidjan, Côte d’Ivoire⏎janv. 2017 – aujourd’hui⏎Coopération avec le Ghana et le Burkina Faso.
Officier de police — Police nationale, Bouaké, Côte d’Ivoire⏎mars 2010 – déc. 2016
H:Formation & diplômes
Master 2 Droit pénal et sciences criminelles — Université Félix Houphouët-Boigny⏎2008 – 2010
Licence en droit — Université de Bouaké⏎2005 – 2008
H:Langues étrangères
TEXTBOX:Langue maternelle : français
TEXTBOX:Anglais : B2
TEXTBOX:Dioula : courant
""",
}
