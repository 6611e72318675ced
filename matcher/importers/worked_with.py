"""Countries a post's description names as worked with, and where a named country is not one.

A country worked with is drafted only when the description states it: the post's work in
or for it, or its authorities as counterparts. Three readings only infer it, and are left out
(work_countries applies them clause by clause, after the words of
place_names.yaml `not_worked_with`: conferences, funders, nationals, visas...):

- **Received, not delivered.** A course, workshop, study visit or exchange the candidate
  attended or took part in ("Completed a training course in Budapest, Hungary",
  "Participated in a workshop in Spain", "Trained at the academy in Spain") says where the
  candidate learnt, not where the post worked; training the candidate delivered, led or
  organised does count ("Delivered training to police officers in Ghana").
- **Own side.** The body the post was seconded from or by ("Seconded from the Swedish
  Police Authority", "détachée par la Police nationale"), and the country the candidate
  represented ("Represented Ireland at the working group"), are the candidate's own side.
- **The case's subject matter.** Where the people or goods of a case came from or went
  ("victims trafficked from Nigeria", "cocaine shipments from Colombia", "migrants
  smuggled into Italy", "heroin originating in Afghanistan") is what the post worked on,
  not a country it worked with (the round-4 labelling rule).
- **An organisation's seat.** A city and country written after an organisation's name, as its
  address ("UNODC, Vienna, Austria", "the INTERPOL General Secretariat in Lyon, France",
  "Europol (The Hague, Netherlands)"), says where that body sits, not that the post worked
  with that country; a country alone after a counterpart ("le FBI (États-Unis)") names the
  counterpart's country and counts.
"""

from __future__ import annotations

import re
from functools import cache

from ..profile_tools.lookup import fold
from .dates import fold_keep
from .places import _table, countries_in, country_of, demonyms, mentions

# taking part in something organised by others (folded text: lower case, no accents)
_RECEIVED = re.compile(
    r"(?<!\w)(?:(?:training\s+)?courses?(?!\s+of\b)|workshops?|study\s+(?:visits?|tours?|trips?)|"
    r"exchange\s+programmes?|exchange\s+programs?|fellowships?|"
    r"participated|participating|took\s+part|taking\s+part|received|(?:was|were|been|being)\s+trained|"
    r"trained\s+(?:in|at|by)|"
    r"formations?\s+suivies?|suivi\s+(?:une?|la|le|les)\s+(?:formation|stage|cours)|stages?\s+de\s+formation|"
    r"cours\s+suivis?|participation\s+(?:a|au|aux)|participe\s+(?:a|au|aux)|formee?s?\s+(?:a|au|en|par)|"
    r"visites?\s+d'etudes?|voyages?\s+d'etudes?|ateliers?)(?!\w)"
)
# idioms that name no course: "in the course of", "of course", "au cours de"
_NOT_RECEIVED = re.compile(r"(?<!\w)(?:in|over|during)\s+the\s+course\s+of|of\s+course(?!\w)")
# the candidate gave it: the country is the post's own work
_DELIVERED = re.compile(
    r"(?<!\w)(?:deliver(?:s|ed|ing)?|gave|give[sn]?|giving|taught|teach(?:es|ing)?|conduct(?:s|ed|ing)?|"
    r"led|lead(?:s|ing)?|design(?:s|ed|ing)?|ran|run(?:s|ning)?|organi[sz](?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|"
    r"provid(?:e|es|ed|ing)|host(?:s|ed|ing)?|trainer|instructor|lecturer|facilitator|"
    r"formateur|formatrice|dispense(?:e|s|r)?|anime(?:e|s|r)?|assure(?:e|s|r)?|concue?s?|organise(?:e|s|r)?|"
    r"encadre(?:e|s|r)?)(?!\w)"
)
_OWN_SIDE = re.compile(
    r"(?<!\w)(?:seconded\s+(?:from|by)|on\s+secondment\s+from|on\s+loan\s+from|"
    r"detachee?\s+(?:de|du|des|par)|mise?\s+a\s+(?:la\s+)?disposition\s+(?:de|du|par)|"
    r"represent(?:ed|ing|s)?|represente(?:e|s)?|representant(?:e|s)?)(?!\w)"
)


