"""Blind reports (`--blind`, in `check` and `screen`): identifying values never reach a report.

One redactor serves both commands and every format, because the view model
(view.py) is built through it:

- the candidate's own fields are left out: name, profile id, the profile file's path,
  email, phone, date of birth, photo URL, nationality, permanent residence
  (`IDENTIFYING_FIELDS`); the nationality kinds name countries in their explanations,
  so the names of those countries are hidden in every text too;
- evidence fields marked identifying (employer names, see engine/evidence.py) become
  "[hidden]";
- any identifying value also typed elsewhere (a name in a job title, an employer in an
  explanation, an email in a description) is replaced by "[hidden]" in every text.
  Two-letter values (nationality codes) are not searched for in text: they would blank
  out every "FR" of a country list.

Screening rows are named by a pseudonym instead (pseudonyms.py).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any

from ..engine.evidence import Evidence
from ..errors import InputError
from ..files.sanitize import INVISIBLE_CHARACTER
from ..models.profile import IDENTIFYING_FIELDS

HIDDEN = "[hidden]"
# Beside the profile's own identifying fields: where else identifying names live.
_NESTED_NAMES = (("experience", "employer"), ("education", "institution"), ("current_employment", "employer"))
_MIN_CHARS = 3  # shorter values (codes, initials) are not searched for in free text
_MIN_PHONE_DIGITS = 6  # fewer digits would hide years and counts
# the separators people write between a phone's digits, dashes of every kind included
_PHONE_RUN = re.compile("\\+?\\(?[0-9][0-9 ().\\-/\u2010-\u2015\u2212]{5,}[0-9]")
_MORE = re.compile(r" \(and \d+ more problems?\)$")
# Between the words of a name in an address, a URL or a handle, or nothing at all
# ("MarcLefèvre", linkedin.com/in/marclefevre, a name joined by an invisible character
# that reports remove); the whole value then stands alone, not inside a longer word, so
# "Li Na" is not found in "disciplinary".
_JOINERS = r"[\s._\-+]*"
_NO_LETTER_BEFORE, _NO_LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"


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
            if unicodedata.combining(part) or INVISIBLE_CHARACTER.match(part):
                continue
            digit = unicodedata.decimal(part, None)
            part = str(digit) if digit is not None else (part.casefold() if fold else part)
            out.extend(part)
            where.extend([i] * len(part))
    return "".join(out), where


def _digits(text: str) -> str:
    return "".join(ch for ch in skeleton(text, False)[0] if ch.isdigit())


def _original(start: int, end: int, where: list[int] | None, text: str) -> tuple[int, int]:
    """A match in the skeleton as a span of the original text, with the combining marks
    and invisible characters that follow its last character."""
    if where is None:
        return start, end
    first, stop = where[start], where[end - 1] + 1
    while stop < len(text) and (unicodedata.combining(text[stop]) or INVISIBLE_CHARACTER.match(text[stop])):
        stop += 1
    return first, stop


def _getter(data: Any):
    if isinstance(data, dict):
        return data.get
    return lambda key: getattr(data, key, None)


def identifying_values(data: Any) -> tuple[list[str], list[str]]:
    """A profile's identifying strings (from the model or the raw mapping): the whole
    values, and the words of the name (3+ letters), so that "Doe" alone is hidden too.
    A phone number is also kept as its digits (prefixed "tel:"), compared digit for digit."""
    if data is None:
        return [], []
    get = _getter(data)
    values: set[str] = set()
    words: set[str] = set()

    def add(value: Any, is_name: bool = False, country: bool = False, phone: bool = False) -> None:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                text = str(item).strip()
                if len(text) >= _MIN_CHARS:
                    values.add(text)
                if country and len(text) == 2:  # the country's name, as nationality explanations give it
                    from .. import reference

                    if text.upper() in reference.countries():
                        values.add(reference.country_name(text.upper()))
                if phone and len(_digits(text)) >= _MIN_PHONE_DIGITS:
                    values.add("tel:" + _digits(text))
                if is_name:  # "Okonkwo-Baptiste", "Okonkwo" and "Baptiste"
                    plain = skeleton(text, False)[0]
                    words.update(re.findall(r"[^\W\d_]{3,}(?:[-'’][^\W\d_]+)*", plain))
                    words.update(re.findall(r"[^\W\d_]{3,}", plain))

    for key in IDENTIFYING_FIELDS:
        add(get(key), key == "name", key in ("nationality", "permanent_residence"), key == "phone")
    for section, key in _NESTED_NAMES:
        entries = get(section)
        for entry in entries if isinstance(entries, list) else [entries]:
            if entry is not None:
                add(_getter(entry)(key))
    return sorted(values, key=lambda v: (-len(v), v)), sorted(words, key=lambda v: (-len(v), v))


def _any_separator(value: str) -> str:
    """A whole value as a pattern whose words may be joined by dots, dashes, underscores
    or any spaces, or written closed up: "Marc Lefèvre" is also hidden in
    linkedin.com/in/marc-lefevre, in marc.lefevre at example dot org and in MarcLefèvre
    (the words alone, in lower case, stay readable)."""
    words = value.split()
    if len(words) == 1:
        return re.escape(value)
    return _NO_LETTER_BEFORE + _JOINERS.join(map(re.escape, words)) + _NO_LETTER_AFTER


def _name_forms(word: str) -> set[str]:
    """A name word as written, in capitals and capitalised (CVs write surnames in capitals)."""
    return {word, word.upper(), word[:1].upper() + word[1:].lower()}


class Redactor:
    """Replaces identifying values in every string of a structure: whole values in any
    case; name words only as whole words, as written, in capitals or capitalised
    ("LEFÈVRE, Marc"; "Field" is hidden in "Mr Field" and "FIELD", not in "unknown
    field": a name that is also a word stays readable in lower case); phone numbers
    whatever their spacing and dashes. Matching is
    done on the `skeleton` of both sides, so decomposed, full-width or zero-width-split
    spellings are hidden too. `Redactor()` (no values) changes nothing."""

    def __init__(self, found: tuple[list[str], list[str]] = ([], []), *, blind: bool = False) -> None:
        values, words = found
        self.blind = blind or bool(values or words)
        phones = [v[4:] for v in values if v.startswith("tel:")]
        texts = sorted(
            {skeleton(v, True)[0] for v in values if not v.startswith("tel:")} - {""}, key=lambda v: (-len(v), v)
        )
        forms = {f for w in words for f in _name_forms(skeleton(w, False)[0])}
        names = sorted(forms - {""}, key=lambda v: (-len(v), v))
        self.values = re.compile("|".join(map(_any_separator, texts))) if texts else None
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

    @classmethod
    def for_profile(cls, profile: Any) -> Redactor:
        """The redactor of a blind report about this profile (model or raw mapping)."""
        return cls(identifying_values(profile), blind=True)

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

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def walk(self, value: Any) -> Any:
        if self.pattern is None:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, (list, tuple)):
            return type(value)(self.walk(v) for v in value)
        if isinstance(value, dict):
            return {k: self.walk(v) for k, v in value.items()}
        return value

    def evidence(self, item: Evidence) -> Evidence:
        """An evidence record with its identifying fields hidden and every text redacted."""
        if not self.blind:
            return item
        hidden = set(item.identifying_fields())
        changes = {}
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if f.name in hidden and value is not None:
                changes[f.name] = HIDDEN
            elif isinstance(value, (str, tuple, dict)):
                changes[f.name] = self.walk(value)
        return dataclasses.replace(item, **changes)


def hidden_reads(kind: str) -> list[str]:
    """The identifying profile fields a kind reads (`nationality` for a nationality rule):
    in a blind report its result keeps its status, which the verdict needs, and its
    explanation and evidence give way to a sentence naming the field (a nationality
    rule's own list of states would otherwise tell the value by elimination)."""
    from ..kinds import get_kind

    return sorted(get_kind(kind).reads & set(IDENTIFYING_FIELDS))


def hidden_explanation(status: str, fields: list[str]) -> str:
    return (
        f"{status.replace('_', ' ')}: decided from the candidate's {' and '.join(fields)}, "
        "hidden in blind mode; the result stands, as the verdict needs it."
    )


def _known_names() -> frozenset[str]:
    """Every field name a profile can have: field paths made of these are safe to show."""
    from typing import get_args

    from ..models.profile import CurrentEmployment, Education, Experience, Language, Profile, Skill

    names = set(get_args(Skill))
    for model in (Profile, CurrentEmployment, Education, Experience, Language):
        names.update(model.model_fields)
    return frozenset(names)


_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _blind_field(field: str | None) -> str | None:
    """A field path with every name that is not a profile field (an unknown key, which
    can be anything the applicant typed) replaced by [hidden]."""
    if not field:
        return field
    known = _known_names()
    out = ""
    for part in re.findall(r"\[\d+\]|[^.\[\]]+", field):
        if part.startswith("["):
            out += part
        else:
            out += ("." if out else "") + (part if part in known else HIDDEN)
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
    hidden = InputError(message, file=pseudonym, line=error.line, column=error.column, field=_blind_field(error.field))
    return hidden.one_line()
