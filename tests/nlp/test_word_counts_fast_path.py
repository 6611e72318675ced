"""Function-word counting with its shortcut for samples without any gives the counts of the
plain word-by-word count (words stripped of punctuation, then looked up)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.nlp import language


def _reference(sample: str) -> dict[str, int]:
    words = {word.strip(language._PUNCTUATION) for word in sample[: language._WORDS_SAMPLE].lower().split()}
    return {lang: len(words & vocabulary) for lang, vocabulary in language.FUNCTION_WORDS.items()}


pieces = st.sampled_from(
    sorted(language._ANY_FUNCTION_WORD)[:40]
    + ["The", "LES", "x", "fingerprints", "d'un", "l'", "j'ai"]
    + list(language._PUNCTUATION)
    + [" ", "\n", "\u00a0", ".", "a.b", "(the)", "«de»", "x.the"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(pieces, max_size=60))
def test_counts_agree_with_the_word_by_word_count(parts):
    sample = "".join(parts)
    assert language._word_counts(sample) == _reference(sample)


def test_no_function_word_holds_punctuation():
    assert not any(mark in word for word in language._ANY_FUNCTION_WORD for mark in language._PUNCTUATION)
