#!/usr/bin/env python3
"""Generate the round-5 labelled CV evaluation set (14 fictional people).

Written on 2026-12-01 BLIND to the matcher importer code. Rendering helpers
(mini markup -> PDF/DOCX/text, Europass SkillsPassport XML, LinkedIn export zip,
JSON Resume, and the expected-YAML writer) are reused from the example
generator given to the round-5 author; every CV and every expected fact below
is new and was written by hand following CONVENTIONS.md (including its
"Additional rules (round 4)" and "(round 5)").
Nothing in the expected facts is derived from the rendered documents by code.

Run:  /work/evalsets/.venv/bin/python make_cvs.py          # write files
      /work/evalsets/.venv/bin/python make_cvs.py --check  # typo guard
      /work/evalsets/.venv/bin/python make_cvs.py --all    # both
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

# ----------------------------------------------------------------- PDF ----

@cv
def pdf01_sidebar_otieno():
    name = "pdf01_sidebar_otieno"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Grace Wanjiru Otieno
Maritime crime & counter-trafficking
## Contact
Gigiri, Nairobi
g.w.otieno@example.co.ke
+254 722 201 820
## Personal
Nationality: Kenyan
Born 14.09.1986, Kisumu
## Languages
- Kiswahili — native
- English — IELTS Academic 8.0 (2019)
- French — working knowledge
- Arabic
## Education
### MA International Relations
United States International University – Africa
2012 – 2014
### Bachelor of Arts in Sociology
University of Nairobi
2008 – 2011
### Postgraduate Diploma in Forensic Investigation
Kenya School of Government
2019
## Tools
i2 Analyst's Notebook, AIS vessel tracking, Excel/Power BI
---main
## Profile
Former detective, now with the United Nations, working on maritime crime, trafficking in persons and port-security cooperation along the Indian Ocean coast.
**Next step:** incoming Regional Adviser, UNODC Regional Office for Southern Africa, Pretoria — from March 2027.
## Experience
### United Nations Office on Drugs and Crime (UNODC) – Global Maritime Crime Programme
@ Nairobi, Kenya · Since May 2021
**Programme Officer**
- Mentoring of coast-guard and port-police units in Somalia and Seychelles; case-building workshops with prosecutors.
- Coordination with the coastal states of East Africa on fisheries crime and heroin trafficking routes.
### Kenya School of Government
@ Nairobi · Jan 2018 – Dec 2020
**Part-time Lecturer (0.2 FTE)**
- Taught the unit "Investigating trafficking in persons" on the senior police leadership course.
### Directorate of Criminal Investigations (DCI) – Anti-Human Trafficking and Child Protection Unit
@ Nairobi, Kenya · Jan 2015 – Apr 2021
**Detective Inspector**
- Led joint operations with the Uganda Police Force and the Tanzania Police Force against trafficking of domestic workers.
- Interviewed victims and prepared case files for the Office of the Director of Public Prosecutions.
### National Police Service – Kilimani Police Station
@ Nairobi · 2011 – 2014
**Police Constable**
- Front-desk reporting, patrols and gender-based-violence desk.
## Conferences & courses
- Speaker, INTERPOL Global Conference on Human Trafficking and Migrant Smuggling, Lyon, France (2023)
- Course participant, CEPOL–Africa maritime security seminar, Lisbon, Portugal (2022)
""", style="sidebar", accent="#0E5A6B")
    write_expected(name, "pdf", ["KE"], [
        X("Programme Officer",
          "United Nations Office on Drugs and Crime (UNODC) – Global Maritime Crime Programme",
          "KE", "2021-05", None, True, None, ["SO", "SC"],
          note="'Since May 2021' -> 2021-05, ongoing (round-5 rule); 'Nairobi, Kenya' -> KE.\n"
               "'coastal states of East Africa' is a region -> nothing."),
        X("Part-time Lecturer (0.2 FTE)", "Kenya School of Government", None,
          "2018-01", "2020-12", False, 0.2, [],
          note="'0.2 FTE' -> 0.2 (round-5 rule); 'Nairobi' alone -> null; overlaps the DCI post"),
        X("Detective Inspector",
          "Directorate of Criminal Investigations (DCI) – Anti-Human Trafficking and Child Protection Unit",
          "KE", "2015-01", "2021-04", False, None, ["UG", "TZ"],
          note="Uganda Police Force and Tanzania Police Force = counterpart police -> [UG, TZ]"),
        X("Police Constable", "National Police Service – Kilimani Police Station", None,
          "2011", "2014", False, None, [],
          note="'Nairobi' alone -> null. Gap 2014-2015 left as is."),
    ], [
        Ed("International Relations", 7, True, "2012", "2014"),
        Ed("Sociology", 6, True, "2008", "2011"),
        Ed("Forensic Investigation", None, True, None, "2019",
           note="postgraduate diploma -> level null; single year = end"),
    ], [
        L("sw", None, True, note="Kiswahili = Swahili 'sw'"),
        L("en", "C1", note="IELTS 8.0 -> C1"),
        L("fr", None, note="'working knowledge' is not a CEFR level"),
        L("ar", None, note="listed with no level"),
    ], notes=["Two-column sidebar layout.",
              "TRAP: the incoming UNODC Pretoria post from March 2027 is a future post -> no entry (round-5 rule).",
              "Conference in Lyon, France and course in Lisbon, Portugal give nothing.",
              "Date of birth and phone +254 722 201 820 are not job dates."])


