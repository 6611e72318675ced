"""A CV as lines of text in reading order, each knowing where it was read."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb06": "st"}
)


@dataclass(frozen=True)
class Line:
    text: str
    where: str  # "page 1, line 12", "paragraph 8", "table 1, row 3", "line 40"
    heading: bool = False  # the document marks it as a heading (Word style, bold caps...)
    level: int = 0  # its heading level when the document says (Word "Heading 2" -> 2)


def clean_text(text: str) -> str:
    """NFC, no control or bidi characters, no runs of spaces (except ' | ' cell joints)."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\t", "  ")
    text = text.replace("\u2010", "-").replace("\u2011", "-").replace("\u00ad", "")  # Word's hyphens, soft and hard
    text = text.replace("\u2019", "'").replace("\u02bc", "'")  # "aujourd’hui" as typed by word processors
    text = text.translate(_LIGATURES)  # "Ofﬁcer" as a PDF with ligatures gives it
    text = _CONTROL.sub("", text)
    return re.sub(r"[ ]{2,}", "  ", text).strip()


def as_text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def where(lines: list[Line]) -> str:
    """'page 1, lines 12-15' for a run of lines."""
    if not lines:
        return "?"
    first, last = lines[0].where, lines[-1].where
    if first == last:
        return first
    a, b = first.rsplit(" ", 1), last.rsplit(" ", 1)
    if a[0] == b[0]:
        return f"{a[0].replace('line', 'lines').replace('paragraph', 'paragraphs')} {a[1]}-{b[1]}"
    return f"{first} to {last}"
