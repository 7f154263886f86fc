"""Where a speaker phrase ends because something else begins: a time adverbial (`Wenige Stunden
nach dem Putsch erklärte X`, `Angaben der Polizei vom Dienstag`), a count (`laut Behördenangaben
62 Personen`), a year after a plural, an object after a name (`Zapatero finanzielle
Entschädigungen`, `der NASA der überwiegende Teil`), an abstract complement (`sprach X von der
Möglichkeit`), `der` + masculine noun after a bare `laut` source (`laut Verfassung der
Präsident`); and where it does not end: the date of a document (`einer Erklärung vom
Dienstagabend`).  Also where a name ends: an age between commas after it, a surname the tagger
read as a common noun, and the entity names of the NER stage as single phrases: a phrase
ending inside a multi-word name takes the rest of it (`die Gewerkschaft ver.di`: the tagger
read `ver` as a finite verb; `der Sportchef von Bayer 04 Leverkusen`), a common noun keeps the
organisation or work name right after it as apposition when the name ends the phrase (`die
Zeitung The Guardian`, `der Menschenrechtsorganisation amnesty international`; not a person
or place: `die Staatsanwaltschaft X` with X another phrase).  Predicates over the tokens of
one sentence, used by :mod:`.speaker_spans`."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Mention
from .frames import Sentence, Span2
from .time_words import temporal, time_noun
from .token_view import PASSIVE_FORMS

_NOUN_TAGS = frozenset({"NN", "NE"})
_DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT"})

#: the parts of a period (`Anfang Oktober`, `Mitte Mai`, `Ende 2005`): like a noun of time
#: (`Wenige Stunden nach dem Putsch erklärte X`, `Im Mai wurde bekannt`), the head of an
#: adverbial, never of a source
_PERIOD_PARTS = frozenset({"anfang", "mitte", "ende"})


#: adjectives of age after a measure of time (`34 Jahre alte`)
_AGE_ADJECTIVES = frozenset({"alt", "alte", "alter", "alten", "altes", "altem"})


def time_phrase(sent: Sentence, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a time adverbial (`Wenige Stunden nach dem Putsch`, `dieser
    Tage`, `Im Mai`): headed by a noun of time or a month or weekday, no name in it (not `einer
    am Dienstag veröffentlichten Mitteilung`: a time noun in an extended attribute)."""
    nouns = [k for k in range(i, j) if sent.toks[k].tag in _NOUN_TAGS]
    while (
        len(nouns) > 1
        and nouns[0] - 1 > i
        and sent.toks[nouns[0] - 1].tag in ("APPR", "APPRART")
        and sent.toks[nouns[0] + 1].tag == "ADJA"
    ):
        # `einer am Dienstag veröffentlichten Mitteilung`: the time noun sits in an extended
        # attribute; the phrase is headed by the noun after the participle
        nouns = nouns[1:]
    # `eine 34 Jahre alte Lehrerin`: a measure of age is an attribute, the person is the head
    nouns = [
        k for k in nouns if not (k + 1 < j and sent.lower[k + 1] in _AGE_ADJECTIVES and k + 2 < j)
    ]
    opens = i + 2 < j and sent.toks[i + 1].tag in ("APPR", "APPRART")
    if opens and sent.toks[i].tag in _DETERMINERS:
        # `der am Montag von der Stadt verbreiteten Mitteilung`: a determiner before a
        # preposition opens an extended attribute; the head follows its participle
        ends = [k + 1 for k in range(i + 2, j - 1) if sent.toks[k].tag == "ADJA"]
        nouns = [k for k in nouns if ends and k >= ends[-1]] or nouns
    return (
        bool(nouns)
        and (
            time_noun(sent.lower[nouns[0]])
            or sent.lower[nouns[0]] in _PERIOD_PARTS
            or temporal(sent.lower[nouns[0]])
        )
        and not any(sent.toks[k].tag == "NE" and not temporal(sent.lower[k]) for k in nouns)
    )


