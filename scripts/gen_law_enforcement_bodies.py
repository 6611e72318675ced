"""Generate matcher/nlp/data/law_enforcement_bodies.yaml: law-enforcement bodies by name.

A CV often names the employer only ("Guardia Civil", "Bundeskriminalamt", "the NCA",
"Frontex", "Europol"). The categorizer adds these names to the `law_enforcement`
phrases. Scope, per DESIGN.md and the labelling conventions: national police and
gendarmerie forces, border, coast-guard, customs and immigration-enforcement agencies,
criminal-investigation agencies (including anti-corruption bodies with criminal
powers), domestic security / counter-intelligence services, police inspectorates,
and international police organisations and their National Central Bureaus (INTERPOL,
Europol and NCB staff have law-enforcement experience). Not included: administrative
investigators without police powers (OLAF, World Bank INT), ministries, prosecutors,
prison services, private security.

Sources (read on 2026-12-01, stored public copies; names are facts, no text is copied):
- Wikipedia, "Law enforcement by country" (en.wikipedia.org/wiki/Law_enforcement_by_country)
- Wikipedia, "List of gendarmeries" (en.wikipedia.org/wiki/List_of_gendarmeries)
- INTERPOL, "Member countries" / "National Central Bureaus" (interpol.int/en/Who-we-are)
- Europol, "EU partners" (europol.europa.eu) and Frontex, "Who we are" (frontex.europa.eu)
- French bodies: Ministère de l'Intérieur organisation charts (interieur.gouv.fr) and the
  French-language names of the same bodies (fr.wikipedia.org, "Police nationale (France)",
  "Gendarmerie nationale", "Direction générale des douanes et droits indirects").
Each group below names the source it was taken from.

Acronyms are written to `acronyms` (matched case-sensitively; those of 4 letters or
fewer need a context word, since "ICE", "NCA" or "SFO" also name other things). Left out
as too often something else: AFP (a news agency), PJ (French "pièce jointe"), FIA, GRC, RAID,
"the Met" (the Met Office), "Security Service", "Hawks".

Run: .venv/bin/python scripts/gen_law_enforcement_bodies.py
"""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent.parent / "matcher" / "nlp" / "data" / "law_enforcement_bodies.yaml"

