"""Subjects that German word order keeps away from their verb, for the speaker rules of
:mod:`.speaker_subjects`: a name and its apposition between commas (`X, Fraktionschefin von Y,
kritisierte`), a relative clause or adjective phrase between subject and verb (`X, der am Montag
in Y war, sagte`), the subject right after the subordinator of a verb-final clause (`da die PDM
angekündigt hatte`, `in dessen Folge das Gericht festgestellt hatte`), a web address or short
quoted name the tagger misread (`Wie t-online.de berichtet`), a full stop the sentence
splitter missed, an expletive `Es` Vorfeld before the subject (`Es ziehen 47 Prozent der
Befragten den Schluss, ...`), and the subject of a verb-final clause with its apposition between
commas (`Seitdem der Präsident der Fraktion, Max Muster, Anfang Mai ... bekannt gemacht hatte`),
a name whose apposition lacks its closing comma (`X, der Generalsekretär des Verbands (Y) sagte`),
a surname whose particle opens the sentence (`Zu Guttenberg hatte eingeräumt`), and the
subject that a second predicate shares with the main clause before it (`X begrüßten A, fordern
aber B`), `es` pointing back to a speaking institution (`Das Gericht ... . Es weist ...`), and
a long quoted name after the verb (`erklärte der neue „Oberste Rat zur Wiederherstellung der
Demokratie“, ...`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .frames import Sentence, Span2
from .mood import first_finite
from .phrase_ends import noun_after_adjectives
from .speaker_spans import (
    _NP_TAGS,
    _OBJECT_ARTICLES,
    _VERB_TAGS,
    SKIP_TAGS,
    _cut,
    nominal_region,
    token_at,
)
from .token_view import FINITE_TAGS, HEISSEN, PASSIVE_FORMS

#: a web address used as the name of a medium (`t-online.de`, `spiegel.de`)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}")


def _web_name(sent: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` are a medium's name the tagger misreads because it is in lower case:
    a web address (`Wie t-online.de berichtet`) or a short quoted name (`Wie „heise online“
    berichtet`)."""
    words = [x for x in range(a, b) if sent.toks[x].tag != "$("]
    if len(words) == 1 and _DOMAIN.fullmatch(sent.toks[words[0]].text):
        return True
    q = next((q for q in sent.quotes if q.start == sent.toks[a].start), None)
    return q is not None and q.words <= 3 and q.end == sent.toks[b - 1].end


def _full_stop(sent: Sentence, k: int) -> bool:
    """Token ``k`` ends a sentence the splitter missed (`... im Angebot. eBay hält es ...`)."""
    return (
        sent.toks[k].text in (".", "!", "?")
        and not sent.in_quote[k]
        and 0 < k < len(sent.toks) - 1
        and sent.toks[k].end < sent.toks[k + 1].start  # not `ver.di`
        and sent.toks[k - 1].text.isalpha()  # not `17. Juni`
        and len(sent.toks[k - 1].text) > 3  # not `Dr.`, `St.`
    )


def _comma_pieces(sent: Sentence, comma: int) -> Span2 | None:
    """`X, Fraktionschefin von Y,` before the verb: a name and its apposition, each a nominal
    piece between commas, the first one opening the sentence or clause.  A relative clause or
    an adjective phrase right before the verb is skipped (`X, der am Montag in Y war, sagte`,
    `X, zuständig für Z, hatte angekündigt`)."""
    end = comma
    first = None
    last = comma
    for _ in range(3):
        start = raw = sent.clause_start(end)
        while start < end and sent.toks[start].tag in SKIP_TAGS:
            start += 1
        if first is None and _parenthetical(sent, raw, end):
            last = raw - 1  # the subject ends before this piece's comma
        elif nominal_region(sent, start, end):
            first = start
        else:
            break
        if raw >= 2 and sent.toks[raw - 1].text == ",":
            end = raw - 1
            continue
        break
    if first is None or first == sent.clause_start(comma) or first >= last:
        return None  # one piece only: `Die Regierung, sagte` is no apposition frame
    if last < comma and sent.clause_start(first) != 0:
        return None  # `..., X, der ..., sagte`: X may be an object of the clause before
    return sent.span(first, last)


