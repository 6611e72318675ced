"""The second core for a very large profile's NLP and report (one `matcher check`).

Reading 28,000 free-text entries (language detection, tokenizing, resolving) is most of
such a check's time, and writing its JSON report (100,000 evidence records) most of the
rest; each text's answer, and each record's text, depends on nothing but that text or
record (and the model, which is built before). `split_map` forks, lets the child work
out the second half of the items and send its answers back pickled through a pipe while
this process works out the first half, and joins the halves in order, so the answers
(and every report) are the same as with one process.

Only the `check` command turns it on (`allowed()`): `screen --workers` already keeps every
core busy with one profile per process, and a library caller or the web app may run
threads, which a fork must not copy mid-step. It forks only with at least two usable
cores, no other thread running, and `MIN_ITEMS` items; anything that goes wrong in the
child (it ends without a full answer) makes this process work out that half itself, and
any exception here (Ctrl-C, a terminating signal) kills and reaps the child first.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Answer = TypeVar("Answer")

MIN_ITEMS = 4_000  # below this a fork (~10-30 ms) and the pickling gain little
_allowed = False


@contextmanager
def allowed() -> Iterator[None]:
    """Let `split_map` fork inside the body (the `check` command's, which runs no other thread)."""
    global _allowed
    outer, _allowed = _allowed, True
    try:
        yield
    finally:
        _allowed = outer


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lone_thread() -> bool:
    """No other thread runs (a fork copies only the calling thread, and any lock another holds)."""
    return threading.active_count() == 1


def _forks(count: int) -> bool:
    return (
        _allowed
        and count >= MIN_ITEMS
        and hasattr(os, "fork")
        and sys.platform != "win32"
        and lone_thread()
        and usable_cores() >= 2
    )


def split_map(work: Callable[[Sequence[Item]], list[Answer]], items: Sequence[Item]) -> list[Answer]:
    """`work(items)`, the second half worked out by a forked child when `_forks` says so.
    `work` must give one answer per item, each depending only on its item."""
    if not _forks(len(items)):
        return work(items)
    from .files.output import default_signals  # imported before the fork: the child imports nothing

    half = len(items) // 2
    reading, writing = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return work(items)
    if pid == 0:  # the child: answer the second half, never return into the caller
        _child(work, items[half:], reading, writing, default_signals)
    os.close(writing)
    try:
        with os.fdopen(reading, "rb") as pipe:
            first = work(items[:half])
            data = pipe.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    second: list[Answer] | None = None
    if os.waitstatus_to_exitcode(status) == 0:
        second = pickle.loads(data)  # written by our own child, from our own objects
    if second is None or len(second) != len(items) - half:
        second = work(items[half:])
    return first + second


def _child(
    work: Callable[[Sequence[Item]], list[Answer]],
    items: Sequence[Item],
    reading: int,
    writing: int,
    default_signals: Callable[[], None],
) -> None:
    code = 1
    try:
        os.close(reading)
        default_signals()  # the parent owns every temporary file: a signal just ends the child
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        data = pickle.dumps(work(items), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001, S110 - the parent works the half out again
        pass
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
