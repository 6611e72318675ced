"""Checking rules files: the schema, each kind's parameters, that every `source` quote is
really in the notice it claims to come from, and signs of a wrong rule.

Every problem of a file is reported at once (not only the first), each with a "did you
mean" where a known name is close. Warnings do not make a file invalid, but point at the
rules that a reader of the notice would most likely get wrong: a quoted alternative ("in
lieu of", "à défaut", "a degree or N years") drafted outside an `any_of`, which turns an
OR into an AND, and two required rules quoting the same sentence.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .. import reference
from ..errors import InputError
from ..files.documents import Document, dotted, load_document
from ..files.reading import read_text
from ..kinds import all_kinds, get_kind
from ..models.load import _describe
from ..models.rules import Requirement, RulesFile
from ..reference.taxonomy import taxonomy
from .alternative_guard import alternative_cue


@dataclass
class Problem:
    """A rule that does not hold up, as `file:line: field: message`."""

    error: InputError

    def __str__(self) -> str:
        return self.error.one_line()


@dataclass
class Report:
    path: Path
    requirements: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def normalise(text: str) -> str:
    """Whitespace folded (non-breaking spaces too), so quotes may be re-wrapped."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def notice_path(rules_path: Path, source_file: str) -> Path:
    """The notice text, relative to the rules file."""
    return (rules_path.parent / source_file).resolve()


def _problem(doc: Document, path: tuple, message: str, at_key: bool = False) -> Problem:
    line, column = doc.position(path, at_key=at_key)
    return Problem(InputError(message, file=doc.file, line=line, column=column, field=dotted(path) or None))


