"""Bounded reads of untrusted inputs: files, standard input lines, bytes to text.

Every input path goes through here, so the same limits and one-line errors hold
everywhere: a file over MATCHER_MAX_FILE_BYTES, a FIFO, socket or device, a directory,
a line of standard input over the limit, text that is not UTF-8 (or UTF-16 with a BOM).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..messages import Errors


def _limit_from_environment() -> int:
    """MATCHER_MAX_FILE_BYTES (unset or empty: 5 MiB). A value that is no whole number
    above 0 ("5MB") is a usage error, not an internal one."""
    raw = os.environ.get("MATCHER_MAX_FILE_BYTES", "").strip()
    if not raw:
        return 5 * 1024 * 1024
    if not (raw.isascii() and raw.isdecimal() and len(raw) <= 18 and int(raw) > 0):
        from ..errors import UsageError

        raise UsageError(Errors.E016.format(value=raw), file="<environment>")
    return int(raw)


MAX_FILE_BYTES = _limit_from_environment()


def _too_big(path: str | Path, max_bytes: int, size: str = "") -> InputError:
    return InputError(Errors.E401.format(size=size, limit=max_bytes), file=path)


def open_regular(path: str | Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file (also through a symlink). A FIFO,
    socket or device is refused without reading: opened non-blocking, then checked with
    fstat on the open descriptor, so neither a pipe with no writer nor a swap after a
    check can block the run, and /dev/zero is never read at all."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except IsADirectoryError:
        raise InputError(Errors.E402, file=path) from None
    except OSError as exc:
        raise InputError(Errors.E403.format(reason=exc.strerror or exc), file=path) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(Errors.E402, file=path)
        if not stat.S_ISREG(mode):
            raise InputError(
                Errors.E404.format(kind=special_kind(mode)),
                file=path,
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """A regular file's bytes (see `open_regular`), at most `max_bytes` (the file limit)."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    with open_regular(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise _too_big(path, limit, f"{size:,} bytes, ")
            raw = handle.read(limit + 1)  # bounded even if the file grows while we read it
        except OSError as exc:
            raise InputError(Errors.E403.format(reason=exc.strerror or exc), file=path) from None
    if len(raw) > limit:
        raise _too_big(path, limit)
    return raw


def bounded_lines(stream: BinaryIO, name: str, max_bytes: int | None = None) -> Iterator[tuple[int, bytes]]:
    """(number, line) for each line of a byte stream, each at most `max_bytes` (the file
    limit): an endless line (`cat /dev/zero`) is refused after that many bytes, never
    held whole in memory."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1)
        except OSError as exc:
            raise InputError(Errors.E405.format(reason=exc.strerror or exc), file=name, line=number + 1) from None
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            raise InputError(
                Errors.E406.format(limit=limit),
                file=name,
                line=number,
            )
        yield number, line


def special_kind(mode: int) -> str:
    """'a FIFO (named pipe)', 'a socket', 'a character device'... for an error message."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a special file"


def read_text(path: str | Path, max_bytes: int | None = None) -> str:
    """Read a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    return decode(read_bytes(path, max_bytes), path)


def decode(raw: bytes, file: str | Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(Errors.E407, file=file) from None
        if "\x00" in text:  # UTF-32 starts with the same BOM
            raise InputError(Errors.E408, file=file)
        return text
    if b"\x00" in raw:
        raise InputError(Errors.E409, file=file)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(Errors.E410.format(byte=raw[exc.start]), file=file, line=line) from None
