"""Who may apply: nationality, nationality exclusion and time with the current employer.

These conditions often stand outside the requirement sections ("Applicants must be
nationals of an OSCE participating State", "Nationals of the host country are not
eligible", "at least 12 months with their current employer"), so every sentence of the
notice is read for them. Cue words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import os
import re
import unicodedata

from .. import reference
from .patterns import Patterns, patterns
from .values import years

Entry = dict


def _country_names() -> list[tuple[re.Pattern[str], str]]:
    out = [
        (re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), code)
        for name, code in patterns().country_aliases.items()
    ]
    for code, country in reference.countries().items():
        for name in (n for n in (country.get("name"), country.get("name_fr")) if isinstance(n, str)):
            if len(name) >= 4:
                out.append((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), code))
        english = country.get("name")
        if isinstance(english, str) and english.endswith("a") and len(english) >= 4:  # "a South African citizen"
            out.append(
                (re.compile(rf"(?<![\w-]){re.escape(english)}n(?=\s+(?:citizens?|nationals?|nationality)\b)"), code)
            )
    return sorted(out, key=lambda x: -len(x[0].pattern))


# A nationality sentence says who may apply ("citizens of Kosovo" in a list of duties does not).
_WHO = re.compile(
    r"^\W*(?:be|être|posséder|avoir|have|hold|nationality|citizenship|nationalité)\b|"
    r"\b(?:shall|should) be\b|\b(?:they|you) are an?\b|"
    r"\b(must|open|eligible|only|applicants?|candidates?|applications?|apply|"
    r"peuvent|doivent|ouvert|"
    r"réservée?s?|candidat(e|s|ure)?s?|admis)\b",
    re.IGNORECASE,
)

_COUNTRIES: list[tuple[re.Pattern[str], str]] = []

# Who is invited or preferred is no condition on who may apply.
_INVITATION = re.compile(
    r"\bencourag|\bwelcomes?\b|\b(?:preference|priority) (?:will|may|shall) be given\b|\bsont encouragée?s?\b"
    r"|\bla préférence sera\b",
    re.IGNORECASE,
)


def country_patterns() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, ISO code) of every country name and alias, longest first."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    return _COUNTRIES


def countries_named(text: str) -> list[str]:
    """ISO codes of the countries named in `text` (English or French names), in order."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    taken: list[tuple[int, int, str]] = []
    for pattern, code in _COUNTRIES:
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), code))
    return list(dict.fromkeys(code for _, _, code in sorted(taken)))


def _first_country_at(text: str) -> int:
    """Where the first country name (English, French or an alias) starts in `text` (len if none)."""
    if not _COUNTRIES:
        _COUNTRIES.extend(_country_names())
    return min((m.start() for pattern, _ in _COUNTRIES if (m := pattern.search(text))), default=len(text))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


_ADJECTIVE_AT = re.compile(
    r"\bnationalit[ée]\s+(?!d\W|de\b|des\b|du\b)([^\W\d_][\w.-]+)"  # "de nationalité française"
    r"|\b(?:citoyens?|ressortissants?|nationaux)\s+(?!d\W|de\b|des\b|du\b)([^\W\d_][\w.-]{3,})"
    r"|\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?i:citizens?|nationals?)\b"  # "U.S Citizens", "Canadian nationals"
)


def _demonyms() -> tuple[dict[str, str], frozenset[str], list[tuple[str, str]]]:
    data = reference.load_data("demonyms", "matcher.authoring")
    irregular = {_fold(str(word)): code for code, words in data["irregular"].items() for word in words}
    names = [
        (_fold(name), code)
        for code, country in reference.countries().items()
        for name in (country.get("name"), country.get("name_fr"))
        if isinstance(name, str) and " " not in name and len(name) >= 4
    ]
    return irregular, frozenset(_fold(w) for w in data["not_adjectives"]), names


_DEMONYMS: list[tuple[dict[str, str], frozenset[str], list[tuple[str, str]]]] = []


def adjective_country(word: str) -> str | None:
    """The country a nationality adjective names ("djiboutienne" -> DJ, "Canadian" -> CA, "U.S" -> US):
    an irregular one from data/demonyms.yaml, else the country whose one-word name it starts with (the
    longest such name; a name it only shares a stem with needs 60 % of the name and the stem unique)."""
    if not _DEMONYMS:
        _DEMONYMS.append(_demonyms())
    irregular, stop, names = _DEMONYMS[0]
    folded = _fold(word).strip(".")
    if folded in stop or len(folded) < 2:
        return None
    if folded in irregular or f"{folded}." in irregular:
        return irregular.get(folded) or irregular[f"{folded}."]
    whole = [  # "nigérienne" is Niger's ("niger" whole) before Nigeria's ("nigeri-")
        (folded.startswith(n), len(n), code)
        for n, code in names
        if folded.startswith(n) or (len(n) > 4 and folded.startswith(n[:-1]))
    ]
    if whole:
        return max(whole)[2]
    stems = set()
    for name, code in names:
        common = len(os.path.commonprefix([folded, name]))
        if common >= 4 and common >= 0.6 * len(name):
            stems.add(code)
    return stems.pop() if len(stems) == 1 else None


