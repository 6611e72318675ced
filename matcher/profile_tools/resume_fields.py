"""Reading one JSON Resume field: a string, a list, a date, a country; whether an entry is a
valid profile model; which of an entry's fields the profile does not carry (named in a note).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from ..models.dates import parse_partial
from . import places

ISO_DATE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$")


def text(value: Any) -> str | None:
    """A non-empty string, or None for anything else."""
    return value.strip() or None if isinstance(value, str) else None


def items(data: dict[str, Any], key: str, notes: list[str]) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        notes.append(f"{key}: expected a list, got {type(value).__name__}; left out")
        return []
    return value


def iso_date(value: Any) -> str | None:
    """A JSON Resume date (YYYY, YYYY-MM, YYYY-MM-DD, maybe with a time) or None."""
    match = ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    parse_partial(match.group(1))
    return match.group(1)


def first_error(exc: ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where + ': ' if where else ''}{error['msg'].removeprefix('Value error, ')}"


def invalid(model: type[BaseModel], entry: dict[str, Any]) -> str | None:
    """None if `entry` is a valid `model`, else the first reason it is not."""
    try:
        model.model_validate(entry)
    except ValidationError as exc:
        return first_error(exc)
    return None


def where(key: str, index: int, label: str | None) -> str:
    return f"{key}[{index}]" + (f" ({label})" if label else "")


CARRIED = {
    "work": {"name", "company", "position", "startDate", "endDate", "summary", "description", "highlights", "location"},
    "volunteer": {"organization", "position", "startDate", "endDate", "summary", "highlights", "location"},
    "education": {"institution", "area", "studyType", "startDate", "endDate"},
    "languages": {"language", "fluency"},
    "basics": {"name", "email", "phone", "location"},
}


def left_over(key: str, item: dict[str, Any], where: str, notes: list[str]) -> None:
    """Every field of an entry that the profile does not carry, listed by name."""
    unused = [k for k, v in item.items() if k not in CARRIED[key] and v not in (None, "", [], {})]
    if unused:
        notes.append(f"{where}: not carried over: {', '.join(sorted(map(str, unused)))}")


def country(location: Any, where: str, notes: list[str]) -> str | None:
    """The job's country, only from an explicit code or an unambiguous country name."""
    if isinstance(location, dict):  # some exporters write {"city": ..., "countryCode": ...}
        code = places.explicit_code(location.get("countryCode"))
        if code is None:
            notes.append(f"{where}: location has no valid countryCode; country not stated: add `country`")
        return code
    written = text(location)
    if written is None:
        return None
    code = places.country_in_text(written)
    if code is None:  # a city alone is not a country, even the city basics.location names
        notes.append(
            f"{where}: location {written!r} not mapped to a country (no country name in it; a city, a state or "
            "region abbreviation is not read as a country): add `country`"
        )
    return code
