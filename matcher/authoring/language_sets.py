"""Language sets a clause means beyond the names it lists.

"two languages of the EU, one of which English, French or German" (one rule for the list, one for a
second language of the group); "knowledge of another language" (any language but those named);
"at least two of the three working languages" (some of a list); "one of the languages of the EU,
preferably English" (the preferred languages, an asset). Used by languages.py.
"""

from __future__ import annotations

import re
from typing import Any

from .language_names import expand, find_groups, find_languages, find_levels
from .patterns import Patterns

# "two languages of the EU, one of which (English, French, German)", "deux langues ..., dont l'une ...".
_TWO_LANGUAGES = re.compile(
    r"\b(?:two|deux|2)\s+(?:\(2\)\s+)?(?:[\w’']+\s+){0,3}?(?:languages|langues)\b", re.IGNORECASE
)
_ONE_OF_THEM = re.compile(
    r",?\s*\b(?:(?:at least )?one of (?:which|them)|of which one|dont l.une|dont au moins l.une|dont une)\b",
    re.IGNORECASE,
)


def two_of_which(clause: str, importance: str, sentence: str) -> list[dict[str, Any]] | None:
    """'two languages of <group>, one of which <list>' -> a rule for any of the list and one for
    another language of the group (or any language when no group is named), at the clause's level."""
    two, cut = _TWO_LANGUAGES.search(clause), _ONE_OF_THEM.search(clause)
    if not (two and cut and two.end() <= cut.start()):
        return None
    listed = [code for _, _, code in find_languages(clause[cut.end() :])]
    levels = find_levels(clause)
    if len(listed) < 1 or not levels:
        return None
    groups = [g for _, _, g in find_groups(clause[: cut.start()])]
    level = {"level": levels[0][3]} if levels[0][2] == levels[0][3] else {"wording": levels[0][2]}
    base = {"kind": "language", "importance": importance, "source": sentence, **level}
    first = {**base, "languages": list(dict.fromkeys(listed)), "cue": "two languages, one of which"}
    if len(listed) > 1:
        first["review"] = "any of the languages listed for 'one of which'"
    second = {**base, "languages": expand(groups[:1]) if groups else [], "cue": "the second of two languages"}
    second["review"] = (
        f"a second language of the group ({groups[0][1:].replace('_', ' ')})" if groups else "a second language"
    ) + ": the rule does not check that it differs from the first; confirm by hand"
    if not groups:
        return [first]  # "any other language" has no list to check against: the interview decides
    return [first, second]


# "..., preferably English, French or German": the languages that follow are preferred, not required.
PREFERRED = re.compile(
    r",?\s*\b(?:preferably|ideally|de préférence|idéalement|if possible|si possible)\b", re.IGNORECASE
)


def preferred_languages(sentence: str) -> bool:
    """Whether a language sentence names preferred languages after a level ("..., preferably English")."""
    found = PREFERRED.search(sentence)
    return bool(found and find_levels(sentence[: found.start()]) and find_languages(sentence[found.end() :]))


# Any language beyond those named: "knowledge of another language an asset", "additional languages".
ANOTHER_LANGUAGE = re.compile(
    r"\b(?:an?other|additional|further|other|second|third)\s+(?:(?:official|foreign|modern|working|such|procedural)\s+)?"
    r"languages?\b"
    r"|\bune\s+(?:autre|deuxième|seconde|troisième)\s+langue|\bd.autres\s+langues|\blangues?\s+supplémentaires?\b",
    re.IGNORECASE,
)


def another_language(clause: str, importance: str, sentence: str) -> dict[str, Any] | None:
    """'knowledge of another language an asset' -> a language rule on any language but those the
    sentence names elsewhere, at the clause's level (or any level when it states none)."""
    cue = ANOTHER_LANGUAGE.search(clause)
    if not cue or find_languages(clause) or find_groups(clause):
        return None
    levels = find_levels(clause)
    others = list(dict.fromkeys(code for _, _, code in find_languages(sentence)))
    rule: dict[str, Any] = {"kind": "language", "importance": importance, "source": sentence, "any_language": True}
    if others:
        rule["other_than"] = others
    if not levels:
        rule["any_level"] = True
    elif levels[0][2] == levels[0][3]:
        rule["level"] = levels[0][3]
    else:
        rule["wording"] = levels[0][2]
    rule["cue"] = cue.group(0)
    rule["review"] = (
        "any language"
        + (f" but {', '.join(others)}" if others else "")
        + ": check `other_than` against the languages asked elsewhere in the notice"
    )
    return rule


