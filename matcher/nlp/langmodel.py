"""py3langid's model with a faster, exact feature walk.

py3langid counts its byte n-gram features by walking a DFA over every byte of the text
in a Python loop (~35 µs for 400 characters), which made language detection cost more
than tokenizing: a profile of 28,000 short free-text entries spent ~3 s there. The DFA's
state after a word depends only on the state before it and the word's bytes, and words
repeat, so `FastIdentifier` walks each (state, word) pair once and replays the features
it found afterwards. The features come out in the same order, so the counts, the float
sums and therefore the scores and the ranking are exactly py3langid's own (a test
compares them on the corpora).

Loading the model means decompressing 4.5 MB of LZMA (~0.6 s, on every cold `check` of a
free-text profile); `load_identifier` keeps the arrays it needs (restricted to the
languages considered) in an uncompressed .npz in the user's cache folder (never pickle)
and reads them from there afterwards (~0.1 s; 3.5 MB on disk, written once in ~0.4 s).
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from ..reference import cache_dir

_CHUNK = 256  # texts scored together (larger chunks only cost memory traffic)
_MEMO_LIMIT = 200_000  # (state, word) pairs kept; the memo is emptied when it reaches this


class FastIdentifier(LanguageIdentifier):
    """A `LanguageIdentifier` whose `_raw_score` counts features word by word, memoized."""

    __slots__ = ("_memo", "_ptc32")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (state, word) -> (state after it, features met): words followed by a space, and last words
        self._memo: tuple[dict[tuple[int, bytes], tuple[int, tuple[int, ...]]], ...] = ({}, {})
        self._ptc32: tuple[Any, Any] | None = None  # (nb_ptc, its float32 copy)

    def _raw_score(self, text: bytes) -> Any:
        visits = self.visit_counts(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return super()._raw_score(b"")  # no features: py3langid's own fill value

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Each text's {language: probability}, in the model's column order (`rank` sorts
        them). Sums run in another order than py3langid's matrix product, so a probability
        can differ from `rank`'s in its last float32 digits (a test checks that the
        rankings agree)."""
        labels = self.labels
        out: list[dict[str, float]] = []
        for start in range(0, len(texts), _CHUNK):
            chunk = texts[start : start + _CHUNK]
            scores, uniform = self._chunk_scores(chunk)
            rows = iter(scores.tolist())
            for text, blank in zip(chunk, uniform, strict=True):
                out.append(dict(self.rank(text)) if blank else dict(zip(labels, next(rows), strict=True)))
        return out

    def confident(self, texts: Sequence[str], least: float) -> list[str | dict[str, float]]:
        """Per text, its most likely language when its probability is at least `least` (the
        first maximal one, as `max` over its `probabilities` picks it), else all its
        probabilities: the answer `probabilities` gives, without a dict for every text."""
        labels = self.labels
        out: list[str | dict[str, float]] = []
        for start in range(0, len(texts), _CHUNK):
            chunk = texts[start : start + _CHUNK]
            scores, uniform = self._chunk_scores(chunk)
            top = scores.argmax(axis=1)  # the first maximum, as max() over the dict returns it
            sure = (scores[np.arange(len(top)), top].astype(np.float64) >= least).tolist()  # as Python floats
            row = 0
            for text, blank in zip(chunk, uniform, strict=True):
                if blank:
                    probs = dict(self.rank(text))
                    label = max(probs, key=probs.__getitem__)
                    out.append(label if probs[label] >= least else probs)
                    continue
                if sure[row]:
                    out.append(labels[int(top[row])])
                else:
                    out.append(dict(zip(labels, scores[row].tolist(), strict=True)))
                row += 1
        return out

    def _columns(self) -> dict[str, int]:
        columns: dict[str, int] = {}
        for column, label in enumerate(self.nb_classes):
            columns.setdefault(label, column)
        return columns

    def _table32(self) -> Any:
        """nb_ptc as a C-ordered float32 array, made once: the float16 model restricted to some
        languages is a strided view, and gathering its rows cost more than the sums."""
        table = self._ptc32
        if table is None or table[0] is not self.nb_ptc:
            table = self._ptc32 = (self.nb_ptc, np.ascontiguousarray(self.nb_ptc, dtype=np.float32))
        return table[1]

    def _chunk_scores(self, texts: Sequence[str]) -> tuple[Any, list[bool]]:
        """(probabilities of the texts that have features, one row each in text order, over the
        distinct labels; per text, whether it has none and gets py3langid's uniform answer)."""
        starts: list[int] = []
        lengths: list[int] = []
        features: list[int] = []
        counts: list[int] = []
        uniform: list[bool] = []
        for text in texts:
            data = self._encode(text)
            visits = self.visit_counts(data)
            uniform.append(not visits)
            if visits:
                starts.append(len(features))
                lengths.append(len(data) or 1)
                features += visits
                counts += visits.values()
        columns = list(self._columns().values())
        if not starts:
            return np.zeros((0, len(columns)), dtype=np.float32), uniform
        weights = np.log1p(np.fromiter(counts, dtype=np.float32, count=len(counts)))
        rows = self._table32()[np.fromiter(features, dtype=np.intp, count=len(features))]
        rows *= weights[:, None]
        scores = np.add.reduceat(rows, starts, axis=0)
        scores += self.nb_pc
        scores *= (1.0 / np.sqrt(np.array(lengths, dtype=np.float64))).astype(np.float32)[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        for first, dupe in self._alias_pairs:  # a label in two columns: the first holds both
            scores[:, first] += scores[:, dupe]
        return scores[:, columns], uniform

    def visit_counts(self, text: bytes) -> Counter[int] | None:
        """py3langid.langid.visit_counts(nextmove, rowbase, output, text), word by word."""
        spaced, final = self._memo
        if len(spaced) >= _MEMO_LIMIT:
            spaced.clear()
            final.clear()
        found: list[int] = []
        state = 0
        words = text.split(b" ")
        last = words.pop()
        for word in words:  # each followed by a space: the walk (and the n-grams) run through it
            step = spaced.get((state, word))
            if step is None:
                step = spaced[state, word] = self._walk(state, word + b" ")
            state = step[0]
            found.extend(step[1])
        step = final.get((state, last))
        if step is None:
            step = final[state, last] = self._walk(state, last)
        found.extend(step[1])
        return Counter(found) if found else None

    def _walk(self, state: int, data: bytes) -> tuple[int, tuple[int, ...]]:
        """(the DFA state after `data`, the features met on the way) from `state`."""
        nextmove, rowbase, output = self.tk_nextmove, self._rowbase, self.tk_output
        features = []
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                features.append(feature)
        return state, tuple(features)


def load_identifier(languages: Sequence[str]) -> FastIdentifier:
    """py3langid's own model restricted to `languages` (probabilities normalised), read
    through the cache described in the module docstring; a cache that cannot be read or
    written is ignored."""
    cache = cache_dir() / f"langid.{_model_key(Path(MODEL_DIR) / MODEL_FILE, languages)}.npz"
    try:
        with np.load(cache, allow_pickle=False) as data:
            return FastIdentifier(
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                memoryview(data["nextmove"]),
                data["output"].tolist(),
                norm_probs=True,
                tk_row=data["row"].tolist(),
            )
    except (OSError, ValueError, KeyError):
        pass
    identifier = FastIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    _write_cache(cache, identifier)
    return identifier


def _model_key(model: Path, languages: Sequence[str]) -> str:
    """The cache's name for this model's content: py3langid's version, the file's size and
    its first and last 64 KiB, never its path or time, so that every installation of one
    version (one virtualenv per checkout) shares one cache instead of replacing another's."""
    digest = hashlib.sha256(f"1|{version('py3langid')}|{','.join(languages)}".encode())
    with model.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        digest.update(str(size).encode())
        handle.seek(0)
        digest.update(handle.read(1 << 16))
        handle.seek(max(0, size - (1 << 16)))
        digest.update(handle.read(1 << 16))
    return digest.hexdigest()[:20]


def _write_cache(cache: Path, identifier: FastIdentifier) -> None:
    arrays = {
        "ptc": identifier.nb_ptc,
        "pc": identifier.nb_pc,
        "classes": np.array(identifier.nb_classes),
        "nextmove": np.asarray(identifier.tk_nextmove),
        "row": np.asarray(identifier.tk_row),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for stale in cache.parent.glob("langid.*.npz"):
            stale.unlink(missing_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        # an .npz numpy reads back; zlib level 1: 3.5 MB written in ~0.4 s (savez_compressed: ~1.4 s)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for name, values in arrays.items():
                with archive.open(f"{name}.npy", "w", force_zip64=True) as handle:
                    np.lib.format.write_array(handle, values, allow_pickle=False)
        os.replace(tmp, cache)
    except (OSError, ValueError):
        pass
