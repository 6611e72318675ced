"""Generate N realistic synthetic candidate profiles (seeded, so runs are repeatable).

    python bench/generate_profiles.py OUT_DIR -n 1000 [--seed 7] [--invalid 0.02] [--jsonl FILE]

Profiles look like applications to the INTERPOL notices: police, gendarmerie,
customs and government careers with free-text descriptions in English or French
(roughly 2:1), some with declared categories, typos, negated mentions ("no
experience in DNA"), part-time and unproven jobs, education, CEFR languages and
fake identities (names, emails, phones) for blind-mode checks. About 70% are YAML,
30% JSON, spread over sub-folders. A fraction (--invalid) are broken in one of six
ways: malformed YAML, wrong type, unknown field, impossible date, empty file,
non-UTF-8 bytes. --jsonl also writes every valid profile as one JSON line (for
`matcher screen RULES -`).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import yaml

FIRST = [
    "Amina",
    "Jean",
    "Marie",
    "Ousmane",
    "Fatou",
    "Pierre",
    "Sofia",
    "Karim",
    "Lena",
    "Mateo",
    "Aïcha",
    "Thomas",
    "Nadia",
    "Yusuf",
    "Claire",
    "Ibrahim",
    "Elena",
    "Moussa",
    "Hélène",
    "Diego",
    "Priya",
    "Omar",
]
LAST = [
    "Diallo",
    "Martin",
    "Nguyen",
    "Traoré",
    "Dubois",
    "Okafor",
    "García",
    "Haddad",
    "Kowalski",
    "Ndiaye",
    "Rossi",
    "Mensah",
    "Lefèvre",
    "Kamara",
    "Silva",
    "Benali",
    "Schmidt",
    "Coulibaly",
    "Moreau",
    "Sato",
]
NATIONALITIES = [
    "FR",
    "SN",
    "CI",
    "NG",
    "KE",
    "DE",
    "ES",
    "IT",
    "BR",
    "IN",
    "JO",
    "MA",
    "TN",
    "GH",
    "CM",
    "BE",
    "CA",
    "ML",
    "BF",
    "PH",
    "TH",
    "EG",
    "LB",
    "PT",
]
AFRICA = ["SN", "CI", "NG", "KE", "GH", "CM", "ML", "BF", "MA", "TN", "EG", "NE", "TG", "BJ"]
ASIA_ME = ["JO", "LB", "IQ", "TH", "PH", "VN", "IN", "PK", "AE", "QA", "MY", "ID"]
EUROPE = ["FR", "DE", "ES", "IT", "BE", "NL", "PT", "PL", "GB", "CH"]
EMPLOYERS = {
    "law_enforcement": [
        "Police nationale",
        "Gendarmerie nationale",
        "Metropolitan Police Service",
        "Direction générale des douanes",
        "National Police Service",
        "Border Guard Service",
        "Policía Nacional",
        "Bundeskriminalamt",
        "Police judiciaire",
    ],
    "government": [
        "Ministry of Interior",
        "Ministère de la Justice",
        "National Crime Agency",
        "Office central pour la répression de la traite des êtres humains",
    ],
    "international_organization": ["INTERPOL", "UNODC", "Europol", "IOM", "OSCE"],
    "private": ["SecureID Ltd", "Forensic Solutions SA", "Biometrix GmbH"],
    "ngo": ["La Strada International", "Terre des hommes"],
}
TITLES_EN = [
    "Fingerprint Examiner",
    "Police Officer",
    "Criminal Intelligence Analyst",
    "Detective Inspector",
    "Liaison Officer",
    "Crime Scene Investigator",
    "Internal Affairs Investigator",
    "Project Officer",
    "Border Guard",
    "Customs Officer",
    "Senior Investigator",
    "Training Coordinator",
    "Victim Support Officer",
    "Policy Adviser",
    "Data Protection Officer",
]
TITLES_FR = [
    "Expert en empreintes digitales",
    "Officier de police judiciaire",
    "Analyste en renseignement criminel",
    "Enquêteur",
    "Officier de liaison",
    "Technicien en identification criminelle",
    "Gendarme",
    "Chargé de mission",
    "Inspecteur des douanes",
    "Commandant de brigade",
    "Formateur",
]
SENTENCES_EN = [
    "Examined latent prints recovered at crime scenes and compared them against the AFIS database.",
    "Carried out ten-print comparisons and verified fingerprint identifications for court.",
    "Led criminal investigations into trafficking in human beings and sexual exploitation networks.",
    "Investigated migrant smuggling routes with partner agencies in West Africa.",
    "Coordinated cross-border police cooperation through the National Central Bureau.",
    "Produced strategic intelligence reports and threat assessments for senior management.",
    "Drafted standard operating procedures and policy reports on biometric data exchange.",
    "Organised regional conferences and training courses for investigators.",
    "Supported victims and witnesses and ensured their protection during proceedings.",
    "Handled classified information in a highly confidential environment.",
    "Conducted internal affairs investigations into misconduct and professional standards.",
    "Analysed corruption patterns and fraud cases within public procurement.",
    "Managed DNA profiling requests and liaised with the forensic genetics laboratory.",
    "Operated facial recognition software to compare images of suspects.",
    "Performed patrols, arrests and community policing duties.",
    "Mediated disputes between communities and local authorities.",
    "Managed the unit budget, staff rotas and equipment procurement.",
    "Processed visa applications and administrative files.",
    "I have no experience in DNA analysis but would like to learn it.",
    "Worked with customs and border guards on counter-terrorism operations.",
    "Examined latent fingerprnts and trained colleagues in dactyloscopy.",
    "Investigated human traficking cases involving forced labour.",
]
SENTENCES_FR = [
    "Exploitation des traces papillaires relevées sur les scènes de crime et comparaison dans le fichier AFIS.",
    "Identification des personnes par les empreintes digitales et rédaction des rapports d'expertise.",
    "Conduite d'enquêtes sur la traite des êtres humains et l'exploitation sexuelle.",
    "Démantèlement de filières de trafic de migrants en lien avec les pays d'Afrique de l'Ouest.",
    "Coopération policière internationale avec les bureaux centraux nationaux.",
    "Rédaction de notes de renseignement criminel et d'analyses stratégiques.",
    "Élaboration de procédures opérationnelles et de rapports de politique publique.",
    "Organisation de séminaires et de formations pour les enquêteurs de la région.",
    "Accompagnement et protection des victimes et des témoins.",
    "Gestion d'informations classifiées dans un environnement hautement confidentiel.",
    "Enquêtes administratives de l'inspection générale sur les manquements déontologiques.",
    "Analyse des schémas de corruption et des fraudes dans les marchés publics.",
    "Patrouilles, interpellations et missions de police de proximité.",
    "Gestion administrative du service et suivi budgétaire.",
    "Je n'ai aucune expérience en analyse ADN.",
    "Médiation entre les communautés locales et les autorités.",
]
CATEGORIES = [
    "fingerprints",
    "human_trafficking",
    "migrant_smuggling",
    "intelligence",
    "investigations",
    "law_enforcement",
    "international_police_cooperation",
    "dna",
    "facial_recognition",
    "safeguarding",
    "internal_affairs",
    "anti_corruption",
    "sensitive_data",
]
FIELDS = [
    "law",
    "criminology",
    "forensic science",
    "political science",
    "biology",
    "computer science",
    "international relations",
    "droit",
    "chemistry",
]
LANGS = ["en", "fr", "es", "ar", "de", "pt", "it"]
LEVELS = ["A2", "B1", "B2", "C1", "C2"]
INVALID_KINDS = ["malformed_yaml", "wrong_type", "unknown_field", "impossible_date", "empty", "not_utf8"]


def _month(rng: random.Random, year: int) -> str:
    return f"{year}-{rng.randint(1, 12):02d}"


def experience(rng: random.Random, french: bool, start_year: int, end_year: int | None) -> dict:
    employer_type = rng.choices(list(EMPLOYERS), weights=[60, 15, 10, 10, 5])[0]
    title = rng.choice(TITLES_FR if french else TITLES_EN)
    text = " ".join(rng.sample(SENTENCES_FR if french else SENTENCES_EN, rng.randint(2, 4)))
    entry: dict = {
        "title": title,
        "employer": rng.choice(EMPLOYERS[employer_type]),
        "employer_type": employer_type,
        "country": rng.choice(NATIONALITIES),
        "start": _month(rng, start_year),
    }
    if end_year is None:
        entry["ongoing"] = True
    else:
        entry["end"] = _month(rng, end_year) if end_year > start_year else f"{start_year}-12"
    if rng.random() < 0.6:
        pool = AFRICA if rng.random() < 0.5 else ASIA_ME if rng.random() < 0.6 else EUROPE
        entry["countries_worked_with"] = rng.sample(pool, rng.randint(1, 3))
    if rng.random() < 0.12:
        entry["fraction"] = rng.choice([0.5, 0.8])
    if rng.random() < 0.06:
        entry["proof_of_employment"] = False
    if rng.random() < 0.2:
        entry["categories"] = rng.sample(CATEGORIES, rng.randint(1, 2))
    if rng.random() < 0.95:
        entry["description"] = text
    return entry


def profile(rng: random.Random, index: int) -> dict:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    french = rng.random() < 0.35
    data: dict = {
        "id": f"APP-{index:06d}",
        "name": f"{first} {last}",
        "email": f"{first.lower()}.{last.lower()}{index}@example.org",
        "phone": f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {index % 100:02d}",
        "date_of_birth": f"{rng.randint(1960, 1998)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "nationality": rng.sample(NATIONALITIES, rng.choice([1, 1, 1, 2])),
    }
    if rng.random() < 0.1:
        data["photo_url"] = f"https://photos.example.org/{index}.jpg"
    year = rng.randint(1992, 2018)
    jobs = []
    for n in range(rng.randint(1, 5)):
        if year > 2023:
            break
        length = rng.randint(1, 9)
        last_job = n == 4 or year + length > 2024 or rng.random() < 0.25
        jobs.append(
            experience(
                rng,
                french if rng.random() < 0.9 else not french,
                year,
                None if last_job and rng.random() < 0.7 else min(year + length, 2024),
            )
        )
        if last_job:
            break
        year += length + rng.choice([0, 0, 1])
    data["experience"] = jobs
    current = jobs[-1] if jobs and jobs[-1].get("ongoing") else None
    if current or rng.random() < 0.5:
        kind = current["employer_type"] if current else rng.choice(["law_enforcement", "government", "none"])
        data["current_employment"] = {"employer_type": kind, "employer_country": rng.choice(NATIONALITIES)}
        if current:
            data["current_employment"].update(employer=current["employer"], position=current["title"])
    data["education"] = [
        {
            "title": rng.choice(["Bachelor", "Master", "Licence", "Doctorate", "BTS"]),
            "field": rng.choice(FIELDS),
            "level": rng.choice([5, 6, 6, 7, 7, 8]),
            "years": rng.choice([2, 3, 3, 4, 5]),
            "completed": rng.random() < 0.92,
        }
        for _ in range(rng.choice([0, 1, 1, 2]))
    ]
    langs = rng.sample(LANGS, rng.randint(1, 4))
    data["languages"] = [
        {"language": code, "mother_tongue": True} if i == 0 else {"language": code, "level": rng.choice(LEVELS)}
        for i, code in enumerate(langs)
    ]
    return data


def broken(kind: str, data: dict) -> bytes:
    """A file that is wrong in one way, as real applicants' files are."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if kind == "malformed_yaml":
        return text.replace("experience:", "experience: [", 1).encode("utf-8")
    if kind == "wrong_type":
        return yaml.safe_dump({**data, "experience": "twelve years in the police"}, allow_unicode=True).encode()
    if kind == "unknown_field":
        return yaml.safe_dump({**data, "favourite_colour": "blue"}, allow_unicode=True).encode("utf-8")
    if kind == "impossible_date":
        jobs = [dict(job) for job in data["experience"]]
        jobs[0]["start"] = "2019-02-30"
        return yaml.safe_dump({**data, "experience": jobs}, allow_unicode=True).encode("utf-8")
    if kind == "empty":
        return b""
    return text.encode("latin-1", errors="replace") + "\nnotes: Réalisé à Genève\n".encode("latin-1")


