"""`matcher serve`: the local web app for applicants, recruiters and rules authors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..messages import Errors
from .app import app


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option(
            metavar="ADDRESS",
            help="Address to listen on. Beyond this machine (anything but 127.0.0.1), recruiter pages need --token.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    data_dir: Annotated[
        Path,
        typer.Option(metavar="FOLDER", file_okay=False, help="Folder for screening runs, uploads and the session key."),
    ] = Path("matcher-data"),
    rules_dir: Annotated[
        Path | None,
        typer.Option(
            metavar="FOLDER",
            help="Folder of the notices' rules files to serve (default: ./rules, else the shipped notices).",
            file_okay=False,
            exists=True,
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="MATCHER_TOKEN", show_envvar=True, help="Access token for recruiter and rules-author pages."
        ),
    ] = None,
) -> None:
    """Start the web app: a profile form and every notice's verdict for applicants, screening
    with search, reviews and exports for recruiters, drafting for rules authors."""
    from ..web.server import run

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise UsageError(Errors.E009, field="--host")
    run(host=host, port=port, data_dir=data_dir, rules_dir=rules_dir, token=token or os.environ.get("MATCHER_TOKEN"))
