"""A volunteering section of a free-text CV: its posts (title, organisation, dates) are experience
entries after the jobs, each with a review note, as JSON Resume's `volunteer` items are (the CV
conventions' round-5 rule, kept by every later round's writer); a dated line naming no
organisation ("BÉNÉVOLAT ET LOISIRS" over "Entraîneuse de hockey mineur depuis 2015") is no post."""

from __future__ import annotations

from matcher.importers.cv_text import draft_from_lines
from matcher.importers.lines import Line


def _draft(texts: list[str]):
    return draft_from_lines([Line(t, f"line {k + 1}") for k, t in enumerate(texts)], "text", "cv.txt")


def test_a_volunteer_post_is_drafted_after_the_jobs_with_a_review_note():
    draft = _draft(
        [
            "EMPLOYMENT",
            "Investigator | Anti-Corruption Commission | 2014 – 2019",
            "VOLUNTEERING",
            "Volunteer First Aid Trainer | Jordan Red Crescent | 2009 – 2011",
            "EDUCATION",
            "BA in English Literature, Yarmouk University, 2005 – 2009",
        ]
    )
    jobs = [(j["title"], j["employer"], j["start"], j["end"]) for j in draft.data["experience"]]
    assert jobs == [
        ("Investigator", "Anti-Corruption Commission", "2014", "2019"),
        ("Volunteer First Aid Trainer", "Jordan Red Crescent", "2009", "2011"),
    ]
    assert any("volunteer work (under a volunteering heading), drafted as experience" in n for n in draft.reviews)


def test_a_dated_pastime_under_a_volunteering_heading_is_no_post():
    draft = _draft(
        [
            "Expérience",
            "Enquêteuse, crimes majeurs — Sûreté du Québec",
            "Trois-Rivières (Québec) · 2012 – 2017",
            "BÉNÉVOLAT ET LOISIRS",
            "Entraîneuse de hockey mineur depuis 2015",
        ]
    )
    assert [j["title"] for j in draft.data["experience"]] == ["Enquêteuse, crimes majeurs"]
    assert any("names no organisation; not drafted as experience" in n for n in draft.reviews)