GROUPS: list[tuple[str, str, list[str]]] = [
    ("Wikipedia, Law enforcement by country", "en", [
        "Afghan National Police", "Albanian State Police", "Directorate General for National Security",
        "National Gendarmerie", "Police Corps of Andorra", "Argentine Federal Police", "Policía Federal Argentina",
        "New South Wales Police Force", "Victoria Police", "Queensland Police Service", "Western Australia Police",
        "South Australia Police", "Tasmania Police", "Northern Territory Police", "Australian Federal Police",
        "Federal Criminal Police Office", "Landeskriminalamt", "Royal Barbados Police Force",
        "Brazilian Federal Police", "Polícia Federal", "Federal Highway Police", "Polícia Militar", "Polícia Civil",
        "Royal Canadian Mounted Police", "Ontario Provincial Police", "Sûreté du Québec",
        "State Investigation and Protection Agency", "Guardia Civil", "Policía Nacional", "Civil Guard",
        "National Police Corps", "Mossos d'Esquadra", "Ertzaintza", "Polizia di Stato", "Carabinieri",
        "Guardia di Finanza", "Polizia Penitenziaria", "Bundespolizei", "Bundeskriminalamt", "Kriminalpolizei",
        "Kripo", "British Transport Police", "Metropolitan Police", "Metropolitan Police Service",
        "Scotland Yard", "Police Scotland", "Police Service of Northern Ireland", "National Crime Agency",
        "Serious Fraud Office", "Border Force", "An Garda Síochána", "Garda Síochána", "Koninklijke Marechaussee",
        "Royal Marechaussee", "Dutch National Police", "Politie", "Swedish Police Authority", "Polisen",
        "Rikspolisstyrelsen", "Danish National Police", "Rigspolitiet", "Norwegian Police Service", "Politiet",
        "Finnish Police", "Poliisi", "Estonian Police and Border Guard Board", "Politsei- ja Piirivalveamet",
        "Polish Police", "Policja", "Border Guard", "Straż Graniczna", "Czech Police", "Policie České republiky",
        "Hungarian Police", "Rendőrség", "Romanian Police", "Poliția Română", "Jandarmeria Română",
        "Hellenic Police", "Portuguese Judiciary Police", "Polícia Judiciária", "Public Security Police",
        "Guarda Nacional Republicana", "Polícia de Segurança Pública", "Federal Police of Belgium",
        "Belgian Federal Police", "Swiss Federal Police", "fedpol", "Federal Office of Police",
        "cantonal police", "Turkish National Police", "Gendarmerie General Command", "Jandarma",
        "Israel Police", "Shin Bet", "Hong Kong Police Force", "Independent Commission Against Corruption",
        "Singapore Police Force", "Corrupt Practices Investigation Bureau", "Royal Malaysia Police",
        "Indonesian National Police", "Philippine National Police", "National Bureau of Investigation",
        "Royal Thai Police", "National Police Agency", "Korean National Police Agency",
        "Central Bureau of Investigation",
        "Indian Police Service", "National Investigation Agency", "Federal Investigation Agency",
        "South African Police Service", "Directorate for Priority Crime Investigation",
        "Nigeria Police Force", "Economic and Financial Crimes Commission", "Kenya Police Service",
        "Directorate of Criminal Investigations", "Ghana Police Service", "Uganda Police Force",
        "Rwanda National Police", "Tanzania Police Force", "Royal Moroccan Gendarmerie", "Sûreté Nationale",
        "Carabineros de Chile", "Policía de Investigaciones", "Policía Nacional de Colombia",
        "Policía Nacional del Perú", "Mexican Federal Police", "Guardia Nacional", "National Guard of Mexico",
        "Federal Bureau of Investigation", "Drug Enforcement Administration",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", "United States Marshals Service",
        "U.S. Marshals Service", "US Marshals", "United States Secret Service", "US Secret Service",
        "U.S. Customs and Border Protection", "Customs and Border Protection", "Border Patrol",
        "U.S. Border Patrol", "Immigration and Customs Enforcement", "Homeland Security Investigations",
        "Diplomatic Security Service", "New York City Police Department", "Los Angeles Police Department",
        "State Border Guard Service of Ukraine", "National Police of Ukraine",
        "National Anti-Corruption Bureau of Ukraine", "Georgian Police",
        "New Zealand Police", "Royal Bhutan Police", "Royal Gibraltar Police", "Royal Cayman Islands Police Service",
        "Royal Bahamas Police Force", "Jamaica Constabulary Force", "HM Inspectorate of Constabulary",
        "His Majesty's Inspectorate of Constabulary", "Police Inspectorate", "Inspectorate of Police",
        "Trinidad and Tobago Police Service",
        "Royal Hong Kong Police", "Macau Judiciary Police",
    ]),
    ("Wikipedia, List of gendarmeries", "en", [
        "Argentine National Gendarmerie", "Gendarmería Nacional Argentina", "Argentine Naval Prefecture",
        "Prefectura Naval Argentina", "Armenian Border Guard", "Gendarmerie of Republika Srpska",
        "Chilean Gendarmerie", "Gendarmería de Chile", "Jordanian Gendarmerie", "Mexican Gendarmerie",
        "Gendarmería Nacional", "Imperial Gendarmerie", "Royal Gendarmerie", "Gendarmerie Royale",
        "Garde républicaine", "Guardia di Finanza", "Arma dei Carabinieri",
        "Guarda Nacional Republicana", "Koninklijke Marechaussee", "Jandarmeria", "Gendarmerie Nationale",
    ]),
    ("INTERPOL, Who we are: General Secretariat, regional bureaus and National Central Bureaus", "en", [
        "INTERPOL", "Interpol", "ICPO-INTERPOL", "International Criminal Police Organization",
        "INTERPOL General Secretariat", "General Secretariat of INTERPOL", "INTERPOL Global Complex for Innovation",
        "National Central Bureau", "National Central Bureaus", "INTERPOL National Central Bureau",
        "INTERPOL NCB", "NCB",
    ]),
    ("Europol, EU partners; Frontex, Who we are (EU agencies and networks)", "en", [
        "Europol", "European Union Agency for Law Enforcement Cooperation", "European Police Office",
        "European Migrant Smuggling Centre", "European Cybercrime Centre", "EC3", "European Counter Terrorism Centre",
        "Frontex", "European Border and Coast Guard Agency", "European Border and Coast Guard",
        "CEPOL", "European Union Agency for Law Enforcement Training", "EULEX", "EUPOL",
        "UN Police", "UNPOL", "United Nations Police", "AFRIPOL", "AMERIPOL", "ASEANAPOL", "GCCPOL",
        "SELEC", "Southeast European Law Enforcement Center", "SIRENE Bureau",
    ]),
    ("Domestic security and counter-intelligence services (Wikipedia, Law enforcement by country)", "en", [
        "MI5", "Federal Office for the Protection of the Constitution",
        "Bundesamt für Verfassungsschutz", "General Intelligence and Security Service", "AIVD",
        "Australian Security Intelligence Organisation", "ASIO", "Canadian Security Intelligence Service", "CSIS",
        "State Security Service", "Internal Security Agency", "ABW", "Swedish Security Service", "Säpo",
    ]),
    ("Ministère de l'Intérieur and fr.wikipedia (French bodies and French names)", "fr", [
        "Police nationale", "Gendarmerie nationale", "Préfecture de police", "préfecture de police de Paris",
        "Direction générale de la Police nationale", "Direction générale de la Gendarmerie nationale",
        "Direction centrale de la police judiciaire", "Direction nationale de la police judiciaire",
        "police judiciaire", "Direction régionale de la police judiciaire", "Direction de la police judiciaire",
        "Office central pour la répression de la traite des êtres humains",
        "Office central pour la répression de l'immigration irrégulière", "Office anti-stupéfiants",
        "Office central de lutte contre la corruption et les infractions financières et fiscales",
        "Office central de lutte contre la criminalité liée aux technologies de l'information et de la communication",
        "Office mineurs", "Direction générale de la sécurité intérieure",
        "Direction centrale du renseignement intérieur",
        "Direction nationale du renseignement et des enquêtes douanières", "Service national de douane judiciaire",
        "Direction générale des douanes et droits indirects", "douane judiciaire", "Police aux frontières",
        "Direction centrale de la police aux frontières", "Direction nationale de la police aux frontières",
        "Inspection générale de la police nationale", "Inspection générale de la gendarmerie nationale",
        "Garde républicaine", "Compagnies républicaines de sécurité", "Brigade de recherche et d'intervention",
        "Groupe d'intervention de la gendarmerie nationale", "Brigade criminelle", "brigade de recherches",
        "section de recherches", "brigade de sûreté urbaine", "sûreté départementale", "sûreté urbaine",
        "brigade territoriale", "brigade des stupéfiants", "brigade des mineurs",
        "brigade de répression du proxénétisme",
        "brigade de protection de la famille", "brigade financière", "brigade anticriminalité",
        "brigade de répression du banditisme", "brigade de protection des mineurs",
        "Office central pour la répression du trafic illicite des stupéfiants",
        "Institut de recherche criminelle de la gendarmerie nationale", "Service national de police scientifique",
        "Police fédérale", "Police judiciaire fédérale", "Police locale", "police cantonale", "Police cantonale",
        "Office fédéral de la police", "Gendarmerie royale du Canada", "Service de police de la Ville de Montréal",
        "Sûreté nationale", "Direction générale de la sûreté nationale", "Gendarmerie royale", "Sûreté du Québec",
        "Organisation internationale de police criminelle", "Secrétariat général d'INTERPOL",
        "bureau central national", "bureaux centraux nationaux",
        "Agence européenne de garde-frontières et de garde-côtes",
        "Office européen de police", "Garde civile", "Carabiniers", "police fédérale belge",
        "Police nationale d'Haïti", "Police nationale congolaise", "Gendarmerie nationale sénégalaise",
    ]),
]

