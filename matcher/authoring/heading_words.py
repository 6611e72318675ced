"""Requirement headings and lead-ins by their words (data/requirement_headings.yaml).

Admission-condition pages, press reports of a recruitment and job-board reposts head their
requirements with words the drafter's fixed headings miss ("Conditions :", "Conditions
d'inscription", "Critères", "Qualités requises", "Who can apply") or open the list with a
sentence ("Les candidats devront satisfaire aux conditions suivantes", "Applicants must meet the
following"). A heading is recognised by its words, whole and all from the vocabulary; a lead-in
by its wording and its position (a bulleted line follows it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import reference
from .text import Line, sentences

_WORD = re.compile(r"[^\W\d_]+(?:[-·][^\W\d_]+)*")
_MAX_WORDS = 8


@dataclass(frozen=True)
class _Vocabulary:
    heads: dict[str, str]  # head word -> section it opens
    words: frozenset[str]  # qualifiers and function words
    importance: dict[str, str]  # importance qualifier -> the part's default importance
    phrases: re.Pattern[str]
    lead_ins: re.Pattern[str]
    obligations: re.Pattern[str]


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = reference.load_data("requirement_headings", "matcher.authoring")
    importance = {_fold(w): level for level, words in data["importance_qualifiers"].items() for w in words}
    return _Vocabulary(
        {_fold(k): v for k, v in data["heads"].items()},
        frozenset([*(_fold(w) for w in [*data["qualifiers"], *data["function_words"]]), *importance]),
        importance,
        re.compile("|".join(f"(?:{p})" for p in data["phrases"]), re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in data["lead_ins"]), re.IGNORECASE),
        re.compile("|".join(f"(?:{p})" for p in data["prose_obligations"]), re.IGNORECASE),
    )


def _bare(text: str) -> str:
    """The heading's words: its number ("3.", "(b)"), final colon or question mark left out."""
    text = re.sub(r"^\(?(?:\d+(?:\.\d+)*|[a-h]|[ivx]+)[.)]\s+", "", text.strip())
    return re.sub(r"[\s:?!.,;]+$", "", text)


def requirement_heading(text: str) -> tuple[str, str | None] | None:
    """(section, importance) when the line is a heading that names requirements by the vocabulary's
    words ("Conditions d'inscription :", "Minimum entry requirements", "Who can apply?"), else None.
    A sentence (a final full stop, a verb outside the vocabulary) is none. An importance word among
    them gives the part's importance ("Critères souhaitables": asset)."""
    if text.rstrip().endswith(".") or len(text) > 80:
        return None
    bare = _bare(text)
    words = [_fold(w) for w in _WORD.findall(bare)]
    if not words or len(words) > _MAX_WORDS or re.search(r"\d", bare):
        return None
    vocabulary = _vocabulary()
    if vocabulary.phrases.fullmatch(bare):
        return "umbrella", None
    heads = [vocabulary.heads[w] for w in words if w in vocabulary.heads]
    if not heads or any(w not in vocabulary.heads and w not in vocabulary.words for w in words):
        return None
    levels = [vocabulary.importance[w] for w in words if w in vocabulary.importance]
    return heads[0], levels[0] if levels else None


def lead_in(text: str) -> bool:
    """The line's last sentence opens a list of requirements ("Tout candidat doit remplir les
    conditions suivantes", "Applicants must meet the following requirements")."""
    found = sentences(text)
    return bool(found) and bool(_vocabulary().lead_ins.search(found[-1]))


def lead_in_lines(notice_lines: list[Line]) -> set[int]:
    """Numbers of the lines, no bullet themselves, whose last sentence opens the bulleted list right
    under them (whatever it ends with: ':', '.', nothing)."""
    out = set()
    for line, after in zip(notice_lines, notice_lines[1:], strict=False):
        if line.bullet or line.cells or not after.bullet or after.blank_before and len(line.text.split()) < 4:
            continue
        if lead_in(line.text):
            out.add(line.number)
    return out


def obliges_candidate(sentence: str) -> bool:
    """The sentence says what the candidate must be or have, by its subject and verb ("les candidats
    intéressés doivent être âgés de 21 à 30 ans", "applicants must hold a valid licence")."""
    return bool(_vocabulary().obligations.search(sentence)) and not _QUOTA.search(sentence)


# A share of the candidates ("25 % des candidats doivent être des femmes"): a quota, no condition on one.
_QUOTA = re.compile(r"\d+\s*%\s*(?:des|of(?: the)?|of all)\b", re.IGNORECASE)
