#!/usr/bin/env python3
"""Generate the round-6 labelled CV evaluation set (14 fictional people).

Written on 2026-12-01 BLIND to the matcher importer code. The rendering helpers
(mini markup -> PDF/DOCX/text, Europass XML, LinkedIn zip, JSON Resume, the
expected-YAML writer and the --check typo guard) are reused from the round-6
example generator given to the writer; every CV and every expected fact below
is new and was written by hand following CONVENTIONS.md (including its
"Additional rules (round 6)"). No expected fact is derived from rendered text.

Run:  /tmp/cvs6venv/bin/python make_cvs.py --all
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
def pdf01_sidebar_fr_kone():
    name = "pdf01_sidebar_fr_kone"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Mariam KONÉ
@ Analyste criminelle
## Contact
Cocody Angré, 7e tranche
Abidjan – Côte d'Ivoire
+225 07 58 20 14 21
mariam.kone@example.ci
## État civil
Née le 19 juin 1988 à Milan (Italie)
Nationalité : ivoirienne
## Langues
- Français : langue maternelle
- Anglais : C1 (IELTS Academic 7.0)
- Dioula : courant
- Italien : notions
## Compétences
- i2 Analyst's Notebook
- Analyse de réseaux
- Rédaction de notes stratégiques
---main
## Expérience professionnelle
### INTERPOL – Bureau régional pour l'Afrique de l'Ouest
@ Abidjan, Côte d'Ivoire · depuis mars 2021
**Analyste criminelle**
- Appui analytique aux BCN du Ghana, du Burkina Faso et du Liberia.
- Projets sur le trafic de médicaments falsifiés dans la sous-région.
### Police nationale de Côte d'Ivoire – Direction de la police criminelle
@ Abidjan, Côte d'Ivoire
**Chef de section, criminalité transnationale organisée** · janv. 2018 – févr. 2021
- Dossiers visant des réseaux composés de ressortissants nigérians.
**Officier de police judiciaire** · sept. 2014 – déc. 2017
- Enquêtes sur les vols à main armée et les escroqueries en ligne.
### Office des Nations Unies contre la drogue et le crime (ONUDC)
@ Dakar (Sénégal) · avril – août 2013
**Stagiaire, Programme de contrôle des conteneurs**
## Formation
**Master 2 Criminologie et sécurité internationale** – Université Félix Houphouët-Boigny, 2012 – 2014
**Licence en droit privé** – Université Alassane Ouattara, Bouaké, 2012
**Diplôme d'officier de police** – École nationale de police, Abidjan, 2014
## Formations complémentaires
- Certificat INTERPOL d'analyse criminelle, Lyon (France), 2019
- Séminaire AFRIPOL, Alger (Algérie), 2022
""", style="sidebar", font="DVSans", accent="#7A3E00", title="CV Mariam Koné")
    write_expected(name, "pdf", ["CI"], [
        X("Analyste criminelle", "INTERPOL – Bureau régional pour l'Afrique de l'Ouest",
          "CI", "2021-03", None, True, None, ["GH", "BF", "LR"],
          note="'depuis mars 2021' -> 2021-03, ongoing; BCN of three named countries"),
        X("Chef de section, criminalité transnationale organisée",
          "Police nationale de Côte d'Ivoire – Direction de la police criminelle",
          "CI", "2018-01", "2021-02", False, None, [],
          note="heading location 'Abidjan, Côte d'Ivoire' applies (round-5 rule);\n"
               "'ressortissants nigérians' = subject matter -> no NG"),
        X("Officier de police judiciaire",
          "Police nationale de Côte d'Ivoire – Direction de la police criminelle",
          "CI", "2014-09", "2017-12", False, None, []),
        X("Stagiaire, Programme de contrôle des conteneurs",
          "Office des Nations Unies contre la drogue et le crime (ONUDC)",
          "SN", "2013-04", "2013-08", False, None, [],
          note="'avril – août 2013': month-only start takes the end's year"),
    ], [
        Ed("Criminologie et sécurité internationale", 7, True, "2012", "2014"),
        Ed("droit privé", 6, True, None, "2012"),
        Ed(None, None, True, None, "2014",
           note="police-school diploma -> level null; no subject -> field null"),
    ], [
        L("fr", None, True),
        L("en", "C1", note="written C1, IELTS 7.0 agrees"),
        L(None, None, note="Dioula (Dyula) has no ISO 639-1 code; 'courant' -> null"),
        L("it", None, note="'notions' -> null"),
    ], notes=["Born in Milan (Italy): no IT nationality, no country anywhere.",
              "Training section (Lyon 2019, Alger 2022) gives nothing.",
              "Phone +225 07 58 20 14 21 is not a date."])


