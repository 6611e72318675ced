#!/usr/bin/env python3
"""Generate the round-4 labelled CV evaluation set (14 fictional people).

Written on 2026-12-01 BLIND to the matcher importer code. Rendering helpers
(mini markup -> PDF/DOCX/text, Europass SkillsPassport XML, LinkedIn export zip,
JSON Resume, and the expected-YAML writer) are reused from the round-3
generator; every CV and every expected fact below is new and was written by
hand following CONVENTIONS.md (including its "Additional rules (round 4)").
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

@cv
def pdf01_sidebar_dobre_santos():
    name = "pdf01_sidebar_dobre_santos"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Mirela Dobre-Santos
Police Commissioner · Cybercrime
## Contact
Bucharest
mirela.dobre-santos@example.ro
+40 721 201 903
## Personal details
Nationality: Romanian and Portuguese
Date of birth: 11.02.1987
## Languages
- Romanian — mother tongue
- English — Cambridge C1 Advanced (2015)
- Portuguese — B2/C1
- Italian
## Education
### Master's in Cybersecurity
University Politehnica of Bucharest
2014 – 2016
### Bachelor's degree in Law
Alexandru Ioan Cuza Police Academy
2008 – 2012
## Skills
Cellebrite, Maltego, blockchain analytics (Chainalysis), OSINT
---main
## Profile
Police commissioner with fourteen years in the Romanian Police, working on card fraud, ransomware and cryptocurrency laundering.
## Professional experience
### Directorate for Countering Organised Crime (DCCO), Bucharest, Romania
**Police Commissioner – Cybercrime Unit** · 03/2017 - today
- Leads operations with Moldova and Ukraine against card-skimming and ATM-malware networks.
- Liaised with the embassy of Brazil on the extradition file of a fugitive ransomware affiliate.
- Prepares European Investigation Orders and requests for preservation of electronic evidence.
### Alexandru Ioan Cuza Police Academy, Bucharest
**Trainer** (part-time, 50 %) · 2019 – 2021
- Module "Investigating online payment fraud" for the master's programme in criminal investigation.
### General Inspectorate of Romanian Police, Bucharest, Romania
**Police Officer – Economic Crime Service** · 2012 – 2017
- Investigated VAT carousel fraud run by networks of Hungarian nationals in the fuel trade.
- Drafted financial-investigation reports for the prosecutor's office.
## Conferences
- Speaker, EC3 Cybercrime Conference, The Hague, Netherlands (2022)
- Panel member, Council of Europe Octopus Conference, Strasbourg, France (2019)
""", style="sidebar", accent="#2E4A3F")
    write_expected(name, "pdf", ["RO", "PT"], [
        X("Police Commissioner – Cybercrime Unit",
          "Directorate for Countering Organised Crime (DCCO)", "RO",
          "2017-03", None, True, None, ["MD", "UA", "BR"],
          note="'03/2017 - today' -> ongoing.\n"
               "'Liaised with the embassy of Brazil' = counterpart authority -> BR (round-4 rule)."),
        X("Trainer", "Alexandru Ioan Cuza Police Academy", None,
          "2019", "2021", False, 0.5, [],
          note="overlaps the DCCO post; 'Bucharest' alone -> country null; 50 % -> 0.5"),
        X("Police Officer – Economic Crime Service",
          "General Inspectorate of Romanian Police", "RO",
          "2012", "2017", False, None, [],
          note="year-only dates stay year-only.\n"
               "'networks of Hungarian nationals' is subject matter, not a counterpart -> no HU"),
    ], [
        Ed("Cybersecurity", 7, True, "2014", "2016"),
        Ed("Law", 6, True, "2008", "2012"),
    ], [
        L("ro", None, True),
        L("en", "C1", note="Cambridge C1 Advanced -> C1"),
        L("pt", "B2", note="'B2/C1' -> lower bound B2 (round-4 rule)"),
        L("it", None, note="listed with no level"),
    ], notes=["Two-column sidebar layout.",
              "Nationality 'Romanian and Portuguese' -> [RO, PT].",
              "Conferences (The Hague 2022, Strasbourg 2019) give no entry and no country.",
              "Phone +40 721 201 903 is not a date; date of birth is not a job date."])


@cv
def pdf02_table_adeyemi_croft():
    name = "pdf02_table_adeyemi_croft"
    render_pdf(OUT / f"{name}.pdf", """
# Samuel Adeyemi-Croft
Fraud investigator · Certified Fraud Examiner (CFE)
London, Ontario · samuel.adeyemi-croft@example.ca · (519) 201-2019
Citizenship: British (Canadian permanent resident)
## Summary
Financial investigator with ten years of casework in tax fraud, money laundering and investment scams, first with HMRC in the United Kingdom and now with the Ontario Provincial Police.
## Experience
|! Dates | Position and employer | Location |
| 2021 – present | **Fraud Investigator** // Ontario Provincial Police – Anti-Rackets Branch // Investment and romance-scam investigations; production orders to banks and crypto exchanges. | London, Ontario |
| 2016 – 2020 | **Financial Investigator** // HM Revenue & Customs, Fraud Investigation Service // Restraint and confiscation under POCA 2002; mutual legal assistance requests to Cyprus and the United Arab Emirates. | London, UK |
| Mar – Aug 2015 | **Intern** // Financial Action Task Force (FATF) Secretariat // Research support for the mutual evaluation programme. | Paris |
| Summer 2014 | **Research Intern** // Georgia State University, Andrew Young School of Policy Studies // Data cleaning for a study on check-cashing fraud. | Atlanta, Georgia |
## Education
|! Year | Qualification | Institution |
| 2012 – 2015 | BA (Hons) Criminology | University of Leicester, UK |
| 2016 | Diploma in Policing | College of Policing, Coventry, UK |
| 2024 – expected 2027 | MSc Economic Crime (part-time, distance learning) | University of Portsmouth, UK |
## Certifications
|! Year | Certification | Body |
| 2019 | Certified Fraud Examiner (CFE) | ACFE |
| 2017 | Accredited Financial Investigator | National Crime Agency |
## Languages
English (native) · French (DELF B2, 2013) · Yoruba (conversational)
""", style="classic", accent="#4A2C5B")
    write_expected(name, "pdf", ["GB"], [
        X("Fraud Investigator",
          "Ontario Provincial Police – Anti-Rackets Branch", None,
          "2021", None, True, None, [],
          note="'London, Ontario': province is not a country, London exists in two countries -> null"),
        X("Financial Investigator", "HM Revenue & Customs, Fraud Investigation Service",
          "GB", "2016", "2020", False, None, ["CY", "AE"],
          note="'London, UK' -> GB; MLA requests to Cyprus and the UAE -> [CY, AE]"),
        X("Intern", "Financial Action Task Force (FATF) Secretariat", None,
          "2015-03", "2015-08", False, None, [],
          note="'Mar – Aug 2015': start takes the end's year; 'Paris' alone -> null.\n"
               "Gap 2015-08 .. 2016 is not filled."),
        X("Research Intern", "Georgia State University", None,
          "2014", "2014", False, None, [],
          note="'Summer 2014' -> year only (round-4 season rule).\n"
               "'Atlanta, Georgia' is the US state, NOT the country GE -> null"),
    ], [
        Ed("Criminology", 6, True, "2012", "2015"),
        Ed("Policing", None, True, None, "2016",
           note="'Diploma in Policing': level unclear -> null; single year = end"),
        Ed("Economic Crime", 7, False, "2024", "2027",
           note="'expected 2027' -> not completed, end '2027'"),
    ], [
        L("en", None, True),
        L("fr", "B2", note="DELF B2"),
        L("yo", None, note="'conversational' is not a CEFR level"),
    ], notes=["Table layout.",
              "'Citizenship: British (Canadian permanent resident)' -> [GB] only.",
              "Phone (519) 201-2019 is not a date."])


