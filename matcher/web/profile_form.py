"""The applicant's profile form, built from the profile model's JSON Schema.

The form is derived, not hand-written: every field of `Profile` appears, so a field
added to the model appears in the form too (a test checks that). Each field becomes a
`Field` with a widget chosen from its schema (text, number, yes/no, a list of choices)
or, for codes, from the vocabulary it takes (countries, languages, categories, CEFR
levels). Every optional field has a "not stated" choice, which is the empty value:
an empty input is left out of the profile, which is how a profile says "not stated".

Submitted forms use dotted names (`experience.0.start`) and are turned back into the
plain data a profile YAML file would hold, then validated by the same loader as the
CLI, so a mistake gets the same message on the page as on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .. import reference
from ..models.profile import Profile
from ..reference.taxonomy import taxonomy
from .security import small_number

# Fields whose values come from a vocabulary of codes (the schema says only "string").
VOCABULARY = {
    "nationality": "countries",
    "country": "countries",
    "employer_country": "countries",
    "countries_worked_with": "countries",
    "language": "languages",
    "categories": "categories",
}
LONG_TEXT = {"description", "notes"}
NOT_STATED = ""


@dataclass
class Field:
    """One input of the form, or a group (an object) or a repeatable list of groups."""

    name: str  # the property name in the model
    widget: str  # text | textarea | number | select | multiselect | yesno | group | list | skills
    label: str
    help: str = ""
    required: bool = False
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    minimum: float | None = None
    maximum: float | None = None
    children: list[Field] = field(default_factory=list)  # for group / list / skills
    default: Any = None


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


@lru_cache(maxsize=1)
def _text() -> dict[str, Any]:
    return reference.load_data("form_text", "matcher.web")


def _words(path: str, name: str, description: str) -> tuple[str, str]:
    """(label, help) for the field at `path`, in plain words where the data file has them."""
    entry = _text()["fields"].get(path, {})
    return entry.get("label", _label(name)), entry.get("help", description if not entry else "")


def _choice(value: object) -> str:
    return _text()["choices"].get(str(value), _label(str(value)))


@lru_cache(maxsize=1)
def _grid() -> dict[str, Any]:
    """The CEFR self-assessment lines ("I can ..."), overall and per skill."""
    return reference.load_data("cefr_self_assessment", "matcher.profile_tools")


def _level_choices(levels: list[str], skill: str | None = None) -> list[tuple[str, str]]:
    lines = _grid()["skills"].get(skill, {}) if skill else _grid()["overall"]
    return [(v, f"{v}: {lines[v]}" if v in lines else v) for v in levels]


@lru_cache(maxsize=1)
def _education_levels() -> list[tuple[str, str]]:
    levels = reference.load_data("education_levels")["levels"]
    ordered = sorted(levels.items(), key=lambda item: int(item[0]))
    return [(str(level), entry["label"].capitalize()) for level, entry in ordered]


@cache
def _vocabulary(name: str) -> tuple[tuple[str, str], ...]:
    if name == "countries":
        items = [(code, entry.get("name", code)) for code, entry in reference.countries().items()]
    elif name == "languages":
        items = [(code, entry.get("name", code)) for code, entry in reference.languages().items()]
    else:
        items = [(cid, taxonomy().label(cid)) for cid in taxonomy().ids]
    return tuple(sorted(items, key=lambda item: item[1].casefold()))


def _unwrap(prop: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The non-null branch of `anyOf [X, null]`, and whether null (not stated) is allowed."""
    branches = prop.get("anyOf")
    if branches:
        real = [b for b in branches if b.get("type") != "null"]
        if len(real) == 1:
            merged = {**prop, **real[0]}
            merged.pop("anyOf", None)
            return merged, len(real) < len(branches)
    return prop, False


