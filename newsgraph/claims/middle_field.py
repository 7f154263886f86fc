"""The subject of a verb frame that stands in the middle field behind adverbials.

German puts the subject of an inverted frame (`..., sagte der Sprecher`, `Am Montag teilte
die Stadt mit`) right after the finite verb, but adverbials may come first: times (`sagte
gestern Abend der Polizeisprecher`), places and circumstances as prepositional phrases
(`sagte am Montag in Köln ein Sprecher der Polizei`, `teilte am Dienstag auf Anfrage ein
Sprecher der Stadt mit`, `erklärte nach der Sitzung die Vorsitzende Eva Roth`).  The phrase
readers of :mod:`.speaker_subjects` stop at the first preposition, so such a frame had no
speaker, or the noun inside the adverbial became one (`Köln`, `Abend der Polizeisprecher`).

:func:`middle_field_subject` skips the adverbials and takes the noun phrase after them when
it can only be the subject: a name, a source noun, `der`/`ein` + a masculine singular noun,
a determiner + title before a person's name (`die Vorsitzende Eva Roth`), or `die`/`das` +
a source noun (the frame's content fills the accusative, and the tagger's case guess after a
prepositional phrase is unreliable); dative objects before it (`der Zeitung`, `dem Sender`)
are skipped.  It never reads
through a comma, a quotation or a second verb, never in a passive clause (its subject is no
speaker), and never past an agent preposition (`von`, `vom`, `seitens`, `durch`: the passive
agent rules of :mod:`.passive_agents` own those).  :func:`middle_field_speaker` applies it to
an attribution of the speaker pass (:mod:`.speaker_sources`): a frame without a speaker gets
the subject (read by the phrase reader of plain inverted subjects when it starts there: `der
Minister für Arbeit und Soziales, Hubertus Heil`); a speaker that starts inside the skipped
adverbials, or a shorter one inside the subject (`Bundeskanzler Olaf Scholz` read as the name),
is replaced by it.  The `so` of `…, so am Montag ein Sprecher` stands where the finite verb
stands and is read the same way, and so does the `wie` of a verb-final `Wie am Montag ein
Sprecher der Polizei mitteilte, …` (its middle field lies between `wie` and the verb).  German
only.  On german_news_quotes train and dev it changes no prediction (Wikinews puts the subject
right after the verb); it is there for news copy that puts time and place first.
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import Attr, Sentence, Span2
from .speaker_spans import _NP_TAGS, SKIP_TAGS, _cut, nominal_region, token_at
from .speaker_subjects import cue_sentence, finite_cue
from .time_words import DAY_PARTS, temporal
from .token_view import PASSIVE_FORMS, TokenView

#: prepositions whose phrase is never an adverbial to skip: passive agents and sources
_AGENT_PREPS = frozenset({"von", "vom", "seitens", "durch", "laut", "zufolge", "gemäß"})
#: tags of the determiner that opens a subject noun phrase
_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT"})
#: determiners that open a masculine singular nominative (`der Sprecher`, `ein Sprecher`)
_MASCULINE_NOMINATIVE = frozenset(
    {"der", "ein", "dieser", "jener", "kein", "sein", "ihr", "unser", "euer", "mein"}
)
#: determiner forms that are never nominative
_OBJECT_FORMS = frozenset(
    {
        "den",
        "dem",
        "des",
        "einen",
        "einem",
        "eines",
        "diesen",
        "diesem",
        "dieses",
        "seinen",
        "seinem",
        "seines",
        "ihren",
        "ihrem",
        "ihres",
        "keinen",
        "keinem",
    }
)
#: determiners of a nominative or an accusative: before a source noun in the middle field
#: of a verb of saying whose content is the reported words, the subject (`sagte am Freitag
#: die Vorsitzende`; the tagger's case guess there is unreliable)
_NOM_ACC_FORMS = frozenset({"die", "das", "eine", "diese", "seine", "ihre", "unsere"})
#: the most tokens one skipped prepositional phrase may span
_PP_MAX = 8


def _time_word(sent: TokenView, i: int) -> bool:
    """`Abend` after `gestern`, `Montag`, `Juni`, `Samstagabend`: a time, never a speaker."""
    low = sent.lower[i]
    if temporal(low):
        return True
    return low in DAY_PARTS and i > 0 and sent.toks[i - 1].tag in SKIP_TAGS


def _pp_end(sent: TokenView, i: int, end: int, persons: list[Span2]) -> int | None:
    """End of the adverbial prepositional phrase opened at ``i`` (`am Montag`, `in Köln`,
    `auf Anfrage`, `bei einer Pressekonferenz`): the preposition and one noun phrase up to its
    first noun or name, with a name apposed to that noun (`im Gefängnis Berlin-Moabit`; not a
    person: `nach der Sitzung Eva Roth`); None for an agent or source preposition or no noun
    phrase."""
    if sent.toks[i].tag not in ("APPR", "APPRART") or sent.lower[i] in _AGENT_PREPS:
        return None
    j = i + 1
    while j < end and j - i <= _PP_MAX and sent.toks[j].tag in _NP_TAGS and not sent.in_quote[j]:
        if sent.toks[j].tag in ("NN", "NE"):
            j += 1
            while j < end and sent.toks[j].tag == "NE" and not sent.in_quote[j]:
                if any(s <= sent.toks[j].start < e for s, e in persons):
                    break  # a person after the phrase is the subject
                if sent.lex.is_source_noun(sent.toks[j].text):
                    break  # a title read as a name (`am Montag Bundeskanzler/NE X`)
                j += 1  # a name of several words (`in Den Haag`) or an apposed name
            return j
        j += 1
    return None


def _head(sent: TokenView, i: int) -> int | None:
    """The noun or name that heads the noun phrase opened by the determiner at ``i``."""
    h = i + 1
    while h < len(sent.toks) and sent.toks[h].tag in ("ADJA", "CARD", "ADV") and h - i < 5:
        h += 1
    if h >= len(sent.toks) or sent.toks[h].tag not in ("NN", "NE") or sent.in_quote[h]:
        return None
    return h


def _object_end(sent: TokenView, i: int, end: int, after_adverbial: bool) -> int | None:
    """End of a noun phrase at ``i`` that is no subject: a dative object before the subject
    (`sagte der Zeitung der Minister`, `sagte den Journalisten ein Sprecher`) or, right
    after an adverbial, its genitive attribute (`auf Nachfrage der Zeitung ein Sprecher`):
    `dem`/`einem`, `des`/`eines`, `den` before a plural, `der`/`einer` before a feminine
    or plural noun.  None for anything else."""
    if sent.toks[i].tag != "ART":
        return None
    h = _head(sent, i)
    if h is None or h >= end:
        return None
    head = sent.toks[h]
    low = sent.lower[i]
    plural = head.feat("Number") == "Plur"
    feminine = head.feat("Gender") == "Fem"
    dative = low in ("dem", "einem") or low == "den" and plural
    dative = dative or low in ("der", "einer") and (feminine or plural)
    genitive = after_adverbial and (
        low in ("des", "eines") or low == "der" and (feminine or plural)
    )
    if not (dative or genitive):
        return None
    h += 1
    while h < end and sent.toks[h].tag == "NE" and not sent.in_quote[h]:
        h += 1
    return h


def _nominative(sent: TokenView, i: int, persons: list[Span2]) -> bool:
    """The token at ``i`` opens a noun phrase that can only be the subject: a name, a source
    noun (`Polizeisprecher Max Muster`), `der`/`ein` + a masculine singular noun (`der
    Sprecher`: a genitive or dative would be `des`/`dem`; the tagger's case guess after a
    prepositional phrase is unreliable), or a determiner the morphology marks nominative
    before a noun for someone who speaks (`die Ministerin`, `das Ministerium`), or a
    determiner and title before a person's name (`die Vorsitzende Eva Roth`)."""
    tok = sent.toks[i]
    if sent.in_quote[i] or not tok.text[:1].isalpha():
        return False
    if tok.tag == "NE":
        return tok.text[:1].isupper()
    if tok.tag == "NN":
        return sent.lex.is_source_noun(tok.text)
    if tok.tag not in _DETERMINER_TAGS:
        return False
    low = sent.lower[i]
    if low in _OBJECT_FORMS:
        return False
    h = _head(sent, i)
    if h is None:
        return False
    head = sent.toks[h]
    masculine = head.feat("Gender") == "Masc" and head.feat("Number") != "Plur"
    if low in _MASCULINE_NOMINATIVE and masculine:
        return True
    if h + 1 < len(sent.toks) and any(s == sent.toks[h + 1].start for s, _ in persons):
        return True  # `die Vorsitzende Eva Roth`: a title before a person's name
    return sent.lex.is_source_noun(head.text) and (
        tok.feat("Case") == "Nom"
        or low in _MASCULINE_NOMINATIVE
        and masculine
        or low in _NOM_ACC_FORMS  # the frame's content fills the accusative
    )


