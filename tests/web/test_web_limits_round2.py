"""Second red-team pass of issue 17 (rows 5 and 8, the web app's input path): the request
size limit was checked on the Content-Length header only, so a body sent in chunks (no
Content-Length) of any size was parsed, its files spooled to disk, before any check."""

from __future__ import annotations

from matcher.web import app as web_app


def _chunks(total: int, size: int = 64 * 1024):
    head = b'--b\r\nContent-Disposition: form-data; name="profile"; filename="p.yaml"\r\n\r\n'
    yield head
    sent = 0
    while sent < total:
        yield b"#" * size
        sent += size
    yield b"\r\n--b--\r\n"


def test_a_chunked_upload_over_the_request_limit_is_refused(web, monkeypatch):
    monkeypatch.setattr(web_app, "MAX_REQUEST_BYTES", 256 * 1024)
    response = web.client.post(
        "/profile/upload",
        content=_chunks(1024 * 1024),
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 413, response.status_code


def test_a_content_length_of_thousands_of_digits_is_too_large_not_a_crash(web):
    response = web.client.post(
        "/profile/upload",
        content=b"x",
        headers={"content-type": "multipart/form-data; boundary=b", "content-length": "9" * 5000},
    )
    assert response.status_code == 413, response.status_code
