#!/usr/bin/env python3
"""Generate the round-7 labelled CV evaluation set (14 fictional people).

Written on 2026-12-01 BLIND to the matcher importer code. The rendering helpers
(mini markup -> PDF/DOCX/text, Europass XML, LinkedIn zip, JSON Resume, the
expected-YAML writer and the --check typo guard) are reused from the example
generator given to the writer (make_cvs_example.py); every CV and every expected
fact below is new and was written by hand following CONVENTIONS.md (including
its "Additional rules (round 7)"). No expected fact is derived from rendered text.

Run:  /tmp/cvs7venv/bin/python make_cvs.py --all
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
def pdf01_sidebar_fr_ndiaye():
    name = "pdf01_sidebar_fr_ndiaye"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Fatou NDIAYE
@ Officier de gendarmerie – enquêtes financières
## Contact
Sacré-Cœur 3, Villa 9120
Dakar
+221 77 645 20 18
fatou.ndiaye@example.sn
## Informations
Née le 02/04/1987 à Thiès
Nationalité : sénégalaise
## Langues
- Wolof : langue maternelle
- Français : courant (DALF C1)
- Anglais : B2 (compréhension), B1 (expression écrite)
- Pulaar : notions
## Compétences
- Enquêtes patrimoniales
- Analyse de flux financiers
---main
## Expérience professionnelle
### Gendarmerie nationale sénégalaise – Section de recherches
@ Dakar, Sénégal
**Commandant de la cellule financière** · depuis le 1er mars 2022
- Enquêtes conjointes avec la Gendarmerie nationale française et la Guardia Civil espagnole sur des flux de fonds illicites.
**Adjoint au chef de section** · sept. 2018 – févr. 2022
- Coordination avec les unités de gendarmerie de la Gambie et de la Guinée-Bissau (trafic de bois de rose).
### Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)
@ Gao (Mali) · 2016–17
**Officier de police des Nations Unies (UNPOL)**
- Formation dispensée aux gendarmes nigériens à Niamey (Niger) sur la police judiciaire.
- Participation à un atelier régional à Ouagadougou (Burkina Faso).
### Cellule nationale de traitement des informations financières (CENTIF)
@ Dakar · début 2015 – mi-2016
**Analyste détachée (mi-temps)**
- Déclarations de soupçon du secteur bancaire.
## Formation
**Master 2 Droit des affaires** – Université Cheikh Anta Diop, Dakar, 2010 – 2012
**Maîtrise en droit privé** – Université Gaston Berger, Saint-Louis, 2009
**Diplôme d'officier de gendarmerie** – École des officiers de la Gendarmerie nationale, Ouakam, 2013 – 2014
## Stages et séminaires
- Séminaire GIABA sur le blanchiment, Accra (Ghana), 2019
""", style="sidebar", font="DVSans", accent="#1B5E20", title="CV Fatou Ndiaye")
    write_expected(name, "pdf", ["SN"], [
        X("Commandant de la cellule financière",
          "Gendarmerie nationale sénégalaise – Section de recherches", "SN",
          "2022-03-01", None, True, None, ["FR", "ES"],
          note="'depuis le 1er mars 2022' -> full date, ongoing (round-7 rule);\n"
               "French Gendarmerie and Spanish Guardia Civil as counterparts -> [FR, ES]"),
        X("Adjoint au chef de section",
          "Gendarmerie nationale sénégalaise – Section de recherches", "SN",
          "2018-09", "2022-02", False, None, ["GM", "GW"],
          note="heading location applies; Gambian and Bissau-Guinean units -> [GM, GW]"),
        X("Officier de police des Nations Unies (UNPOL)",
          "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)",
          "ML", "2016", "2017", False, None, ["NE"],
          note="'2016–17' -> 2016, 2017 (round-7 rule); training delivered in Niger -> NE;\n"
               "workshop attended in Ouagadougou -> no BF"),
        X("Analyste détachée (mi-temps)",
          "Cellule nationale de traitement des informations financières (CENTIF)", None,
          "2015", "2016", False, 0.5, [],
          note="'début 2015 – mi-2016' -> years only (round-7 rule); 'Dakar' alone -> null;\n"
               "'mi-temps' -> 0.5; overlaps the MINUSMA post in 2016"),
    ], [
        Ed("Droit des affaires", 7, True, "2010", "2012"),
        Ed("droit privé", None, True, None, "2009",
           note="pre-LMD maîtrise -> null (round-5 rule)"),
        Ed(None, None, True, "2013", "2014",
           note="gendarmerie officer-school diploma -> null; no subject -> field null"),
    ], [
        L("wo", None, True),
        L("fr", "C1", note="'courant' alone would be null; DALF C1 certificate -> C1"),
        L("en", "B1", note="per-skill B2 / B1 -> lowest B1 (round-7 rule)"),
        L("ff", None, note="Pulaar is a variety of Fula (ff); 'notions' -> null"),
    ], notes=["Birth date 02/04/1987 and phone number give nothing; born in Thiès is no nationality.",
              "GIABA seminar in Accra (Ghana) is in a training section -> nothing."])


