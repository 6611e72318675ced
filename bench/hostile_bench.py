"""Issue 17's performance bounds and hostile batch, measured and printed.

    .venv/bin/python bench/hostile_bench.py [--batch 5000] [--screen-sizes 2 6 12] [--parts 1 2 3]
        [--repeat 3] [--against CHECKOUT]

1. Worst-case profiles inside every limit (5 MiB, 200,000 values), each checked by
   `matcher check PROFILE rules/interpol-vn-0844.yaml` in a fresh process:
   - 1,000 free-text entries (the NLP reads every one), and entries that fill the
     250,000 characters of experience text,
   - 1,000 declared, overlapping, part-time entries (day counting and a long report).
   Bound: at most 5 s wall and 1 GB peak RSS each, as text and as JSON (`-f json`, whose
   report is four times longer; the difference is printed), each printed as a ratio to the
   bound. CPU time is printed too: on a shared machine the wall time stretches and the CPU
   time shows by how much. Each bounded check runs `--repeat` times (median wall and CPU,
   highest peak) and prints its report's SHA-256, so that two versions measured in one run
   (`--against <other checkout>`: runs interleaved) also show whether their reports are
   byte-identical. Before those, each case runs once unmeasured: that first run compiles
   matcher's own modules into a bytecode cache in the temporary folder (PYTHONPYCACHEPREFIX;
   an installed package ships them compiled, and a checkout writes them on its first run
   unless PYTHONDONTWRITEBYTECODE is set, as it is on the development machine) and is
   printed as "first run"; the bound applies to the runs after it, which start as an installed matcher does.
2. `matcher screen --workers 1` over batches of N large free-text profiles (1,000
   entries each): peak RSS must stay flat as N grows (largest <= 1.2 x smallest).
3. A fresh hostile batch: N files, 10 % broken in varied ways, names with non-ASCII
   digits, separators and controls; every input must be reported exactly once, no
   traceback, and the counts must add up.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import hostile_shapes

ROOT = Path(__file__).resolve().parent.parent
MATCHER = Path(sys.executable).parent / "matcher"
RULES = ROOT / "rules" / "interpol-vn-0844.yaml"
FORMATS = ("text", "json", "markdown", "html")


SPAWN = Path(__file__).resolve().parent / "_spawn.py"


def measured(args: list, env: dict | None = None, keep: bool = False) -> tuple[int, float, float, float, bytes]:
    """(exit code, wall s, CPU s, peak RSS MB, output) of one process, through bench/_spawn.py so
    that the peak is the command's own, not this bench's. The output is its stdout when `keep`,
    else the SHA-256 digest and size of it (read in pieces: the bench never holds a large report)."""
    with tempfile.TemporaryDirectory(prefix="matcher-run-") as tmp:
        out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
        launcher = [sys.executable, str(SPAWN), str(out), str(err), "--", *(str(a) for a in args)]
        done = json.loads(subprocess.run(launcher, env=env, capture_output=True, check=True).stdout)
        errors = err.read_bytes()[-65536:]
        if b"Traceback" in errors:
            print(errors.decode("utf-8", "replace")[-2000:])
        return done["code"], done["wall"], done["cpu"], done["rss_mb"], out.read_bytes() if keep else _digest(out)


def _digest(path: Path) -> bytes:
    """SHA-256 and size of a file, read a MiB at a time."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as stream:
        while piece := stream.read(2**20):
            digest.update(piece)
            size += len(piece)
    return f"{digest.hexdigest()[:16]} {size}".encode()


WALL_BOUND, RSS_BOUND = 5.0, 1024.0  # seconds, MB: issue 17's bound for one check


