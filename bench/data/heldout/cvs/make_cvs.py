#!/usr/bin/env python3
"""Generate the labelled CV evaluation set (fictional people).

Each CV is defined below by hand twice: once as the document content (a tiny
markup for PDF/DOCX/text, or native structures for Europass XML, LinkedIn
export and JSON Resume) and once as the expected facts, labelled by a human
reader following CONVENTIONS.md. Nothing in the expected facts is derived
from the rendered document by code.

Run:  /work/evalsets/.venv/bin/python make_cvs.py
Needs: reportlab, python-docx (and pypdf, PyYAML for --check).
"""
import csv
import io
import json
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent
WRITTEN_ON = "2026-12-01"

# --------------------------------------------------------------------------
# expected facts helpers
# --------------------------------------------------------------------------

def X(title, employer, country=None, start=None, end=None, ongoing=False,
      pt=None, cww=(), note=None):
    return dict(title=title, employer=employer, country=country, start=start,
                end=end, ongoing=ongoing, part_time=pt,
                countries_worked_with=list(cww), _note=note)


def Ed(field, level, completed, start=None, end=None, note=None):
    return dict(field=field, level=level, completed=completed, start=start,
                end=end, _note=note)


def L(code, level=None, mt=False, note=None):
    return dict(code=code, level=level, mother_tongue=mt, _note=note)


def _scalar(key, v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)


def _list(v):
    return "[" + ", ".join(json.dumps(x) for x in v) + "]"


def write_expected(name, fmt, nationality, experience, education, languages,
                   notes=()):
    lines = [f"# Expected facts for {name} (fictional person), labelled by hand",
             f"# per CONVENTIONS.md on {WRITTEN_ON}, blind to the importer code."]
    lines += [f"# {n}" for n in notes]
    lines.append(f"format: {fmt}")
    lines.append(f"nationality: {_list(nationality)}")

    def block(key, items, order):
        if not items:
            lines.append(f"{key}: []")
            return
        lines.append(f"{key}:")
        for it in items:
            if it.get("_note"):
                for n in it["_note"].split("\n"):
                    lines.append(f"  # {n}")
            first = True
            for k in order:
                v = it[k]
                s = _list(v) if isinstance(v, list) else _scalar(k, v)
                lines.append(("  - " if first else "    ") + f"{k}: {s}")
                first = False

    block("experience", experience,
          ["title", "employer", "country", "start", "end", "ongoing",
           "part_time", "countries_worked_with"])
    block("education", education, ["field", "level", "completed", "start", "end"])
    block("languages", languages, ["code", "level", "mother_tongue"])
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n",
                                               encoding="utf-8")


# --------------------------------------------------------------------------
# mini markup for PDF / DOCX / text
#   # Name            ## Section        ### Sub-heading (bold)
#   @ italic line     - bullet          | a | b | c |  table row (|! = header)
#   ---sidebar / ---main (two-column PDF only)    ---page  page break
#   **bold** inline; blank line = spacer; " // " inside a table cell = newline
# --------------------------------------------------------------------------

def parse(markup):
    blocks = []
    table = None
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            header = line.startswith("|!")
            cells = [c.strip() for c in line.strip("|!").strip("|").split("|")]
            if table is None:
                table = {"kind": "table", "rows": [], "header": header}
                blocks.append(table)
            table["rows"].append(cells)
            continue
        table = None
        if line.startswith("---"):
            blocks.append({"kind": line[3:]})
        elif line.startswith("### "):
            blocks.append({"kind": "h3", "text": line[4:]})
        elif line.startswith("## "):
            blocks.append({"kind": "h2", "text": line[3:]})
        elif line.startswith("# "):
            blocks.append({"kind": "h1", "text": line[2:]})
        elif line.startswith("@ "):
            blocks.append({"kind": "em", "text": line[2:]})
        elif line.startswith("- "):
            blocks.append({"kind": "li", "text": line[2:]})
        elif not line.strip():
            blocks.append({"kind": "space"})
        else:
            blocks.append({"kind": "p", "text": line})
    return blocks


def plain(s):
    return s.replace("**", "")


# ---------------------------------------------------------------- text ----

def render_text(path, markup, underline="="):
    out = []
    for b in parse(markup):
        k = b["kind"]
        if k == "h1":
            t = plain(b["text"]).upper()
            out += [t, underline * len(t)]
        elif k == "h2":
            t = plain(b["text"]).upper()
            out += ["", t, "-" * len(t)]
        elif k in ("h3", "p", "em"):
            out.append(plain(b["text"]))
        elif k == "li":
            out.append("  * " + plain(b["text"]))
        elif k == "space":
            out.append("")
        elif k == "table":
            for row in b["rows"]:
                out.append("   ".join(plain(c).replace(" // ", ", ") for c in row))
    Path(path).write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# ----------------------------------------------------------------- pdf ----

def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    for fam, files in {
        "DVSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                   "DejaVuSans-BoldOblique"),
        "DVSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic",
                    "DejaVuSerif-BoldItalic"),
    }.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, f in zip(names, files):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, d + f + ".ttf"))
        addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])


def _inline(s):
    from xml.sax.saxutils import escape
    s = escape(s)
    parts = s.split("**")
    return "".join(p if i % 2 == 0 else f"<b>{p}</b>" for i, p in enumerate(parts))


def render_pdf(path, markup, style="classic", font="DVSans", accent="#1F4E79",
               title="Curriculum vitae"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                    PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, NextPageTemplate)
    _fonts()
    acc = colors.HexColor(accent)
    base = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5)
    S = {
        "h1": ParagraphStyle("h1", parent=base, fontSize=20, leading=24,
                             textColor=acc, spaceAfter=4, fontName=font + "-B"),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=15,
                             textColor=acc, spaceBefore=8, spaceAfter=3,
                             fontName=font + "-B"),
        "h3": ParagraphStyle("h3", parent=base, fontName=font + "-B",
                             spaceBefore=4),
        "em": ParagraphStyle("em", parent=base, fontName=font + "-I",
                             textColor=colors.HexColor("#444444")),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=10, bulletIndent=2),
    }
    side = {k: ParagraphStyle(k + "s", parent=v, textColor=colors.white)
            for k, v in S.items()}
    side["h2"] = ParagraphStyle("h2s", parent=S["h2"], textColor=colors.white,
                                fontSize=11)
    side["h1"] = ParagraphStyle("h1s", parent=S["h1"], textColor=colors.white,
                                fontSize=15, leading=18)
    for k in ("p", "li", "h3", "em"):
        side[k] = ParagraphStyle(k + "s2", parent=side[k], fontSize=8.3,
                                 leading=10.5)
    W, H = A4
    story = []
    cur = S
    for b in parse(markup):
        k = b["kind"]
        if k == "sidebar":
            cur = side
            continue
        if k == "main":
            story.append(NextPageTemplate("later"))
            story.append(FrameBreak())
            cur = S
            continue
        if k == "page":
            story.append(PageBreak()); continue
        if k == "space":
            story.append(Spacer(1, 4)); continue
        if k == "li":
            story.append(Paragraph(_inline(b["text"]), cur["li"], bulletText="•"))
        elif k == "table":
            cs = ParagraphStyle("td", parent=base, fontSize=9, leading=11.5)
            hs = ParagraphStyle("th", parent=cs, fontName=font + "-B",
                                textColor=colors.white)
            data = []
            for i, row in enumerate(b["rows"]):
                st = hs if (b["header"] and i == 0) else cs
                data.append([Paragraph(_inline(c).replace(" // ", "<br/>"), st)
                             for c in row])
            ncol = len(b["rows"][0])
            avail = (W - 40 * mm)
            widths = {2: [0.28, 0.72], 3: [0.22, 0.53, 0.25],
                      4: [0.2, 0.3, 0.3, 0.2]}.get(ncol, [1 / ncol] * ncol)
            t = Table(data, colWidths=[w * avail for w in widths], repeatRows=1
                      if b["header"] else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b["header"]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), acc))
            t.setStyle(TableStyle(ts))
            story.append(t)
        else:
            story.append(Paragraph(_inline(b["text"]), cur[k]))

    doc = BaseDocTemplate(str(path), pagesize=A4, title=title,
                          author="fictional", leftMargin=20 * mm,
                          rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm)
    if style == "sidebar":
        sw = 62 * mm

        def bg(c, d):
            c.saveState(); c.setFillColor(acc)
            c.rect(0, 0, sw, H, stroke=0, fill=1); c.restoreState()
        f_side = Frame(6 * mm, 15 * mm, sw - 12 * mm, H - 30 * mm, id="side")
        f_main = Frame(sw + 8 * mm, 15 * mm, W - sw - 22 * mm, H - 30 * mm,
                       id="main")
        f_later = Frame(sw + 8 * mm, 15 * mm, W - sw - 22 * mm, H - 30 * mm,
                        id="later")
        doc.addPageTemplates([
            PageTemplate("first", frames=[f_side, f_main], onPage=bg),
            PageTemplate("later", frames=[f_later], onPage=bg)])
    else:
        f = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
        doc.addPageTemplates([PageTemplate("one", frames=[f]),
                              PageTemplate("later", frames=[f])])
    doc.build(story)


# ---------------------------------------------------------------- docx ----

def render_docx(path, markup, font="Calibri", title="Curriculum vitae"):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "fictional"
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)

    def runs(par, text, italic=False):
        for i, p in enumerate(text.split("**")):
            if p:
                r = par.add_run(p)
                r.bold = i % 2 == 1
                r.italic = italic

    for b in parse(markup):
        k = b["kind"]
        if k in ("sidebar", "main"):
            continue
        if k == "page":
            d.add_page_break()
        elif k == "h1":
            d.add_heading(plain(b["text"]), level=0)
        elif k == "h2":
            d.add_heading(plain(b["text"]), level=1)
        elif k == "h3":
            p = d.add_paragraph()
            r = p.add_run(plain(b["text"])); r.bold = True
        elif k == "em":
            runs(d.add_paragraph(), b["text"], italic=True)
        elif k == "li":
            runs(d.add_paragraph(style="List Bullet"), b["text"])
        elif k == "p":
            runs(d.add_paragraph(), b["text"])
        elif k == "space":
            pass
        elif k == "table":
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    parts = c.split(" // ")
                    par = cell.paragraphs[0]
                    for n, part in enumerate(parts):
                        if n:
                            par = cell.add_paragraph()
                        runs(par, part)
                        if b["header"] and i == 0:
                            for r in par.runs:
                                r.bold = True
    d.save(str(path))


# ------------------------------------------------------------ europass ----
EP_NS = "http://europass.cedefop.europa.eu/Europass"


def _period(parent, frm, to=None, current=False):
    per = ET.SubElement(parent, "Period")

    def date(tag, v):
        e = ET.SubElement(per, tag)
        e.set("year", str(v[0]))
        if len(v) > 1:
            e.set("month", "--%02d" % v[1])
        if len(v) > 2:
            e.set("day", "---%02d" % v[2])
    if frm:
        date("From", frm)
    if to:
        date("To", to)
    if current:
        ET.SubElement(per, "Current").text = "true"


