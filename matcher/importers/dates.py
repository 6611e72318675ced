"""Dates as people write them in CVs, English and French, kept as precise as written.

"Jan 2018 – Dec 2020", "03/2017 - today", "2012–2016", "sept. 2015 – présent",
"depuis 2019", "Mar – Aug 2016" (the start takes the end's year), "15/03/2016".
A numeric day/month date that reads both ways (06/07/2012) is never guessed: unless
the document itself shows its order (another date with a day above 12), the range
is reported as ambiguous and left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import reference
from ..profile_tools.lookup import fold


@cache
def _words() -> dict:
    return reference.load_data("cv_dates", "matcher.importers")


@cache
def _months() -> dict[str, int]:
    return {fold(name): int(number) for number, names in _words()["months"].items() for name in names}


def months_named(text: str) -> set[int]:
    """The month numbers a text names in words ('sept.', 'March', 'juin')."""
    folded = fold_keep(text)
    return {number for name, number in _months().items() if re.search(rf"\b{re.escape(name)}\b", folded)}


def _month_names() -> str:
    return "|".join(re.escape(n) for n in sorted(_months(), key=len, reverse=True))


@dataclass(frozen=True)
class When:
    """One date as written: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; `year_from_end` for 'Mar' in 'Mar - Aug 2016'."""

    value: str | None
    month: int | None = None  # a month with no year, waiting for the range's end year


@dataclass(frozen=True)
class Span:
    start: str | None
    end: str | None
    ongoing: bool
    text: str  # the words the range was read from
    ambiguous: str | None = None  # why it was left out
    begin: int = 0  # character offsets of the range in its line
    stop: int = 0
    # the words are no post's own range ('2016' alone, an employer's range over several posts):
    # nothing dates the post, which is then not drafted, rather than drafted with its dates unknown
    not_the_posts: bool = False


def _token_regex() -> re.Pattern:
    month_names = _month_names()
    ongoing = "|".join(re.escape(w) for w in sorted(_words()["ongoing"], key=len, reverse=True))
    parts = [
        r"(?P<dmy>\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b)",
        r"(?P<iso>\b(?:19|20)\d\d[-/]\d{1,2}(?:-\d{1,2})?\b)",
        r"(?P<my>\b\d{1,2}[./-](?:19|20)\d\d\b)",
        rf"(?P<dname>\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{month_names})\.?,?\s+(?:19|20)\d\d\b)",
        rf"(?P<named>(?<![\w])(?:{month_names})\.?,?(?:\s+\d{{1,2}},)?\s*'?(?:(?:19|20)\d\d\b|'\d\d\b))",
        r"(?P<season>\b(?:summer|winter|spring|autumn|ete|hiver|printemps|automne)\s+(?:de\s+l'|d')?(?:19|20)\d\d\b)",
        rf"(?P<bare>(?<![\w])(?:{month_names})\.?(?![\w]))",
        r"(?P<year>\b(?:19|20)\d\d\b)",
        rf"(?P<ongoing>(?<![\w])(?:{ongoing})(?![\w]))",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def _tokens() -> re.Pattern:
    return _token_regex()


def fold_keep(text: str) -> str:
    """Lower case without accents, same length as the input (offsets stay valid). Called on
    every line several times: ASCII is lowered at C speed, other characters are folded once
    each (a 200,000-character line took ~0.4 s a call character by character)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


@cache
def _fold_char(ch: str) -> str:
    import unicodedata

    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c)) or ch
    return base[0].lower() if len(base[0].lower()) == 1 else ch


def numeric_order(texts: list[str]) -> str | None:
    """'dmy' or 'mdy' when the document's own numeric dates show the order, else None."""
    first = second = False
    for text in texts:
        for a, b in re.findall(r"\b(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d\d\b", text):
            first |= int(a) > 12
            second |= int(b) > 12
    if first != second:
        return "dmy" if first else "mdy"
    return None


def _month(name: str) -> int:
    return _months()[fold(name.rstrip("."))]


