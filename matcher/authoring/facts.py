"""The notice's facts: title, organization, location, contract, grade, deadline...

Most are "Label: value" lines (or two-cell table rows); the labels a notice may use
are listed in matcher/authoring/data/draft_patterns.yaml. What cannot be found, or is found
with conflicting values, gets a review note instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models.rules import MAX_DURATION_MONTHS, MIN_DURATION_MONTHS
from .patterns import Patterns, patterns
from .text import Line, sentences
from .values import duration_months, parse_date


@dataclass
class Facts:
    values: dict[str, Any] = field(default_factory=dict)  # Notice fields, in the model's order
    reviews: dict[str, str] = field(default_factory=dict)  # field -> what to double-check
    secondment_sentence: str | None = None
    all_sentences: list[str] = field(default_factory=list)
    placeholders: set[str] = field(default_factory=set)  # required fields the notice does not state


def _label_of(label: str, pats: Patterns) -> list[str]:
    """The facts a label names ("Length and type of contract" -> duration and contract type)."""
    label = label.strip().rstrip(":").strip()
    names = [name for name, pattern in pats.fact_labels.items() if pattern.fullmatch(label)]
    if names or not re.search(r"/|&|\band\b|\bet\b", label):
        return names
    # "Series/Grade", "Position and Grade": a label of two labels names what each names
    parts = [p for p in re.split(r"\s*(?:/|&|\band\b|\bet\b)\s*", label) if p]
    return list(
        dict.fromkeys(n for part in parts for n, pattern in pats.fact_labels.items() if pattern.fullmatch(part))
    )


def _pairs(text: str, pats: Patterns) -> list[tuple[str, str]]:
    """'Grade: P-3 Duty Station: Vienna' -> two (label, value) pairs, split where a known label
    followed by a colon starts; a plain 'Label: value' line is one pair."""
    colons = [m.start() for m in re.finditer(r":", text)]
    if len(colons) < 2:
        label, _, value = text.partition(":")
        return [(label, value)]
    starts = [0]
    for colon in colons[1:]:
        before = text[:colon]
        for words in range(1, 7):  # the label is the last 1-6 words before this colon
            cut = len(before.rsplit(None, words)[0]) if len(before.split()) > words else 0
            if cut and _label_of(before[cut:], pats) and before[:cut].rstrip()[-1:] not in (":",):
                starts.append(cut)
                break
    pieces = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]
    return [(p.partition(":")[0], p.partition(":")[2]) for p in pieces]


def labelled_values(notice_lines: list[Line], pats: Patterns) -> dict[str, list[str]]:
    """fact name -> every value given for it, in order ('Grade: 5' -> {'grade': ['5']}).

    A label may stand alone on its line with the value on the next ("Grade:" / "P-3"), and
    one line may hold several pairs ("Grade: P-3 Duty Station: Vienna")."""
    found: dict[str, list[str]] = {}

    def put(label: str, value: str) -> None:
        value = value.strip()
        for name in _label_of(label, pats):
            if value and not pats.empty_value.search(value):
                found.setdefault(name, []).append(value)

    for index, line in enumerate(notice_lines):
        if len(line.cells) >= 2:
            put(line.cells[0], " ".join(line.cells[1:]))
            continue
        label, colon, value = line.text.partition(":")
        if not colon and not _label_of(line.text, pats):
            continue
        if len(label.split()) > 8:
            continue
        nxt = notice_lines[index + 1] if index + 1 < len(notice_lines) else None
        if (
            not value.strip()
            and nxt is not None
            and not nxt.cells
            and ":" not in nxt.text[:40]
            and not _label_of(nxt.text, pats)
            and len(nxt.text) <= 120
        ):
            put(label, nxt.text)  # "Duration (months):" then "24"
            continue
        if colon:
            for pair_label, pair_value in _pairs(line.text, pats):
                put(pair_label, pair_value)
    return found


def _grade(title: str, found: list[str], text: str, pats: Patterns) -> tuple[str | None, str | None]:
    """The grade from its label, else the title ("Political Officer, S2"), else the prose."""
    if found:  # "FSN-4, FPAA": the grade code of a longer value
        match = pats.grade.search(found[0])
        return (match.group(1) if match else found[0]), None
    match = pats.grade.search(title)
    if match:
        return match.group(1), None
    glued = pats.grade_after_label.search(text)
    if glued:
        return glued.group(1), "grade read from the text, not from a label: check it"
    for m in pats.grade.finditer(text):
        around = text[max(0, m.start() - 40) : m.end() + 20].lower()
        if re.search(r"\b(grade|level|niveau|post|position|category)\b", around) or " " in m.group(1):
            return m.group(1), "grade read from the text, not from a label: check it"
    return None, None


def _months_of(value: str, pats: Patterns) -> float | None:
    """A duration value in months: '24' (a "Duration (months)" field), '2 years', '40 working days
    over 4 months' (4: the length in months or years, never a count of days or weeks)."""
    if re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", value):
        return duration_months(value, pats)
    match = pats.duration_units_any.search(value)
    return duration_months(match.group(0), pats) if match else None


