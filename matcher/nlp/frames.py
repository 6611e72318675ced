"""Entry frames: where in a CV entry a mention stands, not which cue is near it.

- The title frame: a role heading the entry's first sentence that is not the work
  itself (student, journalist, novelist...) means the entry gives no experience.
- The employer frame: a bare body word ("police", "customs", "douane") names the
  candidate's employer only in an employer position: after an employment word ("joined
  the police aged 19", "dans la police"), as part of a name ("Thames Valley Police"),
  at the end of its phrase ("served in the police."), or before a policing noun
  ("police staff", "customs investigators"). Elsewhere it qualifies something else:
  "reviewed police files", "accompanied survivors to police interviews", "police use of
  DNA", "Police Ombudsman", "fichiers de police".

The word lists are taxonomy data (`employer_frame` of a category in categories.yaml).
"""

from __future__ import annotations

from typing import Any

from .pipeline import strip_accents

TITLE_ENDS = (". ", "\n", ": ", "; ", " - ", " \u2013 ", " \u2014 ")
TITLE_TOKENS = 3  # a frame role heads the title ("Freelance investigative journalist, ...")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "la", "le", "les", "l'", "l\u2019", "une", "un"})
_OF = frozenset({"de", "d'", "d\u2019", "des", "du"})


def title_end(text: str) -> int:
    """Character offset where the entry's title (its first segment) ends."""
    ends = [i for i in (text.find(sep) for sep in TITLE_ENDS) if i >= 0]
    return min(ends) if ends else len(text)


def title_frame(doc, text: str, titles: list[int], pseudo: list[tuple[int, int]]) -> bool:
    """A frame word (student, journalist...) heading the entry's title, not in a pseudo-cue."""
    end = title_end(text)
    return any(t < TITLE_TOKENS and doc[t].idx < end and not any(ps <= t < pe for ps, pe in pseudo) for t in titles)


def _words(table: dict[str, Any] | None) -> frozenset[str]:
    """Lowercased words of both languages, and their accent-less forms (token norms have none)."""
    words = {w.lower() for lang in ("en", "fr") for w in (table or {}).get(lang, [])}
    return frozenset(words | {strip_accents(w) for w in words})


class EmployerFrame:
    """Decides whether a bare body word stands in an employer position."""

    def __init__(self, entries: dict[str, dict[str, Any]]) -> None:
        self.markers: dict[str, frozenset[str]] = {}
        self.nouns: dict[str, frozenset[str]] = {}
        for cid, entry in entries.items():
            frame = entry.get("employer_frame")
            if frame:
                self.markers[cid] = _words(frame.get("markers"))
                self.nouns[cid] = _words(frame.get("nouns"))

    @staticmethod
    def heads(entry: dict[str, Any]) -> frozenset[str]:
        """The bare body words of a taxonomy entry, lowercased."""
        return _words((entry.get("employer_frame") or {}).get("heads"))

    def holds(self, doc, text: str, start: int, end: int, cid: str) -> bool:
        """True when doc[start:end], a bare body word of `cid`, names the employer."""
        token = doc[start]
        markers, nouns = self.markers.get(cid, frozenset()), self.nouns.get(cid, frozenset())
        before = [t for t in doc[max(0, start - 4) : start] if not t.is_space]
        if before and before[-1].lower_ in _OF:  # "fichiers de police": the body qualifies a noun
            # ... unless a role or body noun owns it: "agent de police", "agent de constatation des douanes"
            owners = [t for t in before[:-1] if t.is_alpha and t.lower_ not in _DETERMINERS and t.lower_ not in _OF]
            return any(_role(t, nouns, _FR_ROLE_ENDINGS) for t in owners[-2:])
        while before and before[-1].lower_ in _DETERMINERS:
            before.pop()
        if not before or before[-1].norm_ in markers or before[-1].lower_ in markers:
            return True  # the entry's first word ("Police records clerk"), or "joined the police"
        if token.text[:1].isupper() and before[-1].text[:1].isupper() and before[-1].is_alpha:
            return True  # a force's name: "Kent Police", "Thames Valley Police"
        if end >= len(doc):
            return True
        following = doc[end]
        if not following.is_alpha or following.is_stop:
            return True  # the body word ends its phrase
        return _role(following, nouns)


# Role nouns by their ending: "police trainer", "customs investigator", "police analyst";
# "technicien de police", "enquêteur des douanes" (not "fichier": -ier and -aire also end objects).
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ee", "ive", "yst")
_FR_ROLE_ENDINGS = ("eur", "euse", "ien", "ienne", "iste")


def _role(token, nouns: frozenset[str], endings: tuple[str, ...] = _ROLE_ENDINGS) -> bool:
    """A policing noun of the list, or a role noun by its ending."""
    norm = token.norm_
    return norm in nouns or token.lower_ in nouns or (token.is_alpha and norm.endswith(endings))
