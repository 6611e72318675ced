"""Fixtures for the web app: an app on a temporary data folder, a client that fills
forms the way a browser does (with the page's CSRF token), and the example profiles."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from matcher.web.app import WebConfig, create_app

ROOT = Path(__file__).resolve().parents[2]
PROFILES = ROOT / "profiles"


class Browserish:
    """A TestClient that reads the CSRF token from the last page, as a form would send it."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def get(self, url: str, **kwargs: Any):
        response = self.client.get(url, **kwargs)
        found = re.search(r'name="csrf" value="([^"]+)"', response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def post(self, url: str, data: dict[str, Any] | list[tuple[str, str]] | None = None, **kwargs: Any):
        if not self.csrf:
            self.get("/profile")
        if isinstance(data, list):  # repeated names (a multi-select): name -> [values]
            grouped: dict[str, Any] = {}
            for key, value in data:
                grouped.setdefault(key, []).append(value)
            data = grouped
        data = {"csrf": self.csrf, **(data or {})}
        response = self.client.post(url, data=data, **kwargs)
        found = re.search(r'name="csrf" value="([^"]+)"', response.text)
        if found:
            self.csrf = found.group(1)
        return response


@pytest.fixture()
def web(tmp_path: Path) -> Browserish:
    app = create_app(WebConfig(data_dir=tmp_path / "data", rules_dir=ROOT / "rules"))
    with TestClient(app) as client:
        yield Browserish(client)


@pytest.fixture()
def remote_web(tmp_path: Path) -> Browserish:
    """The app as started with --host 0.0.0.0 --token: recruiter pages need a sign-in."""
    app = create_app(WebConfig(data_dir=tmp_path / "data", rules_dir=ROOT / "rules", host="0.0.0.0",
                               token="s3cret-token"))
    with TestClient(app) as client:
        yield Browserish(client)
