"""The drafter's last resort, and excerpts cut mid-sentence.

A notice whose requirements sit under no heading the drafter knows (a UN police page in French
listing the criteria in one sentence, an excerpt of a page) must still give a draft: every
sentence, bullet and list piece of the text is a candidate, only what a reader recognises with
confidence (a degree, years, a language, a nationality, secondment, a condition on the person)
is kept, and every rule says that no heading was found. A draft never stops on such a text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .found_elsewhere import _paragraphs
from .patterns import Patterns
from .sections import Item
from .subjects import Entry
from .text import Line, sentences

NO_HEADING = (
    "no requirements heading was found: this rule was read from a sentence of the text "
    "(low confidence); check that it is a requirement of the post and its parameters"
)
NOTHING_READ = (
    "no requirement could be read from the notice (no heading, no degree, years, language or "
    "nationality the drafter recognises): write the rules by hand"
)

# Enough words and a comma-separated run of short pieces: "Âge compris entre 25 et 62 ans, cinq
# années de service actif, permis de conduire depuis un an, maîtrise de la langue ...".
_PIECE_WORDS = 16


def _pieces(sentence: str) -> list[str]:
    """The pieces of a criteria list written as one sentence: its ';' parts, and the
    comma-separated parts of a part that has three or more ("Âge compris entre 25 et 62 ans, cinq
    années de service actif, permis de conduire depuis un an, maîtrise de la langue ...")."""
    out = []
    parts = [p.strip(" .") for p in re.split(r"\s*;\s*", sentence) if len(p.split()) >= 3]
    for part in parts:
        commas = [p.strip(" .") for p in re.split(r",\s+(?![^()]*\))", part) if p.strip(" .")]
        if len(commas) >= 3:
            out += [p for p in commas if len(p.split()) >= 2]
        elif len(parts) >= 2:
            out.append(part)
    return [p for p in dict.fromkeys(out) if p != sentence]


def candidate_items(notice_lines: list[Line], pats: Patterns, pieces_only: bool = False) -> list[Item]:
    """Every sentence of the text (paragraphs joined, bullets and table rows one each) as an item
    to read, and the pieces of a criteria list written as one sentence as items of their own
    (`pieces_only`: the pieces alone, for sentences the other readers have read already)."""
    items = []
    title = notice_lines[0].number if notice_lines else None
    for number, text in _paragraphs(notice_lines, pats, tables_break=False):
        if number == title:  # the notice's title names the post, not a requirement
            continue
        for sentence in sentences(text, pats):
            for piece in ([] if pieces_only else [sentence]) + _pieces(sentence):
                items.append(Item(piece, "general", None, number, "(no heading)", [piece]))
    return items


def confident(entry: Entry, pats: Patterns) -> bool:
    """A rule worth keeping from a sentence read without a heading: any kind but `assessed`,
    and `assessed` only for a condition on the person (age, licence, fitness)."""
    if entry["kind"] == "experience" and _DURATION.search(entry.get("source", "")):
        return False  # "the traineeship lasts two to five months": a duration, not experience
    if entry["kind"] in ("experience", "region_experience") and not (entry.get("min_years") or entry.get("min_months")):
        # "valoriser la recherche en biosciences en Martinique" (the context of a mission): a place, no request
        return (_has_subject(entry) or entry["kind"] == "region_experience") and bool(
            _OBLIGED.search(entry.get("source", ""))
        )
    if entry["kind"] != "assessed":
        return True
    return bool(pats.personal.search(entry.get("source", "")))


def _has_subject(entry: Entry) -> bool:
    return any(entry.get(k) for k in ("categories", "sector", "employer_types"))


_DURATION = re.compile(
    r"\b(?:dur(?:e|er|ée|ation)|lasts?|last for|période de|period of|engagement|contra(?:ct|t)s?|"
    r"renouvel\w*|renew\w*|assignment|affectation)\b",
    re.IGNORECASE,
)
# An obligation word: experience with no years is kept only when the sentence asks for it.
_OBLIGED = re.compile(
    r"\b(?:must|required?|requires|should|need|essential|mandatory|doi(?:t|vent)|exigée?s?|requise?s?|"
    r"obligatoire|indispensable|il faut)\b",
    re.IGNORECASE,
)


def low_confidence(entries: list[Entry]) -> None:
    """Every rule of a draft read without a heading: at most 0.5, with the reason."""
    for entry in entries:
        entry["confidence"] = min(entry.get("confidence") or 0.5, 0.5)
        entry["review"] = "; ".join(filter(None, (NO_HEADING, entry.get("review"))))


def placeholder(notice_lines: list[Line], pats: Patterns) -> Entry:
    """One `assessed` rule quoting the notice's longest sentence, when nothing could be read (a
    rules file needs one requirement; the review note says to write them)."""
    found = [s for line in notice_lines for s in sentences(line.text, pats)]
    source = max(found, key=len) if found else ""
    return {"kind": "assessed", "importance": "required", "source": source, "confidence": 0.1, "review": NOTHING_READ}


CUT = (
    "the notice's text ends here without punctuation (cut off?): no rule drafted from its last words; "
    "write one by hand if the sentence is complete"
)


def cut_tail(text: str, pats: Patterns) -> str | None:
    """The last words of an excerpt cut mid-sentence ("... ineligible even if using anot", "In the
    case of ind", a last bullet "Be a nati", "Ne pas faire", "the EAC mandate on Peace and Se"): the
    text's final sentence, or its final line, when the text ends without punctuation. A notice does
    not end on a requirement; a saved web excerpt (rounds 5 and 7, the dev set) is cut there."""
    last = next((ln for ln in reversed(text.splitlines()) if ln.strip()), "").strip()
    if not last or re.search(r"[.;:!?)»\"”’]\s*$", last):
        return None
    parts = sentences(last, pats)
    if len(parts) > 1:
        return parts[-1]
    if re.search(r"[;,]\s*(?:and|or|et|ou)\s*$", last, re.IGNORECASE):
        return None  # "... de persuasion ; et": a complete item, the list went on
    words = last.lstrip("-–•*·> ").split()
    # a last line alone is cut when it stops short ("Be a nati", "Ne pas faire"), on a word of two
    # letters ("... on Peace and Se"), on a function word ("In accordance with par") or inside a word
    # the text spells out elsewhere ("dans le doma"); a complete
    # last bullet ("Knowledge of regional political history") is no cut
    if len(words) <= 3 or len(words[-1]) <= 2 or _DANGLING.fullmatch(words[-1]) or _cut_word(words[-1], text):
        return " ".join(words)
    return None


def _cut_word(word: str, text: str) -> bool:
    """The last word is the start of a word the text uses elsewhere and never a word of its own
    ("... dans le doma" where "domaine" stood above): cut in the middle of that word."""
    folded, body = word.lower(), text.rstrip()
    found = {w.lower() for w in re.findall(r"[^\W\d_]+", body[: -len(word)] if body.endswith(word) else body)}
    return folded not in found and any(w.startswith(folded) and w != folded for w in found)


_DANGLING = re.compile(
    r"the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|le|la|les|de|des|du|et|ou|à|au|aux|en|par|pour|"
    r"sur|avec|dans|sans|un|une",
    re.IGNORECASE,
)


def at_cut(entry: Entry, tail: str | None) -> bool:
    """An `assessed` rule whose sentence ends on the cut words (nothing checkable was saved)."""
    return bool(tail) and entry["kind"] == "assessed" and " ".join(entry["source"].split()).endswith(tail or "")


def _tree(entries: list[Entry]) -> list[Entry]:
    return [x for e in entries for x in [e, *_tree(e.get("children", []))]]


def _key(entry: Entry) -> str:
    return repr(sorted((k, v) for k, v in entry.items() if k not in ("source", "review", "confidence", "cue")))


def without_heading(
    entries: list[Entry], read: Callable[[list[Item]], list[Entry]], notice_lines: list[Line], pats: Patterns
) -> list[Entry]:
    """The draft of a notice with no requirements heading (or none that gave a rule): the rules
    the prose and list readers found, else those that `read` finds with confidence in every
    sentence and list piece of the text; all marked low-confidence; a placeholder rule when
    nothing at all could be read (a draft never stops)."""
    out = list(entries)
    seen = {_key(e) for e in out}
    # the secondment rule comes from the notice's facts, not from a reader of its lists: alone, it
    # leaves every sentence to read ("Seules les Missions permanentes ..." above a list of conditions)
    if any(
        e["kind"] != "secondment" for e in entries
    ):  # pieces of the criteria lists the other readers drew no rule from
        told = [" ".join(e["source"].split()).lower() for e in _tree(entries) if e["kind"] != "assessed"]
        fresh = [
            item
            for item in candidate_items(notice_lines, pats, pieces_only=True)
            if not any(item.text.lower() in t or t in item.text.lower() for t in told)
        ]
    else:
        done = {e["source"] for e in entries}
        fresh = [item for item in candidate_items(notice_lines, pats) if item.text not in done]
    for entry in read(fresh):
        if confident(entry, pats) and _key(entry) not in seen:
            seen.add(_key(entry))
            out.append(entry)
    low_confidence(out)
    return out or [placeholder(notice_lines, pats)]
