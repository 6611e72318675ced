"""Every registered requirement kind is handled by every consumer of kinds.

A kind module declares its parameters, evidence, the profile fields it reads, its
drafting hook and a worked example (matcher/kinds/__init__.py). This test walks the
registry and runs each consumer on each kind's example: the JSON Schema shipped in
schemas/, the kinds table of docs/kinds.md, `rules diff`, the drafter, blind mode,
the reports (`check` and `screen` formats) and the YAML cases under rules/tests/.
A throwaway kind registered below shows that each check fails for a kind the
consumers do not handle.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from matcher.authoring import draft_rules
from matcher.authoring.cases import load_cases, resolve
from matcher.authoring.diff import diff_rules
from matcher.authoring.text import squash
from matcher.engine.evaluate import Evaluation, evaluate
from matcher.engine.evidence import Evidence, as_evidence
from matcher.engine.results import Outcome, Result, Status
from matcher.kinds import Example, Kind, all_kinds, get_kind, register, unregister
from matcher.models.load import params_of
from matcher.models.profile import IDENTIFYING_FIELDS, Profile
from matcher.models.rules import RulesFile
from matcher.report import render
from matcher.report.blind import hidden_reads
from matcher.report.view import build
from matcher.screen.formats import render_details


def renderer(fmt: str):
    return lambda evaluations: render(evaluations, fmt)


def blind_results(ev: Evaluation):
    """The requirements as a blind report shows them (the report model, through the redactor)."""
    return build(ev, blind=True).requirements


ROOT = Path(__file__).resolve().parents[2]
NOTICE = {
    "id": "kinds-meta",
    "title": "Example Officer",
    "organization": "INTERPOL",
    "location": "Lyon, France",
    "deadline": "2025-10-06",
    "secondment": False,
    "source_file": "example.txt",
}
# A profile with every field set, identifying ones included; a kind's example fields replace these.
BASE_PROFILE: dict[str, Any] = {
    "id": "APP-0042",
    "name": "Ottilie Vanterpool",
    "email": "ottilie@leak.example",
    "phone": "+423 555 01 23",
    "date_of_birth": "1983-07-19",
    "photo_url": "https://photos.example/ov.jpg",
    "nationality": ["LI"],
    "current_employment": {
        "employer": "Landespolizei",
        "position": "Inspector",
        "employer_type": "law_enforcement",
        "employer_country": "AT",
    },
    "education": [
        {"title": "Master of Laws", "field": "law", "level": 7, "years": 2},
        {"title": "Bachelor of Laws", "field": "law", "level": 6, "years": 3},
    ],
    "experience": [
        {
            "title": "Fingerprint examiner",
            "employer": "Landespolizei",
            "employer_type": "law_enforcement",
            "country": "AT",
            "countries_worked_with": ["SN"],
            "start": "2012-01",
            "end": "2024-12",
            "categories": ["fingerprints", "investigations"],
        }
    ],
    "languages": [
        {"language": "de", "mother_tongue": True},
        {"language": "en", "level": "C1"},
        {"language": "fr", "level": "B2"},
    ],
}
HEADINGS = {
    "education": "Education",
    "experience": "Experience Required:",
    "languages": "Languages:",
    "skills": "Abilities required:",
    "general": "Essential requirements:",
}
CONSUMERS = ("declaration", "schema", "docs", "diff", "drafter", "reads", "blind", "reports", "cases")


# --- the example, evaluated -------------------------------------------------------------


def example_of(kind: Kind) -> Example:
    assert kind.example is not None
    return kind.example


def example_rules(name: str, kind: Kind) -> RulesFile:
    """The example as a one-requirement rules file, every parameter bound."""
    example = example_of(kind)
    req: dict[str, Any] = {"id": "example", "kind": name, "source": example.sentence, **example.params}
    if example.children:
        req["children"] = [dict(child) for child in example.children]
    rules = RulesFile.model_validate({"notice": NOTICE, "requirements": [req]})
    for each in rules.all_requirements():
        params_of(each)
    return rules


def example_profile(kind: Kind, keep: frozenset[str] | None = None) -> Profile:
    """The base profile with the example's fields; only the fields in `keep`, if given."""
    data = {**BASE_PROFILE, **example_of(kind).profile}
    if keep is not None:
        data = {k: v for k, v in data.items() if k in keep}
    return Profile.model_validate(data)


