# English entries, part 4: hyphenated forms and intelligence wording. (text, gold, note)
LANG = "en"
ENTRIES = [
("Crime-scene examiner, Jersey States Police. Scene-attendance for burglaries and finger-mark recovery from point-of-entry surfaces.", ["crime_scene", "fingerprints", "law_enforcement"], "wording:hyphenated"),
("Counter-intelligence analyst, Finnish Security and Intelligence Service (Supo). Assessed state-sponsored espionage against critical-infrastructure operators.", ["counter_intelligence"], "wording:hyphenated"),
("Victim-support volunteer, Witness Service (Citizens Advice). Pre-trial court visits and on-the-day support for prosecution witnesses.", ["safeguarding"], "wording:hyphenated"),
("Cross-border co-operation officer, Police and Customs Cooperation Centre (PCCC) Kehl. Handled Franco-German police information requests and hot-pursuit notifications.", ["international_police_cooperation", "law_enforcement"], "wording:hyphenated"),
("Anti-money-laundering analyst, Danske Bank. Transaction monitoring and KYC refresh for corporate clients.", [], "trap:aml_only"),
("Face-matching operator, Australian Passport Office. Resolved one-to-many face-match alerts on passport applications to detect identity fraud.", ["facial_recognition"], "wording:hyphenated"),
("Senior Intelligence Officer, Counter Terrorism Policing North East. Directed the force's intelligence-collection plan and briefed gold commanders.", ["intelligence"], "wording:intelligence_wording"),
("Researcher (tasking & coordination), Regional Organised Crime Unit. Developed target packages and risk-assessed organised-crime groups for the tasking meeting.", ["intelligence"], "wording:intelligence_wording"),
("Desk officer, Joint Terrorism Analysis Centre. Set national threat levels and wrote classified assessments for ministers.", ["intelligence", "sensitive_data"], "wording:intelligence_wording"),
("Open-source intelligence (OSINT) investigator, National Police of Ukraine cyber police. Profiled suspects from social media for criminal cases.", ["intelligence", "investigations"], "wording:intelligence_wording"),
]
