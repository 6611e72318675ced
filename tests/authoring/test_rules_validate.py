"""`matcher rules validate`: schema, kind parameters, and every quote in the notice."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def copy_rules(tmp_path, edit):
    """A copy of the 0844 rules beside a copy of its notice, with `edit` applied."""
    (tmp_path / "notices").mkdir()
    for notice in (ROOT / "rules" / "notices").glob("*0844*"):
        shutil.copy(notice, tmp_path / "notices" / notice.name)
    target = tmp_path / "interpol-vn-0844.yaml"
    target.write_text(edit((ROOT / "rules" / "interpol-vn-0844.yaml").read_text()))
    return target


def test_the_four_rules_files_are_valid():
    res = runner.invoke(app, ["rules", "validate"])
    assert res.exit_code == 0, res.output
    assert res.stdout.count("ok    ") == 4 and "4 valid, 0 invalid" in res.stdout


def test_a_quote_not_in_the_notice_fails_naming_the_rule_and_line(tmp_path):
    path = copy_rules(
        tmp_path,
        lambda t: t.replace(
            'source: "At least three years\' experience in the Fingerprint discipline."',
            'source: "At least two years\' experience in the Fingerprint discipline."',
        ),
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 2
    line = [ln for ln in res.stderr.splitlines() if "fingerprint_experience" in ln]
    assert line and "quote not found in the notice" in line[0]
    expected_line = (
        path.read_text()
        .splitlines()
        .index('    source: "At least two years\' experience in the Fingerprint discipline."')
        + 1
    )
    assert f"interpol-vn-0844.yaml:{expected_line}:" in line[0]


def test_whitespace_in_quotes_may_be_normalised(tmp_path):
    path = copy_rules(
        tmp_path,
        lambda t: t.replace(
            "At least three years' experience in the Fingerprint discipline.",
            "At least three   years' experience in the\\nFingerprint discipline.",
        ),
    )
    assert runner.invoke(app, ["rules", "validate", str(path)]).exit_code == 0


def test_schema_errors_are_reported_with_the_field(tmp_path):
    path = copy_rules(
        tmp_path,
        lambda t: t.replace(
            "min_years: 3\n    categories: [fingerprints]", "min_years: three\n    categories: [fingerprints]"
        ),
    )
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 2 and "requirements[1].min_years" in res.stderr


def test_unknown_category_and_region_and_language_in_rules(tmp_path):
    for old, new, needle in [
        ("categories: [fingerprints]", "categories: [palmistry]", "unknown category 'palmistry'"),
        ("regions: [africa]", "regions: [atlantis]", "unknown region 'atlantis'"),
        ("languages: [ar]", "languages: [zz]", "unknown language code 'zz'"),
        ("wording: ability to understand and present", "wording: vibes", "no CEFR level known"),
    ]:
        target = tmp_path / old.split(":")[0]
        target.mkdir()
        path = copy_rules(target, lambda t, old=old, new=new: t.replace(old, new))
        res = runner.invoke(app, ["rules", "validate", str(path)])
        assert res.exit_code == 2 and needle in res.stderr, res.stderr


def test_missing_notice_text_is_reported(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text((ROOT / "rules" / "interpol-vn-0844.yaml").read_text())
    res = runner.invoke(app, ["rules", "validate", str(path)])
    assert res.exit_code == 2 and "notice.source_file" in res.stderr


def test_a_broken_taxonomy_in_a_custom_rules_folder_is_one_line(tmp_path, monkeypatch):
    import subprocess
    import sys

    (tmp_path / "categories.yaml").write_text("categories:\n  a: {parent: nowhere}\n")
    shutil.copy(ROOT / "rules" / "interpol-vn-0844.yaml", tmp_path / "r.yaml")
    env = {**__import__("os").environ, "MATCHER_RULES_DIR": str(tmp_path)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "matcher",
            "check",
            str(ROOT / "bench" / "data" / "startup-profile.yaml"),
            str(tmp_path / "r.yaml"),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "categories.yaml" in proc.stderr and "unknown parent 'nowhere'" in proc.stderr


def test_the_data_cache_is_json_in_the_user_cache_and_survives_a_round_trip(tmp_path, monkeypatch):
    from matcher.reference import load_trusted_yaml

    cache = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(cache))
    data = tmp_path / "data"
    data.mkdir()
    source = data / "d.yaml"
    source.write_text('items: {"NO": Norway, x: [1, 2.5, null, true]}\n')
    first = load_trusted_yaml(source)
    caches = list(cache.glob("d.*.json"))
    assert len(caches) == 1 and load_trusted_yaml(source) == first == {
        "items": {"NO": "Norway", "x": [1, 2.5, None, True]}
    }
    json.loads(caches[0].read_text())  # JSON, never pickle
    with_int_keys = data / "e.yaml"
    with_int_keys.write_text("levels: {5: a, 6: b}\n")
    assert load_trusted_yaml(with_int_keys) == {"levels": {5: "a", 6: "b"}}
    assert not list(cache.glob("e.*"))  # would not round-trip: not cached
    assert sorted(p.name for p in data.iterdir()) == ["d.yaml", "e.yaml"]  # nothing written beside the data