def _bounded(label: str, args: list, envs: dict[str, dict], repeat: int, output: Path | None = None) -> bool:
    """One bounded command, run `repeat` times by each version (interleaved, so that a change
    in the machine's load falls on both): per version its median wall and CPU time (the
    process and its second-core child), highest peak RSS and the report's digest (standard
    output, or `output`), each printed as a ratio to the bound; whether this version kept it (exit 2
    is a shape that breaks the schema on purpose, refused in one line: a traceback is printed)."""
    runs: dict[str, list] = {name: [] for name in envs}
    for _ in range(repeat):
        for name, env in envs.items():
            code, wall, cpu, rss, out = measured(args, env=env)
            runs[name].append((code, wall, cpu, rss, _digest(output) if output is not None else out))
    result = False
    for name, done in runs.items():
        codes = {run[0] for run in done}
        digests = {run[4].split()[0].decode() for run in done}
        wall = statistics.median(run[1] for run in done)
        cpu = statistics.median(run[2] for run in done)
        rss = max(run[3] for run in done)
        good = codes <= {0, 1, 2, 3, 4} and len(digests) == 1 and wall <= WALL_BOUND and rss <= RSS_BOUND
        print(
            f"   {label:44.44s} {name:8s} exit {'/'.join(map(str, sorted(codes)))} "
            f"wall {wall:5.2f} s {wall / WALL_BOUND:4.2f}  cpu {cpu:5.2f} s {cpu / WALL_BOUND:4.2f}  "
            f"peak {rss:5.0f} MB {rss / RSS_BOUND:4.2f}  {int(done[0][4].split()[1]) / 2**20:5.1f} MiB "
            f"{'/'.join(sorted(digests))} {'ok' if good else 'OVER'} "
            f"({' '.join(f'{r[1]:.2f}' for r in done)} s; load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        if name == "this":
            result = good
    return result


# Shapes checked in every report format (the others as text and JSON), in `screen`'s own formats
# as a batch of one, and against every shipped notice at once.
EVERY_FORMAT = ("1,000 free-text entries", "titles of three categories")
OPTIONS = {"long name, blind": ["--blind"]}


def _runs(label: str, path: Path, folder: Path) -> list[tuple[str, list, Path | None]]:
    """(label, command, output file or None) of every bounded run of one shape."""
    check = [MATCHER, "check", path, RULES, *OPTIONS.get(label, [])]
    runs: list[tuple[str, list, Path | None]] = [(f"{label}: text", check, None)]
    runs.append((f"{label}: JSON", [*check, "-f", "json"], None))
    if label in EVERY_FORMAT:
        runs += [(f"{label}: {fmt}", [*check, "-f", fmt], None) for fmt in ("markdown", "html")]
        every = [MATCHER, "check", path, "--rules-dir", ROOT / "rules"]
        runs += [(f"{label}: all notices, {fmt}", [*every, "-f", fmt], None) for fmt in ("text", "json")]
        for fmt in ("csv", "xlsx", "html", "json"):
            out = folder / f"screen.{fmt}"
            runs.append((f"{label}: screen {fmt}", [MATCHER, "screen", RULES, path, "-o", out, "--force"], out))
    return runs


def check_bounds(folder: Path, repeat: int, against: Path | None, only: list[str]) -> bool:
    """Part 1: every shape of hostile_shapes.py (those whose name holds one of `only`, if given)."""
    ok = True
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    envs = {"this": env}
    if against is not None:  # another checkout's matcher package, imported first
        envs["baseline"] = {**env, "PYTHONPATH": str(against), "PYTHONPYCACHEPREFIX": str(folder / "bytecode-base")}
    print(
        f"1. Worst-case profiles (bound: wall <= {WALL_BOUND:g} s, peak RSS <= {RSS_BOUND:,.0f} MB; each figure "
        f"also as a ratio to it, CPU to {WALL_BOUND:g} s too; median of {repeat})"
    )
    tiny = folder / "tiny.json"
    tiny.write_text(json.dumps({"experience": [{"title": "fingerprint examiner", "start": "2001"}]}))
    for name, version in envs.items():  # compiles matcher's modules into the bytecode cache
        took = [measured([MATCHER, "check", tiny, RULES, "-f", fmt], env=version)[1:3] for fmt in FORMATS]
        took.append(measured([MATCHER, "screen", RULES, tiny, "-o", folder / "tiny.xlsx", "--force"], env=version)[1:3])
        times = ", ".join(f"wall {w:.2f} s cpu {c:.2f} s" for w, c in took)
        print(f"   {name}: first runs (compiling bytecode; check in each format, screen): {times}")
    for label, make in hostile_shapes.shapes().items():
        if only and not any(part in label for part in only):
            continue
        data = make()
        path = folder / "shape.json"
        path.write_text(json.dumps(data))
        print(
            f"   -- {label}: {path.stat().st_size / 2**20:.2f} MiB, {hostile_shapes.values(data):,} values",
            flush=True,
        )
        for run_label, args, output in _runs(label, path, folder):
            ok &= _bounded(run_label, args, envs, repeat, output)
    return ok


def screen_flat(folder: Path, sizes: list[int], entries: int = hostile_shapes.MAX_ENTRIES) -> bool:
    print(f"2. screen --workers 1 over N profiles of {entries:,} free-text entries (bound: flat peak RSS)")
    rng = random.Random(9)
    peaks, codes = [], []
    for n in sizes:
        batch = folder / f"screen-{n}"
        batch.mkdir()
        for i in range(n):
            (batch / f"p{i}.json").write_text(json.dumps(hostile_shapes.free_text_profile(entries, rng)))
        code, wall, cpu, rss, _ = measured(
            [MATCHER, "screen", RULES, batch, "--workers", "1", "-f", "csv", "-o", folder / f"screen-{n}.csv"]
        )
        peaks.append(rss)
        codes.append(code)
        print(f"   N = {n:3d}  exit {code}  wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak {rss:6.0f} MB")
    ratio = peaks[-1] / peaks[0]
    print(f"   peak at N = {sizes[-1]} / peak at N = {sizes[0]}: {ratio:.2f} ({'ok' if ratio <= 1.2 else 'GROWS'})")
    if set(codes) != {0}:  # an error row (exit 4) would measure a refused profile, not a screened one
        print("   NOT SCREENED: a profile was an error row (exit 4); the peak says nothing")
    return ratio <= 1.2 and set(codes) == {0}


BROKEN = [
    b"experience: [{start: 2023-13-40}]\n",
    b"name: [unclosed\n",
    b"\xff\xfe\x00bad",
    b"",
    b"experience: []\nexperience: []\n",
    b"a: &x 1\nb: *x\n",
    b'{"fraction": ' + b"9" * 5000 + b"}",
    b"[" * 100 + b"]" * 100,
    b"experience:\n  - {start: 2010-01, ongoing: yes}\n",
    b"experience: [{start: 9999-01}]\n",
]
NAME_CHARS = "²³¹١٢۳߀०১੧૨୩௪౫೬൭๘໙༢၃႔០᠑᥇᧐᪁᭒᮳᱀᱐꘠꣐꤀꧐꩐꯰０𝟗𝟘ⅫⅯ〇 \u00a0\u2003\u2028\u2029\t\n\x1b\u202e\u200b"


def hostile_batch(folder: Path, n: int) -> bool:
    print(f"3. A hostile batch of {n:,} files, 10 % broken, names with non-ASCII digits and controls")
    rng = random.Random(5000)
    batch = folder / "hostile"
    batch.mkdir()
    good = (ROOT / "profiles").glob("*.yaml")
    goods = [p.read_bytes() for p in sorted(good)][:4]
    names: set[str] = set()
    broken = 0
    while len(names) < n:
        name = f"{rng.choice(NAME_CHARS)}{len(names)}{rng.choice(NAME_CHARS)}.{rng.choice(['yaml', 'json', 'yml'])}"
        is_broken = len(names) % 10 == 0
        data = BROKEN[len(names) // 10 % len(BROKEN)] if is_broken else rng.choice(goods)
        if name.endswith(".json") and not is_broken:
            name = name[:-5] + ".yaml"
        (batch / name).write_bytes(data)
        names.add(name)
        broken += is_broken
    code, wall, cpu, rss, out = measured([MATCHER, "screen", RULES, batch, "-f", "json"], keep=True)
    report = json.loads(out)
    rows = report["rows"]
    seen = sorted(Path(r["input"]).name for r in rows)
    once = seen == sorted(names)
    counts = report["summary"]
    adds_up = counts["eligible"] + counts["needs_review"] + counts["not_eligible"] + counts["errors"] == n
    internal = sum("internal error" in (r["error"] or "") for r in rows)
    print(
        f"   exit {code}  wall {wall:6.1f} s  cpu {cpu:6.1f} s  peak {rss:5.0f} MB  rows {len(rows):,}  "
        f"errors {counts['errors']:,} (files written broken: {broken:,})  every input once: {once}  "
        f"counts add up: {adds_up}  internal errors: {internal}"
    )
    # exit 4 (ExitCode.SOME_ERROR_ROWS): the report was written, some inputs are error rows
    return code == 4 and once and adds_up and internal == 0 and counts["errors"] >= broken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--screen-sizes", type=int, nargs="+", default=[2, 6, 12])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each bounded check (median)")
    parser.add_argument(
        "--against", type=Path, help="also time part 1 with this checkout's matcher package (a baseline)"
    )
    parser.add_argument(
        "--screen-entries", type=int, default=hostile_shapes.MAX_ENTRIES, help="part 2: entries per profile"
    )
    parser.add_argument("--shapes", nargs="+", default=[], help="part 1: only the shapes whose name holds one of these")
    parser.add_argument("--parts", type=int, nargs="+", choices=[1, 2, 3], default=[1, 2, 3], help="which parts to run")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="matcher-hostile-") as tmp:
        folder = Path(tmp)
        parts = {
            1: lambda: check_bounds(folder, args.repeat, args.against, args.shapes),
            2: lambda: screen_flat(folder, args.screen_sizes, args.screen_entries),
            3: lambda: hostile_batch(folder, args.batch),
        }
        results = [parts[n]() for n in sorted(set(args.parts))]
    print("all bounds hold" if all(results) else "SOME BOUND FAILED")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