@cv
def pdf02_table_lindqvist():
    name = "pdf02_table_lindqvist"
    render_pdf(OUT / f"{name}.pdf", """
# Erik Lindqvist
@ Detective Inspector · Swedish Police Authority
Citizenship: Swedish  |  erik.lindqvist@example.se  |  +46 70 201 13 17
## Professional experience
|! Period | Position and employer | Location |
| Oct 2022 – present | **Liaison Officer** // Swedish Police Authority (seconded to the Swedish Liaison Bureau at Europol) // Daily liaison with the Norwegian, Danish and Finnish desks on firearms cases. | The Hague, Netherlands |
| 2017 – Sep 2022 | **Detective Inspector**, National Operations Department (NOA) // Swedish Police Authority // Member of a joint investigation team with Estonia and Latvia (synthetic drugs). | Stockholm, Sweden |
| 2014 – 2016 | **Police Officer** (80 %) // Swedish Police Authority, Police Region South | Malmö |
| 2013 – 2014 | Parental leave | |
| 2006 – 2010 | **Security Officer** (part-time during studies) // Securitas Sverige AB | Gothenburg, Sweden |
## Education
|! Years | Qualification | Institution |
| 2024 – exp. June 2027 | Master of Science in Police Work (distance) | Linnaeus University, Växjö |
| 2010 – 2012 | Diploma in Police Work (Polisutbildningen) | Umeå University |
| 2006 – 2009 | BSc Criminology | Stockholm University |
## Languages
|! Language | Level |
| Swedish | Mother tongue |
| English | C2 |
| German | B1 – Goethe-Zertifikat B1 (2015) |
| Norwegian | Good passive understanding |
## Courses
- CEPOL exchange programme, Guardia Civil, Madrid (Spain), 2019
""", style="classic", font="DVSerif", accent="#004B87", title="CV Erik Lindqvist")
    write_expected(name, "pdf", ["SE"], [
        X("Liaison Officer", "Swedish Police Authority", "NL", "2022-10", None, True,
          None, ["NO", "DK", "FI"],
          note="Location column 'The Hague, Netherlands' -> NL; the Norwegian, Danish and\n"
               "Finnish liaison desks are those countries' police counterparts -> [NO, DK, FI]"),
        X("Detective Inspector", "Swedish Police Authority", "SE", "2017", "2022-09",
          False, None, ["EE", "LV"]),
        X("Police Officer", "Swedish Police Authority", None, "2014", "2016", False,
          0.8, [], note="'Malmö' alone -> null; '(80 %)' -> 0.8"),
        X("Security Officer", "Securitas Sverige AB", "SE", "2006", "2010", False,
          None, [], note="'part-time' with no figure -> null"),
    ], [
        Ed("Police Work", 7, False, "2024", "2027-06",
           note="'exp. June 2027' -> not completed, end 2027-06"),
        Ed("Police Work", None, True, "2010", "2012",
           note="'Diploma' -> level null"),
        Ed("Criminology", 6, True, "2006", "2009"),
    ], [
        L("sv", None, True),
        L("en", "C2"),
        L("de", "B1"),
        L("no", None, note="words only -> null (Norwegian: 'no'; 'nb' also acceptable)"),
    ], notes=["'Parental leave' row is not a position.",
              "CEPOL exchange in Madrid (Spain) is a course -> nothing."])


