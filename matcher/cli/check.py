"""`matcher check`: is this candidate eligible for these notices, and why?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .app import app
from .common import ReportFormat, parse_as_of, stdout_is_terminal, user_errors


@app.command()
def check(
    profile: Annotated[Path, typer.Argument(help="Candidate profile, YAML or JSON.", show_default=False)],
    rules: Annotated[list[Path] | None, typer.Argument(
        help="Rules files (one per notice). Default: every notice under the rules folder.",
        show_default=False)] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file "
                                                   "(atomically) instead of standard output.")] = None,
    as_of: Annotated[str | None, typer.Option(help="Count experience up to this date (YYYY-MM-DD). "
                                                 "Default: each notice's deadline.")] = None,
    no_infer: Annotated[bool, typer.Option("--no-infer", help="Use only the categories the profile "
                                           "declares; do not infer them from free text.")] = False,
    blind: Annotated[bool, typer.Option(help="Leave out the candidate's name, profile file, "
                                        "contact details, nationality and employers (as in screen --blind).")] = False,
    rules_dir: Annotated[Path | None, typer.Option(help="Folder to take notices from when no RULES "
                                                      "are given.")] = None,
) -> None:
    """Check a PROFILE against one or more notices and explain every requirement.

    Exit code: 0 eligible, 1 not eligible, 3 needs review, 2 bad input. With several
    notices the worst verdict decides.
    """
    from ..api import check_profile
    from ..files.output import emit
    from ..report import render

    with user_errors():
        when = parse_as_of(as_of)
        evaluations = check_profile(profile, rules or None, as_of=when, infer=not no_infer, rules_dir=rules_dir)
        extra: dict[str, Any] = {"color": stdout_is_terminal() and output is None} \
            if format is ReportFormat.text else {}
        emit(render(evaluations, format.value, blind=blind, **extra), output)
    worst = max((e.verdict for e in evaluations), key=lambda v: v.severity)
    raise typer.Exit(worst.exit_code)
