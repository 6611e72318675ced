"""Requirement kinds: one module each, found through a registry.

A kind is a `Kind` subclass, decorated with `@register("<name>")` in a module of
this package named after it (`kinds/<name>.py`). The class declares, in one place,
everything the rest of matcher needs to know about the kind:

- `Params`: the pydantic model of its keys in a rules file (the JSON Schema and
  `rules diff` are derived from it; `not_compared` names the keys diff leaves out);
- `Evidence`: the type of the evidence records its outcomes carry (reports);
- `reads`: the profile fields it reads (blind mode keeps what the verdict needs);
- `draft_cues` / `draft()` / `id_stem()`: what `matcher rules draft` does with a
  notice sentence that asks for it, and the id it gives the requirement;
- `example`: a notice sentence, its parameters and a profile, on which
  tests/kinds/test_kinds_meta.py runs every consumer.

`evaluate` returns an `Outcome`; `describe` gives a short human summary. A kind is
imported the first time a rules file uses it, so start-up pays only for the kinds in
use; `all_kinds()` imports every module of the package. The checklist for adding a
kind is docs/kinds.md.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.results import Outcome
    from ..models.rules import Requirement

REGISTRY: dict[str, Kind[Any]] = {}

# A period a notice can state: one month to a working life. Smaller values (1e-300)
# would round to nothing, bigger ones to a rule no one can meet.
MIN_YEARS, MAX_YEARS = 1 / 12, 60


def _years(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    if not MIN_YEARS <= value <= MAX_YEARS:
        raise ValueError(f"{value!r} years is outside 1/12 (one month) to {MAX_YEARS} years")
    return value


Years = Annotated[float, AfterValidator(_years)]


def _months(value: float) -> float:
    _years(value / 12)  # the same bounds; the value itself is kept as written
    return value


Months = Annotated[float, AfterValidator(_months)]  # the same bounds, counted in months


def _country_codes(codes: list[str]) -> list[str]:
    from .. import reference  # the countries table is read when a rules file names countries

    codes = [c.strip().upper() for c in codes]
    unknown = [c for c in codes if c not in reference.countries()]
    if unknown:
        raise ValueError(f"unknown country code {unknown[0]!r} (expected ISO 3166 alpha-2)")
    return codes


# Country parameters of any kind: ISO 3166-1 alpha-2 codes, upper-cased and checked.
CountryCodes = Annotated[list[str], AfterValidator(_country_codes)]


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number


P = TypeVar("P", bound=BaseModel)


@dataclass(frozen=True)
class Example:
    """A worked example of a kind: a notice sentence asking for it, the requirement it
    becomes (parameters, and children for a combinator) and profile fields it decides on.
    docs/kinds.md quotes it; the meta-test drafts, evaluates, reports, diffs and blinds it."""

    sentence: str
    params: dict[str, Any] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)
    section: str = "general"  # the notice section the sentence sits in (the drafter reads it)
    children: tuple[dict[str, Any], ...] = ()  # combinators: child requirements (id, kind, source, params)


class Kind(Generic[P]):
    """Base class for requirement kinds; `P` is the kind's `Params` model."""

    name: ClassVar[str]
    Params: ClassVar[type[BaseModel]] = NoParams
    # The evidence record type of its outcomes (matcher/engine/evidence.py); None: no evidence.
    Evidence: ClassVar[type | None] = None
    combinator: ClassVar[bool] = False  # True if it evaluates `children`
    # Top-level Profile fields `evaluate` reads. Blind mode hides their values in this
    # kind's results when they identify the candidate (nationality), keeping the status.
    reads: ClassVar[frozenset[str]] = frozenset()
    # `Params` fields `rules diff` does not compare, each because another field carries
    # its effect (a language's `wording` becomes its `level`). Every other field is compared.
    not_compared: ClassVar[frozenset[str]] = frozenset()
    # Regular expressions (case-insensitive) of notice sentences that ask for this kind;
    # `matcher rules draft` hands a matching sentence to `draft()`. Kinds the drafter's own
    # sentence reader writes (education, experience, languages...) need none.
    draft_cues: ClassVar[tuple[str, ...]] = ()
    example: ClassVar[Example | None] = None

    def evaluate(self, req: Requirement, params: P, ctx: Context) -> Outcome:
        raise NotImplementedError

    def describe(self, params: P) -> str:
        return self.name.replace("_", " ")

    def draft(self, sentence: str) -> dict[str, Any] | None:
        """The parameters of a sentence one of `draft_cues` matched, or None when the
        drafter cannot encode it: the sentence then becomes `assessed` with a review note
        naming this kind, never a silent `assessed`."""
        return None

    def id_stem(self, entry: dict[str, Any], children: list[str]) -> str:
        """The readable part of a drafted requirement's id (`children`: the children's stems)."""
        return self.name

    @classmethod
    def compared_fields(cls) -> tuple[str, ...]:
        """The parameters `rules diff` (and bench/eval_drafts.py) compare: all of `Params`
        but `not_compared`, in the model's order."""
        return tuple(name for name in cls.Params.model_fields if name not in cls.not_compared)


def register(name: str):
    """Class decorator: make a Kind available to rules files as `kind: <name>`."""

    def decorate(cls: type[Kind[Any]]) -> type[Kind[Any]]:
        cls.name = name
        REGISTRY[name] = cls()
        return cls

    return decorate


def unregister(name: str) -> None:
    """Forget a kind (tests register throwaway kinds and take them away again)."""
    REGISTRY.pop(name, None)


def get_kind(name: str) -> Kind[Any]:
    if name not in REGISTRY and name.isidentifier():
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            _load_all()  # a module may register kinds under other names
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown requirement kind {name!r}; known kinds: {', '.join(sorted(REGISTRY))}") from None


def all_kinds() -> dict[str, Kind[Any]]:
    _load_all()
    return dict(REGISTRY)


_loaded = False


def _load_all() -> None:
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
