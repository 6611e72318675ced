"""Requirement items found outside requirement sections.

Some notices put requirements in prose, in a bare list of obligations ("Être titulaire de ...",
"Must hold ..."), or in a sentence after the sections; sections.py finds the sectioned ones,
these readers find the rest, and the drafter asks them only where sections found little.
"""

from __future__ import annotations

import re

from .heading_words import obliges_candidate
from .headings import classify_heading, stopped_lines
from .patterns import Patterns, patterns
from .sections import Item
from .text import Line, sentences


def _prose_sentences(notice_lines: list[Line], pats: Patterns) -> list[tuple[int, str]]:
    """(line number, sentence) of the notice's paragraphs, wrapped lines joined, headings left out."""
    paragraphs = _paragraphs(notice_lines, pats, tables_break=True)
    return [(number, sentence) for number, text in paragraphs for sentence in sentences(text, pats)]


def _paragraphs(notice_lines: list[Line], pats: Patterns, *, tables_break: bool) -> list[tuple[int, str]]:
    """(first line number, text) of each paragraph: wrapped lines joined (a sentence may run over
    two), headings left out; with `tables_break`, a table row ends the paragraph before it and
    is no paragraph itself (requirement_items reads tables)."""
    paragraphs: list[tuple[int, str]] = []
    previous = ""  # the line before, as the copy wrote it
    for line in notice_lines:
        previous, line_before = line.text, previous
        if tables_break and line.cells:
            paragraphs.append((line.number, ""))
            continue
        if classify_heading(line.text, pats) is not None:
            paragraphs.append((line.number, ""))  # a heading ends the paragraph before it
            continue
        if paragraphs and not paragraphs[-1][1]:
            paragraphs[-1] = (line.number, line.text)
        elif paragraphs and not line.blank_before and not line.bullet and not _heading_like(line_before, line):
            paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + " " + line.text)
        elif paragraphs and _heading_like(line_before, line) and _heading_like(paragraphs[-1][1], line, 12):
            paragraphs[-1] = (line.number, line.text)  # the heading lines before say nothing themselves
        else:
            paragraphs.append((line.number, line.text))
    return paragraphs


def _heading_like(before: str, line: Line, words: int = 6) -> bool:
    """The text before is a short line without end punctuation and the line starts a sentence: a
    heading of a copy without blank lines ("Les critères à remplir" / "Pour postuler, ..."), not a
    sentence wrapped over two lines."""
    return len(before.split()) <= words and not re.search(r"[.,;:!?…]\s", before + " ") and line.text[:1].isupper()


def prose_items(notice_lines: list[Line], pats: Patterns | None = None) -> list[Item]:
    """A notice written as prose, without requirement headings: each sentence that states a
    condition ("must", "at least", "required") about a degree, experience or a language."""
    from .language_names import find_groups, find_languages, find_levels

    pats = pats or patterns()
    items = []
    for number, text in _paragraphs(notice_lines, pats, tables_break=False):
        for sentence in sentences(text, pats):
            obliged = obliges_candidate(sentence)  # "les candidats doivent être âgés de 21 à 30 ans"
            if not (obliged or pats.prose_requirement.search(sentence)) or _about_someone_else(sentence, pats):
                continue
            if (
                pats.education_cues.search(sentence)
                or pats.experience_cues.search(sentence)
                or ((find_languages(sentence) or find_groups(sentence)) and find_levels(sentence))
            ):
                items.append(Item(sentence, "general", None, number, "(prose)", [sentence]))
            elif obliged:  # "les hommes doivent mesurer au minimum 1m70": a condition on
                # the person, assessed (a `skills` item is never read as experience it does not name)
                items.append(Item(sentence, "skills", None, number, "(prose)", [sentence]))
    return items


def _about_someone_else(sentence: str, pats: Patterns) -> bool:
    """A sentence of prose that opens on a pronoun and asks nothing ("They provide the expertise
    necessary to ..."): it speaks of what the text said before (staff, a programme), not the
    candidate; a pronoun that has, holds or speaks something ("Ils posséderont ...") is the candidate."""
    from .asides import ANAPHORIC, OBLIGATION

    return bool(
        ANAPHORIC.match(sentence)
        and not OBLIGATION.search(sentence)
        and not pats.importance(sentence)
        and not _CANDIDATE_VERB.search(sentence)
    )


# What a candidate has or shows, in the tenses notices use ("they will have", "ils justifieront").
_CANDIDATE_VERB = re.compile(
    r"\b(?:ha(?:ve|s)|hold|possess|speak|demonstrate|posséd\w*|possèd\w*|justifi\w*|dispos\w*|maîtris\w*|"
    r"parl\w*|aur(?:a|ont)|seront titulaires?)\b",
    re.IGNORECASE,
)


# A list item written as the verb of an obligation ("Be a national of ...", "Être titulaire ...").
OBLIGATION_START = re.compile(
    r"(?:be|have|hold|possess|speak|demonstrate|être|etre|avoir|posséder|justifier|maîtriser|parler|disposer)\b",
    re.IGNORECASE,
)


