"""Entry frames: where in a CV entry a mention stands, not which cue is near it.

- The title frame (entry_frames.py): a role heading the entry's first sentence that is not
  the work itself (student, journalist, novelist...) means the entry gives no experience.
- The employer frame: a body (a bare word such as "police", "customs", "douane", or a
  name: "Guardia Civil", "police station") names the candidate's employer only in an
  employer position: in the entry's title ("Constable, Kent Police: ..."), after an
  employment word ("joined the police aged 19", "worked for the Guardia di Finanza",
  "au sein de la gendarmerie"), after a role noun and a preposition ("officers in the
  Guardia Civil"), or as an apposition ("..., commissariat central de Nantes."). A bare
  word must also not qualify another noun: "reviewed police files", "police use of DNA",
  "fichiers de police" (a force's name, or a role or body noun after it or owning it, is
  fine: "Thames Valley Police drugs team", "police records clerk", "agent de police").
  In a description, a body that is an object ("attended police stations", "radios for
  the police", "capacity of border police") is someone else's. Role nouns ("police
  officer", "gendarme") are the candidate's own wherever they stand (cues still apply).

The word lists are taxonomy data (`employer_frame` of a category in categories.yaml).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .pipeline import strip_accents

TITLE_ENDS = (". ", "\n", ": ", "; ", " - ", " \u2013 ", " \u2014 ")
TITLE_TOKENS = 3  # a frame role heads the title ("Freelance investigative journalist, ...")
TITLE_WORDS = 20  # an entry in one sentence: its title is its start, not "... radios for the police"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "la", "le", "les", "l'", "l\u2019", "une", "un"})
_OF = frozenset({"de", "d'", "d\u2019", "des", "du"})


@lru_cache(maxsize=256)  # asked by several frames of one text; a str caches its own hash
def title_end(text: str) -> int:
    """Character offset where the entry's title (its first segment) ends."""
    head = text[:400]  # a title is short; a 100 KB description is not scanned 7 times
    ends = [i for i in (head.find(sep) for sep in TITLE_ENDS) if i >= 0]
    return min(ends) if ends else len(text)


def tokens(doc, start: int, end: int):
    """The tokens doc[start:end] (end clipped to the doc), without making a Span: ~2x faster
    for the few tokens looked at around each match."""
    return map(doc.__getitem__, range(start, min(end, len(doc))))


def _words(table: dict[str, Any] | None) -> frozenset[str]:
    """Lowercased words of both languages, and their accent-less forms (token norms have none)."""
    words = {w.lower() for lang in ("en", "fr") for w in (table or {}).get(lang, [])}
    return frozenset(words | {strip_accents(w) for w in words})


HEAD, BODY = 1, 2  # a bare body word ("police"), a body's name ("Guardia Civil", "police station")


