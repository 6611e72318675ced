"""A bound on what a PDF's streams expand to (a "PDF bomb").

pdfminer inflates every compressed stream whole (`zlib.decompress`), so a 600 KB PDF
whose content stream inflates to 600 MB took 17 s and 1.3 GB, and a 20 MB one would
exhaust memory. While a CV is read (`bounded_streams()`), every decoded stream is
charged to one budget of MAX_PDF_DECODED_BYTES for the whole file: Flate streams are
inflated at most that far (zlib's `max_length`), and any other filter's output is
charged after decoding (RunLength and LZW expand far less than Flate).

Two more bounds, found by the fifth red-team pass: the page contents that pdfminer's
interpreter lexes share MAX_PDF_CONTENT_BYTES per file (a 600 KB RunLength stream of
38 MB of zeros was lexed for minutes, 3 MB of ASCII85 `z` for 24 s, 4 MiB of plain drawing
operators for 10-17 s; the shipped CVs have at most 11 KB of contents), and a chain of references is followed at most
MAX_REFERENCE_HOPS deep (`6 0 obj 7 0 R`, `7 0 obj 6 0 R` made pdfminer loop forever).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

MAX_PDF_DECODED_BYTES = 64 * 1024 * 1024  # the text of 30 pages is a few hundred KB
MAX_PDF_CONTENT_BYTES = 512 * 1024  # page contents interpreted, forms included (lexed at ~0.3-1 MB/s)
MAX_REFERENCE_HOPS = 64

_room: ContextVar[list[int] | None] = ContextVar("pdf_room", default=None)
_content_room: ContextVar[list[int] | None] = ContextVar("pdf_content_room", default=None)


class PdfTooLarge(Exception):
    """The streams of one PDF expand beyond MAX_PDF_DECODED_BYTES."""


class PdfContentTooLarge(PdfTooLarge):
    """The page contents of one PDF are beyond MAX_PDF_CONTENT_BYTES (a PdfTooLarge: every
    handler of one handles the other)."""


class PdfReferenceLoop(ValueError):
    """A reference that leads to a reference ... more than MAX_REFERENCE_HOPS times (a loop)."""

    def __init__(self) -> None:
        super().__init__(f"a chain of more than {MAX_REFERENCE_HOPS} references (a reference loop)")


def _charge(size: int) -> int:
    """Take `size` bytes from the budget; the bytes left (unbounded outside a read)."""
    room = _room.get()
    if room is None:
        return -1
    room[0] -= size
    if room[0] < 0:
        raise PdfTooLarge
    return room[0]


def _left() -> int | None:
    room = _room.get()
    return None if room is None else room[0]


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 32000-1, 7.4.5) into a bytearray, stopped at the decoding budget:
    pdfminer's own decoder builds a list of one int per output byte (63 MiB of runs took
    630 MB and 2.8 s before the budget was charged)."""
    left = _left()
    out = bytearray()
    i, end = 0, len(data)
    while i < end:
        length = data[i]
        if length == 128:  # end of data
            break
        if length < 128:
            out += data[i + 1 : i + 2 + length]
            i += 2 + length
        else:
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
        if left is not None and len(out) > left:
            raise PdfTooLarge
    return bytes(out)


class _Inflater:
    """zlib.decompressobj() whose output is charged to the budget."""

    def __init__(self, *args: Any) -> None:
        self._inner = zlib.decompressobj(*args)

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        left = _left()
        if left is None:
            return self._inner.decompress(data, max_length)
        out = self._inner.decompress(data, left + 1)
        _charge(len(out))
        if self._inner.unconsumed_tail:
            raise PdfTooLarge
        return out

    def flush(self, *args: Any) -> bytes:
        out = self._inner.flush(*args)
        _charge(len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _BoundedZlib:
    """What pdfminer.pdftypes uses of the zlib module, with inflating bounded."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    @staticmethod
    def decompress(data: bytes, *args: Any) -> bytes:
        if _left() is None:
            return zlib.decompress(data, *args)
        inflater = _Inflater(*args[:1])
        out = inflater.decompress(data)
        if not inflater.eof:  # as zlib.decompress does, so pdfminer's recovery still runs
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    decompressobj = _Inflater

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


_installed = False


def _install() -> None:
    """Route pdfminer's stream decoding through the budget (once per process)."""
    global _installed
    if _installed:
        return
    from pdfminer import pdftypes

    original = pdftypes.PDFStream.decode

    def decode(self: Any) -> None:
        original(self)
        filters = self.get_filters() if _left() is not None else []
        if filters and not all(f in pdftypes.LITERALS_FLATE_DECODE for f, _ in filters):
            _charge(len(self.data or b""))  # Flate output was charged while inflating

    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    pdftypes.rldecode = _rldecode
    pdftypes.PDFStream.decode = decode  # type: ignore[method-assign]
    _bound_references()
    _bound_contents()
    # pdfminer logs what it tolerates in a damaged file ("Cannot interpret ... as 4 floats",
    # a form drawing itself): Python's last-resort handler printed those on stderr, a
    # second and third line beside matcher's one line. They are not shown.
    import logging

    quiet = logging.getLogger("pdfminer")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    _installed = True


def _bound_references() -> None:
    """pdfminer's resolve1 and resolve_all follow references with `while`: bounded hops."""
    from pdfminer import pdffont, pdfinterp, pdfpage, pdftypes

    original_all = pdftypes.resolve_all

    def resolve1(x: object, default: object = None) -> Any:
        for _ in range(MAX_REFERENCE_HOPS):
            if not isinstance(x, pdftypes.PDFObjRef):
                return x
            x = x.resolve(default=default)
        if isinstance(x, pdftypes.PDFObjRef):
            raise PdfReferenceLoop
        return x

    def resolve_all(x: object, default: object = None) -> Any:
        return original_all(resolve1(x, default), default)

    for module in (pdftypes, pdfinterp, pdffont, pdfpage):
        if hasattr(module, "resolve1"):
            module.resolve1 = resolve1  # type: ignore[attr-defined]
        if hasattr(module, "resolve_all"):
            module.resolve_all = resolve_all  # type: ignore[attr-defined]


def _bound_contents() -> None:
    """Charge the contents each page and form hands to the interpreter to one budget."""
    from pdfminer import pdfinterp, pdftypes

    original = pdfinterp.PDFPageInterpreter.render_contents

    def render_contents(self: Any, resources: Any, streams: Any, *args: Any, **kwargs: Any) -> None:
        room = _content_room.get()
        if room is not None:
            for stream in streams:
                stream = pdftypes.resolve1(stream)
                if isinstance(stream, pdftypes.PDFStream):
                    room[0] -= len(stream.get_data() or b"")
                    if room[0] < 0:
                        raise PdfContentTooLarge
        original(self, resources, streams, *args, **kwargs)

    pdfinterp.PDFPageInterpreter.render_contents = render_contents  # type: ignore[method-assign]


@contextmanager
def bounded_streams(limit: int = MAX_PDF_DECODED_BYTES) -> Iterator[None]:
    """Within the block, the PDF streams decoded in this thread or task share `limit` bytes."""
    _install()
    token = _room.set([limit])
    contents = _content_room.set([MAX_PDF_CONTENT_BYTES])
    try:
        yield
    finally:
        _content_room.reset(contents)
        _room.reset(token)
