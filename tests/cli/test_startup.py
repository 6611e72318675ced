"""A check whose profile declares its categories must not pay for spaCy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The probes report from an atexit handler: the executable ends the process right after a
# check (matcher.cli.run), once atexit handlers have run.
PROBE = """
import atexit, runpy, sys
def report():
    heavy = sorted(m for m in ("spacy", "jinja2", "rapidfuzz", "thinc", "py3langid", "numpy") if m in sys.modules)
    sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
atexit.register(report)
sys.argv = ["matcher", "check", {profile!r}, {rules!r}, "--format", "json"]
try:
    runpy.run_module("matcher", run_name="__main__")
except SystemExit:
    pass
"""


def test_declared_categories_check_imports_no_nlp_and_no_templates():
    code = PROBE.format(
        profile=str(ROOT / "bench" / "data" / "startup-profile.yaml"),
        rules=str(ROOT / "rules" / "interpol-vn-0844.yaml"),
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert '"verdict"' in proc.stdout
    assert proc.stderr.strip().splitlines()[-1] == "HEAVY="


PLUGINS_PROBE = """
import atexit, runpy, sys
def report():
    import pydantic.plugin._loader as loader
    sys.stderr.write("SCANNED=%s\\n" % (loader._plugins is not None))
atexit.register(report)
sys.argv = ["matcher", "check", {profile!r}, {rules!r}, "--format", "json"]
try:
    runpy.run_module("matcher", run_name="__main__")
except SystemExit:
    pass
"""


def test_the_command_line_does_not_scan_installed_packages_for_pydantic_plugins():
    code = PLUGINS_PROBE.format(
        profile=str(ROOT / "bench" / "data" / "startup-profile.yaml"),
        rules=str(ROOT / "rules" / "interpol-vn-0844.yaml"),
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert '"verdict"' in proc.stdout
    assert proc.stderr.strip().splitlines()[-1] == "SCANNED=False"
