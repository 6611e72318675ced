"""Text that runs on: a list whose items a web copy ran into one line without separators
("Excellent physical condition Possession of a valid driving license Ability to cope with
hardship"): its items; and a line that carries on the one before it (a hard-wrapped sentence).
"""

from __future__ import annotations

import re

from .text import Line

# Words that start a requirement in a list whose items a web copy ran into one line ("Excellent
# physical condition Possession of a valid driving license Ability to cope with hardship").
_ITEM_START = re.compile(
    r"(?<=[\w)] )(?=(?:Experience|Excellent|Knowledge|Ability|Possession|Proven|Demonstrated|Demonstrable|"
    r"Diplomatic|Some|Familiarity|Understanding|Willingness|Proficiency|Fluency|International|Work|Previous|"
    r"Prior|Strong|Good|Sound|Advanced|Second-level|First-level|University|Computer)\b)"
)
# Function words: a capital after one of them starts a name ("with South-Eastern Europe"), not an item.
_BEFORE_NAME = re.compile(
    r"\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|especially|including|such|both|either)$",
    re.IGNORECASE,
)


def run_on(sentence: str) -> list[str]:
    """The items of a list run into one line without separators, else [sentence]. An item starts
    at a usual opening word in capitals after a word in lower case ("... commitments Familiarity
    with ...") or after a name ("... Albania International field ..."), never after a function word."""
    if len(sentence.split()) < 10 or re.search(r"[.;:!?]\s", sentence):
        return [sentence]
    cuts = [0]
    for m in _ITEM_START.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        if _BEFORE_NAME.search(before) or before.endswith(","):
            continue
        cuts.append(m.start())
    pieces = [sentence[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True)]
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) >= 3 and all(len(p.split()) >= 2 for p in pieces) else [sentence]


# A line cut in the middle of a sentence ends on one of these words (a PDF's hard line breaks).
_OPEN_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|whose|their|his|her|"
    r"its|any|all|le|la|les|de|des|du|et|ou|à|au|aux|en|un|une|par|pour|sur|dans|avec))$",
    re.IGNORECASE,
)


# A line that opens on a label of its own: a capital, at most five words, a colon ("Domiciliation : ...").
_LABEL_START = re.compile(r"[A-ZÀ-Ý][^\s:,.;]*(?:\s+[^\s:,.;]+){0,4}\s?:\s")


# A line longer than this is no hard-wrapped line of a PDF: a web copy's list item on one line.
_WRAP_WIDTH = 150


def continues(previous: str, line: Line, before: Line | None = None) -> bool:
    """`line` carries on the text before it: no blank line or bullet between, the text before
    does not end a sentence, and the line starts in lowercase or the text before stops on a
    word that cannot end one ("... one of the languages of the" / "Union and ..."). After a
    line too long to be a wrap (`before`), a line in lowercase is the next item of a list
    whose bullets the copy lost ("qui :" / "ont achevé ..." / "n'ont aucune ...")."""
    if line.blank_before or line.bullet or line.cells or re.search(r"[.;!?:]$", previous):
        return False
    if previous.endswith(",") and _LABEL_START.match(line.text):  # "..., reconnue sur le plan fédéral," /
        return False  # "Diplômes et certificats étrangers : veuillez ...": a label line of its own, no wrap
    if _OPEN_END.search(previous):
        return True
    return line.text[:1].islower() and not (before is not None and len(before.text) > _WRAP_WIDTH)
