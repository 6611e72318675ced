"""The experience frame of a mention: cue words and their scope, as data.

The cue lists live in matcher/nlp/data/nlp_cues.yaml (with their sources: NegEx,
ConText and their French adaptations). A cue cancels a category match in its scope:

- forward cues (negation, hypothetical, non-experience, partner) cancel matches that
  start after them, up to the end of the clause (ConText's default scope: the end of
  the sentence or a termination term) and at most `scope` tokens away. Commas and
  brackets do not end a clause: "no DNA, fingerprints or (AFIS) work" is negated as a whole;
- backward cues ("cancelled", "annulé") cancel matches before them in the clause;
- a `categories` list limits a cue to those categories (a partner "in coordination
  with the police" is not the candidate's employer, but the cooperation still counts).

Pseudo-cues ("not only", "no longer") switch off the cue words they contain. Cues
are kept sorted, and each match looks only at the cues within the widest scope, so
the cost per match is bounded whatever the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..reference import data_path, load_trusted_yaml
from .spans import SpanIndex

# Kinds that say the candidate did not do the work (not who did it): a domain word in their
# scope is no sense context either.
FRAME_KINDS = frozenset({"negation", "hypothetical", "non_experience", "post"})
FORWARD_KINDS = (
    "negation",
    "short_scope",
    "hypothetical",
    "non_experience",
    "partner",
    "partner_body",
    "recipient",
    "client",
    "language_service",
)
BACKWARD_KINDS = ("post",)
CUE_KINDS = FORWARD_KINDS + BACKWARD_KINDS
# Clause ends for cues; near pairs also stop at brackets (NEAR_PUNCTUATION).
CUE_PUNCTUATION = ".;:!?\n\u2022"
NEAR_PUNCTUATION = CUE_PUNCTUATION + "()[]"
_FIRST_TWO = itemgetter(0, 1)  # cues sort by their token positions (Cue objects do not compare)


@dataclass(frozen=True)
class Cue:
    kind: str  # negation | hypothetical | non_experience | partner | client | post
    scope: int  # most tokens between the cue and the match
    backward: bool = False
    categories: frozenset[str] = frozenset()  # empty: every category
    inclusive: bool = False  # a cue pair: matches inside the pair are in scope too
    pair: bool = False  # a cue pair ("attended ... course"), not a single trigger


@lru_cache(maxsize=1)
def load_cues(path: str | None = None) -> dict[str, Any]:
    """The cue data file (default matcher/nlp/data/nlp_cues.yaml), through the shipped data's
    JSON cache (PyYAML's pure-Python loader took ~0.1 s of every check that reads free text)."""
    return load_trusted_yaml(Path(path) if path else data_path("nlp_cues", "matcher.nlp"))


def _cue(kind: str, section: dict[str, Any]) -> Cue:
    # a match starting inside a forward cue is in its scope too ("supplied ... to police forces",
    # "plan to apply for training")
    backward = kind in BACKWARD_KINDS
    return Cue(
        "negation" if kind == "short_scope" else kind,
        int(section["scope"]),
        backward,
        frozenset(section.get("categories") or ()),
        inclusive=not backward,
    )


def cue_phrases(data: dict[str, Any]) -> list[tuple[Cue | None, list[str]]]:
    """(cue, phrases) groups of both languages; cue None marks pseudo-cues.

    Both languages' cues are used for every text: CVs mix them ("no ADN work"),
    and no cue of one language is a common word of the other.
    """
    groups: list[tuple[Cue | None, list[str]]] = []
    for kind in CUE_KINDS:
        section = data.get(kind)
        if section:
            groups.append((_cue(kind, section), [p for lang in ("en", "fr") for p in section.get(lang, [])]))
    pseudo = data.get("pseudo", {})
    groups.append((None, [p for lang in ("en", "fr") for p in pseudo.get(lang, [])]))
    return groups


def cue_pairs(data: dict[str, Any]) -> list[tuple[Cue, int, int, list[str], list[str]]]:
    """(cue, window, reverse window, left phrases, right phrases) for each cue pair ("attended
    ... course"); a reverse window > 0 also takes the right phrase first ("formation suivie")."""
    out = []
    for rule in data.get("cue_pairs") or []:
        cue = Cue(
            rule["kind"],
            int(rule["scope"]),
            categories=frozenset(rule.get("categories") or ()),
            inclusive=True,
            pair=True,
        )
        sides = [
            [p for lang in ("en", "fr") for p in (rule.get(side) or {}).get(lang, [])] for side in ("left", "right")
        ]
        out.append((cue, int(rule.get("window", 3)), int(rule.get("reverse_window", 0)), sides[0], sides[1]))
    return out


class Boundaries:
    """Finds a clause boundary in a stretch of text (between a cue and a match).

    Sentence punctuation, or a boundary word / phrase standing as whole words. A
    character scan plus a set intersection: a regex alternation of the words took
    ~10 µs a call, this ~1 µs.
    """

    _STRIP = str.maketrans({",": " ", '"': " ", "\u2019": "'", "\u00a0": " ", "(": " ", ")": " "})

    def __init__(self, data: dict[str, Any], punctuation: str = CUE_PUNCTUATION) -> None:
        entries = [
            w.lower().replace("\u2019", "'") for lang in ("en", "fr") for w in data.get("boundaries", {}).get(lang, [])
        ]
        self.words = frozenset(w for w in entries if " " not in w and w[-1].isalnum())
        # multi-word or apostrophe-final entries, matched on the space-normalised text
        self.phrases = tuple(
            f" {w} " if w[-1].isalnum() else f" {w}" for w in entries if " " in w or not w[-1].isalnum()
        )
        self.punctuation = frozenset(punctuation)

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        segment = text[start:end]
        if not self.punctuation.isdisjoint(segment):
            return True
        words = segment.lower().translate(self._STRIP).split()
        if not self.words.isdisjoint(words):
            return True
        if self.phrases:
            padded = " " + " ".join(words) + " "
            return any(phrase in padded for phrase in self.phrases)
        return False


class ScopeChecker:
    """Decides whether a category match is cancelled by a cue around it."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.boundary = Boundaries(data)
        self.near_boundary = Boundaries(data, NEAR_PUNCTUATION)
        # a backward cue reaches over "but" ("approved for 2020 but cancelled"), not over a full stop
        self.punctuation = Boundaries({}, CUE_PUNCTUATION)
        scopes = [int(s["scope"]) for k in CUE_KINDS if (s := data.get(k))]
        scopes += [int(r["scope"]) for r in data.get("cue_pairs") or []]
        self.widest = max(scopes, default=0)

    def prepare(self, cues: list[tuple[Cue, int, int]], pseudo) -> tuple[list, list, list, list, int, dict]:
        """Sort the doc's cues once: forward ones by end token, backward ones by start."""
        inside = SpanIndex(pseudo) if pseudo else None  # cues inside a pseudo-cue do not count
        live = [c for c in cues if inside is None or not inside.covers(c[1], c[2])]
        forward: list[tuple[int, int, Cue]] = []
        backward: list[tuple[int, int, Cue]] = []
        reach = 0  # the most tokens a forward cue's end lies past its anchor (see cancelling_cue)
        for cue, start, end in live:
            if cue.backward:
                backward.append((start, end, cue))
            else:
                forward.append((end, start, cue))
                if cue.inclusive and end - start > reach:
                    reach = end - start
        forward.sort(key=_FIRST_TWO)
        backward.sort(key=_FIRST_TWO)
        # a cue ending more than `reach` tokens after a match's start also starts after it: it cannot cancel it
        reach = min(self.widest, reach)
        # where each forward cue's clause starts, worked out once per cue: every match of the
        # doc (and every context word) is checked against the same few cues
        return [f[0] for f in forward], forward, [b[0] for b in backward], backward, reach, {}

    def cancelling_cue(self, doc, text: str, start: int, end: int, cid: str, prepared) -> Cue | None:
        """The cue that cancels the match doc[start:end] of category `cid`, if any."""
        f_ends, forward, b_starts, backward, reach, clause_starts = prepared
        if forward:
            hi = bisect_right(f_ends, start + reach)  # pair cues may end after the match starts
            lo = bisect_left(f_ends, start - self.widest)
            for i in range(hi - 1, lo - 1, -1):
                cue_end, cue_start, cue = forward[i]
                if cue_end < start:
                    clause = clause_starts.get(cue_end)
                    if clause is None:
                        clause = clause_starts[cue_end] = self._scope_start(doc, cue_end)
                    bounded = self.boundary.search(text, clause, doc[start].idx)
                else:
                    bounded = False
                if bounded:
                    break  # every earlier cue lies before this boundary too
                anchor = cue_start if cue.inclusive else cue_end
                if anchor > start or start - cue_end > cue.scope:
                    continue
                if cue.categories and cid not in cue.categories:
                    continue
                return cue
        if backward:
            lo = bisect_left(b_starts, end)
            hi = bisect_right(b_starts, end + self.widest)
            for i in range(lo, hi):
                cue_start, _, cue = backward[i]
                if cue_start - end > cue.scope or (cue.categories and cid not in cue.categories):
                    continue
                if cue_start > end and self.punctuation.search(
                    text, doc[end - 1].idx + len(doc[end - 1]), doc[cue_start].idx
                ):
                    break  # every later cue lies beyond this boundary too
                return cue
        return None

    @staticmethod
    def _scope_start(doc, cue_end: int) -> int:
        """Where a forward cue's clause starts: after the colon of a heading cue ("Offer accepted:
        Detective Constable, ...", "Mémoire de master : ..."), else right after the cue."""
        for i in range(cue_end, min(cue_end + 3, len(doc))):  # "Mémoire de master 2 :"
            if doc[i].text == ":":
                return doc[i].idx + 1
            if not (doc[i].like_num or doc[i].is_space):
                break
        return doc[cue_end].idx
