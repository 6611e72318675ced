#!/usr/bin/env python3
"""Generate the round-8 labelled CV evaluation set (14 fictional people).

Written on 2026-12-02 (labels dated 2026-12-01) BLIND to the matcher importer code. The rendering helpers
(mini markup -> PDF/DOCX/text, Europass XML, LinkedIn zip, JSON Resume, the
expected-YAML writer and the --check typo guard) are reused from the example
generator given to the writer (make_cvs_example.py); every CV and every expected
fact below is new and was written by hand following CONVENTIONS.md (including
its "Additional rules (round 8)"). No expected fact is derived from rendered text.

Run:  /tmp/cvs8venv/bin/python make_cvs.py --all
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
def pdf01_sidebar_fr_kouame():
    name = "pdf01_sidebar_fr_kouame"
    render_pdf(OUT / f"{name}.pdf", """
---sidebar
# Marie-Laure KOUAMÉ
@ Commissaire de police – cybercriminalité
## Coordonnées
Cocody Riviera 3, Abidjan
+225 07 58 19 20 17
ml.kouame@example.ci
## État civil
Née le 14/11/1986 à Bouaké
Nationalité : ivoirienne
Mariée, deux enfants
## Langues
- Baoulé : langue maternelle
- Français : C2
- Anglais : B2 (auto-évaluation)
- Espagnol : notions
## Compétences
- Investigation numérique
- OSINT, analyse de téléphonie
- Coopération policière internationale
---main
## Parcours professionnel
### Plateforme de Lutte Contre la Cybercriminalité (PLCC)
@ Abidjan, Côte d'Ivoire
**Cheffe de la PLCC** · depuis janv. 2022
- Direction d'une équipe de 38 enquêteurs et techniciens.
- Enquêtes conjointes avec les polices du Ghana et du Nigeria sur les escroqueries en ligne ; coopération avec le FBI (États-Unis).
**Cheffe de section Investigations** · mars 2018 – déc. 2021
- Traitement des réquisitions judiciaires auprès des opérateurs de téléphonie.
- Promue commissaire divisionnaire en 2020.
- Participation au séminaire de l'Union africaine sur la cybersécurité, Addis-Abeba (Éthiopie).
### AFRIPOL – Mécanisme de l'Union africaine pour la coopération policière
@ Alger (Algérie) · sept. 2016 – févr. 2018
**Experte détachée, cybercriminalité**
- Missions d'évaluation auprès des unités cyber du Bénin et du Togo (Cotonou, Lomé).
### Police nationale – Préfecture de police d'Abidjan
@ Abidjan
**Officier de police, brigade criminelle** · de 2011 à 2016
- Enquêtes sur les vols à main armée et les homicides.
### Orange Côte d'Ivoire
**Stagiaire – Sécurité des systèmes d'information** · avril – juin 2010
## Formation
**Master II Sécurité des systèmes d'information** – Université Félix Houphouët-Boigny, Abidjan, 2013 – 2015
**Diplôme de commissaire de police** – École nationale de police, Abidjan, 2010 – 2011
**Licence en informatique** – Université Nangui Abrogoua, Abidjan, 2007 – 2010
## Certifications
- Certified Ethical Hacker (CEH), EC-Council, 2019
- Formation INTERPOL en criminalistique numérique, Singapour, 2017
""", style="sidebar", font="DVSans", accent="#8D3B12", title="CV Marie-Laure Kouamé")
    write_expected(name, "pdf", ["CI"], [
        X("Cheffe de la PLCC", "Plateforme de Lutte Contre la Cybercriminalité (PLCC)", "CI",
          "2022-01", None, True, None, ["GH", "NG", "US"],
          note="heading location 'Abidjan, Côte d'Ivoire' applies; 'depuis janv. 2022' -> ongoing;\n"
               "Ghana and Nigeria police + FBI (États-Unis) as counterparts -> [GH, NG, US]"),
        X("Cheffe de section Investigations",
          "Plateforme de Lutte Contre la Cybercriminalité (PLCC)", "CI",
          "2018-03", "2021-12", False, None, [],
          note="promotion in 2020 only in the description -> no extra entry (round-8 rule);\n"
               "AU seminar attended in Addis Ababa -> no ET"),
        X("Experte détachée, cybercriminalité",
          "AFRIPOL – Mécanisme de l'Union africaine pour la coopération policière", "DZ",
          "2016-09", "2018-02", False, None, ["BJ", "TG"],
          note="evaluation missions carried out for Benin and Togo units -> own work"),
        X("Officier de police, brigade criminelle",
          "Police nationale – Préfecture de police d'Abidjan", None, "2011", "2016", False,
          None, [], note="'Abidjan' alone -> null; 'de 2011 à 2016' -> ordinary range"),
        X("Stagiaire – Sécurité des systèmes d'information", "Orange Côte d'Ivoire", None,
          "2010-04", "2010-06", False, None, [],
          note="internship; 'avril – juin 2010' -> month start takes the end's year;\n"
               "no location written -> null (Côte d'Ivoire only in the company name)"),
    ], [
        Ed("Sécurité des systèmes d'information", 7, True, "2013", "2015",
           note="Master II -> 7 (round-8 rule)"),
        Ed(None, None, True, "2010", "2011", note="police-school diploma -> null; no subject"),
        Ed("informatique", 6, True, "2007", "2010"),
    ], [
        L(None, None, True, note="Baoulé has no ISO 639-1 code"),
        L("fr", "C2"),
        L("en", "B2", note="'B2 (auto-évaluation)' -> B2 (round-8 rule)"),
        L("es", None),
    ], notes=["Birth date 14/11/1986, born in Bouaké and phone number give nothing.",
              "Certifications section (CEH; INTERPOL course in Singapore) -> nothing."])


@cv
def pdf02_table_en_lindqvist():
    name = "pdf02_table_en_lindqvist"
    render_pdf(OUT / f"{name}.pdf", """
