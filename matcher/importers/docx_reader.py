"""Word (.docx) CVs with python-docx: paragraphs and tables in document order.

The archive is checked first (safety.open_zip: sizes, ratio, members); a file with
macros (vbaProject.bin, a .docm content type) or XML declaring entities is refused;
embedded objects are never opened. A table row is one line, its cells joined by
' | ', followed by the further paragraphs of its cells.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .lines import Line, clean_text
from .safety import open_zip, read_member, refuse_doctype
from .table_rows import TableRows, ends_with_heading

MAX_PARAGRAPHS = 20000
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _check(path: Path) -> None:
    with open_zip(path, "Word document") as archive:
        names = archive.namelist()
        if "word/document.xml" not in names:
            raise InputError("not a Word document (no word/document.xml in the archive)", file=path)
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise InputError(
                "Word document with macros (vbaProject.bin): refused; save it as .docx without macros or as PDF",
                file=path,
            )
        types = read_member(archive, "[Content_Types].xml", path) if "[Content_Types].xml" in names else b""
        if b"macroEnabled" in types:
            raise InputError("macro-enabled Word document: refused; save it as .docx or PDF", file=path)
        for name in names:
            if name.endswith((".xml", ".rels")):
                refuse_doctype(read_member(archive, name, path), path, name)


def read_lines(path: Path) -> list[Line]:
    _check(path)
    import docx  # lazy: python-docx is only needed to import Word CVs

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a damaged file
        raise InputError(f"not a readable Word document: {type(exc).__name__}: {exc}", file=path) from None
    lines: list[Line] = []
    counter = {"paragraph": 0, "table": 0}
    for block in _blocks(document.element.body):
        if len(lines) > MAX_PARAGRAPHS:
            raise InputError(f"more than {MAX_PARAGRAPHS} paragraphs: not a CV", file=path)
        if block.tag == _W + "tbl":
            counter["table"] += 1
            _table(_as_table(block, document), counter["table"], lines)
            continue
        counter["paragraph"] += 1
        style = _style(block, document)
        for part in re.split(r"[\n\v]", paragraph_text(block)):  # a line break inside a paragraph is a new line
            text = clean_text(part)
            if text:
                heading = style.startswith(("heading", "titre"))  # a Word heading style (not "Title": the name)
                level = int(m.group(1)) if heading and (m := re.search(r"(\d)\s*$", style)) else 0
                lines.append(Line(text, f"paragraph {counter['paragraph']}", heading=heading, level=level))
    boxes = _text_boxes(document)
    if boxes and lines and not ends_with_heading(lines):
        # a sidebar is not the continuation of the last section (an experience section must not
        # take "Driving licence since 2005" from it); after an empty heading it is that heading's content
        boxes.insert(0, Line("Text box", "text box 1", heading=True))
    return _header(document) + lines + boxes


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {_W + "txbxContent", _W + "del", _W + "delText", _W + "instrText", _W + "moveFrom", _MC_FALLBACK}
_CONTAINERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"}


def _blocks(parent):
    """Paragraphs and tables in document order, also inside content controls (w:sdt: many Word
    templates wrap every section in one), custom XML and tracked insertions, which python-docx skips."""
    for child in parent:
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def paragraph_text(p) -> str:
    """The text of a w:p as Word shows it: runs in hyperlinks, fields, smart tags, content controls and
    tracked insertions included; deletions, field codes and text boxes (read apart) left out."""
    out: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag != _W + "pPr":
                walk(child)

    walk(p)
    return "".join(out)


def _style(p, document) -> str:
    from docx.text.paragraph import Paragraph

    try:
        style = Paragraph(p, document._body).style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "").lower() if style is not None else ""


def _as_table(tbl, document):
    from docx.table import Table

    return Table(tbl, getattr(document, "_body", document))  # the document's body, or a header itself


def _header(document) -> list[Line]:
    """The first section's page header (templates often put the name there)."""
    try:
        header = document.sections[0].header
        element = header._element
    except (IndexError, AttributeError):
        return []
    lines: list[Line] = []
    for block in _blocks(element):
        if block.tag == _W + "tbl":  # a header laid out as a table (name | contact)
            _table(_as_table(block, header), 0, lines)
            continue
        for part in re.split(r"[\n\v]", paragraph_text(block)):
            if text := clean_text(part):
                lines.append(Line(text, "page header"))
    for box in element.iter(_W + "txbxContent"):
        if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            lines += [Line(t, "page header") for p in box.iter(_W + "p") if (t := clean_text(paragraph_text(p)))]
    return [Line(line.text, "page header") for line in lines]


def _text_boxes(document) -> list[Line]:
    """Text boxes (sidebars in many templates): python-docx does not list them."""
    from docx.oxml.ns import qn

    lines = []
    boxes = [
        box
        for box in document.element.body.iter(qn("w:txbxContent"))
        if not any(a.tag == _MC_FALLBACK for a in box.iterancestors())  # the VML copy of a DrawingML box
    ]
    for number, box in enumerate(boxes, 1):
        for paragraph in box.iter(qn("w:p")):
            for part in re.split(r"[\n\v]", paragraph_text(paragraph)):
                if text := clean_text(part):
                    lines.append(Line(text, f"text box {number}"))
    return lines


def _table(table, number: int, lines: list[Line], depth: int = 0) -> None:
    rows = TableRows(lines)
    for r, row in enumerate(table.rows, 1):
        where = f"table {number}, row {r}"
        cells: list = []
        seen: list = []
        for cell in row.cells:
            if any(cell._tc is s for s in seen):  # a merged cell appears once per column it spans
                continue
            seen.append(cell._tc)
            cells.append(cell)
        if depth < 3 and any(_is_layout(cell) for cell in cells):
            # a layout table (a sidebar cell beside a main cell, a cell holding a table): each cell is a
            # column of the page, read whole one after the other, not one CV line per row
            for cell in cells:
                _cell_lines(cell, where, number, lines, depth)
            continue
        rows.row([_cell_paragraphs(cell) for cell in cells], where, first=r == 1)
    rows.close()


def _cell_paragraphs(cell) -> list[str]:
    """A cell's lines (a line break in a paragraph starts a new one)."""
    texts = []
    for block in _blocks(cell._tc):
        if block.tag == _W + "p":
            texts += [t for part in re.split(r"[\n\v]", paragraph_text(block)) if (t := clean_text(part))]
    return texts


def _is_layout(cell) -> bool:
    """A cell that is a page column: it holds a table, or many lines."""
    return any(b.tag == _W + "tbl" for b in _blocks(cell._tc)) or len(_cell_paragraphs(cell)) > 8


def _cell_lines(cell, where: str, number: int, lines: list[Line], depth: int) -> None:
    from docx.table import Table

    for inner, block in enumerate(_blocks(cell._tc), 1):
        if block.tag == _W + "tbl":
            _table(Table(block, cell), number * 100 + inner, lines, depth + 1)
            continue
        for part in re.split(r"[\n\v]", paragraph_text(block)):
            if text := clean_text(part):
                lines.append(Line(text, where))
