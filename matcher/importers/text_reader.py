"""Plain-text CVs: UTF-8 (or UTF-16 with a BOM, or Latin-1 as a last resort), line by line."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..files.reading import read_bytes
from .lines import Line, clean_text
from .safety import MAX_TEXT_BYTES, check_size

_RULE = re.compile(r"^\s*([=\-_~*#])\1{2,}\s*$")


def decode_bytes(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary data, not a text CV", file=path)
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp1252", errors="replace")


def read_lines(path: Path) -> list[Line]:
    check_size(path, MAX_TEXT_BYTES)
    text = decode_bytes(read_bytes(path, MAX_TEXT_BYTES), path)  # bounded even if it grows
    lines: list[Line] = []
    raw_lines = text.splitlines()
    for number, raw in enumerate(raw_lines, 1):
        if _RULE.match(raw):  # an underline: the line above is a heading
            if lines and lines[-1].where == f"line {number - 1}":
                lines[-1] = Line(lines[-1].text, lines[-1].where, heading=True)
            continue
        line = clean_text(raw)
        if line:
            lines.append(Line(line, f"line {number}"))
    return lines
