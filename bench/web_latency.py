"""Latency of the web app under 20 concurrent applicants, against the library itself.

    .venv/bin/python bench/web_latency.py [--requests 400] [--clients 20]

Both sides do the same work with the same concurrency: 20 clients, each checking the
example profiles against every notice, round after round.
- app: `matcher serve` in its own process on a loopback port; each client POSTs the
  profile form (`action=check`) and reads the overview page.
- library: 20 threads in one process, each validating the same profile data and
  evaluating it against every notice (what the page's request does, minus HTTP,
  form parsing and the page).
Prints the p50 and p95 latency of each and the p95 ratio (goal: app/library <= 1.5).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher.engine.evaluate import evaluate  # noqa: E402
from matcher.files.documents import Document, load_document  # noqa: E402
from matcher.models.load import load_rules, profile_from_document  # noqa: E402
from matcher.nlp import lazy_categorizer  # noqa: E402
from matcher.reference import discover_rules  # noqa: E402
from matcher.web.profile_form import data_to_form  # noqa: E402

PROFILES = sorted((ROOT / "profiles").glob("*.y*ml"))


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def library(datas: list[dict], requests: int, clients: int) -> list[float]:
    rules = [load_rules(p) for p in discover_rules(ROOT / "rules")]
    categorizer = lazy_categorizer()

    def one(i: int) -> float:
        start = time.perf_counter()
        profile = profile_from_document(Document(datas[i % len(datas)], "form"))
        for r in rules:
            evaluate(profile, r, categorizer=categorizer)
        return time.perf_counter() - start

    for i in range(len(datas)):  # warm: each language's NLP pipeline loads once per process, as in the app
        one(i)
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return list(pool.map(one, range(requests)))


def _client(base: str) -> tuple[urllib.request.OpenerDirector, str]:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    page = opener.open(base + "/profile").read().decode()
    return opener, re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def app(datas: list[dict], requests: int, clients: int) -> list[float]:
    with tempfile.TemporaryDirectory() as data_dir:
        port = 18000 + (int(time.time()) % 1000)
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "matcher",
                "serve",
                "--port",
                str(port),
                "--data-dir",
                data_dir,
                "--rules-dir",
                str(ROOT / "rules"),
            ],
            stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(base + "/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            sessions = [_client(base) for _ in range(clients)]
            bodies = [
                urllib.parse.urlencode(
                    [(k, v) for k, vs in data_to_form(d).items() for v in vs] + [("action", "check")]
                )
                for d in datas
            ]

            def one(i: int) -> float:
                opener, csrf = sessions[i % clients]
                body = (f"csrf={csrf}&" + bodies[i % len(bodies)]).encode()
                start = time.perf_counter()
                with opener.open(urllib.request.Request(base + "/profile", data=body)) as response:
                    page = response.read()
                elapsed = time.perf_counter() - start
                assert b'table class="overview"' in page, page[:300]
                return elapsed

            for i in range(len(datas)):  # warm, as the library side
                one(i)
            with concurrent.futures.ThreadPoolExecutor(clients) as pool:
                return list(pool.map(one, range(requests)))
        finally:
            server.terminate()
            server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    datas = [load_document(p).data for p in PROFILES]
    lib = library(datas, args.requests, args.clients)
    web = app(datas, args.requests, args.clients)
    for name, values in (("library", lib), ("app", web)):
        print(
            f"{name:8} p50 {_p(values, 50) * 1000:7.1f} ms   p95 {_p(values, 95) * 1000:7.1f} ms   "
            f"({len(values)} requests, {args.clients} concurrent)"
        )
    print(f"p95 app/library {_p(web, 95) / _p(lib, 95):.2f}   (goal <= 1.5)")


if __name__ == "__main__":
    main()