def _name_word(token, markers: frozenset[str]) -> bool:
    """A capitalised word inside a name: not an employment word, not after a sentence's end."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in markers
        and token.norm_ not in markers
        and token.nbor(-1).text not in ".:;!?"
    )


class EmployerFrame:
    """Decides whether a body named in an entry stands in an employer position."""

    def __init__(self, entries: dict[str, dict[str, Any]]) -> None:
        self.markers: dict[str, frozenset[str]] = {}
        self.linked: dict[str, frozenset[str]] = {}
        self.nouns: dict[str, frozenset[str]] = {}
        self.roles: dict[str, frozenset[str]] = {}
        self.other_bodies: dict[str, frozenset[str]] = {}
        self.body_tails: dict[str, frozenset[str]] = {}
        self.facilities: dict[str, frozenset[str]] = {}
        for cid, entry in entries.items():
            frame = entry.get("employer_frame")
            if frame:
                self.markers[cid] = _words(frame.get("markers"))
                self.linked[cid] = _words(frame.get("linked_markers"))
                self.roles[cid] = _words(frame.get("roles"))
                self.nouns[cid] = _words(frame.get("nouns")) | self.roles[cid]
                self.other_bodies[cid] = _words(frame.get("other_bodies"))
                self.body_tails[cid] = _words(frame.get("other_body_tails"))
                self.facilities[cid] = _words(frame.get("facilities"))

    @staticmethod
    def kind(entry: dict[str, Any], phrase: str) -> int:
        """HEAD for a bare body word, BODY for a body's name, 0 for a role ("police officer")
        or a category without an employer frame."""
        frame = entry.get("employer_frame")
        if not frame:
            return 0
        if phrase.lower() in _words(frame.get("heads")):
            return HEAD
        words = {strip_accents(w) for w in phrase.lower().replace("-", " ").replace("'", "' ").split()}
        return 0 if words & _words(frame.get("roles")) else BODY

    def holds(self, doc, text: str, start: int, end: int, cid: str, kind: int) -> bool:
        """True when doc[start:end], a body of `cid`, names the candidate's employer."""
        if self.inside_other_body(doc, start, cid):
            return False  # "International Association of Chiefs of Police", "College of Policing"
        if self._followed_by(doc, end, self.facilities.get(cid, _NONE)):
            return False  # a place at the body, run by others: "Scotland Yard staff canteen"
        token = doc[start]
        markers, nouns = self.markers.get(cid, frozenset()), self.nouns.get(cid, frozenset())
        if kind == BODY and token.text[:1].isupper() and not token.is_upper:
            # the capitalised words before a body's name are part of it ("Lancashire Constabulary"):
            # its position is that of the whole name ("served with Lancashire Constabulary"); an
            # entry's first word is capitalised as the start of a sentence, not as a name
            while start > 1 and token.i - start < 4 and _name_word(doc[start - 1], markers):
                start -= 1
        before = _before(doc, start)
        if before and before[-1].lower_ in _OF:  # "fichiers de (la) police": the body qualifies a noun
            # ... unless a role or body noun owns it: "agent de police", "agent de constatation des douanes"
            return any(_role(t, nouns, _FR_ROLE_ENDINGS) for t in _owners(before))
        if before and not before[-1].is_stop and (before[-1].norm_ in markers or before[-1].lower_ in markers):
            return True  # an employment verb: "joined the police aged 19", "served in"
        if start and doc[start - 1].lower_ in _BARE:
            # "in"/"en" with no determiner names a field or a procedure, not a body: "Lecturer in
            # Policing", "déclarante en douane", "intervenante sociale en commissariat"; only an
            # employment word makes it a career ("ten years in policing", "carrière en gendarmerie")
            # (in French a role noun of its phrase owns it too: "enquêteur spécialisé en identité judiciaire")
            owner = before[-2] if len(before) > 1 else None
            if owner is not None and (owner.norm_ in markers or owner.lower_ in markers or owner.lower_ in _EXPERIENCE):
                return True
            return doc[start - 1].lower_ == "en" and any(_role(t, nouns, _FR_ROLE_ENDINGS) for t in _owners(before))
        if kind == HEAD:
            if token.text[:1].isupper() and before and before[-1].text[:1].isupper() and before[-1].is_alpha:
                # a force's name: "Kent Police", "Thames Valley Police"; in a description, after a
                # preposition that no employment word or role noun owns, it is a partner ("ran a
                # trial of hot-spot patrols with Kent Police"); a name going on to another kind of
                # body's head noun is that body ("Standing Police Monitoring Committee")
                if self._continues_into_other_body(doc, end, cid):
                    return False
                return not self._partner_name(doc, text, start, markers, cid)
            # the compound it opens: "police files" (no), "police records clerk", "customs risk unit" (yes)
            compound = []
            for following in tokens(doc, end, end + 3):
                if not following.is_alpha or following.is_stop:
                    break
                compound.append(following)
            if compound and compound[0].lower_ in _EXPERIENCE:
                return True  # "ten years of police experience", "a customs background": a career there
            if compound and not any(_role(t, nouns) for t in compound):
                return False  # "police files", "police use of DNA"
        title = min(_doc_title_words(doc, text), start + 1) if start < TITLE_WORDS else TITLE_WORDS
        if start < title or start == 0:
            return True  # the entry's title names its employer ("Policed the Carnival ...": its own work)
        if not title and before and before[-1].lower_ in _AT:
            return True  # "Processed Red Notices at the National Central Bureau": where the candidate worked
        if before and (before[-1].text == "(" or (before[-1].text == "," and _ends_clause(doc, end))):
            return True  # an apposition: "..., commissariat central de Nantes.", "(police judiciaire de Bordeaux)"
        if kind == BODY and _line_start(doc, start) and _ends_clause(doc, end, 0) and _heading(text, doc[start].idx):
            return True  # a heading line of its own: "Analyst\nEuropol, Analysis Project ..."
        if before and before[-1].text in _DASHES and _heading_line(text, doc[start].idx):
            return True  # the heading's other half: "Neighbourhood Sgt – Police Scotland", "Analyst - Europol"
        linked = self.linked.get(cid, frozenset())
        # "worked for the Guardia di Finanza", "ten years in the Carabinieri" (not "radios for the
        # police", "victims in police stations"); or owned by a role or body noun: "officers in the
        # Guardia Civil", "the forensic institute of the police"
        return (
            len(before) > 1
            and before[-1].lower_ in linked
            and (before[-2].norm_ in markers or before[-2].lower_ in markers or _role(before[-2], nouns))
        )

    def inside_other_body(self, doc, start: int, cid: str) -> bool:
        """The match ends the name of another kind of body, led by its own head noun and "of",
        "on" or "for": "College of Policing", "Working Party on Law Enforcement"."""
        bodies = self.other_bodies.get(cid)
        if not bodies:
            return False
        k = start - 1
        while k > 0 and start - k < 8:
            token = doc[k]
            if token.lower_ in _NAME_LINKS or (token.is_alpha and token.text[:1].isupper()):
                if token.lower_ in bodies and token.text[:1].isupper() and doc[k + 1].lower_ in _NAME_LINKS:
                    return True
                k -= 1
                continue
            break
        return False

    def _continues_into_other_body(self, doc, end: int, cid: str) -> bool:
        """The capitalised name goes on to another kind of body's head noun: "Standing Police
        Monitoring Committee", "Police Complaints Commission"."""
        return self._followed_by(doc, end, self.body_tails.get(cid, _NONE), capitalised=True)

    @staticmethod
    def _followed_by(doc, end: int, words: frozenset[str], capitalised: bool = False) -> bool:
        """One of `words` within the three (capitalised) words after the match."""
        if not words:
            return False
        for token in tokens(doc, end, end + 3):
            if not token.is_alpha or (capitalised and not token.text[:1].isupper()):
                return False
            if token.lower_ in words or token.norm_ in words:
                return True
        return False

    def _partner_name(self, doc, text: str, start: int, markers, cid: str) -> bool:
        """The capitalised name ending at doc[start] stands after a bare preposition in the
        description: "patrols with Kent Police" (not "seconded to Kent Police", "Detective with Kent Police")."""
        k = start - 1
        while k > 0 and doc[k].is_alpha and doc[k].text[:1].isupper() and start - k < 6:
            k -= 1
        while k > 0 and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if k < _doc_title_words(doc, text) or doc[k].lower_ not in self.linked.get(cid, _NONE):
            return False
        owner = doc[k - 1] if k else None
        roles = self.roles.get(cid, _NONE)  # role nouns only: "patrols with Kent Police" is a partner
        return owner is None or not (owner.norm_ in markers or owner.lower_ in markers or _role(owner, roles))


