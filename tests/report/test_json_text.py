"""The fast indented JSON writer gives json.dumps's exact text, or defers to it."""

from __future__ import annotations

import json
import math

import pytest

from matcher.report.json_text import dumps_indented

VALUES = [
    {},
    [],
    {"a": {}, "b": [], "c": [[]], "d": [{}]},
    {"text": 'é « » \u2028 \x00 \x1b[31m \ud800 "quoted" back\\slash \t\n', "emoji": "👩‍🔬"},
    {"ints": [0, -1, 10**30, True, False, None], "floats": [0.1, -0.0, 1e300, 2.5e-8, 3.0]},
    {"nested": [{"x": [1, {"y": [2, [3, [4]]]}]}], "tuple": (1, "two", (3,))},
    {"special": [math.nan, math.inf, -math.inf]},
    "plain string",
    42,
    None,
]


@pytest.mark.parametrize("value", VALUES)
def test_same_text_as_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_keys_json_converts_are_left_to_json():
    value = {1: "int key", 2.5: "float key", None: "null key", False: "bool key"}
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_values_json_rejects_are_rejected_the_same_way():
    with pytest.raises(TypeError):
        dumps_indented({"when": object()})
