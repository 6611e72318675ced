"""Which language a free text is in, so that no text is matched against another
language's phrases.

py3langid (a maintained fork of langid.py; its model ships inside the package, 4.5 MB)
decides when it is confident. It is imported and its model loaded (~0.6 s) on the first
text that needs it, which happens only where an entry's free text is read: a check whose
entries declare their categories never loads it. A short text tells a statistical model
little (a bare job title such as "Victim liaison" comes out as French), so below the
confidence threshold function words decide (they also decide at once, without the model, a
text plainly in one language: most descriptions, ~5 µs instead of ~75 µs), ties broken by the model's ranking, then
letters only one language uses; a text with none of these (most bare English titles)
is read as English. Profiles and the CLI can name the language instead (`lang="fr"`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ..second_core import MIN_ITEMS, split_map
from .gazetteer import without_body_names
from .pipeline import SUPPORTED

# The languages a text is compared against: those the categorizer reads, and those
# candidates of the notices' organizations most often write in. A text in any of them is
# recognised; restricting the model to them makes short texts far more reliable.
CONSIDERED = (
    "en",
    "fr",
    "es",
    "de",
    "it",
    "pt",
    "nl",
    "pl",
    "ro",
    "ar",
    "ru",
    "tr",
    "sv",
    "da",
    "no",
    "fi",
    "cs",
    "hu",
    "el",
    "zh",
    "ja",
)
CONFIDENT = 0.8  # least probability (over CONSIDERED) at which the model decides alone
_CLEAR = 4  # this many distinct function words of one language, and 3 more than any other, decide at once
_SAMPLE = 400  # characters looked at: the opening of a description is enough
_FIRST_TEXTS = 50  # texts whose languages tell which models to build while the rest are detected

# Frequent words of each language that are rare in the others' running text; words that
# are also English ("a", "on", "as", "no", "do", "in", "per", "al") are left out, so an
# English title ("No DNA experience") never counts as Portuguese.
FUNCTION_WORDS = {
    "en": frozenset(
        """the of and to in for with at by from was were is are been be has have had
        this that which who my our their his her its an i we led worked working responsible
        including into over under within across during years year""".split()
    ),
    "fr": frozenset(
        """le la les des du de et un une dans au aux avec est sont été ce cette ces qui que
        sur par pour ses leur leurs je nous ai mes mon en lors auprès chez ans année années ainsi
        également notamment aussi afin j'ai d'un d'une l'""".split()
    ),
    "es": frozenset(
        """el los las del de la y en con por para una un que se su sus como entre
        años año también durante desde""".split()
    ),
    "de": frozenset(
        """der die das den dem des und im mit für von zu bei auf ein eine einer eines
        ist sind wurde als aus nach über jahre""".split()
    ),
    "it": frozenset(
        """il lo gli della delle dei di e nel nella con una un che presso anni
        anche""".split()
    ),
    "pt": frozenset("""o os da dos das de e em na com por para uma um que ao anos também""".split()),
}
# Letters that, in a text with no function word, point at one language.
_LETTERS = (
    ("es", re.compile(r"[ñ¿¡]")),
    ("de", re.compile(r"[ßäö]")),
    ("fr", re.compile(r"[àâçèêëîïôûœ]")),
    ("pt", re.compile(r"[ãõ]")),
    ("es", re.compile(r"[áíóú]")),
)
_PUNCTUATION = ',.;:()[]!?"«»“”'
_WORDS_SAMPLE = 200  # characters whose words are counted
_ANY_FUNCTION_WORD = frozenset().union(*FUNCTION_WORDS.values())
_LANGUAGES_OF = {w: tuple(lang for lang, words in FUNCTION_WORDS.items() if w in words) for w in _ANY_FUNCTION_WORD}


@cache
def _identifier() -> Any:
    from .langmodel import load_identifier

    return load_identifier(CONSIDERED)


def ranking(text: str) -> list[tuple[str, float]]:
    """(language, probability) over CONSIDERED, most likely first."""
    return _ranked(probabilities([text])[0])


def probabilities(texts: Sequence[str]) -> list[dict[str, float]]:
    """Each text's {language: probability} over CONSIDERED, scored in one batch."""
    return _identifier().probabilities([text[:_SAMPLE] for text in texts])


