"""Loading profiles and rules files into validated models, or one clear InputError."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .. import reference
from ..collector import collector_paused
from ..errors import InputError
from ..files.documents import Document, Path_, dotted, load_document
from ..kinds import get_kind
from ..messages import Errors
from ..reference.taxonomy import taxonomy
from .profile import Profile
from .rules import Requirement, RulesFile

T = TypeVar("T")


def _describe(error: Mapping[str, Any]) -> str:
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return "unknown field (check its spelling, or see `matcher profile schema`)"
    if error["type"] == "missing":
        return "required field is missing"
    value = error.get("input")
    if error["type"] not in {"model_type", "dict_type"} and isinstance(value, (str, int, float, bool)):
        shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
        if shown not in message:  # date messages already quote the value
            message += f" (got {shown})"
    return message


def validation_error(exc: ValidationError, doc: Document, prefix: Path_ = ()) -> InputError:
    """The first pydantic error as an InputError with the field's path and line."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    path = prefix + tuple(
        p
        for p in first["loc"]  # pydantic's markers are not field names
        if not (isinstance(p, str) and (p.startswith("function-") or p == "[key]"))
    )
    line, column = doc.position(path, at_key=first["type"] == "extra_forbidden")
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    return InputError(_describe(first) + more, file=doc.file, line=line, column=column, field=dotted(path) or None)


def _field_error(doc: Document, path: Path_, message: str) -> InputError:
    line, column = doc.position(path)
    return InputError(message, file=doc.file, line=line, column=column, field=dotted(path))


def validated(doc: Document, validate: Callable[[Any], T], shape: type, expected: str) -> T:
    """`validate(doc.data)`, after checking the top level is a `shape` (dict or list);
    every failure is an InputError naming the file, line and field."""
    if not isinstance(doc.data, shape):
        raise InputError(Errors.E423.format(expected=expected), file=doc.file, line=1)
    try:
        with collector_paused():  # tens of thousands of entries make as many models: see matcher/collector.py
            return validate(doc.data)
    except ValidationError as exc:
        raise validation_error(exc, doc) from None


def profile_from_document(doc: Document) -> Profile:
    profile = validated(doc, Profile.model_validate, dict, "a mapping of profile fields")
    _check_codes(profile, doc)
    return profile


def _check_codes(profile: Profile, doc: Document) -> None:
    """Codes pydantic cannot know: categories, countries, languages from the data files."""
    known_categories = set(taxonomy().ids)
    countries, languages = reference.countries(), reference.languages()
    for i, entry in enumerate(profile.experience):
        for j, category in enumerate(entry.categories):
            if category not in known_categories:
                raise _field_error(
                    doc,
                    ("experience", i, "categories", j),
                    f"unknown category {category!r}; see matcher/reference/data/categories.yaml",
                )
        for j, code in enumerate([entry.country, *entry.countries_worked_with]):
            if code is not None and code not in countries:
                where = ("experience", i, "country") if j == 0 else ("experience", i, "countries_worked_with", j - 1)
                raise _field_error(doc, where, f"unknown country code {code!r} (expected ISO 3166 alpha-2)")
    for i, language in enumerate(profile.languages):
        if language.language not in languages:
            raise _field_error(
                doc,
                ("languages", i, "language"),
                f"unknown language code {language.language!r} (expected ISO 639-1, e.g. en, fr)",
            )
    for i, code in enumerate(profile.nationality):
        if code not in countries:
            raise _field_error(doc, ("nationality", i), f"unknown country code {code!r}")
    for i, code in enumerate(profile.permanent_residence or []):
        if code not in countries:
            raise _field_error(doc, ("permanent_residence", i), f"unknown country code {code!r}")
    job = profile.current_employment
    if job and job.employer_country and job.employer_country not in countries:
        raise _field_error(
            doc, ("current_employment", "employer_country"), f"unknown country code {job.employer_country!r}"
        )
    if job and job.experience_entry is not None and job.experience_entry > len(profile.experience):
        raise _field_error(
            doc,
            ("current_employment", "experience_entry"),
            f"entry {job.experience_entry} does not exist: the profile has "
            f"{len(profile.experience)} experience entries",
        )


def load_profile(path: str | Path) -> Profile:
    """Read and validate a candidate profile (YAML or JSON)."""
    with collector_paused():  # a 5 MiB document parses into ~10^5 containers: see matcher/collector.py
        return profile_from_document(load_document(path))


def load_rules(path: str | Path) -> RulesFile:
    """Read and validate a rules file, including every requirement's own parameters."""
    return load_rules_document(path)[0]


def load_rules_document(path: str | Path, text: str | None = None) -> tuple[RulesFile, Document]:
    """The validated rules file and its document (for line numbers); `text`, when
    given, is the file's content (standard input), `path` then only names it."""
    doc = load_document(path, text)
    rules = validated(doc, RulesFile.model_validate, dict, "a mapping with `notice` and `requirements`")
    for i, top in enumerate(rules.requirements):
        _bind_params(top, ("requirements", i), doc)
    rules.path = str(path)
    return rules, doc


def _bind_params(req: Requirement, path: Path_, doc: Document) -> None:
    try:
        kind = get_kind(req.kind)
    except KeyError as exc:
        raise _field_error(doc, path + ("kind",), exc.args[0]) from None
    if kind.combinator and not req.children:
        raise _field_error(doc, path, f"{req.kind} needs `children`")
    if req.children and not kind.combinator:
        raise _field_error(doc, path + ("children",), f"a {req.kind} requirement takes no children")
    try:
        req.params = kind.Params.model_validate(req.model_extra or {})
    except ValidationError as exc:
        raise validation_error(exc, doc, path) from None
    for name, value in req.params:  # pydantic reads "1e999", "inf" and "nan" as floats
        if isinstance(value, float) and not math.isfinite(value):
            raise _field_error(doc, path + (name,), f"must be a finite number (got {value})")
    for j, child in enumerate(req.children):
        _bind_params(child, path + ("children", j), doc)


def params_of(req: Requirement) -> BaseModel:
    """A requirement's bound parameters (binding them if it was built in code)."""
    if req.params is None:
        req.params = get_kind(req.kind).Params.model_validate(req.model_extra or {})
    return req.params
