"""Writing reports: atomically to files, and safely to terminals."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import InputError

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
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_file(path) as handle:
        handle.write(data)


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block succeeds (temp file + rename),
    for reports written in pieces rather than held in memory."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory; give a file name for the report", file=path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write report: {exc.strerror or exc}", file=path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def emit(content: str, output: Path | None) -> None:
    """A report to `output` (atomically) or to stdout."""
    if output is None or str(output) == "-":
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        sys.stdout.flush()
    else:
        write_atomic(output, content)