# Acronyms (case-sensitive). Sources: the same pages as the groups above.
ACRONYMS = [
    "FBI", "DEA", "ATF", "USMS", "ICE", "CBP", "HSI", "NYPD", "LAPD", "RCMP", "OPP", "SPVM", "PSNI",
    "NCA", "SFO", "BKA", "LKA", "BfV", "KMar", "GNR", "PSP", "CBI", "NIA", "NBI", "PNP", "SAPS",
    "EFCC", "DCI", "ICAC", "CPIB", "NABU", "GdF", "DGSN", "DGST", "IRCGN", "SNPS", "DGSI", "DCPJ", "DNPJ", "DRPJ",
    "OCRTEH", "OCRIEST", "OFAST", "OCRTIS", "OCLCIFF", "OCLCTIC", "DNRED", "SNDJ", "DGDDI", "DCPAF", "DNPAF", "IGPN",
    "IGGN", "CRS", "BRI", "GIGN", "PAF", "SIPA", "EMSC", "ECTC", "CEPOL", "EULEX", "UNPOL", "SELEC",
]


def main() -> None:
    names: dict[str, list[str]] = {"en": [], "fr": []}
    seen: set[str] = set()
    sources = []
    for source, lang, group in GROUPS:
        sources.append(source)
        for name in group:
            if name.lower() not in seen:
                seen.add(name.lower())
                names[lang].append(name)
    acronyms = sorted(set(ACRONYMS), key=ACRONYMS.index)
    data = {
        "source": {"lists": sources, "script": "scripts/gen_law_enforcement_bodies.py",
                   "generated": datetime.date.today().isoformat()},
        "names": names,
        "acronyms": acronyms,
    }
    header = ("# Law-enforcement bodies by name, EN and FR (matcher/nlp/gazetteer.py).\n"
              "# GENERATED by scripts/gen_law_enforcement_bodies.py - do not edit by hand; sources below.\n")
    OUT.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"wrote {OUT} ({len(names['en'])} + {len(names['fr'])} names, {len(acronyms)} acronyms)")


if __name__ == "__main__":
    main()