@cv
def pdf02_table_herrera_lagos():
    name = "pdf02_table_herrera_lagos"
    render_pdf(OUT / f"{name}.pdf", """
# Matías Herrera Lagos
Policy analyst · anti-corruption and integrity
Rue de Franqueville 2, 75016 Paris · m.herrera.lagos@example.cl · +33 6 20 19 20 16
Nationality: Chilean
## Career
|! When | Role and organisation | Where |
| 2019 to date | **Policy Analyst, Anti-Corruption Division** // Organisation for Economic Co-operation and Development (OECD) // Peer reviews under the Anti-Bribery Convention of Peru, Colombia and Costa Rica; drafting of phase-4 reports. | Paris, France |
| Apr – Dec 2018 | **Researcher (60 %)** // Espacio Público // Study on lobbying registers in Latin America. | Santiago |
| Feb. '16 – Mar. '18 | **Advisor** // Consejo para la Transparencia (Transparency Council) // Access-to-information appeals and guidance for municipalities. | Santiago, Chile |
| 2013 – 2015 | **Legal Assistant** // Fiscalía Nacional (National Prosecutor's Office) – Anti-Corruption Unit // Support to prosecutors in public-procurement fraud cases. | Santiago, Chile |
## Education
|! Dates | Degree | Institution |
| 2015 – 2016 | LLM in International Legal Studies | Georgetown University Law Center, Washington, DC |
| 2007 – 2012 | Licenciatura en Ciencias Jurídicas y Sociales | Universidad de Chile |
| 2021 | Executive Certificate in Public Policy | Harvard Kennedy School (online) |
## Languages
|! Language | Level |
| Spanish | Mother tongue |
| English | TOEFL iBT 108 (2014) |
| French | DELF B1 |
| Portuguese | notions |
## Publications and events
- Co-author, OECD Integrity Review of Mexico (2022).
- Participant, OECD Global Anti-Corruption & Integrity Forum, Paris (2024).
""", style="classic", accent="#5B3A1F")
    write_expected(name, "pdf", ["CL"], [
        X("Policy Analyst, Anti-Corruption Division",
          "Organisation for Economic Co-operation and Development (OECD)", "FR",
          "2019", None, True, None, ["PE", "CO", "CR"],
          note="'2019 to date' -> start 2019, ongoing (round-5 rule).\n"
               "peer reviews of Peru, Colombia, Costa Rica = dealing with those states -> [PE, CO, CR]"),
        X("Researcher (60 %)", "Espacio Público", None, "2018-04", "2018-12", False,
          0.6, [], note="'Apr – Dec 2018': start takes the end's year; 'Santiago' alone -> null; 60 % -> 0.6"),
        X("Advisor", "Consejo para la Transparencia (Transparency Council)", "CL",
          "2016-02", "2018-03", False, None, [],
          note="\"Feb. '16 – Mar. '18\" -> 2016-02 / 2018-03 (round-5 rule); no overlap with the researcher post (Apr 2018 is after Mar 2018)"),
        X("Legal Assistant",
          "Fiscalía Nacional (National Prosecutor's Office) – Anti-Corruption Unit",
          "CL", "2013", "2015", False, None, [],
          note="gap 2015-2016 (LLM) left as is"),
    ], [
        Ed("International Legal Studies", 7, True, "2015", "2016"),
        Ed("Ciencias Jurídicas y Sociales", 6, True, "2007", "2012",
           note="licenciatura -> 6 (base conventions)"),
        Ed("Public Policy", None, True, None, "2021",
           note="Executive Certificate -> level null (round-5 rule)"),
    ], [
        L("es", None, True),
        L("en", "C1", note="TOEFL iBT 108 -> C1"),
        L("fr", "B1", note="DELF B1 -> B1"),
        L("pt", None, note="'notions' -> null"),
    ], notes=["Table layout (career, education and languages in tables).",
              "Publication on Mexico (2022) and the Paris forum (2024) give nothing.",
              "Phone +33 6 20 19 20 16 is not a date."])


@cv
def pdf03_fr_maiga():
    name = "pdf03_fr_maiga"
    render_pdf(OUT / f"{name}.pdf", """
# Idrissa MAÏGA
Conseiller juridique – sécurité intérieure et lutte contre le terrorisme
Quartier Plateau, Niamey · idrissa.maiga@example.ml · +227 90 20 19 12
Nationalité : malienne
## Expérience professionnelle
### Conseiller juridique – EUCAP Sahel Niger
@ Niamey, Niger | depuis 2019
- Appui au pôle judiciaire antiterroriste : rédaction de guides de procédure, formation des officiers de police judiciaire.
- Coopération avec les autorités du Burkina Faso et du Tchad sur les enquêtes transfrontalières.
### Chargé de cours (mi-temps) – Université des sciences juridiques et politiques de Bamako
@ Bamako | 2014 – 2016
- Cours de procédure pénale en licence 3.
### Commandant de brigade de recherches – Gendarmerie nationale du Mali
@ Bamako (Mali) | sept. 2012 – déc. 2018
- Direction d'une unité de 14 enquêteurs ; enquêtes sur les enlèvements et le trafic d'armes.
- Participation au séminaire régional de l'ONUDC sur la justice pénale, Dakar (Sénégal), 2017.
## Formation
### DEA Droit pénal et sciences criminelles
@ Université Cheikh Anta Diop de Dakar | 2009 – 2010
### Maîtrise en droit privé
@ Université de Bamako | 2004 – 2008
### Diplôme d'officier de gendarmerie
@ École militaire d'administration de Koulikoro | 2011
## Langues
- Bambara : langue maternelle
- Français : DALF C2 (2010)
- Anglais : B2 (Cambridge B2 First)
- Arabe : notions
- Songhaï : compris
## Centres d'intérêt
Football, histoire de l'empire songhaï, voyage au Maroc (2016).
""", style="classic", font="DVSerif", accent="#8A5A00")
    write_expected(name, "pdf", ["ML"], [
        X("Conseiller juridique", "EUCAP Sahel Niger", "NE", "2019", None, True,
          None, ["BF", "TD"],
          note="'depuis 2019' -> start 2019, ongoing; 'Niamey, Niger' -> NE"),
        X("Chargé de cours (mi-temps)",
          "Université des sciences juridiques et politiques de Bamako", None,
          "2014", "2016", False, 0.5, [],
          note="'mi-temps' -> 0.5; 'Bamako' alone -> null; overlaps the gendarmerie post"),
        X("Commandant de brigade de recherches", "Gendarmerie nationale du Mali", "ML",
          "2012-09", "2018-12", False, None, [],
          note="'sept. 2012 – déc. 2018'; seminar attended in Dakar (Sénégal) -> no SN"),
    ], [
        Ed("Droit pénal et sciences criminelles", 7, True, "2009", "2010",
           note="DEA -> 7 (round-5 rule)"),
        Ed("Droit privé", None, True, "2004", "2008",
           note="French-style maîtrise -> level null (round-5 rule)"),
        Ed(None, None, True, None, "2011",
           note="officer-school diploma -> level null, no subject -> field null"),
    ], [
        L("bm", None, True, note="Bambara 'bm'"),
        L("fr", "C2", note="DALF C2 -> C2"),
        L("en", "B2", note="B2 written, Cambridge B2 First agrees"),
        L("ar", None, note="'notions' -> null"),
        L(None, None, False, note="Songhaï: no ISO 639-1 code -> code null; 'compris' is no level"),
    ], notes=["French CV. 'Nationalité : malienne' -> [ML].",
              "Trip to Morocco in interests gives nothing.",
              "Phone +227 90 20 19 12 is not a date."])
# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_brunner_favre():
    name = "docx04_fr_brunner_favre"
    render_docx(OUT / f"{name}.docx", """
# Léa BRUNNER-FAVRE
Analyste stratégique – criminalité organisée
Chemin des Vignes 7, 2000 Neuchâtel · lea.brunner@example.ch · +41 79 201 20 15
Nationalité : suisse
## Profil
Analyste criminelle, ancienne déléguée humanitaire. À compter de janvier 2027 : cheffe de la section Analyse stratégique, fedpol (nomination annoncée).
## Expérience professionnelle
### Analyste stratégique – Office fédéral de la police (fedpol)
@ Berne (Suisse) · 03/2020 – à ce jour · taux d'occupation 80 %
- Rapports de situation sur les groupes criminels organisés ; échanges avec les polices d'Italie et d'Autriche.
- Contribution au rapport annuel de fedpol.
### Déléguée – Comité international de la Croix-Rouge (CICR)
@ Genève · janv. 2016 – févr. 2020
- Missions en République démocratique du Congo et au Soudan du Sud : visites de lieux de détention, dialogue confidentiel avec les autorités pénitentiaires.
### Stagiaire – Office des Nations Unies à Genève (ONUG)
@ Genève · avril – sept. 2015
- Appui au secrétariat de la Commission des stupéfiants.
## Formation
### Maîtrise universitaire en droit (Master of Law)
@ Université de Neuchâtel · 2013 – 2015
### Bachelor en relations internationales
@ Université de Genève · 2010 – 2013
### CAS en analyse criminelle
@ Université de Lausanne, École des sciences criminelles · 2021
## Langues
- Français : langue maternelle
- Allemand : C1 (Goethe-Zertifikat C1, 2014)
- Anglais : courant
- Italien : B1
## Formations suivies
- Cours Europol sur l'analyse opérationnelle, La Haye (Pays-Bas), 2022
""", title="CV Léa Brunner-Favre")
    write_expected(name, "docx", ["CH"], [
        X("Analyste stratégique", "Office fédéral de la police (fedpol)", "CH",
          "2020-03", None, True, 0.8, ["IT", "AT"],
          note="'03/2020 – à ce jour' -> ongoing; 'taux d'occupation 80 %' -> 0.8 (round-5 rule).\n"
               "polices d'Italie et d'Autriche = counterparts -> [IT, AT]"),
        X("Déléguée", "Comité international de la Croix-Rouge (CICR)", None,
          "2016-01", "2020-02", False, None, ["CD", "SS"],
          note="'Genève' alone -> null; own missions in DRC and South Sudan -> [CD, SS] (round-5 rule)"),
        X("Stagiaire", "Office des Nations Unies à Genève (ONUG)", None,
          "2015-04", "2015-09", False, None, [],
          note="'avril – sept. 2015': start takes the end's year"),
    ], [
        Ed("Droit", 7, True, "2013", "2015",
           note="Swiss 'maîtrise universitaire' is named a Master of Law in the CV itself -> 7 (not the French pre-LMD maîtrise)"),
        Ed("Relations internationales", 6, True, "2010", "2013"),
        Ed("Analyse criminelle", None, True, None, "2021",
           note="CAS -> level null (round-5 rule)"),
    ], [
        L("fr", None, True),
        L("de", "C1", note="C1 written, Goethe-Zertifikat C1 agrees"),
        L("en", None, note="'courant' -> null"),
        L("it", "B1"),
    ], notes=["French DOCX. 'Nationalité : suisse' -> [CH].",
              "TRAP: 'À compter de janvier 2027 : cheffe de la section...' is a future post -> no entry.",
              "Europol course attended in The Hague gives nothing."])


@cv
def docx05_tables_bautista_lim():
    name = "docx05_tables_bautista_lim"
    render_docx(OUT / f"{name}.docx", """
# Rosario Bautista-Lim
Counter-trafficking specialist
Sukhumvit Soi 31, Bangkok · rosario.bl@example.ph · +66 81 201 2022
|! Personal details | |
| Nationality | Filipino |
| Date of birth | 02/11/1988 |
## Work experience
|! Period | Position | Organisation | Location |
| Jun 2019 – present | **Project Officer, Counter-Trafficking** // Screening and referral of victims; joint case conferences with Myanmar and Cambodia authorities. | International Organization for Migration (IOM) | Bangkok, Thailand |
| Jan 2021 – Dec 2022 | **Gender Consultant (20 %)** // Review of police training curricula on violence against women. | UN Women Regional Office for Asia and the Pacific | Bangkok, Thailand |
| 2014 – May 2019 | **Police Senior Inspector** // Case officer for online sexual exploitation of children; attended the ASEAN Senior Officials Meeting on Transnational Crime, Jakarta, Indonesia (2018). | Philippine National Police – Women and Children Protection Center | Manila, Philippines |
| Mar 2012 – Feb 2014 | **Case Worker (half-time)** // Shelter intake and family tracing. | Visayan Forum Foundation | Quezon City |
## Education
|! Years | Degree | School |
| 2016 – 2018 | Master in Public Administration | University of the Philippines Diliman |
| 2006 – 2010 | BS Criminology | Philippine College of Criminology |
## Training
|! Year | Course | Provider |
| 2013 | Public Safety Officer Advance Course | Philippine Public Safety College |
| 2020 | Victim-centred interviewing | IOM, Geneva, Switzerland |
## Languages
|! Language | Level |
| Tagalog | Native |
| English | IELTS Academic 7.5 |
| Thai | A2 |
| Spanish | – |
""", title="CV Rosario Bautista-Lim")
    write_expected(name, "docx", ["PH"], [
        X("Project Officer, Counter-Trafficking",
          "International Organization for Migration (IOM)", "TH",
          "2019-06", None, True, None, ["MM", "KH"],
          note="Myanmar and Cambodia authorities = counterparts -> [MM, KH]"),
        X("Gender Consultant (20 %)",
          "UN Women Regional Office for Asia and the Pacific", "TH",
          "2021-01", "2022-12", False, 0.2, [],
          note="overlaps the IOM post; 20 % -> 0.2"),
        X("Police Senior Inspector",
          "Philippine National Police – Women and Children Protection Center", "PH",
          "2014", "2019-05", False, None, [],
          note="meeting attended in Jakarta, Indonesia -> no ID"),
        X("Case Worker (half-time)", "Visayan Forum Foundation", None,
          "2012-03", "2014-02", False, 0.5, [],
          note="'half-time' -> 0.5; 'Quezon City' alone -> null"),
    ], [
        Ed("Public Administration", 7, True, "2016", "2018"),
        Ed("Criminology", 6, True, "2006", "2010"),
    ], [
        L("tl", None, True, note="Tagalog 'tl' (round-5 rule)"),
        L("en", "C1", note="IELTS 7.5 -> C1"),
        L("th", "A2"),
        L("es", None, note="'–' = no level"),
    ], notes=["DOCX whose layout is tables (personal details, work, education, training, languages).",
              "Training table (2013 course, 2020 course in Geneva) gives no education entry and no country.",
              "Date of birth 02/11/1988 is not a job date."])


