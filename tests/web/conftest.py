"""Fixtures for the web app: the app on a temporary data folder, on loopback and as
started for a network (recruiter pages behind a token)."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient
from webkit import ROOT, Browserish

from matcher.web.app import WebConfig, create_app


@pytest.fixture()
def web(tmp_path: Path) -> Browserish:
    app = create_app(WebConfig(data_dir=tmp_path / "data", rules_dir=ROOT / "rules"))
    with TestClient(app) as client:
        yield Browserish(client)


@pytest.fixture()
def remote_web(tmp_path: Path) -> Browserish:
    """The app as started with --host 0.0.0.0 --token: recruiter pages need a sign-in."""
    app = create_app(
        WebConfig(data_dir=tmp_path / "data", rules_dir=ROOT / "rules", host="0.0.0.0", token="s3cret-token")
    )
    with TestClient(app) as client:
        yield Browserish(client)
