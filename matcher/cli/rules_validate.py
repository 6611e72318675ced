"""`matcher rules validate`: are these rules files well-formed and faithful to their notices?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitCode, visible
from .app import rules_app
from .common import RulesDirOption, no_stdin, user_errors
from .exit_codes import epilog


@rules_app.command("validate", epilog=epilog("rules validate"))
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Rules files to check. Default: every notice in the rules folder.", show_default=False),
    ] = None,
    rules_dir: RulesDirOption = None,
) -> None:
    """Check rules files against their schema and check that every `source` quote is
    in the notice text; every problem of a file is listed, with "did you mean" where a
    known name is close. Warnings (a quoted alternative such as "in lieu of" outside an
    any_of, two required rules quoting one sentence) do not fail the file."""
    from ..api import resolve_rules
    from ..authoring.validate import validate_rules

    with user_errors():
        no_stdin(files, "a rules file", "its notice text is found beside it (`source_file`)")
        paths = resolve_rules(files, rules_dir)
    failed = 0
    for path in paths:
        report = validate_rules(path)
        for warning in report.warnings:
            typer.echo(f"warning: {warning}")
        if report.ok:
            warned = f", {len(report.warnings)} warning{'s' * (len(report.warnings) != 1)}" if report.warnings else ""
            typer.echo(
                f"ok    {visible(str(path))} ({report.requirements} requirements, "
                f"every quote found in the notice{warned})"
            )
            continue
        failed += 1
        typer.echo(f"FAIL  {visible(str(path))}")
        for problem in report.problems:
            typer.echo(f"matcher: {visible(str(problem))}", err=True)
    typer.echo(f"{len(paths) - failed} valid, {failed} invalid")
    raise typer.Exit(ExitCode.BAD_INPUT if failed else ExitCode.OK)
