"""A medium's report continued in reported speech (session 11): the sources it names go on
being relayed by it.

German news tells what a newspaper, agency or broadcaster reported in one sentence with a frame
(`Die Zeitung X berichtete, dass …`) and carries on in the Konjunktiv without repeating the
frame.  A source the medium names in such a continuation spoke to the medium, not to the
article:

- `Die Zeitung X berichtete, dass die Gespräche gescheitert seien. Eine neue Runde werde nach
  Angaben eines Vermittlers bald stattfinden.` → the mediator's claim via the newspaper's
  (:func:`continued_source_relays`);
- `Die Agentur X meldete, die Regierung habe den Notstand ausgerufen. Der Innenminister habe
  gesagt, die Lage sei ernst.` → the earlier rules read the second sentence as the agency's
  free indirect speech; the minister's speech act in it is a record-only claim of its own
  (the german_news_quotes layer has no place for it: it annotates the agency's) with the
  complement clause as content and ``via`` = the agency's claim
  (:func:`continued_speech_acts`).  Any speaker relays a speech act in this way, not only a
  medium (session 16): `Die Staatsanwaltschaft gibt an, … . Dieser behaupte, …` is the
  driver's claim via the prosecutors'; a Konjunktiv I verb of saying (`behaupte`, `erkläre`)
  is a cue like the participle after `habe`, and a speech act of the speaker itself
  (`Der Minister habe zudem gesagt, …` in the minister's speech) is none.

A third relay needs no continuation: `…, wie Hoyzer von Spiegel-Online zitiert wird` (the
passive of `zitieren` in a `wie` clause, which :mod:`.quoted_media` does not split) gives the
person's claim ``via`` a record-only claim of the `von` agent (:func:`passive_citations`).

Only a medium relays a named source (its speaker phrase names a newspaper, agency, broadcaster or
website): after `Die Polizei teilte mit, …` a sentence `Nach Angaben eines Sprechers sei …`
names the police's own spokesman, and after `Der Bericht nennt …` a `Schätzungen zufolge`
cites what the report cites.  The continuation must be in the Konjunktiv (the mark of reported
speech), its source another one than the medium, and its cue in no other claim's content
(those chains are :func:`newsgraph.claims.stage._via`'s).
"""

from __future__ import annotations

from .citation_relays import relay_claim
from .frames import FREE_KINDS, Attr, Sentence, Span2
from .free_sources import hearsay_speech_act
from .konjunktiv_forms import konjunktiv1_at
from .speaker_records import distributing_agent
from .speaker_spans import sentence_of

#: head nouns of a news medium (also the last part of a compound: `Tageszeitung`,
#: `Nachrichtenagentur`, `Fernsehsender`, `Nachrichtenportal`)
_MEDIA = (
    "zeitung",
    "zeitschrift",
    "magazin",
    "nachrichtenagentur",
    "presseagentur",
    "sender",
    "rundfunk",
    "fernsehen",
    "blatt",
    "portal",
    "website",
    "webseite",
    "onlineausgabe",
    "internetausgabe",
    "ausgabe",
    "nachrichtendienst",
)
#: determiners and words that make a source phrase point back to the medium's own report
_ANAPHORIC = frozenset(["dieser", "diesen", "diesem", "dies", "dessen", "deren", "ihren", "ihrer"])
#: demonstratives pointing back to a text named before (`laut dieser Studie`)
_DEMONSTRATIVE = frozenset(["dieser", "diesem", "diesen", "dieses"])
_NOUNS = ("NN", "NE")
#: endings of media names without a common noun (`Spiegel-Online`, `n-tv.de`, `Sky News`)
_MEDIA_NAMES = ("online", "news", ".de", ".com")
#: a bare `Agentur` in news is the news agency; a compound is mostly not (`Bundesagentur für
#: Arbeit`, `Ratingagentur`, `Weltraumagentur`)
_AGENCY = frozenset(["agentur", "agenturen"])


def medium_word(word: str) -> bool:
    """``word`` (lower case) is the noun or name of a news medium."""
    return word.endswith(_MEDIA + _MEDIA_NAMES) or word in _AGENCY


