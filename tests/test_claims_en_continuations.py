"""English backshifted continuations (newsgraph/claims/english_discourse.py): indefinite pronoun
subjects, a relative clause inside the subject, a modal predicate coordinated with `would`.
The claims stage runs alone on sentences written for these tests."""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc
from newsgraph.record import Article, Claim


def claims(text: str) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en"))
    ClaimsStage()(doc)
    return doc.article.claims


def test_indefinite_pronoun_subject_continues_the_report() -> None:
    text = (
        "The fire service said in a statement that nine climbers had been rescued overnight. "
        "Several had suffered from the cold."
    )
    last = claims(text)[-1]
    assert last.content.text == "Several had suffered from the cold."
    assert last.form == "free_indirect" and last.speaker_text == "The fire service"


def test_relative_clause_inside_the_subject() -> None:
    text = (
        "The head of the library said the reading room would close in June. "
        "Readers who held a yearly card would get their money back."
    )
    last = claims(text)[-1]
    assert last.form == "free_indirect" and last.speaker_text == "The head of the library"


def test_modal_coordinated_with_would() -> None:
    text = (
        "The old boilers could leak gas, the landlord said. "
        "Tenants should open their windows and would be moved to a hotel."
    )
    last = claims(text)[-1]
    assert last.form == "free_indirect" and last.speaker_text == "the landlord"


def test_modal_alone_is_the_article_voice() -> None:
    text = "The old boilers could leak gas, the landlord said. Tenants should open their windows."
    assert [c.form for c in claims(text)] == ["indirect"]


# ---- quotations framed after their first part with unread adjuncts ----------------------------
def test_frame_with_place_name_adjunct_takes_the_quotation_and_its_continuation() -> None:
    text = (
        'The ferry stayed in port. "We will not sail in this wind," captain Ida Moen told '
        'passengers at Northgate Harbour terminal. "Safety comes before the timetable."'
    )
    found = [c for c in claims(text) if c.form == "direct"]
    assert found and all(c.speaker_text == "captain Ida Moen" for c in found)
    assert found[0].cue is not None and found[0].cue.text == "told"
    assert "Safety comes before the timetable" in " ".join(c.content.text for c in found)


def test_frame_with_of_phrase_and_apposition() -> None:
    text = (
        '"The numbers speak for themselves," the museum\'s director, Paula Rinn, said at the '
        "opening of the exhibition."
    )
    (c,) = claims(text)
    assert c.form == "direct" and c.speaker_text == "the museum's director, Paula Rinn"


def test_full_stop_inside_the_quotation_is_no_frame() -> None:
    text = 'The council met on Monday. "The road stays closed." Residents gathered at the gate.'
    assert [c for c in claims(text) if c.speaker_text == "Residents"] == []
