"""The library API behind the commands: every command is also a function call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .engine.evaluate import Evaluation, evaluate
from .errors import InputError
from .models.load import load_profile, load_rules
from .nlp import lazy_categorizer
from .reference import discover_rules
from .reference import rules_dir as default_rules_dir


def resolve_rules(rules: list[Path] | None, rules_dir: Path | None = None) -> list[Path]:
    """The rules files named, or every notice in the rules folder."""
    if rules:
        return list(rules)
    found = discover_rules(rules_dir or default_rules_dir())
    if not found:
        raise InputError("no rules files found", file=rules_dir or default_rules_dir())
    return found


def check_profile(profile: Path, rules: list[Path] | None = None, *, as_of: date | None = None,
                  infer: bool = True, rules_dir: Path | None = None) -> list[Evaluation]:
    """Evaluate one profile file against rules files (default: all notices)."""
    candidate = load_profile(profile)
    categorizer = lazy_categorizer() if infer else None
    return [evaluate(candidate, load_rules(path), as_of, categorizer=categorizer, profile_ref=str(profile))
            for path in resolve_rules(rules, rules_dir)]
