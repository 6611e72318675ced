"""A check whose profile declares its categories must not pay for spaCy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import runpy, sys
sys.argv = ["matcher", "check", {profile!r}, {rules!r}, "--format", "json"]
try:
    runpy.run_module("matcher", run_name="__main__")
except SystemExit:
    pass
heavy = sorted(m for m in ("spacy", "jinja2", "rapidfuzz", "thinc", "py3langid", "numpy") if m in sys.modules)
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


def test_declared_categories_check_imports_no_nlp_and_no_templates():
    code = PROBE.format(
        profile=str(ROOT / "bench" / "data" / "startup-profile.yaml"),
        rules=str(ROOT / "rules" / "interpol-vn-0844.yaml"),
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert '"verdict"' in proc.stdout
    assert proc.stderr.strip().splitlines()[-1] == "HEAVY="
