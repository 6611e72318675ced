"""`matcher rules draft`: a notice's text -> a first rules file, and what to review.

The steps: read and regularise the text (text.py), find the requirement items
(sections.py), read the facts (facts.py), turn each requirement sentence into
entries (requirements.py, languages.py), join substitution clauses into `any_of`,
then give ids and labels, render YAML and validate it (writer.py).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models.rules import RulesFile
from .alternatives import substitution_entry
from .categorize import categorizer
from .confidence import annotate
from .eligibility import nationality_entries, tenure_entry
from .facts import notice_facts
from .found_elsewhere import OBLIGATION_START, listed_items, obligation_items, prose_items, stray_items
from .languages import find_languages
from .patterns import Patterns, patterns
from .requirements import collapse_grade_rows, sentence_entries
from .sections import Item, requirement_items
from .subjects import Entry, education_entry
from .text import lines, read_notice, sentences
from .values import years
from .writer import add_labels, assign_ids, encodable, render, validate


@dataclass
class Draft:
    text: str  # the rules file (YAML)
    rules: RulesFile  # the same, validated
    reviews: int  # how many things are marked for review
    language: str  # of the notice: en | fr
    categorizer: str  # nlp | phrases
    placeholders: frozenset[str] = frozenset()  # notice fields filled with a placeholder (not stated)


def notice_language(text: str, pats: Patterns) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(w in cues for w in words) for lang, cues in pats.language_words.items()}
    return max(scores, key=lambda lang: scores[lang])


def _base_years(entries: list[Entry]) -> float | None:
    """The most years of experience a required rule asks (what 'additional years' add to)."""
    found = [e.get("min_years") for e in entries if e["kind"] == "experience" and e.get("importance") == "required"]
    found += [
        c.get("min_years")
        for e in entries
        if e["kind"] == "all_of" and e.get("importance") == "required"
        for c in e["children"]
        if c["kind"] == "experience"
    ]
    years_asked = [float(n) for n in found if n]
    return max(years_asked) if years_asked else None


def _substitute(
    entries: list[Entry],
    education: list[tuple[int, Item, str]],
    item: Item,
    sentence: str,
    lang: str,
    pats: Patterns,
    alternative: str | None = None,
) -> None:
    """Experience instead of education: any_of(education, experience) in the education's place,
    never a rule of its own beside the education (that would turn an OR into an AND).
    `alternative`: the part of the sentence that states the alternative, when the sentence
    also names the degree it replaces."""
    experience = substitution_entry(sentence, item, lang, pats, _base_years(entries), alternative)
    experience.pop("importance", None)
    same = [e for e in education if e[1] is item]
    rival = [  # "2 years with a police force. Holders of a degree with 2 years in security will also be considered"
        i
        for i, e in enumerate(entries)
        if _experience_rule(e) and e.get("source") != sentence and e.get("source", "") in item.text
    ]
    if not same and rival and pats.education_cues.search(alternative or sentence):
        base = entries[rival[-1]]
        entries[rival[-1]] = {
            "kind": "any_of",
            "importance": base["importance"],
            "source": sentence,
            "children": [{k: v for k, v in base.items() if k != "importance"}, experience],
            "cue": experience.get("cue"),
            "review": "a degree with experience offered instead of the experience before it: check the alternative",
        }
        return
    before = [e for e in education if e[1].line <= item.line]
    candidates = same or before or education
    if not candidates:  # nothing to be an alternative to: never a required rule of its own (an OR is not an AND)
        entries.append(
            {
                "kind": "assessed",
                "importance": "required",
                "source": sentence,
                "confidence": 0.3,
                "cue": experience.get("cue"),
                "review": "an alternative to an education requirement "
                "that was not found: write any_of[the education, this alternative]",
            }
        )
        return
    slot = candidates[-1]
    index, edu_item, edu_sentence = slot
    edu = entries[index]
    source = sentence
    if edu_item is item:  # both in one bullet: quote the two sentences together
        start, end = item.text.find(edu_sentence), item.text.find(sentence) + len(sentence)
        if 0 <= start < end:
            source = item.text[start:end]
    importance = pats.importance(sentence)
    choice = {
        "kind": "any_of",
        "importance": importance if importance in ("asset", "strong_asset") else "required",
        "source": source,
        "children": [{k: v for k, v in edu.items() if k != "importance"}, experience],
        "cue": experience.get("cue"),
    }
    entries[index] = choice
    if edu["importance"] != "required":  # desirable education still scores as an asset
        entries.insert(index + 1, edu)
        for i, slot_ in enumerate(education):
            if slot_[0] > index:
                education[i] = (slot_[0] + 1, slot_[1], slot_[2])
    education.remove(slot)


def _experience_rule(entry: Entry) -> bool:
    """An experience rule, or routes of experience (any_of of experience rules)."""
    if entry.get("kind") == "any_of":
        return all(c.get("kind") == "experience" for c in entry.get("children", []))
    return entry.get("kind") == "experience"


_OFFICIALS = re.compile(
    r"officials?|fonctionnaires?|agents?|policiers?|civil servants?|public administration|"
    r"national administration|law enforcement|employed by",
    re.IGNORECASE,
)


def secondment_entry(sentence: str, organization: str, pats: Patterns) -> Entry:
    if not _OFFICIALS.search(sentence):  # "open for secondment only": the State nominates, no official status asked
        return {
            "kind": "assessed",
            "importance": "required",
            "source": sentence,
            "confidence": 0.5,
            "cue": "secondment only",
            "review": "secondment only: candidates are nominated by their State; "
            "not a current-official rule. Add a nationality rule if the notice limits who may be nominated",
        }
    entry: Entry = {"kind": "secondment", "importance": "required", "source": sentence}
    members = next((v for k, v in pats.secondment_members.items() if k.lower() == organization.lower()), None)
    if members is None:
        entry["review"] = f"no member-country list for {organization}: INTERPOL's is used; check who may apply"
    elif members != "interpol_members":
        entry["member_countries"] = members
    return entry


def _eligibility(sentence: str, importance: str, location: str | None, pats: Patterns) -> list[Entry]:
    found = nationality_entries(sentence, importance, location, pats)
    tenure = tenure_entry(sentence, importance, pats)
    return found + ([tenure] if tenure else [])


def requirement_entries(
    items: list[Item],
    secondment: str | None,
    organization: str,
    lang: str,
    pats: Patterns,
    all_sentences: list[str] | None = None,
    location: str | None = None,
) -> list[Entry]:
    entries: list[Entry] = []
    if secondment:
        entries.append(secondment_entry(secondment, organization, pats))
    education: list[tuple[int, Item, str]] = []
    substitutions: list[tuple[Item, str, str | None]] = []
    seen: set[str] = {secondment} if secondment else set()
    for item in items:
        first = len(entries)
        for sentence in item.sentences:
            seen.add(sentence)
            if _not_requirement(sentence, pats):  # "The Group shall promote equal opportunities"
                continue
            if pats.substitution.search(sentence) and not _names_qualification(sentence, pats):
                continue  # "Applicants from developing countries may also be considered": a possibility
            if pats.substitution.search(sentence):  # before any split: the alternative and its degree go together
                main, alternative = _main_degree(sentence, pats)
                if main:  # "An advanced degree in X; a first-level degree with two additional years ..."
                    education.append((len(entries), item, sentence))
                    entries.append(main)
                substitutions.append((item, sentence, alternative))
                continue
            clauses = _clauses(sentence, pats)
            if clauses:  # "must be a citizen of ...; hold a degree ...; have at least 12 years ..."
                for clause in clauses:
                    found = _eligibility(
                        clause, pats.importance(clause) or item.importance or "required", location, pats
                    ) or sentence_entries(clause, item, lang, pats)
                    for entry in found:
                        _quote(entry, sentence)
                        if entry["kind"] == "education":
                            education.append((len(entries), item, sentence))
                        entries.append(entry)
                continue
            eligibility = _eligibility(
                sentence, pats.importance(sentence) or item.importance or "required", location, pats
            )
            if eligibility:
                entries.extend(eligibility)
                if not _kinds_named(sentence, pats) - {"nationality"}:
                    continue
                # "3 years' experience in X ... Nationals of the duty station are not eligible": the rest too
                for entry in sentence_entries(sentence, item, lang, pats):
                    if entry["kind"] != "assessed":
                        entries.append(entry)
                continue
            for entry in sentence_entries(sentence, item, lang, pats):
                if entry["kind"] == "education":
                    education.append((len(entries), item, sentence))
                entries.append(entry)
        if len(item.sentences) > len(sentences(item.text, pats)):  # a run-on line was split into its items
            _merge_assessed(entries, first, item.text)
    for sentence in all_sentences or []:  # "open to nationals of ..." in the procedure text
        if sentence not in seen:
            seen.add(sentence)
            entries.extend(_eligibility(sentence, "required", location, pats))
    for item, sentence, alternative in substitutions:
        _substitute(entries, education, item, sentence, lang, pats, alternative)
    entries[:] = collapse_grade_rows(entries)
    for entry in entries:
        annotate(entry, pats)
    return entries


def _names_qualification(sentence: str, pats: Patterns) -> bool:
    """A degree, experience or years: what a substitution clause offers instead of the degree."""
    return bool(
        pats.education_cues.search(sentence)
        or pats.experience_cues.search(sentence)
        or pats.years.search(sentence)
        or pats.education_level(sentence) is not None
    )


def _not_requirement(sentence: str, pats: Patterns) -> bool:
    """About the organization or the procedure, an application step ("must attach a copy"), a
    line that introduces a list ("... the following criteria:"), or a one-word fragment (a
    language alone is a table cell's requirement: "English")."""
    return bool(
        pats.not_requirement.search(sentence)
        or pats.steps.search(sentence)
        or sentence.rstrip().endswith(":")
        or (len(re.findall(r"[^\W\d_]{2,}", sentence)) < 2 and not find_languages(sentence))  # "It" (cut)
    )


def _merge_assessed(entries: list[Entry], first: int, line: str) -> None:
    """The `assessed` pieces of one run-on line are one assessed rule quoting the line (a list of
    what the interview assesses); pieces of another kind keep their own rule."""
    pieces = [
        i for i in range(first, len(entries)) if entries[i]["kind"] == "assessed" and entries[i]["source"] in line
    ]
    if len(pieces) < 2:
        return
    keep = entries[pieces[0]]
    keep["source"] = line
    keep["review"] = "; ".join(dict.fromkeys(filter(None, (entries[i].get("review") for i in pieces)))) or None
    for i in reversed(pieces[1:]):
        del entries[i]


def _kinds_named(text: str, pats: Patterns) -> set[str]:
    found = set()
    if pats.nationality_cue.search(text):
        found.add("nationality")
    if pats.education_cues.search(text) or any(p.search(text) for p, _ in pats.education_levels):
        found.add("education")
    if pats.experience_cues.search(text) and years(text, pats):
        found.add("experience")
    return found


def _clauses(sentence: str, pats: Patterns) -> list[str]:
    """The ';'-separated clauses of a sentence that states several kinds of requirement, else []."""
    parts = [p.strip() for p in re.split(r";\s*(?:and\s+|et\s+)?", sentence) if len(p.split()) >= 3]
    if len(parts) < 2 or re.search(r"\b(?:soit|either)\b|;\s*(?:or|ou)\b", sentence, re.IGNORECASE):  # routes
        return []
    if len(parts) >= 3 and sum(1 for p in parts[1:] if OBLIGATION_START.match(p)) >= len(parts) - 2:
        return parts  # "il faut être ressortissant ... ; être étudiant ... ; parler couramment ...": a list
    kinds = [_kinds_named(p, pats) for p in parts]
    if sum(1 for k in kinds if k) < 2 or len(set().union(*kinds)) < 2:
        return []
    return parts


def _quote(entry: Entry, sentence: str) -> None:
    """A clause's rules quote the whole sentence (a clause alone is not a sentence of the notice)."""
    entry["source"] = sentence
    for child in entry.get("children", []):
        _quote(child, sentence)


_ALTERNATIVE = re.compile(
    r"(?:\b(?:or|ou)\b|;|,)\s*(?:(?:alternatively|otherwise|à défaut)\s*,?\s*)?(?:an?\s+|une?\s+)?"
    r"(?=(?:first[- ]level|bachelor|licence|(?:completed\s+)?(?:university\s+)?degree|diplôme)[^.;]*?"
    r"\b(?:with|combined|in combination|additional|supplémentaires?|plus|and)\b)",
    re.IGNORECASE,
)


def _main_degree(sentence: str, pats: Patterns) -> tuple[Entry | None, str | None]:
    """The degree a substitution sentence names before its alternative ("... or a first-level ...",
    "...; a first-level university degree in combination with ..."), and the alternative's text."""
    for alt in _ALTERNATIVE.finditer(sentence):
        head = sentence[: alt.start()]
        level = pats.education_level(head)
        if level is None:
            continue
        entry = education_entry(head, "required", pats)
        entry["source"] = sentence
        entry["min_level"] = level
        entry.pop("min_years", None)
        return entry, sentence[alt.end() :]
    return None, None


STDIN_SOURCE_REVIEW = (
    "the notice came from standard input: save its text at this path (relative to the rules file) "
    "or change the path, then run `matcher rules coverage`"
)


def draft_rules(
    notice: str | Path, output: str | Path | None = None, rules_id: str | None = None, *, text: str | None = None
) -> Draft:
    """Draft a rules file for the notice at `notice` (to be written at `output`, if given).

    `source_file` is the notice's path relative to the output's folder; the id is
    `rules_id`, else the output file's name, else organization + notice number.
    `text`: the notice's text when it has no file (standard input, named `notice`):
    `source_file` is then `notices/<id>.txt`, with a review note to save the text there.
    """
    pats = patterns()
    notice = Path(notice)
    from_stdin = text is not None
    if text is None:
        text = read_notice(notice)
    notice_lines = lines(text, pats)
    lang = notice_language(text, pats)
    items = requirement_items(notice_lines, pats)
    if items:  # and the requirement sentences of the prose around the sections
        items = items + stray_items(notice_lines, items, pats)
    else:
        items = prose_items(notice_lines, pats) or listed_items(notice_lines, pats)
    items = sorted(items + obligation_items(notice_lines, items, pats), key=lambda item: item.line)
    base = Path(output).resolve().parent if output and str(output) != "-" else Path.cwd()
    source_file = "" if from_stdin else Path(os.path.relpath(notice.resolve(), base)).as_posix()
    if rules_id is None and output and str(output) != "-":
        rules_id = re.sub(r"[^a-z0-9-]+", "-", Path(output).stem.lower()).strip("-") or None
    facts = notice_facts(text, notice_lines, rules_id, source_file, pats)
    if from_stdin:
        facts.values["source_file"] = f"notices/{facts.values['id']}.txt"
        facts.reviews["source_file"] = STDIN_SOURCE_REVIEW
    entries = requirement_entries(
        items,
        facts.secondment_sentence,
        facts.values["organization"],
        lang,
        pats,
        facts.all_sentences,
        facts.values["location"],
    )
    if not entries:
        raise InputError(
            "no requirements found: expected headings such as 'Requirements', 'Education', "
            "'Experience', 'Languages' followed by the requirements",
            file=notice,
        )
    entries = [encodable(entry) for entry in entries]
    assign_ids(entries)
    for entry in entries:
        add_labels(entry)
    yaml_text = render(facts.values, facts.reviews, entries, notice.name)
    rules = validate(yaml_text, str(output or "<draft>"))
    reviews = len(facts.reviews) + sum(1 for req in rules.all_requirements() if req.review)
    return Draft(yaml_text, rules, reviews, lang, categorizer()[1], frozenset(facts.placeholders))
