"""Reports of `check`, by format. Each format module renders a list of views
(view.py, built once from the evaluations, through the blind redactor when asked)
to a string; modules are imported only when their format is asked for, so jinja2
(HTML) is not loaded for a text report. `screen` reports (matcher/screen/formats/)
use the same views, words, redactor and requirement macro.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from ..collector import collector_paused
from ..engine.evaluate import Evaluation

FORMATS: dict[str, str] = {  # format name -> module that renders it
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
}


def render(
    evaluations: list[Evaluation], fmt: str, *, blind: bool = False, today: date | None = None, **options: Any
) -> str:
    """The report of `evaluations` in format `fmt` (options: `color`, `width` for text)."""
    return "".join(render_parts(evaluations, fmt, blind=blind, today=today, **options))


def render_parts(
    evaluations: list[Evaluation], fmt: str, *, blind: bool = False, today: date | None = None, **options: Any
) -> list[str]:
    """`render`'s text in pieces, never joined (a format module's `render_parts`, where it has
    one: a long JSON report is then held once, see json_text.dumps_chunks); files.output.emit
    writes them."""
    if fmt not in FORMATS:
        raise KeyError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    from .view import build

    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    with collector_paused():  # a long profile's report is ~10^5 records: see matcher/collector.py
        views = [build(ev, blind=blind, today=today) for ev in evaluations]
        parts = getattr(module, "render_parts", None)
        return parts(views, **options) if parts is not None else [module.render(views, **options)]