@cv
def pdf02_table_en_vandenberg():
    name = "pdf02_table_en_vandenberg"
    render_pdf(OUT / f"{name}.pdf", """
# Pieter van den Berg
@ Major · Royal Netherlands Marechaussee
Nationality: Dutch  |  pieter.vdberg@example.nl  |  +31 6 2019 4471
## Work experience
|! Period | Position and employer | Location |
| 09.2021 – today | **Head of Border Intelligence Team** // Koninklijke Marechaussee (KMar) // Risk analysis with Belgian Federal Police and German Bundespolizei counterparts. | Schiphol, Netherlands |
| 03.2019 – 08.2021 | **Seconded National Expert – Risk Analysis Unit** // Frontex // Deployed to joint operations in Greece and Bulgaria. | Warsaw (PL) |
| 2014–19 | **Team Leader, Mobile Security Monitoring** // Koninklijke Marechaussee | Breda |
| Q2 2011 – Q4 2013 | **Marechaussee Officer** (60 %) // Koninklijke Marechaussee | Den Haag |
| 2008 – 2011 | **Student Assistant** (part-time) // Leiden University, Faculty of Law | Leiden, the Netherlands |
## Education
|! Years | Qualification | Institution |
| 2019 – 2021 | MSc Crisis and Security Management (part-time) | Leiden University |
| 2011 | Officer training | Koninklijke Militaire Academie, Breda |
| 2008 – 2011 | LLB Dutch Law | Leiden University |
## Languages
|! Language | Level |
| Dutch | Native |
| English | C1 (IELTS 7.5) |
| German | B2/C1 |
| French | STANAG 6001 SLP 2-2-2-1 |
## Courses
- Frontex Intelligence Officer course, Rome (Italy), 2020
""", style="classic", font="DVSerif", accent="#E65100", title="CV P. van den Berg")
    write_expected(name, "pdf", ["NL"], [
        X("Head of Border Intelligence Team", "Koninklijke Marechaussee (KMar)", "NL",
          "2021-09", None, True, None, ["BE", "DE"],
          note="'09.2021 – today' -> 2021-09, ongoing"),
        X("Seconded National Expert – Risk Analysis Unit", "Frontex", "PL",
          "2019-03", "2021-08", False, None, ["GR", "BG"],
          note="'Warsaw (PL)' -> PL (round-7 rule); deployed to Greece and Bulgaria -> own work"),
        X("Team Leader, Mobile Security Monitoring", "Koninklijke Marechaussee", None,
          "2014", "2019", False, None, [],
          note="'2014–19' -> 2014, 2019; overlaps the Frontex post; 'Breda' alone -> null"),
        X("Marechaussee Officer", "Koninklijke Marechaussee", None, "2011", "2013",
          False, 0.6, [], note="quarters -> years only (round-7 rule); '(60 %)' -> 0.6"),
        X("Student Assistant", "Leiden University, Faculty of Law", "NL", "2008", "2011",
          False, None, [], note="'part-time' without a figure -> null"),
    ], [
        Ed("Crisis and Security Management", 7, True, "2019", "2021"),
        Ed(None, None, True, None, "2011",
           note="officer training at a military academy: no degree, no subject -> null"),
        Ed("Dutch Law", 6, True, "2008", "2011"),
    ], [
        L("nl", None, True),
        L("en", "C1", note="written C1; IELTS 7.5 agrees"),
        L("de", "B2", note="'B2/C1' -> lower bound"),
        L("fr", None, note="STANAG 6001 SLP is not CEFR -> null (round-7 rule)"),
    ], notes=["Phone +31 6 2019 4471 is not a date.",
              "Course in Rome (Italy) is in a courses section -> nothing."])


