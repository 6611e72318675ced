"""What the web tests share besides fixtures: paths, and a client that fills forms
the way a browser does (with the page's CSRF token)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

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
