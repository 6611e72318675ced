"""Limits for untrusted CV files: size, pages, zip archives, XML.

Every check raises InputError (one line, exit 2, an error row in `screen`) before a
parser sees the file. Zip archives (DOCX, LinkedIn exports) are checked on their
declared sizes, their compression ratio and member count, and their members are
read with a byte cap, so a zip bomb whose headers lie is still stopped.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a CV larger than 20 MB is not a CV
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_PDF_PAGES = 30
MAX_PDF_PAGE_CHARS = 20_000  # a dense page of 8-point text holds about 8,000
# The text of any CV read as lines (PDF, Word, plain text): 30 dense pages hold far fewer
# characters. The readers' work is linear but each line meets a few hundred patterns, so a
# 2 MB text CV of date-like runs took minutes; this bounds every format alike.
MAX_CV_CHARS = 200_000
MAX_PDF_CHARS = MAX_CV_CHARS
MAX_PDF_PAGE_LINES = 600  # text lines on one page (the shipped CVs have at most 69)
MAX_PDF_PAGE_RULES = 800  # drawn segments read as table rules on one page (a ruled CV table: a few dozen)
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 30 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely does better than ~20:1 on real documents
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    if not path.is_file():
        raise InputError("not a regular file (a pipe, socket or device)", file=path)
    if size > limit:
        raise InputError(f"file is {size / 1e6:.1f} MB; the limit for a CV is {limit / 1e6:.0f} MB", file=path)
    return size


def check_chars(lines: list, path: Path) -> None:
    """A CV read as lines holds at most MAX_CV_CHARS characters (PDFs are stopped while drawn)."""
    total = sum(len(line.text) for line in lines)
    if total > MAX_CV_CHARS:
        raise InputError(
            f"text of {total:,} characters, over the {MAX_CV_CHARS:,}-character limit for a CV: is it a CV?", file=path
        )


def open_zip(path: Path, what: str) -> zipfile.ZipFile:
    """An archive whose declared sizes are within limits (each member is still read capped)."""
    check_size(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"not a readable {what} (zip archive): {exc}", file=path) from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{what} has {len(members)} members (limit {MAX_MEMBERS}): refused", file=path)
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > 1_000_000 and ratio > MAX_RATIO)
        ):
            raise InputError(
                f"{what} member {info.filename!r} expands to {info.file_size} bytes "
                f"(ratio {ratio:.0f}:1): refused as a possible zip bomb",
                file=path,
            )
        if info.flag_bits & 0x1:
            raise InputError(f"{what} member {info.filename!r} is encrypted: refused", file=path)
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: Path, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """A member's bytes, stopping at `limit` whatever its header declares."""
    try:
        with archive.open(name) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error) as exc:
        # zlib.error and EOFError: damaged or cut compressed data (was an internal error)
        raise InputError(f"archive member {name!r} cannot be read: {exc}", file=path) from None
    if len(data) > limit:
        raise InputError(
            f"archive member {name!r} expands beyond {limit} bytes: refused as a possible zip bomb", file=path
        )
    return data


def refuse_doctype(data: bytes, path: Path, where: str) -> None:
    """XML with a DOCTYPE or entity declaration is refused (entity bombs, external entities)."""
    if _DOCTYPE.search(data[:4096]) or _DOCTYPE.search(data):
        raise InputError(
            f"{where}: XML with a DOCTYPE or entity declarations is refused "
            "(entity expansion and external references are not allowed)",
            file=path,
        )
