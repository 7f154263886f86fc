"""Extended attributes in speaker phrases (German `erweiterte Attribute`).

German puts whole phrases between the article and the noun it belongs to: `die zur Stanford
University gehörende Hoover Institution`, `der für die Region zuständige Koordinator`, `die das
Unglück überlebende Frau`, `der als gemäßigt geltende frühere Präsident`.  The phrase readers
stop at the inner preposition or article and cut the speaker short (`der für die Region`) or
find none.  The helpers here recognise the pattern from the tags:

* a determiner (`der`, `die`, `das`, `ein`, `dieser`, ...; the tagger often reads it as a
  relative or demonstrative pronoun),
* then material without a finite verb, a clause boundary or a long quotation (prepositional
  phrases, adverbs, objects, a short quoted name, `als` + adjective; a comma only inside a list
  of names: `der in West Richland, Washington, ansässigen Firma`), which must not begin with
  the noun phrase itself (`der Minister`),
* then an attributive adjective or participle whose ending agrees with the determiner
  (`der ... zuständige`, `dem ... zuständigen`) after a complete inner phrase (not `zur
  kalifornischen Stanford ...`: the adjective of the inner phrase),
* then the head: further adjectives and a noun or name.
"""

from __future__ import annotations

from .frames import Sentence

#: determiners that can open an extended attribute, and the adjective endings after them
_ENDINGS: dict[str, tuple[str, ...]] = {
    "der": ("e", "en"),
    "die": ("e", "en"),
    "das": ("e",),
    "dem": ("en",),
    "den": ("en",),
    "des": ("en",),
    "ein": ("er", "es"),
    "eine": ("e",),
    "einer": ("en",),
    "einem": ("en",),
    "eines": ("en",),
    "einen": ("en",),
    "dieser": ("e", "en"),
    "diese": ("e", "en"),
    "dieses": ("e", "en"),
    "diesem": ("en",),
    "diesen": ("en",),
}
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVIMP"})
_STOP_TAGS = frozenset({"KOUS", "PWS", "PWAV", "PRELAT", "VVIZU", "KOUI"})
_HEAD_TAGS = frozenset({"NN", "NE"})
#: what may stand right before the attribute's adjective: the end of a complete inner phrase
_INNER_END_TAGS = frozenset({"NN", "NE", "ADJD", "ADV", "VVPP", "CARD", "PTKNEG", "PPER", "PRF"})
#: most tokens an extended attribute spans before its adjective
_MAX_INNER = 14


def attribute_head(sent: Sentence, d: int, *, after_comma: bool = False) -> int | None:
    """Index of the adjective that closes an extended attribute opened by the determiner at
    ``d`` (`die zur Universität gehörende Stiftung` → `gehörende`), None when there is none.
    A determiner right after a comma opens a relative clause more often than an attribute;
    it counts only with ``after_comma`` (an apposition the caller already expects)."""
    n = len(sent.toks)
    endings = _ENDINGS.get(sent.lower[d])
    if endings is None or d + 2 >= n or sent.in_quote[d]:
        return None
    if d > 0 and sent.toks[d - 1].text == "," and not after_comma:
        return None
    first = sent.toks[d + 1]
    if first.tag in _HEAD_TAGS or first.text in (",", ".", ":", ";"):
        return None  # `der Minister`: the determiner belongs to the next noun
    if first.tag == "ADJA" and d + 2 < n and sent.toks[d + 2].tag in _HEAD_TAGS:
        return None  # `die neue Regierung`
    k = d + 1
    while k < min(n - 1, d + 1 + _MAX_INNER):
        tok = sent.toks[k]
        if tok.start in sent.quote_starts:
            end = sent.short_quotation_end(k)
            if end is None:
                return None
            k = end
            continue
        if sent.in_quote[k] and tok.text not in ("„", "“", '"', "»", "«"):
            return None
        if tok.tag == "VVFIN" and _misread_participle(sent, k, d, endings):
            return k  # `Der von der SPD nominierte Kandidat sagte`: tagged as a past tense
        if tok.tag in _FINITE or tok.tag in _STOP_TAGS or tok.text in (".", ":", ";", "!", "?"):
            return None
        if tok.text == ",":
            places = sent.toks[k - 1].tag == "NE" and sent.toks[k + 1].tag in ("NE", "ADJA")
            if not places and not (k == d + 2 and sent.toks[k - 1].tag == "ADJA"):
                return None  # a list of place names, or `ein prominentes, dem X zugehöriges`
            k += 1
            continue
        if (
            k > d + 1
            and tok.tag == "ADJA"
            and tok.text[:1].islower()
            and sent.lower[k].endswith(endings)
            and _closes_inner(sent, k - 1)
            and _head_follows(sent, k + 1)
        ):
            return k
        k += 1
    return None


