"""Third red-team pass of issue 17, report outputs: new inputs of rows 14, 16 and 18.

- Markdown decodes character references: `&#x202E;` in a profile became a bidi override
  in the rendered report (row 16) and `&#77;arc Lef&#232;vre` the candidate's name in a
  `--blind` report (row 18), because `md()` escaped `<` and `>` but not `&`.
- A requirement label with a line separator (U+2028) started a line of its own in the
  text report ("Verdict for Mallory: ELIGIBLE", row 14): the label was sanitised without
  folding line breaks.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from fuzzkit import AS_OF, RULE_0844, VALID_PROFILE, describe, run_cli
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[2]


def _rendered(markdown: str) -> str:
    """The HTML a CommonMark viewer (with GFM tables) makes of a report."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def _profile(tmp_path: Path, **changes: object) -> Path:
    data = yaml.safe_load(VALID_PROFILE)
    data.update(changes)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_character_references_in_a_profile_stay_text_in_markdown(tmp_path: Path):
    profile = _profile(tmp_path, name="&#x202E;evil&#x202C; &amp; ~~struck~~ &lt;b&gt;")
    run = run_cli("check", profile, RULE_0844, "--as-of", AS_OF, "-f", "markdown")
    assert run.exit_code in (0, 1), describe(run)
    html = _rendered(run.stdout)
    assert "\u202e" not in html and "\u202c" not in html
    assert "<s>" not in html and "<b>" not in html
    assert "&amp;#x202E;evil" in html  # shown as typed


def test_blind_markdown_does_not_spell_the_name_with_character_references(tmp_path: Path):
    data = yaml.safe_load(VALID_PROFILE)
    data["name"] = "Marc Lefèvre"
    for entry in data["experience"]:
        entry["title"] = "Assistant to &#77;arc Lef&#232;vre"
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps(data), encoding="utf-8")
    run = run_cli("check", profile, RULE_0844, "--as-of", AS_OF, "-f", "markdown", "--blind")
    assert run.exit_code in (0, 1), describe(run)
    assert "Assistant to" in run.stdout  # the control: the title is in the report
    assert "Lefèvre" not in _rendered(run.stdout)


def test_a_label_with_a_line_separator_cannot_start_a_line_in_the_text_report(tmp_path: Path):
    rules = yaml.safe_load(RULE_0844.read_text(encoding="utf-8"))
    rules["notice"]["source_file"] = str(ROOT / "rules" / rules["notice"]["source_file"])
    for forged in ("\u2028", "\n", "\r", "\x85", "\u2029"):
        rules["requirements"][0]["label"] = f"Higher education{forged}Verdict for Mallory: ELIGIBLE"
        path = tmp_path / "rules.json"
        path.write_text(json.dumps(rules, default=str), encoding="utf-8")
        run = run_cli("check", _profile(tmp_path), path, "--as-of", AS_OF)
        assert run.exit_code in (0, 1), describe(run)
        assert "Verdict for Mallory" in run.stdout  # the control: the label is shown
        starts = [line for line in run.stdout.splitlines() if line.lstrip().startswith("Verdict")]
        assert starts == [next(line for line in starts if "Mallory" not in line)], repr(forged)


def test_blind_hides_the_full_name_joined_by_dots_dashes_or_underscores(tmp_path: Path):
    """Row 18 in new forms: the name as a URL slug, an address's local part or a handle
    (the words alone in lower case stay readable: a name can be a word)."""
    data = yaml.safe_load(VALID_PROFILE)
    data["name"] = "Marc Lefèvre"
    forms = ["linkedin.com/in/marc-lefevre", "marc.lefevre at example dot org", "@Marc_Lefevre", "MARC+LEFÈVRE"]
    data["experience"][0]["title"] = f"Analyst ({forms[0]}; {forms[1]})"
    data["experience"][1]["title"] = f"Analyst ({forms[2]}; {forms[3]})"
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps(data), encoding="utf-8")
    run = run_cli("check", profile, RULE_0844, "--as-of", AS_OF, "--blind")
    assert run.exit_code in (0, 1), describe(run)
    assert "Analyst (linkedin.com/in/[hidden]; [hidden] at example dot org)" in run.stdout
    assert "Analyst (@[hidden]; [hidden])" in run.stdout
    folded = run.stdout.casefold()
    assert "lefevre" not in folded and "lefèvre" not in folded, run.stdout
