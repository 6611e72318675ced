LANG = "en"
E = [
("Investigator – Swedish Police Authority (Polisen), Region Stockholm\n- fraud & 'grandson scam' cases vs elderly\n- interveiws, seizures, court testimony", ["INV"], "wording:bullets | wording:agency_name_only"),
("Ops Analyst @ Chainalysis\n• traced crypto flows for exchange clients' compliance teams\n• no LE secondment", [], "trap:negation | wording:bullets"),
("Trafficking in Persons Officer, US Dept of State (J/TIP)\n- drafted country narratives for the annual TIP Report\n- managed grants to shelters", ["THB", "POL"], "wording:bullets"),
("Parliamentary Security Officer, Houses of Parliament\nsearch & screening at entrances, pass checks", [], "trap:private_security"),
("Intern, Europol EC3 (cybercrime centre) – 6 mo\nsupported analysts w/ malware reports, handled restricted SIENA messages", ["LE", "SD"], "wording:abbrev"),
("Call handler, 101/999 – Essex Police Force Control Room\ngrading calls, THRIVE risk assessment, flagging vulnerable callers", ["LE"], "wording:abbrev"),
]
