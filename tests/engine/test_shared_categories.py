"""`check` of one profile against several notices reads the entries' free text once (issue 17:
28,000 entries against the four shipped notices took 18 s of CPU, the NLP done four times)."""

from __future__ import annotations

from pathlib import Path

from matcher.api import check_profile
from matcher.engine.categories import CategoryMatch
from matcher.models.load import load_rules
from matcher.models.profile import Profile

RULES = sorted((Path(__file__).resolve().parents[2] / "rules").glob("interpol-vn-*.yaml"))


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def categorize(self, texts, lang=None):
        self.calls += 1
        return [[CategoryMatch("fingerprints", 0, 11, "fingerprint", "exact", 1.0)] for _ in texts]


def test_every_notice_uses_the_categories_read_once(monkeypatch):
    counting = Counting()
    monkeypatch.setattr("matcher.api.lazy_categorizer", lambda: counting)
    profile = Profile.model_validate(
        {"experience": [{"title": "fingerprint examiner", "start": "2001-01", "description": "latent prints"}]}
    )
    evaluations = check_profile(profile, [load_rules(r) for r in RULES])
    assert len(evaluations) == len(RULES) > 1
    assert counting.calls == 1
    assert all("fingerprints" in str(e.results) for e in evaluations if "0844" in str(e.rules_path))
