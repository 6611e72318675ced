"""The drafter's patterns, read once from matcher/authoring/data/draft_patterns.yaml and compiled.

Everything the drafter recognises (headings, cue words, number and month words,
fact labels) lives in that data file; this module only turns it into regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import reference

_FLAGS = re.IGNORECASE


# What stands between a degree and the level that qualifies it ("diplôme universitaire de niveau
# master", "university degree (master's)", "degree at master's level").
# What joins a degree to the level that qualifies it: "diplôme universitaire de niveau master",
# "diplôme d'études supérieures, de niveau master", "formation universitaire équivalant à un bac+5".
_QUALIFIER_GAP = (
    r"\s*,?\s*(?:(?:de|au|du)\s+niveau(?:\s+d[eu'])?|at (?:the )?level of|at|of|de|d'|\(|"
    r"(?:équivalant|équivalent|correspondant|equivalent|corresponding)\s+(?:à|to)(?:\s+(?:un|une|an?))?)?\s*"
)


def _any(patterns: list[str], flags: int = _FLAGS) -> re.Pattern[str]:
    """One regex matching any of `patterns` (never matching when the list is empty)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)


@dataclass(frozen=True)
class Heading:
    type: str
    importance: str | None
    keywords: re.Pattern[str]
    full: re.Pattern[str]


