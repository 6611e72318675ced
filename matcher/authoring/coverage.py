"""`matcher rules coverage`: notice sentences no rule quotes, and quotes not in the notice.

The notice's requirement sentences are found exactly as the drafter finds them
(the items under requirement headings, split into sentences). A sentence is
covered when a rule's `source` contains it or is part of it; quotes and notice
are compared with whitespace normalised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models.rules import RulesFile
from .sections import requirement_items
from .text import lines, read_notice, squash


@dataclass
class Uncovered:
    line: int
    section: str
    sentence: str


@dataclass
class Coverage:
    notice: str
    sentences: int  # requirement sentences in the notice
    uncovered: list[Uncovered] = field(default_factory=list)
    stray_quotes: list[tuple[str, str]] = field(default_factory=list)  # (requirement id, quote)

    @property
    def complete(self) -> bool:
        return not self.uncovered and not self.stray_quotes

    def to_dict(self) -> dict[str, Any]:
        return {
            "notice": self.notice,
            "requirement_sentences": self.sentences,
            "complete": self.complete,
            "uncovered": [{"line": u.line, "section": u.section, "sentence": u.sentence} for u in self.uncovered],
            "quotes_not_in_notice": [{"id": i, "source": q} for i, q in self.stray_quotes],
        }


def _key(text: str) -> str:
    return squash(text)


def notice_path(rules: RulesFile, notice: str | Path | None) -> Path:
    """The notice given, else the rules file's `source_file` (relative to the rules file)."""
    if notice is not None:
        return Path(notice)
    base = Path(rules.path).parent if rules.path else Path.cwd()
    return base / rules.notice.source_file


def coverage(rules: RulesFile, notice: str | Path, *, text: str | None = None) -> Coverage:
    """The notice's sentences no rule quotes, and the quotes not in the notice. `text`: the
    notice's text when it has no file (standard input, named `notice` in the report)."""
    if text is None:
        text = read_notice(notice)
    whole = _key(text)
    quotes = [(req.id, _key(req.source)) for req in rules.all_requirements()]
    result = Coverage(str(notice), 0)
    for item in requirement_items(lines(text)):
        for sentence in item.sentences:
            result.sentences += 1
            s = _key(sentence)
            if not any(s in q or (len(q) >= 3 and q in s) for _, q in quotes):
                result.uncovered.append(Uncovered(item.line, item.section, sentence))
    seen: set[str] = set()
    for rid, quote in quotes:
        if quote not in whole and quote not in seen:
            seen.add(quote)
            result.stray_quotes.append((rid, quote))
    return result


def render_text(result: Coverage) -> str:
    out = []
    for u in result.uncovered:
        out.append(f"{result.notice}:{u.line}: uncovered ({u.section}): {u.sentence}")
    for rid, quote in result.stray_quotes:
        out.append(f"{rid}: source not in the notice: {quote}")
    covered = result.sentences - len(result.uncovered)
    out.append(
        f"{covered} of {result.sentences} requirement sentences quoted by a rule; "
        f"{len(result.stray_quotes)} quote(s) not found in the notice" + (": fully covered" if result.complete else "")
    )
    return "\n".join(out) + "\n"
