"""Where the speaker phrase of a frame begins and ends (the span as the article writes it).

The frame rules find a first speaker span; these helpers correct its limits with what the nlp
stage (POS tags, case) and the NER stage (person mentions) know (applied by
:func:`.speaker_sources.refine_speakers`):

* a name keeps its apposition: `sagte Bill Graham, Parteichef der Liberalen` (also before a
  colon), `Max Muster, Sprecher von Y,` (the name before an apposition read alone) and `Der
  Sprecher von „Acme“, Max Muster, sagte` (the description before the name, a short quoted
  name in it); a noun keeps an apposition that names (`Angaben des Sponsors, dem
  Getränkehersteller Acme`), also over a quoted name (`der Sprecher der so genannten „X“`);
  a phrase with one apposition takes no second one; a description keeps a name between
  commas (`die Leiterin des Amts, Lena Korff,`); an age between commas belongs to the name
  before it (`Die Überlebende Anna Kolb, 30, sagte`);
* a phrase keeps a closing prepositional attribute (`Oberst X vom Landeskriminalamt`,
  `Dokumenten aus der Behörde`, `die Provinzregierung in Helmand`: `in` only with a place name
  and not after a person, or with a possessive right before the frame verb: `Wie die Zeitung
  in ihrer Onlineausgabe berichtet`), the date of a document (`einer Erklärung der Minister
  vom Dienstagabend`; not `Angaben der Polizei vom Dienstag`) and, after one bare noun, its
  genitive (`nach Meinung der beiden Politiker`);
* a relative pronoun after `, laut`/`, nach` whose clause ends with its verb is the whole
  source (`ein Gutachten, laut dem Kevin misshandelt worden war` → `dem`);
* the phrase stops where a second noun phrase begins (`laut Behördenangaben 62 Personen`,
  `nach Auskunft der NASA der überwiegende Teil`: a count, a non-genitive determiner, `der`
  with a masculine noun after a name or a bare `laut` source: `laut Verfassung der
  Parlamentspräsident`, an adverb before an adjective and noun: `laut
  Gutachtern unerwartet geringe Spuren`, a year after a plural: `nach Angaben 2011`), before
  a quotation that is no name (`die Richter „gravierende Bedenken“`) and before a place or
  purpose phrase after a person's name (`Seibert in Berlin`, `Obama für die Annahme`); final
  punctuation is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Mention, Token
from .extended_attributes import attribute_head, attribute_opener, with_attribute
from .frames import Sentence, Span2
from .name_particles import particle_name_end
from .np_words import DATIVE_QUANTIFIERS
from .phrase_ends import (
    _abstract_after,
    _count,
    _masculine_der,
    _object_after,
    _time_attribute,
    _year_after_plural,
    abbreviation_end,
    affiliation_follows,
    age_between_commas,
    bare_source_ends,
    closed_name,
    dated_document,
    entity_spans,
    named_apposition_end,
    object_after_verb,
    phrase_start,
    route_from,
    surname_end,
    surname_rest,
    vorfeld_apposition_end,
)
from .speaker_recipients import recipient_end
from .token_view import attached_name

_NAME_TAGS = frozenset({"NE"})
_NOUN_TAGS = frozenset({"NN", "NE"})
_NP_START_TAGS = frozenset({"ART", "PPOSAT", "NN", "NE", "ADJA", "PIAT", "PDAT", "CARD"})
_NEW_NP_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJA", "NN"})
_NP_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "ADJA", "NN", "NE", "CARD"})
#: articles and determiners that are never nominative: such a Vorfeld is an object
_OBJECT_ARTICLES = DATIVE_QUANTIFIERS | frozenset(
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
SKIP_TAGS = frozenset({"ADV", "KON", "PTKNEG", "ADJD", "PAV", "PROAV"})


def token_at(sent: Sentence, offset: int) -> int | None:
    return next((k for k, t in enumerate(sent.toks) if t.start <= offset < t.end), None)


def sentence_of(sents: Sequence[Sentence], offset: int) -> Sentence | None:
    for sent in sents:
        if sent.toks and sent.toks[0].start <= offset < sent.toks[-1].end:
            return sent
    return None


def refine_span(
    sent: Sentence, span: Span2, persons: list[Span2], mentions: Sequence[Mention] = ()
) -> Span2 | None:
    i = token_at(sent, span[0])
    j = token_at(sent, span[1] - 1)
    if i is None or j is None:
        return None
    j += 1
    if _relative_source(sent, i, j):
        return sent.span(i, i + 1)  # `ein Gutachten, laut dem Kevin misshandelt worden war`
    j = surname_rest(sent, _person_rest(sent, j, [*persons, *entity_spans(mentions)]), persons)
    i = phrase_start(sent, i, j)  # `die ihrer Meinung nach`, `einigen Teilnehmern zufolge`
    i, j, inner = with_attribute(sent, i, j)
    j = particle_name_end(sent, _cut(sent, inner, j, persons))  # `Karl-Theodor zu Guttenberg`
    while j > i + 1 and not sent.is_word(j - 1) and sent.toks[j - 1].text in ".,;:":
        j -= 1
    if j <= i:
        return None
    back = _extend_back(sent, i, j, persons)
    if back < i:
        # `der als gemäßigt geltende frühere Präsident, X`: the description read from its head
        i = attribute_opener(sent, back) or back
    j = _extend_genitive(sent, i, j)
    j = _extend_attribute(sent, i, j, persons)
    j = _extend_apposition(sent, i, j, persons)
    j = recipient_end(sent, i, named_apposition_end(sent, j, mentions), persons)
    return sent.span(i, abbreviation_end(sent, j))  # `der Truppe (ISAF)`


_RELATIVE_FORMS = frozenset({"dem", "der", "denen", "welchem", "welcher"})


def _relative_source(sent: Sentence, i: int, j: int) -> bool:
    """The phrase ``[i, j)`` after `, laut`/`, nach`/`, gemäß` opens with a relative pronoun
    whose clause ends with its finite verb (`..., laut dem Kevin misshandelt worden war`):
    the pronoun alone is the source, the words after it belong to the content."""
    if j - i < 2 or i < 2 or sent.lower[i] not in _RELATIVE_FORMS:
        return False
    if sent.lower[i - 1] not in ("laut", "nach", "gemäß") or sent.toks[i - 2].text != ",":
        return False
    end = sent.clause_end(i)
    return end - 1 > i + 1 and sent.toks[end - 1].tag in _VERB_TAGS and sent.is_finite(end - 1)


def _extend_genitive(sent: Sentence, i: int, j: int) -> int:
    """`nach Meinung der beiden Politiker`: a phrase that is one bare noun keeps the genitive
    attribute after it (a determiner in the genitive, adjectives or `beiden`, a noun)."""
    n = len(sent.toks)
    if j != i + 1 or j >= n or sent.toks[i].tag != "NN" or sent.in_quote[j]:
        return j
    if bare_source_ends(sent, i):
        return j  # `laut Verfassung der Parlamentspräsident`: `der` + masculine is no genitive
    det = sent.toks[j]
    if det.tag not in ("ART", "PPOSAT") or det.feat("Case") != "Gen":
        return j
    end = j + 1
    while end < n and sent.toks[end].tag in ("ADJA", "PIAT", "CARD") and not sent.in_quote[end]:
        end += 1
    if end >= n or sent.toks[end].tag != "NN" or sent.toks[end].feat("Case") not in ("Gen", None):
        return j
    return end + 1


def _person_rest(sent: Sentence, j: int, persons: list[Span2]) -> int:
    """A phrase ending inside a person's name takes the rest of it (`laut Peter Lahm/ADJD`:
    the tagger read the surname as an adverb)."""
    last = sent.toks[j - 1].end
    for s, e in persons:
        if s < last < e:
            while j < len(sent.toks) and sent.toks[j].end <= e:
                j += 1
    return j


def _person_end(k: int, sent: Sentence, persons: list[Span2]) -> bool:
    """Token ``k`` ends a person's name (a PERSON mention, or two name tokens)."""
    end = sent.toks[k].end
    if surname_end(sent, k, persons):
        return True  # `Matthias Freude/NN`: a surname the tagger read as a common noun
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
                and not attached_name(sent, k)  # `ein Vertreter der „acme ag“`: a name
            ):
                return k  # `die Richter „gravierende Bedenken“`: a quotation, not a name
        if seen_noun and k > i and not sent.in_quote[k]:  # (`die „Welt am Sonntag“`: a name)
            prev = toks[k - 1]
            low = sent.lower[k]
            if k == i + 1 and bare_source_ends(sent, i):
                return k  # `laut Verfassung der Parlamentspräsident`
            if low in _ADVERBIAL_PREPS and _person_end(k - 1 - (prev.text == ","), sent, persons):
                return k  # `Seibert in Berlin`, `der Chef, X, in Bonn`, `Obama für die Annahme`
            if route_from(sent, k):
                return k  # `die Demonstranten vom Bahnhof bis zum Rathaus`: a way, no attribute
            if _time_attribute(sent, k) and dated_document(sent, i, k) is None:
                return k  # `Angaben der Polizei vom Dienstag`
            if (
                prev.tag in _NOUN_TAGS
                and tok.tag in ("ADJD", "ADV")
                and k + 2 < len(toks)
                and toks[k + 1].tag == "ADJA"
                and toks[k + 1].text[:1].islower()
                and toks[k + 2].tag == "NN"
            ):
                return k  # `laut Gutachtern unerwartet geringe Spuren`, `X ebenfalls neue Sperren`
            if (
                low in ("von", "vom")
                and _person_end(k - 1, sent, persons)
                and _abstract_after(sent, k)
            ):
                return k  # `sprach Angela Muster von der Möglichkeit einer Koalition`
            if (
                prev.text == ")"
                and k >= 3
                and tok.tag in _DETERMINERS
                and tok.feat("Case") in ("Dat", "Acc")
                and sent.lower[k] not in _GENITIVE_FORMS
                and not sent.in_quote[k]
            ):
                return k  # `X (CDU) dem Justizminister`: an object after the parenthesis
            if prev.tag in _NOUN_TAGS and not sent.in_quote[k] and _object_after(sent, i, k):
                return k  # `Zapatero finanzielle Entschädigungen`, `Steinbrück Positives`
            if prev.tag in _NOUN_TAGS and tok.tag in _NEW_NP_TAGS and not sent.in_quote[k]:
                case = tok.feat("Case")
                if _count(sent, k) or _year_after_plural(sent, k):
                    return k  # `laut Behördenangaben 62 Personen`, `nach Angaben 2011`
                if (
                    case is not None
                    and case != "Gen"
                    and tok.tag in _DETERMINERS
                    and sent.lower[k] not in _GENITIVE_FORMS
                ):
                    return k  # `nach Auskunft der NASA der überwiegende Teil`
                if _masculine_der(sent, k):
                    return k  # `laut Verfassung der Parlamentspräsident`: no genitive
        if tok.tag in _NOUN_TAGS or (not tok.tag and tok.text[:1].isupper()):
            seen_noun = True
    return j


