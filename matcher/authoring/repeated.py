"""A requirement the notice states twice, word for word (in a field-of-expertise list and again
under the Education heading), is one rule of the draft, not two."""

from __future__ import annotations

from .subjects import Entry


def _same(entry: Entry) -> str:
    """What a rule asks, with its quote folded: the same requirement stated twice reads the same."""
    folded = {k: v for k, v in entry.items() if k != "label"}  # two clauses' rules differ in their cue
    folded["source"] = " ".join(str(entry.get("source", "")).lower().split()).rstrip(" .;:")
    folded["children"] = [_same(child) for child in entry.get("children", [])]
    return repr(sorted(folded.items(), key=lambda kv: kv[0]))


def once(entries: list[Entry]) -> list[Entry]:
    """A requirement repeated word for word in two parts of the notice (a field-of-expertise list and
    the Education heading) is one rule: the first."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        key = _same(entry)
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out
