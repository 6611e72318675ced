"""Evaluating a profile against a rules file: the context kinds see, day-by-day
counting of experience, three-valued results and the verdict.

`evaluate` is the entry point; reports turn its `Evaluation` into text, HTML, ...
"""

from .evaluate import Evaluation, evaluate, evaluate_requirement

__all__ = ["Evaluation", "evaluate", "evaluate_requirement"]
