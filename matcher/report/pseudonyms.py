"""Pseudonyms of screening rows: an HMAC-SHA-256, with a key the recruiter keeps, of the
input's resolved path (or, for a line of standard input, of its content), so the same
file gets the same pseudonym from any working folder, and nobody without the key can
recompute it from a list of file names.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ..errors import InputError, OutputError, UsageError
from ..files.reading import read_text
from ..messages import Errors

KEY_BYTES = 32
_KEY_FILE_BYTES = 4096  # a key file is 65 bytes; anything far bigger is not one


def default_key_path() -> Path:
    """$MATCHER_BLIND_KEY, else blind.key in the user's config folder (not the cache: a
    lost key means new pseudonyms)."""
    env = os.environ.get("MATCHER_BLIND_KEY")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    if os.name == "nt" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    return base / "matcher" / "blind.key"


def load_key(path: Path | None = None) -> bytes:
    """The recruiter's pseudonym key, created (random, 32 bytes as hex, mode 0600) on first use.

    Read like every other input (a regular file, bounded: a FIFO or a device is refused);
    created whole or not at all (written beside, then linked into place, so a full disk
    leaves no empty key and two runs starting at once share one key)."""
    path = Path(path) if path is not None else default_key_path()
    if not os.path.lexists(path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            made = _create_key(path)
        except OSError as exc:  # a full disk, a read-only folder: the system refused a write (74)
            raise OutputError(Errors.E013.format(reason=exc.strerror or exc), file=path) from None
        if made is not None:
            return made
    try:
        key = bytes.fromhex(read_text(path, max_bytes=_KEY_FILE_BYTES).strip())
        if len(key) < 16:
            raise ValueError
        return key
    except (ValueError, UnicodeDecodeError):
        raise UsageError(Errors.E012, file=path) from None
    except InputError as exc:
        raise UsageError(exc.message, file=path) from None
    except OSError as exc:
        raise UsageError(Errors.E013.format(reason=exc.strerror or exc), file=path) from None


def _create_key(path: Path) -> bytes | None:
    """A new key linked into place at `path` by the shared atomic writer (written, flushed to
    disk, then linked: never an empty key after a crash, no temporary file left by a signal);
    None when another run made one first (read theirs)."""
    from ..files.output import AlreadyMade, atomic_file

    key = secrets.token_bytes(KEY_BYTES)
    try:
        with atomic_file(path, mode=0o600, replace=False, refused=Errors.E013) as handle:
            handle.write(key.hex().encode("ascii") + b"\n")
    except AlreadyMade:
        return None
    return key


class Pseudonyms:
    """'A-' and 12 hex digits of HMAC-SHA-256(key, what identifies the input)."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def of_path(self, path: str | Path) -> str:
        resolved = os.path.realpath(os.fspath(path))
        return self._mac(b"path\x00" + resolved.encode("utf-8", "surrogatepass"))

    def of_content(self, content: str | bytes) -> str:
        data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        return self._mac(b"content\x00" + hashlib.sha256(data).digest())

    def _mac(self, message: bytes) -> str:
        return "A-" + hmac.new(self.key, message, hashlib.sha256).hexdigest()[:12]
