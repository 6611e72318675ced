"""Blind screening: identifying values never reach a report.

Rows in blind mode carry the pseudonym instead of the file name (file names often
are applicants' names), and no name, profile id, email, phone, date of birth,
photo URL, nationality or permanent residence (`matcher.models.profile.IDENTIFYING_FIELDS`).
A requirement kind that reads one of these fields says so (`Kind.reads`); in blind
mode its result keeps its status, which the verdict needs, and its explanation and
evidence give way to a sentence saying which field decided and that it is hidden
(`blind_results`): a nationality requirement's own list of states would otherwise
tell the value by elimination. As a second line of defence, any identifying value the
applicant also typed elsewhere (a name in a job description, an email in an
employer field) is replaced by "[hidden]" in explanations, evidence and error
messages. Two-letter values (nationality codes) are not searched for in text:
they would blank out every "FR" of a country list. Error rows keep the line, the
column and the profile's own field names, but no value quoted from the file and no
unknown key: those are whatever the applicant typed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..kinds import get_kind
from ..models.profile import IDENTIFYING_FIELDS

if TYPE_CHECKING:
    from ..engine.evaluate import Evaluation
    from ..engine.results import Result

HIDDEN = "[hidden]"
_MIN_CHARS = 3  # shorter values (codes, initials) are not searched for in free text
_MORE = re.compile(r" \(and \d+ more problems?\)$")


def identifying_values(data: Any) -> tuple[list[str], list[str]]:
    """A profile's identifying strings (from the model or the raw mapping): the whole
    values, and the words of the name (3+ letters), so that "Doe" alone is hidden too."""
    if data is None:
        return [], []
    get = data.get if isinstance(data, dict) else (lambda key: getattr(data, key, None))
    values: set[str] = set()
    words: set[str] = set()
    for key in IDENTIFYING_FIELDS:
        value = get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                text = str(item).strip()
                if len(text) >= _MIN_CHARS:
                    values.add(text)
                if key in ("nationality", "permanent_residence") and len(text) == 2:
                    from .. import reference  # the country's name, as nationality explanations give it
                    if text.upper() in reference.countries():
                        values.add(reference.country_name(text.upper()))
                if key == "name":  # "Okonkwo-Baptiste", "Okonkwo" and "Baptiste"
                    words.update(re.findall(r"[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*", text))
                    words.update(re.findall(r"[^\W\d_]{3,}", text))
    return sorted(values, key=lambda v: (-len(v), v)), sorted(words, key=lambda v: (-len(v), v))


class Redactor:
    """Replaces identifying values in every string of a structure: whole values in any
    case; name words only as whole words in their own case ("Field" is hidden in "Mr
    Field", not in "unknown field")."""

    def __init__(self, found: tuple[list[str], list[str]] = ([], [])) -> None:
        values, words = found
        parts = []
        if values:
            parts.append("(?i:" + "|".join(re.escape(v) for v in values) + ")")
        if words:
            parts.append(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        self.pattern = re.compile("|".join(parts)) if parts else None

    def text(self, value: str) -> str:
        return self.pattern.sub(HIDDEN, value) if self.pattern else value

    def walk(self, value: Any) -> Any:
        if self.pattern is None:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.walk(v) for v in value]
        if isinstance(value, dict):
            return {k: self.walk(v) for k, v in value.items()}
        return value


def hidden_reads(kind: str) -> list[str]:
    """The identifying profile fields a kind reads (`nationality` for a nationality rule)."""
    return sorted(get_kind(kind).reads & set(IDENTIFYING_FIELDS))


def blind_results(results: list[Result]) -> list[Result]:
    """The results as blind mode shows them: a requirement decided from an identifying
    field keeps its status and says which field decided, without the value."""
    out = []
    for result in results:
        children = blind_results(result.children)
        fields = hidden_reads(result.kind)
        if fields:
            result = replace(result, children=children, evidence=[], explanation=(
                f"{result.status.value.replace('_', ' ')}: decided from the candidate's {' and '.join(fields)}, "
                "hidden in blind mode; the result stands, as the verdict needs it."))
        elif children != result.children:
            result = replace(result, children=children)
        out.append(result)
    return out


def blind_evaluation(ev: Evaluation) -> Evaluation:
    return replace(ev, results=blind_results(ev.results))


def _known_names() -> frozenset[str]:
    """Every field name a profile can have: field paths made of these are safe to show."""
    from typing import get_args

    from ..models.profile import CurrentEmployment, Education, Experience, Language, Profile, Skill

    names = set(get_args(Skill))
    for model in (Profile, CurrentEmployment, Education, Experience, Language):
        names.update(model.model_fields)
    return frozenset(names)


_KNOWN = _known_names()
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _blind_field(field: str | None) -> str | None:
    """A field path with every name that is not a profile field (an unknown key, which
    can be anything the applicant typed) replaced by [hidden]."""
    if not field:
        return field
    parts = re.findall(r"\[\d+\]|[^.\[\]]+", field)
    out = ""
    for part in parts:
        if part.startswith("["):
            out += part
        else:
            out += ("." if out else "") + (part if part in _KNOWN else HIDDEN)
    return out


def blind_error(error: InputError, pseudonym: str, redactor: Redactor) -> str:
    """The one-line message with the pseudonym for the file name, line, column and the
    profile's field names kept, and every value quoted from the file left out: values
    (and unknown keys) are whatever the applicant typed, their name included."""
    message = error.message
    if " (got " in message:
        head, tail = message.split(" (got ", 1)
        more = _MORE.search(tail)
        message = head + (more.group(0) if more else "")
    message = _QUOTED.sub(HIDDEN, redactor.text(message))
    hidden = InputError(message, file=pseudonym, line=error.line, column=error.column,
                        field=_blind_field(error.field))
    return hidden.one_line()
