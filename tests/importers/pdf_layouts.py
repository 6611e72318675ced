"""CVs in the layouts test_pdf_geometry.py reads: a sidebar (left or right, of several widths,
on a shaded panel or not) beside the main column, and a table of posts (ruled as a grid, with
horizontal rules only, or with no rules), in English and French. Built with tests/pdf_build.py.

Each builder returns the page and the facts a reader must draft from it."""

from __future__ import annotations

from pdf_build import PAGE_W, Page, wrap

POSTS = {
    "en": [
        (
            "Criminal Intelligence Analyst",
            "Europol",
            "The Hague, Netherlands",
            "March 2019 – present",
            "Joint investigations with Spain and Italy on firearms trafficking.",
            ("2019-03", None, "NL", ["ES", "IT"]),
        ),
        (
            "Investigator",
            "Nigeria Police Force",
            "Abuja, Nigeria",
            "Jan 2014 – Feb 2019",
            "Cases of online fraud shared with Ghana.",
            ("2014-01", "2019-02", "NG", ["GH"]),
        ),
        (
            "Trainee",
            "Lagos State Ministry of Justice",
            "Lagos, Nigeria",
            "Sep 2012 – Dec 2013",
            "Drafting of case summaries.",
            ("2012-09", "2013-12", "NG", []),
        ),
    ],
    "fr": [
        (
            "Analyste du renseignement criminel",
            "Europol",
            "La Haye, Pays-Bas",
            "mars 2019 – aujourd'hui",
            "Enquêtes conjointes avec l'Espagne et l'Italie sur le trafic d'armes.",
            ("2019-03", None, "NL", ["ES", "IT"]),
        ),
        (
            "Enquêtrice",
            "Police du Nigeria",
            "Abuja, Nigeria",
            "janv. 2014 – févr. 2019",
            "Dossiers de fraude en ligne partagés avec le Ghana.",
            ("2014-01", "2019-02", "NG", ["GH"]),
        ),
        (
            "Stagiaire",
            "Ministère de la Justice de Lagos",
            "Lagos, Nigeria",
            "sept. 2012 – déc. 2013",
            "Rédaction de synthèses de dossiers.",
            ("2012-09", "2013-12", "NG", []),
        ),
    ],
}
WORDS = {
    "en": {
        "experience": "Professional experience",
        "languages": "Languages",
        "skills": "Skills",
        "contact": "Contact",
        "langs": ["English: C2", "French: B1", "Spanish: A2"],
        "codes": [("en", "C2"), ("fr", "B1"), ("es", "A2")],
        "skill_list": ["OSINT", "Link analysis", "Case files"],
        "education": "Education",
        "degree": "Master of Laws, University of Lagos, 2010 – 2012",
    },
    "fr": {
        "experience": "Expérience professionnelle",
        "languages": "Langues",
        "skills": "Compétences",
        "contact": "Coordonnées",
        "langs": ["Anglais : C2", "Français : B1", "Espagnol : A2"],
        "codes": [("en", "C2"), ("fr", "B1"), ("es", "A2")],
        "skill_list": ["OSINT", "Analyse de liens", "Dossiers"],
        "education": "Formation",
        "degree": "Master en droit, Université de Lagos, 2010 – 2012",
    },
}
NAME = ("Amara", "OKAFOR")
CERTIFICATES = ["CEH, EC-Council", "CISSP, ISC2", "GCFA, SANS"]
PLACE = "Lagos, Nigeria"


