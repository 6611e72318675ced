"""The rules author's pages: the served notices, and a draft beside the notice's sentences."""

from __future__ import annotations

import pytest
import yaml
from webkit import ROOT

pytestmark = pytest.mark.timeout(120)
NOTICE = next((ROOT / "rules" / "notices").glob("interpol-vn-0844-*.txt"))


def test_the_served_notices_are_listed(web):
    page = web.get("/rules")
    assert page.status_code == 200
    for path in (ROOT / "rules").glob("interpol-vn-*.yaml"):
        assert path.name in page.text


def test_a_pasted_notice_is_drafted_sentence_by_sentence_and_downloadable(web):
    web.get("/draft")
    text = NOTICE.read_text(encoding="utf-8")
    page = web.post("/draft", data={"notice": text, "action": "draft"})
    assert page.status_code == 200
    assert "Notice sentence" in page.text and "<code>education</code>" in page.text
    assert "Three years&#39; experience" in page.text or "three years&#39; experience" in page.text.lower()
    download = web.post("/draft", data={"notice": text, "action": "download"})
    assert download.headers["content-disposition"].startswith("attachment")
    rules = yaml.safe_load(download.text)
    assert rules["requirements"] and rules["notice"]["organization"] == "INTERPOL"


def test_an_empty_or_unusable_notice_is_a_message(web):
    web.get("/draft")
    empty = web.post("/draft", data={"notice": "   ", "action": "draft"})
    assert empty.status_code == 422 and "paste the notice" in empty.text
    # nothing readable: a draft with one placeholder rule that says to write the rules (never a stop)
    nothing = web.post("/draft", data={"notice": "Hello there. <script>x</script>", "action": "draft"})
    assert nothing.status_code == 200 and "no requirement could be read" in nothing.text
    assert "<script>x" not in nothing.text and "Traceback" not in nothing.text