# Elin Lindqvist
@ Senior Strategic Analyst · Swedish Police Authority
Nationality: Swedish  |  elin.lindqvist@example.se  |  +46 70 201 98 12  |  Solna
## Professional experience
|! Dates | Role | Organisation | Location |
| 2023-02 – present | **Senior Strategic Analyst** // National Operations Department (NOA), Intelligence Unit. Joint threat assessments with Norwegian Kripos and the Danish National Police. | Polismyndigheten (Swedish Police Authority) | Stockholm, Sweden |
| 2020-09 – 2023-01 | **Criminal Intelligence Adviser** (seconded national expert) // Mentoring of the Somali Police Force CID; delivered a maritime-crime analysis course to the Kenya Coast Guard Service in Mombasa. | EUCAP Somalia | Mogadishu, Somalia |
| 2016-03 – 2020-08 | **Detective Inspector**, Regional Organised Crime Unit // Promoted to Detective Inspector in 2018 after two years as Detective Sergeant. | Polismyndigheten, Region Väst | Gothenburg |
| 2012-08 – 2016-02 | **Police Officer** (80 %) // Patrol and community policing. | Västra Götalands läns polismyndighet | Borås |
| 2009-07 – 2010-06 | **Soldier, basic military training (GMU)** | Försvarsmakten (Swedish Armed Forces) | Skövde, Sweden |
## Education
|! Years | Qualification | Institution |
| 2018 – 2021 | Master of Science in Criminology (part-time) | Stockholm University |
| 2010 – 2012 | Police education programme (Polisutbildningen) | Umeå University |
| 2006 – 2009 | Upper secondary school diploma, Social Science Programme | Katedralskolan, Skara |
## Languages
|! Language | Level |
| Swedish | Mother tongue |
| English | C1 – Cambridge C1 Advanced (2015) |
| Norwegian | B2 (understanding), B1 (speaking) |
| Somali | A1 |
## Training
- EUCAP pre-deployment course, Folke Bernadotte Academy, Sandö, 2020
- Europol Operational Analysis Course, The Hague (Netherlands), 2017
""", style="classic", font="DVSans", accent="#00558C", title="CV Elin Lindqvist")
    write_expected(name, "pdf", ["SE"], [
        X("Senior Strategic Analyst", "Polismyndigheten (Swedish Police Authority)", "SE",
          "2023-02", None, True, None, ["NO", "DK"],
          note="'2023-02 – present' -> ongoing; Norwegian Kripos and Danish police -> [NO, DK]"),
        X("Criminal Intelligence Adviser", "EUCAP Somalia", "SO", "2020-09", "2023-01",
          False, None, ["KE"],
          note="base Somalia not repeated; course delivered to the Kenya Coast Guard -> KE"),
        X("Detective Inspector", "Polismyndigheten, Region Väst", None, "2016-03", "2020-08",
          False, None, [],
          note="bold title followed by the unit -> bold title (round-6 rule);\n"
               "promotion in the description gives no extra entry; 'Gothenburg' alone -> null"),
        X("Police Officer", "Västra Götalands läns polismyndighet", None, "2012-08",
          "2016-02", False, 0.8, [], note="'(80 %)' -> 0.8; 'Borås' alone -> null"),
        X("Soldier, basic military training (GMU)", "Försvarsmakten (Swedish Armed Forces)",
          "SE", "2009-07", "2010-06", False, None, [],
          note="military service in the experience section -> entry (round-8 rule)"),
    ], [
        Ed("Criminology", 7, True, "2018", "2021"),
        Ed(None, None, True, "2010", "2012", note="police education programme -> null"),
        Ed("Social Science", 3, True, "2006", "2009",
           note="upper secondary school diploma = high-school diploma -> 3"),
    ], [
        L("sv", None, True),
        L("en", "C1", note="written C1; Cambridge C1 Advanced agrees"),
        L("no", "B1", note="per-skill B2 / B1 -> lowest B1 (round-7 rule)"),
        L("so", "A1"),
    ], notes=["Phone +46 70 201 98 12 is not a date.",
              "Training section (Sandö; The Hague, Netherlands) -> nothing."])


@cv
def pdf03_en_castillo():
    name = "pdf03_en_castillo"
    render_pdf(OUT / f"{name}.pdf", """
# Juan Sebastián Castillo Restrepo
@ Prosecutor – anti-money laundering and asset forfeiture
Bogotá D.C.  ·  +57 310 201 1985  ·  js.castillo@example.co
Date of birth: 08/19/1984   ·   Citizenship: Colombian (by birth), Spanish (by naturalisation)
## Summary
Fifteen years in criminal justice, first in private practice and then at the Attorney General's Office, now advising governments of the region on financial investigations.
## Professional Experience
**Senior Legal Adviser, Anti-Money Laundering** — UNODC Colombia Country Office
@ Bogotá, Colombia  |  April 2021 – Present
- Technical assistance to the Financial Intelligence Units of Ecuador and Peru.
- Mentoring of specialised prosecutors in Panama.
**Head of Unit (Acting)** — Fiscalía General de la Nación, National Directorate for Asset Forfeiture
@ Bogotá D.C.  |  03/05/2018 – 03/31/2021
- Coordinated letters rogatory with the U.S. Department of Justice and the Spanish Anti-Corruption Prosecutor's Office.
**Delegate Prosecutor before Circuit Judges** — Fiscalía General de la Nación
@ Medellín  |  12/15/2016 – 03/04/2018
- Money-laundering cases linked to illegal gold mining.
**Associate** — Gómez & Ríos Abogados
@ Medellín, Colombia  |  2008 – 2016
- Criminal defence and compliance. Promoted to Senior Associate in 2013.
**Legal Intern** — Defensoría del Pueblo
@ Medellín  |  Jan – Jun 2007
## Education
- **LL.M. in International Legal Studies**, American University Washington College of Law, Washington, DC — 2015 (Fulbright scholar)
- **Especialización en Derecho Penal**, Universidad Pontificia Bolivariana, Medellín — 2010 – 2011
- **Abogado (law degree)**, Universidad de Antioquia — 2002 – 2007
## Languages
- Spanish – native
- English – C1 (TOEFL iBT 109, 2014)
- Portuguese – B1
- French – A2 (DELF A2)
## Memberships
- Colegio de Abogados de Medellín; ACAMS member since 2019
""", style="classic", font="DVSerif", accent="#7A1F2B", title="CV J. S. Castillo")
    write_expected(name, "pdf", ["CO", "ES"], [
        X("Senior Legal Adviser, Anti-Money Laundering", "UNODC Colombia Country Office", "CO",
          "2021-04", None, True, None, ["EC", "PE", "PA"],
          note="FIUs of Ecuador and Peru, prosecutors in Panama -> [EC, PE, PA]"),
        X("Head of Unit (Acting)",
          "Fiscalía General de la Nación, National Directorate for Asset Forfeiture", None,
          "2018-03-05", "2021-03-31", False, None, ["US", "ES"],
          note="'03/05/2018' read month/day: the document writes 08/19/1984, 03/31/2021 and\n"
               "12/15/2016 (second part > 12) -> month/day convention (round-8 rule);\n"
               "'Bogotá D.C.' is a city -> null; U.S. DoJ and Spanish prosecutors -> [US, ES]"),
        X("Delegate Prosecutor before Circuit Judges", "Fiscalía General de la Nación", None,
          "2016-12-15", "2018-03-04", False, None, [],
          note="'03/04/2018' month/day -> 2018-03-04; 'Medellín' alone -> null"),
        X("Associate", "Gómez & Ríos Abogados", "CO", "2008", "2016", False, None, [],
          note="promotion to Senior Associate only in the description -> no extra entry"),
        X("Legal Intern", "Defensoría del Pueblo", None, "2007-01", "2007-06", False, None, [],
          note="'Jan – Jun 2007' -> month start takes the end's year"),
    ], [
        Ed("International Legal Studies", 7, True, None, "2015",
           note="single year -> graduation year"),
        Ed("Derecho Penal", None, True, "2010", "2011",
           note="Especialización -> null (round-8 rule)"),
        Ed("Law", None, True, "2002", "2007", note="'Abogado' -> null (round-4 rule)"),
    ], [
        L("es", None, True),
        L("en", "C1", note="written C1; TOEFL iBT 109 -> C1 agrees"),
        L("pt", "B1"),
        L("fr", "A2", note="written A2; DELF A2 agrees"),
    ], notes=["'Colombian (by birth), Spanish (by naturalisation)' -> [CO, ES] (round-8 rule).",
              "Phone +57 310 201 1985 and birth date give nothing; ACAMS 'since 2019' is a membership."])


# ---------------------------------------------------------------- DOCX ----

@cv
def docx04_fr_marchetti():
    name = "docx04_fr_marchetti"
    render_docx(OUT / f"{name}.docx", """
