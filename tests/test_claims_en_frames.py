"""English attribution frames (newsgraph/claims/english_frames.py, english_discourse.py).

The claims stage runs alone on English sentences written for these tests; entity and time
links use hand-made mentions and time expressions, so no model is needed.
"""

from __future__ import annotations

from newsgraph.claims.stage import ClaimsStage
from newsgraph.doc import Doc, Mention
from newsgraph.record import Article, Claim, Entity, Span


def claims(text: str, **fields: object) -> tuple[Claim, ...]:
    doc = Doc(article=Article(id="t", text=text, language="en", **fields))  # type: ignore[arg-type]
    ClaimsStage()(doc)
    return doc.article.claims


def one(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [(c.speaker_text, c.content.text) for c in found]
    return found[0]


def cue(c: Claim) -> str | None:
    return c.cue.text if c.cue else None


# ---- trailing frames and chains ---------------------------------------------------------------
def test_trailing_frame_after_hearsay_with_citing() -> None:
    text = "Pyongyang reportedly plans to send more troops, Yonhap reported on Tuesday, citing officials."
    c, cited = claims(text)
    assert c.speaker_text == "Yonhap" and cue(c) == "reported"
    assert c.content.text == "Pyongyang reportedly plans to send more troops"
    assert c.stance == "alleged" and [e.text for e in c.evidence] == ["reportedly"]
    # the officials' claim of the same words reaches us through Yonhap
    assert cited.speaker_text == "officials" and cue(cited) == "citing" and cited.via == c.id
    assert cited.content == c.content


def test_trailing_frame_over_a_framed_clause_is_a_chain() -> None:
    outer, inner = claims("The Kremlin said it would not comment, Interfax reported.")
    assert outer.speaker_text == "Interfax"
    assert outer.content.text == "The Kremlin said it would not comment"
    assert inner.speaker_text == "The Kremlin" and inner.content.text == "it would not comment"
    assert inner.via == outer.id and outer.via is None


def test_conditional_clause_is_no_frame_and_makes_the_claim_hypothetical() -> None:
    c = one("If the reports are confirmed, NATO will respond, Secretary General Mark Rutte said.")
    assert c.speaker_text == "Secretary General Mark Rutte" and cue(c) == "said"
    assert c.content.text == "If the reports are confirmed, NATO will respond"
    assert c.stance == "hypothetical"


def test_inverted_trailing_frame_and_curly_quotes() -> None:
    c = one("“We will not give up,” said Anna Berg.")
    assert c.form == "direct" and c.speaker_text == "Anna Berg"
    assert c.content.text == "“We will not give up,”"


def test_subordinate_clause_after_the_frame_is_no_second_part() -> None:
    c = one('"We are ready," the general said, when he arrived.')
    assert c.form == "direct" and c.content.text == '"We are ready,"'


# ---- leading frames ---------------------------------------------------------------------------
def test_perfect_tense_denial() -> None:
    c = one("Moscow has denied that any North Korean troops are in the country.")
    assert c.speaker_text == "Moscow" and cue(c) == "denied" and c.stance == "denied"
    assert c.content.text == "that any North Korean troops are in the country"


def test_addressee_of_told_is_no_content() -> None:
    c = one("Defence Minister Paul Smith told parliament the North had sent 3,000 soldiers.")
    assert c.speaker_text == "Defence Minister Paul Smith"
    assert c.content.text == "the North had sent 3,000 soldiers"
    c = one("Kim told a news conference in Seoul the army was ready.")
    assert c.content.text == "the army was ready"


def test_adjuncts_between_verb_and_complement() -> None:
    c = one("The ministry said in a statement on Monday that the border would remain closed.")
    assert c.content.text == "that the border would remain closed"
    assert c.speaker_text == "The ministry"


def test_leading_adverbials_are_no_part_of_the_speaker() -> None:
    for text in (
        "In a statement, the ministry said the border would remain closed.",
        "Speaking to reporters in Seoul, the ministry said the border would remain closed.",
        "On Monday the ministry said the border would remain closed.",
    ):
        assert one(text).speaker_text == "the ministry", text


def test_apposition_and_relative_clause_after_the_subject() -> None:
    c = one("Yonhap, citing military officials, reported that the launch failed.")
    assert c.speaker_text == "Yonhap" and c.content.text == "that the launch failed"
    c = one("The minister, who visited Kyiv last week, said the aid would continue.")
    # the relative clause belongs to the speaker's noun phrase (evaluation set convention)
    assert c.speaker_text == "The minister, who visited Kyiv last week"
    assert c.content.text == "the aid would continue"


def test_generic_and_possessive_sources() -> None:
    assert one("Officials said the fire was under control.").speaker_text == "Officials"
    assert one("Sources said the deal was close.").speaker_text == "Sources"
    c = one("The Kremlin's spokesperson said the talks were useful.")
    assert c.speaker_text == "The Kremlin's spokesperson"


def test_colon_and_mixed_quotes() -> None:
    c = one('The minister said: "We will not negotiate."')
    assert c.form == "direct" and c.content.text == '"We will not negotiate."'
    found = claims('The minister said the talks were "constructive".')
    assert found[0].form == "mixed" and found[0].content.text == 'the talks were "constructive"'


def test_adding_that_is_a_second_claim_of_the_same_speaker() -> None:
    first, second = claims("The minister said the talks went well, adding that a deal was close.")
    assert first.content.text == "the talks went well"
    assert second.speaker_text == "The minister" and cue(second) == "adding"
    assert second.content.text == "that a deal was close"


def test_quoted_as_saying() -> None:
    c = one("The official was quoted as saying the launch had failed.")
    assert c.speaker_text == "The official" and c.content.text == "the launch had failed"
    # `Y quoted X as saying C` is a chain: Y's claim holds X's
    outer, inner = claims("Yonhap quoted a military official as saying the launch had failed.")
    assert outer.speaker_text == "Yonhap" and cue(outer) == "quoted"
    assert inner.speaker_text == "a military official" and inner.via == outer.id


def test_according_to_before_and_after() -> None:
    c = one("The army is ready, according to the defence ministry.")
    assert c.speaker_text == "the defence ministry" and c.content.text == "The army is ready"
    c = one("According to the defence ministry, the army is ready.")
    assert c.speaker_text == "the defence ministry" and c.content.text == "the army is ready"


# ---- stance -----------------------------------------------------------------------------------
def test_claim_and_accusation_are_alleged() -> None:
    assert one("The opposition claimed the election was rigged.").stance == "alleged"
    denial, accusation = claims(
        "Russia has denied involvement, while Ukraine has accused Moscow of planning the attack."
    )
    assert denial.stance == "denied" and denial.content.text == "Russia has denied involvement"
    assert accusation.stance == "alleged" and accusation.speaker_text == "Ukraine"


def test_rejection_without_clause_is_reported_speech() -> None:
    c = one("The company rejected the accusations.")
    assert c.form == "reported" and c.stance == "denied"
    assert c.content.text == "The company rejected the accusations."


def test_passive_denial_takes_the_agent() -> None:
    c = one("The claims were denied by the ministry.")
    assert c.speaker_text == "the ministry" and c.stance == "denied"


def test_future_announcement() -> None:
    assert one("The president said he will veto the bill.").stance == "future"


def test_said_to_is_hearsay_without_speaker() -> None:
    c = one("The suspect is said to have fled abroad.")
    assert c.speaker is None and c.speaker_text is None and c.stance == "alleged"


def test_no_claim_from_nouns_negation_or_infinitives() -> None:
    assert not claims("The reports of new fighting could not be verified.")
    assert not claims("The ministry did not confirm the report.")
    assert not claims("North Korea plans to send more troops.")


# ---- across sentences -------------------------------------------------------------------------
def test_quote_continued_after_a_mid_quote_frame() -> None:
    first, second = claims('"We are ready," he said. "The enemy is weak."')
    assert second.form == "direct" and second.speaker_text == "he"
    assert second.content.text == '"The enemy is weak."'
    assert first.cue == second.cue


def test_she_refers_to_a_person_not_to_an_institution() -> None:
    text = (
        "Foreign Minister Anna Berg told reporters the situation was tense. "
        "The government denied the report. She said the talks had been constructive."
    )
    last = claims(text)[-1]
    assert last.content.text == "the talks had been constructive"
    assert last.speaker_text == "Foreign Minister Anna Berg"


def test_surname_refers_to_the_full_name_named_before() -> None:
    text = 'Mark Rutte arrived in Brussels. "It is a dangerous escalation," Rutte told reporters.'
    ent = Entity("e1", "PERSON", "Mark Rutte", mentions=(Span(0, 10, "Mark Rutte"),))
    doc = Doc(article=Article(id="t", text=text, language="en", entities=(ent,)))
    doc.mentions = [Mention(0, 10, "Mark Rutte", "PERSON", entity="e1")]
    ClaimsStage()(doc)
    (c,) = doc.article.claims
    assert c.speaker == "e1" and c.speaker_text == "Rutte"


def test_role_description_refers_to_the_titled_person() -> None:
    text = "Mayor Lena Hart opened the bridge. The mayor said the traffic would ease."
    ent = Entity("e1", "PERSON", "Lena Hart", mentions=(Span(6, 15, "Lena Hart"),))
    doc = Doc(article=Article(id="t", text=text, language="en", entities=(ent,)))
    doc.mentions = [Mention(6, 15, "Lena Hart", "PERSON", entity="e1")]
    ClaimsStage()(doc)
    (c,) = doc.article.claims
    assert c.speaker == "e1" and c.speaker_text == "The mayor"


def test_apposition_or_participle_after_an_inverted_frame() -> None:
    c = one('"The bridge is safe," said Tom Reed, a spokesman for the ministry.')
    assert c.form == "direct" and c.speaker_text == "Tom Reed"
    c = one('"This is a tragedy," Reed said, visibly moved.')
    assert c.form == "direct" and c.content.text == '"This is a tragedy,"'


def test_relative_clause_frame_ends_at_its_comma() -> None:
    c = one("The minister, who said last week that the bridge was safe, resigned on Friday.")
    assert c.speaker_text == "The minister" and c.content.text == "that the bridge was safe"


def test_second_verb_shares_the_subject() -> None:
    first, second = claims("Reed said the bridge was safe but added that more checks were needed.")
    assert first.content.text == "the bridge was safe"
    assert second.speaker_text == "Reed" and cue(second) == "added"


def test_cue_noun_as_subject_and_object_without_clause() -> None:
    assert one("The report said the bridge was unsafe.").speaker_text == "The report"
    c = one("Reed acknowledged problems with the bridge.")
    assert c.form == "reported" and c.content.text == "Reed acknowledged problems with the bridge."


def test_addressee_with_adjective_and_questions() -> None:
    c = one("Witnesses told local media that they heard a loud bang.")
    assert c.content.text == "that they heard a loud bang"
    assert not claims("Did the minister say the bridge was safe?")


def test_trailing_frame_before_a_coordinated_clause() -> None:
    first, second = claims(
        "Heavy rain forced 5,000 people from their homes, the agency said, and officials "
        "warned that rivers could burst."
    )
    assert first.speaker_text == "the agency"
    assert first.content.text == "Heavy rain forced 5,000 people from their homes"
    assert second.speaker_text == "officials" and second.via is None


def test_name_apposition_belongs_to_the_speaker_and_clause_apposition_not_to_content() -> None:
    c = one("The environment minister, Gilberto Pichetto, said storms were more frequent, a view "
            "rejected by some lawmakers.")  # fmt: skip
    assert c.speaker_text == "The environment minister, Gilberto Pichetto"
    assert c.content.text == "storms were more frequent"


def test_denial_in_a_clause_without_that_after_the_claim() -> None:
    accusation, denial = claims(
        "The League has accused the government of cutting funds, a claim the ministry denied."
    )
    assert accusation.content.text == "The League has accused the government of cutting funds"
    assert denial.speaker_text == "the ministry" and denial.stance == "denied"
    assert denial.content.text == accusation.content.text and accusation.via is None


def test_media_as_subject_of_reported() -> None:
    c = one("Local media reported that two people were missing.")
    assert c.speaker_text == "Local media" and c.content.text == "that two people were missing"
    c = one("Media reports said two people were missing.")
    assert c.speaker_text == "Media reports" and cue(c) == "said"


def test_institution_described_as_agency_is_no_news_agency() -> None:
    text = "SEOUL (Reuters) - Heavy rain fell overnight, the civil protection agency said."
    ent = Entity("e1", "ORG", "Reuters", mentions=(Span(7, 14, "Reuters"),))
    doc = Doc(article=Article(id="t", text=text, language="en", entities=(ent,)))
    doc.mentions = [Mention(7, 14, "Reuters", "ORG", entity="e1")]
    ClaimsStage()(doc)
    (c,) = doc.article.claims
    assert c.speaker_text == "the civil protection agency" and c.speaker is None
    assert c.content.text == "Heavy rain fell overnight"


def test_paragraphs_of_a_quotation_left_open() -> None:
    # straight marks are read by their side (english_text.typographic_quotes): the quotation
    # left open at the paragraph end goes on in the next one, as with typographic marks
    text = '"We will rebuild the dock. It will take time.\n\n"But we will not give up," Hart said.'
    (c,) = claims(text)
    assert c.speaker_text == "Hart" and c.form == "direct"
    assert c.content.text == text[: text.index(" Hart")]


def test_distance_marker_of_another_clause_leaves_the_stance() -> None:
    text = "The minister told reporters the talks were tense, and the army allegedly denied it."
    first = claims(text)[0]
    assert first.content.text == "the talks were tense" and first.stance == "reported"
    c = one("Police alleged that the suspect fled abroad.")
    assert c.stance == "alleged" and [e.text for e in c.evidence] == ["alleged"]


def test_it_refers_to_an_organisation() -> None:
    text = "Mark Rutte visited the ministry. It said the bridge was safe."
    ents = (
        Entity("e1", "PERSON", "Mark Rutte", mentions=(Span(0, 10, "Mark Rutte"),)),
        Entity("e2", "ORG", "ministry", mentions=(Span(23, 31, "ministry"),)),
    )
    doc = Doc(article=Article(id="t", text=text, language="en", entities=ents))
    doc.mentions = [
        Mention(0, 10, "Mark Rutte", "PERSON", entity="e1"),
        Mention(23, 31, "ministry", "ORG", entity="e2"),
    ]
    ClaimsStage()(doc)
    (c,) = doc.article.claims
    assert c.speaker == "e2" and c.content.text == "the bridge was safe"


def test_second_predicate_act_is_its_own_reported_claim() -> None:
    said, called = claims('The minister said he was "deeply concerned" and called for calm.')
    assert said.form == "mixed" and said.content.text == 'he was "deeply concerned"'
    assert called.form == "reported" and called.content.text == "called for calm"
    assert called.speaker_text == "The minister"


def test_official_as_subject_and_open_dateline_with_em_dash() -> None:
    c = one(
        "KYIV, June 3 (AP) — Drones struck an oil depot overnight, a security official said on "
        "Tuesday, speaking on condition of anonymity."
    )
    assert c.speaker_text == "a security official"
    assert c.content.text == "Drones struck an oil depot overnight"


def test_second_predicate_after_comma_ends_the_content() -> None:
    c = one("The ministry said it had shot down 12 drones, but did not mention the depot.")
    assert c.content.text == "it had shot down 12 drones"


def test_he_refers_to_a_titled_name_without_entities() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow was angry. "
        "The ministry rejected the report. He said Russia would respond."
    )
    assert claims(text)[-1].speaker_text == "Kremlin spokesman Dmitry Peskov"


