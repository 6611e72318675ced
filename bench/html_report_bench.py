"""Time to interactive of the HTML screening report at 10,000 applicants, against a
static page of 50 rows, in headless Chromium (issue 18: at most 3x).

    .venv/bin/python bench/html_report_bench.py [--count 10000] [--repeat 5] [--chromium PATH]

It generates N synthetic applicants (bench/generate_profiles.py, seeded), screens
them (`matcher screen ... -f html`, --no-infer: the report's size, not the NLP, is
measured here), and writes a static page of 50 rows: the same layout (styles,
header, summary) with the table rows in the HTML and no script of its own.

"Interactive" is the moment the page's own script has listed the first page of
applicants and bound the search, filter, paging and sort controls: it stamps
`data-ready` (performance.now(), milliseconds since navigation start) on <html>.
The static page gets the same stamp from one line at its end, once its rows are
parsed. Each page is loaded `--repeat` times in a fresh headless Chromium
(`--dump-dom`, which waits for the load event); the median of the stamps is compared.

Needs `chromium` (Debian: `apt-get install chromium`); without it the script says so
and exits 2.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
READY = re.compile(r'<html[^>]*\bdata-ready="(\d+)"')


def find_chromium(given: str | None) -> str | None:
    for name in ([given] if given else []) + ["chromium", "chromium-browser", "google-chrome", "chrome"]:
        found = shutil.which(name) if name else None
        if found:
            return found
    return None


def ready_ms(chromium: str, page: Path, fragment: str = "") -> tuple[int, str]:
    """(the page's data-ready stamp, the DOM) after one load in a fresh headless browser."""
    with tempfile.TemporaryDirectory(prefix="matcher-chromium-") as profile:
        result = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.resolve().as_uri() + fragment,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    found = READY.search(result.stdout)
    if not found:
        raise RuntimeError(f"no data-ready stamp in {page} (chromium said: {result.stderr.strip()[-300:]})")
    return int(found.group(1)), result.stdout


def static_page(report: Path, out: Path, rows: int = 50) -> None:
    """The same layout with `rows` rows written as HTML: the baseline."""
    text = report.read_text(encoding="utf-8")
    head = text.split('<h2 id="ranking-title">', 1)[0]
    cells = "".join(
        f'<tr class="eligible-row"><td class="num">{i}</td><td class="who"><a href="#a-{i}">Applicant '
        f'{i}</a><div class="muted ref">applicants/{i:05d}.yaml</div></td><td class="eligible">ELIGIBLE</td>'
        f'<td class="num">1/3</td><td class="date"></td><td class="blocking">'
        f"{html.escape('unknown: Working experience with African countries')}</td></tr>"
        for i in range(1, rows + 1)
    )
    out.write_text(
        head + '<h2>Ranking</h2><table id="ranking"><thead><tr><th>#</th><th>Applicant</th>'
        "<th>Verdict</th><th>Score</th><th>Eligible from</th><th>Not met / unknown</th></tr></thead>"
        f"<tbody>{cells}</tbody></table><script>document.documentElement.setAttribute('data-ready', "
        "String(Math.round(performance.now())));</script></body></html>",
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chromium", help="the browser binary (default: chromium on the PATH)")
    parser.add_argument("--keep", type=Path, help="keep the pages in this folder")
    args = parser.parse_args()
    chromium = find_chromium(args.chromium)
    if chromium is None:
        print("html_report_bench: chromium not found (apt-get install chromium); nothing measured", file=sys.stderr)
        return 2
    import generate_profiles

    with tempfile.TemporaryDirectory(prefix="matcher-html-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        jsonl = folder / "applicants.jsonl"
        generate_profiles.generate(folder / "applicants", args.count, invalid=0.0, jsonl=jsonl)
        report = folder / f"screen-{args.count}.html"
        started = time.perf_counter()
        with jsonl.open("rb") as stdin:
            subprocess.run(
                [
                    str(ROOT / ".venv" / "bin" / "matcher"),
                    "screen",
                    str(ROOT / "rules" / "interpol-vn-0844.yaml"),
                    "-",
                    "--no-infer",
                    "--workers",
                    "2",
                    "-q",
                    "-o",
                    str(report),
                ],
                stdin=stdin,
                check=False,
            )
        print(
            f"screened {args.count} applicants in {time.perf_counter() - started:.1f} s; "
            f"report {report.stat().st_size / 1e6:.1f} MB"
        )
        static = folder / "static-50.html"
        static_page(report, static)
        timings = {}
        for label, page in (("static page, 50 rows", static), (f"report, {args.count} applicants", report)):
            runs = [ready_ms(chromium, page)[0] for _ in range(args.repeat)]
            timings[label] = statistics.median(runs)
            print(f"{label:<28} interactive after {timings[label]:>6.0f} ms (median of {args.repeat}: {runs})")
        base, big = timings.values()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"ratio report / static: {big / max(base, 1):.2f} (target <= 3); load average {load:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
