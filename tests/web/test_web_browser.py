"""The web app in a real browser (Debian's Chromium, driven by Playwright): the
applicant's, the recruiter's and the rules author's flows as a person goes through
them, keyboard-only navigation, and axe-core's accessibility check on every page.

`.ci/run` installs Chromium; without it (a developer's machine) these tests are
skipped with that reason, never on CI, where a missing browser is a failure."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from browser import browser_available, chromium, serious_violations, serving
from openpyxl import load_workbook
from webkit import PROFILES, ROOT

pytestmark = [
    pytest.mark.timeout(240),
    pytest.mark.skipif(
        not browser_available() and not os.environ.get("CI"),
        reason="Chromium is not installed (apt-get install chromium); CI installs it",
    ),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("data"), ROOT / "rules") as url, chromium() as browser:
        yield url, browser


@pytest.fixture()
def page(site):
    url, browser = site
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    # A form sent back with mistakes is a 422 page on purpose; any other failed load is an error.
    tab.on(
        "console",
        lambda msg: errors.append(msg.text) if msg.type == "error" and "status of 422" not in msg.text else None,
    )
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.base = url  # type: ignore[attr-defined]
    yield tab
    context.close()
    assert errors == []  # no script error and no CSP violation on any page


def test_an_applicant_builds_a_profile_checks_downloads_and_uploads_it_again(page, tmp_path):
    page.goto(page.base + "/profile")
    page.fill("#f-name", "Amina Test")
    page.select_option("#f-nationality", ["SN"])
    page.fill("#f-experience-0-title", "Fingerprint examiner")
    page.fill("#f-experience-0-employer", "Police Nationale")
    page.fill("#f-experience-0-start", "2012-01")
    page.select_option("#f-experience-0-ongoing", "yes")
    page.fill("#f-experience-0-description", "Latent prints, AFIS searches and ten-print comparisons.")
    page.click("fieldset[data-list='experience'] button.add")  # a second job, added in the page
    page.fill("#f-experience-1-title", "Police officer")
    page.fill("#f-experience-1-start", "2008-01")
    page.fill("#f-experience-1-end", "2011-12")
    page.click("fieldset[data-list='experience'] .item:nth-child(2) button.up")  # reorder: now first
    assert page.input_value("#f-experience-0-title") == "Police officer"
    page.select_option("#f-education-0-level", "6")
    page.fill("#f-education-0-years", "3")
    page.select_option("#f-education-0-completed", "yes")
    page.select_option("#f-languages-0-language", "en")
    page.select_option("#f-languages-0-level", "C1")
    page.click("button[value=check]")
    page.wait_for_selector("table.overview")
    rows = page.locator("table.overview tbody tr")
    assert rows.count() == len(list((ROOT / "rules").glob("interpol-vn-*.yaml")))
    assert "Amina Test" in page.inner_text("h1")
    page.locator("table.overview tbody tr", has_text="Biometrics").locator("button").click()
    page.wait_for_selector("article.report")
    assert "At least three years" in page.inner_text("article.report")
    page.click("button[value=check]")
    with page.expect_download() as download:
        page.click("button[value=download]")
    saved = tmp_path / "mine.yaml"
    download.value.save_as(saved)
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert [job["title"] for job in data["experience"]] == ["Police officer", "Fingerprint examiner"]
    page.goto(page.base + "/profile")
    page.set_input_files("#upload", str(saved))
    page.click("form.upload button")
    page.wait_for_selector("#f-name")
    assert page.input_value("#f-name") == "Amina Test"
    assert page.input_value("#f-experience-1-title") == "Fingerprint examiner"


def test_a_mistake_is_shown_beside_its_field(page):
    page.goto(page.base + "/profile")
    page.fill("#f-experience-0-title", "Analyst")
    page.fill("#f-experience-0-start", "2019-13")
    page.click("button[value=check]")
    error = page.locator("#f-experience-0-start-error")
    assert "month 13" in error.inner_text()
    assert page.get_attribute("#f-experience-0-start", "aria-describedby").endswith("f-experience-0-start-error")


def test_a_recruiter_screens_fifty_files_filters_reviews_and_exports(page, tmp_path):
    folder = tmp_path / "applications"
    folder.mkdir()
    examples = sorted(PROFILES.glob("*.y*ml"))
    for i in range(45):
        shutil.copy(examples[i % len(examples)], folder / f"{i:02d}-{examples[i % len(examples)].name}")
    for name, body in {
        "empty.yaml": "",
        "broken.yaml": "name: [x\n",
        "wrong.yaml": "experience: 3\n",
        "bin.json": "\x00",
        "photo.png": "\x89PNG",
    }.items():
        (folder / name).write_text(body, encoding="utf-8")
    page.goto(page.base + "/screen")
    page.select_option("#notice", "interpol-vn-0844")
    page.set_input_files("#files", [str(p) for p in sorted(folder.iterdir())])
    page.click("form button[type=submit]")
    page.wait_for_selector("table.results", timeout=120_000)
    assert "Screened 50" in page.inner_text("p.summary")
    seen = []
    while True:
        seen += page.locator("table.results tbody th a").all_inner_texts()
        if page.locator("a[rel=next]").count() == 0:
            break
        page.click("a[rel=next]")
    assert len(seen) == 50
    page.select_option("#verdict", "error")
    page.click(".filters button")
    assert page.locator("table.results tbody tr").count() == 5
    page.select_option("#verdict", "")
    page.fill("#q", "Grace")
    page.click(".filters button")
    page.locator("table.results tbody th a").first.click()
    page.wait_for_selector("div.requirements li.req")
    page.fill("#reviewer", "Ines")
    page.select_option("#decision", "to_check")
    page.fill("#note", "ask for the work certificate")
    page.click("section form button[type=submit]")
    assert "ask for the work certificate" in page.inner_text("section")
    page.click("text=←")
    with page.expect_download() as csv_download:
        page.click("text=Export CSV (semicolons)")
    rows = list(
        csv.reader(io.StringIO(Path(csv_download.value.path()).read_bytes().decode("utf-8-sig")), delimiter=";")
    )
    assert len(rows) == 51 and any("to_check by Ines" in cell for row in rows for cell in row)
    with page.expect_download() as xlsx_download:
        page.click("text=Export XLSX")
    book = load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes()))
    assert book["Applicants"].max_row == 51 and book["Reviews"].max_row == 2


def test_a_rules_author_drafts_a_notice(page):
    notice = next((ROOT / "rules" / "notices").glob("interpol-vn-0844-*.txt")).read_text(encoding="utf-8")
    page.goto(page.base + "/draft")
    page.fill("#notice", notice)
    page.click("button[value=draft]")
    page.wait_for_selector("table.draft")
    assert page.locator("table.draft tbody tr").count() >= 5
    assert "kind: education" in page.inner_text("pre.yaml")


def test_keyboard_only_reaches_the_form_and_adds_an_entry(page):
    page.goto(page.base + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Check my eligibility":
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("#f-name")
    page.focus("fieldset[data-list='languages'] button.add")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "f-languages-1-language"  # focus moves to the new entry


@pytest.mark.parametrize("path", ["/", "/profile", "/screen", "/draft", "/rules", "/runs", "/profile?lang=fr"])
def test_no_serious_accessibility_violation(page, path):
    page.goto(page.base + path)
    assert serious_violations(page) == []


def test_the_results_pages_pass_the_accessibility_check(page):
    page.goto(page.base + "/profile")
    page.fill("#f-name", "Screen Reader")
    page.click("button[value=check]")
    page.wait_for_selector("table.overview")
    assert serious_violations(page) == []
    assert re.search(r"interpol-vn-\d{4}", page.content())
