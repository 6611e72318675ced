"""The level-by-level limit check on JSON data accepts exactly what the walk that names the
error accepts (limits lowered so that random data reaches them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.errors import InputError
from matcher.files import json_text

leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))
data = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=60,
)


def _walk_error(value):
    """What the original walk says (forced: the fast check answers 'no')."""
    original = json_text._within_limits
    json_text._within_limits = lambda _: False
    try:
        json_text._check_limits(value, "f.json")
        return None
    except InputError as error:
        return error.one_line()
    finally:
        json_text._within_limits = original


@settings(max_examples=400, deadline=None)
@given(data)
def test_fast_check_agrees_with_the_walk(value):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_text, "MAX_NODES", 25)
        patch.setattr(json_text, "MAX_DEPTH", 3)
        patch.setattr(json_text, "MAX_STRING_CHARS", 10)
        walked = _walk_error(value)
        assert json_text._within_limits(value) == (walked is None)
        if walked is not None:  # the error is the walk's own
            with pytest.raises(InputError) as raised:
                json_text._check_limits(value, "f.json")
            assert raised.value.one_line() == walked
