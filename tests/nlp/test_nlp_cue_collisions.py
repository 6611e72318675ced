"""French cues run on English texts too (CVs mix languages): a French cue must not read
as a common English word once lemmatised and stripped of accents ("thèse" -> "these",
"retiré" -> "retire", "former", "refusé" -> "refuse"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from nlp_support import ids

from matcher.nlp.negation import CUE_KINDS, cue_pairs, cue_phrases, load_cues


def test_no_single_word_french_cue_is_an_english_stop_word(cat):
    nlp = cat.model("en").nlp
    data = load_cues()
    french = [p for kind in CUE_KINDS for p in (data.get(kind) or {}).get("fr", [])]
    french += [
        p for rule in data.get("cue_pairs") or [] for side in ("left", "right") for p in rule[side].get("fr", [])
    ]
    assert cue_phrases(data) and cue_pairs(data)
    clashes = []
    for phrase in french:
        doc = nlp.make_doc(phrase)
        if len(doc) == 1 and nlp.vocab[doc[0].norm_].is_stop and doc[0].lower_ != doc[0].norm_:
            clashes.append((phrase, doc[0].norm_))
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former detective at Kent Police from 2001 to 2019.", "investigations"),
        ("Retired from the police in 2019 after 30 years as a detective.", "investigations"),
        ("Border Force officer; refused entry to 200 travellers with forged visas.", "law_enforcement"),
        ("Trained 60 detectives in these interviewing techniques.", "event_training_organization"),
        ("Community policing team: a decline of 20% in burglaries.", "crime_prevention"),
        ("Organised safety events for the future of the neighbourhood watch.", "event_training_organization"),
    ],
)
def test_english_words_that_look_like_french_cues_cancel_nothing(cat, text, expected):
    assert expected in ids(cat, text)


def test_a_former_detective_trained_nobody(cat):
    assert ids(cat, "Former detective at Kent Police.") == {"investigations", "law_enforcement"}
