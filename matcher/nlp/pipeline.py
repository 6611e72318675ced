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
from functools import lru_cache
from typing import Callable

SUPPORTED = ("en", "fr")

NormHook = Callable[[str, str], str]  # (lowercase word, base norm) -> final norm


def strip_accents(word: str) -> str:
    """'enquêteur' -> 'enqueteur'; fast path for ASCII words."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def lookup_tables(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(lemma table, spelling table, known-word lexicon) for a language.

    The lexicon (every base form of the lemma index plus every inflected form of
    the lemma table) tells the fuzzy matcher which words are real words and must
    never be "corrected" ("defective" is not a typo of "detective").
    """
    from spacy.lookups import load_lookups

    names = ["lemma_lookup", "lemma_index"] + (["lexeme_norm"] if lang == "en" else [])
    lookups = load_lookups(lang, names)
    raw = lookups.get_table("lemma_lookup")
    lemmas: dict[str, str] = {}
    for key, value in raw.items():
        key = raw.get_string(key) if hasattr(raw, "get_string") else key
        lemmas[key] = value[0] if isinstance(value, list) else value
    spelling = dict(lookups.get_table("lexeme_norm").items()) if lang == "en" else {}
    known: set[str] = set()
    index = lookups.get_table("lemma_index")
    for pos in index.keys():
        known.update(index[pos])
    known.update(lemmas)
    known.update(lemmas.values())
    known.update(spelling)
    return lemmas, spelling, frozenset(known)


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
            word = lemmas.get(word, word)
        return strip_accents(word)

    return norm


def build_pipeline(lang: str, keep: frozenset[str] = frozenset(), hook: NormHook | None = None):
    """A blank pipeline for `lang` whose lexeme NORM is `hook(lower, base_norm(word))`.

    The hook (the fuzzy normaliser) runs once per new vocabulary entry, never per token.
    """
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED)}")
    import spacy
    from spacy.attrs import NORM

    nlp = spacy.blank(lang)
    install_norm(nlp, base_norm_function(lang, keep), hook)
    return nlp


def install_norm(nlp, base: Callable[[str], str], hook: NormHook | None = None) -> None:
    """Set the NORM getter and recompute the norms of lexemes created before it."""
    from spacy.attrs import NORM

    if hook is None:
        getter = base
    else:
        def getter(orth: str) -> str:
            return hook(orth.lower(), base(orth))
    nlp.vocab.lex_attr_getters[NORM] = getter
    for lexeme in nlp.vocab:  # the tokenizer exceptions' lexemes already exist
        lexeme.norm_ = getter(lexeme.orth_)