def _t(parent, tag, text):
    e = ET.SubElement(parent, tag)
    e.text = text
    return e


def render_europass(path, locale, person, work, edu, mother, foreign):
    ET.register_namespace("", EP_NS)
    root = ET.Element("SkillsPassport", {"xmlns": EP_NS, "locale": locale})
    di = ET.SubElement(root, "DocumentInfo")
    _t(di, "DocumentType", "ECV")
    _t(di, "CreationDate", person["created"])
    _t(di, "LastUpdateDate", person["created"])
    _t(di, "XSDVersion", "V3.3")
    _t(di, "Generator", "EWA")
    _t(di, "Comment", "Automatically generated Europass CV")
    li = ET.SubElement(root, "LearnerInfo")
    ident = ET.SubElement(li, "Identification")
    pn = ET.SubElement(ident, "PersonName")
    _t(pn, "FirstName", person["first"]); _t(pn, "Surname", person["last"])
    ci = ET.SubElement(ident, "ContactInfo")
    addr = ET.SubElement(ET.SubElement(ci, "Address"), "Contact")
    _t(addr, "AddressLine", person["street"])
    _t(addr, "PostalCode", person["postal"])
    _t(addr, "Municipality", person["city"])
    c = ET.SubElement(addr, "Country")
    _t(c, "Code", person["country"][0]); _t(c, "Label", person["country"][1])
    _t(ET.SubElement(ci, "Email"), "Contact", person["email"])
    tel = ET.SubElement(ET.SubElement(ci, "TelephoneList"), "Telephone")
    _t(tel, "Contact", person["phone"])
    _t(ET.SubElement(tel, "Use"), "Code", "mobile")
    demo = ET.SubElement(ident, "Demographics")
    b = person["birth"]
    ET.SubElement(demo, "Birthdate", {"year": str(b[0]), "month": "--%02d" % b[1],
                                      "day": "---%02d" % b[2]})
    _t(ET.SubElement(demo, "Gender"), "Code", person["gender"])
    if person.get("nationalities"):
        nl = ET.SubElement(demo, "NationalityList")
        for code, label in person["nationalities"]:
            n = ET.SubElement(nl, "Nationality")
            _t(n, "Code", code); _t(n, "Label", label)
    if person.get("headline"):
        h = ET.SubElement(li, "Headline")
        _t(ET.SubElement(h, "Type"), "Code", "position")
        _t(ET.SubElement(h, "Description"), "Label", person["headline"])
    wl = ET.SubElement(li, "WorkExperienceList")
    for w in work:
        we = ET.SubElement(wl, "WorkExperience")
        _period(we, w["from"], w.get("to"), w.get("current", False))
        _t(ET.SubElement(we, "Position"), "Label", w["position"])
        _t(we, "Activities", w["activities"])
        emp = ET.SubElement(we, "Employer")
        _t(emp, "Name", w["employer"])
        ac = ET.SubElement(ET.SubElement(ET.SubElement(emp, "ContactInfo"),
                                         "Address"), "Contact")
        _t(ac, "Municipality", w["city"])
        if w.get("country"):
            cc = ET.SubElement(ac, "Country")
            _t(cc, "Code", w["country"][0]); _t(cc, "Label", w["country"][1])
        if w.get("sector"):
            sec = ET.SubElement(emp, "Sector")
            _t(sec, "Code", w["sector"][0]); _t(sec, "Label", w["sector"][1])
    el = ET.SubElement(li, "EducationList")
    for e in edu:
        ed = ET.SubElement(el, "Education")
        if e.get("from") or e.get("to") or e.get("current"):
            _period(ed, e.get("from"), e.get("to"), e.get("current", False))
        _t(ed, "Title", e["title"])
        if e.get("skills"):
            _t(ed, "Activities", e["skills"])
        org = ET.SubElement(ed, "Organisation")
        _t(org, "Name", e["org"])
        ac = ET.SubElement(ET.SubElement(ET.SubElement(org, "ContactInfo"),
                                         "Address"), "Contact")
        _t(ac, "Municipality", e["city"])
        cc = ET.SubElement(ac, "Country")
        _t(cc, "Code", e["country"][0]); _t(cc, "Label", e["country"][1])
        if e.get("eqf"):
            lv = ET.SubElement(ed, "Level")
            _t(lv, "Code", str(e["eqf"]))
            _t(lv, "Label", "EQF level %d" % e["eqf"])
        if e.get("field"):
            _t(ET.SubElement(ed, "Field"), "Label", e["field"])
    sk = ET.SubElement(li, "Skills")
    ling = ET.SubElement(sk, "Linguistic")
    mtl = ET.SubElement(ling, "MotherTongueList")
    for code, label in mother:
        d = ET.SubElement(ET.SubElement(mtl, "MotherTongue"), "Description")
        _t(d, "Code", code); _t(d, "Label", label)
    fl = ET.SubElement(ling, "ForeignLanguageList")
    for f in foreign:
        fe = ET.SubElement(fl, "ForeignLanguage")
        d = ET.SubElement(fe, "Description")
        _t(d, "Code", f["code"]); _t(d, "Label", f["label"])
        if f.get("grid"):
            pl = ET.SubElement(fe, "ProficiencyLevel")
            for tag, lv in zip(["Listening", "Reading", "SpokenInteraction",
                                "SpokenProduction", "Writing"], f["grid"]):
                _t(pl, tag, lv)
        if f.get("certs"):
            vb = ET.SubElement(fe, "VerifiedBy")
            for title, body, year, level in f["certs"]:
                ce = ET.SubElement(vb, "Certificate")
                _t(ce, "Title", title); _t(ce, "AwardingBody", body)
                ET.SubElement(ce, "Date", {"year": str(year)})
                _t(ce, "Level", level)
    tree = ET.ElementTree(root)
    ET.indent(tree, space="  ")
    # 'xmlns' was set as a plain attribute; drop the duplicate default ns
    xml = ET.tostring(root, encoding="unicode")
    xml = xml.replace(f'xmlns="{EP_NS}" xmlns="{EP_NS}"', f'xmlns="{EP_NS}"')
    Path(path).write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n",
                          encoding="utf-8")


# ------------------------------------------------------------ linkedin ----

def _csv(rows, header):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return s.getvalue()


def render_linkedin(path, profile, positions, education, languages, certs=(),
                    skills=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        ph = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date",
              "Headline", "Summary", "Industry", "Zip Code", "Geo Location",
              "Twitter Handles", "Websites", "Instant Messengers"]
        z.writestr("Profile.csv", _csv([[profile.get(k, "") for k in ph]], ph))
        z.writestr("Positions.csv", _csv(positions, [
            "Company Name", "Title", "Description", "Location", "Started On",
            "Finished On"]))
        z.writestr("Education.csv", _csv(education, [
            "School Name", "Start Date", "End Date", "Notes", "Degree Name",
            "Activities"]))
        z.writestr("Languages.csv", _csv(languages, ["Name", "Proficiency"]))
        z.writestr("Certifications.csv", _csv(list(certs), [
            "Name", "Url", "Authority", "Started On", "Finished On",
            "License Number"]))
        z.writestr("Skills.csv", _csv([[s] for s in skills], ["Name"]))
        z.writestr("Email Addresses.csv", _csv(
            [[profile["email"], "Yes", "Yes", "1/5/15, 9:12 AM"]],
            ["Email Address", "Confirmed", "Primary", "Updated On"]))


def render_jsonresume(path, data):
    data = {"$schema": "https://raw.githubusercontent.com/jsonresume/"
            "resume-schema/v1.0.0/schema.json", **data}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")


# ==========================================================================
# THE CVs  (all people are fictional; employers may be real public bodies)
# ==========================================================================
CVS = []


def cv(fn):
    CVS.append(fn)
    return fn


# ----------------------------------------------------------------- PDF ----

@cv
def pdf01_sidebar_okonkwo_berg():
    name = "pdf01_sidebar_okonkwo_berg"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Nadia Okonkwo-Berg
Intelligence analyst
## Contact
Oslo, Norway
nadia.okonkwo-berg@example.no
+47 912 34 567
## Personal
Nationality: Norwegian
Born 1993
## Languages
- Norwegian — mother tongue
- English — C1 (IELTS Academic 7.0, 2016)
- Swedish — good working knowledge
## Education
### MSc Criminology
University of Oslo
2015 – 2017
### BA Sociology
University of Bergen
2012 – 2015
## Tools
i2 Analyst's Notebook, Palantir, SQL, Python (pandas), ArcGIS
---main
## Profile
Criminal intelligence analyst with eight years in the Norwegian police, specialised in organised property crime, network analysis and cross-border information exchange.
## Professional experience
### Kripos – National Criminal Investigation Service, Oslo, Norway
**Senior Intelligence Analyst** · Jan 2021 – present
- Lead analyst in joint investigation teams with Sweden, Denmark and Poland targeting mobile organised crime groups.
- Designs analytical products for the management group and presents them at operational meetings.
- Mentors four junior analysts; runs the unit's internal i2 training.

**Intelligence Analyst** · Aug 2017 – Dec 2020
- Produced tactical and strategic assessments for the Nordic police cooperation on burglary series.
- Built the first social-network analysis of cargo-theft groups using seizure and telecom data.
### Norwegian Police University College, Oslo, Norway
**Research Assistant** (part-time, 50 %) · Aug 2015 – Jun 2017
- Data collection and coding for a research project on police use of open sources.
- Co-author of two project reports.
## Selected training
- Europol Operational Analysis Course, The Hague (2019)
- CEPOL exchange programme (2022)
## References
Available on request.
""", style="sidebar", accent="#23395B")
    write_expected(name, "pdf", ["NO"], [
        X("Senior Intelligence Analyst",
          "Kripos – National Criminal Investigation Service", "NO",
          "2021-01", None, True, None, ["SE", "DK", "PL"],
          note="employer heading carries two successive positions"),
        X("Intelligence Analyst",
          "Kripos – National Criminal Investigation Service", "NO",
          "2017-08", "2020-12", False, None, [],
          note="'Nordic police cooperation' is a region: no countries"),
        X("Research Assistant", "Norwegian Police University College", "NO",
          "2015-08", "2017-06", False, 0.5, []),
    ], [
        Ed("Criminology", 7, True, "2015", "2017"),
        Ed("Sociology", 6, True, "2012", "2015"),
    ], [
        L("no", None, True, note="Norwegian: ISO 639-1 'no' (nb also acceptable)"),
        L("en", "C1", note="IELTS 7.0 -> C1"),
        L("sv", None, note="'good working knowledge' is not a CEFR level"),
    ], notes=["Two-column layout: sidebar (languages, education) + main column."])


@cv
def pdf02_table_mehta_clarke():
    name = "pdf02_table_mehta_clarke"
    render_pdf(OUT / f"{name}.pdf", """
