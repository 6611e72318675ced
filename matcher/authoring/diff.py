"""`matcher rules diff`: two rules files compared field by field.

Requirements are paired by id, else by the notice sentence they quote (and their
kind), so a draft with its own ids still lines up with a hand-written file. The
fields compared are the ones that decide an evaluation: kind, importance, the
substitution structure (`within`: the combinator an entry sits in; `structure`: a
combinator's child kinds), and every parameter of the kind's `Params` model but the
few it declares `not_compared` (matcher/kinds/), so a new kind's parameters are
compared without a change here. A parameter left at its default counts as not given.
Strings compare without regard to case or spacing, numbers by value, lists as sets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..files.sanitize import sanitize
from ..kinds import all_kinds, get_kind
from ..models.load import params_of
from ..models.rules import Requirement, RulesFile
from .text import squash

FACT_FIELDS = (
    "id",
    "number",
    "title",
    "organization",
    "location",
    "contract_type",
    "duration_months",
    "grade",
    "deadline",
    "security_screening",
    "secondment",
    "proof_of_employment_required",
    "source_file",
)
STRUCTURE_FIELDS = ("kind", "importance", "within", "structure")


def requirement_field_names() -> tuple[str, ...]:
    """Every field diff can compare: the structure, then each kind's compared parameters."""
    names = dict.fromkeys(STRUCTURE_FIELDS)
    for _, kind in sorted(all_kinds().items()):
        names.update(dict.fromkeys(kind.compared_fields()))
    return tuple(names)


@dataclass
class Node:
    req: Requirement
    parent: str | None  # the kind of the combinator it sits in
    fields: dict[str, Any]


@dataclass
class FieldDiff:
    name: str
    a: Any
    b: Any

    @property
    def same(self) -> bool:
        return normal(self.a) == normal(self.b)

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.name, "a": _plain(self.a), "b": _plain(self.b), "same": self.same}


@dataclass
class Pair:
    a: Node | None
    b: Node | None
    fields: list[FieldDiff] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return self.a is not None and self.b is not None and all(f.same for f in self.fields)