#: endings of abstract nouns: `von` + such a noun after a name is a complement (`sprach von der
#: Möglichkeit`), not where the person works (`X vom Landesamt`)
_ABSTRACT = ("ung", "ungen", "heit", "keit", "keiten", "ion", "ionen", "nis", "tät")


def _masculine_der(sent: Sentence, k: int) -> bool:
    """`der` at ``k`` after a name opens a masculine singular noun phrase: never a genitive,
    which would be `des` (`der NASA der überwiegende Teil`), whatever case the tagger
    guessed."""
    if sent.toks[k - 1].tag != "NE":
        return False  # after a common noun the tagger's gender is too unsure (`der Ärzte`)
    return _masculine_phrase(sent, k)


def _masculine_phrase(sent: Sentence, k: int) -> bool:
    """`der` at ``k``, adjectives and a masculine singular common noun (`der neue Präsident`)."""
    if sent.lower[k] != "der":
        return False
    n = noun_after_adjectives(sent, k + 1)
    if n is None:
        return False
    noun = sent.toks[n]
    return noun.feat("Gender") == "Masc" and noun.feat("Number") == "Sing"


def noun_after_adjectives(sent: Sentence, k: int) -> int | None:
    """The common noun (`NN`) after the adjectives from ``k`` on (`neue Präsident`), or None."""
    while k < len(sent.toks) and sent.toks[k].tag == "ADJA":
        k += 1
    return k if k < len(sent.toks) and sent.toks[k].tag == "NN" else None


def _time_attribute(sent: Sentence, k: int) -> bool:
    """`am Montag`, `vom Dienstag`, `seit Juni`: a time adverbial, never part of a source;
    also `nach` opening a noun phrase (`Ein Ermittler nach der Festnahme`, `X nach fünf
    Jahren`): German nouns that speak take no `nach` attribute, the phrase tells when."""
    if k + 1 >= len(sent.toks):
        return False
    if sent.lower[k] == "nach" and sent.toks[k].tag == "APPR":
        return sent.toks[k + 1].tag in _AFTER_EVENT and not sent.in_quote[k + 1]
    return sent.lower[k] in ("am", "vom", "seit", "bis", "ab") and temporal(sent.lower[k + 1])


#: what opens the noun phrase of a time adverbial with `nach` (not a bare name: `nach Berlin`)
_AFTER_EVENT = frozenset({"ART", "CARD", "ADJA", "PIAT", "PDAT", "PPOSAT"})


def _object_after(sent: Sentence, i: int, k: int) -> bool:
    """Token ``k`` after a noun opens a second noun phrase: a lower-case attributive adjective
    (`Zapatero finanzielle Entschädigungen`: German adjectives precede their noun).  Not a
    genitive attribute (`Angaben libanesischer Sicherheitskreise`: strong `-er`), not the
    adjective closing an extended attribute (`der für X zuständige Koordinator`, `der 330
    Seiten starke Bericht`)."""
    tok = sent.toks[k]
    if tok.tag != "ADJA" or not tok.text[:1].islower() or sent.lower[k].endswith("er"):
        return False
    if k >= 2 and sent.toks[k - 2].tag == "CARD":
        return False
    return not any(
        sent.toks[x].tag in ("APPR", "APPRART") and sent.toks[x - 1].tag in _DETERMINERS
        for x in range(i + 1, k)
    )


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
    if temporal(prev) or prev in ("jahr", "jahres", "jahre"):
        return False
    # a count opens a noun phrase of its own (`62 Personen`); a number before a name or a
    # conjunction belongs to a name (`Bayer 04 Leverkusen`, `Bündnis 90/Die Grünen`)
    return k + 1 < len(sent.toks) and sent.toks[k + 1].tag in ("NN", "ADJA")


def _year_after_plural(sent: Sentence, k: int) -> bool:
    """A year right after a plural noun is an adverbial of the clause (`nach bisherigen
    Angaben 2011 als Hybrid`), not a part of the source (`der Bericht 2011` is singular)."""
    text = sent.toks[k].text
    prev = sent.toks[k - 1]
    return (
        len(text) == 4
        and text.isdigit()
        and 1900 <= int(text) <= 2099
        and prev.tag == "NN"
        and prev.feat("Number") == "Plur"
    )


