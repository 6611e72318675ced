"""One PhraseMatcher per language for everything the categorizer looks for.

Category phrases, ambiguous heads and their context words, unrelated-sense
exclusions, case-sensitive abbreviations, `near` pairs, cues and cue pairs all go
into a single PhraseMatcher on the NORM attribute (lemma of the lowercase word,
accents stripped; see pipeline.py), so a text is scanned once. Each match id maps
back to a `Key` saying what it is.

Phrases of both languages are added to both pipelines: English CVs mention the
"Police nationale", French ones "AFIS" or "THB". Every phrase is added as written
(hyphens read as spaces) and, when hyphenated, closed up ("anticorruption").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .frames import BODY, HEAD, EmployerFrame
from .negation import Cue, cue_pairs, cue_phrases
from .textprep import phrase_forms

CATEGORY, CASED, EXCLUDE, CUE, PSEUDO, WEAK = "category", "cased", "exclude", "cue", "pseudo", "weak"
NEAR_LEFT, NEAR_RIGHT, NEAR, CONTEXT = "near_left", "near_right", "near", "context"
CUE_LEFT, CUE_RIGHT, TITLE, OTHER = "cue_left", "cue_right", "title", "other_sense"


@dataclass(frozen=True)
class Key:
    kind: str
    category: str | None = None
    cue: Cue | None = None
    forms: frozenset[str] = field(default_factory=frozenset)  # allowed surface forms (CASED)
    rule: int = 0  # which `near` rule of the category, or which cue pair
    window: int = 0  # most content words between a pair's left and right phrases
    ambiguous: bool = False  # counts only with a context word or category in the entry
    reverse: int = 0  # a cue pair's window when its right phrase comes first (0: never)
    head: int = 0  # frames.HEAD / BODY: a body, counted only in an employer position


def languages_for(lang: str) -> tuple[str, str]:
    """Own language first, then the other one."""
    return (lang, "fr" if lang == "en" else "en")


def category_phrases(entry: dict[str, Any], lang: str, key: str = "phrases") -> list[str]:
    table = entry.get(key) or {}
    return [p for lg in languages_for(lang) for p in table.get(lg, [])]


def sense_phrases(entry: dict[str, Any], lang: str, key: str) -> list[str]:
    table = (entry.get("senses") or {}).get(key) or {}
    return [p for lg in languages_for(lang) for p in table.get(lg, [])]


def near_phrases(entry: dict[str, Any], lang: str, side: str) -> list[list[str]]:
    """For each `near` rule of a category, its left or right phrases (both languages)."""
    return [
        [p for lg in languages_for(lang) for p in (rule.get(side) or {}).get(lg, [])]
        for rule in entry.get("near") or []
    ]


def is_acronym(phrase: str) -> bool:
    """Short all-caps abbreviations (DNA, NCB, CID, TIC) are shared with unrelated bodies and
    words: like the listed ambiguous heads, they need a context word."""
    return phrase.isalpha() and phrase.isupper() and len(phrase) <= 4


def fuzzy_targets(
    nlp, entries: dict[str, dict[str, Any]], lang: str, min_length: int
) -> tuple[list[tuple[str, str]], set[str]]:
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
        others += sense_phrases(entry, lang, "ambiguous") + sense_phrases(entry, lang, "context")
        others += [p for side in ("left", "right") for group in near_phrases(entry, lang, side) for p in group]
        for phrase in others:
            words.update(t.lower_ for form in phrase_forms(phrase) for t in nlp.make_doc(form))
    return targets, words


def cue_words(nlp, cue_data: dict[str, Any]) -> set[str]:
    phrases = [p for _, group in cue_phrases(cue_data) for p in group]
    phrases += [p for _, _, _, left, right in cue_pairs(cue_data) for p in left + right]
    phrases += [p for lang in ("en", "fr") for p in (cue_data.get("title_frames") or {}).get(lang, [])]
    phrases += [p for lang in ("en", "fr") for p in (cue_data.get("heading_frames") or {}).get(lang, [])]
    phrases += [p for lang in ("en", "fr") for p in (cue_data.get("status_frames") or {}).get(lang, [])]
    phrases += [p for lang in ("en", "fr") for p in (cue_data.get("bracketed_status") or {}).get(lang, [])]
    return {t.lower_ for p in phrases for form in phrase_forms(p) for t in nlp.make_doc(form)}


def build_matcher(nlp, entries: dict[str, dict[str, Any]], cue_data: dict[str, Any], lang: str):
    """((PhraseMatcher, context-word PhraseMatcher), {match id: Key}, {category: set of lowercase phrases}).

    A match whose text, lowercased, is one of its category's phrases is an "exact"
    match; any other (inflected, accent-less) is a "lemma" one.
    """
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    # context words are only looked for when a text has an ambiguous match: a matcher of their own
    context_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    keys: dict[int, Key] = {}
    exact: dict[str, set[str]] = {}

    def add(name: str, key: Key, phrases: Iterable[str]) -> None:
        docs = [nlp.make_doc(form) for p in phrases if p and p.strip() for form in phrase_forms(p)]
        if docs:
            (context_matcher if key.kind == CONTEXT else matcher).add(name, docs)
            keys[nlp.vocab.strings[name]] = key

    for cid, entry in entries.items():
        phrases = category_phrases(entry, lang)
        weak = {p.lower() for p in entry.get("weak") or []}
        listed = sense_phrases(entry, lang, "ambiguous")
        ambiguous = {p.lower() for p in listed} | {p.lower() for p in phrases if is_acronym(p)}
        if entry.get("all_ambiguous"):  # an activity counted only with its context ("community policing")
            ambiguous |= {p.lower() for p in phrases}
        plain = [p for p in phrases if p.lower() not in weak and p.lower() not in ambiguous]
        kinds = {p: EmployerFrame.kind(entry, p) for p in plain}
        add(f"cat:{cid}", Key(CATEGORY, cid), [p for p in plain if not kinds[p]])
        add(f"head:{cid}", Key(CATEGORY, cid, head=HEAD), [p for p in plain if kinds[p] == HEAD])
        add(f"body:{cid}", Key(CATEGORY, cid, head=BODY), [p for p in plain if kinds[p] == BODY])
        add(
            f"ambig:{cid}",
            Key(CATEGORY, cid, ambiguous=True),
            [p for p in phrases + listed if p.lower() in ambiguous and p.lower() not in weak],
        )
        add(f"weak:{cid}", Key(WEAK, cid), [p for p in phrases if p.lower() in weak and p.lower() not in ambiguous])
        add(
            f"weakambig:{cid}",
            Key(WEAK, cid, ambiguous=True),
            [p for p in phrases if p.lower() in weak and p.lower() in ambiguous],
        )
        exact[cid] = {p.lower() for p in phrases + listed}
        add(f"exclude:{cid}", Key(EXCLUDE, cid), category_phrases(entry, lang, "exclude"))
        add(f"context:{cid}", Key(CONTEXT, cid), sense_phrases(entry, lang, "context"))
        cased = list(entry.get("case_sensitive", []))
        # short acronyms that name nothing else (the gazetteer's "RCMP", "GIGN") need no context word
        distinct = frozenset(entry.get("distinct_acronyms") or ())
        shared = [c for c in cased if is_acronym(c) and c not in distinct]
        own = [c for c in cased if c not in shared]
        add(f"cased:{cid}", Key(CASED, cid, forms=frozenset(own)), own)
        add(f"casedambig:{cid}", Key(CASED, cid, forms=frozenset(shared), ambiguous=True), shared)
        exact[cid].update(p.lower() for p in cased)
        for i, rule in enumerate(entry.get("near") or []):
            window, amb = int(rule.get("window", 4)), bool(rule.get("ambiguous", False))
            lefts, rights = near_phrases(entry, lang, "left")[i], near_phrases(entry, lang, "right")[i]
            add(f"near_left:{cid}:{i}", Key(NEAR_LEFT, cid, rule=i, window=window, ambiguous=amb), lefts)
            add(f"near_right:{cid}:{i}", Key(NEAR_RIGHT, cid, rule=i, window=window, ambiguous=amb), rights)
    for i, (cue, phrases) in enumerate(cue_phrases(cue_data)):
        if cue is None:
            add("pseudo", Key(PSEUDO), phrases)
        else:
            add(f"cue:{i}", Key(CUE, cue=cue), phrases)
    for i, (cue, window, reverse, lefts, rights) in enumerate(cue_pairs(cue_data)):
        add(f"cue_left:{i}", Key(CUE_LEFT, cue=cue, rule=i, window=window, reverse=reverse), lefts)
        add(f"cue_right:{i}", Key(CUE_RIGHT, cue=cue, rule=i, window=window, reverse=reverse), rights)
    frames = cue_data.get("title_frames") or {}
    add("title", Key(TITLE), [p for lg in ("en", "fr") for p in frames.get(lg, [])])
    # headings that open the entry: "Seminar on ...", "Participant, ..." (not "Ran a course on ...")
    heads = cue_data.get("heading_frames") or {}
    add("heading", Key(TITLE, rule=1), [p for lg in ("en", "fr") for p in heads.get(lg, [])])
    # a status of the whole entry, in brackets or ending its title: "Intern (withdrawn)", "Secondment cancelled, ..."
    status = cue_data.get("status_frames") or {}
    add("status", Key(TITLE, rule=2), [p for lg in ("en", "fr") for p in status.get(lg, [])])
    # ... and one only alone in brackets: "placement (observation)", not "Covert observation, Met Police"
    bracketed = cue_data.get("bracketed_status") or {}
    add("bracketed", Key(TITLE, rule=3), [p for lg in ("en", "fr") for p in bracketed.get(lg, [])])
    # words of another domain: a match of the listed categories near them is in another sense
    for i, group in enumerate(cue_data.get("other_senses") or []):
        add(f"other:{i}", Key(OTHER, rule=i), [p for lg in ("en", "fr") for p in group.get(lg, [])])
    return (matcher, context_matcher), keys, exact
