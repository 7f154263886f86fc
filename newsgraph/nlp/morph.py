"""Assemble UD feature strings from tagger output and rules.

The statistical tagger predicts ``Case``, ``Number``, ``Gender``, ``Person``, ``Tense``,
``Definite``, ``PronType`` and ``Degree``; the rules here add what follows from the STTS tag (``VerbForm``), the verb
mood with the Konjunktiv I/II distinction (:func:`mood_of`, below), fix the tense of
subjunctive forms, and make noun phrases agree (:func:`agree_case`).

Mood rules
----------
Verb mood for German finite verbs: indicative, Konjunktiv I and Konjunktiv II.

UD writes both subjunctives as ``Mood=Sub``; newsgraph adds the private feature ``Subj=I`` or
``Subj=II`` (and ``Tense=Pres``/``Tense=Past`` as UD GSD does: ``habe`` is ``Mood=Sub|Tense=Pres``,
``hätte`` is ``Mood=Sub|Tense=Past``).  Reported speech is mostly Konjunktiv I (``er sei``,
``sie habe``); Konjunktiv II marks hypotheticals and stands in for Konjunktiv I where the latter
looks like the indicative (``sie hätten``, ``würden``).

The rules use the form, the lemma and the left context:

* Konjunktiv II: forms of :data:`KII_STEMS` plus a personal ending (``wäre``, ``hätten``,
  ``würdest``, ``käme``, ``gäbe``); and any finite verb whose stem carries an umlaut its lemma
  lacks, with a subjunctive ending (``läge``/``liegen``).
* Konjunktiv I: ``sei``/``seien``/``seiest``; any finite verb that is the lemma's present stem
  plus ``e``/``est``/``et`` (``habe``/``haben``, ``könne``/``können``, ``arbeite``/``arbeiten``),
  except after the subject ``ich`` (``ich habe`` is indicative) or ``du``/``ihr`` for ``-est``/``-et``.
  Plural Konjunktiv I equals the indicative (``sie haben``) and stays ``Mood=Ind``.

Features are written in UD order (alphabetical by name).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from .tagsets import verbform_of

#: Konjunktiv II stems that are unambiguous (the indicative preterite differs)
KII_STEMS: frozenset[str] = frozenset(
    str.split(
        """wär hätt würd könnt müsst müßt dürft möcht bräucht käm gäb stünd ständ läg säh tät
        wüsst wüßt fänd nähm zög spräch bräch brächt dächt gält läs tränk trüg wüchs würf
        zwäng schlüg schlöss flög flöh frör föcht gewänn genöss verlör vergäß sänk säng
        spräng stürb wög"""
    )
)
#: strong-verb stems without umlaut: only ``-e``/``-est``/``-et`` differ from the preterite
#: (``ginge`` vs ``ging``; the plural ``gingen`` is both and stays indicative)
KII_STEMS_SINGULAR: frozenset[str] = frozenset(
    str.split("ging blieb hielt ließ hieß fiel rief schien lief stieg schrieb trieb wies")
)
_ENDINGS = ("", "e", "en", "est", "et", "st", "t")
_KI_SEIN = frozenset({"sei", "seien", "seiest", "seist", "seiet"})
_UMLAUT = {"ä": "a", "ö": "o", "ü": "u", "äu": "au"}


def _kii_form(lower: str) -> bool:
    for ending in _ENDINGS:
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if stem in KII_STEMS and (ending or stem in ("wär",)):
            return True
        if stem in KII_STEMS_SINGULAR and ending in ("e", "est", "et"):
            return True
    return False


_CLAUSE_BREAK = frozenset({",", ";", ":", "„", "“", '"', "«", "»", "(", ")", "-", "–"})


def clause_words(left: list[str]) -> list[str]:
    """The words of ``left`` back to the last clause break (comma, quote, bracket)."""
    out: list[str] = []
    for w in reversed(left):
        if w in _CLAUSE_BREAK:
            break
        out.append(w)
    return out


def _present_stem(lemma: str) -> str:
    lemma = lemma.lower()
    if lemma.endswith("en"):
        return lemma[:-2]
    if lemma.endswith(("ern", "eln")):
        return lemma[:-1]
    if lemma.endswith("n"):
        return lemma[:-1]
    return lemma


def mood_of(word: str, lemma: str, left: list[str]) -> tuple[str, str | None]:
    """``(Mood, Subj)`` of a finite verb: ``("Ind", None)``, ``("Sub", "I")`` or ``("Sub", "II")``.

    ``left`` holds the lowercased words before the verb in its sentence (nearest last); the
    subject ``ich``/``du`` is looked for back to the last clause break.
    """
    lower = word.lower()
    if lower in _KI_SEIN:
        return "Sub", "I"
    if _kii_form(lower):
        return "Sub", "II"
    stem = _present_stem(lemma) if lemma else ""
    clause = clause_words(left)
    subject_ich = "ich" in clause
    if stem and lower.endswith("e") and lower[:-1] == stem and not subject_ich:
        return "Sub", "I"
    if stem and lower.endswith("est") and lower[:-3] == stem and "du" not in clause:
        return "Sub", "I"
    if stem and lower.endswith("e") and len(lower) > 2:
        # strong verbs: an umlaut the lemma does not have, plus a subjunctive ending
        base = lower[:-1]
        for uml, plain in _UMLAUT.items():
            if (
                uml in base
                and uml not in stem
                and (not lower.endswith("te") or lower[:-2].replace(uml, plain) not in stem)
            ):
                return "Sub", "II"
    return "Ind", None


def parse_feats(feats: str) -> dict[str, str]:
    """``Case=Nom|Number=Sing`` -> ``{"Case": "Nom", "Number": "Sing"}`` (a new dict)."""
    return dict(_parsed(feats))


@lru_cache(maxsize=8192)
def _parsed(feats: str) -> tuple[tuple[str, str], ...]:
    """The ``(key, value)`` pairs of a feature string (pure; memoised: taggers repeat a few
    thousand distinct strings)."""
    if not feats or feats == "_":
        return ()
    out = {}
    for part in feats.split("|"):
        key, _, val = part.partition("=")
        if key and val:
            out[key] = val
    return tuple(out.items())


def format_feats(feats: Mapping[str, str]) -> str:
    return _formatted(tuple(feats.items()))


@lru_cache(maxsize=8192)
def _formatted(items: tuple[tuple[str, str], ...]) -> str:
    """:func:`format_feats` of a dict's items (in insertion order, which decides the order of
    keys that differ only in case; pure, memoised)."""
    feats = dict(items)
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower) if feats[k])


def verb_features(
    word: str, stts: str, lemma: str, left: list[str], feats: dict[str, str]
) -> dict[str, str]:
    """Add VerbForm, Mood (+ Subj=I|II) and Tense of a verb to ``feats`` (returned)."""
    form = verbform_of(stts)
    if form is None:
        return feats
    feats["VerbForm"] = form
    if form != "Fin":
        for key in ("Mood", "Tense", "Person", "Subj", "Number"):
            feats.pop(key, None)
        return feats
    if stts.endswith("IMP"):
        feats["Mood"] = "Imp"
        return feats
    mood, subj = mood_of(word, lemma, left)
    feats["Mood"] = mood
    if subj is not None:
        feats["Subj"] = subj
        feats["Tense"] = "Pres" if subj == "I" else "Past"
        lower = word.lower()
        if subj == "I" and (lower.endswith("e") or lower == "sei"):
            # Konjunktiv I singular: 1st person only with "ich" (else it would be indicative)
            feats["Person"] = "1" if "ich" in clause_words(left) else "3"
            feats["Number"] = "Sing"
    else:
        feats.pop("Subj", None)
        if "Tense" not in feats:
            feats["Tense"] = _indicative_tense(word, lemma)
    return feats


def _indicative_tense(word: str, lemma: str) -> str:
    lower = word.lower()
    stem = lemma.lower()[:-2] if lemma.lower().endswith("en") else lemma.lower()[:-1]
    if lower in ("war", "warst", "waren", "wart", "wurde", "wurden", "wurdest", "hatte", "hatten"):
        return "Past"
    if (
        stem
        and lower.startswith(stem)
        and lower[len(stem) :] in ("te", "ten", "test", "tet", "ete", "eten")
    ):
        return "Past"
    return "Pres"


_ADJ_ENDINGS = ("sten", "ste", "ster", "stes", "stem", "en", "er", "es", "em", "e")
_VERB_ENDINGS = (
    "etest",
    "etet",
    "eten",
    "ete",
    "test",
    "tet",
    "ten",
    "te",
    "est",
    "et",
    "en",
    "st",
    "t",
    "e",
    "n",
)


_PLURAL_SUFFIXES = (
    ("innen", "in"),
    ("ungen", "ung"),
    ("heiten", "heit"),
    ("keiten", "keit"),
    ("schaften", "schaft"),
    ("ionen", "ion"),
    ("täten", "tät"),
    ("eien", "ei"),
    ("nisse", "nis"),
    ("ern", "er"),
    ("eln", "el"),
)
_VOWELS = frozenset("aeiouäöüy")


def noun_lemma(word: str, feats: Mapping[str, str]) -> str:
    """Singular nominative of an unknown noun from its predicted Number and Case."""
    if feats.get("Number") == "Plur" and len(word) > 4:
        for suffix, repl in _PLURAL_SUFFIXES:
            if word.endswith(suffix):
                return word[: -len(suffix)] + repl
        if word.endswith("ien"):
            return word[:-1]  # Theorien -> Theorie
        if word.endswith("en"):
            # Ruinen -> Ruine (consonant before -en), Frauen -> Frau (vowel before -en)
            return word[:-2] if word[-3] in _VOWELS else word[:-1]
        if word.endswith("n") and word[-2] == "e":
            return word[:-1]
        if word.endswith("s") and word[-2] not in "sxz":
            return word[:-1]  # Autos, Hispanics
        if word.endswith("e") and word[-2] not in _VOWELS:
            return word[:-1]  # Symbole -> Symbol
        return word
    if feats.get("Case") == "Gen" and feats.get("Number") == "Sing" and len(word) > 4:
        if (
            word.endswith(("ses", "des", "tes", "ges", "kes", "fes", "bes"))
            and word[-4] not in _VOWELS
        ):
            return word[:-2]  # Landes -> Land
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
            return word[:-1]  # Ministers -> Minister
    return word


def guess_lemma(word: str, upos: str, feats: Mapping[str, str] | None = None) -> str:
    """A lemma for a word the lexicon does not know, by stripping inflection endings."""
    lower = word.lower()
    if upos == "NOUN":
        return noun_lemma(word, feats or {})
    if upos in ("PROPN", "X", "NUM", "SYM", "PUNCT"):
        return word
    if upos == "ADJ":
        for end in _ADJ_ENDINGS:
            if lower.endswith(end) and len(lower) - len(end) >= 4:
                return lower[: -len(end)]
        return lower
    if upos in ("VERB", "AUX"):
        if lower.startswith("ge") and lower.endswith("t") and len(lower) > 5:
            core = lower[2:]
            core = core[:-2] if core.endswith("et") and core[-3:-2] in ("t", "d") else core[:-1]
            return core + "en"
        if lower.endswith(("eln", "ern", "en")) and len(lower) > 4:
            return lower
        for end in _VERB_ENDINGS:
            if lower.endswith(end) and len(lower) - len(end) >= 3:
                stem = lower[: -len(end)]
                return stem + ("n" if stem.endswith("e") else "en")
        return lower
    return lower


_DAT_PREPS = frozenset(
    ["mit", "von", "zu", "aus", "bei", "nach", "seit", "gegenüber", "samt", "nebst", "entgegen"]
)
_ACC_PREPS = frozenset(["für", "durch", "gegen", "ohne", "um", "wider", "bis"])
_GEN_PREPS = frozenset(
    ["wegen", "während", "trotz", "statt", "anstatt", "innerhalb", "außerhalb", "angesichts"]
)
_ACC_CONTRACTIONS = frozenset(
    ["ins", "ans", "aufs", "durchs", "fürs", "ums", "übers", "unters", "vors", "hinters"]
)
_NP_INNER = frozenset({"ADJ", "ADV", "NUM"})


def contraction_features(word: str) -> dict[str, str]:
    """Case/Number (and Gender for ``zur``) of a preposition+article contraction."""
    lower = word.lower()
    feats = {"Case": "Acc" if lower in _ACC_CONTRACTIONS else "Dat", "Number": "Sing"}
    if lower == "zur":
        feats["Gender"] = "Fem"
    return feats


def agree_case(
    words: list[str], tagged: list[tuple[str, str, str, str]]
) -> list[tuple[str, str, str, str]]:
    """Noun-phrase agreement after tagging.

    Nouns (and the adjectives before them) take the case of their determiner or, without one,
    of the preposition that governs them (``mit Soldaten`` → Dat): the determiner's case is
    predicted more reliably than the noun's.  Determiners and adjectives take the gender of a
    singular head noun and adjectives its number: the noun's lexical gender is more reliable.
    """
    out = list(tagged)
    for i, (upos, _stts, _lemma, morph) in enumerate(tagged):
        if upos not in ("NOUN", "PROPN"):
            continue
        j = i - 1
        while j >= 0 and tagged[j][0] in _NP_INNER and i - j <= 4:
            j -= 1
        if j < 0:
            continue
        head = tagged[j]
        case = None
        if head[0] == "DET" or head[1] == "APPRART":
            case = parse_feats(head[3]).get("Case")
        elif head[0] == "ADP":
            lower = words[j].lower()
            case = (
                "Dat"
                if lower in _DAT_PREPS
                else "Acc"
                if lower in _ACC_PREPS
                else "Gen"
                if lower in _GEN_PREPS
                else None
            )
        noun = parse_feats(morph)
        gender = noun.get("Gender") if noun.get("Number") == "Sing" and upos == "NOUN" else None
        for k in range(j, i + 1):
            u, s, lem, m = out[k]
            if not (
                (case and u in ("NOUN", "PROPN", "ADJ"))
                or (gender and (u in ("DET", "ADJ") or s == "APPRART"))
                or (u == "ADJ" and "Number" in noun)
            ):
                continue  # none of the three changes below can apply
            feats = parse_feats(m)
            changed = False
            if case and u in ("NOUN", "PROPN", "ADJ") and feats.get("Case") != case:
                feats["Case"] = case
                changed = True
            takes_gender = (u in ("DET", "ADJ") and "Gender" in feats) or s == "APPRART"
            if gender and takes_gender and feats.get("Gender") != gender:
                feats["Gender"] = gender
                changed = True
            if (
                u == "ADJ"
                and "Number" in noun
                and feats.get("Number", noun["Number"]) != noun["Number"]
            ):
                feats["Number"] = noun["Number"]
                changed = True
            if changed:
                out[k] = (u, s, lem, format_feats(feats))
    return out