@cv
def pdf03_fr_rakotomalala_dupuis():
    name = "pdf03_fr_rakotomalala_dupuis"
    render_pdf(OUT / f"{name}.pdf", """
# Hélène RAKOTOMALALA-DUPUIS
Cheffe de projet – coopération policière internationale
8 quai Saint-Vincent, 69001 Lyon · helene.rakoto@example.fr · 06 20 14 20 21
Nationalité : franco-malgache
## Expérience professionnelle
### Cheffe de projet coopération internationale – Expertise France
@ Paris | depuis mars 2021
- Pilotage d'un projet d'appui à la police judiciaire de Madagascar et des Comores (formation, équipement, procédures).
- Suivi budgétaire et rapports au bailleur (Union européenne).
### Commandante de police, cheffe de groupe – Office central pour la répression de la traite des êtres humains (OCRTEH)
@ Nanterre | janv. 2014 – févr. 2021
- Enquêtes sur des réseaux de proxénétisme visant des victimes de nationalité nigériane.
- Échanges réguliers avec l'officier de liaison de l'ambassade d'Espagne.
### Lieutenante de police – Direction départementale de la sécurité publique du Rhône
@ Lyon (France) | 2010 – 2013
- Cheffe d'une brigade de sûreté urbaine ; procédures judiciaires et gestion d'équipe.
## Formation
### Diplôme universitaire (DU) de criminologie appliquée – Université Jean Moulin Lyon 3
@ 2012
### Master 2 Sécurité intérieure – Université Jean Moulin Lyon 3
@ 2007 – 2009
### Licence professionnelle Sécurité des biens et des personnes – Université Lyon 2
@ 2006 – 2007
## Langues
- Français : langue maternelle
- Malgache : langue maternelle
- Anglais : C1 (IELTS Academic 7.0, 2018)
- Espagnol
## Publications
- H. Rakotomalala-Dupuis, « La traite des êtres humains en France : dix ans d'enquêtes », Revue de la gendarmerie et de la police, n° 12, 2019.
## Conférences
- Intervenante, Alliance contre la traite des personnes de l'OSCE, Vienne (Autriche), 2022.
""", style="classic", font="DVSerif", accent="#7A1F2B")
    write_expected(name, "pdf", ["FR", "MG"], [
        X("Cheffe de projet coopération internationale", "Expertise France", None,
          "2021-03", None, True, None, ["MG", "KM"],
          note="'depuis mars 2021' -> start 2021-03, ongoing; 'Paris' alone -> null.\n"
               "Project supporting the police of Madagascar and Comoros -> [MG, KM]"),
        X("Commandante de police, cheffe de groupe",
          "Office central pour la répression de la traite des êtres humains (OCRTEH)",
          None, "2014-01", "2021-02", False, None, ["ES"],
          note="'Nanterre' alone -> null. 'victimes de nationalité nigériane' = subject matter, no NG.\n"
               "liaison officer of the embassy of Spain = counterpart -> ES (round-4 rule)"),
        X("Lieutenante de police",
          "Direction départementale de la sécurité publique du Rhône", "FR",
          "2010", "2013", False, None, [], note="'Lyon (France)' -> FR"),
    ], [
        Ed("Criminologie appliquée", None, True, None, "2012",
           note="diplôme universitaire (DU): level unclear -> null (round-4 rule)"),
        Ed("Sécurité intérieure", 7, True, "2007", "2009"),
        Ed("Sécurité des biens et des personnes", 6, True, "2006", "2007"),
    ], [
        L("fr", None, True),
        L("mg", None, True, note="Malgache = Malagasy, ISO 639-1 'mg'"),
        L("en", "C1", note="C1 written, IELTS 7.0 agrees"),
        L("es", None, note="listed with no level"),
    ], notes=["French CV. 'Nationalité : franco-malgache' -> [FR, MG].",
              "Publication year 2019 and the Vienna (Austria) conference give nothing.",
              "Phone 06 20 14 20 21 is not a date."])
# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_vandenbroucke():
    name = "docx04_fr_vandenbroucke"
    render_docx(OUT / f"{name}.docx", """
# Julie VANDENBROUCKE
Inspectrice principale – enquêtes économiques et financières
Rue de la Loi 42, 1040 Etterbeek · julie.vdb@example.be · +32 470 20 15 20
Nationalité : belge
## Expérience professionnelle
### Inspectrice principale – Office central de la lutte contre la délinquance économique et financière organisée (OCDEFO), Police fédérale
@ Bruxelles (Belgique) · avril 2018 – aujourd'hui
- Enquêtes sur le blanchiment et la fraude à la TVA ; saisies et confiscations.
- Commissions rogatoires internationales vers le Luxembourg et la Suisse.
### Inspectrice – Zone de police de Liège
@ Liège · 2012 – mars 2018
- Intervention puis recherche locale (vols, escroqueries).
### Interruption de carrière (congé parental)
@ 2011 – 2012
### Assistante de recherche (temps partiel) – Université de Liège, École de criminologie
@ Liège · 2009 – 2011
- Enquête par questionnaire sur le sentiment d'insécurité ; codage et analyse statistique.
## Formation
### Brevet d'inspecteur de police – Académie provinciale de police de Liège (ProvLiège)
@ 2012
### Master en criminologie – Université de Liège
@ 2007 – 2009
### Bachelier en droit – Université de Namur
@ 2004 – 2007
## Langues
| Français | langue maternelle |
| Néerlandais | B1+ |
| Anglais | C1 |
| Allemand | notions |
## Formations complémentaires
- Enquêtes financières et recouvrement d'avoirs, CEPOL, Budapest (Hongrie), 2020
""", title="CV Julie Vandenbroucke")
    write_expected(name, "docx", ["BE"], [
        X("Inspectrice principale",
          "Office central de la lutte contre la délinquance économique et financière organisée (OCDEFO), Police fédérale",
          "BE", "2018-04", None, True, None, ["LU", "CH"],
          note="'avril 2018 – aujourd'hui' -> ongoing; 'Bruxelles (Belgique)' -> BE.\n"
               "employer written as OCDEFO + Police fédérale; either part should match"),
        X("Inspectrice", "Zone de police de Liège", None, "2012", "2018-03",
          False, None, [],
          note="mixed precision kept as written: start year-only, end month; 'Liège' alone -> null"),
        X("Assistante de recherche", "Université de Liège, École de criminologie",
          None, "2009", "2011", False, None, [],
          note="'temps partiel' with no figure -> part_time null"),
    ], [
        Ed(None, None, True, None, "2012",
           note="police-school brevet: level null (round-4 rule); no subject -> field null"),
        Ed("Criminologie", 7, True, "2007", "2009"),
        Ed("Droit", 6, True, "2004", "2007",
           note="Belgian 'bachelier' = bachelor -> 6 (round-4 rule)"),
    ], [
        L("fr", None, True),
        L("nl", "B1", note="'B1+' -> B1 (round-4 rule)"),
        L("en", "C1"),
        L("de", None, note="'notions' is not a CEFR level"),
    ], notes=["French DOCX. 'Interruption de carrière (congé parental)' 2011–2012 is not a position: no entry.",
              "CEPOL course in Budapest (Hungary) gives nothing. Phone +32 470 20 15 20 is not a date."])


@cv
def docx05_tables_quiroga():
    name = "docx05_tables_quiroga"
    render_docx(OUT / f"{name}.docx", """
| **Martín Ezequiel Quiroga** | Legal Officer – asset recovery |
| Address | Av. Colón 1450, Córdoba |
| E-mail / phone | martin.quiroga@example.com.ar // +54 351 201 7202 |
| Nationality | Argentine |

|! Period | Position | Employer | Location |
| Jan 2022 – present | Legal Officer | UNODC – Regional Office for Central America and the Caribbean | Panama City, Panama |
|  | Technical assistance to the prosecution services of Guatemala, Honduras and El Salvador on asset recovery and non-conviction-based forfeiture. |  |  |
| 2015 – 2021 | Prosecutor's Assistant | Ministerio Público Fiscal de Córdoba | Córdoba |
|  | Drafting of indictments in economic-crime cases; coordination with the financial intelligence unit. |  |  |
| 2017 – 2020 | Adjunct Lecturer (part-time) | Universidad Nacional de Córdoba, Faculty of Law | Córdoba |
|  | Criminal procedure tutorials, 6 hours a week. |  |  |

|! Years | Degree | Institution |
| 2008 – 2014 | Abogado (law degree) | Universidad Nacional de Córdoba |
| 2016 – 2018 | Maestría en Derecho Penal (thesis pending) | Universidad Austral, Buenos Aires |

|! Language | Level |
| Spanish | Native |
| English | TOEFL iBT 100 (2019) |
| Portuguese | B1 |
| Italian | — |

|! Other |  |
| Publication | "Decomiso sin condena en América Latina", Revista de Derecho Penal Económico, 2019 |
| Memberships | Asociación Argentina de Profesores de Derecho Penal |
""", title="CV Martin Quiroga")
    write_expected(name, "docx", ["AR"], [
        X("Legal Officer",
          "UNODC – Regional Office for Central America and the Caribbean", "PA",
          "2022-01", None, True, None, ["GT", "HN", "SV"]),
        X("Prosecutor's Assistant", "Ministerio Público Fiscal de Córdoba", None,
          "2015", "2021", False, None, [],
          note="'Córdoba' exists in Argentina and Spain; no country written -> null\n"
               "(nationality Argentine and +54 phone do NOT give the post's country)"),
        X("Adjunct Lecturer", "Universidad Nacional de Córdoba, Faculty of Law", None,
          "2017", "2020", False, None, [],
          note="overlaps the prosecutor post; 'part-time', '6 hours a week' with no reference -> null"),
    ], [
        Ed("Law", None, True, "2008", "2014",
           note="'Abogado' is a 5-6 year first law degree that ISCED may class 6 or 7 -> level null"),
        Ed("Derecho Penal", 7, False, "2016", "2018",
           note="maestría -> 7; 'thesis pending' -> not completed; dates as written"),
    ], [
        L("es", None, True),
        L("en", "C1", note="TOEFL iBT 100 -> C1"),
        L("pt", "B1"),
        L("it", None, note="'—': no level"),
    ], notes=["Whole document in tables (contact, experience, education, languages).",
              "Publication year 2019 gives nothing. Phone +54 351 201 7202 is not a date."])


