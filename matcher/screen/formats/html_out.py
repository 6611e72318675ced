"""HTML: one self-contained page (no network) from templates/screen.html.j2, light
however many applicants there are: the summary and the requirements are HTML; the
applicants are a small JSON document in the page (their words and numbers; labels
written once), listed a page at a time by the page's script (search, verdict filter,
paging, sorting); each applicant's details are inserted only when opened, from compressed
text at the end of the page, read after the table is usable. 10,000
applicants are 50 table rows in the DOM, not 250,000 nodes.

Each applicant's details are rendered by `render_details` in the worker that
screened them, with the one requirement macro (templates/requirement.html.j2), and
kept in the spool as finished, escaped HTML. The JSON is written row by row and has
every <, > and & escaped (\\u003c...), so no value can close the script element."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ...engine.results import Status
from ...files.output import clean
from ...report.templating import environment
from ...report.view import EvaluationView
from ...report.words import VERDICT_WORDS, importance_word
from ..report import ScreenReport, ranked
from ..rows import ORDER, ROW_KINDS, Row
from .common import counts_line, headline, score, status_line

_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def _json(value: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def render_details(view: EvaluationView) -> str:
    """One applicant's requirements as an HTML fragment (autoescaped), by the one macro."""
    macros = environment().get_template("requirement.html.j2").module
    results = [r for r in view.requirements if r.status is not Status.ASSESSED]
    html = str(macros.requirement_list(results, False)) + str(macros.unproven_note(view.unproven))
    return " ".join(html.split())  # one line: it travels as a JSON string


def _who(row: Row, blind: bool) -> tuple[str, str]:
    """How the table names the applicant, and the line under it (the file) when named."""
    if blind:
        return row.pseudonym, ""
    if row.name:
        return clean(row.name), clean(row.ref)
    return clean(row.ref), ""


class _Labels:
    """Requirement labels, each written once: rows cite them by number."""

    def __init__(self, report: ScreenReport) -> None:
        self.items: list[str] = [clean(req["label"]) for req in report.requirements]
        self._index = {label: i for i, label in enumerate(self.items)}

    def __call__(self, labels: tuple[str, ...]) -> list[int]:
        out = []
        for label in labels:
            label = clean(label)
            if label not in self._index:
                self._index[label] = len(self.items)
                self.items.append(label)
            out.append(self._index[label])
        return out


def _record(position: int, rank: int | None, row: Row, blind: bool, labels: _Labels) -> list[Any]:
    who, sub = _who(row, blind)
    return [
        position,
        rank,
        who,
        sub,
        row.verdict,
        score(row),
        -1 if row.is_error else row.score,
        row.eligible_from or "",
        labels(row.not_met),
        labels(row.unknown),
        clean(row.error) if row.error else None,
        [clean(x) for x in row.unconfirmed],
        row.imported or "",
    ]


def _data(report: ScreenReport) -> Iterator[str]:
    """The table's JSON document (small: a row is its words and numbers), in pieces."""
    from markupsafe import Markup  # escaped above: the template must not escape it again

    labels = _Labels(report)
    head = {"blind": report.blind, "words": VERDICT_WORDS, "order": ORDER}
    yield Markup(_json(head)[:-1] + ',"rows":[')
    for position, (rank, row) in enumerate(ranked(report.shown), 1):
        yield Markup(("," if position > 1 else "") + _json(_record(position, rank, row, report.blind, labels)))
    yield Markup('],"labels":' + _json(labels.items) + "}")


def _details(report: ScreenReport) -> Iterator[str]:
    """Each listed applicant's details fragment on its own line, in table order, deflated
    (zlib) and base64-encoded: 27 times smaller than the HTML (10,000 applicants: 2 MB,
    not 45), and text the browser only stores until an applicant is opened; the page
    inflates it then (DecompressionStream). Written as it is compressed."""
    import base64
    import zlib

    from markupsafe import Markup

    packer = zlib.compressobj(6)
    pending = b""

    def encoded(chunk: bytes, final: bool = False) -> str:
        nonlocal pending
        pending += chunk
        cut = len(pending) if final else len(pending) - len(pending) % 57
        text, pending = pending[:cut], pending[cut:]
        return "".join(base64.b64encode(text[i : i + 57]).decode("ascii") + "\n" for i in range(0, len(text), 57))

    for _rank, _row, raw in report.with_details():
        line = (raw.decode("utf-8").replace("\n", " ") if raw else "") + "\n"
        out = encoded(packer.compress(line.encode("utf-8")))
        if out:
            yield Markup(out)
    yield Markup(encoded(packer.flush(), final=True))


def write(report: ScreenReport, out: TextIO) -> None:
    template = environment().get_template("screen.html.j2")
    only = sorted(report.only) if report.only else []
    unlisted = [
        (row.pseudonym if report.blind else clean(row.ref), clean(row.error or "")) for row in report.unlisted_errors
    ]
    # The rules file's title and labels are cleaned like profile text (autoescaping keeps
    # markup out; control characters would still reach the page and its <title>).
    context = {
        "headline": clean(headline(report)),
        "status_line": status_line(report),
        "counts_line": counts_line(report),
        "counts": report.counts,
        "blind": report.blind,
        "notice": report.notice,
        "as_of": report.as_of.isoformat(),
        "only_words": ", ".join(VERDICT_WORDS[k].lower() for k in only),
        "verdict_options": [(k, VERDICT_WORDS[k]) for k in ROW_KINDS],
        "title": clean(report.notice.title),
        "requirements": [
            {
                **req,
                "label": clean(req["label"]),
                "source": clean(req["source"]),
                "importance": importance_word(req["importance"]),
            }
            for req in report.requirements
        ],
        "assessed": [clean(a) for a in report.assessed],
        "unlisted_errors": unlisted,
        "data": _data(report),
        "details": _details(report),
    }
    for piece in template.generate(**context):
        out.write(piece)


__all__ = ["render_details", "write", "ranked"]
