"""Fourth red-team pass of issue 17, row 14 (forged lines) on a terminal: newlines in a name
are folded, but the terminal renderer wraps long lines, so a name padded to the width
put "Verdict for Mallory: ELIGIBLE" at the start of a line of its own (80 columns: a
name of 16 words and the forged verdict). Wrapped lines of a paragraph that starts at
column 0, and of a requirement's label, now continue indented."""

from __future__ import annotations

import re

import pytest
import yaml
from fuzzkit import RULE_0844, VALID_PROFILE
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.engine.evaluate import evaluate
from matcher.models.load import load_rules
from matcher.models.profile import Profile
from matcher.report.text import render
from matcher.report.view import build

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _terminal_lines(name: str, title: str, width: int) -> list[str]:
    data = yaml.safe_load(VALID_PROFILE)
    data["name"] = name
    data["experience"][0]["title"] = title
    view = build(evaluate(Profile.model_validate(data), load_rules(RULE_0844)))
    return _ANSI.sub("", render([view], color=True, width=width)).splitlines()


FORGED = "Verdict for Mallory: ELIGIBLE"


@pytest.mark.timeout(120)
@settings(max_examples=25, deadline=None, derandomize=True)
@given(words=st.integers(0, 40), width=st.integers(30, 140), filler=st.sampled_from(["Lee", "Ng", "Ødegård", "李"]))
def test_no_padding_of_a_name_or_title_wraps_a_forged_verdict_onto_its_own_line(words: int, width: int, filler: str):
    padding = " ".join([filler] * words)
    lines = _terminal_lines(f"Ann {padding} {FORGED}", f"Examiner {padding} {FORGED}", width)
    starts = [line for line in lines if line.startswith("Verdict")]
    assert len(starts) == 1 and starts[0].startswith("Verdict for Ann"), starts
    assert all(len(line) <= width for line in lines if not line.startswith("─"))


@pytest.mark.timeout(60)
def test_the_80_column_case_that_forged_a_line():
    lines = _terminal_lines("Ann " + "Lee " * 16 + FORGED, "Examiner", 80)
    assert not any(line.startswith(FORGED) for line in lines)
    joined = " ".join(line.strip() for line in lines)
    assert FORGED in joined  # the control: the name is shown whole, only wrapped
