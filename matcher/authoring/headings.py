"""Headings: which lines open or close a part of the notice, and what the part holds.

A heading is a short line in capitals, ending with ":", matching a known heading as a whole
(any case: "Working conditions"), or a short Title Case line standing alone; an unknown one
ends the requirements. The heading words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re

from .heading_words import requirement_heading
from .patterns import Patterns, patterns
from .text import Line

REQUIREMENT_TYPES = ("umbrella", "education", "experience", "languages", "skills", "general")
# Words that stay lowercase in a Title Case heading ("Org. Setting and Reporting").
_SMALL_WORDS = frozenset(
    "a an and as at by for in of on or the to with à au aux d de des du en et l la le les ou pour sur".split()
)


def classify_heading(
    text: str, pats: Patterns | None = None, strict: bool = False, standalone: bool = True
) -> tuple[str, str | None] | None:
    """(section type, default importance) if `text` is a heading line, else None.

    Lines in capitals or ending with ":" are searched for heading keywords; other
    short lines must match a heading pattern as a whole (`strict`: always). A short
    Title Case line after a blank line (`standalone`) that names no known section is
    an unknown heading and ends the requirements ("Special Notice", "No Fee").
    """
    pats = pats or patterns()
    text = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+(?=\D)", "", text)  # "4.1 Essential": the number says nothing
    words = text.rstrip(":, ").split()
    if not words or len(words) > 10 or text.endswith(".") or not re.search(r"[^\W\d_]", text):
        return None
    letters = re.sub(r"[^\w]|\d|_", "", text)
    capitals = letters.isupper() and len(letters) >= 3
    loose = not strict and (text.endswith(":") or capitals)
    bare = text.rstrip(":,? ").strip()  # "Who can apply?", "Qui peut postuler ?"
    for heading in pats.headings:  # a whole-line match first: "Eligibility conditions" is not "conditions"
        if heading.full.fullmatch(bare):
            return heading.type, heading.importance
    named = None if strict else requirement_heading(text)  # "Conditions d'inscription :", "Who can apply?"
    if named:
        return named
    titled = (
        len(words) <= 8
        and not re.search(r"[;!?,]$", text)
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)
    )
    for heading in pats.headings:  # a Title Case line standing alone reads as a heading too
        if (loose or (titled and standalone and not strict)) and heading.keywords.search(bare):
            return heading.type, heading.importance
    if text.endswith("?") and standalone and not strict:  # "Who is eligible to become an Intern?"
        return _question_kind(bare, pats)
    titled = titled and len(words) <= 5
    if not strict and not text.endswith(":") and (capitals or (titled and standalone)):
        return "stop", None  # an unknown heading ("VACANCY NOTICE 822", "Special Notice")
    return None


# A question heading that asks who may apply: the requirements follow.
_WHO_QUESTION = re.compile(
    r"\beligib|\bwho (?:can|may|should)\b|\bqui peut\b|\bpeu(?:t|vent) postuler\b|\bconditions? (?:to|for|pour|d)",
    re.IGNORECASE,
)


def _question_kind(bare: str, pats: Patterns) -> tuple[str, str | None]:
    """The part a question standing alone opens (a page of questions and answers): the requirement
    type its words name ("What are the language requirements?"), the requirements for "Who is
    eligible ...?", else a part that is not about requirements ("What is an internship?")."""
    for heading in pats.headings:
        if heading.type not in ("stop", "umbrella") and heading.keywords.search(bare):
            return heading.type, heading.importance
    if _WHO_QUESTION.search(bare) or any(h.type == "umbrella" and h.keywords.search(bare) for h in pats.headings):
        return "umbrella", None
    return "stop", None


# A label that names what is required ("Niveau Requis", "Année d'Expérience Requise", "Required
# Education", "Minimum Educational Requirements"): its value is a requirement, whatever the label block.
_ASKED = re.compile(r"\b(?:requise?s?|required|minimum|minimal(?:e|es)?|exigée?s?)\b", re.IGNORECASE)
_ASKED_WHAT = {
    "experience": re.compile(r"\b(?:expérience|experience)\b", re.IGNORECASE),
    "languages": re.compile(r"\b(?:langues?|languages?)\b", re.IGNORECASE),
    "education": re.compile(
        r"\b(?:niveau|education|educational|éducation|études|diplômes?|degrees?|formation)\b", re.IGNORECASE
    ),
}


def requirement_label(text: str) -> tuple[str, str, str] | None:
    """(section, label, value) of a "Label: value" line whose label names a requirement."""
    label, colon, value = text.partition(":")
    label, value = label.strip(), value.strip()
    if not colon or not value or len(label.split()) > 5 or not _ASKED.search(label):
        return None
    section = next((name for name, words in _ASKED_WHAT.items() if words.search(label)), None)
    return (section, label, value) if section else None


def inline_heading(text: str, pats: Patterns) -> tuple[str, str | None, str] | None:
    """'Languages: Fluency in English.' -> ('languages', None, 'Fluency in English.')."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label.split()) > 5:
        return None
    kind = classify_heading(label, pats, strict=True)
    if kind and kind[0] in REQUIREMENT_TYPES:
        return kind[0], kind[1], rest.strip()
    return None


def heading_pairs(text: str, pats: Patterns) -> list[tuple[str, str | None, str, str]]:
    """(section, importance, label, value) of each 'Label: value' pair of a line whose labels are
    requirement headings; a plain 'Languages: Fluency in English.' is one pair."""
    first = inline_heading(text, pats)
    if not first:  # "... requires the following: Education: ... Experience: ...": the lead-in drops
        lead = re.match(r"[^:]{10,200}?:\s+(?=[A-ZÀ-Ý][^:]{2,40}:\s*\S)", text)
        return heading_pairs(text[lead.end() :], pats) if lead else []
    label = text.partition(":")[0]
    cuts = []  # where another requirement label starts: "... degree. Experience: 5 years"
    for colon in [m.start() for m in re.finditer(":", text)][1:]:
        before = text[:colon]
        for words in range(1, 5):
            head = before.rsplit(None, words)
            if len(head) <= words or not re.search(r"[.;,)]$|\w$", head[0]):
                break
            candidate = before[len(head[0]) :].strip()
            kind = classify_heading(candidate, pats, strict=True)
            if kind and kind[0] in REQUIREMENT_TYPES and kind[0] != "umbrella":
                cuts.append(len(head[0]))
                break
    if not cuts:
        return [(first[0], first[1], label, first[2])]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    out = []
    for piece in pieces:
        found = inline_heading(piece, pats)
        if found:
            out.append((found[0], found[1], piece.partition(":")[0], found[2]))
    return out


def names_stop(text: str, pats: Patterns) -> bool:
    """The heading names a part that is not about requirements (duties, benefits, procedure)."""
    bare = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+", "", text).rstrip(":,? ").strip()
    return any(h.type == "stop" and (h.full.fullmatch(bare) or h.keywords.search(bare)) for h in pats.headings)


def stopped_lines(notice_lines: list[Line], pats: Patterns | None = None) -> set[int]:
    """Numbers of the lines under a heading that is not about requirements (duties, benefits,
    procedure, "Special Notice"), up to the next requirement heading: no reader takes a
    requirement from there ("The jobholder is required to provide expertise ...")."""
    pats = pats or patterns()
    out: set[int] = set()
    stopped = False
    for line in notice_lines:
        if not line.bullet or line.numbered:
            kind = classify_heading(line.text, pats, standalone=line.blank_before or line.numbered)
            if kind:  # an unknown heading ("Professional Category") does not say what follows
                stopped = kind[0] == "stop" and names_stop(line.text, pats)
                continue
        if stopped:
            out.add(line.number)
    return out


def _requirement_like(text: str, pats: Patterns) -> bool:
    """A list item that reads as something a candidate is judged on: a degree, years of
    experience, a language with a level, a condition on the person, an importance word, or a
    requirement's usual opening ("Knowledge of", "Permis de conduire", "Disponibilité")."""
    from .language_names import find_languages, find_levels

    return bool(
        pats.requirement_start.match(text)
        or pats.education_level(text) is not None
        or (pats.experience_cues.search(text) and pats.years.search(text))
        or (find_languages(text) and find_levels(text))
        or pats.personal.search(text)
        or pats.importance(text) in ("required", "asset", "strong_asset")
    )


def _list_heading_kind(text: str, pats: Patterns) -> tuple[str, str | None, bool]:
    """The section a list heading opens: a requirement type its words name, else `general`;
    a "Desirable ..." heading is an asset section whatever else it names. The flag: the words
    named a requirement type or an importance (then a shorter list is enough)."""
    bare = text.rstrip(":,? ").strip()
    importance = pats.importance(bare)
    found = next(
        (
            (h.type, h.importance)
            for h in pats.headings
            if h.type in REQUIREMENT_TYPES and h.type != "umbrella" and h.keywords.search(bare)
        ),
        None,
    )
    if importance in ("asset", "strong_asset"):
        return "general", importance, True
    if found:
        return found[0], found[1] or importance, True
    return "general", importance, importance is not None


# A heading naming one group of posts or candidates: its list does not apply to every candidate.
_ONE_GROUP = re.compile(
    r"^(?:in|for|pour|dans)\b.*\b(?:categor(?:y|ies)|catégories?|grades?|levels?|niveaux?|posts?|postes?|positions?)$",
    re.IGNORECASE,
)


def list_headings(notice_lines: list[Line], pats: Patterns | None = None) -> dict[int, tuple[str, str | None]]:
    """Short lines that head a list of requirements without a known requirement heading
    ("Conditions de base :", "Selon la mission :", "Driving skills proficiency" standing alone):
    line number -> (section, importance). The list decides: most of its bullets read as
    requirements (half, under a heading naming a requirement type: "Computer skills"; else two
    thirds of at least two). A heading matched whole as another part ("Duties") never qualifies."""
    pats = pats or patterns()
    out: dict[int, tuple[str, str | None]] = {}
    for i, line in enumerate(notice_lines):
        text = line.text
        if (line.bullet and not line.numbered) or line.cells or len(text.split()) > 8:
            continue
        if not (text.endswith(":") or (line.blank_before and not re.search(r"[.,;!?]$", text))):
            continue
        kind = classify_heading(text, pats, standalone=line.blank_before)
        bare = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+", "", text).rstrip(":,? ").strip()
        if (kind and kind[0] != "stop") or any(h.type == "stop" and h.full.fullmatch(bare) for h in pats.headings):
            continue
        if _ONE_GROUP.match(bare):  # "In the General Service category:": asked of some candidates only
            continue
        items = []
        for after in notice_lines[i + 1 :]:
            if not after.bullet:
                break
            items.append(after.text)
        section, importance, named = _list_heading_kind(text, pats)
        liked = sum(
            _requirement_like(t, pats) or (section == "experience" and bool(pats.years.search(t))) for t in items
        )
        if (named and items and 2 * liked >= len(items)) or (len(items) >= 2 and 3 * liked >= 2 * len(items)):
            out[line.number] = (section, importance)
    return out


# A sentence about what the organization does or offers ("Nous n'appliquons pas de système de
# quotas", "We will help you reach the level"), unless it says what it asks of the candidate.
_ABOUT_US = re.compile(
    r"^(?:[^\W\d_]+\W+){0,4}?(?:nous|we)\b(?!\W+(?:\w+\W+)?(?:require|expect|are looking|look for|seek|"
    r"demandons|exigeons|recherchons|attendons|cherchons))",
    re.IGNORECASE,
)


def asks_something(sentence: str, section: str, pats: Patterns, alone: bool = False) -> bool:
    """A sentence of a paragraph under a requirement heading that asks something of the candidate
    (the other sentences of the paragraph explain or describe): an obligation or importance word, a
    requirement's usual opening or content (a degree, experience), or, under a languages heading, a
    language named. A paragraph of one sentence (`alone`) is kept unless it speaks of the organization."""
    from .language_names import find_languages

    if section == "skills":  # what the interview assesses, however it is worded
        return True
    if pats.not_requirement.search(sentence) or pats.steps.search(sentence) or _ABOUT_US.search(sentence):
        return False
    return alone or bool(
        pats.prose_requirement.search(sentence)
        or pats.ability_cues.search(sentence)
        or _requirement_like(sentence, pats)
        or (section == "languages" and find_languages(sentence))
        or pats.education_cues.search(sentence)
        or pats.experience_cues.search(sentence)
    )
