"""A draft as commented YAML a person can confirm quickly: the profile in the normal
layout (profile_tools.yaml_writer), with before each entry a comment saying where it
was read, how sure the importer is, and what to review."""

from __future__ import annotations

import re
from datetime import date

from ..files.output import clean
from ..profile_tools.yaml_writer import profile_yaml
from .draft import Draft

WORDS = {
    "high": "high (a field of the file that says exactly this)",
    "medium": "medium (read from free text: check it)",
    "low": "low (a guess to confirm)",
}


def _comment(text: str) -> str:
    """One comment line: no control characters, no line breaks (the CV's text is untrusted)."""
    return " ".join(clean(text).split())


def _entry_reviews(draft: Draft) -> tuple[dict[str, list[str]], list[str]]:
    by_entry: dict[str, list[str]] = {}
    general = []
    for note in draft.reviews:
        m = re.match(r"^((?:experience|education|languages)\[\d+\]): (.*)$", note)
        if m:
            by_entry.setdefault(m.group(1), []).append(m.group(2))
        else:
            general.append(note)
    return by_entry, general


def draft_yaml(draft: Draft, schema_ref: str | None, today: date | None = None) -> str:
    by_entry, general = _entry_reviews(draft)
    header = [
        f"DRAFT profile imported from {_comment(draft.file)} ({draft.format}) by `matcher profile import` "
        f"on {(today or date.today()).isoformat()}.",
        "Nothing here is confirmed yet. Before each entry: where it was read and how sure the import is;",
        "'review:' lines need your decision. Facts the CV does not state are left out (not stated),",
        "never guessed. Also add what a CV rarely says: employer_type, proof_of_employment and",
        "current_employment. Then: matcher profile validate FILE; matcher check FILE.",
    ]
    if general:
        header += ["", "To review:"] + [f"  review: {_comment(n)}" for n in general]
    text = profile_yaml(draft.profile_data(), header=header, schema_ref=schema_ref)
    out, section, index = [], None, -1
    for line in text.split("\n"):
        m = re.match(r"^(\w+):", line)
        if m:
            section, index = m.group(1), -1
            if section in ("name", "email", "phone", "nationality") and section in draft.sources:
                out.append(
                    f"# {section}: from {_comment(draft.sources[section])}, confidence "
                    f"{draft.confidence.get(section, 'medium')}"
                )
        if line.startswith("  - ") and section in ("experience", "education", "languages"):
            index += 1
            path = f"{section}[{index}]"
            source = draft.sources.get(path)
            if source:
                out.append(
                    f"  # {path}: from {_comment(source)}; confidence "
                    f"{WORDS.get(draft.confidence.get(path, 'medium'), 'medium')}"
                )
            out += [f"  # review: {_comment(n)}" for n in by_entry.get(path, [])]
        out.append(line)
    return "\n".join(out)
