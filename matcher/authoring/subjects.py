"""Education and experience entries from one requirement sentence.

An education sentence gives its ISCED level or years of study (education.py); an experience sentence its
years (or months), categories, sector, employer types and regions, and "N years, including M
years of ..." gives two entries. Used by requirements.py (one sentence) and alternatives.py
(the routes of an any_of).
"""

from __future__ import annotations

import re
from typing import Any

from .. import reference
from .categorize import sentence_categories
from .education import education_entry as education_entry
from .patterns import Patterns
from .values import years

Entry = dict[str, Any]


# "3 ans d'activité dans la même catégorie socioprofessionnelle": French years of work are "d'activité" too.
EXPERIENCE_WORD = re.compile(
    r"\b(?:professional |relevant |work )?(?:experience|expérience)\b"
    r"|(?<=ans )d.activités?\b|(?<=années )d.activités?\b",
    re.IGNORECASE,
)


def _regions(text: str, pats: Patterns) -> list[str]:
    """Region ids named in `text` (labels, French labels and adjectives), in order."""
    text = pats.region_exclusions.sub(lambda m: " " * len(m.group(0)), text)
    names = [(r["label"], rid) for rid, r in reference.regions().items()]
    names += [(r["label_fr"], rid) for rid, r in reference.regions().items() if r.get("label_fr")]
    names += list(pats.region_names.items())
    taken: list[tuple[int, int, str]] = []
    for name, rid in sorted(names, key=lambda x: -len(x[0])):
        flags = 0 if name[:1].isupper() else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), rid))
    return list(dict.fromkeys(rid for _, _, rid in sorted(taken)))


def _listed_sectors(found, text: str) -> None:
    """ "crime prevention, criminal justice or law enforcement": a sector named in one list with
    categories is one of the alternatives (a category), not a restriction on the others."""
    if not (found.categories and found.sector):
        return
    spans = sorted((m.start, m.end, m.category) for m in found.matches)
    for sector in list(found.sector):
        for (_, e1, c1), (s2, _, c2) in zip(spans, spans[1:], strict=False):
            if sector in (c1, c2) and re.fullmatch(r"\s*(?:,|\bor\b|\bou\b|\band/or\b|,\s*or\b)\s*", text[e1:s2]):
                found.sector.remove(sector)
                found.categories.append(sector)
                break


def _one_alternative_among_others(found, text: str, lang: str) -> bool:
    """A sector named as one item of an 'or' list whose other items match no category ("in security
    management, military or police", "security (military, police or private)"): not a restriction."""
    if not found.sector or found.categories:
        return False
    for m in found.matches:
        if m.category not in found.sector:
            continue
        before, after = text[: m.start], text[m.end :]
        joined_before = re.search(r"(?:,|\(|\bor\b|\band/or\b)\s*$", before)
        joined_after = re.match(
            r"\s*(?:\bor\b|\band/or\b|,(?!\s*(?:including|in particular|notably|such as|e\.g|i\.e)\b))\s*\w", after
        )  # "policing, including investigations ...": what follows details it, it is no alternative
        if (joined_before or joined_after) and re.search(r"\bor\b|\band/or\b", text[max(0, m.start - 60) : m.end + 60]):
            return not _same_field(text, m.start, m.end, found.sector, lang)
    return False


# Where the list of fields around a match ends: the sentence's punctuation, or examples that follow.
_LIST_END = re.compile(r"[;:.()]|\b(?:including|in particular|notably|such as|e\.g|i\.e|of which|dont)\b", re.I)


def _same_field(text: str, start: int, end: int, sector: list[str], lang: str) -> bool:
    """Every other item of the 'or' list around text[start:end] names the same sector ("border guard
    or police work", "national police or local law enforcement": one piece of evidence per category
    covers both), so no item is without a taxonomy id."""
    left = _LIST_END.split(text[:start])[-1]
    right = _LIST_END.split(text[end:])[0]
    items = [i for i in re.split(r",|\bor\b|\band/or\b", left + "\x00" + right) if "\x00" not in i]
    items = [i for i in items if re.search(r"[^\W\d_]{3,}", i)]
    if not items:
        return False
    return all(set(sentence_categories(i, lang).sector) & set(sector) for i in items)


def _employer_types(text: str, pats: Patterns) -> list[str]:
    return [kind for kind, pattern in pats.employer_types.items() if pattern.search(text)]


