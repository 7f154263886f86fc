"""Where the speaker phrase of a frame begins and ends (the span as the article writes it).

The frame rules find a first speaker span; this module corrects its limits with what the nlp
stage (POS tags, case) and the NER stage (person mentions) know, and fills a missing subject:

* a name keeps its apposition: `sagte Bill Graham, Parteichef der Liberalen` and
  `Der Sprecher von Y, Max Muster, sagte` (the description before the name); a noun keeps an
  apposition that names (`Angaben des Sponsors, dem Getränkehersteller Acme`);
* a phrase keeps a closing prepositional attribute (`Oberst X vom Landeskriminalamt`,
  `Dokumenten aus der Behörde`, `die Provinzregierung in Helmand`: `in` only with a place name
  and not after a person);
* the phrase stops where a second noun phrase begins (`laut Behördenangaben 62 Personen`,
  `nach Auskunft der NASA der überwiegende Teil`: a numeral, a non-genitive article, an
  adjective or noun in another case), before a quotation that is no name (`die Richter
  „gravierende Bedenken“`) and before a place or purpose phrase after a person's name
  (`Seibert in Berlin`, `Obama für die Annahme`); final punctuation is dropped;
* a finite frame verb without a subject takes the nominal phrase before it, after adverbs
  (`Wie schon die WHO sagte`, `Einzig Sony gab bekannt`); its nested quotations share it.

`Demnach`/`Danach` stay as written: german_news_quotes marks the adverb itself as the speaker
(its entity is resolved in :mod:`.speakers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Mention, Token
from .frames import Attr, Sentence, Span2
from .sentence import _temporal

_NAME_TAGS = frozenset({"NE"})
_NOUN_TAGS = frozenset({"NN", "NE"})
_NP_START_TAGS = frozenset({"ART", "PPOSAT", "NN", "NE", "ADJA", "PIAT", "PDAT", "CARD"})
_NEW_NP_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJA", "NN"})
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_PASSIVE = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
_NP_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "NN", "NE", "CARD"})
#: articles and determiners that are never nominative: such a Vorfeld is an object
_OBJECT_ARTICLES = frozenset(
    {"den", "dem", "einen", "einem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem"}
)
#: determiners that open a genitive attribute after a noun whatever the tagger's case says
_GENITIVE_FORMS = frozenset({"des", "eines", "einer", "seines", "ihres", "dieses"})
_DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT"})
_VERB_TAGS = frozenset(
    {"VVFIN", "VAFIN", "VMFIN", "VVPP", "VAPP", "VVINF", "VAINF", "VMINF", "VVIZU", "VVIMP"}
)
#: prepositions that open an adverbial, not an attribute, after a person's name
_ADVERBIAL_PREPS = frozenset({"in", "im", "für", "gegen", "über", "mit", "zu", "zum", "zur", "am"})
_SKIP_TAGS = frozenset({"ADV", "KON", "PTKNEG", "ADJD", "PAV", "PROAV"})


def token_at(sent: Sentence, offset: int) -> int | None:
    return next((k for k, t in enumerate(sent.toks) if t.start <= offset < t.end), None)


def sentence_of(sents: Sequence[Sentence], offset: int) -> Sentence | None:
    for sent in sents:
        if sent.toks and sent.toks[0].start <= offset < sent.toks[-1].end:
            return sent
    return None


def refine_speakers(attrs: list[Attr], sents: Sequence[Sentence], mentions: list[Mention]) -> None:
    """Correct the speaker spans of ``attrs`` in place (see the module doc)."""
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    names = [(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")]
    cache: dict[Span2, Span2 | None] = {}
    for a in attrs:
        if a.speaker is None:
            if a.parent is None and not a.impersonal:
                a.speaker = _missing_subject(a, sents, names)
            continue
        named = _vorfeld_name(a, sents, names)
        if named is not None:
            a.speaker = named
        if a.speaker not in cache:
            sent = sentence_of(sents, a.speaker[0])
            cache[a.speaker] = _refine(sent, a.speaker, persons) if sent is not None else None
        new = cache[a.speaker]
        if new is not None:
            a.speaker = new
    for a in attrs:
        if a.speaker is None and a.parent is not None:
            a.speaker = a.parent.speaker
        if a.speaker is not None and a.kind in ("IndirectFreeIndirect", "FreeIndirect"):
            a.speaker = _opinion_holder(a.speaker, sents) or a.speaker


#: `seiner Meinung nach`, `nach eigenem Bekunden`, `dem Vernehmen nach`: the phrase names an
#: opinion, its holder is the subject of the sentence
_OPINION_NOUNS = frozenset(
    {"meinung", "ansicht", "auffassung", "bekunden", "einschätzung", "überzeugung", "vernehmen"}
)
_OPINION_OWNERS = frozenset(
    {"seiner", "ihrer", "meiner", "unserer", "eigenem", "eigener", "eigenen", "dem"}
)


def _opinion_holder(span: Span2, sents: Sequence[Sentence]) -> Span2 | None:
    """A free indirect continuation of `X sagte, ... seiner Meinung nach ...` continues X."""
    sent = sentence_of(sents, span[0])
    if sent is None:
        return None
    i, j = token_at(sent, span[0]), token_at(sent, span[1] - 1)
    if i is None or j is None or j != i + 1:
        return None
    if sent.lower[i] not in _OPINION_OWNERS or sent.lower[j] not in _OPINION_NOUNS:
        return None
    for v in range(len(sent.toks)):
        if sent.toks[v].tag in _FINITE_TAGS and not sent.in_quote[v]:
            subject = sent.subject_before(v) or sent.subject_after(v)
            if subject is not None and not (subject[0] <= span[0] < subject[1]):
                return subject
            return None
    return None


def _refine(sent: Sentence, span: Span2, persons: list[Span2]) -> Span2 | None:
    i = token_at(sent, span[0])
    j = token_at(sent, span[1] - 1)
    if i is None or j is None:
        return None
    j += 1
    j = _cut(sent, i, j, persons)
    while j > i + 1 and not sent.is_word(j - 1) and sent.toks[j - 1].text in ".,;:":
        j -= 1
    if j <= i:
        return None
    i = _extend_back(sent, i, j)
    j = _extend_attribute(sent, i, j, persons)
    j = _extend_apposition(sent, i, j, persons)
    return sent.span(i, j)


def _person_end(k: int, sent: Sentence, persons: list[Span2]) -> bool:
    """Token ``k`` ends a person's name (a PERSON mention, or two name tokens)."""
    end = sent.toks[k].end
    if sent.toks[k].tag not in _NAME_TAGS and sent.toks[k].tag:
        return False
    if any(s < end <= e and e == end for s, e in persons):
        return True
    return (
        sent.toks[k].tag in _NAME_TAGS
        and k > 0
        and sent.toks[k - 1].tag in _NAME_TAGS
        and not sent.lex.agency_nouns.intersection([sent.toks[k].text])
    )


