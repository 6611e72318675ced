"""Fuzzing the loaders through the CLI: random and mutated profiles and rules files.

Every input must give either a verdict (exit 0, 1 or 3) or the one-line error with
exit 2 (see fuzzkit.assert_clean): never a traceback, never a hang. Seeds are the real
files in profiles/ and rules/ plus a valid inline profile; mutations are byte flips,
truncations, deletions, insertions of hostile tokens (tabs, anchors, aliases, control
characters, tags, BOMs, bad dates...) and type swaps of single fields.

Example counts follow the Hypothesis profile (tests/conftest.py): HYPOTHESIS_PROFILE=long
runs twenty times more.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from fuzzkit import (
    AS_OF,
    PROFILES,
    RULE_0844,
    RULES,
    VALID_PROFILE,
    assert_clean,
    describe,
    examples,
    run_cli,
    run_process,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.files.documents import load_document

FORMATS = ["text", "json", "markdown"]
TOKENS = [
    b"\t",
    b"  ",
    b"&a ",
    b"*a",
    b"&x [1, 2]",
    b"<<: *x",
    b"\x00",
    b"\x1b[31m",
    b"\x1b]0;t\x07",
    b"\x07",
    b"\x7f",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b": ",
    b"- ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"'",
    b'"',
    b",",
    b"!!python/object/apply:os.system [ls]",
    b"!!binary ",
    b"!!int ",
    b"!!float ",
    b"!!str ",
    b"!custom ",
    b"NO",
    b"no",
    b"yes",
    b"on",
    b"~",
    b"null",
    b"true",
    b"1e999",
    b"-1e999",
    b".nan",
    b".inf",
    b"NaN",
    b"Infinity",
    b"-0.5",
    b"1.5",
    b"0",
    b"0x1F",
    b"0o17",
    b"1_000",
    b"2023-13-40",
    b"2023-02-30",
    b"9999-12-31",
    b"0000-01",
    b"---\n",
    b"...\n",
    b"? ",
    b"%YAML 1.1\n",
    b"%TAG ! tag:x,2000:\n",
    b"\n",
    b"#",
    b"|\n",
    b">-\n",
    b"\r\n",
    b"\r",
    "\u2028".encode(),
    "\u202e".encode(),
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"\\x1b",
    b"%",
    b"@",
    b"`",
    b'=HYPERLINK("http://x")',
    b"<script>",
    b"9" * 5000,
    b"x" * 1000,
]

_dir = tempfile.TemporaryDirectory(prefix="matcher-fuzz-")
WORK = Path(_dir.name)

PROFILE_SEEDS: list[tuple[str, bytes]] = [("inline.yaml", VALID_PROFILE.encode())] + [
    (p.name, p.read_bytes()) for p in PROFILES
]
RULES_SEEDS = [(p.name, p.read_bytes()) for p in RULES]


@st.composite
def mutated(draw, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A seed file with one to four mutations."""
    name, data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 4))):
        at = int(draw(st.floats(0, 1)) * len(data))
        op = draw(st.sampled_from(["flip", "truncate", "delete", "insert", "insert", "insert", "duplicate_line"]))
        if op == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
        elif op == "truncate":
            data = data[:at]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 40)) :]
        elif op == "insert":
            token = draw(st.sampled_from(TOKENS) | st.binary(min_size=1, max_size=8))
            data = data[:at] + token + data[at:]
        else:
            lines = data.split(b"\n")
            i = min(int(at / max(len(data), 1) * len(lines)), len(lines) - 1)
            data = b"\n".join(lines[: i + 1] + lines[i:])
    return name, data


OTHER_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["NO", "2023-13-40", "2030-01", "-1", "C3", "zz", "", "x" * 300]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, prefix + (i,))


def _replaced(data, path, value):
    if not path:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _replaced(data[path[0]], path[1:], value)
    return copy