def _prose_duration(text: str, pats: Patterns, title: str = "") -> float | None:
    """'for an initial period of 12 months', 'a two-year contract', a title's '(6 months)' -> months."""
    match = pats.duration_prose.search(text) or pats.duration_noun.search(text) or pats.duration_title.search(title)
    if not match:
        return None
    number, unit = (g for g in match.groups() if g)
    return duration_months(f"{number} {unit}", pats)


def _canonical_org(value: str, pats: Patterns) -> str:
    for name in pats.organizations:
        if name.lower() == value.lower():
            return name
    return value


def _organization(text: str, values: list[str], pats: Patterns) -> str | None:
    if values:
        return _canonical_org(values[0], pats)
    counts = []
    for position, name in enumerate(pats.organizations):
        hits = re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
        if hits:
            counts.append((-len(hits), text.lower().find(name.lower()), position, name))
    return min(counts)[3] if counts else None


def _location(values: list[str]) -> str | None:
    """The most detailed location, with repeated parts and postcodes removed."""
    best: list[str] = []
    for value in values:
        parts: list[str] = []
        for part in (p.strip() for p in value.split(",")):
            if part and not re.fullmatch(r"[\d\s-]+", part) and part.lower() not in (p.lower() for p in parts):
                parts.append(part)
        if len(parts) > len(best):
            best = parts
    return ", ".join(best) or None


def _number(text: str, values: list[str], pats: Patterns) -> str | None:
    for value in values:
        if re.search(r"\d", value) and len(value) <= 40:
            return value.strip()
    for pattern in pats.number_patterns:
        match = pattern.search(text)
        if match:
            return match.group(1).rstrip(".")
    return None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _default_id(organization: str, number: str) -> str:
    """'INTERPOL' + '844' -> 'interpol-844'; 'Europol/2025/TA/789' stays 'europol-2025-ta-789'."""
    org, num = slug(organization), slug(number)[:60].strip("-")
    return num if num.startswith(org) else f"{org}-{num}".strip("-")


def _deadline(values: list[str], all_sentences: list[str], pats: Patterns, facts: Facts) -> date | None:
    dates = []
    for value in values:
        when, ambiguous = parse_date(value, pats, last=True)
        if when:
            dates.append(when)
            if ambiguous:
                facts.reviews["deadline"] = f"{value!r} read day first; check the day and month"
    if not dates:  # "The deadline for applications is 15 May 2025."
        for sentence in all_sentences:
            if pats.fact_labels["deadline"].search(sentence):
                when, _ = parse_date(sentence, pats)
                if when:
                    dates.append(when)
    if len(set(dates)) > 1:
        facts.reviews["deadline"] = "the notice gives several deadlines: " + ", ".join(map(str, dict.fromkeys(dates)))
    return dates[0] if dates else None


_INLINE_LABEL = re.compile(r"^\s*([^\W\d][^:;.]{0,40}?)\s*:\s*(?=\S)")


