"""Assemble UD feature strings from tagger output and rules.

The statistical tagger predicts ``Case``, ``Number``, ``Gender``, ``Person`` and ``Tense`` (where it
has a model for them); the rules here add what follows from the STTS tag (``VerbForm``), the verb
mood with the Konjunktiv I/II distinction (:mod:`newsgraph.nlp.mood`), and fix the tense of
subjunctive forms.  Features are written in UD order (alphabetical by name).
"""

from __future__ import annotations

from collections.abc import Mapping

from .mood import clause_words, mood_of
from .tagsets import verbform_of


def parse_feats(feats: str) -> dict[str, str]:
    if not feats or feats == "_":
        return {}
    out = {}
    for part in feats.split("|"):
        key, _, val = part.partition("=")
        if key and val:
            out[key] = val
    return out


def format_feats(feats: Mapping[str, str]) -> str:
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
_VERB_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "en", "st", "t", "e", "n")


def guess_lemma(word: str, upos: str) -> str:
    """A lemma for a word the lexicon does not know, by stripping inflection endings."""
    lower = word.lower()
    if upos in ("NOUN", "PROPN", "X", "NUM", "SYM", "PUNCT"):
        return word
    if upos == "ADJ":
        for end in _ADJ_ENDINGS:
            if lower.endswith(end) and len(lower) - len(end) >= 4:
                return lower[: -len(end)]
        return lower
    if upos in ("VERB", "AUX"):
        if lower.startswith("ge") and lower.endswith("t") and len(lower) > 5:
            return lower[2:-1] + "en"
        if lower.endswith(("eln", "ern", "en")) and len(lower) > 4:
            return lower
        for end in _VERB_ENDINGS:
            if lower.endswith(end) and len(lower) - len(end) >= 3:
                return lower[: -len(end)] + "en"
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
