"""Renderers for the layout CVs (layout_cvs.py): PDFs drawn on a reportlab canvas, so
that a column, a right-margin date, a small-caps or banded heading lands exactly where a
word processor's template puts it; Word files with DrawingML text boxes, layout tables,
right tab stops and small-caps runs.

PDF items, one per line of a column:
    N:text          the name, large
    H:text          a section heading (the CV's `heading` style: smallcaps, band, rule)
    D:left||right   left text at the column's left, right text flush with its right edge
    I:text          italic line;  B:text  bullet;  P:text  paragraph (wrapped)
    G:a||b||c       a grid row, cells at equal widths
    S:text          small grey print (dates, places)
A spec with label_column puts its headings in a left margin beside their content.
    PAGE            the main column goes on on the next page
A leading ** on a text makes it bold.
"""

from __future__ import annotations

from pathlib import Path


def _font(text: str, base: str = "Helvetica") -> tuple[str, str]:
    if text.startswith("**"):
        return text[2:], base + "-Bold"
    return text, base


def write_pdf(name: str, spec: dict, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    canvas = Canvas(str(out / f"{name}.pdf"), pagesize=A4, invariant=1)
    canvas.setTitle(name)
    canvas.setAuthor("matcher test set")
    band = colors.HexColor(spec.get("band_color", "#1f4e79"))
    side_at = spec.get("sidebar")  # "left", "right" or None
    if side_at == "twin":  # two equal columns of body text: the left one is read first
        side_box, main_box = (1.5 * cm, width / 2 - 0.5 * cm), (width / 2 + 0.5 * cm, width - 1.5 * cm)
    elif side_at == "left":
        side_box, main_box = (1.0 * cm, 6.0 * cm), (7.2 * cm, width - 1.5 * cm)
    elif side_at == "right":
        main_box, side_box = (1.5 * cm, width - 7.4 * cm), (width - 6.4 * cm, width - 1.0 * cm)
    else:
        main_box, side_box = (2.0 * cm, width - 2.0 * cm), None
    page = {"n": 1}

    def decorate() -> None:
        if side_box and page["n"] == 1:
            canvas.setFillColor(colors.HexColor("#eef2f6"))
            canvas.rect(side_box[0] - 0.4 * cm, 0, side_box[1] - side_box[0] + 0.8 * cm, height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
        if spec.get("header") and page["n"] > 1:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(main_box[0], height - 1.0 * cm, spec["header"])
        if spec.get("footer"):
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(width - 2 * cm, 0.9 * cm, spec["footer"].format(page=page["n"]))

    def heading(text: str, x0: float, x1: float, y: float) -> float:
        style = spec.get("heading", "rule")
        y -= 8
        if style == "band":
            canvas.setFillColor(band)
            canvas.rect(x0 - 3, y - 4, x1 - x0 + 6, 16, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(x0 + 2, y, text)
            canvas.setFillColor(colors.black)
        elif style == "smallcaps":  # capitals at 12 pt, the rest of each word in capitals at 9 pt
            x = x0
            for k, word in enumerate(text.split()):
                if k:
                    x += canvas.stringWidth(" ", "Helvetica-Bold", 12)
                canvas.setFont("Helvetica-Bold", 12)
                canvas.drawString(x, y, word[0].upper())
                x += canvas.stringWidth(word[0].upper(), "Helvetica-Bold", 12)
                canvas.setFont("Helvetica-Bold", 9)
                canvas.drawString(x, y, word[1:].upper())
                x += canvas.stringWidth(word[1:].upper(), "Helvetica-Bold", 9)
            canvas.setStrokeColor(colors.grey)
            canvas.line(x0, y - 4, x1, y - 4)
        else:
            canvas.setFont("Helvetica-Bold", 12)
            canvas.drawString(x0, y, text.upper())
            canvas.setStrokeColor(colors.black)
            canvas.line(x0, y - 4, x1, y - 4)
        return y - 20

    def column(items: list[str], box: tuple[float, float], is_main: bool) -> None:
        x0, x1 = box
        y = height - 2.0 * cm
        labels = is_main and spec.get("label_column")  # headings in a left margin, beside their content
        if labels:
            label_x, x0 = x0, x0 + 3.6 * cm
        for raw in items:
            if raw == "PAGE":
                canvas.showPage()
                page["n"] += 1
                decorate()
                y = height - 2.0 * cm
                continue
            kind, text = raw[:2], raw[2:]
            if kind == "N:":
                canvas.setFont("Helvetica-Bold", 18)
                canvas.drawString(x0, y - 6, text)
                y -= 28
            elif kind == "H:" and labels:
                y -= 10
                canvas.setFont("Helvetica-Bold", 10)
                canvas.drawString(label_x, y, text.upper())
            elif kind == "H:":
                y = heading(text, x0, x1, y - 6)
            elif kind == "S:":  # small grey print (dates and places under a title)
                canvas.setFillColor(colors.HexColor("#666666"))
                canvas.setFont("Helvetica", 8.5)
                canvas.drawString(x0, y, text)
                canvas.setFillColor(colors.black)
                y -= 12
            elif kind == "D:":
                left, right = text.split("||")
                left, font = _font(left)
                room = x1 - x0 - (canvas.stringWidth(right, "Helvetica", 10) + 14 if right else 0)
                if right:
                    canvas.setFont("Helvetica", 10)
                    canvas.drawRightString(x1, y, right)
                for part in simpleSplit(left, font, 10, room):  # a long left text wraps beside the date
                    canvas.setFont(font, 10)
                    canvas.drawString(x0, y, part)
                    y -= 13
            elif kind == "G:":
                cells = text.split("||")
                step = (x1 - x0) / len(cells)
                for k, cell in enumerate(cells):
                    cell, font = _font(cell)
                    canvas.setFont(font, 9.5)
                    canvas.drawString(x0 + k * step, y, cell)
                y -= 13
            else:
                base = "Helvetica-Oblique" if kind == "I:" else "Helvetica"
                text, font = _font(text, "Helvetica" if kind != "I:" else "Helvetica")
                font = base if font == "Helvetica" else font
                indent = 12 if kind == "B:" else 0
                size = 9.5 if not is_main else 10
                for k, part in enumerate(simpleSplit(text, font, size, x1 - x0 - indent)):
                    if kind == "B:" and k == 0:
                        canvas.setFont("Helvetica", size)
                        canvas.drawString(x0 + 2, y, "•")
                    canvas.setFont(font, size)
                    canvas.drawString(x0 + indent, y, part)
                    y -= 13
            if y < 2.0 * cm and is_main:
                canvas.showPage()
                page["n"] += 1
                decorate()
                y = height - 2.0 * cm

    decorate()
    if side_box:
        column(spec["side"], side_box, False)
    column(spec["main"], main_box, True)
    canvas.showPage()
    canvas.save()


# ---- Word -------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _drawing_box(document, texts: list[str]) -> None:
    """A DrawingML text box anchored in the first paragraph (Word 2010+ templates), with its
    VML fallback as Word writes both."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    inner = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{escape(t)}</w:t></w:r></w:p>" for t in texts)
    ns = (
        f"xmlns:w='{_W}' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
        "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
        "xmlns:v='urn:schemas-microsoft-com:vml'"
    )
    xml = (
        f"<w:p {ns}><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<wp:anchor behindDoc='0' distT='0' distB='0' distL='0' distR='0' simplePos='0' relativeHeight='2' "
        "locked='0' layoutInCell='1' allowOverlap='1'><wp:simplePos x='0' y='0'/>"
        "<wp:positionH relativeFrom='page'><wp:posOffset>360000</wp:posOffset></wp:positionH>"
        "<wp:positionV relativeFrom='page'><wp:posOffset>360000</wp:posOffset></wp:positionV>"
        "<wp:extent cx='2000000' cy='9000000'/><wp:wrapSquare wrapText='right'/><wp:docPr id='1' name='Sidebar'/>"
        "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        "<wps:wsp><wps:spPr><a:xfrm><a:off x='0' y='0'/><a:ext cx='2000000' cy='9000000'/></a:xfrm>"
        "<a:prstGeom prst='rect'><a:avLst/></a:prstGeom></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape style='width:160pt;height:700pt'>"
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    document.element.body.insert(0, parse_xml(xml))


def _paragraph(container, text: str, document=None):
    """'**bold**', '_italic_', '^small caps heading', 'left\\tright' (a right tab stop at the margin)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    paragraph = container.add_paragraph()
    bold = text.startswith("**")
    italic = text.startswith("_")
    caps = text.startswith("^")
    text = text[2:] if bold else text[1:] if (italic or caps) else text
    if "\t" in text:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    run = paragraph.add_run(text)
    run.bold = bold or caps
    run.italic = italic
    run.font.small_caps = caps
    return paragraph


def write_docx(name: str, spec: dict, out: Path) -> None:
    import datetime

    import docx

    document = docx.Document()
    document.core_properties.author = "matcher test set"
    document.core_properties.created = document.core_properties.modified = datetime.datetime(2026, 12, 1)
    table = None
    for raw in spec["lines"].strip("\n").split("\n"):
        if raw.startswith("H:"):
            document.add_heading(raw[2:], level=1)
            table = None
        elif raw.startswith("B:"):
            document.add_paragraph(raw[2:], style="List Bullet")
        elif raw.startswith("R:"):  # a table row; cells split by ||, lines in a cell by \n
            cells = raw[2:].split("||")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            for cell, content in zip(table.add_row().cells, cells, strict=True):
                parts = content.split("\\n")
                cell.text = ""
                first = True
                for part in parts:
                    if first:
                        cell.paragraphs[0].add_run(part.lstrip("*_")).bold = part.startswith("**")
                        first = False
                    else:
                        _paragraph(cell, part)
        elif raw == "-":
            table = None
        else:
            _paragraph(document, raw.replace("\\t", "\t"))
            table = None
    if spec.get("layout_table"):  # the whole CV as one row: a sidebar cell beside the main cell
        side, main = spec["layout_table"]
        grid = document.add_table(rows=1, cols=2)
        for cell, texts in zip(grid.rows[0].cells, (side, main), strict=True):
            cell.text = ""
            for k, text in enumerate(texts.strip("\n").split("\n")):
                if k == 0:
                    run = cell.paragraphs[0].add_run(text.lstrip("*^"))
                    run.bold = text.startswith(("**", "^"))
                else:
                    _paragraph(cell, text)
    if spec.get("textbox"):
        _drawing_box(document, spec["textbox"])
    document.save(str(out / f"{name}.docx"))


def write_text(name: str, spec: dict, out: Path) -> None:
    (out / f"{name}.txt").write_text(spec["text"].strip("\n") + "\n", encoding="utf-8")
