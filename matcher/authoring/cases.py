"""Rules test cases: profiles and the outcome a rules file must give them.

Like OpenFisca's YAML tests, the cases live next to the rules they test:
`rules/tests/<notice>.yaml` tests `rules/<notice>.yaml`. A case file is a list of cases:

    - name: exactly three years in fingerprints on the deadline
      profile: profiles/aminata-diallo-fingerprints.yaml   # or an inline mapping
      as_of: 2025-02-13          # optional; default: the notice's deadline
      expect:
        verdict: eligible        # optional: eligible | not_eligible | needs_review
        score: 1                 # optional: the asset score
        eligible_from: null      # optional: the projected date (null: none)
        requirements:            # optional: status per requirement id, any depth
          fingerprint_experience: met
          ten_years_experience: {status: not_met, met_from: 2025-02-14}

A profile path is relative to the project folder, the one that holds `rules/`, so cases
can use the shipped example profiles. Every case file is checked before any case runs:
a malformed one is bad input (`InputError`, exit code 2), a case whose outcome differs
is a failure (exit code 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, TypeAdapter, field_validator

from ..engine.evaluate import evaluate
from ..engine.results import Result
from ..errors import InputError
from ..files.documents import Document, Path_, dotted, load_document
from ..files.sanitize import sanitize
from ..models.dates import SupportedDate
from ..models.load import load_profile, load_rules, profile_from_document, validated
from ..models.profile import Profile
from ..models.rules import RulesFile
from ..nlp import lazy_categorizer
from ..reference import discover_rules

StatusName = Literal["met", "not_met", "unknown", "assessed"]
VerdictName = Literal["eligible", "not_eligible", "needs_review"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequirementExpect(_Strict):
    status: StatusName
    met_from: SupportedDate | None = Field(None, description="Projected date; checked only when given.")


# `fingerprints: met` is short for `fingerprints: {status: met}` (no union: clearer errors).
_ReqExpect = Annotated[RequirementExpect, BeforeValidator(lambda v: {"status": v} if isinstance(v, str) else v)]


class Expect(_Strict):
    verdict: VerdictName | None = None
    score: StrictInt | None = Field(None, ge=0)  # strict: `score: "1"` or `true` is no score
    eligible_from: SupportedDate | None = Field(None, description="Checked only when given (null: no date).")
    requirements: dict[str, _ReqExpect] = Field(default_factory=dict)


class Case(_Strict):
    name: str = Field(min_length=1)
    profile: Any = Field(description="Path from the project folder, or the profile inline.")
    as_of: SupportedDate | None = None
    # strict, like every boolean of a profile or rules file: `infer: off` or "no" is refused
    infer: StrictBool = Field(True, description="Infer categories from free text where none are declared.")
    expect: Expect

    @field_validator("profile")
    @classmethod
    def _path_or_mapping(cls, value: Any) -> str | dict[str, Any]:
        if isinstance(value, str) and value.strip() or isinstance(value, dict):
            return value
        raise ValueError("give the profile's path (from the project folder) or the profile inline")


_CASES = TypeAdapter(list[Case])


@dataclass
class LoadedCase:
    """A validated case, ready to run."""

    case: Case
    profile: Profile
    rules: RulesFile
    file: str
    line: int | None


@dataclass
class CaseResult:
    notice: str
    name: str
    file: str
    line: int | None
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "notice": self.notice,
            "name": self.name,
            "file": self.file,
            "line": self.line,
            "passed": self.passed,
            "failures": self.failures,
        }


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def cases_path(rules_path: Path) -> Path:
    """Where the cases for a rules file live: tests/<same name> beside it."""
    return rules_path.parent / "tests" / rules_path.name


def resolve(files: list[Path] | None, rules_dir: Path | None = None) -> list[tuple[Path, Path]]:
    """(rules file, case file) pairs. FILES may name rules files or case files; with no
    FILES, every notice under the rules folder that has cases."""
    if not files:
        found = [(_shown(r), cases_path(_shown(r))) for r in discover_rules(rules_dir)]
        pairs = [(r, c) for r, c in found if c.exists()]
        if not pairs:
            raise InputError(
                "no test cases found (expected tests/<notice>.yaml beside the rules)",
                file=rules_dir or (found[0][0].parent if found else "rules"),
            )
        return pairs
    pairs = []
    for path in files:
        if path.parent.name == "tests" and (path.parent.parent / path.name).exists():
            pairs.append((path.parent.parent / path.name, path))
        elif cases_path(path).exists():
            pairs.append((path, cases_path(path)))
        elif not path.exists():
            raise InputError("no such file", file=path)
        else:
            raise InputError(f"no test cases for this rules file (expected {cases_path(path)})", file=path)
    return pairs


def load_cases(rules_path: Path, case_path: Path) -> list[LoadedCase]:
    """Read and check a case file against its rules; the first problem is an InputError."""
    rules = load_rules(rules_path)
    doc = load_document(case_path)
    cases = validated(doc, _CASES.validate_python, list, "a list of test cases (`- name: ...`)")
    known = {req.id for req in rules.all_requirements()}
    project = rules_path.resolve().parent.parent
    seen: set[str] = set()
    loaded = []
    for i, case in enumerate(cases):
        where = (i,)
        if case.name in seen:
            raise _error(doc, where + ("name",), f"case name {case.name!r} is used twice")
        seen.add(case.name)
        for req_id in case.expect.requirements:
            if req_id not in known:
                raise _error(
                    doc, where + ("expect", "requirements", req_id), f"no requirement {req_id!r} in {rules_path.name}"
                )
        loaded.append(
            LoadedCase(
                case, _profile(case, doc, where + ("profile",), project), rules, doc.file, doc.position(where)[0]
            )
        )
    return loaded


def _error(doc: Document, path: Path_, message: str) -> InputError:
    line, column = doc.position(path)
    return InputError(message, file=doc.file, line=line, column=column, field=dotted(path))


def _profile(case: Case, doc: Document, path: Path_, project: Path) -> Profile:
    if isinstance(case.profile, str):
        target = Path(case.profile)
        target = target if target.is_absolute() else project / target
        if not target.is_file():
            raise _error(doc, path, f"profile {case.profile!r} not found (paths are relative to {project})")
        return load_profile(target)
    # Inline: validate it as its own document, with lines from the case file.
    sub = Document(
        case.profile, doc.file, {p[len(path) :]: pos for p, pos in doc.positions.items() if p[: len(path)] == path}
    )
    try:
        return profile_from_document(sub)
    except InputError as error:
        error.field = dotted(path + ((error.field,) if error.field else ()))
        raise


def _flatten(results: list[Result]) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for result in results:
        out[result.id] = result
        out.update(_flatten(result.children))
    return out


def _day(value: date | None) -> str:
    return value.isoformat() if value else "none"


def run_case(item: LoadedCase) -> CaseResult:
    """Evaluate one case and list every way its outcome differs from the expectation."""
    case, expect = item.case, item.case.expect
    ev = evaluate(item.profile, item.rules, case.as_of, categorizer=lazy_categorizer() if case.infer else None)
    result = CaseResult(item.rules.notice.id, case.name, item.file, item.line)
    fail = result.failures.append
    if expect.verdict is not None and ev.verdict.value != expect.verdict:
        fail(f"verdict: expected {expect.verdict}, got {ev.verdict.value}")
    if expect.score is not None and ev.score != expect.score:
        fail(f"score: expected {expect.score}, got {ev.score} of {ev.max_score}")
    if "eligible_from" in expect.model_fields_set and ev.met_from != expect.eligible_from:
        fail(f"eligible_from: expected {_day(expect.eligible_from)}, got {_day(ev.met_from)}")
    results = _flatten(ev.results)
    if expect.verdict is not None and ev.verdict.value != expect.verdict:
        for top in ev.results:  # what decided the verdict, unless the case already names it
            if (
                top.id not in expect.requirements
                and top.importance == "required"
                and top.status.value in ("not_met", "unknown")
            ):
                fail(f"{top.id}: got {top.status.value} ({top.explanation})")
    for req_id, wanted in expect.requirements.items():
        got = results[req_id]
        if got.status.value != wanted.status:
            fail(f"{req_id}: expected {wanted.status}, got {got.status.value} ({got.explanation})")
        elif "met_from" in wanted.model_fields_set and got.met_from != wanted.met_from:
            fail(f"{req_id}: expected met_from {_day(wanted.met_from)}, got {_day(got.met_from)}")
    return result


def run_all(files: list[Path] | None = None, rules_dir: Path | None = None) -> list[CaseResult]:
    """Load every case file first (bad input stops everything), then run every case."""
    loaded = [item for rules_path, case_path in resolve(files, rules_dir) for item in load_cases(rules_path, case_path)]
    return [run_case(item) for item in loaded]


def case_skeleton(rules_path: Path, profile_path: Path, as_of: date | None = None, infer: bool = True) -> str:
    """A case for `profile_path` against `rules_path`, with the statuses the rules give it now
    (as YAML, each with its explanation as a comment), for a rules author to check and keep."""
    import yaml

    rules = load_rules(rules_path)
    profile = load_profile(profile_path)
    ev = evaluate(profile, rules, as_of, categorizer=lazy_categorizer() if infer else None)
    project = rules_path.resolve().parent.parent
    try:
        shown = profile_path.resolve().relative_to(project).as_posix()
    except ValueError:
        shown = profile_path.resolve().as_posix()

    def scalar(value: Any) -> str:
        return yaml.safe_dump(value, allow_unicode=True, width=10_000).strip().removesuffix("...").strip()

    shown_rules = sanitize(rules_path.name, escape=True)  # a comment: no line break, nothing for the terminal
    out = [
        f"# Case skeleton written by `matcher rules test --init` for {shown_rules}: the statuses are",
        "# what the rules give today. Check each one against the notice before keeping the case.",
        f"- name: {scalar(profile_path.stem + ' against ' + rules.notice.id)}",
        f"  profile: {scalar(shown)}",
        f"  as_of: {(as_of or rules.notice.deadline).isoformat()}",
        "  expect:",
        f"    verdict: {ev.verdict.value}",
        f"    score: {ev.score}",
        "    requirements:",
    ]
    for req_id, result in _flatten(ev.results).items():
        # a comment on one line, with nothing for the terminal (labels and profile text are in it)
        why = " ".join(sanitize(result.explanation, one_line=True).split())[:160]
        out.append(f"      {req_id}: {result.status.value}  # {why}")
    return "\n".join(out) + "\n"