def _suggest(word: str, known: list[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


_UNKNOWN = re.compile(
    r"unknown (category|region|language code|country code|requirement kind) '([^']+)'|"
    r"no member-country list '([^']+)'"
)


def _with_hint(message: str, extra_fields: list[str] | None = None, got: str | None = None) -> str:
    """A 'did you mean' for an unknown name or field, when a known one is close."""
    match = _UNKNOWN.search(message)
    if match:
        what, word, member = match.groups()
        known = {
            "category": lambda: list(taxonomy().ids),
            "region": lambda: list(reference.regions()),
            "language code": lambda: list(reference.languages()),
            "country code": lambda: list(reference.countries()),
            "requirement kind": lambda: list(all_kinds()),
        }
        if member:
            return message + _suggest(member, reference.member_lists())
        return message + _suggest(word, known[what]())
    if got and extra_fields:
        return message + _suggest(got, extra_fields)
    return message


def _schema_problems(
    exc: ValidationError, doc: Document, prefix: tuple = (), fields: list[str] | None = None
) -> list[Problem]:
    out = []
    for error in exc.errors(include_url=False):
        path = prefix + tuple(
            p for p in error["loc"] if not (isinstance(p, str) and (p.startswith("function-") or p == "[key]"))
        )
        extra = error["type"] == "extra_forbidden"
        message = _with_hint(_describe(dict(error)), fields, str(path[-1]) if extra and path else None)
        out.append(_problem(doc, path, message, at_key=extra))
    return out


def _bind(req: Requirement, path: tuple, doc: Document, report: Report) -> None:
    """Bind each requirement's parameters, collecting every problem."""
    try:
        kind = get_kind(req.kind)
    except KeyError as exc:
        report.problems.append(_problem(doc, path + ("kind",), _with_hint(exc.args[0])))
        return
    if kind.combinator and not req.children:
        report.problems.append(_problem(doc, path, f"{req.kind} needs `children`"))
    if req.children and not kind.combinator:
        report.problems.append(_problem(doc, path + ("children",), f"a {req.kind} requirement takes no children"))
    try:
        req.params = kind.Params.model_validate(req.model_extra or {})
        for name, value in req.params:
            if isinstance(value, float) and not math.isfinite(value):
                report.problems.append(_problem(doc, path + (name,), f"must be a finite number (got {value})"))
    except ValidationError as exc:
        report.problems += _schema_problems(exc, doc, path, list(kind.Params.model_fields))
    for j, child in enumerate(req.children):
        _bind(child, path + ("children", j), doc, report)


def validate_rules(path: str | Path) -> Report:
    """Every problem found in one rules file, and the warnings."""
    path = Path(path)
    report = Report(path)
    try:
        doc = load_document(path)
    except InputError as error:
        report.problems.append(Problem(error))
        return report
    if not isinstance(doc.data, dict):
        report.problems.append(
            Problem(
                InputError(
                    "expected a mapping with `notice` and `requirements` at the top level", file=doc.file, line=1
                )
            )
        )
        return report
    try:
        rules = RulesFile.model_validate(doc.data)
    except ValidationError as exc:
        report.problems += _schema_problems(exc, doc, (), list(RulesFile.model_fields))
        return report
    for index, top in enumerate(rules.requirements):
        _bind(top, ("requirements", index), doc, report)
    report.requirements = sum(1 for _ in rules.all_requirements())
    notice_file = notice_path(path, rules.notice.source_file)
    try:
        notice = normalise(read_text(notice_file))
    except InputError as error:
        report.problems.append(
            _problem(doc, ("notice", "source_file"), f"notice text {notice_file} cannot be read: {error.message}")
        )
        notice = None
    for index, top in enumerate(rules.requirements):
        if notice is not None:
            _check_quotes(top, ("requirements", index), notice, doc, report)
    report.warnings += alternative_warnings(rules, doc)
    return report


def _check_quotes(req, where, notice: str, doc, report: Report) -> None:
    if normalise(req.source) not in notice:
        report.problems.append(
            _problem(doc, where + ("source",), f"rule {req.id!r}: quote not found in the notice: {req.source[:80]!r}")
        )
    for j, child in enumerate(req.children):
        _check_quotes(child, where + ("children", j), notice, doc, report)


# A language sentence that offers a choice ("English or French", "at least one of the two official languages").
_LANGUAGE_CHOICE = re.compile(r"\b(?:or|ou|either|soit|one of|l.une des|une des)\b", re.IGNORECASE)


def _walk(req: Requirement, path: tuple, in_any: bool, required: bool):
    yield req, path, in_any, required
    for j, child in enumerate(req.children):
        yield from _walk(child, path + ("children", j), in_any or req.kind == "any_of", required)


def alternative_warnings(rules: RulesFile, doc: Document) -> list[Problem]:
    """A quoted alternative outside any any_of; two required rules on one sentence."""
    out: list[Problem] = []
    quoted: dict[str, list[tuple[Requirement, tuple]]] = {}
    for index, top in enumerate(rules.requirements):
        for req, path, in_any, _ in _walk(top, ("requirements", index), False, top.importance == "required"):
            if req.kind in ("any_of", "all_of", "assessed") or in_any:
                continue
            text = normalise(req.source)
            cue = alternative_cue(text, req.kind)
            if cue:
                out.append(
                    _problem(
                        doc,
                        path + ("source",),
                        (
                            f"rule {req.id!r} quotes an alternative ({cue[:40]!r}) "
                            "but is not inside an any_of: "
                            "as a rule of its own it is required in addition to the others (an AND where the notice "
                            "says OR); did you mean any_of[the requirement, its alternative]?"
                        ),
                    )
                )
            if req is top and top.importance == "required" and req.kind in ("education", "experience"):
                quoted.setdefault(text.lower(), []).append((req, path))  # siblings in a combinator are meant
            if req is top and top.importance == "required" and req.kind == "language" and _LANGUAGE_CHOICE.search(text):
                quoted.setdefault("language:" + text.lower(), []).append((req, path))
    for key, same in quoted.items():
        if len(same) < 2:
            continue
        ids = ", ".join(repr(r.id) for r, _ in same)
        choice = _LANGUAGE_CHOICE.search(key) if key.startswith("language:") else None
        if choice:
            message = (
                f"language rules {ids} are all required and quote a sentence that offers a choice "
                f"({choice.group(0)!r}): did you mean one rule with `languages: [...]` (any one of them will do)?"
            )
        else:
            message = (
                f"rules {ids} are all required and quote the same sentence: if it offers a choice, "
                "did you mean any_of? If it asks for both, ignore this warning"
            )
        out.append(_problem(doc, same[1][1] + ("source",), message))
    return out
