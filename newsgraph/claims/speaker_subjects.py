"""The subject of a verb frame, found where German word order puts it.

* The finite verb of the cue (or the clause's auxiliary: `X hatte sich erhofft`).
* A frame without a subject takes the nominal Vorfeld after adverbs (`Wie schon die WHO
  sagte`, `Einzig Sony gab bekannt`, `Wie die „Aktion X“ heute mitteilte`), a name the NER
  stage found there even when the tagger missed it (`Holmqvist sagte dazu am Abend:`), a
  compound the tagger misread (`Adidas-Vorstand/VAFIN`), a web address or short quoted name
  in lower case (`Wie t-online.de berichtet`), a name and its apposition between
  commas (`X, Fraktionschefin von Y, kritisierte:`) or before a relative clause or adjective
  phrase (`X, der am Montag in Y war, sagte`), the subject right after the subordinator of a
  verb-final clause (`da die PDM angekündigt hatte`, `als er ... kritisierte`), or the named
  phrase after the verb (`Im Vorfeld hatte das Komitee betont`), also after an expletive `Es`
  (`Es ziehen 47 Prozent der Befragten den Schluss`), ending where a second noun phrase begins.
* Word order corrections of the frame rules' subject: an object Vorfeld (`Ihren Widersacher
  forderte May auf`, `Die Äußerungen von X bezeichnete Y als ...`) gives way to the named
  subject after the verb; a Vorfeld headed by a source noun that can only be the subject
  (`Ein Sprecher sagte SPIEGEL ONLINE`, `Die Behörden werfen X ... vor`) stays it; a
  relative pronoun followed by a named phrase (`die Marke, die X zum Ziel erklärt hatte:`) is
  the object, the name the subject; the thing after the verb of a second predicate is its
  object (`X begrüßten A, fordern aber die Nennung eines Datums`), the main clause's subject
  speaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clause_subjects import (
    _comma_pieces,
    _full_stop,
    _parenthetical,
    _verb_final_subject,
    _web_name,
    apposed_subject,
    expletive_vorfeld,
    name_particle,
    quoted_name_after,
    second_predicate_subject,
    unclosed_apposition,
)
from .extended_attributes import attribute_head
from .frames import Attr, Sentence, Span2
from .passive_agents import wie_agent
from .phrase_ends import time_phrase
from .speaker_spans import (
    _NOUN_TAGS,
    _NP_TAGS,
    _OBJECT_ARTICLES,
    _VERB_TAGS,
    SKIP_TAGS,
    _cut,
    _long_quote,
    in_long_quote,
    nominal_region,
    sentence_of,
    token_at,
)
from .token_view import FINITE_TAGS as _FINITE_TAGS
from .token_view import PASSIVE_FORMS


def cue_sentence(
    a: Attr, sents: Sequence[Sentence], which: int
) -> tuple[tuple[Span2, ...], Sentence] | None:
    """The attribution's cue (or frame cue) and the sentence of its first (0) or last (-1) part."""
    cue = a.cue or a.frame_cue
    if not cue:
        return None
    sent = sentence_of(sents, cue[which][0])
    return None if sent is None else (tuple(cue), sent)


_SUBORDINATE = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})


