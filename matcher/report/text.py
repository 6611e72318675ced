"""The terminal report: what a candidate reads to know where they stand.

Colour and wrapping only for a terminal (`color=True`); files and pipes get plain
text, one explanation per line, and never an escape code."""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..engine.results import Status
from ..files.sanitize import sanitize
from .view import EvaluationView, RequirementView, order

_STYLE = {Status.MET: "green", Status.NOT_MET: "red", Status.UNKNOWN: "yellow", Status.ASSESSED: "dim"}
_VERDICT_STYLE = {"eligible": "bold green", "not_eligible": "bold red", "needs_review": "bold yellow"}


def _safe(value: object) -> str:
    """For rich markup strings: one line, no control or invisible characters, brackets escaped."""
    return sanitize(value, one_line=True, markup=True)


def _plain(value: object) -> str:
    """For rich Text (never parsed as markup): one line, no control or invisible characters."""
    return sanitize(value, one_line=True)


def _indented(console: Console, text: str, indent: int, style: str = "") -> None:
    _block(console, [text], indent, style)


def _plain_output(console: Console) -> bool:
    return console.color_system is None and not console.is_terminal


_HANG = 2  # wrapped lines of a column-0 paragraph start this far in


def _hanging(console: Console, text: Text, indent: int = 0, hang: int = _HANG) -> None:
    """A paragraph wrapped on a terminal with its later lines `hang` columns further in than
    its first: text from a profile or a rules file (a name, a job title, a label) padded to
    the terminal's width would otherwise wrap onto a line of its own and start it the way the
    report's own lines start ("Verdict for Mallory: ...")."""
    lines = text.wrap(console, max(console.width - indent - hang, 1))
    for i, line in enumerate(lines):
        pad = indent + (hang if i else 0)
        console.print(Padding(line, (0, 0, 0, pad), expand=False), no_wrap=True, overflow="fold")


def _block(console: Console, lines: list[str], indent: int, style: str = "") -> None:
    """Lines printed as one block (one rich call for thousands of evidence lines, not
    one each), every line sanitised on its own so none can start a line of its own."""
    if not lines:
        return
    if _plain_output(console):  # files and pipes: no wrapping,
        pad = " " * indent  # no style, so no rich either
        console.file.write("".join(f"{pad}{_plain(line)}\n" for line in lines))
        return
    if indent == 0:
        for line in lines:
            _hanging(console, Text(_plain(line), style=style))
        return
    text = Text("\n".join(_plain(line) for line in lines), style=style)
    console.print(Padding(text, (0, 0, 0, indent), expand=False))


def _requirement(console: Console, r: RequirementView, depth: int = 0) -> None:
    pad = 2 * depth
    status = f"{r.mark} {r.status_word:<8} "
    head = Text.assemble((status, _STYLE[r.status]), (_plain(r.label), "bold"))
    if _plain_output(console):
        console.print(Padding(head, (0, 0, 0, pad + 1), expand=False))
    else:  # a wrapped label continues under itself, never where a status or verdict starts
        _hanging(console, head, pad + 1, len(status))
    if r.status is Status.ASSESSED:
        return
    _indented(console, r.explanation, pad + 5)
    if depth == 0:
        _indented(console, f"Notice: “{r.source}”", pad + 5, "dim")
    evidence = [f"· {line}" for line in r.evidence_lines]
    if _plain_output(console):  # one write for thousands of evidence lines
        _block(console, evidence, pad + 5)
    else:  # one rich block each: a block of several lines would pad them to the widest
        for line in evidence:
            _indented(console, line, pad + 5, "dim")
    for child in r.children:
        _requirement(console, child, depth + 1)


def render_one(console: Console, view: EvaluationView) -> None:
    who = f" for {_plain(view.name)}" if view.name else ""
    headline = view.notice.headline
    if console.is_terminal:
        console.rule(f"[bold]{_safe(headline)}[/]")
    else:  # files and pipes: no wrapping, so each explanation stays on one greppable line
        console.print(f"{_safe(headline)}\n{'=' * len(headline)}")
    verdict = Text.assemble(f"Verdict{who}: ", (view.verdict_word, _VERDICT_STYLE[view.verdict.value]))
    if _plain_output(console):
        console.print(verdict)
    else:
        _hanging(console, verdict)
    console.print(_safe(view.status_line))
    if view.eligible_from:
        console.print(f"Would be eligible from {view.eligible_from.isoformat()} if the current post continues.")
    for key, title, results in view.sections():
        if not results:
            continue
        console.print(f"\n[bold underline]{title}[/]")
        for r in results:
            if key == "assessed":
                _indented(console, f"• {r.label}", 2, "dim")
            else:
                _requirement(console, r)
    if view.unproven:
        console.print()
        _indented(console, "Needs official proof of employment (not counted): " + ", ".join(view.unproven), 0)
    if view.notice.application_steps:
        console.print("\n[bold underline]When you apply[/]")
        for step in view.notice.application_steps:
            _indented(console, f"- {step}", 2)
    console.print()


def render(views: list[EvaluationView], *, color: bool = False, width: int | None = None) -> str:
    """Plain text for files and pipes; wrapped and coloured for a terminal (`color`)."""
    buffer = io.StringIO()
    if color:
        console = Console(
            file=buffer,
            width=width or Console().width,
            force_terminal=True,
            color_system="standard",
            highlight=False,
            emoji=False,
        )
    else:
        console = Console(
            file=buffer, width=width or 10_000, force_terminal=False, color_system=None, highlight=False, emoji=False
        )
    if len(views) > 1:
        from .overview import render_overview

        render_overview(console, views)
        views = order(views)  # the sections in the overview's order
    for view in views:
        render_one(console, view)
    return buffer.getvalue()
