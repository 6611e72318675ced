"""`matcher screen`: pre-screen many applicants for one notice, ranked, with reasons."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitCode, visible
from .app import app
from .common import (
    COMMAND_LINE,
    AsOfOption,
    ExitZeroOption,
    ForceOption,
    NoInferOption,
    OutputOption,
    finish,
    format_option,
    no_stdin,
    parse_as_of,
    user_errors,
)
from .exit_codes import epilog

MAX_ERRORS_SHOWN = 10


class ScreenFormat(StrEnum):
    text = "text"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


class CsvDialect(StrEnum):
    excel = "excel"
    excel_semicolon = "excel-semicolon"
    plain = "plain"


@app.command(epilog=epilog("screen"))
def screen(
    rules: Annotated[Path, typer.Argument(help="The notice's rules file.", show_default=False)],
    profiles: Annotated[
        list[str],
        typer.Argument(
            help="Profile files, CVs (PDF, Word, text, Europass, LinkedIn export, JSON Resume; imported on "
            "the fly), folders (searched recursively for both) or - for JSON Lines on standard input "
            "(one profile per line).",
            show_default=False,
        ),
    ],
    format: Annotated[
        ScreenFormat | None,
        format_option(),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    only: Annotated[
        str | None,
        typer.Option(
            help="List only these verdicts, comma-separated: eligible, needs_review, not_eligible, error. "
            "The counts always cover every input; error rows left out are named on standard "
            "error and in the report's error section."
        ),
    ] = None,
    as_of: AsOfOption = None,
    blind: Annotated[
        bool,
        typer.Option(
            help="Hide names, file names, emails, phones, dates of birth, photo URLs, "
            "employers and nationality; rows are identified by a pseudonym (A-...) made with "
            "the --blind-key."
        ),
    ] = False,
    blind_key: Annotated[
        Path | None,
        typer.Option(
            "--blind-key",
            help="File holding the secret key of the pseudonyms, created on the first screening (with or "
            "without --blind: every row has a pseudonym). Default: $MATCHER_BLIND_KEY, else "
            "~/.config/matcher/blind.key ($XDG_CONFIG_HOME/matcher; %APPDATA%\\matcher on Windows). "
            "Keep it: the same key gives the same pseudonyms.",
            show_default=False,
        ),
    ] = None,
    csv_dialect: Annotated[
        CsvDialect,
        typer.Option(
            "--csv-dialect",
            help="CSV flavour: excel (comma), excel-semicolon (for Excel in French, German "
            "... locales) or plain (no byte-order mark, LF line ends).",
        ),
    ] = CsvDialect.excel,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Processes to screen with (0: one per CPU; at most four per CPU, or 8). "
            "The report is identical whatever the number.",
        ),
    ] = 1,
    no_infer: NoInferOption = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, error lines or summary on standard error.")
    ] = False,
    save_profiles: Annotated[
        Path | None,
        typer.Option(
            "--save-profiles",
            metavar="FOLDER",
            help="Write the profile drafted from each CV into this folder (as DIR/<input path>.yaml) for review.",
            show_default=False,
        ),
    ] = None,
    exit_zero: ExitZeroOption = False,
) -> None:
    """Screen every profile against one notice: one row per profile, ranked eligible,
    needs review, not eligible (by asset score within each), with the required items
    not met or unknown, and the date from which a candidate would be eligible.

    A profile that cannot be read or validated becomes an error row (file:line:col:
    field: message) and every other profile is still screened.
    """
    import os

    from ..errors import UsageError
    from ..messages import Errors
    from ..report.pseudonyms import load_key
    from ..screen import DETAIL_FORMATS
    from ..screen import screen as run_screen
    from ..screen.formats import EXTENSIONS
    from ..screen.rows import parse_only
    from .outputs import guard_output, output_format, remember_output

    with user_errors():
        when = parse_as_of(as_of)
        try:
            wanted = parse_only(only)
        except ValueError as exc:
            raise UsageError(Errors.E004.format(detail=exc), file=COMMAND_LINE) from None
        no_stdin(rules, "the rules file", "it is read by name (standard input is for JSON Lines profiles)")
        guard_output(output, "screen", reads=[rules, *profiles], force=force)
        fmt = output_format(output, format.value if format else None, [f.value for f in ScreenFormat], EXTENSIONS)
        if output is None and fmt == "xlsx" and sys.stdout.isatty():
            raise UsageError(Errors.E109, file=COMMAND_LINE)
        if save_profiles is not None and save_profiles.exists() and not save_profiles.is_dir():
            raise UsageError(Errors.E202, file=save_profiles)  # a file, FIFO or device: not a folder
        key = load_key(blind_key)
        show_progress = not quiet and sys.stderr.isatty()
        bar = _ProgressBar() if show_progress else None
        stdin = sys.stdin.buffer if "-" in profiles and hasattr(sys.stdin, "buffer") else None
        try:
            if bar:
                bar.resume()
            report = run_screen(
                str(rules),
                profiles,
                stdin=stdin,
                as_of=when,
                infer=not no_infer,
                blind=blind,
                details=DETAIL_FORMATS.get(fmt),
                workers=workers or os.cpu_count() or 1,
                only=wanted,
                progress=bar,
                key=key,
                save_profiles=str(save_profiles) if save_profiles else None,
            )
        finally:
            if bar:
                bar.pause()
        try:
            _write(report, fmt, output, csv_dialect.value)
        finally:
            report.close()
        remember_output(output, "screen")
    errors = [row.error or "" for row in report.rows if row.is_error]
    if not quiet:
        _tell(report, [row.error or "" for row in report.unlisted_errors] if wanted else errors, output)
    finish(ExitCode.SOME_ERROR_ROWS if errors else ExitCode.OK, exit_zero)


def _write(report, fmt: str, output: Path | None, csv_dialect: str) -> None:
    import io

    from ..files.output import atomic_file, forgiving_stdout
    from ..screen import write_report
    from ..screen.formats import BINARY_FORMATS

    if output is None or str(output) == "-":
        forgiving_stdout()
        try:
            if fmt in BINARY_FORMATS:
                write_report(report, fmt, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                write_report(report, fmt, sys.stdout, csv_dialect=csv_dialect)
                sys.stdout.flush()
        except BrokenPipeError:  # `matcher screen ... | head`: the reader has what it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    with atomic_file(output) as handle:
        if fmt in BINARY_FORMATS:
            write_report(report, fmt, handle, to_file=True)
            return
        # newline="": CSV keeps its CRLF; errors="replace": a non-UTF-8 file name shows as '?'
        text = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
        write_report(report, fmt, text, csv_dialect=csv_dialect, to_file=True)
        text.flush()
        text.detach()  # the atomic writer closes the file


def _tell(report, errors: list[str], output: Path | None) -> None:
    """Errors and the counts on standard error (the report itself may be on stdout)."""
    from ..screen.formats.common import counts_line

    for message in errors[:MAX_ERRORS_SHOWN]:
        typer.echo(f"matcher: {visible(message)}", err=True)
    if len(errors) > MAX_ERRORS_SHOWN:
        typer.echo(f"matcher: ... and {len(errors) - MAX_ERRORS_SHOWN} more errors (see the report)", err=True)
    if output is not None or not sys.stdout.isatty():
        where = f" → {output}" if output is not None and str(output) != "-" else ""
        typer.echo(f"screened {counts_line(report)}{where}", err=True)


class _ProgressBar:
    """A rich progress bar on standard error (only used when it is a terminal)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("screening"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("screening", total=None)

    def resume(self) -> None:
        self.progress.start()

    def advance(self, done: int, total: int | None) -> None:
        self.progress.update(self.task, advance=done, total=total)

    def pause(self) -> None:
        self.progress.stop()