def missing_subject(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """The subject of a verb frame that the frame rules left without one: the nominal
    Vorfeld after adverbs (`Wie schon die WHO sagte`, `Einzig Sony gab bekannt`), a name the
    NER stage found there, or the noun phrase right after the finite verb (`Im Vorfeld hatte
    das Komitee betont`, `erklärten nur die Gefängnisse`)."""
    found = finite_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    agent = wie_agent(sent, k)  # `wie von der Verteidigung ausgeführt`
    if agent is not None:
        return agent
    if any(sent.lower[x] in PASSIVE_FORMS for x in range(k, min(k + 4, len(sent.toks)))):
        return None  # passive: the subject is no speaker
    a0 = k
    while a0 > 0 and (
        not sent.is_boundary(a0 - 1)
        and not _full_stop(sent, a0 - 1)
        or sent.toks[a0 - 1].start in sent.quote_starts
        and not _long_quote(sent, a0 - 1)
    ):
        a0 -= 1  # a short quoted name is part of the Vorfeld (`Wie die „Aktion X“ mitteilte`)
    while a0 < k and (sent.toks[a0].tag in SKIP_TAGS or sent.toks[a0].tag == "PWAV"):
        if _name_from(sent, a0, k, names):
            break
        a0 += 1
    e0 = k
    while e0 > a0 + 1 and sent.toks[e0 - 1].tag in SKIP_TAGS and not sent.in_quote[e0 - 1]:
        e0 -= 1  # `Wie X heute mitteilte`: adverbs before the verb are no part of X
    if a0 > 0 and sent.toks[a0 - 1].start in sent.quote_starts and not _long_quote(sent, a0 - 1):
        a0 -= 1  # `„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an`
    if (
        a0 < e0
        and (
            nominal_region(sent, a0, e0)
            or _name_from(sent, a0, e0, names)
            or _web_name(sent, a0, e0)
            or name_particle(sent, a0, e0)
        )
        and sent.lower[a0] not in _OBJECT_ARTICLES
        and not time_phrase(sent, a0, e0)  # `Wenige Stunden nach dem Putsch erklärte X`
    ):
        return sent.span(a0, e0)
    late = _verb_final_subject(sent, a0, e0, k) or apposed_subject(sent, a0, k)
    if late is not None:
        return late  # `..., in dem er verlangte`, `..., da die Partei angekündigt hatte`
    for p in range(e0 - 1, a0, -1):
        # `..., und das FBI seinerseits versprach`: the subject after a coordinating
        # conjunction (or after a missing full stop: `... Gesetzes Die Universität hatte`)
        new_clause = sent.toks[p - 1].tag == "KON" or (
            sent.toks[p].tag == "ART" and sent.is_cap(p) and sent.toks[p - 1].tag == "NN"
        )
        if (
            new_clause
            and sent.toks[p].tag in ("ART", "PPOSAT", "PDAT", "NE")
            and sent.lower[p] not in _OBJECT_ARTICLES
            and nominal_region(sent, p, e0)
            and not any(sent.toks[x].tag in _SUBORDINATE for x in range(a0, p))
        ):
            return sent.span(p, e0)
    empty = a0 == k or expletive_vorfeld(sent, a0, e0)  # `Es ziehen 47 Prozent ... `
    if a0 == k and k > 2 and sent.toks[k - 1].text == ",":
        listed = _comma_pieces(sent, k - 1)
        if listed is not None:
            return listed  # `X, Fraktionschefin von Y, kritisierte:`
    unclosed = unclosed_apposition(sent, a0, e0, names)
    if unclosed is not None:
        return unclosed  # `X, der Generalsekretär des Verbands (UGIT) sagte`
    # an object or adverbial Vorfeld (`Im Vorfeld hatte ...`): the subject follows the verb
    b0 = k + 1
    while b0 < len(sent.toks) and (
        sent.toks[b0].tag in SKIP_TAGS or sent.lower[b0] in ("sich", "es")
    ):
        b0 += 1
    b0 = _after_time_phrase(sent, b0)  # `schilderte am Nachmittag eine Nachbarin, …`
    named = quoted_name_after(sent, b0, names)
    if named is not None:
        return named  # `erklärte der neue „Oberste Rat zur Wiederherstellung ...“, wie ...`
    head = attribute_head(sent, b0) if b0 < len(sent.toks) else None
    b1 = b0 if head is None else head  # `teilte die zur Universität gehörende Stiftung mit`
    end = sent.content_end()
    while b1 < end and not sent.is_boundary(b1) and sent.toks[b1].tag not in _VERB_TAGS:
        if sent.toks[b1].tag in ("APPR", "APPRART") and b1 > b0 or sent.toks[b1].tag == "PTKVZ":
            break
        b1 += 1
    while b1 > b0 + 1 and sent.toks[b1 - 1].tag in SKIP_TAGS:
        b1 -= 1  # `erklärte die Stadtverwaltung nun, ...`: the adverb after the subject
    b1 = _cut(sent, b0 if head is None else head, b1, [])  # `47 Prozent der Befragten die …`
    if (
        b0 < b1
        and nominal_region(sent, b0 if head is None else head, b1)
        and sent.lower[b0] not in _OBJECT_ARTICLES
        and (
            empty  # no Vorfeld: `Wie mitteilte die Stadt`, `..., erklärten nur die Gefängnisse`
            or _prepositional_vorfeld(sent, a0, e0)  # `Von den Ämtern erklärte nur die Post`
            or _role_vorfeld(sent, a0, e0)  # `Als Zeugin schilderte eine Nachbarin, …`
            or any(sent.toks[x].tag == "NE" for x in range(b0, b1))
            or any(sent.toks[b0].start <= s and e <= sent.toks[b1 - 1].end for s, e in names)
        )
    ):
        return sent.span(b0, b1)  # a named subject after the verb
    return None


def _after_time_phrase(sent: Sentence, b0: int) -> int:
    """The first token after a time adverbial of up to three words that opens the middle field
    at ``b0`` and is followed by a noun phrase (`am Nachmittag eine Nachbarin`), else ``b0``."""
    if b0 >= len(sent.toks) or sent.toks[b0].tag not in ("APPR", "APPRART"):
        return b0
    for j in range(b0 + 2, min(b0 + 4, len(sent.toks))):
        if sent.toks[j].tag in ("ART", "PPOSAT", "PIAT", "NE") and time_phrase(sent, b0, j):
            return j
    return b0


def _role_vorfeld(sent: Sentence, a0: int, e0: int) -> bool:
    """The Vorfeld is an `als` phrase of a role (`Als Zeugin`, `Als erste Rednerin`): no subject,
    which follows the verb."""
    return (
        e0 - a0 >= 2
        and sent.lower[a0] == "als"
        and sent.toks[e0 - 1].tag == "NN"
        and all(sent.toks[x].tag in ("ADJA", "NN", "ART") for x in range(a0 + 1, e0))
    )


def _prepositional_vorfeld(sent: Sentence, a0: int, e0: int) -> bool:
    """Tokens ``[a0, e0)`` before the finite verb are one prepositional phrase (`Von den
    Einrichtungen in Belgien`): the subject of a verb-second clause follows the verb."""
    return (
        a0 < e0
        and sent.toks[a0].tag in ("APPR", "APPRART")
        and sent.toks[a0].text[:1].isupper()
        and a0 + 1 < e0
        and (
            sent.toks[a0].tag == "APPRART"
            or sent.toks[a0 + 1].tag in ("ART", "PPOSAT", "PDAT", "PIAT", "ADJA")
        )  # not a name with a particle: `Zu Guttenberg hatte ... eingeräumt`
        and all(
            sent.toks[x].tag in _NP_TAGS | {"APPR", "APPRART", "ADV"} and not sent.in_quote[x]
            for x in range(a0 + 1, e0)
        )
        and not time_phrase(sent, a0, e0)
    )


def finite_cue(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence and token index of the finite verb among the cue words."""
    found = cue_sentence(a, sents, -1)
    if found is None:
        return None
    cue, sent = found
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
            if not sent.in_quote[x]
            and (
                sent.toks[x].tag in ("VAFIN", "VMFIN")
                or sent.toks[x].tag == "PPER"  # `will/PPER`: a modal the tagger misread
                and sent.lower[x] in sent.lex.finite
            )
        ),
        None,
    )
    if aux is not None:
        return sent, aux  # `X hatte sich erhofft`: the auxiliary is the finite verb
    if (
        sent.toks[k].tag == "VVPP"
        and start > 0
        and sent.toks[start - 1].text == ","
        and not (k + 1 < len(sent.toks) and sent.toks[k + 1].tag in ("VAFIN", "VMFIN", "VAINF"))
        and not any(
            sent.toks[x].tag in _SUBORDINATE | {"KOKOM"} or sent.lower[x] in ("als", "wie")
            for x in range(start, k)
        )
    ):
        aux = _auxiliary_before(sent, start - 1)
        if aux is not None:
            return sent, aux  # `So hat sich X, Y, gerade dagegen ausgesprochen`
    if sent.toks[k].tag == "VVPP" and any(
        sent.toks[x].tag in _FINITE_TAGS for x in range(start, k)
    ):
        return None
    return sent, k


def framed_speaker(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int, Span2] | None:
    """:func:`finite_cue` and the speaker span of a top-level attribution that has one (the
    word-order rules correct only those)."""
    if a.speaker is None or a.parent is not None:
        return None
    found = finite_cue(a, sents)
    return None if found is None else (*found, a.speaker)


# twin: cue_extent._perfect_auxiliary (other stop tags, bounded reach: not merged)
def _auxiliary_before(sent: Sentence, comma: int) -> int | None:
    """The auxiliary of a participle whose clause an apposition between commas cut off:
    only noun phrases, adverbs and commas stand between them."""
    x = comma - 1
    while x >= 0 and not sent.in_quote[x] and sent.toks[x].text not in ":;":
        tag = sent.toks[x].tag
        if tag in ("VAFIN", "VMFIN"):
            return x
        if tag in _VERB_TAGS or tag in ("KOUS", "PRELS", "PWS", "PWAV", "KON"):
            return None
        x -= 1
    return None


def vorfeld_name(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`Holmqvist sagte dazu am Abend`: a Vorfeld that is exactly a name the NER stage found
    is the subject, also when the tagger missed the name and the frame rules took a phrase
    after the verb."""
    found = framed_speaker(a, sents)
    if found is None:
        return None
    sent, k, speaker = found
    if speaker[0] < sent.toks[k].end:
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


#: endings of abstract nouns (`Verschiebung`, `Äußerungen`, `Entwicklung`): such a Vorfeld is
#: what was said or judged, not who said it
_ABSTRACT_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "nis",
    "nisse",
    "tät",
    "zahl",
)
#: `-ung` nouns that name groups of people (they can speak)
_GROUP_NOUNS = ("stiftung", "bewegung", "führung", "leitung", "vertretung", "versammlung")


def object_first(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`Eine Verschiebung des Wahltermins bezeichnete Conze als fatal`, `Ihren Widersacher
    forderte May auf`: the frame rules took an object Vorfeld for the subject; the named
    subject follows the finite verb."""
    found = framed_speaker(a, sents)
    if found is None:
        return None
    sent, k, speaker = found
    i, j = token_at(sent, speaker[0]), token_at(sent, speaker[1] - 1)
    if i is None or j is None or j >= k or i != 0:
        return None
    # `Die Äußerungen bezeichnete X als „…“ und glaubt, …`: the coordinated verbs share the
    # subject, which word order shows after the first one (a quotation between them may end
    # the clause of the second verb early)
    k = _first_conjunct(sent, j + 1, k) or k
    relative = (
        j + 2 < k - 1
        and sent.toks[j + 1].text == ","
        and sent.toks[k - 1].text == ","
        and _parenthetical(sent, j + 2, k - 1)
    )  # `Die Zahl der Menschen, die ... getötet wurden, bezifferte X mit 13`
    if sent.clause_start(k) != i and not relative:
        return None
    demonstrative = i == j and sent.lower[i] in ("dies", "das", "dieses")
    disagree = _number_disagrees(sent, i, j + 1, k) or (
        relative and _relative_plural(sent, j + 2, k - 1, k)
    )  # `Die Mönche, die ... hatten, beschrieb X als`
    if disagree and any(speaker[0] <= s and e <= speaker[1] for s, e in names):
        # `Der Außenpolitiker Jürgen Hasselbach sprach …`: a phrase that names someone is no
        # plural, whatever number the tagger gave its noun (`Außenpolitiker`/Plur)
        disagree = False
    if not demonstrative and not disagree and not _object_phrase(sent, i, k, names):
        return None
    after = sent.subject_after(k)
    if after is None:
        return None
    b0 = token_at(sent, after[0])
    if b0 is None or b0 > k + 3 or sent.lower[b0] in _OBJECT_ARTICLES:
        return None
    if demonstrative and sent.toks[b0].tag in ("ART", "PPOSAT", "NE", "NN"):
        return after  # `Dies wollte die Schülerin nicht akzeptieren und gab vor, ...`
    if sent.lower[b0] in ("er", "sie") and after[1] == sent.toks[b0].end:
        return after  # `Die Entwicklung verglich sie mit ...`
    named = any(after[0] <= s and e <= after[1] for s, e in names)
    if disagree and not named:
        b1 = token_at(sent, after[1] - 1)
        named = b1 is not None and any(
            sent.lex.is_source_noun(sent.toks[x].text) for x in range(b0, b1 + 1)
        )
    return after if named else None


def second_predicate(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`X begrüßten A, fordern aber die Nennung eines Datums`: the subject of a second
    predicate is the main clause's, not the thing after its verb."""
    found = framed_speaker(a, sents)
    return None if found is None else second_predicate_subject(*found)


def _first_conjunct(sent: Sentence, a: int, k: int) -> int | None:
    """The finite verb right after the Vorfeld ending before ``a`` when the verb at ``k`` is
    coordinated with it by `und`/`sowie` (`X bezeichnete ... und sagte`): both share the
    subject, which word order shows at the first verb."""
    if a >= k or sent.toks[a].tag not in _FINITE_TAGS or sent.clause_start(a) != 0:
        return None
    between = range(a + 1, k)
    if not any(sent.toks[x].tag == "KON" and sent.lower[x] in ("und", "sowie") for x in between):
        return None
    if any(sent.toks[x].tag in _SUBORDINATE or in_long_quote(sent, x) for x in between):
        return None  # a short quotation (`bezeichnete X als „Knaller“ und glaubt`) stays
    return a


def _number_disagrees(sent: Sentence, i: int, j: int, k: int) -> bool:
    """The noun phrase ``[i, j)`` is plural and the finite verb at ``k`` singular: the
    phrase cannot be its subject."""
    head = next((x for x in range(i, j) if sent.toks[x].tag == "NN"), None)
    return (
        head is not None
        and sent.toks[head].feat("Number") == "Plur"
        and sent.toks[k].feat("Number") == "Sing"
    )


def _relative_plural(sent: Sentence, a: int, b: int, k: int) -> bool:
    """The relative clause ``[a, b)`` after the Vorfeld ends with a plural finite verb (its
    antecedent is plural, whatever number the tagger gave the noun) and the verb at ``k`` is
    singular."""
    return (
        sent.toks[b - 1].tag in _FINITE_TAGS
        and sent.toks[b - 1].feat("Number") == "Plur"
        and sent.toks[k].feat("Number") == "Sing"
    )


def _object_phrase(sent: Sentence, i: int, k: int, names: list[Span2]) -> bool:
    """Tokens ``[i, k)`` are an object: an accusative or dative determiner (`Ihren Widersacher`)
    or an abstract noun that is no source and no name (`Die Äußerungen von X`)."""
    if sent.lower[i] in _OBJECT_ARTICLES:
        return True
    head = next((x for x in range(i, k) if sent.toks[x].tag in _NOUN_TAGS), None)
    if head is None or sent.toks[head].tag != "NN":
        return False
    word = sent.lower[head]
    if any(s <= sent.toks[head].start < e for s, e in names):
        return False
    return (
        word.endswith(_ABSTRACT_ENDINGS)
        and not word.endswith(_GROUP_NOUNS)
        and not sent.lex.is_source_noun(sent.toks[head].text)
    )


#: endings of feminine source nouns: `der` before them is dative (`Der Zeitung sagte X`)
_FEMININE_ENDINGS = ("ung", "ei", "ion", "schaft", "tur", "de", "in", "ive", "ee", "wehr")


def source_vorfeld(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`Die Regierung forderte X auf, ...`: a Vorfeld headed by a source noun is the subject,
    the name after the verb its object (the frame rules prefer a name after the verb when
    the Vorfeld holds none)."""
    found = framed_speaker(a, sents)
    if found is None:
        return None
    sent, k, speaker = found
    i = token_at(sent, speaker[0])
    if i is None or i <= k or sent.clause_start(k) != 0:
        return None
    a0 = 0
    while a0 < k and sent.toks[a0].tag in SKIP_TAGS:
        a0 += 1
    if a0 >= k or sent.lower[a0] in _OBJECT_ARTICLES or not nominal_region(sent, a0, k):
        return None
    head = next((x for x in range(a0, k) if sent.toks[x].tag in _NOUN_TAGS), None)
    if (
        head is None
        or sent.toks[head].tag != "NN"
        or not sent.lex.is_source_noun(sent.toks[head].text)
    ):
        return None
    b0 = token_at(sent, speaker[0])
    word = sent.lower[head]
    nominative = sent.lower[a0] in ("ein", "kein", "jeder") or (
        sent.lower[a0] in ("der", "dieser") and not word.endswith(_FEMININE_ENDINGS)
    )  # `Ein Sprecher`, `Der Sprecher`, not `Der Zeitung sagte X`
    plural = sent.toks[head].feat("Number") == "Plur" and sent.toks[k].feat("Number") == "Plur"
    dative = b0 is not None and sent.lower[b0] in ("der", "dem", "einem", "einer")
    return sent.span(a0, k) if nominative or plural or dative else None


def relative_object(a: Attr, sents: Sequence[Sentence], names: list[Span2]) -> Span2 | None:
    """`die Marke, die Gerhard Schröder zum Ziel erklärt hatte:`: the relative pronoun of a
    verb-final clause is the object when a named phrase follows it; that phrase speaks."""
    found = framed_speaker(a, sents)
    if found is None:
        return None
    sent, k, speaker = found
    i, j = token_at(sent, speaker[0]), token_at(sent, speaker[1] - 1)
    if i is None or i != j or sent.toks[i].tag != "PRELS" or i + 1 >= k:
        return None
    s = i + 1
    if sent.lower[s] in _OBJECT_ARTICLES or sent.toks[s].tag not in ("NE", "ART", "PPOSAT"):
        return None
    end = s
    while end < k and sent.toks[end].tag in _NP_TAGS:
        end += 1
    end = _cut(sent, s, end, [])
    if end <= s or not nominal_region(sent, s, end):
        return None
    span = sent.span(s, end)
    named = any(span[0] <= b and e <= span[1] for b, e in names)
    return span if named else None
