"""The candidate profile: what an applicant states about themself (pydantic v2).

Field descriptions become the JSON Schema (`matcher profile schema`) that editors
use to validate and autocomplete profiles, so they are written for applicants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    field_validator,
    model_validator,
)

from .dates import parse_partial
from .profile_limits import MAX_COUNTRIES, MAX_ENTRIES, MAX_NAME_CHARS, check_experience_text

CEFR = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
CEFR_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2")
Skill = Literal["listening", "reading", "speaking", "writing"]
EmployerType = Literal[
    "law_enforcement", "government", "international_organization", "private", "ngo", "academia", "none"
]


def _partial_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    parse_partial(value)  # raises ValueError with a readable message
    return str(value).strip()


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _cefr(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


PartialDate = Annotated[
    str,
    BeforeValidator(_partial_date),
    Field(
        description="YYYY-MM-DD, YYYY-MM or YYYY. A month-only start means its first day, "
        "a month-only end its last day.",
        examples=["2019-03", "2021-06-30"],
    ),
]
CountryCode = Annotated[
    str,
    BeforeValidator(_upper),
    Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code, e.g. FR, SN, NO.", examples=["FR"]),
]
LanguageCode = Annotated[
    str,
    BeforeValidator(_lower),
    Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 language code, e.g. en, fr, ar.", examples=["en"]),
]
Level = Annotated[CEFR, BeforeValidator(_cefr)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _null_is_not_stated(cls, data: object) -> object:
        # `level: null` says the same as leaving `level` out: not stated.
        if isinstance(data, dict) and any(value is None for value in data.values()):
            return {key: value for key, value in data.items() if value is not None}
        return data


class CurrentEmployment(_Strict):
    """Where the candidate works today (decides secondment eligibility)."""

    employer: str | None = Field(None, description="Name of the current employer.")
    position: str | None = Field(None, description="Current functional title.")
    employer_type: EmployerType | None = Field(
        None,
        description="law_enforcement and government mean the candidate is an official "
        "(needed for secondment notices); 'none' if not employed. Left out: not "
        "stated, and secondment requirements go to review.",
    )
    employer_country: CountryCode | None = Field(None, description="Country of the employer.")
    experience_entry: StrictInt | None = Field(
        None,
        ge=1,
        description="Number of this job's entry in `experience` (1 = the first): links the "
        "current employment to its dates, for 'N months with the current employer'.",
    )


class Education(_Strict):
    """A higher-education programme (ISCED 2011 levels 5-8) or a lower one."""

    title: str | None = Field(None, description="Degree or diploma, e.g. 'Master of Laws'.")
    institution: str | None = None
    field: str | None = Field(None, description="Field of study, e.g. 'law', 'forensic science'.")
    level: StrictInt | None = Field(
        None,
        ge=0,
        le=8,
        description="ISCED 2011 level: 5 short-cycle tertiary, 6 "
        "bachelor or equivalent, 7 master, 8 doctorate (3-4 secondary). Left out: not "
        "stated, and requirements that need it go to review.",
    )
    years: StrictFloat | None = Field(
        None,
        gt=0,
        le=15,
        description="Length of the programme in years (full-time "
        "equivalent). Left out: the least its level implies, or review if that is not enough.",
    )
    completed: StrictBool | None = Field(
        None,
        description="true once the degree or diploma was awarded; false while "
        "under way or if left unfinished. Left out: not stated, and requirements "
        "that need it go to review (never taken as completed).",
    )
    start: PartialDate | None = None
    end: PartialDate | None = None


class Experience(_Strict):
    """One job held, as it would appear on the contract and payslips."""

    title: str = Field(description="Functional title, exactly as in the employment contract.")
    employer: str | None = None
    employer_type: EmployerType | None = None
    country: CountryCode | None = Field(None, description="Country where the job was based.")
    countries_worked_with: list[CountryCode] = Field(
        default_factory=list,
        max_length=MAX_COUNTRIES,
        description="Countries the job involved working with (ISO codes).",
    )
    start: PartialDate | None = Field(
        None,
        description="When the job began: YYYY-MM-DD, YYYY-MM or YYYY (a month-only start means its first "
        "day). Left out: not stated; the job's length is then unknown, and a duration requirement it "
        "could decide goes to review until the dates are stated.",
        examples=["2019-03", "2021-06-30"],
    )
    end: PartialDate | None = Field(None, description="Leave out (or set ongoing: true) for the current job.")
    ongoing: StrictBool = Field(False, description="True for a job held now; counts up to the as-of date.")
    fraction: StrictFloat = Field(1.0, gt=0, le=1, description="Part-time fraction: 1 full time, 0.5 half time.")
    proof_of_employment: StrictBool | None = Field(
        None,
        description="false if no official proof (payslip, work certificate) can be provided: notices "
        "that require proof do not count such experience. Left out: not stated; the job "
        "counts, and such notices ask for the proof in their application steps.",
    )
    description: str = Field("", description="What the job involved, in your own words (English or French).")
    categories: list[str] = Field(
        default_factory=list,
        description="Experience categories from matcher/reference/data/categories.yaml (e.g. "
        "fingerprints). Left empty, they are inferred from the text.",
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Experience:
        if self.ongoing and self.end is not None:
            raise ValueError("an ongoing job has no end date; remove 'end' or set ongoing: false")
        start, end = self.start_date, self.end_date
        if start is None:  # not stated: nothing to put in order
            return self
        if end is not None and end < start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if start > date.today():
            raise ValueError(f"start {self.start} is in the future")
        return self

    @property
    def start_date(self) -> date | None:
        """First day worked, or None when the start is not stated (the length is unknown)."""
        return parse_partial(self.start)[0] if self.start is not None else None

    @property
    def end_date(self) -> date | None:
        """Last day worked, or None while ongoing (or when the end is not given)."""
        return parse_partial(self.end)[1] if self.end is not None else None

    @property
    def is_ongoing(self) -> bool:
        return self.ongoing or self.end is None


@dataclass(frozen=True)
class Rating:
    """A language's level for some skills: the lowest of them, which skill gives it
    (None when the overall level decides), and the skills asked whose level is not stated."""

    level: str | None
    skill: str | None = None
    missing: tuple[str, ...] = ()


class Language(_Strict):
    """A language with a CEFR level overall, per skill, or as mother tongue (= C2).
    A language listed without any level is allowed: its level is not stated."""

    language: LanguageCode
    level: Level | None = Field(
        None,
        description="CEFR level A1-C2 overall. Left out (with no skills and "
        "no mother_tongue): the level is not stated.",
    )
    skills: dict[Skill, Level] = Field(
        default_factory=dict, description="CEFR level per skill: listening, reading, speaking, writing."
    )
    mother_tongue: StrictBool | None = Field(None, description="true for a mother tongue (counts as C2).")

    @property
    def has_level(self) -> bool:
        return bool(self.mother_tongue or self.level or self.skills)

    def rating(self, skills: Sequence[str]) -> Rating:
        """The lowest level over the skills asked for (every stated skill when none is asked)."""
        if self.mother_tongue:
            return Rating("C2")
        stated: dict[str, str] = {str(skill): str(level) for skill, level in self.skills.items()}
        if skills:
            levels = {s: stated.get(s) or self.level for s in skills}
            missing = tuple(s for s, level in levels.items() if level is None)
            if missing:
                return Rating(None, missing=missing)
        else:  # no skill named: the overall level and every stated skill must reach it
            levels = {**stated, **({"": self.level} if self.level else {})}
            if not levels:
                return Rating(None)
        lowest = min(levels, key=lambda s: CEFR_ORDER.index(levels[s] or "A1"))
        level = levels[lowest]
        return Rating(level, lowest if lowest in stated and level != self.level else None)

    def level_for(self, skills: Sequence[str]) -> str | None:
        """The lowest level over the skills asked for (all known skills when none asked)."""
        return self.rating(skills).level


class Profile(_Strict):
    """A candidate profile. Only an experience entry's title is mandatory; missing facts make
    the matching requirements 'unknown' (needs review), never silently 'met'."""

    id: str | None = Field(None, description="A stable identifier (used in screening reports).")
    name: str | None = Field(None, max_length=MAX_NAME_CHARS, description="Hidden in reports with --blind.")
    email: str | None = Field(None, max_length=MAX_NAME_CHARS)
    phone: str | None = Field(None, max_length=MAX_NAME_CHARS)
    date_of_birth: PartialDate | None = None
    photo_url: str | None = None
    nationality: list[CountryCode] = Field(default_factory=list, max_length=MAX_COUNTRIES)
    permanent_residence: list[CountryCode] | None = Field(
        None,
        max_length=MAX_COUNTRIES,
        description="Countries where the candidate holds permanent residence ([] for none; some "
        "notices exclude permanent residents of the duty station). Left out: not stated.",
    )
    current_employment: CurrentEmployment | None = None
    education: list[Education] = Field(default_factory=list, max_length=MAX_ENTRIES)
    experience: list[Experience] = Field(default_factory=list, max_length=MAX_ENTRIES)
    languages: list[Language] = Field(default_factory=list, max_length=MAX_ENTRIES)
    infer_categories: StrictBool = Field(
        True, description="Infer experience categories from free text for entries that declare none."
    )
    notes: str | None = Field(None, description="Free notes; not used in matching.")

    @field_validator("experience")
    @classmethod
    def _bounded_text(cls, entries: list[Experience]) -> list[Experience]:
        check_experience_text(entries)
        return entries

    @model_validator(mode="before")
    @classmethod
    def _nationality_as_list(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("nationality"), str):
            data = {**data, "nationality": [data["nationality"]]}
        return data


# Fields that --blind keeps out of every report.
IDENTIFYING_FIELDS = ("name", "email", "phone", "date_of_birth", "photo_url", "nationality", "permanent_residence")
