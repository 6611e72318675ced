"""Write the project's labelled CV set (tests/data/cvs/) from scripts/cvs/*.py.

    .venv/bin/pip install -r scripts/requirements-cvs.txt   # reportlab, python-docx (dev only)
    .venv/bin/python scripts/make_cvs.py [OUTDIR]

The expected facts (<name>.expected.yaml) are written by hand, not by this script.
PDFs: reportlab platypus, Helvetica; layouts classic (one column), sidebar (two
frames: a narrow left column, then the main one) and table (dates | content).
Word: python-docx, heading styles and bullets, or every entry in a table.
PDFs, zips and JSON are byte-for-byte reproducible; Word files differ only in their zip timestamps.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cvs import faithful_cvs, hard_cvs, layout_cvs, layout_cvs2, layout_cvs3, layout_cvs4, layout_render, trap_cvs  # noqa: E402
from cvs.structured_cvs import EUROPASS, JSONRESUME, LINKEDIN  # noqa: E402
from cvs.text_cvs import CVS  # noqa: E402

CVS = {**CVS, **hard_cvs.CVS, **trap_cvs.CVS}
EUROPASS = {**EUROPASS, **hard_cvs.EUROPASS, **trap_cvs.EUROPASS}
JSONRESUME = {**JSONRESUME, **hard_cvs.JSONRESUME}

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "cvs"
LAYOUT_OUT = OUT.parent / "cvs_layout"  # layout_cvs.py: the layouts the set above does not have


def _parse(lines: str):
    for raw in lines.strip("\n").split("\n"):
        side = raw.startswith("S:")
        raw = raw[2:] if side else raw
        kind = raw[:2] if raw[:2] in ("H:", "B:", "R:") else "P:"
        text = raw[2:] if kind != "P:" else raw
        yield side, kind, text


def write_text(name: str, spec: dict, out: Path) -> None:
    rows = []
    for _, kind, text in _parse(spec["lines"]):
        if kind == "H:":
            rows += ["", text, "-" * len(text)]
        elif kind == "B:":
            rows.append(f"- {text}")
        elif kind == "R:":
            rows.append("   ".join(c.replace("\\n", " ") for c in text.split("||")))
        else:
            rows.append(text)
    (out / f"{name}.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")


def write_pdf(name: str, spec: dict, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=3)
    bullet = ParagraphStyle("u", parent=body, leftIndent=12, bulletIndent=2)
    side, main = [], []
    banner = [raw[7:] for raw in spec["lines"].split("\n") if raw.startswith("BANNER:")]
    footer = [raw[7:] for raw in spec["lines"].split("\n") if raw.startswith("FOOTER:")]
    lines = "\n".join(raw for raw in spec["lines"].split("\n") if not raw.startswith(("BANNER:", "FOOTER:")))
    for in_side, kind, text in _parse(lines):
        target = side if in_side else main
        if kind == "H:":
            target.append(Paragraph(escape(text.upper()), head))
        elif kind == "B:":
            target.append(Paragraph(escape(text), bullet, bulletText="•"))
        elif kind == "R:":
            cells = [[Paragraph(escape(x), body) for x in c.split("\\n")] for c in text.split("||")]
            table = Table([cells], colWidths=[4.2 * cm, 12.3 * cm])
            ruled = [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)] if spec.get("layout") == "table" else []
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *ruled]))
            target.append(table)
        else:
            target.append(Paragraph(escape(text), body))
    path = out / f"{name}.pdf"
    doc = BaseDocTemplate(
        str(path), pagesize=A4, title=name, author="matcher test set", creator="make_cvs.py", invariant=1
    )
    width, height = A4
    if spec.get("layout") in ("sidebar", "banner_sidebar"):
        top = 3 * cm if banner else 1.5 * cm
        frames = [
            Frame(1 * cm, 1.5 * cm, 5.5 * cm, height - 1.5 * cm - top, id="side"),
            Frame(7.3 * cm, 1.5 * cm, width - 8.3 * cm, height - 1.5 * cm - top, id="main"),
        ]
        story = side + [FrameBreak()] + main

        def paint(canvas, _doc):
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#e8eef5"))
            canvas.rect(0, 0, 7 * cm, height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            for text in banner:  # a title across both columns
                canvas.setFont("Helvetica-Bold", 16)
                canvas.drawString(1 * cm, height - 2 * cm, text)
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate(frames=frames, onPage=paint)])
    elif spec.get("layout") == "right_sidebar":  # main column on the left, sidebar on the right of page 1 only

        def foot(canvas, doc_):
            for text in footer:  # a running footer on every page, as word processors print it
                canvas.setFont("Helvetica", 8)
                canvas.drawString(2 * cm, 0.8 * cm, f"{text} — page {doc_.page}")

        first = [  # filled in this order: the sidebar (on the right), then the main column
            Frame(width - 6.5 * cm, 1.5 * cm, 5.5 * cm, height - 3 * cm, id="side"),
            Frame(1.5 * cm, 1.5 * cm, width - 8.5 * cm, height - 3 * cm, id="main"),
        ]
        rest = [Frame(1.5 * cm, 1.5 * cm, width - 3 * cm, height - 3 * cm, id="wide")]
        doc.addPageTemplates(
            [PageTemplate(id="first", frames=first, onPage=foot), PageTemplate(id="rest", frames=rest, onPage=foot)]
        )
        story = [NextPageTemplate("rest")] + side + [FrameBreak()] + main
    else:
        doc.addPageTemplates([PageTemplate(frames=[Frame(2 * cm, 1.5 * cm, width - 4 * cm, height - 3 * cm)])])
        story = main
    doc.build(story)


def write_docx(name: str, spec: dict, out: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = "matcher test set"
    import datetime

    document.core_properties.created = document.core_properties.modified = datetime.datetime(2026, 12, 1)
    table = None
    for raw in spec["lines"].split("\n"):
        if raw.startswith("HEADER:"):
            document.sections[0].header.paragraphs[0].text = raw[7:]
    boxes = [raw[8:] for raw in spec["lines"].split("\n") if raw.startswith("TEXTBOX:")]
    lines = "\n".join(raw for raw in spec["lines"].split("\n") if not raw.startswith(("HEADER:", "TEXTBOX:")))
    for _, kind, text in _parse(lines):
        if "⏎" in text and kind == "P:":
            paragraph = document.add_paragraph()
            for i, part in enumerate(text.split("⏎")):
                run = paragraph.add_run(part)
                if i < len(text.split("⏎")) - 1:
                    run.add_break()
            continue
        if kind == "H:" and text.startswith("2:"):  # "H:2:Europol": a Heading 2 (an employer under a section)
            document.add_heading(text[2:], level=2)
            table = None
        elif kind == "H:":
            document.add_heading(text, level=1)
            table = None
        elif kind == "B:":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "R:":
            cells = text.split("||")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row().cells
            for cell, content in zip(row, cells, strict=True):
                parts = content.split("\\n")
                cell.text = parts[0]
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
        elif text.startswith("**") and text.endswith("**"):  # a heading made bold by hand, not a Word style
            document.add_paragraph().add_run(text.strip("*")).bold = True
            table = None
        else:
            document.add_paragraph(text)
            table = None
    if boxes:
        _text_box(document, boxes)
    document.save(str(out / f"{name}.docx"))


def _text_box(document, texts: list[str]) -> None:
    """A VML text box (as Word templates put sidebars), holding one paragraph per text."""
    from docx.oxml import parse_xml

    inner = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{escape(t)}</w:t></w:r></w:p>" for t in texts)
    xml = (
        "<w:p xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
        "xmlns:v='urn:schemas-microsoft-com:vml'><w:r><w:pict><v:shape style='width:200pt;height:80pt'>"
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    document.element.body.insert(len(document.element.body) - 1, parse_xml(xml))


def _date_xml(tag: str, value) -> str:
    year, month, day = value
    attrs = f'year="{year}"' + (f' month="--{month:02d}"' if month else "") + (f' day="---{day:02d}"' if day else "")
    return f"<{tag} {attrs}/>"


def write_europass_xml(name: str, p: dict, out: Path) -> None:
    x = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="{p["locale"]}">',
        "<DocumentInfo><DocumentType>ECV</DocumentType><XSDVersion>V3.3</XSDVersion></DocumentInfo>",
        "<LearnerInfo><Identification>",
        f"<PersonName><FirstName>{escape(p['first'])}</FirstName><Surname>{escape(p['last'])}</Surname></PersonName>",
        "<Demographics><NationalityList>"
        + "".join(f"<Nationality><Code>{c}</Code></Nationality>" for c in p["nationality"])
        + "</NationalityList></Demographics></Identification><WorkExperienceList>",
    ]
    for w in p["work"]:
        period = (
            _date_xml("From", w["from"])
            + (_date_xml("To", w["to"]) if w.get("to") else "")
            + ("<Current>true</Current>" if w.get("current") else "")
        )
        x.append(
            f"<WorkExperience><Period>{period}</Period><Position><Label>{escape(w['title'])}</Label></Position>"
            f"<Activities>{escape(w['activities'])}</Activities><Employer><Name>{escape(w['employer'])}</Name>"
            f"<ContactInfo><Address><Contact><Country><Code>{w['country']}</Code></Country></Contact>"
            "</Address></ContactInfo></Employer></WorkExperience>"
        )
    x.append("</WorkExperienceList><EducationList>")
    for e in p["education"]:
        period = (_date_xml("From", e["from"]) if e.get("from") else "") + (
            _date_xml("To", e["to"]) if e.get("to") else ""
        )
        x.append(
            f"<Education>{'<Period>' + period + '</Period>' if period else ''}<Title>{escape(e['title'])}</Title>"
            f"<Organisation><Name>{escape(e['org'])}</Name></Organisation>"
            + (f"<Level><Code>{e['eqf']}</Code></Level>" if e.get("eqf") else "")
            + (f"<Field><Label>{escape(e['field'])}</Label></Field>" if e.get("field") else "")
            + "</Education>"
        )
    x.append("</EducationList><Skills><Linguistic><MotherTongueList>")
    x += [f"<MotherTongue><Description><Code>{c}</Code></Description></MotherTongue>" for c in p["mother"]]
    x.append("</MotherTongueList><ForeignLanguageList>")
    for f in p["foreign"]:
        grid = "".join(f"<{k}>{v}</{k}>" for k, v in f["grid"].items())
        cert = (
            f"<VerifiedBy><Certificate><Title>{escape(f['certificate'])}</Title></Certificate></VerifiedBy>"
            if f.get("certificate")
            else ""
        )
        x.append(
            f"<ForeignLanguage><Description><Code>{f['code']}</Code></Description>"
            + (f"<ProficiencyLevel>{grid}</ProficiencyLevel>" if grid else "")
            + cert
            + "</ForeignLanguage>"
        )
    x.append("</ForeignLanguageList></Linguistic></Skills></LearnerInfo></SkillsPassport>")
    (out / f"{name}.xml").write_text("\n".join(x) + "\n", encoding="utf-8")


def _date_json(value):
    year, month, day = value
    return {k: v for k, v in (("Year", year), ("Month", month), ("Day", day)) if v}


def write_europass_json(name: str, p: dict, out: Path) -> None:
    work = [
        {
            "Period": {
                "From": _date_json(w["from"]),
                **({"To": _date_json(w["to"])} if w.get("to") else {}),
                **({"Current": True} if w.get("current") else {}),
            },
            "Position": {"Label": w["title"]},
            "Activities": w["activities"],
            "Employer": {
                "Name": w["employer"],
                "ContactInfo": {"Address": {"Contact": {"Country": {"Code": w["country"]}}}},
            },
        }
        for w in p["work"]
    ]
    education = [
        {
            "Period": {"From": _date_json(e["from"]), "To": _date_json(e["to"])},
            "Title": e["title"],
            "Organisation": {"Name": e["org"]},
            "Level": {"Code": str(e["eqf"])},
            "Field": {"Label": e["field"]},
        }
        for e in p["education"]
    ]
    data = {
        "SkillsPassport": {
            "Locale": p["locale"],
            "LearnerInfo": {
                "Identification": {
                    "PersonName": {"FirstName": p["first"], "Surname": p["last"]},
                    "Demographics": {"Nationality": [{"Code": c} for c in p["nationality"]]},
                },
                "WorkExperience": work,
                "Education": education,
                "Skills": {
                    "Linguistic": {
                        "MotherTongue": [{"Description": {"Code": c}} for c in p["mother"]],
                        "ForeignLanguage": [
                            {"Description": {"Code": f["code"]}, "ProficiencyLevel": f["grid"]} for f in p["foreign"]
                        ],
                    }
                },
            },
        }
    }
    (out / f"{name}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _csv(rows: list[dict], columns: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_linkedin(name: str, p: dict, out: Path) -> None:
    files = {
        "Profile.csv": _csv([p["profile"]], ["First Name", "Last Name", "Headline"]),
        "Positions.csv": (
            b"Notes:\nThis file lists the positions on your profile.\n\n" if p.get("notes_preface") else b""
        )
        + _csv(p["positions"], ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]),
        "Education.csv": _csv(
            p["education"], ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
        ),
        "Languages.csv": _csv(p["languages"], ["Name", "Proficiency"]),
        "Certifications.csv": _csv(
            p["certifications"], ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"]
        ),
        "Skills.csv": _csv([{"Name": "Financial analysis"}], ["Name"]),
    }
    with zipfile.ZipFile(out / f"{name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in files.items():
            info = zipfile.ZipInfo(member, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def main() -> None:
    """make_cvs.py [OUTDIR] [NAME ...]: every CV, or only the named ones (Word files are not
    byte-reproducible, so rewriting all of them makes noise in a commit)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    only = set(sys.argv[2:])
    out.mkdir(parents=True, exist_ok=True)

    def wanted(specs: dict) -> dict:
        return {name: spec for name, spec in specs.items() if not only or name in only}

    for name, spec in wanted(CVS).items():
        {"text": write_text, "pdf": write_pdf, "docx": write_docx}[spec["format"]](name, spec, out)
    for name, spec in wanted(EUROPASS).items():
        (write_europass_json if spec.get("json") else write_europass_xml)(name, spec, out)
    for name, spec in wanted(LINKEDIN).items():
        write_linkedin(name, spec, out)
    for name, spec in wanted(JSONRESUME).items():
        (out / f"{name}.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    count = sum(len(wanted(s)) for s in (CVS, EUROPASS, LINKEDIN, JSONRESUME))
    print(f"wrote {count} CVs to {out}")
    traps = out / "faithful"  # the faithfulness traps, scored apart from the set above
    traps.mkdir(exist_ok=True)
    f = faithful_cvs
    for name, spec in wanted(f.CVS).items():
        {"text": write_text, "pdf": write_pdf, "docx": write_docx}[spec["format"]](name, spec, traps)
    for name, spec in wanted(f.EUROPASS).items():
        (write_europass_json if spec.get("json") else write_europass_xml)(name, spec, traps)
    for name, spec in wanted(f.LINKEDIN).items():
        write_linkedin(name, spec, traps)
    for name, spec in wanted(f.JSONRESUME).items():
        (traps / f"{name}.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    count = sum(len(wanted(s)) for s in (f.CVS, f.EUROPASS, f.LINKEDIN, f.JSONRESUME))
    print(f"wrote {count} CVs to {traps}")
    layout_out = out.parent / "cvs_layout" if len(sys.argv) > 1 else LAYOUT_OUT
    layout_out.mkdir(parents=True, exist_ok=True)
    writers = {"pdf": layout_render.write_pdf, "docx": layout_render.write_docx, "text": layout_render.write_text}
    layouts = {**layout_cvs.CVS, **layout_cvs2.CVS, **layout_cvs3.CVS, **layout_cvs4.CVS}
    for name, spec in wanted(layouts).items():
        writers[spec["format"]](name, spec, layout_out)
    print(f"wrote {len(wanted(layouts))} layout CVs to {layout_out}")


if __name__ == "__main__":
    main()