@cv
def pdf03_en_obrien():
    name = "pdf03_en_obrien"
    render_pdf(OUT / f"{name}.pdf", """
# Siobhán O'Brien
@ 14 Clontarf Road, Dublin 3  ·  s.obrien@example.ie  ·  087 201 9022
Irish and British citizen. Detective Sergeant with fourteen years in An Garda Síochána, specialising in money laundering and asset recovery.
## Career
### An Garda Síochána — Ireland
**Detective Sergeant**, Garda National Economic Crime Bureau
@ Sept 2019 – Current
- Prepares mutual legal assistance requests to the authorities of Cyprus, Malta and the United Arab Emirates.
- Leads a team of six investigators on invoice-redirection fraud.
**Detective Garda**, Divisional Crime Unit, Dublin North Central
@ Mar 2014 – Aug 2019
**Garda** (uniform, community policing), Store Street Station
@ 2010 – Feb 2014
### Technological University Dublin
**Associate Lecturer (0.2 FTE)**, School of Social Sciences, Law and Education
@ Jan 2022 – Jun 2024
### Department of Justice, Dublin
**Temporary Clerical Officer**
@ 03/04/2008 – 01/02/2010
## Education
**LLM in International Crime and Justice** — University College Dublin, 2016–2018 (part-time)
**BA in Applied Policing** — Garda College, Templemore, 2010–2012
**BA (Hons) Sociology and Politics** — NUI Galway, 2005–2008
## Languages
English – native · Irish (Gaeilge) – fluent · French – B2 (DELF B2, 2007)
## Talks
- Speaker, Europol Money Laundering Conference, The Hague, 2022
""", style="classic", font="DVSans", accent="#0B6E4F", title="CV Siobhan O'Brien")
    write_expected(name, "pdf", ["IE", "GB"], [
        X("Detective Sergeant", "An Garda Síochána", "IE", "2019-09", None, True,
          None, ["CY", "MT", "AE"],
          note="heading 'An Garda Síochána — Ireland' applies to its three positions"),
        X("Detective Garda", "An Garda Síochána", "IE", "2014-03", "2019-08", False,
          None, []),
        X("Garda", "An Garda Síochána", "IE", "2010", "2014-02", False, None, []),
        X("Associate Lecturer (0.2 FTE)", "Technological University Dublin", None,
          "2022-01", "2024-06", False, 0.2, [], note="'0.2 FTE' -> 0.2"),
        X("Temporary Clerical Officer", "Department of Justice", None, None, None,
          False, None, [],
          note="TRAP: 03/04/2008 and 01/02/2010 can be read D/M or M/D and no other\n"
               "numeric day date in the document gives the convention -> null/null"),
    ], [
        Ed("International Crime and Justice", 7, True, "2016", "2018"),
        Ed("Applied Policing", 6, True, "2010", "2012"),
        Ed("Sociology and Politics", 6, True, "2005", "2008"),
    ], [
        L("en", None, True),
        L("ga", None, note="'fluent' -> null"),
        L("fr", "B2"),
    ], notes=["Nationality 'Irish and British citizen' -> [IE, GB].",
              "Talk in The Hague 2022 gives nothing. Phone 087 201 9022 is not a date."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_beaulieu():
    name = "docx04_fr_beaulieu"
    render_docx(OUT / f"{name}.docx", """
# Camille BEAULIEU
Adjudant-chef de gendarmerie – enquêtrice en cybercriminalité
Née le 14/02/1991 à Nantes – 12 rue des Tanneurs, 95000 Cergy – 06 20 19 20 22
## Parcours professionnel
### Gendarmerie nationale – Pontoise (95)
**Enquêtrice spécialisée N-TECH, Centre de lutte contre les criminalités numériques (C3N)** – depuis le 1er septembre 2022
- Investigations sur les rançongiciels ; coopération suivie avec les autorités belges et luxembourgeoises.
**Enquêtrice, brigade de recherches de Cergy** – de 2016 à août 2022
- Atteintes aux biens, stupéfiants, premiers dossiers d'escroquerie en ligne.
### Eurojust – La Haye (Pays-Bas)
**Experte nationale détachée (mise à disposition)** – 02/2019 – 01/2020
### Gendarmerie nationale – Nantes
**Gendarme adjoint volontaire** – 2012 – 2014
## Formation
- Master 2 Droit du numérique, Université Paris-Saclay – en cours (2025 – 2027)
- Diplôme universitaire (DU) Investigations numériques, Université de Strasbourg – 2018
- Licence professionnelle Métiers de l'informatique : administration et sécurité des systèmes, IUT de Nantes – 2011
- Baccalauréat – 2009
## Langues
- Français : langue maternelle
- Anglais : B2 (TOEIC 850)
- Espagnol : lu, écrit, parlé
## Centres d'intérêt
Trail, bénévolat à la Croix-Rouge (depuis 2015)
""", font="Calibri", title="CV Camille Beaulieu")
    write_expected(name, "docx", [], [
        X("Enquêtrice spécialisée N-TECH, Centre de lutte contre les criminalités numériques (C3N)",
          "Gendarmerie nationale", None, "2022-09-01", None, True, None, ["BE", "LU"],
          note="'depuis le 1er septembre 2022' -> full date, ongoing (round-6 rule);\n"
               "'Pontoise (95)': city + département number, no country -> null"),
        X("Enquêtrice, brigade de recherches de Cergy", "Gendarmerie nationale", None,
          "2016", "2022-08", False, None, []),
        X("Experte nationale détachée (mise à disposition)", "Eurojust", "NL",
          "2019-02", "2020-01", False, None, [],
          note="overlaps the Cergy post (secondment)"),
        X("Gendarme adjoint volontaire", "Gendarmerie nationale", None, "2012", "2014",
          False, None, [], note="'volontaire' is a paid status in the gendarmerie, a normal post"),
    ], [
        Ed("Droit du numérique", 7, False, "2025", "2027", note="'en cours' -> false"),
        Ed("Investigations numériques", None, True, None, "2018", note="DU -> level null"),
        Ed("Métiers de l'informatique : administration et sécurité des systèmes", 6, True,
           None, "2011"),
        Ed(None, 3, True, None, "2009", note="bare 'Baccalauréat' -> field null"),
    ], [
        L("fr", None, True),
        L("en", "B2", note="written B2; TOEIC itself not mapped"),
        L("es", None, note="'lu, écrit, parlé' -> null"),
    ], notes=["TRAP: no nationality statement (born in Nantes, French gendarmerie) -> [].",
              "Birth date 14/02/1991, postcode 95000, phone, and the Red Cross",
              "volunteering in 'Centres d'intérêt' (no title) give nothing."])


@cv
def docx05_en_haddad():
    name = "docx05_en_haddad"
    render_docx(OUT / f"{name}.docx", """
# RANIA HADDAD
Human Rights and Rule of Law Officer
Nationality: Lebanese, Canadian · Current address: 3400 rue Durocher, Montréal (QC), Canada · rania.haddad@example.org
## Employment history
**Human Rights Officer** | United Nations Integrated Office in Haiti (BINUH) | Port-au-Prince, Haiti | 2021/11 – to date
- Monitoring of detention conditions with the Haitian National Police inspectorate.
- Cross-border protection cases with the border authorities of the Dominican Republic.
**Programme Officer (Rule of Law)** | United Nations Development Programme (UNDP) | Beirut, Lebanon | 2019/04 – 2021/10
- Prison reform project; coordination with the Jordanian Public Security Directorate on a regional training curriculum.
**Legal Researcher (50%)** | Lebanese Center for Human Rights | Beirut | 2016/09 – 2019/03
**Intern** | UNODC Regional Office for the Middle East and North Africa | Cairo, Egypt | Summer 2015
## Education
**LL.M. in International Human Rights Law**, Lund University, Sweden, 2014–2015
**Bachelor of Law (Licence en droit)**, Université Saint-Joseph de Beyrouth, 2010–2014
## Languages
Arabic – mother tongue
French – C2 (DALF C2)
English – C1
Haitian Creole – basic
""", font="Georgia", title="Rania Haddad CV")
    write_expected(name, "docx", ["LB", "CA"], [
        X("Human Rights Officer", "United Nations Integrated Office in Haiti (BINUH)", "HT",
          "2021-11", None, True, None, ["DO"],
          note="'2021/11 – to date' -> 2021-11 ongoing (round-6 year-first rule);\n"
               "Haitian National Police is the base country -> not repeated"),
        X("Programme Officer (Rule of Law)", "United Nations Development Programme (UNDP)",
          "LB", "2019-04", "2021-10", False, None, ["JO"]),
        X("Legal Researcher (50%)", "Lebanese Center for Human Rights", None,
          "2016-09", "2019-03", False, 0.5, [], note="'Beirut' alone -> null"),
        X("Intern", "UNODC Regional Office for the Middle East and North Africa", "EG",
          "2015", "2015", False, None, [], note="season -> year only"),
    ], [
        Ed("International Human Rights Law", 7, True, "2014", "2015"),
        Ed("Law", 6, True, "2010", "2014"),
    ], [
        L("ar", None, True),
        L("fr", "C2"),
        L("en", "C1"),
        L("ht", None, note="'basic' -> null"),
    ], notes=["Nationality 'Lebanese, Canadian' -> [LB, CA]; address in Canada gives nothing more."])


@cv
def docx06_en_petrova():
    name = "docx06_en_petrova"
    render_docx(OUT / f"{name}.docx", """
# Elena Petrova
Chief Inspector · international police cooperation
Sofia 1407, bul. Cherni Vrah 51 · +359 88 201 2015 · e.petrova@example.bg
## Work experience
### Ministry of Interior of the Republic of Bulgaria — Sofia, Bulgaria
**Chief Inspector**, International Operational Police Cooperation Directorate (SIRENE Bureau)
@ 09.2020 – present
- Handles SIS alerts and hit follow-up with the SIRENE Bureaux of Romania, Greece and North Macedonia.
**Senior Inspector**, International Operational Police Cooperation Directorate
@ 07.2015 – 08.2020
**Junior Inspector**, Sofia Directorate of Interior, 3rd Police Department
@ 01.2012 – 06.2015
### Frontex — Lesvos, Greece
**Team Leader, Joint Operation Poseidon** (deployed officer)
@ Apr – Jul 2018
## Education
**Master in Law** (магистър по право), Sofia University "St. Kliment Ohridski", 2005 – 2010
**Specialisation in Police Management**, Academy of the Ministry of Interior, 2013
## Languages
Bulgarian — native
English — C1 (Common European Framework)
Russian — B2/C1
German — A2; Goethe-Zertifikat B1 planned for 2027
""", font="Arial", title="CV Elena Petrova")
    write_expected(name, "docx", [], [
        X("Chief Inspector", "Ministry of Interior of the Republic of Bulgaria", "BG",
          "2020-09", None, True, None, ["RO", "GR", "MK"],
          note="'09.2020' numeric month-year (round-6 rule)"),
        X("Senior Inspector", "Ministry of Interior of the Republic of Bulgaria", "BG",
          "2015-07", "2020-08", False, None, []),
        X("Junior Inspector", "Ministry of Interior of the Republic of Bulgaria", "BG",
          "2012-01", "2015-06", False, None, []),
        X("Team Leader, Joint Operation Poseidon", "Frontex", "GR", "2018-04", "2018-07",
          False, None, [],
          note="heading location 'Lesvos, Greece' -> GR; 'Apr – Jul 2018' month-only start"),
    ], [
        Ed("Law", 7, True, "2005", "2010"),
        Ed("Police Management", None, True, None, "2013",
           note="'Specialisation' -> level unclear -> null"),
    ], [
        L("bg", None, True),
        L("en", "C1"),
        L("ru", "B2", note="'B2/C1' -> lower bound"),
        L("de", "A2", note="planned certificate gives nothing; written A2 stands"),
    ], notes=["No nationality statement -> []. Phone/postcode give nothing."])


# ---------------------------------------------------------------- text ----

@cv
def txt07_fr_diallo():
    name = "txt07_fr_diallo"
    text = """CURRICULUM VITAE

Ousmane DIALLO
Commissaire de police
Quartier Kipé, commune de Ratoma, Conakry
Tél. : +224 622 20 19 11      Courriel : o.diallo@example.gn
Né le 12/03/1983 à Labé - Nationalité : guinéenne - Marié, 3 enfants


EXPÉRIENCE PROFESSIONNELLE
==========================

janvier 2019 - à ce jour
    Commissaire de police, chef de la division des stupéfiants
    Direction centrale de la police judiciaire - Conakry (Guinée)
    . Coopération opérationnelle avec les services de police de la Sierra
      Leone et du Mali (livraisons surveillées, échanges de renseignements).
    . Participation à l'atelier régional de l'ONUDC à Dakar (2022).

06/2021 - 12/2023
    Consultant national à temps partiel (quotité 20 %)
    INTERPOL - programme WAPIS
    . Alimentation du système régional de données policières.

2014 - 2018
    Chef de brigade
    Commissariat central de Kaloum - Conakry

2011 - 2014
    Officier de police adjoint
    Police nationale - Kankan


FORMATION
=========

2011        Diplôme de l'École nationale de police (promotion "Unité")
2009        DESS Sécurité et défense - Université Cheikh Anta Diop de Dakar (Sénégal)
2007        Maîtrise en droit public - Université Gamal Abdel Nasser de Conakry


LANGUES
=======

Peul (pular) ..... langue maternelle
Français ......... courant (langue de travail)
Anglais .......... niveau intermédiaire (B1)
Soussou .......... parlé


DIVERS
======

Membre de l'Association des anciens de l'ENP depuis 2012.
"""
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    write_expected(name, "text", ["GN"], [
        X("Commissaire de police, chef de la division des stupéfiants",
          "Direction centrale de la police judiciaire", "GN", "2019-01", None, True,
          None, ["SL", "ML"],
          note="'à ce jour' -> ongoing; ONUDC workshop in Dakar attended -> no SN"),
        X("Consultant national à temps partiel (quotité 20 %)", "INTERPOL - programme WAPIS",
          None, "2021-06", "2023-12", False, 0.2, [], note="'quotité 20 %' -> 0.2"),
        X("Chef de brigade", "Commissariat central de Kaloum", None, "2014", "2018",
          False, None, [], note="'Conakry' alone -> null"),
        X("Officier de police adjoint", "Police nationale", None, "2011", "2014", False,
          None, []),
    ], [
        Ed(None, None, True, None, "2011", note="police-school diploma -> null/null"),
        Ed("Sécurité et défense", 7, True, None, "2009", note="DESS -> 7 (round-5 rule)"),
        Ed("droit public", None, True, None, "2007", note="maîtrise (pre-LMD) -> null"),
    ], [
        L("ff", None, True, note="Peul/Pular = Fula, ISO 639-1 ff"),
        L("fr", None, note="'courant' -> null"),
        L("en", "B1", note="'niveau intermédiaire (B1)' -> written B1"),
        L(None, None, note="Soussou (Susu) has no ISO 639-1 code; 'parlé' -> null"),
    ], notes=["'Nationalité : guinéenne' -> [GN]. Born in Labé gives nothing.",
              "Association membership 'depuis 2012' is not a position."])


@cv
def txt08_en_mwangi():
    name = "txt08_en_mwangi"
    text = """Grace Wanjiru Mwangi
P.O. Box 20192-00200, Nairobi | +254 722 201 716 | gw.mwangi@example.co.ke
Nationality: Kenyan

PROFILE
Forensic document examiner (ISO 17025 laboratory) with a background in
chemistry and immigration control.

EXPERIENCE

Forensic Document Examiner
Directorate of Criminal Investigations (DCI), Nairobi, Kenya
2021 - now
 - Examination of passports, visas and banknotes.
 - Worked with Ugandan and Tanzanian police on passport-fraud cases.

Part-time Tutor (questioned documents)
Kenya Police College, Kiganjo
2019 - 2020, two days a week

Document Examiner (Trainee)
DCI Forensic Laboratory, Nairobi
Jan. 2017 - Dec. 2020

Immigration Officer
Department of Immigration Services, Mombasa
Aug. 2012 - Dec. 2016
 - Border control at Moi International Airport.

EDUCATION

MSc Forensic Science - University of Nairobi - graduated 2019
Postgraduate Diploma in Document Examination - Kenya School of Government - 2016
BSc Chemistry - Kenyatta University - 2007-2011 (Second Class Honours, Upper Division)

LANGUAGES
English (fluent), Kiswahili (native), Kikuyu (native), French - A2

REFEREES
Available on request.
"""
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    write_expected(name, "text", ["KE"], [
        X("Forensic Document Examiner", "Directorate of Criminal Investigations (DCI)",
          "KE", "2021", None, True, None, ["UG", "TZ"], note="'now' -> ongoing"),
        X("Part-time Tutor (questioned documents)", "Kenya Police College", None,
          "2019", "2020", False, None, [],
          note="'two days a week' with no reference -> part_time null"),
        X("Document Examiner (Trainee)", "DCI Forensic Laboratory", None, "2017-01",
          "2020-12", False, None, []),
        X("Immigration Officer", "Department of Immigration Services", None, "2012-08",
          "2016-12", False, None, [], note="'Mombasa' alone -> null"),
    ], [
        Ed("Forensic Science", 7, True, None, "2019"),
        Ed("Document Examination", None, True, None, "2016",
           note="postgraduate diploma -> null"),
        Ed("Chemistry", 6, True, "2007", "2011"),
    ], [
        L("en", None, note="'fluent' -> null"),
        L("sw", None, True),
        L("ki", None, True),
        L("fr", "A2"),
    ], notes=["P.O. Box 20192-00200 and phone numbers are not dates."])


# ------------------------------------------------------------ Europass ----

@cv
def europass09_kowalczyk():
    name = "europass09_kowalczyk"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-03-18T09:12:00.000Z", first="Tomasz", last="Kowalczyk",
        street="ul. Grochowska 278/14", postal="03-841", city="Warszawa",
        country=("PL", "Poland"), email="t.kowalczyk@example.pl",
        phone="+48 601 201 920", birth=(1986, 11, 4), gender="M",
        nationalities=[("PL", "Polish")],
        headline="Police expert – organised economic crime"), [
        dict(**{"from": (2019, 3)}, current=True,
             position="Expert, Economic Crime Board",
             activities="Coordinated controlled deliveries and financial investigations "
                        "with Lithuanian and German police; VAT carousel fraud cases.",
             employer="Centralne Biuro Śledcze Policji (CBŚP)", city="Warszawa",
             country=("PL", "Poland")),
        dict(**{"from": (2014, 10), "to": (2019, 2)},
             position="Police Officer – Economic Crime Unit",
             activities="Investigations into fuel-tax fraud. Full-time.",
             employer="Komenda Wojewódzka Policji w Krakowie", city="Kraków"),
        dict(**{"from": (2012,), "to": (2014,)}, position="Junior Analyst",
             activities="Forensic accounting support for fraud investigations.",
             employer="Deloitte Polska", city="Warszawa", country=("PL", "Poland")),
    ], [
        dict(title="Postgraduate studies (studia podyplomowe) in Economic Crime Investigation",
             org="Wyższa Szkoła Policji w Szczytnie", city="Szczytno",
             country=("PL", "Poland"), **{"from": (2015, 10), "to": (2016, 6)},
             field="Economic Crime Investigation"),
        dict(title="Magister (mgr) in Administration", org="Uniwersytet Jagielloński",
             city="Kraków", country=("PL", "Poland"), **{"from": (2007,), "to": (2012,)},
             eqf=7, field="Administration"),
    ], [("pl", "Polish")], [
        dict(code="en", label="English", grid=["C1", "C1", "B2", "B2", "C1"]),
        dict(code="ru", label="Russian", grid=["B1"] * 5),
        dict(code="de", label="German",
             certs=[("Goethe-Zertifikat B2", "Goethe-Institut", 2018, "B2")]),
    ])
    write_expected(name, "europass-xml", ["PL"], [
        X("Expert, Economic Crime Board", "Centralne Biuro Śledcze Policji (CBŚP)", "PL",
          "2019-03", None, True, None, ["LT", "DE"]),
        X("Police Officer – Economic Crime Unit", "Komenda Wojewódzka Policji w Krakowie",
          None, "2014-10", "2019-02", False, None, [],
          note="no Country element, city only -> null"),
        X("Junior Analyst", "Deloitte Polska", "PL", "2012", "2014", False, None, []),
    ], [
        Ed("Economic Crime Investigation", None, True, "2015-10", "2016-06",
           note="studia podyplomowe, no EQF -> null (round-5 rule)"),
        Ed("Administration", 7, True, "2007", "2012"),
    ], [
        L("pl", None, True),
        L("en", "B2", note="grid L C1 / R C1 / SI B2 / SP B2 / W C1 -> lowest B2"),
        L("ru", "B1", note="grid all B1"),
        L("de", "B2", note="no grid; Goethe-Zertifikat B2 certificate -> B2"),
    ], notes=["Birthdate 1986-11-04, postal code 03-841 and phone give nothing."])


