"""`matcher rules test`: run the test cases kept next to the rules files."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import visible
from .app import rules_app
from .common import (
    COMMAND_LINE,
    ExitZeroOption,
    ForceOption,
    OutputOption,
    RulesDirOption,
    finish,
    no_stdin,
    one_stdin,
    user_errors,
)
from .exit_codes import epilog


class TestFormat(StrEnum):
    text = "text"
    json = "json"


@rules_app.command("test", epilog=epilog("rules test"))
def test(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Rules files (their cases are tests/<name> beside them) or case files. "
            "Default: every notice in the rules folder that has cases.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        TestFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: from the -o file's extension, else text.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    rules_dir: RulesDirOption = None,
    exit_zero: ExitZeroOption = False,
    init: Annotated[
        Path | None,
        typer.Option(
            "--init",
            metavar="PROFILE",
            help="Print a case skeleton for this profile against the one rules file given, with today's statuses.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run each test case (a profile and its expected verdict, score and requirement
    statuses) and report PASS or FAIL per case, then "N passed, M failed".

    A failing case lists each requirement whose status differs (expected vs got, with the
    explanation); when only the verdict differs, the required rules that decided it.
    `--init PROFILE` prints a case skeleton instead (append it to the case file, then check it).
    A malformed case file is bad input.
    """
    from ..authoring.cases import case_skeleton, run_all
    from ..errors import UsageError
    from ..files.output import emit
    from ..messages import Errors
    from ..reference import rules_dir as default_rules_dir
    from .outputs import guard_output, output_format, remember_output

    if init is not None:
        with user_errors():
            if not files or len(files) != 1:
                raise UsageError(Errors.E010, file=COMMAND_LINE)
            typer.echo(case_skeleton(files[0], init), nl=False)
        return
    with user_errors():
        one_stdin(files)
        no_stdin(files, "a rules or case file", "cases name their profiles relative to the case file")
        guard_output(output, "rules test", reads=files or [rules_dir or default_rules_dir()], force=force)
        fmt = output_format(output, format.value if format else None, [f.value for f in TestFormat])
        results = run_all(files or None, rules_dir)
        failed = sum(not r.passed for r in results)
        if fmt == "json":
            text = json.dumps(
                {"passed": len(results) - failed, "failed": failed, "cases": [r.to_dict() for r in results]},
                indent=2,
                ensure_ascii=False,
            )
        else:
            lines = []
            for r in results:
                lines.append(visible(f"{'PASS' if r.passed else 'FAIL'}  {r.notice}: {r.name}"))
                lines += ["      " + visible(f"{r.file}:{r.line}: {failure}") for failure in r.failures]
            lines.append(f"{len(results) - failed} passed, {failed} failed")
            text = "\n".join(lines)
        emit(text + "\n", output)
        remember_output(output, "rules test")
    finish(1 if failed else 0, exit_zero)