def test_adding_colon_quote_and_adjunct_without() -> None:
    first, second = claims('"We will not negotiate," he said, adding: "The answer is no."')
    assert second.form == "direct" and second.content.text == '"The answer is no."'
    c = one("Trump claimed without evidence that the election was stolen.")
    assert c.content.text == "that the election was stolen" and c.stance == "alleged"


def test_noun_before_a_verb_and_infinitive_complements() -> None:
    c = one("A UN report alleges that both sides committed war crimes.")
    assert c.speaker_text == "A UN report" and cue(c) == "alleges"
    c = one('"It is a disaster," one resident, who asked not to be named, told AFP.')
    assert c.speaker_text == "one resident, who asked not to be named" and c.form == "direct"


def test_backshifted_would_and_intentions_announce() -> None:
    c = one("The president said he would veto the bill.")
    assert c.stance == "future" and [e.text for e in c.evidence] == ["would"]
    c = one("The army said it plans to withdraw.")
    assert c.stance == "future" and [e.text for e in c.evidence] == ["plans"]
    c = one("The president said he would veto the bill if it passed.")
    assert c.stance == "hypothetical"
    assert one("The minister said the bridge was safe.").stance == "reported"


def test_according_to_a_longer_source_and_a_relative_clause() -> None:
    c = one("According to a statement from the ministry, the border will reopen.")
    assert c.speaker_text == "a statement from the ministry"
    assert c.content.text == "the border will reopen"
    c = one("According to Reuters, which cited two sources, the deal is close.")
    assert c.speaker_text == "Reuters" and c.content.text == "the deal is close"
