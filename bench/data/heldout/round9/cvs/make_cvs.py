#!/usr/bin/env python3
"""Generate the round-9 labelled CV evaluation set (14 fictional people).

Written on 2026-12-02 (labels dated 2026-12-01) BLIND to the matcher importer
code. The rendering helpers (mini markup -> PDF/DOCX/text, Europass XML,
LinkedIn zip, JSON Resume, the expected-YAML writer and the --check typo guard)
are reused from the example generator given to the writer (make_cvs_example.py);
every CV and every expected fact below is new and was written by hand following
CONVENTIONS.md (including its "Additional rules (round 9)"). No expected fact is
derived from rendered text; --check only verifies that files open and that the
hand-written titles/employers occur in the document (typo guard).

Run:  /tmp/cvs9venv/bin/python make_cvs.py --all
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
# THE CVs  (all people are fictional; employers may be real public bodies)
# ==========================================================================
CVS = []


def cv(fn):
    CVS.append(fn)
    return fn


# ----------------------------------------------------------------- PDF ----

@cv
def pdf01_sidebar_fr_sarr():
    name = "pdf01_sidebar_fr_sarr"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Awa NDIAYE SARR
@ Inspectrice principale des Douanes
## Contact
Sicap Liberté 6, Dakar
+221 77 640 20 18
awa.sarr@example.sn
## Informations
Née en 1985 à Kaolack
De nationalité sénégalaise
## Langues
- Wolof : langue maternelle
- Sérère : compris, parlé
- Français : C2
- Anglais : IELTS Academic 6.5 (2019)
- Portugais : notions
## Atouts
- Analyse de risque et ciblage
- Lutte contre la fraude commerciale
- Animation d'équipes
---main
## Expérience professionnelle
### Direction générale des Douanes (DGD) — Dakar, Sénégal
**Cheffe du Bureau du renseignement douanier** · depuis 2019
- Échanges de renseignements avec les douanes de Gambie, du Mali et de Guinée-Bissau ; contrôles coordonnés avec la Gambie sur le corridor transgambien.
**Inspectrice, Division des enquêtes douanières** · 03/2014 – 12/2018
- Enquêtes sur les trafics de cigarettes et de médicaments falsifiés en provenance de Chine.
**Vérificatrice, Bureau des douanes du Port autonome** · 2010 – 2014
- Contrôle documentaire et physique des marchandises.
### Organisation mondiale des douanes (OMD)
@ Bruxelles (BE)
**Experte technique (mission de courte durée)** · sept. – nov. 2017
- Formation dispensée aux douanes du Cap-Vert et de Mauritanie sur le ciblage des conteneurs.
### Université Cheikh Anta Diop
@ Dakar
**Chargée de cours vacataire (mi-temps)**, Faculté des sciences juridiques et politiques · 2016 – 2018
- Cours de droit douanier en licence 3.
## Formation
**Master 2 Droit des affaires et fiscalité** – Université Cheikh Anta Diop, Dakar, 2012 – 2014
**Diplôme de l'École nationale d'administration (ENA), section Douanes** – Dakar, 2008 – 2010
**Maîtrise en sciences économiques** – Université Gaston Berger, Saint-Louis, 2007
**Baccalauréat série L2** – Lycée Valdiodio Ndiaye, Kaolack, 2003
## Certifications
- Certificat OMD en gestion des risques, Bruxelles, 2016
- Séminaire régional sur le blanchiment, Abidjan (Côte d'Ivoire), 2021
""", style="sidebar", font="DVSans", accent="#1B5E20", title="CV Awa Ndiaye Sarr")
    write_expected(name, "pdf", ["SN"], [
        X("Cheffe du Bureau du renseignement douanier", "Direction générale des Douanes (DGD)",
          "SN", "2019", None, True, None, ["GM", "ML", "GW"],
          note="heading 'Dakar, Sénégal' applies; 'depuis 2019' -> start 2019, ongoing;\n"
               "Gambia named twice -> once (round-9 rule)"),
        X("Inspectrice, Division des enquêtes douanières", "Direction générale des Douanes (DGD)",
          "SN", "2014-03", "2018-12", False, None, [],
          note="whole bold text is the title (round-6 rule); China only as origin of goods -> nothing"),
        X("Vérificatrice, Bureau des douanes du Port autonome",
          "Direction générale des Douanes (DGD)", "SN", "2010", "2014", False, None, []),
        X("Experte technique (mission de courte durée)", "Organisation mondiale des douanes (OMD)",
          "BE", "2017-09", "2017-11", False, None, ["CV", "MR"],
          note="'Bruxelles (BE)' -> BE; 'sept. – nov. 2017' -> month start takes end's year;\n"
               "training delivered to Cabo Verde and Mauritania customs -> [CV, MR]; overlaps the Inspectrice post"),
        X("Chargée de cours vacataire (mi-temps)", "Université Cheikh Anta Diop", None,
          "2016", "2018", False, 0.5, [],
          note="bold title then unit -> bold title; 'mi-temps' -> 0.5; 'Dakar' alone -> null"),
    ], [
        Ed("Droit des affaires et fiscalité", 7, True, "2012", "2014"),
        Ed(None, None, True, "2008", "2010", note="ENA diploma (section Douanes) -> unclear level; no subject"),
        Ed("sciences économiques", None, True, None, "2007",
           note="pre-LMD maîtrise -> null (round-5 rule); single year = graduation year"),
        Ed(None, 3, True, None, "2003", note="baccalauréat -> 3; series L2 is not a field (round-9 rule)"),
    ], [
        L("wo", None, True),
        L(None, None, False, note="Sérère (Serer) has no ISO 639-1 code; 'compris, parlé' -> null"),
        L("fr", "C2"),
        L("en", "B2", note="IELTS 6.5 -> B2 (round-4 table)"),
        L("pt", None),
    ], notes=["'De nationalité sénégalaise' -> [SN]; born in Kaolack gives nothing.",
              "Certifications section (WCO certificate, Abidjan seminar) -> nothing."])


