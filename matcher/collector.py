"""Pausing Python's cyclic garbage collector around work that makes many objects and no
reference cycles worth collecting early.

Validating, categorizing and evaluating a profile of tens of thousands of entries creates
hundreds of thousands of containers (models, evidence records, tuples) that live until the
report is written. Each full collection on the way scans all of them again: about 0.7 s of
a 28,000-entry check went to the collector, which freed nothing. Reference counting still
frees every object as soon as it is unused; only cycles wait until the pause ends, and the
collector runs as usual afterwards (so `screen` memory stays flat between profiles).

A pause only defers the first scan: everything made during it is still young when it ends,
and the next collection walks all of it (~0.25 s after evaluating 28,000 entries, as much
again after loading them). A command that does one piece of work and exits (`matcher
check`) runs inside `one_run()`: there a pause ends by freezing what it made (gc.freeze:
never scanned again) instead, and leaving `one_run()` hands it all back to the collector.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_one_run = False  # inside one_run(): pauses end by freezing
one_run_done = False  # a one_run() body ended: the process may end without tearing down (cli.run)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body without cyclic collections; nests, and restores the collector's state."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _one_run:
            gc.freeze()
        if collecting:
            gc.enable()


@contextmanager
def one_run() -> Iterator[None]:
    """The body is the process's one piece of work: what pauses made inside it is frozen when
    they end, not scanned, and unfrozen (collectable again) when the body ends, so that a
    caller in the same process (a test) keeps a collector that sees everything."""
    global _one_run, one_run_done
    outer = _one_run
    _one_run = True
    try:
        yield
    finally:
        _one_run = outer
        if not outer:
            gc.unfreeze()
            one_run_done = True
