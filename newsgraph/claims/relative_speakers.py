"""The antecedent of a relative pronoun that is a speaker phrase (German).

A relative clause names its speaker with a relative pronoun (`ein Junge, der angab, …`, `ein
Gutachten, laut dem …`, `Grundsätze, denen zufolge …`, `die Sichtweise von X, wonach …`). The
pronoun refers to the noun phrase right before the comma that opens the clause; between the two
only the right bracket of the main clause may stand (a participle, a predicative adjective or a
verb particle: `ein Prediger aus London zugeschaltet, der …`, `ein Gutachten vor, laut dem …`).
The pronoun agrees with its antecedent in gender and number (`der` a masculine singular, `denen`
a plural), which skips attributes between them (`der Führer Irans, der`: not `Irans`; `die
Umfragen im Land, nach denen`: not `Land`), and the phrase keeps a genitive attribute of its
head (`Studien der Universität Kassel, nach denen`: whose studies); an apposition leads back
to the name it describes (`Reinhard X, Parteivorsitzender der Grünen, der sagte`).

:func:`relative_antecedent` gives the character span of that noun phrase; the speaker resolution
then treats it as the speaker phrase (its entity, or its words when it names none).
"""

from __future__ import annotations

from ..doc import Doc, Token

#: relative pronouns and the gender/number of what they may refer to (None: any)
_AGREES: dict[str, tuple[frozenset[str], frozenset[str]] | None] = {
    "der": (frozenset({"Masc"}), frozenset({"Sing"})),
    "welcher": (frozenset({"Masc"}), frozenset({"Sing"})),
    "dem": (frozenset({"Masc", "Neut"}), frozenset({"Sing"})),
    "welchem": (frozenset({"Masc", "Neut"}), frozenset({"Sing"})),
    "dessen": (frozenset({"Masc", "Neut"}), frozenset({"Sing"})),
    "das": (frozenset({"Neut"}), frozenset({"Sing"})),
    "welches": (frozenset({"Neut"}), frozenset({"Sing"})),
    "die": (frozenset({"Fem"}), frozenset({"Sing", "Plur"})),
    "welche": (frozenset({"Fem"}), frozenset({"Sing", "Plur"})),
    "deren": (frozenset({"Fem"}), frozenset({"Sing", "Plur"})),
    "denen": (frozenset(), frozenset({"Plur"})),
    "wonach": None,
}
#: prepositions that govern a relative pronoun at the head of its clause (`laut dem`, `nach denen`)
_PREPOSITIONS = frozenset({"laut", "nach", "gemäß", "zufolge", "von", "bei"})
#: tags of the right bracket of the main clause between antecedent and comma
_BRACKET_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "ADJD", "PTKVZ"})
#: tags inside a noun phrase, before its head
_NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "FM", "CARD", "PIAT", "PPOSAT", "PDAT", "TRUNC"})
#: articles whose form is the same for a masculine and a neuter noun
_MASC_OR_NEUT = frozenset({"des", "dem", "eines", "einem"})
#: how many tokens the search walks back from the comma
_REACH = 14


