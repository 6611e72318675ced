"""A drafted rules file as YAML text, with ids, labels and review notes, and its validation.

The notice block is written field by field so that a fact the draft is unsure of
can carry a `# review:` comment right above it (the Notice model has no review
field); requirements are plain YAML in block style, short lists inline.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import yaml

from ..errors import InputError
from ..files.documents import load_document
from ..kinds import get_kind
from ..models.load import params_of
from ..models.rules import RulesFile
from .asides import render_asides

KEY_ORDER = ("id", "kind", "importance", "label", "source", "review", "note", "confidence", "cue")


def base_id(entry: dict[str, Any]) -> str:
    """A readable id from what the entry asks ('experience_fingerprints', 'english'): the kind's own stem."""
    children = [base_id(c) for c in entry.get("children", [])]
    languages = entry.get("languages") or []
    if entry["kind"] == "language" and len(languages) > 4:  # a named group: its name, not 24 language names
        from .language_names import language_groups

        named = [gid for gid, (codes, _) in language_groups().items() if set(codes) == set(languages)]
        return named[0] if named else f"one_of_{len(languages)}_languages"
    return get_kind(entry["kind"]).id_stem(entry, children)


def assign_ids(entries: list[dict[str, Any]]) -> None:
    """Give every entry (children too) a unique id."""
    seen: Counter[str] = Counter()

    def walk(entry: dict[str, Any]) -> None:
        base = re.sub(r"[^a-z0-9_-]+", "_", base_id(entry).lower()).strip("_") or "rule"  # "0.4167_years"
        seen[base] += 1
        entry["id"] = base if seen[base] == 1 else f"{base}_{seen[base]}"
        for child in entry.get("children", []):
            walk(child)

    for entry in entries:
        walk(entry)


def add_labels(entry: dict[str, Any]) -> None:
    """A short label from the kind's own description (none for `assessed`)."""
    for child in entry.get("children", []):
        add_labels(child)
    kind = get_kind(entry["kind"])
    if entry["kind"] == "assessed":
        return
    if kind.combinator:
        joiner = " or " if entry["kind"] == "any_of" else " and "
        labels = [c.get("label", c["id"]) for c in entry["children"]]
        entry["label"] = joiner.join([labels[0]] + [t[:1].lower() + t[1:] for t in labels[1:]])
        return
    params = {k: v for k, v in entry.items() if k not in KEY_ORDER + ("children",) and v is not None}
    try:
        text = kind.describe(kind.Params.model_validate(params))
    except Exception:  # an entry that does not validate is reported by validate()
        return
    if text:
        entry["label"] = text[:1].upper() + text[1:]


def encodable(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry, or `assessed` with the reason when its parameters do not validate ("61 years of
    experience" read from an age limit): one unreadable sentence never sinks the whole draft."""
    if entry.get("children"):
        entry["children"] = [encodable(c) for c in entry["children"]]
        return entry
    params = {k: v for k, v in entry.items() if k not in KEY_ORDER + ("children",) and v is not None}
    try:
        get_kind(entry["kind"]).Params.model_validate(params)
        return entry
    except Exception as exc:  # pydantic's ValidationError, or an unknown kind
        errors = getattr(exc, "errors", None)
        first = errors()[0] if callable(errors) else None
        reason = (f"{'.'.join(map(str, first['loc']))}: {first['msg']}" if first else str(exc))[:160]
        out = {k: entry[k] for k in KEY_ORDER if k in entry and k != "kind"}
        note = f"read as `{entry['kind']}` but its values do not validate ({reason}): write it by hand"
        return {
            **out,
            "kind": "assessed",
            "confidence": 0.2,
            "review": "; ".join(filter(None, [entry.get("review"), note])),
        }


def tidy(entry: dict[str, Any]) -> dict[str, Any]:
    """Keys in a fixed order, empty review/notes dropped, whole numbers as ints."""
    out = {k: entry[k] for k in KEY_ORDER if entry.get(k) is not None}
    for key, value in entry.items():
        if key in out or key in KEY_ORDER or value is None or key == "children":
            continue
        out[key] = int(value) if isinstance(value, float) and value == int(value) else value
    if entry.get("children"):
        out["children"] = [tidy(c) for c in entry["children"]]
    return out


class _Dumper(yaml.SafeDumper):
    """Block style, except lists of plain values inline: `categories: [fingerprints]`."""

    def ignore_aliases(self, data: Any) -> bool:  # rules files may not use anchors
        return True


def _list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(v, (str, int, float, bool)) and len(str(v)) < 40 for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list)


def _scalar(value: Any) -> str:
    return (
        yaml.safe_dump(value, allow_unicode=True, width=10_000, default_flow_style=True)
        .strip()
        .removesuffix("\n...")
        .removesuffix("...")
        .strip()
    )


def render(
    facts: dict[str, Any],
    reviews: dict[str, str],
    entries: list[dict[str, Any]],
    notice_name: str,
    asides: list[tuple[str, str]] | None = None,
) -> str:
    """The rules file's YAML text; `asides`: the sentences set aside, listed in a comment."""
    out = [
        f"# Drafted by `matcher rules draft` from {notice_name}.",
        "# A first draft: check every `review:` note and comment, then `matcher rules validate`",
        "# and `matcher rules coverage` before use.",
        "schema_version: 1",
        "notice:",
    ]
    for key, value in facts.items():
        if key in reviews:
            out.append(f"  # review: {' '.join(reviews[key].split())}")
        if value is None or value == []:
            continue
        if isinstance(value, list):
            out.append(f"  {key}:")
            out += [f"    - {_scalar(v)}" for v in value]
        else:
            out.append(f"  {key}: {_scalar(value)}")
    out.append("")
    out += render_asides(asides or [])
    body = yaml.dump(
        {"requirements": [tidy(e) for e in entries]},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=False,
        indent=2,
    )
    return "\n".join(out) + "\n" + body


def validate(text: str, name: str) -> RulesFile:
    """The draft as a validated RulesFile (a draft that does not validate is a drafter bug)."""
    try:
        doc = load_document(name, text)
        rules = RulesFile.model_validate(doc.data)
        for req in rules.all_requirements():
            params_of(req)
        return rules
    except Exception as exc:  # InputError or pydantic's ValidationError
        message = exc.one_line() if isinstance(exc, InputError) else " ".join(str(exc).split())[:300]
        raise InputError(
            f"the draft does not validate (a drafter bug, please report it): {message}", file=name
        ) from None
