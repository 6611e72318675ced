"""Running a screening: inputs are streamed in chunks through one or more worker
processes; only the small rows come back into memory, the details go to a spool.

With N workers the chunks are processed in N processes, at most a few chunks in
flight per worker (so a JSONL stream on stdin is never read far ahead of the
work). Results do not depend on N: each row is computed from its input alone and
the ranking is a total order (see rows.py). At most `max_workers()` processes are
started whatever N asks for: the pool forks all of them at once, so `--workers 100000`
forked 100,000 copies of matcher for a single profile.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import BinaryIO, Protocol

from ..errors import InputError
from ..messages import Errors
from ..models.load import load_rules
from . import worker
from .report import ScreenReport, Spool, requirement_list
from .rows import Row, rank
from .sources import STDIN, Source, all_sources

CHUNK = 64  # profiles per task: one NLP batch, one round trip to a worker
IN_FLIGHT = 3  # chunks queued per worker


class Progress(Protocol):
    """Where a run reports progress (the CLI's progress bar)."""

    def advance(self, done: int, total: int | None) -> None: ...  # profiles just done, total if known

    def pause(self) -> None: ...  # worker processes are about to be forked: no thread may run

    def resume(self) -> None: ...


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _inline(chunks: Iterable[list[Source]], options: worker.ScreenOptions, rules) -> Iterator[list]:
    worker.init(options, rules)
    for chunk in chunks:
        yield worker.process_chunk(chunk)


def max_workers() -> int:
    """The most worker processes a screening starts: four per CPU, at least eight."""
    return max(8, 4 * (os.cpu_count() or 1))


def _pool_context():
    # fork starts workers in milliseconds and shares the imported code; elsewhere spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else "spawn")


def _pooled(
    chunks: Iterable[list[Source]], options: worker.ScreenOptions, rules, workers: int, progress: Progress | None
) -> Iterator[list]:
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    # The first chunk is screened here, before the workers are forked: it loads the NLP
    # pipelines the data needs (French alone takes ~3 s), and every worker inherits them
    # instead of loading its own copy.
    worker.init(options, rules)
    yield worker.process_chunk(first)
    if progress:
        progress.pause()  # fork with no other thread running (the bar's refresh thread)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_pool_context(), initializer=worker.init, initargs=(options,)
    ) as pool:
        pending: deque[Future] = deque()
        try:
            pool.submit(os.getpid).result()  # the processes exist now
            if progress:
                progress.resume()
            for chunk in chunks:
                pending.append(pool.submit(worker.process_chunk, chunk))
                if len(pending) >= workers * IN_FLIGHT:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool:
            raise InputError(Errors.E014, file="<screen>") from None
        finally:
            for future in pending:
                future.cancel()


def count_inputs(inputs: list[str]) -> int | None:
    """How many profiles there are, when known before reading them (not with stdin)."""
    return None if STDIN in inputs else sum(1 for _ in all_sources(inputs, None))


def screen(
    rules_path: str,
    inputs: list[str],
    *,
    stdin: BinaryIO | None = None,
    as_of: date | None = None,
    infer: bool = True,
    blind: bool = False,
    details: str | None = "json",
    workers: int = 1,
    only: frozenset[str] | None = None,
    progress: Progress | None = None,
    key: bytes | None = None,
    today: date | None = None,
    save_profiles: str | None = None,
) -> ScreenReport:
    """Screen every profile in `inputs` (files, folders, "-" for JSON Lines on `stdin`)
    against one rules file. Raises InputError only for the rules file itself; bad
    profiles become error rows. `details` is how each applicant's details are rendered
    for the report ("json", "markdown", "html"; None for a table-only report; see
    formats.DETAIL_FORMATS). `key` is the pseudonym key (default: `report.pseudonyms.load_key()`,
    the recruiter's key file). Close the report when done (it owns a temp file)."""
    from ..report.pseudonyms import load_key

    rules = load_rules(rules_path)
    options = worker.ScreenOptions(
        str(rules_path),
        as_of,
        infer,
        blind,
        details,
        save_profiles,
        key=key if key is not None else load_key(),
        today=today,
    )
    if progress:  # counting walks the folders once more: only worth it for a progress bar
        progress.advance(0, count_inputs(inputs))
    chunks = _chunks(all_sources(inputs, stdin), CHUNK)
    workers = min(workers, max_workers())
    if workers > 1:
        results = _pooled(chunks, options, rules, workers, progress)
    else:
        results = _inline(chunks, options, rules)
    spool = Spool() if details else None
    labels: dict[str, str] = {}  # one copy of each requirement label, however many rows cite it
    rows: list[Row] = []
    try:
        for batch in results:
            for row, blob in batch:
                if blob is not None:
                    assert spool is not None, "workers send details only when asked for them"
                    row.detail_at, row.detail_len = spool.add(blob)
                row.not_met = tuple(labels.setdefault(x, x) for x in row.not_met)
                row.unknown = tuple(labels.setdefault(x, x) for x in row.unknown)
                rows.append(row)
            if progress:
                progress.advance(len(batch), None)
    except BaseException:
        if spool:
            spool.close()
        raise
    listed, assessed = requirement_list(rules)
    return ScreenReport(
        rules.notice,
        str(rules_path),
        as_of or rules.notice.deadline,
        blind,
        listed,
        assessed,
        rank(rows, blind),
        only=only,
        spool=spool,
        details=details,
        today=today,
    )