# Rohan Mehta-Clarke
Digital Forensics Examiner · GCFA, EnCE
San Jose, CA 95112 · rohan.mehta-clarke@example.com · (408) 555-0142
## Summary
Digital forensics examiner with over ten years of casework on mobile devices, cloud accounts and cryptocurrency tracing. Courtroom-qualified expert witness in California Superior Court.
## Professional experience
|! Dates | Position and employer | Location |
| 03/2017 - today | **Digital Forensics Examiner** // Santa Clara County District Attorney's Office, Crime Laboratory // Mobile and cloud extractions (Cellebrite, GrayKey, Magnet AXIOM) for homicide and fraud cases. // Coordinated evidence-preservation requests with authorities in Canada and Mexico. | San Jose, CA |
| 06/2013 - 02/2017 | **Forensic Analyst** // Brightline Forensics Inc. // E-discovery and incident-response engagements for technology clients; wrote 40+ expert reports. | Palo Alto, CA |
| 06/2012 - 08/2012 | **Intern** // Silicon Valley Regional Computer Forensics Laboratory (FBI) // Imaging and hash verification of seized media. | Menlo Park, CA |
## Education
|! Year | Qualification | Institution |
| 2008 – 2012 | B.S. Computer Science | San José State University, San Jose, CA |
| 2015 | Graduate Certificate in Digital Forensics | Champlain College (online), Burlington, VT |
## Certifications
|! Year | Certification | Body |
| 2016 | GIAC Certified Forensic Analyst (GCFA) | GIAC |
| 2014 | EnCase Certified Examiner (EnCE) | OpenText |
## Languages
English (native) · Hindi (conversational) · Spanish (basic)
""", style="classic", accent="#5B2333")
    write_expected(name, "pdf", [], [
        X("Digital Forensics Examiner",
          "Santa Clara County District Attorney's Office", None,
          "2017-03", None, True, None, ["CA", "MX"],
          note="written '..., Crime Laboratory'. 'San Jose, CA' is California: country null.\n"
               "Canada (CA) is a country worked with - do not confuse."),
        X("Forensic Analyst", "Brightline Forensics Inc.", None,
          "2013-06", "2017-02", False, None, [],
          note="'Palo Alto, CA' -> state abbreviation, country null"),
        X("Intern", "Silicon Valley Regional Computer Forensics Laboratory (FBI)",
          None, "2012-06", "2012-08", False, None, []),
    ], [
        Ed("Computer Science", 6, True, "2008", "2012"),
        Ed("Digital Forensics", None, True, None, "2015",
           note="graduate certificate: ISCED level unclear; single year = end"),
    ], [
        L("en", None, True),
        L("hi", None),
        L("es", None),
    ], notes=["Table layout; nationality not stated; gap 2012-08..2013-06."])


@cv
def pdf03_fr_vasseur_ndiaye():
    name = "pdf03_fr_vasseur_ndiaye"
    render_pdf(OUT / f"{name}.pdf", """
# Claire VASSEUR-NDIAYE
Analyste criminelle – Gendarmerie nationale
12 rue des Lilas, 95000 Cergy · claire.vasseur@example.fr · 06 12 34 56 78
Née le 14/05/1989 à Dakar (Sénégal) · Nationalité : française · Permis B
## Expérience professionnelle
### Analyste criminelle – Gendarmerie nationale, Service central de renseignement criminel (SCRC)
@ Pontoise (France) | sept. 2015 – présent
- Analyse opérationnelle au profit des sections de recherches : trafics de stupéfiants, traite des êtres humains.
- Échanges d'informations et réunions d'analyse en coopération avec la Belgique, l'Espagne et le Maroc.
- Formatrice interne sur Analyst's Notebook et ANACRIM.
### Chargée d'enseignement vacataire – CY Cergy Paris Université
@ Cergy | 2017 – 2020 | quotité 20 %
- Cours « Introduction à l'analyse criminelle » en Master 1 Droit pénal (24 h par an).
### Chargée de mission – Ministère de l'Intérieur, Direction des libertés publiques et des affaires juridiques
@ Paris | janv. 2013 – août 2015
- Suivi des textes relatifs à la sécurité intérieure ; préparation de notes pour le cabinet.
## Formation
### Master 2 Droit pénal et sciences criminelles – Université Paris 1 Panthéon-Sorbonne
@ 2010 – 2012 · mention Bien
### Licence en droit – Université de Lille
@ 2007 – 2010
### Baccalauréat ES (économique et social) – Lycée Faidherbe, Lille
@ 2007
## Langues
- Français : langue maternelle
- Anglais : courant (TOEFL iBT 100, 2014)
- Espagnol : B1
- Arabe : notions
## Centres d'intérêt
Course à pied (semi-marathon), bénévolat à la Croix-Rouge.
""", style="classic", font="DVSerif", accent="#003366")
    write_expected(name, "pdf", ["FR"], [
        X("Analyste criminelle",
          "Gendarmerie nationale, Service central de renseignement criminel (SCRC)",
          "FR", "2015-09", None, True, None, ["BE", "ES", "MA"]),
        X("Chargée d'enseignement vacataire", "CY Cergy Paris Université", None,
          "2017", "2020", False, 0.2, [],
          note="overlaps the Gendarmerie post; 'quotité 20 %' -> 0.2; city only"),
        X("Chargée de mission", "Ministère de l'Intérieur", None,
          "2013-01", "2015-08", False, None, [], note="'Paris' alone -> null"),
    ], [
        Ed("Droit pénal et sciences criminelles", 7, True, "2010", "2012"),
        Ed("Droit", 6, True, "2007", "2010"),
        Ed("Économique et social", 3, True, None, "2007",
           note="baccalauréat = upper secondary, ISCED 3"),
    ], [
        L("fr", None, True),
        L("en", "C1", note="'courant' + TOEFL iBT 100 -> C1"),
        L("es", "B1"),
        L("ar", None),
    ], notes=["Born in Dakar (Senegal): place of birth is not a nationality."])


@cv
def pdf04_classic_wierzbicki():
    name = "pdf04_classic_wierzbicki"
    render_pdf(OUT / f"{name}.pdf", """
# Tomasz Wierzbicki
Financial Intelligence Specialist
Laan van Meerdervoort 100, 2517 AP Den Haag · t.wierzbicki@example.eu · +31 6 1234 5678
Date of birth: 11 March 1984 · Nationality: Polish
## Work experience
### Financial Intelligence Specialist
@ Europol – European Union Agency for Law Enforcement Cooperation, The Hague, the Netherlands | 2019 – to date
- Operational analysis of cross-border money-laundering investigations involving Germany, Lithuania and Ukraine.
- Point of contact for the EU Financial Intelligence Units' platform on virtual assets.
### Senior Investigator, Economic Crime Unit
@ Central Bureau of Investigation of the Police (CBŚP), Warsaw, Poland | Oct 2016 – Feb 2019
- Led financial investigations into VAT carousel fraud; asset tracing and freezing orders.
### Trainee, Economic Crime Team
@ Europol, The Hague, the Netherlands | Mar – Aug 2016
- Six-month traineeship supporting the Analysis Project on MTIC fraud.
### Police Officer, Criminal Division
@ Warsaw Metropolitan Police Headquarters (Komenda Stołeczna Policji), Warsaw, Poland | 2008 – 2016
- Investigations into fraud and property crime; from 2012 member of the asset-recovery team.
## Education and training
### Master of Arts in Internal Security
@ Police Academy in Szczytno (Wyższa Szkoła Policji w Szczytnie) | 2011 – 2013
### Postgraduate Diploma in Anti-Money Laundering
@ SGH Warsaw School of Economics | 2015
### Bachelor of Economics
@ University of Warsaw | 2004 – 2007
## Languages
Polish – mother tongue · English – Cambridge C1 Advanced (2015) · German – B1 · Russian – reading knowledge
## IT skills
i2 Analyst's Notebook, Chainalysis Reactor, MS Excel (advanced), SQL (basic)
""", style="classic", accent="#0B3D91")
    write_expected(name, "pdf", ["PL"], [
        X("Financial Intelligence Specialist",
          "Europol – European Union Agency for Law Enforcement Cooperation", "NL",
          "2019", None, True, None, ["DE", "LT", "UA"],
          note="'2019 – to date': year-only start, ongoing"),
        X("Senior Investigator, Economic Crime Unit",
          "Central Bureau of Investigation of the Police (CBŚP)", "PL",
          "2016-10", "2019-02", False, None, []),
        X("Trainee, Economic Crime Team", "Europol", "NL",
          "2016-03", "2016-08", False, None, [],
          note="'Mar – Aug 2016': month-only start takes the end's year"),
        X("Police Officer, Criminal Division",
          "Warsaw Metropolitan Police Headquarters (Komenda Stołeczna Policji)",
          "PL", "2008", "2016", False, None, []),
    ], [
        Ed("Internal Security", 7, True, "2011", "2013"),
        Ed("Anti-Money Laundering", None, True, None, "2015",
           note="postgraduate diploma: level unclear"),
        Ed("Economics", 6, True, "2004", "2007"),
    ], [
        L("pl", None, True),
        L("en", "C1", note="Cambridge C1 Advanced -> C1"),
        L("de", "B1"),
        L("ru", None),
    ])


@cv
def pdf05_mwangi_ambiguous_dates():
    name = "pdf05_mwangi_ambiguous_dates"
    render_pdf(OUT / f"{name}.pdf", """
# Grace Achieng Mwangi
Programme Officer – Transnational Organised Crime
P.O. Box 30218, Nairobi, Kenya · grace.mwangi@example.org · +254 722 000 111
Nationality: Kenyan
## Profile
Lawyer and former police inspector with a decade of experience in criminal investigations, mutual legal assistance and capacity building in East Africa.
## Professional experience
### Programme Officer, Global Programme on Transnational Organised Crime
@ United Nations Office on Drugs and Crime (UNODC), Nairobi, Kenya | Jan 2020 – present
- Designs and delivers training for police and prosecutors in Uganda, Tanzania and Somalia on financial investigations.
- Manages a portfolio of USD 2.4 million; reports to donors.
### Research Consultant (part-time, 50 %)
@ Institute for Security Studies (ISS), Pretoria, South Africa | Jul 2019 – Jun 2021
- Remote research on illicit financial flows in East Africa; two policy briefs.
### Inspector, Directorate of Criminal Investigations
@ National Police Service, Nairobi, Kenya | 06/07/2012 - 05/08/2019
- Investigating officer for fraud and cybercrime cases; prosecution liaison.
- Trained 150 officers on evidence handling.
## Education
### LLM International Law
@ University of Nairobi | 2014 – 2016
### Diploma in Criminal Justice
@ Kenya School of Government | 2012
### LLB (Bachelor of Laws)
@ Moi University, Eldoret | 2007 – 2011
---page
## Languages
- English – fluent (working language)
- Kiswahili – mother tongue
- French – DELF B2 (Alliance Française de Nairobi, 2018)
## Training
- CEPOL–UNODC course on cryptocurrency investigations (2021)
- Financial investigation techniques, Kenya School of Government (2013)
## Publications
- "Following the money in East Africa", ISS Policy Brief 142 (2020).
- "Mutual legal assistance in the EAC", ISS Policy Brief 151 (2021).
## Referees
Available on request.
""", style="classic", accent="#2E5E4E")
    write_expected(name, "pdf", ["KE"], [
        X("Programme Officer, Global Programme on Transnational Organised Crime",
          "United Nations Office on Drugs and Crime (UNODC)", "KE",
          "2020-01", None, True, None, ["UG", "TZ", "SO"]),
        X("Research Consultant", "Institute for Security Studies (ISS)", "ZA",
          "2019-07", "2021-06", False, 0.5, [],
          note="overlaps both other posts; 'East Africa' is a region"),
        X("Inspector, Directorate of Criminal Investigations",
          "National Police Service", "KE", None, None, False, None, [],
          note="'06/07/2012 - 05/08/2019' reads as DD/MM or MM/DD: not stated"),
    ], [
        Ed("International Law", 7, True, "2014", "2016"),
        Ed("Criminal Justice", None, True, None, "2012",
           note="'Diploma': level unclear"),
        Ed("Law", 6, True, "2007", "2011"),
    ], [
        L("en", None, note="'fluent' is not a CEFR level"),
        L("sw", None, True),
        L("fr", "B2", note="DELF B2"),
    ], notes=["Two pages; languages on page 2."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx06_fr_sarr():
    name = "docx06_fr_sarr"
    render_docx(OUT / f"{name}.docx", """
