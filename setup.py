"""Build hook: the wheel carries the shipped notices, example profiles and JSON Schemas.

They live at the top of the checkout (`rules/`, `profiles/`, `schemas/`), where rules
authors and applicants find them; `build_py` copies them into the package as
`matcher/examples/`, so `matcher check me.yaml` works after a plain `pip install`.
All other metadata is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("rules", "profiles", "schemas")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildWithExamples(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a development install reads the checkout's own folders
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "matcher" / "examples"
        for name in SHIPPED:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(here / name, target / name, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithExamples})
