"""Helpers every command shares: error reporting, dates, output."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from typing import NoReturn

import typer

from ..errors import InputError, UsageError

EXIT_BAD_INPUT = 2
EXIT_SYSTEM = 4  # the system refused: disk full, permission denied while writing, ...


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


def fail(error: InputError) -> NoReturn:
    """One line on stderr, exit code 2: never a traceback for bad input."""
    typer.echo(f"matcher: {error.one_line()}", err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except InputError as error:
        fail(error)


def parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    from ..models.dates import in_range

    try:
        day = date.fromisoformat(value)
    except ValueError:
        fail(UsageError(f"--as-of {value!r} is not a date; write YYYY-MM-DD", file="<command line>"))
    try:
        return in_range(day)
    except ValueError as exc:
        fail(UsageError(f"--as-of: {exc}", file="<command line>"))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
