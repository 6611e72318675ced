"""Small PDFs built at test time, with no PDF library: text in Helvetica and Helvetica-Bold (the
standard fonts every reader knows, WinAnsi encoding for French), ruling lines and shaded boxes,
placed in top-down coordinates on an A4 page. Widths come from the fonts' metrics as pdfminer
ships them, so a test can wrap a text to a column and right-align a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cv_files import pdf_of_objects

PAGE_W, PAGE_H = 595.0, 842.0


def width(text: str, size: float, bold: bool = False) -> float:
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica-Bold" if bold else "Helvetica"][1]
    return sum(widths.get(c, 556) for c in text) * size / 1000


def wrap(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and width(f"{lines[-1]} {word}", size, bold) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


@dataclass
class Page:
    ops: list[bytes] = field(default_factory=list)

    def text(self, x: float, top: float, text: str, size: float = 9.5, bold: bool = False) -> float:
        """`text` with its top at `top` (the baseline a size below); returns its width."""
        font = b"F2" if bold else b"F1"
        self.ops.append(b"BT /%s %.2f Tf %.2f %.2f Td (%s) Tj ET" % (font, size, x, PAGE_H - top - size, _escape(text)))
        return width(text, size, bold)

    def runs(self, x: float, top: float, parts: list[tuple[str, bool]], size: float = 9.5) -> None:
        """One line in several type runs: [("Police Officer", True), (" (80 %)", False)]."""
        for text, bold in parts:
            x += self.text(x, top, text, size, bold)

    def line(self, x0: float, top0: float, x1: float, top1: float, weight: float = 0.6) -> None:
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (weight, x0, PAGE_H - top0, x1, PAGE_H - top1))

    def box(self, x0: float, top: float, x1: float, bottom: float, grey: float = 0.9) -> None:
        """A filled rectangle (a sidebar's background, a shaded header row)."""
        self.ops.append(b"%.2f g %.2f %.2f %.2f %.2f re f 0 g" % (grey, x0, PAGE_H - bottom, x1 - x0, bottom - top))


def write(path: Path, pages: list[Page]) -> Path:
    fonts = b"<< /F1 %d 0 R /F2 %d 0 R >>"
    count = len(pages)
    first_page = 3
    font1 = first_page + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (first_page + 2 * k) for k in range(count)), count),
    ]
    for k, page in enumerate(pages):
        content = b"\n".join(page.ops)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources << /Font %s >> >>"
            % (PAGE_W, PAGE_H, first_page + 2 * k + 1, fonts % (font1, font1 + 1))
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    for name in (b"Helvetica", b"Helvetica-Bold"):
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)
    return pdf_of_objects(path, *objects)
