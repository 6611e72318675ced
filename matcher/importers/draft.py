"""A drafted profile: the profile data plus, for every fact, where it came from and how sure.

The importers build a `Draft` entry by entry. Each fact names its source (page and
line, a Word paragraph or table cell, an XML path, a CSV row) and a confidence:
`high` when it was read from a field that says exactly that (an XML element, a CSV
column, a JSON key), `medium` when it was read from free text by a pattern. What the
importer could not decide is not drafted at all: it becomes a `review:` note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from ..files.limits import MAX_STRING_CHARS
from ..models.profile_limits import MAX_ENTRIES, MAX_EXPERIENCE_TEXT

HIGH, MEDIUM, LOW = "high", "medium", "low"


@dataclass
class Fact:
    path: str  # "experience[0].start"
    source: str  # "page 1, line 12" or "/SkillsPassport/LearnerInfo/WorkExperienceList/WorkExperience[1]"
    confidence: str


@dataclass
class Draft:
    """Profile data being drafted, with the provenance of each fact and review notes."""

    format: str
    file: str
    data: dict[str, Any] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)  # "experience[1]: '06/07/2012' could be ..."
    sources: dict[str, str] = field(default_factory=dict)  # entry path -> where it was read
    confidence: dict[str, str] = field(default_factory=dict)  # entry path -> its lowest fact confidence
    # entries not drafted because a fact they need is not stated (a job's end): where -> (section, entry
    # as its most favourable reading, why); the verdict is probed with each, never built on it
    withheld: dict[str, tuple[str, dict[str, Any], str]] = field(default_factory=dict)
    # entry path (or "nationality") -> the text each of its facts was read from ("dates", "place",
    # "body", "degree", "level", "value"); faithful.check re-reads every value from it
    spans: dict[str, dict[str, str]] = field(default_factory=dict)
    order: str | None = None  # the document's day/month order, when its own dates show it

    def review(self, where: str, message: str) -> None:
        self.reviews.append(f"{where}: {message}" if where else message)

    def add(
        self,
        section: str,
        entry: dict[str, Any],
        source: str,
        confidence: str,
        model: type[BaseModel] | None = None,
        field_confidence: dict[str, str] | None = None,
        spans: dict[str, str] | None = None,
    ) -> str | None:
        """Append an entry (None values dropped) if `model` accepts it; returns its path or None."""
        entries = self.data.setdefault(section, [])
        path = f"{section}[{len(entries)}]"
        entry = _within_limit({k: v for k, v in entry.items() if v not in (None, "", [])}, path, self)
        full = _over_profile_limits(section, entries, entry)
        if full:
            self.review(f"{section} ({source})", f"{full}; not drafted: add it by hand if it matters")
            return None
        if model is not None:
            problem = _invalid(model, entry)
            if problem:
                self.review(f"{section} ({source})", f"{problem}; not drafted: add it by hand")
                return None
        entries.append(entry)
        self.sources[path] = source
        if spans is not None:
            self.spans[path] = spans
        levels = field_confidence or {}
        for key in entry:
            self.facts.append(Fact(f"{path}.{key}", source, levels.get(key, confidence)))
        worst = [levels.get(k, confidence) for k in entry]
        self.confidence[path] = LOW if LOW in worst else MEDIUM if MEDIUM in worst else HIGH
        return path

    def withhold(self, where: str, section: str, entry: dict[str, Any], source: str, why: str) -> None:
        self.withheld[where] = (section, {k: v for k, v in entry.items() if v not in (None, "", [])}, why)
        self.sources[where] = source

    def set(self, key: str, value: Any, source: str, confidence: str, span: str | None = None) -> None:
        if value in (None, "", []):
            return
        if span is not None:
            self.spans[key] = {"value": span}
        if isinstance(value, str):
            value = _within_limit({key: value}, "", self)[key]
        self.data[key] = value
        self.sources[key] = source
        self.confidence[key] = confidence
        self.facts.append(Fact(key, source, confidence))

    def unconfirmed(self) -> list[str]:
        """Entry paths whose facts were read from free text (medium or low confidence)."""
        return [path for path, level in self.confidence.items() if level != HIGH]

    def profile_data(self) -> dict[str, Any]:
        data = {k: v for k, v in self.data.items() if v not in (None, [], "")}
        if self.reviews:
            data["notes"] = _notes(f"Import notes:\n({self.file}, {self.format})\n", self.reviews)
        return data


def _notes(head: str, reviews: list[str]) -> str:
    """The review notes as one profile value, within the loader's string limit: a CV of
    thousands of ambiguous lines made notes the draft's own check refused (naming the
    output file). The notes that do not fit are counted; standard error lists them all."""
    text, kept = head, 0
    for note in reviews:
        if len(text) + len(note) + 200 > MAX_STRING_CHARS:
            break
        text += ("\n" if kept else "") + note
        kept += 1
    if kept < len(reviews):
        text += f"\n... and {len(reviews) - kept:,} more review notes (listed when the CV was imported)"
    return text


def _within_limit(entry: dict[str, Any], where: str, draft: Draft) -> dict[str, Any]:
    """Text values cut to the loader's string limit, each cut noted for review (a CV's one
    paragraph of 150,000 characters would make a draft no profile loader takes)."""
    for key, value in entry.items():
        if isinstance(value, str) and len(value) > MAX_STRING_CHARS:
            entry[key] = value[:MAX_STRING_CHARS]
            draft.review(
                where, f"{key} cut to its first {MAX_STRING_CHARS:,} characters (the limit of a profile value)"
            )
    return entry


def _over_profile_limits(section: str, entries: list[dict[str, Any]], entry: dict[str, Any]) -> str | None:
    """Why one more entry would make a draft over a profile's limits (matcher/models/profile_limits.py),
    or None: a CV of 3,000 dated lines made a draft no profile loader takes."""
    if len(entries) >= MAX_ENTRIES:
        return f"the profile already holds {MAX_ENTRIES:,} {section} entries (the limit)"
    if section == "experience":
        text = sum(_text(e) for e in entries) + _text(entry)
        if text > MAX_EXPERIENCE_TEXT:
            return f"the experience text would be over the {MAX_EXPERIENCE_TEXT:,}-character limit of a profile"
    return None


def _text(entry: dict[str, Any]) -> int:
    return sum(len(entry.get(key) or "") for key in ("title", "employer", "description"))


def _invalid(model: type[BaseModel], entry: dict[str, Any]) -> str | None:
    try:
        model.model_validate(entry)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where + ': ' if where else ''}{error['msg'].removeprefix('Value error, ')}"
    return None


def accepts_stated(model: type[BaseModel], entry: dict[str, Any]) -> bool:
    """`accepts` of the entry's stated fields only (a None is left to the model's default)."""
    return accepts(model, {k: v for k, v in entry.items() if v is not None})


def accepts(model: type[BaseModel], entry: dict[str, Any]) -> bool:
    """Whether the profile model takes this entry (a language with no level is taken only
    once the model allows 'not stated')."""
    return _invalid(model, entry) is None