@cv
def pdf02_table_en_okafor():
    name = "pdf02_table_en_okafor"
    render_pdf(OUT / f"{name}.pdf", """
# Chinedu Okafor
@ Financial crime investigator · asset recovery
Nationality: Nigerian  |  c.okafor@example.ng  |  +234 803 201 1979  |  Abuja
## Work history
|! Period | Position | Employer | Location |
| 06/2021 – to date | **Deputy Director, Asset Recovery** // Mutual legal assistance requests to the United Kingdom and Switzerland; asset-return negotiations with the UK Home Office. | Economic and Financial Crimes Commission (EFCC) | Abuja, Nigeria |
| 01/2016 – 05/2021 | **Assistant Director, Investigations** // Joint investigations with Ghana's Economic and Organised Crime Office. | EFCC | Lagos, Nigeria |
| 2014 – 2016 | **Adjunct Lecturer (0.5 FTE)** // Taught the financial crime module of the MSc Forensic Accounting. | University of Lagos | Lagos |
| 2013 – 2015 | **Detective Superintendent** // Bank fraud cases involving suspects of Beninese nationality. | EFCC | Lagos |
| 2009 – 2012 | **Internal Auditor** | First Bank of Nigeria | Port Harcourt |
| Nov 2007 – Oct 2008 | **Corps Member** (national youth service) | National Youth Service Corps (NYSC) | Kano, Nigeria |
## Education
|! Years | Qualification | Institution |
| 2017 – 2018 | LLM International Financial Law | King's College London, United Kingdom |
| 2012 | Postgraduate Diploma in Forensic Accounting | Institute of Chartered Accountants of Nigeria |
| 2003 – 2007 | BSc Accounting | University of Nigeria, Nsukka |
## Languages
|! Language | Level |
| English | C2 |
| Igbo | Native |
| Yoruba | Conversational |
| French | DELF B1 (2019) |
## Training and memberships
- Egmont Group operational analysis workshop, Doha (Qatar), 2018
- Member, Association of Certified Fraud Examiners (since 2015)
""", style="classic", font="DVSerif", accent="#00695C", title="CV Chinedu Okafor")
    write_expected(name, "pdf", ["NG"], [
        X("Deputy Director, Asset Recovery", "Economic and Financial Crimes Commission (EFCC)",
          "NG", "2021-06", None, True, None, ["GB", "CH"],
          note="'to date' -> ongoing; United Kingdom and 'UK' are the same country -> once"),
        X("Assistant Director, Investigations", "EFCC", "NG", "2016-01", "2021-05", False, None,
          ["GH"], note="Ghana's EOCO as counterpart -> GH"),
        X("Adjunct Lecturer (0.5 FTE)", "University of Lagos", None, "2014", "2016", False, 0.5,
          [], note="'0.5 FTE' -> 0.5; overlaps the EFCC posts; 'Lagos' alone -> null"),
        X("Detective Superintendent", "EFCC", None, "2013", "2015", False, None, [],
          note="suspects' nationality is subject matter -> nothing"),
        X("Internal Auditor", "First Bank of Nigeria", None, "2009", "2012", False, None, [],
          note="gap 2012-2013 has no entry"),
        X("Corps Member", "National Youth Service Corps (NYSC)", "NG", "2007-11", "2008-10",
          False, None, [], note="national service -> entry (round-8 rule); bold title is 'Corps Member'"),
    ], [
        Ed("International Financial Law", 7, True, "2017", "2018"),
        Ed("Forensic Accounting", None, True, None, "2012", note="postgraduate diploma -> null"),
        Ed("Accounting", 6, True, "2003", "2007"),
    ], [
        L("en", "C2"),
        L("ig", None, True),
        L("yo", None, note="'Conversational' -> null"),
        L("fr", "B1", note="DELF B1 -> B1"),
    ], notes=["Phone +234 803 201 1979 is not a date.",
              "Training (Doha, Qatar) and membership 'since 2015' -> nothing."])