def evaluated(name: str, kind: Kind, keep: frozenset[str] | None = None) -> Evaluation:
    return evaluate(example_profile(kind, keep), example_rules(name, kind))


def reads_of(kind: Kind) -> frozenset[str]:
    """What a requirement of the example reads: the kind's own fields and its children's."""
    children = example_of(kind).children
    return kind.reads.union(*(get_kind(c["kind"]).reads for c in children))


def walk(results: list[Result]) -> Iterator[Result]:
    for result in results:
        yield result
        yield from walk(result.children)


def plain(text: str) -> str:
    """Output reduced to its words: HTML entities and Markdown escapes undone, spacing squashed."""
    return " ".join(html.unescape(text).replace("\\", "").split())


# --- one check per consumer: each returns what is wrong, empty when the kind is handled --


def check_declaration(name: str, kind: Kind) -> list[str]:
    problems = []
    if not (isinstance(kind.Params, type) and issubclass(kind.Params, BaseModel)):
        return ["`Params` is not a pydantic model"]
    if kind.Params.model_config.get("extra") != "forbid":
        problems.append("`Params` must forbid unknown keys (extra='forbid')")
    unknown = kind.reads - set(Profile.model_fields)
    if unknown:
        problems.append(f"`reads` names fields a profile does not have: {sorted(unknown)}")
    for cue in kind.draft_cues:
        try:
            re.compile(cue)
        except re.error as exc:
            problems.append(f"draft cue {cue!r} is not a regular expression: {exc}")
    if kind.example is None:
        return problems + ["no `example`: the consumers cannot be checked"]
    try:
        example_rules(name, kind)
        example_profile(kind)
    except ValidationError as exc:
        problems.append(f"the example does not validate: {' '.join(str(exc).split())[:200]}")
    entry = {
        "kind": name,
        "importance": "required",
        "source": kind.example.sentence,
        **kind.example.params,
        "children": list(kind.example.children),
    }
    stem = kind.id_stem(entry, [get_kind(c["kind"]).id_stem(c, []) for c in kind.example.children])
    if not re.fullmatch(r"[a-z0-9_\-]+", stem):
        problems.append(f"`id_stem` gives {stem!r}, not a valid requirement id")
    return problems


@cache
def shipped_schema() -> dict[str, Any]:
    return json.loads((ROOT / "schemas" / "rules.schema.json").read_text(encoding="utf-8"))


def check_schema(name: str, kind: Kind) -> list[str]:
    requirement = shipped_schema()["$defs"]["Requirement"]
    fix = "regenerate it: matcher rules schema -o schemas/rules.schema.json"
    if name not in requirement["properties"]["kind"]["enum"]:
        return [f"schemas/rules.schema.json does not know the kind; {fix}"]
    branch = next((b["then"] for b in requirement["allOf"] if b["if"]["properties"]["kind"].get("const") == name), None)
    if branch is None:
        return [f"schemas/rules.schema.json has no parameters for the kind; {fix}"]
    missing = [f for f in kind.Params.model_fields if f not in branch["properties"]]
    return [f"schemas/rules.schema.json lacks parameters {missing}; {fix}"] if missing else []


def docs_row(name: str) -> str | None:
    text = (ROOT / "docs" / "kinds.md").read_text(encoding="utf-8")
    return next((line for line in text.splitlines() if line.startswith(f"| `{name}` |")), None)


