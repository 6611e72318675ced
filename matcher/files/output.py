"""Writing reports: atomically to files, and safely to terminals."""

from __future__ import annotations

import codecs
import errno
import io
import os
import secrets
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, OutputError
from ..messages import Errors
from .sanitize import sanitize


def clean(text: object) -> str:
    """User-supplied text made safe for a terminal or report (see `sanitize.sanitize`)."""
    return sanitize(text)


def write_atomic(path: str | Path, content: str | bytes | Sequence[str]) -> None:
    """Write via a temporary file and rename, so readers never see half a report and a
    failed run never replaces an existing file. `content` may be a text's pieces (a long
    report's, report.render_parts): each is encoded and written in turn, never joined."""
    # errors="replace": a file name that is not valid UTF-8 (a surrogate in Python) shows as '?'
    parts = [content] if isinstance(content, (str, bytes)) else content
    with atomic_file(path) as handle:
        for part in parts:
            handle.write(part.encode("utf-8", "replace") if isinstance(part, str) else part)


class AlreadyMade(Exception):
    """`atomic_file(..., replace=False)`: another process made the file first (it is kept)."""


@contextmanager
def atomic_file(
    path: str | Path, *, mode: int | None = None, replace: bool = True, refused: str = Errors.E108
) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only when the block succeeds (temp file + rename),
    for reports written in pieces rather than held in memory. With `replace=False` the file
    is linked into place instead, never over one made meanwhile (AlreadyMade); `mode`
    defaults to the replaced file's, else the umask's; `refused` words an OutputError.

    Works on Windows too: `os.fchmod` exists there only from Python 3.13, so the mode is
    then set by name after closing; `os.replace` replaces an existing file on every OS.
    The operating system refusing the write (permission, disk full) is an OutputError.
    """
    path = Path(path)
    refuse_special_target(path)
    directory = path.parent if str(path.parent) else Path(".")
    # The name is chosen before the file is made, inside the block that removes it: with
    # tempfile.mkstemp, a signal landing after the file was made but before mkstemp returned
    # its name left the file behind (2 runs in 30 under SIGTERM right as it appeared).
    tmp = str(directory / f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError as exc:  # another file of that name (1 in 4 billion): not ours to remove
        raise OutputError(refused.format(reason=exc.strerror or exc), file=path) from None
    except OSError as exc:
        raise OutputError(refused.format(reason=exc.strerror or exc), file=path) from None
    except BaseException:  # a signal: the file may have been made before its descriptor came back
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        mode = _mode_for(path) if mode is None else mode  # made 0600; a report gets the usual mode
        fchmod = getattr(os, "fchmod", None)
        if fchmod is not None:
            fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # the content is on disk before any name points to it
        if fchmod is None:
            os.chmod(tmp, mode)
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:  # keep the other process's file; ours goes below
                raise AlreadyMade from None
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(refused.format(reason=exc.strerror or exc), file=path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refuse_special_target(path: Path) -> None:
    """A report replaces a regular file or makes a new one; anything else is refused.
    The atomic rename would otherwise put a regular file in place of a device (as root,
    `-o /dev/null` would replace the system's /dev/null), a FIFO, or a symbolic link.
    Symbolic links are refused rather than followed: a link planted in a shared folder
    must not redirect a report onto another file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(Errors.E108.format(reason=exc.strerror or exc), file=path) from None
    if stat.S_ISDIR(mode):
        raise InputError(Errors.E106, file=path)
    if stat.S_ISLNK(mode):
        raise InputError(Errors.E110, file=path)
    if not stat.S_ISREG(mode):
        from .reading import special_kind

        raise InputError(Errors.E111.format(kind=special_kind(mode)), file=path)


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, else what a plain open() would give."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)  # exists on Windows too (only the read-only bit means anything there)
        os.umask(umask)
        return 0o666 & ~umask


class Terminated(BaseException):
    """A termination signal (SIGTERM, SIGHUP...) turned into an exception, so that every
    `finally` and `except BaseException` on the way out runs: a report being written
    leaves no temporary file behind. Not an Exception: nothing may swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# Every signal whose default action ends the process and that a handler can catch
# (SIGKILL and SIGSTOP cannot be caught; SIGINT is already KeyboardInterrupt; Python
# ignores SIGPIPE and reports it as BrokenPipeError). Named ones, then on Linux every
# real-time signal (SIGRTMIN..SIGRTMAX end the process by default too): a SIGIO, SIGPWR
# or SIGRTMIN while a report was written left its temporary file behind. SIGSEGV, SIGBUS,
# SIGFPE, SIGILL and SIGABRT stay with Python: they report faults in the process itself.
TERMINATING = (
    "SIGTERM",
    "SIGHUP",
    "SIGQUIT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGBREAK",
    "SIGIO",
    "SIGPOLL",
    "SIGPWR",
    "SIGSTKFLT",
    "SIGSYS",
    "SIGTRAP",
    "SIGEMT",
    "SIGLOST",
)


def terminating_signals() -> list[int]:
    """The numbers of TERMINATING on this system, and the real-time signals."""
    import signal

    numbers = {getattr(signal, name) for name in TERMINATING if hasattr(signal, name)}
    if hasattr(signal, "SIGRTMIN"):
        numbers.update(range(signal.SIGRTMIN, signal.SIGRTMAX + 1))
    return sorted(int(n) for n in numbers)


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signum)


def clean_up_on_signals() -> None:
    """Turn terminating signals into `Terminated` (call once, in the main thread)."""
    import signal

    for number in terminating_signals():
        if signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, _terminate)


def default_signals() -> None:
    """Back to the default actions (in worker processes, which write no files)."""
    import signal

    for number in terminating_signals():
        if signal.getsignal(number) == _terminate:
            signal.signal(number, signal.SIG_DFL)


def die_of(signum: int) -> None:
    """End the process by `signum` itself (after clean-up), so the parent sees the signal."""
    import signal

    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    sys.exit(128 + signum)  # where the signal does not end the process (Windows)


def forgiving_stdout() -> None:
    """Print a file name that is not valid UTF-8 (surrogates in Python) as '?' rather than
    fail: stdout is strict in most UTF-8 locales. In the C and C.UTF-8 locales Python writes
    such surrogates back as the raw bytes (`surrogateescape`), which made every report
    (JSON included) invalid UTF-8: replaced there too, so reports are always UTF-8."""
    if getattr(sys.stdout, "errors", None) in ("strict", "surrogateescape") and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")


class _Refusing(io.RawIOBase):
    """Standard output when its descriptor was closed (`>&-`): the first write fails
    (EBADF: exit 74, "cannot write the output"), later ones, such as the flush at exit,
    are dropped so the failure is told once."""

    told = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if not self.told:
            self.told = True
            raise OSError(errno.EBADF, "standard output is closed")
        return len(data)


def guard_closed_streams() -> None:
    """Standard input, output or error closed when matcher starts (`>&-`): Python leaves
    the descriptor free and sets the stream to None. The descriptor is taken by
    /dev/null, so no file matcher opens later (a report's temporary file, a worker's
    pipe) can become "standard output" by accident; a report to a closed stdout fails
    as an output error instead of crashing."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:
            spare = os.open(os.devnull, os.O_RDWR)
            if spare != fd:
                os.dup2(spare, fd)
                os.close(spare)
        if name == "stdout":
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Refusing()), encoding="utf-8")
        else:
            setattr(sys, name, open(os.devnull, "r" if fd == 0 else "w", encoding="utf-8"))  # noqa: SIM115


