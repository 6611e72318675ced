"""Command-line interface. Thin: parse arguments, call the library, print, exit.

Each command module registers itself on the apps in `app.py`; heavy imports
(spaCy, jinja2) happen inside the commands that need them, and `main` builds only
the command it runs (`command_tree.py`), keeping start-up fast.
"""

from __future__ import annotations

import errno
import importlib
import pkgutil

from . import words
from .app import app

# Sibling modules that are helpers; every other module holds commands.
HELPER_MODULES = {"app", "command_tree", "common", "exit_codes", "ledger", "outputs", "words"}


def _register_commands() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name not in HELPER_MODULES:
            importlib.import_module(f"{__name__}.{module.name}")


_register_commands()
words.install()


# Errors only a write can give. Files matcher writes are named in their errors (write_atomic,
# the screen spool), so one of these without a file name came from printing to stdout.
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _os_error_line(error: OSError) -> str:
    """One line for an OS error no command caught, with [E108] when stdout was full."""
    from ..errors import OutputError, visible
    from ..messages import Errors

    reason = visible(error.strerror or str(error))
    if error.filename:
        return f"{visible(str(error.filename))}: {reason}"
    if error.errno in _FULL_ERRNOS:
        return OutputError(Errors.E108.format(reason=reason), file="<stdout>").one_line()
    return reason


def main() -> None:
    """Entry point: each kind of error ends as one line on stderr with its exit code.

    `MatcherError` subclasses carry their own code (bad input and usage 2, output 74), and
    so does any other OS error (74: disk full, no permission); a termination signal
    (SIGTERM, SIGHUP) removes temporary files, then ends the process by that signal;
    click's usage errors (unknown option, bad choice, missing argument) are bad usage,
    2, told on one line rather than in a box; any other exception is a bug: one line
    asking for a report, code 70, never "bad input". Bare `matcher`, `matcher rules`
    and `matcher profile` print their help and exit 0.
    """
    import atexit
    import gc
    import os
    import sys

    from typer import Abort

    try:  # typer >= 0.2x vendors click
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover - older typer uses click itself
        from click.exceptions import ClickException  # type: ignore[assignment]

    from ..errors import ExitCode, InternalError, MatcherError
    from ..files.output import (
        Terminated,
        clean_up_on_signals,
        default_signals,
        die_of,
        forgiving_stdout,
        guard_closed_streams,
    )
    from .command_tree import command_tree

    # pydantic looks for plugins through every installed package's metadata before it
    # builds its first validator; the command line uses none (set the variable to ""
    # to let pydantic load them anyway).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # At exit the collector would walk every object of the run once more, only to free
    # memory the operating system takes back anyway (about 40 ms for a check); files
    # and temporary folders are closed by the commands and atexit, not by the collector.
    atexit.register(gc.freeze)
    guard_closed_streams()
    forgiving_stdout()  # every command's stdout (a file name's bytes that are not UTF-8 as '?')
    clean_up_on_signals()
    try:
        code = command_tree(app)(standalone_mode=False)
        default_signals()  # the work is done: a signal during shutdown just ends the process
    except MatcherError as error:
        print(f"matcher: {error.one_line()}", file=sys.stderr)
        sys.exit(error.exit_code)
    except Terminated as stop:  # SIGTERM, SIGHUP...: temporary files are gone; die of the signal
        die_of(stop.signum)
    except BrokenPipeError:  # the reader of stdout went away (`| head`): the rest cannot be written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(ExitCode.OUTPUT)
    except OSError as error:  # disk full, read-only folder...: not a verdict, not a traceback
        print(f"matcher: {_os_error_line(error)}", file=sys.stderr)
        sys.exit(ExitCode.OUTPUT)
    except ClickException as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # the help is printed: asking for it is no error
            sys.exit(ExitCode.OK)
        context = getattr(error, "ctx", None)
        where = context.command_path if context else "matcher"
        message = " ".join(error.format_message().split()).replace("Value error, ", "")
        print(f"matcher: {message} (see '{where} --help')", file=sys.stderr)
        sys.exit(error.exit_code if error.exit_code != 1 else ExitCode.BAD_INPUT)
    except Abort:
        print("matcher: aborted", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # a bug: said as such, on one line (MATCHER_DEBUG=1 shows the traceback)
        print(f"matcher: {InternalError.wrapping(exc).one_line()}", file=sys.stderr)
        if os.environ.get("MATCHER_DEBUG"):
            raise
        sys.exit(ExitCode.INTERNAL)
    sys.exit(code if isinstance(code, int) else 0)


def run() -> None:
    """The `matcher` executable (and `python -m matcher`): `main()`, then, after a command that
    did its one piece of work inside `collector.one_run()` (`check`), the process ends at once
    instead of tearing its modules down: freeing a long profile's ~10^6 objects one by one
    (spaCy's vocabulary and models, caches) took 0.1-0.4 s after the report was written, memory
    the operating system takes back anyway. atexit handlers still run and the standard streams
    are flushed first; with other threads alive, or after any other command, Python exits as
    usual. Tests call `main()`, which this leaves unchanged."""
    import atexit
    import os
    import sys
    import threading

    from .. import collector

    try:
        main()
        code: str | int | None = 0
    except SystemExit as stop:
        code = stop.code
    if not (collector.one_run_done and isinstance(code, int) and threading.active_count() == 1):
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # as Python's own exit: a stream that cannot be flushed
            code = 120
    os._exit(code)
