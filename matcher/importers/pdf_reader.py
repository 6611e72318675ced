"""PDF CVs with pdfminer.six: text lines with their positions, put in reading order.

The layout (sidebar, columns, tables, grids) is read by pdf_layout.py. Running headers and
footers (a page number, or the same line in the margin of several pages) are dropped here.
The page count is read from the document catalogue before any page is parsed, so a
5,000-page file is refused at once; size is capped; nothing embedded is run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from .lines import Line, clean_text
from .pdf_boxes import Box
from .pdf_layout import reading_order
from .pdf_limits import (
    MAX_PDF_CONTENT_BYTES,
    MAX_PDF_DECODED_BYTES,
    PdfContentTooLarge,
    PdfTooLarge,
    bounded_streams,
)
from .pdf_lines import title_lines
from .pdf_page import Rule, rules, text_boxes
from .pdf_tables import ruled_tables
from .safety import MAX_PDF_CHARS, MAX_PDF_PAGE_CHARS, MAX_PDF_PAGE_LINES, MAX_PDF_PAGES, check_size
from .table_rows import ends_with_heading


def _page_count(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.pdftypes import resolve1

    try:
        with path.open("rb") as stream:
            document = PDFDocument(PDFParser(stream))
            pages = resolve1(document.catalog.get("Pages"))
            count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except PdfTooLarge:
        raise
    except (PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    if not isinstance(count, int):
        raise InputError("not a readable PDF (no page count in its catalogue)", file=path)
    return count


_CID = re.compile(r"\(cid:\d{1,5}\)")


def _glyphs(text: str) -> str:
    """pdfminer writes a glyph it cannot map as '(cid:127)'. At the start of a line that is
    a bullet (the usual case: a symbol font's dot); elsewhere it is dropped, never read
    as words."""
    text = _CID.sub("•", text.lstrip(), count=1) if _CID.match(text.lstrip()) else text
    return _CID.sub("", text)


def read_lines(path: Path) -> list[Line]:
    with bounded_streams():
        try:
            return _read_lines(path)
        except PdfContentTooLarge:
            raise InputError(
                f"PDF page contents are over {MAX_PDF_CONTENT_BYTES:,} bytes; a CV has far less: refused", file=path
            ) from None
        except PdfTooLarge:
            raise InputError(
                f"PDF streams expand to more than {MAX_PDF_DECODED_BYTES:,} bytes: refused as a possible PDF bomb",
                file=path,
            ) from None


def _read_lines(path: Path) -> list[Line]:
    check_size(path)
    with path.open("rb") as stream:
        if not stream.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError("not a PDF file (no %PDF header)", file=path)
    pages = _page_count(path)
    if pages > MAX_PDF_PAGES:
        raise InputError(f"PDF has {pages} pages; a CV is imported only up to {MAX_PDF_PAGES} pages", file=path)
    lines: list[Line] = []
    try:
        read: list[tuple[float, list[Box], list[Rule]]] = []  # (page height, its text lines, its rules)
        width = 595.0
        for page in _pages(path):
            drawn = rules(page)
            boxes = text_boxes(page, drawn)
            if len(boxes) > MAX_PDF_PAGE_LINES:  # the layout readers compare lines pairwise
                raise InputError(
                    f"PDF page {len(read) + 1} has {len(boxes):,} separate text lines; a CV page has at most"
                    f" a few hundred (limit {MAX_PDF_PAGE_LINES}): refused",
                    file=path,
                )
            read.append((page.height, boxes, drawn))
            width = page.width
        running = _running_lines([(height, boxes) for height, boxes, _ in read])
        for number, (height, page_boxes, drawn) in enumerate(read, 1):
            tables, kept = ruled_tables([b for b in page_boxes if id(b) not in running], drawn, number)
            title = title_lines(kept, height) if number == 1 else []
            i = 0
            rest = [b for b in tables + kept if not any(b is t for t in title)]
            for item in ([" ".join(t.text.strip() for t in title)] if title else []) + reading_order(rest, width):
                if isinstance(item, Box):  # a table: its rows, less the heading its labels name if it has one
                    block = item.block or []
                    lines += block[1:] if block and block[0].heading and ends_with_heading(lines) else block
                    continue
                cleaned = clean_text(_glyphs(item))
                if cleaned:
                    i += 1
                    lines.append(Line(cleaned, f"page {number}, line {i}"))
    except (InputError, PdfTooLarge):
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", file=path) from None
    return lines


class _TooManyChars(Exception):
    """A page (or the file) draws more characters than a CV has."""


def _pages(path: Path) -> Iterator[Any]:
    """pdfminer's pages with their layout, characters counted as they are drawn: pdfminer's
    layout analysis grows faster than the number of characters (300,000 scattered one-letter
    text operations on one page took over 8 minutes), so a page with more than
    MAX_PDF_PAGE_CHARS, or a file with more than MAX_PDF_CHARS, is refused before its layout
    is analysed."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Counting(PDFPageAggregator):
        page_chars = 0
        file_chars = 0

        def begin_page(self, page: Any, ctm: Any) -> None:
            self.page_chars = 0
            super().begin_page(page, ctm)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.page_chars += 1
            self.file_chars += 1
            if self.page_chars > MAX_PDF_PAGE_CHARS or self.file_chars > MAX_PDF_CHARS:
                raise _TooManyChars
            return super().render_char(*args, **kwargs)

    with path.open("rb") as stream:
        resources = PDFResourceManager(caching=True)
        device = Counting(resources, laparams=LAParams(boxes_flow=None))
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.get_pages(stream, maxpages=MAX_PDF_PAGES, caching=True):
            try:
                interpreter.process_page(page)
            except _TooManyChars:
                raise InputError(
                    f"PDF draws more than {MAX_PDF_PAGE_CHARS:,} characters on a page or {MAX_PDF_CHARS:,} in all;"
                    " a CV has far fewer: refused",
                    file=path,
                ) from None
            yield device.get_result()


_PAGE_NUMBER = re.compile(r"\b(?:page|p\.|seite|pagina)\s*\d+\b|^\s*\d+\s*(?:/|of|sur|de)\s*\d+\s*$", re.I)


def _running_lines(pages: list[tuple[float, list[Box]]]) -> set[int]:
    """Running headers and footers (ids of their boxes): lines in the top or bottom margin that
    number the page or come back on several pages ("J. Dupont — CV — Paris, France — page 2").
    They are not part of the entry they happen to be read next to."""
    margin: list[tuple[Box, str]] = []
    for height, boxes in pages:
        for box in boxes:
            if box.bottom < 0.07 * height or box.top > 0.93 * height:
                margin.append((box, re.sub(r"\d+", "#", " ".join(box.text.split()).lower())))
    seen: dict[str, int] = {}
    for _, key in margin:
        seen[key] = seen.get(key, 0) + 1
    opening = sorted(pages[0][1], key=lambda b: b.top)[:3] if pages else []
    first = [key for key in (" ".join(b.text.split()).lower() for b in opening) if len(key) >= 6]
    on_first = {id(b) for b in pages[0][1]} if pages else set()
    return {
        id(box)
        for box, key in margin
        if _PAGE_NUMBER.search(box.text)
        or (seen[key] > 1 and len(key) > 2)
        or (id(box) not in on_first and (_CV_WORDS.search(key) or any(name in key for name in first)))
    }  # "J. Dupont — curriculum vitae" atop the pages after the first, where the name is written


_CV_WORDS = re.compile(r"\b(?:curriculum vitae|cv|r[ée]sum[ée])\b")