def _field(name: str, prop: dict[str, Any], defs: dict[str, Any], required: bool, parent: str) -> Field:
    prop, nullable = _unwrap(prop)
    path = f"{parent}.{name}" if parent else name
    label, help_text = _words(path, name, prop.get("description", ""))
    if "$ref" in prop:
        sub = defs[prop["$ref"].rsplit("/", 1)[-1]]
        return Field(name, "group", label, help_text, required, children=_fields(sub, defs, path))
    kind = prop.get("type")
    if name in VOCABULARY:
        choices = list(_vocabulary(VOCABULARY[name]))
        widget = "multiselect" if kind == "array" else "select"
        return Field(name, widget, label, help_text, required, choices=choices)
    if kind == "array" and "$ref" in prop.get("items", {}):
        sub = defs[prop["items"]["$ref"].rsplit("/", 1)[-1]]
        return Field(name, "list", label, help_text, required, children=_fields(sub, defs, path))
    if kind == "object" and "additionalProperties" in prop:  # per-skill levels
        keys = prop.get("propertyNames", {}).get("enum", [])
        levels = prop["additionalProperties"].get("enum", [])
        children = [Field(k, "select", _choice(k), choices=_level_choices(levels, k)) for k in keys]
        return Field(name, "skills", label, help_text, required, children=children)
    if path == "languages.level":  # CEFR levels, each with its self-assessment line
        return Field(name, "select", label, help_text, required, choices=_level_choices(prop["enum"]))
    if "enum" in prop:
        return Field(
            name,
            "select",
            label,
            help_text,
            required and not nullable,
            choices=[(v, _choice(v)) for v in prop["enum"]],
            default=prop.get("default"),
        )
    if path == "education.level":  # ISCED levels, named in words
        return Field(name, "select", label, help_text, required, choices=_education_levels())
    if kind == "boolean":
        return Field(name, "yesno", label, help_text, required, default=prop.get("default"))
    if kind in ("number", "integer"):
        low = prop.get("minimum", prop.get("exclusiveMinimum"))
        return Field(
            name,
            "number",
            label,
            help_text,
            required,
            minimum=low,
            maximum=prop.get("maximum"),
            default=prop.get("default"),
        )
    widget = "textarea" if name in LONG_TEXT else "text"
    return Field(name, widget, label, help_text, required)


def _fields(schema: dict[str, Any], defs: dict[str, Any], parent: str = "") -> list[Field]:
    wanted = set(schema.get("required", []))
    return [_field(name, prop, defs, name in wanted, parent) for name, prop in schema.get("properties", {}).items()]


@lru_cache(maxsize=1)
def profile_fields() -> tuple[Field, ...]:
    """The form's top-level fields, in the model's order."""
    schema = Profile.model_json_schema()
    return tuple(_fields(schema, schema.get("$defs", {})))


def _coerce(spec: Field, raw: str) -> Any:
    if spec.widget == "yesno":
        return {"yes": True, "no": False}.get(raw, raw)
    if spec.widget == "select" and small_number(raw) is not None:  # education levels
        return small_number(raw)
    if spec.widget == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw  # the validator names the field and what it expected
        return int(number) if number.is_integer() and spec.name != "fraction" else number
    return raw


def _collect(specs: list[Field] | tuple[Field, ...], form: dict[str, list[str]], prefix: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for spec in specs:
        key = f"{prefix}{spec.name}"
        if spec.widget == "group":
            if form.get(f"{key}.present", ["no"])[-1] == "yes":
                data[spec.name] = _collect(spec.children, form, key + ".")
        elif spec.widget == "list":
            found = {small_number(k[len(key) + 1 :].split(".", 1)[0]) for k in form if k.startswith(key + ".")}
            indexes = sorted(i for i in found if i is not None)
            items = [_collect(spec.children, form, f"{key}.{i}.") for i in indexes]
            if items:
                data[spec.name] = [item for item in items if item]
        elif spec.widget == "skills":
            levels = {
                c.name: form[f"{key}.{c.name}"][-1]
                for c in spec.children
                if form.get(f"{key}.{c.name}", [NOT_STATED])[-1] != NOT_STATED
            }
            if levels:
                data[spec.name] = levels
        elif spec.widget == "multiselect":
            values = [v for v in form.get(key, []) if v != NOT_STATED]
            if values:
                data[spec.name] = values
        else:
            raw = form.get(key, [NOT_STATED])[-1].strip()
            if raw != NOT_STATED:
                data[spec.name] = _coerce(spec, raw)
    return data


def form_to_data(form: dict[str, list[str]]) -> dict[str, Any]:
    """Submitted fields (name -> values) as the plain data of a profile file."""
    return _collect(profile_fields(), form, "")


def data_to_form(
    data: dict[str, Any],
    prefix: str = "",
    specs: tuple[Field, ...] | list[Field] | None = None,
) -> dict[str, list[str]]:
    """The inverse: a profile's data as form values, to fill the form from a file."""
    values: dict[str, list[str]] = {}
    for spec in specs if specs is not None else profile_fields():
        key, value = f"{prefix}{spec.name}", data.get(spec.name)
        if value is None:
            continue
        if spec.widget == "group" and isinstance(value, dict):
            values[f"{key}.present"] = ["yes"]
            values.update(data_to_form(value, key + ".", spec.children))
        elif spec.widget == "list" and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    values.update(data_to_form(item, f"{key}.{i}.", spec.children))
        elif spec.widget == "skills" and isinstance(value, dict):
            values.update({f"{key}.{skill}": [str(level)] for skill, level in value.items()})
        elif isinstance(value, list):
            values[key] = [str(v) for v in value]
        elif isinstance(value, bool):
            values[key] = ["yes" if value else "no"]
        else:
            values[key] = [str(value)]
    return values
