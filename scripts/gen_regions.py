"""Generate matcher/reference/data/regions.yaml: named groups of countries that rules can refer to
("working experience with African countries", "Middle East and Asia countries").

Membership is computed from matcher/reference/data/countries.yaml (run scripts/gen_countries.py
first), so every code listed here is a key of countries.yaml.
- Every UN M49 region, sub-region and intermediate region (group table in
  refdata_common.py, copied from the UN M49 standard, unstats.un.org/unsd/methodology/m49).
- middle_east: M49 has no "Middle East". We use the traditional 17-country Middle East
  (as listed e.g. in Wikipedia's "Middle East" article): M49 Western Asia without the
  South Caucasus (Armenia, Azerbaijan, Georgia), plus Egypt and Iran.
French labels: Unicode CLDR territory names via Babel (BSD-3-Clause / Unicode License),
except where CLDR names a different group or has none (LABEL_FR_OVERRIDES).

Run: .venv/bin/python scripts/gen_regions.py
"""

from __future__ import annotations

import yaml
from babel import Locale
from babel.core import get_global
from refdata_common import (
    DATA_DIR,
    M49_GROUPS,
    M49_KEYS,
    M49_LEVELS,
    comment,
    flow_list,
    m49_depth,
    pkg,
    q,
    source_block,
    write,
)

# CLDR's 419 is "Amérique latine" (no Caribbean) and it has no name for 830.
LABEL_FR_OVERRIDES = {"419": "Amérique latine et Caraïbes", "830": "Îles Anglo-Normandes"}
MIDDLE_EAST = sorted(
    ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"]
)
MIDDLE_EAST_DEFINITION = (
    "Traditional Middle East, 17 countries: Bahrain, Cyprus, Egypt, Iran, Iraq, Israel, Jordan, "
    "Kuwait, Lebanon, Oman, Palestine, Qatar, Saudi Arabia, Syria, Türkiye, United Arab Emirates, "
    "Yemen (the list in Wikipedia's 'Middle East' article). Equivalently: UN M49 Western Asia (145) "
    "minus Armenia, Azerbaijan and Georgia, plus Egypt and Iran. Not the broader 'Middle East and "
    "North Africa' (MENA), which adds the Maghreb and Libya."
)

# Groups a notice may name that M49 does not define (policy groupings), with the definition used.
CUSTOM_GROUPS = {
    "western_balkans": (
        "Western Balkans",
        "Balkans occidentaux",
        ["AL", "BA", "ME", "MK", "RS", "XK"],
        "The six Western Balkan partners of the EU enlargement policy: Albania, Bosnia and "
        "Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia",
        "European Commission, EU enlargement policy (neighbourhood-enlargement.ec.europa.eu)",
    ),
    "south_caucasus": (
        "South Caucasus",
        "Caucase du Sud",
        ["AM", "AZ", "GE"],
        "Armenia, Azerbaijan and Georgia (the part of M49 Western Asia north of Türkiye and Iran)",
        "Common usage (EU Special Representative for the South Caucasus); UN M49 codes",
    ),
    "sahel": (
        "Sahel",
        "Sahel",
        ["BF", "ML", "MR", "NE", "TD"],
        "The G5 Sahel countries: Burkina Faso, Chad, Mali, Mauritania, Niger",
        "G5 Sahel founding convention (2014); the narrower group most notices mean",
    ),
}


def main() -> None:
    countries = yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))["countries"]
    fr = {**Locale("fr").territories, **LABEL_FR_OVERRIDES}
    members: dict[str, list[str]] = {key: [] for key in M49_KEYS.values()}
    for code, c in countries.items():
        for level in ("region", "subregion", "intermediate_region"):
            if c.get(level):
                members[c[level]].append(code)

    lines = []
    for code, (label, parent) in M49_GROUPS.items():
        key, level = M49_KEYS[code], M49_LEVELS[m49_depth(code)]
        definition = f"UN M49 {level.replace('_', '-')} {code} ({label})"
        assert members[key], key
        lines += [
            f"  {key}:",
            f"    label: {q(label)}",
            f"    label_fr: {q(fr[code])}",
            f"    level: {q(level)}",
            f"    parent: {q(M49_KEYS[parent] if parent else None)}",
            f"    definition: {q(definition)}",
            f"    source: {q('UN M49; membership from countries.yaml')}",
            f"    countries: {flow_list(sorted(members[key]), indent=15)}",
        ]

    western_asia = set(members["western_asia"])
    assert western_asia - {"AM", "AZ", "GE"} | {"EG", "IR"} == set(MIDDLE_EAST)
    assert set(MIDDLE_EAST) <= set(countries)
    lines += [
        "  middle_east:",
        f"    label: {q('Middle East')}",
        f"    label_fr: {q('Moyen-Orient')}",
        f"    level: {q('custom')}",
        "    parent: null",
        f"    definition: {q(MIDDLE_EAST_DEFINITION)}",
        f"    source: {q('Derived from UN M49 Western Asia (see definition)')}",
        f"    countries: {flow_list(MIDDLE_EAST, indent=15)}",
    ]

    for key, (label, label_fr, codes, definition, origin) in CUSTOM_GROUPS.items():
        assert set(codes) <= set(countries), key
        lines += [
            f"  {key}:",
            f"    label: {q(label)}",
            f"    label_fr: {q(label_fr)}",
            f"    level: {q('custom')}",
            "    parent: null",
            f"    definition: {q(definition)}",
            f"    source: {q(origin)}",
            f"    countries: {flow_list(sorted(codes), indent=15)}",
        ]

    header = comment("""
        Named country groups for rules: key -> label, definition and explicit member codes.
        level: region | subregion | intermediate_region (UN M49 levels) | custom (not in M49).
        parent: the enclosing M49 group. Countries are ISO 3166-1 alpha-2 keys of countries.yaml.
        middle_east, western_balkans, south_caucasus and sahel are not M49 groups: each one's
        definition and source fields say which definition is used.
        GENERATED by scripts/gen_regions.py from countries.yaml - do not edit by hand.
        """)
    source = source_block(
        "UN M49 (Standard country or area codes for statistical use); Middle East: see its definition",
        [
            "matcher/reference/data/countries.yaml (scripts/gen_countries.py)",
            f"{pkg('babel')}: Unicode CLDR {get_global('cldr')['version']} French region names "
            "(BSD-3-Clause / Unicode License); 2 overrides in the script",
        ],
        "scripts/gen_regions.py",
    )
    write("regions.yaml", header + source + "regions:\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