def generate(out: Path, count: int, seed: int = 7, invalid: float = 0.02, jsonl: Path | None = None) -> dict:
    """Write `count` profiles under `out`; returns how many of each kind were written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    stats = {"valid": 0, **{k: 0 for k in INVALID_KINDS}}
    lines = jsonl.open("w", encoding="utf-8") if jsonl else None
    try:
        for i in range(count):
            data = profile(rng, i)
            folder = out / f"batch-{i // 500:03d}"
            folder.mkdir(exist_ok=True)
            as_json = rng.random() < 0.3
            if rng.random() < invalid:
                kind = INVALID_KINDS[stats_total(stats) % len(INVALID_KINDS)]
                (folder / f"applicant-{i:06d}.yaml").write_bytes(broken(kind, data))
                stats[kind] += 1
                continue
            path = folder / f"applicant-{i:06d}.{'json' if as_json else 'yaml'}"
            if as_json:
                path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            else:
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            if lines:
                lines.write(json.dumps(data, ensure_ascii=False) + "\n")
            stats["valid"] += 1
    finally:
        if lines:
            lines.close()
    return stats


def stats_total(stats: dict) -> int:
    return sum(v for k, v in stats.items() if k != "valid")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the profiles into")
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--invalid", type=float, default=0.02, help="fraction of broken files (default 0.02)")
    parser.add_argument("--jsonl", type=Path, help="also write the valid profiles as JSON Lines here")
    args = parser.parse_args()
    stats = generate(args.out, args.count, args.seed, args.invalid, args.jsonl)
    print(f"wrote {args.count} profiles to {args.out}: " + ", ".join(f"{v} {k}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
