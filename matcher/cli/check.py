"""`matcher check`: is this candidate eligible for these notices, and why?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .app import app
from .common import (
    STDIN,
    AsOfOption,
    ExitZeroOption,
    ForceOption,
    NoInferOption,
    OutputOption,
    ReportFormat,
    RulesDirOption,
    finish,
    format_option,
    load_profile_argument,
    load_rules_argument,
    one_stdin,
    parse_as_of,
    stdout_is_terminal,
    user_errors,
)
from .exit_codes import epilog


@app.command(epilog=epilog("check"))
def check(
    profile: Annotated[
        Path, typer.Argument(help="Candidate profile, YAML or JSON (- for standard input).", show_default=False)
    ],
    rules: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Rules files, one per notice (one may be - for standard input). Default: every notice "
            "in the rules folder.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        ReportFormat | None,
        format_option(),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    as_of: AsOfOption = None,
    no_infer: NoInferOption = False,
    blind: Annotated[
        bool,
        typer.Option(
            help="Leave out the candidate's name, profile file, "
            "contact details, nationality and employers (as in screen --blind)."
        ),
    ] = False,
    rules_dir: RulesDirOption = None,
    exit_zero: ExitZeroOption = False,
) -> None:
    """Check a PROFILE against one or more notices and explain every requirement.

    With several notices the worst verdict decides the exit code.
    """
    from .. import second_core
    from ..api import check_profile
    from ..collector import one_run
    from ..files.output import emit
    from ..reference import rules_dir as default_rules_dir
    from ..report import render_parts
    from .outputs import guard_output, output_format, remember_output

    # one profile, then the process ends (see matcher/collector.py); it runs no other thread,
    # so a huge profile's NLP and report may use the second core (matcher/second_core.py)
    with user_errors(), one_run(), second_core.allowed():
        when = parse_as_of(as_of)
        one_stdin(profile, rules)
        guard_output(output, "check", reads=[profile, *(rules or [rules_dir or default_rules_dir()])], force=force)
        fmt = output_format(output, format.value if format else None, [f.value for f in ReportFormat])
        candidate = load_profile_argument(profile)
        loaded = [load_rules_argument(r) if str(r) == "-" else r for r in rules or []]
        evaluations = check_profile(
            candidate,
            loaded or None,
            as_of=when,
            infer=not no_infer,
            rules_dir=rules_dir,
            profile_ref=STDIN if str(profile) == "-" else str(profile),
        )
        extra: dict[str, Any] = {"color": stdout_is_terminal() and output is None} if fmt == "text" else {}
        emit(render_parts(evaluations, fmt, blind=blind, **extra), output)  # --blind: the one redactor, report/blind.py
        remember_output(output, "check")
    worst = max((e.verdict for e in evaluations), key=lambda v: v.severity)
    finish(worst.exit_code, exit_zero)
