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
    """Entry point. Every problem a user can cause ends as one line on stderr with
    exit code 2: bad input from a command, and usage errors (unknown option, bad
    choice, missing argument), which click would otherwise print as a box."""
    import sys

    from typer import Abort

    try:  # typer >= 0.2x vendors click
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover - older typer uses click itself
        from click.exceptions import ClickException

    from ..errors import InputError, visible
    from ..files.output import Terminated, clean_up_on_signals, default_signals, die_of
    from .common import EXIT_BAD_INPUT, EXIT_SYSTEM

    clean_up_on_signals()
    try:
        code = app(standalone_mode=False)
        default_signals()  # the work is done: a signal during shutdown just ends the process
    except InputError as error:
        print(f"matcher: {error.one_line()}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except Terminated as stop:
        die_of(stop.signum)
    except OSError as error:  # disk full, read-only folder...: not a verdict, not a traceback
        where = f"{visible(str(error.filename))}: " if error.filename else ""
        print(f"matcher: {where}{visible(error.strerror or str(error))}", file=sys.stderr)
        sys.exit(EXIT_SYSTEM)
    except ClickException as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context else "matcher"
        message = " ".join(error.format_message().split()).replace("Value error, ", "")
        print(f"matcher: {message} (see '{where} --help')", file=sys.stderr)
        sys.exit(error.exit_code if error.exit_code != 1 else EXIT_BAD_INPUT)
    except Abort:
        print("matcher: aborted", file=sys.stderr)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
