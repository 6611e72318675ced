"""Screening a chunk of inputs: load, validate, evaluate, summarize. Runs in the main
process (one worker) or in each worker process; either way the same function turns
the same input into the same bytes, so the report does not depend on --workers.

Any problem with one input becomes that input's error row: an `InputError` keeps
its one-line message (file:line:col: field: message); anything else (a bug) is
reported as an internal error on that row rather than stopping the batch.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..engine.evaluate import Evaluation, evaluate
from ..engine.results import Status
from ..errors import InputError, OutputError
from ..files.documents import Document, load_document
from ..files.output import default_signals
from ..messages import Errors
from ..models.load import load_rules, profile_from_document
from ..models.profile import Profile
from ..models.rules import RulesFile
from ..report.blind import Redactor, blind_error
from ..report.pseudonyms import Pseudonyms
from ..report.view import build
from .batching import chunk_categorizer
from .formats import render_details
from .rows import ERROR, Row
from .sources import CV_SUFFIXES, STDIN_REF, Source


@dataclass(frozen=True)
class ScreenOptions:
    """What every worker needs to know (picklable)."""

    rules_path: str
    as_of: date | None = None
    infer: bool = True
    blind: bool = False
    details: str | None = "json"  # how to render details: json | markdown | html; None: table only
    save_profiles: str | None = None  # folder where drafts imported from CVs are written
    key: bytes = b""  # the pseudonym key (see matcher/report/blind.py)
    today: date | None = None  # for "open"/"closed" (tests pin it)


_rules: RulesFile | None = None
_options: ScreenOptions | None = None


def init(options: ScreenOptions, rules: RulesFile | None = None) -> None:
    """Per-process set-up: the rules file is read once per worker."""
    global _rules, _options
    if multiprocessing.parent_process() is not None:  # a pool worker: the parent cleans up
        default_signals()
    _options = options
    _rules = rules if rules is not None else load_rules(options.rules_path)


def _load(source: Source) -> tuple[Document | None, Profile, Any]:
    """The source's document, profile and (for a CV) draft, or an InputError naming file, line and field."""
    if source.error is not None:
        raise source.error
    if source.path is not None and source.path.lower().endswith(CV_SUFFIXES):
        return _import(source.path, None)
    if source.path is not None:
        doc = load_document(source.path)
        if _is_cv_json(doc.data):
            return _import(source.path, doc)
    else:  # a stdin line: parse as JSON, then point errors at the line of the stream
        try:
            doc = load_document(f"{STDIN_REF}.json", source.text)
        except InputError as error:
            raise _on_line(error, source.line) from None
    try:
        return doc, profile_from_document(doc), None
    except InputError as error:
        error.document = doc  # keeps the raw values, for blind redaction
        raise (_on_line(error, source.line) if source.line else error) from None


def _is_cv_json(data: Any) -> bool:
    """A JSON Resume or Europass document rather than a matcher profile."""
    return isinstance(data, dict) and (
        "SkillsPassport" in data or (bool({"basics", "work"} & set(data)) and "experience" not in data)
    )


def _import(path: str, doc: Document | None) -> tuple[Document | None, Profile, Any]:
    from ..importers import import_file
    from ..importers.review import draft_profile

    draft = import_file(path)
    profile = draft_profile(draft, path)
    if _options is not None and _options.save_profiles:
        _save(draft, path)
    return doc, profile, draft


def _save(draft: Any, ref: str) -> None:
    """The draft beside the report: DIR/<the input's path>.yaml (never outside DIR)."""
    from pathlib import Path

    from ..files.output import emit
    from ..importers.yaml_out import draft_yaml

    assert _options is not None and _options.save_profiles
    parts = [p for p in Path(ref).parts if p not in ("..", ".", "/", "\\") and not p.endswith(":\\")]
    target = Path(_options.save_profiles, *parts[:-1], parts[-1] + ".yaml")
    # Saving is output, not input: a folder that cannot be made or written (a full disk, a
    # file or FIFO in its place, a link planted there) ends the run as an output error,
    # never as an error row blaming the applicant's CV or as an internal error.
    try:
        folder = Path(_options.save_profiles)
        folder.mkdir(parents=True, exist_ok=True)  # DIR itself is the operator's: made as asked
        for part in parts[:-1]:  # made one by one: a link planted below DIR is not followed out of it
            folder = folder / part
            if folder.is_symlink():
                raise InputError(Errors.E110, file=folder)
            folder.mkdir(exist_ok=True)
        emit(draft_yaml(draft, None), target)
    except OSError as exc:
        # positional: an exception crosses from a worker process by its args
        raise OutputError(Errors.E108.format(reason=exc.strerror or exc), str(target)) from None
    except InputError as exc:
        raise OutputError(exc.message, str(exc.file)) from None