@cv
def europass10_fr_benali():
    name = "europass10_fr_benali"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2024-06-02T14:05:00.000Z", first="Yasmine", last="Benali",
        street="8 quai Kléber", postal="67000", city="Strasbourg",
        country=("FR", "France"), email="yasmine.benali@example.fr",
        phone="+33 6 20 15 20 16", birth=(1990, 5, 23), gender="F",
        nationalities=[("TN", "tunisienne"), ("FR", "française")],
        headline="Chargée de programme – lutte contre la traite des êtres humains"), [
        dict(**{"from": (2020, 9)}, current=True,
             position="Chargée de programme – Lutte contre la traite",
             activities="Gestion de projets d'appui aux autorités marocaines et "
                        "tunisiennes ; formation des magistrats et des enquêteurs.",
             employer="Conseil de l'Europe", city="Strasbourg", country=("FR", "France")),
        dict(**{"from": (2016, 1), "to": (2020, 8)}, position="Juriste",
             activities="Direction des affaires pénales. Taux d'occupation 80 %.",
             employer="Ministère de la Justice", city="Tunis",
             country=("TN", "Tunisie")),
        dict(**{"from": (2014,), "to": (2015,)}, position="Stagiaire",
             activities="Section État de droit et démocratie.",
             employer="Haut-Commissariat des Nations Unies aux droits de l'homme",
             city="Genève"),
    ], [
        dict(title="Master 2 Droits de l'homme", org="Université de Strasbourg",
             city="Strasbourg", country=("FR", "France"),
             **{"from": (2013, 9), "to": (2015,)}, eqf=7, field="Droits de l'homme"),
        dict(title="Licence en sciences juridiques", org="Université de Tunis El Manar",
             city="Tunis", country=("TN", "Tunisie"), **{"from": (2010,), "to": (2013,)},
             eqf=6, field="Sciences juridiques"),
    ], [("ar", "arabe"), ("fr", "français")], [
        dict(code="en", label="anglais", grid=["C1"] * 5,
             certs=[("IELTS Academic", "British Council", 2019, "7.0")]),
        dict(code="it", label="italien", grid=["A2", "A2", "A1", "A1", "A2"]),
    ])
    write_expected(name, "europass-xml", ["TN", "FR"], [
        X("Chargée de programme – Lutte contre la traite", "Conseil de l'Europe", "FR",
          "2020-09", None, True, None, ["MA", "TN"],
          note="base FR; Moroccan and Tunisian authorities are counterparts"),
        X("Juriste", "Ministère de la Justice", "TN", "2016-01", "2020-08", False, 0.8, [],
          note="'Taux d'occupation 80 %' -> 0.8"),
        X("Stagiaire", "Haut-Commissariat des Nations Unies aux droits de l'homme", None,
          "2014", "2015", False, None, [], note="Genève without Country element -> null"),
    ], [
        Ed("Droits de l'homme", 7, True, "2013-09", "2015",
           note="From year+month, To year only: each keeps its precision (round-6 rule)"),
        Ed("Sciences juridiques", 6, True, "2010", "2013"),
    ], [
        L("ar", None, True),
        L("fr", None, True),
        L("en", "C1", note="grid all C1; IELTS 7.0 agrees"),
        L("it", "A1", note="grid L A2 / R A2 / SI A1 / SP A1 / W A2 -> lowest A1"),
    ], notes=["Two MotherTongue entries (ar, fr).",
              "Nationality list TN then FR, order as written."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_oliveira_santos():
    name = "linkedin11_oliveira_santos"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Beatriz", "Last Name": "Oliveira Santos",
           "Headline": "Capitão GNR | Maritime border surveillance | EU CSDP missions",
           "Summary": "Officer of the Portuguese Republican National Guard with "
                      "experience in coastal control and CSDP training missions.",
           "Industry": "Law Enforcement", "Zip Code": "1200-109",
           "Geo Location": "Lisbon, Portugal"},
        email="beatriz.os@example.pt"), [
        ["Frontex", "Standing Corps Officer (Category 2)",
         "Selected; starting in February 2027.", "Warsaw, Masovian, Poland",
         "Feb 2027", ""],
        ["Guarda Nacional Republicana", "Capitão – Unidade de Controlo Costeiro",
         "Command of a coastal surveillance detachment. Joint patrols with the Spanish "
         "Guardia Civil and information exchange with the Moroccan Royal Navy.",
         "Lisbon, Portugal", "Mar 2021", ""],
        ["EUCAP Sahel Niger", "Mobile Team Trainer",
         "Delivered border-management training in Niger and Mauritania.",
         "Niamey, Niger", "Jan 2019", "Jun 2019"],
        ["Guarda Nacional Republicana", "Tenente", "Coastal patrol officer.",
         "Faro, Portugal", "Sep 2016", "Feb 2021"],
    ], [
        ["Universidade NOVA de Lisboa", "2023", "2025", "",
         "Postgraduate Certificate, Maritime Security", ""],
        ["Academia Militar", "2011", "2016", "", "Master's degree, Military Sciences",
         "Fencing team"],
    ], [
        ["Portuguese", "Native or bilingual proficiency"],
        ["English", "Full professional proficiency"],
        ["Spanish", "Professional working proficiency"],
        ["French", "Elementary proficiency"],
    ], certs=[["Cambridge C1 Advanced", "", "Cambridge Assessment English",
               "Jun 2015", "", ""],
              ["Frontex Advanced Level Document Officer", "", "Frontex", "Oct 2022",
               "", ""]],
        skills=["Maritime Security", "Border Management", "Training"])
    write_expected(name, "linkedin", [], [
        X("Capitão – Unidade de Controlo Costeiro", "Guarda Nacional Republicana", "PT",
          "2021-03", None, True, None, ["ES", "MA"],
          note="counterparts: Spanish Guardia Civil, Moroccan Royal Navy"),
        X("Mobile Team Trainer", "EUCAP Sahel Niger", "NE", "2019-01", "2019-06", False,
          None, ["MR"],
          note="training delivered in Niger (base, not repeated) and Mauritania -> [MR];\n"
               "overlaps the Tenente post (secondment)"),
        X("Tenente", "Guarda Nacional Republicana", "PT", "2016-09", "2021-02", False,
          None, []),
    ], [
        Ed("Maritime Security", None, True, "2023", "2025",
           note="postgraduate certificate -> null"),
        Ed("Military Sciences", 7, True, "2011", "2016"),
    ], [
        L("pt", None, True),
        L("en", "C1", note="Cambridge C1 Advanced in Certifications.csv -> C1"),
        L("es", None),
        L("fr", None),
    ], notes=["TRAP: the Frontex position starts Feb 2027 (future) -> no entry (round-5 rule).",
              "LinkedIn gives no nationality -> [] (Geo Location is residence)."])


