"""Finding the profiles to screen: files, folders (recursively) and a JSONL stream.

Every input becomes exactly one `Source`, numbered in input order: the command-line
order, with each folder's files sorted by path. A path that does not exist, a folder
with no profiles in it and an undecodable stdin line are sources too, carrying their
error, so they end up as error rows instead of disappearing.

- Folders are searched recursively for *.yaml, *.yml and *.json, and for CVs (*.pdf,
  *.docx, *.txt, *.xml, *.zip; a JSON Resume or Europass *.json too), which are imported
  on the fly (matcher.importers); hidden files and
  folders (name starting with ".") are skipped, and symbolic links to folders are
  not followed (no loops). A symbolic link to a file or a folder outside the folder is
  an error row, not followed; a subfolder that cannot be listed is an error row.
- A file named on the command line is read whatever its extension.
- The same file reached twice (named and inside a folder, or through a link) is
  screened once, at its first position.
- `-` reads standard input as JSON Lines: one profile object per line; blank lines
  are skipped. Such a profile is referred to as `<stdin>:LINE`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..files.reading import bounded_lines, decode

PROFILE_SUFFIXES = (".yaml", ".yml", ".json")
# CVs imported on the fly (matcher.importers.CV_SUFFIXES; repeated here so finding
# files does not import the importers)
CV_SUFFIXES = (".pdf", ".docx", ".docm", ".txt", ".text", ".xml", ".zip")
STDIN = "-"
STDIN_REF = "<stdin>"


@dataclass(slots=True)
class Source:
    """One input: a file to read, a line of JSON text, or an error found up front."""

    seq: int  # position in input order (the ranking's tie-break)
    ref: str  # the path as shown, or <stdin>:LINE
    path: str | None = None
    text: str | None = None
    line: int | None = None  # stdin line number
    problem: tuple[str, int | None] | None = None  # (message, line) found before reading

    def __reduce__(self):  # sources travel to worker processes: keep pickling cheap
        return Source, (self.seq, self.ref, self.path, self.text, self.line, self.problem)

    @property
    def error(self) -> InputError | None:
        """The problem as an InputError (kept as a plain tuple so sources pickle simply)."""
        if self.problem is None:
            return None
        message, line = self.problem
        return InputError(message, file=STDIN_REF if self.line else self.ref, line=line)


def _inside(path: str, top: str) -> bool:
    return os.path.commonpath([os.path.realpath(path), top]) == top


def _walk(folder: Path) -> list[tuple[str, str | None]]:
    """(path, problem) for every profile file under `folder`, sorted by path. A subfolder
    (or the folder itself) that cannot be listed and a symlink to a file outside the
    folder are rows with a problem, never silently skipped or followed: a folder of
    applications must not make matcher read /etc/passwd and quote it back."""
    found: list[tuple[str, str | None]] = []
    top = os.path.realpath(folder)

    def unlisted(exc: OSError) -> None:
        found.append((exc.filename or str(folder), f"cannot list folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs:  # never followed; one leaving the folder would hide its applicants
            path = os.path.join(root, name)
            if os.path.islink(path) and not _inside(path, top):
                found.append((path, "symbolic link to a folder outside the folder; not followed (name that folder)"))
        for name in files:
            if name.startswith(".") or not name.lower().endswith(PROFILE_SUFFIXES + CV_SUFFIXES):
                continue
            path = os.path.join(root, name)
            if os.path.islink(path) and not _inside(path, top):
                found.append((path, "symbolic link to a file outside the folder; not followed"))
            elif os.path.exists(path) and not os.path.isfile(path):  # a pipe or device would block
                found.append((path, "not a regular file (a pipe, socket or device)"))
            else:
                found.append((path, None))
    return sorted(found)


def _paths(argument: str) -> Iterator[tuple[str, str | None]]:
    """The files one command-line argument stands for (or an error for the argument)."""
    path = Path(argument)
    if path.is_dir():
        files = _walk(path)
        if not files:
            yield argument, "folder has no profiles or CVs (*.yaml, *.yml, *.json, *.pdf, *.docx, *.txt, *.xml, *.zip)"
        yield from files
    elif path.exists():
        yield argument, None
    else:
        yield argument, "no such file or folder"


def all_sources(arguments: list[str], stdin: BinaryIO | None) -> Iterator[Source]:
    """Every input in order; `-` (at most once) is read where it appears."""
    seen: set[tuple[int, int] | str] = set()
    seq = 0
    for argument in arguments:
        if argument == STDIN:
            if stdin is None:
                continue
            for source in stdin_sources(stdin, seq):
                seq += 1
                yield source
            stdin = None
            continue
        for name, error in _paths(argument):
            if error is None:
                key = _identity(name)
                if key in seen:
                    continue
                seen.add(key)
            yield Source(seq, name, path=name, problem=(error, None) if error else None)
            seq += 1


def _identity(name: str) -> tuple[int, int] | str:
    """The same file however it is reached (one stat, cheaper than resolving the path)."""
    try:
        info = os.stat(name)
    except OSError:
        return os.path.abspath(name)
    return info.st_dev, info.st_ino


def stdin_sources(stream: BinaryIO, start: int = 0) -> Iterator[Source]:
    """One source per non-blank line of a JSON Lines byte stream, read as it comes. A
    line over the file limit (`cat /dev/zero`) becomes an error row and ends the stream:
    there is no telling where the next record would start."""
    seq = start
    lines = bounded_lines(stream, STDIN_REF)
    while True:
        try:
            number, raw = next(lines)
        except StopIteration:
            return
        except InputError as exc:
            yield Source(
                seq,
                f"{STDIN_REF}:{exc.line}",
                line=exc.line,
                problem=(exc.message + "; standard input not read further", exc.line),
            )
            return
        if not raw.strip():
            continue
        ref = f"{STDIN_REF}:{number}"
        try:
            text, problem = decode(raw, STDIN_REF), None
        except InputError as exc:
            text, problem = None, (exc.message, number)
        yield Source(seq, ref, text=text, line=number, problem=problem)
        seq += 1
