"""Requirement kinds: one module each, found through a registry.

A kind is a class with a `Params` pydantic model (its keys in the rules file), an
`evaluate` method returning an `Outcome`, and a `describe` method for a short
human summary. Decorate it with `@register("name")` in a new module of this
package, named after the kind (`kinds/<name>.py`), and nothing else changes: a kind
is imported the first time a rules file uses it, so start-up pays only for the
kinds in use; `all_kinds()` imports every module of the package.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from typing import TYPE_CHECKING, Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.results import Outcome
    from ..models.rules import Requirement

REGISTRY: dict[str, Kind] = {}

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


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "3" or true is no number


class Kind:
    """Base class for requirement kinds."""

    name: ClassVar[str]
    Params: ClassVar[type[BaseModel]] = NoParams
    combinator: ClassVar[bool] = False  # True if it evaluates `children`

    def evaluate(self, req: Requirement, params: BaseModel, ctx: Context) -> Outcome:
        raise NotImplementedError

    def describe(self, params: BaseModel) -> str:
        return self.name.replace("_", " ")


def register(name: str):
    """Class decorator: make a Kind available to rules files as `kind: <name>`."""

    def decorate(cls: type[Kind]) -> type[Kind]:
        cls.name = name
        REGISTRY[name] = cls()
        return cls

    return decorate


def get_kind(name: str) -> Kind:
    if name not in REGISTRY and name.isidentifier():
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            _load_all()  # a module may register kinds under other names
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown requirement kind {name!r}; known kinds: {', '.join(sorted(REGISTRY))}") from None


def all_kinds() -> dict[str, Kind]:
    _load_all()
    return dict(REGISTRY)


_loaded = False


def _load_all() -> None:
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
