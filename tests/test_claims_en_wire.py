"""English wire copy and features (newsgraph/claims/english_text.py and the rules added to
english_frames/english_phrases/english_discourse): straight single quotation marks,
datelines and bylines, the said-time of the frame, appositions and zero relatives, clause
limits without POS tags, hedges, pronoun and description speakers, backshifted continuation.
All texts are written for these tests; entities and times are hand-made."""

from __future__ import annotations

from newsgraph.claims.english_text import single_quote_pairs
from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc, Mention
from newsgraph.record import Article, Claim, Entity, Span, TimeExpr


def run(
    text: str, ents: tuple[tuple[str, str, str], ...] = (), times: tuple[str, ...] = ()
) -> tuple[Claim, ...]:
    entities = []
    for eid, kind, name in ents:
        spans, at = [], text.find(name)
        while at >= 0:
            spans.append(Span(at, at + len(name), name))
            at = text.find(name, at + 1)
        entities.append(Entity(eid, kind, name, mentions=tuple(spans)))  # type: ignore[arg-type]
    texprs = tuple(
        TimeExpr(f"t{i + 1}", text.index(w), text.index(w) + len(w), w, "2025-01-01")
        for i, w in enumerate(times)
    )
    doc = Doc(
        article=Article(id="t", text=text, language="en", entities=tuple(entities), times=texprs)
    )
    doc.mentions = [
        Mention(s.start, s.end, s.text, e.type, entity=e.id) for e in entities for s in e.mentions
    ]
    ClaimsStage()(doc)
    return doc.article.claims


def rows(found: tuple[Claim, ...]) -> list[tuple[str | None, str]]:
    return [(c.speaker_text, c.content.text) for c in found]


# ---- quotation marks ---------------------------------------------------------------------------
def test_straight_single_quotes_are_quotations() -> None:
    text = "'I never wanted anything else,' she said, smiling. 'My father taught me.'"
    first, second = run(text)
    assert first.form == "direct" and first.content.text == "'I never wanted anything else,'"
    assert second.form == "direct" and second.content.text == "'My father taught me.'"


def test_apostrophes_are_no_quotation_marks() -> None:
    text = "The farmers' union said prices didn't rise in the '90s."
    assert single_quote_pairs(text) == []
    (c,) = run(text)
    assert c.form == "indirect" and c.speaker_text == "The farmers' union"


# ---- frames ------------------------------------------------------------------------------------
def test_inverted_speaker_with_name_apposition() -> None:
    text = '"People come from everywhere," said her neighbour, Thomas Bauer, who has lived there since 1985.'
    (c,) = run(text)
    assert c.form == "direct" and c.speaker_text == "her neighbour, Thomas Bauer"
    assert c.content.text == '"People come from everywhere,"'


def test_zero_relative_with_a_name_rejects_the_claim_before() -> None:
    text = "Russian forces captured a village, the defence ministry said on Wednesday, a claim Kyiv rejected."
    said, rejected = run(text, times=("Wednesday",))
    assert said.speaker_text == "the defence ministry" and said.said == "t1"
    assert rejected.speaker_text == "Kyiv" and rejected.stance == "denied"
    assert rejected.content.text == said.content.text == "Russian forces captured a village"
    assert rejected.via is None and said.via is None


def test_citing_reports_is_no_frame_but_a_cited_source() -> None:
    text = "Zelenskiy wrote on Telegram that the situation was difficult, citing reports from the front."
    c, cited = run(text)
    assert c.speaker_text == "Zelenskiy" and c.cue is not None and c.cue.text == "wrote"
    assert c.content.text == "that the situation was difficult"
    assert cited.speaker_text == "reports from the front" and cited.via == c.id


def test_cited_source_ends_before_a_time() -> None:
    text = "The village was shelled, the agency reported, citing officials in Kyiv on Tuesday."
    c, cited = run(text)
    assert c.speaker_text == "the agency" and cited.speaker_text == "officials in Kyiv"
    assert cited.content.text == "The village was shelled" and cited.via == c.id


def test_irregular_past_opens_a_clause_without_that() -> None:
    (c,) = run("The army confirmed troops hit the town.")
    assert c.form == "indirect" and c.content.text == "troops hit the town"
    (d,) = run("The army confirmed the hit.")
    assert d.form == "reported"


def test_and_clause_after_the_content_is_the_articles_own() -> None:
    (c,) = run("Officials said the bridge was closed, and traffic moved slowly through the town.")
    assert c.content.text == "the bridge was closed"
    (d,) = run("The mayor said the plan was ready, and it would be presented on Monday.")
    assert d.content.text == "the plan was ready, and it would be presented on Monday"
    (e,) = run("Police said that the suspect had fled, and that he was armed.")
    assert e.content.text == "that the suspect had fled, and that he was armed"