# "at least two of the three working languages", "deux des trois langues": some, not all, of a list.
_SOME_OF = re.compile(
    r"\b(?:at least |any |au moins )?(\w+) (?:\(\d\) )?(?:of|des|parmi les) (?:the |les )?(?:(\w+) )?", re.IGNORECASE
)


def some_of(before: str, codes: list[str], pats: Patterns) -> int | None:
    """How many of the `codes` listed after `before` are asked, when fewer than all of them."""
    for m in _SOME_OF.finditer(before):
        count = pats.number(m.group(1))
        total = pats.number(m.group(2)) if m.group(2) else None
        if count and count == int(count) and 1 < count < len(codes) and total in (None, len(codes)):
            return int(count)
    return None


_ONE_OF_TWO = re.compile(r"\b(?:of|in) one of\b|\bd.une des\b|\b(?:dans|de) l.une des\b", re.IGNORECASE)
_THE_OTHER = re.compile(
    r"\b(?:of|in) the other(?:\s+(?:working|official))?(?:\s+(?:one|language))?\b|\bde l.autre(?:\s+langue)?\b",
    re.IGNORECASE,
)
_EITHER_NAMED = re.compile(r"^\s*(?:or|ou)\s*$", re.IGNORECASE)


def one_and_the_other(sentence: str, importance: str) -> dict[str, Any] | None:
    """'Excellent knowledge of one of the two languages (English or French) and good knowledge of the
    other' -> any_of(all_of(en C1, fr B2), all_of(fr C1, en B2)): either way round."""
    one, other = _ONE_OF_TWO.search(sentence), _THE_OTHER.search(sentence)
    named = find_languages(sentence[: other.start()]) if other else []
    if other and not one and len(named) == 2 and _EITHER_NAMED.match(sentence[named[0][1] : named[1][0]]):
        # "Fluent English or French and a good knowledge of the other": the names stand for "one of"
        first = [lv for lv in find_levels(sentence) if lv[1] <= named[0][0]]
        second = [lv for lv in find_levels(sentence) if named[1][1] <= lv[0] and lv[1] <= other.start()]
        return _either_way(sentence, importance, [named[0][2], named[1][2]], first, second)
    if not (one and other and one.end() < other.start()):
        return None
    codes = list(dict.fromkeys(code for _, _, code in find_languages(sentence)))
    if len(codes) != 2:
        groups = [expand([g]) for _, _, g in find_groups(sentence)]
        codes = groups[0] if groups and len(groups[0]) == 2 else []
    first = [lv for lv in find_levels(sentence) if lv[1] <= one.start()]
    second = [lv for lv in find_levels(sentence) if one.end() <= lv[0] and lv[1] <= other.start()]
    return _either_way(sentence, importance, codes, first, second)


def _either_way(
    sentence: str,
    importance: str,
    codes: list[str],
    first: list[tuple[int, int, str, str]],
    second: list[tuple[int, int, str, str]],
) -> dict[str, Any] | None:
    """any_of(all_of(a at the first level, b at the second), the same the other way round)."""
    if len(codes) != 2 or codes[0] == codes[1] or not first or not second:
        return None

    def level(found: tuple[int, int, str, str]) -> dict[str, str]:
        return {"level": found[3]} if found[2] == found[3] else {"wording": found[2]}

    def route(a: str, b: str) -> dict[str, Any]:
        kids = [(a, first[-1]), (b, second[-1])]
        return {
            "kind": "all_of",
            "source": sentence,
            "children": [{"kind": "language", "source": sentence, "languages": [c], **level(lv)} for c, lv in kids],
        }

    return {
        "kind": "any_of",
        "importance": importance,
        "source": sentence,
        "children": [route(codes[0], codes[1]), route(codes[1], codes[0])],
        "cue": "one of two languages, and the other",
        "confidence": 0.7,
    }