def experience_entry(sentence: str, importance: str, lang: str, pats: Patterns, text: str | None = None) -> Entry:
    """Experience (years, categories), region experience, or `assessed` when nothing is countable.

    `text` is the part of the sentence to read (default: all of it); `source` is the sentence.
    """
    base: Entry = {"importance": importance, "source": sentence}
    sentence = text or sentence
    n = years(sentence, pats)
    regions = _regions(sentence, pats)
    found = sentence_categories(sentence, lang, pats)
    review = [f"uncertain match {u}" for u in found.uncertain]
    if not regions and not (found.categories or found.sector):  # "Experience in Nigeria preferred"
        from .eligibility import countries_named

        places = countries_named(sentence)
        if places and re.search(
            r"\b(?:in|with|across|within|en|au|aux|dans)\s+(?:the\s+)?$",
            sentence[: sentence.find(reference.country_name(places[0]))]
            if reference.country_name(places[0]) in sentence
            else "",
        ):
            names = ", ".join(reference.country_name(c) for c in places)
            entry = {"kind": "region_experience", **base, "countries": places, "cue": names, "review": None}
            if n:
                entry["min_years"] = n
            return entry
    if regions and pats.region_context.search(sentence):
        entry = {"kind": "region_experience", **base, "regions": regions}
        if n:
            entry["min_years"] = n
        if found.categories or found.sector:
            review.append(
                "also names "
                + ", ".join(found.categories + found.sector)
                + ": region experience cannot check both; consider all_of"
            )
        return {**entry, "review": "; ".join(review) or None}
    _listed_sectors(found, sentence)
    if _one_alternative_among_others(found, sentence, lang):  # "security management, military or police"
        review.append(
            f"{', '.join(found.sector)} is one of several fields named, the others without a taxonomy id: "
            "any experience counts as written; add `categories` if the notice means fewer"
        )
        found.sector = []
    employers = _employer_types(sentence, pats)
    if employers and set(employers) <= set(found.sector):  # "police service": the sector says it already
        employers = []
    if found.sector and employers:  # "policing in national administrations": the police counts too
        employers += [s for s in found.sector if s in pats.employer_types and s not in employers]
    if not (n or found.categories or found.sector or employers):
        if EXPERIENCE_WORD.search(sentence):  # "Experience in preparing analytical reports": any experience
            review.append(
                "experience asked for, but no category of the taxonomy matched: any professional experience "
                "counts as written; add `categories` if the notice means a field the taxonomy has"
            )
            return {"kind": "experience", **base, "confidence": 0.4, "review": "; ".join(review)}
        return {"kind": "assessed", **base, "review": None}
    entry = {"kind": "experience", **base}
    if n:
        entry["min_years"] = n
    for key, value in (("categories", found.categories), ("sector", found.sector), ("employer_types", employers)):
        if value:
            entry[key] = value
    return {**entry, "review": "; ".join(review) or None}


def study_part(head: str, pats: Patterns) -> str | None:
    """The years-of-study degree that opens an experience sentence ("A three (3) year Diploma/Degree
    in X, with three years ... experience"): the text before its "with", when it names years."""
    cuts = list(re.finditer(r",?\s*\b(?:with|plus|avec)\b", head, re.IGNORECASE))
    study = head[: cuts[-1].start()] if cuts else ""
    return study if study and pats.education_cues.search(study) and years(study, pats) else None


