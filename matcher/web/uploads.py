"""Uploaded files: bounded, never stored under their own names, zips opened with care.

An uploaded file is untrusted twice over: its content (read with the CLI's limits and
parsers) and its name (shown escaped, never used as a path: stored files get random
names, keeping only a known extension). A zip of applications is refused when it
holds too many members, when their declared or actual size passes the limits, or
when it compresses suspiciously well (a zip bomb).
"""

from __future__ import annotations

import json
import secrets
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from starlette.datastructures import UploadFile

from ..errors import InputError
from ..files.documents import load_document
from ..files.reading import decode
from ..importers import CV_SUFFIXES

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_TOTAL = 200 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, per member
PROFILE_SUFFIXES = {".yaml", ".yml", ".json"}


@dataclass
class Stored:
    path: Path  # where it was saved (a random name)
    shown: str  # the uploaded name, for people to read


def shown_name(name: str | None) -> str:
    """An uploaded name fit to show: its last path part, control characters removed."""
    base = PurePosixPath((name or "upload").replace("\\", "/")).name or "upload"
    return "".join(c for c in base if unicodedata.category(c)[0] != "C")[:200] or "upload"


async def read_bounded(upload: UploadFile, limit: int = MAX_FILE_BYTES) -> bytes:
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file is larger than {limit // (1024 * 1024)} MiB", file=shown_name(upload.filename))
    return data


async def read_profile_upload(upload: object) -> tuple[dict[str, Any], list[str]]:
    """(profile data, notes) from an uploaded profile (YAML/JSON), or a draft from a CV
    (PDF, Word, text, Europass, LinkedIn export, JSON Resume) with its review notes."""
    if not isinstance(upload, UploadFile):
        raise InputError("choose a file to upload", file="form")
    name = shown_name(upload.filename)
    raw = await read_bounded(upload)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in CV_SUFFIXES or (suffix == ".json" and _is_cv_json(raw)):
        return _draft_from_cv(raw, name, suffix)
    text = decode(raw, name)
    kind = ".json" if text.lstrip().startswith("{") else ".yaml"
    try:
        doc = load_document(f"upload{kind}", text)  # parsed as its content says, whatever its name
    except InputError as error:
        error.file = name
        raise
    doc.file = name
    if not isinstance(doc.data, dict):
        raise InputError("expected a mapping of profile fields at the top level", file=name, line=1)
    return doc.data, []


def _is_cv_json(raw: bytes) -> bool:
    """A JSON Resume or a Europass JSON rather than a matcher profile."""
    head = raw[:4096]
    return any(key in head for key in (b'"basics"', b'"work"', b'"SkillsPassport"', b'"LearnerInfo"'))


def _draft_from_cv(raw: bytes, name: str, suffix: str) -> tuple[dict[str, Any], list[str]]:
    """Import a CV through the same importers as `matcher profile import` (in a private
    temporary folder: the importers read files), keeping the draft's review notes."""
    from ..importers import import_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"cv{suffix}"
        path.write_bytes(raw)
        try:
            draft = import_file(path)
        except InputError as error:
            error.file = name
            raise
    read_from = [
        f"{entry}: read from {where}, confidence {draft.confidence.get(entry, 'medium')}"
        for entry, where in draft.sources.items()
    ]
    return draft.data, [*draft.reviews, *read_from]


def _unpack(archive: Path, folder: Path, shown: str) -> list[Stored]:
    out: list[Stored] = []
    try:
        with zipfile.ZipFile(archive) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) > MAX_ZIP_MEMBERS:
                raise InputError(f"the zip holds more than {MAX_ZIP_MEMBERS} files", file=shown)
            if sum(m.file_size for m in members) > MAX_ZIP_TOTAL:
                raise InputError("the zip unpacks to more than 200 MiB", file=shown)
            for member in members:
                if (
                    member.file_size > MAX_FILE_BYTES
                    or member.file_size > MAX_RATIO * max(member.compress_size, 1) + 4096
                ):
                    raise InputError(
                        f"{shown_name(member.filename)}: too large or compressed suspiciously well (a zip bomb?)",
                        file=shown,
                    )
                suffix = PurePosixPath(member.filename).suffix.lower()
                target = folder / f"{secrets.token_hex(12)}{suffix if suffix.isascii() else ''}"
                with zf.open(member) as source, target.open("wb") as sink:
                    data = source.read(MAX_FILE_BYTES + 1)  # the declared size may lie
                    if len(data) > MAX_FILE_BYTES:
                        raise InputError(f"{shown_name(member.filename)}: larger than it says", file=shown)
                    sink.write(data)
                out.append(Stored(target, f"{shown}/{shown_name(member.filename)}"))
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError, zlib.error) as exc:
        # zlib.error, EOFError: damaged or cut compressed data (was a server error for the whole upload)
        raise InputError(f"not a readable zip file ({exc})", file=shown) from None
    return out


async def store_applications(uploads: list[Any], folder: Path) -> tuple[list[Stored], list[InputError]]:
    """Save every uploaded application (zips unpacked) under random names in `folder`;
    a file that cannot be saved becomes a problem to list, and the others still count."""
    folder.mkdir(parents=True, exist_ok=True)
    stored: list[Stored] = []
    problems: list[InputError] = []
    for upload in uploads:
        if not isinstance(upload, UploadFile) or not upload.filename:
            continue
        shown = shown_name(upload.filename)
        suffix = PurePosixPath(shown).suffix.lower()
        target = folder / f"{secrets.token_hex(12)}{suffix if suffix.isascii() else ''}"
        try:
            target.write_bytes(await read_bounded(upload))
            if suffix == ".zip":
                stored += _unpack(target, folder, shown)
                target.unlink()
            else:
                stored.append(Stored(target, shown))
        except InputError as problem:
            target.unlink(missing_ok=True)
            problems.append(problem)
    return stored, problems


def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