def adjective_countries(text: str) -> list[str]:
    """ISO codes of the nationality adjectives `text` uses in a who-may-apply phrase."""
    out = []
    for m in _ADJECTIVE_AT.finditer(text):
        word = next(g for g in m.groups() if g)
        code = adjective_country(word) or (adjective_country(word.split()[-1]) if " " in word else None)
        if code:
            out.append(code)
    return list(dict.fromkeys(out))


def location_country(location: str | None) -> str | None:
    found = countries_named(location or "")
    return found[-1] if found else None


def nationality_entries(sentence: str, importance: str, location: str | None, pats: Patterns) -> list[Entry]:
    """The who-may-apply rules one sentence states (most sentences: none)."""
    excluded = pats.nationality_exclusion.search(sentence)
    if excluded:
        countries = countries_named(sentence)
        entry: Entry = {
            "kind": "nationality_exclusion",
            "importance": "required",
            "source": sentence,
            "permanent_residents": bool(pats.permanent_residents.search(sentence)) or None,
            "cue": excluded.group(0),
            "confidence": 0.8,
        }
        if not countries and pats.duty_station.search(sentence):
            here = location_country(location)
            if here:
                countries = [here]
                entry["review"] = f"the duty-station country taken from the location: {reference.country_name(here)}"
        if not countries:  # "nationals ... of the duty station are not eligible": unknown until a country is given
            entry["unlisted"] = "the duty-station country" if pats.duty_station.search(sentence) else "some countries"
            entry["confidence"] = 0.3
            entry["review"] = "excludes some nationals but names no country: replace `unlisted` with `countries`"
            return [entry]
        entry["countries"] = countries
        return [entry]
    if _INVITATION.search(sentence):  # "we encourage applications from nationals of under-represented ..."
        return []
    national = pats.nationality_cue.search(sentence)
    if not national and adjective_countries(sentence):  # "être de nationalité française", "U.S citizens"
        national = _ADJECTIVE_AT.search(sentence)
    if not national or not _WHO.search(sentence):
        return []
    cue = national.group(0)
    residents = bool(pats.permanent_residents.search(sentence)) or None
    rules: list[Entry] = []
    rest = sentence
    for members, pattern in pats.nationality_members.items():
        hit = pattern.search(rest)
        if hit:
            rules.append(
                {"kind": "nationality", "source": sentence, "members": members, "permanent_residents": residents}
            )
            rest = rest[: hit.start()] + " " * len(hit.group(0)) + rest[hit.end() :]
    listed = {r["members"] for r in rules}
    if "eea_member_states" in listed and "eu_member_states" in listed:  # the EEA holds the EU's states
        rules = [r for r in rules if r["members"] != "eu_member_states"]
    countries = list(dict.fromkeys(countries_named(rest) + adjective_countries(rest)))
    if rules and countries and re.search(r"\(\s*$", sentence[: _first_country_at(sentence)]):
        rules = []  # "Member States of the EU (Cyprus, Czech Republic, ...)": the brackets say which ones
    within = frozenset().union(*(reference.member_countries(r["members"]) for r in rules)) if rules else frozenset()
    countries = [c for c in countries if c not in within]  # "la nationalité française ou ... de l'UE": FR is in it
    if countries:
        rules.append(
            {"kind": "nationality", "source": sentence, "countries": countries, "permanent_residents": residents}
        )
    if not rules:
        group = re.search(
            r"member\s+(?:states?|countries|nations)|[ée]tats?\s+(?:ou\s+gouvernements\s+)?membres?"
            r"|gouvernements?\s+membres?|pays\s+membres?|participating\s+states?"
            # one country the notice leaves unnamed: "nationals of the donor country", "of the country in which
            # they are to serve", "du pays hôte"
            r"|(?:donor|host|home|sponsoring|funding)\s+(?:country|countries|government)"
            r"|country\s+(?:in\s+which|where)\s+(?:they|you|he|she|the\s+\w+)\s+(?:are|is|will|would)\b"
            r"|duty[- ]station\s+country|pays\s+(?:donateur|hôte|d.affectation|bailleur)",
            sentence,
            re.IGNORECASE,
        )
        if group:  # "Être ressortissant d'un des États membres", "of the 57 member States of the Francophonie"
            return [
                {
                    "kind": "nationality",
                    "importance": "required",
                    "source": sentence,
                    "unlisted": _group_words(sentence, group),
                    "cue": cue,
                    "confidence": 0.3,
                    "review": "nationality of member States whose list is not shipped: the rule stays unknown; "
                    "replace `unlisted` with `countries` (or a shipped `members` list)",
                }
            ]
        return []
    meta = {"importance": importance, "source": sentence, "cue": cue, "confidence": 0.8}
    route = re.search(
        r"\bor\b(?=[^.;]*\b(?:nationals?|citizens?|ressortissants?)\s+(?:of|d[eu]s?)\b)"
        r"|\b(?:or|ou)\s+(?:of\s+|d.)(?:an?|une?)\s+(?:other\s+|autre\s+)?(?:pays|country|state|État)",
        rest,
        re.IGNORECASE,
    )  # "... or nationals of ...", "ou d'un pays candidat à l'adhésion"
    after = sentence[route.end() :] if route else ""
    named = countries_named(after) or any(p.search(after) for p in pats.nationality_members.values())
    if route and not named:  # "...; or nationals of countries eligible for ..."
        rules.append(  # "ou d'un pays candidat à l'adhésion": a route whose countries are not given
            {
                "kind": "nationality",
                "source": sentence,
                "unlisted": _group_words(rest[route.start() :], re.search(r"\S", rest[route.start() :])),
                "confidence": 0.3,
                "review": "a further route names no list or country: the rule stays unknown; "
                "replace `unlisted` with `countries`",
            }
        )
    if len(rules) == 1:
        return [{**rules[0], **meta}]
    return [{"kind": "any_of", **meta, "children": rules}]


