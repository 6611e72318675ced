"""JSON Schemas for profiles and rules files, generated from the pydantic models.

Editors validate and autocomplete YAML with them (VS Code's YAML extension reads a
`# yaml-language-server: $schema=...` first line). pydantic describes what the
models accept *after* their before-validators run, so the schema is widened here to
what people actually write in YAML: dates as `2019-03` or `2019`, codes in either
case, a single nationality. Vocabularies from the data files (countries, languages,
categories, regions) become enums, which is what gives autocompletion.
"""

from __future__ import annotations

import copy
from typing import Any, get_args

from .. import reference
from ..models.profile import CEFR_ORDER, CountryCode, LanguageCode, PartialDate, Profile
from ..reference.taxonomy import taxonomy

DRAFT = "http://json-schema.org/draft-07/schema#"  # the draft VS Code's YAML extension knows best
SCHEMA_DIR = reference.shipped_dir("schemas")
PROFILE_SCHEMA_FILE = SCHEMA_DIR / "profile.schema.json"
RULES_SCHEMA_FILE = SCHEMA_DIR / "rules.schema.json"

_DATE_PATTERN = r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$"


def _description(annotated: Any) -> str:
    """The description carried by an Annotated type's Field(...)."""
    return next(m.description for m in get_args(annotated)[1:] if getattr(m, "description", None))


def _both_cases(codes: list[str]) -> list[str]:
    return sorted(codes) + sorted(c.swapcase() for c in codes)


def _date_schema(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "examples": ["2019-03", "2021-06-30", "2015"],
        "anyOf": [{"type": "string", "pattern": _DATE_PATTERN}, {"type": "integer", "minimum": 1900, "maximum": 2200}],
    }


def _walk(node: Any, visit) -> Any:
    """Rebuild a schema bottom-up, letting `visit` replace any sub-schema."""
    if isinstance(node, dict):
        return visit({key: _walk(value, visit) for key, value in node.items()})
    if isinstance(node, list):
        return [_walk(item, visit) for item in node]
    return node


def profile_schema() -> dict[str, Any]:
    """The JSON Schema of a candidate profile (YAML or JSON)."""
    schema = Profile.model_json_schema()
    date_text, country_text, language_text = (_description(t) for t in (PartialDate, CountryCode, LanguageCode))
    countries = _both_cases(list(reference.countries()))
    languages = _both_cases(list(reference.languages()))
    levels = list(CEFR_ORDER) + [level.lower() for level in CEFR_ORDER]

    def visit(node: dict[str, Any]) -> dict[str, Any]:
        text = node.get("description")
        if node.get("type") == "string" and text == date_text:
            return _date_schema(text)
        if node.get("type") == "string" and text == country_text:
            return {**node, "enum": countries}
        if node.get("type") == "string" and text == language_text:
            return {**node, "enum": languages}
        if node.get("enum") == list(CEFR_ORDER):
            return {
                **node,
                "enum": levels,
                "description": "CEFR level: A1, A2 (basic), B1, B2 (independent), C1, C2 (proficient).",
            }
        return node

    schema = _walk(schema, visit)
    defs = schema["$defs"]
    experience = defs["Experience"]
    experience["properties"]["categories"]["items"] = {"type": "string", "enum": taxonomy().ids}
    # An ongoing job has no end date (the model's own check, told to the editor).
    experience["if"] = {"properties": {"ongoing": {"const": True}}, "required": ["ongoing"]}
    experience["then"] = {"not": {"required": ["end"]}}
    experience["examples"] = [EXAMPLE_PROFILE["experience"][0]]
    # A language may be listed without any level: its level is then not stated.
    defs["Language"]["examples"] = EXAMPLE_PROFILE["languages"]
    nationality = schema["properties"]["nationality"]
    schema["properties"]["nationality"] = {
        "description": "Nationality or nationalities, as ISO 3166-1 alpha-2 codes.",
        "examples": [["SN"], ["FR", "SN"]],
        "anyOf": [nationality["items"], {k: v for k, v in nationality.items() if k not in {"title", "default"}}],
    }
    schema.update(
        {
            "$schema": DRAFT,
            "title": "matcher candidate profile",
            "description": (schema.get("description") or "").strip(),
            "examples": [EXAMPLE_PROFILE],
        }
    )
    return schema


def rules_schema() -> dict[str, Any]:
    """The JSON Schema of a rules file: the notice, then requirements whose
    parameters depend on their `kind` (one if/then branch per registered kind)."""
    from ..kinds import all_kinds
    from ..models.rules import RulesFile

    schema = RulesFile.model_json_schema()
    schema["properties"].pop("path", None)
    defs = schema["$defs"]
    requirement = defs["Requirement"]
    requirement["properties"].pop("params", None)
    common = list(requirement["properties"])
    kinds = all_kinds()
    requirement["properties"]["kind"] = {
        "type": "string",
        "enum": sorted(kinds),
        "description": "What the requirement checks; its parameters follow.",
    }
    vocabularies = {
        "categories": taxonomy().ids,
        "sector": taxonomy().ids,
        "regions": sorted(reference.regions()),
        "languages": sorted(reference.languages()),
    }
    branches = []
    for name, kind in sorted(kinds.items()):
        params = kind.Params.model_json_schema(ref_template="#/$defs/{model}")
        for def_name, definition in params.pop("$defs", {}).items():
            defs.setdefault(def_name, definition)
        properties = copy.deepcopy(params.get("properties", {}))
        for key, values in vocabularies.items():
            if properties.get(key, {}).get("type") == "array":
                properties[key]["items"] = {"type": "string", "enum": values}
        then: dict[str, Any] = {
            "properties": {**{key: True for key in common}, **properties},
            "additionalProperties": False,
        }
        if params.get("required"):
            then["required"] = params["required"]
        if kind.combinator:
            then["required"] = then.get("required", []) + ["children"]
            then["properties"]["children"] = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Requirement"}}
        else:
            then["properties"]["children"] = {"type": "array", "maxItems": 0}
        doc = (kind.__class__.__doc__ or "").strip()
        if doc:
            then["description"] = doc
        branches.append({"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]}, "then": then})
    requirement["allOf"] = branches
    schema.update(
        {
            "$schema": DRAFT,
            "title": "matcher rules file (one vacancy notice)",
            "description": "A vacancy notice's facts and its requirement tree; see DESIGN.md.",
        }
    )
    return schema


EXAMPLE_PROFILE: dict[str, Any] = {
    "name": "Awa Diop",
    "nationality": ["SN"],
    "current_employment": {
        "employer": "Police nationale",
        "position": "Fingerprint examiner",
        "employer_type": "law_enforcement",
        "employer_country": "SN",
    },
    "education": [
        {"title": "Licence en droit", "field": "law", "level": 6, "years": 3, "completed": True, "end": "2012-06"}
    ],
    "experience": [
        {
            "title": "Fingerprint examiner",
            "employer": "Police nationale",
            "employer_type": "law_enforcement",
            "country": "SN",
            "countries_worked_with": ["ML", "CI"],
            "start": "2019-03",
            "ongoing": True,
            "fraction": 1,
            "proof_of_employment": True,
            "description": "Latent print comparison and AFIS searches.",
            "categories": ["fingerprints"],
        }
    ],
    "languages": [
        {"language": "fr", "mother_tongue": True},
        {"language": "en", "level": "C1"},
        {"language": "ar", "skills": {"listening": "B1", "speaking": "A2"}},
    ],
}