# where the own-side body's name ends: "seconded from the X police to Europol", "détachée par la
# Police nationale auprès des autorités du Niger" (the post's counterparts come after)
_OWN_SIDE_END = re.compile(r"(?<!\w)(?:to|with|for|as|at|in|on|aupres|avec|pour|a|au|aux|dans|comme|en tant que)(?!\w)")


def left_out_spans(clause: str) -> list[tuple[int, int]]:
    """The stretches of the clause whose countries are not countries worked with: from a course
    received to the clause's end, an own-side body's name."""
    plain = _NOT_RECEIVED.sub(lambda m: " " * len(m.group()), fold_keep(clause))
    spans = []
    for own in _OWN_SIDE.finditer(plain):
        end = _OWN_SIDE_END.search(plain, own.end())
        spans.append((own.start(), end.start() if end else len(clause)))
    received = _RECEIVED.search(plain)
    if received and not _DELIVERED.search(plain):
        spans.append((received.start(), len(clause)))
    return spans


# people or goods of a case, then where they came from or went: the country after is subject matter
_SUBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:victims?|suspects?|nationals|migrants?|refugees?|fugitives?|women|children|workers|"
    r"shipments?|consignments?|cargo|goods|drugs|cocaine|heroin|cannabis|methamphetamine|precursors?|weapons|"
    r"firearms|cars|vehicles|containers?|trafficked|smuggled|shipped|exported|imported|arriving|coming)"
    r"(?:\s+[\w-]+){0,3}\s+(?:from|out of)|originating\s+(?:in|from)|(?:traffick|smuggl|export|import|ship|"
    r"rout|transport|trafi[cq]|achemin|filiere)\w*(?:\s+[\w-]+){0,5}\s+(?:to|into|via|through|from|out\s+of|vers|depuis)|"
    r"(?:bound|destined)\s+for|"
    r"en provenance d[eu]|originaires?\s+d[eu]|provenant\s+d[eu]|a destination d[eu])\s+(?:the\s+|la\s+|le\s+|l')?$"
    r"|(?<!\w)(?:en provenance|originaires?|provenant|a destination)\s+d['’]$"  # "en provenance d'Algérie"
)


_LISTED_AFTER = re.compile(
    r"^\s*(?:,|and|or|et|ou|/|&)\s*(?:the\s+|la\s+|le\s+|l'|d[eu]s?\s+|de\s+la\s+|de\s+l'|d')?$", re.I
)


def _name_end(text: str, start: int) -> int:
    """The end of the capitalised name starting at `start` ('Burkina Faso', 'Côte d'Ivoire')."""
    m = re.match(r"[\w'’-]+(?:\s+(?:d[eu]s?\s+|of\s+(?:the\s+)?)?[A-ZÀ-Ý][\w'’-]*)*", text[start:])
    return start + (m.end() if m else 0)


def subject_matter(text: str, start: int) -> bool:
    """The country at `start` is where a case's people or goods came from or went."""
    return _SUBJECT_BEFORE.search(fold_keep(text[max(0, start - 80) : start])) is not None


_CAP = r"[A-ZÀ-Ý][\w'’.-]*"
_SEAT_BEFORE = re.compile(
    rf"(?:(?P<acronym>\b[A-Z]{{2,}}[\w-]*)|(?P<name>{_CAP}(?:\s+{_CAP})+)|(?P<one>{_CAP}))\)?"
    rf"(?P<sep>\s*,\s*|\s*\(\s*|\s+(?:in|at|à|en)\s+)(?P<city>(?:(?:the|The)\s+)?{_CAP}(?:[\s-]+{_CAP}){{0,2}})\s*,\s*$"
)


