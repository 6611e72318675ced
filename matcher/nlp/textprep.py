"""Text as the tokenizer sees it: same length, so every span maps back unchanged.

Two rewrites, both character-for-character (offsets into the original text stay valid):

- a hyphen between two letters becomes a space, so "crime-prevention", "crime
  prevention" and the phrase "crime prevention" tokenize alike (phrases get the same
  rewrite, and hyphenated phrases also get their closed form: "anticorruption"); an en
  dash between two letters is a compound's hyphen too ("victim–offender"), while a spaced
  one (" – ") still separates a title's parts;
- the tokenizer's worst case is bounded. spaCy strips prefixes and suffixes one at a
  time and copies the rest of the chunk each time, so a long run of punctuation costs
  time quadratic in its length (10,000 '#' took ~29 s). In a chunk without whitespace
  longer than MAX_CHUNK characters, a run of 3 or more punctuation or symbol characters
  keeps its first two and one in MAX_CHUNK (the rest become spaces), and what is still
  longer than MAX_CHUNK gets a space every MAX_CHUNK characters. No word of a real
  description is that long, and every scan is linear.
"""

from __future__ import annotations

import re

MAX_CHUNK = 48
_HYPHENS = "-\u2010\u2011\u2013"
_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011\u2013](?=[^\W\d_])")
_PUNCT_RUN = re.compile(r"([^\w\s])([^\w\s])[^\w\s]+")
_LONG_CHUNK = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


def _blank_run(match: re.Match[str]) -> str:
    # one character in MAX_CHUNK is kept: a huge single whitespace token is slow too
    run = match.group(0)
    return run[:2] + "".join(c if i % MAX_CHUNK == 0 else " " for i, c in enumerate(run[2:], 1))


def _cut_chunk(match: re.Match[str]) -> str:
    chunk = list(match.group(0))
    chunk[MAX_CHUNK - 1 :: MAX_CHUNK] = " " * len(range(MAX_CHUNK - 1, len(chunk), MAX_CHUNK))
    return "".join(chunk)


def _hyphens_to_spaces(text: str) -> str:
    """Hyphens between two letters become spaces (str.find: ~20x faster than a regex here)."""
    chars: list[str] | None = None
    for hyphen in _HYPHENS:
        i = text.find(hyphen, 1)
        while 0 < i < len(text) - 1:
            if text[i - 1].isalpha() and text[i + 1].isalpha():
                if chars is None:
                    chars = list(text)
                chars[i] = " "
            i = text.find(hyphen, i + 1)
    return "".join(chars) if chars is not None else text


def _rewrite_chunk(match: re.Match[str]) -> str:
    chunk = _PUNCT_RUN.sub(_blank_run, match.group(0))
    return _LONG_CHUNK.sub(_cut_chunk, chunk)


_BLOCK = (MAX_CHUNK + 2) // 2  # a run of MAX_CHUNK + 1 >= 2 * _BLOCK - 1 characters holds an aligned block


def _may_hold_long_chunk(text: str) -> bool:
    """False when no run of more than MAX_CHUNK non-space characters can be in `text`: such a
    run holds a whole aligned block of _BLOCK characters without a space. ~4x cheaper than the
    split that decides (most texts have a space in every block)."""
    return any(" " not in text[k : k + _BLOCK] for k in range(0, len(text) - _BLOCK + 1, _BLOCK))


def tokenizer_text(text: str) -> str:
    """`text` rewritten for the tokenizer (same length; see the module docstring). Only chunks
    longer than MAX_CHUNK can cost more than linear time, so only they are scanned for
    punctuation runs; a split finds them faster than a regex over the whole text."""
    if "-" in text or "\u2010" in text or "\u2011" in text or "\u2013" in text:
        text = _hyphens_to_spaces(text)
    if len(text) > MAX_CHUNK and _may_hold_long_chunk(text) and max(map(len, text.split())) > MAX_CHUNK:
        text = _LONG_CHUNK.sub(_rewrite_chunk, text)
    return text


# Prefixes that CVs write closed, hyphenated or spaced alike ("cooperation", "co-operation";
# "anticorruption", "anti-corruption"; "undercover", "under-cover"): English and French
# compounding prefixes (Oxford/Larousse usage notes on hyphenated prefixes). A closed phrase
# word that starts with one also gets the split form that a hyphenated text tokenizes to;
# "co" only before a vowel (co-operation, co-ordination, co-author: not "court", "control").
_SPLIT_PREFIX = re.compile(
    r"\b(anti|counter|contre|cyber|non|multi|inter|cross|under|over|trans|sub|post|pre|co(?=[aeiou]))"
    r"(?=[^\W\d_]{4,})",
    re.IGNORECASE,
)


def phrase_forms(phrase: str) -> list[str]:
    """The forms a phrase is matched in: as written (hyphens as spaces), when it has a hyphen
    between letters closed up ("anti-corruption" -> "anticorruption"), and with a closed
    prefix split ("cross-border cooperation" -> "cross border co operation", the form of a
    text that writes "co-operation")."""
    spaced = _HYPHEN.sub(" ", phrase)
    forms = [spaced]
    if spaced != phrase:
        forms.append(_HYPHEN.sub("", phrase))
    split = _SPLIT_PREFIX.sub(r"\1 ", spaced)
    if split != spaced:
        forms.append(split)
    return forms
