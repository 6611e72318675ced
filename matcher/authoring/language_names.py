"""Where a notice names languages, groups of languages and CEFR levels.

Language names (English as written, French in any case) come from
matcher/reference/data/languages.yaml, groups ("the official EU languages") from
data/language_groups.yaml, levels from the wording table
matcher/reference/data/language_levels.yaml or an explicit CEFR code ("level B2").
Each finder returns spans, so the caller can tell what stands between them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import reference
from .patterns import patterns

# "... and another one": a second language of a group already named
SECOND_ONE = re.compile(
    r"\b(?:a\s+second\s+one|another\s+one|another\s+of\s+(?:these|them|those)(?:\s+languages)?|the\s+other\s+one|"
    r"une\s+autre(?:\s+de\s+ces\s+langues)?|une\s+seconde)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _name_patterns() -> list[tuple[re.Pattern[str], str]]:
    """(regex, ISO 639-1 code): English names as written (capitalised), French names any case."""
    pats = patterns()
    out: list[tuple[str, str, int]] = []
    for code, entry in reference.languages().items():
        english = re.sub(r"\s*\(.*?\)", "", entry["name"]).strip()
        french = re.sub(r"\s*\(.*?\)", "", entry.get("name_fr", "")).strip()
        if english and english.lower() not in pats.language_stoplist:
            out.append((english, code, 0))
        if len(french) >= 4 and french.lower() not in pats.language_stoplist:
            out.append((french, code, re.IGNORECASE))
    out += [(name, code, 0 if name[:1].isupper() else re.IGNORECASE) for name, code in pats.language_aliases.items()]
    out.sort(key=lambda x: -len(x[0]))
    return [(re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags), code) for name, code, flags in out]


def find_languages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of each language named, in order, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    for pattern, code in _name_patterns():
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end, _ in taken):
                taken.append((m.start(), m.end(), code))
    return sorted(taken)


_CEFR_CODE = re.compile(r"\b(?:(?:CEFR\s+)?(?:level|niveau)\s+)?([ABC][12])\b(?:\s+level)?")


@lru_cache(maxsize=1)
def language_groups() -> dict[str, tuple[list[str], re.Pattern[str]]]:
    """Group id -> (ISO codes, the phrases naming the group), from data/language_groups.yaml."""
    data = reference.load_data("language_groups", "matcher.authoring")["groups"]
    return {
        gid: (list(g["languages"]), re.compile("|".join(f"(?:{n})(?!\\w)" for n in g["names"]), re.IGNORECASE))
        for gid, g in data.items()
    }


_LISTED_AFTER = re.compile(
    r"\s*\(\s*(?:i\.\s?e\.,?\s*|e\.\s?g\.,?\s*|namely\s+|soit\s+|à savoir\s+)?[A-Z][a-zé]+(?:\s*,\s*[A-Z][a-zé]+)+"
)


def find_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '@group') of each named group of languages ("one of the official EU languages"),
    and of a later "a second one" / "another of these", which names the same group again."""
    found: list[tuple[int, int, str]] = []
    for gid, (_, pattern) in language_groups().items():
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), "@" + gid))
    found.sort()
    found = [g for g in found if not _LISTED_AFTER.match(text, g[1])]  # "(Arabic, Chinese, ...)" says which
    if found:
        for m in SECOND_ONE.finditer(text):
            before = [g for g in found if g[1] <= m.start()]
            if before and not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), before[-1][2]))
    return sorted(found)


def expand(codes: list[str]) -> list[str]:
    """Language codes with each '@group' replaced by its languages."""
    out: list[str] = []
    for code in codes:
        out.extend(language_groups()[code[1:]][0] if code.startswith("@") else [code])
    return list(dict.fromkeys(out))


def find_levels(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, wording, CEFR level) of each level phrase, longest phrase first; an explicit
    CEFR code ("at least level B2", "C1") wins over the words around it."""
    taken: list[tuple[int, int, str, str]] = []
    for m in _CEFR_CODE.finditer(text):
        taken.append((m.start(), m.end(), m.group(1), m.group(1)))
    for phrase, level in reference.language_levels():
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE):
            if not any(m.start() < end and start < m.end() for start, end, _, _ in taken):
                taken.append((m.start(), m.end(), phrase, level))
    return sorted(taken)
