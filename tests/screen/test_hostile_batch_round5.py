"""Fifth red-team pass of issue 17: a fresh hostile batch through `screen`.

Names use characters the earlier generators did not pick (digits of other scripts and of
categories No and Nl, every line-breaking character, other spaces, private-use and
combining characters, names that differ only in Unicode normalisation, bytes that are not
UTF-8); 10 % of the files are broken in ways the earlier batches did not use (YAML 1.1
words in boolean fields, floats that overflow or underflow, dates in far years in every
date field, nesting of mappings and lists mixed, digits of other scripts in dates, a tab
after a key, a lone surrogate in JSON, a JSON number with a huge exponent), plus special
entries (a dangling link, a link loop, a folder named like a profile, a FIFO).

The promises: every input is one row exactly once (special entries included), no
traceback and no internal error, and the counts add up.

    .venv/bin/python tests/screen/test_hostile_batch_round5.py 5000   # the full batch
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "interpol-vn-0844.yaml"
MATCHER = Path(sys.executable).parent / "matcher"

# Characters for file names: digits of other scripts (Nd), other numbers (No, Nl), every
# line-breaking character, other spaces (Zs), format and private-use characters, marks.
NAME_CHARS = (
    "𞥑𑁧𖩓𝟶꩑߁᮱᱂𐒡𑃱"  # Nd: Adlam, Brahmi, Mro, monospace, Cham, NKo, Sundanese, Lepcha, Osmanya, Sora Sompeng
    "①⑴⒈⓵❶➀½¼⁹₇𝍠𐄇"  # No: circled, parenthesised, full stop, fractions, super/subscript, counting rods, Aegean
    "ⅷↂ〸𐅀𒐀"  # Nl: Roman, Hangzhou, Greek acrophonic, cuneiform
    "\u0085\u000b\u000c\r\u2028\u2029"  # every line break but LF (LF is in the fixed names)
    "\u1680\u2007\u202f\u205f\u3000\u180e"  # Ogham, figure, narrow no-break, math, ideographic spaces; MVS
    "\u061c\u2066\u2069\ufeff\U000e0041\ue000\U000f0000"  # ALM, isolates, BOM, tag A, private use
    "\u0301\u20dd\u0489"  # combining acute, enclosing circle, Cyrillic millions sign
    "-~#%&;$`'\"!*?[]{}()<>|\\"  # shell and glob characters
)

BROKEN = [
    b"name: X\nexperience:\n  - {title: T, employer: E, start: 2010-01, ongoing: Yes}\n",
    b"name: X\neducation:\n  - {title: T, level: 6, years: 3, completed: Off}\n",
    b"name: X\neducation:\n  - {title: T, level: 6, years: 1e400, completed: true}\n",
    b'{"name": "X", "experience": [{"title": "T", "employer": "E", "start": "2010-01", "end": "2012-01",'
    b' "fraction": 1e-400}]}',
    b'{"name": "X", "education": [{"title": "T", "level": 6, "years": 1E+999999999}]}',
    b"name: X\nexperience:\n  - {title: T, employer: E, start: 0999-12, end: 2001-01}\n",
    b"name: X\ndate_of_birth: 9999-12-31\n",
    b"name: X\nexperience:\n  - {title: T, employer: E, start: 2010-01, end: 99999-01}\n",
    b"name: X\nexperience:\n  - {title: T, employer: E, start: \xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa0-01, ongoing: true}\n",
    b"name: X\nexperience:\n  - {title: T, employer: E, start: 2010-01, end: 2012-01, fraction: .NaN}\n",
    b'{"name": "\\ud800"}',
    b'{"name": "X", "experience": [' + b'{"a": [' * 30 + b"]}" * 30 + b"]}",
    b"name: X\r\x0bexperience: []\n",
    b"name: X\nexperience:\n  - {title: T, employer: E, start: 2010-01, ongoing: true, proof_of_employment: ON}\n",
    b"name: X\neducation:\n  - {title: T, level: 0b110, years: 3}\n",
    b"? [a, b]\n: c\n",
    b'{"name": "X", "languages": [{"language": "en", "level": "C1", "mother_tongue": 1}]}',
    b'{"name": "X"} {"name": "Y"}',
    b"---\nname: X\n...\n---\nname: Y\n",
    b"\x00",
]

GOOD = b"""\
name: %s
nationality: KE
experience:
  - title: Fingerprint examiner
    employer: Police
    employer_type: law_enforcement
    country: KE
    countries_worked_with: [UG]
    start: 2015-01
    ongoing: true
    categories: [fingerprints]
