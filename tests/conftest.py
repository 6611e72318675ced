"""Shared test configuration.

Hypothesis settings profiles, chosen with the HYPOTHESIS_PROFILE environment variable:

- `ci` (default): bounded example counts, derandomized (the same examples every run),
  so the property and fuzz suites stay within a few minutes;
- `long`: twenty times the examples, random seeds, for a local soak run:

      HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/engine/test_properties.py \
          tests/files/test_fuzz_loaders.py

Tests scale their own example counts with `tests/fuzzkit.examples(n)`.
"""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("long", print_blob=True, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Parsed-data caches go to a folder of this test run (inherited by the commands the
# tests start), never to the user's own cache.
os.environ.setdefault("MATCHER_CACHE_DIR", tempfile.mkdtemp(prefix="matcher-test-cache-"))
# Likewise the pseudonym key of blind screening: one per test run, never the user's own.
# Set, not defaulted: a MATCHER_BLIND_KEY of the shell running the tests may be a
# recruiter's real key, and the tests write keys.
os.environ["MATCHER_BLIND_KEY"] = os.path.join(tempfile.mkdtemp(prefix="matcher-test-key-"), "blind.key")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def cat():
    """The process-wide categorizer: each language's pipeline is built once per test session."""
    from matcher.nlp import shared_categorizer

    return shared_categorizer()


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/goldens/ from the current output "
        "(review the diff before committing).",
    )


@pytest.fixture()
def golden(request):
    """Compare an output whole with its golden file (black's pattern); with
    --update-goldens, write it instead. `golden(relative_path, text_or_bytes)`."""
    from goldens import compare

    return lambda name, output: compare(name, output, update=request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def batch(tmp_path_factory):
    """A copy of tests/data/screen (good, broken and odd applicant files) for screening tests."""
    from screen_support import make_batch

    return make_batch(tmp_path_factory.mktemp("screen") / "applicants")
