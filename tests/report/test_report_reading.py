"""How the reports read (issue 18, "The HTML screening report at scale" and "Text
reports"), end to end on the shipped profiles and notices: the sections follow the
overview's order in every format; a part-month is said in exact days; sortable headers
are buttons (reachable with Tab), the sort hint never describes headers that are not
there, and printed pages carry neither controls nor sort arrows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
GRACE = ROOT / "profiles" / "grace-wanjiru-short-fingerprints.yaml"
AMINATA = ROOT / "profiles" / "aminata-diallo-fingerprints.yaml"
RULES = ROOT / "rules"
FAST = ["--no-infer", "--as-of", "2025-01-31"]


def check(*args: object) -> str:
    result = CliRunner().invoke(app, ["check", *map(str, args)])
    assert result.exit_code in (0, 1, 3), result.output
    return result.stdout


def test_sections_follow_the_overview_in_text_markdown_and_html(tmp_path):
    text = check(GRACE, "--rules-dir", RULES, *FAST)
    overview = [line.split("│")[1].strip() for line in text.split("\n\n")[0].splitlines() if re.match(r"│ \d", line)]
    sections = re.findall(r"^.* — INTERPOL notice (\d+),.*\n=+$", text, re.M)
    assert len(overview) == 4 and sections == overview
    assert overview != sorted(overview, key=int)  # not the files' order: the test would show nothing
    markdown = check(GRACE, "--rules-dir", RULES, *FAST, "-f", "markdown")
    table = [line.split("|")[1].strip() for line in markdown.splitlines() if re.match(r"\| \d", line)]
    assert re.findall(r"^## .* — INTERPOL notice (\d+),", markdown, re.M) == table == overview
    check(GRACE, "--rules-dir", RULES, *FAST, "-o", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    linked = re.findall(r'<td data-label="Notice"><a href="#notice-[^"]+">(\d+)</a>', html)
    assert re.findall(r"<h2>.* — INTERPOL notice (\d+),", html) == linked == overview


def test_a_part_month_is_said_in_exact_days():
    """13 February days are "13 days", not 13/28 of an average month ("14 days")."""
    text = check(AMINATA, RULES / "interpol-vn-0844.yaml", "--no-infer")  # as of the deadline, 13 Feb 2025
    assert "2020-01 to ongoing (counted to 2025-02-13): 5 years 1 month 13 days" in text
    assert "1 month 14 days" not in text


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("pages")
    check(GRACE, "--rules-dir", RULES, *FAST, "-o", folder / "check.html")
    result = CliRunner().invoke(
        app,
        [
            "screen",
            str(RULES / "interpol-vn-0844.yaml"),
            str(ROOT / "profiles"),
            "-o",
            str(folder / "screen.html"),
            "-q",
            "--no-infer",
        ],
    )
    assert result.exit_code in (0, 4), result.output
    return {name: (folder / f"{name}.html").read_text(encoding="utf-8") for name in ("check", "screen")}


@pytest.mark.parametrize("name", ["check", "screen"])
def test_sortable_headers_are_buttons_and_the_hint_says_so(pages, name):
    html = pages[name]
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    cells = re.findall(r"<th\b[^>]*>(.*?)</th>", head, re.S)
    assert len(cells) >= 6 and all('<button type="button" class="sort"' in cell for cell in cells)
    assert "Click a column header" not in html
    hint = re.search(r'<span class="sort-hint">([^<]*)</span>', html)
    assert hint and "button" in hint.group(1)


def test_the_phone_layout_hides_the_hint_where_it_hides_the_headers(pages):
    phone = re.search(r"@media screen and \(max-width: 640px\) \{(.*?)\n  \}", pages["check"], re.S).group(1)
    assert re.search(r"#overview-table thead, \.sort-hint \{ display: none", phone)  # no headers, no hint
    screen_phone = re.search(r"@media \(max-width: 640px\) \{  /\* phones(.*?)\n  \}", pages["screen"], re.S).group(1)
    assert "thead tr { display: flex" in screen_phone  # the header buttons stay: the hint stays true


def _print_rules(html: str) -> str:
    """The text of every @media print block (braces counted: rules nest inside)."""
    blocks = []
    for start in (m.end() for m in re.finditer(r"@media print \{", html)):
        depth, end = 1, start
        while depth:
            depth += {"{": 1, "}": -1}.get(html[end], 0)
            end += 1
        blocks.append(html[start : end - 1])
    return " ".join(" ".join(blocks).split())


@pytest.mark.parametrize("name", ["check", "screen"])
def test_printed_pages_have_no_controls_hint_or_sort_arrows(pages, name):
    prints = _print_rules(pages[name])
    assert 'th button.sort::after { content: ""; }' in prints
    assert ".controls, .sort-hint { display: none; }" in prints
