"""Europass XML (SkillsPassport, namespace http://europass.cedefop.europa.eu/Europass).

Parsed with defusedxml: a DOCTYPE, entity declaration or external reference is
refused before anything is expanded. The tree becomes the JSON shape of the same
format (lists for *List elements, From/To attributes as Year/Month/Day).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..files.limits import MAX_DEPTH
from ..files.reading import read_bytes
from ..messages import Errors
from .draft import Draft
from .europass import draft_learner
from .safety import check_size, refuse_doctype

MAX_XML_BYTES = 5 * 1024 * 1024


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _TooDeep(Exception):
    pass


def _as_dict(element, depth: int = 0) -> Any:
    """The element as JSON-shaped data; each element is visited once (visiting a *List's
    items twice made nested lists cost Fibonacci time: 34 levels took 70 s)."""
    if depth > MAX_DEPTH:  # the profile loader's limit; deeper would be a RecursionError
        raise _TooDeep
    children = list(element)
    if element.tag and _local(element.tag) in ("From", "To", "Birthdate", "Date"):
        attrs = {k: element.get(k, "").lstrip("-") for k in ("year", "month", "day")}
        return {"Year": attrs["year"] or None, "Month": attrs["month"] or None, "Day": attrs["day"] or None}
    if not children:
        return (element.text or "").strip()
    out: dict[str, Any] = {}
    for child in children:
        name = _local(child.tag)
        if name.endswith("List"):  # WorkExperienceList/WorkExperience -> WorkExperience: [...]
            out[name[:-4]] = [_as_dict(c, depth + 2) for c in child]
            continue
        value = _as_dict(child, depth + 1)
        if name in out:
            out[name] = out[name] if isinstance(out[name], list) else [out[name]]
            out[name].append(value)
        else:
            out[name] = value
    return out


def draft_europass_xml(path: Path) -> Draft:
    check_size(path, MAX_XML_BYTES)
    raw = read_bytes(path, MAX_XML_BYTES)  # bounded even if it grows
    refuse_doctype(raw, path, "Europass XML")
    import defusedxml.ElementTree as SafeET  # lazy: only Europass imports need it
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(raw)
    except DefusedXmlException as exc:
        raise InputError(f"Europass XML refused: {exc}", file=path) from None
    except SafeET.ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        raise InputError(f"not well-formed XML: {exc}", file=path, line=line, column=column) from None
    except (ValueError, LookupError) as exc:  # expat refuses a declared encoding such as UTF-7
        raise InputError(
            f"XML in an encoding that cannot be read ({exc}); save it as UTF-8", file=path, line=1
        ) from None
    if _local(root.tag) != "SkillsPassport":
        raise InputError(
            f"not a Europass CV: the root element is <{_local(root.tag)}>, expected <SkillsPassport>", file=path, line=1
        )
    try:
        tree = _as_dict(root)
    except _TooDeep:
        raise InputError(Errors.E415.format(depth=MAX_DEPTH), file=path) from None
    learner = tree.get("LearnerInfo") if isinstance(tree, dict) else None
    if not isinstance(learner, dict):
        raise InputError("Europass XML has no LearnerInfo", file=path)
    return draft_learner(learner, Draft("europass-xml", path.name), "/SkillsPassport/LearnerInfo")
