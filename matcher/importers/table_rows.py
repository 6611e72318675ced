"""A table's rows as the lines a CV writes, whatever the file: Word tables (docx_reader) and
PDF tables (pdf_tables) alike. Each row comes as its cells, each cell as its paragraphs.

A header row ("Dates | Position | Organisation") gives the columns their roles and names the
section; a row under it becomes 'Title | Employer, Location | Dates' then its description;
Europass-style "label | value" rows are gathered into one record (docx_labels.LabelRows); any
other row is one line, its cells' first paragraphs joined by ' | ', followed by the further
paragraphs of its cells.
"""

from __future__ import annotations

from .docx_labels import LabelRows, header_roles, label_kind, row_by_roles, section_of
from .lines import Line

_SECTION_HEADINGS = {"experience": "Professional experience", "education": "Education", "languages": "Languages"}


def ends_with_heading(lines: list[Line]) -> bool:
    from .sections import heading_of

    return bool(lines) and (lines[-1].heading or heading_of(lines[-1]) is not None)


def join_cut_range(paragraphs: list[str]) -> list[str]:
    """A dates cell written on two paragraphs ('2019 –' then '2021', 'Jan 2019 –' then 'present'): one range."""
    from .dates import wrapped_range

    if len(paragraphs) >= 2 and wrapped_range(paragraphs[0], paragraphs[1]):
        return [f"{paragraphs[0]} {paragraphs[1]}", *paragraphs[2:]]
    return paragraphs


def _column_labels(texts: list[list[str]]) -> str | None:
    from .sections import column_labels

    return column_labels([" ".join(t) for t in texts if t])


class TableRows:
    """Writes one table's rows into `lines`, row by row; `close` when the table ends.

    `by_roles=False` keeps each row in its cells' order ('Dates | Title | Employer | Location'),
    for a PDF's cells, whose paragraphs are only lines: the header row then only names the section."""

    def __init__(self, lines: list[Line], by_roles: bool = True) -> None:
        self.lines = lines
        self.by_roles = by_roles
        self.labelled = LabelRows(lines)
        self.roles: list[str] | None = None  # the columns' roles, from a header row

    def row(self, cells: list[list[str]], where: str, first: bool) -> None:
        lines = self.lines
        texts = [join_cut_range(cell) for cell in cells]
        header = header_roles(texts) if first and len(texts) > 1 else None
        kind = label_kind(" ".join(texts[0])) if len(texts) == 2 and texts[0] and header is None else None
        kind = kind if kind == "other" or (kind and texts[1]) else None
        if kind:  # a Europass "label | value" row
            if kind != "drop":
                self.labelled.add(kind, texts[1], where)
            return
        self.labelled.flush()
        section = _column_labels(texts) if first and len(texts) > 1 else None
        if header is not None and self.by_roles:
            self.roles = header
        if header is not None:
            section = section or section_of(header)
        by_role = row_by_roles(self.roles, texts, where) if self.roles and not first else None
        if by_role is not None:
            lines += by_role
            return
        if section is not None:  # "Dates | Position | Organisation": a header row, not a post's title or employer
            if section and not ends_with_heading(lines):  # a CV in tables may write no heading: the labels name it
                lines.append(Line(_SECTION_HEADINGS[section], where, heading=True))
            return
        heads = [c[0] for c in texts if c]
        if heads:
            lines.append(Line(" | ".join(heads), where))
        for cell_texts in texts:
            for text in cell_texts[1:]:
                lines.append(Line(text, where))

    def close(self) -> None:
        self.labelled.flush()
