"""The applicant's pages through the app's HTTP interface: the form covers the whole
profile, a profile round-trips through the form, the verdicts are the engine's own,
validation messages are the CLI's, and nothing unsafe gets through."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from webkit import PROFILES, ROOT

from matcher.engine.evaluate import evaluate
from matcher.errors import InputError
from matcher.files.documents import Document, load_document
from matcher.models.load import load_profile, load_rules, profile_from_document
from matcher.models.profile import Profile
from matcher.nlp import lazy_categorizer
from matcher.reference import discover_rules
from matcher.web.profile_form import data_to_form, form_to_data, profile_fields

pytestmark = pytest.mark.timeout(120)
EXAMPLES = sorted(PROFILES.glob("*.yaml"))


def _verdicts(html: str) -> dict[str, str]:
    """notice id -> verdict, read from the overview table."""
    found = re.findall(
        r"<small>[^<]*· ([a-z0-9-]+)</small></th>\s*<td[^>]*>[^<]*</td>\s*"
        r'<td[^>]*><span class="verdict (\w+)"',
        html,
    )
    return dict(found)


def _model_paths(model: type, prefix: str = "") -> set[str]:
    paths = set()
    for name, info in model.model_fields.items():
        paths.add(prefix + name)
        for arg in getattr(info.annotation, "__args__", ()) + (info.annotation,):
            if isinstance(arg, type) and hasattr(arg, "model_fields"):
                paths |= _model_paths(arg, prefix + name + ".")
    return paths


def _form_paths(fields, prefix: str = "") -> set[str]:
    out = set()
    for spec in fields:
        out.add(prefix + spec.name)
        if spec.widget in ("group", "list"):
            out |= _form_paths(spec.children, prefix + spec.name + ".")
    return out


def test_the_form_has_every_field_of_the_profile_model():
    assert _model_paths(Profile) <= _form_paths(profile_fields())


@pytest.mark.parametrize("path", EXAMPLES[:6], ids=lambda p: p.stem)
def test_an_example_profile_round_trips_through_the_form(path: Path):
    data = load_document(path).data
    back = form_to_data(data_to_form(data))
    assert Profile.model_validate(back) == Profile.model_validate(data)


def test_the_verdicts_on_the_page_are_the_engines(web):
    path = PROFILES / "grace-wanjiru-short-fingerprints.yaml"
    profile = load_profile(path)
    expected = {
        r.notice.id: evaluate(profile, r, categorizer=lazy_categorizer()).verdict.value
        for r in map(load_rules, discover_rules(ROOT / "rules"))
    }
    page = web.post("/profile", data=[*_single(data_to_form(load_document(path).data)), ("action", "check")])
    assert page.status_code == 200, page.text[:500]
    assert _verdicts(page.text) == expected
    assert "Grace Wanjiru" in page.text


def _single(values: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, vs in values.items() for v in vs]


def test_full_report_of_one_notice_explains_every_requirement(web):
    path = PROFILES / "grace-wanjiru-short-fingerprints.yaml"
    overview = web.post("/profile", data=[*_single(data_to_form(load_document(path).data)), ("action", "check")])
    profile_json = re.search(r'name="profile_json" value="([^"]+)"', overview.text).group(1)
    report = web.post("/profile", data={"profile_json": _unescape(profile_json), "action": "report:interpol-vn-0844"})
    assert report.status_code == 200
    assert "Three years in the fingerprint discipline" in report.text
    assert "At least three years&#39; experience in the Fingerprint discipline." in report.text  # the notice sentence
    assert "short by" in report.text and "What to do to apply" in report.text


def _requirement_parts(html: str) -> list[str]:
    """Each requirement's badge, label, explanation, notice sentence and evidence, in order."""
    return [
        " ".join(m.split())
        for m in re.findall(
            r'<span class="badge [a-z_]+">.*?</span>|<strong>.*?</strong>|<div class="(?:why|source)">.*?</div>|'
            r"<ul class=\"evidence\">.*?</ul>",
            html,
            re.S,
        )
    ]


def test_the_report_page_is_checks_html_report_by_the_same_macro(web, tmp_path):
    """One report model (issue 11): the web page shows the view of `check` through the
    reports' own requirement macro, so the two say the same words about every requirement."""
    from typer.testing import CliRunner

    from matcher.cli import app

    path = PROFILES / "grace-wanjiru-short-fingerprints.yaml"
    rules = ROOT / "rules" / "interpol-vn-0844.yaml"
    data = load_document(path).data
    page = web.post("/profile", data={"profile_json": json.dumps(data), "action": "report:interpol-vn-0844"})
    cli = CliRunner().invoke(app, ["check", str(path), str(rules), "-f", "html", "-o", str(tmp_path / "r.html")])
    assert page.status_code == 200 and cli.exit_code == 1, cli.output
    expected = _requirement_parts((tmp_path / "r.html").read_text(encoding="utf-8").split('<section class="notice')[1])
    assert len(expected) > 20 and _requirement_parts(page.text.split('<div class="requirements">')[1]) == expected
    assert '<span class="verdict not_eligible">NOT ELIGIBLE</span>' in page.text
    french = web.post("/profile?lang=fr", data={"profile_json": json.dumps(data), "action": "report:interpol-vn-0844"})
    assert "non remplie" in french.text and "NON ÉLIGIBLE" in french.text and "Obligatoire</h2>" in french.text


def _unescape(html: str) -> str:
    return (
        html.replace("&#34;", '"')
        .replace("&quot;", '"')
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )


