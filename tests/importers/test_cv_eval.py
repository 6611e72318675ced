"""The field-level score of the CV importer on the project's own labelled set (the
issue's goals: recall >= 0.90, precision >= 0.95, no format below 0.80 recall), and
the scorer itself on hand-made cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("eval_import", ROOT / "bench" / "eval_import.py")
eval_import = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_import)


def test_own_set_meets_the_goals():
    summary = eval_import.run([ROOT / "tests" / "data" / "cvs"], use_baseline=False)["summary"]
    overall = summary["overall"]
    assert overall["cvs"] >= 20
    assert overall["recall"] >= 0.90 and overall["precision"] >= 0.95, overall
    low = {name: s["recall"] for name, s in summary.items() if s["recall"] < 0.80}
    assert not low, low
    assert overall["invented"] == 0, overall["invented_by_field"]  # uncertain is "not stated", never guessed


def test_faithfulness_traps_invent_nothing():
    """tests/data/cvs/faithful: values a reader could borrow from a neighbour or a default
    (scripts/cvs/faithful_cvs.py); uncertain is left out, so recall is lower there by design."""
    summary = eval_import.run([ROOT / "tests" / "data" / "cvs" / "faithful"], use_baseline=False)["summary"]
    overall = summary["overall"]
    assert overall["cvs"] >= 20
    assert overall["invented"] == 0, overall["invented_by_field"]
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.85, overall


def test_scorer_credits_right_facts_and_lists_invented_ones():
    expected = {
        "nationality": ["FR"],
        "experience": [
            {
                "title": "Analyst",
                "employer": "Europol",
                "country": "NL",
                "start": "2018-01",
                "end": "2020-12",
                "ongoing": False,
                "part_time": None,
                "countries_worked_with": ["SE"],
            }
        ],
        "education": [],
        "languages": [{"code": "en", "level": None, "mother_tongue": False}],
    }
    got = {
        "nationality": ["FR", "DZ"],
        "experience": [
            {"title": "analyst", "employer": "Europol, The Hague", "country": "BE", "start": "2018-01", "end": "2020"}
        ],
        "languages": [{"language": "en", "level": "C1"}],
    }
    score = eval_import.score_cv(expected, got)
    # expected facts: nationality 1, title, employer, country, start, end, SE, code = 8
    assert score["expected"] == 8 and score["drafted"] == 9
    assert score["right"] == 5  # FR, title, employer, start, code
    kinds = sorted(i.split(":")[0].rsplit(".", 1)[-1] for i in score["invented"])
    assert kinds == ["country", "end", "level", "nationality"]


def test_the_name_is_scored_where_the_labels_give_it():
    base = {"nationality": [], "experience": [], "education": [], "languages": []}
    assert eval_import.score_cv(base, {"name": "Abidjan, Côte d'Ivoire"})["drafted"] == 0  # not labelled: not scored
    place = eval_import.score_cv({**base, "name": "Marie-Laure Kouamé"}, {"name": "Abidjan, Côte d'Ivoire"})
    assert (place["right"], place["expected"], place["drafted"]) == (0, 1, 1) and place["wrong"]
    right = eval_import.score_cv({**base, "name": "Marie-Laure Kouamé"}, {"name": "Marie-Laure KOUAMÉ"})
    assert (right["right"], right["expected"], right["drafted"]) == (1, 1, 1)
    assert eval_import.score_cv({**base, "name": None}, {"name": "Lagos, Nigeria"})["drafted"] == 1