# Abdoulaye SARR
Commissaire de police – Police judiciaire
Cité Keur Gorgui, Dakar (Sénégal) · abdoulaye.sarr@example.sn · +221 77 000 00 00
Nationalité : sénégalaise · Marié, deux enfants
## Expérience professionnelle
### Commissaire de police, chef de la Division des investigations criminelles
@ Police nationale du Sénégal – Direction de la Police judiciaire, Dakar (Sénégal) · depuis 2019
- Direction d'une équipe de 35 enquêteurs (criminalité organisée, trafic de migrants).
- Enquêtes conjointes et échanges de renseignements en coopération avec le Mali, la Guinée et la Mauritanie.
- Point de contact du Bureau central national INTERPOL pour les notices rouges.
### Officier de police, Commissariat central de Dakar
@ Police nationale du Sénégal, Dakar (Sénégal) · 2011 – 2018
- Officier de police judiciaire : flagrants délits, gardes à vue, procédures d'enquête.
- Adjoint au chef de la brigade de recherches à partir de 2015.
## Formation
- 2018 – 2019 : Diplôme de commissaire de police – École nationale de police et de la formation permanente, Dakar
- 2008 – 2010 : Master en droit privé – Université Cheikh Anta Diop de Dakar
- 2005 – 2008 : Licence en droit – Université Cheikh Anta Diop de Dakar
## Langues
- Wolof : langue maternelle
- Français : courant (langue de travail)
- Anglais : B2
- Arabe : lu
## Informatique
Pack Office, bases de données AFIS et I-24/7.
""", title="CV Abdoulaye Sarr")
    write_expected(name, "docx", ["SN"], [
        X("Commissaire de police, chef de la Division des investigations criminelles",
          "Police nationale du Sénégal – Direction de la Police judiciaire", "SN",
          "2019", None, True, None, ["ML", "GN", "MR"],
          note="'depuis 2019' -> start 2019, ongoing"),
        X("Officier de police, Commissariat central de Dakar",
          "Police nationale du Sénégal", "SN", "2011", "2018", False, None, []),
    ], [
        Ed(None, None, True, "2018", "2019",
           note="police-school diploma: level unclear, no subject given"),
        Ed("Droit privé", 7, True, "2008", "2010"),
        Ed("Droit", 6, True, "2005", "2008"),
    ], [
        L("wo", None, True),
        L("fr", None, note="'courant' is not a CEFR level"),
        L("en", "B2"),
        L("ar", None),
    ], notes=["Same employer, two successive positions; gap 2018-2019 is training."])


@cv
def docx07_table_sorensen_quist():
    name = "docx07_table_sorensen_quist"
    render_docx(OUT / f"{name}.docx", """
# Helena Sørensen-Quist
Policy Officer – Migration and Home Affairs
Rue de la Loi 170, 1000 Brussels · helena.sq@example.eu · +32 470 00 00 00
## Professional experience
|! Period | Position, employer and main tasks |
| Sep 2021 – present | **Policy Officer** // European Commission, Directorate-General for Migration and Home Affairs (DG HOME), Brussels, Belgium // Liaising with Italy, Greece and Malta on the implementation of the Pact on Migration and Asylum; drafting briefings for the Director. |
| Feb 2016 – Aug 2021 | **Legal Officer** // Ministry of Justice, Copenhagen, Denmark // Drafting of criminal-law bills; Danish delegate to the Council working party on judicial cooperation in criminal matters. |
| 2014 – 2016 | **Teaching Assistant (part-time, 25 %)** // Faculty of Law, University of Copenhagen, Copenhagen, Denmark // Tutorials in EU law and criminal procedure. |
## Education
|! Period | Qualification |
| 2014 – 2016 | **Master of Laws (cand.jur.)** // University of Copenhagen |
| 2011 – 2014 | **Bachelor of Laws (BA jur.)** // University of Copenhagen |
## Languages
|! Language | Level |
| Danish | Mother tongue |
| English | C2 |
| French | C1 (DALF C1, 2015) |
| German | Good |
## Other
Member of the Danish Bar association (inactive). Driving licence B.
""", title="CV Helena Sorensen-Quist")
    write_expected(name, "docx", [], [
        X("Policy Officer",
          "European Commission, Directorate-General for Migration and Home Affairs (DG HOME)",
          "BE", "2021-09", None, True, None, ["IT", "GR", "MT"]),
        X("Legal Officer", "Ministry of Justice", "DK", "2016-02", "2021-08",
          False, None, []),
        X("Teaching Assistant", "University of Copenhagen", "DK", "2014", "2016",
          False, 0.25, [], note="employer written as 'Faculty of Law, University of Copenhagen'"),
    ], [
        Ed("Law", 7, True, "2014", "2016"),
        Ed("Law", 6, True, "2011", "2014"),
    ], [
        L("da", None, True),
        L("en", "C2"),
        L("fr", "C1", note="DALF C1"),
        L("de", None, note="'Good' is not a CEFR level"),
    ], notes=["Everything is in Word tables; nationality not stated."])


@cv
def docx08_okafor_same_employer():
    name = "docx08_okafor_same_employer"
    render_docx(OUT / f"{name}.docx", """
# Daniel Okafor
Investigator – National Crime Agency
London, UK · daniel.okafor@example.co.uk · +44 7700 900123
Nationality: British and Nigerian (dual)
## Career history
### National Crime Agency — London, United Kingdom
**Investigator**, International Corruption Unit — Dec 2022 – to date
- Investigates bribery of foreign officials and laundering of proceeds in London property.
- Works with partner agencies in Nigeria and Ghana on evidence gathering and asset recovery.
### Metropolitan Police Service — London, UK
**Detective Sergeant**, Economic Crime Command — Apr 2017 – Nov 2022
- Supervised a team of six detective constables on complex fraud investigations.
**Detective Constable**, Lambeth CID — Sep 2012 – Mar 2017
- Investigated serious acquisitive crime; accredited PIP level 2 investigator (2014).
## Education
**MSc Cybercrime** (part-time, distance learning), University of Portsmouth — Sep 2023 – expected 2027
**BSc (Hons) Criminology**, University of Leicester — 2008 – 2011
## Languages
English (native) · Yoruba (fluent) · French (A2)
## Interests
Amateur football coach; mentoring scheme for young people in Southwark.
""", font="Arial", title="Daniel Okafor CV")
    write_expected(name, "docx", ["GB", "NG"], [
        X("Investigator", "National Crime Agency", "GB", "2022-12", None, True,
          None, ["NG", "GH"],
          note="title written 'Investigator, International Corruption Unit'"),
        X("Detective Sergeant", "Metropolitan Police Service", "GB",
          "2017-04", "2022-11", False, None, [],
          note="same employer heading, two successive positions"),
        X("Detective Constable", "Metropolitan Police Service", "GB",
          "2012-09", "2017-03", False, None, []),
    ], [
        Ed("Cybercrime", 7, False, "2023-09", "2027",
           note="'expected 2027' -> not completed; end is the expected date"),
        Ed("Criminology", 6, True, "2008", "2011"),
    ], [
        L("en", None, True),
        L("yo", None),
        L("fr", "A2"),
    ])


@cv
def docx09_fr_marchetti():
    name = "docx09_fr_marchetti"
    render_docx(OUT / f"{name}.docx", """
# Julien MARCHETTI
Consultant senior conformité & lutte anti-blanchiment
75011 Paris · julien.marchetti@example.fr · 07 00 00 00 00
## Parcours professionnel
### Consultant senior en conformité – Arvelle Conseil (cabinet de conseil)
@ Paris · mars 2018 – à ce jour
- Missions LCB-FT pour des banques privées et des établissements de paiement : revues de dispositifs, remédiation KYC.
- Animation de formations « signaux faibles » pour les équipes conformité.
### Enquêteur – TRACFIN, ministère de l'Économie et des Finances
@ Montreuil (France) · sept. 2012 – févr. 2018
- Analyse des déclarations de soupçon ; rédaction de notes de transmission à l'autorité judiciaire.
- Échanges avec les cellules de renseignement financier du Luxembourg et de la Suisse.
### Stagiaire – Banque de France, Direction de la stabilité financière
@ Paris · avril – sept. 2011
- Stage de fin d'études : cartographie des risques de blanchiment dans le secteur des changeurs manuels.
## Formation
- Master Finance, IAE Aix-Marseille — 2010 – 2012
- DUT Gestion des entreprises et des administrations (GEA), IUT de Toulon — 2006 – 2008
## Langues
- Anglais : Cambridge C1 Advanced (2016)
- Italien : courant
## Compétences
Réglementation LCB-FT, Actimize, Excel/VBA, Power BI.
""", font="Cambria", title="CV Julien Marchetti")
    write_expected(name, "docx", [], [
        X("Consultant senior en conformité", "Arvelle Conseil", None,
          "2018-03", None, True, None, [], note="'à ce jour' -> ongoing; Paris -> null"),
        X("Enquêteur", "TRACFIN, ministère de l'Économie et des Finances", "FR",
          "2012-09", "2018-02", False, None, ["LU", "CH"]),
        X("Stagiaire", "Banque de France", None, "2011-04", "2011-09", False,
          None, [], note="'avril – sept. 2011': month-only start takes the end's year"),
    ], [
        Ed("Finance", 7, True, "2010", "2012"),
        Ed("Gestion des entreprises et des administrations", 5, True, "2006", "2008"),
    ], [
        L("en", "C1", note="Cambridge C1 Advanced"),
        L("it", None),
    ], notes=["French CV that does not list French: no 'fr' expected. No nationality."])


@cv
def docx10_haddad_academic():
    name = "docx10_haddad_academic"
    render_docx(OUT / f"{name}.docx", """