def _pairs_in(sent: Sentence, start: int, end: int) -> list[tuple[Token, Token]]:
    """Neighbouring tokens inside ``[start, end)`` (a space between them: ``t.start > t0.end``)."""
    inner = [t for t in sent.toks if start < t.start and t.end < end]
    return list(zip(inner[1:], inner[:-1], strict=True))


def _medium(word: str, sent: Sentence) -> bool:
    """A medium noun (`des Magazins „auto, motor und sport“`): the quotation is its name."""
    return any(noun.lower() in word for noun in sent.lex.agency_nouns)


def compound_noun(tok: Token) -> bool:
    """A capitalised compound or abbreviation the tagger misread (`Adidas-Vorstand/VAFIN`,
    `OPEC-Generalsekretär/$(`, `C.Y./VVFIN`): a hyphen or an inner dot makes it a noun."""
    text = tok.text
    return (
        len(text) > 2
        and text[0].isupper()
        and ("-" in text[1:-1] or "." in text[1:-1])
        and text[-1] != "-"
        and tok.tag not in _NOUN_TAGS
    )


def nominal_region(sent: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` form a noun phrase (with attributes), no verb, no long quotation."""
    if a >= b:
        return False
    first = sent.toks[a]
    quoted_name = first.start in sent.quote_starts and b - a > 2 and sent.is_cap(a + 1)
    if first.tag not in _NP_START_TAGS and not quoted_name and not compound_noun(first):
        return False  # (`„BBC News“ berichtet`: a short quoted name may open the phrase)
    has_noun = False
    for k in range(a, b):
        tok = sent.toks[k]
        if tok.text == "." and 0 < k < b - 1 and _joined(sent, k):
            continue  # `t-online.de`
        if compound_noun(tok) and not sent.in_quote[k]:
            has_noun = True
            continue
        in_name = sent.in_quote[k] and any(
            q.start <= tok.start < q.end and q.words <= 4 for q in sent.quotes
        )
        if sent.in_quote[k] and not in_name:
            return False
        if tok.tag == "VVFIN" and attribute_head(sent, a) == k:
            continue  # `Der von der SPD nominierte Kandidat`: the participle read as a verb
        if not in_name and tok.tag in _VERB_TAGS | {"KOUS", "PRELS", "PWS", "PWAV", "PPER"}:
            return False
        if tok.text in (",", ";", ":"):
            return False
        has_noun = has_noun or tok.tag in _NOUN_TAGS
    return has_noun


def _long_quote(sent: Sentence, k: int) -> bool:
    """The quotation opening at token ``k`` is longer than a name (more than four words)."""
    return any(q.start == sent.toks[k].start and q.words > 4 for q in sent.quotes)


def in_long_quote(sent: Sentence, k: int) -> bool:
    """Token ``k`` is inside a quotation longer than a name (more than four words)."""
    return any(q.start <= sent.toks[k].start < q.end and q.words > 4 for q in sent.quotes)


def _joined(sent: Sentence, k: int) -> bool:
    """Token ``k`` touches both neighbours (a dot inside `t-online.de`)."""
    return sent.toks[k - 1].end == sent.toks[k].start and sent.toks[k].end == sent.toks[k + 1].start


def _extend_back(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """`Der Geschäftsführer von Y, Max Muster, sagte`: a description before the name (a short
    quoted name inside it is part of it: `Der Chef von „Acme“, Max Muster`); `Max Muster,
    Sprecher von Y,` read as the apposition alone: the name before it."""
    if i < 2 or sent.toks[i - 1].text != ",":
        return i
    comma = i - 1
    if sent.toks[i].tag == "NN" and sent.toks[i].text[:1].isupper():
        name = next((s for s, e in persons if e == sent.toks[comma - 1].end), None)
        first = token_at(sent, name) if name is not None else None
        if first is not None and first < comma and not sent.in_quote[first]:
            return first  # `Lothar Muster, Ordnungsdezernent der Stadt`
    named = all(sent.toks[k].tag in _NAME_TAGS or not sent.toks[k].tag for k in range(i, j))
    if age_between_commas(sent, i, j) and sent.toks[comma - 1].tag in _NAME_TAGS:
        named = True  # `Die Überlebende Alice Muster, 30, beschrieb`: the age of the name
    # a title before the name counts with it (`..., Commander Randy Muster sagte`)
    titled = i + 1 < j and sent.toks[i].tag == "NN" and sent.toks[i].text[:1].isupper()
    head = i + 1 if titled else i
    if not named and not any(
        s <= sent.toks[head].start and sent.toks[j - 1].end <= e for s, e in persons
    ):
        return i
    a = comma
    while a > 0:
        if sent.in_quote[a - 1]:
            quote = next(q for q in sent.quotes if q.start <= sent.toks[a - 1].start < q.end)
            if quote.words > 4:
                break
            a = token_at(sent, quote.start) or 0  # a short quoted name: `von „Acme“`
            continue
        if sent.is_boundary(a - 1) or sent.toks[a - 1].tag in _VERB_TAGS:
            break
        a -= 1
    while a < comma and sent.toks[a].tag in SKIP_TAGS:
        a += 1
    if nominal_region(sent, a, comma) and not object_after_verb(sent, a):
        return a  # (not `nannte seinen Platzverweis „überzogen“, X bezeichnete`)
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
    dated = dated_document(sent, i, j)
    if dated is not None:
        # `einer Erklärung der Minister vom Dienstagabend`: the date names the document
        stop = dated >= sent.content_end() or sent.is_boundary(dated) or _verb_follows(sent, dated)
        return dated if stop else j
    if _time_attribute(sent, j):
        return j  # `Angaben der Polizei vom Dienstag`
    if low in ("von", "vom") and _person_end(j - 1, sent, persons) and _abstract_after(sent, j):
        return j  # `sprach X von der Möglichkeit`: a complement of the verb
    named = sent.short_quotation_end(j + 1)
    if named is not None and low in _ATTRIBUTE:
        end = named  # `Johanna Moser vom „Queer Kollektiv“`, `ein Artikel von „BBC News“`
        stop = (
            end >= sent.content_end() or sent.is_boundary(end) or sent.toks[end].tag in _VERB_TAGS
        )
        # `des Leiters der Sektion von „Ärzte ohne Grenzen“ in diesem Jahr`: after a common
        # noun `von` with a quoted name is an attribute wherever the phrase stands
        of_noun = low == "von" and sent.toks[j - 1].tag == "NN"
        affiliation = _person_end(j - 1, sent, persons) and affiliation_follows(sent, j, end)
        return end if stop or of_noun or affiliation else j
    place_openers = ("ART", "ADJA", "NE", "NN", "PPOSAT", "PIAT") if low in _PLACE else ()
    if (
        opener not in ("ART", "ADJA", "NE", "NN") + place_openers
        or low == "aus"
        and opener != "ART"
    ):
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
    if end == j + 1 or not nominal_region(sent, j + 1, end):
        return j
    if (
        low in _PLACE
        and not any(sent.toks[k].tag == "NE" for k in range(j + 1, end))
        and not (opener == "PPOSAT" and _verb_follows(sent, end))
    ):
        return j
    stop = end >= sent.content_end() or sent.is_boundary(end) or sent.toks[end].tag in _VERB_TAGS
    affiliation = _person_end(j - 1, sent, persons) and affiliation_follows(sent, j, end)
    return end if stop or _verb_follows(sent, end) or affiliation else j


def _verb_follows(sent: Sentence, k: int) -> bool:
    """The verb (or its separated particle, `bekannt gab`) of a frame clause follows at ``k``:
    a phrase between `wie`/the Vorfeld and the verb is all source (`Wie die Zeitung in ihrer
    Onlineausgabe berichtet`, `Von den Behörden in beiden Staaten wird angenommen`)."""
    if k >= len(sent.toks) or sent.in_quote[k]:
        return False
    if sent.toks[k].tag in _VERB_TAGS:
        return True
    return (
        sent.toks[k].tag in ("ADJD", "PTKVZ")
        and k + 1 < len(sent.toks)
        and sent.toks[k + 1].tag in _VERB_TAGS
    )


def _extend_apposition(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """`sagte Bill Graham, Parteichef der Liberalen`: a name keeps its apposition."""
    n = len(sent.toks)
    if j + 1 >= n or sent.toks[j].text != ",":
        return j
    if any(sent.toks[k].text == "," and not sent.in_quote[k] for k in range(i, j)):
        return j  # `der Chef von Y, Max Muster, die Politik ...`: one apposition only
    person = _person_end(j - 1, sent, persons)
    if not person and sent.toks[j - 1].tag not in _NOUN_TAGS:
        return j
    first = j + 1
    # `..., dem/PRELS Getränkehersteller Acme`: an article the tagger read as a relative
    # pronoun (a relative pronoun is not followed by its own noun)
    article = (
        sent.toks[first].tag in ("PRELS", "PDS")
        and sent.lower[first] in ("dem", "der", "den", "die", "das")
        and first + 1 < n
        and sent.toks[first + 1].tag == "NN"
    )
    # `..., das die Zeitung verlegende Haus X`: an apposition with an extended attribute
    extended = attribute_head(sent, first, after_comma=True)
    if (
        sent.toks[first].tag not in ("NN", "ART", "ADJA")
        and not (not person and closed_name(sent, first, persons))
        and not article
        and extended is None
        and not compound_noun(sent.toks[first])  # `X, EU-Kommissar/PPER:`
    ) or sent.in_quote[first]:
        return j
    case, name_case = sent.toks[first].feat("Case"), sent.toks[j - 1].feat("Case")
    if case == "Acc" and name_case and name_case != "Acc":
        return j  # `sagte X, einen Anstieg ...`: an object, not an apposition
    body = extended if extended is not None else first + 1 if article else first
    end = body
    timed = False
    while end < n and sent.toks[end].text not in ".!?()":
        named = sent.short_quotation_end(end) if end > body else None
        if named is not None:
            end = named  # `der Sprecher der so genannten „EVAC-Ambulanz“`: a quoted name
            continue
        if sent.is_boundary(end):
            break
        if end > body and _time_attribute(sent, end):
            timed = True  # `sagte X, Kommandeur der Truppe am Montag`: the time is no part
            break
        if vorfeld_apposition_end(sent, end):
            break  # `Nach Angaben von X, dem Direktor der Behörde hatten ...`
        if sent.toks[end].tag in _VERB_TAGS or sent.toks[end].tag in ("KOUS", "PRELS"):
            return j
        end += 1
    if not nominal_region(sent, body, end):
        return j
    if not person and not any(sent.toks[k].tag == "NE" for k in range(first, end)):
        return j  # after a common noun only an apposition that names (`die Firma, Acme`)
    at_end = timed or end >= sent.content_end() or sent.toks[end].text in ",.!?:"
    at_end = at_end or vorfeld_apposition_end(sent, end)
    return end if at_end else j
