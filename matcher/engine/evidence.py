"""Typed evidence: what in the profile a requirement's result rests on.

A kind returns a list of these in its `Outcome`; reports never guess what a record
holds from its keys. Each type knows three things about itself:

- `line()`: the record as one sentence (every text format says it the same way);
- `to_dict()`: the JSON shape (documented in docs/check-output.schema.json);
- which of its fields identify the candidate (`identifying` in the field's metadata):
  blind reports replace those with "[hidden]" (see matcher/report/blind.py).

Adding a kind with a new sort of evidence means adding a type here.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

IDENTIFYING = {"identifying": True}  # field metadata: hidden in blind reports


# per evidence type: its JSON keys, a function giving a record's values in their order, and
# the keys whose declared type is a container (only those are copied into plain lists and dicts)
_JSON_LAYOUT: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple], tuple[str, ...]]] = {}
_CONTAINER_TYPES = ("tuple", "dict", "list", "Any", "object")


def _json_layout(cls: type[Evidence]) -> tuple[tuple[str, ...], Callable[[Any], tuple], tuple[str, ...]]:
    """An evidence type's JSON layout, worked out once per type, not once per record (a long
    profile's report holds 100,000 records): "type", the fields in order, "summary"."""
    layout = _JSON_LAYOUT.get(cls)
    if layout is None:
        fields = dataclasses.fields(cls)
        names = tuple(f.name for f in fields)
        keys = ("type", *(cls.json_names.get(name, name) for name in names), "summary")
        containers = tuple(
            key for f, key in zip(fields, keys[1:], strict=False) if any(w in str(f.type) for w in _CONTAINER_TYPES)
        )
        layout = _JSON_LAYOUT[cls] = (keys, _values_of(names), containers)
    return layout