# Laetitia Marchetti
@ Inspectrice principale des douanes – enquêtes antifraude
Nationalité française · 13 rue Sainte, 13001 Marseille · 06 20 19 84 77 · l.marchetti@example.fr
## Expérience professionnelle
### Enquêtrice, Direction des enquêtes — Office européen de lutte antifraude (OLAF)
@ Bruxelles (BE) · depuis le 1er septembre 2022 (détachement)
- Enquêtes sur le contournement des droits antidumping, en coopération avec les douanes néerlandaises et la Guardia di Finanza italienne.
- Missions de vérification en Malaisie auprès des exportateurs.
### Inspectrice principale – Groupe d'enquêtes — Direction nationale du renseignement et des enquêtes douanières (DNRED)
@ Marseille · sept. 2017 – août 2022
- Démantèlement de filières de contrebande de cigarettes en provenance d'Algérie.
- Formation des nouveaux enquêteurs de la direction.
### Inspectrice des douanes — Direction régionale des douanes de Corse
@ Bastia · 2013 – 2017
- Temps partiel 4/5e (quotité de travail 80 %).
- Contrôle des flux maritimes et plaisance.
2012 : congé parental
### Contrôleuse des douanes — Direction interrégionale des douanes de Marseille, bureau du Port
@ Marseille · janv. 2008 – déc. 2011
### Traductrice italien–français — Indépendante
@ Ajaccio · 2005 – 2007
## Formation
- 2016 – 2017 : Diplôme d'université (DU) Lutte contre la criminalité financière – Aix-Marseille Université
- 2003 – 2006 : Diplôme de Sciences Po Aix, section Service public (grade de master)
## Langues
| Langue | Niveau |
| Corse | Langue maternelle |
| Italien | Bilingue |
| Anglais | C1 (TOEIC 905) |
| Espagnol | B1 |
## Centres d'intérêt
Voile, randonnée (GR20 en 2019), chorale polyphonique
""", font="Cambria", title="CV Laetitia Marchetti")
    write_expected(name, "docx", ["FR"], [
        X("Enquêtrice, Direction des enquêtes", "Office européen de lutte antifraude (OLAF)",
          "BE", "2022-09-01", None, True, None, ["NL", "IT", "MY"],
          note="'Bruxelles (BE)' -> BE; '1er septembre 2022' -> full date, ongoing;\n"
               "Dutch customs and Guardia di Finanza as counterparts, missions in Malaysia -> own work"),
        X("Inspectrice principale – Groupe d'enquêtes",
          "Direction nationale du renseignement et des enquêtes douanières (DNRED)", None,
          "2017-09", "2022-08", False, None, [],
          note="Algeria named only as origin of contraband -> nothing; 'Marseille' alone -> null"),
        X("Inspectrice des douanes", "Direction régionale des douanes de Corse", None,
          "2013", "2017", False, 0.8, [], note="'4/5e (quotité 80 %)' -> 0.8"),
        X("Contrôleuse des douanes",
          "Direction interrégionale des douanes de Marseille, bureau du Port", None,
          "2008-01", "2011-12", False, None, [],
          note="'2012 : congé parental' is a career break -> no entry"),
        X("Traductrice italien–français", "Indépendante", None, "2005", "2007", False, None,
          [], note="freelance: employer written 'Indépendante' (round-8 rule)"),
    ], [
        Ed("Lutte contre la criminalité financière", None, True, "2016", "2017",
           note="DU -> null (round-4 rule)"),
        Ed("Service public", 7, True, "2003", "2006",
           note="'grade de master' stated -> 7 (round-8 rule)"),
    ], [
        L("co", None, True, note="Corsican -> co"),
        L("it", None, note="'Bilingue' -> level null, not mother tongue (round-6 rule)"),
        L("en", "C1", note="written C1; TOEIC is not mapped"),
        L("es", "B1"),
    ], notes=["'Nationalité française' -> [FR]. Phone 06 20 19 84 77 gives nothing.",
              "'GR20 en 2019' in interests -> nothing."])


@cv
def docx05_en_mwangi():
    name = "docx05_en_mwangi"
    render_docx(OUT / f"{name}.docx", """
# Grace Wanjiru Mwangi
@ Investigator · International criminal justice
Nationality: Kenyan  |  Nairobi / The Hague  |  +254 722 201 774  |  grace.mwangi@example.org
## Profile
Investigator with seventeen years of experience in criminal, corruption and international crimes investigations, from the Kenyan coast to the Office of the Prosecutor of the ICC.
## Professional Experience
### Investigator (P-3) — Office of the Prosecutor, International Criminal Court
@ The Hague, the Netherlands  |  May 2019 – present
- Planning and conduct of screening and witness interviews in Uganda and the Central African Republic.
- Liaison with the judicial authorities of the Democratic Republic of the Congo on cooperation requests.
### Senior Investigator — Ethics and Anti-Corruption Commission (EACC)
@ Nairobi  |  Jan 2014 – Apr 2019
- Led a team of six on procurement-fraud and unexplained-wealth cases.
- Promoted to Principal Investigator in 2017.
- Mutual legal assistance requests with the UK Serious Fraud Office.
### Detective Constable / Detective Sergeant — Directorate of Criminal Investigations (DCI)
@ Mombasa, Kenya  |  2008 – 2013
- Narcotics and human-trafficking investigations at the port of Mombasa.
## Education
| Period | Qualification | Institution |
| 2024 – in progress | PhD in Law (part-time) | Leiden University |
| 2015 – 2017 | Master of Laws (LLM) in International Criminal Justice | University of Nairobi |
| 2007 | Postgraduate Diploma in Law | Kenya School of Law |
| 2002 – 2006 | Bachelor of Laws (LLB) (Hons) | Moi University |
## Languages
- English – C2
- Kiswahili – mother tongue
- Kikuyu – mother tongue
- French – B1 (DELF B1, 2020)
## Volunteering
### Volunteer Legal Aid Officer — Kituo cha Sheria
@ Nairobi  |  2006 – 2008
## Referees
Available on request.
""", font="Calibri", title="CV Grace Mwangi")
    write_expected(name, "docx", ["KE"], [
        X("Investigator (P-3)", "Office of the Prosecutor, International Criminal Court", "NL",
          "2019-05", None, True, None, ["UG", "CF", "CD"],
          note="interviews in Uganda and CAR (own work), DRC judicial authorities -> [UG, CF, CD]"),
        X("Senior Investigator", "Ethics and Anti-Corruption Commission (EACC)", None,
          "2014-01", "2019-04", False, None, ["GB"],
          note="promotion to Principal Investigator only in a bullet -> no extra entry;\n"
               "UK Serious Fraud Office -> GB; 'Nairobi' alone -> null"),
        X("Detective Constable / Detective Sergeant",
          "Directorate of Criminal Investigations (DCI)", "KE", "2008", "2013", False, None,
          [], note="slash titles with one date range -> one entry (round-6 rule)"),
        X("Volunteer Legal Aid Officer", "Kituo cha Sheria", None, "2006", "2008", False,
          None, [], note="volunteering entry after the work entries"),
    ], [
        Ed("Law", 8, False, "2024", None,
           note="'2024 – in progress' -> completed false, end null (round-8 rule)"),
        Ed("International Criminal Justice", 7, True, "2015", "2017"),
        Ed("Law", None, True, None, "2007",
           note="Postgraduate Diploma in Law (Kenya School of Law) -> null"),
        Ed("Law", 6, True, "2002", "2006", note="LLB (Hons) -> 6, field Law"),
    ], [
        L("en", "C2"),
        L("sw", None, True),
        L("ki", None, True),
        L("fr", "B1", note="written B1; DELF B1 agrees"),
    ], notes=["Phone +254 722 201 774 is not a date."])


@cv
def docx06_fr_tremblay():
    name = "docx06_fr_tremblay"
    render_docx(OUT / f"{name}.docx", """
