"""Hand-tagged Docs for the claims tests: invented German sentences written as
``word/TAG[/Feat=Val|...][/=lemma]``, so the rules see the STTS tags, morphology and lemmas of
the nlp stage without loading its model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsgraph.claims.direct_quotes import drop_quoted_names
from newsgraph.claims.frames import Attr
from newsgraph.claims.frames import Sentence as ClaimSentence
from newsgraph.claims.lexicon import load_lexicon
from newsgraph.claims.stage import LAYER, ClaimsStage
from newsgraph.claims.text import fallback_tokens, find_quotes, split_units
from newsgraph.doc import Doc, Mention, Sentence, Token
from newsgraph.nlp.tagsets import STTS_TO_UPOS
from newsgraph.record import Article, Claim

#: with ``glue_punctuation``: no space before these words, nor after an opening `„`
_GLUED = frozenset(".,:;?!“")

#: UPOS of the STTS tags the tests write, as the nlp stage maps them; other tags (`$.`, `PIS`,
#: `PPOSAT` …) get none, which some rules' tests rely on
UPOS: Mapping[str, str] = {
    tag: STTS_TO_UPOS[tag]
    for tag in [
        "ADJA",
        "ADJD",
        "ADV",
        "APPR",
        "APPRART",
        "ART",
        "KON",
        "KOUI",
        "KOUS",
        "NE",
        "NN",
        "PDS",
        "PPER",
        "PRELS",
        "PRF",
        "PROAV",
        "PTKVZ",
        "PTKZU",
        "PWAV",
        "VAFIN",
        "VAINF",
        "VAPP",
        "VMFIN",
        "VVFIN",
        "VVINF",
        "VVIZU",
        "VVPP",
    ]
}


def hand_tagged(
    paragraphs: Sequence[Sequence[str]],
    pos: Mapping[str, str] = UPOS,
    *,
    glue_punctuation: bool = False,
    persons: Sequence[str] = (),
) -> Doc:
    """A Doc after the claims stage.  ``paragraphs``: lists of sentences (paragraphs are
    joined by a line break, sentences by a space); the words of a sentence are separated by a
    space, or written as in print with ``glue_punctuation``; ``persons``: PERSON mentions."""
    text = ""
    tokens: list[Token] = []
    spans: list[tuple[int, int]] = []
    for p, sentences in enumerate(paragraphs):
        if p:
            text += "\n"
        for s, sent in enumerate(sentences):
            if s:
                text += " "
            first = len(tokens)
            for item in sent.split(" "):
                word, tag, *rest = item.split("/")
                lemma = next((r[1:] for r in rest if r.startswith("=")), "")
                morph = "".join(r for r in rest if not r.startswith("="))
                if len(tokens) > first and not (
                    glue_punctuation and (word in _GLUED or tokens[-1].text == "„")
                ):
                    text += " "
                start = len(text)
                text += word
                tokens.append(Token(start, len(text), word, pos.get(tag, ""), tag, lemma, morph))
            spans.append((first, len(tokens)))
    doc = Doc(article=Article(id="t", text=text))
    doc.set_tokens(tokens)
    doc.sentences = [Sentence(tokens[a].start, tokens[b - 1].end, a, b, -1) for a, b in spans]
    doc.mentions = [
        Mention(text.index(name), text.index(name) + len(name), name, "PERSON", entity=name)
        for name in persons
    ]
    ClaimsStage()(doc)
    return doc


def kept_quotes(text: str) -> list[str]:
    """The quotations of ``text`` that stay direct quotes when each is offered as one."""
    toks = fallback_tokens(text)
    quotes = find_quotes(text, toks)
    units = split_units(text, toks, quotes)
    lex = load_lexicon("de")
    sents = [
        ClaimSentence(toks[u.tok_start : u.tok_end], quotes, lex, i) for i, u in enumerate(units)
    ]
    attrs = []
    for q in quotes:
        unit = next(i for i, u in enumerate(units) if u.start <= q.start < u.end)
        attrs.append(Attr("Direct", [(q.start, q.end)], [], "say", None, unit))
    return [text[a.start : a.end] for a in drop_quoted_names(attrs, sents)]


def tagged_paragraphs(*paragraphs: str) -> Doc:
    """A Doc from paragraphs of sentences separated by `` | ``, words as ``word/TAG...``
    written as in print."""
    return hand_tagged([p.split(" | ") for p in paragraphs], glue_punctuation=True)


def layer(doc: Doc) -> list[tuple[str, str, str | None]]:
    """(type, content, speaker) of each attribution of the evaluation layer."""
    out = []
    for f in doc.layers[LAYER]:
        content = " ".join(doc.text[s:e] for s, e in f.parts)
        speaker = doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((f.kind, content, speaker))
    return out


def cues(doc: Doc) -> list[str]:
    """The cue words of each attribution of the evaluation layer, joined by spaces."""
    return [" ".join(doc.text[s:e] for s, e in f.cue) for f in doc.layers[LAYER]]


def speaker_name(doc: Doc, words: str) -> str | None:
    """The entity name (else the speaker text) of the claim whose content holds ``words``."""
    claim = claim_with(doc, words)
    entity = doc.article.entity(claim.speaker) if claim.speaker else None
    return entity.name if entity else claim.speaker_text


def claims_over(doc: Doc, words: str) -> list[Claim]:
    """The claims whose content holds ``words`` (at least one)."""
    hits = [c for c in doc.article.claims if words in c.content.text]
    assert hits, [(c.speaker_text, c.content.text, c.stance) for c in doc.article.claims]
    return hits


def claim_with(doc: Doc, words: str) -> Claim:
    """The shortest claim whose content holds ``words``."""
    return min(claims_over(doc, words), key=lambda c: len(c.content.text))


def speaker_entity_name(doc: Doc, words: str) -> str | None:
    """The name of the speaker entity of the shortest claim whose content holds ``words``."""
    claim = claim_with(doc, words)
    entity = doc.article.entity(claim.speaker) if claim.speaker else None
    return entity.name if entity is not None else None


def said_text(doc: Doc, words: str) -> str | None:
    """The time of saying of the shortest claim whose content holds ``words``."""
    claim = claim_with(doc, words)
    times = {t.id: t.text for t in doc.article.times}
    return times.get(claim.said) if claim.said else None


def occasion_text(doc: Doc, words: str) -> str | None:
    """The occasion of saying of the shortest claim whose content holds ``words``."""
    occasion = claim_with(doc, words).occasion
    return occasion.text if occasion is not None else None


def relays(doc: Doc, words: str) -> set[tuple[str | None, str | None]]:
    """(speaker text, speaker text of the relaying claim) of every claim over ``words``."""
    by_id = {c.id: c for c in doc.article.claims}
    out = set()
    for c in claims_over(doc, words):
        via = by_id.get(c.via) if c.via else None
        out.add((c.speaker_text, via.speaker_text if via else None))
    return out
