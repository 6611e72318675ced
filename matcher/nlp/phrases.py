"""One PhraseMatcher per language for everything the categorizer looks for.

Category phrases, unrelated-sense exclusions, case-sensitive abbreviations and
negation/hypothetical cues all go into a single PhraseMatcher on the NORM
attribute (lemma of the lowercase word, accents stripped; see pipeline.py), so a
text is scanned once. Each match id maps back to a `Key` saying what it is.

Phrases of both languages are added to both pipelines: English CVs mention the
"Police nationale", French ones "AFIS" or "THB". The other language's phrases
then match on their lowercase forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .negation import Cue, cue_phrases
from .textprep import phrase_forms

CATEGORY, CASED, EXCLUDE, CUE, PSEUDO, WEAK = "category", "cased", "exclude", "cue", "pseudo", "weak"
NEAR_LEFT, NEAR_RIGHT, NEAR = "near_left", "near_right", "near"


@dataclass(frozen=True)
class Key:
    kind: str
    category: str | None = None
    cue: Cue | None = None
    forms: frozenset[str] = field(default_factory=frozenset)  # allowed surface forms (CASED)
    rule: int = 0  # which `near` rule of the category (NEAR_LEFT / NEAR_RIGHT)
    window: int = 0  # most tokens allowed between a near rule's left and right phrases


def languages_for(lang: str) -> tuple[str, str]:
    """Own language first, then the other one."""
    return (lang, "fr" if lang == "en" else "en")


def category_phrases(entry: dict[str, Any], lang: str, key: str = "phrases") -> list[str]:
    table = entry.get(key) or {}
    return [p for lg in languages_for(lang) for p in table.get(lg, [])]


def near_phrases(entry: dict[str, Any], lang: str, side: str) -> list[list[str]]:
    """For each `near` rule of a category, its left or right phrases (both languages)."""
    return [[p for lg in languages_for(lang) for p in (rule.get(side) or {}).get(lg, [])]
            for rule in entry.get("near") or []]


def fuzzy_targets(nlp, entries: dict[str, dict[str, Any]], lang: str,
                  min_length: int) -> tuple[list[tuple[str, str]], set[str]]:
    """(lowercase word, norm) pairs that misspellings may map onto, and every phrase word.

    All-caps abbreviations and short words are never targets, nor are the words of
    categories marked `fuzzy: false`.
    """
    targets: list[tuple[str, str]] = []
    words: set[str] = set()
    for entry in entries.values():
        allow = entry.get("fuzzy", True)
        for phrase in category_phrases(entry, lang):
            for token in nlp.make_doc(phrase_forms(phrase)[0]):
                words.add(token.lower_)
                if allow and len(token) >= min_length and not token.is_upper and token.is_alpha:
                    targets.append((token.lower_, token.norm_))
        others = category_phrases(entry, lang, "exclude") + list(entry.get("case_sensitive", []))
        others += [p for side in ("left", "right") for group in near_phrases(entry, lang, side) for p in group]
        for phrase in others:
            words.update(t.lower_ for form in phrase_forms(phrase) for t in nlp.make_doc(form))
    return targets, words


def cue_words(nlp, cue_data: dict[str, Any]) -> set[str]:
    return {t.lower_ for _, phrases in cue_phrases(cue_data) for p in phrases
            for form in phrase_forms(p) for t in nlp.make_doc(form)}


def build_matcher(nlp, entries: dict[str, dict[str, Any]], cue_data: dict[str, Any], lang: str):
    """(PhraseMatcher, {match id: Key}, {category: set of lowercase phrases}).

    A match whose text, lowercased, is one of its category's phrases is an "exact"
    match; any other (inflected, accent-less) is a "lemma" one.
    """
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    keys: dict[int, Key] = {}
    exact: dict[str, set[tuple[str, ...]]] = {}

    def add(name: str, key: Key, phrases: Iterable[str]) -> None:
        docs = [nlp.make_doc(form) for p in phrases if p and p.strip() for form in phrase_forms(p)]
        if docs:
            matcher.add(name, docs)
            keys[nlp.vocab.strings[name]] = key

    for cid, entry in entries.items():
        phrases = category_phrases(entry, lang)
        weak = {p.lower() for p in entry.get("weak") or []}
        add(f"cat:{cid}", Key(CATEGORY, cid), [p for p in phrases if p.lower() not in weak])
        add(f"weak:{cid}", Key(WEAK, cid), [p for p in phrases if p.lower() in weak])
        exact[cid] = {p.lower() for p in phrases}
        add(f"exclude:{cid}", Key(EXCLUDE, cid), category_phrases(entry, lang, "exclude"))
        cased = list(entry.get("case_sensitive", []))
        add(f"cased:{cid}", Key(CASED, cid, forms=frozenset(cased)), cased)
        exact[cid].update(p.lower() for p in cased)
        for i, rule in enumerate(entry.get("near") or []):
            window = int(rule.get("window", 4))
            lefts, rights = near_phrases(entry, lang, "left")[i], near_phrases(entry, lang, "right")[i]
            add(f"near_left:{cid}:{i}", Key(NEAR_LEFT, cid, rule=i, window=window), lefts)
            add(f"near_right:{cid}:{i}", Key(NEAR_RIGHT, cid, rule=i, window=window), rights)
    for i, (cue, phrases) in enumerate(cue_phrases(cue_data)):
        if cue is None:
            add("pseudo", Key(PSEUDO), phrases)
        else:
            add(f"cue:{i}", Key(CUE, cue=cue), phrases)
    return matcher, keys, exact
