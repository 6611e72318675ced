"""Where the requirements are: headings, sections and the items listed under them.

A notice lists its requirements under headings ("EXPERIENCE REQUIRED", "Languages:",
"Formation"), as bullets, paragraphs or table rows. This module walks the lines once
and returns each requirement item with the type and default importance of the
section it sits in. The heading words are in matcher/authoring/data/draft_patterns.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .patterns import Patterns, patterns
from .text import Line, sentences

REQUIREMENT_TYPES = ("umbrella", "education", "experience", "languages", "skills", "general")
# Words that stay lowercase in a Title Case heading ("Org. Setting and Reporting").
_SMALL_WORDS = frozenset(
    "a an and as at by for in of on or the to with à au aux d de des du en et l la le les ou pour sur".split()
)


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
    titled = (
        len(words) <= 8
        and not re.search(r"[;!?,]$", text)
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)
    )
    for heading in pats.headings:  # a Title Case line standing alone reads as a heading too
        if (loose or (titled and standalone and not strict)) and heading.keywords.search(bare):
            return heading.type, heading.importance
    titled = titled and len(words) <= 5
    if not strict and not text.endswith(":") and (capitals or (titled and standalone)):
        return "stop", None  # an unknown heading ("VACANCY NOTICE 822", "Special Notice")
    return None


def _inline_heading(text: str, pats: Patterns) -> tuple[str, str | None, str] | None:
    """'Languages: Fluency in English.' -> ('languages', None, 'Fluency in English.')."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label.split()) > 5:
        return None
    kind = classify_heading(label, pats, strict=True)
    if kind and kind[0] in REQUIREMENT_TYPES:
        return kind[0], kind[1], rest.strip()
    return None


def _heading_pairs(text: str, pats: Patterns) -> list[tuple[str, str | None, str, str]]:
    """(section, importance, label, value) of each 'Label: value' pair of a line whose labels are
    requirement headings; a plain 'Languages: Fluency in English.' is one pair."""
    first = _inline_heading(text, pats)
    if not first:
        return []
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
        found = _inline_heading(piece, pats)
        if found:
            out.append((found[0], found[1], piece.partition(":")[0], found[2]))
    return out


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
    def __init__(self, pats: Patterns) -> None:
        self.pats = pats
        self.items: list[Item] = []
        self.section: str | None = None  # None: outside the requirements
        self.importance: str | None = None
        self.heading = ""
        self.bulleted = False
        self.intro: list[Item] = []  # plain paragraphs right under an umbrella heading
        self.inline = False  # the section was opened by a "Label: value" line
        self.suspended: tuple[str, str | None, str] | None = None  # a list interrupted by a note line
        self.column_importance: dict[int, str] = {}  # a table's "Essential | Desirable" header columns

    def open(self, kind: str, importance: str | None, heading: str, inline: bool = False) -> None:
        if kind != "umbrella" and self.section == "umbrella":
            # sub-headings follow: the paragraphs were an introduction, except those that state a
            # requirement themselves ("At least completion of high school is required.")
            self.intro = [item for item in self.intro if self.states_requirement(item.text)]
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
        from .languages import find_languages

        header = all(len(c.split()) <= 2 for c in cells) and not re.search(r"\d", text) and not find_languages(text)
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

    def states_requirement(self, text: str) -> bool:
        """A short paragraph after a list that is itself a requirement ("A level of education which
        corresponds to completed university studies of at least three years")."""
        from .languages import find_languages, find_levels

        pats = self.pats
        return len(text.split()) <= 40 and bool(
            pats.education_level(text) is not None
            or (pats.education_cues.search(text) and pats.years.search(text))
            or (pats.experience_cues.search(text) and pats.years.search(text))
            or (find_languages(text) and find_levels(text))
        )

    def line(self, line: Line) -> None:
        if not line.cells:
            self.column_importance = {}
        if self.pats.ignore.search(line.text):
            if self.section and self.bulleted:
                self.stop()
            return
        if line.cells:
            return self.row(line)
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
        if not line.bullet or line.numbered:  # "3. Requirements" is a numbered heading
            kind = classify_heading(line.text, self.pats, standalone=line.blank_before or line.numbered)
            if kind:
                return self.stop() if kind[0] == "stop" else self.open(kind[0], kind[1], line.text)
            pairs = _heading_pairs(line.text, self.pats)
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
        last = self.intro[-1] if self.intro else self.items[-1] if self.items else None
        if line.bullet:
            self.add(line.text, line)
            self.bulleted = True
        elif last and last.line <= line.number and continues(last.text, line):
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


# A line cut in the middle of a sentence ends on one of these words (a PDF's hard line breaks).
_OPEN_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|whose|their|his|her|"
    r"its|any|all|le|la|les|de|des|du|et|ou|à|au|aux|en|un|une|par|pour|sur|dans|avec))$",
    re.IGNORECASE,
)


def continues(previous: str, line: Line) -> bool:
    """`line` carries on the text before it: no blank line or bullet between, the text before
    does not end a sentence, and the line starts in lowercase or the text before stops on a
    word that cannot end one ("... one of the languages of the" / "Union and ...")."""
    if line.blank_before or line.bullet or line.cells or re.search(r"[.;!?:]$", previous):
        return False
    return line.text[:1].islower() or bool(_OPEN_END.search(previous))


# Words that start a requirement in a list whose items a web copy ran into one line ("Excellent
# physical condition Possession of a valid driving license Ability to cope with hardship").
_ITEM_START = re.compile(
    r"(?<=[a-z\u00df-\u00ff)] )(?=(?:Experience|Excellent|Knowledge|Ability|Possession|Proven|Demonstrated|"
    r"Diplomatic|Some|Familiarity|Understanding|Willingness|Proficiency|Fluency)\b)"
)


def run_on(sentence: str) -> list[str]:
    """The items of a list run into one line without separators, else [sentence]."""
    if re.search(r"[.;,:!?]\s", sentence) or len(sentence.split()) < 10:
        return [sentence]
    pieces = [p.strip() for p in _ITEM_START.split(sentence) if p.strip()]
    return pieces if len(pieces) >= 3 and all(len(p.split()) >= 2 for p in pieces) else [sentence]


def _names_stop(text: str, pats: Patterns) -> bool:
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
                stopped = kind[0] == "stop" and _names_stop(line.text, pats)
                continue
        if stopped:
            out.add(line.number)
    return out


def requirement_items(notice_lines: list[Line], pats: Patterns | None = None) -> list[Item]:
    """Every requirement item of the notice, each split into sentences."""
    pats = pats or patterns()
    walker = _Walker(pats)
    for line in notice_lines:
        walker.line(line)
    walker.close_intro()
    for item in walker.items:
        if item.section == "umbrella":
            item.section = "general"
        found = sentences(item.text, pats)
        if item.prose and len(found) > 1:  # a paragraph: its sentences that ask something
            found = [s for s in found if pats.prose_requirement.search(s)]
        item.sentences = [piece for sentence in found for piece in run_on(sentence)]
    return [item for item in walker.items if item.sentences]
