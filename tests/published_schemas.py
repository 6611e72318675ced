"""The JSON Schemas published in docs/, as validators (the screen schema refers to the check one)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

DOCS = Path(__file__).resolve().parent.parent / "docs"
CHECK = json.loads((DOCS / "check-output.schema.json").read_text(encoding="utf-8"))
SCREEN = json.loads((DOCS / "screen-output.schema.json").read_text(encoding="utf-8"))
_REGISTRY = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in (CHECK, SCREEN))


def _validate(data, schema) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, registry=_REGISTRY, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(data)


def validate_check(data) -> None:
    _validate(data, CHECK)


def validate_screen(data) -> None:
    _validate(data, SCREEN)


def validate_screen_line(data) -> None:
    _validate(data, {"$id": SCREEN["$id"], "$ref": "#/$defs/jsonl_row", "$defs": SCREEN["$defs"]})
