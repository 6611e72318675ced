"""The spaCy categorizer: free text -> category matches with evidence.

One `LanguageModel` per language (blank pipeline, fuzzy NORM hook, one
PhraseMatcher, a `Resolver`), built on first use; French is only built when a
French text shows up. `SpacyCategorizer.categorize` detects each text's language
(unless given), batches the texts per language through `nlp.pipe`, and returns the
matches in text order. What counts as a match is decided in resolve.py.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from typing import Any

from ..collector import collector_paused
from ..engine.categories import CategoryMatch, Reading
from ..reference.taxonomy import Taxonomy
from ..reference.taxonomy import taxonomy as shipped_taxonomy
from ..second_core import split_map
from .category_filter import Note, features
from .fuzzy import MIN_LENGTH, THRESHOLD, FuzzyNormalizer
from .gazetteer import with_bodies
from .language import text_languages, unread_code, unread_language
from .negation import ScopeChecker, load_cues
from .phrases import build_matcher, cue_words, fuzzy_targets
from .pipeline import SUPPORTED, base_norm_function, import_spacy, install_norm, lookup_tables
from .resolve import Resolver
from .roles import RoleAttribution
from .textprep import tokenizer_text

BATCH_SIZE = 256
_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable_text(text: str) -> str:
    """The text with lone surrogates (from bad JSON escapes) replaced, same length: spaCy
    hashes strings as UTF-8 and would fail on them."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


class LanguageModel:
    """Pipeline + matcher + resolver for one language."""

    def __init__(
        self,
        lang: str,
        entries: dict[str, dict[str, Any]],
        cue_data: dict[str, Any],
        threshold: float = THRESHOLD,
        min_length: int = MIN_LENGTH,
    ) -> None:
        import_spacy()
        from .french import blank

        if lang not in SUPPORTED:
            raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED)}")
        self.lang = lang
        keep = frozenset(w.lower() for w in cue_data.get("lemma_keep", {}).get(lang, []))
        base = base_norm_function(lang, keep)
        self.nlp = nlp = blank(lang)
        install_norm(nlp, base)
        self.fuzzy = FuzzyNormalizer(lookup_tables(lang)[2], threshold, min_length)
        targets, phrase_words = fuzzy_targets(nlp, entries, lang, min_length)
        self.fuzzy.add_targets(targets)
        self.fuzzy.add_known(phrase_words | cue_words(nlp, cue_data))
        install_norm(nlp, base, hook=self.fuzzy)  # from now on, typos get their phrase word's norm
        matchers, keys, exact = build_matcher(nlp, entries, cue_data, lang)
        self.matcher, self.context_matcher = matchers
        self.resolve = Resolver(
            matchers,
            keys,
            exact,
            ScopeChecker(cue_data),
            entries,
            self.fuzzy.scores,
            RoleAttribution(cue_data),
            cue_data,
        )
        # The lookup tables and vocabulary live as long as the process: keep the cyclic
        # collector from scanning their ~10^5 containers on every full collection.
        gc.freeze()

    def match(self, doc, text: str | None = None) -> list[CategoryMatch]:
        """The category matches of one doc; pass `text` (== doc.text) when you have it."""
        return self.resolve(doc, doc.text if text is None else text)

    def match_all(self, texts: Sequence[str]) -> list[list[CategoryMatch]]:
        """The matches of each text, in order."""
        resolve = self.resolve
        return [resolve(doc, text) for text, doc in zip(texts, self.docs(texts), strict=True)]

    def candidates(self, texts: Sequence[str]) -> list[tuple[list[CategoryMatch], dict[str, list[str]]]]:
        """Per text, its matches and the learned filter's features of each (category_filter.py:
        what scripts/train_category_filter.py and bench/eval_category_filter.py learn from)."""
        out = []
        for text, doc in zip(texts, self.docs(texts), strict=True):
            notes: dict[str, Note] = {}
            kinds: set[str] = set()
            found = self.resolve(doc, text, notes, kinds)
            out.append((found, features(doc, self.lang, notes, frozenset(kinds)) if found else {}))
        return out

    def docs(self, texts: Sequence[str]):
        """The docs of `texts` (tokenized as textprep.tokenizer_text rewrites them; same offsets).
        The pipeline has no components, so its tokenizer alone makes the docs (nlp.pipe would
        add ~10 % for its batching machinery)."""
        rewritten = (tokenizer_text(t) for t in texts)
        if self.nlp.pipeline:
            return self.nlp.pipe(rewritten, batch_size=BATCH_SIZE)
        tokenizer: Any = self.nlp.tokenizer  # a spaCy Tokenizer (typed as a callable)
        return tokenizer.pipe(rewritten, batch_size=BATCH_SIZE)


