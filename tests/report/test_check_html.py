"""`matcher check PROFILE` over every notice: the overview (text, Markdown, HTML) and
the self-contained HTML report, escaped, well-formed and complete.

Notices whose deadline is still ahead are made by copying the real rules files with a
deadline in 2099, so "open" does not depend on the day the tests run.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import job, profile, rules
from typer.testing import CliRunner

from matcher.cli import app
from matcher.engine.evaluate import evaluate
from matcher.report import render
from matcher.report.overview import rows
from matcher.report.view import build, order

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
EVIL = "<script>alert('x')</script>"
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr"}

PROFILE = f"""\
name: "Awa {EVIL} Diop"
nationality: SN
current_employment: {{employer_type: law_enforcement, employer_country: SN, employer: "Police & {EVIL}"}}
education:
  - {{title: "Licence <b>en</b> droit", field: law, level: 6, years: 3, completed: true}}
experience:
  - title: "Fingerprint examiner {EVIL}"
    employer: Police nationale
    employer_type: law_enforcement
    country: SN
    countries_worked_with: [ML]
    start: 2022-03
    categories: [fingerprints]
    description: "Latent prints & AFIS <img src=x onerror=alert(1)>"
languages:
  - {{language: fr, mother_tongue: true}}
  - {{language: en, level: C1}}
"""


class Page(HTMLParser):
    """Collects what the tests look at, and checks that every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.scripts: list[str] = []
        self.ids: list[str] = []
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if any(name.startswith("on") for name in attributes):
            self.problems.append(f"event handler attribute on <{tag}>")
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "tr":
            self.rows.append([])
        if tag in {"td", "th"}:
            self._cell = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in {"td", "th"} and self._cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        if tag == "script":
            self._in_script = False
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.problems == [] and page.stack == [], (page.problems, page.stack)
    return page


@pytest.fixture()
def rules_dir(tmp_path: Path) -> Path:
    """0844 and 1695 still open (deadline 2099, one title with markup), 0822 and 1295 closed."""
    folder = tmp_path / "rules"
    folder.mkdir()
    for number in ("0822", "0844", "1295", "1695"):
        text = (ROOT / "rules" / f"interpol-vn-{number}.yaml").read_text(encoding="utf-8")
        if number in ("0844", "1695"):
            text = re.sub(r"deadline: \d{4}-\d\d-\d\d", "deadline: 2099-01-31", text)
        if number == "0844":
            text = text.replace("title: Biometrics Specialized Officer", f'title: "Biometrics {EVIL} Officer"')
        (folder / f"interpol-vn-{number}.yaml").write_text(text, encoding="utf-8")
    return folder


def check(tmp_path: Path, rules_dir: Path, *args: str):
    me = tmp_path / "me.yaml"
    me.write_text(PROFILE, encoding="utf-8")
    return runner.invoke(
        app, ["check", str(me), "--rules-dir", str(rules_dir), "--as-of", "2025-01-31", "--no-infer", *args]
    )


def test_html_report_is_escaped_well_formed_and_complete(tmp_path, rules_dir):
    out = tmp_path / "report.html"
    result = check(tmp_path, rules_dir, "--format", "html", "-o", str(out))
    assert result.exit_code == 1, result.output  # not eligible everywhere as of 2025-01-31
    html = out.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>en</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    page = parse(html)
    assert len(page.scripts) == 1 and "sortable" in page.scripts[0]  # the layout's own script only
    assert html.count('<button type="button" class="sort">') == 8  # sortable from the keyboard too
    text = "".join(page.text)
    assert f"Eligibility report for Awa {EVIL} Diop" in text  # shown as text, exactly
    assert not re.search(r"(src|href)=\"(https?:)?//", html) and "@import" not in html  # self-contained
    # one section per notice, each with its requirements in detail, in the overview's order
    assert [i for i in page.ids if i.startswith("notice-")] == [
        "notice-interpol-vn-0844",
        "notice-interpol-vn-1695",
        "notice-interpol-vn-0822",
        "notice-interpol-vn-1295",
    ]
    assert "Notice: “At least three years' experience in the Fingerprint discipline.”" in text
    assert "short by 1 month" in text  # explanation
    assert f"experience 1: Fingerprint examiner {EVIL} (Police nationale)" in text  # evidence
    assert "At least 3 years of higher education" in text  # a child of an any_of...
    assert "Notice: “Three to five years’ education at a university" in text  # ...with its own sentence
    assert "When you apply" in text and "Assessed at selection (interview or test)" in text


