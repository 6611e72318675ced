"""`near` pairs: a left and a right phrase at most `window` content words apart in one clause
(stop words, punctuation, spaces and numbers are not counted)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

_LONG_DOC = 256  # tokens: above this, content words are counted from a prefix sum made once per doc


def content_words(doc, start: int, end: int) -> int:
    """Tokens of doc[start:end] that are not stop words, punctuation, space or numbers
    ("trained over 300 frontline staff": the number is no content word)."""
    if len(doc) <= _LONG_DOC:
        return sum(1 for t in doc[start:end] if not (t.is_stop or t.is_punct or t.is_space or t.like_num))
    prefix = doc.user_data.get(_CONTENT_KEY)
    if prefix is None:
        from spacy.attrs import IS_PUNCT, IS_SPACE, IS_STOP, LIKE_NUM

        content = ~doc.to_array([IS_STOP, IS_PUNCT, IS_SPACE, LIKE_NUM]).any(axis=1)
        prefix = doc.user_data[_CONTENT_KEY] = [0, *accumulate(content.tolist())]
    return prefix[end] - prefix[start]


_CONTENT_KEY = ("matcher", "content_prefix")


def near_pairs(doc, text: str, lefts: list, rights: list, window: int, boundary):
    """(left start, right end) for each left phrase whose nearest following right phrase
    is at most `window` content words away in the same clause."""
    if not lefts or not rights:
        return
    rights.sort()
    starts = [r[0] for r in rights]
    for l_start, l_end in lefts:
        i = bisect_left(starts, l_end)
        if i == len(rights):
            continue
        r_start, r_end = rights[i]
        if r_start - l_end > 4 * window + 4:
            continue
        if r_start - l_end > window and content_words(doc, l_end, r_start) > window:
            continue  # (at most `window` tokens between: at most `window` content words, no need to count)
        if r_start > l_end and boundary.search(text, doc[l_end].idx, doc[r_start].idx):
            continue
        yield l_start, r_end