def listed_items(notice_lines: list[Line], pats: Patterns | None = None) -> list[Item]:
    """The last resort for a notice with neither headings nor requirement prose that the other
    readers know: every bullet, table row or short line that names a degree, years of
    experience, a language with a level, a nationality or a condition on the person."""
    from .language_names import find_languages, find_levels

    pats = pats or patterns()
    items = []
    for line in notice_lines:
        text = " | ".join(line.cells) if line.cells else line.text
        if classify_heading(line.text, pats) is not None or pats.steps.search(text) or pats.ignore.search(text):
            continue
        if not (line.bullet or line.cells or len(text.split()) <= 40):
            continue
        cue = (
            pats.education_level(text) is not None
            or pats.education_cues.search(text)
            or (pats.experience_cues.search(text) and pats.years.search(text))
            or (find_languages(text) and find_levels(text))
            or pats.nationality_cue.search(text)
            or (pats.personal.search(text) and pats.prose_requirement.search(text))
            or OBLIGATION_START.match(text)
        )
        if cue:
            items.append(Item(text, "general", None, line.number, "(list)", sentences(text, pats)))
    return items


# A sentence outside the requirement sections that still states one ("The post requires a very
# good command of English", "Applicants are required to have a first level university degree").
_STRAY_CUE = re.compile(
    r"\b(?:requires?|required|must|necessary|essential|mandatory|should (?:have|hold|possess)|"
    r"are expected to have|you will need to|exigée?s?|requise?s?|doi(?:t|vent) (?:avoir|être|justifier|posséder))\b",
    re.IGNORECASE,
)
# What a candidate must be able to do or show: an `assessed` rule even outside the sections
# ("Candidates must show an ability to work with people of diverse cultures").
_STRAY_ABILITY = re.compile(
    r"\b(?:skills?|abilit(?:y|ies)|capacité|aptitudes?|compétences?|faire preuve d)\b", re.IGNORECASE
)


def stray_items(notice_lines: list[Line], found: list[Item], pats: Patterns | None = None) -> list[Item]:
    """Requirement sentences in the prose around the sections `found` already holds: a sentence
    with an obligation word that names a degree, experience or a language with a level."""
    from .language_names import find_groups, find_languages, find_levels

    pats = pats or patterns()
    taken = " ".join(item.text for item in found)
    stopped = stopped_lines(notice_lines, pats)
    out = []
    for number, sentence in _prose_sentences(notice_lines, pats):
        item = Item(sentence, "general", None, number, "(prose)", [sentence])
        if (
            number in stopped
            or sentence in taken
            or not _STRAY_CUE.search(sentence)
            or pats.not_requirement.search(sentence)
        ):
            continue
        if any(len(part) > 20 and part in sentence for item in found for part in (item.text, *item.sentences)):
            continue  # "LANGUAGE: <an item>", "Essential: <a sentence of an item>"
        if pats.steps.search(sentence) or pats.conditional.search(sentence):
            continue
        if (
            pats.education_level(sentence) is not None
            or pats.experience_cues.search(sentence)
            or ((find_languages(sentence) or find_groups(sentence)) and find_levels(sentence))
            or (_STRAY_ABILITY.search(sentence) and _OBLIGED_PERSON.search(sentence))
        ):
            out.append(item)
    return out


# An obligation on the candidate ("candidates must", "you will need to", "les candidats doivent").
_OBLIGED_PERSON = re.compile(
    r"\b(?:candidates?|applicants?|you|the (?:successful )?candidate|les candidat(?:e|s|es)?|le candidat|vous)\b"
    r"[^.;]{0,20}\b(?:must|will need to|should|are required to|doivent|doit|devez|devrez)\b",
    re.IGNORECASE,
)


# A line that opens with an obligation ("Must be a South African citizen;", "Applicant must ...").
_OBLIGED = re.compile(r"(?:(?:the\s+)?applicants?\s+|candidates?\s+)?(?:must|shall|should)\b|ne pas\b|n.avoir\b", re.I)


def obligation_items(notice_lines: list[Line], found: list[Item], pats: Patterns | None = None) -> list[Item]:
    """A block of at least three lines that open with an obligation ("Be in possession of ...",
    "Must be a ... citizen", "Être âgé de ...") is a list of requirements, whatever heading it
    sits under or without one ("Conditions :" before the list of a traineeship); its lines with
    neither an obligation nor an importance word ("Applicants will be subjected to ...") are not."""
    pats = pats or patterns()
    taken = [item.text for item in found]
    blocks: list[list[Line]] = [[]]
    for line in notice_lines:
        if line.blank_before or line.cells or classify_heading(line.text, pats) is not None:
            blocks.append([])
        if not line.cells and classify_heading(line.text, pats) is None:
            blocks[-1].append(line)
    out = []
    for block in blocks:
        obliged = [ln for ln in block if len(ln.text.split()) <= 40 and _obligation(ln.text)]
        if len(obliged) < 3 or len(obliged) * 5 < len(block) * 3:  # three at least, and most of the block
            continue
        for line in block:
            text = line.text
            if not (_obligation(text) or pats.importance(text)) or pats.steps.search(text):
                continue
            if any(text in t or (len(t) > 20 and t in text) for t in taken):
                continue
            out.append(Item(text, "general", None, line.number, "(list)", sentences(text, pats)))
    return out


def _obligation(text: str) -> bool:
    text = text.lstrip("-–•* ")
    return bool(OBLIGATION_START.match(text) or _OBLIGED.match(text))