@cv
def pdf03_en_reyes():
    name = "pdf03_en_reyes"
    render_pdf(OUT / f"{name}.pdf", """
# Maria Cristina Reyes
@ Supervisory Special Agent — Transnational Organized Crime
Citizenship: Filipino and American · Arlington, VA 22201 · (202) 555-2014 · mc.reyes@example.com
## Experience
### Homeland Security Investigations (HSI)
@ Washington, DC
**Supervisory Special Agent**, Human Smuggling Unit · Feb. '20 – Present
- Led joint cases with the Philippine National Police and the Mexican Fiscalía General de la República.
**Special Agent** · Aug. '14 – Jan. '20 · Houston, TX
- Investigated smuggling networks of Guatemalan nationals along the I-10 corridor.
### U.S. Attorney's Office, Southern District of Texas
@ Houston, Texas
**Law Clerk** · June – Aug. 2012
### Philippine National Police
@ Quezon City, Philippines
**Police Officer I** · 2005 – 2009
- Patrol and community policing, Eastern Police District.
Career break (relocation to the United States), 2009 – 2011
## Education
**Juris Doctor (JD)**, concentration in International Law — University of Houston Law Center, May 2014
**BS Criminology** — University of the Philippines Diliman, 2001 – 2005
**Graduate Certificate in Homeland Security** — Penn State World Campus, 2018
## Languages
- Tagalog (native)
- English (native)
- Spanish — ILR 2+
- Cebuano — conversational
## Professional activities
- Speaker, Bali Process workshop, Jakarta, Indonesia (2023)
""", style="classic", font="DVSans", accent="#263238", title="Resume M.C. Reyes")
    write_expected(name, "pdf", ["PH", "US"], [
        X("Supervisory Special Agent", "Homeland Security Investigations (HSI)", None,
          "2020-02", None, True, None, ["PH", "MX"],
          note="'Washington, DC' -> null; bold title then ', unit' -> bold title (round-6 rule);\n"
               "\"Feb. '20\" -> 2020-02; PNP and Mexican FGR as counterparts -> [PH, MX]"),
        X("Special Agent", "Homeland Security Investigations (HSI)", None,
          "2014-08", "2020-01", False, None, [],
          note="own location 'Houston, TX' -> null; Guatemalan nationals = subject matter"),
        X("Law Clerk", "U.S. Attorney's Office, Southern District of Texas", None,
          "2012-06", "2012-08", False, None, [],
          note="'Houston, Texas' is a US state -> null; month-only start takes end's year"),
        X("Police Officer I", "Philippine National Police", "PH", "2005", "2009", False,
          None, []),
    ], [
        Ed("International Law", 7, True, None, "2014-05",
           note="JD -> 7 (round-7 rule); single date = graduation"),
        Ed("Criminology", 6, True, "2001", "2005"),
        Ed("Homeland Security", None, True, None, "2018",
           note="graduate certificate -> null"),
    ], [
        L("tl", None, True),
        L("en", None, True),
        L("es", None, note="ILR is not CEFR -> null"),
        L(None, None, note="Cebuano has no ISO 639-1 code; 'conversational' -> null"),
    ], notes=["'Citizenship: Filipino and American' -> [PH, US].",
              "Career break line is not a position; phone (202) 555-2014 and ZIP are not dates.",
              "Speaker in Jakarta is a professional-activities item -> nothing."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_lefevre():
    name = "docx04_fr_lefevre"
    render_docx(OUT / f"{name}.docx", """
# Julien LEFÈVRE
@ Capitaine de gendarmerie – Officier de police judiciaire
Nationalité : française · 06 12 20 19 87 · julien.lefevre@example.fr
Versailles (78)
## Expérience professionnelle
### Gendarmerie nationale – Office central de lutte contre la délinquance itinérante (OCLDI)
@ Pontoise (95)
**Chef de la division des enquêtes** · depuis septembre 2023
- Équipes communes d'enquête avec la Roumanie et la Bulgarie ; échanges via Europol.
**Adjoint au chef de division** · 09/2020 – 08/2023
- Suivi des dossiers de cambriolages commis par des groupes itinérants d'origine géorgienne.
### Gendarmerie nationale – Compagnie de gendarmerie départementale de Chamonix
@ Chamonix-Mont-Blanc (FR)
**Commandant de compagnie** · août 2017 – août 2020
- Coopération transfrontalière avec la police cantonale du Valais (Suisse) et les Carabinieri (Italie).
### Institut national des hautes études de la sécurité et de la justice (INHESJ)
@ Paris
**Chargé d'enseignement vacataire (quotité 20 %)** · 2018 – 2020
Congé parental : oct. 2016 – juil. 2017
### Cabinet Martin & Associés
@ Lyon
**Juriste stagiaire** · avril – sept. 2013
## Formation
- **Master 2 Droit pénal et sciences criminelles** – Université Jean Moulin Lyon 3, 2011 – 2013
- **Licence en droit** – Université Jean Moulin Lyon 3, 2008 – 2011
- **Diplôme de l'École des officiers de la gendarmerie nationale (EOGN)** – Melun, 2014 – 2016
- **Diplôme universitaire (DU) Lutte contre la criminalité financière** – Université Paris 1 Panthéon-Sorbonne, 2022
## Langues
- Français : langue maternelle
- Anglais : C1 (TOEIC 945)
- Roumain : niveau intermédiaire
- Italien : A2
## Centres d'intérêt
Alpinisme (sorties en Suisse et en Italie), trail.
""", title="CV Julien Lefèvre")
    write_expected(name, "docx", ["FR"], [
        X("Chef de la division des enquêtes",
          "Gendarmerie nationale – Office central de lutte contre la délinquance itinérante (OCLDI)",
          None, "2023-09", None, True, None, ["RO", "BG"],
          note="'Pontoise (95)': département number, not a country -> null (round-7 rule)"),
        X("Adjoint au chef de division",
          "Gendarmerie nationale – Office central de lutte contre la délinquance itinérante (OCLDI)",
          None, "2020-09", "2023-08", False, None, [],
          note="Georgian-origin groups = subject matter -> nothing"),
        X("Commandant de compagnie",
          "Gendarmerie nationale – Compagnie de gendarmerie départementale de Chamonix",
          "FR", "2017-08", "2020-08", False, None, ["CH", "IT"],
          note="'Chamonix-Mont-Blanc (FR)' -> FR (round-7 rule)"),
        X("Chargé d'enseignement vacataire (quotité 20 %)",
          "Institut national des hautes études de la sécurité et de la justice (INHESJ)",
          None, "2018", "2020", False, 0.2, [],
          note="'quotité 20 %' -> 0.2; overlaps the company-commander post"),
        X("Juriste stagiaire", "Cabinet Martin & Associés", None, "2013-04", "2013-09",
          False, None, [], note="internship = entry; 'avril – sept. 2013' -> 2013-04"),
    ], [
        Ed("Droit pénal et sciences criminelles", 7, True, "2011", "2013"),
        Ed("droit", 6, True, "2008", "2011"),
        Ed(None, None, True, "2014", "2016", note="EOGN diploma -> null"),
        Ed("Lutte contre la criminalité financière", None, True, None, "2022",
           note="DU -> null (round-4 rule)"),
    ], [
        L("fr", None, True),
        L("en", "C1", note="written C1 (TOEIC alone would be null)"),
        L("ro", None, note="'niveau intermédiaire' -> null"),
        L("it", "A2"),
    ], notes=["'Versailles (78)' address; phone 06 12 20 19 87 is not a date.",
              "Congé parental is not a position; interests (Switzerland, Italy) give nothing."])


@cv
def docx05_en_okonkwo():
    name = "docx05_en_okonkwo"
    render_docx(OUT / f"{name}.docx", """
# Daniel Okonkwo
@ Senior Investigating Officer · Modern slavery and human trafficking
Citizenship: British, Nigerian · London SE15 · +44 7700 900 201
## Employment history
### National Crime Agency (NCA)
@ London, United Kingdom
**Senior Investigating Officer – Modern Slavery and Human Trafficking Unit** · mid-2022 – present
- Joint investigations with the Albanian State Police and Romania's DIICOT.
**Investigator** · Q3 2019 – mid-2022
- Financial strand of trafficking cases; safeguarding referrals for victims.
### Metropolitan Police Service
@ London
**Detective Constable** · Jan 2015 – Sep 2019
- Child exploitation team.
**Police Constable** · Sep 2011 – Dec 2014
- Attended a CEPOL course in Budapest, Hungary (2013).
## Volunteering
### Victim Support
@ Manchester, England
**Volunteer Caseworker** · 2008–10
## Education
- **MSc Security and Crime Science** (part-time), University College London, 2020 – expected 2027
- **Postgraduate Diploma in Investigative Interviewing**, University of Portsmouth, 2017
- **BA (Hons) Criminology and Sociology**, University of Manchester, 2007 – 2010
## Languages
- English — native
- Igbo — mother tongue (spoken)
- French — B1 (DELF B1, 2016)
- Albanian — basic
""", title="CV Daniel Okonkwo")
    write_expected(name, "docx", ["GB", "NG"], [
        X("Senior Investigating Officer – Modern Slavery and Human Trafficking Unit",
          "National Crime Agency (NCA)", "GB", "2022", None, True, None, ["AL", "RO"],
          note="'mid-2022 – present' -> 2022, ongoing (round-7 rule)"),
        X("Investigator", "National Crime Agency (NCA)", "GB", "2019", "2022", False,
          None, [], note="'Q3 2019' -> 2019"),
        X("Detective Constable", "Metropolitan Police Service", None, "2015-01",
          "2019-09", False, None, [],
          note="'London' alone -> null; overlaps the NCA post in 2019"),
        X("Police Constable", "Metropolitan Police Service", None, "2011-09", "2014-12",
          False, None, [], note="CEPOL course attended in Budapest -> no HU"),
        X("Volunteer Caseworker", "Victim Support", "GB", "2008", "2010", False, None,
          [], note="volunteering entry after work entries; 'England' -> GB"),
    ], [
        Ed("Security and Crime Science", 7, False, "2020", "2027",
           note="'expected 2027' -> not completed"),
        Ed("Investigative Interviewing", None, True, None, "2017",
           note="postgraduate diploma -> null"),
        Ed("Criminology and Sociology", 6, True, "2007", "2010"),
    ], [
        L("en", None, True),
        L("ig", None, True),
        L("fr", "B1"),
        L("sq", None, note="'basic' -> null"),
    ], notes=["'Citizenship: British, Nigerian' -> [GB, NG]."])


@cv
def docx06_en_garcia():
    name = "docx06_en_garcia"
    render_docx(OUT / f"{name}.docx", """
# Lucía García Moreno
@ Specialist · European Serious and Organised Crime Centre
Nationality: Spanish | lucia.garcia@example.es | +34 612 201 905
## Professional experience
### Europol — The Hague, the Netherlands
- **Specialist, European Serious and Organised Crime Centre (ESOCC)** (Temporary Agent AD6) | 1 October 2021 – to date
- Support to operational task forces with the Colombian and Ecuadorian national police.
### Guardia Civil — Algeciras (Cádiz), Spain
- **Sargento, Equipo de Policía Judicial** | 15/06/2016 – 30/09/2021
- Coordination with the Moroccan Gendarmerie Royale on hashish shipments across the Strait.
- **Agent, Rural Security Unit (USECIC)** | 04/05/2012 – 14/06/2016
### Universidad de Salamanca — Salamanca
- **Research Assistant (50 %)** | 2010 – 2012
## Education
- Máster Universitario en Ciencias Policiales, Universidad de Alcalá, 2014 – 2016
- Licenciatura en Derecho, Universidad de Salamanca, 2005 – 2010
- Curso de Capacitación para Cabos y Guardias, Academia de Guardias de Baeza, 2011 – 2012
## Languages
- Spanish: native
- Catalan: native
- English: C1 (listening, reading), B2 (speaking, writing)
- Portuguese: A2
- Arabic (Darija): basic understanding
""", title="CV Lucía García Moreno")
    write_expected(name, "docx", ["ES"], [
        X("Specialist, European Serious and Organised Crime Centre (ESOCC)", "Europol",
          "NL", "2021-10-01", None, True, None, ["CO", "EC"],
          note="'1 October 2021 – to date' -> full date, ongoing; the title here is the\n"
               "whole bold text (unit inside the bold, round-6 rule)"),
        X("Sargento, Equipo de Policía Judicial", "Guardia Civil", "ES", "2016-06-15",
          "2021-09-30", False, None, ["MA"],
          note="Moroccan Gendarmerie Royale as counterpart -> MA"),
        X("Agent, Rural Security Unit (USECIC)", "Guardia Civil", "ES", "2012-05-04",
          "2016-06-14", False, None, [],
          note="04/05/2012 read day/month: the same document writes 15/06/2016 and 30/09/2021\n"
               "(round-6 rule)"),
        X("Research Assistant (50 %)", "Universidad de Salamanca", None, "2010", "2012",
          False, 0.5, [], note="'Salamanca' alone -> null"),
    ], [
        Ed("Ciencias Policiales", 7, True, "2014", "2016"),
        Ed("Derecho", 6, True, "2005", "2010", note="licenciatura -> 6"),
        Ed(None, None, True, "2011", "2012",
           note="police-academy course -> null; no subject -> field null"),
    ], [
        L("es", None, True),
        L("ca", None, True),
        L("en", "B2", note="C1 (listening, reading) / B2 (speaking, writing) -> lowest B2"),
        L("pt", "A2"),
        L("ar", None, note="Darija is Arabic; 'basic understanding' -> null"),
    ])


# ---------------------------------------------------------------- text ----

@cv
def txt07_fr_rakotomalala():
    name = "txt07_fr_rakotomalala"
    render_text(OUT / f"{name}.txt", """
# Curriculum vitae
RAKOTOMALALA Hery Nirina
Nationalité : malgache
Lot II M 45 bis, Antananarivo 101
Tél. : +261 34 20 192 017 – hery.rakoto@example.mg

## Expériences professionnelles
Janv. 2019 – à ce jour : Inspecteur principal – Bureau central national INTERPOL Antananarivo (Police nationale), Madagascar
  * Échanges quotidiens avec les BCN de Maurice, des Comores et des Seychelles.
  * Diffusion de notices rouges et jaunes.
Mars 2014 – déc. 2018 : Officier de police – Service central de la police des mœurs et de la protection des mineurs (SCPMPM), Antananarivo
  * Enquêtes sur l'exploitation sexuelle des mineurs ; accompagnement des victimes.
Oct. 2012 – févr. 2013 : Stagiaire – Organisation internationale pour les migrations (OIM), Antananarivo
2011 – 2013 : Enseignant vacataire (mi-temps) – Lycée privé Saint-Michel, Antananarivo

Sélectionné pour un poste d'officier de liaison au Bureau régional INTERPOL de Nairobi, à compter de janvier 2027.

## Formation
2020 – en cours   Master en criminologie (à distance), Université de Toamasina
2013              Diplôme d'inspecteur de police, École nationale supérieure de police (ENSP)
2008 – 2012       Licence professionnelle en sciences juridiques, Université d'Antananarivo

## Langues
Malgache : langue maternelle
Français : bilingue
Anglais : TOEFL iBT 88 (2018)
Swahili : notions

## Centres d'intérêt
Football, randonnée à La Réunion.
""")
    write_expected(name, "text", ["MG"], [
        X("Inspecteur principal",
          "Bureau central national INTERPOL Antananarivo (Police nationale)", "MG",
          "2019-01", None, True, None, ["MU", "KM", "SC"],
          note="'à ce jour' -> ongoing; NCBs of Mauritius, Comoros, Seychelles -> counterparts"),
        X("Officier de police",
          "Service central de la police des mœurs et de la protection des mineurs (SCPMPM)",
          None, "2014-03", "2018-12", False, None, [],
          note="'Antananarivo' alone -> null"),
        X("Stagiaire", "Organisation internationale pour les migrations (OIM)", None,
          "2012-10", "2013-02", False, None, []),
        X("Enseignant vacataire (mi-temps)", "Lycée privé Saint-Michel", None, "2011",
          "2013", False, 0.5, [], note="'mi-temps' -> 0.5; overlaps the OIM internship"),
    ], [
        Ed("criminologie", 7, False, "2020", None, note="'en cours' -> not completed"),
        Ed(None, None, True, None, "2013", note="police-school diploma -> null"),
        Ed("sciences juridiques", 6, True, "2008", "2012",
           note="licence professionnelle -> 6"),
    ], [
        L("mg", None, True),
        L("fr", None, note="'bilingue' -> level null, not mother tongue (round-6 rule)"),
        L("en", "B2", note="TOEFL iBT 88 -> B2 (72–94)"),
        L("sw", None),
    ], notes=["TRAP: the Nairobi liaison post 'à compter de janvier 2027' is announced -> no entry.",
              "Phone +261 34 20 192 017 and 'Antananarivo 101' are not dates."])


@cv
def txt08_en_haddad():
    name = "txt08_en_haddad"
    render_text(OUT / f"{name}.txt", """
# Nour Al-Haddad
Nationality: Jordanian
Amman, Jordan | +962 79 201 2016 | nour.haddad@example.jo

## Professional experience
UNODC – Regional Office for the Middle East and North Africa | Cairo, Egypt
  Programme Officer (Border Control) | 03/2021 – present
  * Delivered training for the border police of Lebanon and Iraq.
  National Project Officer | 2018/04 – 2021/02
  * Container Control Programme, port units in Aqaba.

Public Security Directorate (PSD) | Amman
  First Lieutenant – Anti-Narcotics Department | 05/06/2012 – 2018
  * Cases involving captagon trafficking routes from Syria.

## Volunteering
Volunteer First Aid Trainer | Jordan Red Crescent | 2009 – 2011

## Education
MA in International Relations, University of Jordan, 2016–18
Police officers' course, Royal Police Academy, 2012
BA in English Literature, Yarmouk University, Irbid, 2005 – 2009

## Languages
Arabic – mother tongue
English – C2 (IELTS 8.5)
French – conversational
Hebrew – reading only
""")
    write_expected(name, "text", ["JO"], [
        X("Programme Officer (Border Control)",
          "UNODC – Regional Office for the Middle East and North Africa", "EG",
          "2021-03", None, True, None, ["LB", "IQ"],
          note="heading location 'Cairo, Egypt' applies; training delivered -> [LB, IQ]"),
        X("National Project Officer",
          "UNODC – Regional Office for the Middle East and North Africa", "EG",
          "2018-04", "2021-02", False, None, [],
          note="'2018/04' year-first month -> 2018-04; Aqaba is in Jordan, not named as a country"),
        X("First Lieutenant – Anti-Narcotics Department",
          "Public Security Directorate (PSD)", None, None, "2018", False, None, [],
          note="'05/06/2012' ambiguous (no other day-level date in the document) -> start null;\n"
               "'Amman' alone -> null; Syria named as route origin = subject matter -> nothing"),
        X("Volunteer First Aid Trainer", "Jordan Red Crescent", None, "2009", "2011",
          False, None, [], note="volunteering entry"),
    ], [
        Ed("International Relations", 7, True, "2016", "2018", note="'2016–18'"),
        Ed(None, None, True, None, "2012", note="police officers' course -> null"),
        Ed("English Literature", 6, True, "2005", "2009"),
    ], [
        L("ar", None, True),
        L("en", "C2", note="written C2; IELTS 8.5 agrees"),
        L("fr", None),
        L("he", None),
    ], notes=["Phone +962 79 201 2016 is not a date."])


# ------------------------------------------------------------ Europass ----

@cv
def europass09_fr_dubois():
    name = "europass09_fr_dubois"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2026-05-04T10:20:00.000Z", first="Sarah", last="Dubois-Alaoui",
        street="Rue Saint-Gilles 214", postal="4000", city="Liège",
        country=("BE", "Belgique"), email="sarah.dubois@example.be",
        phone="+32 478 20 19 12", birth=(1988, 7, 21), gender="F",
        nationalities=[("BE", "belge"), ("MA", "marocaine")],
        headline="Commissaire de police – coopération policière internationale"), [
        dict(**{"from": (2027, 1)},
             position="Officier de liaison – Ambassade de Belgique à Rabat",
             activities="Désignation à compter de janvier 2027.",
             employer="Police fédérale", city="Rabat", country=("MA", "Maroc")),
        dict(**{"from": (2020, 1)}, current=True,
             position="Commissaire – Direction de la coopération policière internationale (CGI)",
             activities="Gestion du réseau des officiers de liaison belges ; contacts quotidiens "
                        "avec les autorités policières marocaines et turques.",
             employer="Police fédérale", city="Bruxelles", country=("BE", "Belgique")),
        dict(**{"from": (2016, 9), "to": (2019,)},
             position="Inspectrice principale",
             activities="Enquêtes sur la traite des êtres humains. Temps partiel 80 %.",
             employer="Police fédérale – Police judiciaire fédérale de Liège", city="Liège"),
        dict(**{"from": (2012,), "to": (2016, 8)},
             position="Assistante sociale (mi-temps)",
             activities="Accompagnement social de personnes en situation précaire.",
             employer="CPAS de Liège", city="Liège", country=("BE", "Belgique")),
    ], [
        dict(title="Master en criminologie", org="Université de Liège", city="Liège",
             country=("BE", "Belgique"), **{"from": (2013,), "to": (2015,)}, eqf=7,
             field="Criminologie"),
        dict(title="Bachelier assistant social", org="Haute École Libre Mosane",
             city="Liège", country=("BE", "Belgique"), **{"from": (2009,), "to": (2012,)},
             eqf=6, field="Assistant social"),
        dict(title="Brevet de commissaire de police", org="Académie nationale de police",
             city="Bruxelles", country=("BE", "Belgique"), **{"to": (2019,)}),
    ], [("fr", "français"), ("ar", "arabe")], [
        dict(code="nl", label="néerlandais", grid=["B2", "B2", "B1", "B1", "B2"]),
        dict(code="en", label="anglais", grid=["C1"] * 5),
        dict(code="es", label="espagnol",
             certs=[("DELE B2", "Instituto Cervantes", 2014, "B2")]),
    ])
    write_expected(name, "europass-xml", ["BE", "MA"], [
        X("Commissaire – Direction de la coopération policière internationale (CGI)",
          "Police fédérale", "BE", "2020-01", None, True, None, ["MA", "TR"],
          note="Moroccan and Turkish police authorities as counterparts"),
        X("Inspectrice principale", "Police fédérale – Police judiciaire fédérale de Liège",
          None, "2016-09", "2019", False, 0.8, [],
          note="From year+month, To year only: each keeps its precision; no Country -> null;\n"
               "'Temps partiel 80 %' -> 0.8"),
        X("Assistante sociale (mi-temps)", "CPAS de Liège", "BE", "2012", "2016-08",
          False, 0.5, []),
    ], [
        Ed("Criminologie", 7, True, "2013", "2015"),
        Ed("Assistant social", 6, True, "2009", "2012", note="bachelier, EQF 6 -> 6"),
        Ed(None, None, True, None, "2019", note="police brevet, no EQF -> null"),
    ], [
        L("fr", None, True),
        L("ar", None, True),
        L("nl", "B1", note="grid L B2 / R B2 / SI B1 / SP B1 / W B2 -> lowest B1"),
        L("en", "C1", note="grid all C1"),
        L("es", "B2", note="DELE B2 certificate"),
    ], notes=["TRAP: the Rabat liaison post starts 2027-01 (future) -> no entry (round-5 rule).",
              "Nationality list belge + marocaine -> [BE, MA]."])


