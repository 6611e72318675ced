"""The Jinja2 environment for HTML reports: autoescaping on, templates from the package."""

from __future__ import annotations

from functools import lru_cache

from .. import __version__
from ..files.output import clean


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
    env.filters["clean"] = lambda value: "" if value is None else clean(value)  # no control characters
    return env


def render_template(name: str, **context) -> str:
    context.setdefault("as_of", None)
    return environment().get_template(name).render(**context)
