"""The languages section of a free-text CV (PDF, Word, plain text): one fact per language,
its CEFR level from the words, a certificate or a grid row, mother tongue only from its
label; a language line outside the section ("Irish – B2" in a sidebar without a heading)."""

from __future__ import annotations

import re

from ..models.profile import Language
from ..profile_tools.lookup import fold
from .dates import fold_keep
from .draft import MEDIUM, Draft, accepts_stated
from .languages import LanguageFact, certificate_level, languages_named, light_fold, read_language
from .lines import Line, where

_LEVEL_ONLY = re.compile(
    r"^\s*[:–—-]\s*(?:[abc][12](?:\s*[+])?|native|mother tongue|langue maternelle|first language)\s*\.?$", re.I
)


def _language_line(line: Line) -> bool:
    """'Irish – B2', 'English – mother tongue' outside a languages section (a sidebar without
    its heading): a language name, a dash or colon, a CEFR level or mother-tongue words, nothing else."""
    folded = fold(line.text)
    names = languages_named(folded)
    if len(names) != 1 or names[0][1] != 0 or len(line.text.split()) > 6:
        return False
    name = folded[names[0][1] : names[0][2]]
    m = re.match(r"\s*" + r"\W+".join(re.escape(w) for w in name.split()) + r"\b", fold_keep(line.text))
    return m is not None and bool(_LEVEL_ONLY.match(fold_keep(line.text)[m.end() :]))


def _languages(draft: Draft, lines: list[Line], elsewhere: list[Line]) -> None:
    facts: dict[str, tuple[LanguageFact, list[Line]]] = {}
    words: dict[str, str] = {}  # code -> the words its level and mother tongue were read from
    for code, item, item_lines in _items(lines):
        if code not in facts:
            facts[code] = (read_language(code, item), item_lines)
            words[code] = item
    for line in elsewhere:
        cert = certificate_level(light_fold(line.text))
        if cert:
            code, level, basis = cert
            known = facts.get(code)
            if known is None or known[0].level is None:
                mother = known[0].mother_tongue if known else False
                facts[code] = (LanguageFact(code, level, mother, f"certificate {basis}"), [line])
                words[code] = line.text + (" mother tongue" if mother else "")
    for code, (fact, item_lines) in facts.items():
        source = where(item_lines)
        entry = {"language": code, "level": fact.level, "mother_tongue": True if fact.mother_tongue else None}
        if fact.review:
            draft.review(f"languages ({code}, {source})", fact.review)
        if not accepts_stated(Language, entry):
            draft.review(
                f"languages ({code}, {source})",
                "a language without a level cannot be drafted yet; add it with its level",
            )
            continue
        draft.add("languages", entry, source, MEDIUM, Language, spans={"level": words[code]})


_MOTHER_LABEL = re.compile(r"\b(?:mother tongues?|native languages?|langues? maternelles?|first languages?)\b")
_OTHER_LABEL = re.compile(
    r"\b(?:other|others|autres?|foreign|etrangeres?|second|additional|working|de travail|also|aussi)\b|[.;|]"
)


def _items(lines: list[Line]) -> list[tuple[str, str, list[Line]]]:
    """(code, the words after the language name up to the next name, its lines) per language.
    A "Mother tongue:" label before the names makes a mother tongue of each name up to the
    next clause ("Mother tongue: Yoruba. Other languages: English (fluent)" names one)."""
    out: list[tuple[str, str, list[Line]]] = []
    pending = False  # a "Mother tongue" label alone on its line, for the language on the next line
    for k, line in enumerate(lines):
        folded_line = fold(line.text)
        names = languages_named(folded_line)
        if not names and _BARE_MOTHER.match(folded_line):
            label = _label_above(out, lines, k)
            if label is not None:
                pending = label
                continue
            pending = False
        if not names:
            # a level on the line below its language, or the rest of a line the sidebar's width cut
            # ("Arabe : langue" / "maternelle"); not a sentence or the next column's first line
            wrapped = bool(re.match(r"\s*[a-zà-ÿ(]", line.text)) and len(line.text.split()) <= 8
            # "Mother tongue: Baoulé", "Greek – native": another language's line (its name unknown), not a level
            labelled = re.match(r"\s*[^:\d]{2,30}:\s*\S", line.text) or re.match(
                r"\s*[A-ZÀ-Ý][^\d–—]{1,30}?\s[–—-]\s*\S", line.text
            )
            if (
                out
                and len(out[-1][2]) < 3
                and not labelled
                and not _level_row(out, line)
                and (wrapped or _level_words(line.text))
            ):
                code, words, ls = out[-1]
                out[-1] = (code, words + " " + line.text, ls + [line])
            continue
        low = fold_keep(line.text)
        pieces, starts = _split_at_names(line.text, [folded_line[s:e] for _, s, e in names])
        pieces = _shared_level(pieces)
        for (code, _, _), piece, start in zip(names, pieces, starts, strict=True):
            # "Mother tongue: Arabic, English (fluent)": English says its own level, the label is Arabic's
            mother = _under_mother_label(low[:start], starts[0]) and not _level_words(piece.strip(" ,:–—-"))
            mother = mother or (pending and code == names[0][0] and not _level_words(piece.strip(" ,:–—-")))
            out.append((code, piece + (" mother tongue" if mother else ""), [line]))
        pending = False
    return out


