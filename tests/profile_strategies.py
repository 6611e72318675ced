"""Generated profiles for property tests (hypothesis strategies) and helpers to run them.

Shared by tests/engine/test_properties.py and tests/engine/test_unstated_facts.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from fuzzkit import RULES
from hypothesis import strategies as st

from matcher.engine.evaluate import evaluate
from matcher.engine.results import Status
from matcher.models.load import load_rules
from matcher.models.profile import Profile
from matcher.reference.taxonomy import taxonomy

NOTICES = [load_rules(path) for path in RULES]
RANK = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2}
CATEGORIES = taxonomy().ids
COUNTRIES = ["SN", "ML", "NG", "FR", "NO", "JO", "AE", "TH", "PH", "BR", "US", "KP", "TV"]
EMPLOYER_TYPES = ["law_enforcement", "government", "international_organization", "private", "ngo", "academia", "none"]
TODAY = date.today()


def _as_text(day: date, precision: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision, day.isoformat())


@st.composite
def experience(draw, full_time_proven: bool = False) -> dict:
    start = draw(st.dates(date(1985, 1, 1), min(TODAY, date(2025, 12, 31))))
    entry = {
        "title": draw(st.sampled_from(["Officer", "Analyst", "Examiner", "Adviser"])),
        "start": _as_text(start, draw(st.sampled_from(["day", "month", "year"]))),
        "fraction": 1 if full_time_proven else draw(st.sampled_from([1, 1, 0.5, 0.25, 0.8]) | st.floats(0.01, 1)),
        "proof_of_employment": True if full_time_proven else draw(st.booleans()),
        "categories": draw(st.lists(st.sampled_from(CATEGORIES), max_size=3, unique=True)),
        "employer_type": draw(st.none() | st.sampled_from(EMPLOYER_TYPES)),
        "country": draw(st.none() | st.sampled_from(COUNTRIES)),
        "countries_worked_with": draw(st.lists(st.sampled_from(COUNTRIES), max_size=3)),
    }
    if draw(st.booleans()):
        entry["ongoing"] = True
    else:  # an end on or after the start, at day, month or year precision
        end = start + timedelta(days=draw(st.integers(0, 15 * 366)))
        entry["end"] = _as_text(end, draw(st.sampled_from(["day", "month", "year"])))
    return entry


EDUCATION = st.fixed_dictionaries(
    {
        "level": st.integers(3, 8),
        "completed": st.booleans(),
        "field": st.none() | st.sampled_from(["law", "biology", "forensic science", "criminology", "history"]),
    },
    optional={"years": st.sampled_from([1, 2, 3, 4, 0.5, 1.5, 0.3, 0.4, 2.3, 0.1, 0.2, 2.7]) | st.floats(0.1, 5)},
)
LANGUAGE = st.fixed_dictionaries(
    {"language": st.sampled_from(["en", "fr", "es", "ar", "de"])},
    optional={
        "level": st.sampled_from(["A1", "A2", "B1", "B2", "C1", "C2"]),
        "mother_tongue": st.just(True),
        "skills": st.dictionaries(
            st.sampled_from(["listening", "reading", "speaking", "writing"]),
            st.sampled_from(["A2", "B1", "B2", "C1", "C2"]),
            min_size=1,
        ),
    },
).filter(lambda lang: len(lang) > 1)
EMPLOYMENT = st.none() | st.fixed_dictionaries(
    {"employer_type": st.sampled_from(EMPLOYER_TYPES), "employer_country": st.none() | st.sampled_from(COUNTRIES)}
)
PROFILES = st.fixed_dictionaries(
    {
        "experience": st.lists(experience(), max_size=6),
        "education": st.lists(EDUCATION, max_size=4),
        "languages": st.lists(LANGUAGE, max_size=3),
        "current_employment": EMPLOYMENT,
    }
)
AS_OF = st.none() | st.dates(date(2015, 1, 1), date(2032, 12, 31))


def run(data: dict, notice, as_of):
    return evaluate(Profile.model_validate(data), notice, as_of)


def flat(results):
    for r in results:
        yield r
        yield from flat(r.children)