def subject_start(view: TokenView, k: int, persons: list[Span2]) -> int | None:
    """Where the nominative subject begins after the adverbials behind the finite verb (or
    clause-opening `wie`/`so`) at ``k``, when at least one prepositional phrase, time noun or
    dative object stands between them (the plain cases are the phrase readers'); None in a
    passive clause or when no nominative follows."""
    end = view.clause_end(k + 1)
    if any(view.lower[x] in PASSIVE_FORMS for x in range(k, min(k + 8, end))):
        return None  # `wurde am Montag in Köln der Plan vorgestellt`: the subject is no speaker
    i = k + 1
    skipped = False
    while i < end and not view.in_quote[i] and not view.is_boundary(i):
        tag = view.toks[i].tag
        if view.lower[i] == "sich" or tag in SKIP_TAGS and not view.toks[i].text[:1].isupper():
            i += 1
            continue
        if _time_word(view, i):
            i += 1
            skipped = True
            continue
        nxt = _pp_end(view, i, end, persons) or _object_end(view, i, end, skipped)
        if nxt is None:
            break
        i = nxt
        skipped = True
    if not skipped or i >= end or not _nominative(view, i, persons):
        return None
    return i


def middle_field_subject(sent: Sentence, k: int, persons: list[Span2]) -> Span2 | None:
    """The nominative noun phrase after the adverbials behind the finite verb at ``k``
    (:func:`subject_start`)."""
    i = subject_start(sent, k, persons)
    if i is None:
        return None
    end = sent.clause_end(k + 1)
    found = sent.np_after(i)  # the phrase reader of plain inverted subjects
    if found is not None and found[0] == sent.toks[i].start and found[1] > sent.toks[i].start:
        return found  # (`der Minister für Arbeit und Soziales, Hubertus Heil`)
    j = i
    while j < end and sent.toks[j].tag in _NP_TAGS | {"APPR", "APPRART"} and not sent.in_quote[j]:
        j += 1
    j = _cut(sent, i, j, [])
    while j > i + 1 and sent.toks[j - 1].tag in ("APPR", "APPRART"):
        j -= 1
    if j <= i or not nominal_region(sent, i, j):
        return None
    return sent.span(i, j)