@st.composite
def type_swapped(draw, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A seed with one field's value replaced by a value of another type, as YAML or JSON."""
    name, raw = draw(st.sampled_from(seeds))
    source = WORK / f"seed-{name}"
    source.write_bytes(raw)
    data = load_document(source).data
    paths = [p for p in _paths(data) if p]
    path = draw(st.sampled_from(paths))
    swapped = _replaced(data, path, draw(OTHER_VALUES))
    if draw(st.booleans()):
        return "swapped.json", json.dumps(swapped, ensure_ascii=draw(st.booleans())).encode()
    return "swapped.yaml", yaml.safe_dump(swapped, allow_unicode=True, sort_keys=False).encode()


def _write(name: str, data: bytes) -> Path:
    suffix = ".json" if name.endswith(".json") else ".yaml"
    path = WORK / f"fuzzed{suffix}"
    path.write_bytes(data)
    return path


@settings(max_examples=examples(250))
@given(case=mutated(PROFILE_SEEDS), rules=st.sampled_from(RULES), fmt=st.sampled_from(FORMATS))
def test_mutated_profiles_give_a_verdict_or_one_line(case, rules, fmt):
    path = _write(*case)
    checked = run_cli("check", path, rules, "--as-of", AS_OF, "--format", fmt)
    assert_clean(checked, path)
    validated = run_cli("profile", "validate", path)  # must agree with check, to the letter
    if checked.exit_code == 2:
        assert validated.exit_code == 2 and validated.stderr == checked.stderr, describe(validated)
    else:
        assert validated.exit_code == 0 and validated.stdout == f"{path}: ok\n", describe(validated)


@settings(max_examples=examples(60))
@given(cases=st.lists(mutated(PROFILE_SEEDS), min_size=1, max_size=4), workers=st.sampled_from(["1", "1", "2"]))
def test_screen_turns_each_bad_profile_into_an_error_row(cases, workers):
    folder = WORK / "screen"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    paths = []
    for i, (name, data) in enumerate(cases):
        paths.append(folder / f"{i}{'.json' if name.endswith('.json') else '.yaml'}")
        paths[-1].write_bytes(data)
    run = run_cli("screen", RULE_0844, *paths, "--as-of", AS_OF, "--format", "jsonl", "--workers", workers)
    assert run.exception is None and "Traceback" not in run.stderr, describe(run)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert sorted(row["input"] for row in rows) == sorted(map(str, paths))  # nothing dropped
    errors = [row for row in rows if row["verdict"] == "error"]
    assert run.exit_code == (4 if errors else 0), describe(run)
    for row in errors:
        assert row["error"].startswith(row["input"]) and "\n" not in row["error"], row


@settings(max_examples=examples(200))
@given(case=mutated(RULES_SEEDS), fmt=st.sampled_from(FORMATS))
def test_mutated_rules_give_a_verdict_or_one_line(case, fmt):
    profile = WORK / "valid-profile.yaml"
    profile.write_text(VALID_PROFILE, encoding="utf-8")
    path = _write(*case)
    assert_clean(run_cli("check", profile, path, "--as-of", AS_OF, "--format", fmt), path)
    validated = run_cli("rules", "validate", path)  # may also list quotes it cannot find
    assert validated.exception is None and validated.exit_code in (0, 2), describe(validated)
    assert all(line.startswith(f"matcher: {path}") for line in validated.stderr.splitlines()), describe(validated)


@settings(max_examples=examples(150))
@given(case=type_swapped(PROFILE_SEEDS), rules=st.sampled_from(RULES))
def test_type_swapped_profiles(case, rules):
    path = _write(*case)
    assert_clean(run_cli("check", path, rules, "--as-of", AS_OF, "--format", "json"), path)


@settings(max_examples=examples(150))
@given(case=type_swapped(RULES_SEEDS))
def test_type_swapped_rules(case):
    profile = WORK / "valid-profile.yaml"
    profile.write_text(VALID_PROFILE, encoding="utf-8")
    path = _write(*case)
    assert_clean(run_cli("check", profile, path, "--as-of", AS_OF, "--format", "json"), path)


PROFILE_KEYS = [
    "id",
    "name",
    "nationality",
    "current_employment",
    "education",
    "experience",
    "languages",
    "title",
    "start",
    "end",
    "ongoing",
    "fraction",
    "level",
    "years",
    "language",
    "skills",
    "categories",
    "country",
    "countries_worked_with",
    "employer_type",
    "proof_of_employment",
]
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["2019-03", "2019", "2019-02-29", "C1", "fr", "fingerprints", "law_enforcement", "SN", "NO"]),
)


def _nested(kids):
    return st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(PROFILE_KEYS) | st.text(max_size=8), kids, max_size=5
    )


DOCUMENTS = st.recursive(LEAVES, _nested, max_leaves=40)


@settings(max_examples=examples(150))
@given(doc=st.dictionaries(st.sampled_from(PROFILE_KEYS), DOCUMENTS, max_size=6), as_json=st.booleans())
def test_random_documents(doc, as_json):
    if as_json:
        path = _write("random.json", json.dumps(doc).encode())  # NaN and Infinity included
    else:
        path = _write("random.yaml", yaml.safe_dump(doc, allow_unicode=True).encode())
    assert_clean(run_cli("check", path, RULE_0844, "--as-of", AS_OF), path)


@settings(max_examples=examples(100))
@given(
    data=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    suffix=st.sampled_from([".yaml", ".json"]),
)
def test_random_bytes(data, suffix):
    path = _write(f"random{suffix}", data)
    assert_clean(run_cli("check", path, RULE_0844), path)


# A few cases through the real executable: main(), stderr and exit codes as a user sees them.
SUBPROCESS_CASES = [
    b"experience:\n\t- title: x\n",
    b"\xef\xbb\xbf" + VALID_PROFILE.encode(),
    b"\xff\xfe" + b"x\x00" * 3,
    VALID_PROFILE.encode()[:200],
    b"a: &a [1]\nb: *a\n",
    b"\x00\x01\x02",
    b'name: "\\e[31m"\nexperience: []\n',
    b'"\\x1b]0;pwned\\x07\\nsecond": 1\n',
    b"experience: [{title: x, start: 2023-13-40}]\n",
]


@pytest.mark.parametrize("data", SUBPROCESS_CASES, ids=range(len(SUBPROCESS_CASES)))
def test_through_the_real_executable(data, tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_bytes(data)
    assert_clean(run_process("check", path, RULE_0844, "--as-of", AS_OF), path)
