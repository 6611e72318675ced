"""Rules authoring: draft a rules file from a notice's text, check its coverage, compare two files.

- `draft_rules(notice, output)`  -> Draft (YAML text + validated RulesFile)
- `coverage(rules, notice)`      -> Coverage (uncovered sentences, quotes not in the notice)
- `diff_rules(a, b)`             -> RulesDiff (field by field)

Parsing is rule-based; every pattern is in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

from .coverage import Coverage, coverage
from .diff import RulesDiff, diff_rules
from .draft import Draft, draft_rules

__all__ = ["Coverage", "Draft", "RulesDiff", "coverage", "diff_rules", "draft_rules"]
