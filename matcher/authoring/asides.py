"""Sentences of the requirement parts that ask nothing of every candidate: set aside, never a rule.

A listed requirement often goes on after it is stated ("Be at least 25 years of age. Applicants
younger than that will not be considered."), and a notice may state a requirement that holds only
in some cases ("may be required for some posts", "depending on the position"). Neither is a
condition every candidate must meet, and a rule drafted from them (an `assessed` one at best) is a
requirement the notice does not set. The draft keeps them visible instead: a `# review:` comment
above the requirements lists each with its reason, so that the author writes a rule by hand where
the notice means one.
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import Patterns

# The key an entry carries when its sentence is set aside (the value is the reason).
ASIDE = "aside"

EXPLAINS = "explains the requirement before it (no requirement word of its own)"
DUTIES = "what the person appointed will do (duties), not a condition on the candidate"
TERMS = "the terms of the post (contract, pay, conditions of service), not a condition on the candidate"
PROCEDURE = "the selection procedure, not a condition on the candidate"
CONDITIONAL = "asked only in some cases (some posts, offices or options): not a rule every candidate must pass"

# A sentence that speaks of what was just said: "This concerns ...", "These clearances require ...".
ANAPHORIC = re.compile(
    r"^\W*(?:this|these|those|such|that|it|they|ceci|cela|ce|cet|cette|ces|celui|celle|ceux|il|elle|ils|elles)\b",
    re.IGNORECASE,
)
# A finite verb of a description: an auxiliary or copula ("will not be considered", "has an official
# language", "sont recrutés"). A listed requirement is a noun phrase or an imperative and has none.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|may|might|can|could|has|had|does|do|"
    r"est|sont|sera|seront|était|étaient|peut|peuvent|pourra|pourront|ont)\b",
    re.IGNORECASE,
)
# A modal of obligation that the prose cues may not cover ("Relevant experience should include").
OBLIGATION = re.compile(
    r"\b(?:must|should|shall|needs? to|have to|has to|doit|doivent|devra|devront|il faut)\b", re.IGNORECASE
)
# Whatever a bracket says ("(may be required to work overtime)") qualifies its requirement.
_BRACKETS = re.compile(r"\([^)]*\)")


def asks(sentence: str, pats: Patterns) -> bool:
    """The sentence carries a requirement word of its own: an importance or obligation word, a
    substitution ("may be accepted in lieu of"), or it opens as a listed requirement does."""
    from .found_elsewhere import OBLIGATION_START

    return bool(
        pats.importance(sentence)
        or pats.prose_requirement.search(sentence)
        or OBLIGATION.search(sentence)
        or pats.substitution.search(sentence)
        or OBLIGATION_START.match(sentence.lstrip("-–•* "))
        or pats.requirement_start.search(sentence)
    )


def explains(sentence: str, pats: Patterns) -> bool:
    """A sentence after the first of a listed requirement that explains it: no requirement word,
    and written as a statement (it speaks of what was said, or has a finite verb)."""
    if asks(sentence, pats):
        return False
    return bool(ANAPHORIC.match(sentence) or _FINITE.search(sentence))


def describes(sentence: str, pats: Patterns) -> str | None:
    """Why the sentence describes the post, its duties or terms, or the procedure rather than asks
    something of the candidate ("The selected candidate will draft ...", "This is a two-year
    appointment", "Applications must be submitted online"), else None."""
    kinds = pats.statements
    if kinds["procedure"].search(sentence):
        return PROCEDURE
    if kinds["terms"].search(sentence):
        return TERMS
    if kinds["appointee"].search(sentence) and not kinds["appointee_asks"].search(sentence):
        return DUTIES
    return None


def conditional(sentence: str, pats: Patterns) -> str | None:
    """The words that make a requirement hold only in some cases, outside brackets."""
    found = pats.conditional.search(_BRACKETS.sub(" ", sentence))
    return found.group(0) if found else None


def aside_entry(sentence: str, reason: str, importance: str = "required") -> dict[str, Any]:
    """An entry the draft sets aside (listed as a review comment, never written as a rule)."""
    return {"kind": "assessed", "importance": importance, "source": sentence, ASIDE: reason}


def split_asides(entries: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """(the rules, the (sentence, reason) set aside); a sentence another rule quotes is not listed."""
    rules = [e for e in entries if not e.get(ASIDE)]
    for entry in rules:
        _drop_marks(entry)
    quoted = {e["source"] for e in rules}
    asides: dict[str, str] = {}
    for entry in entries:
        if entry.get(ASIDE) and entry["source"] not in quoted:
            asides.setdefault(entry["source"], entry[ASIDE])
    return rules, list(asides.items())


def _drop_marks(entry: dict[str, Any]) -> None:
    entry.pop(ASIDE, None)
    for child in entry.get("children", []):
        _drop_marks(child)


def render_asides(asides: list[tuple[str, str]]) -> list[str]:
    """The YAML comment lines that list the sentences set aside."""
    if not asides:
        return []
    out = [
        "# review: sentences of the requirement parts not drafted as rules (write one by hand if the",
        "# notice means a condition every candidate must meet):",
    ]
    for sentence, reason in asides:
        out.append(f"#   - {' '.join(sentence.split())!r}: {reason}")
    return out