@cv
def docx06_horakova_europol():
    name = "docx06_horakova_europol"
    render_docx(OUT / f"{name}.docx", """
# Petra Horáková
Senior Specialist – Trafficking in Human Beings, Europol
Laan van Meerdervoort 70, 2517 AN Den Haag · petra.horakova@example.cz · +31 6 2012 2017
Born in Brno.
## Professional experience
### Europol – European Serious and Organised Crime Centre
@ The Hague, Netherlands
**Senior Specialist, Analysis Project Phoenix** · 03/2017 - today
- Coordinates operational analysis for trafficking-in-human-beings investigations across EU Member States.
- Organises action days with the Romanian, Bulgarian and Spanish police.
**Specialist** · Jan 2014 – Feb 2017
- Cross-matching of contributions in the analysis project; production of intelligence notifications.
**Seconded National Expert** · 2012 – 2013
- Liaison between the Czech desk and the analysis project.
### Police of the Czech Republic – National Centre against Organised Crime (NCOZ)
@ Prague, Czech Republic
**Detective Lieutenant** · 2008 – 2011
- Member of a joint investigation team with Slovakia and Austria on labour exploitation.
**Probationary Officer** · 2006 – 2008
- Basic police training and district criminal police rotations.
## Education
### Magister (Mgr.) in Law – Charles University, Prague
@ 2001 – 2006
### JUDr. (rigorózní řízení) – Charles University, Prague
@ 2010
## Languages
- Czech – native
- English – C1
- German – Goethe-Zertifikat B2
- Slovak – passive understanding
- Russian
""", title="CV Petra Horakova")
    write_expected(name, "docx", [], [
        X("Senior Specialist, Analysis Project Phoenix",
          "Europol – European Serious and Organised Crime Centre", "NL",
          "2017-03", None, True, None, ["RO", "BG", "ES"],
          note="'03/2017 - today' -> ongoing; employer heading location 'The Hague, Netherlands' applies (round-5 rule).\n"
               "'EU Member States' is a region -> nothing; Romanian/Bulgarian/Spanish police = counterparts."),
        X("Specialist", "Europol – European Serious and Organised Crime Centre", "NL",
          "2014-01", "2017-02", False, None, []),
        X("Seconded National Expert", "Europol – European Serious and Organised Crime Centre",
          "NL", "2012", "2013", False, None, [],
          note="'Czech desk' is her own national desk, not a foreign counterpart -> nothing"),
        X("Detective Lieutenant",
          "Police of the Czech Republic – National Centre against Organised Crime (NCOZ)",
          "CZ", "2008", "2011", False, None, ["SK", "AT"]),
        X("Probationary Officer",
          "Police of the Czech Republic – National Centre against Organised Crime (NCOZ)",
          "CZ", "2006", "2008", False, None, [],
          note="gap 2011-2012 left as is"),
    ], [
        Ed("Law", 7, True, "2001", "2006", note="Mgr. -> 7 (round-5 rule)"),
        Ed(None, None, True, None, "2010",
           note="JUDr. -> level null (round-5 rule); no subject beyond the title -> field null"),
    ], [
        L("cs", None, True),
        L("en", "C1"),
        L("de", "B2", note="Goethe-Zertifikat B2 -> B2"),
        L("sk", None, note="'passive understanding' is no CEFR level"),
        L("ru", None, note="listed with no level"),
    ], notes=["DOCX with one employer (Europol) and three successive positions, then a second employer with two.",
              "Nationality not stated ('Born in Brno' is place of birth) -> [].",
              "Phone +31 6 2012 2017 and postcode 2517 are not dates."])
# ---------------------------------------------------------------- TEXT ----

@cv
def txt07_fr_pierre_louis():
    name = "txt07_fr_pierre_louis"
    render_text(OUT / f"{name}.txt", """
# Jean-Rony Pierre-Louis
Conseiller en réforme de la police
Delmas 33, Port-au-Prince · jr.pierrelouis@example.ht · +509 3720 2019
Nationalité : haïtienne

## Expérience

### Conseiller en réforme de la police — Avocats sans frontières Canada (ASFC)
Port-au-Prince, Haïti — sept. 2019 – présent
  Appui à l'Inspection générale de la PNH : procédures disciplinaires, suivi des plaintes.

### Officier des affaires judiciaires — MINUJUSTH (Mission des Nations Unies pour l'appui à la justice en Haïti)
Port-au-Prince (Haïti) — 2017 – 2019
  Suivi de la détention préventive prolongée ; formation des juges de paix.

### Inspecteur divisionnaire — Police nationale d'Haïti (PNH), Direction centrale de la police judiciaire
Port-au-Prince — 2008 – 2017
  Enquêtes sur les enlèvements ; coopération avec la police de la République dominicaine et avec la DEA des États-Unis.

## Formation
- Master 2 Droits de l'homme et droit humanitaire — Université Paris-Panthéon-Assas (2019 – 2020, à distance)
- Licence en sciences juridiques — Université d'État d'Haïti, Faculté de droit et des sciences économiques (2002 – 2006)
- Diplôme de l'Académie nationale de police (2008)

## Langues
- Créole haïtien : langue maternelle
- Français : C2
- Anglais : TOEFL iBT 90 (2018)
- Espagnol : notions

## Conférences
- Intervenant, Forum régional sur la sécurité des frontières, Saint-Domingue (République dominicaine), 2018
""", underline="~")
    write_expected(name, "text", ["HT"], [
        X("Conseiller en réforme de la police", "Avocats sans frontières Canada (ASFC)",
          "HT", "2019-09", None, True, None, [],
          note="'sept. 2019 – présent' -> ongoing; employer's name mentions Canada but the post is in Haiti -> no CA"),
        X("Officier des affaires judiciaires",
          "MINUJUSTH (Mission des Nations Unies pour l'appui à la justice en Haïti)", "HT",
          "2017", "2019", False, None, [],
          note="overlaps the PNH post in 2017"),
        X("Inspecteur divisionnaire",
          "Police nationale d'Haïti (PNH), Direction centrale de la police judiciaire", None,
          "2008", "2017", False, None, ["DO", "US"],
          note="'Port-au-Prince' alone -> null; police of the Dominican Republic and the US DEA = counterparts -> [DO, US]"),
    ], [
        Ed("Droits de l'homme et droit humanitaire", 7, True, "2019", "2020"),
        Ed("Sciences juridiques", 6, True, "2002", "2006"),
        Ed(None, None, True, None, "2008", note="police-academy diploma -> level null, no subject"),
    ], [
        L("ht", None, True, note="Haitian Creole 'ht' (round-5 rule)"),
        L("fr", "C2"),
        L("en", "B2", note="TOEFL iBT 90 -> B2 (round-5 rule)"),
        L("es", None, note="'notions' -> null"),
    ], notes=["French plain text. 'Nationalité : haïtienne' -> [HT].",
              "Conference in Santo Domingo (2018) gives nothing.",
              "Phone +509 3720 2019 is not a date."])


