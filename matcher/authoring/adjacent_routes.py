"""Routes written as adjacent sentences with no "or" between them: one line per degree with its
years ("Master's degree with 7 years ...", "Bachelor's degree with 10 years ..."), or one set
of requirements per profile or level ("For the basic level ..."). A candidate needs one route,
so they become one any_of, never rules required together.
"""

from __future__ import annotations

import re

from .subjects import Entry


def _route(group: list[Entry]) -> Entry | None:
    """all_of(degree, its years) when one sentence's rules are a degree and years of experience."""
    degrees = [e for e in group if e["kind"] == "education" and e.get("min_level")]
    worked = [e for e in group if e["kind"] == "experience" and e.get("min_years")]
    worked += [c for e in group if e["kind"] == "all_of" for c in e["children"] if c["kind"] == "experience"]
    rest = [e for e in group if e["kind"] not in ("education", "experience", "all_of")]
    if len(degrees) != 1 or not worked or rest or any(e.get("importance") != "required" for e in group):
        return None
    children = [{k: v for k, v in e.items() if k != "importance"} for e in [degrees[0], *worked]]
    return {"kind": "all_of", "source": group[0]["source"], "children": children}


def join_degree_routes(entries: list[Entry]) -> list[Entry]:
    """Listed routes with no "or" between them ("• Master's degree with 7 years ...", "• Bachelor's
    degree with 10 years ..."): a candidate needs one, never both, so adjacent sentences that each
    ask a different degree with its years are one any_of (rules of lower importance between them,
    "CPA preferred", stay after it)."""
    groups: list[list[Entry]] = []
    for entry in entries:
        if groups and groups[-1][0]["source"] == entry["source"]:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    out: list[Entry] = []
    i = 0
    while i < len(groups):
        routes, aside, j = [], [], i
        while j < len(groups):
            route = _route(groups[j])
            if route:
                routes.append((route, groups[j]))
            elif routes and all(e.get("importance") != "required" for e in groups[j]):
                aside.extend(groups[j])
            else:
                break
            j += 1
        levels = [r["children"][0]["min_level"] for r, _ in routes]
        if len(routes) >= 2 and len(set(levels)) == len(levels):
            out.append(
                {
                    "kind": "any_of",
                    "importance": "required",
                    "source": routes[0][0]["source"],
                    "children": [r for r, _ in routes],
                    "cue": "listed routes (a degree with its years, one line each)",
                    "confidence": 0.7,
                    "review": "routes listed one per line with no 'or': check that any one of them is enough",
                }
            )
            out.extend(aside)
            i = j
            continue
        out.extend(groups[i])
        i += 1
    return out


# "6 years (including 3 years in management) with second-level degree.": years that depend on the degree.
_PROFILE = re.compile(
    r"^\W*(?:for|pour)\s+(?:the\s+|an?\s+|le\s+|la\s+|les\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"(?:level|niveau|posts?|postes?|positions?|category|catégorie|profile|profil)\b",
    re.IGNORECASE,
)


def join_profile_routes(entries: list[Entry]) -> list[Entry]:
    """Sentences that each give the requirements of one profile or level ("For the basic level ...",
    "For the intermediate level ...") are routes: a candidate meets one of them, so two or more
    adjacent ones are one any_of (each profile's rules an all_of), never all required at once."""
    out: list[Entry] = []
    run: list[list[Entry]] = []

    def flush() -> None:
        if len(run) >= 2:
            routes = []
            for group in run:
                kids = [{k: v for k, v in e.items() if k != "importance"} for e in group]
                routes.append(
                    kids[0] if len(kids) == 1 else {"kind": "all_of", "source": group[0]["source"], "children": kids}
                )
            out.append(
                {
                    "kind": "any_of",
                    "importance": "required",
                    "source": run[0][0]["source"],
                    "children": routes,
                    "cue": "one set of requirements per profile or level",
                    "confidence": 0.5,
                    "review": "requirements given per profile or level: any one profile is enough; "
                    "check that the candidate may apply for any of them",
                }
            )
        else:
            out.extend(e for group in run for e in group)
        run.clear()

    for entry in entries:
        source = entry.get("source", "")
        if _PROFILE.match(source) and entry.get("importance") == "required":
            if run and run[-1][0]["source"] == source:
                run[-1].append(entry)
            else:
                run.append([entry])
            continue
        flush()
        out.append(entry)
    flush()
    return out
