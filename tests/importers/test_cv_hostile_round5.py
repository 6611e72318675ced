"""Fifth red-team pass of issue 17 on CV files: new shapes of rows 2, 3, 5, 9 and the
one-line promise, each an internal error, a hang or extra stderr lines on the code before.

- PDF: a reference chain that loops (`6 0 obj 7 0 R`, `7 0 obj 6 0 R`) made pdfminer loop
  forever; a 600 KB RunLength stream of 38 MB of zeros (inside the 64 MiB decoding budget)
  was lexed for minutes; pdfminer's warnings about a damaged file reached stderr as extra
  lines beside matcher's one.
- LinkedIn export: a CSV cell over 131,072 characters was `_csv.Error`, a row with more
  cells than the header an AttributeError (both exit 70, "internal error").
- Europass XML declaring UTF-7: expat's ValueError, exit 70.
- A text CV whose one line holds 15,000 dates: the job header was split into pieces and
  each piece asked again whether any piece was a country (quadratic: 4,000 took 98 s).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from cv_files import pdf_of_objects
from fuzzkit import run_process
from test_cv_hostile import refused
from typer.testing import CliRunner

from matcher.cli import app

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "data" / "cvs" / "xml17_europass_minimal.xml"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 700 Td (Jane Smith) Tj 0 -20 Td (Nationality: French) Tj ET"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"


@pytest.mark.timeout(60)
def test_a_pdf_reference_loop_is_refused_not_followed_forever(tmp_path: Path):
    path = pdf_of_objects(
        tmp_path / "loop.pdf", CATALOG, PAGES, PAGE % b"6 0 R", _stream(TEXT), FONT, b"7 0 R", b"6 0 R"
    )
    refused(path, "reference loop")


@pytest.mark.timeout(60)
def test_page_contents_beyond_the_budget_are_refused_before_they_are_lexed(tmp_path: Path):
    zeros = bytes([129, 0]) * 300_000 + b"\x80"  # each pair: 128 zero bytes (38 MB from 600 KB)
    contents = _stream(zeros, b"/Filter /RunLengthDecode ")
    refused(
        pdf_of_objects(tmp_path / "runs.pdf", CATALOG, PAGES, PAGE % b"[0 0 612 792]", contents, FONT), "page contents"
    )


def test_an_ordinary_pdf_is_still_read(tmp_path: Path):  # the control for the two bounds above
    path = pdf_of_objects(tmp_path / "cv.pdf", CATALOG, PAGES, PAGE % b"[0 0 612 792]", _stream(TEXT), FONT)
    result = CliRunner().invoke(app, ["profile", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "Jane Smith" in result.stdout


@pytest.mark.timeout(60)
def test_pdfminer_warnings_do_not_reach_stderr(tmp_path: Path):
    # pytest installs its own log handlers, so this runs the real executable
    drawing_itself = b"/Resources << /XObject << /X1 6 0 R >> >> "
    form = _stream(b"/X1 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] " + drawing_itself)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + drawing_itself + b">>"
    path = pdf_of_objects(tmp_path / "self-drawing.pdf", CATALOG, PAGES, page, _stream(b"/X1 Do"), FONT, form)
    run = run_process("profile", "import", path)
    assert run.exit_code == 2, run.stderr
    assert len(run.stderr.splitlines()) == 1, run.stderr
    assert run.stderr.startswith(f"matcher: {path}"), run.stderr


def _linkedin(path: Path, positions: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Positions.csv", positions)
    return path


HEADER = b"Company Name,Title,Description,Location,Started On,Finished On\n"


def test_a_linkedin_cell_over_the_csv_field_limit_is_one_line(tmp_path: Path):
    row = b'Police,Examiner,"' + b"x" * 300_000 + b'",Nairobi,Jan 2015,Dec 2019\n'
    refused(_linkedin(tmp_path / "export.zip", HEADER + row), "Positions.csv")


def test_linkedin_cells_beyond_the_header_are_dropped(tmp_path: Path):
    row = b"Police,Fingerprint examiner,Latent prints,Nairobi,Jan 2015,Dec 2019" + b",extra" * 1000 + b"\n"
    result = CliRunner().invoke(app, ["profile", "import", str(_linkedin(tmp_path / "export.zip", HEADER + row))])
    assert result.exit_code == 0, result.output
    assert "Fingerprint examiner" in result.stdout


def test_a_europass_xml_in_utf7_is_one_line(tmp_path: Path):
    text = MINIMAL.read_text(encoding="utf-8")
    body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
    path = tmp_path / "utf7.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-7"?>' + body, encoding="utf-8")
    refused(path, "encoding")


@pytest.mark.timeout(90)
def test_a_header_line_of_thousands_of_dates_is_read_in_linear_time(tmp_path: Path):
    path = tmp_path / "dates.txt"
    path.write_text("Jane Doe\nExperience\n" + "Jan 2015 - " * 6000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["profile", "import", str(path)])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "internal error" not in result.output


def test_reading_the_csv_of_a_linkedin_export_keeps_its_rows():  # the helper's control
    from matcher.importers.linkedin import _rows

    rows = _rows(io.StringIO("A,B\n1,2\n").read(), "x.csv", Path("x.zip"))
    assert rows == [{"A": "1", "B": "2"}]


@pytest.mark.timeout(60)
def test_half_a_mebibyte_of_plain_drawing_operators_is_refused_as_page_contents(tmp_path: Path):
    """4 MiB of `cm` operators (inside the old 4 MiB budget) took 10-17 s to lex; the budget is
    now 512 KiB (the shipped CVs hold at most 11 KB of contents)."""
    ops = b"1 0 0 1 72 720 cm " * 40_000  # 720 KB
    path = pdf_of_objects(
        tmp_path / "ops.pdf", CATALOG, PAGES, PAGE % b"[0 0 612 792]", _stream(TEXT + b" " + ops), FONT
    )
    refused(path, "page contents")


def test_the_runlength_decoder_reads_as_pdfminers_does():
    import random

    from pdfminer.runlength import rldecode

    from matcher.importers.pdf_limits import _rldecode

    rng = random.Random(5)
    for _ in range(200):
        data = bytearray()
        for _ in range(rng.randint(0, 20)):
            length = rng.choice([rng.randint(0, 127), rng.randint(129, 255)])
            data.append(length)
            data += bytes(rng.randint(0, 255) for _ in range(length + 1 if length < 128 else 1))
        data.append(128)
        assert _rldecode(bytes(data)) == rldecode(bytes(data))


def test_a_runlength_stream_stops_at_the_decoding_budget_while_it_is_decoded():
    """pdfminer's decoder built the whole output as a list of ints (63 MiB of runs: 630 MB)
    before the budget was charged; matcher's stops at the budget."""
    from matcher.importers.pdf_limits import PdfTooLarge, _rldecode, bounded_streams

    runs = bytes([129, 0]) * 1000 + b"\x80"  # 128,000 zero bytes
    with bounded_streams(limit=10_000), pytest.raises(PdfTooLarge):
        _rldecode(runs)
    assert len(_rldecode(runs)) == 128_000  # outside a read: no budget