_JOINED = re.compile(r"^\s*(?:,|/|&|and|et|y|und)?\s*$", re.I)
_SET_OFF = re.compile(r"^\s*[:–—-]\s*\S")


def _shared_level(pieces: list[str]) -> list[str]:
    """'Espagnol, italien : C1', 'German and Dutch – B2': names joined by commas or 'and', then one
    level set off by a colon or a dash after the last, share that level. 'English, French (fluent)'
    does not: the parenthesis is the last name's own."""
    if len(pieces) < 2 or not all(_JOINED.match(p) for p in pieces[:-1]) or not _SET_OFF.match(pieces[-1]):
        return pieces
    return [pieces[-1]] * len(pieces)


def _level_row(out: list, line: Line) -> bool:
    """'English Spanish' over 'C1 Native': a row of levels under a row of names. Which level is
    whose is not written on either line, so none is given to the last name."""
    row = [item for item in out if item[2][0] is out[-1][2][0]]
    levels = _CEFR_OR_MOTHER.findall(fold(re.sub(r"[()\[\]]", " ", line.text)))
    return len(row) >= 2 and len(levels) >= 2


_CEFR_OR_MOTHER = re.compile(r"\b(?:[abc][12]|native|mother tongue|langue maternelle|maternelle|courant|fluent)\b")
_BARE_MOTHER = re.compile(r"^(?:mother tongues?|native languages?|langues? maternelles?|first languages?)\W*$")


def _label_above(out: list, lines: list[Line], k: int) -> bool | None:
    """A 'Mother tongue' line with no language on it: the label of the language below (True), the
    level of the one above (None: read it as a continuation), or either (False: neither gets it)."""
    below = k + 1 < len(lines) and bool(languages_named(fold(lines[k + 1].text)))
    above_open = bool(out) and len(out[-1][2]) < 3 and not _level_words(out[-1][1].strip(" ,:–—-"))
    if not out or not above_open:
        return True if below else False
    return None if not below else False


def _level_words(text: str) -> bool:
    """A short line that says a level ('C1', 'Native', 'IELTS 7.5', 'courant'), not a sentence
    or the next column's first line, which must not become a language's level."""
    from ..profile_tools.level_words import fluency_level

    text = re.sub(r"[()\[\]]", " ", text)  # fold() drops what is in parentheses: "(native)"
    plain = fold(text)
    if not plain or len(plain.split()) > 20:
        return False
    if (
        re.search(r"\b[abc][12]\b|\bnative\b", plain)
        or certificate_level(light_fold(text))
        or _MOTHER_LABEL.search(plain)
    ):
        return True
    return len(plain.split()) <= 5 and bool(fluency_level(text)[0])


def _under_mother_label(before: str, first_name: int) -> bool:
    """A label before the line's first name ("Mother tongues: Wolof, French"), not the
    "(mother tongue)" that qualifies a name written earlier on the line."""
    mother = [m.end() for m in _MOTHER_LABEL.finditer(before[:first_name])]
    other = [m.end() for m in _OTHER_LABEL.finditer(before)]
    return bool(mother) and (not other or mother[-1] > other[-1])


def _split_at_names(raw: str, names: list[str]) -> tuple[list[str], list[int]]:
    """The raw text following each language name, up to the next one, and where each name starts."""
    positions = []
    low = fold_keep(raw)
    at = 0
    for name in names:
        m = re.search(r"\b" + r"\W+".join(re.escape(w) for w in name.split()) + r"\b", low[at:])
        if m is None:
            positions.append((at, at))
            continue
        positions.append((at + m.start(), at + m.end()))
        at += m.end()
    out = []
    for k, (_, end) in enumerate(positions):
        nxt = positions[k + 1][0] if k + 1 < len(positions) else len(raw)
        out.append(raw[end:nxt])
    return out, [start for start, _ in positions]
