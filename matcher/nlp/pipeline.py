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

import importlib.util
import sys
import types
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
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


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info  # the real one, imported on first use

    return info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy without its command-line package.

    `import spacy` imports spacy.cli only to re-export `spacy.info`, and spacy.cli imports
    every command with its dependencies (weasel, httpx, requests...): about a third of
    spaCy's import time, paid by every check that reads free text. While spaCy imports,
    spacy.cli and spacy.cli.info are stand-ins (a package whose submodules still load from
    the real folder, and an `info` that imports the real one when called); they are removed
    afterwards, so a later `import spacy.cli` imports the real package.
    """
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        return  # not installed: the caller's own import says so
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [str(Path(folders[0]) / "cli")]
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


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


# Lemmas of spaCy's lookup table that no form of the paradigm shares: "developed" and
# "developing" -> "develope", while "develop" and "develops" stay "develop" (so "developed a
# strategy" never met the phrase word "develop").
_LEMMA_FIXES: dict[str, dict[str, str]] = {"en": {"develope": "develop"}}


def base_norm_function(lang: str, keep: frozenset[str] = frozenset()) -> Callable[[str], str]:
    """word -> lemma of its lowercase form, British spelling unified, accents stripped.

    Words in `keep` keep their surface form: the lemma table would merge them with
    an unrelated word ("customs" -> "custom", "media" -> "medium").
    """
    lemmas, spelling, _ = lookup_tables(lang)
    fixes: dict[str, str] = _LEMMA_FIXES.get(lang) or {}

    def norm(orth: str) -> str:
        word = orth.lower().replace("\u2019", "'")
        word = spelling.get(word, word)
        if word not in keep:
            lemma = lemmas.get(word, word)
            word = lemma[0] if isinstance(lemma, list) else lemma
            word = fixes.get(word) or word
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
