"""Report formats, by name. Each module renders a list of evaluations to a string.

A format is a function `render(evaluations, *, blind=False) -> str` registered here
with `@report_format("name")`; modules are imported only when their format is asked
for, so jinja2 (HTML) is not loaded for a text report.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

FORMATS: dict[str, str] = {  # format name -> module that renders it
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
}


def renderer(name: str) -> Callable[..., str]:
    if name not in FORMATS:
        raise KeyError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.render