def test_believed_to_is_a_distance_marker() -> None:
    (c,) = run(
        "North Korea is believed to have sent shells, sources familiar with the matter said."
    )
    assert c.speaker_text == "sources familiar with the matter" and c.stance == "alleged"
    assert [e.text for e in c.evidence] == ["is believed to"]


# ---- speakers ----------------------------------------------------------------------------------
def test_he_skips_an_institution_mislabelled_as_person() -> None:
    text = (
        "The missile fell into the sea, South Korea's military said. "
        "It flew 1,000 km, Japanese Defence Minister Gen Nakatani told reporters. "
        "He said Tokyo had protested."
    )
    # upstream mistakes: a place read as a person, a title read as an organisation
    found = run(text, ents=(("e1", "PERSON", "South Korea"), ("e2", "ORG", "Japanese Defence")))
    assert found[-1].speaker_text == "Japanese Defence Minister Gen Nakatani"


def test_the_company_refers_to_the_company_named_before() -> None:
    text = (
        "The company, Keller Bakeries GmbH, said it expected sales to rise. "
        "The company added that it had hired ten workers."
    )
    first, second = run(text, ents=(("e1", "ORG", "Keller Bakeries GmbH"),))
    assert first.speaker == "e1" and second.speaker == "e1"
    assert second.speaker_text == "The company"


def test_the_court_refers_to_the_court_named_before() -> None:
    text = "The case opened at Southwark Crown Court on Monday. The court said the trial would last a week."
    (c,) = run(text, ents=(("e1", "ORG", "Southwark Crown Court"),))
    assert c.speaker == "e1" and c.speaker_text == "The court"


# ---- backshifted continuation ------------------------------------------------------------------
def test_would_sentence_continues_past_reported_speech() -> None:
    said, more = run("Officials said the plan was ready. It would be presented on Monday.")
    assert more.form == "free_indirect" and more.speaker_text == "Officials"
    assert more.content.text == "It would be presented on Monday."
    assert more.stance == "future" and [e.text for e in more.evidence] == ["would"]


def test_would_sentence_without_reported_speech_before_is_no_claim() -> None:
    assert run("The plan was ready. It would be presented on Monday.") == ()
    found = run('Officials said the plan was ready, adding: "We are done." It would be sent.')
    assert all(c.form != "free_indirect" for c in found)


# ---- golden wire article -----------------------------------------------------------------------
WIRE = (
    "SEOUL, Nov 4 (Reuters) - North Korea fired a missile into the sea on Tuesday, South "
    "Korea's military said. Kremlin spokesman Dmitry Peskov said in a statement on Wednesday "
    "that Moscow was not involved. The Kremlin has denied sending troops. On Thursday, "
    "Peskov told reporters that the talks had failed. Senator Ann Reid told CNN that "
    "General Park had said the launch was a test. 'We are watching closely,' she said.\n"
    "(Reporting by Min Lee; Editing by Tom Hogue)"
)

WIRE_EXPECTED = [
    # id, form, stance, speaker, speaker_text, cue, said, via, content
    ("c1", "indirect", "reported", None, "South Korea's military", "said", None, None,
     "North Korea fired a missile into the sea on Tuesday"),
    ("c2", "indirect", "reported", "e1", "Kremlin spokesman Dmitry Peskov", "said", "t3", None,
     "that Moscow was not involved"),
    ("c3", "reported", "denied", None, "The Kremlin", "denied", None, None,
     "The Kremlin has denied sending troops."),
    ("c4", "indirect", "reported", "e1", "Peskov", "told", "t4", None,
     "that the talks had failed"),
    ("c5", "indirect", "reported", "e2", "Senator Ann Reid", "told", None, None,
     "that General Park had said the launch was a test"),
    ("c6", "indirect", "reported", "e3", "General Park", "said", None, "c5",
     "the launch was a test"),
    # `she`: Reid, not General Park, named inside Reid's words
    ("c7", "direct", "reported", "e2", "Senator Ann Reid", "said", None, None,
     "'We are watching closely,'"),
]  # fmt: skip


