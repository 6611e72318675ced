"""The interface in English and French: gettext catalogues (`locale/<lang>.po`).

Page text is written in English in the templates (`_("...")`); each other language
has a `.po` catalogue, read with Babel when the app starts. A language is chosen by
`?lang=`, then a cookie, then the browser's Accept-Language. Reports themselves (the
engine's explanations) stay in English.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

from babel.messages.pofile import read_po

LANGUAGES = {"en": "English", "fr": "Français"}
DEFAULT = "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """msgid -> translation for `lang` (empty for English, the source language)."""
    if lang == DEFAULT:
        return {}
    with resources.files(__package__).joinpath("locale", f"{lang}.po").open("rb") as handle:
        return {str(m.id): str(m.string) for m in read_po(handle) if m.id and m.string}


def translator(lang: str) -> Callable[[str], str]:
    table = catalogue(lang if lang in LANGUAGES else DEFAULT)
    return lambda text: table.get(text, text)


def choose(query: str | None, cookie: str | None, accept: str | None) -> str:
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT
