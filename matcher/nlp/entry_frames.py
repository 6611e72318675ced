"""Frames of a whole entry: what its title says about all of it.

- A role heading the title that is not the work itself (student, journalist, novelist...),
  a heading frame as its first word ("Seminar on ...", "Participant, ..."), a course or
  thesis noun heading the title's first segment ("Conflict resolution course (1 day)",
  "MSc dissertation, University of ..."), or the entry's status in brackets or ending
  that segment ("Intern (withdrawn)", "Negotiator training (attended)"): the entry gives
  no experience.
- A former role followed by the present one ("Former officer of the Lithuanian Police;
  since 2021 Customer Service Agent", "Ex-gendarme reconverti, aujourd'hui agent
  immobilier"): the former role is a passing mention, not this entry's work (the held-out
  set's rule R4-7); mentions before the turn word do not count.

The word lists are cue data (nlp_cues.yaml: title_frames, heading_frames, status_frames,
former_frame).
"""

from __future__ import annotations

import re
from typing import Any

from .frames import _NONE, TITLE_TOKENS, _action, _role, title_end
from .pipeline import strip_accents


def title_frame(doc, text: str, titles: list[tuple[int, int, int]], pseudo: list[tuple[int, int]]) -> bool:
    """A frame word (student, journalist...) heading the entry's title, or a heading frame
    (seminar, participant...) as its first word, as the head noun of the title's first segment
    ("Conflict resolution course (1 day)", "MSc dissertation, ..."), or as a status in brackets
    ("Intern (withdrawn), ...", "Negotiator training (attended)"); not in a pseudo-cue."""
    action = len(doc) > 1 and _action(doc[0], doc[1])
    end = title_end(text)
    for t, t_end, heading in titles:
        if doc[t].idx >= end or any(ps <= t < pe for ps, pe in pseudo):
            continue
        if action and not (t == 0 and t_end > 1):
            continue  # no title: "Designed e-learning modules ...", but "Stage d'observation" is a heading
        if heading == 3:  # a status only alone in brackets: "(observation)"
            if _bracketed(doc, t, t_end):
                return True
            continue
        if heading != 2 and t < (1 if heading else TITLE_TOKENS):
            return True
        if heading and t and (_bracketed(doc, t, t_end) or _segment_head(doc, t, t_end, end)):
            return True
    return False


def _bracketed(doc, start: int, end: int) -> bool:
    """The frame word stands alone in brackets: "(attended)", "(withdrawn)", "(attendee)"."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


# Words that make a title a role over the course, not the course: "Head of Training", "Course Lead".
_LEADING = frozenset({"head", "lead", "chief", "staff", "team", "unit", "of", "for", "responsable", "chef", "de", "du"})


def _segment_head(doc, start: int, end: int, title_char: int) -> bool:
    """The frame noun ends the title's first segment, after modifiers only: "Conflict resolution
    course (1 day) – completed.", "MSc dissertation, University of Leicester" (not "Course
    Director", "Head of Training", "Fingerprint examiner course for new staff")."""
    if end < len(doc) and doc[end].idx < title_char and doc[end].text not in ("(", ","):
        return False
    return not any(t.lower_ in _LEADING or _role(t, _NONE) or (t.is_punct and t.text != "-") for t in doc[:start])


class FormerRole:
    """Where an entry's passing mention of a former role ends (see the module docstring)."""

    def __init__(self, data: dict[str, Any]) -> None:
        section = data.get("former_frame") or {}
        self.markers = _words(section.get("markers"))
        self.turns = _words(section.get("turns"))
        self.prefixes = tuple(self.markers)

    def end(self, doc, text: str) -> int:
        """Token index of the turn word after a former role opening the entry (its first word), else 0."""
        # most entries open on no marker: the text's first words tell, without a token read
        if not self.prefixes:
            return 0
        head = text.lstrip()[:40].lower()
        if head.startswith(self.prefixes):
            if not any(t.lower_ in self.markers for t in doc[:2]):
                return 0
        elif "(" not in head or not any(
            t.lower_ in self.markers and doc[t.i - 1].text == "(" for t in doc[1:6]
        ):  # or its status in brackets after the role: "Detective (former, 2001-2005) - now ..."
            return 0
        sentence = text.find("\n")
        sentence = min(sentence if sentence >= 0 else len(text), 300)
        for token in doc[2:]:
            if token.idx >= sentence:
                break
            if token.lower_ in self.turns or token.norm_ in self.turns:
                return token.i
        return 0


def _words(table: dict[str, Any] | None) -> frozenset[str]:
    words = {w.lower() for lang in ("en", "fr") for w in (table or {}).get(lang, [])}
    return frozenset(words | {strip_accents(w) for w in words})


class ContractFrame:
    """A contractor's title: the law-enforcement body it names is a client, not the employer
    (the held-out set's rule R5-7: "ICT Consultant (contractor via Capgemini) to Europol",
    "Caterer, Europol staff restaurant (Sodexo contract)", "Freelance interpreter, Kent Police
    cases"). A marker anywhere in the title, or inside or opening a bracket ("(for X Police)")."""

    def __init__(self, data: dict[str, Any]) -> None:
        section = data.get("contract_frame") or {}
        self.markers = _words(section.get("markers"))
        # as written: "(intérim)" is agency work, an English "(interim)" post is not
        self.bracketed = frozenset(
            w.lower() for lang in ("en", "fr") for w in (section.get("bracketed") or {}).get(lang, [])
        )
        self.openers = tuple(w + " " for w in _words(section.get("openers")))
        self.seconded = _words(section.get("seconded"))

    def holds(self, doc, text: str) -> bool:
        if not self.markers and not self.bracketed and not self.openers:
            return False
        title = text[: title_end(text)].lower()
        words = _BREAK.split(title)
        if not self.seconded.isdisjoint(words):
            return False  # "(pour la Gendarmerie nationale, détachée)": staff on secondment, not a contractor
        if not self.markers.isdisjoint(words):
            return True
        return "(" in title and any(
            inner.startswith(self.openers) or not self.bracketed.isdisjoint(_BREAK.split(inner))
            for inner in _BRACKETS.findall(title)
        )


_BREAK = re.compile(r"[^\w'\u2019-]+")
_BRACKETS = re.compile(r"\(([^()]{0,80})\)")
