"""A notice's text as published, made regular: lines, bullets, table cells, sentences.

Text copied from a web page carries non-breaking and zero-width spaces, odd bullet
characters and sometimes raw HTML; a `source` quote must still match the notice
word for word, so only whitespace is ever changed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..files.reading import decode, read_bytes
from .patterns import Patterns, patterns

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_HTML = re.compile(r"<(?:p|li|div|br|ul|ol|table|tr|td|th|h[1-6]|span|strong)\b[^>]*>", re.IGNORECASE)


def squash(text: str) -> str:
    """Whitespace normalised: every run of spaces (any kind, newlines too) is one space."""
    return " ".join(_INVISIBLE.sub("", text).replace("\u00a0", " ").split())


@dataclass
class Line:
    """One non-blank line of the notice."""

    number: int  # 1-based line number in the file
    text: str  # whitespace-normalised, bullet marker removed
    bullet: bool
    blank_before: bool
    numbered: bool = False  # the bullet is a number ("3. Requirements" may be a heading)
    cells: list[str] = field(default_factory=list)  # table cells, when the line is a table row
    columns: list[str] = field(default_factory=list)  # the same with empty cells kept (| and tab tables)


def read_notice(path: str | Path) -> str:
    """The notice's text, or an InputError (missing, binary, not UTF-8, empty)."""
    return notice_text(read_bytes(path), path)  # bounded; a FIFO or device is refused, never read


def notice_text(raw: bytes, name: str | Path) -> str:
    """The notice's text from its bytes (a file's, or standard input's), named `name` in errors."""
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("looks like a binary file (contains NUL bytes), expected the notice as plain text", file=name)
    text = decode(raw, name)
    if not squash(text):
        raise InputError("notice is empty, expected the text of a vacancy notice", file=name)
    return text


def unhtml(text: str) -> str:
    """Plain text from pasted HTML: block tags become line breaks, list items bullets."""
    if not _HTML.search(text):
        return text
    text = re.sub(r"<li\b[^>]*>", "\n• ", text, flags=re.IGNORECASE)
    text = re.sub(r"</?(?:p|div|br|ul|ol|table|tr|h[1-6])\b[^>]*>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"</t[dh]>", "\t", text, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


# "Label: / value", the rows of a label/value table whose cells a copy joined with " / ".
_SLASH_PAIR = re.compile(r"([^:|\t/][^:|\t]{1,59}):\s*/\s+(\S.*)")


def _cells(raw: str, pats: Patterns) -> list[str]:
    """Cells of a table row: split on | or tabs, or on runs of 3+ spaces when the row
    starts with a heading or fact label or ends with an importance word ("Essential")."""
    text = raw.strip()
    pair = _SLASH_PAIR.match(text)
    if pair:  # "Citizenship: / Only applicants from ...": a two-column table flattened to one line
        return [squash(pair.group(1)) + ":", squash(pair.group(2))]
    if "|" in text[1:]:
        parts = text.strip("|").split("|")
    elif "\t" in text:
        parts = text.split("\t")
    else:
        parts = re.split(r" {3,}", text)
        squashed = [squash(p) for p in parts]
        if len(squashed) < 2 or not (pats.is_label(squashed[0]) or pats.is_importance(squashed[-1])):
            return []
    cells = [squash(p) for p in parts]
    if any(re.fullmatch(r":?-{3,}:?", c) for c in cells):  # Markdown separator row
        return ["---"]
    cells = [c for c in cells if c]
    return cells if len(cells) >= 2 else []


def _columns(raw: str) -> list[str]:
    """Every cell of a '|' or tab row, empty ones too: a mark's column says what it means
    ("| Degree in law | X | |" under "| Criteria | Essential | Desirable |")."""
    text = raw.strip()
    if "|" in text[1:]:
        return [squash(p) for p in text.strip("|").split("|")]
    if "\t" in text:
        return [squash(p) for p in text.split("\t")]
    return []


def lines(text: str, pats: Patterns | None = None) -> list[Line]:
    """The notice's non-blank lines, with bullets and table cells recognised."""
    pats = pats or patterns()
    out: list[Line] = []
    blank = True
    for number, raw in enumerate(unhtml(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        raw = _INVISIBLE.sub("", raw).replace("\u00a0", " ")
        if not raw.strip():
            blank = True
            continue
        match = pats.bullet.match(raw)
        cells = [] if match else _cells(raw, pats)  # a bullet is never a table row
        if not cells and "|" in raw and "|" not in raw.strip().strip("|"):
            raw = raw.replace("|", " ")  # a one-column table's row ("Field of Expertise Requirements |")
            if not raw.strip():  # an empty cell: a blank line
                blank = True
                continue
        if cells == ["---"]:
            continue
        bullet = bool(match)
        body = squash(raw[match.end() :] if match else raw)
        if not body:  # a bullet with nothing after it
            continue
        numbered = bullet and bool(re.match(r"\s*\(?\d", raw))
        columns = _columns(raw) if cells else []
        out.append(Line(number, body, bullet, blank, numbered, cells, columns))
        blank = False
    return out


# A sentence end: end punctuation, a space, a capital; or, where a copy lost the space, a full stop
# after a word (or a bracket) and before a capitalised word ("... Looking Ahead).As a seconded officer").
_BOUNDARY = re.compile(
    r"([.!?;…])\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Þ0-9])|(?:(?<=[a-zà-ÿ]{3})(?<!www)|(?<=\)))(\.)(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{1,}\b)"
)


def _ends_list(word: str, after: str) -> bool:
    """ "etc." before a word that opens a sentence ("..., etc. Il doit avoir ...") ends the sentence."""
    return word == "etc" and bool(_SENTENCE_OPENER.match(after))


# Words that open a sentence rather than continue a list: pronouns and determiners.
_SENTENCE_OPENER = re.compile(
    r"(?:The|This|These|It|They|He|She|We|You|Applicants?|Candidates?|Il|Elle|Ils|Elles|Le|La|Les|Ce|Cette|Ces|"
    r"Un|Une|Des|Nous|Vous)\b"
)


def sentences(text: str, pats: Patterns | None = None) -> list[str]:
    """Split a paragraph into sentences (the end punctuation stays with its sentence).

    A full stop after a known abbreviation ("e.g.", "Exec.") or a single letter is not
    an end ("etc." is one before a pronoun or determiner); a semicolon ends a sentence only
    before a capital.
    """
    pats = pats or patterns()
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(1) if match.group(1) else match.end(2)
        if (match.group(1) or match.group(2)) == ".":
            before = re.search(r"([\w.°]+)\.$", text[start:end])
            word = before.group(1).lower() if before else ""
            if (word in pats.abbreviations and not _ends_list(word, text[match.end() :])) or len(word) == 1:
                continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