def experience_entries(
    sentence: str, importance: str, lang: str, pats: Patterns, n: float | None, text: str | None = None
) -> list[Entry]:
    """One experience rule, or all_of(the whole, the part) for "6 years, of which 3 years in X"
    ("dont au moins six dans un poste d'encadrement": the part's unit is the whole's).
    `text`: the part of the sentence to read (default: all of it); rules quote the sentence."""
    whole = sentence
    sentence = text or sentence
    part = pats.experience_part.search(sentence)
    after = sentence[part.end() :] if part else ""
    bare = re.match(
        r"\s*(?:au moins|at least|a minimum of|minimum|not less than)?\s*(\w+)\b(?!\s*(?:years?|ans|années))", after
    )
    if part and n and not years(after, pats) and bare and pats.number(bare.group(1)):
        after = after[: bare.end()] + " years" + after[bare.end() :]  # the unit the notice left out
    if part and n and years(after, pats):
        children = [
            experience_entry(whole, "required", lang, pats, piece) for piece in (sentence[: part.start()], after)
        ]
        if all(c["kind"] == "experience" for c in children):
            for child in children:
                child.pop("importance")
            whole_part, inner = children
            if whole_part.get("sector") and inner.get("categories") and not inner.get("sector"):
                inner["sector"] = list(whole_part["sector"])  # "10 years in law enforcement, including 6 supervisory"
            return [{"kind": "all_of", "importance": importance, "source": whole, "children": children}]
    route = _OR_YEARS.search(sentence)
    if route and years(sentence[: route.start()], pats) and years(sentence[route.start() :], pats):
        children = [  # "two years with a civilian police force or three years in a military police force"
            experience_entry(whole, "required", lang, pats, piece)
            for piece in (sentence[: route.start()], sentence[route.start(1) :])
        ]
        if all(c["kind"] == "experience" for c in children):
            for child in children:
                child.pop("importance")
            return [{"kind": "any_of", "importance": importance, "source": whole, "children": children}]
    listed = _YEAR_LIST.search(sentence)
    if listed:  # "Année d'Expérience Requise : 7 ans, 10 ans": the amounts a label lists, any one of them
        amounts = [years(a, pats) for a in re.split(r"\s*,\s*", listed.group(1))]
        listed_routes: list[Entry] = [{"kind": "experience", "source": whole, "min_years": a} for a in amounts if a]
        return [
            {
                "kind": "any_of",
                "importance": importance,
                "source": whole,
                "children": listed_routes,
                "cue": "amounts listed without pairing",
                "confidence": 0.4,
                "review": "several amounts of experience listed, none paired with a degree or grade: any one is "
                "taken as enough; keep the one this post asks",
            }
        ]
    pieces = _alternative_domains(sentence)
    if pieces:
        children = [_route(whole, piece, n, lang, pats) for piece in pieces]
        if len({repr(sorted((k, str(v)) for k, v in c.items() if k != "review")) for c in children}) > 1:
            return [
                {
                    "kind": "any_of",
                    "importance": importance,
                    "source": whole,
                    "children": children,
                    "cue": "alternative fields of experience",
                    "confidence": 0.6,
                }
            ]
    return [experience_entry(whole, importance, lang, pats, text)]


# A label's value that only lists amounts: "7 ans, 10 ans".
_YEAR_LIST = re.compile(
    r":\s*((?:\d+\s*(?:ans?|années?|years?)\s*,\s*)+\d+\s*(?:ans?|années?|years?))\s*$", re.IGNORECASE
)
# "Diplomatic experience or experience working in political affairs ...": two kinds of experience.
_OR_EXPERIENCE = re.compile(
    r"^(?P<a>[^;]*?\b(?:experience|expérience)\b[^;]*?),?\s+\b(?:or|ou)\s+"
    r"(?P<b>(?:[\w-]+\s+){0,3}?(?:experience|expérience)\b.*)$",
    re.IGNORECASE,
)
# "Work experience in either public administration, international organizations, NGOs, or ...".
_EITHER = re.compile(r"\b(?:either|soit)\s+(?P<list>.+)$", re.IGNORECASE)


def _alternative_domains(text: str) -> list[str]:
    """The alternative fields an experience sentence offers ("X experience or experience in Y";
    "experience in either A, B, C or D"), each to be categorized on its own words; [] when it offers none."""
    pair = _OR_EXPERIENCE.match(text)
    if pair:
        return [pair["a"], pair["b"]]
    either = _EITHER.search(text)
    if not either:
        return []
    flat = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", " "), either["list"])  # "(e.g. A, B)" is one item
    items = [i.strip(" ,;.") for i in re.split(r",\s*(?:or\s+|ou\s+)?|\s+\b(?:or|ou)\b\s+", flat)]
    items = [i for i in items if i]
    return items if len(items) >= 3 else []


def _route(whole: str, piece: str, n: float | None, lang: str, pats: Patterns) -> Entry:
    """One alternative field as an experience route (any experience when no category names it)."""
    child = experience_entry(whole, "required", lang, pats, piece)
    child.pop("importance", None)
    if child["kind"] != "experience":
        child = {
            "kind": "experience",
            "source": whole,
            "review": f"'{piece}' has no category in the taxonomy: any experience counts for this route",
        }
    if n and not child.get("min_years"):
        child["min_years"] = n
    return child


# "N years in X or M years in Y": two routes of experience, either one counts.
_OR_YEARS = re.compile(
    r",?\s+\b(?:or|ou)\s+(?:at least\s+|a minimum of\s+|au moins\s+)?(\w+)\s*(?:\(\d+\)\s*)?(?:years?|ans|années)\b",
    re.IGNORECASE,
)
