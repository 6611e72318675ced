"""Where the requirements are: headings, sections and the items listed under them.

A notice lists its requirements under headings ("EXPERIENCE REQUIRED", "Languages:",
"Formation"), as bullets, paragraphs or table rows. This module walks the lines once
and returns each requirement item with the type and default importance of the
section it sits in. What a heading line is and what its part holds: headings.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .asides import explains
from .heading_words import lead_in_lines
from .headings import (
    REQUIREMENT_TYPES,
    asks_something,
    classify_heading,
    heading_pairs,
    list_headings,
    requirement_label,
)
from .label_items import labelled_bullets
from .patterns import Patterns, patterns
from .run_on import continues, run_on
from .sub_headings import sub_headings
from .text import Line, sentences
from .values import counts_years, years

__all__ = ["Item", "classify_heading", "continues", "requirement_items", "run_on"]


@dataclass
class Item:
    """One listed requirement: a bullet, a paragraph or a table row's text."""

    text: str
    section: str  # education | experience | languages | skills | general | umbrella
    importance: str | None  # the section's (or table cell's) default importance
    line: int
    heading: str
    sentences: list[str] = field(default_factory=list)
    prose: bool = False  # a plain paragraph under an umbrella heading, not a listed item
    paragraph: bool = False  # a plain line (not a bullet or table row): its sentences may only explain
    asides: list[str] = field(default_factory=list)  # its sentences that explain it (asides.py)


# A lead-in that ends on its verb and a period: "Tout candidat à un stage ... doit.", "Applicants must."
_LEAD_IN_PERIOD = re.compile(r"\b(?:doit|doivent|devront|must|shall|should)\s*\.$", re.IGNORECASE)

# A cell that only marks a column ("X", "✓", "yes").
_MARK = re.compile(r"[xX✓✔☑■●•*+]|yes|oui")

# A fact line: a short label, a colon, its value ("Security Clearance Required: Local ...").
_LABEL_VALUE = re.compile(r"[A-ZÀ-Ý][\w .’'/&()-]{1,40}:\s+\S")


def _importance_cell(cell: str, pats: Patterns) -> str | None:
    for level, pattern in pats.importance_cells.items():
        if pattern.fullmatch(cell):
            return level
    return None