def _values_of(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    if not names:
        return lambda record: (record.type, record.line())
    get = operator.attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name gives the value itself
        return lambda record: (record.type, get(record), record.line())
    return lambda record: (record.type, *get(record), record.line())


@dataclass(frozen=True)
class Evidence:
    """Base of every evidence record."""

    type: ClassVar[str] = "evidence"
    json_names: ClassVar[dict[str, str]] = {}  # field -> key in the JSON, where they differ

    def line(self) -> str:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        keys, values, containers = _json_layout(type(self))
        data = dict(zip(keys, values(self), strict=True))
        for key in containers:
            value = data[key]
            if isinstance(value, tuple):
                data[key] = list(value)
            elif isinstance(value, dict):
                data[key] = dict(value)
        return data

    @classmethod
    def json_layout(cls) -> tuple[tuple[str, ...], Callable[[Any], tuple]]:
        """(the keys of `to_dict`, a function giving a record's values in their order; a tuple
        stands for a list, a dict is to be copied): the JSON report writes long lists of one
        type from these, as a table, without a dict per record (report/json_text.py)."""
        keys, values, _ = _json_layout(cls)
        return keys, values

    @classmethod
    def identifying_fields(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("identifying"))


@dataclass(frozen=True)
class ExperienceEvidence(Evidence):
    """One experience entry looked at for a duration (experience, region_experience)."""

    type: ClassVar[str] = "experience"
    json_names: ClassVar[dict[str, str]] = {"start": "from", "end": "to"}
    entry: str  # "experience 2"
    title: str
    employer: str | None = field(default=None, metadata=IDENTIFYING)
    start: str = ""
    end: str = ""  # a date, or "ongoing (counted to YYYY-MM-DD)"
    fraction: float = 1.0
    duration: str = ""  # the entry's own time, in words
    months: float = 0.0
    status: str = ""  # counted | undetermined: ... | not counted: ...
    why: tuple[str, ...] = ()

    def line(self) -> str:
        head = f"{self.entry}: {self.title}" + (f" ({self.employer})" if self.employer else "")
        part = f", {self.fraction:g} time" if self.fraction != 1 else ""
        why = f"; {', '.join(self.why)}" if self.why else ""
        return f"{head}, {self.start} to {self.end}{part}: {self.duration}, {self.status}{why}"


@dataclass(frozen=True)
class EducationEvidence(Evidence):
    """One education entry (education)."""

    type: ClassVar[str] = "education"
    entry: str  # "education 1"
    title: str | None
    field: str | None
    level: int | None  # None: not stated
    years: str  # "3 years" or "3 years assumed from ISCED level 6"
    completed: bool | None  # None: not stated

    def line(self) -> str:
        subject = f" ({self.field})" if self.field else ""
        state = {True: "completed", False: "not completed", None: "completion not stated"}[self.completed]
        level = f"ISCED {self.level}" if self.level is not None else "ISCED level not stated"
        return f"{self.entry}: {self.title or 'untitled'}{subject}, {level}, {self.years}, {state}"


@dataclass(frozen=True)
class LanguageEvidence(Evidence):
    """One of the profile's languages (language)."""

    type: ClassVar[str] = "language"
    language: str  # ISO 639-1 code
    name: str  # "French"
    level: str | None  # None: not stated
    mother_tongue: bool = False
    skills: dict[str, str] = field(default_factory=dict)
    skill: str | None = None  # the skill that decides a per-skill requirement

    def line(self) -> str:
        level = "mother tongue" if self.mother_tongue else self.level or "no level"
        skills = ", ".join(f"{k} {v}" for k, v in self.skills.items())
        return f"{self.name}: {level}" + (f" ({skills})" if skills else "")


@dataclass(frozen=True)
class EmploymentEvidence(Evidence):
    """The current employment (secondment)."""

    type: ClassVar[str] = "employment"
    employer: str | None = field(default=None, metadata=IDENTIFYING)
    position: str | None = None
    employer_type: str | None = None
    employer_country: str | None = None

    def line(self) -> str:
        return (
            f"current employment: {self.position or 'position not given'} at "
            f"{self.employer or 'employer not given'} ({self.employer_type or 'employer type not given'}, "
            f"{self.employer_country or 'country not given'})"
        )


@dataclass(frozen=True)
class NationalityEvidence(Evidence):
    """The profile's nationality, as country names (nationality, nationality_exclusion)."""

    type: ClassVar[str] = "nationality"
    nationality: str | None = field(default=None, metadata=IDENTIFYING)  # "France, Senegal"; None: not given

    def line(self) -> str:
        return f"nationality: {self.nationality or 'not given'}"


@dataclass(frozen=True)
class TenureEvidence(Evidence):
    """The experience entry of the current job, and how long it has lasted (employer_tenure)."""

    type: ClassVar[str] = "tenure"
    entry: str
    title: str
    employer: str | None = field(default=None, metadata=IDENTIFYING)
    start: str = ""
    months: float = 0.0
    as_of: str = ""

    def line(self) -> str:
        return (
            f"{self.entry}: {self.title} at {self.employer or 'employer not given'} since {self.start} "
            f"({self.months:.1f} months on {self.as_of})"
        )


@dataclass(frozen=True)
class RecordEvidence(Evidence):
    """A kind's evidence that is not typed yet (a plain mapping): shown by its `summary`,
    else as "key value" pairs. Reports never fail on it; a kind should declare a type."""

    type: ClassVar[str] = "record"
    data: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        if "summary" in self.data:
            return str(self.data["summary"])
        return ", ".join(f"{k} {v}" for k, v in self.data.items() if v not in (None, {}, [], ""))

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **{k: v for k, v in self.data.items() if k != "type"}, "summary": self.line()}


def as_evidence(item: Any) -> Evidence:
    """Typed evidence as it is; a mapping from an untyped kind wrapped as a record."""
    return (
        item
        if isinstance(item, Evidence)
        else RecordEvidence(dict(item) if isinstance(item, dict) else {"summary": str(item)})
    )


EVIDENCE_TYPES: tuple[type[Evidence], ...] = (
    ExperienceEvidence,
    EducationEvidence,
    LanguageEvidence,
    EmploymentEvidence,
    NationalityEvidence,
    TenureEvidence,
)