def test_overview_puts_open_notices_first_and_projects_eligibility(tmp_path, rules_dir):
    out = tmp_path / "report.html"
    check(tmp_path, rules_dir, "--format", "html", "-o", str(out))
    page = parse(out.read_text(encoding="utf-8"))
    header, *body = [row for row in page.rows if len(row) == 8]
    assert header == [
        "Notice",
        "Title",
        "Deadline",
        "Open",
        "Verdict",
        "Score",
        "First blocking requirement",
        "Eligible from",
    ]
    assert [(r[0], r[3]) for r in body] == [("844", "open"), ("1695", "open"), ("822", "closed"), ("1295", "closed")]
    notice_844 = body[0]
    assert notice_844[1] == f"Biometrics {EVIL} Officer"
    assert notice_844[4] == "NOT ELIGIBLE"
    assert notice_844[6] == "Three years in the fingerprint discipline"  # first blocking requirement
    assert notice_844[7] == "2025-02-28"  # the third year completes; before the 2099 deadline


def test_text_overview_columns_and_order(tmp_path, rules_dir):
    result = check(tmp_path, rules_dir)
    assert result.exit_code == 1
    table = result.stdout.split("\n\n")[0]
    lines = [line for line in table.splitlines() if re.match(r"│ \d", line)]
    assert [line.split("│")[1].strip() for line in lines] == ["844", "1695", "822", "1295"]
    assert "│ open " in lines[0] and "│ closed " in lines[2]
    assert "2025-02-28" in lines[0] and "Three years in the fingerprint discipline" in lines[0]
    assert "Deadline 2025-06-06 (CLOSED)" in result.stdout


def test_markdown_overview_agrees(tmp_path, rules_dir):
    result = check(tmp_path, rules_dir, "--format", "markdown")
    rows_ = [line for line in result.stdout.splitlines() if re.match(r"\| \d", line)]
    assert [line.split("|")[1].strip() for line in rows_] == ["844", "1695", "822", "1295"]
    assert "| open |" in rows_[0] and "| closed |" in rows_[3] and "2025-02-28" in rows_[0]


def test_blind_html_leaves_out_the_name_and_the_profile_file(tmp_path, rules_dir):
    out = tmp_path / "report.html"
    check(tmp_path, rules_dir, "--format", "html", "-o", str(out), "--blind")
    html = out.read_text(encoding="utf-8")
    assert "Awa" not in html and "me.yaml" not in html


def test_single_notice_html_has_no_overview(tmp_path):
    me = tmp_path / "me.yaml"
    me.write_text(PROFILE, encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(me), str(ROOT / "rules" / "interpol-vn-0844.yaml"), "--format", "html", "--no-infer"]
    )
    page = parse(result.stdout)
    assert "overview" not in page.ids and page.ids.count("notice-interpol-vn-0844") == 1


def test_order_and_openness_as_of_a_given_day():
    candidate = profile(
        experience=[job("Fingerprint examiner", "2015-01", categories=["fingerprints"], countries_worked_with=["SN"])]
    )
    evaluations = [evaluate(candidate, rules(n)) for n in ("0822", "0844", "1295", "1695")]
    on = date(2025, 3, 1)  # 0844 closed on 13 Feb 2025; the others still open
    views = [build(e, today=on) for e in evaluations]
    assert [v.is_open for v in views] == [True, False, True, True]
    assert [v.notice.id for v in order(views)][-1] == "interpol-vn-0844"
    assert all(row["open"] == "closed" for row in rows([build(e, today=date(2026, 3, 12)) for e in evaluations]))
    html = render(evaluations, "html", today=on)
    parse(html)
    assert "Deadline 2025-02-13 (closed)" in html and "Deadline 2026-03-11 (open)" in html
