E3 = [
("Reporting Officer, DNA Unit, Forensic Science Northern Ireland. Interpreted low-template and mixed DNA profiles from sexual assault kits and reported likelihood ratios to police.", ["dna"], "not_le_body"),
("Forensic Biologist, National Bureau of Investigation. Screened exhibits for body fluids and produced DNA profiles for the national criminal DNA database.", ["dna","law_enforcement"], "agency_name_only"),
("DVI Team Member, Federal Police Disaster Victim Identification team. Collected ante-mortem DNA reference samples from relatives and matched them to victims after the tsunami.", ["dna","law_enforcement"], ""),
("Counter-intelligence investigator, Defence Counter-Intelligence and Security Agency, seconded to the Federal Police. Investigated espionage cases involving cleared personnel.", ["counter_intelligence","sensitive_data"], ""),
("Case Officer, Security Service, counter-espionage branch. Ran agents against hostile state actors and assessed defectors.", ["counter_intelligence"], "security_service"),
("Crime Scene Examiner, Queensland Police Service. Examined scenes of arson and fatal crashes, used 3D scanning and recovered trace evidence.", ["crime_scene","law_enforcement"], ""),
("Forensic Photographer, police forensic department. Photographed crime scenes and post-mortems and produced court exhibits.", ["crime_scene","law_enforcement"], ""),
("Super-recogniser, Metropolitan Police. Identified suspects from CCTV by comparing faces against custody imagery.", ["facial_recognition","law_enforcement"], "paraphrase_face_comparison"),
("Product Manager, live facial recognition for retail security vendor. Defined matching thresholds and watch-list workflows for shopping centres.", ["facial_recognition"], "private_sector"),
("Biometrics Analyst, US-VISIT / OBIM. Resolved biometric matching exceptions for visa and border encounters.", ["biometrics"], ""),
]
F3 = [
("Ingénieure, Institut de recherche criminelle de la gendarmerie nationale (IRCGN), département biologie. Exploitation de traces ADN et identification de victimes de catastrophes.", ["dna","law_enforcement"], ""),
("Brigadier, Identité judiciaire de la Préfecture de police. Constatations sur les scènes de crime et relevé de traces papillaires.", ["crime_scene","fingerprints","law_enforcement"], ""),
("Analyste, Direction du renseignement et de la sécurité de la défense (DRSD), détaché auprès de la DGSI. Contre-ingérence et protection des informations classifiées.", ["counter_intelligence","sensitive_data"], ""),
("Opérateur de comparaison faciale, Douane, aéroport de Nice. Vérification des voyageurs par les sas PARAFE et comparaison faciale en cas d'échec.", ["facial_recognition","law_enforcement"], ""),
("Médiateur, Médiateur national de l'énergie. Instruction des litiges entre consommateurs et fournisseurs et recommandations de solutions amiables.", ["mediation"], "ombudsman_settlement"),
]
