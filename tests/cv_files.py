"""Hostile and minimal CV files, built at test time (nothing large is committed)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

DOCX_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    b"</Types>"
)


def pdf_with_pages(path: Path, pages: int) -> Path:
    """A syntactically valid PDF with `pages` empty pages (about 60 bytes a page)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{i + 3} 0 R".encode() for i in range(pages))
        + f"] /Count {pages} >>".encode(),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())
    return path


def entity_bomb_xml(path: Path) -> Path:
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", '<!ENTITY lol "lol">']
    lines += [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    lines += [
        "]>",
        '<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo>'
        "<Identification><PersonName><FirstName>&lol9;</FirstName></PersonName></Identification>"
        "</LearnerInfo></SkillsPassport>",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def external_entity_xml(path: Path) -> Path:
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&e;</FirstName>"
        "</PersonName></Identification></LearnerInfo></SkillsPassport>",
        encoding="utf-8",
    )
    return path


def zip_bomb(path: Path, member: str = "Positions.csv", size: int = 200 * 1024 * 1024) -> Path:
    """A zip whose one member inflates from ~200 KB to `size` bytes of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open(member, "w", force_zip64=True) as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                stream.write(chunk)
    return path


def docx_with(path: Path, extra: dict[str, bytes], document: bytes | None = None) -> Path:
    body = document or (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
        b'.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>'
        b"</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("word/document.xml", body)
        for name, data in extra.items():
            archive.writestr(name, data)
    return path


def many_members_zip(path: Path, count: int = 5000) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(count):
            archive.writestr(f"f{i}.csv", b"")
    return path


_WHERE = {"text": "line {}", "pdf": "page 1, line {}", "docx": "paragraph {}"}


def draft_lines(*texts: str, fmt: str = "text"):
    """The draft of a free-text CV made of these lines (as a reader of that format numbers them)."""
    from datetime import date

    from matcher.importers.cv_text import draft_from_lines
    from matcher.importers.lines import Line

    lines = [Line(t, _WHERE[fmt].format(i)) for i, t in enumerate(texts, 1)]
    return draft_from_lines(lines, fmt, f"cv.{fmt}", date(2026, 12, 1))


def pdf_of_objects(path: Path, *objects: bytes) -> Path:
    """A PDF of these numbered objects (1 the catalogue), with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(out)
    return path
