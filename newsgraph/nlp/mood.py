"""Verb mood for German finite verbs: indicative, Konjunktiv I and Konjunktiv II.

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
"""

from __future__ import annotations

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
