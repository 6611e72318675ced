"""Screening a chunk of inputs: load, validate, evaluate, summarize. Runs in the main
process (one worker) or in each worker process; either way the same function turns
the same input into the same bytes, so the report does not depend on --workers.

Any problem with one input becomes that input's error row: an `InputError` keeps
its one-line message (file:line:col: field: message); anything else (a bug) is
reported as an internal error on that row rather than stopping the batch.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..engine.evaluate import Evaluation, evaluate
from ..engine.results import Result, Status
from ..errors import InputError
from ..files.documents import Document, load_document
from ..models.load import load_rules, profile_from_document
from ..models.profile import Profile
from ..models.rules import RulesFile
from .batching import chunk_categorizer
from .blind import Redactor, blind_error, identifying_values
from .formats import render_details
from .rows import ERROR, Row, pseudonym
from .sources import STDIN_REF, Source


@dataclass(frozen=True)
class ScreenOptions:
    """What every worker needs to know (picklable)."""

    rules_path: str
    as_of: date | None = None
    infer: bool = True
    blind: bool = False
    details: str | None = "json"  # how to render details: json | markdown | html; None: table only


_rules: RulesFile | None = None
_options: ScreenOptions | None = None


def init(options: ScreenOptions, rules: RulesFile | None = None) -> None:
    """Per-process set-up: the rules file is read once per worker."""
    global _rules, _options
    _options = options
    _rules = rules if rules is not None else load_rules(options.rules_path)


def _load(source: Source) -> tuple[Document | None, Profile]:
    """The source's document and profile, or an InputError naming file, line and field."""
    if source.error is not None:
        raise source.error
    if source.path is not None:
        doc = load_document(source.path)
    else:  # a stdin line: parse as JSON, then point errors at the line of the stream
        try:
            doc = load_document(f"{STDIN_REF}.json", source.text)
        except InputError as error:
            raise _on_line(error, source.line) from None
    try:
        return doc, profile_from_document(doc)
    except InputError as error:
        error.document = doc  # keeps the raw values, for blind redaction
        raise _on_line(error, source.line) if source.line else error


def _on_line(error: InputError, line: int | None) -> InputError:
    moved = dataclasses.replace(error, file=STDIN_REF, line=line, column=error.column if line else None)
    moved.document = getattr(error, "document", None)
    return moved


def process_chunk(sources: list[Source]) -> list[tuple[Row, bytes | None]]:
    """Rows (and details as JSON bytes) for a chunk of sources, in the same order."""
    assert _rules is not None and _options is not None, "init() first"
    loaded: list[tuple[Source, Profile | None, Any]] = []
    for source in sources:
        try:
            _, profile = _load(source)
            loaded.append((source, profile, None))
        except InputError as error:
            loaded.append((source, None, error))
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the other rows
            loaded.append((source, None, InputError(f"internal error while reading: {exc!r}", file=source.ref)))
    categorizer = chunk_categorizer([p for _, p, _ in loaded if p is not None], _options.infer)
    out = []
    for source, profile, error in loaded:
        if profile is not None:
            try:
                ev = evaluate(profile, _rules, _options.as_of, categorizer=categorizer,
                              profile_ref=source.ref)
                out.append(_screened(source, ev))
                continue
            except InputError as exc:
                error = exc
            except Exception as exc:  # noqa: BLE001
                error = InputError(f"internal error while evaluating: {exc!r}", file=source.ref)
        out.append((_error_row(source, error), None))
    return out


def _error_row(source: Source, error: InputError) -> Row:
    alias = pseudonym(source.ref)
    if _options.blind:
        document = getattr(error, "document", None)
        redactor = Redactor(identifying_values(document.data if document else None))
        return Row(source.seq, alias, alias, ERROR, error=blind_error(error, alias, redactor))
    return Row(source.seq, source.ref, alias, ERROR, error=error.one_line())


def _screened(source: Source, ev: Evaluation) -> tuple[Row, bytes | None]:
    alias = pseudonym(source.ref)
    blind = _options.blind
    redactor = Redactor(identifying_values(ev.profile) if blind else ([], []))
    required = [r for r in ev.results if r.importance == "required" and r.status is not Status.ASSESSED]
    row = Row(
        seq=source.seq, ref=alias if blind else source.ref, pseudonym=alias, verdict=ev.verdict.value,
        score=ev.score, max_score=ev.max_score,
        eligible_from=ev.met_from.isoformat() if ev.met_from else None,
        not_met=tuple(redactor.text(r.label) for r in required if r.status is Status.NOT_MET),
        unknown=tuple(redactor.text(r.label) for r in required if r.status is Status.UNKNOWN),
        profile_id=None if blind else ev.profile.id,
        name=None if blind else ev.profile.name,
    )
    if not _options.details:
        return row, None
    details = {"requirements": [_result(r) for r in ev.results if r.status is not Status.ASSESSED],
               "needs_proof_of_employment": ev.unproven}
    return row, render_details(_options.details, redactor.walk(details))  # rendered here, in parallel


def _result(r: Result) -> dict[str, Any]:
    """A requirement's outcome for the report; the notice sentence is given once, in
    the report's list of requirements, not repeated for every applicant."""
    return {"id": r.id, "label": r.label, "importance": r.importance, "status": r.status.value,
            "explanation": r.explanation, "evidence": r.evidence,
            "met_from": r.met_from.isoformat() if r.met_from else None,
            "children": [_result(c) for c in r.children]}