def _parenthetical(sent: Sentence, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` insert a relative clause (`der am Montag in Y war`, `bei dem ...`) or
    an adjective phrase (`zuständig für das US-Geschäft`) between a subject and its verb."""
    if a >= b or any(sent.in_quote[k] for k in range(a, b)):
        return False
    tags = [sent.toks[k].tag for k in range(a, b)]
    relative = tags[0] == "PRELS" or (
        tags[0] in ("APPR", "APPRART") and len(tags) > 1 and tags[1] in ("PRELS", "PRELAT")
    )
    if relative:
        return tags[-1] in _VERB_TAGS or sent.toks[b - 1].tag == "PTKVZ"
    return tags[0] == "ADJD" and not any(t in _VERB_TAGS for t in tags)


#: subordinators that are also prepositions: the tagger often reads them as `APPR`; the
#: verb-final test below tells the clause (`Während X ankündigte, ...`) from the phrase
#: (`Während der Sitzung sagte X`)
_CONJUNCTION_PREPOSITIONS = frozenset({"während", "seit", "seitdem", "bis", "bevor", "nachdem"})


def _verb_final_subject(sent: Sentence, a0: int, e0: int, k: int) -> Span2 | None:
    """The subject right after the subordinator of a verb-final clause (`da die PDM
    angekündigt hatte`, `in dem er verlangte`): a personal pronoun or a noun phrase."""
    s = a0
    opener = ("KOUS", "PRELS", "PRELAT", "PWAV")
    if s + 1 < e0 and sent.lower[s] in _CONJUNCTION_PREPOSITIONS:
        s += 1  # `Während X ankündigte, ...`: the subordinator read as a preposition
    else:
        while s < e0 and sent.toks[s].tag in ("APPR", "APPRART") and s + 1 < e0:
            s += 1
        if s < e0 and (sent.toks[s].tag in opener or _relative_genitive(sent, s)):
            s += 1
        elif not (s > 0 and s == a0 and sent.toks[s - 1].tag in opener):
            late = _last_opener(sent, a0, e0)
            if late is None:
                return None  # (`wie er sagt`: `wie` was skipped before)
            s = late + 1  # `einen Zettel in dem er verlangte`: the comma before is missing
    attributive = sent.toks[s - 1].tag == "PRELAT" or _relative_genitive(sent, s - 1)
    if attributive and s < e0 and sent.toks[s].tag == "NN":
        s += 1  # `in dessen Folge das Gericht festgestellt hatte`
    while s < e0 and sent.toks[s].tag in SKIP_TAGS:
        s += 1
    after = k + 1
    while after < len(sent.toks) and sent.toks[after].tag in ("VAFIN", "VMFIN", "VAINF", "VVINF"):
        after += 1
    if (
        after < len(sent.toks)
        and not sent.is_boundary(after)
        and sent.toks[after].text not in ".!?"
    ):
        return None  # the verb does not end its clause
    if s >= e0:
        return None
    if sent.toks[s].tag == "PPER" and sent.lower[s] not in ("es", "ihm", "ihr", "ihnen"):
        return sent.span(s, s + 1)
    end = s
    while end < e0 and sent.toks[end].tag in _NP_TAGS:
        end += 1
    end = _cut(sent, s, end, [])
    if end > s and nominal_region(sent, s, end) and sent.lower[s] not in _OBJECT_ARTICLES:
        return sent.span(s, end)
    return None


def apposed_subject(sent: Sentence, a0: int, k: int) -> Span2 | None:
    """`Seitdem der Präsident der Fraktion, Max Muster, Anfang Oktober sein Vorhaben bekannt
    gemacht hatte`: the subject of a verb-final clause right after its subordinator, with an
    apposition between commas, before the words in front of the verb at ``k`` (whose own
    stretch from ``a0`` holds no subject)."""
    if a0 < 4 or sent.toks[a0 - 1].text != "," or not _clause_final_verb(sent, k):
        return None
    end = a0 - 1
    piece = sent.clause_start(end)
    if piece < 2 or sent.toks[piece - 1].text != "," or not nominal_region(sent, piece, end):
        return None
    first = sent.clause_start(piece - 1)
    opener = sent.toks[first].tag in ("KOUS", "KOUI") or (
        sent.lower[first] in _CONJUNCTION_PREPOSITIONS
    )
    if not opener or not nominal_region(sent, first + 1, piece - 1):
        return None
    if sent.lower[first + 1] in _OBJECT_ARTICLES:
        return None
    return sent.span(first + 1, end)


def unclosed_apposition(sent: Sentence, a0: int, e0: int, names: list[Span2]) -> Span2 | None:
    """`Houcine Abassi, der Generalsekretär des Verbands „...“ (UGIT) sagte`: a name opening
    the sentence and an apposition whose closing comma the writer left out, right before the
    verb at ``e0``; words inside a name the NER stage found count as nominal (`Union Générale
    Tunisienne du Travail`)."""
    if a0 < 2 or a0 >= e0 or sent.toks[a0 - 1].text != ",":
        return None
    if sent.clause_start(a0 - 1) != 0 or sent.lower[a0] in _OBJECT_ARTICLES:
        return None
    if not any(s == sent.toks[0].start and e == sent.toks[a0 - 2].end for s, e in names):
        return None  # the piece before the comma is exactly a name
    if sent.toks[a0].tag not in ("ART", "NN", "ADJA", "PPOSAT"):
        return None
    for x in range(a0, e0):
        tok = sent.toks[x]
        named = any(s <= tok.start and tok.end <= e for s, e in names)
        if sent.in_quote[x] or tok.text in ",;:" or (tok.tag in _VERB_TAGS and not named):
            return None
        if tok.tag not in _NP_TAGS | {"APPR", "APPRART", "$("} and not named:
            return None
    return sent.span(0, e0)


#: particles of surnames that open a sentence capitalised (`Zu Guttenberg hatte eingeräumt`)
_NAME_PARTICLES = frozenset({"zu", "von", "van", "de", "di", "da", "del", "le", "la", "al"})


def name_particle(sent: Sentence, a0: int, e0: int) -> bool:
    """The sentence opens with a surname and its particle before the finite verb at ``e0``
    (`Zu Guttenberg hatte zwar Fehler eingeräumt`): the tagger reads the particle as a
    preposition."""
    return (
        a0 == 0
        and e0 - a0 >= 2
        and sent.lower[a0] in _NAME_PARTICLES
        and sent.is_cap(a0)
        and all(sent.toks[x].tag == "NE" for x in range(a0 + 1, e0))
    )


#: words that may stand between the comma and the verb of a second predicate
_LINKS = frozenset({"aber", "jedoch", "doch", "zugleich", "gleichzeitig", "dann"})


def second_predicate_subject(sent: Sentence, k: int, speaker: Span2) -> Span2 | None:
    """`Die Rothemden begrüßten die Ankündigung, fordern aber die Nennung eines Datums`: the
    verb at ``k`` opens its clause right after a comma (a second predicate), the frame rules
    took its object (``speaker``, a thing or a noun phrase disagreeing in number with the verb:
    `…, befürchtet aber weitere Tote`) for the subject; also `X möchte ...,
    nimmt die Abgeordneten in Schutz und warnt vor ...` (the object of the first verb of the
    coordination, disagreeing in number with ``k``); the subject is the one of the main clause
    that opens the sentence, agreeing in number."""
    i, j = sent.index_at(speaker[0]), sent.index_ending_at(speaker[1])
    if i is None or j is None:
        return None
    # the verb that opens the clause: ``k`` itself or, in `..., nimmt X in Schutz und warnt
    # vor ...`, the first verb of the coordination (X is its object)
    first = k
    while first > 0 and sent.toks[first - 1].text != "," and not sent.in_quote[first - 1]:
        first -= 1
    opener = first
    while opener < k and sent.lower[opener] in _LINKS:
        opener += 1
    if sent.toks[opener].tag not in FINITE_TAGS or i <= opener:
        return None
    if sent.lower[k] in HEISSEN and k + 1 < len(sent.toks) and sent.lower[k + 1] == "es":
        return None  # impersonal `..., heißt es in einem Gutachten`: the source stays
    thing = not head_can_speak(sent, list(range(i, j + 1))) and sent.toks[i].feat("Case") != "Nom"
    head = next((x for x in range(j, i - 1, -1) if sent.toks[x].tag == "NN"), None)
    disagrees = (
        head is not None
        and sent.toks[head].feat("Number") is not None
        and sent.toks[k].feat("Number") is not None
        and sent.toks[head].feat("Number") != sent.toks[k].feat("Number")
    )
    if not thing and not disagrees:
        return None  # a subject after the verb (`..., sagte der Minister`)
    comma = first - 1
    if comma < 2 or sent.toks[comma].text != "," or sent.clause_start(comma) != 0:
        return None
    verb = next((x for x in range(comma) if sent.toks[x].tag in FINITE_TAGS), None)
    if verb is None or sent.toks[0].tag in ("KOUS", "PRELS", "PWS", "PWAV", "APPR"):
        return None
    one, two = sent.toks[verb].feat("Number"), sent.toks[k].feat("Number")
    if one is None or one != two or (opener == k and sent.is_subjunctive(verb)):
        return None  # (`X habe ..., schrieb Y`: a trailing frame after reported speech)
    return sent.subject_before(verb)


def institution_es(sent: Sentence, i: int, sents: Sequence[Sentence]) -> bool:
    """`Das Gericht nutzte ... . Es weist den Vorwurf zurück, ...`: `es` at ``i`` subject of an
    active speech verb (no `heißt es`, no passive) refers to the neuter institution that is the
    subject of the sentence before (`das Gericht`, `das Ministerium`)."""
    if sent.index < 1 or any(
        sent.lower[x] in HEISSEN or sent.lower[x] in PASSIVE_FORMS or sent.lower[x] == "gibt"
        for x in range(sent.clause_start(i), sent.clause_end(i))
    ):
        return False
    before = next((s for s in sents if s.index == sent.index - 1), None)
    v = first_finite(before, main=True) if before is not None else None
    if before is None or v is None:
        return False
    subject = before.subject_before(v) or before.subject_after(v)
    k = token_at(before, subject[0]) if subject is not None else None
    if k is None or before.lower[k] not in ("das", "dieses"):
        return False
    head = noun_after_adjectives(before, k + 1)
    return head is not None and before.lex.is_source_noun(before.toks[head].text)


def quoted_name_after(sent: Sentence, b0: int, names: list[Span2]) -> Span2 | None:
    """`erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“, wie ...`: an
    article with adjectives and a quotation that the NER stage read as a name, closed by a
    comma or the sentence end, is the subject after the verb (a quoted name longer than the
    four words a name inside a noun phrase usually has)."""
    k = b0
    if k >= len(sent.toks) or sent.toks[k].tag != "ART" or sent.lower[k] in _OBJECT_ARTICLES:
        return None
    k += 1
    while k < len(sent.toks) and sent.toks[k].tag == "ADJA" and not sent.in_quote[k]:
        k += 1
    if k >= len(sent.toks) or sent.toks[k].start not in sent.quote_starts:
        return None
    quote = next(q for q in sent.quotes if q.start == sent.toks[k].start)
    end = k
    while end < len(sent.toks) and sent.toks[end].start < quote.end:
        end += 1
    if end < len(sent.toks) and sent.toks[end].text not in ",.":
        return None
    inner = (sent.toks[k + 1].start, sent.toks[end - 2].end) if end - k > 2 else None
    named = inner is not None and any(s <= inner[0] < e for s, e in names)
    return sent.span(b0, end) if named and quote.words <= 8 else None


def _clause_final_verb(sent: Sentence, k: int) -> bool:
    """The verb at ``k`` (with its auxiliaries: `bekannt gemacht hatte`) ends its clause."""
    k += 1
    while k < len(sent.toks) and sent.toks[k].tag in ("VAFIN", "VMFIN", "VAINF", "VMINF"):
        k += 1
    return k >= len(sent.toks) or sent.is_boundary(k) or sent.toks[k].text in ".!?"


def _last_opener(sent: Sentence, a0: int, e0: int) -> int | None:
    """The relative pronoun or subordinator in ``[a0, e0)`` followed only by a subject up to
    the verb, for a clause whose comma is missing (`Er hinterließ einen Zettel in dem er
    verlangte, ...`)."""
    for x in range(e0 - 1, a0, -1):
        if sent.toks[x].tag in ("KOUS", "PRELS"):
            between = range(x + 1, e0)
            if between and all(
                sent.toks[y].tag in _NP_TAGS | SKIP_TAGS | {"PPER"} for y in between
            ):
                return x
            return None
    return None


def _relative_genitive(sent: Sentence, s: int) -> bool:
    """`dessen`/`deren` after a comma and a preposition opens a relative clause whatever the
    tagger read (`, in dessen/PDS Folge das Gericht festgestellt hatte`)."""
    return (
        sent.lower[s] in ("dessen", "deren")
        and s >= 2
        and sent.toks[s - 1].tag in ("APPR", "APPRART")
        and sent.toks[s - 2].text == ","
    )


def expletive_vorfeld(sent: Sentence, a0: int, e0: int) -> bool:
    """The Vorfeld ``[a0, e0)`` is the expletive `Es` before a plural verb at ``e0`` (`Es
    ziehen 47 Prozent der Befragten den Schluss, ...`): `es` cannot be the subject, which
    follows the verb (before a singular verb `es` may be a pronoun: `Es soll die Geräte
    einschränken`)."""
    return (
        e0 == a0 + 1
        and e0 < len(sent.toks)
        and sent.lower[a0] == "es"
        and sent.toks[a0].tag in ("PPER", "")
        and sent.toks[e0].feat("Number") == "Plur"
    )


def head_can_speak(sent: Sentence, words: list[int]) -> bool:
    """The head of a subject is a possible source: its first run of nouns holds a name or a
    noun of someone who speaks (`Regierungspräsident X`, `Die Polizei`); a name in an attribute
    after the head does not count (`Der Verkauf der Woba`, `Die Konflikte im Sudan`)."""
    nouns = [k for k in words if sent.toks[k].tag in ("NN", "NE")]
    if not nouns:
        return True  # untagged text: no head to check
    if any(
        sent.toks[k].text == "," and k + 1 in words and sent.toks[k + 1].tag == "NE" for k in words
    ):
        return True  # `Der Koordinator der Bundesregierung, Malte Siebrecht,`: named in apposition
    head = [nouns[0]]
    while head[-1] + 1 in words and sent.toks[head[-1] + 1].tag in ("NN", "NE"):
        head.append(head[-1] + 1)
    return any(
        sent.toks[k].tag == "NE"
        or sent.lex.is_source_noun(sent.toks[k].text)
        or sent.lower[k].endswith(_PERSON_ENDINGS)
        for k in head
    )


#: endings of nouns naming persons by what they do (`Mitarbeiter`, `Geschäftsführer`,
#: `Archäologin`, `Aktivisten`)
_PERSON_ENDINGS = ("er", "in", "innen", "ist", "isten", "ent", "enten", "oge", "ogen", "eur")
