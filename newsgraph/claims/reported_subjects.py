"""Subjects of reported speech acts that the tagger's mistakes hide (coverage round, session 9).

A reported speech act (`X forderte den Rücktritt`) needs a subject who speaks.  The general
subject search (:mod:`.sentence`) reads the tags of the nlp stage; in everyday news copy three
of its mistakes cost the whole claim:

* a Vorfeld that holds no subject of its own: a fronted subordinate clause (`Nachdem die
  Zahlen bekannt wurden, forderte die Opposition Konsequenzen.`).  In a verb-second clause
  whose Vorfeld is an adverbial clause, the first article phrase after the finite verb is its
  subject: German puts a full subject before the objects of the middle field.  The tagger
  reads `die`/`das` (one form for nominative and accusative) as accusative when no second
  article phrase follows, and :func:`.reported_checks.object_speaker` would then take the
  subject for an object (:func:`adverbial_vorfeld`);
* the phrase found after the verb then runs on into the bare object noun (`die Opposition
  Konsequenzen`): a common noun right after the head noun, without an article, opens the
  object, not an apposition (names stay: `die Gewerkschaft Verdi`)
  (:func:`subject_before_bare_object`);
* a Vorfeld of a title compound and a name (`CDU-Chef Friedrich Merz forderte am Sonntag …`)
  whose compound the tagger read as a preposition: capitalised words only, ending in a name,
  right before the finite verb are the subject (:func:`vorfeld_name`);
* a phrase after the verb with a nominative-accusative article (`das Parlament`, `die
  Opposition`) read as accusative is the subject all the same when it names someone and an
  accusative object follows it, with an article or bare (`Für Dienstag kündigte die Opposition
  weitere Kundgebungen an`, session 12) (:func:`ambiguous_subject`).
"""

from __future__ import annotations

from .frames import Sentence, Span2

#: tags of a subordinator that opens a fronted adverbial clause
_SUBORDINATOR_TAGS = frozenset({"KOUS", "KOUI"})

#: articles whose nominative and accusative forms are the same
_NOM_ACC_ARTICLES = frozenset({"die", "das", "eine"})

#: tags a word of the phrase after the verb may have (its Vorfeld fills the rest)
_NAME_TAGS = frozenset({"NE", "NN"})

#: words that end a Vorfeld search (no subject phrase reaches across them)
_STOPS = frozenset({",", ";", ":", "(", ")", "–", "-", "—", "„", "“", '"'})


def adverbial_vorfeld(sent: Sentence, head: int) -> bool:
    """The Vorfeld before the finite verb at ``head`` holds no subject: the sentence opens with
    a subordinate clause closed by a comma right before the verb (`Nachdem …, forderte`).  Not
    a prepositional phrase (`Unter den Bedingungen halten die Befehlshaber … für …, da …`: such
    a clause may frame a content that later rules find; measured on train, a claim here
    pre-empted one), an adverb before a subject (`Insbesondere IWF und EZB verlangen …`) or a
    one-adverb Vorfeld (`Deshalb rufen die Beschäftigten zu Streiks auf`: the phrase may be the
    object of a subject named before, `tests/test_claims_reported_conjuncts.py`)."""
    if head < 2 or sent.in_quote[head] or sent.toks[0].tag not in _SUBORDINATOR_TAGS:
        return False
    return sent.toks[head - 1].text == "," and _one_fronted_clause(sent, head)


def _one_fronted_clause(sent: Sentence, head: int) -> bool:
    """Tokens before the comma at ``head - 1`` form one subordinate clause: no other comma, no
    quotation, one finite verb (at its end, as in every verb-final clause)."""
    inner = range(1, head - 1)
    if any(sent.toks[k].text in _STOPS or sent.in_quote[k] for k in inner):
        return False
    return sum(1 for k in inner if sent.is_finite(k)) == 1


def subject_after_adverbial(sent: Sentence, span: Span2, head: int) -> bool:
    """The phrase ``span`` right after the finite verb at ``head`` is the subject although the
    tagger read its article as accusative: the Vorfeld is an adverbial
    (:func:`adverbial_vorfeld`), the phrase opens with `die`/`das`/`eine` right after the verb
    and no nominative phrase stands before it."""
    k = sent.index_at(span[0], 0)
    if k != head + 1 or sent.lower[k] not in _NOM_ACC_ARTICLES or sent.toks[k].tag != "ART":
        return False
    return adverbial_vorfeld(sent, head)


