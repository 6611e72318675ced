"""The fast indented JSON writer gives json.dumps's exact text, or defers to it."""

from __future__ import annotations

import json
import math

import pytest

from matcher.report.json_text import CHUNK_PARTS, dumps_chunks, dumps_indented

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


def _records(n: int, **extra) -> list[dict]:
    return [
        {
            "type": "experience",
            "entry": f"experience {i}",
            "title": 'é « » "quoted" %s %(x)s \\ \x1b[31m',
            "employer": None if i % 3 else "Kent Police",
            "months": [0.5, 12.0, 1e300, -0.0][i % 4],
            "count": i * 10**i if i < 30 else -i,
            "flag": bool(i % 2),
            "why": [] if i % 2 else ["'x' → y", "two"],
            "nested": {"a": [i, {"b": []}], "c": {}},
            **extra,
        }
        for i in range(n)
    ]


TABLES = [
    _records(20),
    {"evidence": _records(9), "children": [{"evidence": _records(8)}]},
    _records(10, special=math.nan),  # a float column that is not finite
    _records(10) + [{}],  # one record of another shape
    [*_records(10), "not a record"],
    [dict(reversed(list(r.items()))) if i == 4 else r for i, r in enumerate(_records(10))],  # key order differs
    [{"%": i, "%s": "%d", "a%%b": None} for i in range(12)],  # keys holding template marks
    [{"x": i} for i in range(8)] + [{"x": True}],  # an int column with a bool (json writes true)
    [{"x": float(i)} for i in range(8)] + [{"x": 1}],
    [{} for _ in range(10)],
    ({"x": (1, 2), "y": "t"},) * 9,  # a tuple of records, tuple values
]


@pytest.mark.parametrize("value", TABLES)
def test_lists_of_records_written_as_tables_give_the_same_text(value):
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_records_with_keys_json_converts_are_left_to_json():
    value = [{1: "a", "b": 2} for _ in range(10)]
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_records_with_values_json_rejects_are_rejected_the_same_way():
    with pytest.raises(TypeError):
        dumps_indented([{"when": object()} for _ in range(10)])


def _evidence(n: int) -> list:
    from matcher.engine.evidence import ExperienceEvidence

    return [
        ExperienceEvidence(
            entry=f"experience {i}",
            title='Analyste « réseau » "quoted" %s \\',
            employer=None if i % 3 else "Kent Police",
            start="2020-01",
            end="ongoing (counted to 2025-02-13)",
            fraction=[1.0, 0.5, 0.25][i % 3],
            duration="1 year",
            months=[12.0, 0.5, 1e300][i % 3],
            status="counted",
            why=() if i % 2 else ("'x' → y", "two"),
        )
        for i in range(n)
    ]


def _languages(n: int) -> list:
    from matcher.engine.evidence import LanguageEvidence

    return [LanguageEvidence("fr", "French", "B2", skills={"reading": "C1"} if i % 2 else {}) for i in range(n)]


def _as_dicts(value):
    """`value` with every evidence record replaced by its to_dict()."""
    from matcher.engine.evidence import Evidence

    if isinstance(value, Evidence):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: _as_dicts(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_dicts(v) for v in value]
    return value


RECORDS = [
    _evidence(20),  # a table read through json_layout
    {"evidence": _evidence(7), "children": [{"evidence": _evidence(30)}]},  # too short for a table, then one
    _evidence(10) + _languages(1),  # two types: record by record
    _languages(12),  # a dict field: no table, record by record
    {"one": _evidence(1)[0], "empty": []},  # a record outside a list
]


@pytest.mark.parametrize("value", RECORDS)
def test_records_are_written_as_their_to_dict(value):
    from matcher.engine.evidence import Evidence

    expected = json.dumps(_as_dicts(value), indent=2, ensure_ascii=False)
    assert dumps_indented(value, records=Evidence) == expected


def test_with_records_other_values_json_rejects_are_still_rejected():
    from matcher.engine.evidence import Evidence

    with pytest.raises(TypeError):
        dumps_indented({"evidence": _evidence(10), "when": object()}, records=Evidence)
    with pytest.raises(TypeError):  # records only stand for their dicts when asked for
        dumps_indented({"evidence": _evidence(10)})


def test_a_long_text_comes_in_pieces_that_join_to_json_dumps():
    # a table of records longer than CHUNK_PARTS, and a long list of containers, as in a
    # 66,000-entry profile's report: pieces, none holding the whole text (issue 17: the
    # joined text, its parts and its bytes held together took a check over 1 GB)
    value = {
        "table": [{"id": i, "why": ["a", "é"], "ok": i % 2 == 0} for i in range(3 * CHUNK_PARTS)],
        "nested": [{"x": [i, {"y": "z"}]} for i in range(3 * CHUNK_PARTS)],
    }
    pieces = dumps_chunks(value, end="\n")
    assert "".join(pieces) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    assert len(pieces) > 4
    assert max(map(len, pieces)) < len("".join(pieces)) / 4
