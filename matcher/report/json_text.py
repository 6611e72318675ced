"""`json.dumps(value, indent=2, ensure_ascii=False)`, byte for byte, faster.

With `indent`, the standard library encodes in pure Python through a chain of nested
generators: a 28,000-entry profile's report (100,000 evidence records, ~20 million
values yielded) took ~2 s to encode. This writes the same text with one recursive
function appending to a list; a scalar inside a container is written in the container's
own loop (no call each), and each key's line start (newline, indentation, quoted key) is
made once per depth. (Writing the containers of scalars with the standard library's C
encoder, separators set to the indentation, was tried: checking which containers qualify
cost as much as it saved.) A value outside JSON's plain types (or a key that is not a
string) falls back to `json.dumps` itself, so the answer never differs. A list of records of
one shape (the evidence: one per entry and requirement) is written as a table: each column's
values encoded at once (`map` over the C string encoder), each record by one %-template.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring  # what json.dumps uses with ensure_ascii=False
from typing import Any

from ..second_core import split_map

_INDENT = "  "
CHUNK_PARTS = 4096  # parts joined into one piece of a long text (dumps_chunks)
_TABLE_ROWS = 8  # a list of at least this many records of one shape is written as a table
_SCALARS = frozenset({str, int, float, bool, type(None)})  # exact types _scalar writes
_FLOAT_WORDS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # float.__repr__ -> json's spelling


class _Unplain(Exception):
    """A value json.dumps would convert or reject: let it do so."""


def dumps_indented(value: Any, records: type | None = None, end: str = "") -> str:
    """The text of `json.dumps(value, indent=2, ensure_ascii=False)` followed by `end`, where
    an instance of `records` (a class with `to_dict()` and `json_layout()`, like
    engine.evidence.Evidence) stands for its `to_dict()`. (`end` is joined with the rest:
    adding it afterwards copied a long report's text, 140 MB for 28,000 entries, once more.)"""
    return "".join(dumps_chunks(value, records, end))


def dumps_chunks(value: Any, records: type | None = None, end: str = "") -> list[str]:
    """`dumps_indented`'s text in pieces of about CHUNK_PARTS written parts each, never joined:
    a long report (160 MB for 66,000 short entries) is then held once, not twice (its parts
    and their join) and then a third time encoded; files.output.emit writes the pieces."""
    out: list[str] = []
    writer = _Writer(out, records)
    try:
        writer.write(value, "\n")
        out.append(end)
    except (_Unplain, RecursionError):

        def as_dict(item: Any) -> Any:
            if records is not None and isinstance(item, records):
                return item.to_dict()  # type: ignore[attr-defined]
            raise TypeError(f"Object of type {type(item).__name__} is not JSON serializable")

        return [json.dumps(value, indent=2, ensure_ascii=False, default=as_dict) + end]
    writer.spill()
    return writer.chunks


def _scalar(value: Any) -> str | None:
    """The JSON of a plain scalar (exact types only: a subclass takes the general path), or None."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        text = float.__repr__(value)
        return _FLOAT_WORDS.get(text, text)
    return None


class _Writer:
    def __init__(self, out: list[str], records: type | None = None) -> None:
        self.out = out
        self.record_type = records
        self.heads: dict[tuple[str, str], str] = {}  # (indented newline, key) -> newline + indent + "key": "
        self.chunks: list[str] = []  # the text so far, joined by CHUNK_PARTS parts (spill)

    def spill(self) -> None:
        """The parts written so far joined into one piece of the text (the list emptied in place:
        the loops below hold it as `out`)."""
        if self.out:
            self.chunks.append("".join(self.out))
            self.out.clear()

    def write(self, value: Any, newline: str) -> None:
        text = _scalar(value)
        if text is not None:
            self.out.append(text)
        elif isinstance(value, dict):
            self.mapping(value, newline)
        elif isinstance(value, (list, tuple)):
            self.sequence(value, newline)
        elif self.record_type is not None and isinstance(value, self.record_type):
            self.mapping(value.to_dict(), newline)  # type: ignore[attr-defined]
        else:
            self.general(value)

    def general(self, value: Any) -> None:
        """Subclasses of the plain scalar types, as json.dumps writes them."""
        if isinstance(value, str):
            self.out.append(encode_basestring(value))
        elif isinstance(value, int):
            self.out.append(int.__repr__(value))
        elif isinstance(value, float):
            text = float.__repr__(value)
            self.out.append(_FLOAT_WORDS.get(text, text))
        else:
            raise _Unplain

    def mapping(self, value: dict, newline: str) -> None:
        if not value:
            self.out.append("{}")
            return
        out, heads, inner = self.out, self.heads, newline + _INDENT
        opening = "{"
        for key, item in value.items():
            head = heads.get((inner, key))
            if head is None:
                if type(key) is not str:
                    raise _Unplain
                head = heads[inner, key] = inner + encode_basestring(key) + ": "
            text = _scalar(item)
            if text is not None:
                out.append(opening + head + text)
            else:
                out.append(opening + head)
                self.write(item, inner)
            opening = ","
        out.append(newline + "}")

    def sequence(self, value: list | tuple, newline: str) -> None:
        if not value:
            self.out.append("[]")
            return
        out, inner = self.out, newline + _INDENT
        records = None
        if len(value) >= _TABLE_ROWS:
            if type(value[0]) is dict:
                records = self.table(value, inner)
            elif self.record_type is not None and isinstance(value[0], self.record_type):
                records = self.record_table(value, inner)
        opening, rest = "[" + inner, "," + inner
        if records is not None:  # a table's text in pieces: one join of a 100 MB table was a copy of it
            long = len(records) > CHUNK_PARTS
            while records:  # each piece's records freed as it is joined
                out.append(opening + rest.join(records[:CHUNK_PARTS]))
                del records[:CHUNK_PARTS]
                opening = rest
                if long:
                    self.spill()
            out.append(newline + "]")
            return
        for item in value:
            text = _scalar(item)
            if text is not None:
                out.append(opening + text)
            else:
                out.append(opening)
                self.write(item, inner)
                if len(out) > CHUNK_PARTS:
                    self.spill()
            opening = rest
        out.append(newline + "]")

    def table(self, rows: list | tuple, newline: str) -> list[str] | None:
        """The texts of `rows` (written at `newline`) when they are dicts with the same string
        keys in the same order and only scalars or lists of scalars as values, else None (the
        list is written item by item: a table of tables would copy its long texts again)."""
        keys = tuple(rows[0])
        if not keys or set(map(type, rows)) != {dict} or set(map(tuple, rows)) != {keys}:
            return None
        if any(type(key) is not str for key in keys):
            return None
        return self.rows_texts(rows, dict.values, keys, newline)

    def record_table(self, items: list | tuple, newline: str) -> list[str] | None:
        """`table` for instances of `records` of one class, read through its `json_layout`
        (no dict made per record), else None."""
        kind = type(items[0])
        if any(type(item) is not kind for item in items):
            return None
        keys, values = kind.json_layout()
        return self.rows_texts(items, values, keys, newline)

    def rows_texts(
        self, rows: Sequence[Any], values: Callable[[Any], Iterable], keys: Sequence[str], newline: str
    ) -> list[str] | None:
        """The texts of `rows`, each written from `values(row)` under `keys`, or None when a value
        is not plain (the list is then written item by item)."""
        template = "{" + ",".join(newline + _INDENT + encode_basestring(k).replace("%", "%%") + ": %s" for k in keys)
        template += newline + "}"
        # each record's text depends on the record alone: a long report's tables (100,000
        # evidence records) may be written half by a forked child (matcher/second_core.py)
        texts = split_map(lambda part: self.texts(map(values, part), len(part), newline, template), rows)
        return None if None in texts else texts  # type: ignore[return-value]

    def texts(self, rows: Iterable[Iterable], count: int, newline: str, template: str) -> list[str | None]:
        """The texts of `count` records (each its values in the template's order), or Nones when
        a value is neither a scalar nor a list or tuple of scalars."""
        inner = newline + _INDENT
        columns = []
        for values in zip(*rows, strict=True):
            column = self.column(values, inner)
            if column is None:
                return [None] * count
            columns.append(column)
        return [template % record for record in zip(*columns, strict=True)]

    @staticmethod
    def column(values: tuple, newline: str) -> list[str] | None:
        """The JSON of each value (written at `newline`), a column of one plain type at once;
        None when a value is neither a scalar nor a list of scalars."""
        kinds = set(map(type, values))
        if kinds == {str}:
            return list(map(encode_basestring, values))
        if kinds == {int}:
            return list(map(int.__repr__, values))
        if kinds == {float} and all(map(math.isfinite, values)):
            return list(map(float.__repr__, values))
        if kinds <= _SCALARS:
            return [_scalar(value) for value in values]  # type: ignore[misc]
        if not kinds <= {list, tuple, *_SCALARS}:
            return None
        item = newline + _INDENT
        texts = []
        for value in values:
            scalar = _scalar(value)
            if scalar is not None:
                texts.append(scalar)
            elif not value:
                texts.append("[]")
            elif set(map(type, value)) == {str}:  # "why": each list in one join
                texts.append("[" + item + ("," + item).join(map(encode_basestring, value)) + newline + "]")
            elif set(map(type, value)) <= _SCALARS:
                texts.append("[" + item + ("," + item).join(map(_scalar, value)) + newline + "]")  # type: ignore[arg-type]
            else:
                return None
        return texts