def _abstract_after(sent: Sentence, k: int) -> bool:
    """`von`/`vom` at ``k`` opens a phrase headed by an abstract noun."""
    n = k + 1
    while n < len(sent.toks) and sent.toks[n].tag in ("ART", "ADJA", "PPOSAT", "PIAT"):
        n += 1
    return n < len(sent.toks) and sent.toks[n].tag == "NN" and sent.lower[n].endswith(_ABSTRACT)


#: heads of documents that a date names (`einer Erklärung der Minister vom Dienstagabend`, `der
#: Ankündigung des Komitees von heute Mittag`): the date is part of the source, unlike the
#: time of a statement (`Angaben der Polizei vom Dienstag`, `X am Montag`)
_DOCUMENTS = (
    "erklärung",
    "mitteilung",
    "bericht",
    "ankündigung",
    "meldung",
    "ausgabe",
    "stellungnahme",
    "studie",
    "urteil",
    "beschluss",
    "interview",
    "schreiben",
    "brief",
    "veröffentlichung",
    "umfrage",
    "gutachten",
    "sendung",
)
_DATE_WORDS = frozenset({"heute", "gestern", "vorgestern", "mittag", "abend", "morgen"})


def dated_document(sent: Sentence, i: int, k: int) -> int | None:
    """End of a date attribute at ``k`` (`vom 17.12.2005`, `von heute Mittag`, `vom November
    2011`) after a phrase ``[i, k)`` headed by a singular document noun; None otherwise."""
    if k >= len(sent.toks) or sent.lower[k] not in ("vom", "von"):
        return None
    head = next((x for x in range(i, k) if sent.toks[x].tag == "NN"), None)
    if head is None or not sent.lower[head].endswith(_DOCUMENTS):
        return None
    if sent.toks[head].feat("Number") == "Plur":
        return None
    end = k + 1
    while end < len(sent.toks) and not sent.in_quote[end]:
        low = sent.lower[end]
        if not (temporal(low) or low in _DATE_WORDS or low.rstrip(".").isdigit()):
            break
        end += 1
    return end if end > k + 1 else None


#: prepositions whose source is often a bare noun (`laut Polizei`, `gemäß Verfassung`)
_BARE_SOURCE_PREPS = frozenset({"laut", "gemäß"})


def bare_source_ends(sent: Sentence, i: int) -> bool:
    """A bare source noun after `laut`/`gemäß` at ``i`` is the whole source when `der` with a
    masculine singular noun follows it: never a genitive, which would be `des` (`laut
    Verfassung der Parlamentspräsident`)."""
    if i < 1 or sent.lower[i - 1] not in _BARE_SOURCE_PREPS or i + 1 >= len(sent.toks):
        return False
    if sent.toks[i].tag not in _NOUN_TAGS or sent.in_quote[i + 1]:
        return False
    return _masculine_phrase(sent, i + 1)


