"""How much one profile may hold, so that any profile inside the limits is checked in bounded
time and memory (issue 17: at most 5 s and 1 GB on a 2-core machine; `bench/hostile_bench.py`).

The file limits (matcher/files/limits.py: 5 MiB, 200,000 values) bound what is *read*; these
bound what the engine *works on*. Every free-text character of an experience entry is read by
the NLP (a 5 MiB profile of free text took 11-19 s to check), every entry is a row of every
report, and blind mode looks for every word of the name in every text. The figures are far
above any real CV: the project's evaluation CVs hold at most 6 jobs, and a long career of 40
jobs described in 1,000 characters each is 40,000 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic_core import PydanticCustomError

MAX_ENTRIES = 1_000  # experience, education and language entries, each list
MAX_COUNTRIES = 300  # a list of country codes (ISO 3166-1 has 249)
MAX_EXPERIENCE_TEXT = 250_000  # characters of title, employer and description, all entries together
MAX_NAME_CHARS = 300  # the name, e-mail and phone blind mode removes from every text


class _Entry(Protocol):
    title: str
    employer: str | None
    description: str


def check_experience_text(entries: Sequence[_Entry]) -> None:
    """Refuse a list of entries whose free text together is over MAX_EXPERIENCE_TEXT characters,
    naming the entry that crosses it (1 = the first)."""
    total = 0
    for number, entry in enumerate(entries, 1):
        total += len(entry.title) + len(entry.employer or "") + len(entry.description)
        if total > MAX_EXPERIENCE_TEXT:
            raise PydanticCustomError(
                "experience_text",
                f"the entries' titles, employers and descriptions are over the {MAX_EXPERIENCE_TEXT:,}-character "
                f"limit for one profile (entry {number} crosses it); shorten the descriptions",
            )