@cv
def europass10_novak():
    name = "europass10_novak"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-11-02T08:00:00.000Z", first="Matej", last="Novak",
        street="Celovška cesta 201", postal="1000", city="Ljubljana",
        country=("SI", "Slovenia"), email="matej.novak@example.si",
        phone="+386 41 201 922", birth=(1989, 3, 14), gender="M",
        nationalities=[("SI", "Slovenian")],
        headline="Head of cybercrime unit"), [
        dict(**{"from": (2022, 4)}, current=True, position="Head of Unit, Cybercrime",
             activities="Cooperation with Croatian and Austrian police on ransomware cases; "
                        "member of the EMPACT cybercrime priority.",
             employer="Policija – General Police Directorate", city="Ljubljana",
             country=("SI", "Slovenia")),
        dict(**{"from": (2022, 4), "to": (2023, 3)},
             position="National Cybercrime Expert (consultant, 20 %)",
             activities="Delivered judicial training on electronic evidence in Moldova "
                        "and Georgia.",
             employer="Council of Europe – C-PROC", city="Bucharest",
             country=("RO", "Romania")),
        dict(**{"from": (2015, 10), "to": (2022, 3)},
             position="Criminal Inspector – Computer Investigation Centre",
             activities="Digital forensics for criminal investigations.",
             employer="Policija", city="Maribor"),
        dict(**{"from": (2013,), "to": (2015,)}, position="Software Developer",
             activities="Banking software.", employer="Comtrade d.o.o.", city="Ljubljana",
             country=("SI", "Slovenia")),
    ], [
        dict(title="Master of Computer and Information Science (mag. inž. rač. in inf.)",
             org="University of Ljubljana", city="Ljubljana", country=("SI", "Slovenia"),
             **{"from": (2011,), "to": (2013,)}, eqf=7,
             field="Computer and Information Science"),
        dict(title="Bachelor of Computer Science (dipl. inž. rač., UN)",
             org="University of Ljubljana", city="Ljubljana", country=("SI", "Slovenia"),
             **{"from": (2008,), "to": (2011,)}, eqf=6, field="Computer Science"),
        dict(title="Certificate in Digital Forensics", org="SANS Institute",
             city="Prague", country=("CZ", "Czech Republic"),
             **{"from": (2019, 5), "to": (2019, 5)}, field="Digital Forensics"),
    ], [("sl", "Slovenian")], [
        dict(code="en", label="English", grid=["C2", "C2", "C1", "C1", "C1"]),
        dict(code="hr", label="Croatian", grid=["B2"] * 5),
        dict(code="de", label="German", grid=["A2", "B1", "A2", "A2", "A1"]),
    ])
    write_expected(name, "europass-xml", ["SI"], [
        X("Head of Unit, Cybercrime", "Policija – General Police Directorate", "SI",
          "2022-04", None, True, None, ["HR", "AT"]),
        X("National Cybercrime Expert (consultant, 20 %)", "Council of Europe – C-PROC",
          "RO", "2022-04", "2023-03", False, 0.2, ["MD", "GE"],
          note="'20 %' -> 0.2; training delivered in Moldova and Georgia (the country);\n"
               "overlaps the Head of Unit post"),
        X("Criminal Inspector – Computer Investigation Centre", "Policija", None,
          "2015-10", "2022-03", False, None, [], note="no Country element -> null"),
        X("Software Developer", "Comtrade d.o.o.", "SI", "2013", "2015", False, None, []),
    ], [
        Ed("Computer and Information Science", 7, True, "2011", "2013"),
        Ed("Computer Science", 6, True, "2008", "2011"),
        Ed("Digital Forensics", None, True, "2019-05", "2019-05",
           note="certificate -> null"),
    ], [
        L("sl", None, True),
        L("en", "C1", note="grid C2/C2/C1/C1/C1 -> lowest C1"),
        L("hr", "B2", note="grid all B2"),
        L("de", "A1", note="grid A2/B1/A2/A2/A1 -> lowest A1"),
    ], notes=["Birthdate, postal code 1000 and phone give nothing."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_weber():
    name = "linkedin11_weber"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Anna", "Last Name": "Weber",
           "Headline": "Kriminalhauptkommissarin | Federal Criminal Police Office (BKA)",
           "Summary": "Financial investigator, money laundering and asset recovery.",
           "Industry": "Law Enforcement", "Zip Code": "65189",
           "Geo Location": "Wiesbaden, Hesse, Germany"},
        email="anna.weber@example.de"), [
        ["Europol", "Liaison Officer (designate)", "Will join the German Liaison Bureau.",
         "The Hague, South Holland, Netherlands", "Mar 2027", ""],
        ["Bundeskriminalamt (BKA)", "Kriminalhauptkommissarin – Financial Intelligence",
         "Financial investigations with the Austrian Bundeskriminalamt and the "
         "Liechtenstein FIU.", "Wiesbaden, Hesse, Germany", "Jan 2021", ""],
        ["Bundeskriminalamt (BKA)", "Kriminalkommissarin",
         "Part-time (50 %) after parental leave.", "Wiesbaden", "Oct 2017", "Dec 2020"],
        ["Polizei Hessen", "Polizeikommissarin", "",
         "Frankfurt am Main, Hesse, Germany", "Sep 2013", "Sep 2017"],
        ["PwC Deutschland", "Working Student, Forensic Services", "Two days a week.",
         "Frankfurt", "2011", "2013"],
    ], [
        ["Goethe-Universität Frankfurt", "2017", "2020", "",
         "Master of Laws (LL.M.), Wirtschaftsstrafrecht", ""],
        ["Hochschule des Bundes für öffentliche Verwaltung", "2010", "2013", "",
         "Diplom-Verwaltungswirtin (FH), Kriminalvollzugsdienst", ""],
    ], [
        ["German", "Native or bilingual proficiency"],
        ["English", "Full professional proficiency"],
        ["Russian", "Elementary proficiency"],
        ["Spanish", ""],
    ], certs=[["TOEFL iBT – score 104", "", "ETS", "Jun 2016", "", ""],
              ["Certified Anti-Money Laundering Specialist (CAMS)", "", "ACAMS",
               "Feb 2022", "", ""]],
        skills=["Financial investigations", "Asset recovery", "AML"])
    write_expected(name, "linkedin", [], [
        X("Kriminalhauptkommissarin – Financial Intelligence", "Bundeskriminalamt (BKA)",
          "DE", "2021-01", None, True, None, ["AT", "LI"],
          note="empty Finished On -> ongoing; Austrian BKA and Liechtenstein FIU -> [AT, LI]"),
        X("Kriminalkommissarin", "Bundeskriminalamt (BKA)", None, "2017-10", "2020-12",
          False, 0.5, [], note="'Wiesbaden' alone -> null; 'Part-time (50 %)' -> 0.5"),
        X("Polizeikommissarin", "Polizei Hessen", "DE", "2013-09", "2017-09", False,
          None, []),
        X("Working Student, Forensic Services", "PwC Deutschland", None, "2011", "2013",
          False, None, [], note="'Two days a week' -> null; 'Frankfurt' alone -> null"),
    ], [
        Ed("Wirtschaftsstrafrecht", 7, True, "2017", "2020"),
        Ed("Kriminalvollzugsdienst", None, True, "2010", "2013",
           note="Diplom (FH) -> null (round-4 rule)"),
    ], [
        L("de", None, True),
        L("en", "C1", note="TOEFL iBT 104 in Certifications.csv -> C1"),
        L("ru", None),
        L("es", None, note="empty proficiency"),
    ], notes=["TRAP: Europol position starts Mar 2027 (future) -> no entry.",
              "LinkedIn gives no nationality -> [] (Geo Location is residence)."])


