"""`matcher profile new | validate | schema | import`: create, check and convert profiles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from .app import profile_app
from .common import EXIT_BAD_INPUT, fail, user_errors

_PROFILE_SUFFIXES = {".yaml", ".yml", ".json"}
OutputOption = Annotated[Path | None, typer.Option(
    "--output", "-o", help="Write to this file (atomically) instead of standard output.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")]


def _refuse_overwrite(output: Path | None, force: bool) -> None:
    from ..errors import UsageError

    if output is not None and output.exists() and not force:
        fail(UsageError("already exists; choose another name or add --force to overwrite it", file=output))


def _write_profile(data: dict, output: Path | None, header: list[str]) -> None:
    """Write profile data as commented YAML, after checking that it loads back as a valid profile."""
    from ..files.documents import parse_yaml
    from ..files.output import emit
    from ..models.load import profile_from_document
    from ..profile_tools.yaml_writer import profile_yaml, schema_reference

    text = profile_yaml(data, header=header, schema_ref=schema_reference(output))
    profile_from_document(parse_yaml(text, str(output or "<profile>")))
    emit(text, output)


def _next_steps(output: Path | None) -> None:
    if output is not None:
        typer.echo(f"Wrote {output}. Next:\n  matcher profile validate {output}\n  matcher check {output}", err=True)


@profile_app.command("new")
def new(output: OutputOption = None, force: ForceOption = False) -> None:
    """Build a profile by answering questions: current employment, education, jobs, languages.

    Each answer is checked as you go. Questions go to standard error, so with no -o
    the profile (YAML) alone goes to standard output. Answers may also be piped in,
    one per line.
    """
    from ..profile_tools.wizard import Wizard

    _refuse_overwrite(output, force)
    with user_errors():
        try:
            data = Wizard().run()
        except KeyboardInterrupt:
            typer.echo("\nmatcher: cancelled; nothing was written", err=True)
            raise typer.Exit(130) from None
        _write_profile(data, output, [
            f"Candidate profile written by `matcher profile new` on {date.today().isoformat()}.",
            "Edit it freely; check it with `matcher profile validate FILE`, then run `matcher check FILE`.",
        ])
    _next_steps(output)


def _profile_files(paths: list[Path]) -> list[Path]:
    """The files named, with folders expanded to the profiles (YAML/JSON) inside them."""
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in _PROFILE_SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


@profile_app.command("validate")
def validate(
    files: Annotated[list[Path], typer.Argument(help="Profiles (YAML or JSON), or folders of them.",
                                                show_default=False)],
) -> None:
    """Check profiles: one line per file, `ok` or what is wrong and where.

    Exit code 0 if every profile is valid, 2 if any is not.
    """
    from ..errors import InputError, visible
    from ..models.load import load_profile

    bad = 0
    for path in _profile_files(files):
        try:
            load_profile(path)
        except InputError as error:
            bad += 1
            typer.echo(f"matcher: {error.one_line()}", err=True)
        else:
            typer.echo(f"{visible(str(path))}: ok")  # a file name must not drive the terminal
    if bad:
        raise typer.Exit(EXIT_BAD_INPUT)


def write_schema(schema: dict, output: Path | None) -> None:
    import json

    from ..files.output import emit

    with user_errors():
        emit(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", output)


@profile_app.command("schema")
def schema(output: OutputOption = None) -> None:
    """Print the JSON Schema of profiles, for editors to validate and autocomplete them.

    In VS Code (YAML extension by Red Hat), put this first line in a profile:
    `# yaml-language-server: $schema=path/to/profile.schema.json`
    """
    from ..profile_tools.schema import profile_schema

    write_schema(profile_schema(), output)


@profile_app.command("import")
def import_resume(
    resume: Annotated[Path, typer.Argument(
        help="A CV: PDF, Word (.docx), plain text, Europass XML or JSON, a LinkedIn data export (.zip) "
             "or a JSON Resume document.", show_default=False)],
    output: OutputOption = None,
    force: ForceOption = False,
    check: Annotated[Path | None, typer.Option(
        "--check", help="Also show the verdict the draft would get against this rules file, and which "
                        "unconfirmed facts decide it.", show_default=False)] = None,
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

    _refuse_overwrite(output, force)
    with user_errors():
        when = _as_of(as_of)
        draft = import_file(resume)
        for note in draft.reviews:
            typer.echo(f"matcher: {_visible(resume)}: {_visible(note)}", err=True)
        text = draft_yaml(draft, schema_reference(output))
        _emit_checked(text, output)
        if check is not None:
            _show_check(draft, resume, check, when)
    _next_steps(output)


def _visible(value: object) -> str:
    from ..files.output import clean

    return " ".join(clean(str(value)).split())


def _as_of(value: str | None) -> date | None:
    from .common import parse_as_of

    return parse_as_of(value)


def _emit_checked(text: str, output: Path | None) -> None:
    """Write the YAML after checking that it loads back as a valid profile."""
    from ..files.documents import parse_yaml
    from ..files.output import emit
    from ..models.load import profile_from_document

    profile_from_document(parse_yaml(text, str(output or "<profile>")))
    emit(text, output)


def _show_check(draft, resume: Path, rules_path: Path, when: date | None) -> None:
    """The verdict the draft gets, and the unconfirmed entries it rests on (on stderr)."""
    from ..engine.evaluate import evaluate
    from ..importers.review import deciding_facts, draft_profile
    from ..models.load import load_rules
    from ..nlp import lazy_categorizer

    rules = load_rules(rules_path)
    profile = draft_profile(draft, str(resume))
    categorizer = lazy_categorizer()
    base = evaluate(profile, rules, when, categorizer=categorizer, profile_ref=str(resume))
    deciding = deciding_facts(draft, profile, rules, when, categorizer, base)
    typer.echo(f"Draft verdict against {_visible(rules_path)}: {base.verdict.value.replace('_', ' ').upper()}",
               err=True)
    for result in base.blocking:
        typer.echo(f"  {result.status.value.replace('_', ' ')}: {_visible(result.label)}: "
                   f"{_visible(result.explanation)}", err=True)
    if deciding:
        typer.echo("It rests on unconfirmed facts (read from free text); confirm them in the draft:", err=True)
        for fact in deciding:
            typer.echo(f"  {_visible(fact.label)} (from {_visible(draft.sources.get(fact.path, '?'))}, "
                       f"confidence {fact.confidence}): without it the verdict is "
                       f"{fact.without.replace('_', ' ')}", err=True)
    else:
        typer.echo("No single unconfirmed fact decides it.", err=True)
    if draft.reviews:
        typer.echo(f"{len(draft.reviews)} review note(s) above: facts left out may change it.", err=True)
