# ruff: noqa: E501 (CV text is data: lines as the CVs write them)
"""Word layouts that real CVs use (issue 15, DOCX round): a CV entirely in tables (2 columns:
dates | title, employer, description; 3 columns: dates | employer | title), a layout table
holding a nested table, a DrawingML text box sidebar and a page header, several posts under
one employer, headings as Word styles, bold runs or ALL CAPS paragraphs, line breaks inside
a paragraph, tabs between dates and titles, French and English date forms, and a parental
leave / career break line that is not a post. The people and private firms are fictional;
the expected facts (tests/data/cvs/<name>.expected.yaml) were written by hand before the
importer ran on these files.

    .venv/bin/python scripts/cvs/word_cvs.py [OUTDIR]
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent.parent / "tests" / "data" / "cvs"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _new():
    import docx

    document = docx.Document()
    document.core_properties.author = "matcher test set"
    document.core_properties.created = document.core_properties.modified = datetime.datetime(2026, 12, 1)
    return document


def _para(container, parts, bold=False, style=None):
    """parts: a string, or a list where "\\n" is a line break (w:br) and "\\t" a tab."""
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in [parts] if isinstance(parts, str) else parts:
        if part == "\n":
            paragraph.add_run().add_break()
        elif part == "\t":
            paragraph.add_run().add_tab()
        else:
            paragraph.add_run(part).bold = bold
    return paragraph


def _cell(cell, texts, bold_first=False):
    cell.text = ""
    first = cell.paragraphs[0]
    for i, text in enumerate(texts):
        paragraph = first if i == 0 else cell.add_paragraph()
        paragraph.add_run(text).bold = bold_first and i == 0


def _text_box(paragraph, texts: list[tuple[str, bool]]) -> None:
    """A DrawingML text box anchored in `paragraph` (wps:txbx, as Word 2010+ writes them), with a VML fallback."""
    from docx.oxml import parse_xml

    inner = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if bold else ''}<w:t xml:space='preserve'>{escape(t)}</w:t></w:r></w:p>"
        for t, bold in texts
    )
    xml = (
        f"<w:r xmlns:w='{W}' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
        "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
        "xmlns:v='urn:schemas-microsoft-com:vml'>"
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<wp:anchor distT='0' distB='0' distL='0' distR='0' simplePos='0' relativeHeight='1' behindDoc='0' locked='0' layoutInCell='1' allowOverlap='1'>"
        "<wp:simplePos x='0' y='0'/><wp:positionH relativeFrom='page'><wp:posOffset>5000000</wp:posOffset></wp:positionH>"
        "<wp:positionV relativeFrom='page'><wp:posOffset>900000</wp:posOffset></wp:positionV>"
        "<wp:extent cx='2000000' cy='4000000'/><wp:wrapSquare wrapText='bothSides'/><wp:docPr id='1' name='Sidebar'/>"
        "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape style='width:160pt;height:300pt'><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def cv71_en_table2(document) -> None:
    """The whole CV in one 2-column table: a section row, then dates | title, employer, description."""
    rows = [
        (["Peter Kamau"], ["Nationality: Kenyan", "peter.kamau@example.ke"]),
        (["EXPERIENCE"], []),
        (
            ["2020 – now"],
            [
                "Regional Programme Officer",
                "UNODC Regional Office for Eastern Africa, Nairobi, Kenya",
                "Border management projects with Uganda and Tanzania.",
            ],
        ),
        (["2018 – 2019"], ["Career break (parental leave)"]),
        (["Mar – Aug 2015"], ["Consultant", "Interpol, Lyon, France", "Review of wildlife crime notices."]),
        (["Feb 2013 – Jun 2013"], ["Research Assistant", "Institute for Security Studies, Pretoria, South Africa"]),
        (["Summer 2014"], ["Intern", "Kenya Wildlife Service, Nairobi"]),
        (["EDUCATION"], []),
        (["2010 – 2012"], ["MA in International Relations", "University of Nairobi"]),
        (["LANGUAGES"], []),
        (["English"], ["C2"]),
        (["Swahili"], ["Mother tongue"]),
        (["French"], ["B1"]),
    ]
    table = document.add_table(rows=0, cols=2)
    for left, right in rows:
        cells = table.add_row().cells
        _cell(cells[0], left, bold_first=not right)
        if right:
            _cell(cells[1], right, bold_first=True)


def cv72_fr_table3(document) -> None:
    """Name in the page header, then a 3-column table: dates | employer | title."""
    header = document.sections[0].header.paragraphs[0]
    header.text = "Hélène Garnier — Nationalité : française — helene.garnier@example.fr"
    document.add_heading("Expérience professionnelle", level=1)
    rows = [
        ("Période", "Employeur", "Poste"),
        ("avril 2018 – aujourd'hui", "Europol, La Haye, Pays-Bas", "Analyste stratégique"),
        ("depuis 2019", "Université de Leyde", "Chargée de cours (vacataire)"),
        ("2012 – mars 2018", "Gendarmerie nationale, Rosny-sous-Bois", "Analyste criminelle"),
        ("juin 2009 – août 2010", "", "Congé parental"),
        ("sept. 2007 – 2009", "Douane française, Le Havre", "Contrôleuse des douanes"),
    ]
    table = document.add_table(rows=0, cols=3)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _cell(cell, [text] if text else [])
    document.add_heading("Formation", level=1)
    document.add_paragraph("Master Sécurité internationale, Sciences Po Paris, 2005 – 2007")
    document.add_heading("Langues", level=1)
    document.add_paragraph("Français : langue maternelle")
    document.add_paragraph("Anglais : C1")
    document.add_paragraph("Néerlandais : A2")


def cv73_en_textbox_group(document) -> None:
    """A DrawingML text box sidebar anchored in the first paragraph; posts grouped under Heading 2 employers,
    each post a bold title, a tab, then its dates."""
    first = _para(document, "Aisha Bello", bold=True)
    _text_box(
        first,
        [
            ("CONTACT", True),
            ("aisha.bello@example.ng", False),
            ("Nationality: Nigerian", False),
            ("LANGUAGES", True),
            ("English – C2", False),
            ("Hausa – native", False),
            ("French – B2", False),
        ],
    )
    document.add_heading("Professional Experience", level=1)
    document.add_heading("ECOWAS Commission, Abuja, Nigeria", level=2)
    _para(document, ["Head of Early Warning Division", "\t", "Jan 2019 – present"])
    document.add_paragraph("Coordination with Ghana and Senegal on cross-border threats.", style="List Bullet")
    _para(document, ["Senior Analyst", "\t", "Sep 2014 – Dec 2018"])
    _para(document, ["Analyst", "\t", "2011 – 2014"])
    document.add_heading("Nigeria Police Force, Lagos", level=2)
    _para(document, ["Inspector", "\t", "Oct 2006 – Aug 2011"])
    document.add_heading("Education", level=1)
    document.add_paragraph("MSc in Conflict Studies, University of Ibadan, 2004 – 2006")
    document.add_paragraph("BSc in Sociology, Ahmadu Bello University, 2000 – 2004")


def cv74_fr_caps_breaks(document) -> None:
    """ALL CAPS paragraphs as headings (no style, no bold) and a bold-run heading; each post one paragraph
    with line breaks: title / employer / dates."""
    document.add_paragraph("Marc Lefèvre")
    document.add_paragraph("Nationalité : belge | marc.lefevre@example.be")
    document.add_paragraph("EXPÉRIENCE PROFESSIONNELLE")
    _para(document, ["Enquêteur financier", "\n", "Tracfin, Montreuil, France", "\n", "janv. 2016 – aujourd'hui"])
    document.add_paragraph("Échanges avec les cellules de renseignement du Luxembourg et de la Suisse.")
    _para(document, ["Inspecteur", "\n", "Police fédérale, Bruxelles, Belgique", "\n", "2012 – déc. 2015"])
    _para(document, ["Stagiaire", "\n", "Banque nationale de Belgique, Bruxelles", "\n", "avril – juin 2011"])
    _para(document, "Formation", bold=True)
    document.add_paragraph("Master en criminologie, Université catholique de Louvain, 2009 – 2011")
    document.add_paragraph("LANGUES")
    document.add_paragraph("Français : langue maternelle")
    document.add_paragraph("Néerlandais : B2")
    document.add_paragraph("Anglais : C1")


def cv75_en_nested(document) -> None:
    """A 2-column layout table: left a sidebar, right the sections, the experience as a table nested in the cell."""
    layout = document.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    _cell(
        left,
        [
            "Sofia Lindqvist",
            "sofia.lindqvist@example.se",
            "Nationality: Swedish",
            "LANGUAGES",
            "Swedish – native",
            "English – C1",
            "German – B2",
        ],
    )
    right.text = ""
    right.paragraphs[0].add_run("WORK EXPERIENCE").bold = True
    nested = right.add_table(rows=0, cols=2)
    for dates, content in (
        (
            "Jan 2021 – present",
            [
                "Senior Policy Officer",
                "Swedish Police Authority, Stockholm, Sweden",
                "Joint operations with Norway and Finland.",
            ],
        ),
        ("Mar 2017 – Dec 2020", ["Policy Officer", "Frontex, Warsaw, Poland"]),
        ("2014 – 2017", ["Trainee Analyst", "Swedish Economic Crime Authority"]),
    ):
        cells = nested.add_row().cells
        _cell(cells[0], [dates])
        _cell(cells[1], content, bold_first=True)
    right.add_paragraph().add_run("EDUCATION").bold = True
    right.add_paragraph("MSc in Criminology, Stockholm University, 2012 – 2014")
    right.add_paragraph("BA in Political Science, Uppsala University, 2009 – 2012")


def cv76_en_tabs_breaks(document) -> None:
    """Headings as bold runs; each post a line of dates, a tab, then the title; the employer heading (bold) above
    its posts; a career break line between posts."""
    document.add_paragraph("Tomás Herrera")
    document.add_paragraph("Citizenship: Chilean — tomas.herrera@example.cl")
    _para(document, "Work Experience", bold=True)
    _para(document, "Organisation of American States, Washington, DC", bold=True)
    _para(document, ["Oct 2019 – now", "\t", "Senior Specialist, Department of Public Security"])
    _para(document, ["Feb 2016 – Sep 2019", "\t", "Specialist"])
    _para(document, ["2014 – 2015", "\t", "Career break – travel and volunteering"])
    _para(document, "Policía de Investigaciones de Chile, Santiago, Chile", bold=True)
    _para(document, ["Mar 2009 – Dec 2013", "\t", "Detective"])
    document.add_paragraph("Investigations with counterparts in Argentina and Peru.", style="List Bullet")
    _para(document, "Education", bold=True)
    document.add_paragraph("Master in Public Policy, Universidad de Chile, 2007 – 2008")
    _para(document, "Languages", bold=True)
    document.add_paragraph("Spanish: native")
    document.add_paragraph("English: C1")
    document.add_paragraph("Portuguese: B1")


CVS = {
    "docx71_en_table2": cv71_en_table2,
    "docx72_fr_table3": cv72_fr_table3,
    "docx73_en_textbox_group": cv73_en_textbox_group,
    "docx74_fr_caps_breaks": cv74_fr_caps_breaks,
    "docx75_en_nested": cv75_en_nested,
    "docx76_en_tabs_breaks": cv76_en_tabs_breaks,
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, build in CVS.items():
        document = _new()
        build(document)
        document.save(str(out / f"{name}.docx"))
    print(f"wrote {len(CVS)} Word CVs to {out}")


if __name__ == "__main__":
    main()