@dataclass
class RulesDiff:
    notice: list[FieldDiff]
    pairs: list[Pair]

    @property
    def same(self) -> bool:
        return all(f.same for f in self.notice) and all(p.same for p in self.pairs)


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return sorted(str(v) for v in value)
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def normal(value: Any) -> Any:
    """The comparable form of a value."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(normal(v) for v in value) or None
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    text = squash(str(value)).casefold()
    return text or None


def requirement_fields(req: Requirement, parent: str | None) -> dict[str, Any]:
    """The compared fields that have a value: structure, then the kind's parameters
    (a parameter at its default is left out, so `or_equivalent: false` equals no key)."""
    kind, params = get_kind(req.kind), params_of(req)
    values: dict[str, Any] = {"kind": req.kind, "importance": req.importance, "within": parent}
    if req.children:
        values["structure"] = sorted(c.kind for c in req.children)
    declared = type(params).model_fields
    for name in kind.compared_fields():
        value = getattr(params, name, None)
        if name in declared and value == declared[name].get_default(call_default_factory=True):
            continue
        values[name] = value
    return {k: v for k, v in values.items() if v not in (None, [], ())}


def flatten(rules: RulesFile) -> list[Node]:
    out: list[Node] = []

    def walk(req: Requirement, parent: str | None) -> None:
        out.append(Node(req, parent, requirement_fields(req, parent)))
        for child in req.children:
            walk(child, req.kind)

    for top in rules.requirements:
        walk(top, None)
    return out


def _score(a: Node, b: Node) -> float:
    sa, sb = normal(a.req.source), normal(b.req.source)
    related = 4 if sa == sb else 2 if (sa in sb or sb in sa) else 0
    same_id = a.req.id == b.req.id
    if not related and not (same_id and a.req.kind == b.req.kind):
        return 0
    score = related + 3 * same_id + 2 * (a.req.kind == b.req.kind) + (a.parent == b.parent)
    for name in ("languages", "categories", "regions", "importance", "min_years"):
        score += 0.5 * (normal(a.fields.get(name)) == normal(b.fields.get(name)))
    return score


def pair_requirements(a_nodes: list[Node], b_nodes: list[Node]) -> list[Pair]:
    """Best-first pairing; what is left over is only in A or only in B."""
    candidates = sorted(
        ((s, i, j) for i, a in enumerate(a_nodes) for j, b in enumerate(b_nodes) if (s := _score(a, b)) > 0),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_a: dict[int, int] = {}
    used_b: set[int] = set()
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a[i] = j
            used_b.add(j)
    pairs = [Pair(a, b_nodes[used_a[i]] if i in used_a else None) for i, a in enumerate(a_nodes)]
    pairs += [Pair(None, b) for j, b in enumerate(b_nodes) if j not in used_b]
    for pair in pairs:
        if pair.a and pair.b:
            names = list(dict.fromkeys([*pair.a.fields, *pair.b.fields]))
            pair.fields = [FieldDiff(n, pair.a.fields.get(n), pair.b.fields.get(n)) for n in names]
    return pairs


def diff_rules(a: RulesFile, b: RulesFile) -> RulesDiff:
    notice = [FieldDiff(name, getattr(a.notice, name), getattr(b.notice, name)) for name in FACT_FIELDS]
    return RulesDiff(notice, pair_requirements(flatten(a), flatten(b)))


def to_dict(diff: RulesDiff, a_name: str, b_name: str) -> dict[str, Any]:
    def side(node: Node | None) -> dict[str, Any] | None:
        return (
            None
            if node is None
            else {
                "id": node.req.id,
                "kind": node.req.kind,
                "source": node.req.source,
                "fields": {k: _plain(v) for k, v in node.fields.items()},
            }
        )

    return {
        "a": a_name,
        "b": b_name,
        "same": diff.same,
        "notice": [f.to_dict() for f in diff.notice],
        "requirements": [
            {"a": side(p.a), "b": side(p.b), "same": p.same, "fields": [f.to_dict() for f in p.fields]}
            for p in diff.pairs
        ],
        "summary": summary(diff),
    }


def summary(diff: RulesDiff) -> dict[str, int]:
    return {
        "notice_fields_differing": sum(not f.same for f in diff.notice),
        "requirements_matched": sum(1 for p in diff.pairs if p.a and p.b),
        "requirements_differing": sum(1 for p in diff.pairs if p.a and p.b and not p.same),
        "only_in_a": sum(1 for p in diff.pairs if p.b is None),
        "only_in_b": sum(1 for p in diff.pairs if p.a is None),
    }


def _show(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(map(str, _plain(value))) + "]"
    return repr(value) if isinstance(value, str) else str(value)


def render_text(diff: RulesDiff, a_name: str, b_name: str, show_all: bool = False) -> str:
    """Differences only (or everything with `show_all`), one field per line."""
    out = [f"--- A: {a_name}", f"+++ B: {b_name}", "notice:"]
    for f in diff.notice:
        if show_all or not f.same:
            out.append(f"  {'=' if f.same else '≠'} {f.name}: {_show(f.a)}" + ("" if f.same else f" | {_show(f.b)}"))
    out.append("requirements:")
    for pair in diff.pairs:
        if pair.a and pair.b:
            if pair.same and not show_all:
                continue
            name = pair.a.req.id if pair.a.req.id == pair.b.req.id else f"{pair.a.req.id} ~ {pair.b.req.id}"
            out.append(f"  {'=' if pair.same else '≠'} {name} [{pair.a.req.kind}]")
            out += [
                f"      {f.name}: {_show(f.a)}" + ("" if f.same else f" | {_show(f.b)}")
                for f in pair.fields
                if show_all or not f.same
            ]
        else:
            node = pair.a or pair.b
            assert node is not None  # a pair has at least one side
            mark = "- only in A" if pair.a else "+ only in B"
            quote = squash(node.req.source)
            out.append(f'  {mark}: {node.req.id} [{node.req.kind}] "{quote[:90]}{"..." if len(quote) > 90 else ""}"')
    s = summary(diff)
    out.append(
        f"summary: {s['notice_fields_differing']} notice field(s) differ; {s['requirements_matched']} "
        f"requirements paired ({s['requirements_differing']} differ), {s['only_in_a']} only in A, "
        f"{s['only_in_b']} only in B" + ("; the files agree" if diff.same else "")
    )
    # Every line through the sanitiser's escaping mode, like error lines: a value is shown
    # exactly (`repr` escapes controls), and what repr leaves raw (a Hangul filler, a
    # control character inside a list item, a file name) cannot drive the terminal either.
    return "\n".join(sanitize(line, escape=True) for line in out) + "\n"


@dataclass
class Score:
    """Field counts for precision (agreeing / fields in B) and recall (agreeing / fields in A)."""

    agree: int = 0
    in_a: int = 0
    in_b: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.agree + other.agree, self.in_a + other.in_a, self.in_b + other.in_b)

    @property
    def precision(self) -> float:
        return self.agree / self.in_b if self.in_b else 1.0

    @property
    def recall(self) -> float:
        return self.agree / self.in_a if self.in_a else 1.0


def score(diff: RulesDiff, facts: tuple[str, ...], fields: tuple[str, ...], skip_kinds: tuple[str, ...] = ()) -> Score:
    """Count fields with A as the reference: a field counts on each side where it has a value,
    and agrees when both sides have the same value; unpaired requirements count on their side only."""
    result = Score()

    def count(a: Any, b: Any) -> None:
        result.in_a += a is not None
        result.in_b += b is not None
        result.agree += a is not None and b is not None and normal(a) == normal(b)

    for f in diff.notice:
        if f.name in facts:
            count(f.a, f.b)
    for pair in diff.pairs:
        if any(node is not None and node.req.kind in skip_kinds for node in (pair.a, pair.b)):
            continue
        for name in fields:
            count(pair.a.fields.get(name) if pair.a else None, pair.b.fields.get(name) if pair.b else None)
    return result
