"""Applicant pages: the profile form, every notice's verdict, each notice's full report.

Nothing is stored: the profile travels in the page (a hidden field on the results
pages), is validated again on every request, and can be downloaded as YAML and
uploaded later.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..engine.evaluate import Evaluation, evaluate
from ..errors import InputError
from ..files.documents import Document
from ..models.load import profile_from_document
from ..models.profile import Profile
from ..nlp import lazy_categorizer
from ..profile_tools.yaml_writer import profile_yaml
from ..report.view import build, order
from . import notices
from .app import Pages, _form
from .profile_form import data_to_form, form_to_data, profile_fields
from .uploads import read_profile_upload

PROFILE_FIELD = "profile_json"


def validate_data(data: dict[str, Any]) -> Profile:
    """The profile, or the CLI's own one-line InputError (file 'form')."""
    return profile_from_document(Document(data, "form"))


def error_field(error: InputError) -> str:
    """`experience[2].start` -> `experience.2.start`, the form's name for that input."""
    return (error.field or "").replace("[", ".").replace("]", "")


def overview_rows(evaluations: list[Evaluation]) -> list[dict[str, Any]]:
    """The overview, from the report model (matcher/report/view.py), in its order."""
    return [
        {
            "id": v.notice.id,
            "title": v.notice.title,
            "organization": v.notice.organization,
            "open": v.is_open,
            "deadline": v.notice.deadline.isoformat(),
            "verdict": v.verdict.value,
            "score": v.score,
            "max_score": v.max_score,
            "blocking": v.first_blocking,
            "eligible_from": v.eligible_from.isoformat() if v.eligible_from else None,
        }
        for v in order([build(ev) for ev in evaluations])
    ]


def routes(pages: Pages) -> list[Route]:
    def form_page(
        request: Request,
        values: dict[str, list[str]],
        problems: list[InputError] | None = None,
        notes: list[str] | None = None,
        status_code: int = 200,
    ) -> Response:
        problems = problems or []
        return pages.render(
            request,
            "profile_form.html.j2",
            status_code=status_code,
            fields=profile_fields(),
            values=values,
            problems=problems,
            notes=notes or [],
            errors={error_field(p): p.message for p in problems},
        )

    async def show_form(request: Request) -> Response:
        return form_page(request, {})

    async def submit(request: Request) -> Response:
        form = await _form(request, pages)
        if isinstance(form, Response):
            return form
        data = json.loads(form[PROFILE_FIELD][-1]) if PROFILE_FIELD in form else form_to_data(form)
        try:
            profile = validate_data(data)
        except InputError as problem:
            return form_page(request, data_to_form(data) if PROFILE_FIELD in form else form, [problem], status_code=422)
        action = form.get("action", ["check"])[-1]
        if action == "download":
            text = profile_yaml(data, header=["A matcher profile, made in the web form."], schema_ref=None)
            return Response(
                text,
                media_type="application/yaml",
                headers={"content-disposition": 'attachment; filename="profile.yaml"'},
            )
        if action == "edit":
            return form_page(request, data_to_form(data))
        evaluations = [
            evaluate(profile, rules, categorizer=lazy_categorizer(), profile_ref="form")
            for rules in notices.all_rules(pages.config.rules_dir)
        ]
        if action.startswith("report:"):
            wanted = action.split(":", 1)[1]
            chosen = [ev for ev in evaluations if ev.notice.id == wanted]
            if not chosen:
                return pages.problem(request, "No such notice.", 404)
            return pages.render(
                request,
                "notice_report.html.j2",
                view=build(chosen[0]),
                profile_json=json.dumps(data),
                name=profile.name,
            )
        return pages.render(
            request,
            "overview.html.j2",
            rows=overview_rows(evaluations),
            profile_json=json.dumps(data),
            name=profile.name,
        )

    async def upload(request: Request) -> Response:
        form = await _form(request, pages)
        if isinstance(form, Response):
            return form
        try:
            data, notes = await read_profile_upload(request.state.form.get("file"))
        except InputError as problem:
            return form_page(request, {}, [problem], status_code=422)
        problems = []
        try:
            validate_data(data)
        except InputError as problem:
            problems.append(problem)
        return form_page(request, data_to_form(data), problems, notes)

    return [
        Route("/profile", show_form, methods=["GET"]),
        Route("/profile", submit, methods=["POST"]),
        Route("/profile/upload", upload, methods=["POST"]),
    ]
