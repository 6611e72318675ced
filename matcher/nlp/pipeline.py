"""Blank spaCy pipelines whose NORM attribute is a case- and accent-insensitive lemma.

Official trained pipelines are not installable here, so we build on `spacy.blank`
plus the lookup tables of spacy-lookups-data. Running the lookup lemmatizer as a
pipeline component costs ~3x the tokenizer and is case-sensitive; instead we
compute lemma(lowercase(word)) once per *vocabulary entry* and store it as the
lexeme's NORM, which costs nothing per token (see shared/notes/platform-facts.md).
PhraseMatcher(attr="NORM") then matches "Examined latent prints" against the
phrase "examine latent print".

French is loaded only when a French text appears: `spacy.blank("fr")` takes ~3 s.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any

SUPPORTED = ("en", "fr")

NormHook = Callable[[str, str], str]  # (lowercase word, base norm) -> final norm (the fuzzy hook)


def strip_accents(word: str) -> str:
    """'enquêteur' -> 'enqueteur'; fast path for ASCII words."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class KnownWords:
    """The language's known words (forms and lemmas of the lookup tables), for the fuzzy
    matcher's "never correct a real word" rule. The set of lemmas and index words is
    built on the first question a form lookup cannot answer: most texts never ask."""

    def __init__(self, lemmas: dict[str, Any], spelling: dict[str, str], lang: str) -> None:
        self.lemmas, self.spelling, self.lang = lemmas, spelling, lang
        self._others: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if word in self.lemmas or word in self.spelling:
            return True
        if self._others is None:
            others: set[str] = set()
            for words in _table(self.lang, "lemma_index").values():
                others.update(words)
            for value in self.lemmas.values():
                others.update(value) if isinstance(value, list) else others.add(value)
            self._others = frozenset(others)
        return word in self._others


def _table(lang: str, name: str) -> dict:
    import srsly
    from spacy_lookups_data import get_file

    return srsly.read_gzip_json(str(get_file(f"{lang}_{name}.json.gz")))


@cache
def lookup_tables(lang: str) -> tuple[dict[str, Any], dict[str, str], KnownWords]:
    """(lemma table, spelling table, known words) for a language.

    The known words (every form and lemma of the tables) tell the fuzzy matcher which
    words are real words and must never be "corrected" ("defective" is not a typo of
    "detective"). The French lemma table stores each lemma as a one-item list; it is
    read as is (unwrapping 200,000 entries up front cost ~0.3 s a process).
    """
    lemmas = _table(lang, "lemma_lookup")
    spelling = _table(lang, "lexeme_norm") if lang == "en" else {}
    return lemmas, spelling, KnownWords(lemmas, spelling, lang)


def base_norm_function(lang: str, keep: frozenset[str] = frozenset()) -> Callable[[str], str]:
    """word -> lemma of its lowercase form, British spelling unified, accents stripped.

    Words in `keep` keep their surface form: the lemma table would merge them with
    an unrelated word ("customs" -> "custom", "media" -> "medium").
    """
    lemmas, spelling, _ = lookup_tables(lang)

    def norm(orth: str) -> str:
        word = orth.lower().replace("\u2019", "'")
        word = spelling.get(word, word)
        if word not in keep:
            lemma = lemmas.get(word, word)
            word = lemma[0] if isinstance(lemma, list) else lemma
        return strip_accents(word)

    return norm


def install_norm(nlp, base: Callable[[str], str], hook: NormHook | None = None) -> None:
    """Make `hook(lower, base(word))` (or `base(word)`) the pipeline's lexeme NORM getter.

    The getter runs once per new vocabulary entry, never per token; lexemes created
    before (the tokenizer exceptions') get their norm recomputed here.
    """
    from spacy.attrs import NORM

    if hook is None:
        getter = base
    else:

        def getter(orth: str) -> str:
            return hook(orth.lower(), base(orth))

    nlp.vocab.lex_attr_getters[NORM] = getter
    for lexeme in nlp.vocab:  # the tokenizer exceptions' lexemes already exist
        lexeme.norm_ = getter(lexeme.orth_)
