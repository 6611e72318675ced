"""Language requirements: which languages, at what level, all of them or any one.

"Professional fluency in both French and English" -> all_of(French C1, English C1);
"Proficiency in ... (Arabic, French or Spanish)" -> one requirement, any of three
languages at B2; "Excellent command of English and good knowledge of French" ->
two requirements. Levels come from the phrase table matcher/reference/data/language_levels.yaml
(the wording is kept so the level can be checked); language names from
matcher/reference/data/languages.yaml.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from .. import reference
from .language_names import SECOND_ONE, expand, find_groups, find_languages, find_levels
from .language_sets import ANOTHER_LANGUAGE as ANOTHER_LANGUAGE
from .language_sets import PREFERRED, another_language, one_and_the_other, some_of, two_of_which
from .language_sets import preferred_languages as preferred_languages
from .patterns import Patterns, patterns

_ONE_OF_WHICH = re.compile(r"[–—-]?\s*\bat least one of (?:which|these|them)\b", re.IGNORECASE)


def _skills(text: str, pats: Patterns) -> list[str]:
    return [skill for skill, pattern in pats.language_skills.items() if pattern.search(text)]


# The words that grade a knowledge ("a satisfactory knowledge of another such language").
_QUALIFIER = (
    r"(?:(?:very\s+)?(?:good|working|basic|some|satisfactory|adequate|thorough|sound|solid|excellent|fluent|full"
    r"|limited|elementary)\s+)?"
)


def _clauses(sentence: str) -> list[str]:
    """'Fluency in English and French; knowledge of Spanish is an asset.' -> two clauses."""
    parts = re.split(
        rf";\s*|,\s*(?=(?:and\s+|plus\s+)?(?:an?\s+)?{_QUALIFIER}(?:knowledge|fluency|proficiency|command)\b)"
        r"|,\s*(?=(?:et\s+)?(?:la\s+|une\s+)?(?:(?:très\s+)?bonne\s+)?(?:connaissance|maîtrise)\b)"
        # "Proficiency in English and working knowledge (B2) of another ...": a second level, a second rule
        rf"|\s+and\s+(?=(?:an?\s+)?{_QUALIFIER}(?:knowledge|fluency|proficiency|command)\b)"
        r"|\s+et\s+(?=(?:la\s+|une\s+|l.)?(?:(?:très\s+)?bonne\s+)?(?:connaissance|maîtrise)\b)",
        sentence,
    )
    out: list[str] = []
    for part in (c.strip() for c in parts if c.strip()):
        cut = _ONE_OF_WHICH.search(part)  # "a second one – at least one of which must be English"
        if out and SECOND_ONE.search(part) and not find_languages(part[: cut.start()] if cut else part):
            out[-1] = sentence[sentence.find(out[-1]) : sentence.find(part) + len(part)]  # "et une autre de ces"
        else:
            out.append(part)
    return out


def _groups(clause: str) -> list[tuple[tuple[int, int, str, str] | None, list[tuple[int, int, str]]]]:
    """Languages grouped under the level phrase that governs them (the nearest before,
    else the first after)."""
    levels, named = find_levels(clause), find_groups(clause)
    names = sorted(named + [n for n in find_languages(clause) if not any(n[0] < e and s < n[1] for s, e, _ in named)])
    groups: dict[int, list[tuple[int, int, str]]] = {}
    for n, name in enumerate(names):
        upto = names[n + 1][0] if n + 1 < len(names) else len(clause)
        code = [i for i, lv in enumerate(levels) if lv[2] == lv[3] and name[1] <= lv[0] < upto]
        if code:  # "English (C1)", "English at level B2": the code after the name is its level
            groups.setdefault(code[0], []).append(name)
            continue
        before = [i for i, lv in enumerate(levels) if lv[1] <= name[0] and lv[2] != lv[3]]
        words = [i for i, lv in enumerate(levels) if lv[2] != lv[3]]
        key = before[-1] if before else (words[0] if words else (0 if levels else -1))
        if before:  # "a satisfactory knowledge (min. level B2) of another language": the code wins
            between = [i for i, lv in enumerate(levels) if lv[2] == lv[3] and levels[before[-1]][1] <= lv[0] < name[0]]
            key = between[-1] if between else key
        groups.setdefault(key, []).append(name)
    for start, end in ((m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", clause)):
        inside = [name for name in names if start <= name[0] and name[1] <= end]
        if len(inside) > 1:  # "(Arabic, Chinese, French, Russian or Spanish) at the B2 level": one group
            key = next(k for k, v in groups.items() if inside[-1] in v)
            for k in list(groups):
                groups[k] = [n for n in groups[k] if n not in inside or k == key]
            groups[key] = sorted(set(groups[key]) | set(inside))
            groups = {k: v for k, v in groups.items() if v}
    return [(levels[k] if k >= 0 else None, v) for k, v in groups.items()]


# Before the names: any one of them will do ("at least one of the two official languages (English and French)").
_ONE_OF = re.compile(r"\b(?:at least one of|one of the|either|l.une des|une des|l.une ou l.autre)\b", re.IGNORECASE)


def _level_of(rule: dict[str, Any]) -> str | None:
    return rule.get("level") or (reference.level_for_wording(rule["wording"]) if rule.get("wording") else None)


def _implied(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a rule for any language of a group when the same sentence asks for one of its languages,
    as important and at a level at least as high ("one of the UN languages, English indispensable")."""
    order = ["A1", "A2", "B1", "B2", "C1", "C2"]
    singles = [r for r in out if r["kind"] == "language" and len(r.get("languages", [])) == 1]
    keep = []
    for rule in out:
        level = _level_of(rule)
        implied = (
            rule["kind"] == "language"
            and len(rule.get("languages", [])) > 2
            and level
            and any(
                s["languages"][0] in rule["languages"]
                and s["importance"] == rule["importance"]
                and (_level_of(s) or "A1") in order
                and order.index(_level_of(s) or "A1") >= order.index(level)
                for s in singles
            )
        )
        if not implied:
            keep.append(rule)
    return keep


