"""The second core for a very large profile's NLP and report (one `matcher check`).

Reading 28,000 free-text entries (language detection, tokenizing, resolving) is most of
such a check's time, and writing its JSON report (100,000 evidence records) most of the
rest; each text's answer, and each record's text, depends on nothing but that text or
record (and the model, which is built before). `split_map` forks; the child and this
process claim chunks of the items from a pipe until none is left (so the busier one does
less), the child sends its answers back pickled through another pipe, and the chunks are
joined in order, so the answers (and every report) are the same as with one process.

Only the `check` command turns it on (`allowed()`): `screen --workers` already keeps every
core busy with one profile per process, and a library caller or the web app may run
threads, which a fork must not copy mid-step. It forks only on Linux, with at least two
usable cores, no other thread running, and `MIN_ITEMS` items; anything that goes wrong in the
child (it ends without a full answer) makes this process work out its chunks itself, and
any exception here (Ctrl-C, a terminating signal) kills and reaps the child first.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
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
    return len(os.sched_getaffinity(0))  # the cores this process may run on (Linux)


def lone_thread() -> bool:
    """No other thread runs (a fork copies only the calling thread, and any lock another holds)."""
    return threading.active_count() == 1


def _forks(count: int) -> bool:
    return (
        _allowed
        and count >= MIN_ITEMS
        and sys.platform == "linux"  # as screen's pool: fork without exec is unsafe on macOS, absent on Windows
        and lone_thread()
        and usable_cores() >= 2
    )


CHUNK = 256  # items claimed at a time


def split_map(
    work: Callable[[Sequence[Item]], list[Answer]],
    items: Sequence[Item],
    meanwhile: Callable[[], object] | None = None,
) -> list[Answer]:
    """`work(items)`, shared with a forked child when `_forks` says so: both claim chunks of
    `CHUNK` items from a pipe until none is left, so a process that is busier (or runs
    `meanwhile` first: building a model the next step needs) simply takes fewer. `work`
    must give one answer per item, each depending only on its item."""
    if not _forks(len(items)):
        return work(items)
    from .files.output import default_signals  # imported before the fork: the child imports nothing

    size = max(CHUNK, -(-len(items) // _MAX_CHUNKS))
    chunks = range(0, len(items), size)
    claims, results = os.pipe(), os.pipe()
    os.write(claims[1], b"".join(_CLAIM.pack(start) for start in chunks))  # fits the pipe: no reader yet
    os.close(claims[1])
    try:
        pid = os.fork()
    except OSError:
        for fd in (claims[0], *results):
            os.close(fd)
        return work(items)
    if pid == 0:  # the child: answer the chunks it claims, never return into the caller
        _child(work, items, size, claims[0], results, default_signals)
    os.close(results[1])
    done: dict[int, list[Answer]] = {}
    try:
        with os.fdopen(results[0], "rb") as pipe:
            if meanwhile is not None:
                meanwhile()
            _claim_and_work(work, items, size, claims[0], done)
            data = pipe.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    finally:
        os.close(claims[0])
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0:
        done.update(pickle.loads(data))  # written by our own child, from our own objects
    answers: list[Answer] = []
    for start in chunks:  # a chunk the child claimed but never answered is worked out here
        part = done.get(start)
        answers += part if part is not None else work(items[start : start + size])
    return answers


_CLAIM = struct.Struct("=I")  # one chunk's first index; a pipe read of 4 bytes is never split
_MAX_CHUNKS = 1024  # 4 KiB of claims: written at once into the pipe (64 KiB on Linux, 4 KiB at least)


def _claim_and_work(
    work: Callable[[Sequence[Item]], list[Answer]],
    items: Sequence[Item],
    size: int,
    claims: int,
    done: dict[int, list[Answer]],
) -> None:
    while len(claim := os.read(claims, _CLAIM.size)) == _CLAIM.size:
        (start,) = _CLAIM.unpack(claim)
        done[start] = work(items[start : start + size])


def _child(
    work: Callable[[Sequence[Item]], list[Answer]],
    items: Sequence[Item],
    size: int,
    claims: int,
    results: tuple[int, int],
    default_signals: Callable[[], None],
) -> None:
    code = 1
    try:
        os.close(results[0])
        default_signals()  # the parent owns every temporary file: a signal just ends the child
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        done: dict[int, list[Answer]] = {}
        _claim_and_work(work, items, size, claims, done)
        data = pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(results[1], "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001, S110 - the parent works its chunks out again
        pass
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
