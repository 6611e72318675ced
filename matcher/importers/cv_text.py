"""A free-text CV (lines from a PDF, Word or text file) -> a Draft, every fact with its line."""

from __future__ import annotations

import re
from datetime import date

from ..models.profile import Education, Experience, Language
from ..profile_tools.lookup import fold
from .dates import find_spans, numeric_order, wrapped_range
from .draft import MEDIUM, Draft
from .education_text import completion, degree_level, field_of, read_studies, years_stated
from .entry_lines import dated_items, labelled_records
from .experience_text import countries_worked_with, read_jobs
from .job_header import is_career_break
from .languages import LanguageFact, certificate_level, languages_named, light_fold, read_language
from .lines import Line
from .sections import contact, nationality, split_sections


def where(lines: list[Line]) -> str:
    """'page 1, lines 12-15' for a run of lines."""
    if not lines:
        return "?"
    first, last = lines[0].where, lines[-1].where
    if first == last:
        return first
    a, b = first.rsplit(" ", 1), last.rsplit(" ", 1)
    if a[0] == b[0]:
        return f"{a[0].replace('line', 'lines').replace('paragraph', 'paragraphs')} {a[1]}-{b[1]}"
    return f"{first} to {last}"


def draft_from_lines(lines: list[Line], fmt: str, file: str, today: date | None = None) -> Draft:
    today = today or date.today()
    draft = Draft(fmt, file)
    if not lines:
        draft.review("", "no text found in the file (a scanned image?): nothing drafted")
        return draft
    lines = _join_wrapped(lines)
    order = numeric_order([line.text for line in lines])
    draft.order = order
    sections = split_sections(lines)
    found = contact(lines)
    for key in ("name", "email", "phone"):
        if key in found:
            draft.set(key, found[key][0], found[key][1].where, MEDIUM)
    codes, line, note = nationality(lines, sections.get("experience"))
    if codes and line:
        draft.set("nationality", codes, line.where, MEDIUM, span=line.text)
    elif note:
        draft.review("nationality", note)
    _jobs(draft, labelled_records(sections.get("experience")), order)
    _studies(draft, labelled_records(sections.get("education")), order, today)
    outside = sections.get("header") + sections.get("personal") + sections.get("other")
    _languages(
        draft,
        sections.get("languages") + [line for line in outside if _language_line(line)],
        sections.get("certifications") + sections.get("other") + sections.get("education") + sections.get("personal"),
    )
    volunteer = [line for line in sections.get("volunteer") if find_spans(line.text, order)]
    if volunteer:
        draft.review(
            f"volunteering ({where(volunteer)})",
            f"{len(volunteer)} dated line(s) under a volunteering heading, not drafted as experience: "
            "add them by hand if they count",
        )
    if not draft.data.get("experience"):
        draft.review("experience", "no dated job found: add the jobs by hand")
    return draft


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """A date range cut at the line's end ('..., 2004 –' / '2007') put back on one line, so
    its end is not lost and its start not read as an end."""
    out: list[Line] = []
    for line in lines:
        if out and wrapped_range(out[-1].text, line.text) and not _apart(out[-1], line):
            out[-1] = Line(f"{out[-1].text} {line.text}", out[-1].where, out[-1].heading)
            continue
        above, below = out[-1].text.split(" | ", 1) if out and " | " in out[-1].text else ("", "")
        cell, sep, rest = line.text.partition(" | ")
        if above and sep and wrapped_range(above, cell):
            # a table's dates cell cut in two: "Jan 2018 – | Programme Manager" over "Dec 2020 | UNDP, Monrovia"
            out[-1] = Line(f"{above} {cell} | {below}", out[-1].where, out[-1].heading)
            out.append(Line(rest, line.where, line.heading, line.level))
            continue
        out.append(line)
    return out


def _apart(above: Line, line: Line) -> bool:
    """Two Word paragraphs are never one line cut by the page's width ("Intern, 2014 –" over "2016 Consultant")."""
    return above.where != line.where and above.where.startswith("paragraph") and line.where.startswith("paragraph")


def _jobs(draft: Draft, lines: list[Line], order: str | None) -> None:
    lines = dated_items(lines, order)
    for job in read_jobs(lines, order):
        source = where(job.lines)
        label = job.title or "a job"
        span = job.span
        if not job.title:
            draft.review(f"experience ({source})", f"dates {span.text!r} with no title found; not drafted")
            continue
        if is_career_break(" ".join(job.header)):
            draft.review(
                f"experience ({source})", f"{label!r} ({span.text!r}) reads as a break, not a post; not drafted"
            )
            continue
        entry = {
            "title": job.title,
            "employer": job.employer,
            "country": job.country,
            "countries_worked_with": countries_worked_with(job),
            "start": span.start,
            "end": span.end,
            "ongoing": True if span.ongoing else None,
            "fraction": job.fraction,
            "description": "\n".join(job.description),
        }
        if span.ambiguous:
            where_ = f"experience ({label}, {source})"
            draft.review(where_, f"dates {span.text!r}: {span.ambiguous}; not drafted: add the job with its dates")
            if span.start and not span.end:  # a start with no end: probed as if it were current
                draft.withhold(where_, "experience", {**entry, "ongoing": True}, source, "end not stated")
            continue
        anchor = next((line.text for line in job.lines if span.text in line.text), span.text)
        spans = {"dates": anchor, "place": "\n".join([*job.header, job.inherited]), "body": job.clauses}
        path = draft.add("experience", entry, source, MEDIUM, Experience, spans=spans)
        if path and len(span.start or "") == 4:
            draft.review(
                path,
                f"{span.text!r}: years only, kept as years (a start year counts from January, "
                "an end year to December); give the months if you know them",
            )


def _studies(draft: Draft, lines: list[Line], order: str | None, today: date) -> None:
    for study in read_studies(lines, order):
        source = where(study.lines)
        degree = study.degree or ""
        level = degree_level(degree)
        entry = {
            "title": degree,
            "institution": study.institution,
            "field": field_of(degree),
            "level": level,
            "years": years_stated(study),
            "completed": completion(study, today),
            "start": study.span.start if study.span and not study.span.ambiguous else None,
            "end": study.span.end if study.span and not study.span.ambiguous else None,
        }
        if level is None:
            note = f"{degree!r}: the name does not make the ISCED level clear; level left not stated"
            if not _allowed(Education, entry):
                draft.review(f"education ({source})", note + "; not drafted (the profile needs a level): add it")
                continue
            draft.review(f"education ({source})", note)
        if entry["completed"] is None:
            draft.review(f"education ({degree}, {source})", "completion not stated")
        text = "\n".join(line.text for line in study.lines)
        draft.add("education", entry, source, MEDIUM, Education, spans={"dates": text, "degree": degree or text})


def _allowed(model, entry) -> bool:
    from .draft import accepts

    return accepts(model, {k: v for k, v in entry.items() if v is not None})


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
        if not _allowed(Language, entry):
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
        for (code, _, _), piece, start in zip(names, pieces, starts, strict=True):
            # "Mother tongue: Arabic, English (fluent)": English says its own level, the label is Arabic's
            mother = _under_mother_label(low[:start], starts[0]) and not _level_words(piece.strip(" ,:–—-"))
            mother = mother or (pending and code == names[0][0] and not _level_words(piece.strip(" ,:–—-")))
            out.append((code, piece + (" mother tongue" if mother else ""), [line]))
        pending = False
    return out


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
    from ..profile_tools.jsonresume import fluency_level

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


def fold_keep(text: str) -> str:
    from .dates import _fold_keep

    return _fold_keep(text)
