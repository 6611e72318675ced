"""One row per screened input, the ranking and the summary counts.

A row is the small summary kept in memory for every input (a few hundred bytes);
the per-requirement details live in a spool file (see `spool.py`), so screening
ten thousand profiles holds ten thousand rows, never ten thousand evaluations.

Ranking (documented in docs/screening.md):
1. verdict: eligible, then needs review, then not eligible; error rows last;
2. asset score, highest first;
3. fewer required items not met, then fewer unknown (closest to eligible first);
4. tie-break: the input's path in natural order (`<stdin>:2` before `<stdin>:10`), so
   the report does not depend on the order the inputs were given in; with --blind,
   the pseudonym instead, so that alphabetical file names (often the applicants'
   names) do not hint at who is who.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields

from ..report.words import ERROR, VERDICT_ORDER

VERDICTS = VERDICT_ORDER[:3]
ROW_KINDS = VERDICT_ORDER
ORDER = {kind: i for i, kind in enumerate(ROW_KINDS)}


@dataclass(slots=True)
class Row:
    """What the table, the ranking and the counts need about one input."""

    seq: int
    ref: str  # path or <stdin>:LINE (the pseudonym in blind mode)
    pseudonym: str
    verdict: str  # eligible | needs_review | not_eligible | error
    score: int = 0
    max_score: int = 0
    eligible_from: str | None = None
    not_met: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # each listed requirement's status, in the report's order (XLSX columns)
    error: str | None = None  # the one-line message for an error row
    profile_id: str | None = None  # None in blind mode
    name: str | None = None  # None in blind mode
    detail_at: int = -1  # where its details are in the spool
    detail_len: int = 0
    imported: str | None = None  # the CV format when the profile was drafted from a CV
    unconfirmed: tuple[str, ...] = ()  # unconfirmed drafted facts the verdict rests on

    def __reduce__(self):
        # Rows travel back from worker processes: plain constructor arguments pickle
        # ~20x faster than the default protocol for slotted dataclasses.
        return Row, tuple(getattr(self, name) for name in _FIELDS)

    @property
    def is_error(self) -> bool:
        return self.verdict == ERROR

    @property
    def blocking(self) -> str:
        """The failed or unknown required items in a few words (or the error)."""
        if self.error is not None:
            return self.error
        parts = []
        if self.not_met:
            parts.append("not met: " + "; ".join(self.not_met))
        if self.unknown:
            parts.append("unknown: " + "; ".join(self.unknown))
        if self.unconfirmed:
            parts.append("rests on unconfirmed facts drafted from the CV: " + "; ".join(self.unconfirmed))
        return " | ".join(parts)

    def who(self, blind: bool) -> str:
        """How a report names the applicant."""
        if blind:
            return self.pseudonym
        return self.name or self.profile_id or self.ref


_FIELDS = tuple(field.name for field in fields(Row))


_ASCII_DIGITS = re.compile(r"([0-9]+)")


def natural_key(text: str) -> list[str | int]:
    """`text` split into words and numbers so that 'a2' sorts before 'a10'. Only ASCII
    digits make numbers: other Unicode digits ('²', '١', '𝟗') stay text. Words sit at even
    positions and numbers at odd ones, so two keys never compare a word with a number."""
    parts: list[str | int] = []
    for i, part in enumerate(_ASCII_DIGITS.split(text)):
        parts.append(int(part) if i % 2 else part)
    return parts


def rank(rows: list[Row], blind: bool) -> list[Row]:
    """Rows in ranking order (see the module docstring)."""

    def key(row: Row):
        tie = [row.pseudonym] if blind else natural_key(row.ref)
        return (ORDER[row.verdict], -row.score, len(row.not_met), len(row.unknown), tie, row.seq)

    return sorted(rows, key=key)


def parse_only(value: str | None) -> frozenset[str] | None:
    """'eligible,needs_review' -> the verdicts to show; None shows everything."""
    if value is None:
        return None
    wanted = {part.strip().replace("-", "_").replace(" ", "_") for part in value.split(",") if part.strip()}
    unknown = wanted - set(ROW_KINDS)
    if unknown or not wanted:
        raise ValueError(
            f"--only takes a comma-separated list of {', '.join(ROW_KINDS)}"
            + (f" (got {', '.join(sorted(unknown))})" if unknown else "")
        )
    return frozenset(wanted)


def counts(rows: Iterable[Row]) -> dict[str, int]:
    """Rows per verdict plus errors and total: they always add up."""
    tally = Counter(row.verdict for row in rows)
    result = {kind: tally.get(kind, 0) for kind in VERDICTS}
    result["errors"] = tally.get(ERROR, 0)
    result["total"] = sum(tally.values())
    return result