def sidebar_cv(lang: str, side: str, sidebar: float, panel: bool) -> tuple[Page, list[str], list[str]]:
    """(the page, the sidebar's lines, the main column's lines) for a sidebar of `sidebar` points
    on the `side` of the page; both columns on one baseline grid (12.5 pt), as a template sets them,
    and the sidebar's short skill lines beside the main column's short certificate lines (rows of
    short cells, as in a grid)."""
    w = WORDS[lang]
    page = Page()
    gutter, margin = 28.0, 24.0
    if side == "left":
        side_x, main_x = margin, margin + sidebar + gutter
    else:
        side_x, main_x = PAGE_W - margin - sidebar, 40.0
    room = (PAGE_W - margin - main_x) if side == "left" else (side_x - gutter - main_x)
    if panel:
        x0 = 0.0 if side == "left" else side_x - gutter / 2
        page.box(x0, 0, x0 + sidebar + margin + gutter / 2, 842)
    main_lines: list[str] = []
    top = 50.0
    page.text(main_x, top, w["experience"], 12, bold=True)
    main_lines.append(w["experience"])
    top += 25
    for title, employer, place, dates, duty, _ in POSTS[lang]:
        page.text(main_x, top, title, 9.5, bold=True)
        main_lines.append(title)
        top += 12.5
        line = f"{employer}, {place} · {dates}"
        page.text(main_x, top, line, 9.5)
        main_lines.append(line)
        top += 12.5
        for k, piece in enumerate(wrap(duty, 9.5, room - 10)):
            page.text(main_x + (0 if k == 0 else 8), top, ("• " if k == 0 else "") + piece, 9.5)
            main_lines.append(("• " if k == 0 else "") + piece)
            top += 12.5
        top += 12.5
    page.text(main_x, top, w["education"], 12, bold=True)
    main_lines.append(w["education"])
    top += 25
    page.text(main_x, top, w["degree"], 9.5)
    main_lines.append(w["degree"])
    top += 25
    page.text(main_x, top, "Certifications", 12, bold=True)
    main_lines.append("Certifications")
    top += 25
    skills_top = top  # the sidebar's short skill lines on the same baselines as these short lines
    for text in CERTIFICATES:
        page.text(main_x, top, text, 9.5)
        main_lines.append(text)
        top += 12.5
    side_lines: list[str] = []
    top = 50.0
    for part in NAME:
        page.text(side_x, top, part, 16, bold=True)
        top += 20
    side_lines.append(" ".join(NAME))
    top += 5
    rows = [(w["contact"], True), (PLACE, False), ("a.okafor@example.org", False), ("", False)]
    rows += [(w["languages"], True)] + [(t, False) for t in w["langs"]]
    for text, bold in rows:
        if text:
            page.text(side_x, top, text, 9.5, bold)
            side_lines.append(text)
        top += 12.5
    top = skills_top - 25
    page.text(side_x, top, w["skills"], 12, bold=True)
    side_lines.append(w["skills"])
    top += 25
    for text in w["skill_list"]:
        page.text(side_x, top, text, 9.5)
        side_lines.append(text)
        top += 12.5
    return page, side_lines, main_lines


TABLE_HEAD = {"en": ("Dates", "Position", "Organisation", "Location"), "fr": ("Période", "Poste", "Employeur", "Lieu")}


def table_cv(lang: str, rules: str) -> Page:
    """Posts in a table of four columns (dates, position, organisation, location) whose cells wrap
    over several lines: `rules` "grid" (every cell ruled), "rows" (horizontal rules only) or "none"."""
    w = WORDS[lang]
    page = Page()
    page.text(60, 50, " ".join(NAME).title(), 18, bold=True)
    page.text(60, 75, "Nationality: Nigerian" if lang == "en" else "Nationalité : nigériane", 9.5)
    page.text(60, 100, w["experience"], 12, bold=True)
    edges = [56.0, 150.0, 320.0, 450.0, 540.0]
    pad, pitch = 6.0, 11.5
    top = 122.0
    rows_at = [top]

    def cell_lines(k: int, text: str, bold: bool = False) -> list[str]:
        return wrap(text, 9.0, edges[k + 1] - edges[k] - 2 * pad, bold)

    for k, label in enumerate(TABLE_HEAD[lang]):
        page.text(edges[k] + pad, top + 4, label, 9.0, bold=True)
    top += 4 + pitch + 4
    rows_at.append(top)
    for title, employer, place, dates, duty, _ in POSTS[lang]:
        start, _, end = dates.partition(" – ")
        cells = [
            ([f"{start} –", end], False),
            (cell_lines(1, title, True), True),
            (cell_lines(2, employer), False),
            (cell_lines(3, place), False),
        ]
        duty_lines = cell_lines(1, duty)
        height = max(len(cells[1][0]) + len(duty_lines), *(len(c[0]) for c in cells))
        for k, (lines, bold) in enumerate(cells):
            for n, text in enumerate(lines):
                page.text(edges[k] + pad, top + 4 + n * pitch, text, 9.0, bold)
        for n, text in enumerate(duty_lines):
            page.text(edges[1] + pad, top + 4 + (len(cells[1][0]) + n) * pitch, text, 9.0)
        top += 4 + height * pitch + 4
        rows_at.append(top)
    if rules in ("grid", "rows"):
        for y in rows_at:
            page.line(edges[0], y, edges[-1], y)
    if rules == "grid":
        for x in edges:
            page.line(x, rows_at[0], x, rows_at[-1])
    top += 20
    page.text(60, top, w["languages"], 12, bold=True)
    page.text(60, top + 20, " · ".join(w["langs"]), 9.5)
    return page


def facts(lang: str) -> list[tuple[str, str, str | None, str | None, str | None, list[str]]]:
    """(title, employer, start, end, country, countries worked with) of each post, as written."""
    return [(t, e, s, end, c, cw) for t, e, _, _, _, (s, end, c, cw) in POSTS[lang]]
