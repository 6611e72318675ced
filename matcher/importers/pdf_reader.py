"""PDF CVs with pdfminer.six: text lines with their positions, put in reading order.

Layouts handled: a sidebar or two columns (a vertical gap that no line crosses, with
lines on both sides that do not share baselines) is read column by column, left
first; a table (cells that share baselines) is read row by row, cells joined by
' | '. The page count is read from the document catalogue before any page is parsed,
so a 5,000-page file is refused at once; size is capped; nothing embedded is run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .lines import Line, clean_text
from .safety import MAX_PDF_PAGES, check_size


@dataclass
class _Box:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    bold: bool


def _page_count(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.pdftypes import resolve1

    try:
        with path.open("rb") as stream:
            document = PDFDocument(PDFParser(stream))
            pages = resolve1(document.catalog.get("Pages"))
            count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except (PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    if not isinstance(count, int):
        raise InputError("not a readable PDF (no page count in its catalogue)", file=path)
    return count


def read_lines(path: Path) -> list[Line]:
    check_size(path)
    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError("not a PDF file (no %PDF header)", file=path)
    pages = _page_count(path)
    if pages > MAX_PDF_PAGES:
        raise InputError(f"PDF has {pages} pages; a CV is imported only up to {MAX_PDF_PAGES} pages", file=path)
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    lines: list[Line] = []
    try:
        for number, page in enumerate(extract_pages(str(path), laparams=LAParams(), maxpages=MAX_PDF_PAGES), 1):
            boxes = []
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                for item in element:
                    if isinstance(item, LTTextLine) and item.get_text().strip():
                        chars = [c for c in item if isinstance(c, LTChar)]
                        bold = bool(chars) and all("bold" in c.fontname.lower() for c in chars)
                        boxes.append(_Box(item.x0, item.x1, page.height - item.y1, page.height - item.y0,
                                          item.get_text(), bold))
            for i, (text, bold) in enumerate(_reading_order(boxes), 1):
                cleaned = clean_text(text)
                if cleaned:
                    lines.append(Line(cleaned, f"page {number}, line {i}", heading=bold and cleaned.isupper()))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    return lines


def _rows(boxes: list[_Box]) -> list[list[_Box]]:
    """Boxes grouped into rows of shared baseline, top to bottom."""
    rows: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        if rows and abs(rows[-1][0].top - box.top) < 2.5:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _gaps(boxes: list[_Box]) -> list[float]:
    """x positions of vertical gaps that no box crosses, between boxes."""
    spans = sorted((b.x0, b.x1) for b in boxes)
    gaps, reach = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach + 6:
            gaps.append((reach + x0) / 2)
        reach = max(reach, x1)
    return gaps


def _aligned(left: list[_Box], right: list[_Box]) -> float:
    """Share of left lines that have a right line on the same baseline (tables: most)."""
    tops = [b.top for b in right]
    hits = sum(1 for b in left if any(abs(b.top - t) < 2.5 for t in tops))
    return hits / max(len(left), 1)


def _reading_order(boxes: list[_Box]) -> list[tuple[str, bool]]:
    if not boxes:
        return []
    for gap in _gaps(boxes):
        left = [b for b in boxes if b.x1 <= gap]
        right = [b for b in boxes if b.x0 >= gap]
        if len(left) >= 3 and len(right) >= 3 and _aligned(left, right) < 0.5 and _aligned(right, left) < 0.5:
            return _reading_order(left) + _reading_order(right)
    out = []
    for row in _rows(boxes):
        out.append((" | ".join(b.text.strip() for b in row), all(b.bold for b in row)))
    return out
