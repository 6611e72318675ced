"""JSON text -> data within the document limits: no duplicate keys, bounded integers, bounded
nesting, one-line errors (the YAML reader, documents.py, enforces the same limits on its nodes).
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import InputError
from ..messages import Errors
from .limits import MAX_DEPTH, MAX_NODES, MAX_NUMBER_DIGITS, MAX_STRING_CHARS, long_number


class _DuplicateKey(Exception):
    pass


class _LongNumber(Exception):
    pass


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _LongNumber(len(digits.lstrip("-")))
    return int(digits)


def parse_json(text: str, name: str, line: int | None = None) -> Any:
    """JSON text to data with the loader's limits: no duplicate keys, integers of at most
    MAX_NUMBER_DIGITS digits (Python refuses more than 4,300 with a ValueError, and
    converting them is quadratic), nesting at most MAX_DEPTH levels (a 100,000-deep line
    would otherwise be a RecursionError). Errors are one-line InputErrors; `line` is the
    line number of a JSON Lines record."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _DuplicateKey(key)
            result[key] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise InputError(
            Errors.E412.format(detail=exc.msg), file=name, line=line or exc.lineno, column=exc.colno
        ) from None
    except _DuplicateKey as dup:
        raise InputError(Errors.E413.format(key=dup.args[0]), file=name, line=line) from None
    except _LongNumber as long:
        raise InputError(long_number(long.args[0]), file=name, line=line) from None
    except (RecursionError, MemoryError):
        raise InputError(Errors.E415.format(depth=MAX_DEPTH), file=name, line=line) from None
    except ValueError as exc:  # whatever else json refuses: still one line
        raise InputError(Errors.E412.format(detail=exc), file=name, line=line) from None
    _check_limits(data, name, line)
    return data


def _within_limits(data: Any) -> bool:
    """Whether `data` keeps every limit `_check_limits` enforces, level by level (no tuple per
    value: ~4x faster on a 5 MiB profile); only data that breaks one is walked again there,
    so the error named is the one that walk meets first."""
    level, depth, count = [data], 0, 0
    while level:
        count += len(level)
        if count > MAX_NODES or depth > MAX_DEPTH:
            return False
        below: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                below += value.keys()
                below += value.values()
            elif isinstance(value, list):
                below += value
            elif isinstance(value, str) and len(value) > MAX_STRING_CHARS:
                return False
        level, depth = below, depth + 1
    return True


def _check_limits(data: Any, name: str, line: int | None = None) -> None:
    """The limits the YAML path enforces (depth, values, string length), for JSON data."""
    if _within_limits(data):
        return
    count = 0
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise InputError(Errors.E416.format(limit=MAX_NODES), file=name, line=line)
        if depth > MAX_DEPTH:
            raise InputError(Errors.E415.format(depth=MAX_DEPTH), file=name, line=line)
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str) and len(value) > MAX_STRING_CHARS:
            raise InputError(Errors.E417.format(size=len(value), limit=MAX_STRING_CHARS), file=name, line=line)
