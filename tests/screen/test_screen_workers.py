"""--workers N gives byte-identical reports; NLP is batched once per chunk; the
benchmark generator writes what it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from screen_support import RULES, load_generator, run

from matcher.screen import batching, runner, worker
from matcher.screen.sources import all_sources


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict]:
    """150 synthetic profiles (more than two chunks), some broken, EN and FR text."""
    folder = tmp_path_factory.mktemp("generated") / "applicants"
    stats = load_generator().generate(folder, 150, seed=3, invalid=0.06, jsonl=folder.parent / "applicants.jsonl")
    return folder, stats


def test_generator_writes_valid_and_broken_profiles(generated):
    folder, stats = generated
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert len(files) == 150 == sum(stats.values())
    assert stats["valid"] < 150 and sum(1 for k, v in stats.items() if k != "valid" and v) >= 4
    result = run(str(folder), "-f", "json", "-q")
    summary = json.loads(result.stdout)["summary"]
    assert summary["total"] == 150 and summary["errors"] == 150 - stats["valid"]
    assert summary["eligible"] + summary["needs_review"] + summary["not_eligible"] == stats["valid"]


@pytest.mark.parametrize("fmt", ["text", "csv", "json", "jsonl", "markdown", "html"])
def test_one_and_two_workers_give_identical_bytes(generated, fmt: str):
    folder, _ = generated
    one = run(str(folder), "-f", fmt, "-q", "--workers", "1")
    two = run(str(folder), "-f", fmt, "-q", "--workers", "2")
    assert one.exit_code == two.exit_code == 4
    assert one.stdout_bytes == two.stdout_bytes
    assert len(one.stdout_bytes) > 1000


def test_identical_in_blind_mode_and_from_stdin(generated):
    folder, _ = generated
    one = run(str(folder), "-f", "csv", "-q", "--blind", "--workers", "1")
    two = run(str(folder), "-f", "csv", "-q", "--blind", "--workers", "2")
    auto = run(str(folder), "-f", "csv", "-q", "--blind", "--workers", "0")  # one per CPU
    assert one.stdout_bytes == two.stdout_bytes == auto.stdout_bytes
    lines = (folder.parent / "applicants.jsonl").read_bytes()
    a = run("-", "-f", "json", "-q", "--workers", "1", input=lines)
    b = run("-", "-f", "json", "-q", "--workers", "2", input=lines)
    assert a.exit_code == b.exit_code == 0
    assert a.stdout_bytes == b.stdout_bytes
    assert json.loads(a.stdout)["summary"]["total"] == lines.count(b"\n")


class _Counting:
    """Wraps the real categorizer and counts calls and texts."""

    def __init__(self, real) -> None:
        self.real, self.calls, self.texts = real, 0, 0

    def categorize(self, texts, lang=None):
        self.calls += 1
        self.texts += len(texts)
        return self.real.categorize(texts, lang)


def test_nlp_runs_once_per_chunk(generated, monkeypatch):
    folder, _ = generated
    counting = _Counting(batching.default_categorizer())
    monkeypatch.setattr(batching, "default_categorizer", lambda: counting)
    worker.init(worker.ScreenOptions(str(RULES)))
    sources = list(all_sources([str(folder)], None))[: runner.CHUNK]
    rows = worker.process_chunk(sources)
    assert len(rows) == runner.CHUNK
    assert counting.calls == 1 and counting.texts > runner.CHUNK  # every profile's texts in one batch


def test_chunk_categorizer_serves_from_one_batch():
    counting = _Counting(batching.default_categorizer())
    chunk = batching.ChunkCategorizer(
        ["Examined latent prints.", "Enquêtes sur la traite des êtres humains.", "Patrol duties."], counting
    )
    first = chunk.categorize(["Examined latent prints."])
    assert [m.category for m in first[0]] == ["fingerprints"]
    again = chunk.categorize(["Enquêtes sur la traite des êtres humains.", "Patrol duties."])
    assert "human_trafficking" in {m.category for m in again[0]} and again[1] == []
    assert counting.calls == 1 and counting.texts == 3
