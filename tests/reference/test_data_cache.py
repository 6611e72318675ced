"""The JSON cache of shipped data in the user's cache folder (reference.load_trusted_yaml)."""

from __future__ import annotations

import os

from matcher.reference import load_trusted_yaml


def test_two_copies_of_a_file_keep_their_own_cache_entries(tmp_path, monkeypatch):
    # Two installations (or checkouts) share the user's cache folder: reading one copy
    # must not evict the other's entry, or every run of either parses YAML again.
    cache = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(cache))
    first, second = tmp_path / "a" / "countries.yaml", tmp_path / "b" / "countries.yaml"
    for path, name in ((first, "Norway"), (second, "Norge")):
        path.parent.mkdir()
        path.write_text(f"countries: {{'NO': {name}}}\n")
    assert load_trusted_yaml(first) == {"countries": {"NO": "Norway"}}
    assert load_trusted_yaml(second) == {"countries": {"NO": "Norge"}}
    assert len(list(cache.glob("countries.*.json"))) == 2


def test_a_changed_file_replaces_its_own_stale_entry_and_is_read_anew(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(cache))
    source = tmp_path / "levels.yaml"
    source.write_text("phrases: {fluent: C1}\n")
    assert load_trusted_yaml(source) == {"phrases": {"fluent": "C1"}}
    source.write_text("phrases: {fluent: C1, native: C2}\n")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a later version
    assert load_trusted_yaml(source) == {"phrases": {"fluent": "C1", "native": "C2"}}
    assert len(list(cache.glob("levels.*.json"))) == 1
