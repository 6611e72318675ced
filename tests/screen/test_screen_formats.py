"""Report formats of `matcher screen`: HTML escaping and structure, CSV round trip and
formula neutralization, Markdown pipes, JSON and JSON Lines validity."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from screen_support import EXPECTED, csv_rows, html_page_data, rel, run

HOSTILE = {  # raw value in good/hostile.yaml -> what it must look like in HTML
    '<script>alert("name")</script> O\'Brien': "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt; O&#39;Brien",
    "\"quoted\" & 'single' <b>id</b>": "&#34;quoted&#34; &amp; &#39;single&#39; &lt;b&gt;id&lt;/b&gt;",
    "<img src=x onerror=alert('title')> | pipe | title": (
        "&lt;img src=x onerror=alert(&#39;title&#39;)&gt; | pipe | title"
    ),
    '=HYPERLINK("http://evil.example","click")': "=HYPERLINK(&#34;http://evil.example&#34;,&#34;click&#34;)",
    "<i>Diploma</i>": "&lt;i&gt;Diploma&lt;/i&gt;",
}


@pytest.fixture(scope="module")
def html(batch: Path) -> str:
    result = run(str(batch), "-f", "html", "-q")
    assert result.exit_code == 4
    return result.stdout


class _Page(HTMLParser):
    """Collects the scripts, the attributes and the links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[str] = []
        self.external: list[str] = []
        self.tbody_rows = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "tr":
            self.tbody_rows += 1
        self.handlers += [name for name in attrs if name.startswith("on")]
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            if value and not value.startswith("#"):
                self.external.append(value)


def test_html_embeds_every_input_once_as_data_with_details_for_each(html: str):
    page = _Page()
    page.feed(html)
    data, details = html_page_data(html)
    rows = data["rows"]
    assert len(rows) == len(EXPECTED) and len(details) == len(rows) + 1  # one line each, then the end
    assert [r[4] for r in rows].count("error") == 7
    assert all(('<ul class="reqs">' in details[r[0] - 1]) == (r[4] != "error") for r in rows)  # ready to open
    assert [s.get("type") for s in page.scripts] == ["application/json", None, "text/plain"]  # data, code, details
    assert page.handlers == []  # no inline event handlers (onclick=...)
    assert page.external == []  # self-contained: no network
    assert page.tbody_rows == 1  # only the header row: the script lists the applicants a page at a time
    assert html.count('<button type="button" class="sort"') == 6  # sortable by keyboard too


def test_html_escapes_markup_and_quotes_in_every_field(html: str):
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>id</b>" not in html
    assert "<i>Diploma" not in html
    for raw in HOSTILE:  # no raw quote-bearing value survives anywhere (attributes and data included)
        assert raw not in html
    data, lines = html_page_data(html)
    names = {r[2] for r in data["rows"]}  # set with textContent by the script: kept as the raw text
    assert '<script>alert("name")</script> O\'Brien' in names
    details = " ".join(lines)  # HTML fragments: escaped by the macro
    for raw, escaped in HOSTILE.items():
        if raw.startswith(("<img", "<i>")):  # values that reach the details (titles, degrees)
            assert escaped in details and raw not in details, raw


def test_csv_round_trips_through_the_csv_reader(batch: Path):
    result = run(str(batch), "-f", "csv", "-q")
    raw = result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF
    assert raw.startswith(
        "rank,input,profile_id,name,pseudonym,verdict,score,max_score,eligible_from,not_met,unknown,error,"
        'imported_from,rests_on_unconfirmed,"Higher education, or ten years\' experience instead (required)",'
    )  # then the other requirements, one column each
    assert raw.count("\r\n") == len(EXPECTED) + 1  # RFC 4180 line ends, one record per line
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == len(EXPECTED) + 1 and all(len(r) == 14 + 7 for r in rows)
    by_file = {rel(r["input"], batch): r for r in csv_rows(raw)}
    hostile = by_file["good/hostile.yaml"]
    assert hostile["name"] == '<script>alert("name")</script> O\'Brien'  # commas and quotes survive
    assert hostile["profile_id"] == "\"quoted\" & 'single' <b>id</b>"
    assert "Three years in the fingerprint discipline; " in hostile["not_met"]


def test_csv_neutralizes_formulas(batch: Path):
    by_file = {rel(r["input"], batch): r for r in csv_rows(run(str(batch), "-f", "csv", "-q").stdout)}
    formula = by_file["good/formula.yaml"]
    assert formula["name"] == '\'=HYPERLINK("http://evil.example","open me")'
    assert formula["profile_id"] == "'-2+3"
    for row in by_file.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_cells_are_single_lines_even_for_names_with_line_breaks(tmp_path: Path):
    """A file name or profile name with CR, LF, U+2028 or U+2029 inside: every CSV record is
    one physical line (folded to spaces, as in the text report), so no cell starts a line."""
    source = Path(__file__).resolve().parents[2] / "profiles" / "aminata-diallo-fingerprints.yaml"
    folder = tmp_path / "applicants"
    folder.mkdir()
    for name in ("a\u2028b.yaml", "c\u2029d.yaml", "e\nf.yaml", "g\rh.yaml"):
        text = source.read_text(encoding="utf-8").replace("name: Aminata Diallo", 'name: "Aminata\\u2028Diallo"')
        (folder / name).write_text(text, encoding="utf-8")
    out = run(str(folder), "-f", "csv", "--csv-dialect", "plain", "-q").stdout
    records = out.splitlines()
    assert len(records) == 5, records  # the header and one line per applicant
    assert not any(ch in out for ch in "\r\u2028\u2029")
    inputs = sorted(rel(r["input"], folder) for r in csv_rows(out))
    assert inputs == ["a b.yaml", "c d.yaml", "e f.yaml", "g h.yaml"]
    assert {r["name"] for r in csv_rows(out)} == {"Aminata Diallo"}


def test_markdown_escapes_pipes_so_every_table_row_has_six_cells(batch: Path):
    text = run(str(batch), "-f", "markdown", "-q").stdout
    ranking = text.split("\n## Requirements")[0]
    table = [line for line in ranking.splitlines() if line.startswith("| ") and "Rank" not in line]
    assert len(table) == len(EXPECTED)
    for line in table:
        assert len(re.split(r"(?<!\\)\|", line)) == 8, line  # 6 cells between 7 unescaped pipes
    assert "\\| pipe \\|" in text and "<script>" not in text


def test_json_and_json_lines_are_valid_and_agree(batch: Path):
    report = json.loads(run(str(batch), "-f", "json", "-q").stdout)
    lines = run(str(batch), "-f", "jsonl", "-q").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert all(r.pop("schema_version") == report["schema_version"] == "2" for r in records)
    assert records == report["rows"]
    assert report["notice"]["id"] == "interpol-vn-0844"
    assert {r["id"] for r in report["requirements"]} >= {"fingerprint_experience", "african_countries"}
    eligible = next(r for r in report["rows"] if r["verdict"] == "eligible")
    assert {r["status"] for r in eligible["requirements"] if r["importance"] == "required"} == {"met"}


def test_text_lists_every_input(batch: Path):
    text = run(str(batch), "-q").stdout
    assert "12 profiles: 1 eligible, 1 needs review, 3 not eligible, 7 errors" in text
    for name in EXPECTED:
        assert name in text
