# French entries, part 2: positives for thinner labels. (text, gold, note)
LANG = "fr"
ENTRIES = [
("Technicienne en biologie, laboratoire de police scientifique de Lyon (SNPS). Extraction et amplification d'ADN sur traces de contact.", ["dna", "law_enforcement"], ""),
("Généticien, laboratoire privé agréé en empreintes génétiques. Expertises ADN ordonnées par les juges d'instruction.", ["dna"], "boundary:private_forensic_provider"),
("Expert en comparaison faciale, Fedpol (Suisse). Comparaison d'images de visages pour l'identification de suspects.", ["facial_recognition", "law_enforcement"], "wording:agency_name_only"),
("Officier de contre-ingérence, Direction du renseignement et de la sécurité de la défense (DRSD). Protection du personnel contre les tentatives d'ingérence étrangère.", ["counter_intelligence"], "wording:agency_name_only"),
("Médiateur de la consommation, secteur de l'énergie. Résolution amiable des litiges entre fournisseurs et clients.", ["mediation"], ""),
("Technicien de scène de crime, Police judiciaire fédérale, laboratoire de Liège. Constatations techniques, photographie et recherche de traces.", ["crime_scene", "law_enforcement"], "wording:fr_noun_complement"),
("Policière de proximité, zone de police Bruxelles-Ouest. Actions de sensibilisation aux vols à la tire et patrouilles de quartier.", ["crime_prevention"], ""),
("Chargé de mission déontologie, Service de contrôle interne, police cantonale de Genève. Enquêtes sur des plaintes visant des policiers.", ["internal_affairs", "law_enforcement"], ""),
("Opérateur de signalisation, commissariat central de Marseille. Relevé des empreintes décadactylaires et photographie signalétique des gardés à vue.", ["fingerprints", "law_enforcement"], "wording:fr_noun_complement"),
("Greffière, service du renseignement territorial. Gestion des fiches de renseignement et archivage des documents classifiés.", ["sensitive_data", "law_enforcement"], "wording:classified_document"),
("Coordinateur de la formation continue, Académie de police de Savatan. Organisation des cours de perfectionnement pour les inspecteurs.", ["event_training_organization", "law_enforcement"], "wording:training_verb"),
("Enquêteur, brigade financière, Police nationale ivoirienne. Enquêtes sur des détournements de deniers publics par des agents de l'État.", ["investigations", "anti_corruption"], "wording:paraphrase"),
]
