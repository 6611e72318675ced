"""Screening runs kept in an embedded SQLite database (`runs.sqlite3` in the data folder).

A run is one notice against one upload of applications. Its rows are the screening
rows (ranked, with each applicant's details as JSON), so a recruiter can come back to a
run; reviews record a reviewer's decision and note on one requirement of one applicant,
with who and when. Searching, filtering, sorting and paging happen in SQL, so a page of
a 10,000-applicant run costs the same as a page of a 50-applicant one.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, notice_id TEXT NOT NULL, notice_title TEXT NOT NULL, rules_path TEXT NOT NULL,
    inputs TEXT NOT NULL, created TEXT NOT NULL, status TEXT NOT NULL, total INTEGER, done INTEGER DEFAULT 0,
    blind INTEGER NOT NULL, message TEXT, previous TEXT);
CREATE TABLE IF NOT EXISTS rows (
    run_id TEXT NOT NULL, seq INTEGER NOT NULL, rank INTEGER, input TEXT NOT NULL, pseudonym TEXT NOT NULL,
    name TEXT, verdict TEXT NOT NULL, score INTEGER, max_score INTEGER, eligible_from TEXT,
    not_met TEXT, unknown TEXT, error TEXT, details TEXT, PRIMARY KEY (run_id, seq));
CREATE INDEX IF NOT EXISTS rows_by_verdict ON rows (run_id, verdict);
CREATE TABLE IF NOT EXISTS reviews (
    run_id TEXT NOT NULL, seq INTEGER NOT NULL, requirement TEXT NOT NULL, decision TEXT NOT NULL,
    note TEXT, reviewer TEXT, at TEXT NOT NULL);
"""
SORTS = {
    "rank": "rank IS NULL, rank",
    "name": "COALESCE(name, input) COLLATE NOCASE",
    "score": "score DESC",
    "verdict": "CASE verdict WHEN 'eligible' THEN 0 WHEN 'needs_review' THEN 1 WHEN 'not_eligible' THEN 2 "
    "ELSE 3 END, rank",
    "input": "input COLLATE NOCASE",
}
DECISIONS = ("confirmed", "overruled_met", "overruled_not_met", "to_check")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Runs:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "runs.sqlite3"
        self._lock = threading.Lock()
        with self._db() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = sqlite3.connect(self.path, timeout=30)
            db.row_factory = sqlite3.Row
            try:
                with db:
                    yield db
            finally:
                db.close()

    def create(
        self,
        run_id: str,
        notice_id: str,
        title: str,
        rules_path: str,
        inputs: str,
        blind: bool,
        total: int,
        previous: str | None = None,
    ) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO runs (id, notice_id, notice_title, rules_path, inputs, created, status, total, "
                "blind, previous) VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)",
                (run_id, notice_id, title, rules_path, inputs, now(), total, int(blind), previous),
            )

    def progress(self, run_id: str, done: int) -> None:
        with self._db() as db:
            db.execute("UPDATE runs SET done = ? WHERE id = ?", (done, run_id))

    def finish(self, run_id: str, rows: list[dict[str, Any]], status: str = "done", message: str | None = None) -> None:
        with self._db() as db:
            db.executemany(
                "INSERT INTO rows VALUES (:run_id, :seq, :rank, :input, :pseudonym, :name, :verdict, "
                ":score, :max_score, :eligible_from, :not_met, :unknown, :error, :details)",
                [{**row, "run_id": run_id} for row in rows],
            )
            db.execute("UPDATE runs SET status = ?, message = ?, done = total WHERE id = ?", (status, message, run_id))

    def run(self, run_id: str) -> dict[str, Any] | None:
        with self._db() as db:
            found = db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return dict(found) if found else None

    def all_runs(self) -> list[dict[str, Any]]:
        with self._db() as db:
            return [dict(r) for r in db.execute("SELECT * FROM runs ORDER BY created DESC, id")]

    def counts(self, run_id: str) -> dict[str, int]:
        with self._db() as db:
            return {
                r["verdict"]: r["n"]
                for r in db.execute(
                    "SELECT verdict, COUNT(*) AS n FROM rows WHERE run_id = ? GROUP BY verdict", (run_id,)
                )
            }

    def page(
        self, run_id: str, *, query: str = "", verdict: str = "", sort: str = "rank", page: int = 1, size: int = 50
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of rows and the number of rows that match."""
        where, args = ["run_id = ?"], [run_id]
        if verdict:
            where.append("verdict = ?")
            args.append(verdict)
        if query:
            like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                "(COALESCE(name, '') LIKE ? ESCAPE '\\' OR input LIKE ? ESCAPE '\\' "
                "OR pseudonym LIKE ? ESCAPE '\\' OR COALESCE(error, '') LIKE ? ESCAPE '\\')"
            )
            args += [like] * 4
        clause = " AND ".join(where)
        with self._db() as db:
            total = db.execute(f"SELECT COUNT(*) FROM rows WHERE {clause}", args).fetchone()[0]
            rows = db.execute(
                f"SELECT * FROM rows WHERE {clause} ORDER BY {SORTS.get(sort, SORTS['rank'])}, seq LIMIT ? OFFSET ?",
                [*args, size, max(page - 1, 0) * size],
            ).fetchall()
        return [dict(r) for r in rows], total

    def row(self, run_id: str, seq: int) -> dict[str, Any] | None:
        with self._db() as db:
            found = db.execute("SELECT * FROM rows WHERE run_id = ? AND seq = ?", (run_id, seq)).fetchone()
        return dict(found) if found else None

    def all_rows(self, run_id: str) -> list[dict[str, Any]]:
        with self._db() as db:
            return [
                dict(r)
                for r in db.execute("SELECT * FROM rows WHERE run_id = ? ORDER BY rank IS NULL, rank, seq", (run_id,))
            ]

    def review(self, run_id: str, seq: int, requirement: str, decision: str, note: str, reviewer: str) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, seq, requirement, decision, note, reviewer, now()),
            )

    def reviews(self, run_id: str, seq: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM reviews WHERE run_id = ?"
        args: list[Any] = [run_id]
        if seq is not None:
            sql += " AND seq = ?"
            args.append(seq)
        with self._db() as db:
            return [dict(r) for r in db.execute(sql + " ORDER BY at, rowid", args)]

    def changed(self, run_id: str) -> list[dict[str, Any]]:
        """Applicants whose verdict differs from the run this one re-screened."""
        run = self.run(run_id)
        if not run or not run["previous"]:
            return []
        with self._db() as db:
            return [
                dict(r)
                for r in db.execute(
                    "SELECT new.input, new.seq, old.verdict AS before, new.verdict AS after FROM rows new "
                    "JOIN rows old ON old.run_id = ? AND old.input = new.input "
                    "WHERE new.run_id = ? AND old.verdict != new.verdict ORDER BY new.input",
                    (run["previous"], run_id),
                )
            ]


def details_of(row: dict[str, Any]) -> dict[str, Any] | None:
    return json.loads(row["details"]) if row.get("details") else None
