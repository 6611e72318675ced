LANG = "fr"
E = [
("Brigadier, Police nationale – Brigade de protection des familles (BPF)\nAuditions filmées de mineurs victimes, accompagnement des familles, enquêtes sur violences intrafamiliales.", ["INV", "SAF"], "wording:unit_name"),
("Réserviste opérationnel, Gendarmerie nationale\nMissions de prévention de proximité (opération tranquillité vacances, conseils anti-cambriolage).", ["CP"], "wording:role_noun"),
("Gendarme, Brigade territoriale autonome de Pontivy\nPatrouilles, recueil de plaintes, relevés de traces papillaires sur cambriolages en l'absence de TIC.", ["FP", "LE"], "plain"),
("Opératrice biométrie – VFS Global (Alger)\nRelevé des empreintes et photos des demandeurs de visa Schengen.", ["BIO"], "R5-6"),
("Chargée de prévention, association Addictions France\nInterventions de prévention des conduites à risque dans les lycées.", [], "trap:non_le_prevention"),
("Photographe de plateau – studio TF1\nPrises de vues sur tournages de séries policières.", [], "trap:head_word_other_sense"),
("Technicienne de scène de crime (police technique de proximité), DIPN 13\ngel des lieux, fixation photographique, prélèvements sur vols avec violence", ["CS", "LE"], "wording:lowercase"),
("Analyste sécurité, Cellule de renseignement douanier (DNRED)\nSuivi des officiers de renseignement étrangers approchant des agents des douanes.", ["CI"], "wording:acronym_only"),
]