@cv
def txt08_en_vainikolo():
    name = "txt08_en_vainikolo"
    render_text(OUT / f"{name}.txt", """
# Tomasi Vainikolo
Regional Policing Adviser
Suva, Fiji | t.vainikolo@example.to | +679 920 2016
Nationality: Tongan

## Employment

### Regional Policing Adviser
Pacific Islands Forum Secretariat | Suva, Fiji | Since 2020
Advice and mentoring to the police services of Solomon Islands, Vanuatu and Samoa on transnational crime units.

### Senior Sergeant, Transnational Crime Unit
Tonga Police | Nuku'alofa, Tonga | 05/04/2016 – 02/03/2019
Drug-interdiction operations; liaised with New Zealand Police and the Australian Federal Police.

### Constable
Tonga Police | Nuku'alofa, Tonga | 2009 – 2016
General duties and community policing in Tongatapu.

### Volunteer Coordinator (2 days a week)
Tonga Red Cross Society | Nuku'alofa | 2012 – 2014
Cyclone-preparedness drills in outer-island villages.

## Education
- Graduate Certificate in Policing, Charles Sturt University (online), 2018
- Bachelor of Arts (Sociology and History), University of the South Pacific, 2005 – 2008

## Training
- Pacific Police Development Program leadership course, AFP College, Canberra, Australia, 2017

## Languages
Tongan (mother tongue); English (fluent); Fijian (basic)
""")
    write_expected(name, "text", ["TO"], [
        X("Regional Policing Adviser", "Pacific Islands Forum Secretariat", "FJ",
          "2020", None, True, None, ["SB", "VU", "WS"],
          note="'Since 2020' -> start 2020, ongoing"),
        X("Senior Sergeant, Transnational Crime Unit", "Tonga Police", "TO",
          None, None, False, None, ["NZ", "AU"],
          note="TRAP: '05/04/2016 – 02/03/2019' in an English CV with no cue (day/month or month/day) -> start and end null (ambiguous-date rule).\n"
               "New Zealand Police and AFP = counterparts -> [NZ, AU]"),
        X("Constable", "Tonga Police", "TO", "2009", "2016", False, None, []),
        X("Volunteer Coordinator (2 days a week)", "Tonga Red Cross Society", None,
          "2012", "2014", False, None, [],
          note="'2 days a week' -> part_time null (round-5 rule); 'Nuku'alofa' alone -> null; overlaps the Constable post"),
    ], [
        Ed("Policing", None, True, None, "2018", note="graduate certificate -> level null"),
        Ed("Sociology and History", 6, True, "2005", "2008"),
    ], [
        L("to", None, True, note="Tongan 'to'"),
        L("en", None, note="'fluent' -> null"),
        L("fj", None, note="'basic' is no CEFR level"),
    ], notes=["English plain text.",
              "Training course in Canberra, Australia (2017) gives nothing.",
              "Phone +679 920 2016 is not a date."])
# ------------------------------------------------------------ EUROPASS ----

@cv
def europass09_wisniewska_nowak():
    name = "europass09_wisniewska_nowak"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-06-03T11:20:05.118Z", first="Katarzyna", last="Wiśniewska-Nowak",
        street="ul. Grzybowska 20", postal="00-844", city="Warszawa",
        country=("PL", "Poland"), email="k.wisniewska@example.pl",
        phone="+48 601 201 820", birth=(1985, 7, 19), gender="F",
        nationalities=[("PL", "Polish")],
        headline="Situational Awareness Analyst – Frontex"), [
        dict(**{"from": (2018, 6)}, current=True,
             position="Situational Awareness Analyst",
             activities="Risk analysis of irregular crossings at the eastern external border; "
                        "data exchange with the border authorities of Ukraine, Moldova and Georgia.",
             employer="Frontex – European Border and Coast Guard Agency", city="Warsaw",
             country=("PL", "Poland"),
             sector=("O", "Public administration and defence; compulsory social security")),
        dict(**{"from": (2015, 3), "to": (2016, 2)},
             position="Monitoring Officer",
             activities="Unpaid leave from the Border Guard; patrol reports from the Donetsk region.",
             employer="OSCE Special Monitoring Mission to Ukraine", city="Kramatorsk",
             country=("UA", "Ukraine")),
        dict(**{"from": (2011, 9), "to": (2018, 5)}, position="Border Guard Officer",
             activities="Second-line document checks at the Medyka crossing point; "
                        "attended a Frontex training in Lübeck, Germany (2014).",
             employer="Straż Graniczna (Polish Border Guard)", city="Przemyśl",
             country=("PL", "Poland")),
    ], [
        dict(**{"from": (2008,), "to": (2010,)},
             title="Magister (mgr) in International Relations",
             org="University of Warsaw", city="Warszawa", country=("PL", "Poland"),
             eqf=7, field="International relations"),
        dict(**{"from": (2005,), "to": (2008,)},
             title="Licencjat in Political Science",
             org="University of Warsaw", city="Warszawa", country=("PL", "Poland"),
             eqf=6, field="Political science"),
        dict(**{"to": (2013,)}, title="Studia podyplomowe – Border Security Management",
             org="Police Academy in Szczytno", city="Szczytno", country=("PL", "Poland"),
             field="Border security management"),
    ], [("pl", "Polish")], [
        dict(code="en", label="English", grid=["C1", "C1", "B2", "B2", "C1"]),
        dict(code="ru", label="Russian", grid=["B1"] * 5),
        dict(code="de", label="German", grid=["B1"] * 5,
             certs=[("Goethe-Zertifikat B1", "Goethe-Institut", 2012, "B1")]),
        dict(code="uk", label="Ukrainian"),
    ])
    write_expected(name, "europass-xml", ["PL"], [
        X("Situational Awareness Analyst",
          "Frontex – European Border and Coast Guard Agency", "PL",
          "2018-06", None, True, None, ["UA", "MD", "GE"],
          note="Current=true -> ongoing; border authorities of UA, MD, GE = counterparts"),
        X("Monitoring Officer", "OSCE Special Monitoring Mission to Ukraine", "UA",
          "2015-03", "2016-02", False, None, [],
          note="overlaps the Border Guard post (unpaid leave); 'Donetsk region' is inside the post's own country"),
        X("Border Guard Officer", "Straż Graniczna (Polish Border Guard)", "PL",
          "2011-09", "2018-05", False, None, [],
          note="training attended in Lübeck, Germany -> no DE"),
    ], [
        Ed("International relations", 7, True, "2008", "2010",
           note="mgr + EQF 7 -> 7"),
        Ed("Political science", 6, True, "2005", "2008", note="licencjat + EQF 6 -> 6"),
        Ed("Border security management", None, True, None, "2013",
           note="studia podyplomowe, no EQF -> level null (round-5 rule)"),
    ], [
        L("pl", None, True),
        L("en", "B2", note="grid L C1 / R C1 / SI B2 / SP B2 / W C1 -> lowest B2"),
        L("ru", "B1", note="grid all B1"),
        L("de", "B1", note="grid all B1 + Goethe-Zertifikat B1"),
        L("uk", None, note="no ProficiencyLevel element"),
    ], notes=["Europass XML, English locale.",
              "Phone +48 601 201 820 and postcode 00-844 are not dates."])


