"""The typer applications; commands live in sibling modules and register here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="matcher",
    help="Tell whether a candidate is eligible for a job vacancy, and why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(help="Write, check and test rules files (one per vacancy notice).",
                        no_args_is_help=True)
profile_app = typer.Typer(help="Create, validate and convert candidate profiles.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(profile_app, name="profile")