class Patterns:
    """Compiled view of draft_patterns.yaml."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        # Keywords match from the start of a word: "formation" is not found inside "INFORMATION".
        self.headings = [
            Heading(
                s["type"],
                s.get("importance"),
                _any([rf"(?<!\w){k}" for k in s.get("keywords", [])]),
                re.compile(r"(?:{})\s*[:,]?".format("|".join(s.get("full", []))) or "(?!x)x", _FLAGS),
            )
            for s in data["sections"]
        ]
        self.importance_cells = {
            k: re.compile(r"(?:{})\s*[.:]?".format("|".join(v)), _FLAGS) for k, v in data["importance_cells"].items()
        }
        self.ignore = _any(data["ignore_lines"])
        self.bullet = re.compile(data["bullet"])
        self.abbreviations = frozenset(a.lower() for a in data["abbreviations"])
        self.fact_labels = {k: re.compile("(?:{})".format("|".join(v)), _FLAGS) for k, v in data["facts"].items()}
        self.empty_value = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(data["empty_values"])), _FLAGS)
        self.number_patterns = [re.compile(p, _FLAGS) for p in data["number_patterns"]]
        self.organizations = list(data["organizations"])
        self.secondment = _any(data["secondment"])
        self.secondment_title = _any(data["secondment_title"])
        self.serving_official = _any(data["serving_official"])
        self.proof = _any(data["proof_of_employment"])
        self.steps = _any(data["application_steps"])
        self.language_words = {k: frozenset(v) for k, v in data["language_words"].items()}
        self.importance_cues = [(k, _any(v)) for k, v in data["importance_cues"].items()]
        self.substitution = _any(data["substitution"])
        self.equivalent_experience = _any(data["equivalent_experience"])
        self.education_cues = _any(data["education_cues"])
        self.experience_cues = _any(data["experience_cues"])
        self.ability_cues = _any(data["ability_cues"])
        self.software = _any(data["software_cues"])
        self.education_levels = sorted(
            ((re.compile(rf"\b(?:{p})(?!\w)", _FLAGS), lvl) for p, lvl in data["education_levels"].items()),
            key=lambda x: -len(x[0].pattern),
        )
        field = data["education_field"]
        self.field_start = _any(field["start"])
        self.field_stop = _any(field["stop"])
        self.field_drop = _any(field["drop"])
        self.field_vague = _any(field["vague"])
        self.field_equivalent = _any(field["equivalent"])
        self.numbers = {w.lower(): n for table in data["numbers"].values() for w, n in table.items()}
        words = sorted(self.numbers, key=len, reverse=True)
        num = r"\d+(?:[.,]\d+)?|" + "|".join(re.escape(w) for w in words)
        self.years = re.compile(data["years_pattern"].replace("{num}", num), _FLAGS)
        self.number_word = re.compile(rf"\b({num})\b", _FLAGS)
        self.months_span = re.compile(
            rf"\b({num})(?:\s*\(\d+\))?[\s-]+(?:(?:full|additional|further)\s+)?(?:months?|mois)\b", _FLAGS
        )
        self.months = {w.lower(): n for table in data["months"].values() for w, n in table.items()}
        self.day_first = bool(data["numeric_dates_day_first"])
        self.duration_units = {k: _any(v) for k, v in data["duration_units"].items()}
        self.region_names = dict(data["region_names"])
        self.language_skills = {k: _any(v) for k, v in data["language_skills"].items()}
        self.language_stoplist = frozenset(data["language_name_stoplist"])
        self.default_language_level = data["default_language_level"]
        self.language_all = _any(data["language_all"])
        self.language_any = _any(data["language_any"])
        self.employer_types = {k: _any(v) for k, v in data["employer_types"].items()}
        self.sector_categories = frozenset(data["sector_categories"])
        self.illustrative = _any(data["illustrative_cues"])
        self.contract_secondment = data["secondment_contract_type"]
        self.secondment_members = dict(data["secondment_members"])
        self.experience_part = _any(data["experience_part"])
        self.language_aliases = dict(data["language_aliases"])
        self.region_exclusions = _any(data["region_exclusions"])
        self.region_context = _any(data["region_context"])
        nat = data["nationality"]
        self.nationality_cue = _any(nat["cue"])
        self.nationality_members = {k: _any(v, 0) for k, v in nat["members"].items()}
        self.nationality_unlisted = {k: _any(v, 0) for k, v in nat.get("unlisted", {}).items()}
        self.permanent_residents = _any(nat["permanent_residents"])
        self.nationality_exclusion = _any(data["nationality_exclusion"])
        self.duty_station = _any(data["duty_station_words"])
        self.employer_tenure = _any(data["employer_tenure"])
        self.grade = re.compile(data["grade_pattern"])
        # a grade glued to its label in a copy ("GradeA.2 / NATO Grade G15")
        self.grade_after_label = re.compile(r"(?i:grade)\s*:?\s*" + data["grade_pattern"].removeprefix(r"\b"))
        self.duration_prose = re.compile(data["duration_prose"].replace("{num}", num), _FLAGS)
        self.duration_noun = re.compile(data["duration_noun"].replace("{num}", num), _FLAGS)
        self.duration_title = re.compile(data["duration_title"].replace("{num}", num), _FLAGS)
        self.duration_units_any = re.compile(rf"\b(?:{num})[\s-]*(?:months?|mois|years?|ans|années?)\b", _FLAGS)
        self.prose_requirement = _any(data["prose_requirement"])
        self.country_aliases = dict(data["country_aliases"])
        self.conditional = _any(data["conditional_cues"])
        self.lead_in = _any(data["lead_in"])
        self.personal = _any(data["personal_conditions"])
        self.vocational_education = _any(data["vocational_education"])
        self.enrolment = _any(data["enrolment_cues"])
        self.not_requirement = _any(data["not_requirements"])
        self.requirement_start = _any([rf"^\W*(?:{p})" for p in data["requirement_starts"]])
        self.statements = {k: _any(v) for k, v in data["statements"].items()}

    def education_level(self, text: str) -> int | None:
        """The ISCED level an education phrase asks: the first level named, or the lowest when
        the levels named are alternatives ("a degree (bachelor or master)", "a diploma or a
        secondary school certificate")."""
        found: list[tuple[int, int, int]] = []
        for pattern, level in self.education_levels:  # longest phrase first: "first-level university degree"
            for m in pattern.finditer(text):
                if not any(m.start() < e and s < m.end() for s, e, _ in found):
                    found.append((m.start(), m.end(), level))
        if not found:
            return None
        found.sort()
        between = [text[a[1] : b[0]] for a, b in zip(found, found[1:], strict=False)]
        if any(re.search(r"\b(?:or|ou)\b", gap, re.IGNORECASE) for gap in between):
            return min(level for _, _, level in found)
        if (
            between
            and all(re.fullmatch(r"\s*,\s*", gap) for gap in between)
            and re.match(r"\s*,?\s*(?:or|ou)\b", text[found[-1][1] :], re.IGNORECASE)
        ):  # "Doctorat, DEA, DESS ou diplômes reconnus équivalents": a list of alternatives
            return min(level for _, _, level in found)
        if between and re.fullmatch(_QUALIFIER_GAP, between[0], re.IGNORECASE):
            return max(found[0][2], found[1][2])  # "diplôme universitaire de niveau master": the level qualifies it
        return found[0][2]

    def number(self, word: str) -> float | None:
        """'three' -> 3, '3' -> 3, 'trois' -> 3, '2,5' -> 2.5."""
        word = word.lower()
        if word in self.numbers:
            return float(self.numbers[word])
        try:
            return float(word.replace(",", "."))
        except ValueError:
            return None

    def is_label(self, cell: str) -> bool:
        """A heading or fact label, e.g. the first cell of a table row."""
        bare = cell.rstrip(":").strip()
        return any(h.full.fullmatch(bare) for h in self.headings) or any(
            p.fullmatch(bare) for p in self.fact_labels.values()
        )

    def is_importance(self, cell: str) -> bool:
        return any(p.fullmatch(cell) for p in self.importance_cells.values())

    def importance(self, text: str) -> str | None:
        """The importance a sentence states with its own words, if any. "preferably ..." after the
        start qualifies a part ("a degree, preferably in law"), not the requirement."""
        text = _QUALIFIER.sub("", text)
        for level, pattern in self.importance_cues:
            if pattern.search(text):
                return level
        return None


# "..., preferably with a specialisation in X" / "(preferably in history)": up to the clause's end.
_QUALIFIER = re.compile(
    r"(?<=\S)[\s,(]+(?:and |or )?(?:preferably|ideally|de préférence|idéalement)\b[^;.)]*\)?", re.IGNORECASE
)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    return Patterns(reference.load_data("draft_patterns", "matcher.authoring"))
