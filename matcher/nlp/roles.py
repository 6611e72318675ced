"""Role attribution: whose role, unit or activity a mention names.

- Plural role nouns outside the title are other people ("disseminated intelligence to
  investigators"), and an activity noun owned by someone else is theirs ("member states'
  investigations", "network analysis for drug supply investigations").
- A support role's title: in "HR Assistant, Directorate of Professional Standards, X Police"
  the unit after the role names the employer, not the work (the held-out set's rule R4-1):
  its specialist categories do not count, its employer categories (law enforcement) do.
- After a partner cue ("worked alongside", "in coordination with"), a plural role noun is the
  partner's people in any field ("worked alongside DNA analysts ... as a courier").
- A compound role noun in another domain: "IT Service Desk Analyst", "Airline Liaison
  Officer", "Insurance Investigator", "analyste marketing": a modifier of another trade
  next to a policing head gives another role.

The word lists are cue data (nlp_cues.yaml: `support_roles`, `foreign_modifiers`).
"""

from __future__ import annotations

from typing import Any

from .frames import _DETERMINERS, _FR_ROLE_ENDINGS, _NONE, _ROLE_ENDINGS, TITLE_TOKENS, _role, title_end, tokens
from .pipeline import strip_accents

TITLE_SPAN = 40  # tokens: a support role's title and its units end before this


_ROLE_ENDS = (",", " at ", " (", " chez ")


def plural_role(token) -> bool:
    """A plural role noun by its ending: "DNA analysts", "fingerprint examiners", "enquêteurs"
    (after a partner cue they are the partner's people, whatever their field)."""
    word = token.lower_
    if not token.is_alpha or len(word) < 5 or not word.endswith(("s", "x")):
        return False
    return word[:-1].endswith(_ROLE_ENDINGS + _FR_ROLE_ENDINGS) and not word.endswith(("ings", "eds"))


def _words(section: dict[str, Any] | None, key: str) -> frozenset[str]:
    words = {w.lower() for lang in ("en", "fr") for w in ((section or {}).get(key) or {}).get(lang, [])}
    return frozenset(words | {strip_accents(w) for w in words})


class RoleAttribution:
    """Support-role titles and compound role nouns, from the cue data."""

    def __init__(self, data: dict[str, Any]) -> None:
        support = data.get("support_roles") or {}
        self.support_heads = _words(support, "heads")
        self.support_words = _words(support, "words")
        self.kept = frozenset(support.get("kept_categories") or ())  # the employer's kind: "Accountant at an IO"
        modifiers = data.get("foreign_modifiers") or {}
        self.before = _words(modifiers, "before")
        self.after = _words(modifiers, "after")
        self.modified = frozenset(modifiers.get("categories") or ())
        bare = modifiers.get("bare") or {}
        self.bare = frozenset(bare.get("categories") or ())
        self.bare_heads, self.bare_keep = _words(bare, "heads"), _words(bare, "keep")
        # specialist fields whose plural role nouns after a partner cue are the partner's people
        people = data.get("partner_people") or {}
        self.partner_people = frozenset(people.get("categories") or ())
        self.units = _words(people, "units")
        self.unit_fields = self.partner_people | frozenset(people.get("unit_categories") or ())

    def employer_part(self, doc, text: str) -> tuple[int, int] | None:
        """Token span of the title after a support role ("HR Assistant, <Fingerprint Bureau,
        West Yorkshire Police>.", "Cleaner <at the DNA laboratory>"), or None when the title's
        role is not a support role."""
        # the role is the title's first segment: up to a comma, "at" or a bracket ("Cleaner (ISS
        # contract) at the Fingerprint and DNA laboratory, ...")
        cuts = [i for i in (text.find(sep, 0, 120) for sep in _ROLE_ENDS) if i > 0]
        if not cuts:
            return None
        comma = min(cuts)
        end = title_end(text)
        if comma >= end:
            return None
        words = text[:comma].lower().replace("'", " ").replace("\u2019", " ").split()  # no token read: most fail here
        if not words:
            return None
        if self.support_words.isdisjoint(words) and self.support_heads.isdisjoint((words[0], words[-1])):
            return None
        i, n = 0, len(doc)
        while i < n and doc[i].idx < comma:
            i += 1
        last = i
        while last < n and doc[last].idx < end:
            last += 1
        return i, last

    def partner_person(self, doc, start: int, end: int, cid: str) -> bool:
        """The match names people or a unit (its last word or the next one): "DNA analysts",
        "witness care units"; for a partner cue's scope. People only in the specialist fields
        (trained inspectors, supported survivors are the candidate's own work); units in those
        and `unit_categories` (not an employer's kind: a consultant for IOs has IO experience)."""
        tokens = [doc[end - 1]] + ([doc[end]] if end < len(doc) else [])
        if cid in self.unit_fields and any(t.lower_ in self.units or t.norm_ in self.units for t in tokens):
            return True
        return cid in self.partner_people and any(plural_role(t) for t in tokens)

    def bare_compound(self, doc, start: int, end: int, cid: str) -> bool:
        """A bare head ("Analyst") with a modifier that is not its own field's word or a grade, right
        before it (English order: "Policy Analyst") or right after it (French: "analyste financier")."""
        if cid not in self.bare or end - start != 1 or doc[start].lower_ not in self.bare_heads:
            return False
        for i in (start - 1, end):
            if 0 <= i < len(doc):
                t = doc[i]
                if t.is_alpha and not t.is_stop and t.lower_ not in self.bare_keep and t.norm_ not in self.bare_keep:
                    if i == end and t.text[:1].isupper() and doc[start].text[:1].isupper():
                        continue  # "Analyst Europol", a title line's next name
                    return True
        return False

    def foreign_compound(self, doc, start: int, end: int, cid: str = "") -> bool:
        """A modifier of another trade right before the match (English order: "Airline Liaison
        Officer") or right after it (French order: "analyste marketing"); for a category of `modified`.
        For a bare head of a `bare` category, any modifier but its own field's words or a grade."""
        if cid and self.bare_compound(doc, start, end, cid):
            return True
        for i, mods in ((start - 1, self.before), (end, self.after)):
            if 0 <= i < len(doc):
                t = doc[i]
                if t.is_alpha and (t.lower_ in mods or t.norm_ in mods):
                    return True
        return False


