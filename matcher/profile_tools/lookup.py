"""Country and language names as people type them -> ISO codes, from the data files.

"Senegal", "sénégal", "SN" and "sn" all give SN; "anglais" and "English" give en.
A name that is not exact may still be a unique part of one ("Russia" -> Russian
Federation); anything ambiguous or unknown raises ValueError with a readable reason.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import reference


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed."""
    if not text.isascii():  # ASCII has nothing to decompose (a CV line can be 200,000 characters)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    # "Modern Greek (1453-)" -> "modern greek". Only up to the last ")": a "(" after it can
    # close nowhere, and retrying each such "(" to the end of the text is quadratic.
    last = text.rfind(")")
    if last > 0:
        text = re.sub(r"\([^)]*\)", " ", text[: last + 1]) + text[last + 1 :]
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@lru_cache(maxsize=2)
def _index(kind: str) -> tuple[dict[str, str], dict[str, str]]:
    """(exact folded name -> code, code -> display name) for countries or languages."""
    table = reference.countries() if kind == "country" else reference.languages()
    names: dict[str, str] = {}
    for code, entry in table.items():
        for name in (code, entry.get("name"), entry.get("name_fr")):
            if name:
                names.setdefault(fold(name), code)
    return names, {code: entry.get("name", code) for code, entry in table.items()}


def _lookup(text: str, kind: str, example: str) -> str:
    names, display = _index(kind)
    key = fold(text)
    if not key:
        raise ValueError(f"empty {kind} name")
    if key in names:
        return names[key]
    pattern = re.compile(rf"\b{re.escape(key)}")
    candidates = sorted({code for name, code in names.items() if len(key) >= 3 and pattern.search(name)})
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        shown = ", ".join(f"{display[c]} ({c})" for c in candidates[:5])
        raise ValueError(f"{text.strip()!r} could be {shown}{', ...' if len(candidates) > 5 else ''}: give the code")
    raise ValueError(
        f"unknown {kind} {text.strip()!r}; give its ISO code (e.g. {example}) or its English or French name"
    )


def country_code(text: str) -> str:
    """ISO 3166-1 alpha-2 code for a country code or name (English or French)."""
    return _lookup(text, "country", "SN, FR")


def language_code(text: str) -> str:
    """ISO 639-1 code for a language code or name (English or French)."""
    return _lookup(text, "language", "en, fr")


def country_list(text: str) -> list[str]:
    """A comma- or semicolon-separated list of countries -> codes, in order, no repeats."""
    codes = [country_code(part) for part in re.split(r"[,;]", text) if part.strip()]
    return list(dict.fromkeys(codes))


def country_label(code: str) -> str:
    return f"{reference.country_name(code)} ({code})"


def language_label(code: str) -> str:
    return f"{reference.language_name(code)} ({code})"