def _unlabelled(sentence: str, pats: Patterns) -> str:
    """ "Nationality : Candidates are ..." -> "Candidates are ...", as the requirement items quote it, so the
    sentence is not read a second time as one the items did not hold; fact labels ("Deadline: ...") stay."""
    m = _INLINE_LABEL.match(sentence)
    if not m or any(p.fullmatch(m.group(1)) for p in pats.fact_labels.values()):
        return sentence
    if not any(h.full.fullmatch(m.group(1)) for h in pats.headings):
        return sentence
    return sentence[m.end() :]


def notice_facts(
    text: str, notice_lines: list[Line], rules_id: str | None, source_file: str, pats: Patterns | None = None
) -> Facts:
    """The Notice fields of a rules file, read from the notice text."""
    pats = pats or patterns()
    facts = Facts()
    found = labelled_values(notice_lines, pats)
    texts: list[str] = []
    labelled: list[bool] = []  # a line whose "Heading: value" the requirement items quote as the value alone
    for line in notice_lines:  # a line starting in lowercase continues the one before (wrapped text)
        shown = " ".join(line.cells) or line.text
        if (
            texts
            and not line.cells
            and not line.bullet
            and not line.blank_before
            and shown[:1].islower()
            and not re.search(r"[.;!?:]$", texts[-1])
        ):
            texts[-1] += " " + shown
        else:
            texts.append(shown)
            labelled.append(not line.bullet or line.numbered)  # as sections.py reads heading pairs
    all_sentences = [
        _unlabelled(s, pats) if strip else s
        for paragraph, strip in zip(texts, labelled, strict=True)
        for s in sentences(paragraph, pats)
    ]
    facts.all_sentences = all_sentences
    review = facts.reviews.setdefault

    title = found.get("title", [None])[0]
    if not title:
        title = notice_lines[0].text if notice_lines else "untitled"
        review("title", "no 'Job title:' line; the first line of the notice was taken")
    organization = _organization(text, found.get("organization", []), pats)
    if not organization:
        organization = "unknown"
        review("organization", "no organization named; fill it in")
    number = _number(text, found.get("number", []), pats)
    seconded = next((s for s in all_sentences if pats.secondment.search(s)), None)
    serving = next((s for s in all_sentences if pats.serving_official.search(s)), None)
    facts.secondment_sentence = seconded or serving  # a serving official: the rule, not a secondment post
    contract = found.get("contract_type", [None])[0]
    secondment = bool(
        seconded or pats.secondment_title.search(title) or (contract and pats.secondment_title.search(contract))
    )
    contract = contract or (pats.contract_secondment if secondment else None)
    location = _location(found.get("location", []))
    if not location:
        location = "unknown"
        review("location", "no 'Location:' line; fill it in")
    duration = next((d for d in (_months_of(v, pats) for v in found.get("duration", [])) if d), None)
    if duration is None and contract and pats.duration_units_any.search(contract):
        duration = duration_months(contract, pats)  # "Contract: Fixed-term, 1 year renewable"
    if duration is None and (duration := _prose_duration(text, pats, title)) is not None:
        review("duration_months", "contract length read from the text, not from a label: check it")
    if duration is not None and not MIN_DURATION_MONTHS <= duration <= MAX_DURATION_MONTHS:
        duration = None  # '2 weeks' read as 0.5 months: no value the rules file would accept
    grade, grade_note = _grade(title, found.get("grade", []), " ".join(line.text for line in notice_lines), pats)
    if grade_note:
        review("grade", grade_note)
    deadline = _deadline(found.get("deadline", []), all_sentences, pats, facts)
    if deadline is None:
        deadline = date.today()
        facts.placeholders.add("deadline")
        review("deadline", "no deadline found in the notice; today's date is a placeholder: fill it in")
    steps = [s for s in all_sentences if pats.steps.search(s)]
    facts.values = {
        "id": rules_id or _default_id(organization, number or title),
        "number": number,
        "title": title,
        "organization": organization,
        "location": location,
        "contract_type": contract,
        "duration_months": int(duration) if duration and duration == int(duration) else duration,
        "grade": grade,
        "deadline": deadline,
        "security_screening": found.get("security_screening", [None])[0],
        "secondment": secondment,
        "proof_of_employment_required": any(pats.proof.search(s) for s in all_sentences),
        "source_file": source_file,
        "application_steps": list(dict.fromkeys(steps)),
    }
    return facts