@cv
def docx06_nkosi_same_employer():
    name = "docx06_nkosi_same_employer"
    render_docx(OUT / f"{name}.docx", """
# Thandiwe Nkosi
Colonel, South African Police Service
Pretoria · thandiwe.nkosi@example.co.za · +27 82 201 2016
Nationality: South African
## Career
### South African Police Service (SAPS) — Pretoria, South Africa
**Colonel, Section Head – Crimes Against the State** · Feb 2022 – present
- Heads a section of 18 investigators on firearms and explosives trafficking.
- Liaised with the embassy of Brazil and with the Mozambican police on a cross-border firearms-trafficking case.

**Lieutenant Colonel, Analyst – Crime Intelligence** · 2017 – Jan 2022
- Strategic assessments on cash-in-transit robberies for the national commissioner.

**Captain, Detective – Directorate for Priority Crime Investigation** · 2011 – 2016
- Organised-crime case dockets; testimony in the High Court.

**Constable** · 2006 – 2010
- Visible policing and charge office, Soshanguve station.
### INTERPOL Regional Bureau Harare — Harare, Zimbabwe
**Criminal Intelligence Officer (secondment)** · Jun 2019 – Jun 2020
- Regional analysis of stolen-vehicle trafficking for the SARPCCO member countries.
## Education
- Master of Public Administration (MPA), University of Pretoria, 2021 – expected 2027
- BTech Forensic Investigation, University of South Africa (UNISA), 2012 – 2014
- National Diploma: Policing, University of South Africa (UNISA), 2009
## Languages
- isiZulu — mother tongue
- English — fluent
- Afrikaans — B2
- Portuguese — A2 (CAPLE certificate in preparation)
""", title="CV Thandiwe Nkosi")
    emp = "South African Police Service (SAPS)"
    write_expected(name, "docx", ["ZA"], [
        X("Colonel, Section Head – Crimes Against the State", emp, "ZA",
          "2022-02", None, True, None, ["BR", "MZ"],
          note="embassy of Brazil + Mozambican police = counterparts -> [BR, MZ]"),
        X("Lieutenant Colonel, Analyst – Crime Intelligence", emp, "ZA",
          "2017", "2022-01", False, None, []),
        X("Captain, Detective – Directorate for Priority Crime Investigation", emp,
          "ZA", "2011", "2016", False, None, []),
        X("Constable", emp, "ZA", "2006", "2010", False, None, [],
          note="gap 2010..2011 not filled"),
        X("Criminal Intelligence Officer", "INTERPOL Regional Bureau Harare", "ZW",
          "2019-06", "2020-06", False, None, [],
          note="written 'Criminal Intelligence Officer (secondment)'.\n"
               "secondment overlapping the SAPS analyst post; 'SARPCCO member countries' is a region -> []"),
    ], [
        Ed("Public Administration", 7, False, "2021", "2027",
           note="'expected 2027' -> not completed"),
        Ed("Forensic Investigation", 6, True, "2012", "2014",
           note="BTech = bachelor -> 6 (round-4 rule)"),
        Ed("Policing", None, True, None, "2009",
           note="'National Diploma': level unclear -> null"),
    ], [
        L("zu", None, True),
        L("en", None, note="'fluent' is not a CEFR level"),
        L("af", "B2"),
        L("pt", "A2", note="A2 is written; the certificate 'in preparation' adds nothing"),
    ], notes=["Four successive positions at one employer, each repeating the employer name.",
              "Phone +27 82 201 2016 is not a date."])
# ---------------------------------------------------------------- text ----

@cv
def txt07_fr_ouedraogo_lemaire():
    name = "txt07_fr_ouedraogo_lemaire"
    render_text(OUT / f"{name}.txt", """
# Nadège Ouédraogo-Lemaire
Juriste – justice pénale et sécurité au Sahel
Ouagadougou · nadege.ouedraogo@example.bf · Tél. : +226 70 20 15 19
## Expérience professionnelle
Conseillère juridique – Délégation de l'Union européenne au Burkina Faso
Ouagadougou (Burkina Faso) · depuis 2019
  - Suivi des programmes « sécurité et justice » au Sahel ; coordination avec les autorités judiciaires du Niger et du Mali.
  - Participation au séminaire régional de la CEDEAO à Abuja (Nigeria), 2023.

Chargée de cours (mi-temps) – Université Joseph Ki-Zerbo, UFR Sciences juridiques et politiques
Ouagadougou · sept. 2015 – présent
  - Cours de procédure pénale et de droit pénal international (licence 3 et master 1).

Juge d'instruction – Tribunal de grande instance Ouaga I
Ouagadougou · mars 2012 – déc. 2018
  - Instruction de dossiers de criminalité économique et de terrorisme.

Stagiaire – Cour pénale internationale, Bureau du Procureur
La Haye (Pays-Bas) · avril – sept. 2011
## Formation
Doctorat en droit pénal – Université Joseph Ki-Zerbo · 2020 – à ce jour
Diplôme de l'École nationale d'administration et de magistrature (ENAM), section magistrature · 2012
Master recherche Droit privé et sciences criminelles – Université de Poitiers · 2008 – 2010
## Langues
  - Mooré : langue maternelle
  - Français : C2
  - Anglais : B2/C1
  - Espagnol
## Publications
« Le juge d'instruction face au terrorisme au Sahel », Revue burkinabè de droit, n° 57, 2019.
""")
    write_expected(name, "text", [], [
        X("Conseillère juridique", "Délégation de l'Union européenne au Burkina Faso",
          "BF", "2019", None, True, None, ["NE", "ML"],
          note="'depuis 2019' -> start 2019, ongoing. 'Sahel' is a region.\n"
               "ECOWAS seminar in Abuja (Nigeria) = event attended -> no NG (round-4 rule)"),
        X("Chargée de cours", "Université Joseph Ki-Zerbo, UFR Sciences juridiques et politiques",
          None, "2015-09", None, True, 0.5, [],
          note="'sept. 2015 – présent' -> ongoing; 'mi-temps' -> 0.5; city only -> null"),
        X("Juge d'instruction", "Tribunal de grande instance Ouaga I", None,
          "2012-03", "2018-12", False, None, [],
          note="overlaps both later posts; 'Ouagadougou' alone -> null"),
        X("Stagiaire", "Cour pénale internationale, Bureau du Procureur", "NL",
          "2011-04", "2011-09", False, None, [],
          note="'avril – sept. 2011': start takes the end's year; 'Pays-Bas' -> NL"),
    ], [
        Ed("Droit pénal", 8, False, "2020", None,
           note="'2020 – à ce jour' on a doctorate -> under way, not completed, end null"),
        Ed(None, None, True, None, "2012",
           note="national magistracy-school diploma: level null; 'section magistrature' is a track,\n"
                "not really a field -> field null (a matcher reading 'magistrature' is tolerable)"),
        Ed("Droit privé et sciences criminelles", 7, True, "2008", "2010"),
    ], [
        L(None, None, True, note="Mooré (Mossi) has no ISO 639-1 code -> code null"),
        L("fr", "C2"),
        L("en", "B2", note="'B2/C1' -> B2"),
        L("es", None, note="no level"),
    ], notes=["French plain text; nationality not stated -> [] (residence and employer give nothing).",
              "Publication year 2019 gives nothing. Phone +226 70 20 15 19 is not a date."])


