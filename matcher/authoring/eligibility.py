"""Who may apply: nationality, nationality exclusion and time with the current employer.

These conditions often stand outside the requirement sections ("Applicants must be
nationals of an OSCE participating State", "Nationals of the host country are not
eligible", "at least 12 months with their current employer"), so every sentence of the
notice is read for them. Cue words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re

from .. import reference
from .countries import ADJECTIVE_AT, adjective_countries, countries_named, first_country_at, location_country
from .countries import country_patterns as country_patterns
from .patterns import Patterns
from .values import years

Entry = dict


# A nationality sentence says who may apply ("citizens of Kosovo" in a list of duties does not).
_WHO = re.compile(
    r"^\W*(?:be|être|posséder|avoir|have|hold|nationality|citizenship|nationalité|citoyenneté)\b|"
    r"^\W*(?:permanent\s+residents?|citizens?|nationals?)\b|\bbe\s+(?:an?\s+)?(?:nationals?|citizens?)\b|"
    r"^\W*(?:[\w.]+\s+){1,3}(?:citizens?|nationals?|citoyens?|ressortissants?)\W*$|"  # "Who May Apply: US Citizens"
    r"\b(?:shall|should) be\b|\b(?:they|you) are an?\b|\bil faut\b|\bare (?:nationals|citizens) of\b|"
    r"\b(must|open|eligible|only|applicants?|candidates?|applications?|apply|"
    r"peuvent|doivent|ouvert|postuler|"
    r"réservée?s?|candidat(e|s|ure)?s?|admis)\b",
    re.IGNORECASE,
)

# Where a who-may-apply phrase ends and the post's description starts.
_THE_POST = re.compile(
    r"\b(?:à postuler|to apply|(?:pour|au) (?:le )?poste|for the (?:post|position|vacancy)|based in|basée? à)\b",
    re.IGNORECASE,
)

# Who is invited or preferred is no condition on who may apply.
_INVITATION = re.compile(
    r"\bencourag|\bwelcomes?\b|\b(?:preference|priority) (?:will|may|shall) be given\b|\bsont encouragée?s?\b"
    r"|\bla préférence sera\b",
    re.IGNORECASE,
)


def nationality_entries(
    sentence: str, importance: str, location: str | None, pats: Patterns, organization: str | None = None
) -> list[Entry]:
    """The who-may-apply rules one sentence states (most sentences: none). "Its member States" with no
    organization named are those of the notice's `organization` when a shipped list holds them."""
    excluded = pats.nationality_exclusion.search(sentence)
    if excluded:  # "Nationals of X are not eligible", "personnes de nationalité française de ne pas répondre"
        countries = countries_named(sentence) or adjective_countries(sentence)
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
        national = ADJECTIVE_AT.search(sentence)
    if not national or not _WHO.search(sentence):
        return []
    cue = national.group(0)
    residents = bool(pats.permanent_residents.search(sentence)) or None
    rules: list[Entry] = []
    ends: list[int] = []  # where each member list's words end
    rest = sentence
    for members, pattern in pats.nationality_members.items():
        hit = pattern.search(rest)
        if hit:
            rules.append(
                {"kind": "nationality", "source": sentence, "members": members, "permanent_residents": residents}
            )
            ends.append(hit.end())
            rest = rest[: hit.start()] + " " * len(hit.group(0)) + rest[hit.end() :]
    listed = {r["members"] for r in rules}
    if "eea_member_states" in listed and "eu_member_states" in listed:  # the EEA holds the EU's states
        rules = [r for r in rules if r["members"] != "eu_member_states"]
        ends = ends[: len(rules)]
    post = _THE_POST.search(rest, national.end())  # "... à postuler au poste ... auprès de la Chine": the post's
    who = rest[: post.start()] if post else rest  # country, not the candidates'
    countries = list(dict.fromkeys(countries_named(who) + adjective_countries(who)))
    bracket = re.search(r"\(\s*$", sentence[: first_country_at(sentence)])
    if rules and countries and bracket:  # "Member States of the EU (Cyprus, Czech Republic, ...)": the brackets
        rules = [r for r, end in zip(rules, ends, strict=False) if bracket.start() - end > 3]  # say which ones
    unlisted = _unlisted_groups(sentence, residents, pats)
    within = frozenset().union(*(reference.member_countries(r["members"]) for r in rules)) if rules else frozenset()
    countries = [c for c in countries if c not in within]  # "la nationalité française ou ... de l'UE": FR is in it
    if countries:
        rules.append(
            {"kind": "nationality", "source": sentence, "countries": countries, "permanent_residents": residents}
        )
    rules += unlisted
    if not rules:
        group = re.search(
            r"member\s+(?:states?|countries|nations)|[ée]tats?\s+(?:ou\s+gouvernements\s+)?membres?"
            r"|gouvernements?\s+membres?|pays\s+membres?|participating\s+states?"
            # one country the notice leaves unnamed: "nationals of the donor country", "of the country in which
            # they are to serve", "du pays hôte"
            r"|(?:donor|host|home|sponsoring|funding)\s+(?:country|countries|government)"
            r"|country\s+(?:in\s+which|where)\s+(?:they|you|he|she|(?:the|their|its|his|her)\s+[\w ]{1,20}?)"
            r"\s+(?:are|is|will|would)\b"
            r"|duty[- ]station\s+country|pays\s+(?:donateur|hôte|d.affectation|bailleur)",
            sentence,
            re.IGNORECASE,
        )
        own = _own_members(sentence, group, organization, pats) if group else None
        if own:  # "invite les citoyens des États membres à postuler" in a notice of the African Union
            return [
                {
                    "kind": "nationality",
                    "importance": importance,
                    "source": sentence,
                    "members": own,
                    "permanent_residents": residents,
                    "cue": cue,
                    "confidence": 0.6,
                    "review": f"'{group.group(0) if group else ''}' read as the member States of {organization}",
                }
            ]
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
        r"|\b(?:or|ou)\s+(?:of\s+|d.)?(?:an?|une?)\s+(?:other\s+|autre\s+)?(?:pays|country|state|État)",
        rest,
        re.IGNORECASE,
    )  # "... or nationals of ...", "ou d'un pays candidat à l'adhésion"
    route = None if unlisted else route  # the named groups are the further routes
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
    rights = _CITIZEN_RIGHTS.search(sentence) or _personal_clause(sentence, pats)
    extra = (
        [{"kind": "assessed", "importance": importance, "source": sentence, "cue": rights.group(0)}] if rights else []
    )
    if len(rules) == 1:
        return [{**rules[0], **meta}, *extra]
    return [{"kind": "any_of", **meta, "children": rules}, *extra]


