#!/usr/bin/env python3
"""Generate the round-10 blind CV evaluation set (14 fictional people).

Written on 2026-12-02 (labels dated 2026-12-01) BLIND to the matcher code.
The rendering helpers (mini markup -> PDF/DOCX/text, Europass XML, LinkedIn
zip, JSON Resume, the expected-YAML writer and the --check typo guard) are
reused from make_cvs_example.py; every person, every CV text and every
expected fact below is new and was written by hand following CONVENTIONS.md
(including "Additional rules (round 10)"). --check only verifies that files
open and that the hand-written titles/employers occur in the rendered
document (typo guard); it never changes a label.

Run:  .venv/bin/python make_cvs.py --all
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
# THE CVs
# ==========================================================================
# THE CVs
# ==========================================================================
CVS = []


def cv(fn):
    CVS.append(fn)
    return fn

def render_raw(path, text):
    Path(path).write_text(text.strip("\n") + "\n", encoding="utf-8")


# ----------------------------------------------------------------- PDF ----

@cv
def pdf01_sidebar_fr_vandenbroeck():
    name = "pdf01_sidebar_fr_vandenbroeck"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Sophie Vandenbroeck
@ Commissaire de police – criminalité financière
## Coordonnées
Rue de la Loi 155, 1040 Etterbeek
+32 478 20 19 17
s.vandenbroeck@example.be
## État civil
Nationalité : belge
Née le 14/02/1984 à Namur
## Langues
- Français : langue maternelle
- Néerlandais : B2/C1 (brevet linguistique Selor)
- Anglais : C1
- Allemand : notions
## Compétences
- Enquêtes patrimoniales
- Analyse de flux financiers
- Commissions rogatoires
---main
## Parcours professionnel
### Police fédérale — Bruxelles (BE)
**Commissaire, Office central de lutte contre la délinquance économique et financière organisée (OCDEFO)** · janv. 2020 – aujourd'hui · 4/5 temps
- Enquêtes de blanchiment menées avec le parquet fédéral et les autorités judiciaires luxembourgeoises et suisses.
- Participation au séminaire Europol sur les cryptoactifs à La Haye (Pays-Bas), 2023.
### Police fédérale — Service judiciaire d'arrondissement de Namur
**Inspectrice principale de police** · 09/2013 – 12/2019
- Fraudes à la TVA de type carrousel impliquant des sociétés écrans bulgares.
- Exécution de commissions rogatoires internationales adressées par des juges d'instruction français.
### Zone de police Namur Capitale
**Inspectrice de police (intervention)** · 2008 – 2013
- Premiers devoirs d'enquête, accueil des victimes.
### Office des Nations Unies contre la drogue et le crime (ONUDC) — Vienne, Autriche
**Stagiaire, Section de la lutte contre le blanchiment** · mars – juil. 2007
- Veille documentaire sur les cellules de renseignement financier.
## Formation
**Brevet d'officier de police** – Académie nationale de police, 2019
**Master en criminologie** – UCLouvain, Louvain-la-Neuve · 2005 – 2007
**Bachelier en droit** – Université de Namur · 2002 – 2005
## Formations continues
- CEPOL « Financial investigations », Budapest (Hongrie), 2021
- Certificat ACAMS, 2018
""", style="sidebar", font="DVSans", accent="#5B2C6F", title="CV Sophie Vandenbroeck")
    write_expected(name, "pdf", ["BE"], [
        X("Commissaire, Office central de lutte contre la délinquance économique et financière organisée (OCDEFO)",
          "Police fédérale", "BE", "2020-01", None, True, 0.8, ["LU", "CH"],
          note="heading 'Bruxelles (BE)' -> BE (round-7 rule); whole bold text is the title;\n"
               "'4/5 temps' -> 0.8 (round-10 rule); Luxembourg and Swiss judicial authorities -> [LU, CH];\n"
               "seminar attended in The Hague -> no NL"),
        X("Inspectrice principale de police",
          "Police fédérale — Service judiciaire d'arrondissement de Namur", None, "2013-09",
          "2019-12", False, None, ["FR"],
          note="employer = the whole heading as written (Namur is part of the unit name, not a location line);\n"
               "heading gives no location; Bulgarian shell companies = subject -> nothing;\n"
               "requests from French investigating judges -> FR (counterpart authorities)"),
        X("Inspectrice de police (intervention)", "Zone de police Namur Capitale", None, "2008",
          "2013", False, None, []),
        X("Stagiaire, Section de la lutte contre le blanchiment",
          "Office des Nations Unies contre la drogue et le crime (ONUDC)", "AT", "2007-03",
          "2007-07", False, None, [],
          note="'Vienne, Autriche' -> AT; 'mars – juil. 2007' -> month start takes end's year; internship = entry"),
    ], [
        Ed(None, None, True, None, "2019",
           note="police-school 'brevet d'officier' -> null; no subject; single year = graduation"),
        Ed("criminologie", 7, True, "2005", "2007"),
        Ed("droit", 6, True, "2002", "2005", note="Belgian bachelier -> 6 (round-5 rule)"),
    ], [
        L("fr", None, True),
        L("nl", "B2", note="'B2/C1' -> lower bound B2 (round-4 rule)"),
        L("en", "C1"),
        L("de", None, note="'notions' -> null"),
    ], notes=["'Nationalité : belge' -> [BE]; birth date/place give nothing.",
              "Formations continues (CEPOL Budapest, ACAMS) -> nothing.",
              "Two-column sidebar layout (sidebar = contact, civil status, languages)."])


@cv
def pdf02_table_en_rossi():
    name = "pdf02_table_en_rossi"
    render_pdf(OUT / f"{name}.pdf", """
# Giulia Rossi
@ Lieutenant Colonel, Guardia di Finanza – economic and financial police
Nationality: Italian · Date of birth: 03.11.1982 · Via Nazionale 201, 00184 Roma · +39 347 201 2015
## Professional experience
|! Dates | Role and main activities | Organisation / place |
| from 01.03.2027 | **Seconded National Expert** (selected, not yet in post) // Investigations unit, customs fraud. | European Anti-Fraud Office (OLAF) // Brussels, Belgium |
| 01.09.2021 – today | **Liaison Officer, Italian Desk** // Coordination of cases with the Albanian State Police and the Hellenic Police; EMPACT cannabis priority. | Europol // The Hague, Netherlands |
| 15.09.2016 – 31.08.2021 | **Company Commander (Comandante di Compagnia)** // Investigations into excise fraud on fuels imported from Slovenia. | Guardia di Finanza // Trieste |
| 09.2012 – 09.2016 | **Head of Section, Anti-Money Laundering Unit** // Suspicious transaction reports; asset-tracing requests to the Spanish and Maltese financial intelligence units. | Guardia di Finanza – Special Currency Police Unit // Rome, Italy |
| 2010 – 2012 | **Platoon Commander** // Border and port controls. | Guardia di Finanza // Bari |
## Education
|! Years | Qualification | Institution |
| 2008 – 2010 | Laurea magistrale in Scienze della sicurezza economico-finanziaria | Università di Roma Tor Vergata / Guardia di Finanza Academy |
| 2005 – 2008 | Laurea triennale in Economia e Commercio | Università di Bari Aldo Moro |
| 2001 | Diploma di maturità classica | Liceo Torquato Tasso, Roma |
## Languages
|! Language | Level |
| Italian | mother tongue |
| English | C1 – IELTS Academic 7.5 (2020) |
| French | B2 (understanding), B1 (speaking, writing) |
| Albanian | basic |
## Other
| Courses | CEPOL exchange, Lisbon (Portugal), 2019; FATF assessor training, Paris, 2018 |
""", style="table", font="DVSerif", accent="#0B5345", title="CV Giulia Rossi")
    write_expected(name, "pdf", ["IT"], [
        X("Liaison Officer, Italian Desk", "Europol", "NL", "2021-09-01", None, True, None,
          ["AL", "GR"],
          note="OLAF row starts 01.03.2027 and is 'selected, not yet in post' -> future, no entry;\n"
               "dotted full dates day.month.year (round-10 rule); 'today' -> ongoing;\n"
               "whole bold text is the title; Albanian and Hellenic police -> [AL, GR]"),
        X("Company Commander (Comandante di Compagnia)", "Guardia di Finanza", None,
          "2016-09-15", "2021-08-31", False, None, [],
          note="title with its translation in brackets copied whole (round-10 rule); 'Trieste' alone -> null;\n"
               "Slovenia only as origin of goods -> nothing"),
        X("Head of Section, Anti-Money Laundering Unit",
          "Guardia di Finanza – Special Currency Police Unit", "IT", "2012-09", "2016-09", False,
          None, ["ES", "MT"], note="'09.2012' dotted month-year (round-6 rule); Spanish and Maltese FIUs -> [ES, MT]"),
        X("Platoon Commander", "Guardia di Finanza", None, "2010", "2012", False, None, []),
    ], [
        Ed("Scienze della sicurezza economico-finanziaria", 7, True, "2008", "2010",
           note="laurea magistrale -> 7 (round-10 rule)"),
        Ed("Economia e Commercio", 6, True, "2005", "2008", note="laurea triennale -> 6 (round-10 rule)"),
        Ed(None, 3, True, None, "2001",
           note="diploma di maturità -> 3 (round-10 rule); 'classica' is the type, not a subject (added during labelling)"),
    ], [
        L("it", None, True),
        L("en", "C1", note="written C1; IELTS 7.5 agrees"),
        L("fr", "B1", note="per-skill B2/B1/B1 -> lowest B1 (round-7 rule)"),
        L("sq", None, note="'basic' -> null"),
    ], notes=["'Nationality: Italian' -> [IT]; date of birth 03.11.1982 and phone are not experience dates.",
              "Table layout; the 'Other' row (CEPOL Lisbon, FATF Paris) -> nothing."])