@cv
def txt08_en_wrobel():
    name = "txt08_en_wrobel"
    render_text(OUT / f"{name}.txt", """
# Katarzyna Wróbel
International police cooperation officer
Warsaw · k.wrobel@example.pl · tel. +48 22 017 20 19
EU citizen – no work permit required
## Work experience
Liaison Officer – Polish Police, International Police Cooperation Bureau
Warsaw, Poland | 2020 – now
  - Point of contact for Lithuanian and Ukrainian police counterparts on stolen-vehicle and migrant-smuggling cases.
  - Handles SIRENE and Europol SIENA messages for the eastern border region.

Career break (travel, master's studies) | 10/2017 – 12/2019

Detective Sergeant – Provincial Police Headquarters in Gdańsk
Gdańsk | Nov 2013 – Sep 2017
  - Property-crime investigations; surveillance and case files for the district prosecutor.

Intern – Frontex, Risk Analysis Unit
Warsaw | Feb – Jun 2013
## Education
MA European Security Studies – Universitat de València, Valencia | 2018 – 2019
Diploma of the Police Academy in Szczytno (officer course) | 2016
BA Sociology – University of Gdańsk | 2009 – 2012
## Languages
  - Polish: mother tongue
  - English: IELTS Academic 7.0 (2018)
  - Russian: B1+
  - Spanish
## Talks
CEPOL Annual Research and Science Conference, Budapest, Hungary (2021): "Liaison officers at the EU's eastern border".
""")
    write_expected(name, "text", [], [
        X("Liaison Officer", "Polish Police, International Police Cooperation Bureau",
          "PL", "2020", None, True, None, ["LT", "UA"],
          note="'2020 – now' -> ongoing. Lithuanian and Ukrainian police counterparts -> [LT, UA]"),
        X("Detective Sergeant", "Provincial Police Headquarters in Gdańsk", None,
          "2013-11", "2017-09", False, None, [], note="'Gdańsk' alone -> null"),
        X("Intern", "Frontex, Risk Analysis Unit", None, "2013-02", "2013-06", False,
          None, [], note="'Feb – Jun 2013'; 'Warsaw' alone -> null"),
    ], [
        Ed("European Security Studies", 7, True, "2018", "2019"),
        Ed(None, None, True, None, "2016",
           note="police-academy officer-course diploma: level null, no subject -> field null"),
        Ed("Sociology", 6, True, "2009", "2012"),
    ], [
        L("pl", None, True),
        L("en", "C1", note="IELTS 7.0 -> C1"),
        L("ru", "B1", note="'B1+' -> B1"),
        L("es", None, note="no level"),
    ], notes=["'EU citizen' gives no nationality -> [] (round-4 rule).",
              "'Career break' 10/2017 – 12/2019 is not a position: no entry.",
              "Valencia (education) is a city in Spain and Venezuela; no country field for education anyway.",
              "Talk in Budapest (2021) gives nothing. Phone +48 22 017 20 19 is not a date."])
# ------------------------------------------------------------ Europass ----

@cv
def europass09_papadakis():
    name = "europass09_papadakis"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-02-17T09:12:44.301Z", first="Nikolaos", last="Papadakis",
        street="Leoforos Alexandras 173", postal="11522", city="Athens",
        country=("GR", "Greece"), email="n.papadakis@example.gr",
        phone="+30 694 201 9202", birth=(1990, 4, 2), gender="M",
        nationalities=[("GR", "Greek")],
        headline="Police Lieutenant – Cybercrime"), [
        dict(**{"from": (2018, 10)}, current=True,
             position="Police Lieutenant – Cybercrime Division",
             activities="Investigations into ransomware and online fraud; cooperation "
                        "with Cypriot and Bulgarian authorities on money-mule networks.",
             employer="Hellenic Police", city="Athens", country=("GR", "Greece"),
             sector=("O", "Public administration and defence; compulsory social security")),
        dict(**{"from": (2021, 1), "to": (2022, 12)},
             position="Seconded National Expert",
             activities="Operational analyst at the European Cybercrime Centre (EC3).",
             employer="Europol", city="The Hague", country=("NL", "Netherlands")),
        dict(**{"from": (2015, 2), "to": (2018, 9)}, position="Data Analyst",
             activities="Part-time (80 %) while preparing the police entrance exams; "
                        "fraud-detection models for retail banking clients.",
             employer="Aegean Analytics S.A.", city="Thessaloniki"),
    ], [
        dict(**{"from": (2013,), "to": (2014,)},
             title="Master of Science in Digital Forensics",
             org="University of Piraeus", city="Piraeus", country=("GR", "Greece"),
             eqf=7, field="Digital forensics"),
        dict(**{"from": (2009,), "to": (2013,)},
             title="Ptychio (Bachelor's degree) in Informatics",
             org="Aristotle University of Thessaloniki", city="Thessaloniki",
             country=("GR", "Greece"), eqf=6, field="Informatics"),
        dict(**{"to": (2020,)}, title="Certificate in Cyber Threat Intelligence",
             org="SANS Institute (online)", city="Bethesda", country=("US", "United States")),
    ], [("el", "Greek")], [
        dict(code="en", label="English", grid=["C1", "C1", "C1", "C1", "B2"]),
        dict(code="fr", label="French", grid=["B2"] * 5,
             certs=[("DELF B2", "France Éducation international", 2012, "B2")]),
        dict(code="de", label="German"),
    ])
    write_expected(name, "europass-xml", ["GR"], [
        X("Police Lieutenant – Cybercrime Division", "Hellenic Police", "GR",
          "2018-10", None, True, None, ["CY", "BG"],
          note="Current=true -> ongoing; 'Cypriot and Bulgarian authorities' -> [CY, BG]"),
        X("Seconded National Expert", "Europol", "NL", "2021-01", "2022-12", False,
          None, [], note="secondment overlapping the Hellenic Police post"),
        X("Data Analyst", "Aegean Analytics S.A.", None, "2015-02", "2018-09", False,
          0.8, [], note="no Country element (Thessaloniki only) -> null; '80 %' in Activities -> 0.8"),
    ], [
        Ed("Digital Forensics", 7, True, "2013", "2014"),
        Ed("Informatics", 6, True, "2009", "2013"),
        Ed("Cyber Threat Intelligence", None, True, None, "2020",
           note="certificate, no EQF level -> null; only a To year -> end"),
    ], [
        L("el", None, True),
        L("en", "B2", note="grid L C1 / R C1 / SI C1 / SP C1 / W B2 -> lowest B2"),
        L("fr", "B2", note="grid all B2 + DELF B2"),
        L("de", None, note="no ProficiencyLevel element"),
    ], notes=["Phone +30 694 201 9202 is not a date."])