# Dr Leila Haddad
Associate Professor of Forensic Science
Lausanne, Switzerland · leila.haddad@example.ch · +41 21 000 00 00
Nationality: Lebanese · Swiss residence permit B
## Appointments
**2020 – present** — Associate Professor of Forensic Science, School of Criminal Justice, University of Lausanne, Lausanne, Switzerland
- Teaching forensic chemistry and drug profiling (BSc and MSc); supervision of four PhD students.
**Oct 2018 – Dec 2019** — Career break (family reasons)
**Oct 2016 – Sep 2018** — Postdoctoral Researcher, Netherlands Forensic Institute (NFI), The Hague, the Netherlands
- Collaborative projects on synthetic drug profiling with the Bundeskriminalamt in Germany and the National Institute of Criminalistics and Criminology in Belgium.
**2009 – 2012** — Forensic Chemist, Internal Security Forces – Forensic Laboratory, Beirut, Lebanon
- Analysis of seized drugs and fire debris; court testimony.
## Education
**2012 – 2016** — PhD in Forensic Science, University of Lausanne
**2007 – 2009** — MSc in Chemistry, American University of Beirut
**2004 – 2007** — BSc in Chemistry, American University of Beirut
## Languages
Arabic (mother tongue) · French (C2) · English (TOEFL iBT 100, 2012) · German (A2, course ongoing)
## Selected publications
- Haddad L. et al. (2019), Impurity profiling of MDMA tablets, Forensic Science International 301.
- Haddad L., Ribaux O. (2022), Forensic intelligence in drug markets, Journal of Forensic Sciences 67.
""", title="CV Leila Haddad")
    write_expected(name, "docx", ["LB"], [
        X("Associate Professor of Forensic Science", "University of Lausanne", "CH",
          "2020", None, True, None, [],
          note="written 'School of Criminal Justice, University of Lausanne'"),
        X("Postdoctoral Researcher", "Netherlands Forensic Institute (NFI)", "NL",
          "2016-10", "2018-09", False, None, ["DE", "BE"]),
        X("Forensic Chemist", "Internal Security Forces – Forensic Laboratory",
          "LB", "2009", "2012", False, None, []),
    ], [
        Ed("Forensic Science", 8, True, "2012", "2016"),
        Ed("Chemistry", 7, True, "2007", "2009"),
        Ed("Chemistry", 6, True, "2004", "2007"),
    ], [
        L("ar", None, True),
        L("fr", "C2"),
        L("en", "C1", note="TOEFL iBT 100 -> C1"),
        L("de", "A2"),
    ], notes=["The 'Career break' line is a gap, not a position."])


# ---------------------------------------------------------------- text ----

@cv
def txt11_en_mendoza_ruiz():
    name = "txt11_en_mendoza_ruiz"
    render_text(OUT / f"{name}.txt", """
# Carlos Mendoza Ruiz
Chief Inspector, International Police Cooperation
Mexico City | carlos.mendoza@example.mx | +52 55 0000 0000
Nationality: Mexican

## Experience
Chief Inspector, International Affairs Unit
Secretaría de Seguridad y Protección Ciudadana (SSPC), Mexico City, Mexico
Feb 2021 – present
- Heads the unit in charge of police attachés and international agreements.

Liaison Officer, Americas Regional Desk
INTERPOL General Secretariat, Lyon, France
Jan 2018 – Dec 2020
- Coordinated notices and diffusions with the NCBs of Colombia, Guatemala and Spain.
- Organised two regional operations against firearms trafficking.

Federal Agent, Criminal Investigation Agency
Fiscalía General de la República (formerly PGR), Mexico City, Mexico
2012–2016
- Kidnapping and extortion investigations.

## Education
Master's degree in Criminology (Maestría en Criminología), INACIPE, Mexico City, 2013–2015
Bachelor of Laws (Licenciatura en Derecho), UNAM, 2006–2011

## Languages
Spanish: native
English: C1
French: B1 (DELF B1, 2019)
Portuguese: basic

## References
Available on request.
""")
    write_expected(name, "text", ["MX"], [
        X("Chief Inspector, International Affairs Unit",
          "Secretaría de Seguridad y Protección Ciudadana (SSPC)", "MX",
          "2021-02", None, True, None, []),
        X("Liaison Officer, Americas Regional Desk", "INTERPOL General Secretariat",
          "FR", "2018-01", "2020-12", False, None, ["CO", "GT", "ES"]),
        X("Federal Agent, Criminal Investigation Agency",
          "Fiscalía General de la República", "MX", "2012", "2016", False, None,
          [], note="gap 2016..2018 unexplained"),
    ], [
        Ed("Criminology", 7, True, "2013", "2015"),
        Ed("Law", 6, True, "2006", "2011"),
    ], [
        L("es", None, True),
        L("en", "C1"),
        L("fr", "B1"),
        L("pt", None),
    ])


@cv
def txt12_en_raman_us():
    name = "txt12_en_raman_us"
    render_text(OUT / f"{name}.txt", """
# Priya Raman
1200 N Veitch St, Arlington, VA 22201 | priya.raman@example.com | (703) 555-0199

## Summary
Risk and governance analyst with field experience in West Africa and a background in U.S. government audit work.

## Experience
Meridian Risk Partners LLC - Arlington, VA
Senior Analyst, Aug 2019 - Present
- Led due-diligence and political-risk projects in Nigeria, Kenya and Ghana for development-finance clients.
- Manages a team of three analysts.

U.S. Government Accountability Office - Washington, DC
Analyst (part-time, 60%), Sep 2015 - Jun 2017
- Supported performance audits of foreign-assistance programs.

Peace Corps - Thiès, Senegal
Community Economic Development Volunteer, Jul 2012 - Jun 2014
- Trained women's savings groups in bookkeeping; co-founded a micro-credit cooperative.

## Education
M.A. International Affairs, The George Washington University, Elliott School of International Affairs, 2014-2016
B.A. Political Science, University of Michigan, Ann Arbor, MI, 2008-2012

## Languages
English (native); French (professional working proficiency); Wolof (basic)
""", underline="~")
    write_expected(name, "text", [], [
        X("Senior Analyst", "Meridian Risk Partners LLC", None, "2019-08", None,
          True, None, ["NG", "KE", "GH"], note="'Arlington, VA' -> state, country null"),
        X("Analyst", "U.S. Government Accountability Office", None,
          "2015-09", "2017-06", False, 0.6, [],
          note="'Washington, DC' -> no country written"),
        X("Community Economic Development Volunteer", "Peace Corps", "SN",
          "2012-07", "2014-06", False, None, []),
    ], [
        Ed("International Affairs", 7, True, "2014", "2016"),
        Ed("Political Science", 6, True, "2008", "2012"),
    ], [
        L("en", None, True),
        L("fr", None),
        L("wo", None),
    ], notes=["No nationality stated; gap 2017-06..2019-08; 'West Africa' is a region."])


@cv
def txt13_fr_brunet():
    name = "txt13_fr_brunet"
    render_text(OUT / f"{name}.txt", """
# Aurélie Brunet
Juriste – coopération judiciaire internationale
aurelie.brunet@example.fr – +31 6 0000 0000
Nationalité : française

## Expérience professionnelle
Oct. 2021 – à ce jour
Juriste, Eurojust – La Haye (Pays-Bas)
- Appui aux magistrats du bureau national français : équipes communes d'enquête, demandes d'entraide.

Sept. 2017 – août 2021
Chargée de coopération juridique, Ministère de l'Europe et des Affaires étrangères – Ambassade de France au Cameroun, Yaoundé (Cameroun)
- Pilotage d'un projet d'appui à la chaîne pénale ; missions au Tchad et au Gabon.

2014 – 2017
Greffière, Ministère de la Justice – Tribunal de grande instance de Lyon
- Greffe correctionnel et assistance aux juges d'instruction.

## Formation
2012 – 2014 : Master 2 Droit international public, Université Jean Moulin Lyon 3
2009 – 2012 : Licence de droit, Université Jean Moulin Lyon 3

## Langues
Français (langue maternelle) ; anglais (IELTS 7.0, 2017) ; allemand (B1) ; espagnol (notions)
""")
    write_expected(name, "text", ["FR"], [
        X("Juriste", "Eurojust", "NL", "2021-10", None, True, None, [],
          note="'à ce jour' -> ongoing"),
        X("Chargée de coopération juridique",
          "Ministère de l'Europe et des Affaires étrangères – Ambassade de France au Cameroun",
          "CM", "2017-09", "2021-08", False, None, ["TD", "GA"]),
        X("Greffière", "Ministère de la Justice – Tribunal de grande instance de Lyon",
          None, "2014", "2017", False, None, [],
          note="no country written ('Lyon' only inside the court's name)"),
    ], [
        Ed("Droit international public", 7, True, "2012", "2014"),
        Ed("Droit", 6, True, "2009", "2012"),
    ], [
        L("fr", None, True),
        L("en", "C1", note="IELTS 7.0 -> C1"),
        L("de", "B1"),
        L("es", None),
    ])


@cv
def txt14_fr_kouassi():
    name = "txt14_fr_kouassi"
    render_text(OUT / f"{name}.txt", """
# Yannick Kouassi
Analyste en cybercriminalité
Cocody, Abidjan – yannick.kouassi@example.ci – +225 07 00 00 00 00
Nationalité : ivoirienne – 34 ans

## Expérience
2020 – aujourd'hui : Analyste en cybercriminalité
Plateforme de lutte contre la cybercriminalité (PLCC), Direction de l'informatique et des traces technologiques, Abidjan (Côte d'Ivoire)
- Traitement des plaintes pour escroqueries en ligne, réquisitions aux opérateurs.
- Échanges avec les points de contact du Burkina Faso, du Ghana et du Togo.

Orange Côte d'Ivoire – Abidjan (Côte d'Ivoire)
01/2016 – 12/2019 : Ingénieur réseau
- Supervision du cœur de réseau mobile ; traitement des réquisitions judiciaires.
09/2013 – 12/2015 : Technicien supérieur réseaux
- Maintenance des sites radio, astreintes.

2012 – 2013 : Assistant informatique à mi-temps
Lycée technique d'Abidjan
- Gestion du parc informatique pendant la dernière année d'études.

## Formation
2010 – 2013 : Diplôme d'ingénieur des techniques en télécommunications – INP-HB, Yamoussoukro
2008 – 2010 : BTS Informatique industrielle – Lycée technique d'Abidjan

## Langues
Baoulé : langue maternelle
Français : courant
Anglais : B2

