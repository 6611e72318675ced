"""Benchmark `matcher screen` against the floor, in one run, for N = 1,000 and 10,000.

    .venv/bin/python bench/screen_bench.py [--sizes 1000 10000] [--workers 2] [--repeat 1]

For each N, the script generates N synthetic profiles (bench/generate_profiles.py,
seeded, ~2% broken) and measures, each in a fresh process:

(a) the floor: discovering, loading and validating the same files with matcher's own
    loader, plus tokenizing all their free text (experience titles and descriptions)
    with the same blank spaCy pipelines the categorizer uses (`nlp.pipe`), in one
    process. It does no matching, no evaluation, no report;
(b) `matcher screen RULES DIR --workers 2 -f csv -o FILE` (the recruiter's command).

It prints the wall times (and the CPU time of each process tree: when other work
competes for the cores, wall times stretch and the CPU figures show it), their
ratio (b / a), and the peak resident memory of each run: the sum of the peaks of the
process and its children (pages a forked worker shares with its parent are counted in
both, so this over-states a pool) and the largest single process. Targets (issue 5):
ratio <= 1.5 at N = 10,000 with --workers 2, and peak RSS at 10,000 <= 1.2 x that at 1,000.
Machines are noisy: compare the ratios, and use
--repeat to take the best of several runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def floor(folder: str) -> None:
    """(a) load + validate every profile, tokenize all free text; print a checksum."""
    from matcher.engine.categories import entry_text
    from matcher.errors import InputError
    from matcher.files.documents import load_document
    from matcher.models.load import profile_from_document
    from matcher.nlp import shared_categorizer
    from matcher.nlp.language import detect_language
    from matcher.screen.sources import all_sources

    categorizer = shared_categorizer()
    pending: dict[str, list[str]] = {}
    tokens = valid = errors = 0

    def flush(lang: str) -> int:
        docs = categorizer.model(lang).docs(pending.pop(lang, []))
        return sum(len(doc) for doc in docs)

    for source in all_sources([folder], None):
        try:
            profile = profile_from_document(load_document(source.path))
        except InputError:
            errors += 1
            continue
        valid += 1
        for entry in profile.experience:
            text = entry_text(entry)
            if text:
                lang = detect_language(text)
                pending.setdefault(lang, []).append(text)
                if len(pending[lang]) >= 1024:
                    tokens += flush(lang)
    for lang in list(pending):
        tokens += flush(lang)
    print(f"floor: {valid} valid, {errors} errors, {tokens} tokens")


class Sampler(threading.Thread):
    """Peak RSS of a process and its descendants: each process's own high-water mark
    (VmHWM, kept by the kernel, so no spike is missed between samples), read from /proc
    every 20 ms while it lives; the figure is the sum of those peaks."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    @property
    def peak_sum(self) -> int:
        return sum(self.peaks.values())

    @property
    def peak_one(self) -> int:
        return max(self.peaks.values(), default=0)

    @staticmethod
    def _hwm_kib(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _tree(self) -> list[int]:
        """The process and its descendants, from /proc/PID/task/TID/children (cheap)."""
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            try:
                for tid in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{tid}/children") as handle:
                        todo += [int(child) for child in handle.read().split()]
            except OSError:
                continue
        return tree

    def run(self) -> None:
        while not self.done.is_set():
            for pid in self._tree():
                self.peaks[pid] = max(self.peaks.get(pid, 0), self._hwm_kib(pid))
            self.done.wait(self.interval)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every waited-for descendant
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str]) -> dict:
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    sampler = Sampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()

    if proc.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{err.decode()}")
    return {
        "wall": wall,
        "cpu": _children_cpu() - cpu,
        "rss_sum": sampler.peak_sum / 1024,
        "rss_one": sampler.peak_one / 1024,
        "out": out.decode().strip(),
        "err": err.decode().strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the best is kept")
    parser.add_argument("--rules", default=str(ROOT / "rules" / "interpol-vn-0844.yaml"))
    parser.add_argument("--format", default="csv")
    parser.add_argument("--floor", metavar="DIR", help=argparse.SUPPRESS)  # the floor's own process
    args = parser.parse_args()
    if args.floor:
        floor(args.floor)
        return

    from generate_profiles import generate

    python = sys.executable
    matcher = [python, "-m", "matcher"]
    print(
        f"{os.cpu_count()} CPUs; load average at start {os.getloadavg()[0]:.2f} (other work stretches the "
        f"two-worker run more than the one-process floor)"
    )
    results = {}
    with tempfile.TemporaryDirectory(prefix="screen-bench-") as tmp:
        for n in args.sizes:
            folder = Path(tmp) / f"n{n}"
            stats = generate(folder, n, seed=2025, invalid=0.02)
            for path in folder.rglob("*"):  # warm the page cache so neither run pays for the disk
                if path.is_file():
                    path.read_bytes()
            out = Path(tmp) / f"screen-{n}.{args.format}"
            runs = {"floor": [], "screen": []}
            for _ in range(args.repeat):  # alternate, so drifting machine load hits both
                runs["floor"].append(measure([python, __file__, "--floor", str(folder)]))
                runs["screen"].append(
                    measure(
                        matcher
                        + [
                            "screen",
                            args.rules,
                            str(folder),
                            "--workers",
                            str(args.workers),
                            "-q",
                            "-f",
                            args.format,
                            "-o",
                            str(out),
                        ]
                    )
                )
            best = {k: min(v, key=lambda r: r["wall"]) for k, v in runs.items()}
            results[n] = best
            print(f"N={n:>6}: {stats['valid']} valid, {n - stats['valid']} broken; {best['floor']['out']}")
            print(
                f"  floor  (load+validate+tokenize, 1 process): {best['floor']['wall']:7.2f} s "
                f"({best['floor']['cpu']:5.1f} s CPU)  "
                f"peak RSS {best['floor']['rss_sum']:6.0f} MiB"
            )
            print(
                f"  screen (--workers {args.workers}, -f {args.format}):            {best['screen']['wall']:7.2f} s "
                f"({best['screen']['cpu']:5.1f} s CPU)  "
                f"peak RSS {best['screen']['rss_sum']:6.0f} MiB total, {best['screen']['rss_one']:5.0f} MiB "
                f"largest process"
            )
            print(f"  ratio screen/floor: {best['screen']['wall'] / best['floor']['wall']:.2f} (target <= 1.5 at 10k)")
    print(f"load average at end {os.getloadavg()[0]:.2f}")
    if len(results) > 1:
        small, large = min(results), max(results)
        growth = results[large]["screen"]["rss_sum"] / results[small]["screen"]["rss_sum"]
        one = results[large]["screen"]["rss_one"] / results[small]["screen"]["rss_one"]
        print(
            f"peak RSS of screen at N={large} / N={small}: {growth:.2f} total, {one:.2f} largest process "
            f"(target <= 1.2)"
        )


if __name__ == "__main__":
    main()