class SpacyCategorizer:
    """Implements `matcher.engine.categories.Categorizer` with blank spaCy pipelines."""

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        cue_data: dict[str, Any] | None = None,
        threshold: float = THRESHOLD,
        min_length: int = MIN_LENGTH,
    ) -> None:
        self.taxonomy = taxonomy or shipped_taxonomy()
        self.cue_data = cue_data or load_cues()
        self.threshold = threshold
        self.min_length = min_length
        self._models: dict[str, LanguageModel] = {}

    def model(self, lang: str) -> LanguageModel:
        """The pipeline for `lang`, built on first use."""
        if lang not in self._models:
            self._models[lang] = LanguageModel(
                lang, with_bodies(self.taxonomy.entries), self.cue_data, self.threshold, self.min_length
            )
        return self._models[lang]

    def build_models(self, languages: set[str]) -> None:
        """The models of those `languages` this categorizer reads."""
        for lang in sorted(languages & set(SUPPORTED)):
            self.model(lang)

    @property
    def loaded_languages(self) -> list[str]:
        return list(self._models)

    def categorize(self, texts: Sequence[str], lang: str | None = None) -> list[list[CategoryMatch]]:
        """One list of matches per text, in text order; `lang` None/"auto" detects it per text."""
        if lang not in (None, "auto") and lang not in SUPPORTED:
            raise ValueError(f"unsupported language {lang!r}; expected en, fr or auto")
        if lang in SUPPORTED:
            return self.categorize_in(texts, [lang] * len(texts))
        return self.categorize_in(texts, text_languages(texts))

    def read(self, texts: Sequence[str]) -> list[Reading]:
        """Per text: its language when this categorizer has no phrases for it, and its matches
        (engine.categories.Reading); each text's language is detected once."""
        languages = text_languages(texts, self.build_models)
        found = self.categorize_in(texts, languages)
        return [(unread_code(lg), matches) for lg, matches in zip(languages, found, strict=True)]

    def categorize_in(self, texts: Sequence[str], languages: Sequence[str | None]) -> list[list[CategoryMatch]]:
        """The matches of texts whose languages are known; a text whose language is None (blank)
        or one without phrases (see unread_language) gets none."""
        # Each distinct text is matched once (long profiles repeat titles and descriptions):
        # its matches depend on nothing but the text and its language.
        groups: dict[str, dict[str, list[CategoryMatch]]] = {code: {} for code in SUPPORTED}
        for text, lg in zip(texts, languages, strict=True):
            if lg in groups and text and not text.isspace():
                groups[lg][text] = []
        with collector_paused():  # matching makes many short-lived tuples and no cycles
            for lg, found in groups.items():
                if not found:
                    continue  # a language never seen is never loaded
                model = self.model(lg)  # built before a fork (second_core): the child shares it
                answers = split_map(model.match_all, [encodable_text(text) for text in found])
                found.update(zip(list(found), answers, strict=True))
        return [
            list(groups[lg][text]) if lg in groups and text in groups[lg] else []
            for text, lg in zip(texts, languages, strict=True)
        ]

    def unread_language(self, text: str) -> str | None:
        """The language `text` is in when it is one this categorizer has no phrases for."""
        return unread_language(text)

    def categorize_one(self, text: str, lang: str | None = None) -> list[CategoryMatch]:
        return self.categorize([text], lang)[0]
