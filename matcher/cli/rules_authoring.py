"""`matcher rules draft | coverage | diff`: write a rules file from a notice, and check it."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .app import rules_app
from .common import (
    STDIN,
    ExitZeroOption,
    ForceOption,
    OutputOption,
    finish,
    load_rules_argument,
    no_stdin,
    one_stdin,
    read_stdin_bytes,
    user_errors,
)
from .exit_codes import epilog


class Format(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format. Default: from the -o file's extension, else text.", show_default=False
    ),
]


@rules_app.command("draft", epilog=epilog("rules draft"))
def draft(
    notice: Annotated[
        Path,
        typer.Argument(
            help="The notice as plain text (copied from the web page); - for standard input.", show_default=False
        ),
    ],
    output: OutputOption = None,
    rules_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="Id of the notice. Default: the output file's name, else organization and notice number.",
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Draft a rules file from a vacancy NOTICE: facts, requirements, and `review:` notes.

    The draft validates, but it is a first draft: check every `review:` note, then run
    `matcher rules coverage` and `matcher rules validate`. Patterns are in
    matcher/authoring/data/draft_patterns.yaml.
    """
    from ..authoring import draft_rules
    from ..files.output import emit
    from .outputs import guard_output, output_format, remember_output

    with user_errors():
        guard_output(output, "rules draft", reads=[notice], force=force)
        output_format(output, None, ["yaml"])
        if str(notice) == "-":  # no file to record: source_file gets a review note (see draft_rules)
            result = draft_rules(STDIN, output, rules_id, text=_notice_from_stdin())
        else:
            result = draft_rules(notice, output, rules_id)
        emit(result.text, output)
        remember_output(output, "rules draft")
    where = f" -> {output}" if output is not None and str(output) != "-" else ""
    typer.echo(
        f"matcher: drafted {len(result.rules.requirements)} requirements from {_name(notice)}{where}; "
        f"{result.reviews} item(s) marked for review (notice language: {result.language}, "
        f"categories by: {result.categorizer})",
        err=True,
    )


@rules_app.command("coverage", epilog=epilog("rules coverage"))
def coverage_cmd(
    rules: Annotated[
        Path, typer.Argument(help="Rules file (- for standard input, when NOTICE is given).", show_default=False)
    ],
    notice: Annotated[
        Path | None,
        typer.Argument(
            help="Notice text (- for standard input). Default: the rules file's `source_file`.", show_default=False
        ),
    ] = None,
    format: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    exit_zero: ExitZeroOption = False,
) -> None:
    """List the notice's requirement sentences that no rule quotes, and quotes not in the notice."""
    from ..authoring.coverage import coverage, notice_path, render_text
    from ..files.output import emit
    from .outputs import guard_output, output_format, remember_output

    with user_errors():
        one_stdin(rules, notice)
        if notice is None:
            no_stdin(rules, "the rules file", "its notice text is found beside it (`source_file`); name the notice")
        guard_output(output, "rules coverage", reads=[rules, notice], force=force)
        fmt = output_format(output, format.value if format else None, [f.value for f in Format])
        loaded = load_rules_argument(rules)
        if notice is not None and str(notice) == "-":
            result = coverage(loaded, STDIN, text=_notice_from_stdin())
        else:
            result = coverage(loaded, notice_path(loaded, notice))
        emit(
            json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
            if fmt == "json"
            else render_text(result).rstrip("\n") + "\n",
            output,
        )
        remember_output(output, "rules coverage")
    finish(0 if result.complete else 1, exit_zero)


@rules_app.command("diff", epilog=epilog("rules diff"))
def diff_cmd(
    a: Annotated[
        Path,
        typer.Argument(help="First rules file (e.g. the hand-written one; - for standard input).", show_default=False),
    ],
    b: Annotated[
        Path, typer.Argument(help="Second rules file (e.g. a draft; - for standard input).", show_default=False)
    ],
    format: FormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    show_all: Annotated[bool, typer.Option("--all", help="Show fields that agree too.")] = False,
    exit_zero: ExitZeroOption = False,
) -> None:
    """Compare two rules files field by field: notice facts, then requirements paired by id or quote."""
    from ..authoring.diff import diff_rules, render_text, to_dict
    from ..files.output import emit
    from .outputs import guard_output, output_format, remember_output

    with user_errors():
        one_stdin(a, b)
        guard_output(output, "rules diff", reads=[a, b], force=force)
        fmt = output_format(output, format.value if format else None, [f.value for f in Format])
        result = diff_rules(load_rules_argument(a), load_rules_argument(b))
        name_a, name_b = _name(a), _name(b)
        emit(
            json.dumps(to_dict(result, name_a, name_b), indent=2, ensure_ascii=False, default=str) + "\n"
            if fmt == "json"
            else render_text(result, name_a, name_b, show_all).rstrip("\n") + "\n",
            output,
        )
        remember_output(output, "rules diff")
    finish(0 if result.same else 1, exit_zero)


def _name(argument: Path) -> str:
    return STDIN if str(argument) == "-" else str(argument)


def _notice_from_stdin() -> str:
    """The notice's text from standard input: bounded like a file, and checked like one."""
    from ..authoring.text import notice_text

    return notice_text(read_stdin_bytes(), STDIN)
