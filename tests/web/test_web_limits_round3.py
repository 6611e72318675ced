"""Third red-team pass of issue 17, row 3 (numbers in odd forms) on the web app's input
paths: a number taken from a query string, a URL or a form field name was converted as
it came, so `?page=` with 30 digits (SQLite takes at most 2**63), an applicant number
of 25 digits, a list index or an education level of 5,000 digits (Python converts at
most 4,300) were server errors instead of a page."""

from __future__ import annotations

import time

from webkit import PROFILES

HUGE = "9" * 5000


def _run(web) -> str:
    web.get("/screen")
    body = (PROFILES / "marc-lefevre-gendarme-no-degree.yaml").read_bytes()
    response = web.post(
        "/screen",
        data={"notice": "interpol-vn-0844"},
        files=[("files", ("a.yaml", body, "application/octet-stream"))],
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:300]
    url = response.headers["location"]
    deadline = time.monotonic() + 60
    while web.client.get(url + "/status").json()["status"] == "running":
        assert time.monotonic() < deadline, "the run did not finish"
        time.sleep(0.1)
    return url


def test_huge_page_and_applicant_numbers_are_pages_not_server_errors(web):
    url = _run(web)
    assert web.get(url + "/applicants/0").status_code == 200  # the control
    for page in ("9" * 30, HUGE, "１", "²"):
        response = web.get(url, params={"page": page})
        assert response.status_code == 200, page[:40]
        assert "a.yaml" in response.text  # the first page
    assert web.get(url + "/applicants/" + "9" * 25).status_code == 404


def test_huge_numbers_in_profile_form_fields_are_field_errors_not_server_errors(web):
    web.get("/profile")
    base = {"id": "x", "name": "X", "nationality": "FR", "action": "check"}
    for extra in (
        {f"education.{HUGE}.title": "BSc"},
        {"education.0.title": "BSc", "education.0.level": HUGE},
    ):
        response = web.post("/profile", data={**base, **extra})
        assert response.status_code in (200, 422), (list(extra), response.status_code)


def test_a_zip_with_damaged_compressed_data_is_a_listed_problem_not_a_server_error(web):
    import io
    import zipfile

    body = (PROFILES / "marc-lefevre-gendarme-no-degree.yaml").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("a.yaml", body * 3)
    damaged = bytearray(buffer.getvalue())
    damaged[40:60] = b"\xff" * 20  # inside the member's compressed data
    web.get("/screen")
    response = web.post(
        "/screen",
        data={"notice": "interpol-vn-0844"},
        files=[
            ("files", ("apps.zip", bytes(damaged), "application/zip")),
            ("files", ("ok.yaml", body, "application/octet-stream")),
        ],
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:300]  # the other application is screened
