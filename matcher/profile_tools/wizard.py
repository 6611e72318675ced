"""`matcher profile new`: the questions, in the order a CV is told, and their checks.

The wizard builds plain profile data (what a YAML profile holds); every answer is
checked as it is given, with the same rules the Profile model applies, so the
profile it writes always validates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .. import reference
from ..models.dates import parse_partial
from ..models.profile import CEFR_ORDER
from ..reference.taxonomy import taxonomy
from .lookup import country_code, country_label, country_list, language_code, language_label
from .prompts import Asker

EMPLOYER_TYPES = [
    ("law_enforcement", "police, gendarmerie, customs, border guard"),
    ("government", "a ministry or other public administration"),
    ("international_organization", "e.g. INTERPOL, UN, EU agencies"),
    ("private", "a company"),
    ("ngo", "a non-governmental organization"),
    ("academia", "a university or research institute"),
    ("none", "not employed"),
]
SKILLS = ("listening", "reading", "speaking", "writing")


def _date(answer: str) -> str:
    first, _ = parse_partial(answer)  # ValueError says how to write it
    if first > date.today():
        raise ValueError(f"{answer} is in the future")
    return answer


def _any_date(answer: str) -> str:
    parse_partial(answer)
    return answer


def _end_after(start: str):
    def check(answer: str) -> str:
        if parse_partial(answer)[1] < parse_partial(start)[0]:
            raise ValueError(f"the end {answer} is before the start {start}")
        return answer

    return check


def _number(low: float, high: float, what: str):
    def check(answer: str) -> float:
        text = answer.replace(",", ".").strip()
        try:
            value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
        except ValueError:
            raise ValueError(f"{answer!r} is not a number") from None
        if not low < value <= high:
            raise ValueError(f"{what} must be more than {low:g} and at most {high:g}")
        return int(value) if value == int(value) else value

    return check


def _level(answer: str) -> str:
    level = answer.strip().upper()
    if level not in CEFR_ORDER:
        raise ValueError("give a CEFR level: A1, A2, B1, B2, C1 or C2")
    return level


def _categories(answer: str) -> list[str]:
    known = taxonomy().ids
    ids = [part.strip().lower().replace(" ", "_") for part in answer.split(",") if part.strip()]
    unknown = [c for c in ids if c not in known]
    if unknown:
        raise ValueError(f"unknown category {unknown[0]!r}; choose from the list above")
    return list(dict.fromkeys(ids))


class Wizard:
    """Asks everything a profile holds; `run()` returns the profile data."""

    def __init__(self, asker: Asker | None = None) -> None:
        self.a = asker or Asker()
        self.grid = reference.load_data("cefr_self_assessment", "matcher.profile_tools")

    def run(self) -> dict[str, Any]:
        a = self.a
        a.say("Let's build your candidate profile. Answer each question and press Enter.", "bold")
        a.say("Dates are written YYYY-MM (e.g. 2019-03). Countries and languages may be given by name or ISO code.")
        data: dict[str, Any] = {}
        data["name"] = a.text("Your full name (left out of reports with --blind)", optional=True)
        data["nationality"] = a.ask("Nationality or nationalities (comma-separated)", country_list, optional=True) or []
        data["current_employment"] = self.employment()
        data["education"] = self.repeat("education", "Add a degree or diploma?", self.education)
        data["experience"] = self.repeat("jobs", "Add a job? (your current or most recent first)", self.job)
        data["languages"] = self.repeat("languages", "Add a language?", self.language)
        return {key: value for key, value in data.items() if value not in (None, [], {})}

    def repeat(self, what: str, question: str, ask_one) -> list[dict[str, Any]]:
        a = self.a
        items: list[dict[str, Any]] = []
        a.say(f"\n— {what.capitalize()} —", "bold underline")
        while a.yes_no(
            question if not items else question.replace("Add a", "Add another").split(" (")[0], default=not items
        ):
            items.append(ask_one())
        return items

    def employment(self) -> dict[str, Any]:
        a = self.a
        a.say("\n— Current employment —", "bold underline")
        a.say("Secondment notices are open only to serving law enforcement or government officials.")
        kind = a.choice("Who employs you today? (number)", EMPLOYER_TYPES, optional=True)
        job: dict[str, Any] = {"employer_type": kind}
        if kind != "none":
            job["employer"] = a.text("Employer's name", optional=True)
            job["position"] = a.text("Your position (functional title)", optional=True)
            job["employer_country"] = a.ask("Employer's country", country_code, optional=True)
        return {key: value for key, value in job.items() if value is not None}

    def education(self) -> dict[str, Any]:
        a = self.a
        entry: dict[str, Any] = {"title": a.text("Degree or diploma (e.g. Master of Laws)")}
        entry["institution"] = a.text("University or school", optional=True)
        entry["field"] = a.text("Field of study (e.g. law, forensic science)", optional=True)
        levels = reference.load_data("education_levels")["levels"]
        level = a.choice(
            "Level (ISCED 2011)", [(str(n), levels[n]["label"]) for n in sorted(levels)], numbered=False, optional=True
        )
        entry["level"] = int(level) if level is not None else None
        entry["years"] = a.ask(
            "Length of the programme in years, full-time (e.g. 3)", _number(0, 15, "years"), optional=True
        )
        entry["completed"] = a.yes_no_or_unknown("Completed (degree or diploma awarded)?", optional=True)
        entry["end"] = a.ask(
            {
                True: "Year or month it ended (YYYY or YYYY-MM)",
                False: "Year or month it should end",
                None: "Year or month it ended or should end",
            }[entry["completed"]],
            _any_date,
            optional=True,
        )
        unstated = [
            name
            for name, key in (("level", "level"), ("length", "years"), ("completion", "completed"))
            if entry[key] is None
        ]
        level_text = f"ISCED {entry['level']}" if entry["level"] is not None else "level not stated"
        a.say(f"  ✓ {entry['title']}, {level_text}", "green")
        if unstated:
            a.say(f"    {', '.join(unstated)} not stated: requirements that need it will be 'needs review'", "dim")
        return {key: value for key, value in entry.items() if value is not None}

    def job(self) -> dict[str, Any]:
        a = self.a
        entry: dict[str, Any] = {"title": a.text("Job title, exactly as in your contract")}
        entry["employer"] = a.text("Employer", optional=True)
        entry["employer_type"] = a.choice("Type of employer (number)", EMPLOYER_TYPES[:-1], optional=True)
        entry["country"] = a.ask("Country where the job was based", country_code, optional=True)
        entry["start"] = a.ask("Start (YYYY-MM)", _date)
        if a.yes_no("Do you still hold this job?", default=False):
            entry["ongoing"] = True
        else:
            entry["end"] = a.ask("End (YYYY-MM)", _end_after(entry["start"]))
        entry["fraction"] = (
            1
            if a.yes_no("Full time?", default=True)
            else a.ask("Part of full time (e.g. 0.5 or 50%)", _number(0, 1, "the fraction"))
        )
        entry["countries_worked_with"] = (
            a.ask("Other countries the job involved working with (comma-separated)", country_list, optional=True) or []
        )
        entry["proof_of_employment"] = a.yes_no_or_unknown(
            "Can you show official proof of this job (payslips, work certificate)?", optional=True
        )
        a.say("In one or two sentences: its words are used to find the job's experience categories.", "dim")
        entry["description"] = a.text("What did the job involve?", optional=True)
        tax = taxonomy()
        a.say("Experience categories (optional; left empty they are inferred from your description):", "dim")
        a.say("  " + ", ".join(tax.ids), "dim")
        entry["categories"] = a.ask("Categories (comma-separated ids)", _categories, optional=True) or []
        where = f" ({country_label(entry['country'])})" if entry.get("country") else ""
        a.say(f"  ✓ {entry['title']}{where}, {entry['start']} to {entry.get('end', 'now')}", "green")
        return {key: value for key, value in entry.items() if value not in (None, [], "")}

    def language(self) -> dict[str, Any]:
        a = self.a
        code = a.ask("Language (name or code, e.g. English or en)", language_code)
        assert code is not None  # not optional: asked until answered
        if a.yes_no(f"Is {language_label(code)} your mother tongue?", default=False):
            return {"language": code, "mother_tongue": True}
        self.show_grid(self.grid["overall"])
        entry: dict[str, Any] = {"language": code, "level": a.ask("Your overall level (A1-C2)", _level, optional=True)}
        if entry["level"] is None:
            a.say(f"  ✓ {language_label(code)}, level not stated: requirements on it will be 'needs review'", "green")
            return {"language": code}
        if not a.yes_no("Is that level the same for listening, reading, speaking and writing?", default=True):
            skills = {}
            for skill in SKILLS:
                self.show_grid(self.grid["skills"][skill], skill)
                skills[skill] = a.ask(f"Your {skill} level (A1-C2)", _level, default=entry["level"])
            entry["skills"] = skills
        a.say(f"  ✓ {language_label(code)} {entry['level']}", "green")
        return entry

    def show_grid(self, lines: dict[str, str], skill: str | None = None) -> None:
        a = self.a
        a.say(f"CEFR self-assessment{f' ({skill})' if skill else ''}:", "dim")
        for level in CEFR_ORDER:
            a.say(f"  {level}  {lines[level]}", "dim")
