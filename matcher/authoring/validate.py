"""Checking rules files: the schema, each kind's parameters, and that every `source`
quote is really in the notice it claims to come from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..files.documents import read_text
from ..models.load import load_rules_document


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

    @property
    def ok(self) -> bool:
        return not self.problems


def normalise(text: str) -> str:
    """Whitespace folded (non-breaking spaces too), so quotes may be re-wrapped."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def notice_path(rules_path: Path, source_file: str) -> Path:
    """The notice text, relative to the rules file."""
    return (rules_path.parent / source_file).resolve()


def validate_rules(path: str | Path) -> Report:
    """Every problem found in one rules file (schema errors stop at the first)."""
    path = Path(path)
    report = Report(path)
    try:
        rules, doc = load_rules_document(path)
    except InputError as error:
        report.problems.append(Problem(error))
        return report
    report.requirements = sum(1 for _ in rules.all_requirements())
    notice_file = notice_path(path, rules.notice.source_file)
    try:
        notice = normalise(read_text(notice_file))
    except InputError as error:
        line, column = doc.position(("notice", "source_file"))
        report.problems.append(Problem(InputError(f"notice text {notice_file} cannot be read: {error.message}",
                                                  file=str(path), line=line, column=column,
                                                  field="notice.source_file")))
        return report
    for index, top in enumerate(rules.requirements):
        _check_quotes(top, ("requirements", index), notice, doc, report)
    return report


def _check_quotes(req, where, notice: str, doc, report: Report) -> None:
    if normalise(req.source) not in notice:
        line, column = doc.position(where + ("source",))
        report.problems.append(Problem(InputError(
            f"rule {req.id!r}: quote not found in the notice: {req.source[:80]!r}",
            file=doc.file, line=line, column=column, field=".".join(map(str, where)) + ".source")))
    for j, child in enumerate(req.children):
        _check_quotes(child, where + ("children", j), notice, doc, report)
