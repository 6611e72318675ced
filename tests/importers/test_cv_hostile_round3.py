"""Third red-team pass of issue 17 on CV files (rows 3, 5 and 9 in new formats):

- Europass XML was turned into data by a recursion that visited each *List element's
  items twice: 34 nested lists (a few hundred bytes) took 70 s, and 1,000 nested
  elements were a RecursionError ("internal error", exit 70).
- pdfminer inflates every compressed stream whole: a 600 KB PDF whose content stream
  inflates to 600 MB took 17 s and 1.3 GB; within the 20 MB limit, memory ran out.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from cv_files import pdf_of_objects
from test_cv_hostile import refused
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "data" / "cvs" / "xml17_europass_minimal.xml"


def _europass_with(path: Path, inner: str) -> Path:
    text = MINIMAL.read_text(encoding="utf-8")
    end = text.rfind("</")
    path.write_text(text[:end] + inner + text[end:], encoding="utf-8")
    return path


# No wall-clock assertion (a loaded machine stretches any bound): a reading exponential in the
# depth would run for hours on 36 levels, so the suite's per-test timeout is the check.
def test_nested_europass_lists_are_read_in_linear_time(tmp_path: Path):
    path = _europass_with(tmp_path / "lists.xml", "<XList>" * 36 + "</XList>" * 36)
    result = CliRunner().invoke(app, ["profile", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "name:" in result.stdout  # the control: the CV around the lists is still drafted


def test_deeply_nested_europass_xml_is_one_line_not_an_internal_error(tmp_path: Path):
    path = _europass_with(tmp_path / "deep.xml", "<a>" * 5000 + "</a>" * 5000)
    refused(path, "nesting deeper than 40 levels")


def _pdf(path: Path, content: bytes) -> Path:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
    ]
    return pdf_of_objects(path, *objects)


TEXT = b"BT /F1 12 Tf 72 700 Td (Jane Smith) Tj 0 -20 Td (Nationality: French) Tj ET"


def test_a_pdf_whose_stream_inflates_beyond_the_budget_is_refused_quickly(tmp_path: Path):
    deflate = zlib.compressobj(9)
    content = deflate.compress(TEXT)
    for _ in range(100):  # 100 MB of spaces in about 100 KB
        content += deflate.compress(b" " * (1024 * 1024))
    content += deflate.flush()
    refused(_pdf(tmp_path / "bomb.pdf", content), "refused as a possible PDF bomb")


def test_an_ordinary_compressed_pdf_is_still_read(tmp_path: Path):
    path = _pdf(tmp_path / "cv.pdf", zlib.compress(TEXT + b" " * 100_000))
    result = CliRunner().invoke(app, ["profile", "import", str(path)])
    assert "French" in result.output or "FR" in result.output, result.output


def _damaged(source: Path, target: Path) -> Path:
    """`source` re-zipped with a few bytes of every member's compressed data overwritten."""
    import io
    import zipfile

    with zipfile.ZipFile(source) as original:
        members = [(name, original.read(name)) for name in original.namelist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members:
            out.writestr(name, data)
    data = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zipped:
        for info in zipped.infolist():
            start = info.header_offset + 30 + len(info.filename.encode()) + 5
            data[start : start + 8] = b"\xff" * 8
    target.write_bytes(bytes(data))
    return target


def test_damaged_compressed_data_in_a_word_or_linkedin_file_is_one_line(tmp_path: Path):
    """Row 3's promise (one line, exit 2) for a damaged deflate stream: zlib.error was an
    internal error (exit 70), and an "internal error" row in `screen`."""
    cvs = ROOT / "tests" / "data" / "cvs"
    refused(_damaged(cvs / "docx11_en_headings.docx", tmp_path / "cv.docx"), "cannot be read")
    refused(_damaged(cvs / "li19_linkedin_us.zip", tmp_path / "linkedin.zip"), "cannot be read")


def _scattered(count: int, seed: int = 1) -> bytes:
    """`count` one-letter text operations at random places: each letter is its own text line."""
    import random

    draw = random.Random(seed)
    ops = [b"BT /F1 2 Tf"]
    ops += [
        b"1 0 0 1 %d %d Tm (%s) Tj" % (draw.randint(0, 600), draw.randint(0, 780), bytes([draw.randint(97, 122)]))
        for _ in range(count)
    ]
    return b"\n".join([*ops, b"ET"])


def test_a_page_of_thousands_of_scattered_letters_is_refused_quickly(tmp_path: Path):
    # 5,000 letters took 395 s and 4.4 GB (pdfminer's box grouping and the column reader compare pairs)
    refused(_pdf(tmp_path / "scatter.pdf", zlib.compress(_scattered(5_000))), "separate text lines")


def test_a_page_drawing_more_characters_than_a_cv_is_refused_before_its_layout(tmp_path: Path):
    # 30,000 letters in 300 lines: refused while the page is drawn, before any layout analysis
    # (30,000 scattered one-letter operations, 900 KB of contents, and 300,000, 9 MB, are refused
    # before they are drawn, by the contents budget of pdf_limits.py)
    lines = b" ".join(b"1 0 0 1 10 %d Tm (%s) Tj" % (2 * i, b"x" * 100) for i in range(300))
    refused(_pdf(tmp_path / "many.pdf", zlib.compress(b"BT /F1 2 Tf " + lines + b" ET")), "characters on a page")


# The quadratic reading this guards against took minutes: the per-test timeout is the check.
def test_a_page_with_a_few_hundred_lines_is_still_read(tmp_path: Path):
    path = _pdf(tmp_path / "ok.pdf", zlib.compress(TEXT + _scattered(500)))
    result = CliRunner().invoke(app, ["profile", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "FR" in result.stdout  # the CV's own line is still read among the letters