@cv
def europass10_fr_ben_salah():
    name = "europass10_fr_ben_salah"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2024-09-12T08:05:31.000Z", first="Yasmine", last="Ben Salah",
        street="Rue du Lac Biwa 14, Les Berges du Lac", postal="1053", city="Tunis",
        country=("TN", "Tunisie"), email="y.bensalah@example.tn",
        phone="+216 98 201 913", birth=(1989, 3, 27), gender="F",
        nationalities=[("TN", "Tunisienne")],
        headline="Chargée de programme protection – OIM"), [
        dict(**{"from": (2020, 9)}, current=True,
             position="Chargée de programme protection",
             activities="Assistance aux migrants victimes de traite ; coordination avec les "
                        "autorités libyennes et maltaises pour les retours volontaires.",
             employer="Organisation internationale pour les migrations (OIM)", city="Tunis",
             country=("TN", "Tunisie")),
        dict(**{"from": (2013, 1), "to": (2020, 8)}, position="Inspectrice de police",
             activities="Brigade de protection des mineurs puis cellule de lutte contre la traite "
                        "des personnes ; auditions de victimes.",
             employer="Ministère de l'Intérieur – Sûreté nationale", city="Sfax",
             country=("TN", "Tunisie"),
             sector=("O", "Administration publique et défense")),
        dict(**{"from": (2011, 10), "to": (2012, 12)}, position="Juriste bénévole",
             activities="Bénévolat à mi-temps : permanences juridiques pour demandeurs d'asile.",
             employer="Terre d'Asile Tunisie", city="Tunis"),
    ], [
        dict(**{"from": (2010,), "to": (2012,)},
             title="Mastère de recherche en sciences criminelles",
             org="Université de Tunis El Manar, Faculté de droit", city="Tunis",
             country=("TN", "Tunisie"), eqf=7, field="Sciences criminelles"),
        dict(**{"from": (2007,), "to": (2010,)},
             title="Licence fondamentale en droit public",
             org="Université de Carthage", city="Tunis", country=("TN", "Tunisie"),
             eqf=6, field="Droit public"),
        dict(**{"to": (2013,)}, title="Diplôme de fin de formation des inspecteurs",
             org="École nationale de police de Salammbô", city="Salammbô",
             country=("TN", "Tunisie")),
    ], [("ar", "Arabe")], [
        dict(code="fr", label="Français", grid=["C2"] * 5,
             certs=[("DALF C2", "France Éducation international", 2011, "C2")]),
        dict(code="en", label="Anglais", grid=["B2", "B2", "B1", "B1", "B2"]),
        dict(code="it", label="Italien", grid=["A2"] * 5),
    ])
    write_expected(name, "europass-xml", ["TN"], [
        X("Chargée de programme protection",
          "Organisation internationale pour les migrations (OIM)", "TN",
          "2020-09", None, True, None, ["LY", "MT"],
          note="Current=true -> ongoing; autorités libyennes et maltaises = counterparts -> [LY, MT]"),
        X("Inspectrice de police", "Ministère de l'Intérieur – Sûreté nationale", "TN",
          "2013-01", "2020-08", False, None, []),
        X("Juriste bénévole", "Terre d'Asile Tunisie", None, "2011-10", "2012-12",
          False, 0.5, [],
          note="no Country element (Tunis only) -> null; 'à mi-temps' -> 0.5"),
    ], [
        Ed("Sciences criminelles", 7, True, "2010", "2012",
           note="mastère + EQF 7 -> 7 (round-5 rule)"),
        Ed("Droit public", 6, True, "2007", "2010"),
        Ed(None, None, True, None, "2013",
           note="police-school diploma, no EQF, no Field -> level null, field null"),
    ], [
        L("ar", None, True),
        L("fr", "C2", note="grid all C2 + DALF C2"),
        L("en", "B1", note="grid L B2 / R B2 / SI B1 / SP B1 / W B2 -> lowest B1"),
        L("it", "A2", note="grid all A2"),
    ], notes=["Europass XML, French locale. Nationality TN from NationalityList.",
              "Phone +216 98 201 913 and postcode 1053 are not dates."])
# ------------------------------------------------------------ LINKEDIN ----

@cv
def linkedin11_obi():
    name = "linkedin11_obi"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Chukwuemeka", "Last Name": "Obi",
           "Headline": "Anti-Corruption Programme Officer at Transparency International",
           "Summary": "Former EFCC detective. Asset recovery, beneficial ownership and "
                      "civil-society oversight of anti-corruption agencies in West Africa.",
           "Industry": "Non-profit Organizations", "Zip Code": "10559",
           "Geo Location": "Berlin, Germany"},
        email="emeka.obi@example.ng"), [
        ["Transparency International", "Senior Advisor, Africa Department",
         "Incoming role.", "Berlin, Germany", "Feb 2027", ""],
        ["Transparency International", "Anti-Corruption Programme Officer",
         "Supports the national chapters in Ghana, Sierra Leone and Liberia on "
         "asset-declaration monitoring.", "Berlin, Germany", "Mar 2022", ""],
        ["Nigerian Institute of Advanced Legal Studies", "Research Fellow (part-time)",
         "Research on non-conviction-based forfeiture.", "Lagos", "2016", "2018"],
        ["Economic and Financial Crimes Commission (EFCC)", "Detective Superintendent",
         "Asset-recovery requests to the United Kingdom and Switzerland; "
         "attended StAR Initiative workshop in Washington, DC (2019).",
         "Abuja, Federal Capital Territory, Nigeria", "Jan 2014", "Feb 2022"],
    ], [
        ["London School of Economics and Political Science", "2012", "2013", "",
         "Master of Laws (LLM), International Business Law", ""],
        ["Nigerian Law School", "2013", "2014", "", "Barrister at Law (BL)", ""],
        ["University of Lagos", "2007", "2012", "", "Bachelor of Laws (LLB)",
         "Law Students' Society"],
    ], [
        ["English", "Native or bilingual proficiency"],
        ["Igbo", "Native or bilingual proficiency"],
        ["Hausa", "Limited working proficiency"],
        ["French", "Elementary proficiency"],
    ], certs=[["DELF A2", "", "France Éducation international", "Jun 2021", "", ""]],
        skills=["Asset Recovery", "Anti-Money Laundering", "Financial Investigation"])
    write_expected(name, "linkedin", [], [
        X("Anti-Corruption Programme Officer", "Transparency International", "DE",
          "2022-03", None, True, None, ["GH", "SL", "LR"],
          note="empty Finished On -> ongoing; 'Berlin, Germany' -> DE"),
        X("Research Fellow (part-time)", "Nigerian Institute of Advanced Legal Studies",
          None, "2016", "2018", False, None, [],
          note="'part-time' with no figure -> null; 'Lagos' alone -> null; overlaps the EFCC post"),
        X("Detective Superintendent", "Economic and Financial Crimes Commission (EFCC)",
          "NG", "2014-01", "2022-02", False, None, ["GB", "CH"],
          note="location ends in 'Nigeria' -> NG (FCT is a territory, not a country).\n"
               "workshop attended in Washington, DC -> no US"),
    ], [
        Ed("International Business Law", 7, True, "2012", "2013",
           note="subject after the comma gives the field (round-4 rule)"),
        Ed("Law", None, True, "2013", "2014",
           note="Barrister at Law (bar school) -> level null (round-5 rule); field Law from the title"),
        Ed("Law", 6, True, "2007", "2012", note="'Bachelor of Laws (LLB)' -> Law"),
    ], [
        L("en", None, True),
        L("ig", None, True),
        L("ha", None, note="LinkedIn proficiency words are not CEFR"),
        L("fr", "A2", note="DELF A2 in Certifications.csv -> A2 (round-4/5 rules)"),
    ], notes=["LinkedIn export: no nationality -> [].",
              "TRAP: the 'Senior Advisor' position starting Feb 2027 is a future post -> no entry (round-5 rule).",
              "Entries kept in Positions.csv order."])