@cv
def europass10_fr_sow():
    name = "europass10_fr_sow"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2024-11-05T16:40:00.000Z", first="Aïssatou", last="Sow",
        street="Cité Keur Gorgui, villa 21", postal="10200", city="Dakar",
        country=("SN", "Sénégal"), email="aissatou.sow@example.sn",
        phone="+221 77 201 20 19", birth=(1991, 8, 19), gender="F",
        nationalities=[], headline="Commissaire de police"), [
        dict(**{"from": (2019, 9)}, current=True, position="Commissaire de police",
             activities="Cheffe de la brigade de lutte contre la cybercriminalité. "
                        "Coopération avec les polices de la Gambie et de la Mauritanie ; "
                        "participation à la conférence européenne d'INTERPOL à Lyon (France) en 2022.",
             employer="Police nationale du Sénégal – Division des investigations criminelles",
             city="Dakar", country=("SN", "Sénégal")),
        dict(**{"from": (2017, 10), "to": (2019, 7)}, position="Élève commissaire",
             activities="Formation initiale des commissaires de police.",
             employer="École nationale de police et de la formation permanente",
             city="Dakar", country=("SN", "Sénégal")),
        dict(**{"from": (2014,), "to": (2017,)}, position="Juriste",
             activities="Mi-temps, en parallèle du master : contrats commerciaux et "
                        "contentieux bancaire.",
             employer="Cabinet Diop & Associés", city="Dakar"),
    ], [
        dict(**{"from": (2014,), "to": (2016,)}, title="Master 2 Droit des affaires",
             org="Université Cheikh Anta Diop", city="Dakar", country=("SN", "Sénégal"),
             eqf=7, field="Droit des affaires"),
        dict(**{"from": (2011,), "to": (2014,)}, title="Licence en droit privé",
             org="Université Gaston Berger", city="Saint-Louis", country=("SN", "Sénégal"),
             eqf=6, field="Droit privé"),
        dict(**{"from": (2017,), "to": (2019,)}, title="Diplôme de commissaire de police",
             org="École nationale de police et de la formation permanente", city="Dakar",
             country=("SN", "Sénégal")),
    ], [("wo", "wolof")], [
        dict(code="fr", label="français", grid=["C2"] * 5),
        dict(code="en", label="anglais", grid=["B2", "B2", "B1", "B1", "B1"]),
        dict(code="es", label="espagnol", grid=["B1"] * 5,
             certs=[("DELE B1", "Instituto Cervantes", 2015, "B1")]),
        dict(code="ar", label="arabe"),
    ])
    write_expected(name, "europass-xml", [], [
        X("Commissaire de police",
          "Police nationale du Sénégal – Division des investigations criminelles", "SN",
          "2019-09", None, True, None, ["GM", "MR"],
          note="Gambia + Mauritania police = counterparts.\n"
               "INTERPOL conference in Lyon (France) = event attended -> no FR (round-4 rule)"),
        X("Élève commissaire", "École nationale de police et de la formation permanente",
          "SN", "2017-10", "2019-07", False, None, [],
          note="police-school cadet post listed as work experience: kept as a position"),
        X("Juriste", "Cabinet Diop & Associés", None, "2014", "2017", False, 0.5, [],
          note="'Mi-temps' -> 0.5; no Country element -> null"),
    ], [
        Ed("Droit des affaires", 7, True, "2014", "2016"),
        Ed("Droit privé", 6, True, "2011", "2014"),
        Ed(None, None, True, "2017", "2019",
           note="police-school diploma, no EQF -> level null; no subject -> field null"),
    ], [
        L("wo", None, True),
        L("fr", "C2"),
        L("en", "B1", note="grid L B2 / R B2 / SI B1 / SP B1 / W B1 -> lowest B1"),
        L("es", "B1", note="grid all B1 + DELE B1"),
        L("ar", None, note="no ProficiencyLevel element"),
    ], notes=["French Europass with no NationalityList -> nationality [] (address in Senegal gives nothing).",
              "Phone +221 77 201 20 19 is not a date."])
# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_kvaratskhelia():
    name = "linkedin11_kvaratskhelia"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Tamar", "Last Name": "Kvaratskhelia",
           "Headline": "National Programme Officer – Police Reform at OSCE",
           "Summary": "Lawyer and former investigator working on police reform and "
                      "human-rights-compliant policing in the South Caucasus.",
           "Industry": "International Affairs", "Zip Code": "0108",
           "Geo Location": "Tbilisi, Georgia"},
        email="tamar.kv@example.ge"), [
        ["OSCE", "National Programme Officer – Police Reform",
         "Coordinates police-reform assistance with the interior ministries of Armenia "
         "and Azerbaijan; community-policing pilots.", "Tbilisi, Georgia", "Jan 2020", ""],
        ["Ministry of Internal Affairs of Georgia", "Senior Investigator",
         "Investigations into trafficking in human beings and document fraud.",
         "Tbilisi, Georgia", "2014", "Dec 2019"],
        ["Georgia State University", "Visiting Researcher (Fulbright)",
         "Comparative research on prosecutorial discretion.", "Atlanta, Georgia",
         "Aug 2012", "May 2013"],
    ], [
        ["GIPA – Georgian Institute of Public Affairs", "2015", "2017", "",
         "Master's degree, Public Administration", ""],
        ["Ivane Javakhishvili Tbilisi State University", "2008", "2012", "",
         "Bachelor of Laws (LLB)", "Moot court team"],
    ], [
        ["Georgian", "Native or bilingual proficiency"],
        ["English", "Full professional proficiency"],
        ["Russian", "Professional working proficiency"],
        ["Armenian", ""],
    ], certs=[["TOEFL iBT – total score 100", "", "ETS", "Mar 2011", "", ""]],
        skills=["Police Reform", "Human Rights", "Criminal Investigation"])
    write_expected(name, "linkedin", [], [
        X("National Programme Officer – Police Reform", "OSCE", "GE", "2020-01", None,
          True, None, ["AM", "AZ"],
          note="'Tbilisi, Georgia' -> GE (the country); empty Finished On -> ongoing"),
        X("Senior Investigator", "Ministry of Internal Affairs of Georgia", "GE",
          "2014", "2019-12", False, None, [],
          note="year-only start kept; employer name contains 'Georgia' too"),
        X("Visiting Researcher (Fulbright)", "Georgia State University", None,
          "2012-08", "2013-05", False, None, [],
          note="TRAP: 'Atlanta, Georgia' is the US state -> null (not GE, and US not written)"),
    ], [
        Ed("Public Administration", 7, True, "2015", "2017"),
        Ed("Law", 6, True, "2008", "2012", note="'Bachelor of Laws (LLB)' -> field Law"),
    ], [
        L("ka", None, True),
        L("en", "C1", note="TOEFL iBT 100 in Certifications.csv -> C1 (round-4 rule)"),
        L("ru", None, note="LinkedIn proficiency words are not CEFR"),
        L("hy", None, note="empty proficiency"),
    ], notes=["LinkedIn exports carry no nationality -> [] (Geo Location is residence)."])


@cv
def linkedin12_menon_fischer():
    name = "linkedin12_menon_fischer"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Rahul", "Last Name": "Menon-Fischer",
           "Headline": "Kriminalhauptkommissar – Cybercrime at Bundeskriminalamt",
           "Summary": "Software engineer turned police officer. Cybercrime "
                      "investigations, malware infrastructure takedowns.",
           "Industry": "Law Enforcement", "Zip Code": "65193",
           "Geo Location": "Wiesbaden, Hesse, Germany"},
        email="rahul.mf@example.de"), [
        ["Bundeskriminalamt (BKA)", "Kriminalhauptkommissar – Cybercrime",
         "Joint investigation team with the Dutch and French police against a botnet "
         "operator; regular operational meetings at Europol EC3 in The Hague.",
         "Wiesbaden, Hesse, Germany", "Mar 2019", ""],
        ["Hochschule des Bundes für öffentliche Verwaltung", "Guest Lecturer (20%)",
         "Teaching digital evidence in the BKA's criminal-investigation degree.",
         "Brühl, North Rhine-Westphalia, Germany", "Oct 2021", "Jul 2023"],
        ["Bundeskriminalamt (BKA)", "Kriminalkommissar",
         "Digital forensics and server seizures for organised-crime cases.",
         "Wiesbaden", "2015", "Feb 2019"],
        ["Infosys", "Software Engineer",
         "Payment-gateway back end for a European bank client.",
         "Bengaluru, Karnataka, India", "Jul 2010", "Aug 2012"],
    ], [
        ["Hochschule des Bundes für öffentliche Verwaltung", "2012", "2015", "",
         "Diplom-Verwaltungswirt (FH), Kriminalvollzugsdienst", ""],
        ["Anna University", "2006", "2010", "",
         "Bachelor of Engineering - BE, Computer Science", ""],
    ], [
        ["English", "Native or bilingual proficiency"],
        ["Malayalam", "Native or bilingual proficiency"],
        ["German", "Full professional proficiency"],
        ["Hindi", "Elementary proficiency"],
    ], certs=[["Goethe-Zertifikat C1", "", "Goethe-Institut", "Jun 2012", "", ""],
              ["GIAC Reverse Engineering Malware (GREM)", "", "GIAC", "2018", "", ""]],
        skills=["Digital Forensics", "Malware Analysis", "Python"])
    write_expected(name, "linkedin", [], [
        X("Kriminalhauptkommissar – Cybercrime", "Bundeskriminalamt (BKA)", "DE",
          "2019-03", None, True, None, ["NL", "FR"],
          note="JIT with Dutch and French police -> [NL, FR]; Europol meetings in The Hague add nothing"),
        X("Guest Lecturer", "Hochschule des Bundes für öffentliche Verwaltung", "DE",
          "2021-10", "2023-07", False, 0.2, [],
          note="title written 'Guest Lecturer (20%)' -> 0.2; overlaps the BKA post"),
        X("Kriminalkommissar", "Bundeskriminalamt (BKA)", None, "2015", "2019-02",
          False, None, [], note="Location 'Wiesbaden' alone -> null"),
        X("Software Engineer", "Infosys", "IN", "2010-07", "2012-08", False, None, [],
          note="'European bank client' is a region -> nothing"),
    ], [
        Ed("Kriminalvollzugsdienst", None, True, "2012", "2015",
           note="German 'Diplom (FH)': level unclear -> null (round-4 rule)"),
        Ed("Computer Science", 6, True, "2006", "2010"),
    ], [
        L("en", None, True),
        L("ml", None, True),
        L("de", "C1", note="Goethe-Zertifikat C1 in Certifications.csv -> C1"),
        L("hi", None, note="'Elementary proficiency' is not CEFR"),
    ], notes=["Positions listed out of chronological order on purpose (LinkedIn order kept).",
              "No nationality in LinkedIn exports -> []."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_rocha_vieira():
    name = "jsonresume13_rocha_vieira"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Ana Paula Rocha Vieira", "label": "Delegada de Polícia Federal",
            "email": "ana.rocha@example.com.br", "phone": "+55 61 2019-2020",
            "summary": "Brazilian and Italian national. Federal police delegate "
                       "specialised in arms and drug trafficking on the western border.",
            "location": {"city": "Brasília", "countryCode": "BR"}},
        "work": [
            {"name": "Polícia Federal", "position": "Federal Police Delegate",
             "location": "Brasília, Brazil", "startDate": "2016-05",
             "summary": "Joint operations with Paraguay and Bolivia against arms "
                        "trafficking. Attended the INTERPOL General Assembly in Vienna, "
                        "Austria (2023).",
             "highlights": ["Operation Fronteira Segura (2021)"]},
            {"name": "Ministério Público do Estado de São Paulo",
             "position": "Legal Analyst", "location": "São Paulo",
             "startDate": "2012", "endDate": "2016"}],
        "education": [
            {"institution": "Università di Bologna", "area": "International Criminal Law",
             "studyType": "PhD", "startDate": "2024-10", "endDate": "2028-09"},
            {"institution": "Universidade de Brasília", "area": "Criminal Sciences",
             "studyType": "Especialização (lato sensu)", "endDate": "2018"},
            {"institution": "Universidade de São Paulo", "area": "Law",
             "studyType": "Bachelor", "startDate": "2007", "endDate": "2011"}],
        "languages": [
            {"language": "Portuguese", "fluency": "Native speaker"},
            {"language": "Italian", "fluency": "C1"},
            {"language": "English", "fluency": "Fluent (TOEFL iBT 100)"},
            {"language": "Spanish", "fluency": "B2-C1"}],
        "publications": [
            {"name": "Armas na fronteira: rotas do Paraguai",
             "publisher": "Revista Brasileira de Ciências Policiais",
             "releaseDate": "2019"}],
    })
    write_expected(name, "jsonresume", ["BR", "IT"], [
        X("Federal Police Delegate", "Polícia Federal", "BR", "2016-05", None, True,
          None, ["PY", "BO"],
          note="no endDate -> ongoing. Vienna, Austria = assembly attended -> no AT"),
        X("Legal Analyst", "Ministério Público do Estado de São Paulo", None,
          "2012", "2016", False, None, [], note="'São Paulo' alone -> null"),
    ], [
        Ed("International Criminal Law", 8, False, "2024-10", "2028-09",
           note="end in the future -> not completed"),
        Ed("Criminal Sciences", None, True, None, "2018",
           note="especialização lato sensu: level unclear -> null"),
        Ed("Law", 6, True, "2007", "2011"),
    ], [
        L("pt", None, True),
        L("it", "C1"),
        L("en", "C1", note="'Fluent' alone would be null; TOEFL iBT 100 -> C1"),
        L("es", "B2", note="'B2-C1' -> B2"),
    ], notes=["Nationality from summary 'Brazilian and Italian national' -> [BR, IT].",
              "Publication releaseDate 2019 and the highlight '(2021)' give nothing.",
              "Phone +55 61 2019-2020 is not a date."])


