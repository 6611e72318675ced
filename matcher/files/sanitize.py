"""The one sanitiser for text that people read: terminals, reports, error lines.

Untrusted text (from a profile, a file name, a notice) must stay inert wherever it is
shown. `sanitize()` is the single place that decides how:

- whole terminal escape sequences (CSI `ESC[31m`, OSC `ESC]0;title BEL`, 8-bit C1 forms)
  and every other control character are removed (tab and newline kept unless the field
  is a single line);
- bidirectional controls and zero-width / default-ignorable characters (U+200B, U+202E,
  U+2066, U+FEFF, soft hyphen, variation selectors, tag characters...) are removed, so
  text cannot reorder itself on screen or hide inside a word that looks the same;
- `one_line=True` folds every line break (CR, LF, VT, FF, NEL, U+2028, U+2029) and tab
  into one space, so a value cannot start a line of its own ("Verdict for ...");
- `markup=True` escapes rich markup (`[bold]`, `[/a]`, `[link=...]`) so brackets show as
  typed ("[grade 5]") and cannot style, link or crash the renderer;
- `escape=True` (error lines) shows each unsafe character as an escape (`\\x1b`, `\\n`,
  `\\u200b`) instead of removing it: there the exact key or file name matters.
"""

from __future__ import annotations

import re

# Whole escape sequences first, so their parameters do not stay behind as text.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# Unicode's default-ignorable code points (DerivedCoreProperties.txt) plus every other
# format character (category Cf: Arabic number signs, interlinear annotation marks that
# hide the text between them, Egyptian hieroglyph format controls...): invisible or
# out of line, and the bidi controls among them reorder text on screen.
_INVISIBLE_BMP = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb"
)
_INVISIBLE_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
INVISIBLE = _INVISIBLE_BMP + _INVISIBLE_ASTRAL
# One such character; also used by blind matching and the profile YAML writer.
INVISIBLE_CHARACTER = re.compile(f"[{INVISIBLE}]")
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# Characters that show as a blank but are no space (no-break and other Unicode spaces, the
# braille blank): in an error line, a key "name\u00a0" must not look like "name ".
_BLANK = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u2800\u3000"
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{_BLANK}{INVISIBLE}\\ud800-\\udfff]")
# _UNSAFE in two parts: a class with characters beyond U+FFFF is searched ~4x slower, and
# only a text holding such a character (more than 2 bytes of UTF-16 each) needs that part.
_UNSAFE_BMP = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{_BLANK}{_INVISIBLE_BMP}\\ud800-\\udfff]")
_UNSAFE_ASTRAL = re.compile(f"[{_INVISIBLE_ASTRAL}]")


def _has_unsafe(text: str) -> bool:
    """Whether `_UNSAFE` matches somewhere in `text` (a report line has ~100,000 siblings)."""
    if _UNSAFE_BMP.search(text):
        return True
    beyond_bmp = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    return beyond_bmp and _UNSAFE_ASTRAL.search(text) is not None


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape", "backslashreplace").decode("ascii")


def sanitize(value: object, *, one_line: bool = False, markup: bool = False, escape: bool = False) -> str:
    """`value` as text that cannot drive a terminal, spoof its neighbours or forge lines."""
    text = str(value)
    if (text.isascii() and text.isprintable()) or not _has_unsafe(text):  # the common case
        return _rich_escape(text) if markup and ("[" in text or text.endswith("\\")) else text
    if escape:
        text = _UNSAFE.sub(_escaped, text)
    else:
        text = INVISIBLE_CHARACTER.sub("", _SEQUENCE.sub("", text))
        if one_line:
            text = _BREAKS.sub(" ", text)
        text = _CONTROL.sub(lambda m: "\n" if m.group() in "\u2028\u2029" else "", text)
    return _rich_escape(text) if markup else text


def _rich_escape(text: str) -> str:
    from rich.markup import escape as rich_escape  # also doubles a trailing backslash

    return rich_escape(text)
