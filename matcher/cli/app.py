"""The typer applications; commands live in sibling modules and register here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="matcher",
    help="Tell whether a candidate is eligible for a job vacancy, and why.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(help="Write, check and test rules files (one per vacancy notice).", no_args_is_help=True)
profile_app = typer.Typer(help="Create, validate and convert candidate profiles.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(profile_app, name="profile")


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"matcher {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Show matcher's version and exit."
    ),
) -> None:
    """Tell whether a candidate is eligible for a job vacancy, and why."""
