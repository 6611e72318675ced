"""The profile YAML writer (`profile new`, `profile import`): what it writes reads back as the
same data, and characters that reorder or hide text are written as escapes, never raw."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from matcher.files.sanitize import INVISIBLE
from matcher.profile_tools.yaml_writer import _pair, scalar

pytestmark = pytest.mark.timeout(60)

SPOOFS = ["\u202e", "\u2066", "\u200b", "\u200f", "\ufeff", "\u00ad", "\U000e0041"]


@pytest.mark.parametrize("char", SPOOFS)
@pytest.mark.parametrize("value", ["Chief{c} Inspector", "line one\nline two{c}"])
def test_a_bidi_or_zero_width_character_is_written_as_an_escape_and_reads_back(char, value):
    value = value.format(c=char)
    lines = _pair("", "title", value, "")
    written = "\n".join(lines)
    assert char not in written  # a reviewer's terminal or editor shows it, not obeys it
    assert yaml.safe_load(written) == {"title": value}


def test_ordinary_unicode_stays_readable():
    assert scalar("Kraków\u00a0— Police Académie") == '"Kraków\u00a0— Police Académie"'
    assert _pair("", "description", "Ligne un\nLigne deux", "") == ["description: |-", "  Ligne un", "  Ligne deux"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_string_reads_back_and_carries_no_raw_invisible_character(text):
    written = "\n".join(_pair("", "description", text, ""))
    assert yaml.safe_load(written) == {"description": text}
    assert re.search(f"[{INVISIBLE}]", written) is None
