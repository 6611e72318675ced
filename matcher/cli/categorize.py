"""`matcher categorize`: which requirement categories does free text describe, and where?"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, UsageError
from .app import app
from .common import fail, user_errors

FORMATS = ("text", "jsonl")
LANGUAGES = ("auto", "en", "fr")


def read_texts(source: str) -> Iterator[str]:
    """Texts from a file or '-' (stdin): one per line, or JSONL objects with a "text" field.

    Blank lines are skipped. A line that starts with "{" must be a JSON object with a
    string "text"; anything else is an InputError naming the line.
    """
    from ..files.documents import bounded_lines, open_regular

    name = "<stdin>" if source == "-" else source
    if source == "-":  # decode strictly: undecodable bytes are bad input, not text
        handle = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode("utf-8"))
    else:
        handle = open_regular(source)  # a FIFO or device is refused, never read
    try:
        for number, raw in bounded_lines(handle, name):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise InputError(f"is not UTF-8 text ({exc.reason})", file=name, line=number) from None
            if not line.strip():
                continue
            if line.lstrip().startswith("{"):
                yield _json_text(line, name, number)
            else:
                yield line
    finally:
        if source != "-":
            handle.close()


def _json_text(line: str, name: str, number: int) -> str:
    from ..files.documents import parse_json

    record = parse_json(line, name, number)
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with a \"text\" field", file=name, line=number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("expected a string \"text\" field", file=name, line=number, field="text")
    return text


def render_text(texts: list[str], results, taxonomy) -> str:
    """Human-readable: each text, then one line per category with its evidence."""
    from ..files.output import clean

    blocks = []
    for text, matches in zip(texts, results):
        lines = [clean(text) if len(texts) > 1 else f"{len(matches)} categor{'y' if len(matches) == 1 else 'ies'}"]
        if not matches:
            lines.append("  (no category)")
        for m in matches:
            chain = " < ".join(taxonomy.ancestors(m.category))
            lines.append(f"  {chain}: {clean(m.text)!r} [{m.start}:{m.end}] {m.method} {m.confidence:.2f}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def render_jsonl(texts: list[str], results) -> str:
    return "".join(json.dumps({"text": text, "categories": [m.to_dict() for m in matches]},
                              ensure_ascii=False) + "\n" for text, matches in zip(texts, results))


@app.command()
def categorize(
    text: Annotated[str | None, typer.Argument(help="A job title or description to categorize.",
                                                  show_default=False)] = None,
    input: Annotated[str | None, typer.Option(
        "--input", "-i", help="Read texts from this file ('-' for stdin): one per line, or JSONL objects "
        "with a \"text\" field.", show_default=False)] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: text or jsonl.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically) "
                                                   "instead of standard output.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the texts: en, fr, or auto (detected "
                                      "per text).")] = "auto",
) -> None:
    """Map free text onto requirement categories, with the words that matched.

    Negated ("no experience in DNA") and hypothetical ("would like to move into facial
    recognition") mentions do not count. Exit code 0, or 2 for bad input.
    """
    if (text is None) == (input is None):
        fail(UsageError("give either TEXT or --input FILE (or '-' for stdin)", file="<command line>"))
    if format not in FORMATS:
        fail(UsageError(f"--format {format!r}: expected one of {', '.join(FORMATS)}", file="<command line>"))
    if lang not in LANGUAGES:
        fail(UsageError(f"--lang {lang!r}: expected one of {', '.join(LANGUAGES)}", file="<command line>"))
    with user_errors():
        from ..nlp import shared_categorizer
        from ..nlp.categorizer import encodable_text
        from ..reference.taxonomy import taxonomy

        texts = [encodable_text(t) for t in ([text] if text is not None else read_texts(input))]
        from ..files.output import emit

        results = shared_categorizer().categorize(texts, lang=None if lang == "auto" else lang)
        rendered = render_jsonl(texts, results) if format == "jsonl" else render_text(texts, results, taxonomy())
        if rendered or output is not None:  # no texts: no output lines at all
            emit(rendered, output)
