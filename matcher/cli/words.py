"""Help text in words: `FILE`, `FOLDER`, `TEXT`, `NUMBER` rather than typer's Python
types (`<path>`, `<list[Path]>`, `<str>`), and no type at all for an on/off flag.

Typer 0.2x prints each parameter's type from its annotation and ignores `metavar`
for arguments; this wraps the one method that renders that column. Should typer
rename it, help falls back to typer's own text (`tests/cli/test_help.py` notices).
"""

from __future__ import annotations

import re
from typing import Any

_WORDS = {"path": "FILE", "str": "TEXT", "int": "NUMBER", "float": "NUMBER"}
_TYPE = re.compile(r"^<(?:list\[)?(\w+)(?:\]| range)?>(\.\.\.)?$")  # <path>, <list[Path]>, <int range>


def word(param: Any, shown: str | None) -> str | None:
    """What to show for `param` instead of typer's `shown` type."""
    if getattr(param, "is_flag", False) and not getattr(param, "count", False):
        return None
    if param.metavar:
        return param.metavar
    if shown is None:
        return None
    match = _TYPE.match(shown)
    if not match:  # a list of choices such as <text|json> is already words
        return shown
    name = _WORDS.get(match.group(1).lower(), match.group(1).upper())
    many = shown.startswith("<list[") or match.group(2) or getattr(param, "nargs", 1) != 1
    return name + ("..." if many else "")


def install() -> None:
    from typer import core

    for cls in (core.TyperArgument, core.TyperOption):
        original = getattr(cls, "display_type_rich", None)
        if original is None or getattr(original, "_matcher_words", False):
            continue

        def display(self: Any, ctx: Any, _original: Any = original) -> str | None:
            return word(self, _original(self, ctx))

        display._matcher_words = True  # type: ignore[attr-defined]
        cls.display_type_rich = display  # type: ignore[method-assign]