@cv
def pdf03_en_horakova():
    name = "pdf03_en_horakova"
    render_pdf(OUT / f"{name}.pdf", """
# Tereza Horáková
@ Criminal investigator – migrant smuggling and trafficking in human beings
Brno · tereza.horakova@example.cz · +420 602 201 733 · Citizenship: Czech
## Professional experience
### Europol — The Hague, the Netherlands
**Specialist, European Migrant Smuggling Centre** · Since May 2022
- Operational meetings with Austrian, Hungarian and Serbian police; coordinated two action days in Serbia.
### Police of the Czech Republic (Policie České republiky)
@ Prague, Czech Republic
**Senior Investigator**, National Organised Crime Agency (NCOZ) · Feb. '17 – Apr. '22
- Liaison with the Slovak National Crime Agency on smuggling routes through Slovakia.
**Investigator** · 2012 – 2017
- Property crime and trafficking cases; attended a CEPOL course in Budapest, Hungary.
**Police Officer (traffic police)** · Mar – Aug 2011
### Career break
@ 2009 – 2010 · travel and volunteering in South America
### Self-employed
**Translator (German–Czech)** · 2007 – 2009
## Education
- **JUDr. (Doctor of Law)** – Masaryk University, Brno, 2016
- **Mgr. (Master) in Security and Legal Studies** – Police Academy of the Czech Republic, Prague, 2011 – 2013
- **Bc. (Bachelor) in German Philology** – Charles University, Prague, 2004 – 2007
## Languages
- Czech: mother tongue
- English: C1
- German: Goethe-Zertifikat C1 (2008)
- Slovak: fluent (passive)
- Russian: A2 (reading), A1 (speaking)
## Further training
- CEPOL exchange programme, Madrid (Spain), 2019
""", style="classic", font="DVSans", accent="#5D4037", title="CV Tereza Horakova")
    write_expected(name, "pdf", ["CZ"], [
        X("Specialist, European Migrant Smuggling Centre", "Europol", "NL", "2022-05", None, True,
          None, ["AT", "HU", "RS"],
          note="'Since May 2022' -> 2022-05 ongoing (round-5 rule); Serbia named twice -> once"),
        X("Senior Investigator", "Police of the Czech Republic (Policie České republiky)", "CZ",
          "2017-02", "2022-04", False, None, ["SK"],
          note="bold title then unit -> bold title; apostrophe years (round-5 rule);\n"
               "heading location 'Prague, Czech Republic' applies"),
        X("Investigator", "Police of the Czech Republic (Policie České republiky)", "CZ",
          "2012", "2017", False, None, [],
          note="CEPOL course attended in Budapest -> no HU"),
        X("Police Officer (traffic police)", "Police of the Czech Republic (Policie České republiky)",
          "CZ", "2011-03", "2011-08", False, None, [],
          note="'Mar – Aug 2011' -> month start takes end's year"),
        X("Translator (German–Czech)", "Self-employed", None, "2007", "2009", False, None, [],
          note="career break 2009-2010 -> no entry; employer place 'Self-employed' (round-8 rule)"),
    ], [
        Ed("Law", None, True, None, "2016", note="JUDr. -> null (round-5 rule); single year = graduation"),
        Ed("Security and Legal Studies", 7, True, "2011", "2013", note="Mgr. -> 7"),
        Ed("German Philology", 6, True, "2004", "2007", note="Bc. -> 6 (round-9 rule)"),
    ], [
        L("cs", None, True),
        L("en", "C1"),
        L("de", "C1", note="Goethe-Zertifikat C1 -> C1"),
        L("sk", None, note="'fluent (passive)' -> null"),
        L("ru", "A1", note="per-skill A2 / A1 -> lowest A1 (round-7 rule)"),
    ], notes=["'Citizenship: Czech' -> [CZ]. Phone +420 602 201 733 is not a date.",
              "Further training (Madrid, Spain) -> nothing."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_lemaire():
    name = "docx04_fr_lemaire"
    render_docx(OUT / f"{name}.docx", """
# Julien Lemaire
@ Commissaire de police – traite des êtres humains
Rue des Brasseurs 14, 5000 Namur · +32 478 20 11 86 · julien.lemaire@example.be
Nationalité : belge · Permis B
## Expérience professionnelle
### Commissaire – DJSOC, section traite des êtres humains
@ Police fédérale · Bruxelles (BE) · depuis le 1er mars 2020
- Équipes communes d'enquête avec les Pays-Bas et la Roumanie ; échanges quotidiens avec la police roumaine.
- Participation à une conférence de l'OSCE à Vienne (Autriche).
### Officier de liaison
@ Police fédérale · Rabat (Maroc) · du 01/09/2016 au 28/02/2020
- Coopération avec la DGSN marocaine et la Guardia Civil espagnole sur les filières de migration irrégulière.
### Inspecteur principal, PJF Liège
@ Police fédérale · Liège · 02/03/2011 – 31/08/2016
- Enquêtes financières et saisies de biens.
### Inspecteur (mi-temps)
@ Zone de police Namur Capitale · 2008 – 2011
### Interruption de carrière – congé parental
@ 2007
## Formation
- **Master en criminologie** – Université catholique de Louvain, 2008 – 2010
- **Bachelier en droit** – Université de Namur, 2003 – 2006
- **Brevet d'officier de police judiciaire** – Académie provinciale de police, Jurbise, 2011
- **Certificat interuniversitaire en analyse criminelle** – en cours
## Langues
- Français : langue maternelle
- Néerlandais : B2 (compréhension), B1 (expression écrite)
- Anglais : C1
- Arabe : notions
## Centres d'intérêt
Course à pied, histoire de la Pologne.
""", font="Calibri", title="CV Julien Lemaire")
    write_expected(name, "docx", ["BE"], [
        X("Commissaire – DJSOC, section traite des êtres humains", "Police fédérale", "BE",
          "2020-03-01", None, True, None, ["NL", "RO"],
          note="'depuis le 1er mars 2020' -> full date, ongoing (round-6/7 rules);\n"
               "'Bruxelles (BE)' -> BE; OSCE conference attended in Vienna -> no AT; Romania once"),
        X("Officier de liaison", "Police fédérale", "MA", "2016-09-01", "2020-02-28", False, None,
          ["ES"], note="'Rabat (Maroc)' -> MA; French CV day/month (round-9 rule);\n"
                       "Moroccan DGSN = base country, not repeated; Spanish Guardia Civil -> ES"),
        X("Inspecteur principal, PJF Liège", "Police fédérale", None, "2011-03-02", "2016-08-31",
          False, None, [], note="'02/03/2011' read day/month in a French CV (round-9 rule); 'Liège' alone -> null"),
        X("Inspecteur (mi-temps)", "Zone de police Namur Capitale", None, "2008", "2011", False,
          0.5, [], note="'mi-temps' -> 0.5"),
    ], [
        Ed("criminologie", 7, True, "2008", "2010"),
        Ed("droit", 6, True, "2003", "2006", note="Belgian bachelier -> 6 (round-4 rule)"),
        Ed(None, None, True, None, "2011", note="police brevet -> null; no subject"),
        Ed("analyse criminelle", None, False, None, None,
           note="certificate -> null; 'en cours' -> completed false, no dates"),
    ], [
        L("fr", None, True),
        L("nl", "B1", note="per-skill B2 / B1 -> lowest B1"),
        L("en", "C1"),
        L("ar", None, note="'notions' -> null"),
    ], notes=["'Nationalité : belge' -> [BE]. Career break (congé parental 2007) -> no entry.",
              "Postcode 5000 and phone +32 478 20 11 86 give nothing; interest in Polish history -> nothing."])


@cv
def docx05_en_haddad():
    name = "docx05_en_haddad"
    render_docx(OUT / f"{name}.docx", """
# Layla Haddad
@ Anti-money laundering specialist
Amman · layla.haddad@example.jo · +962 79 120 2014
Nationality: Jordanian
## Profile
Eleven years in financial integrity work, first in banking compliance and then in the United Nations system.
## Employment
### Programme Officer, Global Programme against Money Laundering
@ United Nations Office on Drugs and Crime (UNODC) — Vienna, Austria — Jan 2020 – present
- Technical assistance to the financial intelligence units of Iraq, Lebanon and Egypt.
- Led four assessment missions to Lebanon.
### Associate Programme Officer
@ UNODC Regional Office for the Middle East and North Africa — Cairo, Egypt — Oct 2016 – Dec 2019
- Trained Sudanese prosecutors on financial investigations.
- Attended a regional FATF-style workshop in Tunis.
### Consultant (three-month assignment)
@ World Bank — Washington, DC — Summer 2015
- Desk review of asset-declaration systems.
### Compliance Analyst
@ Arab Bank — Amman, Jordan — 2011 – 2014
- Part-time while completing my degree.
## Education
- **Master of Laws (LLM), International Economic Law** — Graduate Institute, Geneva — 2014 – 2015
- **BA in Economics** — University of Jordan — 2007 – 2011
## Languages
- Arabic — native
- English — TOEFL iBT 108 (2013)
- French — DELF A2
- Spanish — Beginner (A1)
## Certifications
- Certified Anti-Money Laundering Specialist (CAMS), 2017
""", font="Cambria", title="CV Layla Haddad")
    write_expected(name, "docx", ["JO"], [
        X("Programme Officer, Global Programme against Money Laundering",
          "United Nations Office on Drugs and Crime (UNODC)", "AT", "2020-01", None, True, None,
          ["IQ", "LB", "EG"], note="'present' -> ongoing; Lebanon named twice -> once"),
        X("Associate Programme Officer",
          "UNODC Regional Office for the Middle East and North Africa", "EG", "2016-10",
          "2019-12", False, None, ["SD"],
          note="training delivered to Sudanese prosecutors -> SD; workshop attended in Tunis -> nothing"),
        X("Consultant (three-month assignment)", "World Bank", None, "2015", "2015", False, None,
          [], note="'Washington, DC' -> null; 'Summer 2015' -> year only for start and end (round-9 rule)"),
        X("Compliance Analyst", "Arab Bank", "JO", "2011", "2014", False, None, [],
          note="'Part-time' with no figure -> null"),
    ], [
        Ed("International Economic Law", 7, True, "2014", "2015"),
        Ed("Economics", 6, True, "2007", "2011"),
    ], [
        L("ar", None, True),
        L("en", "C1", note="TOEFL iBT 108 -> C1 (ETS 95-114)"),
        L("fr", "A2", note="DELF A2 -> A2"),
        L("es", "A1", note="'Beginner (A1)' -> A1"),
    ], notes=["'Nationality: Jordanian' -> [JO]. Phone +962 79 120 2014 is not a date.",
              "CAMS certification -> nothing."])


@cv
def docx06_fr_gagnon():
    name = "docx06_fr_gagnon"
    render_docx(OUT / f"{name}.docx", """
# Marc-André Gagnon
@ Sergent-détective · criminalité économique
Longueuil (Québec) · 450 201-2009 · ma.gagnon@example.ca
Citoyen canadien
## Expérience
### Sûreté du Québec
@ Montréal (Québec)
**Sergent-détective, Service des enquêtes sur la criminalité économique** · 2018 – aujourd'hui
- Enquêtes conjointes avec le FBI (États-Unis) et l'Office central pour la répression de la grande délinquance financière (France).
**Enquêteur** · 2012 – 2018
**Patrouilleur** · 2008 – 2012
### Mission des Nations Unies pour la stabilisation en Haïti (MINUSTAH)
@ Port-au-Prince, Haïti
**Policier des Nations Unies, conseiller en enquêtes** · janv. 2016 – janv. 2017
- Mentorat des enquêteurs de la Police nationale d'Haïti.
### GardaWorld
@ Québec (Québec), Canada
**Agent de sécurité (temps partiel)** · 2005 – 2008
## Formation
- Microprogramme de 2e cycle en criminalité financière, Université de Sherbrooke, 2019 – 2020
- Diplôme de l'École nationale de police du Québec, Nicolet, 2008
- Baccalauréat en criminologie, Université de Montréal, 2004 – 2007
- DEC en techniques policières, Campus Notre-Dame-de-Foy, 2002 – 2004
## Langues
- Français : langue maternelle
- Anglais : bilingue
- Espagnol : B1+
- Créole haïtien : notions
""", font="Arial", title="CV Marc-André Gagnon")
    write_expected(name, "docx", ["CA"], [
        X("Sergent-détective, Service des enquêtes sur la criminalité économique",
          "Sûreté du Québec", None, "2018", None, True, None, ["US", "FR"],
          note="'Montréal (Québec)' -> null (province, round-8 rule); 'aujourd'hui' -> ongoing;\n"
               "FBI (États-Unis) and the French OCRGDF as counterparts -> [US, FR]"),
        X("Enquêteur", "Sûreté du Québec", None, "2012", "2018", False, None, []),
        X("Patrouilleur", "Sûreté du Québec", None, "2008", "2012", False, None, []),
        X("Policier des Nations Unies, conseiller en enquêtes",
          "Mission des Nations Unies pour la stabilisation en Haïti (MINUSTAH)", "HT",
          "2016-01", "2017-01", False, None, [],
          note="overlaps Enquêteur; Haitian National Police = base country, not repeated"),
        X("Agent de sécurité (temps partiel)", "GardaWorld", "CA", "2005", "2008", False, None, [],
          note="'Québec (Québec), Canada' -> CA; 'temps partiel' with no figure -> null"),
    ], [
        Ed("criminalité financière", None, True, "2019", "2020",
           note="2nd-cycle 'microprogramme' is a short programme, not a degree -> null"),
        Ed(None, None, True, None, "2008", note="national police school diploma -> null; no subject"),
        Ed("criminologie", 6, True, "2004", "2007", note="Québec university baccalauréat -> 6 (round-6 rule)"),
        Ed("techniques policières", None, True, "2002", "2004", note="Québec DEC -> null (round-6 rule)"),
    ], [
        L("fr", None, True),
        L("en", None, note="'bilingue' -> null, not mother tongue (round-6 rule)"),
        L("es", "B1", note="'B1+' -> B1"),
        L("ht", None, note="Haitian Creole -> ht; 'notions' -> null"),
    ], notes=["'Citoyen canadien' -> [CA] (round-6 'Citoyen(ne) X' rule).",
              "Phone 450 201-2009 is not a date."])


# ---------------------------------------------------------------- text ----

@cv
def txt07_en_zielinska():
    name = "txt07_en_zielinska"
    render_text(OUT / f"{name}.txt", """
# Marta Zielińska
Border management officer
Lublin, Poland | marta.zielinska@example.pl | +48 601 201 884
Nationality: Polish

## Experience
Frontex - European Border and Coast Guard Agency, Warsaw, Poland
- Senior Operations Officer, 10/2020 - present
- Coordinates joint operations in Greece and Lithuania; liaison with the Moldovan Border Police.

Polish Border Guard (Straż Graniczna), Nadbużański Border Guard Unit, Chełm
- Head of Section, 03/2016 - 09/2020
- Cross-border cooperation with the Ukrainian and Belarusian border services.
- Border Guard Officer, 2011 - 2016
- Guest Officer (Frontex Joint Operation Poseidon), Lesbos, Greece, Mar - Aug 2015

DHL Express, Poznań
- Customs Clerk, 04/05/2008 - 06/07/2009

## Education
Postgraduate studies (studia podyplomowe) in Migration Management, University of Warsaw, 2018 - 2019
Master's degree (magister) in International Relations, Maria Curie-Skłodowska University, Lublin, 2006 - 2008
Licencjat in Political Science, Maria Curie-Skłodowska University, Lublin, 2003 - 2006

## Languages
Polish - native
English - C1 (IELTS 7.5, 2014)
Russian - B2
Ukrainian - B1/B2
Greek - basic

## Certificates
Frontex Sectoral Qualifications Framework - Border Guard Officer, 2019
""", underline="=")
    write_expected(name, "text", ["PL"], [
        X("Senior Operations Officer", "Frontex - European Border and Coast Guard Agency", "PL",
          "2020-10", None, True, None, ["GR", "LT", "MD"],
          note="'10/2020' month-year; 'present' -> ongoing; operations in Greece, Lithuania,\n"
               "Moldovan Border Police -> [GR, LT, MD]"),
        X("Head of Section", "Polish Border Guard (Straż Graniczna), Nadbużański Border Guard Unit", None, "2016-03", "2020-09",
          False, None, ["UA", "BY"],
          note="employer heading location 'Chełm' is a city alone -> null; employer as written without the city"),
        X("Border Guard Officer", "Polish Border Guard (Straż Graniczna), Nadbużański Border Guard Unit", None, "2011", "2016",
          False, None, []),
        X("Guest Officer (Frontex Joint Operation Poseidon)", "Polish Border Guard (Straż Graniczna), Nadbużański Border Guard Unit",
          "GR", "2015-03", "2015-08", False, None, [],
          note="own location 'Lesbos, Greece' -> GR (overrides the heading); overlaps the previous post"),
        X("Customs Clerk", "DHL Express", None, None, None, False, None, [],
          note="04/05/2008 and 06/07/2009: English CV, no day > 12 in the same format anywhere\n"
               "-> ambiguous -> dates null (round-6 rule); 'Poznań' alone -> null"),
    ], [
        Ed("Migration Management", None, True, "2018", "2019", note="studia podyplomowe -> null"),
        Ed("International Relations", 7, True, "2006", "2008", note="magister -> 7"),
        Ed("Political Science", 6, True, "2003", "2006", note="licencjat -> 6"),
    ], [
        L("pl", None, True),
        L("en", "C1", note="written C1; IELTS 7.5 agrees"),
        L("ru", "B2"),
        L("uk", "B1", note="'B1/B2' -> lower bound B1"),
        L("el", None, note="'basic' -> null"),
    ], notes=["'Nationality: Polish' -> [PL]. Phone +48 601 201 884 is not a date.",
              "Certificates section -> nothing."])


@cv
def txt08_fr_benali():
    name = "txt08_fr_benali"
    render_text(OUT / f"{name}.txt", """
# Yasmine Benali
Analyste criminelle – Gendarmerie nationale
Montpellier – yasmine.benali@example.fr – 06 71 20 19 87

## État civil
Née le 12 avril 1990 à Oujda
Nationalité : franco-marocaine

## Expériences professionnelles
Gendarmerie nationale – Office central de lutte contre le crime organisé (OCLCO), Nanterre (92)
Analyste criminelle – depuis septembre 2021
Échanges avec la Guardia Civil espagnole et la Gendarmerie royale du Maroc ; appui aux enquêteurs belges dans un dossier de trafic de stupéfiants.

Gendarmerie nationale – Groupement de gendarmerie départementale de l'Hérault, Montpellier
Sous-officier, brigade de recherches – 2015 à 2021
Gendarme adjoint volontaire – 2012 à 2015

Eurojust, La Haye (Pays-Bas)
Stagiaire, bureau national français – avril – juin 2011

La Poste, Montpellier
Agente d'accueil (temps partiel 60 %) – 2010 à 2012

## Formation
Master 1 Droit pénal et sciences criminelles – Université de Montpellier – 2019-2020
Diplôme universitaire (DU) d'analyse criminelle – Université de Montpellier – 2018
BTS Assistant de gestion PME-PMI – Lycée Jean Mermoz, Montpellier – 2008-2010
Baccalauréat série ES – 2008

## Langues
Arabe (darija) : langue maternelle
Français : langue maternelle
Tamazight : compris
Anglais : TOEIC 875 (2019)
Espagnol : DELE B2

## Loisirs
Randonnée, bénévolat associatif au Maroc chaque été.
""", underline="~")
    write_expected(name, "text", ["FR", "MA"], [
        X("Analyste criminelle", "Gendarmerie nationale – Office central de lutte contre le crime organisé (OCLCO)",
          None, "2021-09", None, True, None, ["ES", "MA", "BE"],
          note="'Nanterre (92)' département number -> null (round-7 rule); 'depuis septembre 2021' ->\n"
               "2021-09 ongoing; Guardia Civil, Gendarmerie royale du Maroc, Belgian investigators -> [ES, MA, BE]"),
        X("Sous-officier, brigade de recherches",
          "Gendarmerie nationale – Groupement de gendarmerie départementale de l'Hérault", None,
          "2015", "2021", False, None, [], note="'2015 à 2021' -> ordinary range; 'Montpellier' alone -> null"),
        X("Gendarme adjoint volontaire",
          "Gendarmerie nationale – Groupement de gendarmerie départementale de l'Hérault", None,
          "2012", "2015", False, None, []),
        X("Stagiaire, bureau national français", "Eurojust", "NL", "2011-04", "2011-06", False,
          None, [], note="internship -> entry; 'La Haye (Pays-Bas)' -> NL; 'avril – juin 2011'"),
        X("Agente d'accueil (temps partiel 60 %)", "La Poste", None, "2010", "2012", False, 0.6,
          [], note="'temps partiel 60 %' -> 0.6; overlaps the Eurojust internship"),
    ], [
        Ed("Droit pénal et sciences criminelles", None, True, "2019", "2020",
           note="Master 1 alone -> null (round-7 rule)"),
        Ed("analyse criminelle", None, True, None, "2018", note="DU -> null (round-4 rule)"),
        Ed("Assistant de gestion PME-PMI", 5, True, "2008", "2010", note="BTS -> 5"),
        Ed(None, 3, True, None, "2008", note="baccalauréat -> 3; series ES is not a field"),
    ], [
        L("ar", None, True, note="darija -> ar (round-9 rule)"),
        L("fr", None, True),
        L(None, None, False, note="Tamazight has no ISO 639-1 code; 'compris' -> null"),
        L("en", None, note="TOEIC is not mapped -> null"),
        L("es", "B2", note="DELE B2 -> B2"),
    ], notes=["'Nationalité : franco-marocaine' -> [FR, MA] (round-4 rule); born in Oujda gives nothing.",
              "Leisure volunteering in Morocco -> nothing. Phone 06 71 20 19 87 is not a date."])


# ------------------------------------------------------------ Europass ----

@cv
def europass09_fr_favre():
    name = "europass09_fr_favre"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2026-05-04T09:20:00.000Z", first="Nadia", last="Favre",
        street="Rue de Carouge 58", postal="1205", city="Genève",
        country=("CH", "Suisse"), email="nadia.favre@example.ch",
        phone="+41 79 201 20 16", birth=(1987, 11, 3), gender="F",
        nationalities=[("CH", "suisse")],
        headline="Spécialiste en lutte contre le blanchiment d'argent"), [
        dict(**{"from": (2019, 4, 1)}, current=True,
             position="Spécialiste en lutte contre le blanchiment – MROS",
             activities="Bureau de communication en matière de blanchiment d'argent. Coopération "
                        "avec les cellules de renseignement financier du Liechtenstein et de l'Italie.",
             employer="Office fédéral de la police (fedpol)", city="Berne",
             country=("CH", "Suisse")),
        dict(**{"from": (2015, 9), "to": (2019, 3)},
             position="Inspectrice, Brigade financière",
             activities="Exécution de commissions rogatoires vers la France. Taux d'occupation 80 %.",
             employer="Police cantonale de Genève", city="Genève", country=("CH", "Suisse")),
        dict(**{"from": (2012,), "to": (2015,)}, position="Juriste stagiaire",
             activities="Rédaction de projets d'actes d'accusation.",
             employer="Ministère public de la Confédération", city="Berne"),
        dict(**{"from": (2010, 6), "to": (2011, 5)}, position="Assistante de recherche",
             activities="Projet sur la corruption dans les marchés publics au Kenya (étude documentaire).",
             employer="Université de Lausanne", city="Lausanne", country=("CH", "Suisse")),
    ], [
        dict(title="Doctorat en droit pénal", org="Université de Neuchâtel", city="Neuchâtel",
             country=("CH", "Suisse"), **{"from": (2022,)}, current=True, eqf=8,
             field="Droit pénal"),
        dict(title="CAS en lutte contre la criminalité économique", org="Haute École de gestion Arc",
             city="Neuchâtel", country=("CH", "Suisse"), **{"from": (2017,), "to": (2018,)},
             field="Lutte contre la criminalité économique"),
        dict(title="Maîtrise universitaire en droit (Master of Law)", org="Université de Genève",
             city="Genève", country=("CH", "Suisse"), **{"from": (2008, 9), "to": (2010, 6)},
             eqf=7, field="Droit"),
        dict(title="Baccalauréat universitaire en droit (Bachelor of Law)",
             org="Université de Genève", city="Genève", country=("CH", "Suisse"),
             **{"from": (2005,), "to": (2008,)}, eqf=6, field="Droit"),
    ], [("fr", "français")], [
        dict(code="de", label="allemand", grid=["C1", "C1", "B2", "B2", "B2"]),
        dict(code="it", label="italien", grid=["B1"] * 5),
        dict(code="en", label="anglais", grid=["C1", "C1", "C1", "C1", "C2"],
             certs=[("Cambridge C1 Advanced", "Cambridge Assessment English", 2009, "C1")]),
    ])
    write_expected(name, "europass-xml", ["CH"], [
        X("Spécialiste en lutte contre le blanchiment – MROS", "Office fédéral de la police (fedpol)",
          "CH", "2019-04-01", None, True, None, ["LI", "IT"],
          note="day-level From -> full date; Current -> ongoing; Liechtenstein and Italian FIUs"),
        X("Inspectrice, Brigade financière", "Police cantonale de Genève", "CH", "2015-09",
          "2019-03", False, 0.8, ["FR"],
          note="'Taux d'occupation 80 %' -> 0.8 (round-5 rule); letters rogatory to France -> FR"),
        X("Juriste stagiaire", "Ministère public de la Confédération", None, "2012", "2015",
          False, None, [], note="no Country element -> null"),
        X("Assistante de recherche", "Université de Lausanne", "CH", "2010-06", "2011-05", False,
          None, [], note="Kenya only as subject of a desk study -> nothing"),
    ], [
        Ed("Droit pénal", 8, False, "2022", None, note="education Current -> not completed (round-9 rule)"),
        Ed("Lutte contre la criminalité économique", None, True, "2017", "2018",
           note="Swiss CAS -> null (round-5 rule)"),
        Ed("Droit", 7, True, "2008-09", "2010-06",
           note="Swiss maîtrise universitaire that the CV calls a Master, EQF 7 -> 7"),
        Ed("Droit", 6, True, "2005", "2008", note="baccalauréat universitaire (Bachelor), EQF 6 -> 6"),
    ], [
        L("fr", None, True),
        L("de", "B2", note="grid C1 / C1 / B2 / B2 / B2 -> lowest B2"),
        L("it", "B1", note="grid all B1"),
        L("en", "C1", note="grid C1 / C1 / C1 / C1 / C2 -> lowest C1; Cambridge C1 agrees"),
    ], notes=["Nationality suisse -> [CH]. Postcode 1205 and phone +41 79 201 20 16 give nothing."])


