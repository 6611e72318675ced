"""Drafting a notice written inline in a test: the text to a file, then `draft_rules`."""

from __future__ import annotations

from pathlib import Path

from matcher.authoring import draft_rules


def draft_text(tmp_path: Path, text: str, name: str = "notice.txt"):
    """The draft of `text` saved as `name` in `tmp_path` (its rules file written beside it)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return draft_rules(path, tmp_path / "draft.yaml")