# A language asked for with no level: "the capacity to use English as a working language",
# "appropriate language skills, in particular in English" (any level will do).
NAMED_NO_LEVEL = re.compile(
    r"\b(?:capacity|ability|able|capable)\s+to\s+(?:use|work\s+in|communicate\s+in)\b|\blanguage skills\b"
    r"|\bas (?:a|the) working language\b|\b(?:capacité|aptitude) (?:à|de) (?:travailler|utiliser|communiquer)\b"
    # what the candidate does with it ("Savoir parler, lire et écrire le français", "speak and write English")
    r"|\b(?:speak|read|write|parler|lire|écrire)(?:\s*(?:,|and|or|et|ou)\s*(?:speak|read|write|parler|lire|écrire))*"
    r"\s+(?:(?:le|la|l['’])\s*)?[^\W\d_]",
    re.IGNORECASE,
)


def language_requirements(
    sentence: str, importance: str | None, pats: Patterns | None = None, need_level: bool = False
) -> list[dict[str, Any]]:
    """Requirement dicts (without ids) for each language asked for in `sentence`.

    `need_level`: outside a languages section, only a sentence with a level wording
    counts ("Proficiency in using Microsoft Office" names no language anyway).
    """
    pats = pats or patterns()
    both_ways = one_and_the_other(sentence, pats.importance(sentence) or importance or "required")
    if both_ways:
        return [both_ways]
    out: list[dict[str, Any]] = []
    for clause in _clauses(sentence):
        pair = two_of_which(clause, pats.importance(clause) or importance or "required", sentence)
        if pair:
            out.extend(pair)
            continue
        cut = _ONE_OF_WHICH.search(clause)  # "... a second one – at least one of which must be English, ..."
        if cut and find_groups(clause[: cut.start()]):
            clause = clause[: cut.start()]
        preferred = PREFERRED.search(clause)
        if preferred and find_languages(clause[preferred.end() :]) and find_levels(clause[: preferred.start()]):
            # "one of the languages of the EU, preferably English, French or German": the group is required,
            # the languages after "preferably" an asset at the same level
            for rule in language_requirements(clause[: preferred.start()], importance, pats, need_level):
                for part in [rule, *rule.get("children", [])]:
                    part["source"] = sentence  # quoting the whole sentence, as every rule does
                out.append(rule)
            first = find_levels(clause[: preferred.start()])[0]
            preferred_codes = list(dict.fromkeys(code for _, _, code in find_languages(clause[preferred.end() :])))
            given = {"level": first[3]} if first[2] == first[3] else {"wording": first[2]}
            out.append(
                {"kind": "language", "importance": "asset", "source": sentence, "languages": preferred_codes, **given}
            )
            continue
        clause_importance = pats.importance(clause) or importance or "required"
        another = another_language(clause, clause_importance, sentence)
        if another:
            out.append(another)
            continue
        named_only = NAMED_NO_LEVEL.search(clause)
        for level, names in _groups(clause):
            if level is None and need_level and not named_only:
                continue
            if level is None and not pats.importance(clause) and len(clause.split()) > 6 and not named_only:
                continue  # "English and French are the working languages of ...": information
            codes = list(dict.fromkeys(code for _, _, code in names))
            review = []
            params: dict[str, Any] = {}
            if level and level[2] == level[3]:  # an explicit CEFR code
                params["level"] = level[3]
            elif level:
                params["wording"] = level[2]
            else:  # "Language of Operation, French and English": named, no level (never a guessed one)
                params["any_level"] = True
                review.append("no level stated: any level will do; add `level` if the notice asks for one elsewhere")
            span = clause[min(n[0] for n in names) : max(n[1] for n in names)]
            plain = pats.illustrative.split(clause)[0]  # "including excellent (oral and written) skills"
            skills = _skills(clause[level[0] : level[1]] if level else "", pats) or _skills(plain, pats)
            if skills:
                params["skills"] = skills
            base = {"kind": "language", "importance": clause_importance, "source": sentence}
            if any(c.startswith("@") for c in codes) and some_of(
                clause[: min(n[0] for n in names)], expand(codes), pats
            ):
                codes = expand(codes)  # "at least two of the official languages of the OAS": pairs, below
            if any(c.startswith("@") for c in codes):  # "one of the official EU languages": any of the group
                named = ", ".join(c[1:].replace("_", " ") for c in codes if c.startswith("@"))
                review.append(f"a language of a group ({named}); the group's languages are listed")
                out.append({**base, "languages": expand(codes), **params, "review": "; ".join(review)})
                continue
            if len(codes) > 1 and _ONE_OF.search(clause[: min(n[0] for n in names)]):
                span = "one of " + span  # "at least one of the two official languages (English and French)"
            some = some_of(clause[: min(n[0] for n in names)], codes, pats)
            if some:  # "at least two of the three working languages: English, French and Spanish"
                pairs = [
                    {
                        **base,
                        "kind": "all_of",
                        "children": [
                            {"kind": "language", "source": sentence, "languages": [c], **params} for c in pick
                        ],
                    }
                    for pick in combinations(codes, some)
                ]
                review.append(f"any {some} of the {len(codes)} languages listed: one route for each combination")
                out.append({**base, "kind": "any_of", "children": pairs, "review": "; ".join(review)})
                continue
            lead = clause[: min(n[0] for n in names)]
            if len(codes) > 1 and ANOTHER_LANGUAGE.search(lead) and (pats.illustrative.search(lead) or "(" in lead):
                # "d'autres langues (en particulier l'arabe, le chinois et le russe)": examples, any one
                review.append("languages given as examples of other languages: any one of them counts")
                out.append({**base, "languages": codes, **params, "review": "; ".join(review)})
                continue
            if len(codes) > 1 and not pats.language_any.search(span) and pats.language_all.search(span):
                children = [{"kind": "language", "source": sentence, "languages": [c], **params} for c in codes]
                out.append({**base, "kind": "all_of", "children": children, "review": "; ".join(review) or None})
                continue
            if len(codes) > 1 and not pats.language_any.search(span):
                review.append("languages listed without 'and'/'or': taken as alternatives")
            out.append({**base, "languages": codes, **params, "review": "; ".join(review) or None})
    return _implied(out)
