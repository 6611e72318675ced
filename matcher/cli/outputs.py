"""The rules every command follows for `-o FILE`, in one place.

- The format comes from the file's extension (`-o report.html` is HTML); an unknown
  extension is an error unless `--format` says which, and a `--format` that the
  extension contradicts (`-f json -o report.html`) is an error too.
- A command never writes over a file it reads (nor into a folder it reads, a file
  that would be read as an input there).
- An existing file is replaced only when it is this command's own unchanged previous
  output (see `ledger`) or with `--force`.
- `-o -` is standard output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import UsageError
from ..messages import Errors
from . import ledger

# Extension -> format, for every format any command writes.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".yaml": "yaml",
    ".yml": "yaml",
}
# What a command that reads a folder picks up in it (profiles, rules files).
_READ_IN_FOLDERS = {".yaml", ".yml", ".json"}


def to_file(output: Path | None) -> bool:
    return output is not None and str(output) != "-"


def output_format(
    output: Path | None, given: str | None, offered: Sequence[str], extensions: dict[str, str] | None = None
) -> str:
    """The format to write: `given` (checked against the extension) or the extension's.

    `offered` are the command's formats, the first being its default on standard output.
    """
    table = {**EXTENSIONS, **(extensions or {})}
    if not to_file(output):
        return given or offered[0]
    assert output is not None
    suffix = output.suffix.lower()
    implied = table.get(suffix)
    if given is not None:
        if implied is not None and implied != given:
            raise UsageError(Errors.E103.format(format=given, suffix=suffix, implied=implied), file=output)
        return given
    if implied is not None and implied in offered:
        return implied
    known = _extensions_for(offered, table)
    if len(offered) == 1:
        raise UsageError(Errors.E102.format(known=known), file=output)
    raise UsageError(Errors.E101.format(suffix=suffix or "(none)", known=known), file=output)


def _extensions_for(formats: Iterable[str], table: dict[str, str]) -> str:
    return ", ".join(f"*{ext}" for ext, fmt in table.items() if fmt in formats)


def guard_output(
    output: Path | None, command: str, *, reads: Iterable[str | Path | None] = (), force: bool = False
) -> None:
    """Refuse, before any work is done, an output that would destroy something."""
    if not to_file(output):
        return
    assert output is not None
    from ..files.output import refuse_special_target

    refuse_special_target(output)  # a folder, FIFO, device or link is refused before anything else
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(Errors.E107.format(folder=folder), file=output)
    if not output.exists():
        return
    for source in reads:
        if source is None or str(source) == "-":
            continue
        what = _overlap(output, Path(source))
        if what:
            raise UsageError(Errors.E104.format(what=what), file=output)
    if not force and not ledger.written_by(output, command):
        raise UsageError(Errors.E105.format(command=command), file=output)


def _overlap(output: Path, source: Path) -> str | None:
    try:
        if source.is_dir():
            inside = output.resolve().is_relative_to(source.resolve())
            return f"in the folder {source}, which" if inside and output.suffix.lower() in _READ_IN_FOLDERS else None
        return "a file" if source.exists() and os.path.samefile(output, source) else None
    except OSError:
        return None


def remember_output(output: Path | None, command: str) -> None:
    """After writing: the file is now `command`'s own output, which it may replace next time."""
    if to_file(output):
        assert output is not None
        ledger.remember(output, command)
