"""The Jinja2 environment for HTML reports: autoescaping on, templates from the package."""

from __future__ import annotations

from functools import lru_cache

from .. import __version__
from ..files.output import clean
from .words import VERDICT_WORDS


@lru_cache(maxsize=1)
def environment():
    import jinja2  # only HTML reports pay for it

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("matcher.report", "templates"),
        autoescape=True,  # every value is escaped, whatever the template name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    install(env)
    return env


def install(env) -> None:
    """What the shared macros (templates/requirement.html.j2) need in any environment:
    the word tables, the `clean` filter (no control characters), and `_` for pages that
    are not translated (the web app passes its translator in each page's context)."""
    env.globals["verdict_words"] = VERDICT_WORDS
    env.globals.setdefault("_", _untranslated)
    env.filters["clean"] = lambda value: "" if value is None else clean(value)


def _untranslated(text: str) -> str:
    return text


def render_template(name: str, **context) -> str:
    context.setdefault("as_of", None)
    return environment().get_template(name).render(**context)
