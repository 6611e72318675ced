"""`matcher rules draft`: a notice's text -> a first rules file, and what to review.

The steps: read and regularise the text (text.py), find the requirement items
(sections.py), read the facts (facts.py), turn each requirement sentence into
entries (requirements.py, languages.py), join substitution clauses into `any_of`
(routes.py; years that depend on the degree: degree_years.py; routes on adjacent
lines: adjacent_routes.py), check that no alternative is left as an AND (alternative_guard.py),
then give ids and labels, render YAML and validate it (writer.py).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..models.rules import RulesFile
from .adjacent_routes import join_degree_routes, join_profile_routes
from .alternative_guard import guard_alternatives
from .asides import EXPLAINS, aside_entry, describes, split_asides
from .categorize import categorizer
from .confidence import annotate
from .country_languages import country_language_entries, notice_country
from .degree_years import attach_degree_years, degree_years
from .eligibility import nationality_entries, tenure_entry
from .facts import notice_facts
from .fallback import CUT, at_cut, cut_tail, placeholder, without_heading
from .found_elsewhere import OBLIGATION_START, listed_items, obligation_items, prose_items, stray_items
from .grade_rows import collapse_grade_rows
from .grade_tables import grade_table_entries
from .language_names import find_languages
from .listed_routes import listed_routes, or_line_routes
from .patterns import Patterns, patterns
from .repeated import once
from .requirements import sentence_entries
from .routes import main_degree, split_substitution, substitute
from .secondment import secondment_entries
from .sections import Item, requirement_items
from .subjects import Entry
from .text import lines, read_notice, sentences
from .values import years
from .writer import add_labels, assign_ids, encodable, render, validate
from .years_tables import years_table_entries


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


def _eligibility(
    sentence: str, importance: str, location: str | None, pats: Patterns, organization: str | None = None
) -> list[Entry]:
    found = nationality_entries(sentence, importance, location, pats, organization)
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
    country: str | None = None,
) -> list[Entry]:
    """The rules of the requirement items; `country`: the one the notice is about, for the languages
    it names by a collective phrase ("the three administrative languages")."""
    entries: list[Entry] = []
    if secondment:
        entries.extend(secondment_entries(secondment, organization, pats))
    education: list[tuple[int, Item, str]] = []
    substitutions: list[tuple[Item, str, str | None]] = []
    seen: set[str] = {secondment} if secondment else set()
    for item in items:
        first = len(entries)
        for sentence in item.sentences:
            seen.add(sentence)
            named = country_language_entries(
                sentence, pats.importance(sentence) or item.importance or "required", country
            )
            if named:  # "provide evidence of knowledge of the three administrative languages"
                entries.extend(named)
                continue
            if _not_requirement(sentence, pats):  # "The Group shall promote equal opportunities"
                continue
            statement = describes(sentence, pats)
            if statement and sentence != secondment:  # "The selected candidate will draft ...": a duty
                entries.append(aside_entry(sentence, statement))
                continue
            if sentence == secondment:  # its rule is the secondment one; a tenure in it still counts
                entries.extend(
                    e
                    for e in _eligibility(sentence, "required", location, pats, organization)
                    if e["kind"] != "nationality"
                )
                continue
            if pats.substitution.search(sentence) and not _names_qualification(sentence, pats):
                continue  # "Applicants from developing countries may also be considered": a possibility
            if pats.substitution.search(sentence):  # before any split: the alternative and its degree go together
                split = split_substitution(sentence, pats)
                if split:  # "six years of experience ...; exceptionally, ten years may replace the degree"
                    entries.extend(sentence_entries(split[0], item, lang, pats))  # quoting its clause
                    substitutions.append((item, sentence, split[1]))
                    continue
                main, alternative = main_degree(sentence, pats)
                if main:  # "An advanced degree in X; a first-level degree with two additional years ..."
                    education.append((len(entries), item, sentence))
                    entries.append(main)
                substitutions.append((item, sentence, alternative))
                continue
            clauses = _clauses(sentence, pats)
            if clauses:  # "must be a citizen of ...; hold a degree ...; have at least 12 years ..."
                for clause in clauses:
                    found = _eligibility(
                        clause, pats.importance(clause) or item.importance or "required", location, pats, organization
                    ) or sentence_entries(clause, item, lang, pats)
                    for entry in found:
                        _quote(entry, sentence)
                        if entry["kind"] == "education":
                            education.append((len(entries), item, sentence))
                        entries.append(entry)
                continue
            eligibility = _eligibility(
                sentence, pats.importance(sentence) or item.importance or "required", location, pats, organization
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
        entries.extend(aside_entry(sentence, EXPLAINS) for sentence in item.asides)
    for sentence in all_sentences or []:  # "open to nationals of ..." in the procedure text
        if sentence not in seen:
            seen.add(sentence)
            entries.extend(_eligibility(sentence, "required", location, pats, organization))
    for item, sentence, alternative in substitutions:
        substitute(entries, education, item, sentence, lang, pats, alternative)
    entries[:], by_degree = degree_years(collapse_grade_rows(entries), lang, pats)
    attach_degree_years(entries, by_degree)
    entries[:] = join_profile_routes(guard_alternatives(join_degree_routes(entries), lang, pats))
    entries[:] = or_line_routes(listed_routes(entries, items), items)
    if secondment:  # "be employed by a national ... authority, or an intergovernmental organisation": the
        # employer the secondment rule names, not a requirement of experience there (years would be one)
        entries[:] = [e for e in entries if not (e is not entries[0] and _employer_only(e, secondment))]
    for entry in entries:
        annotate(entry, pats)
    return entries


def _employer_only(entry: Entry, sentence: str) -> bool:
    return (
        entry["kind"] == "experience"
        and entry.get("source") == sentence
        and not entry.get("min_years")
        and not entry.get("min_months")
    )


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
        or _LEAD_IN_END.search(sentence)  # "The applicants for the post of ... must" (its colon lost)
        or (len(re.findall(r"[^\W\d_]{2,}", sentence)) < 2 and not find_languages(sentence))  # "It" (cut)
    )


_LEAD_IN_END = re.compile(r"\b(?:must|should|shall|will need to|doi(?:t|vent)|devr(?:a|ont))\s*$", re.IGNORECASE)


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
    headed = bool(items)
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
    country = notice_country(text)
    entries = requirement_entries(
        items,
        facts.secondment_sentence,
        facts.values["organization"],
        lang,
        pats,
        facts.all_sentences,
        facts.values["location"],
        country,
    )
    entries = years_table_entries(entries, items, pats)
    entries += [e for e in grade_table_entries(text, pats) if e["source"] not in {x["source"] for x in entries}]
    tail = cut_tail(text, pats)  # an excerpt cut mid-sentence: its last words are no assessed rule
    entries = [aside_entry(e["source"], CUT) if at_cut(e, tail) else e for e in entries]
    if not headed or not entries:  # never stop: read every sentence, keep what is recognised
        org = facts.values["organization"]
        entries = without_heading(
            entries,
            lambda found: requirement_entries(found, None, org, lang, pats, country=country),
            notice_lines,
            pats,
        )
    entries, asides = split_asides(entries)
    entries = entries or [placeholder(notice_lines, pats)]  # only asides: a rules file needs a rule
    entries = once([encodable(entry) for entry in entries])
    assign_ids(entries)
    for entry in entries:
        add_labels(entry)
    yaml_text = render(facts.values, facts.reviews, entries, notice.name, asides)
    rules = validate(yaml_text, str(output or "<draft>"))
    reviews = len(facts.reviews) + len(asides) + sum(1 for req in rules.all_requirements() if req.review)
    return Draft(yaml_text, rules, reviews, lang, categorizer()[1], frozenset(facts.placeholders))