def _on_line(error: InputError, line: int | None) -> InputError:
    moved = dataclasses.replace(error, file=STDIN_REF, line=line, column=error.column if line else None)
    moved.document = getattr(error, "document", None)
    return moved


# Profiles whose experience entries add up to this many are evaluated together (one NLP
# batch), then dropped: a chunk of very large profiles never sits in memory at once.
GROUP_ENTRIES = 2_000


def process_chunk(sources: list[Source]) -> list[tuple[Row, bytes | None]]:
    """Rows (and details as JSON bytes) for a chunk of sources, in the same order."""
    assert _rules is not None and _options is not None, "init() first"
    out: list[tuple[Row, bytes | None] | None] = [None] * len(sources)
    group: list[tuple[int, Source, Profile, Any]] = []
    weight = 0
    for position, source in enumerate(sources):
        try:
            _, profile, draft = _load(source)
        except InputError as error:
            out[position] = (_error_row(source, error), None)
            continue
        except OutputError:
            raise  # --save-profiles could not write: the run stops (exit 74)
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the other rows
            bug = InputError(Errors.E901.format(stage="reading", detail=repr(exc)), file=source.ref)
            out[position] = (_error_row(source, bug), None)
            continue
        group.append((position, source, profile, draft))
        weight += len(profile.experience) + 1
        if weight >= GROUP_ENTRIES:
            _evaluate_group(group, out)
            group, weight = [], 0
    _evaluate_group(group, out)
    return [item for item in out if item is not None]


def _evaluate_group(group: list[tuple[int, Source, Profile, Any]], out: list) -> None:
    assert _rules is not None and _options is not None, "init() first"
    categorizer = chunk_categorizer([profile for _, _, profile, _ in group], _options.infer)
    for position, source, profile, draft in group:
        try:
            ev = evaluate(profile, _rules, _options.as_of, categorizer=categorizer, profile_ref=source.ref)
            row, blob = _screened(source, ev)
            if draft is not None:
                _mark_draft(row, draft, profile, ev, categorizer)
            out[position] = (row, blob)
            continue
        except InputError as exc:
            error = exc
        except Exception as exc:  # noqa: BLE001
            error = InputError(Errors.E901.format(stage="evaluating", detail=repr(exc)), file=source.ref)
        out[position] = (_error_row(source, error), None)


def _mark_draft(row: Row, draft: Any, profile: Profile, ev: Evaluation, categorizer: Any) -> None:
    """Say the row was drafted from a CV, and which unconfirmed drafted facts its verdict rests on."""
    from ..importers.review import deciding_facts

    assert _options is not None and _rules is not None
    row.imported = draft.format
    redactor = Redactor.for_profile(ev.profile) if _options.blind else Redactor()
    facts = deciding_facts(draft, profile, _rules, _options.as_of, categorizer, ev)
    row.unconfirmed = tuple(redactor.text(f"{f.label} (from {draft.sources.get(f.path, '?')})") for f in facts)


def _current() -> ScreenOptions:
    assert _options is not None, "init() first"
    return _options


def _pseudonym(source: Source) -> str:
    """By the file's resolved path; a line of standard input by its content."""
    names = Pseudonyms(_current().key)
    if source.path is not None:
        return names.of_path(source.path)
    return names.of_content(source.text if source.text is not None else source.ref)


def _error_row(source: Source, error: InputError) -> Row:
    alias = _pseudonym(source)
    if _current().blind:
        document = getattr(error, "document", None)
        redactor = Redactor.for_profile(document.data if document else None)
        return Row(source.seq, alias, alias, ERROR, error=blind_error(error, alias, redactor))
    return Row(source.seq, source.ref, alias, ERROR, error=error.one_line())


def _screened(source: Source, ev: Evaluation) -> tuple[Row, bytes | None]:
    """The row and the rendered details, both from the one view of the evaluation
    (built through the blind redactor in a blind run)."""
    alias = _pseudonym(source)
    options = _current()
    view = build(ev, blind=options.blind, today=options.today)
    row = Row(
        seq=source.seq,
        ref=alias if view.blind else source.ref,
        pseudonym=alias,
        verdict=view.verdict.value,
        score=view.score,
        max_score=view.max_score,
        eligible_from=view.eligible_from.isoformat() if view.eligible_from else None,
        not_met=tuple(view.not_met),
        unknown=tuple(view.unknown),
        profile_id=view.profile_id,
        name=view.name,
        statuses=tuple(r.status.value for r in view.requirements if r.status is not Status.ASSESSED),
    )
    if not options.details:
        return row, None
    return row, render_details(options.details, view)  # rendered here, in parallel
