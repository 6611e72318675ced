"""Shared by every kind that asks for time spent on something: which experience
entries qualify, how long they add up to, the gap, and when it would close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from ..models.profile import Experience
from .context import Context, entry_ref
from .evidence import ExperienceEvidence
from .periods import Period, counted_months, format_months, format_years, projected_date
from .results import Outcome, Status

# An entry qualifies (True), does not (False) or cannot be told (None), with reasons.
Qualifier = Callable[[int, Experience], tuple[bool | None, list[str]]]


@dataclass
class _Tally:
    counted: list[Period] = field(default_factory=list)
    undetermined: list[Period] = field(default_factory=list)
    unproven: list[Period] = field(default_factory=list)
    evidence: list[ExperienceEvidence] = field(default_factory=list)
    undetermined_refs: list[str] = field(default_factory=list)
    undetermined_indices: list[int] = field(default_factory=list)
    unproven_refs: list[str] = field(default_factory=list)
    # entries that qualify (or may) but whose start is not stated: they could add any length
    undated: set[int] = field(default_factory=set)
    # the counted entries' own months as denominator -> sum of numerators: integer additions
    counted_own: dict[int, int] = field(default_factory=dict)

    @property
    def counted_separately(self) -> Fraction:
        """The counted entries' own months, added up (exactly; one Fraction per distinct
        denominator instead of one Fraction addition per entry)."""
        return sum((Fraction(n, d) for d, n in self.counted_own.items()), Fraction(0))


def _entry_evidence(
    index: int, entry: Experience, span: tuple[str, str, str, float], status: str, reasons: list[str]
) -> ExperienceEvidence:
    """The record of one entry; `span` is (start, end, duration, months) as the report shows them."""
    # Every field given, filled directly: the frozen dataclass's __init__ sets each one through
    # object.__setattr__, and a long profile makes one record per entry and requirement.
    record = _new(ExperienceEvidence)
    record.__dict__.update(
        entry=entry_ref(index),
        title=entry.title,
        employer=entry.employer,
        start=span[0],
        end=span[1],
        fraction=entry.fraction,
        duration=span[2],
        months=span[3],
        status=status,
        why=tuple(reasons),
    )
    return record


_new = object.__new__
UNPROVEN = "not counted: no official proof of employment"

UNDATED = "start not stated"
UNDATED_HINT = "state when the job began (start) and ended (end, or ongoing: true)"


def _undated(ctx: Context, index: int, entry: Experience, reasons: list[str], t: _Tally) -> ExperienceEvidence:
    """An entry with no start: its length is unknown, so it is never counted; as long as it
    may qualify it keeps an unmet requirement open (unknown) instead of failing it."""
    if not ctx.counts_as_proven(entry):
        t.unproven_refs.append(entry_ref(index))
        status = UNPROVEN
    else:
        t.undated.add(index)
        t.undetermined_refs.append(entry_ref(index))
        t.undetermined_indices.append(index)
        status = "undetermined: it could add any time"
    end = entry.end or ("ongoing" if entry.ongoing else "end not stated")
    return _entry_evidence(index, entry, (UNDATED, end, "length unknown", 0.0), status, reasons)


CATEGORY_HINT = "describe what the job involved (description) or declare its categories"


def tally(ctx: Context, qualifies: Qualifier, hint: str = CATEGORY_HINT) -> _Tally:
    result = _Tally()
    ongoing = f"ongoing (counted to {ctx.as_of.isoformat()})"
    for index, entry in enumerate(ctx.profile.experience):
        verdict, reasons = qualifies(index, entry)
        if verdict is False:
            continue
        if entry.start is None:
            result.evidence.append(_undated(ctx, index, entry, reasons, result))
            continue
        time = ctx.entry_time(index, entry)
        period, own = time.period, time.own
        if not ctx.counts_as_proven(entry):
            result.unproven.append(period)
            result.unproven_refs.append(entry_ref(index))
            status = UNPROVEN
        elif verdict is None:
            result.undetermined.append(period)
            result.undetermined_refs.append(entry_ref(index))
            result.undetermined_indices.append(index)
            status = f"undetermined: {hint}"
        else:
            result.counted.append(period)
            result.counted_own[own.denominator] = result.counted_own.get(own.denominator, 0) + own.numerator
            status = "counted"
        span = (entry.start, entry.end or ongoing, time.duration, time.months)
        result.evidence.append(_entry_evidence(index, entry, span, status, reasons))
    return result


def _what_to_add(t: _Tally, hint: str, why: Callable[[int], str | None] | None) -> str:
    """The advice for the entries that cannot be judged, one sentence per distinct reason."""
    groups: dict[str, list[str]] = {}
    for index, ref in zip(t.undetermined_indices, t.undetermined_refs, strict=True):
        if index in t.undated:
            reason = f"{UNDATED}: {UNDATED_HINT}"
        else:
            reason = (why(index) if why else None) or hint or CATEGORY_HINT
        groups.setdefault(reason, []).append(ref)
    if len(groups) == 1:
        return next(iter(groups))
    return "; ".join(f"{', '.join(refs)}: {reason}" for reason, refs in groups.items())


def evaluate_duration(
    ctx: Context,
    min_years: float | None,
    what: str,
    qualifies: Qualifier,
    hint: str = CATEGORY_HINT,
    why: Callable[[int], str | None] | None = None,
) -> Outcome:
    """Met when the qualifying proven experience reaches `min_years` (any time at all if None).

    `hint` tells the candidate what to add to an entry that cannot be judged; `why(index)`,
    when given, may say more about one such entry (e.g. the language its text is in)."""
    t = tally(ctx, qualifies, hint)
    counted = counted_months(t.counted, ctx.as_of)
    required = Fraction(min_years).limit_denominator(1200) * 12 if min_years else None
    have = f"{format_months(counted)} of {what}" if counted else f"no {what}"
    need = f"{format_years(min_years)} required" if min_years else "any proven period will do"
    is_met = counted >= required if required is not None else counted > 0
    notes = []
    if t.counted_separately > counted:
        notes.append("overlapping time counted once, part-time days capped at one full day")
    if t.unproven_refs:
        notes.append(f"not counted without proof of employment: {', '.join(t.unproven_refs)}")
    tail = f" ({'; '.join(notes)})" if notes else ""
    if is_met:
        return Outcome(Status.MET, f"{have}, {need}: met.{tail}", t.evidence)
    possible = counted_months(t.counted + t.undetermined, ctx.as_of)
    # an undated entry that may qualify could add any length: it can neither meet nor fail it
    could_be = bool(t.undated) or (possible >= required if required is not None else possible > 0)
    if could_be:
        refs = t.undetermined_refs
        verb = "counts" if len(refs) == 1 else "count"
        told = _what_to_add(t, hint, why)
        return Outcome(
            Status.UNKNOWN,
            f"{have} found, {need}; cannot tell whether {', '.join(refs)} {verb}: {told}.{tail}",
            t.evidence,
        )
    if required is None:
        return Outcome(Status.NOT_MET, f"no {what} found in the profile, {need}.{tail}", t.evidence)
    met_from = projected_date(required, counted, t.counted, ctx.as_of)
    gap = f"short by {format_months(required - counted)}"
    when = ""
    if met_from:
        goes_on = "the current post continues" if any(p.ongoing for p in t.counted) else "the jobs run as stated"
        when = f"; met from {met_from.isoformat()} if {goes_on}"
    return Outcome(Status.NOT_MET, f"{have}, {need}: {gap}{when}.{tail}", t.evidence, met_from=met_from)
