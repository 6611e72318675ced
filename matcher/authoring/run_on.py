"""A list whose items a web copy ran into one line without separators ("Excellent physical
condition Possession of a valid driving license Ability to cope with hardship"): its items."""

from __future__ import annotations

import re

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