def _owners(before: list) -> list:
    """The nouns of the body's own phrase before its preposition, back to a punctuation mark (at most 3)."""
    owners: list = []
    for t in reversed(before[:-1]):
        if t.is_punct or len(owners) == 3:
            break
        if t.is_alpha and t.lower_ not in _DETERMINERS and t.lower_ not in _OF:
            owners.append(t)
    return owners


def _before(doc, start: int) -> list:
    """The tokens before a match, without the determiners next to it and without a bracketed
    acronym before a preposition ("Senior investigating officer (SIO) in a major investigation team")."""
    before = [t for t in tokens(doc, max(0, start - 8), start) if not t.is_space]
    while before and before[-1].lower_ in _DETERMINERS:
        before.pop()
    if len(before) > 2 and before[-2].text == ")":
        opening = [i for i, t in enumerate(before[:-2]) if t.text == "("]
        if opening and len(before) - opening[-1] <= 6:
            before = before[: opening[-1]] + before[-1:]
    return before


# Role nouns by their ending: "police trainer", "customs investigator", "police analyst";
# "technicien de police", "enquêteur des douanes" (not "fichier": -ier and -aire also end objects).
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ee", "ive", "yst")
_FR_ROLE_ENDINGS = ("eur", "euse", "ien", "ienne", "iste")


def _role(token, nouns: frozenset[str], endings: tuple[str, ...] = _ROLE_ENDINGS) -> bool:
    """A policing noun of the list, or a role noun by its ending."""
    norm = token.norm_
    if norm in nouns or token.lower_ in nouns:
        return True
    # by its ending, but not a verb whose lemma has it: "referred" (refer), "delivering" (deliver)
    return token.is_alpha and norm.endswith(endings) and not token.lower_.endswith(("ed", "ing"))


