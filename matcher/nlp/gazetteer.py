"""Law-enforcement bodies by name (matcher/nlp/data/law_enforcement_bodies.yaml).

The gazetteer is generated once by scripts/gen_law_enforcement_bodies.py from public
lists (its sources are in the file). Its names join the `law_enforcement` phrases of
the taxonomy for matching only: an employer named "Guardia Civil", "Bundeskriminalamt"
or "Europol" is a law-enforcement employer. Its acronyms are case-sensitive ("ICE",
"NCA") and, like every short acronym, need a context word of the category, except the
`distinct_acronyms` that name nothing else ("RCMP", "GIGN"). A bureau that
exists for another category (an NCB, a SIRENE bureau: `implies`) is a phrase of that
category too; oversight bodies and staff associations ("Police Ombudsman", "Police
Federation": `not_law_enforcement`) are exclusions of
`law_enforcement`: no law-enforcement employer.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from ..reference import data_path, load_trusted_yaml

CATEGORY = "law_enforcement"


@lru_cache(maxsize=1)
def bodies() -> dict[str, Any]:
    return load_trusted_yaml(data_path("law_enforcement_bodies", "matcher.nlp"))


def with_bodies(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The taxonomy entries with the gazetteer's names added to `law_enforcement`."""
    if CATEGORY not in entries:
        return entries
    data = bodies()
    out = dict(entries)
    entry = out[CATEGORY] = copy.deepcopy(entries[CATEGORY])
    phrases = entry.setdefault("phrases", {})
    for lang in ("en", "fr"):
        known = {p.lower() for p in phrases.get(lang, [])}
        phrases[lang] = list(phrases.get(lang, [])) + [n for n in data["names"].get(lang, []) if n.lower() not in known]
    cased = set(entry.get("case_sensitive") or [])
    entry["case_sensitive"] = list(entry.get("case_sensitive") or []) + [a for a in data["acronyms"] if a not in cased]
    entry["distinct_acronyms"] = list(data.get("distinct_acronyms") or [])
    # oversight bodies and staff associations are no employer of this category ("Police Ombudsman")
    exclude = entry["exclude"] = {lang: list(v) for lang, v in (entry.get("exclude") or {}).items()}
    exclude["en"] = exclude.get("en", []) + list(data.get("not_law_enforcement") or [])
    for cid, implied in (data.get("implies") or {}).items():
        if cid in out:  # a bureau that exists for international co-operation is that co-operation too
            other = out[cid] = copy.deepcopy(out[cid])
            table = other.setdefault("phrases", {})
            table["en"] = list(table.get("en", [])) + [n for n in implied if n not in table.get("en", [])]
    return out


@lru_cache(maxsize=1)
def _native_names() -> re.Pattern[str]:
    # the English-side list holds bodies under their own names too ("Polizia di Stato")
    names = bodies()["names"].get("en", [])
    return re.compile(r"(?<!\w)" + _trie_pattern([n.lower() for n in names]) + r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ascii_native_names() -> re.Pattern[str]:
    """`_native_names` for an ASCII text lowercased, case-sensitive (~40 % faster): each
    character also stands for the ASCII letters IGNORECASE would match it with ("ı": I, i)."""
    names = bodies()["names"].get("en", [])
    return re.compile(r"(?<!\w)" + _trie_pattern([n.lower() for n in names], _ascii_fold) + r"(?!\w)")


@cache  # one answer per distinct character: the trie asks for each of its ~8,000 nodes
def _ascii_fold(char: str) -> str:
    """A pattern for `char` matching, in a lowercased ASCII text, what IGNORECASE matches in the text."""
    partners = {o.lower() for o in map(chr, range(128)) if re.fullmatch(re.escape(char), o, re.IGNORECASE)}
    partners.add(char)
    return re.escape(char) if len(partners) == 1 else "[" + "".join(sorted(map(re.escape, partners))) + "]"


def _trie_pattern(words: list[str], char_pattern: Callable[[str], str] = re.escape) -> str:
    """One regex for many literal words, as a trie ("police(?: nationale| scotland)?"): the same
    matches as the longest-first alternation of the words, without trying every word at every
    position (that cost ~40 µs a text, a second on a 28,000-entry profile)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [char_pattern(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation

    return "(?:" + pattern(trie) + ")"


def without_body_names(text: str) -> str:
    """`text` with the gazetteer's body names blanked, for language detection only: a body
    named in its own language ("Agente, Polizia di Stato: robberies and extortion cases")
    says nothing about the language the candidate writes in."""
    if not text.isascii():
        return _native_names().sub(" ", text)
    pieces: list[str] = []
    last = 0
    for found in _ascii_native_names().finditer(text.lower()):  # same length: the same offsets
        pieces += (text[last : found.start()], " ")
        last = found.end()
    return "".join(pieces) + text[last:] if pieces else text
