"""Body names blanked for language detection: the lowercased case-sensitive scan of an ASCII
text blanks exactly what the case-insensitive pattern blanks in the text itself."""

from __future__ import annotations

import random
import re

import pytest

from matcher.nlp.gazetteer import _ascii_fold, _native_names, _trie_pattern, bodies, without_body_names


def _reference(text: str) -> str:
    return _native_names().sub(" ", text)


def _names() -> list[str]:
    return list(bodies()["names"].get("en", []))


FIXED = [
    "Agente, Polizia di Stato: robberies and extortion cases",
    "POLIZIA DI STATO, then polizia di stato and PoLiZiA dI sTaTo",
    "worked with Europol, Interpol and EUROPOL-led teams",
    "xEuropol Europolx Europol_ 1Europol Europol1 (Europol) 'Europol'",
    "",
    "no body named here at all",
    "Jandarma Genel Komutanligi and JANDARMA GENEL KOMUTANLIGI (I and i for the dotless i)",
]


@pytest.mark.parametrize("text", FIXED)
def test_fixed_texts_blank_the_same_names(text):
    assert without_body_names(text) == _reference(text)


def test_every_name_in_any_case_is_blanked_the_same_way():
    rng = random.Random(5)
    names = [n for n in _names() if n.isascii()]
    for name in names:
        for variant in (name, name.upper(), name.lower(), "".join(rng.choice((c.upper, c.lower))() for c in name)):
            text = f"Officer, {variant}: cases with {rng.choice(names)} and more{variant}"
            assert without_body_names(text) == _reference(text)


def test_letters_that_fold_to_ascii_stand_for_their_ascii_partners():
    # "ı" (dotless i) matches both I and i case-insensitively, so its pattern must find them in lowercased text
    words = ["komutanlık", "kı", "ki"]
    insensitive = re.compile(r"(?<!\w)" + _trie_pattern(words) + r"(?!\w)", re.IGNORECASE)
    folded = re.compile(r"(?<!\w)" + _trie_pattern(words, _ascii_fold) + r"(?!\w)")
    for text in ("KOMUTANLIK and komutanlik, KI, ki, Ki, kI", "kix KIX xki"):
        assert [m.span() for m in folded.finditer(text.lower())] == [m.span() for m in insensitive.finditer(text)]
    assert folded.search("komutanlik")


def test_non_ascii_texts_keep_the_case_insensitive_pattern():
    text = "Agente de la Policía Nacional, POLICÍA NACIONAL, Garda Síochána"
    assert without_body_names(text) == _reference(text)