_NAME_LINKS = frozenset({"of", "on", "for", "the", "and", "&"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "qui", "que", "dont"})
_NONE: frozenset[str] = frozenset()
_AT = frozenset({"at", "chez"})
_BARE = frozenset({"in", "en"})  # a preposition straight before the body, no determiner
_EXPERIENCE = frozenset({"experience", "expérience", "background", "career", "carrière"})


_DASHES = frozenset({"-", "\u2013", "\u2014", "|"})


def _heading_line(text: str, offset: int) -> bool:
    """`offset` lies in the entry's heading line: before its first newline or sentence end."""
    head = text[:offset]
    return "\n" not in head and ". " not in head


_TITLE_KEY = "matcher.title_words"


def _doc_title_words(doc, text: str) -> int:
    """`_title_words(doc, text)`, worked out once per doc: it is asked once per body match, and
    `_title_words(doc, text, limit)` is always `min(_title_words(doc, text), limit)`, since its
    stopping test at a token never depends on the limit."""
    known = doc.user_data.get(_TITLE_KEY)
    if known is None:
        known = doc.user_data[_TITLE_KEY] = _title_words(doc, text)
    return known


def _title_words(doc, text: str, limit: int = TITLE_WORDS) -> int:
    """Tokens of the entry's title (none when it opens on an action), counted up to `limit`:
    up to its first separator (": ", ". ", "; ", " - "), at most TITLE_WORDS, and before a past
    participle or a relative pronoun ("Locksmith called out by the police", "Architect who
    designed the police headquarters"), or an -ing word after a role noun ("Caterer supplying
    meals to police stations"; elsewhere -ing words are mostly nouns: "arms trafficking cases",
    "training officer")."""
    end = title_end(text)
    if len(doc) > 1 and _action(doc[0], doc[1]):
        return 0  # a line of duties, not a title: "Organised ...", "Rédaction de ..."
    for i, token in enumerate(tokens(doc, 0, min(limit, TITLE_WORDS))):  # only the tokens before the match matter
        if token.idx >= end:
            return i
        word = token.lower_
        if not i or not token.is_lower:
            continue
        following = doc[i + 1] if i + 1 < len(doc) else None
        if word in _RELATIVES:
            return i
        if len(word) > 4 and word.endswith("ed") and (following is None or not _role(following, _NONE)):
            return i  # "called out by", not "qualified officer"
        if len(word) > 5 and word.endswith("ing") and _role(doc[i - 1], _NONE):
            if following is None or not _role(following, _NONE):
                return i  # "officer supporting ...", not "arms trafficking", "senior investigating officer"
    return min(len(doc), limit, TITLE_WORDS)


def _action(first, second) -> bool:
    """An entry opening on what was done: a past tense ("Organised", "Wrote") or a French
    action noun with its complement ("Rédaction de", "Organisation des")."""
    word = first.lower_
    if first.is_alpha and len(word) > 4 and word.endswith("ed") and not second.is_punct:
        # ... unless it qualifies a capitalised role noun: "Seconded Officer, ...", "Qualified Trainer"
        return not (second.text[:1].isupper() and _role(second, _NONE))
    return word.endswith(("tion", "ment", "age")) and second.lower_ in _OF


def _ends_clause(doc, end: int, most: int = 1) -> bool:
    """Nothing but a place (and `most` words) follows the body in its clause or line: "..., Kent
    Police.", "..., commissariat central de Nantes.", "..., Polícia Judiciária\nAnalysed ..."."""
    words = 0
    for token in tokens(doc, end, end + 5):
        if token.is_punct or (token.is_space and "\n" in token.text):
            return True
        if token.is_alpha and not token.is_stop and not token.text[:1].isupper():
            words += 1
            if words > most:
                return False
    return end + 5 > len(doc)


def _line_start(doc, start: int) -> bool:
    """The match opens a line after the first one."""
    return start > 0 and doc[start - 1].is_space and "\n" in doc[start - 1].text


def _heading(text: str, offset: int) -> bool:
    """The line from `offset` on is a heading, not a sentence: short, with no sentence end."""
    line = text[offset : offset + 160].partition("\n")[0].rstrip()
    return len(line) < 160 and not line.endswith((".", "!", "?")) and ". " not in line
