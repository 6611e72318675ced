"""JSON Resume `volunteer` items are drafted as experience, as `work` items are, with a review
note; a post listed under both work and volunteer is drafted once."""

from __future__ import annotations

import json

from matcher.importers import import_file
from matcher.profile_tools.jsonresume import convert

WORK = {"name": "Croix-Rouge", "position": "Coordinator", "startDate": "2019-03", "location": "Dakar, Senegal"}
VOLUNTEER = {
    "organization": "Amnesty International",
    "position": "Field researcher",
    "url": "https://amnesty.example",
    "startDate": "2016-02",
    "endDate": "2018-06",
    "summary": "Part-time, 50%. Interviews with refugees in Kenya.",
    "highlights": ["Wrote two country reports"],
}


def test_a_volunteer_item_is_drafted_like_a_job_with_a_review_note():
    data, notes = convert({"work": [WORK], "volunteer": [VOLUNTEER]})
    job, volunteer = data["experience"]
    assert job["title"] == "Coordinator"
    assert (volunteer["title"], volunteer["employer"], volunteer["start"], volunteer["end"]) == (
        "Field researcher",
        "Amnesty International",
        "2016-02",
        "2018-06",
    )
    assert "ongoing" not in volunteer
    assert volunteer["description"] == "Part-time, 50%. Interviews with refugees in Kenya.\n- Wrote two country reports"
    assert any(n.startswith("volunteer[0] (Amnesty International): review: volunteer work") for n in notes)
    assert "volunteer[0] (Amnesty International): not carried over: url" in notes
    assert not any("not used by matcher" in n for n in notes)
    # the current employment is the ongoing work item, never a volunteer post
    assert data["current_employment"]["employer"] == "Croix-Rouge"


def test_a_volunteer_item_without_a_start_is_kept_with_its_start_not_stated():
    data, notes = convert({"volunteer": [{"organization": "Scouts", "position": "Leader", "startDate": "summer"}]})
    [entry] = data["experience"]
    assert entry["title"] == "Leader" and "start" not in entry
    assert any("volunteer[0] (Scouts): review: startDate not read" in n for n in notes)
    # an ongoing volunteer post is not taken as the current employment
    assert "current_employment" not in data


def test_a_post_under_both_work_and_volunteer_appears_once():
    same = {"organization": "Croix-Rouge", "position": "coordinator", "startDate": "2019-03"}
    data, notes = convert({"work": [WORK], "volunteer": [same, VOLUNTEER]})
    assert [e["title"] for e in data["experience"]] == ["Coordinator", "Field researcher"]
    assert any(n.startswith("volunteer[0] (Croix-Rouge): the same post as under work") for n in notes)
    assert not any(n.startswith("volunteer[0] (Croix-Rouge): review: volunteer work") for n in notes)


def test_an_empty_volunteer_list_changes_nothing():
    assert convert({"work": [WORK], "volunteer": []}) == convert({"work": [WORK]})


def test_the_importer_reads_a_volunteer_item_from_its_own_json_path(tmp_path):
    path = tmp_path / "cv.json"
    path.write_text(json.dumps({"basics": {"name": "A"}, "work": [WORK], "volunteer": [VOLUNTEER]}), encoding="utf-8")
    draft = import_file(path)
    work, volunteer = draft.data["experience"]
    assert volunteer["employer"] == "Amnesty International"
    assert volunteer["fraction"] == 0.5  # "Part-time, 50%." read through the same helper as a job's
    assert volunteer["countries_worked_with"] == ["KE"]  # named in the summary, as for a job
    assert draft.sources["experience[1]"] == "volunteer[0]"
    assert any("volunteer[0] (Amnesty International): review: volunteer work" in r for r in draft.reviews)
