"""Open or closed: the as-of date and today both count, in every report format."""

from datetime import date

from typer.testing import CliRunner

from matcher.cli import app
from matcher.engine.deadline import is_open, state_word

D = date(2025, 2, 13)


def test_open_until_the_deadline_as_of_the_evaluation_and_today():
    assert is_open(D, as_of=D, today=D)
    assert not is_open(D, as_of=date(2025, 2, 14), today=D)
    assert not is_open(D, as_of=D, today=date(2025, 2, 14))
    assert state_word(D, D, today=date(2026, 1, 1)) == "CLOSED"


def test_check_and_screen_agree_on_a_notice_whose_deadline_has_passed():
    runner = CliRunner()
    check = runner.invoke(
        app, ["check", "profiles/grace-wanjiru-short-fingerprints.yaml", "rules/interpol-vn-0844.yaml"]
    ).stdout
    screen = runner.invoke(
        app, ["screen", "rules/interpol-vn-0844.yaml", "profiles/grace-wanjiru-short-fingerprints.yaml", "--quiet"]
    ).stdout
    expected = "(CLOSED)" if date.today() > D else "(open)"
    assert f"Deadline 2025-02-13 {expected}" in check and f"Deadline 2025-02-13 {expected}" in screen