# Isabelle Tremblay
@ Sergente-détective · enquêtes sur la corruption
Citoyenne canadienne · Lévis (Québec) · 418 555-2019 · isabelle.tremblay@example.ca
## Expérience
**Sergente-détective, Service des enquêtes sur la corruption** — Unité permanente anticorruption (UPAC)
@ Montréal (Québec) · depuis 2021
- Enquêtes sur la collusion dans l'octroi des contrats municipaux.
**Conseillère en développement policier** — Mission des Nations Unies pour l'appui à la justice en Haïti (MINUJUSTH)
@ Port-au-Prince, Haïti · oct. 2017 – oct. 2019
- Déployée par la Sûreté du Québec dans le cadre de l'Arrangement sur la police civile au Canada.
- Encadrement des enquêteurs de la Police nationale d'Haïti ; liaison avec la police de la République dominicaine pour les affaires frontalières.
**Enquêteuse, crimes majeurs** — Sûreté du Québec
@ Trois-Rivières (Québec) · 2012 – 2017
**Patrouilleuse** — Sûreté du Québec, poste de la MRC de Charlevoix
@ La Malbaie · 2008 – 2012
**Réserviste (temps partiel)** — Forces armées canadiennes, Régiment de la Chaudière
@ Lévis (Québec), Canada · 2004 – 2008
## Formation
- Baccalauréat en sécurité et études policières – Université de Montréal, 2013 – 2016 (temps partiel)
- Diplôme – École nationale de police du Québec, Nicolet, 2008
- DEC en techniques policières – Campus Notre-Dame-de-Foy, 2005 – 2008
## Langues
- Français : langue maternelle
- Anglais : avancé
- Créole haïtien : intermédiaire
- Espagnol : B1 (DELE B1)
## Bénévolat et loisirs
Entraîneuse de hockey mineur depuis 2015
""", font="Arial", title="CV Isabelle Tremblay")
    write_expected(name, "docx", ["CA"], [
        X("Sergente-détective, Service des enquêtes sur la corruption",
          "Unité permanente anticorruption (UPAC)", None, "2021", None, True, None, [],
          note="unit inside the bold title -> whole bold text (round-6 rule);\n"
               "'Montréal (Québec)' -> null (province); 'depuis 2021' -> ongoing"),
        X("Conseillère en développement policier",
          "Mission des Nations Unies pour l'appui à la justice en Haïti (MINUJUSTH)", "HT",
          "2017-10", "2019-10", False, None, ["DO"],
          note="base Haiti not repeated; Dominican police as counterpart -> DO"),
        X("Enquêteuse, crimes majeurs", "Sûreté du Québec", None, "2012", "2017", False,
          None, [], note="'Trois-Rivières (Québec)' -> null"),
        X("Patrouilleuse", "Sûreté du Québec, poste de la MRC de Charlevoix", None, "2008",
          "2012", False, None, []),
        X("Réserviste (temps partiel)", "Forces armées canadiennes, Régiment de la Chaudière",
          "CA", "2004", "2008", False, None, [],
          note="military service -> entry; 'Lévis (Québec), Canada' -> CA;\n"
               "'temps partiel' with no figure -> null"),
    ], [
        Ed("sécurité et études policières", 6, True, "2013", "2016",
           note="Québec university baccalauréat -> 6 (round-6 rule)"),
        Ed(None, None, True, None, "2008", note="police-school diploma, no subject -> null"),
        Ed("techniques policières", None, True, "2005", "2008",
           note="DEC -> null (round-6 rule)"),
    ], [
        L("fr", None, True),
        L("en", None, note="'avancé' -> null"),
        L("ht", None, note="Haitian Creole; 'intermédiaire' -> null"),
        L("es", "B1", note="written B1; DELE B1 agrees"),
    ], notes=["'Citoyenne canadienne' -> [CA]. Phone 418 555-2019 is not a date.",
              "'Entraîneuse de hockey mineur depuis 2015' is in the interests section -> nothing."])


# ---------------------------------------------------------------- text ----

@cv
def txt07_en_whitfield():
    name = "txt07_en_whitfield"
    text = """BEN WHITFIELD
Canberra ACT 2601  |  +61 412 201 905  |  ben.whitfield@example.com.au
Citizenship: Australian

PROFILE
Federal agent with 14 years in organised-crime investigations and police
development in the Pacific. Comfortable leading mixed teams of sworn and
unsworn staff.

EMPLOYMENT HISTORY

Australian Federal Police (AFP)

  Coordinator, Pacific Police Development Program
  Port Moresby, Papua New Guinea                      Jul 2022 - current
  * Manage AFP advisers deployed to Solomon Islands and Vanuatu.
  * Liaison with the New Zealand Police on regional training.

  Team Leader, Transnational Serious Organised Crime
  Sydney NSW                                          Feb 2017 - Jun 2022
  * Joint investigations with the Royal Thai Police and the Indonesian
    National Police (Polri) into methamphetamine importations.

  Federal Agent
  Canberra ACT                                        Jan 2012 - Jan 2017

Australian Customs and Border Protection Service
  Customs Officer (0.6 FTE)
  Melbourne VIC                                       Mar 2009 - Dec 2011
  * Passenger processing, Melbourne Airport.

Australian Army Reserve
  Rifleman, 9th Battalion, Royal Queensland Regiment
  Brisbane QLD                                        2005 - 2008

EDUCATION
  Master of Policing, Intelligence and Counter Terrorism
  Macquarie University                                2023 - in progress
  Graduate Certificate in Intelligence Analysis
  Charles Sturt University                            2014
  Bachelor of Arts (Honours), Criminology
  Griffith University, Brisbane                       2004 - 2008

LANGUAGES
  English - native
  Bahasa Indonesia - B1 (self-assessed)
  Tok Pisin - conversational
  Mandarin - A2

PROFESSIONAL DEVELOPMENT
  Pacific Islands Chiefs of Police conference, Suva, Fiji (2023)
  AFP Leadership in Practice program (2019)
"""
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    write_expected(name, "text", ["AU"], [
        X("Coordinator, Pacific Police Development Program", "Australian Federal Police (AFP)",
          "PG", "2022-07", None, True, None, ["SB", "VU", "NZ"],
          note="'current' -> ongoing; advisers deployed to Solomon Islands and Vanuatu,\n"
               "New Zealand Police counterpart -> [SB, VU, NZ]"),
        X("Team Leader, Transnational Serious Organised Crime",
          "Australian Federal Police (AFP)", None, "2017-02", "2022-06", False, None,
          ["TH", "ID"], note="'Sydney NSW' -> null (state); Thai and Indonesian police -> [TH, ID]"),
        X("Federal Agent", "Australian Federal Police (AFP)", None, "2012-01", "2017-01",
          False, None, [], note="'Canberra ACT' -> null (territory, round-8 rule)"),
        X("Customs Officer (0.6 FTE)", "Australian Customs and Border Protection Service", None,
          "2009-03", "2011-12", False, 0.6, [], note="'0.6 FTE' -> 0.6 (round-5 rule)"),
        X("Rifleman, 9th Battalion, Royal Queensland Regiment", "Australian Army Reserve",
          None, "2005", "2008", False, None, [],
          note="military reserve service -> entry; 'Brisbane QLD' -> null"),
    ], [
        Ed("Policing, Intelligence and Counter Terrorism", 7, False, "2023", None,
           note="'2023 - in progress' -> not completed, end null"),
        Ed("Intelligence Analysis", None, True, None, "2014",
           note="graduate certificate -> null"),
        Ed("Criminology", 6, True, "2004", "2008", note="BA (Honours) -> 6"),
    ], [
        L("en", None, True),
        L("id", "B1", note="'B1 (self-assessed)' -> B1"),
        L(None, None, note="Tok Pisin has no ISO 639-1 code (round-8 rule); 'conversational' -> null"),
        L("zh", "A2", note="Mandarin -> zh"),
    ], notes=["'Citizenship: Australian' -> [AU]. Phone +61 412 201 905 is not a date.",
              "Conference in Suva, Fiji is in professional development -> nothing."])


@cv
def txt08_fr_barry():
    name = "txt08_fr_barry"
    text = """CURRICULUM VITAE

Mamadou Aliou BARRY
Commissaire divisionnaire de police
Nationalité : guinéenne
Adresse : Quartier Kipé, Commune de Ratoma, Conakry
Tél. : +224 622 20 19 87 - Courriel : ma.barry@example.gn

EXPÉRIENCE PROFESSIONNELLE

Depuis mars 2021
    Conseiller en police judiciaire - EUCAP Sahel Mali, Bamako (Mali)
    - Appui à la formation des enquêteurs de la police et de la gendarmerie maliennes.
    - Missions d'appui à Niamey (Niger) ; coordination avec la police mauritanienne
      pour le suivi des dossiers transfrontaliers.

