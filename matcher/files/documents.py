"""Reading YAML/JSON documents safely, with limits and line numbers for every field.

PyYAML's own loaders keep aliases as shared references (a "billion laughs" document
loads fast and explodes later), silently keep the last of duplicate keys and read
`NO` (Norway) as False. So we compose the node tree and build plain Python data
ourselves: aliases refused, duplicate keys refused, YAML 1.2 booleans only, dates
left as strings for pydantic to parse, and each field's line remembered so that a
validation error can say where it is. JSON text is read by json_text.py, within the same
limits (limits.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..messages import Errors
from .json_text import parse_json
from .limits import MAX_DEPTH, MAX_NODES, MAX_NUMBER_DIGITS, MAX_STRING_CHARS, long_number
from .reading import read_text

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TRUE, _FALSE = {"true", "True", "TRUE"}, {"false", "False", "FALSE"}

# YAML 1.2 core-schema floats that YAML 1.1 (PyYAML) reads as text: exponent without a dot.
_FLOAT_12 = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+")
# The numbers YAML 1.2's core schema has. PyYAML (YAML 1.1) also reads 0b11, 0_3, 1_000.5
# and 1:30 as numbers; those stay text, so a strict number field refuses them.
_INT_12 = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_DECIMAL_12 = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """Parsed data plus where each field came from (1-based line, column)."""

    data: Any
    file: str
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # For JSON, positions come from a second (YAML) parse, done only if an error needs them.
    locate: Callable[[], Document] | None = field(default=None, repr=False, compare=False)

    def position(self, path: Path_, at_key: bool = False) -> tuple[int | None, int | None]:
        """The closest known position for `path` (a field's parent if need be);
        `at_key` points at the field's name rather than its value."""
        if self.locate is not None:
            locate, self.locate = self.locate, None
            try:
                located = locate()
                self.positions, self.key_positions = located.positions, located.key_positions
            except InputError:
                pass
        if at_key and path in self.key_positions:
            return self.key_positions[path]
        while True:
            if path in self.positions:
                return self.positions[path]
            if not path:
                return None, None
            path = path[:-1]


def dotted(path: Path_) -> str:
    """('experience', 2, 'start') -> 'experience[2].start'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_document(path: str | Path, text: str | None = None) -> Document:
    """Load a YAML or JSON file (chosen by extension; YAML otherwise) into a Document."""
    name = str(path)
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise InputError(Errors.E411, file=name)
    if name.endswith(".json"):
        return _load_json(text, name)
    return parse_yaml(text, name)


def _load_json(text: str, name: str) -> Document:
    try:
        data = parse_json(text, name)
    except InputError as error:
        if error.message.startswith(("duplicate key", "number of")):
            try:  # JSON is (nearly) YAML: the YAML reader names the line and field
                parse_yaml(text, name)
            except InputError as located:
                if located.message == error.message:
                    raise located from None
        raise
    # JSON is (nearly) YAML: the YAML reader recovers field positions for error messages.
    return Document(data, name, locate=lambda: _located_json(text, name))


# A character outside the BMP written as a JSON surrogate-pair escape ("\udb40\udc41"),
# after an odd run of backslashes (an even run is an escaped backslash, then the letter u).
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _located_json(text: str, name: str) -> Document:
    """Field positions of a JSON document, from the YAML reader.

    YAML refuses surrogate escapes, which JSON uses for characters such as emoji or tag
    characters; each pair is written as the character itself (11 columns shorter), and the
    columns after it on its line are moved back."""
    shifts: dict[int, list[int]] = {}  # line -> YAML columns after which 11 columns were lost

    def one_character(match: re.Match[str]) -> str:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start(2) - 2 - (text.rfind("\n", 0, match.start()) + 1) + 1
        shifts.setdefault(line, []).append(column - 11 * len(shifts.get(line, [])))
        high, low = int(match[2], 16), int(match[3], 16)
        return match[1] + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    located = parse_yaml(_SURROGATE_PAIR.sub(one_character, text), name)
    if shifts:

        def moved(position: tuple[int, int]) -> tuple[int, int]:
            line, column = position
            return line, column + 11 * sum(column > at for at in shifts.get(line, []))

        located.positions = {path: moved(at) for path, at in located.positions.items()}
        located.key_positions = {path: moved(at) for path, at in located.key_positions.items()}
    return located


def parse_yaml(text: str, name: str = "<input>") -> Document:
    """Parse one YAML document into plain data, refusing aliases and duplicate keys."""
    try:
        loader = _Loader(text)
        try:
            _prescan(loader, name)
        finally:
            loader.dispose()
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError(
            Errors.E418.format(detail=problem),
            file=name,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. a raw ESC
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise InputError(
            Errors.E419.format(code=code),
            file=name,
            line=line,
            column=column,
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(Errors.E418.format(detail=exc), file=name) from None
    except RecursionError:
        raise InputError(Errors.E415.format(depth=MAX_DEPTH), file=name) from None
    if node is None:
        raise InputError(Errors.E420, file=name)
    builder = _Builder(name)
    return Document(builder.build(node, (), 0), name, builder.positions, builder.key_positions)


def _prescan(loader: Any, name: str) -> None:
    """Refuse anchors/aliases and over-large documents from the event stream, before
    any node tree is composed (so neither can cost time or memory)."""
    count = 0
    while True:
        event = loader.get_event()
        if event is None or isinstance(event, yaml.StreamEndEvent):
            return
        mark = event.start_mark
        where = {"file": name, "line": mark.line + 1, "column": mark.column + 1} if mark else {"file": name}
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise InputError(Errors.E421, **where)
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            count += 1
            if count > MAX_NODES:
                raise InputError(Errors.E416.format(limit=MAX_NODES), **where)


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}
        self.count = 0

    def error(self, message: str, node: yaml.Node, path: Path_) -> InputError:
        mark = node.start_mark
        return InputError(
            message, file=self.name, line=mark.line + 1, column=mark.column + 1, field=dotted(path) or None
        )

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.error(Errors.E416.format(limit=MAX_NODES), node, path)
        if depth > MAX_DEPTH:
            raise self.error(Errors.E415.format(depth=MAX_DEPTH), node, path)
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self.error(Errors.E422, key_node, path)
                key = str(self.scalar(key_node, path))
                self.key_positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                if key in result:
                    raise self.error(Errors.E413.format(key=key), key_node, path + (key,))
                result[key] = self.build(value_node, path + (key,), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode), "a YAML node is a mapping, a sequence or a scalar"
        return self.scalar(node, path)

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        value = node.value
        if len(value) > MAX_STRING_CHARS:
            raise self.error(Errors.E417.format(size=len(value), limit=MAX_STRING_CHARS), node, path)
        if node.style:  # quoted or block scalar: always a string (plain is None or "")
            return value
        tag = node.tag.rsplit(":", 1)[-1]
        if tag == "null":
            return None
        if tag == "bool":  # YAML 1.2: only true/false; "no"/"yes"/"on" stay words (NO = Norway)
            return True if value in _TRUE else False if value in _FALSE else value
        if tag == "int":
            if len(value) > MAX_NUMBER_DIGITS:
                raise self.error(long_number(len(value.lstrip("+-"))), node, path)
            if not _INT_12.fullmatch(value):
                return value
            return int(value, 10) if value[1:2] not in ("o", "x") else int(value, 0)  # "012" is twelve
        if tag == "float":
            return float(value) if _DECIMAL_12.fullmatch(value) else value
        if tag == "str" and _FLOAT_12.fullmatch(value):  # YAML 1.2 floats such as 1e999 and 1e-300
            return float(value)
        return value  # str, timestamp (pydantic parses dates) and anything else