languages:
  - {language: en, level: C2}
  - {language: fr, level: C1}
"""


def _good(rng: random.Random) -> bytes:
    name = rng.choice(["Ana", "Zoë", "O'Brien", "Ⅻ", "Ñ ①", "[bold]x[/bold]", "\\u2028"])
    return GOOD % json.dumps(name, ensure_ascii=False).encode("utf-8")


def write_batch(folder: Path, n: int, seed: int = 17) -> tuple[int, int]:
    """Write `n` entries into `folder`; returns (entries, broken ones). Every tenth is broken."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    broken = 0
    specials = 0
    for i in range(n):
        left, right = rng.choice(NAME_CHARS), rng.choice(NAME_CHARS)
        ext = rng.choice(["yaml", "yml", "json", "YAML"])
        stem = f"{left}{i}{right}"
        if i % 10:
            name = f"{stem}.{ext if ext != 'json' else 'yaml'}"
            (folder / name).write_bytes(_good(rng))
            continue
        broken += 1
        kind = i // 10 % (len(BROKEN) + 5)
        name = f"{stem}.{ext}"
        if kind < len(BROKEN):
            (folder / name).write_bytes(BROKEN[kind])
        elif kind == len(BROKEN):  # a dangling link
            os.symlink(folder / "nowhere" / name, folder / name)
        elif kind == len(BROKEN) + 1:  # a link to itself
            os.symlink(name, folder / name)
        elif kind == len(BROKEN) + 2:  # bytes that are not UTF-8 in the name
            raw = os.fsencode(folder) + b"/\xff\xfe" + str(i).encode() + b".yaml"
            with open(raw, "wb") as fh:
                fh.write(BROKEN[0])
        elif kind == len(BROKEN) + 3:  # two names that differ only in normalisation: both are inputs (one broken)
            (folder / f"e\u0301{i}.yaml").write_bytes(_good(rng))
            (folder / f"\u00e9{i}.yaml").write_bytes(BROKEN[1])
            specials += 1
        else:  # a FIFO
            os.mkfifo(folder / name)
    return n + specials, broken


def screen_batch(folder: Path, timeout: float) -> dict:
    proc = subprocess.run(
        [str(MATCHER), "screen", str(RULES), str(folder), "-f", "json", "--quiet", "--as-of", "2025-01-31"],
        capture_output=True,
        timeout=timeout,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 4, (proc.returncode, proc.stderr[-3000:])
    report = json.loads(proc.stdout)
    rows = report["rows"]
    counts = report["summary"]
    total = counts["eligible"] + counts["needs_review"] + counts["not_eligible"] + counts["errors"]
    inputs = [r["input"] for r in rows]
    return {
        "rows": len(rows),
        "distinct": len(set(inputs)),
        "counts": counts,
        "total": total,
        "internal": sum("internal error" in (r.get("error") or "") for r in rows),
    }


@pytest.mark.timeout(600)
def test_fresh_hostile_batch_keeps_every_promise(tmp_path: Path):
    entries, broken = write_batch(tmp_path / "batch", 300)
    seen = screen_batch(tmp_path / "batch", timeout=540)
    assert seen["rows"] == entries == seen["total"], seen
    assert seen["distinct"] == entries, seen
    assert seen["internal"] == 0, seen
    assert seen["counts"]["errors"] == broken, seen  # each broken entry is an error row, nothing else is


if __name__ == "__main__":
    import tempfile

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory(prefix="matcher-batch5-") as tmp:
        entries, broken = write_batch(Path(tmp) / "batch", n)
        print(f"entries {entries}  written broken {broken}")
        print(screen_batch(Path(tmp) / "batch", timeout=3600))