def age_between_commas(sent: Sentence, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are an age between commas (`Alice Muster, 30, sagte`)."""
    text = sent.toks[i].text
    return (
        j == i + 1
        and text.isdigit()
        and len(text) <= 3
        and j < len(sent.toks)
        and sent.toks[j].text == ","
    )


def surname_end(sent: Sentence, k: int, persons: list[tuple[int, int]]) -> bool:
    """Token ``k`` ends a person's name whose surname the tagger read as a common noun or a
    particle (`Matthias Freude/NN`, `Lothar Nicht/PTKNEG`): a PERSON mention that opens with
    a name (NE) ends there and the word is capitalised."""
    tok = sent.toks[k]
    if k == 0 or not tok.text[:1].isupper():
        return False
    for s, e in persons:
        if e == tok.end and s < tok.start:
            first = next((x for x in range(k) if sent.toks[x].start == s), None)
            if first is not None and sent.toks[first].tag == "NE":
                return True
    return _surname_after_title(sent, k, persons)


def _surname_after_title(sent: Sentence, k: int, persons: list[tuple[int, int]]) -> bool:
    """`Regierungssprecher Steffen Hebestreit/NN`: a singular common noun right after a
    one-word PERSON mention that follows a bare title is the surname the NER stage left out
    (a title, a first name and a noun make no other phrase; a plural after a name is the
    verb's object: `Minister Schäuble Journalisten`)."""
    tok = sent.toks[k]
    if k < 2 or tok.tag != "NN" or tok.feat("Number") == "Plur" or sent.in_quote[k]:
        return False
    if sent.lex.language != "de" or sent.lex.is_source_noun(tok.text):
        return False
    name, title = sent.toks[k - 1], sent.toks[k - 2]
    if name.tag != "NE" or not any(s == name.start and e == name.end for s, e in persons):
        return False
    return title.tag in _NOUN_TAGS and sent.lex.is_source_noun(title.text)


#: tags the tagger gives a surname it did not read as a name (`Petra Lang/ADJD`)
_SURNAME_MISREADS = frozenset({"ADJD", "ADJA", "ADV", "PTKNEG", "VVFIN", "VVPP", "VVINF"})


def surname_rest(sent: Sentence, j: int, persons: list[tuple[int, int]]) -> int:
    """A phrase ending before ``j`` with a PERSON mention takes the capitalised word after it
    that the tagger read as no name (`Bürgermeisterin Petra Lang/ADJD der Zeitung`): inside a
    sentence only nouns and names are capitalised, and one before no noun is the surname."""
    if j <= 1 or j >= len(sent.toks) or sent.in_quote[j] or sent.lex.language != "de":
        return j
    prev, tok = sent.toks[j - 1], sent.toks[j]
    if prev.tag != "NE" or tok.tag not in _SURNAME_MISREADS or not tok.text[:1].isupper():
        return j
    if not tok.text.isalpha() or tok.text.isupper():
        return j
    if not any(e == prev.end and s <= prev.start for s, e in persons):
        return j
    if j + 1 < len(sent.toks) and sent.toks[j + 1].tag in _NOUN_TAGS:
        return j  # `Anna Neue Zeitung`: an adjective before a noun
    return j + 1


def abbreviation_end(sent: Sentence, j: int) -> int:
    """End of a phrase ending before ``j`` with the short form of its name in brackets after
    it (`einer Mitteilung der Schutztruppe (ISAF)`, `die Vereinigung (DSW)`): an all-capital
    word of two to eight letters, or one the tagger read as a name, between the brackets."""
    if j + 2 >= len(sent.toks) or sent.toks[j].text != "(" or sent.toks[j + 2].text != ")":
        return j
    if j == 0 or sent.toks[j - 1].tag not in _NOUN_TAGS or sent.in_quote[j + 1]:
        return j
    word = sent.toks[j + 1].text
    short = 2 <= len(word) <= 8 and word.isalpha() and word.isupper()
    return j + 3 if short else j


_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVPP", "VAPP", "VVINF", "VAINF", "VMINF", "VVIZU"})


def vorfeld_apposition_end(sent: Sentence, end: int) -> bool:
    """An apposition ending at ``end`` fills the Vorfeld up to its finite verb (`Nach Angaben
    von X, dem Direktor der Behörde hatten ...`): German puts one phrase before the finite verb
    of a main clause, so the apposition needs no closing comma there.  The verb at ``end`` is
    the first verb of the sentence, one comma (the apposition's) and no quotation before it."""
    if end >= len(sent.toks) or not sent.is_finite(end) or end < 3:
        return False
    before = range(end)
    commas = sum(1 for k in before if sent.toks[k].text == ",")
    return (
        commas == 1
        and not any(sent.in_quote[k] for k in before)
        and not any(sent.toks[k].tag in _VERBS for k in before)
        and not any(sent.toks[k].tag in ("KOUS", "PRELS", "PWAV", "PWS") for k in before)
    )


def closed_name(sent: Sentence, k: int, persons: list[tuple[int, int]]) -> bool:
    """A person's name opens at ``k`` and a comma closes it: an apposition naming the noun
    before it (`die Leiterin des Amts, Lena Korff, hat ...`); not a name that opens the
    reported clause (`sagte die Leiterin, Lena Korff habe ...`)."""
    for s, e in persons:
        if s == sent.toks[k].start:
            end = next((x for x in range(k, len(sent.toks)) if sent.toks[x].start >= e), None)
            return end is not None and sent.toks[end].text == ","
    return False


#: determiners that are never nominative: a phrase they open right after a verb is its object
_OBJECT_DETERMINERS = frozenset(
    {"den", "dem", "einen", "einem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem"}
)


def object_after_verb(sent: Sentence, a: int) -> bool:
    """The phrase at ``a`` right after a verb opens with an accusative or dative determiner:
    the verb's object (`nannte seinen Platzverweis „überzogen“, X bezeichnete ...`), never a
    description of the name after the comma."""
    return a > 0 and sent.lower[a] in _OBJECT_DETERMINERS and sent.toks[a - 1].tag in _VERBS


def possessive_start(sent: Sentence, i: int, j: int) -> int:
    """Start of the phrase ``[i, j)`` when an article or relative pronoun stands before a
    possessive determiner (`die ihrer Meinung nach`, `Die seiner Ansicht nach fragwürdige
    Rolle`): German never puts both in one noun phrase, the first word belongs to another."""
    if (
        j - i >= 3
        and sent.toks[i].tag in ("ART", "PRELS", "PDS")
        and sent.toks[i + 1].tag == "PPOSAT"
        and not sent.in_quote[i]
    ):
        return i + 1
    return i


_OPENING_MARKS = frozenset("„“‚»«\"'")


def determiner_start(sent: Sentence, i: int, j: int) -> int:
    """Start of the noun phrase whose head opens the phrase ``[i, j)``: a noun phrase begins
    with its determiner and attributive adjectives (`einigen Teilnehmern zufolge` read from
    `Teilnehmern`), also before a short quoted name (`dem „Figaro“ zufolge` read from inside
    the quotation)."""
    k = i
    if k > 0 and sent.toks[k - 1].text in _OPENING_MARKS and sent.in_quote[k]:
        k -= 1  # the opening mark of a quoted name
    elif sent.in_quote[k] or sent.toks[k].tag not in ("NN", "NE"):
        return i
    while k > 0 and sent.toks[k - 1].tag == "ADJA" and not sent.in_quote[k - 1]:
        k -= 1
    if k > 0 and sent.toks[k - 1].tag in _DETERMINERS and not sent.in_quote[k - 1]:
        return k - 1
    return k if k < i and sent.toks[k].text in _OPENING_MARKS else i


def phrase_start(sent: Sentence, i: int, j: int) -> int:
    """Start of the phrase ``[i, j)`` by its determiner: not an article before a possessive
    (:func:`possessive_start`), the determiner of a noun read alone (:func:`determiner_start`)."""
    return determiner_start(sent, possessive_start(sent, i, j), j)


#: mention labels of names a class noun takes as apposition (`die Zeitung The Guardian`)
_APPOSITION_LABELS = frozenset({"ORG", "MISC"})
#: verbs after a name that end its phrase (the verb tags of :data:`_VERBS` but the `zu`-infinitive)
_NAME_VERB_TAGS = _VERBS - {"VVIZU"}


def entity_spans(mentions: Sequence[Mention]) -> list[Span2]:
    """Character spans of the mentions that are no person (persons are read on their own)."""
    return [(m.start, m.end) for m in mentions if m.label != "PERSON"]


def named_apposition_end(sent: Sentence, j: int, mentions: Sequence[Mention]) -> int:
    """End of the phrase ending at ``j`` when an organisation or work name follows its last
    word, a common noun, as apposition (`die Zeitung The Guardian`); ``j`` otherwise."""
    n = len(sent.toks)
    if j >= n or j == 0 or sent.toks[j - 1].tag != "NN" or sent.in_quote[j]:
        return j
    start = sent.toks[j].start
    name = next((m for m in mentions if m.start == start and m.label in _APPOSITION_LABELS), None)
    if name is None:
        return j
    last = sent.index_ending_at(name.end)
    if last is None or last < j:
        return j
    end = last + 1
    if end < n and not (
        end >= sent.content_end()
        or sent.is_boundary(end)
        or sent.toks[end].text == "("
        or sent.toks[end].tag in _NAME_VERB_TAGS
    ):
        return j
    return end


#: words of a passive clause: a `von` phrase there is the agent, no attribute of a name
#: tags that open an adverbial after a noun phrase (`gestern`, `in einem Interview`)
_ADVERBIAL_TAGS = frozenset({"ADV", "PROAV", "APPR", "APPRART", "PTKNEG"})


def affiliation_follows(sent: Sentence, j: int, end: int) -> bool:
    """`sagte Anna Kolb vom „Bündnis Grüne Stadt“ gestern in einem Interview`: the `von`/`vom`
    phrase ``[j, end)`` after a person's name (the caller's check) names where the person
    belongs, also when an adverbial follows it (an adverb, a time, a prepositional phrase)
    and not only before a comma or verb; german_news_quotes keeps such an affiliation in the
    speaker (train gold 22:1).  Not in a passive clause (`wie X von der Zeitung zitiert wird`:
    the agent) and not before another noun phrase."""
    if sent.lower[j] not in ("von", "vom") or end >= len(sent.toks) or sent.in_quote[end]:
        return False
    start, stop = sent.clause_start(j), sent.clause_end(j)
    if any(sent.lower[k] in PASSIVE_FORMS for k in range(start, stop)):
        return False
    return sent.toks[end].tag in _ADVERBIAL_TAGS or temporal(sent.lower[end])


#: tags of the noun phrase inside a `von` route (`vom Frankfurter Hauptbahnhof`)
_ROUTE_NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "CARD"})


