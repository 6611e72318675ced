"""A pytest plugin: every case in `rules/tests/<notice>.yaml` is its own test item.

OpenFisca's pattern: the cases live beside the rules they test, and pytest collects
them directly, so `pytest rules/tests/interpol-vn-0844.yaml -k "three years"` runs one
case, and a failure names the case, its file and line, and every way the outcome
differed. The same cases run through `matcher rules test`; this only collects them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matcher.authoring.cases import LoadedCase, load_cases, run_case

ROOT = Path(__file__).resolve().parent.parent


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    rules = file_path.parent.parent / file_path.name
    folder = file_path.parent.parent  # rules/, or rules/tests/kinds/ (kinds no shipped notice uses)
    if (
        file_path.suffix == ".yaml"
        and file_path.parent.name == "tests"
        and (folder.name == "rules" or (folder.name == "kinds" and folder.parent.name == "tests"))
        and rules.is_file()
    ):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    def collect(self):
        rules = self.path.parent.parent / self.path.name
        for loaded in load_cases(rules, self.path):
            yield CaseItem.from_parent(self, name=loaded.case.name, loaded=loaded)


class CaseItem(pytest.Item):
    def __init__(self, *, loaded: LoadedCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.loaded = loaded

    def runtest(self) -> None:
        result = run_case(self.loaded)
        if not result.passed:
            raise CaseFailed(result.failures)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailed):
            where = f"{self.loaded.file}:{self.loaded.line}" if self.loaded.line else self.loaded.file
            return "\n".join([f"case {self.name!r} ({where}) differs:", *("  " + f for f in excinfo.value.failures)])
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, (self.loaded.line or 1) - 1, f"case: {self.name}"


class CaseFailed(Exception):
    def __init__(self, failures: list[str]) -> None:
        super().__init__("; ".join(failures))
        self.failures = failures
