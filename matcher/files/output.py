"""Writing reports: atomically to files, and safely to terminals."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, OutputError
from ..messages import Errors

# Whole terminal escape sequences (CSI such as ESC[31m, OSC such as ESC]0;title BEL,
# other ESC-letter pairs), then any C0/C1 control character left except tab and newline.
_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
                       r"|\x1b[ -/]*[0-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """User-supplied text made safe for a terminal: escape sequences and control characters removed."""
    return _CONTROL.sub("", _SEQUENCE.sub("", str(text)))


def write_atomic(path: str | Path, content: str | bytes) -> None:
    """Write via a temporary file and rename, so readers never see half a report and a
    failed run never replaces an existing file."""
    # errors="replace": a file name that is not valid UTF-8 (a surrogate in Python) shows as '?'
    data = content.encode("utf-8", "replace") if isinstance(content, str) else content
    with atomic_file(path) as handle:
        handle.write(data)


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block succeeds (temp file + rename),
    for reports written in pieces rather than held in memory.

    Works on Windows too: `os.fchmod` exists there only from Python 3.13, so the mode is
    then set by name after closing; `os.replace` replaces an existing file on every OS.
    The operating system refusing the write (permission, disk full) is an OutputError.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(Errors.E106, file=path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(Errors.E108.format(reason=exc.strerror or exc), file=path) from None
    try:
        mode = _mode_for(path)  # mkstemp makes 0600; a report gets the usual mode
        fchmod = getattr(os, "fchmod", None)
        if fchmod is not None:
            fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if fchmod is None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(Errors.E108.format(reason=exc.strerror or exc), file=path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, else what a plain open() would give."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)  # exists on Windows too (only the read-only bit means anything there)
        os.umask(umask)
        return 0o666 & ~umask


def forgiving_stdout() -> None:
    """Print a file name that is not valid UTF-8 (surrogates in Python) as '?' rather than
    fail: stdout is strict in most UTF-8 locales."""
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")


def emit(content: str, output: Path | None) -> None:
    """A report to `output` (atomically) or to stdout."""
    if output is None or str(output) == "-":
        forgiving_stdout()
        try:
            sys.stdout.write(content if content.endswith("\n") else content + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader left (`| head`): the entry point ends quietly
        except OSError as exc:  # stdout redirected to a full disk, a closed terminal
            raise OutputError(Errors.E108.format(reason=exc.strerror or exc), file="<stdout>") from None
    else:
        write_atomic(output, content)