def _group_words(text: str, at: re.Match[str] | None) -> str:
    """The words naming a group without its members, for `unlisted` ("member States of the Francophonie")."""
    start = at.start() if at else 0
    words = re.split(r"[;,.()]", text[start:])[0].strip()
    words = re.sub(r"^(?:or|ou)\s+(?:of\s+|d.)?", "", words, flags=re.IGNORECASE)
    return " ".join(words.split()[:12]) or "a group of countries"


def tenure_entry(sentence: str, importance: str, pats: Patterns) -> Entry | None:
    """'at least 12 months with their current employer' -> employer_tenure 12."""
    cue = pats.employer_tenure.search(sentence)
    n = years(sentence, pats)
    if not cue or not n or not re.search(r"\b(months?|mois|years?|ans|années)\b", sentence, re.IGNORECASE):
        return None
    if re.search(r"\bexperience\b|\bexpérience\b", sentence, re.IGNORECASE) and "current" not in sentence.lower():
        return None
    return {
        "kind": "employer_tenure",
        "importance": importance,
        "source": sentence,
        "min_months": round(n * 12, 2),
        "cue": cue.group(0),
        "confidence": 0.7,
    }


_OFFICIALS = re.compile(
    r"officials?|fonctionnaires?|agents?|policiers?|civil servants?|public administration|"
    r"national administration|law enforcement|employed by",
    re.IGNORECASE,
)


def secondment_entry(sentence: str, organization: str, pats: Patterns) -> Entry:
    if not _OFFICIALS.search(sentence):  # "open for secondment only": the State nominates, no official status asked
        return {
            "kind": "assessed",
            "importance": "required",
            "source": sentence,
            "confidence": 0.5,
            "cue": "secondment only",
            "review": "secondment only: candidates are nominated by their State; "
            "not a current-official rule. Add a nationality rule if the notice limits who may be nominated",
        }
    entry: Entry = {"kind": "secondment", "importance": "required", "source": sentence}
    members = next((v for k, v in pats.secondment_members.items() if k.lower() == organization.lower()), None)
    named = [m for m, pattern in pats.nationality_members.items() if pattern.search(sentence)]
    if members is None and len(named) == 1:  # "... of the Member States of the European Union": the sentence says
        entry["member_countries"] = named[0]
        entry["confidence"] = 0.6
        entry["review"] = f"no member-country list for {organization}; {named[0]} read from the sentence: check it"
    elif members is None:
        entry["review"] = f"no member-country list for {organization}: INTERPOL's is used; check who may apply"
    elif members != "interpol_members":
        entry["member_countries"] = members
    return entry
