"""Abilities and aptitudes only an interview or a test can judge ("Good listening
skills"). Listed so the report is complete; never guessed, never in the verdict."""

from __future__ import annotations

import re
import unicodedata

from ..engine.results import Outcome, Status
from . import Example, Kind, NoParams, register


def slug(text: str, words: int = 5) -> str:
    """'Good listening skills.' -> 'good_listening_skills' (ASCII, the first words)."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    tokens = re.findall(r"[a-z0-9]+", plain)
    return "_".join(tokens[:words]) or "requirement"


@register("assessed")
class AssessedKind(Kind[NoParams]):
    example = Example("Good listening skills.", section="skills")

    def describe(self, params) -> str:
        return ""  # the notice sentence itself is the best label

    def id_stem(self, entry, children) -> str:
        return slug(entry["source"])

    def evaluate(self, req, params, ctx) -> Outcome:
        return Outcome(Status.ASSESSED, "assessed at selection (interview or test); not checked from the profile.")