def _ranked(probs: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(probs.items(), key=lambda item: item[1], reverse=True)  # stable: ties keep model order


# No function word holds punctuation, so each one a sample holds (a word with its punctuation
# stripped) is also one of its words between punctuation and spaces: a sample with none of
# those holds none (most long profiles' texts), found without stripping word by word.
_SPACED = str.maketrans(dict.fromkeys(_PUNCTUATION, " "))
assert not any(mark in word for word in _ANY_FUNCTION_WORD for mark in _PUNCTUATION)


def _word_counts(sample: str) -> dict[str, int]:
    """How many distinct function words of each language the sample's opening holds."""
    opening = sample[:_WORDS_SAMPLE].lower()
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    if _ANY_FUNCTION_WORD.isdisjoint(opening.translate(_SPACED).split()):
        return counts
    words = {word.strip(_PUNCTUATION) for word in opening.split()}
    for word in _ANY_FUNCTION_WORD.intersection(words):
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += 1
    return counts


def _plain(counts: dict[str, int]) -> str | None:
    """The language the function words decide alone, if they do."""
    first, second = sorted(counts.values(), reverse=True)[:2]
    if first >= _CLEAR and first - second >= _CLEAR - 1:  # plainly one language: no model needed
        return max(counts, key=counts.__getitem__)
    return None


def _decide(sample: str, counts: dict[str, int], probs: dict[str, float]) -> str:
    """The language of an unclear sample: the model when confident, else function words
    (ties broken by the model's ranking), else letters, else English."""
    top = max(probs, key=probs.__getitem__, default=None)  # the first of the ranking
    if top is not None and probs[top] >= CONFIDENT:
        return top
    best = max(counts.values())
    if best:
        tied = [lang for lang, count in counts.items() if count == best]
        order = [lang for lang, _ in _ranked(probs)]
        return min(tied, key=lambda lang: order.index(lang) if lang in order else len(order))
    for lang, letters in _LETTERS:
        if letters.search(sample):
            return lang
    return "en"


# Short words that join the capitalised words of one name ("Unidad Central de Redes", "Squadra
# Mobile di Milano", "Ministry of the Interior").
_NAME_JOINERS = frozenset("de di del della des du da do dos das la le el von van der y e of the for and".split())


def _without_names(sample: str) -> str:
    """The sample without proper names: the gazetteer's bodies, then every run of two or more
    capitalised words. A unit or a place named in its own language ("Agente, Squadra Mobile
    di Milano: robberies and extortion cases") says nothing of the language the entry is
    written in; the words around it do. A sample with no capital letter names nothing (and
    most long profiles' texts are such: they skip the scan)."""
    if sample.islower():
        return sample
    blanked = without_body_names(sample)
    words = blanked.split()
    if sum(1 for word in words if word.lstrip(_PUNCTUATION)[:1].isupper()) < 2:
        return " ".join(words)  # no run of two capitalised words to drop
    keep: list[str] = []
    i = 0
    while i < len(words):
        j, capitals = i, 0
        while j < len(words):
            word = words[j].strip(_PUNCTUATION)
            if word[:1].isupper():
                capitals += 1
            elif not (capitals and word.lower() in _NAME_JOINERS):
                break
            j += 1
            if words[j - 1][-1:] in ",;:()":
                break  # punctuation ends a name
        while j > i and words[j - 1].strip(_PUNCTUATION).lower() in _NAME_JOINERS:
            j -= 1  # a run ends on a capitalised word
        if capitals >= 2 and j > i:
            i = j
            continue
        keep.append(words[i])
        i += 1
    return " ".join(keep)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in ('en' when nothing tells)."""
    return detect_languages([text])[0]


def detect_languages(texts: Sequence[str]) -> list[str]:
    """detect_language of each text, read from its opening (`_SAMPLE`); a text whose function
    words give no language the categorizer reads is read again without its proper names; the
    texts left unclear go to the model in one batch."""
    out: list[str | None] = []
    unclear: list[tuple[int, str, dict[str, int]]] = []
    for i, text in enumerate(texts):
        text = text[:_SAMPLE]
        counts = _word_counts(text)
        lang = _plain(counts)
        if lang not in SUPPORTED:  # names in another language may be what tipped it: look without them
            plain = _without_names(text)
            if plain != text:
                text, counts = plain, _word_counts(plain)
                lang = _plain(counts)
        if lang is None:
            unclear.append((i, text, counts))
        out.append(lang)
    if unclear:
        answers = _identifier().confident([u[1] for u in unclear], CONFIDENT)
        for (i, sample, counts), answer in zip(unclear, answers, strict=True):
            out[i] = answer if isinstance(answer, str) else _decide(sample, counts, answer)
    return [lang or "en" for lang in out]


def text_languages(texts: Sequence[str], models: Callable[[set[str]], object] | None = None) -> list[str | None]:
    """Each text's language (detect_language), None for a blank text; a text that repeats
    (long profiles repeat titles and descriptions) is detected once. When the detection is
    shared with a forked child (second_core), this process first calls `models` with the
    languages of the first texts, to build the models the matching will need meanwhile."""
    distinct = list(dict.fromkeys(text for text in texts if text and not text.isspace()))
    meanwhile = None
    if models is not None and len(distinct) >= MIN_ITEMS:
        # detected before the fork, so that the child shares the language model if they need it
        first = set(detect_languages(distinct[:_FIRST_TEXTS]))
        meanwhile = lambda: models(first)  # noqa: E731
    found: dict[str, str] = dict(zip(distinct, split_map(detect_languages, distinct, meanwhile), strict=True))
    return [found.get(text) for text in texts]


def unread_code(lang: str | None) -> str | None:
    """`lang` when the categorizer has no phrases for it, else None."""
    return None if lang is None or lang in SUPPORTED else lang


def unread_language(text: str) -> str | None:
    """The language of `text` when the categorizer has no phrases for it (None if it has)."""
    return unread_code(text_languages([text])[0])