def subject_before_bare_object(sent: Sentence, span: Span2) -> Span2:
    """``span`` without a bare common noun that follows its head noun (`die Opposition
    Konsequenzen` → `die Opposition`): the second noun, without an article, is the object of
    the verb.  A name after the noun (`die Gewerkschaft Verdi`) is an apposition and stays."""
    words = sent.indices_in(*span)
    for a, b in zip(words, words[1:], strict=False):
        if (
            sent.toks[a].tag == "NN"
            and sent.toks[b].tag == "NN"
            and sent.is_cap(b)
            and not sent.lex.is_source_noun(sent.toks[b].text)
        ):
            return sent.span(words[0], b)
    return span


def vorfeld_name(sent: Sentence, head: int) -> Span2 | None:
    """The subject filling the Vorfeld before the finite verb at ``head`` when the subject
    search found none: capitalised words from the sentence start (a title compound the tagger
    may misread, then names and nouns), the last one a name (`CDU-Chef Friedrich Merz
    forderte …`, `SPD-Fraktionschef Max Muster kündigte … an`)."""
    if head < 2 or head > 6 or sent.in_quote[head] or not sent.is_finite(head):
        return None
    words = range(head)
    if any(not sent.is_cap(k) or sent.in_quote[k] or sent.toks[k].text in _STOPS for k in words):
        return None
    if sent.toks[head - 1].tag != "NE":
        return None
    first = sent.toks[0]
    if first.tag not in _NAME_TAGS and "-" not in first.text[1:]:
        return None  # `Dort`, `Heute`: an adverb is no part of a name
    if any(sent.toks[k].tag not in _NAME_TAGS for k in range(1, head)):
        return None
    return sent.span(0, head)


#: articles whose nominative and accusative are one form (`das Parlament`, `die Regierung`)
_NOM_ACC = frozenset(["das", "die", "eine"])


def ambiguous_subject(sent: Sentence, k: int, head: int) -> bool:
    """The phrase at ``k`` after the verb at ``head``, read as an accusative by the tagger, is
    the subject all the same: its article has one form for both cases, its head names someone
    who can speak (`Am Montag forderte das Parlament die Herausgabe`: `Parlament`, not the
    demand) or a name, and an accusative phrase follows it in the clause (the object), with an
    article, bare right after it, or bare after adverbials (`Bei der Konferenz forderten die
    Minister am Mittwoch mehr Mitsprache`)."""
    if sent.lower[k] not in _NOM_ACC or k <= head:
        return False
    end = sent.np_end(k, sent.clause_end(k))
    nouns = [j for j in range(k + 1, end) if sent.toks[j].tag in ("NN", "NE")]
    if not nouns or not (
        sent.toks[nouns[0]].tag == "NE" or sent.lex.is_source_noun(sent.toks[nouns[0]].text)
    ):
        return False
    stop = sent.clause_end(end)
    if (
        end < stop
        and not sent.in_quote[end]
        and sent.toks[end].tag in ("ADJA", "PIAT", "NN")
        and sent.toks[end].feat("Case") == "Acc"
    ):
        return (
            True  # a bare object right after it (`kündigte die Opposition weitere Kundgebungen an`)
        )
    return any(
        sent.toks[j].feat("Case") == "Acc"
        and (sent.toks[j].tag == "ART" or _bare_object(sent, j))
        for j in range(end, stop)
        if not sent.in_quote[j]
    )


#: tags of words a bare object opens with (`mehr Mitsprache`, `neue Verhandlungen`)
_BARE_OBJECT_TAGS = frozenset({"PIAT", "ADJA", "NN"})
#: tags before a word that make it part of another phrase (`am Mittwoch`, `die neuen Pläne`)
_INSIDE_PHRASE_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJA", "PIAT", "PPOSAT", "CARD"})


def _bare_object(sent: Sentence, j: int) -> bool:
    """Word ``j`` opens a bare accusative object later in the clause (`forderten die Länder am
    Mittwoch mehr Mitsprache`): a determiner-like or common word not inside a prepositional or
    article phrase."""
    return sent.toks[j].tag in _BARE_OBJECT_TAGS and sent.toks[j - 1].tag not in _INSIDE_PHRASE_TAGS