## Certifications
CCNA (2015), CompTIA Security+ (2021)
""")
    write_expected(name, "text", ["CI"], [
        X("Analyste en cybercriminalité",
          "Plateforme de lutte contre la cybercriminalité (PLCC)", "CI",
          "2020", None, True, None, ["BF", "GH", "TG"],
          note="'2020 – aujourd'hui' -> ongoing"),
        X("Ingénieur réseau", "Orange Côte d'Ivoire", "CI", "2016-01", "2019-12",
          False, None, [], note="employer heading with two successive positions"),
        X("Technicien supérieur réseaux", "Orange Côte d'Ivoire", "CI",
          "2013-09", "2015-12", False, None, []),
        X("Assistant informatique", "Lycée technique d'Abidjan", None,
          "2012", "2013", False, 0.5, [], note="'à mi-temps' -> 0.5; city only"),
    ], [
        Ed("Télécommunications", None, True, "2010", "2013",
           note="'diplôme d'ingénieur des techniques': ISCED level unclear"),
        Ed("Informatique industrielle", 5, True, "2008", "2010"),
    ], [
        L(None, None, True, note="Baoulé: no ISO 639-1 code (ISO 639-3 'bci')"),
        L("fr", None),
        L("en", "B2"),
    ])


# ------------------------------------------------------------ Europass ----

@cv
def europass15_ferreira_lopes():
    name = "europass15_ferreira_lopes"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2024-03-11T10:21:07.118Z", first="Ana", last="Ferreira Lopes",
        street="Rua Augusta 120, 3.º Esq.", postal="1100-053", city="Lisboa",
        country=("PT", "Portugal"), email="ana.flopes@example.pt",
        phone="+351 912 000 000", birth=(1989, 6, 23), gender="F",
        nationalities=[("PT", "Portuguese")],
        headline="Criminal Investigation Inspector"), [
        dict(**{"from": (2015, 3)}, current=True, position="Inspector",
             activities="Anti-corruption investigations at the National Anti-Corruption "
                        "Unit; financial analysis and searches; cooperation with Spain "
                        "and Brazil through letters rogatory and joint meetings.",
             employer="Polícia Judiciária – Unidade Nacional de Combate à Corrupção",
             city="Lisboa", country=("PT", "Portugal"),
             sector=("O", "Public administration and defence; compulsory social security")),
        dict(**{"from": (2014, 1), "to": (2015, 2)}, position="Trainee Inspector",
             activities="Initial training course and internship at the Lisbon Directorate.",
             employer="Polícia Judiciária", city="Loures", country=("PT", "Portugal")),
        dict(**{"from": (2012, 10), "to": (2013, 12)}, position="Legal Assistant",
             activities="Part-time (50 %) while completing the master's degree: research "
                        "and drafting in criminal defence cases.",
             employer="Costa & Reis – Sociedade de Advogados", city="Coimbra",
             country=("PT", "Portugal")),
    ], [
        dict(**{"from": (2012,), "to": (2014,)}, title="Master in Criminal Law",
             org="University of Coimbra, Faculty of Law", city="Coimbra",
             country=("PT", "Portugal"), eqf=7, field="Law"),
        dict(**{"from": (2008,), "to": (2012,)}, title="Licenciatura em Direito (Law degree)",
             org="University of Coimbra, Faculty of Law", city="Coimbra",
             country=("PT", "Portugal"), eqf=6, field="Law"),
    ], [("pt", "Portuguese")], [
        dict(code="en", label="English", grid=["C1"] * 5),
        dict(code="es", label="Spanish", grid=["C2", "C2", "B2", "B2", "B1"]),
        dict(code="fr", label="French", grid=["B2"] * 5,
             certs=[("DELF B2", "France Éducation international", 2013, "B2")]),
    ])
    write_expected(name, "europass-xml", ["PT"], [
        X("Inspector", "Polícia Judiciária – Unidade Nacional de Combate à Corrupção",
          "PT", "2015-03", None, True, None, ["ES", "BR"]),
        X("Trainee Inspector", "Polícia Judiciária", "PT", "2014-01", "2015-02",
          False, None, []),
        X("Legal Assistant", "Costa & Reis – Sociedade de Advogados", "PT",
          "2012-10", "2013-12", False, 0.5, [],
          note="part-time fraction stated in Activities"),
    ], [
        Ed("Criminal Law", 7, True, "2012", "2014",
           note="Europass Field label is 'Law'; the title says Criminal Law"),
        Ed("Law", 6, True, "2008", "2012"),
    ], [
        L("pt", None, True),
        L("en", "C1"),
        L("es", "B1", note="grid L C2 / R C2 / SI B2 / SP B2 / W B1 -> lowest B1"),
        L("fr", "B2", note="grid all B2 + DELF B2"),
    ])


@cv
def europass16_fr_garnier():
    name = "europass16_fr_garnier"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2023-09-02T08:00:00.000Z", first="Olivier", last="Garnier",
        street="Avenue Mohammed V, 12", postal="10000", city="Rabat",
        country=("MA", "Maroc"), email="olivier.garnier@example.fr",
        phone="+212 600 00 00 00", birth=(1984, 1, 30), gender="M",
        nationalities=[], headline="Officier de liaison"), [
        dict(**{"from": (2016, 7)}, current=True, position="Officier de liaison",
             activities="Attaché de sécurité intérieure adjoint : coopération opérationnelle "
                        "en matière de stupéfiants et d'immigration irrégulière ; missions "
                        "régulières en Mauritanie et au Sénégal.",
             employer="Ministère de l'Intérieur – Direction de la coopération internationale de sécurité",
             city="Rabat", country=("MA", "Maroc")),
        dict(**{"from": (2010, 9), "to": (2016, 6)}, position="Brigadier-chef",
             activities="Enquêteur à la division de la criminalité organisée ; "
                        "surveillances et interpellations.",
             employer="Police nationale – DIPJ de Marseille", city="Marseille",
             country=("FR", "France")),
        dict(**{"from": (2006,), "to": (2010,)}, position="Gardien de la paix",
             activities="Police secours puis brigade anticriminalité.",
             employer="Police nationale – DDSP du Rhône", city="Lyon",
             country=("FR", "France")),
    ], [
        dict(**{"from": (2008,), "to": (2009,)},
             title="Licence professionnelle Sécurité des biens et des personnes",
             org="Université Jean Moulin Lyon 3", city="Lyon",
             country=("FR", "France"), eqf=6, field="Sécurité des biens et des personnes"),
    ], [("fr", "Français")], [
        dict(code="ar", label="Arabe", grid=["B1"] * 5),
        dict(code="en", label="Anglais"),
    ])
    write_expected(name, "europass-xml", [], [
        X("Officier de liaison",
          "Ministère de l'Intérieur – Direction de la coopération internationale de sécurité",
          "MA", "2016-07", None, True, None, ["MR", "SN"]),
        X("Brigadier-chef", "Police nationale – DIPJ de Marseille", "FR",
          "2010-09", "2016-06", False, None, []),
        X("Gardien de la paix", "Police nationale – DDSP du Rhône", "FR",
          "2006", "2010", False, None, [], note="year-only period"),
    ], [
        Ed("Sécurité des biens et des personnes", 6, True, "2008", "2009"),
    ], [
        L("fr", None, True),
        L("ar", "B1"),
        L("en", None, note="no ProficiencyLevel given"),
    ], notes=["No NationalityList; address in Morocco is not a nationality."])


@cv
def europass17_popescu_full_dates():
    name = "europass17_popescu_full_dates"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-01-20T14:45:00.000Z", first="Mihai", last="Popescu",
        street="ul. Plac Europejski 6", postal="00-844", city="Warsaw",
        country=("PL", "Poland"), email="mihai.popescu@example.ro",
        phone="+48 500 000 000", birth=(1986, 11, 2), gender="M",
        nationalities=[("RO", "Romanian")], headline="Senior Operations Officer"), [
        dict(**{"from": (2018, 6, 1)}, current=True,
             position="Senior Operations Officer",
             activities="Planning and coordination of joint operations at the external "
                        "borders in Greece, Bulgaria and Italy; deployment of standing corps officers.",
             employer="European Border and Coast Guard Agency (Frontex)", city="Warsaw",
             country=("PL", "Poland")),
        dict(**{"from": (2011, 10, 1), "to": (2018, 5, 31)}, position="Chief Inspector",
             activities="Directorate for International Police Cooperation: SIRENE bureau "
                        "shift leader.",
             employer="Inspectoratul General al Poliției Române", city="București",
             country=("RO", "Romania")),
        dict(**{"from": (2009,), "to": (2011,)}, position="Border Police Officer",
             activities="Border checks at the Borș crossing point.",
             employer="Poliția de Frontieră Română", city="Oradea",
             country=("RO", "Romania")),
    ], [
        dict(**{"from": (2012,), "to": (2014,)},
             title="Master in European Border Security Management",
             org="Police Academy \u201cAlexandru Ioan Cuza\u201d", city="București",
             country=("RO", "Romania"), eqf=7, field="Border security"),
        dict(**{"from": (2005,), "to": (2009,)},
             title="Bachelor in Public Order and Safety",
             org="Police Academy \u201cAlexandru Ioan Cuza\u201d", city="București",
             country=("RO", "Romania"), eqf=6, field="Public order and safety"),
    ], [("ro", "Romanian")], [
        dict(code="en", label="English", grid=["C1"] * 5,
             certs=[("IELTS Academic, overall band 7.0", "British Council", 2017, "C1")]),
        dict(code="it", label="Italian", grid=["B2"] * 5),
        dict(code="hu", label="Hungarian", grid=["A2"] * 5),
    ])
    write_expected(name, "europass-xml", ["RO"], [
        X("Senior Operations Officer",
          "European Border and Coast Guard Agency (Frontex)", "PL",
          "2018-06-01", None, True, None, ["GR", "BG", "IT"]),
        X("Chief Inspector", "Inspectoratul General al Poliției Române", "RO",
          "2011-10-01", "2018-05-31", False, None, []),
        X("Border Police Officer", "Poliția de Frontieră Română", "RO",
          "2009", "2011", False, None, []),
    ], [
        Ed("European Border Security Management", 7, True, "2012", "2014",
           note="Field label 'Border security'"),
        Ed("Public Order and Safety", 6, True, "2005", "2009"),
    ], [
        L("ro", None, True),
        L("en", "C1", note="IELTS 7.0 and grid all C1"),
        L("it", "B2"),
        L("hu", "A2"),
    ], notes=["Day-precision Europass dates (From day='---01')."])


@cv
def europass18_fr_camara():
    name = "europass18_fr_camara"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2025-06-30T09:10:00.000Z", first="Fatoumata", last="Camara",
        street="Rue de Lausanne 45", postal="1201", city="Genève",
        country=("CH", "Suisse"), email="fatoumata.camara@example.org",
        phone="+41 79 000 00 00", birth=(1988, 4, 9), gender="F",
        nationalities=[("GN", "Guinéenne"), ("FR", "Française")],
        headline="Chargée des droits de l'homme"), [
        dict(**{"from": (2021, 1)}, current=True,
             position="Chargée des droits de l'homme",
             activities="Temps partiel (50 %). Suivi de la situation des droits de "
                        "l'homme en Guinée, au Mali et au Burkina Faso ; préparation "
                        "des rapports au Conseil des droits de l'homme.",
             employer="Haut-Commissariat des Nations unies aux droits de l'homme (HCDH)",
             city="Genève", country=("CH", "Suisse")),
        dict(**{"from": (2019, 2), "to": (2019, 11)}, position="Consultante",
             activities="Évaluation d'un programme d'aide juridictionnelle (mission de "
                        "terrain à Conakry).",
             employer="Avocats Sans Frontières", city="Bruxelles",
             country=("BE", "Belgique")),
        dict(**{"from": (2015, 4), "to": (2020, 12)}, position="Conseillère juridique",
             activities="Cabinet du ministre : réforme du code de procédure pénale.",
             employer="Ministère de la Justice", city="Conakry",
             country=("GN", "Guinée")),
    ], [
        dict(**{"from": (2022,)}, current=True, title="Doctorat en droit international",
             org="Université de Genève", city="Genève", country=("CH", "Suisse"),
             eqf=8, field="Droit international"),
        dict(**{"from": (2013,), "to": (2014,)},
             title="Master 2 Droit international des droits de l'homme",
             org="Université de Nantes", city="Nantes", country=("FR", "France"),
             eqf=7, field="Droits de l'homme"),
        dict(title="Maîtrise en droit", org="Université Gamal Abdel Nasser de Conakry",
             city="Conakry", country=("GN", "Guinée")),
    ], [("ff", "Peul")], [
        dict(code="fr", label="Français", grid=["C2"] * 5),
        dict(code="en", label="Anglais", grid=["B2"] * 5),
        dict(code="es", label="Espagnol"),
    ])
    write_expected(name, "europass-xml", ["GN", "FR"], [
        X("Chargée des droits de l'homme",
          "Haut-Commissariat des Nations unies aux droits de l'homme (HCDH)", "CH",
          "2021-01", None, True, 0.5, ["GN", "ML", "BF"],
          note="'Temps partiel (50 %)' in Activities; GN is worked with (base is CH)"),
        X("Consultante", "Avocats Sans Frontières", "BE", "2019-02", "2019-11",
          False, None, [],
          note="overlaps the Ministry post; 'Conakry' is a city, not a country named"),
        X("Conseillère juridique", "Ministère de la Justice", "GN", "2015-04",
          "2020-12", False, None, []),
    ], [
        Ed("Droit international", 8, False, "2022", None,
           note="education Period has <Current>true</Current>"),
        Ed("Droits de l'homme", 7, True, "2013", "2014",
           note="title: Droit international des droits de l'homme"),
        Ed("Droit", None, None, None, None,
           note="'Maîtrise' with no Level, no Period: level unclear, completion not stated"),
    ], [
        L("ff", None, True, note="Peul / Fula"),
        L("fr", "C2"),
        L("en", "B2"),
        L("es", None, note="no ProficiencyLevel"),
    ], notes=["Work list is not in date order (the consultancy overlaps)."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin19_laurent_keller():
    name = "linkedin19_laurent_keller"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Sophie", "Last Name": "Laurent-Keller",
           "Headline": "Head of Analysis Section at fedpol",
           "Summary": "Criminal intelligence and financial-crime analyst. Ten years "
                      "between banking compliance and federal police.",
           "Industry": "Law Enforcement", "Zip Code": "3003",
           "Geo Location": "Bern, Switzerland",
           "Websites": "[PERSONAL:https://example.ch/sophie]"},
        email="sophie.lk@example.ch"), [
        ["fedpol - Federal Office of Police", "Head of Analysis Section",
         "Leads a team of 12 analysts; bilateral analysis projects with Italy and "
         "Austria on 'Ndrangheta financial networks.", "Bern, Switzerland",
         "Apr 2022", ""],
        ["fedpol - Federal Office of Police", "Criminal Intelligence Analyst",
         "Operational analysis for federal investigations into money laundering and "
         "organised crime.", "Bern, Switzerland", "Sep 2017", "Mar 2022"],
        ["UBS", "Financial Crime Analyst",
         "Transaction monitoring investigations and SAR drafting for the Swiss "
         "wealth-management book.", "Zurich, Switzerland", "Jan 2014", "Aug 2017"],
    ], [
        ["Université de Genève", "2011", "2013", "",
         "Master of Science (MSc) in Criminology", "Criminology student association"],
        ["Université de Lausanne", "2008", "2011", "Major: Forensic science",
         "Bachelor of Science (BSc)", ""],
    ], [
        ["French", "Native or bilingual proficiency"],
        ["German", "Full professional proficiency"],
        ["English", "Professional working proficiency"],
        ["Italian", ""],
    ], certs=[["Certified Anti-Money Laundering Specialist (CAMS)", "", "ACAMS",
               "Jun 2016", "", "CAMS-12345"]],
        skills=["Intelligence Analysis", "Anti-Money Laundering", "i2 Analyst's Notebook"])
    write_expected(name, "linkedin", [], [
        X("Head of Analysis Section", "fedpol - Federal Office of Police", "CH",
          "2022-04", None, True, None, ["IT", "AT"], note="empty Finished On -> ongoing"),
        X("Criminal Intelligence Analyst", "fedpol - Federal Office of Police", "CH",
          "2017-09", "2022-03", False, None, []),
        X("Financial Crime Analyst", "UBS", "CH", "2014-01", "2017-08", False,
          None, []),
    ], [
        Ed("Criminology", 7, True, "2011", "2013"),
        Ed("Forensic science", 6, True, "2008", "2011",
           note="field only in Notes ('Major: Forensic science')"),
    ], [
        L("fr", None, True, note="LinkedIn 'Native or bilingual proficiency'"),
        L("de", None),
        L("en", None),
        L("it", None, note="empty proficiency"),
    ], notes=["LinkedIn exports carry no nationality."])


@cv
def linkedin20_bell_us():
    name = "linkedin20_bell_us"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Marcus", "Last Name": "Bell",
           "Headline": "Trust & Safety Investigations | former USSS Special Agent",
           "Summary": "Investigator focused on online child safety, fraud and "
                      "account-takeover networks.",
           "Industry": "Technology, Information and Internet",
           "Geo Location": "San Francisco Bay Area"},
        email="marcus.bell@example.com"), [
        ["Northwind Social, Inc.", "Staff Trust & Safety Investigator",
         "Leads investigations into coordinated fraud rings; liaison with law "
         "enforcement in the United Kingdom and Australia.", "Palo Alto, CA",
         "Jan 2018", ""],
        ["San José State University", "Adjunct Lecturer (part-time)",
         "Evening course on cybercrime investigations (Justice Studies).",
         "San Jose, California, United States", "Sep 2019", "Jun 2023"],
        ["U.S. Secret Service", "Special Agent",
         "Financial-crimes task force: skimming, BEC and network intrusions.",
         "Washington DC-Baltimore Area", "2012", "Dec 2017"],
    ], [
        ["University of Maryland", "2010", "2012", "",
         "Master of Professional Studies (MPS), Cybersecurity", ""],
        ["Pennsylvania State University", "2006", "2010", "",
         "Bachelor of Science (BS), Criminology", "Varsity track"],
    ], [
        ["Spanish", "Limited working proficiency"],
    ], certs=[["Certified Fraud Examiner (CFE)", "", "ACFE", "Mar 2015", "", ""]])
    write_expected(name, "linkedin", [], [
        X("Staff Trust & Safety Investigator", "Northwind Social, Inc.", None,
          "2018-01", None, True, None, ["GB", "AU"],
          note="'Palo Alto, CA' -> state abbreviation, country null"),
        X("Adjunct Lecturer (part-time)", "San José State University", "US",
          "2019-09", "2023-06", False, None, [],
          note="'part-time' with no fraction -> null; overlaps the current job"),
        X("Special Agent", "U.S. Secret Service", None, "2012", "2017-12", False,
          None, [], note="year-only start; 'Washington DC-Baltimore Area' -> no country"),
    ], [
        Ed("Cybersecurity", 7, True, "2010", "2012"),
        Ed("Criminology", 6, True, "2006", "2010"),
    ], [
        L("es", None),
    ], notes=["English is not listed in Languages.csv, so it is not expected."])


@cv
def linkedin21_mensah_asante():
    name = "linkedin21_mensah_asante"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Kofi", "Last Name": "Mensah-Asante",
           "Headline": "Senior Policy Officer, Peace and Security - African Union Commission",
           "Summary": "Former Ghana Police Service officer working on early warning "
                      "and transnational organised crime policy.",
           "Industry": "International Affairs",
           "Geo Location": "Addis Ababa, Ethiopia"},
        email="kofi.ma@example.com"), [
        ["African Union Commission", "Senior Policy Officer - Peace and Security",
         "Continental early-warning system; cooperation with Nigeria, Togo and "
         "Côte d'Ivoire on cross-border threats.", "Addis Ababa, Ethiopia",
         "Jun 2021", ""],
        ["Ghana Institute of Management and Public Administration (GIMPA)",
         "Lecturer", "Part-time (50 %): criminal justice policy module.",
         "Accra, Ghana", "Jan 2016", "May 2021"],
        ["Ghana Police Service", "Assistant Superintendent of Police",
         "CID Headquarters, Transnational Organised Crime Unit.",
         "Accra, Greater Accra Region, Ghana", "Mar 2014", "May 2021"],
        ["Ghana Police Service", "Inspector", "Divisional CID.",
         "Kumasi, Ashanti Region, Ghana", "Aug 2009", "Feb 2014"],
    ], [
        ["University of Ghana", "2011", "2013", "",
         "Master of Arts (MA), International Affairs", ""],
        ["Kwame Nkrumah University of Science and Technology", "2004", "2008", "",
         "Bachelor of Arts (BA), Political Science", ""],
    ], [
        ["English", "Native or bilingual proficiency"],
        ["Twi", "Native or bilingual proficiency"],
        ["French", "Professional working proficiency"],
    ], certs=[["DELF B2 (Diplôme d'études en langue française)", "",
               "France Éducation international", "Jul 2019", "", ""]])
    write_expected(name, "linkedin", [], [
        X("Senior Policy Officer - Peace and Security", "African Union Commission",
          "ET", "2021-06", None, True, None, ["NG", "TG", "CI"]),
        X("Lecturer", "Ghana Institute of Management and Public Administration (GIMPA)",
          "GH", "2016-01", "2021-05", False, 0.5, [],
          note="'Part-time (50 %)' in Description; overlaps the police post"),
        X("Assistant Superintendent of Police", "Ghana Police Service", "GH",
          "2014-03", "2021-05", False, None, []),
        X("Inspector", "Ghana Police Service", "GH", "2009-08", "2014-02", False,
          None, []),
    ], [
        Ed("International Affairs", 7, True, "2011", "2013"),
        Ed("Political Science", 6, True, "2004", "2008"),
    ], [
        L("en", None, True),
        L("tw", None, True),
        L("fr", "B2", note="level from Certifications.csv: DELF B2"),
    ])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume22_petrova():
    name = "jsonresume22_petrova"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Elena Petrova", "label": "Prosecutor – cybercrime",
            "email": "elena.petrova@example.bg", "phone": "+359 88 000 0000",
            "summary": "Bulgarian national. Prosecutor specialised in cybercrime and "
                       "judicial cooperation, currently seconded to Eurojust.",
            "location": {"city": "The Hague", "countryCode": "NL"},
            "profiles": [{"network": "LinkedIn", "username": "elenapetrova-example"}]},
        "work": [
            {"name": "Eurojust", "position": "Seconded National Expert",
             "location": "The Hague, Netherlands", "startDate": "2022-09",
             "summary": "Supports joint investigation teams with Romania, Greece and "
                        "North Macedonia on ransomware and online fraud.",
             "highlights": ["Coordination meetings for 14 cases"]},
            {"name": "Prosecutor's Office of the Republic of Bulgaria",
             "position": "Prosecutor", "location": "Sofia, Bulgaria",
             "startDate": "2015-02-16", "endDate": "2022-08-31",
             "summary": "Cybercrime department of the Sofia City Prosecutor's Office."},
            {"name": "Sofia City Court", "position": "Law Clerk", "location": "Sofia",
             "startDate": "2012-10", "endDate": "2015-01"}],
        "education": [
            {"institution": "Sofia University St. Kliment Ohridski", "area": "Law",
             "studyType": "Master", "startDate": "2007", "endDate": "2012"},
            {"institution": "University of Amsterdam",
             "area": "International and European Law", "studyType": "LL.M. (part-time)",
             "startDate": "2026-09", "endDate": "2027-07"}],
        "languages": [
            {"language": "Bulgarian", "fluency": "Native speaker"},
            {"language": "English", "fluency": "C1"},
            {"language": "Russian", "fluency": "B2"},
            {"language": "Dutch", "fluency": "Beginner"}],
        "skills": [{"name": "Cybercrime", "keywords": ["ransomware", "e-evidence"]}],
    })
    write_expected(name, "jsonresume", ["BG"], [
        X("Seconded National Expert", "Eurojust", "NL", "2022-09", None, True,
          None, ["RO", "GR", "MK"], note="no endDate -> ongoing"),
        X("Prosecutor", "Prosecutor's Office of the Republic of Bulgaria", "BG",
          "2015-02-16", "2022-08-31", False, None, []),
        X("Law Clerk", "Sofia City Court", None, "2012-10", "2015-01", False,
          None, [], note="location 'Sofia' only"),
    ], [
        Ed("Law", 7, True, "2007", "2012"),
        Ed("International and European Law", 7, False, "2026-09", "2027-07",
           note="end in the future (written 2026-12-01) -> not completed"),
    ], [
        L("bg", None, True),
        L("en", "C1"),
        L("ru", "B2"),
        L("nl", None),
    ], notes=["Nationality from basics.summary ('Bulgarian national');",
              "basics.location is residence, not nationality."])


@cv
def jsonresume23_oconnor():
    name = "jsonresume23_oconnor"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "James O'Connor", "label": "Detective Garda",
            "email": "james.oconnor@example.ie",
            "summary": "Economic crime investigator with a banking background.",
            "location": {"city": "Dublin", "countryCode": "IE",
                         "region": "County Dublin"}},
        "work": [
            {"name": "An Garda Síochána",
             "position": "Detective Garda, Garda National Economic Crime Bureau",
             "location": "Dublin, Ireland", "startDate": "2018-07",
             "summary": "Investment-fraud and invoice-redirection investigations; "
                        "evidence exchange with the UK and Spain."},
            {"name": "An Garda Síochána", "position": "Garda",
             "location": "Cork, Ireland", "startDate": "2016", "endDate": "2018-06",
             "summary": "Community policing, Anglesea Street station."},
            {"name": "Allied Irish Banks", "position": "Fraud Analyst",
             "location": "Dublin", "startDate": "2013-09", "endDate": "2016-02",
             "summary": "Part-time, 80%. Card-fraud monitoring and customer "
                        "investigations."}],
        "education": [
            {"institution": "Garda College, Templemore", "area": "Applied Policing",
             "studyType": "BA (Hons)", "startDate": "2016", "endDate": "2018"},
            {"institution": "Trinity College Dublin", "area": "Economics and Finance",
             "studyType": "Bachelor", "startDate": "2009", "endDate": "2013"}],
        "certificates": [
            {"name": "DALF C1", "date": "2014-06",
             "issuer": "France Éducation international"}],
        "languages": [
            {"language": "English", "fluency": "Native speaker"},
            {"language": "Irish", "fluency": "Fluent"},
            {"language": "French", "fluency": "C1 (DALF C1)"}],
    })
    write_expected(name, "jsonresume", [], [
        X("Detective Garda, Garda National Economic Crime Bureau",
          "An Garda Síochána", "IE", "2018-07", None, True, None, ["GB", "ES"],
          note="'the UK' -> GB"),
        X("Garda", "An Garda Síochána", "IE", "2016", "2018-06", False, None, [],
          note="year-only start"),
        X("Fraud Analyst", "Allied Irish Banks", None, "2013-09", "2016-02",
          False, 0.8, [], note="'Part-time, 80%' in summary; 'Dublin' only"),
    ], [
        Ed("Applied Policing", 6, True, "2016", "2018"),
        Ed("Economics and Finance", 6, True, "2009", "2013"),
    ], [
        L("en", None, True),
        L("ga", None, note="'Fluent' is not a CEFR level"),
        L("fr", "C1"),
    ], notes=["No nationality statement (basics.location is residence)."])


@cv
def jsonresume24_fr_benali():
    name = "jsonresume24_fr_benali"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Inès Benali", "label": "Experte en empreintes digitales",
            "email": "ines.benali@example.fr",
            "summary": "Docteure en chimie, experte en traces papillaires. "
                       "Nationalités : française et algérienne.",
            "location": {"city": "Cergy", "countryCode": "FR"}},
        "work": [
            {"name": "Gendarmerie nationale – Institut de recherche criminelle (IRCGN)",
             "position": "Experte en empreintes digitales",
             "location": "Pontoise, France", "startDate": "2019-09",
             "summary": "Révélation et comparaison de traces papillaires ; formation "
                        "de techniciens en coopération avec la Tunisie et le Maroc."},
            {"name": "Gendarmerie nationale",
             "position": "Technicienne en identification criminelle",
             "location": "Marseille", "startDate": "2014-09", "endDate": "2019-08"},
            {"name": "Université d'Aix-Marseille", "position": "Chargée de TD",
             "location": "Marseille, France", "startDate": "2012-09",
             "endDate": "2014-06", "summary": "Mi-temps. Travaux dirigés de chimie "
                                            "analytique en licence."}],
        "education": [
            {"institution": "Université d'Aix-Marseille", "area": "Chimie analytique",
             "studyType": "Doctorat", "startDate": "2011", "endDate": "2014"},
            {"institution": "Université d'Aix-Marseille", "area": "Chimie",
             "studyType": "Master", "startDate": "2009", "endDate": "2011"},
            {"institution": "IUT d'Aix-Marseille", "area": "Chimie",
             "studyType": "DUT", "startDate": "2006", "endDate": "2008"}],
        "languages": [
            {"language": "Français", "fluency": "Langue maternelle"},
            {"language": "Arabe", "fluency": "Langue maternelle"},
            {"language": "Anglais", "fluency": "B2"},
            {"language": "Espagnol", "fluency": "Notions"}],
    })
    write_expected(name, "jsonresume", ["FR", "DZ"], [
        X("Experte en empreintes digitales",
          "Gendarmerie nationale – Institut de recherche criminelle (IRCGN)", "FR",
          "2019-09", None, True, None, ["TN", "MA"]),
        X("Technicienne en identification criminelle", "Gendarmerie nationale",
          None, "2014-09", "2019-08", False, None, [], note="'Marseille' only"),
        X("Chargée de TD", "Université d'Aix-Marseille", "FR", "2012-09",
          "2014-06", False, 0.5, [], note="'Mi-temps' -> 0.5; overlaps the doctorate"),
    ], [
        Ed("Chimie analytique", 8, True, "2011", "2014"),
        Ed("Chimie", 7, True, "2009", "2011"),
        Ed("Chimie", 5, True, "2006", "2008"),
    ], [
        L("fr", None, True),
        L("ar", None, True),
        L("en", "B2"),
        L("es", None),
    ], notes=["French-language JSON Resume; nationality in basics.summary."])


# ---------------------------------------------------------------- main ----

EXT = {"pdf": "pdf", "docx": "docx", "text": "txt", "europass-xml": "xml",
       "linkedin": "zip", "jsonresume": "json"}


def extract_text(path):
    """Only used by --check to verify files open; never to write labels."""
    p = Path(path)
    if p.suffix == ".pdf":
        import pypdf
        r = pypdf.PdfReader(str(p))
        return len(r.pages), "\n".join(pg.extract_text() or "" for pg in r.pages)
    if p.suffix == ".docx":
        import docx
        d = docx.Document(str(p))
        parts = [pp.text for pp in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return None, "\n".join(parts)
    if p.suffix == ".zip":
        out = []
        with zipfile.ZipFile(p) as z:
            for n in z.namelist():
                rows = list(csv.reader(io.StringIO(z.read(n).decode("utf-8"))))
                out.append("\n".join(",".join(r) for r in rows))
        return None, "\n".join(out)
    if p.suffix == ".xml":
        return None, " ".join(ET.parse(str(p)).getroot().itertext())
    if p.suffix == ".json":
        json.loads(p.read_text(encoding="utf-8"))
        return None, p.read_text(encoding="utf-8")
    return None, p.read_text(encoding="utf-8")


def check():
    import re
    import unicodedata
    import yaml

    def norm(s):
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if not unicodedata.combining(c)).lower()
    date_re = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    counts, problems = {}, []
    for y in sorted(OUT.glob("*.expected.yaml")):
        name = y.name[:-len(".expected.yaml")]
        e = yaml.safe_load(y.read_text(encoding="utf-8"))
        fmt = e["format"]
        counts[fmt] = counts.get(fmt, 0) + 1
        doc = OUT / f"{name}.{EXT[fmt]}"
        pages, text = extract_text(doc)
        t = norm(re.sub(r"\s+", " ", text))
        for x in e["experience"]:
            for k in ("start", "end"):
                if x[k] is not None and not date_re.match(x[k]):
                    problems.append(f"{name}: bad date {x[k]!r}")
            if x["ongoing"] and x["end"]:
                problems.append(f"{name}: ongoing with end")
            head = norm(x["title"].split(",")[0].split("(")[0].strip())
            if head not in t:
                problems.append(f"{name}: title not found: {x['title']}")
            emp = norm(x["employer"].split(",")[0].split("(")[0].split(" – ")[0]
                       .split(" - ")[0].strip())
            if emp not in t:
                problems.append(f"{name}: employer not found: {x['employer']}")
        for ed in e["education"]:
            for k in ("start", "end"):
                if ed[k] is not None and not date_re.match(ed[k]):
                    problems.append(f"{name}: bad edu date {ed[k]!r}")
        for c in e["nationality"]:
            if not re.match(r"^[A-Z]{2}$", c):
                problems.append(f"{name}: bad nationality {c}")
        print(f"{doc.name:45s} ok  pages={pages}  exp={len(e['experience'])} "
              f"edu={len(e['education'])} lang={len(e['languages'])}")
    print("counts:", counts, "total:", sum(counts.values()))
    for p in problems:
        print("PROBLEM:", p)
    return not problems


if __name__ == "__main__":
    if "--check" not in sys.argv:
        for fn in CVS:
            fn()
        print(f"wrote {len(CVS)} CVs to {OUT}")
    if "--check" in sys.argv or "--all" in sys.argv:
        sys.exit(0 if check() else 1)