@cv
def linkedin12_fernandez_ortega():
    name = "linkedin12_fernandez_ortega"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Lucía", "Last Name": "Fernández Ortega",
           "Headline": "Policy Officer – Internal Security at European Commission",
           "Summary": "Guardia Civil officer on leave, now working on EU internal-security "
                      "policy: Schengen evaluations, police cooperation and border management.",
           "Industry": "Government Administration", "Zip Code": "1040",
           "Geo Location": "Brussels, Brussels Region, Belgium"},
        email="lucia.fo@example.es"), [
        ["European Commission", "Policy Officer – Internal Security",
         "DG HOME. Schengen evaluation missions to Greece and Croatia; negotiation of "
         "police-cooperation agreements.", "Brussels, Brussels Region, Belgium",
         "Sep 2020", ""],
        ["Universidad Carlos III de Madrid", "Associate Lecturer",
         "Part-time, 25 %. Seminar on comparative policing.",
         "Getafe, Community of Madrid, Spain", "Sep 2015", "Jun 2019"],
        ["Guardia Civil", "Capitán",
         "Head of an organised-crime team in the Strait of Gibraltar; cooperation with "
         "Moroccan and Portuguese authorities.", "Madrid, Community of Madrid, Spain",
         "Jun 2011", "Aug 2020"],
        ["Real Instituto Elcano", "Research Analyst",
         "Part-time (50%). Briefs on jihadist radicalisation in Europe.", "Madrid",
         "Oct 2009", "May 2011"],
    ], [
        ["Universidad Nacional de Educación a Distancia (UNED)", "2024", "2027", "",
         "Doctorado en Seguridad Internacional", ""],
        ["Academia de Oficiales de la Guardia Civil", "2008", "2011", "",
         "Officer training", ""],
        ["Universidad Complutense de Madrid", "2003", "2008", "",
         "Licenciatura en Derecho", ""],
    ], [
        ["Spanish", "Native or bilingual proficiency"],
        ["English", "Full professional proficiency"],
        ["French", "Professional working proficiency"],
        ["Arabic", "Elementary proficiency"],
    ], certs=[["Cambridge C2 Proficiency (CPE)", "", "Cambridge English", "Jun 2010", "", ""],
              ["DALF C1", "", "France Éducation international", "Nov 2018", "", ""]],
        skills=["Schengen", "Police Cooperation", "Policy Analysis"])
    write_expected(name, "linkedin", [], [
        X("Policy Officer – Internal Security", "European Commission", "BE",
          "2020-09", None, True, None, ["GR", "HR"],
          note="own Schengen evaluation missions to Greece and Croatia -> [GR, HR] (round-5 rule)"),
        X("Associate Lecturer", "Universidad Carlos III de Madrid", "ES",
          "2015-09", "2019-06", False, 0.25, [],
          note="'Part-time, 25 %' -> 0.25; overlaps the Guardia Civil post"),
        X("Capitán", "Guardia Civil", "ES", "2011-06", "2020-08", False, None,
          ["MA", "PT"], note="Moroccan and Portuguese authorities = counterparts -> [MA, PT]"),
        X("Research Analyst", "Real Instituto Elcano", None, "2009-10", "2011-05",
          False, 0.5, [], note="'Madrid' alone -> null; 'Part-time (50%)' -> 0.5"),
    ], [
        Ed("Seguridad Internacional", 8, False, "2024", "2027",
           note="doctorate ending in the future -> not completed"),
        Ed(None, None, True, "2008", "2011",
           note="'Officer training' at the officers' academy -> level null, no subject"),
        Ed("Derecho", 6, True, "2003", "2008", note="licenciatura -> 6 (base conventions)"),
    ], [
        L("es", None, True),
        L("en", "C2", note="Cambridge C2 Proficiency in Certifications.csv -> C2 (round-5 rule)"),
        L("fr", "C1", note="DALF C1 in Certifications.csv -> C1"),
        L("ar", None, note="'Elementary proficiency' is not CEFR"),
    ], notes=["LinkedIn export: no nationality -> [] (Geo Location is residence; 'Guardia Civil officer' is an employer, not a nationality).",
              "'jihadist radicalisation in Europe' is a region/subject -> nothing."])
# ---------------------------------------------------------- JSON RESUME ----

