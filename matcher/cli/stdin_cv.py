"""`matcher profile import -`: a CV on standard input.

The importers choose their reader by file extension, and a pipe has none, so the
extension is told by the content (`cv_suffix`); the bytes are read with the size limit
of any file (MATCHER_MAX_FILE_BYTES) and handed to the same importers as a named file,
from a private temporary folder. Messages name `<stdin>`, never that folder.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from ..errors import InputError
from .common import STDIN, read_stdin_bytes


def cv_suffix(raw: bytes) -> str:
    """The extension of a CV file with these bytes: .pdf, .docx, .zip (a LinkedIn export),
    .xml (Europass), .json (JSON Resume or Europass) or .txt."""
    if raw.startswith(b"%PDF-"):
        return ".pdf"
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            return ".zip"  # the importer says what is wrong with it
        return ".docx" if "word/document.xml" in names else ".zip"
    head = raw[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return ".xml"
    if head.startswith((b"{", b"[")):
        return ".json"
    return ".txt"


def import_stdin_cv():
    """The Draft of the CV on standard input."""
    from ..importers import import_file

    raw = read_stdin_bytes()
    with tempfile.TemporaryDirectory(prefix="matcher-cv-") as folder:
        path = Path(folder) / f"stdin{cv_suffix(raw)}"
        path.write_bytes(raw)
        try:
            return import_file(path)
        except InputError as error:
            error.file = STDIN
            error.message = error.message.replace(str(path), STDIN).replace(folder, STDIN)
            raise