@cv
def linkedin12_fr_rochat():
    name = "linkedin12_fr_rochat"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Camille", "Last Name": "Rochat",
           "Headline": "Inspectrice principale adjointe – Police judiciaire vaudoise",
           "Summary": "Enquêtrice financière, diplômée de l'École des sciences criminelles.",
           "Industry": "Application de la loi", "Zip Code": "1004",
           "Geo Location": "Lausanne, Vaud, Suisse"},
        email="camille.rochat@example.ch"), [
        ["Police cantonale vaudoise", "Inspectrice principale adjointe – Brigade financière",
         "Entraide judiciaire avec le Parquet national financier (France) et le Ministère "
         "public de la Principauté de Monaco.", "Lausanne, Vaud, Suisse", "Aug 2021", ""],
        ["Police cantonale vaudoise", "Inspectrice", "", "Lausanne", "Mar 2015", "Jul 2021"],
        ["fedpol – Office fédéral de la police",
         "Analyste détachée – Coopération policière internationale",
         "Détachement de six mois.", "Berne, Suisse", "Jan 2019", "Jun 2019"],
        ["Université de Lausanne – École des sciences criminelles",
         "Assistante diplômée (taux d'occupation 60 %)", "",
         "Lausanne, Vaud, Suisse", "Sep 2011", "Feb 2015"],
    ], [
        ["Université de Lausanne", "2009", "2011", "",
         "Maîtrise universitaire (Master of Science), Science forensique", ""],
        ["Université de Lausanne", "2006", "2009", "",
         "Baccalauréat universitaire (Bachelor of Science), Science forensique", ""],
        ["Académie de police de Savatan", "2014", "2015", "", "Brevet fédéral de policier", ""],
    ], [
        ["Français", "Native or bilingual proficiency"],
        ["Allemand", "Professional working proficiency"],
        ["Anglais", "Full professional proficiency"],
        ["Italien", "Elementary proficiency"],
    ], certs=[["Goethe-Zertifikat C1", "", "Goethe-Institut", "May 2012", "", ""]],
        skills=["Enquêtes financières", "Science forensique"])
    write_expected(name, "linkedin", [], [
        X("Inspectrice principale adjointe – Brigade financière", "Police cantonale vaudoise",
          "CH", "2021-08", None, True, None, ["FR", "MC"],
          note="French PNF and Monaco prosecution as counterparts -> [FR, MC]"),
        X("Inspectrice", "Police cantonale vaudoise", None, "2015-03", "2021-07", False,
          None, [], note="'Lausanne' alone -> null"),
        X("Analyste détachée – Coopération policière internationale",
          "fedpol – Office fédéral de la police", "CH", "2019-01", "2019-06", False, None,
          [], note="overlaps the Inspectrice post (secondment)"),
        X("Assistante diplômée (taux d'occupation 60 %)",
          "Université de Lausanne – École des sciences criminelles", "CH", "2011-09",
          "2015-02", False, 0.6, [], note="'taux d'occupation 60 %' -> 0.6"),
    ], [
        Ed("Science forensique", 7, True, "2009", "2011",
           note="Swiss maîtrise universitaire called Master -> 7 (round-5 rule)"),
        Ed("Science forensique", 6, True, "2006", "2009",
           note="Swiss baccalauréat universitaire = Bachelor -> 6"),
        Ed(None, None, True, "2014", "2015", note="police federal brevet -> null"),
    ], [
        L("fr", None, True),
        L("de", "C1", note="Goethe-Zertifikat C1 in Certifications.csv -> C1"),
        L("en", None),
        L("it", None),
    ], notes=["No nationality in a LinkedIn export -> []."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_mensah():
    name = "jsonresume13_mensah"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Abena Mensah", "label": "Chief Inspector, Anti-Human Trafficking Unit",
            "email": "abena.mensah@example.gh", "phone": "+233 24 201 2018",
            "summary": "Ghanaian national. Police officer specialised in child trafficking "
                       "and victim protection.",
            "location": {"city": "Accra", "countryCode": "GH"}},
        "work": [
            {"name": "International Organization for Migration (IOM)",
             "position": "Regional Counter-Trafficking Coordinator",
             "location": "Dakar, Senegal", "startDate": "2027-02",
             "summary": "Offer accepted; post starts February 2027."},
            {"name": "Ghana Police Service",
             "position": "Chief Inspector — Anti-Human Trafficking Unit",
             "location": "Accra, Ghana", "startDate": "2018-02", "endDate": "",
             "summary": "Joint rescue operations with the police of Côte d'Ivoire and Togo."},
            {"name": "INTERPOL", "position": "Specialized Officer (secondment)",
             "location": "Lyon, France", "startDate": "2015-09", "endDate": "2017-12",
             "summary": "Supported Operation Weka across West Africa."},
            {"name": "Ghana Police Service", "position": "Inspector", "location": "Kumasi",
             "startDate": "2010", "endDate": "2015-08"}],
        "volunteer": [
            {"organization": "Challenging Heights", "position": "Volunteer Counsellor",
             "startDate": "2012", "endDate": "2014",
             "summary": "Weekend counselling for rescued children."}],
        "education": [
            {"institution": "University of Cape Coast", "area": "Human Rights",
             "studyType": "MPhil", "startDate": "2022-09", "endDate": "2027-06"},
            {"institution": "Kofi Annan International Peacekeeping Training Centre",
             "area": "Conflict, Peace and Security", "studyType": "Postgraduate Diploma",
             "endDate": "2016"},
            {"institution": "University of Ghana", "area": "Sociology",
             "studyType": "Bachelor of Arts", "startDate": "2005", "endDate": "2009"}],
        "languages": [
            {"language": "English", "fluency": "Fluent"},
            {"language": "Twi", "fluency": "Native speaker"},
            {"language": "Ewe", "fluency": "Conversational"},
            {"language": "French", "fluency": "B2 (DELF B2)"},
            {"language": "Hausa", "fluency": "Basic"}],
    })
    write_expected(name, "jsonresume", ["GH"], [
        X("Chief Inspector — Anti-Human Trafficking Unit", "Ghana Police Service", "GH",
          "2018-02", None, True, None, ["CI", "TG"],
          note="endDate \"\" -> treated as ongoing (round-6 rule; noted here)"),
        X("Specialized Officer (secondment)", "INTERPOL", "FR", "2015-09", "2017-12",
          False, None, [], note="'West Africa' is a region -> nothing"),
        X("Inspector", "Ghana Police Service", None, "2010", "2015-08", False, None, [],
          note="'Kumasi' alone -> null; overlaps INTERPOL secondment"),
        X("Volunteer Counsellor", "Challenging Heights", None, "2012", "2014", False, None,
          [], note="volunteer item after work items"),
    ], [
        Ed("Human Rights", 7, False, "2022-09", "2027-06",
           note="MPhil -> 7 (round-7 rule); end in the future -> not completed"),
        Ed("Conflict, Peace and Security", None, True, None, "2016",
           note="postgraduate diploma -> null"),
        Ed("Sociology", 6, True, "2005", "2009"),
    ], [
        L("en", None),
        L("tw", None, True),
        L("ee", None),
        L("fr", "B2"),
        L("ha", None),
    ], notes=["TRAP: IOM work item starts 2027-02 (future) -> no entry.",
              "'Ghanaian national' -> [GH]. Phone +233 24 201 2018 is not a date."])


