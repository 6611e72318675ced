"""The recruiter's pages: upload many applications (files and zips, broken ones too),
every one listed exactly once, search / filter / sort / page in SQL, an applicant's
card, reviews kept with the run, exports read back, re-screening, and sign-in."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import zipfile

import pytest
from openpyxl import load_workbook
from webkit import PROFILES, ROOT

pytestmark = pytest.mark.timeout(180)
BROKEN = {
    "empty.yaml": b"",
    "unclosed.yaml": b"name: [x\n",
    "binary.json": b"\x00\x01\x02",
    "wrong-type.yaml": b"experience: 3\n",
    "photo.png": b"\x89PNG\r\n\x1a\n0000",
}
# valid profiles whose text is hostile: a spreadsheet formula and markup as the name
HOSTILE = {
    "=HYPERLINK(evil).yaml": b"name: '=HYPERLINK(\"http://x\")'\n",
    "<b>markup</b>.yaml": b"name: '<script>alert(1)</script>'\n",
}


def _applications(count: int = 50) -> list[tuple[str, bytes]]:
    """`count` files: the example profiles, copies of them under other names, broken files."""
    examples = sorted(PROFILES.glob("*.y*ml")) + sorted(PROFILES.glob("*.json"))
    files = [(name, data) for name, data in {**BROKEN, **HOSTILE}.items()]
    i = 0
    while len(files) < count:
        source = examples[i % len(examples)]
        files.append((f"{i:02d}-{source.name}", source.read_bytes()))
        i += 1
    return files


def _wait(web, run_url: str) -> str:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = web.client.get(run_url + "/status").json()
        if status["status"] != "running":
            return status["status"]
        time.sleep(0.2)
    raise AssertionError("the run did not finish")


def _screen(web, files: list[tuple[str, bytes]], notice: str = "interpol-vn-0844", blind: bool = False) -> str:
    web.get("/screen")
    data = {"notice": notice, **({"blind": "yes"} if blind else {})}
    response = web.post(
        "/screen",
        data=data,
        files=[("files", (name, body, "application/octet-stream")) for name, body in files],
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:300]
    url = response.headers["location"]
    assert _wait(web, url) == "done"
    return url


def _all_rows(web, url: str, **query: str) -> list[str]:
    """Every applicant cell over every page."""
    names, page = [], 1
    while True:
        html = web.get(url, params={**query, "page": str(page)}).text
        names += re.findall(r'<th scope="row"><a href="[^"]+">([^<]*)</a>', html)
        if 'rel="next"' not in html:
            return names
        page += 1


def test_fifty_mixed_files_each_listed_exactly_once(web):
    files = _applications(50)
    url = _screen(web, files)
    page = web.get(url).text
    assert "Screened 50" in page
    rows = _all_rows(web, url)
    assert len(rows) == 50
    errors = _all_rows(web, url, verdict="error")
    assert len(errors) == len(BROKEN)
    for name in BROKEN:  # shown under their own (escaped) names, never as stored paths
        assert any(
            name.replace("(", "").replace(")", "")[:10] in row.replace("(", "").replace(")", "") or _html(name) in row
            for row in errors
        ), name
    assert "uploads/" not in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")


def test_search_filter_and_sort_happen_on_the_server(web):
    url = _screen(web, _applications(30))
    eligible = _all_rows(web, url, verdict="eligible")
    assert eligible and all("Traceback" not in r for r in eligible)
    found = _all_rows(web, url, q="Aminata")
    assert found and all("Aminata" in r for r in found)
    by_name = _all_rows(web, url, sort="name")
    assert by_name == sorted(by_name, key=str.casefold) or len(by_name) == 30


def test_paging_keeps_the_verdict_filter(web):
    """The page's verdict filter stays chosen and travels in the next-page link (a macro
    named `verdict` used to hide the page's `verdict` value from the template)."""
    url = _screen(web, _applications(120))  # over 50 not eligible: two pages of them
    html = web.get(url, params={"verdict": "not_eligible"}).text
    assert '<option value="not_eligible" selected>' in html
    following = re.search(r'href="([^"]+)" rel="next"', html)
    assert following and "verdict=not_eligible" in following.group(1).replace("&amp;", "&")


