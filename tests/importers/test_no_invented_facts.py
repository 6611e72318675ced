"""Property tests: a generated CV whose every fact is known, read back; nothing drafted may be a
fact the generator did not write for that entry (issue 15: "no imported fact is invented").

Each post is written from parts with a known truth: a title (some naming a country they cover,
"Country Director – Mali"), an employer (some naming a country, "Police of the Czech Republic"),
a place (a city alone, a city and its country, a US state), a date range, and description
clauses of which only some name a country worked with (the others name a country as a
trafficking route, a course attended, a victim's nationality). Distractor lines carry numbers
that look like years (ISO 27001:2013, Regulation 2016/794, a phone number). The importer may
leave any fact out; what it drafts must be the fact written for that entry.
"""

from __future__ import annotations

from datetime import date

from fuzzkit import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.faithful import check
from matcher.importers.lines import Line

TITLES = [("Criminal Intelligence Analyst", None), ("Programme Officer", None), ("Country Director – Mali", None)]
TITLES += [("Desk Officer, Nigeria", None), ("Enquêteur", None), ("Head of Unit", None)]
EMPLOYERS = ["Europol", "UNODC", "Police of the Czech Republic", "Gendarmerie royale du Maroc", "Save the Children"]
EMPLOYERS += ["Mission des Nations Unies au Mali (MINUSMA)", "Ministry of Interior", "Frontex"]
# (written place, the country it states)
PLACES = [("", None), ("Lyon", None), ("Nairobi, Kenya", "KE"), ("Atlanta, Georgia", None), ("Dakar (Sénégal)", "SN")]
PLACES += [("Vienna, Austria", "AT"), ("Palo Alto, CA", None), ("Versailles (78)", None), ("Tbilisi, Georgia", "GE")]
# (written range, start, end, ongoing)
RANGES = [
    ("2015 – 2018", "2015", "2018", False),
    ("Jan 2018 – Dec 2020", "2018-01", "2020-12", False),
    ("03/2017 – present", "2017-03", None, True),
    ("sept. 2015 – présent", "2015-09", None, True),
    ("depuis 2019", "2019", None, True),
    ("2012–16", "2012", "2016", False),
    ("from 2015", "2015", None, True),
    ("05/06/2012 – 2014", None, None, False),  # ambiguous: not stated
    ("2014 –", None, None, False),  # no end and no "present": not drafted
]
# (clause, the countries it states as worked with)
CLAUSES = [
    ("Joint investigations with the police of Spain and Italy.", ("ES", "IT")),
    ("Delivered training to border police in Ghana.", ("GH",)),
    ("Cases involving trafficking routes from Syria.", ()),
    ("Attended a workshop in Budapest, Hungary.", ()),
    ("Victims trafficked from Nigeria.", ()),
    ("Handled requests under Regulation 2016/794 and ISO 27001:2013.", ()),
    ("Analysis of criminal networks.", ()),
    ("Coopération avec la Gendarmerie nationale française.", ("FR",)),
]

post = st.tuples(
    st.sampled_from(TITLES),
    st.sampled_from(EMPLOYERS),
    st.sampled_from(PLACES),
    st.sampled_from(RANGES),
    st.lists(st.sampled_from(CLAUSES), max_size=2, unique=True),
    st.sampled_from(["{t}, {e}, {p}, {r}", "{t} | {e} | {p} | {r}", "{e} — {p}\n{t} · {r}"]),
)


def _write(posts) -> tuple[list[str], list[dict]]:
    lines = ["Nour Example", "Tel +31 70 302 2019", "", "PROFESSIONAL EXPERIENCE"]
    truth = []
    for (title, _), employer, (place, country), (dates, start, end, ongoing), clauses, layout in posts:
        header = layout.format(t=title, e=employer, p=place, r=dates).replace(", ,", ",").replace("|  |", "|")
        lines += [h.strip(" ,|") or h for h in header.split("\n")]
        lines += [f"• {text}" for text, _ in clauses]
        worked = {c for _, codes in clauses for c in codes}
        truth.append({"country": country, "start": start, "end": end, "ongoing": ongoing, "worked": worked})
    return lines, truth


def _draft(lines: list[str]):
    numbered = [Line(text, f"line {i}") for i, text in enumerate(lines, 1)]
    return check(draft_from_lines(numbered, "text", "cv.txt", date(2026, 12, 1)))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(post, min_size=1, max_size=4))
def test_no_drafted_job_fact_is_one_its_post_did_not_state(posts):
    lines, truth = _write(posts)
    draft = _draft(lines)
    countries = {t["country"] for t in truth} - {None}
    worked = set().union(*(t["worked"] for t in truth))
    starts = {t["start"] for t in truth} - {None}
    ends = {t["end"] for t in truth} - {None}
    for job in draft.data.get("experience", []):
        # which post it is need not be decided: no post stated this value at all is enough to fail
        assert job.get("country") in countries | {None}, "\n".join(lines) + f"\n-> {job}"
        assert set(job.get("countries_worked_with", [])) <= worked, "\n".join(lines) + f"\n-> {job}"
        assert job.get("start") in starts | {None}, "\n".join(lines) + f"\n-> {job}"
        assert job.get("end") in ends | {None}, "\n".join(lines) + f"\n-> {job}"
        if job.get("start"):
            written = [t for t in truth if t["start"] == job["start"]]
            assert any(t["end"] == job.get("end") and t["ongoing"] == bool(job.get("ongoing")) for t in written)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(EMPLOYERS), st.sampled_from(RANGES))
def test_a_country_in_a_title_or_an_employer_name_is_never_the_posts_country(title, employer, dates):
    draft = _draft(["EXPERIENCE", f"{title[0]}, {employer}, {dates[0]}", "Analysis of criminal networks."])
    for job in draft.data.get("experience", []):
        assert "country" not in job and "countries_worked_with" not in job, job
