"""The web app: one Starlette application on the same engine, data and reports as the CLI.

`create_app(config)` builds it; `matcher serve` runs it with uvicorn. Pages are Jinja2
templates rendered with the page's translator (`_`) and a CSRF token; nothing about an
applicant is kept on the server: the profile travels in the form itself.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from . import i18n, security

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # per file: the CLI's own input limit
MAX_UPLOAD_FILES = 10_000
MAX_REQUEST_BYTES = 200 * 1024 * 1024  # a whole upload of applications


@dataclass
class WebConfig:
    """How the app was started (`matcher serve --host --port --data-dir --rules-dir`)."""

    data_dir: Path
    rules_dir: Path | None = None
    host: str = "127.0.0.1"
    token: str | None = None  # recruiter sign-in; required when bound beyond loopback
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))


def _templates() -> Environment:
    """The app's templates, and the reports' macros under `report/` (the verdict badge and
    the requirements, shared with check and screen: matcher/report/templating.py)."""
    from ..report.templating import install

    folder = Path(str(resources.files(__package__).joinpath("templates")))
    reports = PackageLoader("matcher.report", "templates")
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(folder), PrefixLoader({"report": reports})]),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    env.filters["fromjson"] = lambda text: json.loads(text) if text else []
    install(env)
    return env


class Pages:
    """Renders templates with what every page needs."""

    def __init__(self, config: WebConfig) -> None:
        self.config = config
        self.env = _templates()

    def lang(self, request: Request) -> str:
        return i18n.choose(
            request.query_params.get("lang"), request.cookies.get("lang"), request.headers.get("accept-language")
        )

    def render(self, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        lang = self.lang(request)
        page = self.env.get_template(template).render(
            request=request,
            _=i18n.translator(lang),
            lang=lang,
            languages=i18n.LANGUAGES,
            csrf=security.csrf_token(request.session),
            signed_in=self.signed_in(request),
            **context,
        )
        response = HTMLResponse(page, status_code=status_code)
        if request.query_params.get("lang") in i18n.LANGUAGES:
            response.set_cookie("lang", lang, samesite="strict", httponly=True)
        return response

    def problem(self, request: Request, message: str, status_code: int = 400) -> HTMLResponse:
        """A clear message (an English msgid, translated here) on a page, never a stack trace."""
        text = i18n.translator(self.lang(request))(message)
        return self.render(request, "problem.html.j2", status_code=status_code, message=text)

    def signed_in(self, request: Request) -> bool:
        return (
            not security.needs_sign_in(self.config.host, self.config.token) or request.session.get("signed_in") is True
        )


class _TooLarge(Exception):
    pass


def _bounded_receive(request: Request):
    """The request's body messages, refused once they pass MAX_REQUEST_BYTES: a body sent
    in chunks has no Content-Length to check first, and the form parser would spool all
    of it to disk."""
    seen = 0

    async def receive() -> Any:
        nonlocal seen
        message = await request.receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_REQUEST_BYTES:
                raise _TooLarge
        return message

    return receive


async def _form(request: Request, pages: Pages) -> dict[str, list[str]] | Response:
    """The submitted form as name -> values, after the CSRF check and the size limit."""
    length = request.headers.get("content-length")
    if length and length.isascii() and length.isdecimal() and (len(length) > 12 or int(length) > MAX_REQUEST_BYTES):
        return pages.problem(request, "The upload is too large.", 413)
    try:
        form = await Request(request.scope, _bounded_receive(request)).form(
            max_files=MAX_UPLOAD_FILES, max_fields=20_000
        )
    except _TooLarge:
        return pages.problem(request, "The upload is too large.", 413)
    if not security.csrf_ok(request.session, form.get("csrf")):
        return pages.problem(
            request, "This form has expired or did not come from this site. Reload the page and try again.", 403
        )
    values: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            values.setdefault(key, []).append(value)
    request.state.form = form
    return values


def create_app(config: WebConfig) -> Starlette:
    from . import applicant, authoring, recruiter

    config.data_dir.mkdir(parents=True, exist_ok=True)
    pages = Pages(config)

    async def home(request: Request) -> Response:
        return pages.render(request, "home.html.j2")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    static = StaticFiles(directory=str(resources.files(__package__).joinpath("static")))
    routes = [
        Route("/", home),
        Route("/health", health),
        Mount("/static", static, name="static"),
        *applicant.routes(pages),
        *recruiter.routes(pages),
        *authoring.routes(pages),
    ]
    middleware = [
        Middleware(security.SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=config.secret,
            same_site="strict",
            https_only=False,
            session_cookie="matcher_session",
        ),
    ]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.pages = pages
    return app