def _read(kind: str, raw: str, order: str | None) -> When | str:
    """A token as a When, or a string saying why it cannot be read."""
    if kind == "dmy":
        a, b, year = (int(x) for x in re.split(r"[./-]", raw))
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            month, day = a, b
        elif a == b or order:
            day, month = (a, b) if order in (None, "dmy") else (b, a)
        else:
            return f"{raw!r} could be day/month or month/day"
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return f"{raw!r} is not a date"
        return When(f"{year:04d}-{month:02d}-{day:02d}")
    if kind == "iso":
        parts = [int(x) for x in re.split(r"[-/]", raw)]
        if not 1 <= parts[1] <= 12:
            return f"{raw!r} is not a date"
        if len(parts) == 2 and parts[1] == (parts[0] + 1) % 100:
            return f"{raw!r} could be a month or the two years {parts[0]}-{parts[0] + 1}"  # "2011-12"
        return When("-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]))
    if kind == "my":
        month, year = (int(x) for x in re.split(r"[./-]", raw))
        return When(f"{year:04d}-{month:02d}") if 1 <= month <= 12 else f"{raw!r} is not a month"
    if kind == "dname":
        m = re.match(r"(\d{1,2})\D*?\s+(.+?)\.?,?\s+(\d{4})$", raw.strip())
        if not m:
            return f"{raw!r} is not a date"
        return When(f"{int(m.group(3)):04d}-{_month(m.group(2)):02d}-{int(m.group(1)):02d}")
    if kind == "named":
        m = re.match(r"(.+?)\.?,?(?:\s+(\d{1,2}),)?\s*'?(\d{4}|\d\d)$", raw.strip())
        if not m:
            return f"{raw!r} is not a date"
        year = int(m.group(3))
        year = year if year > 100 else (2000 + year if year < 50 else 1900 + year)
        month = _month(m.group(1))
        if m.group(2):
            return When(f"{year:04d}-{month:02d}-{int(m.group(2)):02d}")
        return When(f"{year:04d}-{month:02d}")
    if kind == "bare":
        return When(None, month=_month(raw))
    return When(raw)


_SINCE = re.compile(r"(?:\bsince|\bdepuis|\bdes|\bdès|\bfrom|\bà partir de|\ba partir de)\s*(?:l'|le |the )?$", re.I)
_JOINER = re.compile(
    r"^\s*(?:[-–—−‒/→>|]+|to|au|à|a|until|till|jusqu'?à|jusqu'au|jusqu'en|through|thru|et)?\s*"
    r"(?:(?:le|the|l')\s*)?(?:\(?\s*(?:expected|exp\.|anticipated|prevu|prevue|attendu|attendue|fin prevue)\s*:?\s*)?"
    r"(?:(?:early|late|mid|end of|beginning of|start of|debut|fin|mi|q[1-4])[\s-]*)?$",
    re.I,
)  # "2024 – expected 2027": the end is the expected one (completion reads "expected" as not finished);
# "early 2015 – late 2017", "fin 2015 – début 2017", "Q1 2015 – Q3 2016": the years, no month


def find_spans(line: str, order: str | None = None) -> list[Span]:
    """Every date range (or single date) in a line, left to right."""
    folded = fold_keep(line)
    found = [
        (m.lastgroup or "", m.group(), m.start(), m.end())
        for m in _tokens().finditer(folded)
        if not _in_a_number(folded, m.start(), m.end())
    ]
    spans: list[Span] = []
    i = 0
    while i < len(found):
        kind, raw, begin, stop = found[i]
        if kind == "bare" and not _bare_is_month(found, i, folded):
            i += 1
            continue
        if kind == "season":  # "Summer 2014", "été 2019": that year for both ends, no month
            year = raw[-4:]
            spans.append(Span(year, year, False, line[begin:stop], None, begin, stop))
            i += 1
            continue
        first = "ongoing" if kind == "ongoing" else _read(kind, raw, order)
        if first == "ongoing":
            i += 1
            continue
        short = _SHORT_END.match(folded[stop:]) if kind == "year" else None
        if short:  # "2009–15": the end's century is the start's
            end = int(raw[:2] + short.group(1))
            text = line[begin : stop + short.end()]
            why = None if end > int(raw) else f"{text!r}: the end is not after the start"
            spans.append(
                Span(None if why else raw, None if why else str(end), False, text, why, begin, stop + short.end())
            )
            i += 1
            continue
        since = bool(_SINCE.search(folded[max(0, begin - 16) : begin]))
        nxt = found[i + 1] if i + 1 < len(found) else None
        joiner = _JOINER.match(folded[stop : nxt[2]]) if nxt is not None else None
        # "since 2019" has no end; "from 2015 to 2018", "depuis 2010 jusqu'en 2016" do: an end word joins them
        joined = (
            nxt is not None and joiner is not None and (not since or _END_WORD.match(folded[stop : nxt[2]]) is not None)
        )
        if joined and nxt is not None:
            second = "ongoing" if nxt[0] == "ongoing" else _read(nxt[0], nxt[1], order)
            text = line[begin : nxt[3]]
            spans.append(_range(first, second, text, begin, nxt[3]))
            i += 2
            continue
        text = line[begin:stop]
        if isinstance(first, str):
            spans.append(Span(None, None, False, text, first, begin, stop))
        elif first.value is None:
            pass  # a month name alone is not a date
        elif _EXPECTED_END.match(folded[stop:]) and not since:
            # "2024 – expected" (the expected year on another line or not written): the year opens
            # the range, it is not a graduation year; the end is not stated
            spans.append(Span(first.value, None, False, line[begin:stop], None, begin, stop))
        elif _OPEN_END.match(folded[stop:]) and not since:
            # "2014 –" and nothing after: a start with no end and no "present" is neither a range nor ongoing
            why = f"{line[begin:].strip()!r} gives a start but no end and no 'present'"
            spans.append(Span(first.value, None, False, line[begin:].strip(), why, begin, len(line.rstrip())))
        elif since:
            spans.append(Span(first.value, None, True, line[max(0, begin - 8) : stop].strip(), None, begin, stop))
        else:
            spans.append(Span(None, first.value, False, text, None, begin, stop))
        i += 1
    return spans


# digits glued to a year make it part of a number, not a date: "ISO 27001:2013", "Regulation 2016/794",
# "Law No 2018/012", "case 2019-0345", a phone number "+31 70 302 2019"
_NUMBER_BEFORE = re.compile(r"(?:\d[:.,]|(?<!\d)(?:\d{3}|\d{5,})\s|\+\d[\d\s().-]*\s)$")
_NUMBER_AFTER = re.compile(r"[/-](?!(?:19|20)\d\d(?!\d))\d{3,}|[:.,]\d")


def _in_a_number(folded: str, begin: int, stop: int) -> bool:
    if not folded[begin].isdigit() and not folded[stop - 1].isdigit():
        return False
    return bool(_NUMBER_BEFORE.search(folded, max(0, begin - 24), begin)) or bool(_NUMBER_AFTER.match(folded, stop))


def _bare_is_month(found: list, i: int, folded: str) -> bool:
    """'mai' or 'mar' alone is a month only when followed by a range to a dated month."""
    nxt = found[i + 1] if i + 1 < len(found) else None
    return nxt is not None and nxt[0] == "named" and _JOINER.match(folded[found[i][3] : nxt[2]]) is not None


def _range(first: When | str, second: When | str, text: str, begin: int, stop: int) -> Span:
    if isinstance(first, str) or (isinstance(second, str) and second != "ongoing"):
        why = first if isinstance(first, str) else second
        return Span(None, None, False, text, str(why), begin, stop)
    if second == "ongoing":
        if first.value is None:
            return Span(None, None, False, text, "a month without a year", begin, stop)
        return Span(first.value, None, True, text, None, begin, stop)
    assert isinstance(second, When)
    start = first.value
    if start is None and first.month and second.value and len(second.value) >= 7:
        start = f"{second.value[:4]}-{first.month:02d}"
    if start is None or second.value is None:
        return Span(None, None, False, text, "a month without a year", begin, stop)
    if start > second.value + "-99":
        return Span(None, None, False, text, f"{text!r} ends before it starts", begin, stop)
    return Span(start, second.value, False, text, None, begin, stop)


_SHORT_END = re.compile(
    r"\s*[-–—]\s*(\d\d)\b(?![./:-]?\d)(?!\s*(?:months?|mos?|mois|years?|yrs?|ans|weeks?|semaines|days?|jours|h\b|hours?|heures))"
)
_END_WORD = re.compile(
    r"^\s*(?:[-–—−‒/→>|]+\s*)?(?:to|au|à|a|until|till|jusqu'?à|jusqu'au|jusqu'en|through|thru|et jusqu'(?:en|à|au))\b",
    re.I,
)
# "2014 –" and nothing after, or a table cell's edge ("2014 – | Analyst"): the dash opens a range
_OPEN_END = re.compile(r"^\s*(?:[-–—−‒→]+|to|until|jusqu'?(?:à|au|en)?|au|à)\s*[)\]]?\s*(?:$|\|)", re.I)
_EXPECTED_END = re.compile(
    r"^\s*(?:[-–—−‒→]+|to|au|à)\s*\(?\s*"
    r"(?:expected|exp\.|anticipated|prevue?|attendue?|fin prevue|en cours|ongoing)(?!\w)"
    r"(?!\s*:?\s*(?:(?:early|late|mid|end of|debut|fin)\s+)?(?:\w+\.?\s+)?(?:19|20)\d\d)",
    re.I,
)
_DANGLING = re.compile(r"(?:(?:19|20)\d\d|\d{1,2}[./-](?:19|20)\d\d)\s*(?:[-–—−]|to|au|à|until)\s*$", re.I)


_DASH_FIRST = re.compile(r"^\s*[-–—−]\s*\S")


def _cut_before_dash(text: str, following: str) -> bool:
    """'Chef de section · janv. 2018' then '– févr. 2021': the range cut just before its dash. The
    line ends with a single date; the next is a dash and one date, nothing after it."""
    spans, rest = find_spans(text), following.strip()
    if not spans or spans[-1].start or not spans[-1].end or text[spans[-1].stop :].strip():
        return False
    tail = find_spans(rest)
    return bool(_DASH_FIRST.match(rest)) and len(tail) == 1 and not rest[tail[0].stop :].strip(" .;)")


def wrapped_range(text: str, following: str) -> bool:
    """'... 2004 –' then '2007' on the next line (or '... janv. 2018' then '– févr. 2021'): one
    range cut by the line's width."""
    if _cut_before_dash(text, following):
        return True
    if not _DANGLING.search(text):
        return False
    spans = find_spans(following.lstrip())
    if spans and spans[0].begin == 0 and spans[0].start is not None:
        return False  # "2016 –" over "2018 – 2020": the line below has its own range, not this one's end
    rest = following.lstrip()
    found = _tokens().match(fold_keep(rest))
    if found is None or found.lastgroup in ("bare",):
        return False
    # "2014 –" over "2016 Consultant, WHO": the year may be the next post's start as well as this
    # one's end; which, the lines do not say, so they are not joined (both are left to review)
    return not re.match(r"\s+[^\W\d_]", rest[found.end() :])
