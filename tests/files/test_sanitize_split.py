"""The sanitiser's fast test for unsafe characters (a class for the BMP, another beyond it,
searched only when the text holds such a character) answers as the one class does."""

from __future__ import annotations

from matcher.files import sanitize as s


def test_split_search_agrees_with_the_whole_class_on_every_code_point():
    line = "· experience 2: counted; 'x' → y"
    for cp in range(0x110000):
        c = chr(cp)
        assert s._has_unsafe(c) == bool(s._UNSAFE.search(c)), f"U+{cp:04X}"
        if cp % 7 == 0 or s._UNSAFE.search(c):  # inside a line too (every unsafe one, a sample of the rest)
            text = f"{line}{c}{line}"
            assert s._has_unsafe(text) == bool(s._UNSAFE.search(text)), f"U+{cp:04X} in a line"


def test_lone_surrogates_and_astral_invisibles_are_unsafe():
    for text in ("a\ud800b", "a\U000e0041b", "a\U0001d173", "\u2028", "a\U0001f600\u200bb"):
        assert s._has_unsafe(text)
    for text in ("a\U0001f600b", "· → «»", "plain"):
        assert not s._has_unsafe(text)