_AS = frozenset({"as", "comme", "qu'", "que"})  # "worked as detectives", "en tant qu'enquêteurs"


def other_people(doc, start: int) -> bool:
    """A plural role noun names other people: "disseminated intelligence to investigators",
    "between British and Belgian detectives", "pour les enquêteurs". The candidate's own role
    is singular, or heads the entry ("Detectives' clerk"), or follows "as" ("worked as
    detectives"), or is led by the candidate ("led a team of six detectives")."""
    if start < TITLE_TOKENS:
        return False
    # "led a team of six detectives", "chef d'un groupe d'enquêteurs": the candidate leads them
    for t in reversed(doc[max(0, start - 5) : start]):  # back to the start of its clause
        if t.is_punct:
            break
        if t.lower_ in _AS or t.lower_ in _LEADS:
            return False
    return True


def other_role(doc, start: int, end: int, said: str, people: frozenset[str]) -> bool:
    """A role noun of someone else: a plural one (`other_people`), its last word or the match
    with the next word one ("police investigators", "investigating officers"), or a singular one
    after a preposition ("forensic strategy with the SIO", "conduit between SIO and family",
    "reported to the investigator")."""
    if start < TITLE_TOKENS:
        return False  # the title's role is the candidate's own
    if said in people or said.rpartition(" ")[2] in people:
        return other_people(doc, start)
    if said + "s" in people:
        return _after_preposition(doc, start, _WITH)
    if end < len(doc) and f"{said} {doc[end].lower_}" in people:
        return other_people(doc, start)
    # an acronym: a person only after "with", "between", "from" ("posted to the CID" is the employer)
    if end - start == 1 and len(said) <= 4:
        token = doc[start]
        return token.is_upper and token.is_alpha and _after_preposition(doc, start, _ALONGSIDE)
    return False


def role_modifier(doc, end: int) -> bool:
    """A partner cue that qualifies a singular role noun right after it names the candidate's
    own job: "IT Support Technician, Europol", "Capacity Building Officer, INTERPOL", "support
    officer at the NCB" (not "supported investigators": plural people are the partner's)."""
    if end >= len(doc):
        return False
    token = doc[end]
    return token.lower_ == token.norm_ and _role(token, _NONE) and doc[end - 1].is_alpha


_ALONGSIDE = frozenset({"with", "from", "avec", "auprès"})
_WITH = _ALONGSIDE | {"to", "for", "by", "pour", "par"}
_BETWEEN = frozenset({"between", "entre"})


def _after_preposition(doc, start: int, prepositions: frozenset[str]) -> bool:
    """A preposition and a determiner ("with the", "to the": "reported to investigators" is
    plural) or "between" right before the match."""
    prev = doc[start - 1]
    if prev.lower_ in _BETWEEN:
        return True
    if prev.lower_ not in _DETERMINERS or start < 2:
        return False
    word = doc[start - 2].lower_
    return word in prepositions or word in _BETWEEN


_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_OWN_FOR = frozenset({"responsible", "accountable", "responsable", "responsables", "charge", "lead", "led"})
_LEADS = frozenset(
    {
        "team",
        "teams",
        "led",
        "lead",
        "leading",
        "managed",
        "supervised",
        "supervising",
        "headed",
        "équipe",
        "groupe",
        "dirigé",
        "encadré",
        "encadrement",
        "chef",
        "head",
    }
)


def others_activity(doc, start: int, end: int) -> bool:
    """An activity noun owned by someone else: "member states' investigations", "kept them
    informed of the investigation's progress", "phone examinations for investigations" (not
    "responsible for investigations")."""
    if end < len(doc) and doc[end].lower_ in _POSSESSIVE:
        return True
    before = [t for t in tokens(doc, max(0, start - 4), start) if not t.is_space]
    while before and (before[-1].lower_ in _DETERMINERS or before[-1].lower_ == "des"):
        before.pop()
    if not before:
        return False
    if before[-1].lower_ in _POSSESSIVE:
        return True
    # a named owner between "for" and the noun: "for Member State investigations", "for OCG investigations"
    while len(before) > 1 and before[-1].is_alpha and before[-1].text[:1].isupper() and start - before[-1].i <= 3:
        before.pop()
    return before[-1].lower_ in ("for", "pour") and not (len(before) > 1 and before[-2].lower_ in _OWN_FOR)