def _wie_cue(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    """The `wie` that opens a `Wie am Montag ein Sprecher mitteilte` frame: the middle field of
    the verb-final clause lies between it and the verb (cue `Wie` … `mitteilte`)."""
    found = cue_sentence(a, sents, 0)
    if found is None or len(found[0]) < 2:
        return None
    cue, sent = found
    k = token_at(sent, cue[0][0])
    if k is None or sent.lower[k] != "wie" or sent.in_quote[k]:
        return None
    return sent, k


def _so_cue(a: Attr, sents: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    """The `so` of a `…, so am Montag ein Sprecher` frame: it stands where the finite verb
    of an inverted frame stands, before the same adverbials and subject."""
    found = cue_sentence(a, sents, -1)
    if found is None or len(found[0]) != 1:
        return None
    cue, sent = found
    k = token_at(sent, cue[0][0])
    if k is None or k == 0 or sent.lower[k] != "so" or sent.toks[k - 1].text != ",":
        return None
    return sent, k


def middle_field_speaker(a: Attr, sents: Sequence[Sentence], persons: list[Span2]) -> Span2 | None:
    """The middle-field subject of ``a``'s frame when ``a`` has no speaker or its speaker
    starts inside the adverbials before that subject (`sagte in Köln ein Sprecher` read as
    `Köln`); None when nothing is to change."""
    if a.parent is not None or a.impersonal or not sents or sents[0].lex.language != "de":
        return None  # (German word order)
    found = _wie_cue(a, sents) or finite_cue(a, sents) or _so_cue(a, sents)
    if found is None:
        return None
    sent, k = found
    subject = middle_field_subject(sent, k, persons)
    if subject is None:
        return _source_of_verlauten(sent, k) if a.speaker is None else None
    if a.speaker is None:
        return subject
    verb_end = sent.toks[k].end
    if verb_end <= a.speaker[0] < subject[0] and a.speaker[1] <= subject[1]:
        return subject
    if subject[0] < a.speaker[0] and a.speaker[1] <= subject[1]:
        return subject  # `sagte am Montag Bundeskanzler Olaf Scholz` read as the name alone
    return None


def _source_of_verlauten(sent: Sentence, k: int) -> Span2 | None:
    """`..., verlautete (am Montag) aus Regierungskreisen.`: `verlauten` has no subject that
    speaks; the `aus` phrase after it names the source (with `aus`, as in `Aus EU-Kreisen
    verlautete, ...`).  Times and other prepositional phrases may stand before it."""
    if (sent.toks[k].lemma or "").lower() != "verlauten" and not sent.lower[k].startswith(
        "verlautet"
    ):
        return None
    end = sent.clause_end(k + 1)
    aus = next((x for x in range(k + 1, end) if sent.lower[x] == "aus"), None)
    if aus is None or sent.in_quote[aus] or aus + 1 >= end:
        return None
    stop = sent.np_end(aus + 1, end)
    if stop <= aus + 1 or not sent.toks[stop - 1].text[:1].isupper():
        return None
    return sent.span(aus, stop)
