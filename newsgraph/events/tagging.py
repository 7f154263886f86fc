"""STTS tags and lemmas for the event rules: the ``nlp`` stage's, repaired, else HanTa's.

When the ``nlp`` stage ran, its tokens already carry an STTS tag, a lemma and UD morphology;
re-tagging every sentence with HanTa cost about two thirds of the whole pipeline's CPU time.
The clause and argument rules were written against HanTa's tagging, and a statistical tagger
makes a few systematic errors that matter much more to them than to a tag accuracy figure, so
:func:`repair_tags` corrects those with general rules of German word order:

* a separated verb particle at the end of a clause (``nahmen ... fest .``, ``rief ... auf ,``)
  tagged as a preposition or adverb is ``PTKVZ`` (a preposition never ends a clause);
* a full verb tagged finite inside a verb bracket whose finite verb is an auxiliary or modal
  (``wurde ... entzogen``, ``wollen ... niederlegen``) is a participle or an infinitive, and so
  is the clause-final verb of a verbless headline (``Mafiaboss ... verhaftet``);
* an inflected participle tagged finite between a determiner and its noun in a clause that has
  its finite verb elsewhere (``Ein am Straßenrand deponierte Sprengsatz explodierte``) is ``ADJA``;
* a determiner that governs no noun (``Dies berichtet``, ``Diese soll ...``) is a pronoun.

Without ``nlp`` tokens the whole sentence is tagged by HanTa (installed with newsgraph).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

#: separable verb particles that can close a clause ("nahmen ... fest", "rief ... auf")
PARTICLES = frozenset({
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei", "her", "hin", "los", "mit",
    "nach", "nieder", "teil", "vor", "vorbei", "weg", "weiter", "zu", "zurück", "zusammen",
    "bekannt", "statt", "heim", "hoch", "kund", "preis", "bereit", "gegenüber", "entgegen",
    "herbei", "heraus", "hinaus", "voran", "voraus", "davon", "dar", "um", "durch", "über",
})
_CLAUSE_END = frozenset({"$,", "$."})
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider", "über", "unter", "durch", "um")
_NP_CONTINUATION = frozenset({"ADJA", "ADJD", "NN", "NE", "FM", "CARD", "ADV", "PIAT", "PIDAT", "TRUNC", "XY", "$("})
_CLUSTER_AUX = frozenset({"haben", "hat", "hatte", "hatten", "sein", "ist", "sind", "war", "waren", "werden", "worden", "wurde", "wurden", "wird"})
_NAME_TAGS = frozenset({"NN", "NE", "FM", "ADJA", "ADJD", "TRUNC", "CARD", "XY", "ADV"})
_PRONOUN_OF = {"PDAT": "PDS", "PIAT": "PIS", "PIDAT": "PIS"}


@lru_cache(maxsize=1)
def _hanta() -> Any:
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def norm_tag(tag: str) -> str:
    tag = tag.replace("(", "").replace(")", "")
    return "NN" if tag == "NNA" else tag  # HanTa: nominalised adjective ("den Angeklagten")


def tag_words(words: Sequence[str]) -> list[tuple[str, str]]:
    """(lemma, STTS tag) for each word, from HanTa."""
    if not words:
        return []
    out = _hanta().tag_sent(list(words))
    return [(lemma, norm_tag(tag)) for _w, lemma, tag in out]


def participle_shaped(word: str, lemma: str) -> bool:
    """Can ``word`` be the past participle of the verb ``lemma``?  (``verhaftet`` of
    ``verhaften``, ``festgenommen`` of ``festnehmen``, ``entzogen`` of ``entziehen``)."""
    w, lem = word.lower(), lemma.lower()
    if not w.endswith(("t", "en", "n")) or len(w) < 4:
        return False
    if lem.endswith("ieren") or lem.startswith(_INSEPARABLE):
        return True
    return "ge" in w[:-2]


def _after_determiner(tags: list[str], i: int) -> bool:
    """Does a determiner open a phrase that ``i`` sits in, directly or across a prepositional
    attribute (``den ... wegen Majestätsbeleidigung verurteilten Schweizer``)?"""
    saw_pp = False
    for k in range(i - 1, -1, -1):
        t = tags[k]
        if t in ("ART", "PDAT", "PIAT", "PPOSAT"):
            return saw_pp or k == i - 1
        if t in ("VVFIN", "VAFIN", "VMFIN") and saw_pp:
            return True  # "begnadigt wegen Majestätsbeleidigung verurteilten Schweizer"
        if t == "KON" and k > 0 and tags[k - 1] in ("NN", "NE"):
            return True  # "auf Totschlag und versuchte Tötung"
        if t in ("APPR", "APPRART", "ADV", "ADJD"):
            saw_pp = True
        elif t not in ("NN", "NE", "CARD", "ADJA", "FM"):
            return False
    return False


def _finite_forms() -> dict[str, tuple[str, str]]:
    forms = {
        "haben": "hat hatte hatten hast habe hätte hätten", "sein": "ist sind war waren sei seien wäre wären",
        "werden": "wird wurde wurden würde würden", "können": "kann konnte konnten könne könnte könnten",
        "sollen": "soll sollte sollten solle", "müssen": "muss musste mussten müsse müsste müssten",
        "wollen": "will wollte wollten wolle", "dürfen": "darf durfte durften dürfe dürfte dürften",
    }
    return {
        w: (lemma, "VAFIN" if lemma in ("haben", "sein", "werden") else "VMFIN")
        for lemma, ws in forms.items() for w in ws.split()
    }


#: unambiguous finite forms of auxiliaries and modals (a tagger may still call one "ADJA")
FINITE_FORMS = _finite_forms()
_SUBORDINATING = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
_INFLECTED_PARTICIPLE = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener", "enes")
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def _segment_starts(tags: list[str]) -> list[int]:
    """Where each comma segment starts (ascending; the repairs never move a comma)."""
    return [0] + [k + 1 for k, t in enumerate(tags) if t == "$,"]


def _embedded(tags: list[str], start: int) -> bool:
    """Does the comma segment starting at ``start`` open a subordinate clause?"""
    if start >= len(tags):
        return False
    first = tags[start]
    return first in _SUBORDINATING or (first == "APPR" and start + 1 < len(tags) and tags[start + 1] in ("PRELS", "PRELAT", "PWS"))


def _in_bracket(tags: list[str], low: list[str], i: int, starts: list[int]) -> bool:
    """Is the verb at ``i`` inside (or closing) the verb bracket of an earlier auxiliary or
    modal, or right before a finite auxiliary (``festgenommen wurde``)?  Embedded relative and
    subordinate clauses between them are skipped (``soll X, der ... lebt, abgeschoben werden``).
    ``starts`` are the sentence's :func:`_segment_starts`."""
    for j in (i + 1, i + 2):
        if j < len(tags) and tags[j] in ("VAFIN", "VMFIN") and not (j == i + 2 and tags[i + 1] in ("$,", "$.", "KON")):
            return True
    j = i - 1
    while j >= 0:
        t = tags[j]
        if t == "$,":
            seg_start = starts[bisect_right(starts, j - 1) - 1] if j > 0 else 0
            if _embedded(tags, seg_start) and seg_start > 0:
                j = seg_start - 2  # skip the embedded clause and its opening comma
                continue
            if j > 0 and tags[j - 1].startswith(("VV", "VA", "VM", "PTKVZ")):
                return False  # "hat gesagt, die Arbeiter streiken": the bracket closed
            j -= 1
            continue
        if t in ("VAFIN", "VMFIN"):
            return True
        if t in ("$.", "VVFIN", "VVIMP") or low[j] in (":", ";"):
            return False
        if t in _SUBORDINATING and (j == 0 or tags[j - 1] == "$,"):
            return False  # the verb's own clause is subordinate ("so bald wie möglich" is not)
        if t == "KON" and j > 0 and tags[j - 1].startswith(("VV", "VA", "VM", "PTKVZ")):
            return False  # "... fest und verhörte": a new conjunct
        j -= 1
    return False


