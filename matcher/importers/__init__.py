"""CV importers: PDF, Word, plain text, Europass (XML, JSON), LinkedIn export, JSON Resume
-> a draft profile whose every fact says where it came from.

`import_file(path)` picks the reader from the file's content and extension; each
reader lives in its own module and is imported only when used, so commands that
never import a CV do not load pdfminer, python-docx or defusedxml.

Libraries, and why: pdfminer.six (pure Python, maintained, gives every text line with
its position, which the reading-order code needs for sidebars and tables; pdfplumber
adds table extraction on top of it but also a pypdfium2 binary we do not need);
python-docx (paragraphs, styles and tables in document order; its XML parser does not
resolve entities, and we refuse DOCTYPEs before it runs); defusedxml for Europass XML
(no entity expansion, no external references). No date-parsing library: dateparser
guesses ambiguous numeric dates and fills missing days, which a draft must not do;
the EN/FR month names and "present" words are a small data file (data/cv_dates.yaml).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .draft import Draft

# extension -> format; the content decides between candidates (a .json is JSON Resume or Europass)
FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".xml": "europass-xml",
    ".zip": "linkedin",
    ".json": "json",
    ".docm": "docx",
}
CV_SUFFIXES = tuple(s for s in FORMATS if s != ".json")


def detect(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"unknown CV format {path.suffix or '(no extension)'!r}; matcher imports "
            ".pdf, .docx, .txt, Europass .xml/.json, a LinkedIn export .zip and JSON Resume .json",
            file=path,
        )
    if fmt == "json":
        from .europass_json import is_europass

        return "europass-json" if is_europass(path) else "jsonresume"
    return fmt


def import_file(path: Path | str) -> Draft:
    """A Draft for one CV file; any problem with the file is an InputError (one line, exit 2),
    and so is a file from which nothing could be drafted: an empty profile would be judged
    "not eligible" from nothing, where the truth is that the CV was not read."""
    from .faithful import check

    path = Path(path)
    return _not_empty(check(_draft(path, detect(path))), path)


# The facts a verdict can rest on; a name, an e-mail or a phone number alone is not a CV read.
DRAFTED_FACTS = ("experience", "education", "languages", "nationality")


def _not_empty(draft: Draft, path: Path) -> Draft:
    if any(draft.data.get(key) for key in DRAFTED_FACTS):
        return draft
    no_text = any("no text found" in note for note in draft.reviews)
    why = "no text in it (a scanned image?)" if no_text else "no dated job, degree, language or nationality found in it"
    raise InputError(
        f"nothing to draft a profile from: {why}; is it a CV? Write the profile by hand (`matcher profile new`)",
        file=path,
    )


def _draft(path: Path, fmt: str) -> Draft:
    if fmt in ("pdf", "docx", "text"):
        from .cv_text import draft_from_lines
        from .safety import check_chars

        lines = read_lines(path, fmt)
        check_chars(lines, path)
        return draft_from_lines(lines, fmt, path.name)
    if fmt == "europass-xml":
        from .europass_xml import draft_europass_xml

        return draft_europass_xml(path)
    if fmt == "europass-json":
        from .europass_json import draft_europass_json

        return draft_europass_json(path)
    if fmt == "linkedin":
        from .linkedin import draft_linkedin

        return draft_linkedin(path)
    from .jsonresume import draft_jsonresume

    return draft_jsonresume(path)


def read_lines(path: Path, fmt: str):
    if fmt == "pdf":
        from .pdf_reader import read_lines as read
    elif fmt == "docx":
        from .docx_reader import read_lines as read
    else:
        from .text_reader import read_lines as read
    return read(path)


def extract_text(path: Path | str) -> str:
    """The plain text of a CV (for the naive baseline in bench/eval_import.py)."""
    path = Path(path)
    fmt = detect(path)
    if fmt in ("pdf", "docx", "text"):
        return "\n".join(line.text for line in read_lines(path, fmt))
    if fmt == "linkedin":
        from .linkedin import archive_text

        return archive_text(path)
    return path.read_text(encoding="utf-8", errors="replace")


__all__ = ["Draft", "import_file", "detect", "CV_SUFFIXES", "extract_text"]