@cv
def europass10_en_silva():
    name = "europass10_en_silva"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-11-12T16:30:00.000Z", first="Tiago", last="Almeida Silva",
        street="Rua do Almada 201", postal="4050-038", city="Porto",
        country=("PT", "Portugal"), email="tiago.silva@example.pt",
        phone="+351 912 019 870", birth=(1983, 6, 21), gender="M",
        nationalities=[("PT", "Portuguese")],
        headline="Drug trafficking investigator"), [
        dict(**{"from": (2021, 3, 1)}, current=True, position="Liaison Officer",
             activities="Portuguese liaison bureau. Coordination with Brazilian and Cape Verdean "
                        "police on maritime cocaine trafficking.",
             employer="Europol", city="The Hague", country=("NL", "Netherlands")),
        dict(**{"from": (2014, 2), "to": (2021, 2)},
             position="Inspector, National Unit for Combating Drug Trafficking (UNCTE)",
             activities="Maritime interdiction cases with the Spanish Guardia Civil and the UK "
                        "National Crime Agency.",
             employer="Polícia Judiciária", city="Lisbon", country=("PT", "Portugal")),
        dict(**{"from": (2009,), "to": (2014, 1)}, position="Criminal Investigation Officer",
             activities="Porto directorate; organised theft and fraud cases.",
             employer="Polícia Judiciária", city="Porto"),
        dict(**{"from": (2007, 9), "to": (2008, 6)}, position="Teaching Assistant",
             activities="Criminal procedure tutorials. Part-time, 50 %.",
             employer="University of Coimbra", city="Coimbra", country=("PT", "Portugal")),
    ], [
        dict(title="Postgraduate course in Criminal Intelligence Analysis",
             org="Instituto Superior de Ciências Policiais e Segurança Interna", city="Lisbon",
             country=("PT", "Portugal"), **{"to": (2012,)},
             field="Criminal Intelligence Analysis"),
        dict(title="Master in Legal-Criminal Sciences", org="University of Coimbra",
             city="Coimbra", country=("PT", "Portugal"), **{"from": (2005,), "to": (2007,)},
             eqf=7, field="Criminal Law"),
        dict(title="Licenciatura em Direito", org="University of Coimbra", city="Coimbra",
             country=("PT", "Portugal"), **{"from": (2001,), "to": (2005,)}, eqf=6, field="Law"),
    ], [("pt", "Portuguese")], [
        dict(code="en", label="English", grid=["C2"] * 5),
        dict(code="es", label="Spanish", grid=["C1", "C1", "B2", "B2", "B1"]),
        dict(code="fr", label="French", grid=["B1", "B2", "A2", "A2", "A2"],
             certs=[("DELF B1", "France Éducation international", 2006, "B1")]),
    ])
    write_expected(name, "europass-xml", ["PT"], [
        X("Liaison Officer", "Europol", "NL", "2021-03-01", None, True, None, ["BR", "CV"],
          note="Brazilian and Cape Verdean police as counterparts -> [BR, CV]"),
        X("Inspector, National Unit for Combating Drug Trafficking (UNCTE)", "Polícia Judiciária",
          "PT", "2014-02", "2021-02", False, None, ["ES", "GB"],
          note="Spanish Guardia Civil, UK NCA -> [ES, GB]"),
        X("Criminal Investigation Officer", "Polícia Judiciária", None, "2009", "2014-01", False,
          None, [], note="year-only From, month To keep their precisions; no Country -> null"),
        X("Teaching Assistant", "University of Coimbra", "PT", "2007-09", "2008-06", False, 0.5,
          [], note="'Part-time, 50 %' -> 0.5"),
    ], [
        Ed("Criminal Intelligence Analysis", None, True, None, "2012",
           note="postgraduate course, no EQF -> null; To only -> end"),
        Ed("Criminal Law", 7, True, "2005", "2007"),
        Ed("Law", 6, True, "2001", "2005", note="licenciatura, EQF 6 -> 6"),
    ], [
        L("pt", None, True),
        L("en", "C2", note="grid all C2"),
        L("es", "B1", note="grid C1 / C1 / B2 / B2 / B1 -> lowest B1"),
        L("fr", "A2", note="grid B1 / B2 / A2 / A2 / A2 -> lowest A2; the grid is the written level and\n"
                           "wins over the DELF B1 certificate (round-5 rule)"),
    ], notes=["Nationality Portuguese -> [PT]. Postcode 4050-038 and phone give nothing."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_en_mensah():
    name = "linkedin11_en_mensah"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Kwame", "Last Name": "Mensah",
           "Headline": "Superintendent of Police | Cybercrime | Ghana Police Service",
           "Summary": "Police officer with seventeen years of service, two of them with the "
                      "United Nations, now leading cybercrime investigations in Accra.",
           "Industry": "Law Enforcement", "Zip Code": "GA-184-2019",
           "Geo Location": "Accra, Greater Accra Region, Ghana"},
        email="kwame.mensah@example.com.gh"), [
        ["United Nations Office on Drugs and Crime", "Programme Coordinator, Cybercrime (incoming)",
         "Will take up duties at the Regional Office in Dakar.", "Dakar, Dakar Region, Senegal",
         "Feb 2027", ""],
        ["Ghana Police Service", "Superintendent, Criminal Investigations Department (CID)",
         "Cybercrime Unit. Joint operations with the Nigeria Police Force and the Togolese "
         "gendarmerie.", "Accra, Greater Accra Region, Ghana", "Jul 2019", ""],
        ["Ghana Police Service", "Deputy Superintendent", "District command.",
         "Kumasi, Ashanti Region, Ghana", "Jan 2014", "Jun 2019"],
        ["United Nations Mission in Liberia (UNMIL)", "UN Police Officer",
         "Mentoring of the Liberia National Police.", "Monrovia, Liberia", "Mar 2012",
         "Feb 2013"],
        ["Ghana Police Service", "Assistant Superintendent", "", "Greater Accra Area", "2008",
         "Dec 2013"],
        ["Vodafone Ghana", "Customer Service Agent", "Part-time, 50%.", "Accra", "2005", "2007"],
    ], [
        ["University of Ghana", "2015", "2017", "", "Master of Arts - MA, Criminal Justice", ""],
        ["Ghana Police Academy", "2007", "2008", "", "Cadet Officer Course", ""],
        ["Kwame Nkrumah University of Science and Technology", "2001", "2005", "",
         "Bachelor of Science - BSc, Computer Science", ""],
    ], [
        ["English", "Full professional proficiency"],
        ["Twi", "Native or bilingual proficiency"],
        ["Ga", "Limited working proficiency"],
        ["French", "Elementary proficiency"],
    ], certs=[["DELF A2 – Diplôme d'études en langue française", "",
               "France Éducation international", "Jun 2018", "", ""],
              ["Certified Fraud Examiner (CFE)", "", "ACFE", "Oct 2016", "", ""]],
        skills=["Cybercrime investigation", "Digital evidence", "Community policing"])
    write_expected(name, "linkedin", [], [
        X("Superintendent, Criminal Investigations Department (CID)", "Ghana Police Service", "GH",
          "2019-07", None, True, None, ["NG", "TG"],
          note="the UNODC 'incoming' post starting Feb 2027 -> no entry (round-5 rule);\n"
               "empty Finished On -> ongoing; Nigerian police and Togolese gendarmerie -> [NG, TG]"),
        X("Deputy Superintendent", "Ghana Police Service", "GH", "2014-01", "2019-06", False, None,
          []),
        X("UN Police Officer", "United Nations Mission in Liberia (UNMIL)", "LR", "2012-03",
          "2013-02", False, None, [], note="Liberia National Police = base country, not repeated"),
        X("Assistant Superintendent", "Ghana Police Service", None, "2008", "2013-12", False, None,
          [], note="'Greater Accra Area' names no country -> null (round-9 rule); overlaps UNMIL"),
        X("Customer Service Agent", "Vodafone Ghana", None, "2005", "2007", False, 0.5, [],
          note="'Part-time, 50%' -> 0.5; 'Accra' alone -> null"),
    ], [
        Ed("Criminal Justice", 7, True, "2015", "2017"),
        Ed(None, None, True, "2007", "2008", note="police cadet course -> null; no subject"),
        Ed("Computer Science", 6, True, "2001", "2005"),
    ], [
        L("en", None, note="'Full professional proficiency' -> null"),
        L("tw", None, True),
        L(None, None, False, note="Ga has no ISO 639-1 code (round-9 rule)"),
        L("fr", "A2", note="DELF A2 in Certifications.csv -> A2 (round-4 rule)"),
    ], notes=["LinkedIn gives no nationality -> []; headline naming the employer is not a position.",
              "Zip code GA-184-2019 is not a date."])


