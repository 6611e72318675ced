"""The engine's shortcuts for long profiles give what the plain arithmetic and records give."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from builders import job, profile, rules

from matcher.engine.context import Context
from matcher.engine.duration import _entry_evidence, tally
from matcher.engine.evidence import ExperienceEvidence


def _context() -> Context:
    entries = [
        job("Latent print examiner", f"{2001 + i % 9}-{1 + i % 12:02d}", "2020-06", fraction=(0.3, 0.5, 1.0)[i % 3])
        for i in range(40)
    ] + [job("Fingerprint officer", "2021-02-17", None, fraction=0.7)]
    notice = rules("0844").notice
    return Context(profile(experience=entries), notice, notice.deadline)


def test_the_counted_entries_own_months_add_up_exactly():
    ctx = _context()
    counted = tally(ctx, lambda i, e: (True, []))
    expected = sum((ctx.entry_time(i, e).own for i, e in enumerate(ctx.profile.experience)), Fraction(0))
    assert counted.counted_separately == expected
    assert len(counted.counted_own) < len(ctx.profile.experience)  # grouped, not one term per entry


def test_an_evidence_record_filled_directly_equals_one_built_by_its_dataclass():
    ctx = _context()
    entry = ctx.profile.experience[-1]
    time = ctx.entry_time(40, entry)
    span = (entry.start, entry.end or "ongoing (counted to 2024-01-01)", time.duration, time.months)
    fast = _entry_evidence(40, entry, span, "counted", ["'print' → fingerprints"])
    built = ExperienceEvidence(**{f.name: getattr(fast, f.name) for f in dataclasses.fields(ExperienceEvidence)})
    assert fast == built
    assert vars(fast) == vars(built)  # every field set, nothing more
    assert fast.to_dict() == built.to_dict()
