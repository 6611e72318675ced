"""Europass JSON (SkillsPassport v3 as JSON: {"SkillsPassport": {"LearnerInfo": ...}})."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..files.documents import load_document
from .draft import Draft
from .europass import draft_learner


def is_europass(path: Path) -> bool:
    """A cheap look at the start of the file: Europass JSON names SkillsPassport first."""
    from ..files.reading import open_regular

    try:  # open_regular: a FIFO named cv.json is refused (InputError), never waited on
        with open_regular(path) as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return b'"SkillsPassport"' in head or b'"LearnerInfo"' in head


def draft_europass_json(path: Path) -> Draft:
    data = load_document(path).data
    root = data.get("SkillsPassport", data) if isinstance(data, dict) else None
    learner = root.get("LearnerInfo") if isinstance(root, dict) else None
    if not isinstance(learner, dict):
        raise InputError("not a Europass JSON CV (no SkillsPassport.LearnerInfo object)", file=path, line=1)
    return draft_learner(learner, Draft("europass-json", path.name), "SkillsPassport.LearnerInfo")
