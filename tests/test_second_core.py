"""matcher.second_core: the forked half gives the same answers, in order, and never leaves a
child behind; outside `allowed()` (or with another thread running) nothing forks."""

from __future__ import annotations

import os
import time

import pytest

from matcher import second_core

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch):
    """Forking allowed for small inputs (the suite's timeout thread would forbid it)."""
    monkeypatch.setattr(second_core, "MIN_ITEMS", 4)
    monkeypatch.setattr(second_core, "lone_thread", lambda: True)
    monkeypatch.setattr(second_core, "usable_cores", lambda: 2)
    with second_core.allowed():
        yield


def tagged(items):
    """Each item with the process that worked it out."""
    return [(item * item, os.getpid()) for item in items]


def no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_chunks_are_shared_and_joined_in_order(forking, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_core, "CHUNK", 2)
    # this process first builds what the next step needs: meanwhile the child claims chunks

    def slow(items):
        time.sleep(0.05)
        return tagged(items)

    answers = second_core.split_map(slow, list(range(41)), meanwhile=lambda: time.sleep(0.3))
    assert [value for value, _ in answers] == [i * i for i in range(41)]
    workers = {pid for _, pid in answers}
    assert len(workers) == 2 and os.getpid() in workers
    assert no_child_left()


def test_chunks_a_failing_child_claimed_are_worked_out_here(forking, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_core, "CHUNK", 2)
    parent = os.getpid()

    def fails_in_child(items):
        if os.getpid() != parent:
            os._exit(3)  # dies mid-way, holding a claimed chunk
        return tagged(items)

    answers = second_core.split_map(fails_in_child, list(range(20)), meanwhile=lambda: time.sleep(0.3))
    assert answers == [(i * i, parent) for i in range(20)]
    assert no_child_left()


def test_many_items_make_bigger_chunks_not_more_claims(forking, monkeypatch: pytest.MonkeyPatch) -> None:
    """The claims are written into the pipe before anyone reads: their number is bounded."""
    monkeypatch.setattr(second_core, "CHUNK", 1)
    items = list(range(5000))
    assert [value for value, _ in second_core.split_map(tagged, items)] == [i * i for i in items]


def test_an_exception_here_kills_and_reaps_the_child(forking) -> None:
    def slow(items):
        time.sleep(10)  # the child is still working when this process is interrupted
        return tagged(items)

    def interrupted():
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        second_core.split_map(slow, list(range(8)), meanwhile=interrupted)
    assert no_child_left()
    assert time.monotonic() - started < 8  # killed, not waited for


@pytest.mark.parametrize("why", ["not allowed", "few items", "another thread", "one core"])
def test_no_fork(monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    monkeypatch.setattr(second_core, "MIN_ITEMS", 4)
    monkeypatch.setattr(second_core, "lone_thread", lambda: why != "another thread")
    monkeypatch.setattr(second_core, "usable_cores", lambda: 1 if why == "one core" else 2)
    items = list(range(3 if why == "few items" else 10))
    if why == "not allowed":
        answers = second_core.split_map(tagged, items)
    else:
        with second_core.allowed():
            answers = second_core.split_map(tagged, items)
    assert answers == [(i * i, os.getpid()) for i in items]


def test_allowed_ends_with_its_body() -> None:
    with second_core.allowed():
        assert second_core._allowed
    assert not second_core._allowed


def test_a_check_forked_or_not_writes_the_same_reports(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """The NLP and the JSON tables split across two processes: every byte the same."""
    from typer.testing import CliRunner

    from matcher.cli.app import app

    words = "analysed fingerprints latent prints crime scene police Interpol reports team laboratory".split()
    entries = [
        f"- title: {words[i % 11]} {words[(i * 7) % 11]} officer\n  start: {2000 + i % 20}-0{1 + i % 9}\n"
        f"  description: {' '.join(words[(i + k) % 11] for k in range(6))} in Kenya\n"
        for i in range(40)
    ]
    profile = tmp_path / "p.yaml"
    profile.write_text("experience:\n" + "".join(entries), encoding="utf-8")
    rules = "rules/interpol-vn-0844.yaml"
    runner = CliRunner()
    reports = {}
    real_fork = os.fork
    forks: list[int] = []
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    for mode in ("one process", "forked"):
        monkeypatch.setattr(second_core, "MIN_ITEMS", 10**9 if mode == "one process" else 8)
        monkeypatch.setattr(second_core, "lone_thread", lambda: True)
        monkeypatch.setattr(second_core, "usable_cores", lambda: 2)
        forks.clear()
        results = [runner.invoke(app, ["check", str(profile), rules, "-f", fmt]) for fmt in ("text", "json")]
        assert [r.exit_code for r in results] == [3, 3], [r.exception for r in results]
        reports[mode] = [r.output for r in results]
        assert bool(forks) == (mode == "forked")
    assert reports["forked"] == reports["one process"]
    assert "fingerprints" in reports["forked"][1]
    assert no_child_left()