def _cut(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """End of the phrase ``[i, j)`` at the first token that begins something else."""
    toks = sent.toks
    seen_noun = False
    for k in range(i, j):
        tok = toks[k]
        if seen_noun and tok.start in sent.quote_starts and k + 1 < j:
            quote = next(q for q in sent.quotes if q.start == tok.start)
            if (
                toks[k + 1].text[:1].islower()
                and quote.words > 1
                and any(t.start > t0.end for t, t0 in _pairs_in(sent, quote.start, quote.end))
                and not _medium(sent.lower[k - 1], sent)
            ):
                return k  # `die Richter „gravierende Bedenken“`: a quotation, not a name
        if seen_noun and k > i:
            prev = toks[k - 1]
            low = sent.lower[k]
            if low in _ADVERBIAL_PREPS and _person_end(k - 1, sent, persons):
                return k  # `Seibert in Berlin`, `Obama für die Annahme`
            if prev.tag in _NOUN_TAGS and tok.tag in _NEW_NP_TAGS and not sent.in_quote[k]:
                case = tok.feat("Case")
                if _count(sent, k):
                    return k  # `laut Behördenangaben 62 Personen`
                if (
                    case is not None
                    and case != "Gen"
                    and tok.tag in _DETERMINERS
                    and sent.lower[k] not in _GENITIVE_FORMS
                ):
                    return k  # `nach Auskunft der NASA der überwiegende Teil`
        if tok.tag in _NOUN_TAGS or (not tok.tag and tok.text[:1].isupper()):
            seen_noun = True
    return j


def _pairs_in(sent: Sentence, start: int, end: int) -> list[tuple[Token, Token]]:
    """Neighbouring tokens inside ``[start, end)`` (a space between them: ``t.start > t0.end``)."""
    inner = [t for t in sent.toks if start < t.start and t.end < end]
    return list(zip(inner[1:], inner[:-1], strict=True))


def _count(sent: Sentence, k: int) -> bool:
    """A numeral that opens a noun phrase of its own (`62 Personen`), not a part of a date or
    a name (`im Juni 2007`, `Bayer 04 Leverkusen`, `N24`)."""
    tok = sent.toks[k]
    if (
        tok.tag != "CARD"
        or not tok.text[0].isdigit()
        or not all(c.isdigit() or c in ".," for c in tok.text)
    ):
        return False
    prev = sent.lower[k - 1]
    if _temporal(prev) or prev in ("jahr", "jahres", "jahre"):
        return False
    # a count opens a noun phrase of its own (`62 Personen`); a number before a name or a
    # conjunction belongs to a name (`Bayer 04 Leverkusen`, `Bündnis 90/Die Grünen`)
    return k + 1 < len(sent.toks) and sent.toks[k + 1].tag in ("NN", "ADJA")


def _medium(word: str, sent: Sentence) -> bool:
    """A medium noun (`des Magazins „auto, motor und sport“`): the quotation is its name."""
    return any(noun.lower() in word for noun in sent.lex.agency_nouns)


def _nominal_region(sent: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` form a noun phrase (with attributes), no verb, no long quotation."""
    if a >= b:
        return False
    first = sent.toks[a]
    quoted_name = first.start in sent.quote_starts and b - a > 2 and sent.is_cap(a + 1)
    if first.tag not in _NP_START_TAGS and not quoted_name:
        return False  # (`„BBC News“ berichtet`: a short quoted name may open the phrase)
    has_noun = False
    for k in range(a, b):
        tok = sent.toks[k]
        if tok.text == "." and 0 < k < b - 1 and _joined(sent, k):
            continue  # `t-online.de`
        in_name = sent.in_quote[k] and any(
            q.start <= tok.start < q.end and q.words <= 4 for q in sent.quotes
        )
        if sent.in_quote[k] and not in_name:
            return False
        if not in_name and tok.tag in _VERB_TAGS | {"KOUS", "PRELS", "PWS", "PWAV", "PPER"}:
            return False
        if tok.text in (",", ";", ":"):
            return False
        has_noun = has_noun or tok.tag in _NOUN_TAGS
    return has_noun


def _long_quote(sent: Sentence, k: int) -> bool:
    """The quotation opening at token ``k`` is longer than a name (more than four words)."""
    return any(q.start == sent.toks[k].start and q.words > 4 for q in sent.quotes)


def _joined(sent: Sentence, k: int) -> bool:
    """Token ``k`` touches both neighbours (a dot inside `t-online.de`)."""
    return sent.toks[k - 1].end == sent.toks[k].start and sent.toks[k].end == sent.toks[k + 1].start


def _extend_back(sent: Sentence, i: int, j: int) -> int:
    """`Der Geschäftsführer von Y, Max Muster, sagte`: a description before the name."""
    if (
        i < 2
        or sent.toks[i - 1].text != ","
        or not all(sent.toks[k].tag in _NAME_TAGS or not sent.toks[k].tag for k in range(i, j))
    ):
        return i
    comma = i - 1
    a = comma
    while a > 0 and not sent.is_boundary(a - 1) and sent.toks[a - 1].tag not in _VERB_TAGS:
        a -= 1
    while a < comma and sent.toks[a].tag in _SKIP_TAGS:
        a += 1
    if _nominal_region(sent, a, comma):
        return a
    return i


_ATTRIBUTE = frozenset({"von", "vom", "aus"})
_PLACE = frozenset({"in", "im"})


def _extend_attribute(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """`Oberst X vom Landeskriminalamt`, `die Provinzregierung in Helmand`: a prepositional
    attribute that ends the phrase (before a comma, a verb or the sentence end)."""
    n = len(sent.toks)
    if j >= n - 1 or sent.in_quote[j] or sent.toks[j - 1].tag not in _NOUN_TAGS:
        return j
    low = sent.lower[j]
    opener = sent.toks[j + 1].tag
    if opener not in ("ART", "ADJA", "NE", "NN") or low == "aus" and opener != "ART":
        return j  # `aus Sicherheitsgründen`, `von 50.000 Menschen`: no attribute
    if low in _PLACE:
        if _person_end(j - 1, sent, persons) or sent.toks[j - 1].tag not in _NOUN_TAGS:
            return j  # `Seibert in Berlin`: where the person spoke
    elif low not in _ATTRIBUTE:
        return j
    end = j + 1
    while end < n and not sent.is_boundary(end) and sent.toks[end].tag in _NP_TAGS:
        end += 1
    end = _cut(sent, j + 1, end, persons)
    if end == j + 1 or not _nominal_region(sent, j + 1, end):
        return j
    if low in _PLACE and not any(sent.toks[k].tag == "NE" for k in range(j + 1, end)):
        return j
    stop = end >= sent.content_end() or sent.is_boundary(end) or sent.toks[end].tag in _VERB_TAGS
    return end if stop else j


def _extend_apposition(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """`sagte Bill Graham, Parteichef der Liberalen`: a name keeps its apposition."""
    n = len(sent.toks)
    if j + 1 >= n or sent.toks[j].text != ",":
        return j
    person = _person_end(j - 1, sent, persons)
    if not person and sent.toks[j - 1].tag not in _NOUN_TAGS:
        return j
    first = j + 1
    if sent.toks[first].tag not in ("NN", "ART", "ADJA") or sent.in_quote[first]:
        return j
    case, name_case = sent.toks[first].feat("Case"), sent.toks[j - 1].feat("Case")
    if case == "Acc" and name_case and name_case != "Acc":
        return j  # `sagte X, einen Anstieg ...`: an object, not an apposition
    end = first
    while end < n and not sent.is_boundary(end) and sent.toks[end].text not in ".!?()":
        if sent.toks[end].tag in _VERB_TAGS or sent.toks[end].tag in ("KOUS", "PRELS"):
            return j
        end += 1
    if not _nominal_region(sent, first, end):
        return j
    if not person and not any(sent.toks[k].tag == "NE" for k in range(first, end)):
        return j  # after a common noun only an apposition that names (`die Firma, Acme`)
    at_end = end >= sent.content_end() or sent.toks[end].text in ",.!?"
    return end if at_end else j


def _missing_subject(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """The subject of a verb frame that the frame rules left without one: the nominal
    Vorfeld after adverbs (`Wie schon die WHO sagte`, `Einzig Sony gab bekannt`), a name the
    NER stage found there, or the noun phrase right after the finite verb (`Im Vorfeld hatte
    das Komitee betont`, `erklärten nur die Gefängnisse`)."""
    found = _finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if any(sent.lower[x] in _PASSIVE for x in range(k, min(k + 4, len(sent.toks)))):
        return None  # passive: the subject is no speaker
    a0 = k
    while a0 > 0 and (
        not sent.is_boundary(a0 - 1)
        or sent.toks[a0 - 1].start in sent.quote_starts
        and not _long_quote(sent, a0 - 1)
    ):
        a0 -= 1  # a short quoted name is part of the Vorfeld (`Wie die „Aktion X“ mitteilte`)
    while a0 < k and (sent.toks[a0].tag in _SKIP_TAGS or sent.toks[a0].tag == "PWAV"):
        if _name_from(sent, a0, k, names):
            break
        a0 += 1
    e0 = k
    while e0 > a0 + 1 and sent.toks[e0 - 1].tag in _SKIP_TAGS and not sent.in_quote[e0 - 1]:
        e0 -= 1  # `Wie X heute mitteilte`: adverbs before the verb are no part of X
    if a0 > 0 and sent.toks[a0 - 1].start in sent.quote_starts and not _long_quote(sent, a0 - 1):
        a0 -= 1  # `„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an`
    if (
        a0 < e0
        and (_nominal_region(sent, a0, e0) or _name_from(sent, a0, e0, names))
        and sent.lower[a0] not in _OBJECT_ARTICLES
    ):
        return sent.span(a0, e0)
    if a0 == k and k > 2 and sent.toks[k - 1].text == ",":
        listed = _comma_pieces(sent, k - 1)
        if listed is not None:
            return listed  # `X, Fraktionschefin von Y, kritisierte:`
    # an object or adverbial Vorfeld (`Im Vorfeld hatte ...`): the subject follows the verb
    b0 = k + 1
    while b0 < len(sent.toks) and (
        sent.toks[b0].tag in _SKIP_TAGS or sent.lower[b0] in ("sich", "es")
    ):
        b0 += 1
    b1 = b0
    while b1 < len(sent.toks) and not sent.is_boundary(b1) and sent.toks[b1].tag not in _VERB_TAGS:
        if sent.toks[b1].tag in ("APPR", "APPRART") and b1 > b0:
            break
        b1 += 1
    if (
        b0 < b1
        and _nominal_region(sent, b0, b1)
        and sent.lower[b0] not in _OBJECT_ARTICLES
        and (
            a0 == k  # no Vorfeld: `Wie mitteilte die Stadt`, `..., erklärten nur die Gefängnisse`
            or any(sent.toks[x].tag == "NE" for x in range(b0, b1))
            or any(sent.toks[b0].start <= s and e <= sent.toks[b1 - 1].end for s, e in names)
        )
    ):
        return sent.span(b0, b1)  # a named subject after the verb
    return None


def _comma_pieces(sent: Sentence, comma: int) -> Span2 | None:
    """`X, Fraktionschefin von Y,` before the verb: a name and its apposition, each a nominal
    piece between commas, the first one opening the sentence or clause."""
    end = comma
    first = None
    for _ in range(3):
        start = sent.clause_start(end)
        while start < end and sent.toks[start].tag in _SKIP_TAGS:
            start += 1
        if not _nominal_region(sent, start, end):
            break
        first = start
        if start >= 2 and sent.toks[start - 1].text == ",":
            end = start - 1
            continue
        break
    if first is None or first == sent.clause_start(comma):
        return None  # one piece only: `Die Regierung, sagte` is no apposition frame
    return sent.span(first, comma)


def _finite_cue(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence and token index of the finite verb among the cue words."""
    cue = a.cue or a.frame_cue
    if not cue:
        return None
    sent = sentence_of(sents, cue[-1][0])
    if sent is None:
        return None
    positions = [p for c in cue if (p := token_at(sent, c[0])) is not None]
    k = next((p for p in positions if sent.toks[p].tag in _FINITE_TAGS), None)
    if k is None:
        # `„BBC News“ berichtet, dass`, `Wie X berichtet,`: a finite verb tagged as participle
        k = next((p for p in positions if sent.toks[p].tag == "VVPP"), None)
    if k is None or sent.in_quote[k]:
        return None
    start = sent.clause_start(k)
    aux = next(
        (
            x
            for x in range(start, k)
            if sent.toks[x].tag in ("VAFIN", "VMFIN") and not sent.in_quote[x]
        ),
        None,
    )
    if aux is not None:
        return sent, aux  # `X hatte sich erhofft`: the auxiliary is the finite verb
    if sent.toks[k].tag == "VVPP" and any(
        sent.toks[x].tag in _FINITE_TAGS for x in range(start, k)
    ):
        return None
    return sent, k


def _vorfeld_name(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`Holmqvist sagte dazu am Abend`: a Vorfeld that is exactly a name the NER stage found
    is the subject, also when the tagger missed the name and the frame rules took a phrase
    after the verb."""
    if a.speaker is None or a.parent is not None:
        return None
    found = _finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    if a.speaker[0] < sent.toks[k].end:
        return None
    a0 = k
    while a0 > 0 and not sent.is_boundary(a0 - 1):
        a0 -= 1
    if a0 < k and _name_from(sent, a0, k, names) and sent.toks[a0].tag not in _NOUN_TAGS:
        return sent.span(a0, k)
    return None


def _name_from(sent: Sentence, a: int, b: int, names: list[Span2]) -> bool:
    """A name found by the NER stage fills tokens ``[a, b)`` (`Milinkewitsch sagte`, even
    when the tagger read it as an adverb)."""
    return any(s == sent.toks[a].start and e == sent.toks[b - 1].end for s, e in names)
