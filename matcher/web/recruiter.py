"""Recruiter pages: upload applications, screen them in the background, search and
review the results, export them. Beyond loopback these pages need the access token."""

from __future__ import annotations

import json
import secrets
import threading
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import InputError
from ..report.view import RequirementView
from ..screen import screen
from . import exports, notices, security
from .app import Pages, _form
from .runs import DECISIONS, Runs, details_of
from .uploads import Stored, store_applications

PAGE_SIZE = 50


class _Progress:
    """Feeds the screening's progress into the run's row, for the progress bar."""

    def __init__(self, runs: Runs, run_id: str) -> None:
        self.runs, self.run_id, self.done = runs, run_id, 0

    def advance(self, done: int, total: int | None) -> None:
        self.done += done
        self.runs.progress(self.run_id, self.done)

    def pause(self) -> None: ...

    def resume(self) -> None: ...


def _screen_in_background(
    runs: Runs, run_id: str, rules_path: Path, shown: dict[str, str], refused: list[str], blind: bool
) -> None:
    """Screen every stored file (named one by one, so that a file of any kind is an input
    and gets a row), then add a row for each upload that could not even be stored."""
    try:
        report = screen(str(rules_path), list(shown), blind=blind, details="json", progress=_Progress(runs, run_id))
        try:
            rows = []
            for rank, row, blob in report.with_details():
                rows.append(
                    {
                        "seq": row.seq,
                        "rank": rank,
                        "input": shown.get(row.ref, Path(row.ref).name),
                        "pseudonym": row.pseudonym,
                        "name": None if blind else (row.name or row.profile_id),
                        "verdict": row.verdict,
                        "score": row.score,
                        "max_score": row.max_score,
                        "eligible_from": row.eligible_from,
                        "not_met": json.dumps(list(row.not_met)),
                        "unknown": json.dumps(list(row.unknown)),
                        "error": row.error.replace(row.ref, shown.get(row.ref, "")) if row.error else None,
                        "details": blob.decode("utf-8") if blob else None,
                    }
                )
        finally:
            report.close()
        for problem in refused:
            rows.append(
                {
                    "seq": len(rows),
                    "rank": None,
                    "input": problem.split(": ", 1)[0],
                    "pseudonym": "-",
                    "name": None,
                    "verdict": "error",
                    "score": 0,
                    "max_score": 0,
                    "eligible_from": None,
                    "not_met": "[]",
                    "unknown": "[]",
                    "error": problem,
                    "details": None,
                }
            )
        runs.finish(run_id, rows)
    except InputError as problem:
        runs.finish(run_id, [], status="failed", message=problem.one_line())
    except Exception as exc:  # noqa: BLE001 - a bug must end the run visibly, not silently
        runs.finish(run_id, [], status="failed", message=f"internal error: {exc!r}; please report it")


