"""The limits every YAML or JSON document is read within (nesting, values, string and number sizes)."""

from __future__ import annotations

from ..messages import Errors

MAX_DEPTH = 40
MAX_NODES = 200_000
MAX_STRING_CHARS = 100_000
MAX_NUMBER_DIGITS = 100  # an integer longer than this is no age, year or count


def long_number(digits: int) -> str:
    return Errors.E414.format(digits=digits, limit=MAX_NUMBER_DIGITS)