def _hanta_word(word: str) -> tuple[str, str]:
    lemma, tag = _hanta().analyze(word)
    return lemma, norm_tag(tag)


def _implausible(words: Sequence[str], tags: list[str], i: int, headline: bool = False) -> bool:
    """A tag that the word's shape rules out: a capitalised verb inside the sentence
    (``US-Polizei/VAFIN``), an uninflected attributive adjective (``verhaftet/ADJA``), a
    lowercase noun (``anderem/NN``)."""
    w, t = words[i], tags[i]
    if not w[:1].isalpha():
        return False
    after_quote = i > 0 and words[i - 1] in ("„", "\"", "»", ":", "(", "–")
    if t.startswith("V") and w[:1].isupper() and ((i > 0 and not after_quote) or "-" in w):
        return True
    if "-" in w and w.split("-")[-1][:1].isupper() and t not in _NAME_TAGS - {"ADV", "ADJD"}:
        return True  # "NASA-Chef/KOUS", "US-Polizei/ADV"
    if w[:1].isupper() and i > 0 and not after_quote and t not in _NAME_TAGS and not w.isupper():
        return True  # a capitalised word inside the sentence is a noun, name or adjective
    if t == "ADJA" and w[:1].islower() and w.isalpha() and not w.endswith(("e", "en", "er", "es", "em")):
        return True
    if t == "ADJD" and w[:1].islower() and w.endswith(("t", "en")):
        # a participle in a verb cluster ("sollen ... geplant haben") or closing a headline
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        return nxt in _CLUSTER_AUX or (headline and i == len(words) - 1)
    return t in ("NN", "NE") and w[:1].islower() and "-" not in w and not any(c.isdigit() for c in w)


