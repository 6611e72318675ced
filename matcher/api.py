"""The library API behind the commands: every command is also a function call."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .engine.categories import SharedCategories
from .engine.evaluate import Evaluation, evaluate
from .errors import InputError
from .messages import Errors
from .models.load import load_profile, load_rules
from .models.profile import Profile
from .models.rules import RulesFile
from .nlp import lazy_categorizer
from .reference import discover_rules
from .reference import rules_dir as default_rules_dir


def resolve_rules(rules: Sequence[Path] | None, rules_dir: Path | None = None) -> list[Path]:
    """The rules files named, or every notice in the rules folder."""
    if rules:
        return list(rules)
    folder = rules_dir or default_rules_dir()
    if rules_dir is not None and not rules_dir.is_dir():
        raise InputError(Errors.E202, file=rules_dir)
    found = discover_rules(folder)
    if not found:
        raise InputError(Errors.E201, file=folder)
    return found


def check_profile(
    profile: str | Path | Profile,
    rules: Sequence[Path | RulesFile] | None = None,
    *,
    as_of: date | None = None,
    infer: bool = True,
    rules_dir: Path | None = None,
    profile_ref: str | None = None,
) -> list[Evaluation]:
    """Evaluate one profile (a file, or one already loaded) against rules files or
    loaded rules (default: every notice in the rules folder)."""
    candidate = profile if isinstance(profile, Profile) else load_profile(profile)
    ref = profile_ref or (str(profile) if not isinstance(profile, Profile) else "<profile>")
    categorizer = lazy_categorizer() if infer else None
    named = list(rules) if rules else resolve_rules(None, rules_dir)
    shared = SharedCategories()  # the entries' categories read once for every notice
    return [
        evaluate(
            candidate,
            r if isinstance(r, RulesFile) else load_rules(r),
            as_of,
            categorizer=categorizer,
            profile_ref=ref,
            shared=shared,
        )
        for r in named
    ]
