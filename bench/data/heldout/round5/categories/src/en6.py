LANG = "en"
E = [
("biometric enrolment supervisor - UNHCR Kakuma\nsupervised BIMS registration of refugees (iris, 10 fingers, photo), deduplication queries", ["BIO"], "wording:lowercase | R5-6"),
("Electoral Commission of Kenya – BVR kit operator\nBiometric voter registration in Turkana county, 2017 cycle.", ["BIO"], "R5-6"),
("Sr. Solutions Architect, NEC Global Safety\nDesigned multimodal biometric matching platform for a national police ID bureau (tender phase only, not deployed).", ["BIO"], "wording:abbrev"),
("Neighbourhood Sgt – Police Scotland, Dundee\nRan Operation Moonbeam diversionary events & youth engagment to prevent bonfire-night disorder; drafted local policing plan.", ["CP", "POL"], "wording:typo"),
("Crime Reduction Officer, Devon & Cornwall Police\nHome security surveys for repeat burglary victims, 'Cocoon watch' schemes.", ["CP"], "paraphrase"),
("PCSO (neighbourhood) – Met, Tower Hamlets\nbike marking events, scam awareness talks to elderly residents, weekly ward panel", ["CP"], "wording:lowercase"),
("Scene of Crime Officer (SOCO), Lancs Constabulary\nfingermark recovery, footwear marks, swabbing at burglary & vehicle crime scenes", ["CS", "FP", "LE"], "wording:abbrev"),
("Crime Scene Cleaner, Aftermath Services\nBiohazard clean-up after unattended deaths and violent crime, once police have released the scene.", [], "trap:head_word_other_sense"),
("Desk officer – counter-intel., Bundesamt für Verfassungsschutz (BfV)\nEvaluated reports on Russian intelligence officers operating under diplomatic cover.", ["CI"], "wording:agency_name_only | wording:abbrev"),
("Integrity Testing Officer – Internal Affairs Unit, National Police Service (Kenya)\nConducted integrity tests and investigated officers suspected of soliciting bribes at roadblocks.", ["IA", "AC", "INV"], "plain"),
("Conference & Events Manager – Interpol Washington (USNCB)\nOrganised the annual Americas Regional Conference and partner workshops.", ["EVT", "LE"], "trap:conference_real_event"),
("Vol. coordinator for a local food bank\nRota planning & donation drives; no safeguarding, policing or mediation duties.", [], "trap:negation_list"),
]