@cv
def jsonresume13_raghunathan():
    name = "jsonresume13_raghunathan"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Priya Raghunathan", "label": "Programme Management Officer, UNOCT",
            "email": "priya.r@example.in", "phone": "+1 212 201 2021",
            "summary": "Indian national. Former CBI officer working on counter-terrorism "
                       "capacity building and border security in South Asia.",
            "location": {"city": "New York", "region": "NY", "countryCode": "US"}},
        "work": [
            {"name": "United Nations Office of Counter-Terrorism (UNOCT)",
             "position": "Programme Management Officer", "location": "New York, NY",
             "startDate": "2021-07",
             "summary": "Capacity-building for the police and prosecutors of Sri Lanka and "
                        "the Maldives on terrorist financing."},
            {"name": "Central Bureau of Investigation", "position": "Deputy Superintendent of Police",
             "location": "New Delhi, India", "startDate": "2012-03", "endDate": "2021-06",
             "summary": "Economic offences wing; coordinated Red Notice requests with the "
                        "INTERPOL NCB Abu Dhabi. Attended an ASEAN workshop in Singapore (2019).",
             "highlights": ["Commendation of the Director, 2017"]}],
        "volunteer": [
            {"organization": "Prayas Juvenile Aid Centre", "position": "Volunteer Counsellor",
             "startDate": "2008", "endDate": "2011",
             "summary": "Weekend counselling of children rescued from bonded labour."}],
        "education": [
            {"institution": "Jawaharlal Nehru University", "area": "Political Science",
             "studyType": "Master of Arts", "startDate": "2009", "endDate": "2011"},
            {"institution": "University of Delhi, Lady Shri Ram College", "area": "History",
             "studyType": "B.A. (Hons)", "startDate": "2006", "endDate": "2009"},
            {"institution": "Indian Institute of Public Administration",
             "area": "Public Administration",
             "studyType": "Advanced Professional Programme in Public Administration",
             "endDate": "2018"}],
        "languages": [
            {"language": "Tamil", "fluency": "Native speaker"},
            {"language": "English", "fluency": "C2 (IELTS 8.5)"},
            {"language": "Hindi", "fluency": "Fluent"},
            {"language": "French", "fluency": "Beginner (A1)"}],
        "awards": [{"title": "UN Secretary-General's Award nominee", "date": "2024"}],
    })
    write_expected(name, "jsonresume", ["IN"], [
        X("Programme Management Officer",
          "United Nations Office of Counter-Terrorism (UNOCT)", None,
          "2021-07", None, True, None, ["LK", "MV"],
          note="no endDate -> ongoing; 'New York, NY': NY is a US state abbreviation, no country written -> null"),
        X("Deputy Superintendent of Police", "Central Bureau of Investigation", "IN",
          "2012-03", "2021-06", False, None, ["AE"],
          note="INTERPOL NCB Abu Dhabi = counterpart -> AE (round-5 rule); workshop attended in Singapore -> no SG"),
        X("Volunteer Counsellor", "Prayas Juvenile Aid Centre", None, "2008", "2011",
          False, None, [],
          note="JSON Resume volunteer item -> experience entry after the work items (round-5 rule)"),
    ], [
        Ed("Political Science", 7, True, "2009", "2011"),
        Ed("History", 6, True, "2006", "2009"),
        Ed("Public Administration", None, True, None, "2018",
           note="'Advanced Professional Programme' -> level null (round-5 rule)"),
    ], [
        L("ta", None, True),
        L("en", "C2", note="C2 written, IELTS 8.5 agrees"),
        L("hi", None, note="'Fluent' -> null"),
        L("fr", "A1", note="'Beginner (A1)' -> A1 (round-5 rule)"),
    ], notes=["Nationality from summary 'Indian national' -> [IN].",
              "basics.location (New York, US) is residence, not a post country.",
              "Award date 2024 and highlight 2017 give nothing; phone +1 212 201 2021 is not a date."])


@cv
def jsonresume14_ferreyra():
    name = "jsonresume14_ferreyra"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Santiago Ferreyra", "label": "Public Security Specialist",
            "email": "s.ferreyra@example.com.ar", "phone": "+1 202 201 9080",
            "summary": "Police officer turned international civil servant, based in "
                       "Washington. Citizen security, police reform and drug policy.",
            "location": {"city": "Washington", "region": "DC"}},
        "work": [
            {"name": "Organization of American States (OAS)",
             "position": "Chief of Section, Police Cooperation",
             "location": "Washington, DC", "startDate": "2027-03",
             "summary": "Appointment confirmed; starts March 2027."},
            {"name": "Organization of American States (OAS)",
             "position": "Specialist, Department of Public Security",
             "location": "Washington, DC", "startDate": "2019-04",
             "summary": "Technical assistance to the police of Guatemala, Honduras and "
                        "El Salvador on homicide investigation units."},
            {"name": "Universidad de Buenos Aires", "position": "Adjunct Professor",
             "location": "Buenos Aires, Argentina", "startDate": "2014", "endDate": "2018",
             "summary": "1/4 time: one course per semester on criminal procedure."},
            {"name": "Policía Federal Argentina", "position": "Subcomisario",
             "location": "Buenos Aires, Argentina", "startDate": "2008-02",
             "endDate": "2019-03",
             "summary": "Drug-trafficking investigations; joint operations with Paraguay's "
                        "Secretaría Nacional Antidrogas."}],
        "education": [
            {"institution": "Universidad Torcuato Di Tella", "area": "Políticas Públicas",
             "studyType": "Maestría", "startDate": "2011", "endDate": "2013"},
            {"institution": "Instituto Universitario de la Policía Federal Argentina",
             "area": "Seguridad", "studyType": "Licenciatura", "startDate": "2003",
             "endDate": "2007"},
            {"institution": "Universidad de Buenos Aires", "area": "Derecho",
             "studyType": "Abogado", "startDate": "2001", "endDate": "2007"}],
        "languages": [
            {"language": "Spanish", "fluency": "Native speaker"},
            {"language": "English", "fluency": "C1"},
            {"language": "Portuguese", "fluency": "Working knowledge"},
            {"language": "Italian"}],
    })
    write_expected(name, "jsonresume", [], [
        X("Specialist, Department of Public Security",
          "Organization of American States (OAS)", None, "2019-04", None, True, None,
          ["GT", "HN", "SV"],
          note="no endDate -> ongoing; 'Washington, DC' -> null"),
        X("Adjunct Professor", "Universidad de Buenos Aires", "AR", "2014", "2018",
          False, 0.25, [],
          note="'1/4 time' -> 0.25 (round-5 rule); overlaps the PFA post"),
        X("Subcomisario", "Policía Federal Argentina", "AR", "2008-02", "2019-03",
          False, None, ["PY"],
          note="Paraguay's Secretaría Nacional Antidrogas = counterpart -> PY"),
    ], [
        Ed("Políticas Públicas", 7, True, "2011", "2013"),
        Ed("Seguridad", 6, True, "2003", "2007"),
        Ed("Derecho", None, True, "2001", "2007",
           note="'Abogado' (long first law degree) -> level null (round-4 rule)"),
    ], [
        L("es", None, True),
        L("en", "C1"),
        L("pt", None, note="'Working knowledge' -> null"),
        L("it", None, note="no fluency given"),
    ], notes=["Nationality not stated -> [] ('based in Washington' is residence; an Argentine police career gives no nationality).",
              "TRAP: the 'Chief of Section' work item starting 2027-03 is a future post -> no entry (round-5 rule)."])


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