@cv
def pdf03_en_brandt():
    name = "pdf03_en_brandt"
    render_pdf(OUT / f"{name}.pdf", """
# Dr. Jonas Brandt
@ Curriculum Vitae (in chronological order)
Nationality: German · born 1979 in Kassel · Wiesbaden · +49 611 201 2008 · j.brandt@example.de
## Career
### 10/2000 – 09/2003 · Hessische Polizei, Kassel
**Kommissaranwärter (Police Commissioner trainee)**
- Dual study and field training periods.
### 01.10.2003 – 31.03.2009 · Hessisches Landeskriminalamt, Wiesbaden
**Kriminalkommissar (Detective Inspector)**
- Drug investigations; surveillance operations.
### 04.2009 – 09.2009
Parental leave
### 10.2009 – 02.2015 · Bundeskriminalamt (BKA), Wiesbaden, Germany
**Kriminalhauptkommissar (Detective Chief Inspector)**, Organised Crime Division
- Joint investigation teams with the Czech and Polish police on synthetic drug production.
### 03.2015 – 08.2019 · Bundeskriminalamt (BKA), Warsaw, Poland
**Police Liaison Officer**
- Posted to the German Embassy in Warsaw; also accredited to Lithuania and Latvia.
- Attended the Baltic Sea Task Force conference in Tallinn, Estonia (2018).
### since 01.09.2019 · Bundeskriminalamt (BKA), Wiesbaden, Germany
**Referatsleiter (Head of Unit)**, Financial Investigations · 80 % (Teilzeit)
- Asset-recovery cooperation with the Swiss Federal Office of Police (fedpol).
## Education
**1999** – Abitur, Friedrichsgymnasium Kassel
**2000 – 2003** – Diplom-Verwaltungswirt (FH), Polizeivollzugsdienst – Hessische Hochschule für Polizei und Verwaltung
**2007 – 2009** – Master of Arts, Public Administration – Police Management – Deutsche Hochschule der Polizei, Münster (part-time)
**2011 – 2016** – Dr. rer. pol. (doctorate), Political Science – Universität Kassel
## Languages
German – native · English – C1 (Cambridge C1 Advanced) · Polish – B1+ · Russian – basic knowledge (Grundkenntnisse)
## Further training
- CEPOL exchange programme, Madrid, 2012
- Leadership seminar, Deutsche Hochschule der Polizei, 2020
""", style="classic", font="DVSans", accent="#7B241C", title="CV Jonas Brandt")
    write_expected(name, "pdf", ["DE"], [
        X("Kommissaranwärter (Police Commissioner trainee)", "Hessische Polizei", None,
          "2000-10", "2003-09", False, None, [],
          note="CV is oldest-first: order kept (round-10 rule); 'Kassel' alone -> null"),
        X("Kriminalkommissar (Detective Inspector)", "Hessisches Landeskriminalamt", None,
          "2003-10-01", "2009-03-31", False, None, [],
          note="dotted full dates day.month.year (round-10 rule); title with translation copied whole"),
        X("Kriminalhauptkommissar (Detective Chief Inspector)", "Bundeskriminalamt (BKA)", "DE",
          "2009-10", "2015-02", False, None, ["CZ", "PL"],
          note="parental leave 04.2009 – 09.2009 -> no entry; bold title then unit -> bold title;\n"
               "JITs with Czech and Polish police -> [CZ, PL]"),
        X("Police Liaison Officer", "Bundeskriminalamt (BKA)", "PL", "2015-03", "2019-08", False,
          None, ["LT", "LV"],
          note="'Warsaw, Poland' -> PL; accredited to Lithuania and Latvia -> [LT, LV];\n"
               "conference attended in Tallinn -> no EE"),
        X("Referatsleiter (Head of Unit)", "Bundeskriminalamt (BKA)", "DE", "2019-09-01", None,
          True, 0.8, ["CH"],
          note="'since 01.09.2019' -> full date, ongoing; '80 % (Teilzeit)' -> 0.8; Swiss fedpol -> CH"),
    ], [
        Ed(None, 3, True, None, "1999", note="Abitur -> 3 (round-10 rule); oldest-first order kept"),
        Ed("Polizeivollzugsdienst", None, True, "2000", "2003", note="Diplom (FH) -> null"),
        Ed("Public Administration – Police Management", 7, True, "2007", "2009"),
        Ed("Political Science", 8, True, "2011", "2016", note="Dr. rer. pol. (doctorate) -> 8"),
    ], [
        L("de", None, True),
        L("en", "C1", note="written C1; Cambridge C1 Advanced agrees"),
        L("pl", "B1", note="'B1+' -> B1 (round-4 rule)"),
        L("ru", None, note="'basic knowledge' -> null"),
    ], notes=["'Nationality: German' -> [DE]; born in Kassel gives nothing; phone is not a date.",
              "Further training (Madrid, DHPol seminar) -> nothing."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_kouassi():
    name = "docx04_fr_kouassi"
    render_docx(OUT / f"{name}.docx", """
# KOUASSI Aya Mireille
@ Commissaire principal de police — INTERPOL BCN Abidjan
Nationalité : ivoirienne | Née le 21/07/1983 | Cocody, Abidjan | +225 07 07 20 19 88
## EXPÉRIENCES PROFESSIONNELLES
### Bureau central national (BCN) INTERPOL d'Abidjan, Abidjan (Côte d'Ivoire)
**Chef adjoint du BCN** — De janvier 2018 à ce jour
- Coordination des demandes de coopération avec les BCN d'Accra et de Ouagadougou.
- Missions de formation des points focaux animées à Bamako (Mali).
### Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (MINUSMA), Gao (Mali)
**Officier de police des Nations unies (UNPOL)** — du 15/10/2015 au 14/10/2016
- Patrouilles conjointes et mentorat ; échanges avec la police nigérienne sur les flux transfrontaliers.
### Police nationale de Côte d'Ivoire
**Commissaire, Sous-direction de la lutte contre la drogue** — Février 2012 – Décembre 2017 — Abidjan
- Saisies de cocaïne en provenance du Brésil.
**Officier de police, Commissariat du 3e arrondissement** — 2008 – 2012 — Adjamé
### Préfecture de police d'Abidjan
**Stagiaire officier de police** — 6 mois, 2007
## FORMATION
- 2010 – 2011 : DESS Criminologie, Université Félix Houphouët-Boigny
- 2005 – 2007 : Diplôme d'officier de police, École nationale de police (ENP)
- 2004 : Maîtrise en droit privé, Université de Cocody
- 2000 : Baccalauréat série A2, Lycée moderne de Bouaké
## LANGUES
- Français : langue de travail (C2)
- Baoulé : langue maternelle
- Dioula : courant
- Anglais : TOEIC 785 (2019)
## CENTRES D'INTÉRÊT
Lecture, athlétisme, bénévolat associatif à Yamoussoukro (2014 – 2016)
""", font="Cambria", title="CV Aya Kouassi")
    write_expected(name, "docx", ["CI"], [
        X("Chef adjoint du BCN", "Bureau central national (BCN) INTERPOL d'Abidjan", "CI",
          "2018-01", None, True, None, ["GH", "BF", "ML"],
          note="'Abidjan (Côte d'Ivoire)' -> CI; 'à ce jour' -> ongoing;\n"
               "NCBs named by city Accra / Ouagadougou -> [GH, BF] (round-5 rule); training delivered in Bamako (Mali) -> ML"),
        X("Officier de police des Nations unies (UNPOL)",
          "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (MINUSMA)",
          "ML", "2015-10-15", "2016-10-14", False, None, ["NE"],
          note="French CV jj/mm (round-9 rule); 'Gao (Mali)' -> ML; Nigerien police counterpart -> NE;\n"
               "overlaps the Commissaire post (secondment)"),
        X("Commissaire, Sous-direction de la lutte contre la drogue", "Police nationale de Côte d'Ivoire",
          None, "2012-02", "2017-12", False, None, [],
          note="country only in the employer name, 'Abidjan' alone -> null (round-6 rule); Brazil = origin of goods -> nothing"),
        X("Officier de police, Commissariat du 3e arrondissement", "Police nationale de Côte d'Ivoire",
          None, "2008", "2012", False, None, []),
        X("Stagiaire officier de police", "Préfecture de police d'Abidjan", None, "2007", "2007",
          False, None, [], note="'6 mois, 2007' -> 2007/2007 (round-9 rule); internship = entry"),
    ], [
        Ed("Criminologie", 7, True, "2010", "2011", note="DESS -> 7 (round-5 rule)"),
        Ed(None, None, True, "2005", "2007", note="police-school diploma -> null; no subject"),
        Ed("droit privé", None, True, None, "2004", note="pre-LMD maîtrise -> null"),
        Ed(None, 3, True, None, "2000", note="baccalauréat -> 3; série A2 is not a field"),
    ], [
        L("fr", "C2", False, note="'langue de travail (C2)' -> C2, not mother tongue"),
        L(None, None, True, note="Baoulé has no ISO 639-1 code; langue maternelle"),
        L(None, None, False, note="Dioula (Dyula) has no ISO 639-1 code (round-10 rule); 'courant' -> null"),
        L("en", None, note="TOEIC score only -> null"),
    ], notes=["'Nationalité : ivoirienne' -> [CI]; birth date, phone give nothing.",
              "Centres d'intérêt (bénévolat 2014 – 2016, no title/organisation) -> nothing."])


@cv
def docx05_en_kamau():
    name = "docx05_en_kamau"
    render_docx(OUT / f"{name}.docx", """
# Grace Wanjiru Kamau
@ Curriculum Vitae
Nationality: Kenyan | P.O. Box 30083-00100, Nairobi | +254 722 201 518 | ID No. 22019873
## Career Summary
Senior police officer with seventeen years of service in criminal investigations, specialising in trafficking in persons and child protection.
## Professional Experience
**Senior Superintendent of Police, Anti-Human Trafficking and Child Protection Unit**
Directorate of Criminal Investigations (DCI), Nairobi, Kenya | Sept 2019 – date
- Joint operations with the Uganda Police Force and the Tanzania Police Force.
- Presented at the UNODC regional conference in Pretoria, South Africa (2022).
**Seconded Officer**
AFRIPOL Secretariat (African Union), Algiers, Algeria | Feb 2017 – Aug 2019
- Liaison with the national police services of Ethiopia and Somalia.
**Chief Inspector**
Directorate of Criminal Investigations (DCI), Mombasa | 2014 – Jan 2017
**Inspector**
Kenya Police Service, Kisumu | Jul '09 – Dec '13
**Research Assistant (part-time, 50%)**
University of Nairobi, Institute for Development Studies | 2007 – 2008
## Education and Qualifications
- MA Criminology and Criminal Justice, University of Nairobi | 2024 – expected July 2027
- Postgraduate Diploma in Law, Kenya School of Law | 2008
- Bachelor of Laws (LLB) (Hons), University of Nairobi | 2003 – 2007
## Languages
Kikuyu (mother tongue); Kiswahili (fluent); English (C2 – IELTS Academic 8.5, 2018); French (DELF A2, 2021)
## Referees
Available on request.
""", font="Arial", title="CV Grace Kamau")
    write_expected(name, "docx", ["KE"], [
        X("Senior Superintendent of Police, Anti-Human Trafficking and Child Protection Unit",
          "Directorate of Criminal Investigations (DCI)", "KE", "2019-09", None, True, None,
          ["UG", "TZ"],
          note="whole bold line is the title; '– date' -> ongoing (round-10 rule);\n"
               "Uganda and Tanzania police forces -> [UG, TZ]; conference in Pretoria attended -> no ZA"),
        X("Seconded Officer", "AFRIPOL Secretariat (African Union)", "DZ", "2017-02", "2019-08",
          False, None, ["ET", "SO"], note="'Algiers, Algeria' -> DZ"),
        X("Chief Inspector", "Directorate of Criminal Investigations (DCI)", None, "2014",
          "2017-01", False, None, [], note="'Mombasa' alone -> null; year start, month end kept"),
        X("Inspector", "Kenya Police Service", None, "2009-07", "2013-12", False, None, [],
          note="apostrophe years (round-5 rule)"),
        X("Research Assistant (part-time, 50%)", "University of Nairobi, Institute for Development Studies",
          None, "2007", "2008", False, 0.5, [], note="'50%' -> 0.5"),
    ], [
        Ed("Criminology and Criminal Justice", 7, False, "2024", "2027-07",
           note="'expected July 2027' -> not completed, end 2027-07"),
        Ed("Law", None, True, None, "2008", note="Postgraduate Diploma in Law (bar school) -> null (round-8 rule)"),
        Ed("Law", 6, True, "2003", "2007", note="LLB -> 6"),
    ], [
        L("ki", None, True),
        L("sw", None, note="'fluent' -> null"),
        L("en", "C2", note="written C2; IELTS 8.5 agrees"),
        L("fr", "A2", note="DELF A2 -> A2"),
    ], notes=["'Nationality: Kenyan' -> [KE]. P.O. box, phone and ID No. 22019873 are not dates.",
              "Career summary is not a position."])


@cv
def docx06_fr_tremblay():
    name = "docx06_fr_tremblay"
    render_docx(OUT / f"{name}.docx", """
# Marie-Ève Tremblay
@ Sergente-détective — enquêtes sur la corruption
Citoyenne canadienne · Longueuil (Québec) · 514 201-2017 · me.tremblay@example.ca
## Expérience de travail
### Sûreté du Québec — Montréal (Québec)
**Sergente-détective** — Service des enquêtes sur la corruption — 2019-04 à aujourd'hui
- Demandes d'entraide judiciaire avec le ministère de la Justice des États-Unis.
**Agente, Poste de la MRC de Vaudreuil-Soulanges** — 2012-06 à 2019-03
- Patrouille, enquêtes de premier niveau.
### Gendarmerie royale du Canada (GRC) — Ottawa (Ontario), Canada
**Analyste civile en renseignement criminel (affectation temporaire)** — 2016-09 à 2017-08
- Échanges d'information avec la Police nationale d'Haïti.
### Travailleuse autonome
**Traductrice anglais-français** — temps partiel, 3 jours par semaine — 2009 à 2012
## Formation
- Maîtrise en administration publique (M.A.P.), École nationale d'administration publique (ENAP), 2014 – 2018
- Baccalauréat en criminologie, Université de Montréal, 2009 – 2012
- Diplôme de l'École nationale de police du Québec, 2012
- DEC en techniques policières, Cégep de Trois-Rivières, 2006 – 2009
## Langues
- Français : langue maternelle
- Anglais : B2 (auto-évaluation)
- Espagnol : niveau intermédiaire
- Créole haïtien : notions
## Engagement communautaire
Entraîneuse bénévole de soccer, 2015 – 2019
""", font="Georgia", title="CV Marie-Eve Tremblay")
    write_expected(name, "docx", ["CA"], [
        X("Sergente-détective", "Sûreté du Québec", None, "2019-04", None, True, None, ["US"],
          note="'Montréal (Québec)' -> null (province rule); '2019-04 à aujourd'hui' -> ongoing;\n"
               "bold title then unit -> bold title; US Department of Justice -> US"),
        X("Agente, Poste de la MRC de Vaudreuil-Soulanges", "Sûreté du Québec", None, "2012-06",
          "2019-03", False, None, [], note="whole bold text is the title"),
        X("Analyste civile en renseignement criminel (affectation temporaire)",
          "Gendarmerie royale du Canada (GRC)", "CA", "2016-09", "2017-08", False, None, ["HT"],
          note="'Ottawa (Ontario), Canada' -> CA; Haitian National Police -> HT; overlaps the Agente post"),
        X("Traductrice anglais-français", "Travailleuse autonome", None, "2009", "2012", False,
          None, [], note="'Travailleuse autonome' = self-employed, employer as written (added during labelling);\n"
                         "'3 jours par semaine' -> part_time null (round-10 rule)"),
    ], [
        Ed("administration publique", 7, True, "2014", "2018", note="Québec maîtrise -> 7 (round-10 rule)"),
        Ed("criminologie", 6, True, "2009", "2012", note="Québec university baccalauréat -> 6 (round-6 rule)"),
        Ed(None, None, True, None, "2012", note="police-school diploma -> null; no subject"),
        Ed("techniques policières", None, True, "2006", "2009", note="DEC -> null (round-6 rule)"),
    ], [
        L("fr", None, True),
        L("en", "B2", note="'B2 (auto-évaluation)' -> B2 (round-8 rule)"),
        L("es", None),
        L("ht", None, note="'notions' -> null"),
    ], notes=["'Citoyenne canadienne' -> [CA]. Phone 514 201-2017 is not a date.",
              "Engagement communautaire (volunteer coach, no organisation) -> nothing."])


# ---------------------------------------------------------------- text ----

@cv
def txt07_en_villanueva():
    name = "txt07_en_villanueva"
    render_raw(OUT / f"{name}.txt", """
MARIA TERESA L. VILLANUEVA
Police Lieutenant Colonel | Transnational Crime
Quezon City, Metro Manila, Philippines
Mobile: +63 917 201 2014    Email: mt.villanueva@example.ph
Citizenship: Filipino

OBJECTIVE
To apply my experience in transnational crime investigation to a regional or
international law-enforcement organization.

WORK EXPERIENCE

June 2021 - Present
Programme Officer (P-3), Counter-Terrorism
ASEANAPOL Secretariat, Kuala Lumpur, Malaysia
  - Coordinates information exchange with the Royal Thai Police and the
    Indonesian National Police.
  - Delivered training for the Royal Brunei Police Force in Bandar Seri Begawan.

03/15/2016 - 05/31/2021
Chief, Investigation Section
Philippine Center on Transnational Crime (PCTC), Manila
  - Handled INTERPOL diffusion requests with the Australian Federal Police.

04/01/2012 - 02/10/2016
Police Major
Philippine National Police (PNP), Anti-Cybercrime Group, Quezon City
  - Online sexual exploitation of children cases involving offenders from
    the United Kingdom and Canada.

2009 - 2012
Police Lieutenant
Philippine National Police (PNP), Davao City

Summer 2008
Intern
Commission on Human Rights of the Philippines, Quezon City

EDUCATION

Master in Public Administration (MPA)
University of the Philippines Diliman, 2013-2015

Bachelor of Science in Public Safety
Philippine National Police Academy, Class of 2009

BS Criminology
University of Santo Tomas, 2004-2008

LANGUAGES
Filipino (Tagalog) - native
Cebuano - conversational
English - C1 (TOEFL iBT 104, 2019)
Bahasa Malaysia - basic

TRAININGS AND SEMINARS
Regional Cybercrime Workshop, Seoul, Korea, 2017
INTERPOL Counter-Terrorism Course, Singapore, 2022

REFERENCES
Available upon request.
""")
    write_expected(name, "text", ["PH"], [
        X("Programme Officer (P-3), Counter-Terrorism", "ASEANAPOL Secretariat", "MY", "2021-06",
          None, True, None, ["TH", "ID", "BN"],
          note="'Kuala Lumpur, Malaysia' -> MY; Thai and Indonesian police -> [TH, ID];\n"
               "training delivered to the Royal Brunei Police Force -> BN"),
        X("Chief, Investigation Section", "Philippine Center on Transnational Crime (PCTC)", None,
          "2016-03-15", "2021-05-31", False, None, ["AU"],
          note="'03/15/2016': second part > 12 -> month/day; 'Manila' alone -> null; AFP -> AU"),
        X("Police Major", "Philippine National Police (PNP), Anti-Cybercrime Group", None,
          "2012-04-01", "2016-02-10", False, None, [],
          note="'04/01/2012' ambiguous alone, but the document writes 03/15/2016 -> month/day (round-8 rule);\n"
               "employer line 'Organisation, Unit, City' (round-9 rule); UK/Canada only as offenders' origin -> nothing"),
        X("Police Lieutenant", "Philippine National Police (PNP)", None, "2009", "2012", False,
          None, []),
        X("Intern", "Commission on Human Rights of the Philippines", None, "2008", "2008", False,
          None, [], note="'Summer 2008' -> 2008/2008 (round-9 rule)"),
    ], [
        Ed("Public Administration", 7, True, "2013", "2015"),
        Ed("Public Safety", 6, True, None, "2009", note="'Class of 2009' = graduation year"),
        Ed("Criminology", 6, True, "2004", "2008", note="BS -> 6"),
    ], [
        L("tl", None, True, note="Filipino (Tagalog) -> tl"),
        L(None, None, False, note="Cebuano has no ISO 639-1 code (round-10 rule); 'conversational' -> null"),
        L("en", "C1", note="written C1; TOEFL iBT 104 agrees"),
        L("ms", None, note="Bahasa Malaysia -> ms (round-10 rule); 'basic' -> null"),
    ], notes=["'Citizenship: Filipino' -> [PH]; address 'Philippines' gives nothing by itself.",
              "Trainings and seminars (Seoul, Singapore) -> nothing. Phone is not a date."])


@cv
def txt08_fr_trabelsi():
    name = "txt08_fr_trabelsi"
    render_raw(OUT / f"{name}.txt", """
                         CURRICULUM VITAE

Nom ................ TRABELSI
Prénom ............. Mehdi
Nationalité ........ tunisienne
Adresse ............ 12, rue de Marseille, 1000 Tunis
Tél. ............... +216 98 201 216
Situation .......... marié, deux enfants

=====================================================================
EXPÉRIENCE PROFESSIONNELLE
=====================================================================

Période   : à compter du 01/03/2027 (nomination notifiée)
Poste     : Expert national détaché
Employeur : Frontex, Varsovie (Pologne)

Période   : depuis le 1er février 2021
Poste     : Commandant, chef de la Direction de la sécurité maritime
Employeur : Garde nationale tunisienne, Sfax
Missions  : coordination des opérations de recherche et de sauvetage avec
            les garde-côtes italiens et maltais ; échanges avec les
            autorités libyennes.

Période   : du 01/09/2013 au 31/01/2021
Poste     : Capitaine, commandant de la brigade maritime
Employeur : Garde nationale tunisienne, Zarzis (Tunisie)
Missions  : patrouilles conjointes avec les garde-côtes libyens ; mission
            d'expertise de deux semaines en 2019 : formation dispensée aux
            garde-côtes mauritaniens à Nouadhibou (Mauritanie).

Période   : mars 2011 – août 2013
Poste     : Lieutenant
Employeur : Garde nationale tunisienne, Tunis

=====================================================================
FORMATION
=====================================================================

2016 – 2018   Mastère professionnel en sécurité maritime – Université de Sfax
2009 – 2011   Diplôme d'officier – École nationale des officiers de la
              Garde nationale
2006 – 2009   Licence fondamentale en droit public – Faculté de droit de Sfax
Juin 2006     Baccalauréat, section Lettres – Lycée Habib Thameur, Sfax

=====================================================================
LANGUES
=====================================================================

Arabe ........ langue maternelle
Français ..... C1 (DALF C1, 2015)
Anglais ...... B2 à l'oral, B1 à l'écrit
Italien ...... quasi bilingue

=====================================================================
STAGES ET SÉMINAIRES
=====================================================================

Séminaire OTAN sur la sûreté maritime, Naples (Italie), 2017
""")
    write_expected(name, "text", ["TN"], [
        X("Commandant, chef de la Direction de la sécurité maritime", "Garde nationale tunisienne",
          None, "2021-02-01", None, True, None, ["IT", "MT", "LY"],
          note="Frontex post 'à compter du 01/03/2027' -> future, no entry (round-5 rule);\n"
               "'depuis le 1er février 2021' -> full date, ongoing (round-7 rule); 'Sfax' alone -> null;\n"
               "Italian and Maltese coast guards, Libyan authorities -> [IT, MT, LY]"),
        X("Capitaine, commandant de la brigade maritime", "Garde nationale tunisienne", "TN",
          "2013-09-01", "2021-01-31", False, None, ["LY", "MR"],
          note="'Zarzis (Tunisie)' -> TN; French jj/mm (round-9 rule);\n"
               "Libyan coast guard; training delivered in Mauritania (short mission inside the post) -> [LY, MR]"),
        X("Lieutenant", "Garde nationale tunisienne", None, "2011-03", "2013-08", False, None, []),
    ], [
        Ed("sécurité maritime", 7, True, "2016", "2018", note="Tunisian mastère -> 7 (round-5 rule)"),
        Ed(None, None, True, "2009", "2011", note="officer-school diploma -> null (round-9 added rule)"),
        Ed("droit public", 6, True, "2006", "2009", note="licence fondamentale -> 6 (round-7 rule)"),
        Ed(None, 3, True, None, "2006-06", note="baccalauréat -> 3; 'section Lettres' is a series, not a field"),
    ], [
        L("ar", None, True),
        L("fr", "C1", note="written C1; DALF C1 agrees"),
        L("en", "B1", note="per-skill B2 oral / B1 written -> lowest B1 (round-7 rule)"),
        L("it", None, False, note="'quasi bilingue' -> null, not mother tongue (round-10 rule)"),
    ], notes=["'Nationalité : tunisienne' -> [TN]. Phone and postcode give nothing.",
              "Séminaire OTAN in Naples (attended) -> nothing."])


# ------------------------------------------------------------ Europass ----

@cv
def europass09_fr_dubois():
    name = "europass09_fr_dubois"
    render_europass(OUT / f"{name}.xml", "fr", {
        "created": "2026-10-14T09:20:11.000Z", "first": "Camille", "last": "Dubois-Meier",
        "street": "Rue de Carouge 48", "postal": "1205", "city": "Genève",
        "country": ("CH", "Suisse"), "email": "camille.dubois@example.ch",
        "phone": "+41 79 201 20 16", "birth": (1986, 5, 9), "gender": "F",
        "nationalities": [("FR", "française"), ("CH", "suisse")],
        "headline": "Spécialiste en coopération policière internationale"}, [
        {"from": (2022, 3), "current": True,
         "position": "Spécialiste en coopération policière internationale",
         "activities": "Gestion des échanges avec les attachés de police d'Italie et d'Allemagne "
                       "en poste à Berne ; participation au comité Schengen à Bruxelles.",
         "employer": "Office fédéral de la police (fedpol)", "city": "Berne",
         "country": ("CH", "Suisse"), "sector": ("O", "Administration publique")},
        {"from": (2016, 9, 1), "to": (2022, 2, 28), "position": "Inspectrice, Brigade financière",
         "activities": "Enquêtes de blanchiment en lien avec le Parquet national financier "
                       "(France).",
         "employer": "Police cantonale de Genève", "city": "Genève", "country": ("CH", "Suisse")},
        {"from": (2011,), "to": (2016,), "position": "Gendarme, Brigade de recherches",
         "activities": "Enquêtes judiciaires ; surveillance et filatures.",
         "employer": "Gendarmerie nationale", "city": "Annecy", "country": ("FR", "France")},
        {"from": (2010, 2), "to": (2010, 7), "position": "Stagiaire",
         "activities": "Stage de six mois, Section de la justice pénale.",
         "employer": "Office des Nations Unies contre la drogue et le crime (ONUDC)",
         "city": "Vienne", "country": ("AT", "Autriche")},
    ], [
        {"from": (2019,), "to": (2021,),
         "title": "CAS en lutte contre la criminalité économique",
         "org": "Haute École de gestion Arc", "city": "Neuchâtel", "country": ("CH", "Suisse"),
         "field": "Lutte contre la criminalité économique"},
        {"from": (2008,), "to": (2010,), "title": "Master en droit pénal et criminologie",
         "org": "Université de Lausanne", "city": "Lausanne", "country": ("CH", "Suisse"),
         "eqf": 7, "field": "Droit pénal et criminologie"},
        {"from": (2005,), "to": (2008,), "title": "Licence en droit",
         "org": "Université Savoie Mont Blanc", "city": "Chambéry", "country": ("FR", "France"),
         "eqf": 6, "field": "Droit"},
    ], [("fr", "français")], [
        {"code": "de", "label": "allemand", "grid": ["B2", "B2", "B1", "B1", "B1"]},
        {"code": "en", "label": "anglais", "grid": ["C1"] * 5,
         "certs": [("Cambridge C1 Advanced", "Cambridge Assessment English", 2014, "C1")]},
        {"code": "it", "label": "italien", "grid": ["A2", "A2", "A1", "A1", "A1"]},
    ])
    write_expected(name, "europass-xml", ["FR", "CH"], [
        X("Spécialiste en coopération policière internationale", "Office fédéral de la police (fedpol)",
          "CH", "2022-03", None, True, None, ["IT", "DE"],
          note="<Current>true -> ongoing; Italian and German police attachés -> [IT, DE];\n"
               "Schengen committee meeting attended in Brussels -> no BE"),
        X("Inspectrice, Brigade financière", "Police cantonale de Genève", "CH", "2016-09-01",
          "2022-02-28", False, None, ["FR"],
          note="Europass day-level dates kept; French national financial prosecutor as counterpart -> FR"),
        X("Gendarme, Brigade de recherches", "Gendarmerie nationale", "FR", "2011", "2016", False,
          None, []),
        X("Stagiaire", "Office des Nations Unies contre la drogue et le crime (ONUDC)", "AT",
          "2010-02", "2010-07", False, None, []),
    ], [
        Ed("Lutte contre la criminalité économique", None, True, "2019", "2021",
           note="Swiss CAS, no <Level> -> null (round-5 rule)"),
        Ed("Droit pénal et criminologie", 7, True, "2008", "2010", note="Master, EQF 7 -> 7"),
        Ed("Droit", 6, True, "2005", "2008", note="Licence, EQF 6 -> 6"),
    ], [
        L("fr", None, True),
        L("de", "B1", note="grid B2 B2 B1 B1 B1 -> lowest B1"),
        L("en", "C1", note="grid C1 x5; Cambridge C1 Advanced agrees"),
        L("it", "A1", note="grid A2 A2 A1 A1 A1 -> lowest A1"),
    ], notes=["Europass NationalityList FR, CH -> [FR, CH] in order written.",
              "Birthdate, postcode and phone give nothing."])


@cv
def europass10_en_popa():
    name = "europass10_en_popa"
    render_europass(OUT / f"{name}.xml", "en", {
        "created": "2026-09-03T14:02:47.000Z", "first": "Andrei", "last": "Popa",
        "street": "Strada Lipscani 20", "postal": "030031", "city": "Bucharest",
        "country": ("RO", "Romania"), "email": "andrei.popa@example.ro",
        "phone": "+40 721 201 2019", "birth": (1987, 12, 2), "gender": "M",
        "nationalities": [("RO", "Romanian"), ("MD", "Moldovan")],
        "headline": "Police liaison officer – organised crime"}, [
        {"from": (2020, 10), "current": True, "position": "Liaison Officer, Romanian Desk",
         "activities": "Operational cooperation with the police of the Republic of Moldova and "
                       "with the National Police of Ukraine on cigarette smuggling.",
         "employer": "Europol", "city": "The Hague", "country": ("NL", "Netherlands")},
        {"from": (2015, 3, 16), "to": (2020, 9, 30),
         "position": "Chief Commissioner, Directorate for Countering Organised Crime",
         "activities": "Joint investigation teams with Italy and Spain on trafficking in human "
                       "beings; speaker at a Europol conference in Lisbon (2019).",
         "employer": "Romanian Police (Poliția Română)", "city": "Bucharest",
         "country": ("RO", "Romania")},
        {"from": (2009,), "to": (2015, 2), "position": "Police Officer",
         "activities": "Criminal investigations department.",
         "employer": "Romanian Police (Poliția Română)", "city": "Iași"},
        {"from": (2008, 7), "to": (2008, 9), "position": "Summer intern",
         "activities": "Legal department.", "employer": "Ministry of Internal Affairs",
         "city": "Chișinău", "country": ("MD", "Moldova")},
    ], [
        {"from": (2018,), "current": True, "title": "Doctoral studies in Law (PhD candidate)",
         "org": "University of Bucharest", "city": "Bucharest", "country": ("RO", "Romania"),
         "eqf": 8, "field": "Law"},
        {"from": (2012,), "to": (2014,), "title": "Diplomă de master – Criminal Sciences",
         "org": "Alexandru Ioan Cuza University", "city": "Iași", "country": ("RO", "Romania"),
         "eqf": 7, "field": "Criminal Sciences"},
        {"from": (2005,), "to": (2009,), "title": "Diplomă de licență – Law",
         "org": "Alexandru Ioan Cuza University", "city": "Iași", "country": ("RO", "Romania"),
         "eqf": 6, "field": "Law"},
    ], [("ro", "Romanian")], [
        {"code": "en", "label": "English", "grid": ["C1", "C1", "C1", "C1", "B2"]},
        {"code": "fr", "label": "French", "grid": ["B1"] * 5,
         "certs": [("DELF B1", "France Éducation international", 2011, "B1")]},
        {"code": "ru", "label": "Russian", "grid": ["A2", "B1", "A2", "A2", "A1"]},
    ])
    write_expected(name, "europass-xml", ["RO", "MD"], [
        X("Liaison Officer, Romanian Desk", "Europol", "NL", "2020-10", None, True, None,
          ["MD", "UA"], note="<Current>true -> ongoing; Moldovan and Ukrainian police -> [MD, UA]"),
        X("Chief Commissioner, Directorate for Countering Organised Crime",
          "Romanian Police (Poliția Română)", "RO", "2015-03-16", "2020-09-30", False, None,
          ["IT", "ES"], note="JITs with Italy and Spain -> [IT, ES]; speaker at a conference in Lisbon -> no PT"),
        X("Police Officer", "Romanian Police (Poliția Română)", None, "2009", "2015-02", False,
          None, [], note="no Country element; 'Iași' alone -> null; year From, month To kept"),
        X("Summer intern", "Ministry of Internal Affairs", "MD", "2008-07", "2008-09", False, None,
          []),
    ], [
        Ed("Law", 8, False, "2018", None, note="EQF 8, <Current>true -> not completed (round-9 rule)"),
        Ed("Criminal Sciences", 7, True, "2012", "2014", note="Diplomă de master, EQF 7 -> 7"),
        Ed("Law", 6, True, "2005", "2009", note="Diplomă de licență, EQF 6 -> 6"),
    ], [
        L("ro", None, True),
        L("en", "B2", note="grid C1 C1 C1 C1 B2 -> lowest B2"),
        L("fr", "B1", note="grid B1 x5; DELF B1 agrees"),
        L("ru", "A1", note="grid A2 B1 A2 A2 A1 -> lowest A1"),
    ], notes=["Europass NationalityList RO, MD -> [RO, MD]. Postcode 030031 and phone give nothing."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_en_kelleher():
    name = "linkedin11_en_kelleher"
    render_linkedin(OUT / f"{name}.zip", {
        "First Name": "Siobhan", "Last Name": "Kelleher",
        "Headline": "Detective Superintendent at Australian Federal Police",
        "Summary": "Australian and Irish citizen. Twenty years in policing on two continents, "
                   "now leading international police cooperation in the Pacific.",
        "Industry": "Law Enforcement", "Zip Code": "2600",
        "Geo Location": "Canberra, Australian Capital Territory, Australia",
        "email": "siobhan.kelleher@example.com.au"}, [
        ["United Nations Office on Drugs and Crime", "Senior Law Enforcement Adviser",
         "Selected for a two-year assignment.", "Vienna, Austria", "Feb 2027", ""],
        ["Australian Federal Police", "Detective Superintendent, International Operations",
         "Leading the Pacific liaison network; capacity building for the Royal Solomon Islands "
         "Police Force and the Royal Papua New Guinea Constabulary.",
         "Canberra, Australian Capital Territory, Australia", "Jul 2021", ""],
        ["Australian Federal Police", "Police Liaison Officer",
         "Posted to the Australian Embassy; joint work with the Indonesian National Police "
         "(POLRI) and with counterparts in Timor-Leste.", "Jakarta, Indonesia", "Jan 2017",
         "Jun 2021"],
        ["NSW Police Force", "Detective Sergeant", "State Crime Command, Homicide Squad.",
         "Sydney, New South Wales", "Mar 2010", "Dec 2016"],
        ["An Garda Síochána", "Garda", "Community policing and public order.", "Cork, Ireland",
         "2004", "2009"],
    ], [
        ["Charles Sturt University", "2012", "2015", "",
         "Master of Policing, Intelligence and Counter Terrorism", ""],
        ["Australian Institute of Police Management", "2019", "2019", "",
         "Graduate Certificate in Applied Management", ""],
        ["University College Cork", "2000", "2003", "", "Bachelor of Arts (BA), Sociology and Psychology",
         "Students' Union"],
    ], [
        ["English", "Native or bilingual proficiency"],
        ["Irish", "Limited working proficiency"],
        ["Indonesian", "Professional working proficiency"],
        ["Tetum", "Elementary proficiency"],
    ], certs=[["Certificate IV in Training and Assessment", "", "TAFE NSW", "Aug 2013", "", ""]],
        skills=["International police cooperation", "Homicide investigation", "Capacity building"])
    write_expected(name, "linkedin", ["AU", "IE"], [
        X("Detective Superintendent, International Operations", "Australian Federal Police", "AU",
          "2021-07", None, True, None, ["SB", "PG"],
          note="UNODC row starts Feb 2027 -> future, no entry (round-5 rule);\n"
               "Location ends in 'Australia' -> AU; empty Finished On -> ongoing;\n"
               "Solomon Islands and PNG police -> [SB, PG]"),
        X("Police Liaison Officer", "Australian Federal Police", "ID", "2017-01", "2021-06", False,
          None, ["TL"], note="'Jakarta, Indonesia' -> ID (base, not repeated); Timor-Leste counterparts -> TL"),
        X("Detective Sergeant", "NSW Police Force", None, "2010-03", "2016-12", False, None, [],
          note="'Sydney, New South Wales' ends in a state -> null"),
        X("Garda", "An Garda Síochána", "IE", "2004", "2009", False, None, []),
    ], [
        Ed("Policing, Intelligence and Counter Terrorism", 7, True, "2012", "2015",
           note="Master of ... -> 7; the subject is the rest of the degree name"),
        Ed("Applied Management", None, True, "2019", "2019", note="graduate certificate -> null"),
        Ed("Sociology and Psychology", 6, True, "2000", "2003", note="BA -> 6; subject after the comma"),
    ], [
        L("en", None, True),
        L("ga", None),
        L("id", None, note="Indonesian -> id (round-10 rule); LinkedIn proficiency words -> null"),
        L(None, None, False, note="Tetum has no ISO 639-1 code; 'Elementary proficiency' -> null"),
    ], notes=["Profile Summary 'Australian and Irish citizen' -> [AU, IE] (round-10 rule).",
              "Zip code 2600 is not a date. Headline is not a position."])


@cv
def linkedin12_fr_barry():
    name = "linkedin12_fr_barry"
    render_linkedin(OUT / f"{name}.zip", {
        "First Name": "Mariama", "Last Name": "Barry",
        "Headline": "Chargée de programme, lutte contre la traite des personnes – OIM",
        "Summary": "Juriste spécialisée dans la protection des victimes de la traite en Afrique "
                   "de l'Ouest. Dix ans d'expérience auprès des institutions publiques et des "
                   "organisations internationales.",
        "Industry": "Affaires internationales", "Zip Code": "",
        "Geo Location": "Dakar, Sénégal", "email": "mariama.barry@example.org"}, [
        ["Organisation internationale pour les migrations (OIM)",
         "Chargée de programme – lutte contre la traite",
         "Appui aux autorités de Guinée-Bissau et de Gambie pour l'identification des victimes.",
         "Dakar, Sénégal", "Oct 2021", ""],
        ["Organisation internationale pour les migrations (OIM)", "Assistante de projet",
         "Coordination avec les autorités maliennes pour les retours volontaires. Poste à 80 % "
         "(temps partiel).", "Conakry, Guinée", "Jan 2018", "Sep 2021"],
        ["Ministère de la Justice de Guinée", "Juriste, Direction des affaires criminelles", "",
         "Conakry", "2015", "Dec 2017"],
        ["Avocats Sans Frontières", "Stagiaire juriste", "Recherche sur l'aide juridictionnelle.",
         "Bruxelles, Région de Bruxelles-Capitale, Belgique", "Mar 2014", "Aug 2014"],
    ], [
        ["Université Cheikh Anta Diop de Dakar", "2012", "2014", "",
         "Master, Droits de l'homme et action humanitaire", ""],
        ["Université Général Lansana Conté de Sonfonia", "2008", "2012", "", "Licence, Droit privé",
         "Club de débat"],
    ], [
        ["Français", "Capacité professionnelle complète"],
        ["Peul", "Bilingue ou langue maternelle"],
        ["Soussou", "Capacité professionnelle limitée"],
        ["Anglais", "Capacité professionnelle limitée"],
    ], certs=[["TOEFL iBT – score 88", "", "ETS", "Nov 2022", "", ""]],
        skills=["Traite des personnes", "Protection des victimes", "Droit pénal"])
    write_expected(name, "linkedin", [], [
        X("Chargée de programme – lutte contre la traite",
          "Organisation internationale pour les migrations (OIM)", "SN", "2021-10", None, True,
          None, ["GW", "GM"],
          note="Location ends in 'Sénégal' -> SN; empty Finished On -> ongoing;\n"
               "support to authorities of Guinea-Bissau and the Gambia -> [GW, GM]"),
        X("Assistante de projet", "Organisation internationale pour les migrations (OIM)", "GN",
          "2018-01", "2021-09", False, 0.8, ["ML"],
          note="'Conakry, Guinée' -> GN; '80 % (temps partiel)' -> 0.8; Malian authorities -> ML"),
        X("Juriste, Direction des affaires criminelles", "Ministère de la Justice de Guinée", None,
          "2015", "2017-12", False, None, [],
          note="'Conakry' alone -> null; country in the employer name only -> null (round-6 rule)"),
        X("Stagiaire juriste", "Avocats Sans Frontières", "BE", "2014-03", "2014-08", False, None, []),
    ], [
        Ed("Droits de l'homme et action humanitaire", 7, True, "2012", "2014"),
        Ed("Droit privé", 6, True, "2008", "2012"),
    ], [
        L("fr", None, note="'Capacité professionnelle complète' -> null (round-9 rule)"),
        L("ff", None, True, note="Peul -> ff; 'Bilingue ou langue maternelle' -> mother tongue"),
        L(None, None, False, note="Soussou (Susu) has no ISO 639-1 code (round-8 rule)"),
        L("en", "B2", note="TOEFL iBT 88 in Certifications.csv -> B2 (round-5 table)"),
    ], notes=["LinkedIn Summary gives no nationality statement -> []."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_en_almasri():
    name = "jsonresume13_en_almasri"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Rania Al-Masri", "label": "UN Police Officer – gender and child protection",
            "email": "rania.almasri@example.jo", "phone": "+962 79 201 2011",
            "summary": "Jordanian national; police officer in the Public Security Directorate "
                       "since 2011, currently deployed with UNMISS.",
            "location": {"city": "Amman", "countryCode": "JO"}},
        "work": [
            {"name": "United Nations Mission in South Sudan (UNMISS)",
             "position": "UN Police Officer – Gender Adviser", "location": "Juba, South Sudan",
             "startDate": "2022-01", "endDate": "Present",
             "summary": "Training delivered to the South Sudan National Police Service; liaison "
                        "with the Uganda Police Force on cross-border cases."},
            {"name": "Public Security Directorate", "position": "Major, Family Protection Department",
             "location": "Amman, Jordan", "startDate": "2016-03-01", "endDate": "2021-12-31",
             "summary": "Cooperation with the UK National Crime Agency on online child abuse cases."},
            {"name": "UN Women", "position": "Consultant (0.4 FTE)", "location": "Amman, Jordan",
             "startDate": "2019-06", "endDate": "2019-12",
             "summary": "Gender-responsive policing guidelines."},
            {"name": "Public Security Directorate", "position": "Captain", "location": "Irbid",
             "startDate": "2011", "endDate": "2016-02"}],
        "volunteer": [
            {"organization": "Jordan Red Crescent", "position": "Volunteer first-aider",
             "startDate": "2008", "endDate": "2010"}],
        "education": [
            {"institution": "University of Leicester", "area": "Security, Terrorism and Insurgency",
             "studyType": "MSc", "startDate": "2017", "endDate": "2019"},
            {"institution": "Royal Police Academy", "studyType": "Officer Cadet Course",
             "startDate": "2010", "endDate": "2011"},
            {"institution": "University of Jordan", "area": "Law", "studyType": "LLB",
             "startDate": "2006", "endDate": "2010"}],
        "languages": [
            {"language": "Arabic", "fluency": "Native speaker"},
            {"language": "English", "fluency": "C1 (IELTS 7.5)"},
            {"language": "French", "fluency": "B1 – DELF B1"},
            {"language": "Turkish", "fluency": "Elementary"}],
        "awards": [{"title": "UN Medal", "date": "2023-06", "awarder": "UNMISS"}],
    })
    write_expected(name, "jsonresume", ["JO"], [
        X("UN Police Officer – Gender Adviser", "United Nations Mission in South Sudan (UNMISS)",
          "SS", "2022-01", None, True, None, ["UG"],
          note="endDate 'Present' -> ongoing (round-10 rule); 'Juba, South Sudan' -> SS;\n"
               "training delivered to the host police = base country, not repeated (added during labelling);\n"
               "Uganda Police Force -> UG; awards section gives nothing (added during labelling)"),
        X("Major, Family Protection Department", "Public Security Directorate", "JO", "2016-03-01",
          "2021-12-31", False, None, ["GB"], note="full JSON dates kept; UK National Crime Agency -> GB"),
        X("Consultant (0.4 FTE)", "UN Women", "JO", "2019-06", "2019-12", False, 0.4, [],
          note="'0.4 FTE' -> 0.4 (round-5 rule); overlaps the Major post"),
        X("Captain", "Public Security Directorate", None, "2011", "2016-02", False, None, [],
          note="'Irbid' alone -> null"),
        X("Volunteer first-aider", "Jordan Red Crescent", None, "2008", "2010", False, None, [],
          note="volunteer item after work items"),
    ], [
        Ed("Security, Terrorism and Insurgency", 7, True, "2017", "2019", note="MSc -> 7"),
        Ed(None, None, True, "2010", "2011", note="police cadet course -> null (round-9 added rule); no area"),
        Ed("Law", 6, True, "2006", "2010", note="LLB -> 6"),
    ], [
        L("ar", None, True),
        L("en", "C1", note="written C1; IELTS 7.5 agrees"),
        L("fr", "B1", note="written B1; DELF B1 agrees"),
        L("tr", None, note="'Elementary' -> null"),
    ], notes=["'Jordanian national' -> [JO]. Phone +962 79 201 2011 is not a date. Awards give nothing."])


@cv
def jsonresume14_fr_joseph():
    name = "jsonresume14_fr_joseph"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Wideline Joseph", "label": "Conseillère en réforme de la police",
            "email": "wideline.joseph@example.ht", "phone": "+509 3720 2017",
            "summary": "Policière de nationalité haïtienne, spécialisée dans les enquêtes sur les "
                       "enlèvements et la réforme de la police.",
            "location": {"city": "Port-au-Prince", "countryCode": "HT"}},
        "work": [
            {"name": "Bureau intégré des Nations Unies en Haïti (BINUH)",
             "position": "Conseillère en réforme de la police", "location": "Port-au-Prince, Haïti",
             "startDate": "2023-05",
             "summary": "Coordination avec les officiers de la police kényane déployés à "
                        "Port-au-Prince."},
            {"name": "Police nationale d'Haïti (PNH)",
             "position": "Inspectrice divisionnaire, Direction centrale de la police judiciaire (DCPJ)",
             "location": "Port-au-Prince", "startDate": "2017-02", "endDate": "2023-04",
             "summary": "Enquêtes sur les enlèvements ; échanges avec la DEA et le FBI des "
                        "États-Unis et avec la Police nationale dominicaine."},
            {"name": "Police nationale d'Haïti (PNH)", "position": "Agente de police",
             "location": "Cap-Haïtien, Haïti", "startDate": "2009", "endDate": "2017-01"},
            {"name": "Mission des Nations Unies pour la stabilisation en Haïti (MINUSTAH)",
             "position": "Assistante linguistique (mi-temps)", "location": "Port-au-Prince",
             "startDate": "2007-06", "endDate": "2009-05"}],
        "education": [
            {"institution": "Université Quisqueya", "area": "Criminologie",
             "studyType": "Master 2 (en cours)", "startDate": "2024"},
            {"institution": "Université d'État d'Haïti", "area": "Sciences juridiques",
             "studyType": "Licence", "startDate": "2012", "endDate": "2016"},
            {"institution": "École nationale de police", "studyType": "Diplôme d'agent de police",
             "startDate": "2008", "endDate": "2009"},
            {"institution": "Lycée Alexandre Pétion", "studyType": "Baccalauréat (Philo)",
             "endDate": "2006"}],
        "languages": [
            {"language": "Créole haïtien", "fluency": "Langue maternelle"},
            {"language": "Français", "fluency": "Bilingue"},
            {"language": "Anglais", "fluency": "B2"},
            {"language": "Espagnol", "fluency": "B1+"}],
    })
    write_expected(name, "jsonresume", ["HT"], [
        X("Conseillère en réforme de la police", "Bureau intégré des Nations Unies en Haïti (BINUH)",
          "HT", "2023-05", None, True, None, ["KE"],
          note="no endDate -> ongoing; Kenyan police officers as counterparts -> KE"),
        X("Inspectrice divisionnaire, Direction centrale de la police judiciaire (DCPJ)",
          "Police nationale d'Haïti (PNH)", None, "2017-02", "2023-04", False, None, ["US", "DO"],
          note="'Port-au-Prince' alone -> null; DEA/FBI of the United States and Dominican police -> [US, DO]"),
        X("Agente de police", "Police nationale d'Haïti (PNH)", "HT", "2009", "2017-01", False,
          None, []),
        X("Assistante linguistique (mi-temps)",
          "Mission des Nations Unies pour la stabilisation en Haïti (MINUSTAH)", None, "2007-06",
          "2009-05", False, 0.5, [], note="'mi-temps' -> 0.5; 'Port-au-Prince' alone -> null"),
    ], [
        Ed("Criminologie", 7, False, "2024", None, note="'Master 2 (en cours)' -> 7, not completed (round-8 rule)"),
        Ed("Sciences juridiques", 6, True, "2012", "2016", note="licence -> 6"),
        Ed(None, None, True, "2008", "2009", note="police-school diploma -> null"),
        Ed(None, 3, True, None, "2006", note="baccalauréat -> 3; '(Philo)' is the series, not a field"),
    ], [
        L("ht", None, True),
        L("fr", None, False, note="'Bilingue' -> null, not mother tongue (round-6 / round-10 rules)"),
        L("en", "B2"),
        L("es", "B1", note="'B1+' -> B1"),
    ], notes=["'de nationalité haïtienne' -> [HT]. Phone +509 3720 2017 is not a date."])

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
            emp = norm((x["employer"] or "").split(",")[0].split("(")[0].split(" – ")[0]
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