@cv
def linkedin12_fr_lefebvre():
    name = "linkedin12_fr_lefebvre"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Camille", "Last Name": "Lefebvre",
           "Headline": "Attachée douanière régionale | Douane française",
           "Summary": "Douanière depuis 2012, spécialisée dans la lutte contre la contrefaçon et "
                      "la coopération douanière internationale.",
           "Industry": "Administration publique", "Zip Code": "59000",
           "Geo Location": "Rabat, Rabat-Salé-Kénitra, Maroc"},
        email="camille.lefebvre@example.fr"), [
        ["Direction générale des douanes et droits indirects (DGDDI)",
         "Attachée douanière régionale",
         "Coopération avec les administrations douanières du Maroc, de la Tunisie et de la "
         "Mauritanie.", "Rabat, Rabat-Salé-Kénitra, Maroc", "Sep 2023", ""],
        ["Direction générale des douanes et droits indirects (DGDDI)",
         "Cheffe d'équipe, Direction nationale du renseignement et des enquêtes douanières (DNRED)",
         "Enquêtes sur les contrefaçons ; échanges réguliers avec les douanes belges.",
         "Lille, Hauts-de-France, France", "Mar 2018", "Aug 2023"],
        ["Direction générale des douanes et droits indirects (DGDDI)", "Contrôleuse des douanes",
         "Brigade de surveillance du port.", "Dunkerque", "Sep 2012", "Feb 2018"],
        ["Indépendante", "Traductrice anglais-français", "Traductions juridiques.", "", "2010",
         "2012"],
        ["Unis-Cité", "Volontaire en service civique", "Médiation sociale, 24 h par semaine.",
         "Roubaix", "Oct 2009", "Jun 2010"],
    ], [
        ["Université de Lille", "2025", "2027", "", "Master 2, Droit des affaires internationales",
         ""],
        ["Sciences Po Lille", "2007", "2012", "", "Diplôme de l'IEP", ""],
        ["Lycée Faidherbe", "2004", "2007", "", "Baccalauréat, Série S", ""],
    ], [
        ["Français", "Bilingue ou langue maternelle"],
        ["Anglais", "Capacité professionnelle complète"],
        ["Allemand", "Capacité professionnelle limitée"],
        ["Arabe", "Notions"],
    ], certs=[["Goethe-Zertifikat B2", "", "Goethe-Institut", "Mai 2016", "", ""]],
        skills=["Renseignement douanier", "Contrefaçon", "Coopération internationale"])
    write_expected(name, "linkedin", [], [
        X("Attachée douanière régionale", "Direction générale des douanes et droits indirects (DGDDI)",
          "MA", "2023-09", None, True, None, ["TN", "MR"],
          note="Location ends in 'Maroc' -> MA; Morocco = base, not repeated; Tunisia, Mauritania"),
        X("Cheffe d'équipe, Direction nationale du renseignement et des enquêtes douanières (DNRED)",
          "Direction générale des douanes et droits indirects (DGDDI)", "FR", "2018-03", "2023-08",
          False, None, ["BE"], note="Belgian customs as counterpart -> BE"),
        X("Contrôleuse des douanes", "Direction générale des douanes et droits indirects (DGDDI)",
          None, "2012-09", "2018-02", False, None, [], note="'Dunkerque' alone -> null"),
        X("Traductrice anglais-français", "Indépendante", None, "2010", "2012", False, None, [],
          note="freelance: employer 'Indépendante' as written (round-8 rule)"),
        X("Volontaire en service civique", "Unis-Cité", None, "2009-10", "2010-06", False, None, [],
          note="hours per week with no reference -> part_time null"),
    ], [
        Ed("Droit des affaires internationales", 7, False, "2025", "2027",
           note="end 2027 in the future -> not completed"),
        Ed(None, None, True, "2007", "2012", note="'Diplôme de l'IEP' -> null (round-9 rule); no subject"),
        Ed(None, 3, True, "2004", "2007", note="baccalauréat -> 3; 'Série S' is not a field"),
    ], [
        L("fr", None, True, note="'Bilingue ou langue maternelle' -> mother tongue (round-9 rule)"),
        L("en", None),
        L("de", "B2", note="Goethe-Zertifikat B2 in Certifications.csv -> B2"),
        L("ar", None),
    ], notes=["LinkedIn gives no nationality -> []. Zip code 59000 gives nothing.",
              "Summary 'Douanière depuis 2012' is not a position."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_en_fernando():
    name = "jsonresume13_en_fernando"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Nirmala Fernando", "label": "Maritime security officer",
            "email": "nirmala.fernando@example.lk", "phone": "+94 77 201 2016",
            "summary": "Sri Lankan national; police officer since 2010, now working on maritime "
                       "crime at INTERPOL.",
            "location": {"city": "Lyon", "countryCode": "FR"}},
        "work": [
            {"name": "INTERPOL", "position": "Specialized Officer, Maritime Security",
             "location": "Lyon, France", "startDate": "2022-10",
             "summary": "Maritime crime analysis with the Maldives Police Service and the Indian "
                        "Navy; case coordination with the Maldives."},
            {"name": "Sri Lanka Police", "position": "Assistant Superintendent of Police",
             "location": "Colombo, Sri Lanka", "startDate": "2016-01", "endDate": "2022-09",
             "summary": "People-smuggling investigations with the Australian Federal Police."},
            {"name": "UNODC Global Maritime Crime Programme", "position": "National Consultant",
             "location": "Colombo, Sri Lanka", "startDate": "2014-06", "endDate": "2014-11",
             "summary": "Short-term consultancy at 0.5 FTE while on leave from the police."},
            {"name": "Sri Lanka Police", "position": "Inspector of Police", "location": "Galle",
             "startDate": "2010", "endDate": "2015-12"}],
        "volunteer": [
            {"organization": "Sarvodaya Shramadana Movement", "position": "Youth Volunteer",
             "startDate": "2006", "endDate": "2008",
             "summary": "Tsunami reconstruction projects in the Southern Province."}],
        "education": [
            {"institution": "University of Leicester", "area": "Criminology",
             "studyType": "MSc (distance learning)", "startDate": "2018", "endDate": "2020"},
            {"institution": "Sri Lanka Police College", "area": "Police Science",
             "studyType": "Diploma", "startDate": "2009", "endDate": "2010"},
            {"institution": "University of Colombo", "area": "Sociology",
             "studyType": "Bachelor of Arts (Special)", "startDate": "2005", "endDate": "2009"}],
        "languages": [
            {"language": "Sinhala", "fluency": "Native speaker"},
            {"language": "Tamil", "fluency": "Conversational"},
            {"language": "English", "fluency": "C2"},
            {"language": "Dhivehi", "fluency": "A1"}],
        "certificates": [
            {"name": "IELTS Academic 8.5", "date": "2017-04", "issuer": "British Council"}],
    })
    write_expected(name, "jsonresume", ["LK"], [
        X("Specialized Officer, Maritime Security", "INTERPOL", "FR", "2022-10", None, True, None,
          ["MV", "IN"], note="no endDate -> ongoing; Maldives named twice -> once; Indian Navy -> IN"),
        X("Assistant Superintendent of Police", "Sri Lanka Police", "LK", "2016-01", "2022-09",
          False, None, ["AU"], note="Australian Federal Police -> AU"),
        X("National Consultant", "UNODC Global Maritime Crime Programme", "LK", "2014-06",
          "2014-11", False, 0.5, [], note="'0.5 FTE' -> 0.5; overlaps the Inspector post"),
        X("Inspector of Police", "Sri Lanka Police", None, "2010", "2015-12", False, None, [],
          note="'Galle' alone -> null"),
        X("Youth Volunteer", "Sarvodaya Shramadana Movement", None, "2006", "2008", False, None,
          [], note="volunteer item after work items"),
    ], [
        Ed("Criminology", 7, True, "2018", "2020", note="MSc -> 7"),
        Ed("Police Science", None, True, "2009", "2010", note="'Diploma' -> null"),
        Ed("Sociology", 6, True, "2005", "2009"),
    ], [
        L("si", None, True),
        L("ta", None, note="'Conversational' -> null"),
        L("en", "C2", note="written C2; IELTS 8.5 agrees"),
        L("dv", "A1", note="Dhivehi -> dv (round-9 rule)"),
    ], notes=["'Sri Lankan national' -> [LK]. Phone +94 77 201 2016 is not a date."])


