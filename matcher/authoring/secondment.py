"""The secondment rule: who may be seconded ("open only to serving law enforcement officials of
INTERPOL's member countries", "SNEs are staff employed by a national, regional or local public
administration, or an IGO", "must be a serving Police Officer"), with the member-country list of the
notice's organization, the one the sentence names, or `any` when none is named. Cue words are in
matcher/authoring/data/draft_patterns.yaml (`secondment`, `serving_official`, `secondment_members`).
"""

from __future__ import annotations

import re

from .patterns import Patterns

Entry = dict


_OFFICIALS = re.compile(
    r"officials?|fonctionnaires?|agents?|policiers?|civil servants?|public administration|"
    r"national administration|law enforcement|employed by|permanent missions?|missions? permanentes?|"
    r"public (?:authorit|administration)|come from a|serving|en (?:activité|exercice)",
    re.IGNORECASE,
)


_POLICE_ONLY = re.compile(r"\bserving (?:police|law enforcement) officers?\b|\bpolici(?:er|ère) en\b", re.IGNORECASE)
_IGO = re.compile(r"\bIGOs?\b|\bintergovernmental organi[sz]ations?\b|\borganisations? intergouvernementales?\b")


def _employer_types(sentence: str) -> list[str] | None:
    """Who may be seconded when the sentence says otherwise than law enforcement or government: a serving
    police officer only, or an intergovernmental organisation's staff as well (EU rules on SNEs)."""
    if _POLICE_ONLY.search(sentence):
        return ["law_enforcement"]
    if _IGO.search(sentence):
        return ["law_enforcement", "government", "international_organization"]
    return None


def secondment_entries(sentence: str, organization: str, pats: Patterns) -> list[Entry]:
    """The secondment rule of the notice's secondment sentence, and an `assessed` rule for a rank the
    official must hold in it ("a serving Police Officer at the rank of Assistant Commissioner")."""
    entry = secondment_entry(sentence, organization, pats)
    rank = _RANK.search(sentence)
    if entry["kind"] != "secondment" or not rank:
        return [entry]
    held = {"kind": "assessed", "importance": "required", "source": sentence, "cue": rank.group(0), "confidence": 0.6}
    return [entry, {**held, "review": "a rank or grade the official must hold: no kind checks it; confirm it by hand"}]


_RANK = re.compile(r"\b(?:at|of) the rank of\b|\bau (?:grade|rang) d", re.IGNORECASE)


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
    types = _employer_types(sentence)
    if types:
        entry["employer_types"] = types
    members = next((v for k, v in pats.secondment_members.items() if k.lower() == organization.lower()), None)
    named = [m for m, pattern in pats.nationality_members.items() if pattern.search(sentence)]
    if members is None and len(named) == 1:  # "... of the Member States of the European Union": the sentence says
        entry["member_countries"] = named[0]
        entry["confidence"] = 0.6
        entry["review"] = f"no member-country list for {organization}; {named[0]} read from the sentence: check it"
    elif members is None:  # no list named: officials of any country (a default list would be a rule not asked)
        entry["member_countries"] = "any"
        entry["review"] = (
            f"no member-country list named for {organization}: officials of any country; "
            "name a shipped list if the notice limits them"
        )
    elif members != "interpol_members":
        entry["member_countries"] = members
    return entry
