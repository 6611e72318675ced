"""Dates as CVs write them (matcher/importers/dates.py): English and French, as precise as written."""

from __future__ import annotations

import pytest

from matcher.importers.dates import find_spans, numeric_order


@pytest.mark.parametrize(
    "text, start, end, ongoing",
    [
        ("Jan 2018 – Dec 2020", "2018-01", "2020-12", False),
        ("03/2017 - today", "2017-03", None, True),
        ("2012–2016", "2012", "2016", False),
        ("sept. 2015 – présent", "2015-09", None, True),
        ("depuis 2019", "2019", None, True),
        ("Since May 2020", "2020-05", None, True),
        ("2015 - à ce jour", "2015", None, True),
        ("avr. 2019 – aujourd'hui", "2019-04", None, True),
        ("Mar – Aug 2016", "2016-03", "2016-08", False),
        ("avril – sept. 2011", "2011-04", "2011-09", False),
        ("de janvier 2010 à mars 2014", "2010-01", "2014-03", False),
        ("15/03/2016 - 30/06/2018", "2016-03-15", "2018-06-30", False),
        ("1 March 2015 – 31 May 2016", "2015-03-01", "2016-05-31", False),
        ("2019-03 to 2021-11", "2019-03", "2021-11", False),
        ("févr. 2001 - déc. 2003", "2001-02", "2003-12", False),
        ("2024 – expected 2027", "2024", "2027", False),
        ("sept. 2020 – prévu juin 2022", "2020-09", "2022-06", False),
        ("March, 2019 – till date", "2019-03", None, True),
        ("2015 – actuel", "2015", None, True),
    ],
)
def test_ranges(text, start, end, ongoing):
    span = find_spans(text)[0]
    assert (span.start, span.end, span.ongoing, span.ambiguous) == (start, end, ongoing, None)


def test_a_date_that_reads_both_ways_is_not_guessed():
    span = find_spans("06/07/2012 - 05/08/2019")[0]
    assert span.start is None and span.end is None and "day/month or month/day" in span.ambiguous


def test_the_documents_own_dates_can_show_the_order():
    order = numeric_order(["15/03/2016 - 30/06/2018", "01/07/2020 - 10/09/2023"])
    assert order == "dmy"
    assert find_spans("01/07/2020 - 10/09/2023", order)[0].start == "2020-07-01"
    assert numeric_order(["03/15/2016"]) == "mdy" and numeric_order(["06/07/2012"]) is None


def test_a_single_year_is_an_end_and_words_are_not_months():
    assert [(s.start, s.end) for s in find_spans("LLM, 2012")] == [(None, "2012")]
    assert find_spans("Mai Nguyen, may contribute, mars") == []


def test_an_end_before_the_start_is_left_out():
    assert find_spans("2019 – 2015")[0].ambiguous


def test_a_range_cut_at_the_end_of_a_line_is_one_range():
    from matcher.importers.cv_text import draft_from_lines
    from matcher.importers.dates import wrapped_range
    from matcher.importers.lines import Line

    assert wrapped_range("Bachelor in Law, UCLouvain, 2004 –", "2007")
    assert wrapped_range("Analyst, Europol, Jan 2018 –", "present")
    assert not wrapped_range("Analyst, Europol, 2004", "2007")  # no dash: two facts
    assert not wrapped_range("Analyst, 2004 -", "Mai")  # a word, not a date
    lines = [Line("EDUCATION", "line 1"), Line("Bachelor in Law, UCLouvain, 2004 –", "line 2"), Line("2007", "line 3")]
    [study] = draft_from_lines(lines, "pdf", "cv.pdf").data["education"]
    assert (study["start"], study["end"]) == ("2004", "2007")  # not an end of 2004


def test_a_europass_day_without_its_month_is_not_read_as_a_month():
    from matcher.importers.europass import _date

    assert _date({"Year": "2015", "Day": "05"}) == "2015"  # not 2015-05
    assert _date({"Year": "2015", "Month": "3"}) == "2015-03"
    assert _date({"Year": "2015", "Month": "03", "Day": "07"}) == "2015-03-07"


def test_a_range_cut_just_before_its_dash_is_one_range():
    from matcher.importers.cv_text import draft_from_lines
    from matcher.importers.dates import wrapped_range
    from matcher.importers.lines import Line

    assert wrapped_range("Juriste principale, section des appels · mars 2016", "– oct. 2019")
    assert not wrapped_range("Juriste · mars 2016", "– oct. 2019 Consultante")  # the next line goes on
    assert not wrapped_range("Juriste, 2012 – 2015", "– 2019")  # the line has its range already
    texts = ["EXPERIENCE", "Ministère de la Justice, Niamey, Niger", "Juriste principale · mars 2016", "– oct. 2019"]
    lines = [Line(t, f"page 1, line {i}") for i, t in enumerate(texts, 1)]
    [job] = draft_from_lines(lines, "pdf", "cv.pdf").data["experience"]
    assert (job["start"], job["end"]) == ("2016-03", "2019-10")


def test_a_pdf_line_whose_last_word_wrapped_is_one_line():
    from matcher.importers.cv_text import _join_wrapped
    from matcher.importers.lines import Line

    lines = [
        Line("Direction générale de la sûreté – Service de la police", "page 1, line 3"),
        Line("judiciaire", "page 1, line 4"),
    ]
    assert [x.text for x in _join_wrapped(lines)] == [
        "Direction générale de la sûreté – Service de la police judiciaire"
    ]
    typed = [Line("Direction générale de la sûreté – Service de la police", "line 3"), Line("judiciaire", "line 4")]
    assert len(_join_wrapped(typed)) == 2  # a text file's lines are the writer's own
