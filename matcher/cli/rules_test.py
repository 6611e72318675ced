"""`matcher rules test`: run the test cases kept next to the rules files."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import visible
from .app import rules_app
from .common import user_errors


class TestFormat(str, Enum):
    text = "text"
    json = "json"


@rules_app.command("test")
def test(
    files: Annotated[list[Path] | None, typer.Argument(
        help="Rules files (their cases are tests/<name> beside them) or case files. "
             "Default: every notice under the rules folder that has cases.", show_default=False)] = None,
    format: Annotated[TestFormat, typer.Option("--format", "-f", help="Output format.")] = TestFormat.text,
    rules_dir: Annotated[Path | None, typer.Option(help="Folder to take notices from when no FILES "
                                                      "are given.")] = None,
    init: Annotated[Path | None, typer.Option("--init", help="Print a case skeleton for this profile against "
                                              "the one rules file given, with today's statuses.",
                                              show_default=False)] = None,
) -> None:
    """Run each test case (a profile and its expected verdict, score and requirement
    statuses) and report PASS or FAIL per case, then "N passed, M failed".

    A failing case lists each requirement whose status differs (expected vs got, with the
    explanation); when only the verdict differs, the required rules that decided it.
    `--init PROFILE` prints a case skeleton instead (append it to the case file, then check it).

    Exit code: 0 when every case passes, 1 when any fails, 2 for a malformed case file.
    """
    from ..authoring.cases import case_skeleton, run_all
    from ..errors import UsageError

    if init is not None:
        with user_errors():
            if not files or len(files) != 1:
                raise UsageError("--init needs exactly one rules file: matcher rules test RULES --init PROFILE",
                                 file="<command line>")
            typer.echo(case_skeleton(files[0], init), nl=False)
        return
    with user_errors():
        results = run_all(files or None, rules_dir)
    failed = sum(not r.passed for r in results)
    summary = f"{len(results) - failed} passed, {failed} failed"
    if format is TestFormat.json:
        typer.echo(json.dumps({"passed": len(results) - failed, "failed": failed,
                               "cases": [r.to_dict() for r in results]}, indent=2, ensure_ascii=False))
    else:
        for r in results:
            typer.echo(visible(f"{'PASS' if r.passed else 'FAIL'}  {r.notice}: {r.name}"))
            for failure in r.failures:
                typer.echo("      " + visible(f"{r.file}:{r.line}: {failure}"))
        typer.echo(summary)
    raise typer.Exit(1 if failed else 0)