def head_end(sent: Sentence, k: int) -> int:
    """End (exclusive) of the head after the attribute's adjective at ``k``: adjectives, then
    nouns and names (`gehörende Hoover Institution`)."""
    n = len(sent.toks)
    j = k + 1
    while j < n and sent.toks[j].tag == "ADJA":
        j += 1
    while j < n and sent.toks[j].tag in _HEAD_TAGS and not sent.in_quote[j]:
        j += 1
    return j


def with_attribute(sent: Sentence, i: int, j: int) -> tuple[int, int, int]:
    """The phrase ``[i, j)`` with an extended attribute made whole (`der für die Region
    zuständige Koordinator`, also read from its head on or as the genitive of a noun: `Angaben
    der in X ansässigen Firma`), and the token from which the phrase limits are looked for (the
    attribute's inner articles and prepositions begin nothing new)."""
    head = attribute_head(sent, i)
    if head is None:
        d = attribute_opener(sent, i)
        if d is not None:
            i, head = d, attribute_head(sent, d, after_comma=True)
    if head is None:
        for x in (j - 1, j):
            if (
                i < x < len(sent.toks)
                and sent.lower[x] in _GENITIVE_OPENERS
                and sent.toks[x - 1].tag in _HEAD_TAGS
            ):
                head = attribute_head(sent, x)
                if head is not None:
                    break
    if head is None:
        return i, j, i
    return i, max(j, head_end(sent, head)), head


def attribute_interiors(sent: Sentence, s: int, e: int) -> list[tuple[int, int]]:
    """Character spans, inside the phrase at ``s``–``e``, of the extended attributes whose
    head is no text (`die zur Stanford University gehörende Hoover Institution` →
    `zur Stanford University`): a name in them qualifies the head, it does not speak.  The
    agent of a text's attribute issues the text and stays (`einer von der Bundesbank
    veröffentlichten Studie`)."""
    out = []
    for d, tok in enumerate(sent.toks):
        if not s <= tok.start < e:
            continue
        k = attribute_head(sent, d, after_comma=True)
        if k is None or sent.toks[k].start >= e:
            continue
        heads = [t for t in sent.toks[k + 1 : head_end(sent, k)] if t.tag == "NN"]
        if heads and sent.lex.is_cue_noun(heads[-1].text):
            continue
        out.append((sent.toks[d + 1].start, sent.toks[k].start))
    return out


#: determiners that open a genitive attribute after a noun (`Angaben der in X ansässigen Firma`)
_GENITIVE_OPENERS = frozenset({"der", "des", "einer", "eines"})


def attribute_opener(sent: Sentence, i: int) -> int | None:
    """The determiner whose extended attribute ends in the head word at ``i`` (a phrase read
    from `geltende frühere Präsident` on: `der als gemäßigt geltende frühere Präsident`)."""
    for d in range(i - 2, max(-1, i - 2 - _MAX_INNER), -1):
        if sent.toks[d].text in (".", ":", ";") or sent.toks[d].tag in _FINITE:
            return None
        if sent.lower[d] not in _ENDINGS:
            continue
        k = attribute_head(sent, d, after_comma=True)
        if k is not None and k <= i < head_end(sent, k):
            return d
    return None


def _misread_participle(sent: Sentence, k: int, d: int, endings: tuple[str, ...]) -> bool:
    """The word at ``k``, tagged as a finite verb, is the participle of an attribute opened at
    ``d``: lower case with the ending the determiner asks for, after a complete inner phrase,
    and its head is followed by the clause's finite verb, or the clause has its finite verb
    before the determiner (a second finite verb: one of them cannot be one)."""
    if not (
        k > d + 1
        and sent.toks[k].text[:1].islower()
        and sent.lower[k].endswith(endings)
        and _closes_inner(sent, k - 1)
        and _head_follows(sent, k + 1)
    ):
        return False
    end = head_end(sent, k)
    if end < len(sent.toks) and sent.toks[end].tag in _FINITE:
        return True
    # `…, sagte die vom Gericht bestellte Sachverständige X`: the clause has its finite verb
    # before the determiner already
    x = d - 1
    while x >= 0 and sent.toks[x].text not in (",", ";", ":", "(", "–") and not sent.in_quote[x]:
        if sent.toks[x].tag in _FINITE:
            return True
        x -= 1
    return False


def _closes_inner(sent: Sentence, p: int) -> bool:
    """Token ``p`` can end the inner phrase of an attribute (`zur Universität`, `als gemäßigt`,
    a closing quotation mark): not an article or preposition waiting for its noun."""
    tok = sent.toks[p]
    return tok.tag in _INNER_END_TAGS or tok.text in ("“", '"', "«", "»", ",")


def _head_follows(sent: Sentence, j: int) -> bool:
    """Adjectives and then a noun or name start at ``j``."""
    n = len(sent.toks)
    while j < n and sent.toks[j].tag == "ADJA":
        j += 1
    return j < n and sent.toks[j].tag in _HEAD_TAGS and not sent.in_quote[j]
