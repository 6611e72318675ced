LANG = "fr"
E = [
("Adjudant, Gendarmerie – Section de recherches de Marseille\n- direction d'enquêtes sur des filières de passeurs (Méditerranée)\n- ECE avec la police italienne via Eurojust", ["INV", "SOM", "IPC"], "wording:bullets | wording:abbrev_fr"),
("Assistante RH – Keolis\n- recrutement conducteurs\n- organisation des sessions d'intégration et formations sécurité", ["EVT"], "wording:bullets"),
("chargé de mission prévention, Préfecture de police (Paris)\nplans de prévention de la délinquance dans les transports, réunions partenariales", ["CP", "POL"], "wording:lowercase"),
("Ingénieur d'affaires, Thales DIS\nvente de cartes SIM et de solutions de paiement sans contact aux opérateurs télécoms", [], "plain_none"),
]