def _write_all(fd: int, data: bytes) -> None:
    """Every byte to `fd`, or an OSError: a short write (the file size limit, `ulimit -f`)
    is continued, and refused, never dropped as buffered text writes can drop it."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing could be written")
        view = view[written:]


def emit(content: str | Sequence[str], output: Path | None) -> None:
    """A report (its text, or the text's pieces: report.render_parts) to `output` (atomically)
    or to stdout; pieces are encoded and written one by one, so a long report is never held
    twice (as text and as bytes)."""
    if output is None or str(output) == "-":
        forgiving_stdout()
        parts = [content] if isinstance(content, str) else list(content)
        if not next((part for part in reversed(parts) if part), "").endswith("\n"):
            parts.append("\n")
        try:
            fd = sys.stdout.fileno() if isinstance(sys.stdout, io.TextIOWrapper) else None
        except (OSError, ValueError):  # a stream without a descriptor (tests, closed stdout)
            fd = None
        try:
            if fd is None:
                for part in parts:
                    sys.stdout.write(part)
                sys.stdout.flush()
            else:
                sys.stdout.flush()
                encoder = codecs.getincrementalencoder(sys.stdout.encoding or "utf-8")(sys.stdout.errors or "strict")
                for part in parts:
                    _write_all(fd, encoder.encode(part))
                _write_all(fd, encoder.encode("", final=True))
        except BrokenPipeError:
            raise  # the reader left (`| head`): the entry point ends quietly
        except OSError as exc:  # stdout redirected to a full disk, a closed terminal
            raise OutputError(Errors.E108.format(reason=exc.strerror or exc), file="<stdout>") from None
    else:
        write_atomic(output, content)