# "... and enjoy full rights as citizens": a second condition of the same sentence, for the interview.
_CITIZEN_RIGHTS = re.compile(
    r"\b(?:enjoy|have|jouir)\w*\s+(?:the\s+)?(?:full|all|de (?:tous )?ses|de (?:leurs|ses))\s+(?:\w+\s+)?"
    r"(?:rights|droits)\b[^.;]*",
    re.IGNORECASE,
)


# A second clause of a nationality sentence ("Avoir la nationalité tunisienne et être célibataire").
_AND_CLAUSE = re.compile(
    r"\b(?:et|and)\s+(?:ne pas\s+)?(?:être|avoir|jouir|be|have|enjoy|not be)\b[^.;]*", re.IGNORECASE
)


def _personal_clause(sentence: str, pats: Patterns) -> re.Match[str] | None:
    """The clause after the nationality that states a condition on the person, if any."""
    clause = _AND_CLAUSE.search(sentence)
    return clause if clause and pats.personal.search(clause.group(0)) else None


def _unlisted_groups(sentence: str, residents: bool | None, pats: Patterns) -> list[Entry]:
    """A route for each group of states the sentence names and no shipped list holds ("an EFTA Member
    State", "a country with which the Council has opened accession negotiations"): unknown until listed."""
    out: list[Entry] = []
    for label, pattern in pats.nationality_unlisted.items():
        found = pattern.search(sentence)
        if found:
            out.append(
                {
                    "kind": "nationality",
                    "source": sentence,
                    "unlisted": " ".join(
                        re.split(r"\s+(?:or|ou|and|et)\s+|[;,.()]", sentence[found.start() :])[0].split()[:8]
                    ),
                    "permanent_residents": residents,
                    "confidence": 0.3,
                    "review": f"nationals of {label}: no shipped list, so the rule stays unknown; "
                    "replace `unlisted` with `countries`",
                }
            )
    return out


def _own_members(sentence: str, group: re.Match[str], organization: str | None, pats: Patterns) -> str | None:
    """The member list of the notice's organization, when the sentence says "member States" of no other
    body (nothing but an article or "its"/"our" after the words, and no other organization named)."""
    members = next((v for k, v in pats.secondment_members.items() if k.lower() == (organization or "").lower()), None)
    after = sentence[group.end() :]
    if not members or not re.match(r"\s*(?:[,;.)]|$|(?:à|to|may|peuvent|can|are|sont|who|qui)\b)", after):
        return None
    if re.search(r"\b\d+\b", sentence[max(0, group.start() - 12) : group.start()]):
        return None  # "the 32 member states": a count the shipped list may not match; say nothing
    return str(members)


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