def route_from(sent: Sentence, k: int) -> bool:
    """`riefen die Demonstranten vom Hauptbahnhof bis zum Rathaus`, `zogen Tausende von Köln
    nach Bonn`: `von`/`vom` at ``k`` opens the start of a way whose end follows (`bis`, or
    `nach` + a place name); that is an adverbial of the clause, no attribute of the phrase
    before it (train gold 2:0).  Not a span of days (`vom 20. bis zum 26. Mai`)."""
    n = len(sent.toks)
    if sent.lower[k] not in ("von", "vom"):
        return False
    e = k + 1
    while e < n and sent.toks[e].tag in _ROUTE_NP_TAGS and not sent.in_quote[e]:
        e += 1
    if (
        e + 1 >= n
        or sent.in_quote[e]
        or not any(
            sent.toks[x].tag in ("NN", "NE")
            and sent.toks[x].text[:1].isalpha()  # `vom 20./NN bis`
            and not temporal(sent.lower[x])
            for x in range(k + 1, e)
        )
    ):
        return False  # `in der Woche vom 20. bis zum 26. September`: a time span
    low = sent.lower[e]
    return low == "bis" or low == "nach" and sent.toks[e + 1].tag == "NE"


#: prepositions of a time adverbial before the source of `heißt es` (`am Montag`, `im Mai`)
_TIME_PREPS = frozenset({"am", "im", "an", "seit", "vor", "nach", "zum"})


def time_adverbial_end(sent: Sentence, j: int) -> int | None:
    """End of a time adverbial opened by the preposition at ``j`` (`am Montag`, `im Mai`,
    `am späten Abend`), None when the phrase after it is no time."""
    if sent.lower[j] not in _TIME_PREPS or sent.in_quote[j]:
        return None
    end = j + 1
    while end < len(sent.toks) and sent.toks[end].tag in ("ART", "ADJA", "CARD"):
        end += 1
    if end >= len(sent.toks) or sent.toks[end].tag not in ("NN", "NE"):
        return None
    return end + 1 if time_phrase(sent, j + 1, end + 1) else None
