"""dates.py: a year inside a number is not a date (issue 15, session 8); the dates CVs do write
stay read."""

from __future__ import annotations

import pytest

from matcher.importers.dates import find_spans


@pytest.mark.parametrize(
    "text",
    [
        "ISO 27001:2013 Lead Auditor",
        "Regulation (EU) 2016/794",
        "Law No 2018/012 on organised crime",
        "Case 2019-0345",
        "Tel +31 70 302 2019",
        "Firmware v2.2019",
    ],
)
def test_a_year_glued_to_other_digits_is_no_date(text):
    assert find_spans(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Analyst, 2015 – 2018", "2015", "2018"),
        ("03/2017 – 2019/04", "2017-03", "2019-04"),
        ("2014/2015", "2014", "2015"),
        ("12.2019 – 03.2021", "2019-12", "2021-03"),
        ("15.03.2016 - 2018", "2016-03-15", "2018"),
        ("Jan. 2018 – Dec. 2020", "2018-01", "2020-12"),
    ],
)
def test_dates_next_to_separators_are_still_dates(text, start, end):
    [span] = find_spans(text)
    assert (span.start, span.end) == (start, end)