def relative_antecedent(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase the relative pronoun at ``start``–``end`` refers to, or None
    when the phrase is no relative pronoun opening a clause after a comma."""
    toks = doc.tokens
    k0 = doc.token_index_at(start)
    if k0 is None or toks[k0].start != start:
        return None
    if k0 + 1 < len(toks) and toks[k0 + 1].start < end:
        return None  # more than one token: no relative pronoun
    k = k0
    word = toks[k].text.lower()
    if word not in _AGREES or toks[k].tag not in ("PRELS", "PWAV", "ART", "PDS", "PWAT", "PWS"):
        return None
    j = k - 1
    if j >= 0 and toks[j].text.lower() in _PREPOSITIONS:
        j -= 1
    if j < 0 or toks[j].text != ",":
        return None
    first = _sentence_start(doc, k)
    agrees = _AGREES[word]
    if agrees is not None and len(agrees[1]) > 1:  # `die sagte`: the verb's number
        number = _clause_verb_number(toks, k)
        if number in agrees[1]:
            agrees = (agrees[0], frozenset({number}))
    return _antecedent(toks, j, first, agrees)


def _clause_verb_number(toks: list[Token], k: int) -> str | None:
    """The number of the finite verb of the relative clause opened at ``k`` (up to its comma):
    the subject `die` of `die sagte` is singular, of `die forderten` plural."""
    for tok in toks[k + 1 : k + 12]:
        if tok.text in (",", ".", ":", ";"):
            return None
        if tok.tag.endswith("FIN"):
            return tok.feat("Number")
    return None


def _sentence_start(doc: Doc, k: int) -> int:
    sent = doc.sentence_at(doc.tokens[k].start)
    return sent.tok_start if sent is not None else 0


def _antecedent(
    toks: list[Token],
    comma: int,
    first: int,
    agrees: tuple[frozenset[str], frozenset[str]] | None,
) -> tuple[int, int] | None:
    j = comma - 1
    while j >= first and toks[j].tag in _BRACKET_TAGS or j >= first and _particle(toks, j, comma):
        j -= 1
    if j >= first and toks[j].text == ")":  # `Heribert X (CDU), wonach`: past the parentheses
        while j >= first and toks[j].text != "(":
            j -= 1
        j -= 1
    lowest = max(first, comma - _REACH)
    while j >= lowest:
        tok = toks[j]
        if tok.tag not in ("NN", "NE", "FM"):
            if tok.tag in ("APPR", "APPRART", "ART", "ADJA", "CARD", "PIAT", "PPOSAT", "PDAT"):
                j -= 1
                continue
            return None  # a verb, conjunction or punctuation: no noun phrase right before
        lo = _np_start(toks, j, first)
        if _agrees(toks, lo, j, agrees):
            head = _head_before_attribute(toks, lo, first, agrees)
            if head is not None:
                return head  # `Umfragen unter Jungwählern, denen zufolge`: the Umfragen
            end = _genitive_end(toks, j, comma)
            return _apposition_name(toks, lo, first) or (toks[lo].start, toks[end].end)
        j = lo - 1
    return None


#: articles of a genitive attribute (`Studien der Universität Kassel`, `eines Instituts`)
_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})


def _genitive_end(toks: list[Token], head: int, comma: int) -> int:
    """The last token of the antecedent with its genitive attribute when only that stands
    between the head at ``head`` and the comma (`Studien der Universität Kassel, nach denen`:
    the studies of that university), else the head."""
    k = head + 1
    if k >= comma or toks[k].text.lower() not in _GENITIVE_ARTICLES:
        return head
    if all(t.tag in _NP_TAGS for t in toks[k + 1 : comma]):
        return comma - 1
    return head


def _head_before_attribute(
    toks: list[Token],
    lo: int,
    first: int,
    agrees: tuple[frozenset[str], frozenset[str]] | None,
) -> tuple[int, int] | None:
    """The noun phrase right before a prepositional attribute that starts at ``lo - 1``, when
    it agrees with the relative pronoun as well (the attribute's noun is not the antecedent)."""
    p = lo - 1
    if agrees is None or p - 1 < first or toks[p].tag not in ("APPR", "APPRART"):
        return None
    if toks[p - 1].tag not in ("NN", "NE"):
        return None
    head_lo = _np_start(toks, p - 1, first)
    if not _agrees(toks, head_lo, p - 1, agrees):
        return None
    return (toks[head_lo].start, toks[p - 1].end)


def _particle(toks: list[Token], j: int, comma: int) -> bool:
    """A verb particle the tagger read as a preposition or an adverb right before the comma
    (`legte ein Gutachten vor, laut dem`, `nahm einen Mann fest, der angab`)."""
    if j != comma - 1:
        return False
    return toks[j].tag == "ADV" or (toks[j].tag == "APPR" and toks[j].pos != "NOUN")


def _np_start(toks: list[Token], head: int, first: int) -> int:
    """The first token of the noun phrase ending at ``head`` (articles, adjectives, a run of
    names or nouns: `der ehemalige US-Justizminister Ramsey Clark`)."""
    lo = head
    while lo - 1 >= first and toks[lo - 1].tag in _NP_TAGS:
        lo -= 1
        if toks[lo].tag == "ART":
            break
    return lo


def _agrees(
    toks: list[Token],
    lo: int,
    head: int,
    agrees: tuple[frozenset[str], frozenset[str]] | None,
) -> bool:
    """The noun phrase agrees with the pronoun: the number and gender of its article when it
    has one, else of its head (the gender of a bare common noun only in number: the tagger
    guesses it from the ending, `Vorsitzende` as masculine)."""
    if agrees is None:
        return True
    genders, numbers = agrees
    lead = toks[lo] if toks[lo].tag == "ART" else toks[head]
    number = lead.feat("Number") or toks[head].feat("Number")
    gender = lead.feat("Gender") or toks[head].feat("Gender")
    if number and number not in numbers:
        return False
    if number == "Plur" or not genders:
        return True
    if lead.text.lower() in _MASC_OR_NEUT:  # `eines Jungen`: genitive and dative share forms
        return bool(genders & {"Masc", "Neut"})
    if lead.tag == "NN":  # a bare common noun: its gender is the tagger's guess (`Vorsitzende`)
        return True
    return gender is None or gender in genders


def _apposition_name(toks: list[Token], lo: int, first: int) -> tuple[int, int] | None:
    """`Reinhard X, Parteivorsitzender der Grünen, der`: a bare noun after a comma that
    follows a name is an apposition of that name, which the pronoun refers to."""
    if toks[lo].tag != "NN" or lo - 2 < first or toks[lo - 1].text != ",":
        return None
    j = lo - 2
    if toks[j].tag != "NE":
        return None
    hi = j
    while j - 1 >= first and toks[j - 1].tag == "NE":
        j -= 1
    return toks[j].start, toks[hi].end
