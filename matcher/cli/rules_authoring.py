"""`matcher rules draft | coverage | diff`: write a rules file from a notice, and check it."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .app import rules_app
from .common import user_errors


class Format(str, Enum):
    text = "text"
    json = "json"


@rules_app.command("draft")
def draft(
    notice: Annotated[Path, typer.Argument(help="The notice as plain text (copied from the web page).",
                                           show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the rules file here "
                                                   "(atomically) instead of standard output.")] = None,
    rules_id: Annotated[str | None, typer.Option("--id", help="Id of the notice. Default: the output "
                                                    "file's name, else organization and notice number.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUTPUT if it exists.")] = False,
) -> None:
    """Draft a rules file from a vacancy NOTICE: facts, requirements, and `review:` notes.

    The draft validates, but it is a first draft: check every `review:` note, then run
    `matcher rules coverage` and `matcher rules validate`. Patterns are in
    matcher/authoring/data/draft_patterns.yaml.
    """
    from ..authoring import draft_rules
    from ..errors import UsageError
    from ..files.output import emit

    with user_errors():
        if output is not None and str(output) != "-" and output.exists() and not force:
            raise UsageError("exists; use --force to replace it", file=output)
        result = draft_rules(notice, output, rules_id)
        emit(result.text, output)
    where = f" -> {output}" if output is not None and str(output) != "-" else ""
    typer.echo(f"matcher: drafted {len(result.rules.requirements)} requirements from {notice}{where}; "
               f"{result.reviews} item(s) marked for review (notice language: {result.language}, "
               f"categories by: {result.categorizer})", err=True)


@rules_app.command("coverage")
def coverage_cmd(
    rules: Annotated[Path, typer.Argument(help="Rules file.", show_default=False)],
    notice: Annotated[Path | None, typer.Argument(help="Notice text. Default: the rules file's "
                                                     "`source_file`.", show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
) -> None:
    """List the notice's requirement sentences that no rule quotes, and quotes not in the notice.

    Exit code: 0 fully covered, 1 something uncovered or misquoted, 2 bad input.
    """
    from ..authoring.coverage import coverage, notice_path, render_text
    from ..models.load import load_rules

    with user_errors():
        loaded = load_rules(rules)
        result = coverage(loaded, notice_path(loaded, notice))
    typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) if format is Format.json
               else render_text(result).rstrip("\n"))
    raise typer.Exit(0 if result.complete else 1)


@rules_app.command("diff")
def diff_cmd(
    a: Annotated[Path, typer.Argument(help="First rules file (e.g. the hand-written one).", show_default=False)],
    b: Annotated[Path, typer.Argument(help="Second rules file (e.g. a draft).", show_default=False)],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    show_all: Annotated[bool, typer.Option("--all", help="Show fields that agree too.")] = False,
) -> None:
    """Compare two rules files field by field: notice facts, then requirements paired by id or quote.

    Exit code: 0 the files agree, 1 they differ, 2 bad input.
    """
    from ..authoring.diff import diff_rules, render_text, to_dict
    from ..models.load import load_rules

    with user_errors():
        result = diff_rules(load_rules(a), load_rules(b))
    typer.echo(json.dumps(to_dict(result, str(a), str(b)), indent=2, ensure_ascii=False, default=str)
               if format is Format.json else render_text(result, str(a), str(b), show_all).rstrip("\n"))
    raise typer.Exit(0 if result.same else 1)
