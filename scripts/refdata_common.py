"""Shared helpers for the scripts/gen_*.py reference-data generators.

The generators write YAML by hand (not yaml.dump) so that every alpha-2 key and
every string value is double-quoted: YAML 1.1 would otherwise read NO (Norway) as
false. A JSON string literal is a valid YAML double-quoted scalar, so json.dumps
does the quoting.

UN M49 ("Standard country or area codes for statistical use", UN Statistics
Division, unstats.un.org/unsd/methodology/m49) is public reference data; the group
table below copies its codes, English names and hierarchy.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from importlib.metadata import version
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "matcher" / "reference" / "data"
TODAY = date.today().isoformat()

# M49 code -> (English name, parent code or None). Levels: region > sub-region > intermediate region.
M49_GROUPS: dict[str, tuple[str, str | None]] = {
    "002": ("Africa", None),
    "015": ("Northern Africa", "002"),
    "202": ("Sub-Saharan Africa", "002"),
    "014": ("Eastern Africa", "202"),
    "017": ("Middle Africa", "202"),
    "018": ("Southern Africa", "202"),
    "011": ("Western Africa", "202"),
    "019": ("Americas", None),
    "419": ("Latin America and the Caribbean", "019"),
    "029": ("Caribbean", "419"),
    "013": ("Central America", "419"),
    "005": ("South America", "419"),
    "021": ("Northern America", "019"),
    "142": ("Asia", None),
    "143": ("Central Asia", "142"),
    "030": ("Eastern Asia", "142"),
    "035": ("South-eastern Asia", "142"),
    "034": ("Southern Asia", "142"),
    "145": ("Western Asia", "142"),
    "150": ("Europe", None),
    "151": ("Eastern Europe", "150"),
    "154": ("Northern Europe", "150"),
    "830": ("Channel Islands", "154"),
    "039": ("Southern Europe", "150"),
    "155": ("Western Europe", "150"),
    "009": ("Oceania", None),
    "053": ("Australia and New Zealand", "009"),
    "054": ("Melanesia", "009"),
    "057": ("Micronesia", "009"),
    "061": ("Polynesia", "009"),
}
M49_LEVELS = {0: "region", 1: "subregion", 2: "intermediate_region"}


def m49_depth(code: str) -> int:
    parent = M49_GROUPS[code][1]
    return 0 if parent is None else 1 + m49_depth(parent)


def snake(name: str) -> str:
    """'South-eastern Asia' -> 'south_eastern_asia'."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


M49_KEYS = {code: snake(name) for code, (name, _) in M49_GROUPS.items()}


def q(value: object) -> str:
    """A YAML scalar: null, a number, or a double-quoted string."""
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def flow_map(items: dict[str, object]) -> str:
    """{name: "France", region: "europe"} with None-valued keys kept as null."""
    return "{" + ", ".join(f"{k}: {q(v)}" for k, v in items.items()) + "}"


def flow_list(values: list[str], indent: int, width: int = 100) -> str:
    """A quoted flow sequence, wrapped to `width` with continuation lines at `indent`."""
    body = ", ".join(q(v) for v in values)
    lines = textwrap.wrap(f"[{body}]", width=width - indent, break_on_hyphens=False)
    return ("\n" + " " * indent).join(lines)


def pkg(name: str) -> str:
    return f"{name} {version(name)}"


def source_block(standard: str, data: list[str], script: str) -> str:
    lines = ["source:", f"  standard: {q(standard)}", "  data:"]
    lines += [f"    - {q(d)}" for d in data]
    lines += [f"  generated: {q(TODAY)}", f"  script: {q(script)}"]
    return "\n".join(lines) + "\n"


def comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in textwrap.dedent(text).strip().splitlines())


def write(filename: str, text: str) -> Path:
    path = DATA_DIR / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return path