def repair_tags(words: Sequence[str], lemmas: Sequence[str], tags: Sequence[str], headline: bool = False) -> tuple[list[str], list[str]]:
    """The ``nlp`` stage's STTS ``tags`` and lemmas with the corrections of the module doc."""
    out = list(tags)
    lems = list(lemmas)
    low = [w.lower() for w in words]
    n = len(out)
    for i, w in enumerate(low):
        if _implausible(words, out, i, headline):
            lems[i], out[i] = _hanta_word(words[i])
        if w in FINITE_FORMS and not out[i].startswith("V"):
            lems[i], out[i] = FINITE_FORMS[w]  # "dort hat/ADJA Bundeswirtschaftsminister ..."
        elif w == "als" and out[i] in ("KON", "KOKOM") and i + 1 < n and out[i + 1] in ("ART", "NN", "NE", "ADJA", "PPOSAT", "PIAT"):
            out[i] = "APPR"  # "als Geiseln", "als Vermittler" (the rules read it as a preposition)
        elif out[i] == "ART" and w.startswith("ein") and i + 1 < n and out[i + 1] in ("ART", "PPOSAT"):
            out[i] = "PIS"  # "einer der Verdächtigen": a partitive pronoun
        elif w == "laut" and out[i] != "APPR" and i + 1 < n and out[i + 1] in ("NN", "NE", "ART", "ADJA", "PPOSAT"):
            out[i] = "APPR"  # "laut Medienberichten"
        elif out[i] == "PTKA" and w == "zu" and i + 1 < n and out[i + 1] in ("CARD", "ART", "NN", "NE", "ADJA"):
            out[i] = "APPR"  # "zu 10 Jahren Haft"
        elif w[:-1].isdigit() and w.endswith(".") and out[i] not in ("ADJA", "CARD"):
            out[i] = "ADJA" if i + 1 < n and out[i + 1] == "NN" else "CARD"  # "am 79. Geburtstag"
        elif out[i] == "NN" and "-" in w and words[i].split("-")[-1][:1].islower():
            out[i] = "ADJA"  # "Der 51-jährige aus Hamburg stammende Mann"
    if headline:
        last_noun = max((k for k, t in enumerate(out) if t in ("NN", "NE")), default=-1)
        for i, t in enumerate(out):
            if t in ("VVFIN", "VAFIN", "VMFIN") and not low[i].endswith(_INFLECTED_PARTICIPLE):
                break
            if (
                t == "VVPP" and 0 < i < n - 1 and out[i - 1] in ("NN", "NE") and low[i].endswith("t")
                and not (low[i].startswith("ge") and not lems[i].lower().startswith("ge"))
                and last_noun > i
            ):
                out[i] = "VVFIN"  # "König begnadigt wegen ... verurteilten Schweizer"
                break
    first_main = next((i for i, t in enumerate(out) if t in ("VVFIN", "VVIMP")), n)
    for i in range(n):
        nxt = out[i + 1] if i + 1 < n else ""
        # a separated particle: a preposition-like word that governs nothing ("rief ... auf .")
        if (
            low[i] in PARTICLES and out[i] in ("APPR", "ADV", "APZR", "ADJD", "VVPP")
            and nxt in ("", "$,", "$.", "KON") and first_main < i - 1
        ):
            out[i], lems[i] = "PTKVZ", low[i]
    # the finite verbs still tagged so (a verb retagged below no longer counts for the later ones)
    finite = sum(t in _FINITE for t in out)
    starts = _segment_starts(out)
    for i in range(n):
        t = out[i]
        nxt = out[i + 1] if i + 1 < n else ""
        if t in _FINITE:
            inflected = t == "VVFIN" and low[i].endswith(_INFLECTED_PARTICIPLE) and nxt in ("NN", "NE", "ADJA")
            other = finite > 1  # another finite verb in the sentence
            if inflected and other and _after_determiner(out, i):
                out[i] = "ADJA"  # "Ein am Straßenrand deponierte Sprengsatz explodierte"
                finite -= 1
                continue
            last = nxt in ("", "$.", "$,", "$(") or (nxt == "KON" and i + 2 < n and out[i + 2].startswith("V"))
            headline_pp = headline and t == "VVFIN" and last and i > 0 and not other
            if not (headline_pp or _in_bracket(out, low, i, starts)) or inflected:
                continue
            kind = t[:2]
            if low[i] == lems[i].lower() and not headline_pp:
                out[i] = kind + "INF"  # "sollen ... die Arbeit niederlegen", "soll ... abgeschoben werden"
                finite -= 1
            elif participle_shaped(words[i], lems[i]):
                out[i] = kind + "PP"  # "wurde ... entzogen", "Mafiaboss ... verhaftet"
                finite -= 1
    for i, t in enumerate(out):
        nxt = out[i + 1] if i + 1 < n else ""
        if t in _PRONOUN_OF and nxt not in _NP_CONTINUATION and not (nxt in ("ART", "PPOSAT") and low[i].startswith("all")):
            out[i] = _PRONOUN_OF[t]  # "Dies berichtet", "Diese soll ...", "unter anderem die ..."
    return out, lems
