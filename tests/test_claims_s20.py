"""Session 20: claim records, each case an invented text."""

from __future__ import annotations

from collections.abc import Callable

from claims_docs import hand_tagged, layer, relays

from newsgraph.doc import Doc


def test_an_object_after_an_inverted_subject_is_no_part_of_it() -> None:
    # the tagger may read the accusative `einen` as a genitive; no form of `ein`/`den`/`dem`
    # is one, so a second noun phrase begins there
    doc = hand_tagged(
        [
            [
                "Gestern/ADV forderte/VVFIN der/ART/Case=Nom Fahrer/NN/Case=Nom "
                "einen/ART/Case=Gen Anwalt/NN/Case=Gen ./$."
            ]
        ]
    )
    assert [speaker for _, _, speaker in layer(doc)] == ["der Fahrer"]


def test_no_claim_is_relayed_by_a_claim_of_the_same_unnamed_speaker(
    claims_doc: Callable[[str], Doc],
) -> None:
    # `wonach` points back to the report the broadcaster quotes: the report's words reach the
    # article through the broadcaster, never through the report itself
    doc = claims_doc(
        "Der Sender zitierte einen Bericht der Zeitung, wonach der Minister zurücktreten wolle."
    )
    pairs = relays(doc, "zurücktreten wolle")
    assert ("einen Bericht der Zeitung", "Der Sender") in pairs
    assert all(speaker != via for speaker, via in pairs)


def test_a_relative_nach_denen_after_a_cited_text_is_relayed_like_wonach(
    claims_doc: Callable[[str], Doc],
) -> None:
    doc = claims_doc(
        "Der Verbandschef verwies auf Studien der Universität Kassel, nach denen das Verfahren "
        "oft wirksam sei."
    )
    assert relays(doc, "oft wirksam sei") == {
        ("Der Verbandschef", None),
        # the relative pronoun's antecedent keeps its genitive attribute: whose studies
        ("Studien der Universität Kassel", "Der Verbandschef"),
    }