@cv
def linkedin12_fr_lambert():
    name = "linkedin12_fr_lambert"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Nathalie", "Last Name": "Lambert",
           "Headline": "Inspectrice principale – Police fédérale (DJSOC)",
           "Summary": "Enquêtrice en criminalité organisée, spécialisée dans le "
                      "blanchiment et les équipes communes d'enquête.",
           "Industry": "Application de la loi", "Zip Code": "1050",
           "Geo Location": "Ixelles, Région de Bruxelles-Capitale, Belgique"},
        email="nathalie.lambert@example.be"), [
        ["Police fédérale",
         "Inspectrice principale – Direction centrale de la lutte contre la criminalité grave et organisée (DJSOC)",
         "Équipes communes d'enquête avec les Pays-Bas et la France ; analyse de flux "
         "financiers liés au trafic de cocaïne via le port d'Anvers.",
         "Bruxelles, Région de Bruxelles-Capitale, Belgique", "Apr 2018", ""],
        ["Police fédérale", "Inspectrice", "Police judiciaire fédérale, section financière.",
         "Liège", "Sep 2012", "Mar 2018"],
        ["Carrefour Belgium", "Étudiante jobiste (temps partiel)", "",
         "Namur, Wallonie, Belgique", "2009", "2012"],
    ], [
        ["Université de Liège", "2019", "2022", "Cours du soir",
         "Master, Criminologie", ""],
        ["Haute École de la Province de Liège", "2009", "2012", "",
         "Bachelier, Sciences juridiques et criminologiques", ""],
    ], [
        ["Français", "Native or bilingual proficiency"],
        ["Néerlandais", "Full professional proficiency"],
        ["Anglais", "Limited working proficiency"],
        ["Allemand", ""],
    ], certs=[["Brevet linguistique Selor – néerlandais (art. 7)", "", "Selor",
               "Nov 2013", "", ""]],
        skills=["Enquêtes financières", "Blanchiment", "JIT"])
    write_expected(name, "linkedin", [], [
        X("Inspectrice principale – Direction centrale de la lutte contre la criminalité grave et organisée (DJSOC)",
          "Police fédérale", "BE", "2018-04", None, True, None, ["NL", "FR"],
          note="JIT with the Netherlands and France -> [NL, FR]; Antwerp port is in BE"),
        X("Inspectrice", "Police fédérale", None, "2012-09", "2018-03", False, None, [],
          note="'Liège' alone -> null"),
        X("Étudiante jobiste (temps partiel)", "Carrefour Belgium", "BE", "2009", "2012",
          False, None, [], note="'temps partiel' without a figure -> null"),
    ], [
        Ed("Criminologie", 7, True, "2019", "2022"),
        Ed("Sciences juridiques et criminologiques", 6, True, "2009", "2012",
           note="Belgian 'bachelier' -> 6 (round-4 rule)"),
    ], [
        L("fr", None, True),
        L("nl", None, note="Selor language certificate is not a CEFR mapping -> null"),
        L("en", None),
        L("de", None, note="empty proficiency"),
    ], notes=["No nationality in a LinkedIn export -> []."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_ibrahim():
    name = "jsonresume13_ibrahim"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Aisha Bello Ibrahim", "label": "Financial Crimes Investigator",
            "email": "aisha.ibrahim@example.ng", "phone": "+234 803 201 2017",
            "summary": "Nigerian national. Chartered accountant and investigator "
                       "focused on asset tracing and recovery.",
            "location": {"city": "Abuja", "countryCode": "NG", "region": "FCT"}},
        "work": [
            {"name": "Economic and Financial Crimes Commission (EFCC)",
             "position": "Detective Superintendent", "location": "Abuja, Nigeria",
             "startDate": "2017-06",
             "summary": "Asset-recovery cooperation with the United Kingdom and "
                        "Switzerland under mutual legal assistance treaties."},
            {"name": "Economic and Financial Crimes Commission (EFCC)",
             "position": "Detective Inspector", "location": "Lagos",
             "startDate": "2012-01", "endDate": "2017-05",
             "highlights": ["Attended StAR workshop in Washington, DC (2014)"]},
            {"name": "KPMG Nigeria", "position": "Audit Associate",
             "location": "Lagos, Nigeria", "startDate": "2009", "endDate": "2011-12"}],
        "volunteer": [
            {"organization": "Zero Corruption Coalition", "position": "Volunteer Trainer",
             "startDate": "2015", "endDate": "2018",
             "summary": "Workshops for journalists on following the money."}],
        "education": [
            {"institution": "University of Leicester", "area": "Criminology",
             "studyType": "MSc (distance learning)", "startDate": "2019-10",
             "endDate": "2022-01"},
            {"institution": "Ahmadu Bello University, Zaria", "area": "Accounting",
             "studyType": "BSc", "startDate": "2004", "endDate": "2008",
             "score": "Second Class Upper"}],
        "certificates": [
            {"name": "Certified Fraud Examiner (CFE)", "issuer": "ACFE", "date": "2016"}],
        "languages": [
            {"language": "English", "fluency": "Fluent"},
            {"language": "Hausa", "fluency": "Native speaker"},
            {"language": "Yoruba", "fluency": "Conversational"},
            {"language": "French", "fluency": "B1 (DELF B1)"}],
    })
    write_expected(name, "jsonresume", ["NG"], [
        X("Detective Superintendent", "Economic and Financial Crimes Commission (EFCC)",
          "NG", "2017-06", None, True, None, ["GB", "CH"], note="no endDate -> ongoing"),
        X("Detective Inspector", "Economic and Financial Crimes Commission (EFCC)", None,
          "2012-01", "2017-05", False, None, [],
          note="'Lagos' alone -> null; workshop in Washington, DC attended -> no US"),
        X("Audit Associate", "KPMG Nigeria", "NG", "2009", "2011-12", False, None, []),
        X("Volunteer Trainer", "Zero Corruption Coalition", None, "2015", "2018", False,
          None, [], note="volunteer item after work items (round-5 rule)"),
    ], [
        Ed("Criminology", 7, True, "2019-10", "2022-01"),
        Ed("Accounting", 6, True, "2004", "2008"),
    ], [
        L("en", None),
        L("ha", None, True),
        L("yo", None),
        L("fr", "B1"),
    ], notes=["'Nigerian national' -> [NG]. CFE certificate 2016 gives nothing."])