@cv
def jsonresume14_fr_rakotoarisoa():
    name = "jsonresume14_fr_rakotoarisoa"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Fanja Rakotoarisoa", "label": "Officière de gendarmerie – sécurité maritime",
            "email": "fanja.rakotoarisoa@example.mg", "phone": "+230 5 201 2020",
            "summary": "Ressortissante malgache, officière de gendarmerie détachée auprès de la "
                       "Commission de l'océan Indien.",
            "location": {"city": "Ebène", "countryCode": "MU"}},
        "work": [
            {"name": "Union africaine – AFRIPOL", "position": "Experte police",
             "location": "Alger, Algérie", "startDate": "2027-03-01",
             "summary": "Poste obtenu, prise de fonctions en mars 2027."},
            {"name": "Commission de l'océan Indien (COI)",
             "position": "Chargée de programme – sécurité maritime", "location": "Ebène, Maurice",
             "startDate": "2020-02",
             "summary": "Appui aux garde-côtes des Comores et des Seychelles ; missions à Moroni."},
            {"name": "Gendarmerie nationale malagasy",
             "position": "Capitaine, Section de recherches criminelles",
             "location": "Antananarivo", "startDate": "2014-07", "endDate": "2020-01"},
            {"name": "Gendarmerie nationale malagasy",
             "position": "Lieutenant, commandant de brigade", "location": "Toamasina, Madagascar",
             "startDate": "2011", "endDate": "2014-06"}],
        "volunteer": [
            {"organization": "Croix-Rouge malagasy", "position": "Secouriste bénévole",
             "startDate": "2008-05", "endDate": "2011-03"}],
        "education": [
            {"institution": "Université d'Antananarivo", "area": "Droit privé",
             "studyType": "DEA", "startDate": "2012", "endDate": "2013"},
            {"institution": "Académie militaire d'Antsirabe", "studyType": "Diplôme d'officier",
             "startDate": "2008", "endDate": "2011"},
            {"institution": "Université d'Antananarivo", "area": "Droit",
             "studyType": "Licence", "startDate": "2004", "endDate": "2007"}],
        "languages": [
            {"language": "Malagasy", "fluency": "Langue maternelle"},
            {"language": "Français", "fluency": "C1 (DALF C1)"},
            {"language": "Anglais", "fluency": "B2"},
            {"language": "Shikomori", "fluency": "Notions"}],
    })
    write_expected(name, "jsonresume", ["MG"], [
        X("Chargée de programme – sécurité maritime", "Commission de l'océan Indien (COI)", "MU",
          "2020-02", None, True, None, ["KM", "SC"],
          note="AFRIPOL post starting 2027-03-01 -> future, no entry (round-5 rule);\n"
               "no endDate -> ongoing; Comoros and Seychelles coast guards -> [KM, SC]"),
        X("Capitaine, Section de recherches criminelles", "Gendarmerie nationale malagasy", None,
          "2014-07", "2020-01", False, None, [], note="'Antananarivo' alone -> null"),
        X("Lieutenant, commandant de brigade", "Gendarmerie nationale malagasy", "MG", "2011",
          "2014-06", False, None, []),
        X("Secouriste bénévole", "Croix-Rouge malagasy", None, "2008-05", "2011-03", False, None,
          [], note="volunteer item after work items"),
    ], [
        Ed("Droit privé", 7, True, "2012", "2013", note="DEA -> 7 (round-5 rule)"),
        Ed(None, None, True, "2008", "2011", note="military academy officer diploma -> null; no subject"),
        Ed("Droit", 6, True, "2004", "2007", note="licence -> 6"),
    ], [
        L("mg", None, True),
        L("fr", "C1", note="written C1; DALF C1 agrees"),
        L("en", "B2"),
        L(None, None, False, note="Shikomori has no ISO 639-1 code (round-9 rule); 'Notions' -> null"),
    ], notes=["'Ressortissante malgache' -> [MG] (round-7 rule). Phone +230 5 201 2020 is not a date."])

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