def test_golden_wire_article() -> None:
    """Dateline and credits give no claim or speaker; a pronoun skips a speaker named inside
    another's words; the said-time is the frame's, never the
    dateline's date or a time inside the content; a via chain through `told CNN that`."""
    ents = (
        ("e1", "PERSON", "Dmitry Peskov"),
        ("e2", "PERSON", "Ann Reid"),
        ("e3", "PERSON", "Park"),
        ("e4", "ORG", "Reuters"),
    )
    found = run(WIRE, ents=ents, times=("Nov 4", "Tuesday", "Wednesday", "Thursday"))
    got = [
        (c.id, c.form, c.stance, c.speaker, c.speaker_text, c.cue.text if c.cue else None,
         c.said, c.via, c.content.text)
        for c in found
    ]  # fmt: skip
    assert got == WIRE_EXPECTED
    for c in found:
        assert WIRE[c.content.start : c.content.end] == c.content.text


def test_said_of_is_a_trailing_frame() -> None:
    (c,) = run('"It is over," Smith said of the deal.')
    assert c.form == "direct" and c.speaker_text == "Smith" and c.content.text == '"It is over,"'


def test_citing_a_compound_noun_is_no_frame() -> None:
    c, cited = run(
        "The president told lawmakers that Russia had lost 1,000 soldiers, citing intelligence reports."
    )
    assert cited.speaker_text == "intelligence reports" and cited.via == c.id
    assert (
        c.speaker_text == "The president"
        and c.content.text == "that Russia had lost 1,000 soldiers"
    )


def test_pronoun_subject_after_and_stays_in_the_content() -> None:
    (c,) = run("The coach said the team was tired, and he wanted a break.")
    assert c.content.text == "the team was tired, and he wanted a break"


def test_month_in_a_dateline_is_no_antecedent() -> None:
    text = (
        "WASHINGTON, Jan 9 (Reuters) - Prices rose, the ministry said. He said more would follow."
    )
    found = run(text, ents=(("e1", "PERSON", "Jan"),))  # a tagger's mistake
    assert found[-1].speaker is None and found[-1].speaker_text == "He"


def test_speaker_never_runs_over_its_cue() -> None:
    text = "Prime Minister Keir Starmer said Britain would spend more."
    (c,) = run(text, ents=(("e1", "PERSON", "Starmer said Britain"),))  # a bad name mention
    assert (
        c.speaker_text == "Prime Minister Keir Starmer"
        and c.content.text == "Britain would spend more"
    )


def test_a_verb_form_after_an_auxiliary_is_no_frame() -> None:
    (c,) = run("Lopez said the city had broken similar promises before.")
    assert (
        c.speaker_text == "Lopez"
        and c.content.text == "the city had broken similar promises before"
    )


def test_according_to_source_keeps_its_participle_attribute() -> None:
    # the dataset's speaker is the full noun phrase (`a study published on Thursday in X`)
    c, act = run("The union welcomed the plan, according to a statement released Wednesday.")
    assert c.speaker_text == "a statement released Wednesday"
    assert c.content.text == "The union welcomed the plan"
    assert act.form == "reported" and act.speaker_text == "The union" and act.via == c.id


def test_straight_double_quotes_go_on_over_paragraphs() -> None:
    text = (
        '"The plan is sound," the spokesperson said. "We will review it.\n\n'
        '"But we need details," the spokesperson added.'
    )
    first, second = run(text)
    assert first.content.text == '"The plan is sound,"'
    assert second.content.text == '"We will review it.\n\n"But we need details,"'
    assert second.speaker_text == "the spokesperson" and second.form == "direct"


def test_a_number_before_a_full_stop_ends_the_sentence() -> None:
    text = "The toll rose to 12. Officials said the search went on. She left in 2019. The firm said it was fine."
    assert rows(run(text)) == [("Officials", "the search went on"), ("The firm", "it was fine")]


def test_more_speech_verbs_frame_clauses_only() -> None:
    text = (
        "Trump posted on Truth Social that the vote was rigged. The minister revealed that the "
        "budget had been cut. She conceded that mistakes were made."
    )
    assert [c.cue.text if c.cue else None for c in run(text)] == ["posted", "revealed", "conceded"]
    quiet = (
        "The city will maintain the roads. He posted a video of the crash. She declared bankruptcy."
    )
    assert run(quiet) == ()


def test_the_minister_refers_to_the_person_given_that_role_in_an_apposition() -> None:
    text = (
        "Anna Berg, the foreign minister, arrived on Monday. The minister said progress was slow."
    )
    (c,) = run(text, ents=(("e1", "PERSON", "Anna Berg"),))
    assert c.speaker == "e1" and c.speaker_text == "The minister"
    other = (
        "Anna Berg arrived where a minister of a rival party spoke. The minister said it was slow."
    )
    (d,) = run(other, ents=(("e1", "PERSON", "Anna Berg"),))
    assert d.speaker is None