class _Walker:
    def __init__(
        self,
        pats: Patterns,
        list_heads: dict[int, tuple[str, str | None]] | None = None,
        lead_ins: frozenset[int] = frozenset(),
        short_heads: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
    ) -> None:
        self.pats = pats
        self.list_heads = list_heads or {}  # unknown headings whose bullets read as requirements
        self.lead_ins = lead_ins  # sentences that open the list under them (heading_words.py)
        self.listed_heads, self.prose_heads = short_heads  # short heading lines (sub_headings.py)
        self.items: list[Item] = []
        self.section: str | None = None  # None: outside the requirements
        self.importance: str | None = None
        self.heading = ""
        self.bulleted = False
        self.intro: list[Item] = []  # plain paragraphs right under an umbrella heading
        self.inline = False  # the section was opened by a "Label: value" line
        self.suspended: tuple[str, str | None, str] | None = None  # a list interrupted by a note line
        self.column_importance: dict[int, str] = {}  # a table's "Essential | Desirable" header columns
        self.before: Line | None = None  # the line read last

    def open(self, kind: str, importance: str | None, heading: str, inline: bool = False) -> None:
        if kind != "umbrella" and self.section == "umbrella":
            # sub-headings follow: the paragraphs were an introduction, except those that state a
            # requirement themselves ("At least completion of high school is required."), or that
            # hold a sentence that asks
            self.intro = [item for item in self.intro if self.states_requirement(item.text) or self.asks(item.text)]
        self.close_intro()
        self.section, self.importance, self.heading, self.bulleted = kind, importance, heading, False
        self.inline = inline
        self.suspended = None

    def close_intro(self) -> None:
        self.items.extend(self.intro)  # an umbrella with no sub-heading: its paragraphs are requirements
        self.intro = []

    def stop(self) -> None:
        self.close_intro()
        self.section = None
        self.suspended = None

    def suspend(self) -> None:
        """A plain line inside a list ("A copy of a valid photo ID has to be provided"): a note on
        the bullet before it; the list goes on if a bullet follows at once."""
        section, importance, heading = self.section or "general", self.importance, self.heading
        self.stop()
        self.suspended = (section, importance, heading)

    def add(self, text: str, line: Line, importance: str | None = None, section: str | None = None) -> Item:
        item = Item(
            text, section or self.section or "general", importance or self.importance, line.number, self.heading
        )
        item.paragraph = not line.bullet and not line.cells
        self.items.append(item)
        return item

    def row(self, line: Line) -> None:
        """A table row: [heading cell] text cell(s) [importance cell]."""
        cells = list(line.cells)
        levels = {i: level for i, c in enumerate(line.columns) if (level := _importance_cell(c, self.pats))}
        if levels and all(len(c.split()) <= 3 and not re.search(r"\d", c) for c in line.cells):
            self.column_importance = levels  # "| Criteria | Essential | Desirable |": a header row
        marked = [i for i, c in enumerate(line.columns) if _MARK.fullmatch(c) and i in self.column_importance]
        if marked:  # "| Degree in law | X | |": the mark's column gives the importance
            cells = [c for i, c in enumerate(line.columns) if c and not _MARK.fullmatch(c)]
        kind = classify_heading(cells[0], self.pats, strict=True)
        subject = None  # the heading cell, when the rest is only a minimum ("Experience | 5 years")
        if kind and kind[0] in REQUIREMENT_TYPES:
            subject = cells.pop(0)
            if kind[0] != "umbrella":
                self.open(kind[0], kind[1], line.cells[0])
        elif self.section is None:
            return
        elif cells[0].endswith(":"):  # another label ("Secondment: / ...", "How to apply:"): a fact row
            return self.stop()
        importance = next((level for cell in cells if (level := _importance_cell(cell, self.pats))), None)
        if marked:
            importance = self.column_importance[marked[0]]
        cells = [cell for cell in cells if not _importance_cell(cell, self.pats)]
        if not cells:
            return
        # The row is one requirement: its subject and its minimum ("English | C1", "Experience in X |
        # 5 years"), quoted as the span of the row that holds them.
        if subject and kind and kind[0] == "experience" and len(" ".join(cells).split()) <= 3:
            cells.insert(0, subject)  # "5 years" alone names no experience: the row does
        start, end = line.text.find(cells[0]), line.text.rfind(cells[-1])
        text = line.text[start : end + len(cells[-1])] if 0 <= start <= end else " ".join(cells)
        from .language_names import find_languages

        header = (
            all(len(c.split()) <= 2 for c in cells)
            and not re.search(r"\d", text)
            and not find_languages(text)
            and not years(text, self.pats)  # "Five years | Bachelor's degree": a row of a table of years
        )
        if not header and (len(text.split()) >= 3 or find_languages(text)):
            self.add(text, line, importance)  # header rows ("Criteria | Status") have short cells only
        self.bulleted = True

    def lead_in(self, line: Line) -> bool:
        """'In order to be eligible, the candidate must:' opens a requirements section (the list
        follows); under a requirement heading it starts a new list of the same section."""
        text = line.text
        if _LEAD_IN_PERIOD.search(text):  # "Tout candidat ... doit." (the colon of a web copy became a period)
            text = text[:-1] + ":"
        if not text.endswith(":") or len(text.split()) < 2 or self.pats.steps.search(text):
            return False
        if not self.pats.lead_in.search(text):
            return False
        kind = self.section if self.section not in (None, "umbrella") and not self.bulleted else "general"
        importance = self.pats.importance(text) or (self.importance if kind == self.section else None)
        self.open(kind, importance, text)
        return True

    def asks(self, text: str) -> bool:
        """A paragraph with a sentence that asks something ("A technical certificate ... is required."); a
        short line without a full stop is a heading ("Required conditions to apply")."""
        return any(
            self.pats.prose_requirement.search(s)
            and not self.pats.not_requirement.search(s)
            and (s.endswith((".", ";", "!")) or len(s.split()) > 8)
            for s in sentences(text, self.pats)
        )

    def states_requirement(self, text: str) -> bool:
        """A short paragraph after a list that is itself a requirement ("A level of education which
        corresponds to completed university studies of at least three years")."""
        from .language_names import find_languages, find_levels

        pats = self.pats
        return len(text.split()) <= 40 and bool(
            pats.education_level(text) is not None
            or (pats.education_cues.search(text) and pats.years.search(text))
            or (pats.experience_cues.search(text) and pats.years.search(text))
            or (find_languages(text) and find_levels(text))
        )

    def line(self, line: Line) -> None:
        try:
            self.read(line)
        finally:
            self.before = line

    def read(self, line: Line) -> None:
        if not line.cells:
            self.column_importance = {}
        if self.pats.ignore.search(line.text):
            if self.section and self.bulleted:
                self.stop()
            return
        if line.cells:
            return self.row(line)
        if line.number in self.list_heads:  # "Conditions de base :" then requirement bullets
            return self.open(*self.list_heads[line.number], line.text)
        if line.number in self.lead_ins and self.section is None:  # "Les candidats devront satisfaire aux
            return self.open("general", self.pats.importance(line.text), line.text)  # conditions suivantes."
        if (
            line.bullet
            and re.fullmatch(r"[^\W\d_]+(?:[ /&-]+[^\W\d_]+){0,7}:?", line.text)
            and line.text.upper() == line.text
        ):
            kind = classify_heading(line.text, self.pats)  # "- GENERAL": a sub-heading, not a requirement
            if kind and kind[0] in REQUIREMENT_TYPES:
                self.open(kind[0], kind[1], line.text)
            return
        if len(line.text.split()) >= 5 and self.lead_in(line):  # a sentence, before any heading word in it
            return
        asked = requirement_label(line.text)
        if asked and not line.cells:  # "Niveau Requis : Licence, Master" (an aggregator's label block)
            self.open(asked[0], None, asked[1], inline=True)
            self.add(line.text, line)  # the label says what the value is ("7 ans, 10 ans" of experience)
            return
        if not line.bullet or line.numbered:  # "3. Requirements" is a numbered heading
            kind = classify_heading(line.text, self.pats, standalone=line.blank_before or line.numbered)
            if kind:
                return self.stop() if kind[0] == "stop" else self.open(kind[0], kind[1], line.text)
            pairs = heading_pairs(line.text, self.pats)
            if pairs:  # "Education: Master's degree. Experience: 5 years in audit."
                for section, importance, label, value in pairs:
                    self.open(section, importance, label, inline=True)
                    self.add(value, line)
                return
        if self.lead_in(line):
            return
        if self.section is None and self.suspended and line.bullet:
            section, importance, heading = self.suspended
            self.open(section, importance, heading)
            self.bulleted = True
        if self.section is None:
            return
        if self.inline and not line.bullet and _LABEL_VALUE.match(line.text):
            return self.stop()  # "Who May Apply: All ..." then "Security Clearance Required: ...": a fact block
        if line.number in self.listed_heads and not self.bulleted:  # "Critères" then bullets: the list's
            return  # sub-heading, no item; after a list, an unknown heading ends it ("Proposals of applications")
        if line.number in self.prose_heads and self.bulleted:  # "CFC par validation de vos acquis" then
            return self.stop()  # a paragraph of advice: another part after the list
        last = self.intro[-1] if self.intro else self.items[-1] if self.items else None
        if line.bullet:
            self.add(line.text, line)
            self.bulleted = True
        elif last and last.line <= line.number and continues(last.text, line, self.before):
            last.text += " " + line.text  # a wrapped line
        elif self.bulleted and not self.states_requirement(line.text):
            if line.blank_before or line.text.endswith(":"):
                self.stop()  # plain text after a list: the list (and the requirements) ended
            else:
                self.suspend()
        elif line.text.endswith(":"):
            if len(line.text.split()) <= 4 and not self.pats.lead_in.search(line.text):
                return self.stop()  # "Participating / Donor countries:": a label of another part
            return  # "The candidate will have:" introduces what follows
        elif self.section == "umbrella":
            self.intro.append(Item(line.text, "general", self.importance, line.number, self.heading, prose=True))
        else:
            self.add(line.text, line)


