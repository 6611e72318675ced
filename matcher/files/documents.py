"""Reading YAML/JSON documents safely, with limits and line numbers for every field.

PyYAML's own loaders keep aliases as shared references (a "billion laughs" document
loads fast and explodes later), silently keep the last of duplicate keys and read
`NO` (Norway) as False. So we compose the node tree and build plain Python data
ourselves: aliases refused, duplicate keys refused, YAML 1.2 booleans only, dates
left as strings for pydantic to parse, and each field's line remembered so that a
validation error can say where it is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError

MAX_FILE_BYTES = int(os.environ.get("MATCHER_MAX_FILE_BYTES", 5 * 1024 * 1024))
MAX_DEPTH = 40
MAX_NODES = 200_000
MAX_STRING_CHARS = 100_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TRUE, _FALSE = {"true", "True", "TRUE"}, {"false", "False", "FALSE"}

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


def read_text(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    path = Path(path)
    if path.is_dir():
        raise InputError("is a directory, expected a file", file=path)

    def too_big(size: str) -> InputError:
        return InputError(f"file is {size}over the {max_bytes:,}-byte limit "
                          "(set MATCHER_MAX_FILE_BYTES to change it)", file=path)

    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_big(f"{size:,} bytes, ")
        with path.open("rb") as handle:  # bounded: /dev/zero or a pipe reports size 0
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", file=path) from None
    if len(raw) > max_bytes:
        raise too_big("")
    return decode(raw, path)


def decode(raw: bytes, file: str | Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", file=file) from None
        if "\x00" in text:  # UTF-32 starts with the same BOM
            raise InputError("UTF-32 (or binary) text is not supported; save the file as UTF-8", file=file)
        return text
    if b"\x00" in raw:
        raise InputError("looks like a binary file (contains NUL bytes), expected YAML or JSON text", file=file)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save the file as UTF-8", file=file, line=line
        ) from None


def load_document(path: str | Path, text: str | None = None) -> Document:
    """Load a YAML or JSON file (chosen by extension; YAML otherwise) into a Document."""
    name = str(path)
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise InputError("file is empty, expected a mapping of fields", file=name)
    if name.endswith(".json"):
        return _load_json(text, name)
    return parse_yaml(text, name)


class _DuplicateKey(Exception):
    pass


def _load_json(text: str, name: str) -> Document:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _DuplicateKey(key)
            result[key] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates)
    except _DuplicateKey as dup:
        try:  # JSON is (nearly) YAML: the YAML reader names the duplicate's line and field
            parse_yaml(text, name)
        except InputError as error:
            if "duplicate key" in error.message:
                raise error from None
        raise InputError(f"duplicate key {dup.args[0]!r}", file=name) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=name, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name) from None
    _check_limits(data, name)
    # JSON is (nearly) YAML: the YAML reader recovers field positions for error messages.
    return Document(data, name, locate=lambda: parse_yaml(text, name))


def _check_limits(data: Any, name: str) -> None:
    """The limits the YAML path enforces (depth, values, string length), for JSON data."""
    count = 0
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise InputError(f"more than {MAX_NODES:,} values in one file", file=name)
        if depth > MAX_DEPTH:
            raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name)
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str) and len(value) > MAX_STRING_CHARS:
            raise InputError(f"value of {len(value):,} characters, over the {MAX_STRING_CHARS:,} limit",
                             file=name)


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
            f"invalid YAML: {problem}", file=name,
            line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None,
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. a raw ESC
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise InputError(f"invalid YAML: unacceptable character #x{code:04x} (write control characters as "
                         "escapes in a double-quoted string)", file=name, line=line, column=column) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", file=name) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name) from None
    if node is None:
        raise InputError("file has no content, expected a mapping of fields", file=name)
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
            raise InputError("YAML anchors and aliases (&, *) are not allowed", **where)
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            count += 1
            if count > MAX_NODES:
                raise InputError(f"more than {MAX_NODES:,} values in one file", **where)


class _Builder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.positions: dict[Path_, tuple[int, int]] = {}
        self.key_positions: dict[Path_, tuple[int, int]] = {}
        self.count = 0

    def error(self, message: str, node: yaml.Node, path: Path_) -> InputError:
        mark = node.start_mark
        return InputError(message, file=self.name, line=mark.line + 1, column=mark.column + 1,
                          field=dotted(path) or None)

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.error(f"more than {MAX_NODES:,} values in one file", node, path)
        if depth > MAX_DEPTH:
            raise self.error(f"nesting deeper than {MAX_DEPTH} levels", node, path)
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self.error("mapping keys must be plain words", key_node, path)
                key = str(self.scalar(key_node, path))
                self.key_positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                if key in result:
                    raise self.error(f"duplicate key {key!r}", key_node, path + (key,))
                result[key] = self.build(value_node, path + (key,), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        value = node.value
        if len(value) > MAX_STRING_CHARS:
            raise self.error(f"value of {len(value):,} characters, over the {MAX_STRING_CHARS:,} limit", node, path)
        if node.style:  # quoted or block scalar: always a string (plain is None or "")
            return value
        tag = node.tag.rsplit(":", 1)[-1]
        if tag == "null":
            return None
        if tag == "bool":  # YAML 1.2: only true/false; "no"/"yes"/"on" stay words (NO = Norway)
            return True if value in _TRUE else False if value in _FALSE else value
        if tag == "int":
            for base in (10, 0):  # decimal first: "012" is twelve, not octal
                try:
                    return int(value.replace("_", ""), base)
                except ValueError:
                    continue
            return value
        if tag == "float":
            try:
                return float(value.replace("_", ""))
            except ValueError:
                return value
        return value  # str, timestamp (pydantic parses dates) and anything else