def routes(pages: Pages) -> list[Route]:
    runs = Runs(pages.config.data_dir)
    uploads_root = pages.config.data_dir / "uploads"

    def guard(request: Request) -> Response | None:
        if pages.signed_in(request):
            return None
        return RedirectResponse("/sign-in", status_code=303)

    def start(
        rules_path: Path, folder: Path, stored: list[Stored], refused: list[str], blind: bool, previous: str | None
    ) -> str:
        rules = notices.load(rules_path)
        run_id = secrets.token_hex(8)
        runs.create(
            run_id,
            rules.notice.id,
            rules.notice.title,
            str(rules_path),
            str(folder),
            blind,
            len(stored) + len(refused),
            previous,
        )
        shown = {str(s.path): s.shown for s in stored}
        (folder / "names.json").write_text(json.dumps({"shown": shown, "refused": refused}), encoding="utf-8")
        threading.Thread(
            target=_screen_in_background, args=(runs, run_id, rules_path, shown, refused, blind), daemon=True
        ).start()
        return run_id

    async def sign_in(request: Request) -> Response:
        if request.method == "POST":
            form = await _form(request, pages)
            if isinstance(form, Response):
                return form
            if security.token_ok(pages.config.token, form.get("token", [""])[-1]):
                request.session["signed_in"] = True
                return RedirectResponse("/runs", status_code=303)
            return pages.render(request, "sign_in.html.j2", status_code=401, failed=True)
        return pages.render(request, "sign_in.html.j2", failed=False)

    async def new_run(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        choices = [(rules.notice.id, rules.notice.title) for rules in notices.all_rules(pages.config.rules_dir)]
        if request.method == "GET":
            return pages.render(request, "screen_upload.html.j2", notices=choices, problems=[])
        form = await _form(request, pages)
        if isinstance(form, Response):
            return form
        found = notices.by_id(pages.config.rules_dir, form.get("notice", [""])[-1])
        if found is None:
            return pages.problem(request, "Choose one of the notices.", 400)
        folder = uploads_root / secrets.token_hex(8)
        stored, problems = await store_applications(request.state.form.getlist("files"), folder / "inputs")
        if not stored and not problems:
            return pages.render(
                request,
                "screen_upload.html.j2",
                status_code=422,
                notices=choices,
                problems=[InputError("choose at least one application file")],
            )
        run_id = start(
            found[0], folder, stored, [p.one_line() for p in problems], form.get("blind", ["no"])[-1] == "yes", None
        )
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    async def list_runs(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        return pages.render(request, "runs.html.j2", runs=runs.all_runs())

    async def status(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        run = runs.run(request.path_params["run_id"])
        if run is None:
            return JSONResponse({"error": "no such run"}, status_code=404)
        return JSONResponse({"status": run["status"], "done": run["done"], "total": run["total"]})

    async def show_run(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        run = runs.run(request.path_params["run_id"])
        if run is None:
            return pages.problem(request, "No such run.", 404)
        q = request.query_params
        page = security.small_number(q.get("page", "")) or 1
        rows, total = runs.page(
            run["id"],
            query=q.get("q", "")[:200],
            verdict=q.get("verdict", ""),
            sort=q.get("sort", "rank"),
            page=page,
            size=PAGE_SIZE,
        )
        return pages.render(
            request,
            "run.html.j2",
            run=run,
            rows=rows,
            total=total,
            page=page,
            pages_count=max(1, -(-total // PAGE_SIZE)),
            counts=runs.counts(run["id"]),
            q=q.get("q", ""),
            verdict=q.get("verdict", ""),
            sort=q.get("sort", "rank"),
            changed=runs.changed(run["id"]),
        )

    async def applicant(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        run_id, seq = request.path_params["run_id"], request.path_params["seq"]
        row = runs.row(run_id, seq) if seq <= security.MAX_NUMBER else None
        if row is None:
            return pages.problem(request, "No such applicant.", 404)
        if request.method == "POST":
            form = await _form(request, pages)
            if isinstance(form, Response):
                return form
            decision = form.get("decision", [""])[-1]
            if decision not in DECISIONS:
                return pages.problem(request, "Choose a decision.", 400)
            runs.review(
                run_id,
                seq,
                form.get("requirement", [""])[-1][:200],
                decision,
                form.get("note", [""])[-1][:2000],
                form.get("reviewer", [""])[-1][:200] or "reviewer",
            )
            return RedirectResponse(f"/runs/{run_id}/applicants/{seq}", status_code=303)
        run = runs.run(run_id)
        assert run is not None
        sources = {req.id: req.source for req in notices.load(Path(run["rules_path"])).all_requirements()}
        return pages.render(
            request,
            "applicant_card.html.j2",
            run=run,
            row=row,
            requirements=[
                RequirementView.from_dict(r, sources) for r in (details_of(row) or {}).get("requirements", [])
            ],
            reviews=runs.reviews(run_id, seq),
            decisions=DECISIONS,
        )

    async def rescreen(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        form = await _form(request, pages)
        if isinstance(form, Response):
            return form
        old = runs.run(request.path_params["run_id"])
        if old is None:
            return pages.problem(request, "No such run.", 404)
        folder = Path(old["inputs"])
        names = json.loads((folder / "names.json").read_text(encoding="utf-8"))
        stored = [Stored(Path(p), shown) for p, shown in names["shown"].items()]
        run_id = start(Path(old["rules_path"]), folder, stored, names["refused"], bool(old["blind"]), old["id"])
        return RedirectResponse(f"/runs/{run_id}", status_code=303)

    async def export(request: Request) -> Response:
        if (denied := guard(request)) is not None:
            return denied
        run = runs.run(request.path_params["run_id"])
        if run is None or run["status"] != "done":
            return pages.problem(request, "No such run.", 404)
        rows, reviews = runs.all_rows(run["id"]), runs.reviews(run["id"])
        kind = request.path_params["kind"]
        if kind == "xlsx":
            return Response(
                exports.xlsx(run, rows, reviews),
                media_type=exports.XLSX_TYPE,
                headers={"content-disposition": f'attachment; filename="{run["id"]}.xlsx"'},
            )
        dialect = request.query_params.get("dialect", "excel")
        return Response(
            exports.csv_bytes(run, rows, reviews, dialect),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{run["id"]}.csv"'},
        )

    return [
        Route("/sign-in", sign_in, methods=["GET", "POST"]),
        Route("/screen", new_run, methods=["GET", "POST"]),
        Route("/runs", list_runs),
        Route("/runs/{run_id}", show_run),
        Route("/runs/{run_id}/status", status),
        Route("/runs/{run_id}/rescreen", rescreen, methods=["POST"]),
        Route("/runs/{run_id}/applicants/{seq:int}", applicant, methods=["GET", "POST"]),
        Route("/runs/{run_id}/export.{kind:str}", export),
    ]
