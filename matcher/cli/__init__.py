"""Command-line interface. Thin: parse arguments, call the library, print, exit.

Each command module registers itself on the apps in `app.py`; heavy imports
(spaCy, jinja2) happen inside the commands that need them, keeping start-up fast.
"""

from __future__ import annotations

import importlib
import pkgutil

from .app import app


def _register_commands() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name not in {"app", "common"}:
            importlib.import_module(f"{__name__}.{module.name}")


_register_commands()


def main() -> None:
    """Entry point: bad input that escaped a command still ends as one line, exit 2."""
    from ..errors import InputError
    from .common import EXIT_BAD_INPUT

    try:
        app()
    except InputError as error:
        import sys

        print(f"matcher: {error.one_line()}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
