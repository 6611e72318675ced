"""Writing a profile as commented YAML that people who have never seen YAML can edit.

PyYAML's dumper cannot write comments, so the layout is written here: a schema line
for editors, a comment before each section saying what goes in it, keys in the
model's order. Strings are always double-quoted (PyYAML escapes them), so a title
such as `NO` (Norway) or `yes` can never be read back as anything but text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from ..files.sanitize import INVISIBLE_CHARACTER
from ..models.profile import CurrentEmployment, Education, Experience, Language, Profile
from .schema import PROFILE_SCHEMA_FILE

_SECTION_COMMENTS = {
    "current_employment": [
        "Where you work today. employer_type law_enforcement or government means you are",
        "an official: secondment notices are open to serving officials only.",
    ],
    "education": [
        "Degrees and diplomas. level is ISCED 2011: 5 short-cycle tertiary, 6 bachelor or",
        "equivalent, 7 master, 8 doctorate. years: length of the programme (full-time).",
        "completed: true once awarded. Leave out what you don't know (level, years,",
        "completed): it is 'not stated', and requirements that need it go to review.",
    ],
    "experience": [
        "Jobs, with titles and dates exactly as in your contracts. Dates: YYYY-MM (a start",
        "means the month's first day, an end its last day). A job you hold now has",
        "ongoing: true and no end. fraction: 1 full time, 0.5 half time.",
        "proof_of_employment: false if you cannot show a payslip or work certificate",
        "(notices that ask for proof do not count that job).",
    ],
    "languages": [
        "Languages with CEFR levels A1-C2 (mother_tongue: true counts as C2); skills may",
        "give listening, reading, speaking and writing levels separately. A language",
        "without a level is allowed: its level is 'not stated' (needs review).",
    ],
    "notes": ["Notes for yourself; not used in matching."],
}
_ORDER = {
    "profile": list(Profile.model_fields),
    "current_employment": list(CurrentEmployment.model_fields),
    "education": list(Education.model_fields),
    "experience": list(Experience.model_fields),
    "languages": list(Language.model_fields),
}
_FLOW_LISTS = {"nationality", "countries_worked_with", "categories"}


def scalar(value: Any) -> str:
    """One YAML scalar: strings double-quoted and escaped, numbers and booleans bare."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    quoted = yaml.safe_dump(str(value), default_style='"', allow_unicode=True, width=10**9).strip()
    return INVISIBLE_CHARACTER.sub(_code_point_escape, quoted)


# Bidi controls and zero-width characters (from a CV, say) are kept but written as escapes:
# raw, a U+202E in a title would reorder the line for whoever reviews the draft.
def _code_point_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# What PyYAML reads back as-is inside a block (line separators U+2028/9 are line breaks to it).
_NON_PRINTABLE = re.compile("[^\x09\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _literal(text: str, indent: str) -> list[str] | None:
    """A multi-line string as a literal block (`|-`), when it can be one without changing it."""
    lines = text.split("\n")
    if (
        len(lines) < 2
        or text.endswith("\n")
        or text[:1] in " \t\n"
        or any(
            _NON_PRINTABLE.search(line) or INVISIBLE_CHARACTER.search(line) or (line and not line.strip())
            for line in lines
        )
    ):
        return None
    return [f"{indent}{line}" if line else "" for line in lines]


def _pair(lead: str, key: str, value: Any, indent: str) -> list[str]:
    """`key: value`, with a multi-line string as an indented literal block."""
    if isinstance(value, str):
        block = _literal(value, indent + "  ")
        if block is not None:
            return [f"{lead}{key}: |-", *block]
    return [f"{lead}{key}: {scalar(value)}"]


def _ordered(data: dict[str, Any], section: str) -> list[tuple[str, Any]]:
    order = _ORDER.get(section, [])
    return sorted(data.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))


def _mapping(data: dict[str, Any], section: str, indent: str, first_prefix: str | None = None) -> list[str]:
    lines = []
    for i, (key, value) in enumerate(_ordered(data, section)):
        lead = first_prefix if (i == 0 and first_prefix is not None) else indent
        if isinstance(value, dict):
            if not value:
                continue
            lines.append(f"{lead}{key}:")
            lines += [f"{indent}  {k}: {scalar(v)}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{lead}{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            lines += _pair(lead, key, value, indent)
    return lines


def schema_reference(output: Path | None) -> str:
    """Where an editor finds the profile schema: relative to the profile when both
    live in this checkout, otherwise as an absolute file URI."""
    target = PROFILE_SCHEMA_FILE
    if output is not None:
        here = output.resolve().parent
        root = target.parent.parent
        if here == root or root in here.parents:
            return Path(os.path.relpath(target, here)).as_posix()
    return target.as_uri()


def profile_yaml(data: dict[str, Any], *, header: list[str], schema_ref: str | None) -> str:
    """The profile `data` (plain values, as a Profile accepts them) as commented YAML."""
    lines = []
    if schema_ref:
        lines.append(f"# yaml-language-server: $schema={schema_ref}")
    lines += [f"# {line}".rstrip() for line in header]
    for key, value in _ordered(data, "profile"):
        if value in (None, [], {}, ""):
            continue
        comment = [f"# {line}" for line in _SECTION_COMMENTS.get(key, [])]
        if comment:
            lines += ["", *comment]
        if key in _FLOW_LISTS and isinstance(value, list):
            lines.append(f"{key}: [{', '.join(scalar(v) for v in value)}]")
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines += _mapping(value, key, "  ")
        elif isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                lines += _mapping(item, key, "    ", first_prefix="  - ")
        else:
            lines += _pair("", key, value, "")
    return "\n".join(lines) + "\n"
