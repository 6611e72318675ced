"""Second red-team pass of issue 17, rows 8, 13 and 18, on the blind redactor and the
pseudonym key (report/blind.py, report/pseudonyms.py):

- `--blind-key` is read with `Path.read_text`: a FIFO named as the key blocks `screen`
  for ever, `/dev/zero` grows until memory runs out (every other input path refuses
  special files and is bounded: files/reading.read_text);
- the key is created with O_EXCL and then written: a full disk leaves an empty
  `blind.key` behind, and every later `--blind` run fails with "not a matcher pseudonym
  key" until someone deletes it;
- a name's words were hidden only in their own case, so the surname written in capitals
  ("LEFÈVRE, Marc", usual in French CVs) stayed in a blind report; a phone
  number written with non-breaking hyphens or en dashes (06–12–34–56–78) is not seen as
  one (`_PHONE_RUN` knows space ( ) . - / only).
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from pathlib import Path

import pytest

from matcher.errors import OutputError, UsageError
from matcher.report import blind, pseudonyms


def test_a_fifo_as_the_key_is_refused_not_read(tmp_path: Path):
    fifo = tmp_path / "key"
    os.mkfifo(fifo)

    def writer() -> None:  # so that a blocking read would end and the test stays fast
        with contextlib.suppress(BrokenPipeError), open(fifo, "w") as handle:
            handle.write("ab" * 32 + "\n")  # the refusing side opened and closed its end: a broken pipe

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        with pytest.raises(UsageError):
            pseudonyms.load_key(fifo)
    finally:
        if thread.is_alive():  # load_key refused without opening: unblock the writer
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        thread.join(5)


def test_a_full_disk_while_the_key_is_created_leaves_no_empty_key(tmp_path: Path, monkeypatch):
    key = tmp_path / "blind.key"
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fd: int) -> None:
            self.handle = real_fdopen(fd, "w", encoding="ascii")

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pseudonyms.os, "fdopen", lambda fd, *a, **k: Full(fd))
    with pytest.raises(OutputError):  # the system refused a write: exit 74, like every full disk
        pseudonyms.load_key(key)
    monkeypatch.undo()
    assert len(pseudonyms.load_key(key)) == pseudonyms.KEY_BYTES  # the next run makes a key, it is not stuck


PROFILE = {"name": "Marc Lefèvre", "phone": "+33 6 12 34 56 78", "experience": []}


@pytest.mark.parametrize("text", ["LEFÈVRE, Marc wrote it", "signed: LEFEVRE", "by MARC Lefèvre"])
def test_the_surname_in_capitals_is_hidden(text: str):
    assert "fèvre" not in blind.Redactor.for_profile(PROFILE).text(text).lower().replace("fevre", "fèvre")


def test_a_name_that_is_also_a_word_stays_readable_in_lower_case():
    """The limit of the case rule, on purpose: a surname like "Field" or "Young" is hidden
    as written, capitalised or in capitals, never as the everyday lower-case word."""
    redactor = blind.Redactor.for_profile({"name": "Anna Field", "experience": []})
    assert redactor.text("FIELD, Anna; Mr Field; unknown field") == "[hidden], [hidden]; Mr [hidden]; unknown field"


@pytest.mark.parametrize("text", ["call 06\u201112\u201134\u201156\u201178", "call 06–12–34–56–78"])
def test_a_phone_number_with_other_dashes_is_hidden(text: str):
    assert "34" not in blind.Redactor.for_profile(PROFILE).text(text)


def test_the_same_values_in_their_own_forms_are_hidden():
    """The control: the name as written and the phone with spaces are hidden today."""
    redactor = blind.Redactor.for_profile(PROFILE)
    assert "Lefèvre" not in redactor.text("by Marc Lefèvre")
    assert "34" not in redactor.text("call 06 12 34 56 78")
