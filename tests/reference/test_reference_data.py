"""Checks on the generated reference data in matcher/reference/data/ (see scripts/gen_*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "matcher" / "reference" / "data"


def load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def countries() -> dict:
    return load("countries.yaml")["countries"]


@pytest.fixture(scope="module")
def regions() -> dict:
    return load("regions.yaml")["regions"]


@pytest.fixture(scope="module")
def interpol() -> dict:
    return load("interpol_members.yaml")


@pytest.mark.parametrize("name", ["countries.yaml", "regions.yaml", "interpol_members.yaml", "languages.yaml"])
def test_every_file_has_a_source_and_header(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("#")
    source = yaml.safe_load(text)["source"]
    assert source["standard"] and source["data"] and source["generated"] and source["script"]


def test_country_keys_are_strings(countries: dict) -> None:
    assert all(isinstance(k, str) and len(k) == 2 and k.isupper() for k in countries)
    assert len(countries) >= 250


def test_norway_key_is_not_a_boolean(countries: dict) -> None:
    assert "NO" in countries and False not in countries
    assert countries["NO"]["name"] == "Norway"
    assert countries["NO"]["region"] == "europe"


def test_kosovo_is_a_user_assigned_european_entry(countries: dict) -> None:
    assert countries["XK"]["region"] == "europe"


def test_interpol_has_196_members(interpol: dict) -> None:
    members = interpol["members"]
    assert interpol["count"] == len(members) == len(set(members)) == 196
    assert members == sorted(members)


def test_interpol_non_members(interpol: dict) -> None:
    members = set(interpol["members"])
    assert "KP" not in members and "TV" not in members
    assert {"KP", "TV"} <= set(interpol["non_members"])
    assert not members & set(interpol["non_members"])
    assert {"PS", "VA", "AW", "CW", "SX", "PW"} <= members


def test_interpol_members_are_known_countries(interpol: dict, countries: dict) -> None:
    assert set(interpol["members"]) <= set(countries)
    assert set(interpol["non_members"]) <= set(countries)


def test_every_region_is_defined_and_known(regions: dict, countries: dict) -> None:
    assert load("regions.yaml")["source"]
    for key, region in regions.items():
        assert region["definition"].strip(), key
        assert region["source"].strip(), key
        assert region["countries"], key
        assert region["countries"] == sorted(set(region["countries"])), key
        assert set(region["countries"]) <= set(countries), key


def test_m49_regions_agree_with_countries(regions: dict, countries: dict) -> None:
    for code, c in countries.items():
        for level in ("region", "subregion", "intermediate_region"):
            if c.get(level):
                assert code in regions[c[level]]["countries"], (code, level)


def test_named_regions(regions: dict) -> None:
    for key in (
        "africa",
        "asia",
        "europe",
        "americas",
        "oceania",
        "middle_east",
        "western_africa",
        "western_asia",
        "sub_saharan_africa",
    ):
        assert key in regions
    assert "SN" in regions["africa"]["countries"]
    assert "SN" in regions["western_africa"]["countries"]
    assert {"SA", "AE"} <= set(regions["middle_east"]["countries"])
    assert "JP" in regions["asia"]["countries"]
    assert "FR" in regions["europe"]["countries"]


def test_languages() -> None:
    data = load("languages.yaml")
    languages = data["languages"]
    assert {"en", "fr", "es", "ar"} <= set(languages)
    assert "no" in languages and all(isinstance(k, str) for k in languages)
    assert languages["en"]["name"] == "English"
    assert languages["fr"]["name_fr"] == "français"
