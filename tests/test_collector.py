"""Collector pauses: inside `one_run` what a pause made is frozen, and given back afterwards."""

from __future__ import annotations

import gc
import weakref

from matcher.collector import collector_paused, one_run


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_a_pause_inside_one_run_freezes_what_it_made_until_the_run_ends():
    gc.unfreeze()
    with one_run():
        with collector_paused():
            node = Node()
        ref = weakref.ref(node)
        del node
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert ref() is not None  # frozen: no collection walks it
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None  # given back: collected as usual


def test_outside_one_run_a_pause_leaves_the_collector_as_it_was():
    gc.unfreeze()
    with collector_paused():
        node = Node()
        assert not gc.isenabled()
    ref = weakref.ref(node)
    del node
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.collect()
    assert ref() is None
