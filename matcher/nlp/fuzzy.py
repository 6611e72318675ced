"""Spelling-tolerant matching: map an unknown word onto a close phrase word.

The correction runs inside the NORM getter, i.e. once per new vocabulary entry
and never per token, so a misspelling costs one rapidfuzz lookup the first time
the process sees it and a dict lookup afterwards. A corrected word takes the norm
of the phrase word it resembles, so the ordinary PhraseMatcher then finds
"human traficking" as "human trafficking"; the categorizer reports such a match
with method "fuzzy" and a lower confidence.

Documented threshold (checked on the dev split; docs/nlp.md):
- the word is alphabetic, at least MIN_LENGTH (6) characters long, and not a known
  word of the language (lookup lemma index + lemma table + phrase and cue words):
  real words are never "corrected" ("defective" stays "defective");
- it starts with the same letter as the phrase word (typos rarely hit the first
  letter, and this keeps unrelated words apart);
- rapidfuzz `fuzz.ratio` (normalised Indel similarity, 0-100) >= THRESHOLD (88).
  That admits one dropped/added letter in words of 6+ letters ("fingerprnt",
  "traficking") and one substituted letter in words of 9+ letters, and rejects
  two edits in words under ~16 letters.
- phrase words shorter than MIN_LENGTH and all-caps abbreviations (AFIS, THB, SoM)
  are never targets, and neither are the words of categories marked `fuzzy: false`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable

from rapidfuzz import fuzz, process

THRESHOLD = 88.0
MIN_LENGTH = 6


class FuzzyNormalizer:
    """Callable NORM hook: (lowercase word, base norm) -> norm, correcting typos."""

    def __init__(self, known_words: Container[str], threshold: float = THRESHOLD, min_length: int = MIN_LENGTH) -> None:
        self.known = known_words
        self.threshold = threshold
        self.min_length = min_length
        self.extra_known: set[str] = set()
        # first letter -> {phrase word: its norm}
        self.targets: dict[str, dict[str, str]] = defaultdict(dict)
        self.scores: dict[str, float] = {}  # corrected lowercase word -> similarity

    def add_targets(self, words: Iterable[tuple[str, str]]) -> None:
        """Phrase words (lowercase surface, norm) that misspellings may map onto."""
        for word, norm in words:
            if len(word) >= self.min_length and word.isalpha():
                self.targets[word[0]][word] = norm
                self.extra_known.add(word)

    def add_known(self, words: Iterable[str]) -> None:
        """Words that are never corrected (e.g. the words of cues and exclusions)."""
        self.extra_known.update(words)

    def __call__(self, word: str, norm: str) -> str:
        if len(word) < self.min_length or not word.isalpha() or word in self.extra_known:
            return norm
        choices = self.targets.get(word[0])
        if not choices:
            return norm
        best = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=self.threshold)
        if best is None or word in self.known:  # asked last: the full lexicon is built lazily
            return norm
        self.scores[word] = best[1]
        return choices[best[0]]
