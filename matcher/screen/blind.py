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
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..files.sanitize import INVISIBLE
from ..kinds import get_kind
from ..models.profile import IDENTIFYING_FIELDS

if TYPE_CHECKING:
    from ..engine.evaluate import Evaluation
    from ..engine.results import Result

HIDDEN = "[hidden]"
_MIN_CHARS = 3  # shorter values (codes, initials) are not searched for in free text
_MIN_PHONE_DIGITS = 6  # fewer digits would hide years and counts
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_MORE = re.compile(r" \(and \d+ more problems?\)$")


def skeleton(text: str, fold: bool) -> tuple[str, list[int] | None]:
    """`text` as compared for redaction, with the index in `text` of each character:
    compatibility forms decomposed (full-width "Ｊｏｅ" is "Joe"), accents and other
    combining marks dropped (NFD "José" is "Jose"), invisible characters dropped (a name
    split by zero-width joiners is whole again), any script's decimal digits made ASCII,
    and case folded if `fold`. None for the index when it is the identity (ASCII)."""
    if text.isascii():
        return (text.lower() if fold else text), None
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part) or _INVISIBLE.match(part):
                continue
            digit = unicodedata.decimal(part, None)
            part = str(digit) if digit is not None else (part.casefold() if fold else part)
            out.extend(part)
            where.extend([i] * len(part))
    return "".join(out), where


def _digits(text: str) -> str:
    return "".join(ch for ch in skeleton(text, False)[0] if ch.isdigit())


def identifying_values(data: Any) -> tuple[list[str], list[str]]:
    """A profile's identifying strings (from the model or the raw mapping): the whole
    values, and the words of the name (3+ letters), so that "Doe" alone is hidden too.
    A phone number is also kept as its digits (prefixed "tel:"), compared digit for digit."""
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
                if key == "phone" and len(_digits(text)) >= _MIN_PHONE_DIGITS:
                    values.add("tel:" + _digits(text))
                if key == "name":  # "Okonkwo-Baptiste", "Okonkwo" and "Baptiste"
                    plain = skeleton(text, False)[0]
                    words.update(re.findall(r"[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*", plain))
                    words.update(re.findall(r"[^\W\d_]{3,}", plain))
    return sorted(values, key=lambda v: (-len(v), v)), sorted(words, key=lambda v: (-len(v), v))


class Redactor:
    """Replaces identifying values in every string of a structure: whole values in any
    case; name words only as whole words in their own case ("Field" is hidden in "Mr
    Field", not in "unknown field"); phone numbers whatever their spacing. Matching is
    done on the `skeleton` of both sides, so decomposed, full-width or zero-width-split
    spellings are hidden too."""

    def __init__(self, found: tuple[list[str], list[str]] = ([], [])) -> None:
        values, words = found
        phones = [v[4:] for v in values if v.startswith("tel:")]
        texts = sorted({skeleton(v, True)[0] for v in values if not v.startswith("tel:")} - {""},
                       key=lambda v: (-len(v), v))
        names = sorted({skeleton(w, False)[0] for w in words} - {""}, key=lambda v: (-len(v), v))
        self.values = re.compile("|".join(map(re.escape, texts))) if texts else None
        self.words = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        # A phone's last nine digits (the number without country or trunk prefix), within
        # a run of digits and the separators people write between them.
        self.phones = {p[-9:] for p in phones}
        self.pattern = self.values or self.words or (_PHONE_RUN if phones else None)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pattern, fold in ((self.values, True), (self.words, False)):
            if pattern is not None:
                plain, where = skeleton(text, fold)
                spans += [_original(m.start(), m.end(), where, text) for m in pattern.finditer(plain)]
        if self.phones:
            plain, where = skeleton(text, False)
            for m in _PHONE_RUN.finditer(plain):
                digits = re.sub(r"\D", "", m.group())
                if any(phone in digits for phone in self.phones):
                    spans.append(_original(m.start(), m.end(), where, text))
        return sorted(spans)

    def text(self, value: str) -> str:
        if self.pattern is None:
            return value
        out, last = [], 0
        for start, end in self._spans(value):
            if end <= last:
                continue
            if start < last:  # overlapping matches: one [hidden] for both
                start = last
            else:
                out.append(value[last:start])
                out.append(HIDDEN)
            last = end
        out.append(value[last:])
        return "".join(out)

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


_PHONE_RUN = re.compile(r"\+?\(?[0-9][0-9 ().\-/]{5,}[0-9]")


def _original(start: int, end: int, where: list[int] | None, text: str) -> tuple[int, int]:
    """A match in the skeleton as a span of the original text, with the combining marks
    and invisible characters that follow its last character."""
    if where is None:
        return start, end
    first, stop = where[start], where[end - 1] + 1
    while stop < len(text) and (unicodedata.combining(text[stop]) or _INVISIBLE.match(text[stop])):
        stop += 1
    return first, stop


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