Oct. 2018 - févr. 2021
    Chef de bureau par intérim - Bureau central national INTERPOL, Conakry (Guinée)
    - Échanges quotidiens avec les BCN de Dakar et d'Abidjan.
    - Gestion des notices rouges et des diffusions.

2015 - 2018
    Officier de police (UNPOL) - Mission multidimensionnelle intégrée des Nations
    Unies pour la stabilisation en Centrafrique (MINUSCA), Bangui (RCA)
    - Encadrement de la police centrafricaine dans le 3e arrondissement.
    - Participation à un atelier régional à Douala (Cameroun).

De 2009 à 2015
    Commissaire - Direction centrale de la police judiciaire, Police nationale, Conakry

Jusqu'en 2009
    Inspecteur de police - Commissariat central de Kaloum, Conakry

FORMATION

Depuis 2023 (en cours)  Master 2 Sécurité internationale, Université Senghor (à distance)
2005 - 2007            DESS Droit pénal et sciences criminelles, Université Cheikh Anta
                       Diop de Dakar
2004                   Maîtrise en droit public, Université Général Lansana Conté de
                       Sonfonia

LANGUES

Peul (pular) : langue maternelle
Soussou : courant
Français : C1 (TCF C1)
Anglais : A2
Malinké : notions

INFORMATIQUE