@cv
def jsonresume14_fr_tremblay():
    name = "jsonresume14_fr_tremblay"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Marie-Ève Tremblay", "label": "Lieutenante, enquêtes sur le crime organisé",
            "email": "me.tremblay@example.qc.ca", "phone": "+1 418 201 2013",
            "summary": "Citoyenne canadienne et française. Policière depuis 2008, "
                       "spécialisée dans les enquêtes sur les motards criminalisés.",
            "location": {"city": "Montréal", "region": "QC", "countryCode": "CA"}},
        "work": [
            {"name": "Sûreté du Québec",
             "position": "Lieutenante — Service des enquêtes sur la criminalité organisée",
             "location": "Montréal (Québec)", "startDate": "2019-04",
             "summary": "Enquêtes conjointes avec le FBI (États-Unis) et l'Office "
                        "anti-stupéfiants (France)."},
            {"name": "École nationale de police du Québec", "position": "Formatrice associée",
             "location": "Nicolet, Québec", "startDate": "2021-09", "endDate": "2023-06",
             "summary": "À mi-temps, en parallèle du poste principal."},
            {"name": "Sûreté du Québec", "position": "Sergente-enquêteuse",
             "location": "Québec, Canada", "startDate": "2013", "endDate": "2019-03"},
            {"name": "Service de police de la Ville de Gatineau",
             "position": "Policière patrouilleuse", "location": "Gatineau, QC",
             "startDate": "2008-06", "endDate": "2013-01"}],
        "education": [
            {"institution": "Université de Montréal", "area": "Criminologie",
             "studyType": "Baccalauréat", "startDate": "2014", "endDate": "2018"},
            {"institution": "École nationale de police du Québec",
             "area": "Patrouille-gendarmerie", "studyType": "Diplôme",
             "startDate": "2007-08", "endDate": "2008-02"},
            {"institution": "Cégep de Maisonneuve", "area": "Techniques policières",
             "studyType": "DEC", "startDate": "2004", "endDate": "2007"}],
        "languages": [
            {"language": "Français", "fluency": "Langue maternelle"},
            {"language": "Anglais", "fluency": "Avancé (TOEIC 905)"},
            {"language": "Espagnol", "fluency": "A2"}],
    })
    write_expected(name, "jsonresume", ["CA", "FR"], [
        X("Lieutenante — Service des enquêtes sur la criminalité organisée",
          "Sûreté du Québec", None, "2019-04", None, True, None, ["US", "FR"],
          note="'Montréal (Québec)': province, no country -> null;\n"
               "FBI (États-Unis) and OFAST (France) as counterparts -> [US, FR]"),
        X("Formatrice associée", "École nationale de police du Québec", None,
          "2021-09", "2023-06", False, 0.5, [],
          note="'À mi-temps' -> 0.5; 'Nicolet, Québec' -> null"),
        X("Sergente-enquêteuse", "Sûreté du Québec", "CA", "2013", "2019-03", False,
          None, [], note="'Québec, Canada' -> CA (city of Québec in Canada)"),
        X("Policière patrouilleuse", "Service de police de la Ville de Gatineau", None,
          "2008-06", "2013-01", False, None, [], note="'Gatineau, QC' -> null"),
    ], [
        Ed("Criminologie", 6, True, "2014", "2018",
           note="Québec university baccalauréat -> 6 (round-6 rule), not 3"),
        Ed("Patrouille-gendarmerie", None, True, "2007-08", "2008-02",
           note="police-school diploma -> null"),
        Ed("Techniques policières", None, True, "2004", "2007",
           note="DEC -> null (round-6 rule)"),
    ], [
        L("fr", None, True),
        L("en", None, note="'Avancé' and TOEIC -> null"),
        L("es", "A2"),
    ], notes=["'Citoyenne canadienne et française' -> [CA, FR] (round-6 rule).",
              "Phone +1 418 201 2013 is not a date."])
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
