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
from .categorize import categorizer
from .facts import notice_facts
from .patterns import Patterns, patterns
from .requirements import Entry, sentence_entries, substitution_entry
from .sections import Item, requirement_items
from .text import lines, read_notice
from .writer import add_labels, assign_ids, render, validate


@dataclass
class Draft:
    text: str  # the rules file (YAML)
    rules: RulesFile  # the same, validated
    reviews: int  # how many things are marked for review
    language: str  # of the notice: en | fr
    categorizer: str  # nlp | phrases


def notice_language(text: str, pats: Patterns) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(w in cues for w in words) for lang, cues in pats.language_words.items()}
    return max(scores, key=lambda lang: scores[lang])


def _substitute(entries: list[Entry], education: list[tuple[int, Item, str]], item: Item, sentence: str,
                lang: str, pats: Patterns) -> None:
    """Experience instead of education: any_of(education, experience) in the education's place."""
    experience = substitution_entry(sentence, item, lang, pats)
    experience.pop("importance", None)
    same = [e for e in education if e[1] is item]
    before = [e for e in education if e[1].line <= item.line]
    slot = (same or before or education or [None])[-1]
    if slot is None:
        experience["importance"] = "required"
        experience["review"] = "experience instead of education, but no education requirement was found"
        entries.append(experience)
        return
    index, edu_item, edu_sentence = slot
    edu = entries[index]
    source = sentence
    if edu_item is item:  # both in one bullet: quote the two sentences together
        start, end = item.text.find(edu_sentence), item.text.find(sentence) + len(sentence)
        if 0 <= start < end:
            source = item.text[start:end]
    importance = pats.importance(sentence)
    choice = {"kind": "any_of", "importance": importance if importance in ("asset", "strong_asset") else "required",
              "source": source, "children": [{k: v for k, v in edu.items() if k != "importance"}, experience]}
    entries[index] = choice
    if edu["importance"] != "required":  # desirable education still scores as an asset
        entries.insert(index + 1, edu)
        for i, slot_ in enumerate(education):
            if slot_[0] > index:
                education[i] = (slot_[0] + 1, slot_[1], slot_[2])
    education.remove(slot)


def secondment_entry(sentence: str, organization: str, pats: Patterns) -> Entry:
    entry: Entry = {"kind": "secondment", "importance": "required", "source": sentence}
    members = next((v for k, v in pats.secondment_members.items() if k.lower() == organization.lower()), None)
    if members is None:
        entry["review"] = f"no member-country list for {organization}: INTERPOL's is used; check who may apply"
    elif members != "interpol_members":
        entry["member_countries"] = members
    return entry


def requirement_entries(items: list[Item], secondment: str | None, organization: str, lang: str,
                        pats: Patterns) -> list[Entry]:
    entries: list[Entry] = []
    if secondment:
        entries.append(secondment_entry(secondment, organization, pats))
    education: list[tuple[int, Item, str]] = []
    substitutions: list[tuple[Item, str]] = []
    for item in items:
        for sentence in item.sentences:
            if pats.substitution.search(sentence):
                substitutions.append((item, sentence))
                continue
            for entry in sentence_entries(sentence, item, lang, pats):
                if entry["kind"] == "education":
                    education.append((len(entries), item, sentence))
                entries.append(entry)
    for item, sentence in substitutions:
        _substitute(entries, education, item, sentence, lang, pats)
    return entries


def draft_rules(notice: str | Path, output: str | Path | None = None, rules_id: str | None = None) -> Draft:
    """Draft a rules file for the notice at `notice` (to be written at `output`, if given).

    `source_file` is the notice's path relative to the output's folder; the id is
    `rules_id`, else the output file's name, else organization + notice number.
    """
    pats = patterns()
    notice = Path(notice)
    text = read_notice(notice)
    notice_lines = lines(text, pats)
    lang = notice_language(text, pats)
    items = requirement_items(notice_lines, pats)
    base = Path(output).resolve().parent if output and str(output) != "-" else Path.cwd()
    source_file = Path(os.path.relpath(notice.resolve(), base)).as_posix()
    if rules_id is None and output and str(output) != "-":
        rules_id = re.sub(r"[^a-z0-9-]+", "-", Path(output).stem.lower()).strip("-") or None
    facts = notice_facts(text, notice_lines, rules_id, source_file, pats)
    entries = requirement_entries(items, facts.secondment_sentence, facts.values["organization"], lang, pats)
    if not entries:
        raise InputError("no requirements found: expected headings such as 'Requirements', 'Education', "
                         "'Experience', 'Languages' followed by the requirements", file=notice)
    assign_ids(entries)
    for entry in entries:
        add_labels(entry)
    yaml_text = render(facts.values, facts.reviews, entries, notice.name)
    rules = validate(yaml_text, str(output or "<draft>"))
    reviews = len(facts.reviews) + sum(1 for req in rules.all_requirements() if req.review)
    return Draft(yaml_text, rules, reviews, lang, categorizer()[1])