def at_a_seat(text: str, start: int) -> bool:
    """The country at `start` ends an address: '<organisation>, <city>, ' or '<organisation> in
    <city>, ' right before it. A single capitalised word is an organisation only before ',' or '('
    ("Worked in Bamako, Mali" is work in Mali); a 'city' that is a country is a list ("with
    Kenya, Uganda, Tanzania")."""
    m = _SEAT_BEFORE.search(text[max(0, start - 90) : start])
    if m is None:
        return False
    if m.group("one") and m.group("sep").strip() not in (",", "("):
        return False
    org = m.group("acronym") or m.group("name") or m.group("one") or ""
    return country_of(m.group("city")) is None and country_of(org) is None


@cache
def _not_worked_with() -> re.Pattern:
    words = sorted((fold(w) for w in _table()["not_worked_with"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"[\W_]+".join(map(re.escape, w.split())) for w in words) + r")(?!\w)")


_CASE_MEETING = re.compile(r"(?<!\w)(?:case|joint case|coordination) conferences?(?!\w)")
_CLAUSE_END = re.compile(r"[.;!?•](?:\s|$)|\n")


def work_countries(text: str, exclude: str | None = None, own_side: str = "") -> list[str]:
    """Countries a job's description names as places it worked in or with (read_work_countries)."""
    return read_work_countries(text, exclude, own_side)[0]


def read_work_countries(text: str, exclude: str | None = None, own_side: str = "") -> tuple[list[str], list[str]]:
    """(countries worked with, review notes on countries named but left out). As countries_in,
    less any named after a conference, an embassy, a funder, a registration, a nationality or
    a visa in the same clause ("keynote at a summit in Rwanda", "the Embassy of Brazil"), after
    a course received or an own-side body, or as an organisation's seat (work_cues.py), and
    less the post's own side: the countries its employer's name names, by name or adjective
    ("Police of the Czech Republic" makes "the Czech desk" her own national desk)."""
    own = side_countries(own_side) | ({exclude} if exclude else set())
    found: list[str] = []
    left: dict[str, str] = {}
    for clause in _CLAUSE_END.split(text + " "):
        plain = _CASE_MEETING.sub(lambda m: " " * len(m.group()), fold_keep(clause))
        cue = _not_worked_with().search(plain)  # same length: offsets are the clause's
        part = clause[: cue.start()] if cue else clause
        blanks = left_out_spans(part)
        kept: list[str] = []
        subject_end = -1  # where the last subject-matter country ended: a list goes on with it
        for at, code in mentions(part):
            listed = subject_end >= 0 and _LISTED_AFTER.match(part[subject_end:at]) is not None
            if listed or subject_matter(part, at):
                left.setdefault(code, f"named as where a case's people or goods came from or went in {_quote(clause)}")
                subject_end = _name_end(part, at)
                continue
            subject_end = -1
            if any(a <= at < b for a, b in blanks):
                left.setdefault(code, f"named for a course taken or the body the post came from in {_quote(clause)}")
            elif at_a_seat(part, at):
                left.setdefault(code, f"named as the seat of an organisation in {_quote(clause)}")
            elif code not in kept:
                kept.append(code)
        found += [code for code in kept if code not in found and code not in own]
    notes = [
        f"{code}: {why}, not as a country the post worked with; left out (add it if the post did)"
        for code, why in left.items()
        if code not in found and code not in own
    ]
    return found, notes


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 70 else text[:67] + "...")


def side_countries(text: str) -> set[str]:
    """Countries a name stands for, by their name or a nationality adjective anywhere in it
    ("Swedish Police Authority", "Police of the Czech Republic", "Gendarmerie royale du Maroc")."""
    plain = fold(text)
    found = set(countries_in(text))
    table = demonyms()
    found |= {table[w] for w in re.findall(r"[a-z]+(?:[ -][a-z]+)?", plain) if w in table}
    found |= {table[w] for w in plain.split() if w in table}
    return found
