"""Rules-author pages: the rules files the app serves, and drafting a rules file from
a pasted or uploaded notice, shown requirement by requirement beside the notice's
sentences with the drafter's review notes."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..authoring import draft_rules
from ..errors import InputError
from . import notices
from .app import Pages, _form
from .uploads import MAX_FILE_BYTES, read_bounded


def routes(pages: Pages) -> list[Route]:
    def guard(request: Request) -> Response | None:
        return None if pages.signed_in(request) else RedirectResponse("/sign-in", status_code=303)

    async def served(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        paths = notices.rules_paths(pages.config.rules_dir)
        rows = [{"path": path.name, "rules": notices.load(path)} for path in paths]
        return pages.render(request, "rules.html.j2", rows=rows)

    async def draft(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        if request.method == "GET":
            return pages.render(request, "draft.html.j2", draft=None, text="", problem=None)
        form = await _form(request, pages)
        if isinstance(form, Response):
            return form
        text = form.get("notice", [""])[-1]
        upload = request.state.form.get("file")
        try:
            if isinstance(upload, UploadFile) and upload.filename:
                text = (await read_bounded(upload, MAX_FILE_BYTES)).decode("utf-8", errors="replace")
            if not text.strip():
                raise InputError("paste the notice's text or choose a file", file="notice")
            with tempfile.TemporaryDirectory(dir=pages.config.data_dir) as folder:
                notice = Path(folder) / f"notice-{secrets.token_hex(4)}.txt"
                notice.write_text(text, encoding="utf-8")
                result = draft_rules(notice, rules_id="draft")
        except InputError as problem:
            return pages.render(
                request, "draft.html.j2", status_code=422, draft=None, text=text, problem=problem.message
            )
        if form.get("action", [""])[-1] == "download":
            return Response(
                result.text,
                media_type="application/yaml",
                headers={"content-disposition": 'attachment; filename="draft-rules.yaml"'},
            )
        return pages.render(
            request,
            "draft.html.j2",
            draft=result,
            text=text,
            problem=None,
            requirements=list(result.rules.all_requirements()),
        )

    return [Route("/rules", served), Route("/draft", draft, methods=["GET", "POST"])]
