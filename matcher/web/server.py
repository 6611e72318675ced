"""Running the app with uvicorn; the session key is kept in the data folder (mode 0600),
so signed-in sessions survive a restart."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from .app import WebConfig, create_app


def session_secret(data_dir: Path) -> str:
    path = data_dir / "session.key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return key


def run(*, host: str, port: int, data_dir: Path, rules_dir: Path | None, token: str | None) -> None:
    import uvicorn

    data_dir.mkdir(parents=True, exist_ok=True)
    config = WebConfig(data_dir=data_dir, rules_dir=rules_dir, host=host, token=token, secret=session_secret(data_dir))
    print(f"matcher: serving on http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning", server_header=False)