#: participles of passing a text on (`die von der Zeitung verbreitet wurde`)
_DISTRIBUTED = frozenset(["verbreitet", "veröffentlicht", "übernommen", "zitiert", "gemeldet"])
_WERDEN = frozenset(["wird", "wurde", "werden", "wurden", "worden"])
#: Konjunktiv II forms of the auxiliaries and modals (hypothetical as often as reported)
_KONJUNKTIV_II = frozenset(
    [
        "hätte",
        "hätten",
        "wäre",
        "wären",
        "würde",
        "würden",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "dürfte",
        "dürften",
        "sollte",
        "sollten",
        "möchte",
        "möchten",
    ]
)


def continued_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """Both rules of this module: claims (by ``id``) relayed by the medium whose report they
    continue; record-only claims of speech acts in its free indirect speech join ``attrs``."""
    out = continued_source_relays(attrs, sents)
    out.update(continued_speech_acts(attrs, sents))
    out.update(passive_citations(attrs, sents))
    out.update(distributed_sources(attrs, sents))
    out.update(hearsay_relays(attrs, sents))
    return out


def hearsay_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`Die Zeitung berichtete, … . Kanzler X soll von einem „…“ gesprochen haben.`: a quoted
    speech act told as hearsay right after a medium's report is part of that report; the
    speaker's claim (by ``id``) is mapped to the medium's (session 17)."""
    out: dict[int, Attr] = {}
    for b in attrs:
        if b.parent is not None or b.record_only or not b.cue or b.unit < 1:
            continue
        sent = sents[b.unit]
        if sent.lex.language != "de" or b.speaker is None or not hearsay_speech_act(sent):
            continue
        medium = _medium_before(b.unit, attrs, sents)
        if medium is not None and not _same_source(b, medium, sents):
            out[id(b)] = medium
    return out


def distributed_sources(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`Dies geht aus einer Meldung der dpa, die von der Basler Zeitung verbreitet wurde,
    hervor` (also `einer von der Agentur X verbreiteten Erklärung des Y` as the speaker or a
    leading `In einer von X verbreiteten Erklärung gab Y an`): the source text reached the
    article through the medium that distributed it; a
    record-only claim of the `von` agent of the relative clause on the speaker phrase (same
    content and cue) is appended to ``attrs`` and the claim mapped (by ``id``) to it."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.parent is not None or a.record_only or not a.cue or a.speaker is None:
            continue
        sent = sents[a.unit] if a.unit >= 0 else None
        if sent is None or sent.lex.language != "de" or id(a) in out:
            continue
        end = sent.index_ending_at(a.speaker[1])
        agent = _distributor(sent, end + 1) if end is not None else None
        if agent is None:
            agent = _attributive_distributor(sent, a.speaker)
        if agent is None:
            agent = _leading_distributor(sent, a)
        if agent is None or a.covers(sent.toks[agent[0]].start):
            continue
        relay = relay_claim(a, list(a.cue), sent.span(*agent))
        added.append(relay)
        out[id(a)] = relay
    attrs.extend(added)
    return out


def _attributive_distributor(sent: Sentence, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """Tokens of the medium in `einer von der Agentur KCNA verbreiteten Erklärung des X` (the
    speaker phrase names a text that a medium passed on, by an attributive participle)."""
    ks = sent.indices_in(*speaker)
    if not ks:
        return None
    found = distributing_agent(" ".join(sent.toks[k].text for k in ks))
    if found is None:
        return None
    inside, pos = [], 0  # tokens whose places in the words joined by spaces lie in the agent
    for k in ks:
        if found[0] <= pos and pos + len(sent.toks[k].text) <= found[1]:
            inside.append(k)
        pos += len(sent.toks[k].text) + 1
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    if not any(medium_word(sent.lower[j]) for j in range(first, last + 1)):
        return None  # `einer von der Universität veröffentlichten Studie`: its issuer
    return first, last + 1


def _leading_distributor(sent: Sentence, a: Attr) -> tuple[int, int] | None:
    """Tokens of the medium in a leading `in` phrase of the frame that names a text a medium
    passed on (`In einer von der Agentur Xinhua verbreiteten Erklärung gab X an, …`, `In einem
    vom Sender X ausgestrahlten Video erklärte Y, …`): the phrase before the finite verb, the
    speaker and the content."""
    if not sent.toks or sent.lower[0] not in ("in", "im") or a.speaker is None:
        return None
    stop = next(
        (
            k
            for k, t in enumerate(sent.toks)
            if sent.is_finite(k) or a.covers(t.start) or t.start >= a.speaker[0]
        ),
        len(sent.toks),
    )
    if stop < 4:
        return None
    return _attributive_distributor(sent, (sent.toks[0].start, sent.toks[stop - 1].end))


def _distributor(sent: Sentence, k: int) -> tuple[int, int] | None:
    """The `von` agent of `, die von X verbreitet wurde` starting with the comma at ``k``."""
    toks = sent.toks
    if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].tag != "PRELS":
        return None
    if sent.lower[k + 2] not in ("von", "vom"):
        return None
    stop = sent.clause_end(k + 2)
    part = next((j for j in range(k + 3, stop) if sent.lower[j] in _DISTRIBUTED), None)
    if (
        part is None
        or part == k + 3
        or not any(sent.lower[j] in _WERDEN for j in range(part, stop))
    ):
        return None
    if not any(toks[j].tag in _NOUNS and medium_word(sent.lower[j]) for j in range(k + 3, part)):
        return None  # `eine Studie, die von der Universität veröffentlicht wurde`: its issuer
    return k + 3, part


def passive_citations(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`…, wie Hoyzer von Spiegel-Online zitiert wird`: the person quoted speaks through the
    `von` agent of the passive `zitiert`; a record-only claim of the agent (same content and
    cue) is appended to ``attrs`` and the person's claim mapped (by ``id``) to it.  Frames
    that :mod:`.quoted_media` already split into a twin pair are left alone."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.parent is not None or a.record_only or not a.cue or a.speaker is None:
            continue
        sent = sents[a.unit] if a.unit >= 0 else None
        if sent is None or sent.lex.language != "de":
            continue
        cue = next((k for k in sent.indices_of(a.cue) if sent.lower[k] == "zitiert"), None)
        if cue is None or not _passive(sent, cue):
            continue
        if any(b is not a and b.parts == a.parts and b.cue == a.cue for b in attrs):
            continue  # `X wird von Y zitiert`: the twin pair of quoted_media
        agent = _agent(sent, a.speaker, cue)
        if agent is None:
            continue
        relay = relay_claim(a, list(a.cue), sent.span(*agent))
        added.append(relay)
        out[id(a)] = relay
    attrs.extend(added)
    return out


def _passive(sent: Sentence, k: int) -> bool:
    """`zitiert` at ``k`` is a passive participle: a form of `werden` right after it (`wie X
    von Y zitiert wird`) or before it in its clause (`X wurde von Y zitiert`)."""
    if k + 1 < len(sent.toks) and sent.lower[k + 1] in _WERDEN:
        return True
    start = sent.clause_start(k)
    return any(sent.lower[j] in _WERDEN for j in range(start, k))


def _agent(sent: Sentence, speaker: tuple[int, int], cue: int) -> tuple[int, int] | None:
    """Tokens of the last `von` phrase between the speaker's first word and the cue (inside
    the speaker phrase or after it): `Hoyzer von Spiegel-Online`, `X von der Zeitung Bild`;
    it must hold a common noun or a medium's name, not a name particle (`wie Ursula von der
    Leyen zitiert wird`, `Richard von Weizsäcker`).  An `in`/`im` phrase naming a medium is
    the place that quotes (`wie X in der Zeitung Bild zitiert wird`; not `in seiner Rede`)."""
    first = sent.index_at(speaker[0])
    if first is None:
        return None
    for von in range(cue - 1, first, -1):
        if sent.lower[von] not in ("von", "vom", "in", "im"):
            continue
        end = next((j for j in range(von + 1, cue) if sent.lower[j] in ("mit", "als", "wie")), cue)
        words = range(von + 1, end)
        medium = any(medium_word(sent.lower[j]) for j in words)
        if medium or (
            sent.lower[von] in ("von", "vom")
            and sent.toks[von].start >= speaker[1]  # `Anna Berger vom Bund der Steuerzahler`
            and any(sent.toks[j].tag == "NN" for j in words)
        ):
            return von + 1, end
    return None


def continued_source_relays(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`Eine neue Runde werde nach Angaben eines Vermittlers bald stattfinden.` after a
    medium's report: the source phrase's claim (by ``id``) mapped to the medium's claim."""
    out: dict[int, Attr] = {}
    for b in attrs:
        if b.parent is not None or b.record_only or not b.cue or b.unit < 1:
            continue
        sent = sents[b.unit]
        if sent.lex.language != "de" or b.speaker is None or not _source_cue(b, sent):
            continue
        if _inside_other(b, attrs):
            continue
        medium = _medium_before(b.unit, attrs, sents)
        if medium is not None and _reported_text(b, medium, sent, sents):
            out[id(b)] = medium  # `Laut dieser Studie würden …`: a text the medium reported
            continue
        if not _konjunktiv(sent):
            continue
        if any(sent.lower[k] in _ANAPHORIC for k in sent.indices_in(*b.speaker)):
            continue  # `Nach diesen Erkenntnissen`: the medium's own findings
        if medium is not None and not _same_source(b, medium, sents):
            out[id(b)] = medium
    return out


def continued_speech_acts(attrs: list[Attr], sents: list[Sentence]) -> dict[int, Attr]:
    """`Der Innenminister habe gesagt, die Lage sei ernst.` read as someone's free indirect
    speech: a record-only claim of the Vorfeld subject (cue: the participle or the Konjunktiv
    verb of saying, content: the complement clause after the comma), appended to ``attrs`` and
    mapped (by ``id``) to the free indirect speech's claim."""
    out: dict[int, Attr] = {}
    added: list[Attr] = []
    for a in attrs:
        if a.kind not in FREE_KINDS or a.parent is not None or a.record_only or a.unit < 0:
            continue
        if a.speaker is None:
            continue
        sent = sents[a.unit]
        if sent.lex.language != "de" or not sent.toks or not a.covers(sent.toks[0].start):
            continue
        act = _speech_act(sent)
        if act is None:
            continue
        subject, cue, start, end, cls = act
        if any(b.unit == a.unit and b is not a and b.parent is None for b in attrs):
            continue  # the sentence has a claim of its own already
        if _same_words(subject, a.speaker, sents):
            continue  # `Der Minister habe gesagt, …` in the minister's own reported speech
        relay = Attr(
            kind="Indirect",
            parts=[sent.span(start, end)],
            cue=[sent.span(cue, cue + 1)],
            cls=cls,
            speaker=subject,
            unit=a.unit,
            record_only=True,
        )
        added.append(relay)
        out[id(relay)] = a
    attrs.extend(added)
    return out


def _speech_act(sent: Sentence) -> tuple[Span2, int, int, int, str] | None:
    """(subject span, cue verb, content start, content end, cue class) of `Der Minister habe
    gesagt, …`, `Dieser behaupte, …` or `Am Montag habe die Polizei erklärt, …`: the subject in
    the Vorfeld (a noun phrase, or a demonstrative pronoun, which names someone other than the
    topic) or, after an adverbial Vorfeld, right after the verb; a Konjunktiv I auxiliary with a
    participle of a verb of saying right before the comma, or a Konjunktiv I verb of saying with
    at most adverbs (and a subject after it) before the comma; then the complement clause."""
    toks = sent.toks
    finite = next((k for k in range(1, min(len(toks), 8)) if sent.is_finite(k)), None)
    if finite is None or not sent.is_subjunctive(finite) or not konjunktiv1_at(sent, finite):
        return None
    if sent.in_quote[0]:
        return None
    comma = next((k for k in range(finite + 1, len(toks)) if toks[k].text == ","), None)
    if comma is None or comma + 2 >= len(toks):
        return None
    between = finite + 1  # where the words between the verb and the comma begin
    if finite == 1 and toks[0].tag in ("PDS", "PDAT"):
        subject = sent.span(0, 1)  # `Dieser behaupte, …` (the tagger may read a determiner)
    elif toks[0].tag in ("ART", "NN", "NE", "PPOSAT", "PDAT") and any(
        toks[k].tag in _NOUNS for k in range(finite)
    ):
        subject = sent.span(0, finite)  # `Der Minister`, `Ein Sprecher`
    elif toks[0].tag in _ADVERBIAL_OPENERS and toks[finite + 1].tag in ("ART", "NE", "NN"):
        end = sent.np_end(finite + 1, comma)
        if end <= finite + 1 or not any(toks[k].tag in _NOUNS for k in range(finite + 1, end)):
            return None
        subject, between = sent.span(finite + 1, end), end  # `Am Montag habe die Polizei …`
    else:
        return None
    if sent.lower[finite] in sent.lex.aux:
        cue, kind = comma - 1, "participle"
        if toks[cue].tag != "VVPP" or cue < between:
            return None
    else:
        cue, kind = finite, "finite"
        if any(toks[k].tag not in ("ADV", "PROAV", "PTKNEG") for k in range(between, comma)):
            return None
    match = next(
        (m for m in sent.lex.verb_matches(sent.lower[cue]) if m.kind == kind and m.verb.complement),
        None,
    )
    end = sent.content_end()
    if match is None or end <= comma + 2:
        return None
    return subject, cue, comma + 1, end, match.verb.cls


#: tags opening an adverbial Vorfeld (`Am Montag`, `Zuvor`, `In einer Erklärung`)
_ADVERBIAL_OPENERS = frozenset({"APPR", "APPRART", "ADV"})


def _reported_text(b: Attr, medium: Attr, sent: Sentence, sents: list[Sentence]) -> bool:
    """The source phrase of ``b`` points back with a demonstrative (`laut dieser Studie`) to a
    noun the medium's report named in its content (`Wie die Agentur meldete, liege ihr eine
    Studie des Ministeriums vor`), and the sentence is in the subjunctive (Konjunktiv I, or II
    where it stands in for it: `würden`, `hätten`)."""
    assert b.speaker is not None
    ks = sent.indices_in(*b.speaker)
    if not ks or sent.lower[ks[0]] not in _DEMONSTRATIVE:
        return False
    nouns = [sent.toks[k].text for k in ks if sent.toks[k].tag == "NN"]
    if not nouns or not any(
        sent.is_finite(k) and sent.is_subjunctive(k)
        for k in range(len(sent.toks))
        if not sent.in_quote[k]
    ):
        return False
    named = {
        t.text
        for s in sents
        for t in s.toks
        if medium.start <= t.start < medium.end and t.tag == "NN"
    }
    return any(n in named for n in nouns)


def _source_cue(b: Attr, sent: Sentence) -> bool:
    """The cue is a source preposition before or after its noun (`nach Angaben`, `laut`,
    `zufolge`; not `demnach`)."""
    k = sent.index_at(b.cue[0][0])
    return k is not None and sent.lex.is_source_prep(sent.lower[k])


def _inside_other(b: Attr, attrs: list[Attr]) -> bool:
    anchor = b.cue[0][0]
    return any(o is not b and o.parent is None and o.covers(anchor) for o in attrs)


def _konjunktiv(sent: Sentence) -> bool:
    """A finite verb outside quotations is in the Konjunktiv I (`werde`, `sei`, `habe`), the
    mark of reported speech (the Konjunktiv II `hätte`, `würde`, `könnte` also tells what
    might be)."""
    return any(
        sent.is_finite(k) and sent.is_subjunctive(k) and sent.lower[k] not in _KONJUNKTIV_II
        for k in range(len(sent.toks))
        if not sent.in_quote[k]
    )


def _medium_before(unit: int, attrs: list[Attr], sents: list[Sentence]) -> Attr | None:
    """The claim of a medium whose report ends in the sentence before ``unit``: its frame
    stands there, or its free indirect speech runs through it."""
    for a in attrs:
        if a.parent is not None or a.record_only or a.speaker is None or not a.parts:
            continue
        reaches = a.unit == unit - 1 or (a.kind in FREE_KINDS and a.unit <= unit - 1 <= a.tail)
        if reaches and a.unit < unit and a.kind != "Reported" and _names_medium(sents, a):
            return a
    return None


def _names_medium(sents: list[Sentence], a: Attr) -> bool:
    """The speaker phrase of ``a`` holds a noun of a news medium (`Die Zeitung „X“`,
    `die Nachrichtenagentur Reuters`, `der Fernsehsender`)."""
    assert a.speaker is not None
    sent = sentence_of(sents, a.speaker[0])
    if sent is None:
        return False
    return any(
        sent.toks[k].tag in _NOUNS and (sent.lower[k].endswith(_MEDIA) or sent.lower[k] in _AGENCY)
        for k in sent.indices_in(*a.speaker)
    )


def _same_source(b: Attr, medium: Attr, sents: list[Sentence]) -> bool:
    """The two speaker phrases share a noun or name (`laut el-Baradei` after `el-Baradei
    sagte`)."""
    assert b.speaker is not None and medium.speaker is not None
    return _same_words(b.speaker, medium.speaker, sents)


def _same_words(one: tuple[int, int], other: tuple[int, int], sents: list[Sentence]) -> bool:
    """The two phrases share a noun or name."""

    def words(span: tuple[int, int]) -> set[str]:
        sent = sentence_of(sents, span[0])
        if sent is None:
            return set()
        return {sent.toks[k].text for k in sent.indices_in(*span) if sent.toks[k].tag in _NOUNS}

    return bool(words(one) & words(other))
