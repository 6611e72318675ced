"""`matcher profile new | validate | schema | import`: create, check and convert profiles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitCode, InputError
from ..messages import Errors
from .app import profile_app
from .common import STDIN, ForceOption, OutputOption, load_profile_argument, one_stdin, user_errors
from .exit_codes import epilog

_PROFILE_SUFFIXES = {".yaml", ".yml", ".json"}


def _refuse_overwrite(output: Path | None, force: bool, command: str, reads: list[Path | None] | None = None) -> None:
    from .outputs import guard_output, output_format

    with user_errors():
        guard_output(output, command, reads=reads or [], force=force)
        output_format(output, None, ["yaml"])


def _write_profile(data: dict, output: Path | None, header: list[str], command: str) -> None:
    """Write profile data as commented YAML, after checking that it loads back as a valid profile."""
    from ..files.documents import parse_yaml
    from ..files.output import emit
    from ..models.load import profile_from_document
    from ..profile_tools.yaml_writer import profile_yaml, schema_reference
    from .outputs import remember_output

    text = profile_yaml(data, header=header, schema_ref=schema_reference(output))
    profile_from_document(parse_yaml(text, str(output or "<profile>")))
    emit(text, output)
    remember_output(output, command)


def _next_steps(output: Path | None) -> None:
    # "-o -" printed the profile to standard output: there is no file to validate next.
    if output is not None and str(output) != "-":
        typer.echo(f"Wrote {output}. Next:\n  matcher profile validate {output}\n  matcher check {output}", err=True)


@profile_app.command("new", epilog=epilog("profile new"))
def new(output: OutputOption = None, force: ForceOption = False) -> None:
    """Build a profile by answering questions: current employment, education, jobs, languages.

    Each answer is checked as you go. Questions go to standard error, so with no -o
    the profile (YAML) alone goes to standard output. Answers may also be piped in,
    one per line.
    """
    from ..profile_tools.wizard import Wizard

    _refuse_overwrite(output, force, "profile new")
    with user_errors():
        try:
            data = Wizard().run()
        except KeyboardInterrupt:
            typer.echo("\nmatcher: cancelled; nothing was written", err=True)
            raise typer.Exit(130) from None
        _write_profile(
            data,
            output,
            [
                f"Candidate profile written by `matcher profile new` on {date.today().isoformat()}.",
                "Edit it freely; check it with `matcher profile validate FILE`, then run `matcher check FILE`.",
            ],
            "profile new",
        )
    _next_steps(output)


def _profile_files(paths: list[Path]) -> list[Path | InputError]:
    """The files named, with folders expanded to the profiles (YAML/JSON) inside them; a
    folder that cannot be listed (also as root: a lost mount, a damaged file system) is an
    error in its place, never a traceback or a silent gap."""
    files: list[Path | InputError] = []
    for path in paths:
        if str(path) != "-" and path.is_dir():
            try:
                files += sorted(p for p in path.iterdir() if p.suffix.lower() in _PROFILE_SUFFIXES and p.is_file())
            except OSError as exc:
                files.append(InputError(Errors.E017.format(reason=exc.strerror or exc), file=path))
        else:
            files.append(path)
    return files


@profile_app.command("validate", epilog=epilog("profile validate"))
def validate(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Profiles (YAML or JSON), folders of them, or - for one on standard input.", show_default=False
        ),
    ],
) -> None:
    """Check profiles: one line per file, `ok` or what is wrong and where."""
    from ..errors import visible

    with user_errors():
        one_stdin(files)
    bad = 0
    for path in _profile_files(files):
        try:
            if isinstance(path, InputError):
                raise path
            load_profile_argument(path)
        except InputError as error:
            bad += 1
            typer.echo(f"matcher: {error.one_line()}", err=True)
        else:
            shown = STDIN if str(path) == "-" else str(path)
            typer.echo(f"{visible(shown)}: ok")  # a file name must not drive the terminal
    if bad:
        raise typer.Exit(ExitCode.BAD_INPUT)


def write_schema(schema: dict, output: Path | None, force: bool, command: str) -> None:
    import json

    from ..files.output import emit
    from .outputs import guard_output, output_format, remember_output

    with user_errors():
        guard_output(output, command, force=force)
        output_format(output, None, ["json"])
        emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", output)
        remember_output(output, command)


@profile_app.command("schema", epilog=epilog("profile schema"))
def schema(output: OutputOption = None, force: ForceOption = False) -> None:
    """Print the JSON Schema of profiles, for editors to validate and autocomplete them.

    In VS Code (YAML extension by Red Hat), put this first line in a profile:
    `# yaml-language-server: $schema=path/to/profile.schema.json`
    """
    from ..profile_tools.schema import profile_schema

    write_schema(profile_schema(), output, force, "profile schema")


@profile_app.command("import", epilog=epilog("profile import"))
def import_resume(
    resume: Annotated[
        Path,
        typer.Argument(
            help="A CV: PDF, Word (.docx), plain text, Europass XML or JSON, a LinkedIn data export (.zip) "
            "or a JSON Resume document; - for standard input (the format is then told by the content).",
            show_default=False,
        ),
    ],
    output: OutputOption = None,
    force: ForceOption = False,
    check: Annotated[
        Path | None,
        typer.Option(
            "--check",
            help="Also show the verdict the draft would get against this rules file (- for standard input), "
            "and which unconfirmed facts decide it.",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[str | None, typer.Option(help="With --check: evaluate as of this date (YYYY-MM-DD).")] = None,
) -> None:
    """Draft a profile from a CV: jobs, education, languages and nationality, each with
    where it was read (page and line, paragraph, XML path, CSV row) and a confidence.

    What the CV does not state, or states in a way that reads two ways (06/07/2012, a
    degree whose level is unclear, a language with no CEFR level), is left out with a
    `review:` note, listed on standard error and kept in the profile's `notes`.
    """
    from ..importers import import_file
    from ..importers.yaml_out import draft_yaml
    from ..profile_tools.yaml_writer import schema_reference

    with user_errors():
        one_stdin(resume, check)
    _refuse_overwrite(output, force, "profile import", reads=[resume, check])
    with user_errors():
        when = _as_of(as_of)
        if str(resume) == "-":
            from .stdin_cv import import_stdin_cv

            draft, shown = import_stdin_cv(), STDIN
        else:
            draft, shown = import_file(resume), str(resume)
        for note in draft.reviews:
            typer.echo(f"matcher: {_visible(shown)}: {_visible(note)}", err=True)
        text = draft_yaml(draft, schema_reference(output))
        _emit_checked(text, output)
        if check is not None:
            _show_check(draft, shown, check, when)
    _next_steps(output)


def _visible(value: object) -> str:
    """CV text made terminal-safe: control and bidi characters shown as escapes, on one line."""
    from ..errors import visible

    return " ".join(visible(str(value)).split())


def _as_of(value: str | None) -> date | None:
    from .common import parse_as_of

    return parse_as_of(value)


def _emit_checked(text: str, output: Path | None) -> None:
    """Write the YAML after checking that it loads back as a valid profile."""
    from ..files.documents import parse_yaml
    from ..files.output import emit
    from ..models.load import profile_from_document
    from .outputs import remember_output

    profile_from_document(parse_yaml(text, str(output or "<profile>")))
    emit(text, output)
    remember_output(output, "profile import")


def _show_check(draft, resume: str, rules_path: Path, when: date | None) -> None:
    """The verdict the draft gets, and the unconfirmed entries it rests on (on stderr)."""
    from ..engine.evaluate import evaluate
    from ..importers.review import deciding_facts, draft_profile
    from ..nlp import lazy_categorizer
    from .common import load_rules_argument

    rules = load_rules_argument(rules_path)
    profile = draft_profile(draft, str(resume))
    categorizer = lazy_categorizer()
    base = evaluate(profile, rules, when, categorizer=categorizer, profile_ref=str(resume))
    deciding = deciding_facts(draft, profile, rules, when, categorizer, base)
    typer.echo(
        f"Draft verdict against {_visible(STDIN if str(rules_path) == '-' else rules_path)}: "
        f"{base.verdict.value.replace('_', ' ').upper()}",
        err=True,
    )
    for result in base.blocking:
        typer.echo(
            f"  {result.status.value.replace('_', ' ')}: {_visible(result.label)}: {_visible(result.explanation)}",
            err=True,
        )
    if deciding:
        typer.echo("It rests on unconfirmed facts (read from free text); confirm them in the draft:", err=True)
        for fact in deciding:
            typer.echo(
                f"  {_visible(fact.label)} (from {_visible(draft.sources.get(fact.path, '?'))}, "
                f"confidence {fact.confidence}): without it the verdict is "
                f"{fact.without.replace('_', ' ')}",
                err=True,
            )
    else:
        typer.echo("No single unconfirmed fact decides it.", err=True)
    if draft.reviews:
        typer.echo(f"{len(draft.reviews)} review note(s) above: facts left out may change it.", err=True)
