"""The rules file: one vacancy notice as data (its facts and a requirement tree).

A requirement's own parameters depend on its `kind`; each kind declares them as a
pydantic model in its module under `matcher/kinds/`, so this file never changes
when a kind is added.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictFloat, model_validator

from .dates import SupportedDate

Importance = Literal["required", "asset", "strong_asset"]
ASSET_WEIGHTS = {"asset": 1, "strong_asset": 2}
MIN_DURATION_MONTHS, MAX_DURATION_MONTHS = 1, 1200  # a notice's contract length


def _exact_int(value: object) -> object:
    """A version is an integer as written: not true, 1.0 or "1" (lax Literal takes them)."""
    if type(value) is not int:
        raise ValueError(f"schema_version must be the integer 1 (got {value!r})")
    return value


class Notice(BaseModel):
    """The facts of a vacancy notice, as published."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Short id, e.g. interpol-vn-0844.")
    number: str | None = Field(None, description="The notice's own number, e.g. '844'.")
    title: str
    organization: str
    location: str
    contract_type: str | None = None
    # One month to a century: 1e999 would be "inf months", 1e-300 "1e-300 months"
    duration_months: StrictFloat | None = Field(None, ge=MIN_DURATION_MONTHS, le=MAX_DURATION_MONTHS)
    grade: str | None = None
    deadline: SupportedDate = Field(description="Last day to apply (ISO date).")
    security_screening: str | None = Field(None, description="Level of security screening or clearance.")
    secondment: StrictBool = Field(description="True when the post is open to seconded officials only.")
    proof_of_employment_required: StrictBool = Field(
        False, description="True when only experience with official proof of employment counts."
    )
    source_file: str = Field(description="Notice text, relative to the rules file.")
    application_steps: list[str] = Field(default_factory=list, description="Things to do or send when applying.")


class Requirement(BaseModel):
    """One requirement, or a combinator (`all_of` / `any_of`) over `children`.

    Keys other than the common ones below are the kind's parameters.
    """

    model_config = ConfigDict(extra="allow")

    id: str = Field(pattern=r"^[a-z0-9_\-]+$")
    kind: str
    importance: Importance = "required"
    source: str = Field(min_length=3, description="The notice sentence this comes from, verbatim.")
    label: str | None = Field(None, description="A short name for reports.")
    note: str | None = None
    review: str | None = Field(None, description="What a rules author should double-check.")
    confidence: StrictFloat | None = Field(
        None, ge=0, le=1, description="How sure `rules draft` was of this rule (0-1)."
    )
    cue: str | None = Field(None, description="The words of the notice `rules draft` built this rule on.")
    children: list[Requirement] = Field(default_factory=list)
    params: Any = Field(None, exclude=True, description="Filled in from the kind's parameter model.")

    @property
    def title(self) -> str:
        return self.label or self.id.replace("_", " ")

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Annotated[Literal[1], BeforeValidator(_exact_int)] = 1
    notice: Notice
    requirements: list[Requirement] = Field(min_length=1)
    path: str | None = Field(None, exclude=True)

    @model_validator(mode="after")
    def _unique_ids(self) -> RulesFile:
        seen: set[str] = set()
        for top in self.requirements:
            for req in top.walk():
                if req.id in seen:
                    raise ValueError(f"requirement id {req.id!r} is used twice")
                seen.add(req.id)
        return self

    def all_requirements(self):
        for top in self.requirements:
            yield from top.walk()
