"""Precision of drafted rules on notices never seen (issue 14, session 11): headings that say how
important their part is ("Critères impératifs" / "Critères souhaitables"), short verbless lines that
head a list or a paragraph of advice, a label line that is no wrap of the bullet before it, and the
steps of applying drafted as requirements."""

from pathlib import Path

from draft_support import draft_text

from matcher.authoring.heading_words import requirement_heading


def draft(tmp_path: Path, text: str):
    return draft_text(tmp_path, text).rules.requirements


def quotes(reqs) -> list[str]:
    return [r.source or "" for r in reqs]


def test_an_importance_word_in_a_heading_gives_the_parts_importance():
    assert requirement_heading("Critères impératifs")[1] == "required"
    assert requirement_heading("Critères souhaitables")[1] == "asset"
    assert requirement_heading("Desirable qualifications")[1] == "asset"
    assert requirement_heading("Critères de sélection")[1] is None


def test_impératifs_then_souhaitables_under_one_umbrella(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions pour postuler\nCritères impératifs\n- Avoir au moins 18 ans révolus,\n"
        "- La santé : remplir les critères médicaux en matière de santé,\nCritères souhaitables\n"
        "- Dactylographie : être capable de taper 80 frappes/minute.\n",
    )
    by_quote = {q: r.importance for q, r in zip(quotes(reqs), reqs, strict=True)}
    assert not any("Critères" in q for q in by_quote)  # the headings are no requirement
    assert [i for q, i in by_quote.items() if "santé" in q] == ["required"]
    assert [i for q, i in by_quote.items() if "frappes" in q] == ["asset"]


def test_a_short_heading_then_a_paragraph_of_advice_ends_the_list(tmp_path):
    reqs = draft(
        tmp_path,
        "Requirements\n- Be at least 18 years old.\n- Hold a driving licence.\nCFC par validation de vos acquis\n"
        "Vous avez une solide expérience dans un domaine reconnu de la formation professionnelle, mais vous "
        "n'avez pas le diplôme qui atteste de vos compétences.\n",
    )
    assert not any("CFC" in q or "solide" in q for q in quotes(reqs))


def test_an_unknown_short_heading_after_a_list_still_ends_it(tmp_path):
    reqs = draft(
        tmp_path,
        "Eligibility\n\n- Candidates must be employed by a public administration.\n\nProposals of applications\n\n"
        "- The total number of candidates submitted may not exceed the quota set for the year.\n",
    )
    assert not any("quota" in q for q in quotes(reqs))


def test_a_label_line_after_a_comma_is_no_wrap_of_the_bullet(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions\n- La formation : avoir terminé une formation post-obligatoire de 3 ans, reconnue,\n"
        "Diplômes étrangers : veuillez vous renseigner sur le site de la Confédération.\n"
        "- Le permis de conduire : être en possession du permis de conduire catégorie B,\n",
    )
    assert not any("Confédération" in q for q in quotes(reqs))


def test_how_to_apply_is_procedure_not_a_requirement(tmp_path):
    reqs = draft(
        tmp_path,
        "Conditions\n- Être titulaire d'un master.\n- Inscription en ligne.\n"
        "- Pour candidater : envoyer le dossier de candidature par mail avant le 10 avril.\n"
        "- Submit your application through the online portal.\n",
    )
    assert [r.kind for r in reqs] == ["education"]