def requirement_items(notice_lines: list[Line], pats: Patterns | None = None) -> list[Item]:
    """Every requirement item of the notice, each split into sentences."""
    pats = pats or patterns()
    notice_lines = labelled_bullets(notice_lines)
    walker = _Walker(
        pats, list_headings(notice_lines, pats), frozenset(lead_in_lines(notice_lines)), sub_headings(notice_lines)
    )
    for line in notice_lines:
        walker.line(line)
    walker.close_intro()
    for item in walker.items:
        if item.section == "umbrella":
            item.section = "general"
        found = sentences(item.text, pats)
        if item.prose and len(found) > 1:  # a paragraph: its sentences that ask something, or state a
            # minimum ("10 years of experience in a similar position with 5 at senior level. ... is essential.")
            found = [s for s in found if pats.prose_requirement.search(s) or counts_years(s, pats)]
        elif item.paragraph:  # "Languages" then a paragraph that also explains
            found = [s for s in found if asks_something(s, item.section, pats, alone=len(found) == 1)]
        elif len(found) > 1 and item.section != "skills":  # "Be at least 25. Those younger are not considered."
            item.asides = [s for s in found[1:] if explains(s, pats)]
            found = [s for s in found if s not in item.asides]
        item.sentences = [piece for sentence in found for piece in run_on(sentence)]
    return [item for item in walker.items if item.sentences]