@cv
def jsonresume14_el_idrissi():
    name = "jsonresume14_el_idrissi"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Hamza El Idrissi", "label": "Intelligence Analyst",
            "email": "hamza.elidrissi@example.ca", "phone": "+1 514 201 2019",
            "summary": "Canadian citizen. Criminal intelligence analyst with police "
                       "experience in Morocco and Canada.",
            "location": {"city": "Ottawa", "region": "ON", "countryCode": "CA"}},
        "work": [
            {"name": "Royal Canadian Mounted Police (RCMP)",
             "position": "Intelligence Analyst", "location": "Ottawa, ON",
             "startDate": "2021-03",
             "summary": "Worked with Moroccan and Spanish liaison officers on maritime "
                        "cocaine routes."},
            {"name": "Sûreté du Québec", "position": "Analyste",
             "location": "Montréal, Québec, Canada", "startDate": "2017",
             "endDate": "2021-02"},
            {"name": "Direction Générale de la Sûreté Nationale",
             "position": "Police Officer", "location": "Casablanca, Morocco",
             "startDate": "2010-09-01", "endDate": "2015-06-30",
             "summary": "Judicial police brigade; drug-trafficking investigations."}],
        "education": [
            {"institution": "Université de Montréal", "area": "Criminology",
             "studyType": "Master (M.Sc.)", "startDate": "2015-09",
             "endDate": "2017-05"},
            {"institution": "Université Hassan II de Casablanca", "area": "Public Law",
             "studyType": "Licence", "startDate": "2006", "endDate": "2009"}],
        "languages": [
            {"language": "Arabic", "fluency": "Native speaker"},
            {"language": "Tamazight", "fluency": "Native speaker"},
            {"language": "French", "fluency": "C2"},
            {"language": "English", "fluency": "Advanced (IELTS Academic 7.5)"}],
    })
    write_expected(name, "jsonresume", ["CA"], [
        X("Intelligence Analyst", "Royal Canadian Mounted Police (RCMP)", None,
          "2021-03", None, True, None, ["MA", "ES"],
          note="'Ottawa, ON': province abbreviation, no country written -> null\n"
               "(basics countryCode CA is residence, not the post's country)"),
        X("Analyste", "Sûreté du Québec", "CA", "2017", "2021-02", False, None, []),
        X("Police Officer", "Direction Générale de la Sûreté Nationale", "MA",
          "2010-09-01", "2015-06-30", False, None, [],
          note="full dates kept; gap 2015-07..2016 covered by studies"),
    ], [
        Ed("Criminology", 7, True, "2015-09", "2017-05"),
        Ed("Public Law", 6, True, "2006", "2009"),
    ], [
        L("ar", None, True),
        L(None, None, True, note="Tamazight (Berber) has no ISO 639-1 code -> code null"),
        L("fr", "C2"),
        L("en", "C1", note="IELTS 7.5 -> C1 (round-4 mapping 7.0-8.0)"),
    ], notes=["Nationality from summary 'Canadian citizen' -> [CA].",
              "Phone +1 514 201 2019 is not a date."])
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
