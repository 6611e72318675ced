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
from ..messages import Errors
from .app import app
from .common import COMMAND_LINE, ForceOption, OutputOption, fail, user_errors
from .exit_codes import epilog

FORMATS = ("text", "jsonl")
LANGUAGES = ("auto", "en", "fr")


def read_texts(source: str) -> Iterator[str]:
    """Texts from a file or '-' (stdin): one per line, or JSONL objects with a "text" field.

    Blank lines are skipped. A line that starts with "{" must be a JSON object with a
    string "text"; anything else is an InputError naming the line. Lines are read with
    a bound (one huge line, or endless input, is an error, not a memory blow-up), and a
    FIFO or device named as the input is refused, never read.
    """
    from ..files.reading import bounded_lines, open_regular

    name = "<stdin>" if source == "-" else source
    if source == "-":  # decode strictly: undecodable bytes are bad input, not text
        handle = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode("utf-8"))
    else:
        if Path(source).is_dir():
            raise InputError(Errors.E301, file=name)
        handle = open_regular(source)
    try:
        for number, raw in bounded_lines(handle, name):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise InputError(Errors.E303.format(reason=exc.reason), file=name, line=number) from None
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
    from ..files.json_text import parse_json

    record = parse_json(line, name, number)  # bounded numbers and depth, one-line errors
    if not isinstance(record, dict):
        raise InputError(Errors.E305, file=name, line=number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(Errors.E306, file=name, line=number, field="text")
    return text


def render_text(texts: list[str], results, taxonomy) -> str:
    """Human-readable: each text, then one line per category with its evidence."""
    from ..files.sanitize import sanitize

    blocks = []
    for text, matches in zip(texts, results, strict=True):
        lines = [
            sanitize(text, one_line=True)
            if len(texts) > 1
            else f"{len(matches)} categor{'y' if len(matches) == 1 else 'ies'}"
        ]
        if not matches:
            lines.append("  (no category)")
        for m in matches:
            chain = " < ".join(taxonomy.ancestors(m.category))
            lines.append(
                f"  {chain}: {sanitize(m.text, one_line=True)!r} [{m.start}:{m.end}] {m.method} {m.confidence:.2f}"
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def render_jsonl(texts: list[str], results) -> str:
    return "".join(
        json.dumps({"text": text, "categories": [m.to_dict() for m in matches]}, ensure_ascii=False) + "\n"
        for text, matches in zip(texts, results, strict=True)
    )


@app.command(epilog=epilog("categorize"))
def categorize(
    text: Annotated[
        str | None, typer.Argument(help="A job title or description to categorize.", show_default=False)
    ] = None,
    input: Annotated[
        str | None,
        typer.Option(
            "--input",
            "-i",
            metavar="FILE",
            show_default=False,
            help="Read texts from this file ('-' for stdin): one per line, or JSONL with a \"text\" field.",
        ),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="text|jsonl",
            show_default=False,
            help="Output format: text or jsonl. Default: from the -o file's extension, else text.",
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: Annotated[
        str,
        typer.Option(
            "--lang", metavar="auto|en|fr", help="Language of the texts: en, fr, or auto (detected per text)."
        ),
    ] = "auto",
) -> None:
    """Map free text onto requirement categories, with the words that matched.

    Negated ("no experience in DNA") and hypothetical ("would like to move into facial
    recognition") mentions do not count.
    """
    from .outputs import guard_output, output_format, remember_output

    if (text is None) == (input is None):
        fail(UsageError(Errors.E002, file=COMMAND_LINE))
    if format is not None and format not in FORMATS:
        fail(
            UsageError(
                Errors.E003.format(option="--format", value=format, choices=", ".join(FORMATS)), file=COMMAND_LINE
            )
        )
    if lang not in LANGUAGES:
        fail(
            UsageError(Errors.E003.format(option="--lang", value=lang, choices=", ".join(LANGUAGES)), file=COMMAND_LINE)
        )
    with user_errors():
        guard_output(output, "categorize", reads=[input], force=force)
        fmt = output_format(output, format, FORMATS)
        from ..nlp import shared_categorizer
        from ..nlp.categorizer import encodable_text
        from ..reference.taxonomy import taxonomy

        source = [text] if text is not None else read_texts(input or "-")
        texts = [encodable_text(t) for t in source]
        from ..files.output import emit

        results = shared_categorizer().categorize(texts, lang=None if lang == "auto" else lang)
        rendered = render_jsonl(texts, results) if fmt == "jsonl" else render_text(texts, results, taxonomy())
        if rendered or output is not None:  # no texts: no output lines at all
            emit(rendered, output)
            remember_output(output, "categorize")
