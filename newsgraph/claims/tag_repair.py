"""Speech verbs the tagger misread, repaired by German word order.

The claims rules find cues and clause structure through the nlp stage's STTS tags.  A tagger
now and then reads a speech verb as something else: `bezifferte` as an adjective (`ADJA`),
`sagen` after a plural subject as an infinitive, `behauptet` in a relative clause as a
participle, `aufgefordert` after `wurden` as an adjective.  :func:`repair_tags` gives such a
token the tag of the verb when its form is one the lexicon generates for a speech verb and the
token stands where German word order wants that verb, in a clause that has no finite verb yet:

* second place of a main clause after a complete noun-phrase Vorfeld at the sentence start
  (`Die Kanadier hingegen sagen, …`, `Angela Merkel will Gespräche …`);
* first place of a trailing frame after a comma, followed by a named subject (`…, bezifferte
  Airbus-Chef Thomas Enders …`);
* last place of a subordinate clause (`…, der X als Fehler bezeichnet/VVPP, …`; a plural
  present read as an infinitive: `…, die der Partei sieben Prozent voraussagen/VVINF.`, not
  after `zu`);
* a participle closing a clause whose finite verb is `haben` or the passive `werden` (`habe
  befürchtet, …`, `wurden Anwohner aufgefordert, … zu halten`); not after `sein` (`ist geplant`,
  `wie gesagt`: states, no speech acts).

Nouns (capitalised: `Die Angaben`) and words inside quotations are never repaired.

An article the tagger read as a relative pronoun (`die/PRELS`) breaks the clause structure the
complement rules read; it becomes `ART` when a noun phrase follows it (`die Maut`, `die für die
Navigation notwendige Dokumentation`) and a relative pronoun cannot stand there:

* not after a comma, bracket, dash or quotation mark (optionally behind a preposition): `sei
  die/PRELS für … notwendige …`, `gegen die/PRELS Mafia`; not after `und`/`oder`, which may
  join a second relative clause;
* after the comma closing a main clause (its finite verb or particle: `schlägt vor, …`) when
  the clause that follows has no finite verb and ends in a `zu`-infinitive: `Zeller schlägt
  vor, die/PRELS Maut nur für den Verkehr zu erheben`; a relative clause ends with its finite
  verb, and after a noun (`Pläne, die/PRELS …`) the tagger's reading is kept.

A Konjunktiv I verb the tagger does not know (`bombardiere`, tagged as an adverb) is read as
the finite verb of a complement clause after a comma when it ends in `-e` and stands right
after a noun-phrase subject (or a personal pronoun) at the start of a clause that has no
finite verb, after a clause that has one (`Die Rebellen erklärten, die Armee bombardiere
weiterhin Wohngebiete`), or at the start of a sentence without any finite verb (`Die Füllung
erfolge/NN schrittweise, der Abfluss verringere/ADV sich kaum.`: free indirect speech, whose
second clause then follows one with a finite verb); an adjective before a noun (`die Firma
große Gewinne`) is kept.

A capitalised compound with an inner hyphen the tagger read as a preposition, article,
conjunction, verb or punctuation (`Juso-Landeschef/APPR Malte Brinkhaus warf …`) is a noun.

The repaired tokens are copies; the Doc keeps the tagger's reading.
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Token
from .lexicon import Lexicon

#: tags of verb forms the tagger got right (or nearly: VVINF/VVPP are checked separately)
_VERB_TAGS = frozenset(
    {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP", "VVIZU", "VAINF", "VMINF", "VAPP", "VMPP"}
)
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: tokens that end a clause
_BOUNDARY = frozenset(",:;–—()")
#: tags that can make up a noun-phrase Vorfeld (`Die Kanadier hingegen`, `Angela Merkel`)
_NP_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "ADJA", "NN", "NE", "CARD"})
_NP_HEADS = frozenset({"NN", "NE", "PPER", "PIS"})
#: tags of words opening a subordinate clause
_SUBORDINATORS = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})
#: finite auxiliaries before a participle of a perfect or a passive (not `sein`)
_AUXILIARIES = frozenset(
    {"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "habest", "habt"}
    | {"wird", "werden", "wurde", "wurden", "würde", "würden", "werde"}
)


#: finite forms of the modal verbs (indicative and Konjunktiv I/II); written in lower case
#: they are no other word, so a particle or adverb tag on them is a misreading (`Der
#: Minister wolle/PTKNEG zurücktreten`)
_MODAL_FINITE = frozenset(
    {
        "will",
        "willst",
        "wollen",
        "wollt",
        "wolle",
        "wollest",
        "wollte",
        "wollten",
        "wolltest",
        "soll",
        "sollst",
        "sollen",
        "sollt",
        "solle",
        "sollest",
        "sollte",
        "sollten",
        "solltest",
        "kann",
        "kannst",
        "können",
        "könnt",
        "könne",
        "könnest",
        "konnte",
        "konnten",
        "könnte",
        "könnten",
        "muss",
        "musst",
        "müssen",
        "müsst",
        "müsse",
        "müssest",
        "musste",
        "mussten",
        "müsste",
        "müssten",
        "darf",
        "darfst",
        "dürfen",
        "dürft",
        "dürfe",
        "dürfest",
        "durfte",
        "durften",
        "dürfte",
        "dürften",
        "mag",
        "magst",
        "mögen",
        "möge",
        "mögest",
        "mochte",
        "mochten",
        "möchte",
        "möchten",
    }
)


#: tags a capitalised hyphenated compound never has (`Juso-Landeschef/APPR`)
_NOT_COMPOUND_TAGS = frozenset(
    {"APPR", "APPRART", "APPO", "ART", "KON", "KOUS", "KOKOM", "PTKVZ", "PTKZU", "PTKNEG"}
    | {"VAFIN", "VVFIN", "VMFIN", "VVINF", "VVPP", "VVIZU", "PRELS", "PDS", "PPER", "PRF"}
    | {"$(", "$,", "$."}
)


def _compound_misread(tok: Token) -> bool:
    """A capitalised compound with an inner hyphen (`Juso-Landeschef`, `SPD-Chef`) the tagger
    read as a function word or a verb: a noun."""
    parts = tok.text.split("-")
    return (
        tok.tag in _NOT_COMPOUND_TAGS
        and len(parts) >= 2
        and tok.text[:1].isupper()
        and all(p[:1].isalnum() for p in parts)
    )


def _title_misread(toks: list[Token], i: int) -> bool:
    """A capitalised title before a name the tagger read as a verb (`Kreisbrandrat/VVFIN Stefan
    Aigner berichtete, …`): at the sentence start or after an article, a name follows it and a
    finite verb follows the name: a noun."""
    tok = toks[i]
    if tok.tag not in ("VVFIN", "VVPP", "VVINF") or not tok.text[:1].isupper():
        return False
    if i > 0 and toks[i - 1].tag not in ("ART", "ADJA"):
        return False
    k = i + 1
    while k < len(toks) and toks[k].tag == "NE":
        k += 1
    return k > i + 1 and k < len(toks) and toks[k].tag in ("VVFIN", "VAFIN", "VMFIN")


def _modal_misread(tok: Token, in_quote: bool) -> bool:
    """A lower-case finite modal verb the tagger read as a particle."""
    return not in_quote and tok.tag in ("PTKNEG", "PTKANT", "PTKA") and tok.text in _MODAL_FINITE


def _finite_form(lex: Lexicon, low: str) -> bool:
    """A form that is a finite speech verb: listed finite, a separated particle verb's stem,
    or a weak participle without `ge-` that is also the third person (`behauptet`)."""
    for m in lex.verb_matches(low):
        if m.kind in ("finite", "separated"):
            return True
        # `behauptet`, `kritisiert`; not a particle verb's `angekündigt`
        weak = low.endswith("t") and not low.startswith("ge") and m.verb.particle is None
        if m.kind == "participle" and weak:
            return True
    return False


def _participle_form(lex: Lexicon, low: str) -> bool:
    return any(m.kind == "participle" for m in lex.verb_matches(low))


def _plural_present(lex: Lexicon, low: str) -> bool:
    return any(m.kind == "infinitive" for m in lex.verb_matches(low)) and low.endswith("en")


def _clause(toks: list[Token], i: int) -> tuple[int, int]:
    """Token range of the clause around ``i`` (between boundary punctuation)."""
    s = i
    while s > 0 and toks[s - 1].text not in _BOUNDARY:
        s -= 1
    e = i + 1
    while e < len(toks) and toks[e].text not in _BOUNDARY and toks[e].text not in ".!?":
        e += 1
    return s, e


def _candidate(tok: Token, in_quote: bool) -> bool:
    return (
        not in_quote
        and tok.text[:1].islower()
        and tok.tag not in _VERB_TAGS
        and tok.tag not in ("PTKZU", "PTKVZ")
    )


def _vorfeld_np(toks: list[Token], s: int, i: int) -> bool:
    """``[s, i)`` is a noun phrase at the sentence start (adverbs after its head allowed)."""
    if s >= i or any(t.text[:1] in '„“”"»«' for t in toks[:s]):
        return False
    if any(t.text[:1].isalnum() for t in toks[:s]):
        return False
    k = i
    while k > s and toks[k - 1].tag == "ADV" and k - 1 > s:
        k -= 1  # `Die Kanadier hingegen`
    if toks[k - 1].tag not in _NP_HEADS:
        return False
    if toks[s].tag in ("PPER", "PIS"):
        return k == s + 1
    return all(t.tag in _NP_TAGS for t in toks[s:k])


def _verb_tag(toks: list[Token], i: int, lex: Lexicon, in_quote: list[bool]) -> str | None:
    """The verb tag the token at ``i`` should have (None: keep the tagger's)."""
    tok = toks[i]
    low = tok.text.lower()
    if not lex.verb_matches(low) or not _candidate(tok, in_quote[i]):
        return None
    s, e = _clause(toks, i)
    if any(toks[k].tag in _FINITE_TAGS for k in range(s, e) if k != i):
        # a finite verb is there: only a participle after `haben`/passive `werden`
        aux = any(toks[k].text.lower() in _AUXILIARIES for k in range(s, i))
        if not aux or not _participle_form(lex, low) or tok.tag == "VVPP":
            return None
        if any(toks[k].tag in _FINITE_TAGS for k in range(i + 1, e)):
            return None
        if any(t.text.lower() in ("als", "wie") for t in toks[max(s, i - 2) : i]):
            return None  # `länger als ursprünglich geplant`: a comparison, no speech act
        rest = [t for t in toks[i + 1 : e] if t.text[:1].isalnum()]
        if not rest or any(t.tag in ("PTKZU", "VVIZU") for t in rest):
            return "VVPP"  # `habe befürchtet, …`, `wurden aufgefordert, Türen … zu halten`
        return None
    if tok.tag == "VVINF":
        # `Die Kanadier hingegen sagen, …`: a plural subject, no finite verb at all; `…, wie
        # Experten sagen`: the end of a subordinate clause without a finite verb
        if not _plural_present(lex, low) or toks[i - 1].tag == "PTKZU":
            return None
        if _vorfeld_np(toks, s, i) and _plural(toks, s, i):
            return "VVFIN"
        if _clause_final(toks, s, e, i) and toks[s].tag in _SUBORDINATORS and i > s + 1:
            return "VVFIN"
        return None
    if not _finite_form(lex, low):
        return None
    if _vorfeld_np(toks, s, i):
        return "VVFIN"  # second place after the Vorfeld
    if s == i and s > 0 and toks[s - 1].text == "," and _named_subject(toks, i + 1, e, lex):
        return "VVFIN"  # `…, bezifferte Airbus-Chef Thomas Enders …`
    last = i if _clause_final(toks, s, e, i) else -1
    opener = toks[s].tag in _SUBORDINATORS and toks[s].text.lower() not in ("wie", "als")
    if last == i and opener and i > s + 1:
        # (`wie von der Verteidigung ausgeführt`: an elliptic clause keeps its participle)
        return "VVFIN"  # `…, der behauptet, …`
    return None


def _clause_final(toks: list[Token], s: int, e: int, i: int) -> bool:
    return i == max((k for k in range(s, e) if toks[k].text[:1].isalnum()), default=-1)


def _plural(toks: list[Token], s: int, i: int) -> bool:
    heads = [t for t in toks[s:i] if t.tag in _NP_HEADS]
    return bool(heads) and heads[-1].feat("Number") == "Plur"


def _named_subject(toks: list[Token], k: int, e: int, lex: Lexicon) -> bool:
    """A subject naming someone right after a trailing-frame verb: a name, `er`/`sie`, or a
    speaker noun within the next four words."""
    for t in toks[k : min(e, k + 5)]:
        if t.tag == "NE" or (t.tag == "NN" and lex.is_source_noun(t.text)):
            return True
        if t.tag == "PPER" and t.text.lower() in ("er", "sie"):
            return True
    return False


#: forms of `der` that are an article or a relative pronoun (`dessen`, `denen`: never articles)
_ARTICLE_FORMS = frozenset({"der", "die", "das", "dem", "den"})
#: tags that open a relative clause right after a comma (`, in der`, `, und die`)
_BEFORE_RELATIVE = frozenset({"APPR", "APPRART", "KON"})
#: words of an attribute between an article and its noun (`die für die Navigation notwendige`)
_ATTRIBUTE_TAGS = frozenset({"ADJA", "ADV", "ADJD", "CARD", "PIAT", "PIDAT"})
_NOUN_TAGS = frozenset({"NN", "NE"})


def _noun_after(toks: list[Token], i: int) -> int | None:
    """The noun heading the phrase an article at ``i`` opens: right after it, after
    adjectives (`die neue Maut`), or after an extended attribute closed by an adjective (`die
    für die Navigation notwendige Ausrüstung`); None past a comma or finite verb."""
    for k in range(i + 1, min(len(toks), i + 10)):
        tag = toks[k].tag
        if toks[k].text in _BOUNDARY or tag in _FINITE_TAGS or toks[k].text in ".!?":
            return None
        if tag in _NOUN_TAGS and toks[k].text[:1].isupper():
            between = toks[i + 1 : k]
            if all(t.tag in _ATTRIBUTE_TAGS for t in between) or toks[k - 1].tag == "ADJA":
                return k
    return None


def _opens_relative(toks: list[Token], i: int) -> bool:
    """Whether a relative pronoun can stand at ``i``: after a comma, dash, bracket or quotation
    mark, optionally behind a preposition or a conjunction (`, in der`, `, und die`)."""
    k = i - 1
    while k >= 0 and toks[k].tag in _BEFORE_RELATIVE:
        k -= 1
    return k < 0 or not toks[k].text[:1].isalnum()


def _infinitive_clause(toks: list[Token], i: int) -> bool:
    """The clause after ``i`` has no finite verb and ends with a `zu`-infinitive (`…, die Maut
    nur für den Verkehr zu erheben`): a relative clause ends with its finite verb."""
    s, e = _clause(toks, i)
    words = [k for k in range(i, e) if toks[k].text[:1].isalnum()]
    if any(toks[k].tag in _FINITE_TAGS for k in words) or len(words) < 3:
        return False
    last = words[-1]
    return toks[last].tag == "VVIZU" or (toks[last - 1].tag == "PTKZU" and last - 1 > i)


def _after_finite(toks: list[Token], comma: int) -> bool:
    """The word before ``comma`` closes a main clause: its finite verb, or the particle of a
    finite particle verb (`schlägt vor, …`, also with the particle read as a preposition)."""
    prev = toks[comma - 1]
    if prev.tag in _FINITE_TAGS or prev.tag == "PTKVZ":
        return True
    s, _ = _clause(toks, comma - 1)
    # `vor/APPR` closing a clause with a finite verb has no object: the verb's particle
    return prev.tag == "APPR" and any(toks[k].tag in _FINITE_TAGS for k in range(s, comma - 1))


def _apposition_words(toks: list[Token], i: int) -> int:
    """`Ihr Sprecher, der/PRELS pensionierte/VVFIN Förster Gerd Bachmann, sagte …`: an
    apposition the tagger read as a relative clause: after a comma the article ``i``, lower-case
    words ending in `-e`/`-en` (attributes read as verbs), then only nouns and names up to the
    next comma.  The number of attribute words (0: no such apposition)."""
    if i < 1 or toks[i - 1].text != "," or toks[i].text.lower() not in _ARTICLE_FORMS:
        return 0
    k = i + 1
    while k < len(toks) and toks[k].text[:1].islower() and toks[k].text.endswith(("e", "en")):
        k += 1
    attributes = k - i - 1
    nouns = k
    while k < len(toks) and toks[k].tag in ("NN", "NE"):
        k += 1
    if not attributes or k == nouns or k >= len(toks) or toks[k].text != ",":
        return 0
    return attributes


def _article_tag(toks: list[Token], i: int) -> bool:
    """Whether the relative pronoun the tagger read at ``i`` is an article."""
    tok = toks[i]
    if tok.tag not in ("PRELS", "PRELAT") or tok.text.lower() not in _ARTICLE_FORMS:
        return False
    attributes = _apposition_words(toks, i)
    if attributes and any(toks[k].tag.startswith("VV") for k in range(i + 1, i + 1 + attributes)):
        return True
    if _noun_after(toks, i) is None:
        return False
    if not _opens_relative(toks, i):
        # `sei die/PRELS für die Navigation notwendige …`, `gegen die/PRELS Mafia`; not after
        # a conjunction (`Eltern, die arbeiten und die/PRELS Kinder erziehen`)
        return toks[i - 1].tag != "KON"
    if i < 2 or toks[i - 1].text != "," or not _after_finite(toks, i - 1):
        return False
    return _infinitive_clause(toks, i)


#: adverbs and particles ending in `-e` that are no verb (`ihr Kollege gerne ausführlicher`)
_E_ADVERBS = frozenset(
    ["gerne", "alleine", "lange", "heute", "gerade", "beinahe", "bitte", "ferne", "nahe"]
    + ["danke", "balde", "zuhause", "daheime", "stille", "leise", "böse"]
)
#: tags the tagger gives an unknown Konjunktiv I form (`bombardiere/ADV`)
_MISREAD_KONJUNKTIV = frozenset({"ADV", "ADJD", "ADJA", "NN", "FM", "XY", "APPR"})
#: prepositions ending in `-e` that are no misread verb
_E_PREPOSITIONS = frozenset({"anstelle", "inklusive", "exklusive", "ohne"})


def _has_finite(toks: list[Token], span: tuple[int, int]) -> bool:
    return any(toks[k].tag in _FINITE_TAGS for k in range(*span))


def _konjunktiv_misread(toks: list[Token], i: int, in_quote: list[bool]) -> bool:
    """An unknown Konjunktiv I form in second place of a complement clause (module doc)."""
    tok = toks[i]
    low = tok.text
    if in_quote[i] or tok.tag not in _MISREAD_KONJUNKTIV or not low[:1].islower():
        return False
    if len(low) < 5 or not low.endswith("e") or i + 1 >= len(toks) or low in _E_ADVERBS:
        return False
    if tok.tag == "APPR" and (low in _E_PREPOSITIONS or toks[i - 1].tag not in ("NN", "NE")):
        return False  # a preposition reads as one after anything but a noun ending a phrase
    if tok.tag == "ADJA" and toks[i + 1].tag in ("NN", "NE"):
        return False  # an adjective before its noun
    s, e = _clause(toks, i)
    if _has_finite(toks, (s, e)):
        return False
    if s == 0:
        # a sentence of its own without any finite verb (`Die Füllung erfolge/NN schrittweise,
        # der Abfluss verringere/ADV sich kaum.`): free indirect speech in second place
        if _has_finite(toks, (0, len(toks))):
            return False
    elif s < 2 or toks[s - 1].text != "," or not _has_finite(toks, _clause(toks, s - 2)):
        return False
    if toks[s].tag == "PPER":
        return i == s + 1
    # the Vorfeld: a noun phrase, or at a sentence's start a prepositional phrase (`Mit dem
    # Rettungswagen dauere/APPR die Fahrt fast eine Stunde.`)
    lead = s + 1 if s == 0 and toks[s].tag in ("APPR", "APPRART") else s
    return (
        (toks[lead].tag in ("ART", "PPOSAT", "PDAT") or (lead > s and toks[lead].tag in _NP_TAGS))
        and toks[i - 1].tag in ("NN", "NE")
        and all(t.tag in _NP_TAGS for t in toks[lead:i])
    )


#: tags that may stand between a clause's finite verb and an attribute of the noun after it
#: (`wirft Kevin R. versuchten Totschlag vor`: names, pronouns, adverbs, articles)
_MIDDLE_TAGS = _NP_TAGS | {"PPER", "PRF", "PIS", "ADV", "ADJD", "PTKNEG", "APPR", "APPRART"}


def _attribute_misread(toks: list[Token], i: int) -> bool:
    """`Die Anklage wirft Kevin R. versuchten Totschlag vor`, `Wie die Zeitung unter Berufung
    auf mit den Vorgängen vertraute Personen berichtete`: a weak past form read as a second
    finite verb of its clause is the attribute of the noun right after it (`versuchten
    Totschlag`); the clause's finite verb stands before it or after the noun, with only the
    words of noun and prepositional phrases between them (no conjunction, no subordinator: one
    clause has one finite verb)."""
    tok = toks[i]
    if tok.tag != "VVFIN" or not tok.text[:1].islower() or not tok.text.endswith(("te", "ten")):
        return False
    if i + 1 >= len(toks) or toks[i + 1].tag != "NN":
        return False
    k = i - 1
    while k > 0 and toks[k].tag in _MIDDLE_TAGS:
        k -= 1
    if 0 < k < i - 1 and toks[k].tag in _FINITE_TAGS:
        return True
    k = i + 2
    while k < len(toks) and toks[k].tag in _MIDDLE_TAGS:
        k += 1
    return k < len(toks) and toks[k].tag in _FINITE_TAGS


def repair_tags(toks: list[Token], in_quote: list[bool], lex: Lexicon) -> list[Token]:
    """``toks`` with misread speech verbs and articles read as relative pronouns re-tagged
    (copies; the same list when none is)."""
    if lex.language != "de" or not any(t.tag for t in toks):
        return toks
    out = toks
    for i in range(len(toks)):
        if _article_tag(toks, i):
            if out is toks:
                out = list(toks)
            out[i] = replace(toks[i], tag="ART", pos="DET")
            for k in range(i + 1, i + 1 + _apposition_words(toks, i)):
                if toks[k].tag.startswith("VV"):  # the attribute read as a verb
                    out[k] = replace(toks[k], tag="ADJA", pos="ADJ")
            continue
        if _attribute_misread(toks, i):
            if out is toks:
                out = list(toks)
            out[i] = replace(toks[i], tag="ADJA", pos="ADJ")
            continue
        if _compound_misread(toks[i]) or _title_misread(toks, i):
            if out is toks:
                out = list(toks)
            out[i] = replace(toks[i], tag="NN", pos="NOUN")
            continue
        if _modal_misread(toks[i], in_quote[i]):
            if out is toks:
                out = list(toks)
            out[i] = replace(toks[i], tag="VMFIN", pos="AUX")
            continue
        if _konjunktiv_misread(out, i, in_quote):
            if out is toks:
                out = list(toks)
            out[i] = replace(toks[i], tag="VVFIN", pos="VERB", morph="Mood=Sub|VerbForm=Fin")
            continue
        tag = _verb_tag(toks, i, lex, in_quote)
        if tag is None:
            continue
        if out is toks:
            out = list(toks)
        out[i] = replace(toks[i], tag=tag, pos="VERB")
    return out
