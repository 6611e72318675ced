"""A job whose start cannot be read with confidence is kept, its start not stated with a
review note, in the structured formats too (LinkedIn export, JSON Resume): dropping it would
make the applicant look less experienced than they are."""

from __future__ import annotations

import json
import zipfile

from matcher.importers import import_file


def test_linkedin_position_with_an_ambiguous_start_is_kept_without_it(tmp_path):
    export = tmp_path / "e.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            'Europol,Analyst,Cases with Italy.,"The Hague, Netherlands",03/04/2019,Jul 2023\n',
        )
    draft = import_file(export)
    [job] = draft.data["experience"]
    assert (job["title"], job["employer"], job.get("end")) == ("Analyst", "Europol", "2023-07")
    assert "start" not in job and "Cases with Italy." in job["description"]
    assert any("'03/04/2019'" in note and "start not stated" in note for note in draft.reviews)


def test_json_resume_job_without_start_date_is_kept_without_it(tmp_path):
    resume = tmp_path / "r.json"
    work = [{"name": "Police", "position": "Inspector", "endDate": "2020-02", "summary": "Fraud cases."}]
    resume.write_text(json.dumps({"basics": {"name": "A"}, "work": work}), encoding="utf-8")
    [job] = import_file(resume).data["experience"]
    assert (job["title"], job["end"], "start" in job) == ("Inspector", "2020-02", False)
