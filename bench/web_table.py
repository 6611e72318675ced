"""Opening a 10,000-applicant run in headless Chromium, against a static page of 50 rows.

    .venv/bin/python bench/web_table.py [--applicants 10000] [--repeat 7]

Screens the example profiles once, stores their rows again and again under new numbers
until the run holds N applicants (each row the real screening output), serves the app,
and times, in Debian's Chromium, navigation to the run's page until the results table
is there and the page has loaded. The baseline is the same page (its first 50 rows,
with the same stylesheet and script) saved as a static file and served by a plain
file server. Prints the medians and their ratio (goal: run/static <= 3).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "web"))

from browser import chromium, serving  # noqa: E402

from matcher.screen import screen  # noqa: E402
from matcher.web.runs import Runs  # noqa: E402


def fill_run(data_dir: Path, applicants: int) -> str:
    rules = ROOT / "rules" / "interpol-vn-0844.yaml"
    report = screen(str(rules), [str(ROOT / "profiles")], details="json")
    real = [(rank, row, blob) for rank, row, blob in report.with_details()]
    report.close()
    runs = Runs(data_dir)
    runs.create(
        "bench", "interpol-vn-0844", "Biometrics Specialized Officer", str(rules), str(data_dir), False, applicants
    )
    rows = []
    for i in range(applicants):
        rank, row, blob = real[i % len(real)]
        rows.append(
            {
                "seq": i,
                "rank": i + 1,
                "input": f"applicant-{i:05d}.yaml",
                "pseudonym": f"A-{i:010x}",
                "name": f"{row.name} {i}",
                "verdict": row.verdict,
                "score": row.score,
                "max_score": row.max_score,
                "eligible_from": row.eligible_from,
                "not_met": json.dumps(list(row.not_met)),
                "unknown": json.dumps(list(row.unknown)),
                "error": row.error,
                "details": blob.decode() if blob else None,
            }
        )
    runs.finish("bench", rows)
    return "bench"


def timed_open(browser, url: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        context = browser.new_context()
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="load")
        page.wait_for_selector("table.results tbody tr")
        times.append(time.perf_counter() - start)
        context.close()
    return times


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, static_dir = Path(tmp) / "data", Path(tmp) / "static-site"
        data_dir.mkdir()
        fill_run(data_dir, args.applicants)
        with serving(data_dir, ROOT / "rules") as base, chromium() as browser:
            page = browser.new_page()
            page.goto(base + "/runs/bench")
            (static_dir / "static").mkdir(parents=True)
            (static_dir / "run.html").write_text(page.content(), encoding="utf-8")
            for asset in (ROOT / "matcher" / "web" / "static").iterdir():
                shutil.copy(asset, static_dir / "static" / asset.name)
            page.close()
            handler = functools.partial(_Quiet, directory=str(static_dir))
            files = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=files.serve_forever, daemon=True).start()
            try:
                static_url = f"http://127.0.0.1:{files.server_address[1]}/run.html"
                timed_open(browser, static_url, 2)  # warm both sides
                timed_open(browser, base + "/runs/bench", 2)
                run_times = timed_open(browser, base + "/runs/bench", args.repeat)
                static_times = timed_open(browser, static_url, args.repeat)
            finally:
                files.shutdown()
    run_ms, static_ms = statistics.median(run_times) * 1000, statistics.median(static_times) * 1000
    print(f"run of {args.applicants} applicants  median {run_ms:7.1f} ms")
    print(f"static page of 50 rows   median {static_ms:7.1f} ms")
    print(f"run/static {run_ms / static_ms:.2f}   (goal <= 3)")


if __name__ == "__main__":
    main()
