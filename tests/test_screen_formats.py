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
from test_screen_support import EXPECTED, batch, csv_rows, rel, run  # noqa: F401

HOSTILE = {  # raw value in good/hostile.yaml -> what it must look like in HTML
    '<script>alert("name")</script> O\'Brien': "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt; O&#39;Brien",
    "\"quoted\" & 'single' <b>id</b>": "&#34;quoted&#34; &amp; &#39;single&#39; &lt;b&gt;id&lt;/b&gt;",
    "<img src=x onerror=alert('title')> | pipe | title":
        "&lt;img src=x onerror=alert(&#39;title&#39;)&gt; | pipe | title",
    '=HYPERLINK("http://evil.example","click")': "=HYPERLINK(&#34;http://evil.example&#34;,&#34;click&#34;)",
    "<i>Diploma</i>": "&lt;i&gt;Diploma&lt;/i&gt;",
}


@pytest.fixture(scope="module")
def html(batch: Path) -> str:
    result = run(str(batch), "-f", "html", "-q")
    assert result.exit_code == 4
    return result.stdout


class _Page(HTMLParser):
    """Collects the ranking table's body rows, the details sections and any script/link."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.sections: list[str] = []
        self.scripts = 0
        self.external: list[str] = []
        self._table = self._body = self._cell = False
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "ranking":
            self._table = True
        elif self._table and tag == "tbody":
            self._body = True
        elif self._body and tag == "tr":
            self.rows.append([])
        elif self._body and tag == "td":
            self.rows[-1].append("")
            self._cell = True
        elif tag == "section" and "card" in (attrs.get("class") or ""):
            self.sections.append(attrs.get("id", ""))
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            if value and not value.startswith("#"):
                self.external.append(value)

    def handle_endtag(self, tag):
        if tag == "td":
            self._cell = False
        elif tag == "tbody" and self._body:
            self._body = self._table = False

    def handle_data(self, data):
        if self._cell:
            self.rows[-1][-1] += data


def test_html_table_has_one_row_per_input_and_details_for_each(html: str):
    page = _Page()
    page.feed(html)
    assert len(page.rows) == len(EXPECTED)
    assert all(len(cells) == 6 for cells in page.rows)
    assert [" ".join(c[2].split()) for c in page.rows].count("ERROR") == 7
    assert len(page.sections) == len(EXPECTED) == len(set(page.sections))
    assert page.scripts == 1  # only the layout's own sorting script
    assert page.external == []  # self-contained: no network
    assert 'class="sortable" id="ranking"' in html and html.count('<th class="sortable">') == 6


def test_html_escapes_markup_and_quotes_in_every_field(html: str):
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>id</b>" not in html
    assert "<i>Diploma" not in html
    for raw, escaped in HOSTILE.items():
        assert escaped in html, raw
    for raw in HOSTILE:  # no raw quote-bearing value survives anywhere (attributes included)
        assert raw not in html


def test_csv_round_trips_through_the_csv_reader(batch: Path):
    result = run(str(batch), "-f", "csv", "-q")
    raw = result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF
    assert raw.splitlines()[0] == "rank,input,profile_id,name,pseudonym,verdict,score,max_score,eligible_from," \
                                  "not_met,unknown,error,imported_from,rests_on_unconfirmed"
    assert raw.count("\r\n") == len(EXPECTED) + 1  # RFC 4180 line ends, one record per line
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == len(EXPECTED) + 1 and all(len(r) == 14 for r in rows)
    by_file = {rel(r["input"], batch): r for r in csv_rows(raw)}
    hostile = by_file["good/hostile.yaml"]
    assert hostile["name"] == '<script>alert("name")</script> O\'Brien'  # commas and quotes survive
    assert hostile["profile_id"] == "\"quoted\" & 'single' <b>id</b>"
    assert "Three years in the fingerprint discipline; " in hostile["not_met"]


def test_csv_neutralizes_formulas(batch: Path):
    by_file = {rel(r["input"], batch): r for r in csv_rows(run(str(batch), "-f", "csv", "-q").stdout)}
    formula = by_file["good/formula.yaml"]
    assert formula["name"] == "'=HYPERLINK(\"http://evil.example\",\"open me\")"
    assert formula["profile_id"] == "'-2+3"
    for row in by_file.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_markdown_escapes_pipes_so_every_table_row_has_six_cells(batch: Path):
    text = run(str(batch), "-f", "markdown", "-q").stdout
    table = [line for line in text.splitlines() if line.startswith("| ") and "Rank" not in line]
    assert len(table) == len(EXPECTED)
    for line in table:
        assert len(re.split(r"(?<!\\)\|", line)) == 8, line  # 6 cells between 7 unescaped pipes
    assert "\\| pipe \\|" in text and "<script>" not in text


def test_json_and_json_lines_are_valid_and_agree(batch: Path):
    report = json.loads(run(str(batch), "-f", "json", "-q").stdout)
    lines = run(str(batch), "-f", "jsonl", "-q").stdout.splitlines()
    assert [json.loads(line) for line in lines] == report["rows"]
    assert report["notice"]["id"] == "interpol-vn-0844"
    assert {r["id"] for r in report["requirements"]} >= {"fingerprint_experience", "african_countries"}
    eligible = next(r for r in report["rows"] if r["verdict"] == "eligible")
    assert {r["status"] for r in eligible["requirements"] if r["importance"] == "required"} == {"met"}


def test_text_lists_every_input(batch: Path):
    text = run(str(batch), "-q").stdout
    assert "12 profiles: 1 eligible, 1 needs review, 3 not eligible, 7 errors" in text
    for name in EXPECTED:
        assert name in text