def check_docs(name: str, kind: Kind) -> list[str]:
    row = docs_row(name)
    if row is None:
        return ["no row in the kinds table of docs/kinds.md"]
    cells = row.split(" | ")
    problems = [
        f"the docs/kinds.md row does not name parameter `{f}`"
        for f in kind.Params.model_fields
        if f"`{f}`" not in cells[1]
    ]
    problems += [
        f"the docs/kinds.md row does not say it reads `{f}`" for f in sorted(kind.reads) if f"`{f}`" not in cells[2]
    ]
    return problems


def _changed(value: Any) -> Any:
    """Another value of the same shape, for a diff to notice."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, (list, tuple, set, frozenset)):
        return [*value, "zz_changed"]
    return f"{value} changed" if value is not None else "zz_changed"


def check_diff(name: str, kind: Kind) -> list[str]:
    problems = [
        f"`not_compared` names {f!r}, which is not a parameter"
        for f in sorted(kind.not_compared - set(kind.Params.model_fields))
    ]
    rules = example_rules(name, kind)
    if not diff_rules(rules, example_rules(name, kind)).same:
        problems.append("`rules diff` finds differences between two copies of the same file")
    for field in kind.compared_fields():
        other = example_rules(name, kind)
        req = other.requirements[0]
        values = params_of(req).model_dump()
        values[field] = _changed(values.get(field))
        req.params = kind.Params.model_construct(**values)  # any value: diff reads, it does not validate
        pair = diff_rules(rules, other).pairs[0]
        if pair.same or field not in {f.name for f in pair.fields if not f.same}:
            problems.append(f"`rules diff` does not see a change of `{field}`")
    return problems


def draft_example(name: str, kind: Kind, tmp: Path) -> RulesFile:
    """A small notice with the example sentence in its section, drafted."""
    example = example_of(kind)
    lines = ["Example Officer", "Company: INTERPOL", "VACANCY NOTICE 9999"]
    if example.section == "notice":  # a fact of the notice (the secondment sentence)
        lines.append(example.sentence)
    lines += ["Deadline for application: 6 October 2025", "QUALIFICATIONS, COMPETENCIES AND SKILLS"]
    if example.section != "notice":
        lines += [HEADINGS[example.section], f"- {example.sentence}"]
    lines += [HEADINGS["skills"], "- Good listening skills."]  # a notice needs one requirement
    notice = tmp / f"{name}.txt"
    notice.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return draft_rules(notice, tmp / f"{name}.yaml").rules


def check_drafter(name: str, kind: Kind, tmp: Path) -> list[str]:
    sentence = squash(example_of(kind).sentence)
    drafted = [
        r
        for r in draft_example(name, kind, tmp).all_requirements()
        if squash(r.source) in sentence or sentence in squash(r.source)
    ]
    if any(r.kind == name for r in drafted):
        return []
    if any(r.kind == "assessed" and r.review and f"`{name}`" in r.review for r in drafted):
        return []  # the drafter cannot encode it, and says so
    got = ", ".join(f"{r.kind} (review: {r.review})" for r in drafted) or "nothing"
    return [
        f"the drafter turns the example sentence into {got}: neither a `{name}` requirement nor a "
        f"review note naming it (declare `draft_cues` and a `draft()` hook)"
    ]


def _outcome(ev: Evaluation) -> list[dict[str, Any]]:
    return [r.to_dict() for r in build(ev).requirements]


def check_reads(name: str, kind: Kind) -> list[str]:
    full, only_read = evaluated(name, kind), evaluated(name, kind, keep=reads_of(kind))
    if _outcome(full) != _outcome(only_read):
        return [
            f"the result changes when profile fields other than `reads` {sorted(reads_of(kind))} are left "
            "out: declare every field `evaluate` reads (blind mode relies on it)"
        ]
    return []


def _identifying(profile: Profile) -> dict[str, re.Pattern[str]]:
    """Every identifying value of the profile, short codes as whole words."""
    from matcher import reference

    values: list[str] = []
    for key in IDENTIFYING_FIELDS:
        value = getattr(profile, key)
        items = value if isinstance(value, list) else [value]
        values += [str(v) for v in items if v is not None]
        if key == "nationality":
            values += [reference.country_name(code) for code in items]
    return {v: re.compile(rf"\b{re.escape(v)}\b") for v in values if v}


def check_blind(name: str, kind: Kind) -> list[str]:
    ev = evaluated(name, kind)
    shown = blind_results(ev)
    problems = []
    if [r.status for r in walk(shown)] != [r.status for r in walk(ev.results)]:
        problems.append("blind mode changes a status: the verdict needs it")
    text = json.dumps([r.to_dict() for r in shown], ensure_ascii=False, default=str)
    leaks = [value for value, pattern in _identifying(ev.profile).items() if pattern.search(text)]
    if leaks:
        problems.append(f"blind results still show identifying values {leaks}: declare them in `reads`")
    for result in walk(shown):
        fields = hidden_reads(result.kind)
        if fields and not all(f in result.explanation for f in fields):
            problems.append(f"blind mode does not say that {fields} decided {result.id}")
    return problems


def _evidence_handled(item: Any, kind: Kind) -> bool:
    if kind.Evidence is not None:
        return isinstance(item, kind.Evidence)
    return isinstance(item, Evidence)  # typed evidence (matcher/engine/evidence.py): every report renders it


def check_reports(name: str, kind: Kind) -> list[str]:
    ev = evaluated(name, kind)
    result = ev.results[0]
    problems = [
        f"evidence {item!r} of {r.id} is of no type the reports render (declare `Evidence`)"
        for r in walk(ev.results)
        for item in r.evidence
        if not _evidence_handled(item, get_kind(r.kind))
    ]
    wanted = (
        [result.label or result.source]
        if result.status is Status.ASSESSED
        else [result.explanation] + [as_evidence(item).line() for item in result.evidence]
    )
    try:
        outputs = {f"check --format {fmt}": renderer(fmt)([ev]) for fmt in ("text", "markdown", "html")}
        if result.status is not Status.ASSESSED:
            outputs |= {
                f"screen details ({fmt})": render_details(fmt, build(ev)).decode() for fmt in ("markdown", "html")
            }
        shown = json.loads(renderer("json")([ev]))["evaluations"][0]
    except Exception as exc:  # noqa: BLE001 - a report that cannot render the kind is the finding
        return problems + [f"a report fails on the kind: {exc!r}"]
    for where, output in outputs.items():
        problems += [f"{where} does not show {text[:60]!r}" for text in wanted if plain(text) not in plain(output)]
    if not any(r.get("kind") == name and r.get("status") == result.status.value for r in shown.get("requirements", [])):
        problems.append("check --format json does not list the requirement with its status")
    return problems


@cache
def case_statuses() -> dict[str, set[str]]:
    """Kind -> the rules files whose YAML cases under rules/tests/ expect a status of it."""
    found: dict[str, set[str]] = {}
    pairs = resolve(None, ROOT / "rules") + resolve(None, ROOT / "rules" / "tests" / "kinds")
    for rules_path, case_path in pairs:
        for loaded in load_cases(rules_path, case_path):
            kinds = {r.id: r.kind for r in loaded.rules.all_requirements()}
            for req_id in loaded.case.expect.requirements:
                found.setdefault(kinds[req_id], set()).add(rules_path.name)
    return found


def check_cases(name: str, kind: Kind) -> list[str]:
    if name in case_statuses():
        return []
    return ["no YAML case under rules/tests/ expects the status of a requirement of this kind"]


CHECKS: dict[str, Callable[..., list[str]]] = {
    "declaration": check_declaration,
    "schema": check_schema,
    "docs": check_docs,
    "diff": check_diff,
    "drafter": check_drafter,
    "reads": check_reads,
    "blind": check_blind,
    "reports": check_reports,
    "cases": check_cases,
}


def problems(name: str, kind: Kind, tmp: Path) -> dict[str, list[str]]:
    """What each consumer gets wrong about the kind (consumers that cannot run without a
    valid example report the declaration problem only)."""
    found = {"declaration": check_declaration(name, kind)}
    if kind.example is None or any("does not validate" in p for p in found["declaration"]):
        return found
    for consumer, check in CHECKS.items():
        if consumer != "declaration":
            found[consumer] = check(name, kind, tmp) if consumer == "drafter" else check(name, kind)
    return {consumer: found_ for consumer, found_ in found.items() if found_}


# --- every registered kind -----------------------------------------------------------------

# Known gaps, each one a strict xfail (it fails once fixed, so the entry must then go). None now:
# the kinds no shipped notice uses have their cases under rules/tests/kinds/.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    "name, consumer",
    [
        pytest.param(
            name,
            consumer,
            id=f"{name}-{consumer}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[name, consumer])]
            if (name, consumer) in KNOWN_GAPS
            else [],
        )
        for name in sorted(all_kinds())
        for consumer in CONSUMERS
    ],
)
def test_every_consumer_handles_the_kind(name: str, consumer: str, tmp_path: Path):
    kind = get_kind(name)
    if consumer != "declaration":
        assert check_declaration(name, kind) == [], "the declaration must be right before its consumers are checked"
    check = CHECKS[consumer]
    assert (check(name, kind, tmp_path) if consumer == "drafter" else check(name, kind)) == []


def test_the_docs_table_lists_only_registered_kinds():
    text = (ROOT / "docs" / "kinds.md").read_text(encoding="utf-8")
    assert sorted(re.findall(r"^\| `(\w+)` \|", text, re.MULTILINE)) == sorted(all_kinds())
    assert "docs/kinds.md" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- a throwaway kind, to show each check fails ----------------------------------------------


class _StatesParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    countries: list[str] = Field(min_length=1, description="Nationalities accepted (any of).")


_SENTENCE = "Candidates must hold a passport valid for travel to the Schengen area."


class _Throwaway(Kind[_StatesParams]):
    """Reads nationality without declaring it, with evidence no report knows and no docs,
    schema, case or drafting hook: everything the checks above must catch."""

    Params = _StatesParams
    not_compared = frozenset({"regions"})  # not one of its parameters
    example = Example(_SENTENCE, {"countries": ["FR", "DE"]}, {"nationality": ["FR"]}, section="general")

    def evaluate(self, req, params: _StatesParams, ctx) -> Outcome:
        held = [c for c in ctx.profile.nationality if c in params.countries]
        return Outcome(
            Status.MET if held else Status.NOT_MET, f"nationality {', '.join(held) or 'none'}.", [{"nationality": held}]
        )


@pytest.fixture
def throwaway() -> Iterator[str]:
    name = "zz_throwaway_nationality"
    register(name)(_Throwaway)
    try:
        yield name
    finally:
        unregister(name)
    assert name not in all_kinds()


def test_a_kind_no_consumer_handles_fails_every_check(throwaway: str, tmp_path: Path):
    found = problems(throwaway, get_kind(throwaway), tmp_path)
    assert set(found) == set(CONSUMERS) - {"declaration"}, found
    assert "not a parameter" in found["diff"][0]
    assert "neither a `zz_throwaway_nationality` requirement nor a review note" in found["drafter"][0]
    assert "other than `reads`" in found["reads"][0]
    assert "FR" in found["blind"][0] or "France" in found["blind"][0]
    assert any("of no type the reports render" in p for p in found["reports"])


def test_declaring_what_it_reads_makes_blind_mode_keep_the_status_and_say_so(throwaway: str):
    kind = get_kind(throwaway)
    type(kind).reads = frozenset({"nationality"})
    try:
        assert check_reads(throwaway, kind) == [] and check_blind(throwaway, kind) == []
        shown = blind_results(evaluated(throwaway, kind))[0]
        assert shown.status is Status.MET and shown.evidence == []
        assert "decided from the candidate's nationality, hidden in blind mode" in shown.explanation
    finally:
        type(kind).reads = frozenset()


def test_a_drafting_hook_encodes_the_sentence_or_leaves_a_review_note(throwaway: str, tmp_path: Path):
    cls = type(get_kind(throwaway))
    cls.draft_cues = (r"\bpassport\b",)
    try:
        assert check_drafter(throwaway, get_kind(throwaway), tmp_path) == []  # draft() says it cannot: a note
        drafted = draft_example(throwaway, get_kind(throwaway), tmp_path)
        note = next(r for r in drafted.all_requirements() if r.source == _SENTENCE)
        assert note.kind == "assessed" and "`zz_throwaway_nationality`" in note.review
        cls.draft = lambda self, sentence: {"countries": ["AT", "BE"]}  # type: ignore[method-assign]
        (tmp_path / "hook").mkdir()
        drafted = draft_example(throwaway, get_kind(throwaway), tmp_path / "hook")
        entry = next(r for r in drafted.all_requirements() if r.source == _SENTENCE)
        assert entry.kind == throwaway and params_of(entry).countries == ["AT", "BE"]
        assert entry.id == throwaway  # the default id stem is the kind's name
    finally:
        cls.draft_cues = ()
        if "draft" in cls.__dict__:
            del cls.draft


def test_diff_compares_every_parameter_so_a_new_kind_needs_no_change_there(throwaway: str):
    kind = get_kind(throwaway)
    france, germany = example_rules(throwaway, kind), example_rules(throwaway, kind)
    france.requirements[0].params = kind.Params.model_validate({"countries": ["FR"]})
    germany.requirements[0].params = kind.Params.model_validate({"countries": ["DE"]})
    diff = diff_rules(france, germany)
    assert not diff.same
    assert [(f.name, f.a, f.b) for f in diff.pairs[0].fields if not f.same] == [("countries", ["FR"], ["DE"])]


def test_check_and_screen_blind_keep_a_nationality_result_without_the_nationality(throwaway: str, tmp_path: Path):
    """End to end: once the kind declares that it reads nationality, both commands' --blind
    reports keep its status (the verdict needs it), say what decided, and show no code."""
    from typer.testing import CliRunner

    from matcher.cli import app

    type(get_kind(throwaway)).reads = frozenset({"nationality"})
    try:
        rules = tmp_path / "eu-post.yaml"
        rules.write_text(
            json.dumps(
                {
                    "notice": {**NOTICE, "location": "Vienna"},
                    "requirements": [
                        {"id": "eu_national", "kind": throwaway, "source": _SENTENCE, "countries": ["FR", "DE"]}
                    ],
                }
            ),
            encoding="utf-8",
        )
        (tmp_path / "applicants").mkdir()
        applicant = tmp_path / "applicants" / "a.yaml"
        applicant.write_text(json.dumps({"name": "Ottilie Vanterpool", "nationality": ["FR"]}), encoding="utf-8")
        runner = CliRunner()
        outputs = {}
        for command in (
            ["check", applicant, rules, "-f", "json"],
            ["check", applicant, rules, "-f", "text"],
            ["screen", rules, tmp_path / "applicants", "-f", "json", "-q"],
            ["screen", rules, tmp_path / "applicants", "-f", "markdown", "-q"],
        ):
            seen = runner.invoke(app, [str(a) for a in command])
            blind = runner.invoke(app, [str(a) for a in command] + ["--blind"])
            assert seen.exit_code == blind.exit_code == 0, blind.output
            assert re.search(r"\bFR\b", seen.stdout), "the test could not fail: the code is shown without --blind"
            outputs[" ".join(map(str, command[:1] + command[-2:]))] = blind.stdout
        for where, text in outputs.items():
            assert not re.search(r"\bFR\b|France|Ottilie|Vanterpool", text), where
            assert "decided from the candidate's nationality, hidden in blind mode" in plain(text), where
        assert json.loads(outputs["check -f json"])["evaluations"][0]["requirements"][0]["status"] == "met"
    finally:
        type(get_kind(throwaway)).reads = frozenset()