@cv
def jsonresume14_fr_benslimane():
    name = "jsonresume14_fr_benslimane"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Karim Ben Slimane", "label": "Commandant, Garde nationale",
            "email": "karim.benslimane@example.tn", "phone": "+216 98 201 120",
            "summary": "Ressortissant tunisien. Officier de la Garde nationale spécialisé "
                       "dans la sécurité maritime et la lutte contre le trafic de migrants.",
            "location": {"city": "Sfax", "countryCode": "TN"}},
        "work": [
            {"name": "Garde nationale tunisienne",
             "position": "Commandant – Direction des frontières maritimes",
             "location": "Sfax, Tunisie", "startDate": "2020-07",
             "summary": "Coordination avec la Guardia di Finanza (Italie) et les forces "
                        "armées maltaises ; démantèlement de réseaux de passeurs."},
            {"name": "Organisation internationale pour les migrations (OIM)",
             "position": "Consultant national (50 %)", "location": "Tunis, Tunisie",
             "startDate": "2018-03", "endDate": "2019-02",
             "summary": "Formation des garde-côtes libyens à Tunis."},
            {"name": "Garde nationale tunisienne",
             "position": "Capitaine – Unité d'intervention", "location": "Tunis",
             "startDate": "2014-01", "endDate": "2020-06"}],
        "education": [
            {"institution": "Université de Tunis El Manar", "area": "Sciences criminelles",
             "studyType": "Mastère de recherche", "startDate": "2011", "endDate": "2013"},
            {"institution": "École nationale de la Garde nationale",
             "studyType": "Diplôme d'officier", "startDate": "2013", "endDate": "2014"},
            {"institution": "Université de Sfax", "area": "Sciences juridiques",
             "studyType": "Licence appliquée", "startDate": "2008", "endDate": "2011"}],
        "languages": [
            {"language": "Arabe", "fluency": "Langue maternelle"},
            {"language": "Français", "fluency": "C1"},
            {"language": "Anglais", "fluency": "B2 (compréhension) / B1 (expression)"},
            {"language": "Italien", "fluency": "Notions"},
            {"language": "Tamazight", "fluency": "Compréhension orale"}],
    })
    write_expected(name, "jsonresume", ["TN"], [
        X("Commandant – Direction des frontières maritimes", "Garde nationale tunisienne",
          "TN", "2020-07", None, True, None, ["IT", "MT"],
          note="no endDate -> ongoing; Italian Guardia di Finanza and Maltese armed forces\n"
               "as counterpart authorities -> [IT, MT]"),
        X("Consultant national (50 %)",
          "Organisation internationale pour les migrations (OIM)", "TN", "2018-03",
          "2019-02", False, 0.5, ["LY"],
          note="training delivered to Libyan coast guards (counterparts), in Tunis -> LY;\n"
               "overlaps the Capitaine post"),
        X("Capitaine – Unité d'intervention", "Garde nationale tunisienne", None,
          "2014-01", "2020-06", False, None, [], note="'Tunis' alone -> null"),
    ], [
        Ed("Sciences criminelles", 7, True, "2011", "2013", note="Tunisian mastère -> 7"),
        Ed(None, None, True, "2013", "2014", note="officer-school diploma -> null; no area"),
        Ed("Sciences juridiques", 6, True, "2008", "2011",
           note="licence appliquée -> 6 (round-7 rule)"),
    ], [
        L("ar", None, True),
        L("fr", "C1"),
        L("en", "B1", note="B2 (compréhension) / B1 (expression) -> lowest B1"),
        L("it", None),
        L(None, None, note="Tamazight has no ISO 639-1 code -> null (round-7 rule)"),
    ], notes=["'Ressortissant tunisien' -> [TN] (round-7 rule)."])
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