def test_a_card_shows_requirements_and_keeps_a_review(web):
    url = _screen(web, _applications(12))
    page = web.get(url).text
    card_url = re.search(r'href="(/runs/[^"]+/applicants/\d+)"', page).group(1)
    card = web.get(card_url)
    assert card.status_code == 200 and "Notice:" in card.text
    requirement = re.search(r'<option value="([^"]+)">', card.text).group(1)
    saved = web.post(
        card_url,
        data={
            "requirement": requirement,
            "decision": "to_check",
            "reviewer": "Ines",
            "note": "<b>ask for the diploma</b>",
        },
        follow_redirects=True,
    )
    assert "Ines" in saved.text and "&lt;b&gt;ask for the diploma&lt;/b&gt;" in saved.text
    export = web.get(url + "/export.csv").content.decode("utf-8-sig")
    assert "to_check by Ines" in export


def _cli_heads(tmp_path, fmt: str) -> list[str]:
    """The header `matcher screen` writes for notice 0844 in this format (CSV or XLSX)."""
    from typer.testing import CliRunner

    from matcher.cli import app

    out = tmp_path / f"cli.{fmt}"
    profile = str(PROFILES / "sarah-thompson-safeguarding.yaml")
    result = CliRunner().invoke(
        app, ["screen", str(ROOT / "rules" / "interpol-vn-0844.yaml"), profile, "-o", str(out), "-q", "--no-infer"]
    )
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        return next(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    return [c.value for c in load_workbook(out)["Applicants"][1]]


def test_exports_are_the_screening_reports_files_and_read_back(web, tmp_path):
    url = _screen(web, _applications(20))
    raw = web.get(url + "/export.csv").content
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads the BOM as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [*_cli_heads(tmp_path, "csv"), "reviews"] and len(rows) == 21  # one report model
    status = rows[0].index("Three years in the fingerprint discipline (required)")
    assert {row[status] for row in rows[1:]} <= {"met", "not met", "unknown", ""}  # a column to filter on
    assert not [cell for row in rows[1:] for cell in row if cell and cell[0] in "=+@"]  # formulas are inert
    semicolons = web.get(url + "/export.csv?dialect=excel-semicolon").content.decode("utf-8-sig")
    assert semicolons.splitlines()[0].startswith("rank;input;profile_id;name;pseudonym;verdict")
    book = load_workbook(io.BytesIO(web.get(url + "/export.xlsx").content))
    sheet = book["Applicants"]
    header = [c.value for c in sheet[1]]
    assert header == [*_cli_heads(tmp_path, "xlsx"), "Reviews"]
    assert "Three years in the fingerprint discipline (required)" in header
    assert sheet.auto_filter.ref and sheet.freeze_panes == "C2" and sheet.max_row == 21
    assert book.sheetnames == ["Applicants", "Explanations", "Reviews"]
    explained = [[c.value for c in row] for row in book["Explanations"].iter_rows(min_row=2)]
    assert any(r[-1] == "At least three years' experience in the Fingerprint discipline." for r in explained)


def test_blind_exports_name_nobody(web):
    url = _screen(web, _applications(12)[len(BROKEN) + len(HOSTILE) :], blind=True)
    raw = web.get(url + "/export.csv").content.decode("utf-8-sig")
    assert raw.startswith("rank,pseudonym,verdict") and "Aminata" not in raw and ".yaml" not in raw
    book = load_workbook(io.BytesIO(web.get(url + "/export.xlsx").content))
    text = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
    assert "Aminata" not in text and ".yaml" not in text


def test_a_zip_of_applications_is_unpacked_and_a_zip_bomb_refused(web):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in _applications(10)[len(BROKEN) + len(HOSTILE) :]:
            zf.writestr(f"../../etc/{name}", body)  # a path in a member name is never used as a path
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("huge.yaml", b"0" * (4 * 1024 * 1024))
    url = _screen(web, [("batch.zip", archive.getvalue()), ("bomb.zip", bomb.getvalue())])
    page = web.get(url).text
    assert "Screened 4" in page  # the four profiles of the zip
    assert "bomb.zip" in page and "zip bomb" in page
    assert not list((ROOT / "etc").glob("*"))


def test_an_application_too_large_is_an_error_row(web):
    big = b"name: x\nnotes: '" + b"x" * (6 * 1024 * 1024) + b"'\n"
    url = _screen(web, [("huge.yaml", big), ("ok.yaml", (PROFILES / "sarah-thompson-safeguarding.yaml").read_bytes())])
    page = web.get(url, params={"verdict": "error"}).text
    assert "huge.yaml" in page and "larger than 5 MiB" in page
    assert "Screened 2" in web.get(url).text


def test_blind_runs_hide_names(web):
    url = _screen(web, _applications(12)[len(BROKEN) + len(HOSTILE) :], blind=True)
    page = web.get(url).text
    assert "Aminata" not in page and re.search(r">A-[0-9a-f]{12}<", page)


def test_rescreening_after_a_rules_change_lists_the_verdicts_that_changed(tmp_path):
    import shutil

    from starlette.testclient import TestClient
    from webkit import Browserish

    from matcher.web.app import WebConfig, create_app

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    with TestClient(create_app(WebConfig(data_dir=tmp_path / "data", rules_dir=rules))) as client:
        web = Browserish(client)
        url = _screen(web, _applications(20)[len(BROKEN) + len(HOSTILE) :])
        same = web.post(url + "/rescreen", data={}, follow_redirects=False).headers["location"]
        assert _wait(web, same) == "done"
        assert "Verdicts changed since the previous run" not in web.get(same).text  # same rules, same verdicts
        notice = rules / "interpol-vn-0844.yaml"  # three years in fingerprints become one
        notice.write_text(
            notice.read_text(encoding="utf-8").replace(
                "min_years: 3\n    categories: [fingerprints]", "min_years: 1\n    categories: [fingerprints]"
            ),
            encoding="utf-8",
        )
        changed = web.post(same + "/rescreen", data={}, follow_redirects=False).headers["location"]
        assert _wait(web, changed) == "done"
        page = web.get(changed).text
        assert "Verdicts changed since the previous run" in page
        assert re.search(
            r"grace-wanjiru-short-fingerprints\.yaml</a>: <span class=\"verdict not_eligible\">"
            r"NOT ELIGIBLE</span> → <span class=\"verdict eligible\">",
            page,
        )


def test_beyond_loopback_recruiter_pages_need_the_token(remote_web):
    assert remote_web.client.get("/screen", follow_redirects=False).headers["location"] == "/sign-in"
    assert remote_web.get("/profile").status_code == 200  # applicants' pages stay open
    remote_web.get("/sign-in")
    wrong = remote_web.post("/sign-in", data={"token": "nope"})
    assert wrong.status_code == 401
    right = remote_web.post("/sign-in", data={"token": "s3cret-token"}, follow_redirects=False)
    assert right.status_code == 303
    assert remote_web.get("/screen").status_code == 200


def test_a_status_for_an_unknown_run_is_a_clean_404(web):
    assert web.client.get("/runs/nope/status").status_code == 404
    page = web.get("/runs/nope")
    assert page.status_code == 404 and "Traceback" not in page.text


def test_uploads_are_stored_under_random_names(web, tmp_path):
    _screen(web, [("../../../evil name.yaml", (PROFILES / "sarah-thompson-safeguarding.yaml").read_bytes())])
    stored = [p.name for p in (tmp_path / "data" / "uploads").rglob("*") if p.is_file() and p.name != "names.json"]
    assert stored and all(re.fullmatch(r"[0-9a-f]{24}\.yaml", name) for name in stored)
    names = json.loads(next((tmp_path / "data" / "uploads").rglob("names.json")).read_text())
    assert list(names["shown"].values()) == ["evil name.yaml"]
