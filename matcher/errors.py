"""The errors matcher reports, each told on one line and mapped to one exit code.

    MatcherError                 anything matcher reports on purpose
    ├── InputError     exit 2    a user-supplied file is wrong: `file:line:col: field: message`
    │   └── UsageError exit 2    a command-line argument is wrong (`<command line>: ...`)
    ├── OutputError    exit 74   the report cannot be written (permission, disk full, ...)
    └── InternalError  exit 70   a bug in matcher: never "bad input"; asks for a bug report

The command-line entry point (`matcher.cli.main`) turns each class into its exit
code; any other exception escaping a command is wrapped in an InternalError. The
wording of the messages lives in `matcher.messages` (coded, spaCy's `Errors` style).
The whole exit-code table is `ExitCode` below; the README and `--help` print it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .files.documents import Document


class ExitCode(IntEnum):
    """Every exit code a matcher command can end with (sysexits.h numbers for 70 and 74)."""

    OK = 0  # eligible / everything valid, screened, passing
    NO = 1  # a verdict, not a failure: not eligible, a case failed, files differ, not covered
    BAD_INPUT = 2  # bad input or usage
    NEEDS_REVIEW = 3  # `check`: nothing failed, but something could not be decided
    SOME_ERROR_ROWS = 4  # `screen`: the report was written, but some inputs were error rows
    INTERNAL = 70  # a bug in matcher
    OUTPUT = 74  # the output could not be written


def visible(text: str) -> str:
    """`text` with control, line-breaking, bidi and zero-width characters shown as escapes
    (\\x1b, \\n, \\u200b): a hostile file name or key can neither break the line, drive
    the terminal, hide a character nor fail to print."""
    from .files.sanitize import sanitize

    return sanitize(text, escape=True)


@dataclass
class MatcherError(Exception):
    """An error matcher reports on purpose, told as `file:line:col: field: message`.

    `line` and `column` are 1-based; `field` is a dotted path such as
    `experience[2].start`. Any of them may be unknown (None).
    """

    message: str
    file: str | Path | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    exit_code: ClassVar[int] = ExitCode.BAD_INPUT

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


class InputError(MatcherError):
    """A problem with a user-supplied file (exit code 2)."""

    exit_code = ExitCode.BAD_INPUT
    # The parsed file the error is in, where a caller keeps it (screen --blind redacts its raw values).
    document: Document | None = None


class UsageError(InputError):
    """A bad command-line argument (also exit code 2)."""

    exit_code = ExitCode.BAD_INPUT


class OutputError(MatcherError):
    """The operating system refused to write the output (exit code 74): the input was fine."""

    exit_code = ExitCode.OUTPUT


class InternalError(MatcherError):
    """A bug in matcher (exit code 70): said as such, never as a problem with the input."""

    exit_code = ExitCode.INTERNAL

    @classmethod
    def wrapping(cls, exc: BaseException) -> InternalError:
        from .messages import Errors

        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return cls(Errors.E900.format(detail=detail[:300]))

    def one_line(self) -> str:
        return visible(" ".join(self.message.split()))