Word, Excel, I-24/7 (INTERPOL)
"""
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    write_expected(name, "text", ["GN"], [
        X("Conseiller en police judiciaire", "EUCAP Sahel Mali", "ML", "2021-03", None, True,
          None, ["NE", "MR"],
          note="'Depuis mars 2021' -> ongoing; base Mali not repeated;\n"
               "support missions to Niamey (Niger) = own work, Mauritanian police -> [NE, MR]"),
        X("Chef de bureau par intérim", "Bureau central national INTERPOL", "GN", "2018-10",
          "2021-02", False, None, ["SN", "CI"],
          note="interim title copied as written (round-8 rule);\n"
               "NCBs named by city Dakar / Abidjan -> [SN, CI] (round-5 rule)"),
        X("Officier de police (UNPOL)",
          "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en Centrafrique (MINUSCA)",
          "CF", "2015", "2018", False, None, [],
          note="'Bangui (RCA)' -> CF (round-8 rule); workshop attended in Douala -> nothing"),
        X("Commissaire", "Direction centrale de la police judiciaire, Police nationale", None,
          "2009", "2015", False, None, [], note="'Conakry' alone -> null"),
        X("Inspecteur de police", "Commissariat central de Kaloum", None, None, "2009", False,
          None, [], note="'Jusqu'en 2009' -> start null, end 2009 (round-8 rule)"),
    ], [
        Ed("Sécurité internationale", 7, False, "2023", None,
           note="'Depuis 2023 (en cours)' -> start 2023, not completed"),
        Ed("Droit pénal et sciences criminelles", 7, True, "2005", "2007",
           note="DESS (francophone Africa, pre-LMD) -> 7 (round-5 rule)"),
        Ed("droit public", None, True, None, "2004", note="maîtrise -> null (round-5 rule)"),
    ], [
        L("ff", None, True, note="Peul (pular) -> ff"),
        L(None, None, note="Soussou has no ISO 639-1 code"),
        L("fr", "C1", note="written C1; TCF C1 agrees"),
        L("en", "A2"),
        L(None, None, note="Malinké has no ISO 639-1 code; 'notions' -> null"),
    ], notes=["'Nationalité : guinéenne' -> [GN]. Phone +224 622 20 19 87 gives nothing."])


# ------------------------------------------------------------ Europass ----

@cv
def europass09_fr_lambert():
    name = "europass09_fr_lambert"
    render_europass(OUT / f"{name}.xml", "fr", dict(
        created="2026-03-18T14:05:00.000Z", first="Sophie", last="Lambert-Ferreira",
        street="12, rue de l'Alzette", postal="L-4011", city="Esch-sur-Alzette",
        country=("LU", "Luxembourg"), email="sophie.lambert@example.lu",
        phone="+352 621 201 876", birth=(1990, 2, 27), gender="F",
        nationalities=[("LU", "luxembourgeoise"), ("PT", "portugaise")],
        headline="Inspectrice principale – Police grand-ducale"), [
        dict(**{"from": (2021, 6, 15)}, current=True,
             position="Inspectrice principale – Service de police judiciaire, section criminalité organisée",
             activities="Enquêtes transfrontalières avec la police fédérale belge et la Polícia "
                        "Judiciária portugaise ; membre d'équipes communes d'enquête avec la France.",
             employer="Police grand-ducale", city="Luxembourg", country=("LU", "Luxembourg")),
        dict(**{"from": (2018, 1, 8), "to": (2021, 6, 14)},
             position="Analyste – Centre de coopération policière et douanière (CCPD)",
             activities="Échange d'informations opérationnelles avec les autorités allemandes, "
                        "belges et françaises.",
             employer="Police grand-ducale", city="Luxembourg", country=("LU", "Luxembourg")),
        dict(**{"from": (2014, 9), "to": (2017, 12)},
             position="Inspectrice – Commissariat de proximité",
             activities="Police de proximité. Temps partiel 75 %.",
             employer="Police grand-ducale – Région Sud-Ouest", city="Esch-sur-Alzette"),
        dict(**{"from": (2012,), "to": (2014,)}, position="Agente de sécurité",
             activities="Surveillance de sites industriels.",
             employer="G4S Secure Solutions", city="Luxembourg",
             country=("LU", "Luxembourg")),
    ], [
        dict(title="Master en droit pénal européen", org="Université du Luxembourg",
             city="Luxembourg", country=("LU", "Luxembourg"),
             **{"from": (2016, 9), "to": (2018, 7)}, eqf=7, field="Droit pénal européen"),
        dict(title="Bachelor en sciences sociales et éducatives",
             org="Université du Luxembourg", city="Esch-sur-Alzette",
             country=("LU", "Luxembourg"), **{"from": (2009,), "to": (2012,)}, eqf=6,
             field="Sciences sociales et éducatives"),
        dict(title="Diplôme de fin d'études secondaires classiques",
             org="Lycée Hubert Clément", city="Esch-sur-Alzette",
             country=("LU", "Luxembourg"), **{"to": (2009,)}, eqf=4),
    ], [("lb", "luxembourgeois"), ("pt", "portugais")], [
        dict(code="fr", label="français", grid=["C1"] * 5),
        dict(code="de", label="allemand", grid=["C2", "C2", "C1", "C1", "B2"]),
        dict(code="en", label="anglais", grid=["B2"] * 5,
             certs=[("Cambridge B2 First", "Cambridge Assessment English", 2011, "B2")]),
        dict(code="es", label="espagnol", grid=["A2", "B1", "A2", "A2", "A1"]),
    ])
    write_expected(name, "europass-xml", ["LU", "PT"], [
        X("Inspectrice principale – Service de police judiciaire, section criminalité organisée",
          "Police grand-ducale", "LU", "2021-06-15", None, True, None, ["BE", "PT", "FR"],
          note="day-level From -> full date (round-8 rule); Current true -> ongoing;\n"
               "Belgian federal police, Portuguese PJ, JITs with France -> [BE, PT, FR]"),
        X("Analyste – Centre de coopération policière et douanière (CCPD)",
          "Police grand-ducale", "LU", "2018-01-08", "2021-06-14", False, None,
          ["DE", "BE", "FR"], note="German, Belgian and French authorities -> [DE, BE, FR]"),
        X("Inspectrice – Commissariat de proximité", "Police grand-ducale – Région Sud-Ouest",
          None, "2014-09", "2017-12", False, 0.75, [],
          note="no Country element -> null; 'Temps partiel 75 %' -> 0.75"),
        X("Agente de sécurité", "G4S Secure Solutions", "LU", "2012", "2014", False, None, []),
    ], [
        Ed("Droit pénal européen", 7, True, "2016-09", "2018-07"),
        Ed("Sciences sociales et éducatives", 6, True, "2009", "2012"),
        Ed(None, 3, True, None, "2009",
           note="secondary-school leaving diploma = high-school diploma -> 3 (EQF 4 is not\n"
                "used for the mapping; the title decides); no Field -> null"),
    ], [
        L("lb", None, True),
        L("pt", None, True),
        L("fr", "C1", note="grid all C1"),
        L("de", "B2", note="grid C2 / C2 / C1 / C1 / B2 -> lowest B2"),
        L("en", "B2", note="grid all B2; Cambridge B2 First agrees"),
        L("es", "A1", note="grid A2 / B1 / A2 / A2 / A1 -> lowest A1"),
    ], notes=["Nationalities luxembourgeoise + portugaise -> [LU, PT].",
              "Postcode L-4011 and phone +352 621 201 876 give nothing."])


@cv
def europass10_en_popescu():
    name = "europass10_en_popescu"
    render_europass(OUT / f"{name}.xml", "en", dict(
        created="2025-09-30T07:45:00.000Z", first="Andrei", last="Popescu",
        street="Strada Păcurari 120", postal="700511", city="Iași",
        country=("RO", "Romania"), email="andrei.popescu@example.ro",
        phone="+40 744 201 593", birth=(1985, 10, 4), gender="M",
        nationalities=[("MD", "Moldovan"), ("RO", "Romanian")],
        headline="Border management expert"), [
        dict(**{"from": (2022, 3)}, current=True, position="Border Management Expert",
             activities="Support to the Border Police of the Republic of Moldova and the State "
                        "Border Guard Service of Ukraine on joint border control and risk analysis.",
             employer="EUBAM – European Union Border Assistance Mission to Moldova and Ukraine",
             city="Odesa", country=("UA", "Ukraine")),
        dict(**{"from": (2019, 5), "to": (2022, 2)},
             position="Standing Corps Officer – Team Leader",
             activities="Deployed to joint operations in Albania and Montenegro "
                        "(border surveillance, screening).",
             employer="Frontex – European Border and Coast Guard Agency", city="Warsaw",
             country=("PL", "Poland")),
        dict(**{"from": (2010, 9), "to": (2019, 4)},
             position="Chief Inspector – Iași Territorial Border Police Inspectorate",
             activities="Joint patrols with Moldovan border police on the Prut river.",
             employer="Romanian Border Police (Poliția de Frontieră Română)", city="Iași"),
        dict(**{"from": (2007, 7), "to": (2010, 8)}, position="Border Police Officer",
             activities="Green-border surveillance, Maramureș county section.",
             employer="Romanian Border Police (Poliția de Frontieră Română)",
             city="Sighetu Marmației"),
    ], [
        dict(title="Master's degree (Diplomă de master) in Public Order and National Security",
             org="Alexandru Ioan Cuza Police Academy", city="Bucharest",
             country=("RO", "Romania"), **{"from": (2011,), "to": (2013,)}, eqf=7,
             field="Public Order and National Security"),
        dict(title="Bachelor's degree (Diplomă de licență) in Law",
             org="Alexandru Ioan Cuza University", city="Iași", country=("RO", "Romania"),
             **{"from": (2003,), "to": (2007,)}, eqf=6, field="Law"),
    ], [("ro", "Romanian")], [
        dict(code="en", label="English", grid=["C1"] * 5,
             certs=[("Cambridge C1 Advanced", "Cambridge Assessment English", 2018, "C1")]),
        dict(code="ru", label="Russian", grid=["B2", "B1", "B1", "B1", "A2"]),
        dict(code="uk", label="Ukrainian", grid=["B1", "B1", "A2", "A2", "A1"]),
        dict(code="fr", label="French", grid=["A2"] * 5),
    ])
    write_expected(name, "europass-xml", ["MD", "RO"], [
        X("Border Management Expert",
          "EUBAM – European Union Border Assistance Mission to Moldova and Ukraine", "UA",
          "2022-03", None, True, None, ["MD"],
          note="base Ukraine not repeated; Moldovan Border Police counterpart -> [MD]"),
        X("Standing Corps Officer – Team Leader",
          "Frontex – European Border and Coast Guard Agency", "PL", "2019-05", "2022-02",
          False, None, ["AL", "ME"], note="deployed to Albania and Montenegro -> own work"),
        X("Chief Inspector – Iași Territorial Border Police Inspectorate",
          "Romanian Border Police (Poliția de Frontieră Română)", None, "2010-09", "2019-04",
          False, None, ["MD"],
          note="no Country element -> null (country only in the employer name);\n"
               "joint patrols with Moldovan border police -> MD"),
        X("Border Police Officer", "Romanian Border Police (Poliția de Frontieră Română)",
          None, "2007-07", "2010-08", False, None, [],
          note="'Sighetu Marmației' alone -> null"),
    ], [
        Ed("Public Order and National Security", 7, True, "2011", "2013"),
        Ed("Law", 6, True, "2003", "2007"),
    ], [
        L("ro", None, True),
        L("en", "C1", note="grid all C1; Cambridge C1 Advanced agrees"),
        L("ru", "A2", note="grid B2 / B1 / B1 / B1 / A2 -> lowest A2"),
        L("uk", "A1", note="grid B1 / B1 / A2 / A2 / A1 -> lowest A1"),
        L("fr", "A2", note="grid all A2"),
    ], notes=["Nationalities Moldovan + Romanian -> [MD, RO] in the order written."])


# ------------------------------------------------------------ LinkedIn ----

@cv
def linkedin11_en_souza():
    name = "linkedin11_en_souza"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Rafael", "Last Name": "Souza Martins",
           "Headline": "Federal Police Delegate | Crimes against Children | INTERPOL",
           "Summary": "Brazilian Federal Police delegate working on online child sexual "
                      "exploitation and victim identification.",
           "Industry": "Law Enforcement", "Zip Code": "70070-120",
           "Geo Location": "Lyon, Auvergne-Rhône-Alpes, France"},
        email="rafael.souza@example.com.br"), [
        ["INTERPOL", "Criminal Intelligence Officer – Crimes against Children",
         "On secondment from home service. Victim identification with the police "
         "of Argentina, Chile and Paraguay.", "Lyon, Auvergne-Rhône-Alpes, France",
         "Aug 2023", ""],
        ["Polícia Federal", "Federal Police Delegate (Delegado de Polícia Federal)",
         "Currently on secondment to INTERPOL.", "Brasília, Federal District, Brazil",
         "Feb 2015", ""],
        ["Polícia Federal", "Federal Police Agent",
         "Cybercrime Repression Unit. Joint operations with Homeland Security "
         "Investigations (USA).", "São Paulo, Brazil", "Mar 2009", "Jan 2015"],
        ["Itaú Unibanco", "IT Security Analyst", "", "São Paulo", "2006", "2009"],
        ["Exército Brasileiro", "Conscript (military service)", "", "Campinas", "2003",
         "2004"],
    ], [
        ["Universidade de Brasília", "2025", "2029", "", "Doctor of Philosophy - PhD, Law", ""],
        ["Universidade de Brasília", "2016", "2018", "", "Master's degree, Criminal Law", ""],
        ["Academia Nacional de Polícia", "2014", "2015", "",
         "Professional training course for Federal Police Delegates", ""],
        ["Universidade de São Paulo", "2004", "2008", "", "Bachelor of Laws (LLB)", ""],
    ], [
        ["Portuguese", "Native or bilingual proficiency"],
        ["English", "Full professional proficiency"],
        ["Spanish", "Professional working proficiency"],
        ["French", "Elementary proficiency"],
    ], certs=[["DELE C1 – Diploma de Español", "", "Instituto Cervantes", "Nov 2019", "", ""],
              ["GIAC Certified Forensic Examiner (GCFE)", "", "GIAC", "May 2012", "", ""]],
        skills=["Victim identification", "Digital forensics", "OSINT"])
    write_expected(name, "linkedin", [], [
        X("Criminal Intelligence Officer – Crimes against Children", "INTERPOL", "FR",
          "2023-08", None, True, None, ["AR", "CL", "PY"],
          note="empty Finished On -> ongoing; Argentine, Chilean, Paraguayan police"),
        X("Federal Police Delegate (Delegado de Polícia Federal)", "Polícia Federal", "BR",
          "2015-02", None, True, None, [],
          note="second ongoing position at the same time (round-8 rule)"),
        X("Federal Police Agent", "Polícia Federal", "BR", "2009-03", "2015-01", False, None,
          ["US"], note="HSI (USA) as counterpart -> US"),
        X("IT Security Analyst", "Itaú Unibanco", None, "2006", "2009", False, None, [],
          note="'São Paulo' alone -> null"),
        X("Conscript (military service)", "Exército Brasileiro", None, "2003", "2004", False,
          None, [], note="military service -> entry; 'Campinas' alone -> null"),
    ], [
        Ed("Law", 8, False, "2025", "2029", note="end 2029 in the future -> not completed"),
        Ed("Criminal Law", 7, True, "2016", "2018"),
        Ed(None, None, True, "2014", "2015",
           note="police-academy training course -> null; no subject"),
        Ed("Law", 6, True, "2004", "2008", note="'Bachelor of Laws (LLB)' -> field Law"),
    ], [
        L("pt", None, True),
        L("en", None),
        L("es", "C1", note="DELE C1 in Certifications.csv -> C1"),
        L("fr", None),
    ], notes=["LinkedIn gives no nationality -> []; 'Brazilian Federal Police delegate' in the\n"
              "# summary names an employer, not a citizenship."])


@cv
def linkedin12_fr_moreau():
    name = "linkedin12_fr_moreau"
    render_linkedin(OUT / f"{name}.zip", dict(
        **{"First Name": "Julien", "Last Name": "Moreau",
           "Headline": "Chef d'escadron – Gendarmerie nationale | Atteintes à l'environnement",
           "Summary": "Officier de gendarmerie. Enquêtes sur les trafics de déchets et "
                      "d'espèces protégées, coopération internationale.",
           "Industry": "Application de la loi", "Zip Code": "95000",
           "Geo Location": "Pontoise, Île-de-France, France"},
        email="julien.moreau@example.fr"), [
        ["Office central de lutte contre les atteintes à l'environnement et à la santé publique (OCLAESP)",
         "Chef de la division des enquêtes environnementales",
         "Enquêtes sur des exportations illégales de déchets électroniques vers le Ghana ; "
         "commissions rogatoires internationales exécutées avec la police espagnole.",
         "Arcueil, Île-de-France, France", "Sep 2022", ""],
        ["Gendarmerie nationale", "Commandant de compagnie",
         "Compagnie de gendarmerie départementale de Saint-Malo (180 militaires).",
         "Saint-Malo, Bretagne, France", "Aug 2018", "Aug 2022"],
        ["Ministère de l'Europe et des Affaires étrangères",
         "Attaché de sécurité intérieure adjoint",
         "Service de sécurité intérieure de l'ambassade. Coopération avec les gendarmeries tchadienne et "
         "centrafricaine.", "Yaoundé, Centre, Cameroun", "Sep 2015", "Jul 2018"],
        ["Gendarmerie nationale", "Commandant de peloton, gendarmerie mobile",
         "Escadron 23/7. Détachement de quatre mois au Mali auprès de la mission EUTM.",
         "Reims", "Sep 2011", "Aug 2015"],
    ], [
        ["Université Paris 1 Panthéon-Sorbonne", "2019", "2021", "",
         "Master 2, Droit de l'environnement", ""],
        ["École des officiers de la gendarmerie nationale (EOGN)", "2009", "2011", "",
         "Diplôme d'officier de gendarmerie", ""],
        ["Université de Rennes 1", "2004", "2007", "", "Licence, Droit public", ""],
    ], [
        ["Français", "Native or bilingual proficiency"],
        ["Anglais", "Full professional proficiency"],
        ["Espagnol", "Limited working proficiency"],
    ], certs=[["Cambridge English: C1 Advanced", "", "Cambridge Assessment English",
               "Jun 2019", "", ""],
              ["TOEIC – 945", "", "ETS", "Jan 2014", "", ""]],
        skills=["Police judiciaire", "Droit de l'environnement", "Coopération internationale"])
    write_expected(name, "linkedin", [], [
        X("Chef de la division des enquêtes environnementales",
          "Office central de lutte contre les atteintes à l'environnement et à la santé publique (OCLAESP)",
          "FR", "2022-09", None, True, None, ["ES"],
          note="Ghana only as destination of the waste (subject matter) -> nothing;\n"
               "Spanish police as counterpart -> ES; empty Finished On -> ongoing"),
        X("Commandant de compagnie", "Gendarmerie nationale", "FR", "2018-08", "2022-08",
          False, None, []),
        X("Attaché de sécurité intérieure adjoint",
          "Ministère de l'Europe et des Affaires étrangères", "CM", "2015-09", "2018-07",
          False, None, ["TD", "CF"],
          note="location ending in 'Cameroun' -> CM; Chadian and CAR gendarmeries -> [TD, CF]"),
        X("Commandant de peloton, gendarmerie mobile", "Gendarmerie nationale", None,
          "2011-09", "2015-08", False, None, ["ML"],
          note="'Reims' alone -> null; four-month detachment in Mali = own work -> ML"),
    ], [
        Ed("Droit de l'environnement", 7, True, "2019", "2021"),
        Ed(None, None, True, "2009", "2011", note="officer-school diploma -> null"),
        Ed("Droit public", 6, True, "2004", "2007"),
    ], [
        L("fr", None, True),
        L("en", "C1", note="Cambridge C1 Advanced in Certifications.csv -> C1 (TOEIC not mapped)"),
        L("es", None),
    ], notes=["LinkedIn gives no nationality -> [].",
              "'Escadron 23/7' is a unit number, not a date; '(180 militaires)' gives nothing."])


# --------------------------------------------------------- JSON Resume ----

@cv
def jsonresume13_en_shrestha():
    name = "jsonresume13_en_shrestha"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Sushila Shrestha", "label": "Police Inspector | UN Police Officer",
            "email": "sushila.shrestha@example.com.np", "phone": "+977 984 120 1976",
            "summary": "Nepali national with fourteen years in the Nepal Police, including two "
                       "United Nations peacekeeping deployments, specialised in gender-based "
                       "violence and trafficking cases.",
            "location": {"city": "Kathmandu", "countryCode": "NP"}},
        "work": [
            {"name": "Nepal Police",
             "position": "Police Inspector – Women, Children and Senior Citizen Service Directorate",
             "location": "Kathmandu, Nepal", "startDate": "2021-08-16",
             "summary": "Cross-border anti-trafficking coordination with Indian police counterparts.",
             "highlights": ["Set up a helpdesk network in 12 districts"]},
            {"name": "United Nations Mission in the Republic of South Sudan (UNMISS)",
             "position": "UN Police Officer – Gender Adviser", "location": "Juba, South Sudan",
             "startDate": "2019-06-03", "endDate": "2021-06-02",
             "summary": "Capacity building for the South Sudan National Police Service; attended "
                        "a regional workshop in Entebbe, Uganda."},
            {"name": "Nepal Police", "position": "Police Sub-Inspector", "location": "Pokhara",
             "startDate": "2012-03", "endDate": "2019-05"},
            {"name": "United Nations Stabilization Mission in Haiti (MINUSTAH)",
             "position": "Individual Police Officer", "location": "Les Cayes, Haiti",
             "startDate": "2015-01", "endDate": "2016-01",
             "summary": "One-year deployment; community policing in the Sud department."}],
        "volunteer": [
            {"organization": "Maiti Nepal", "position": "Volunteer Trainer",
             "startDate": "2010", "endDate": "2012",
             "summary": "Awareness sessions in Makwanpur district."}],
        "education": [
            {"institution": "Tribhuvan University", "area": "Sociology",
             "studyType": "Master of Arts (MA)", "startDate": "2013", "endDate": "2015"},
            {"institution": "Nepal Police Academy", "studyType": "Sub-Inspector Basic Training",
             "startDate": "2011", "endDate": "2012"},
            {"institution": "Tribhuvan University", "area": "English and Sociology",
             "studyType": "Bachelor of Arts", "startDate": "2007", "endDate": "2010"}],
        "languages": [
            {"language": "Nepali", "fluency": "Native speaker"},
            {"language": "Newari", "fluency": "Native speaker"},
            {"language": "English", "fluency": "C1 (IELTS 7.0)"},
            {"language": "Hindi", "fluency": "Fluent"},
            {"language": "French", "fluency": "A1 (UN language course)"}],
    })
    write_expected(name, "jsonresume", ["NP"], [
        X("Police Inspector – Women, Children and Senior Citizen Service Directorate",
          "Nepal Police", "NP", "2021-08-16", None, True, None, ["IN"],
          note="full date kept (round-8 rule); no endDate -> ongoing; Indian police -> IN"),
        X("UN Police Officer – Gender Adviser",
          "United Nations Mission in the Republic of South Sudan (UNMISS)", "SS",
          "2019-06-03", "2021-06-02", False, None, [],
          note="base South Sudan not repeated; workshop attended in Uganda -> nothing"),
        X("Police Sub-Inspector", "Nepal Police", None, "2012-03", "2019-05", False, None, [],
          note="'Pokhara' alone -> null"),
        X("Individual Police Officer",
          "United Nations Stabilization Mission in Haiti (MINUSTAH)", "HT", "2015-01",
          "2016-01", False, None, [], note="overlaps the Sub-Inspector post; order as in the file"),
        X("Volunteer Trainer", "Maiti Nepal", None, "2010", "2012", False, None, [],
          note="volunteer item after work items"),
    ], [
        Ed("Sociology", 7, True, "2013", "2015"),
        Ed(None, None, True, "2011", "2012", note="police basic training -> null; no area"),
        Ed("English and Sociology", 6, True, "2007", "2010"),
    ], [
        L("ne", None, True),
        L(None, None, True, note="Newari has no ISO 639-1 code (round-8 rule)"),
        L("en", "C1", note="written C1; IELTS 7.0 agrees"),
        L("hi", None),
        L("fr", "A1"),
    ], notes=["'Nepali national' -> [NP]. Phone +977 984 120 1976 is not a date."])


@cv
def jsonresume14_fr_essomba():
    name = "jsonresume14_fr_essomba"
    render_jsonresume(OUT / f"{name}.json", {
        "basics": {
            "name": "Brigitte Essomba Ngono",
            "label": "Commissaire divisionnaire – coopération policière internationale",
            "email": "b.essomba@example.cm", "phone": "+237 677 20 19 05",
            "summary": "Citoyenne camerounaise. Commissaire de police depuis 2011, spécialisée "
                       "dans la coopération policière et la police de proximité.",
            "location": {"city": "Yaoundé", "countryCode": "CM"}},
        "work": [
            {"name": "Délégation générale à la sûreté nationale (DGSN)",
             "position": "Cheffe du Bureau central national INTERPOL",
             "location": "Yaoundé, Cameroun", "startDate": "2020-01",
             "summary": "Coordination avec les BCN de Libreville et de Malabo ; opérations "
                        "conjointes avec la police tchadienne."},
            {"name": "Mission multidimensionnelle intégrée des Nations Unies pour la "
                     "stabilisation en République centrafricaine (MINUSCA)",
             "position": "Coordonnatrice de la police de proximité", "location": "Bangui, RCA",
             "startDate": "2017-02", "endDate": "2019-12",
             "summary": "Formation des policiers centrafricains ; séminaire suivi à Kigali (Rwanda)."},
            {"name": "Délégation générale à la sûreté nationale (DGSN)",
             "position": "Commissaire, Police judiciaire", "location": "Douala",
             "startDate": "2011-09", "endDate": "2017-01",
             "summary": "Enquêtes économiques et financières. Promue commissaire principal en 2015."},
            {"name": "Consultante indépendante", "position": "Formatrice en droits humains",
             "startDate": "2009", "endDate": "2011",
             "summary": "Modules de formation pour des associations."}],
        "volunteer": [
            {"organization": "Association de lutte contre les violences faites aux femmes (ALVF)",
             "position": "Juriste bénévole", "startDate": "2008-03", "endDate": "2011-06"}],
        "education": [
            {"institution": "Université de Yaoundé II", "area": "Droit pénal et sciences criminelles",
             "studyType": "Master II", "startDate": "2006", "endDate": "2008"},
            {"institution": "École nationale supérieure de police (ENSP)",
             "studyType": "Diplôme de commissaire de police", "startDate": "2010",
             "endDate": "2011"},
            {"institution": "Université de Yaoundé II", "area": "Droit privé",
             "studyType": "Licence", "startDate": "2003", "endDate": "2006"}],
        "languages": [
            {"language": "Français", "fluency": "C2"},
            {"language": "Anglais", "fluency": "B2 (compréhension), B1 (expression écrite)"},
            {"language": "Ewondo", "fluency": "Langue maternelle"},
            {"language": "Espagnol", "fluency": "A2"},
            {"language": "Fulfulde", "fluency": "Notions"}],
    })
    write_expected(name, "jsonresume", ["CM"], [
        X("Cheffe du Bureau central national INTERPOL",
          "Délégation générale à la sûreté nationale (DGSN)", "CM", "2020-01", None, True,
          None, ["GA", "GQ", "TD"],
          note="no endDate -> ongoing; NCBs Libreville / Malabo -> [GA, GQ]; Chadian police -> TD"),
        X("Coordonnatrice de la police de proximité",
          "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine (MINUSCA)",
          "CF", "2017-02", "2019-12", False, None, [],
          note="'Bangui, RCA' -> CF (round-8 rule); seminar attended in Kigali -> nothing"),
        X("Commissaire, Police judiciaire", "Délégation générale à la sûreté nationale (DGSN)",
          None, "2011-09", "2017-01", False, None, [],
          note="'Douala' alone -> null; promotion in the summary -> no extra entry"),
        X("Formatrice en droits humains", "Consultante indépendante", None, "2009", "2011",
          False, None, [], note="freelance: employer as written (round-8 rule)"),
        X("Juriste bénévole",
          "Association de lutte contre les violences faites aux femmes (ALVF)", None,
          "2008-03", "2011-06", False, None, [], note="volunteer item after work items"),
    ], [
        Ed("Droit pénal et sciences criminelles", 7, True, "2006", "2008",
           note="Master II -> 7"),
        Ed(None, None, True, "2010", "2011", note="police-school diploma -> null; no area"),
        Ed("Droit privé", 6, True, "2003", "2006"),
    ], [
        L("fr", "C2"),
        L("en", "B1", note="B2 (compréhension), B1 (expression écrite) -> lowest B1"),
        L(None, None, True, note="Ewondo has no ISO 639-1 code (round-8 rule)"),
        L("es", "A2"),
        L("ff", None, note="Fulfulde -> ff; 'Notions' -> null"),
    ], notes=["'Citoyenne camerounaise' -> [CM]. Phone +237 677 20 19 05 gives nothing.",
              "'Commissaire de police depuis 2011' in the summary is not a position."])


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
