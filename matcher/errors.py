"""The one error type users see: bad input, reported on one line, exit code 2."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def visible(text: str) -> str:
    """`text` with control, line-breaking, bidi and zero-width characters shown as escapes
    (\\x1b, \\n, \\u200b): a hostile file name or key can neither break the line, drive
    the terminal, hide a character nor fail to print."""
    from .files.sanitize import sanitize

    return sanitize(text, escape=True)


@dataclass
class InputError(Exception):
    """A problem with a user-supplied file, told as `file:line:col: field: message`.

    `line` and `column` are 1-based; `field` is a dotted path such as
    `experience[2].start`. Any of them may be unknown (None).
    """

    message: str
    file: str | Path | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        return self.one_line()

    def one_line(self) -> str:
        where = str(self.file) if self.file is not None else "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        message = " ".join(self.message.split())  # never more than one line
        return visible(f"{where}:{field} {message}")


class UsageError(InputError):
    """A bad command-line argument (also exit code 2)."""