def test_a_mistake_gets_the_clis_message_next_to_its_field(web):
    data = {"experience": [{"title": "Analyst", "start": "2019-13"}]}
    with pytest.raises(InputError) as cli:
        profile_from_document(Document(data, "x"))
    cli_message = cli.value.message
    page = web.post(
        "/profile", data={"experience.0.title": "Analyst", "experience.0.start": "2019-13", "action": "check"}
    )
    assert page.status_code == 422
    field = re.search(
        r'id="f-experience-0-start"[^>]*>\s*<p class="error" id="f-experience-0-start-error" '
        r'role="alert">([^<]+)</p>',
        page.text,
    )
    assert field and _unescape(field.group(1)) == cli_message


def test_download_then_upload_gives_the_same_profile(web):
    source = load_document(PROFILES / "sarah-thompson-safeguarding.yaml").data
    download = web.post("/profile", data=[*_single(data_to_form(source)), ("action", "download")])
    assert download.status_code == 200 and download.headers["content-disposition"].startswith("attachment")
    assert Profile.model_validate(yaml.safe_load(download.text)) == Profile.model_validate(source)
    web.get("/profile")
    filled = web.post("/profile/upload", files={"file": ("mine.yaml", download.content, "application/yaml")})
    assert filled.status_code == 200
    assert 'value="Sarah Thompson"' in filled.text


def test_a_json_resume_fills_the_form_and_lists_what_was_not_carried_over(web):
    resume = {
        "basics": {"name": "Lena Traoré", "label": "Analyst"},
        "work": [{"name": "Police", "position": "Analyst", "startDate": "2018-01"}],
    }
    page = web.post("/profile/upload", files={"file": ("cv.json", json.dumps(resume).encode(), "application/json")})
    assert page.status_code == 200 and 'value="Lena Traoré"' in page.text
    assert "What the import could not carry over" in page.text


def test_a_form_without_the_sites_token_is_refused(web):
    page = web.client.post("/profile", data={"csrf": "forged", "name": "x", "action": "check"})
    assert page.status_code == 403 and "expired" in page.text


@pytest.mark.parametrize("url", ["/", "/profile", "/screen", "/draft", "/rules", "/runs"])
def test_every_page_has_a_strict_policy_and_no_inline_script(web, url):
    page = web.get(url)
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "default-src 'none'" in policy
    assert page.headers["x-frame-options"] == "DENY"
    assert not re.search(r"<script(?![^>]*\bsrc=)", page.text)  # every script is a file
    assert not re.search(r"\son[a-z]+=", page.text)  # no inline event handlers
    assert not re.search(r"\sstyle=", page.text)


def test_hostile_text_is_shown_inert(web):
    page = web.post(
        "/profile", data={"name": "<script>alert(1)</script><img src=x onerror=alert(2)>", "action": "check"}
    )
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_an_upload_too_large_is_refused_with_a_message(web):
    big = b"name: x\n" + b"#" * (6 * 1024 * 1024)
    page = web.post("/profile/upload", files={"file": ("big.yaml", big, "text/yaml")})
    assert page.status_code == 422 and "larger than 5 MiB" in page.text and "Traceback" not in page.text


def test_a_broken_upload_is_a_message_not_a_stack_trace(web):
    page = web.post("/profile/upload", files={"file": ("bad.yaml", b"name: [unclosed\n", "text/yaml")})
    assert page.status_code == 422 and "bad.yaml" in page.text and "Traceback" not in page.text


def test_the_interface_speaks_french(web):
    page = web.get("/profile?lang=fr")
    assert '<html lang="fr">' in page.text and "Votre profil" in page.text and "Non indiqué" in page.text
    assert "Votre profil" in web.get("/profile").text  # remembered in a cookie


def test_every_interface_text_has_a_french_translation():
    from matcher.report.words import IMPORTANCE_WORDS, SECTION_TITLES, STATUS_WORDS, VERDICT_WORDS
    from matcher.web.i18n import catalogue

    french = catalogue("fr")
    folder = ROOT / "matcher" / "web"
    macros = ROOT / "matcher" / "report" / "templates" / "requirement.html.j2"  # the pages import them
    templates = [*folder.rglob("*.j2"), macros]
    used = {m.group(2) for f in templates for m in re.finditer(r'_\((["\'])(.+?)\1\)', f.read_text())}
    # and the words the shared macros translate: every value of the report's word tables
    used |= {*VERDICT_WORDS.values(), *STATUS_WORDS.values(), *IMPORTANCE_WORDS.values(), *SECTION_TITLES.values()}
    used |= {
        m.group(1) + (m.group(2) or "")
        for f in folder.glob("*.py")
        for m in re.finditer(r'pages\.problem\(request, "([^"]+)"(?:\s*"([^"]+)")?', f.read_text())
    }

    def texts(fields):
        for spec in fields:
            yield spec.label
            if spec.help:
                yield spec.help
            if spec.widget == "select" and spec.name not in ("country", "employer_country", "language"):
                yield from (label for _, label in spec.choices)
            yield from texts(spec.children)

    used |= set(texts(profile_fields()))
    assert sorted(used - set(french)) == []


def test_a_pdf_cv_drafts_the_form_with_its_notes(web):
    cv = ROOT / "tests" / "data" / "cvs" / "pdf06_sidebar_en.pdf"
    page = web.post("/profile/upload", files={"file": ("my cv.pdf", cv.read_bytes(), "application/pdf")})
    assert page.status_code == 200, page.text[:300]
    assert 'value="Senior Analyst"' in page.text and 'value="Kripos"' in page.text
    assert "What the import could not carry over, or left for you to confirm" in page.text


def test_a_broken_cv_is_a_message(web):
    page = web.post("/profile/upload", files={"file": ("cv.pdf", b"%PDF-1.4 not really", "application/pdf")})
    assert page.status_code == 422 and "cv.pdf" in page.text and "Traceback" not in page.text
