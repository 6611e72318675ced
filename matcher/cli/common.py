"""What every command shares: its options (worded once), error reporting, dates, stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ..errors import ExitCode, InputError, MatcherError, UsageError
from ..messages import Errors
from .exit_codes import EXIT_ZERO_HELP

EXIT_BAD_INPUT = ExitCode.BAD_INPUT
COMMAND_LINE = "<command line>"
STDIN = "<stdin>"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


# The options several commands take, worded once.
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        show_default=False,
        help="Write to this file (atomically) instead of standard output; the format follows its extension.",
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force", help="Replace the output file even if it exists and is not this command's own earlier output."
    ),
]
ExitZeroOption = Annotated[bool, typer.Option("--exit-zero", help=EXIT_ZERO_HELP)]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        metavar="DATE",
        help="Count experience up to this date (YYYY-MM-DD). Default: the notice's deadline (each notice's own).",
    ),
]
NoInferOption = Annotated[
    bool,
    typer.Option("--no-infer", help="Use only the categories a profile declares; do not infer them from free text."),
]


def format_option() -> typer.models.OptionInfo:
    """The --format/-f option of the report commands (its choices come from the annotated enum)."""
    return typer.Option(
        "--format", "-f", help="Report format. Default: from the -o file's extension, else text.", show_default=False
    )


RulesDirOption = Annotated[
    Path | None,
    typer.Option(
        "--rules-dir",
        metavar="FOLDER",
        show_default=False,
        help="Folder to take notices from when none are named (relative to the current folder). "
        "Default: $MATCHER_RULES_DIR, else ./rules if it has rules files, else the shipped notices.",
    ),
]


def report(error: MatcherError) -> None:
    typer.echo(f"matcher: {error.one_line()}", err=True)


def fail(error: MatcherError) -> NoReturn:
    """One line on stderr and the error's exit code: never a traceback."""
    report(error)
    raise typer.Exit(error.exit_code)


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except MatcherError as error:
        fail(error)


def finish(code: int, exit_zero: bool = False) -> NoReturn:
    """End a command that worked with `code`, or 0 when `--exit-zero` asks for it."""
    raise typer.Exit(ExitCode.OK if exit_zero else code)


def parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    from ..models.dates import ISO_DAY, in_range

    if not ISO_DAY.fullmatch(value):  # not "20250213", "2025-W07-4" or other scripts' digits
        fail(UsageError(Errors.E001.format(value=value), file=COMMAND_LINE))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        fail(UsageError(Errors.E001.format(value=value), file=COMMAND_LINE))
    try:
        return in_range(day)
    except ValueError as exc:
        fail(UsageError(Errors.E011.format(reason=exc), file=COMMAND_LINE))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def one_stdin(*arguments: str | Path | Iterable[str | Path] | None) -> None:
    """At most one file argument may be '-'."""
    flat: list[str] = []
    for argument in arguments:
        if isinstance(argument, (list, tuple)):
            flat += [str(a) for a in argument]
        elif argument is not None:
            flat.append(str(argument))
    if flat.count("-") > 1:
        raise UsageError(Errors.E005, file=COMMAND_LINE)


def no_stdin(argument: str | Path | Iterable[str | Path] | None, what: str, why: str) -> None:
    """'-' is refused, with the reason, where the file must have a name."""
    values = argument if isinstance(argument, (list, tuple)) else [argument]
    if any(str(value) == "-" for value in values if value is not None):
        raise UsageError(Errors.E006.format(what=what, why=why), file=COMMAND_LINE)


def read_stdin_bytes() -> bytes:
    """Standard input as bytes, with the size limit of any file read (MATCHER_MAX_FILE_BYTES);
    a terminal is refused (the command would seem to hang, waiting for typing)."""
    from ..files.reading import MAX_FILE_BYTES

    stream = sys.stdin
    if stream is None or stream.isatty():
        raise UsageError(Errors.E007, file=STDIN)
    raw = stream.buffer.read(MAX_FILE_BYTES + 1) if hasattr(stream, "buffer") else stream.read().encode()
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(Errors.E008.format(limit=MAX_FILE_BYTES), file=STDIN)
    return raw


def read_stdin() -> str:
    """Standard input as text, with the limit and decoding of any file read."""
    from ..files.reading import decode

    return decode(read_stdin_bytes(), STDIN)


def load_profile_argument(argument: str | Path):
    """A profile from a file, or from standard input for '-'."""
    from ..files.documents import load_document
    from ..models.load import load_profile, profile_from_document

    if str(argument) == "-":
        return profile_from_document(load_document(STDIN, read_stdin()))
    return load_profile(argument)


def load_rules_argument(argument: str | Path):
    """A rules file from a file, or from standard input for '-'."""
    from ..models.load import load_rules, load_rules_document

    if str(argument) == "-":
        return load_rules_document(STDIN, read_stdin())[0]
    return load_rules(argument)
