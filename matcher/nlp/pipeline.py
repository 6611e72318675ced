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

SUPPORTED = ("en", "fr")

NormHook = Callable[[str, str], str]  # (lowercase word, base norm) -> final norm (the fuzzy hook)


def strip_accents(word: str) -> str:
    """'enquêteur' -> 'enqueteur'; fast path for ASCII words."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def lookup_tables(lang: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(lemma table, spelling table, known-word lexicon) for a language.

    The lexicon (every base form of the lemma index plus every inflected form of
    the lemma table) tells the fuzzy matcher which words are real words and must
    never be "corrected" ("defective" is not a typo of "detective").
    """
    import srsly
    from spacy_lookups_data import get_file

    def table(name: str) -> dict:
        return srsly.read_gzip_json(str(get_file(f"{lang}_{name}.json.gz")))

    # The French table stores each lemma as a one-item list.
    lemmas = {k: (v[0] if isinstance(v, list) else v) for k, v in table("lemma_lookup").items()}
    spelling = table("lexeme_norm") if lang == "en" else {}
    known: set[str] = set()
    for words in table("lemma_index").values():
        known.update(words)
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
