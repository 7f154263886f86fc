"""The attribution lexicons (``cues_de.yaml``, ``cues_en.yaml``) as typed, immutable tables.

The YAML files are the documented data; this module expands them: weak German verbs get their
inflected forms generated (``sagen`` -> ``sagt``, ``sagte``, ``sagten``, ``gesagt``, ...), strong
ones take theirs from the ``strong`` table, and particle verbs (``mitteilen``) are indexed both by
their joined forms (``mitteilte``, ``mitgeteilt``) and by the finite base form that needs the
particle later in the clause (``teilte ... mit``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from ..errors import ConfigError

#: stance of a claim framed by a cue verb of each class
CLASS_STANCE: Mapping[str, str] = MappingProxyType(
    {
        "say": "reported",
        "report": "reported",
        "opinion": "reported",
        "demand": "reported",
        "ask": "reported",
        "allege": "alleged",
        "deny": "denied",
        "announce": "future",
    }
)
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "unter", "hinter")


@dataclass(frozen=True)
class VerbCue:
    """One cue verb: its lemma, class and (for particle verbs) the separable particle."""

    lemma: str
    cls: str
    particle: str | None = None
    needs: tuple[str, ...] = ()  # words that must follow for reported speech (`sprach von`)
    reported: bool = True  # may frame reported speech without a complement clause
    complement: bool = True  # may frame a complement clause (`sagte, dass ...`)
    unless: tuple[str, ...] = ()  # no reported speech with these words (`forderte ... Tote`)
    #: without a complement, a claim of the record only (`bestätigte den Vorfall`)
    record: bool = False


@dataclass(frozen=True)
class FormMatch:
    """What a word form says about a cue verb.

    ``kind``: ``finite`` (sagte), ``participle`` (gesagt), ``infinitive`` (sagen, mitzuteilen)
    or ``separated`` (teilte -- only a cue when the particle ``mit`` closes the clause).
    """

    verb: VerbCue
    kind: str


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lower case, "..." = gap
    cls: str
    impersonal: bool = False
    prep: str | None = None  # "before" for `according to X`
    reported: bool = True  # may frame reported speech without a complement clause


@dataclass(frozen=True)
class PrepCue:
    position: str  # before | after | alone
    noun_required: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    forms: Mapping[str, tuple[FormMatch, ...]]
    phrases: tuple[Phrase, ...]
    nouns: frozenset[str]
    preps: Mapping[str, PrepCue]
    np_stop: frozenset[str]
    np_inner: frozenset[str]
    finite: frozenset[str]
    aux: frozenset[str]
    clause_openers: frozenset[str]
    alleged_words: frozenset[str]
    alleged_phrases: tuple[tuple[str, ...], ...]
    alleged_modal: frozenset[str]
    hearsay: frozenset[str]
    #: adverbs that present the content as a mere possibility (`möglicherweise`, `perhaps`)
    possibility_words: frozenset[str]
    conditional_words: frozenset[str]
    #: phrases opening a condition (`im Falle`, `für den Fall`, `in case`)
    conditional_phrases: tuple[tuple[str, ...], ...]
    future_words: frozenset[str]
    subjunctive: frozenset[str]
    person_pronouns: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    pronoun_adverbs: frozenset[str]
    agency_nouns: frozenset[str]
    agencies: frozenset[str]
    source_heads: tuple[str, ...] = ()
    #: heads of nouns naming a reason or cause (`Grund`, `Todesursache`), compound ends
    reason_heads: tuple[str, ...] = ()
    #: the occasion of a speech act (:mod:`.said_occasions`): event noun heads, prepositions,
    #: nouns that need an event after them, adverbs
    occasion_events: tuple[str, ...] = ()
    occasion_preps: frozenset[str] = frozenset()
    occasion_frames: frozenset[str] = frozenset()
    occasion_adverbs: frozenset[str] = frozenset()
    occasion_not: tuple[str, ...] = ()
    #: periods a statement was made in (`im Wahlkampf`) and the prepositions before them
    occasion_periods: tuple[str, ...] = ()
    period_preps: frozenset[str] = frozenset()
    #: verb lemma -> the prepositions/pronominal adverbs it governs (part of its cue)
    governed: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    #: nouns of speech acts that frame a complement clause (`die Forderung des X, ...`) -> class
    frame_nouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: lower-case role nouns -> the other names of the same office (`ministerpräsident` ->
    #: `premierminister`, `regierungschef`, …)
    role_synonyms: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def verb_matches(self, form: str) -> tuple[FormMatch, ...]:
        return self.forms.get(form.lower(), ())

    def finite_speech_verb(self, form: str, classes: frozenset[str]) -> bool:
        """``form`` is a finite form of a verb of one of ``classes`` that takes a complement
        clause (`sagte`, `erklärte`: the verbs that frame what was said)."""
        return any(
            m.kind == "finite" and m.verb.complement and m.verb.cls in classes
            for m in self.verb_matches(form)
        )

    def is_source_noun(self, word: str) -> bool:
        """A noun naming someone who can speak (`Polizeisprecher`, `Landesregierung`)."""
        low = word.lower()
        if not word[:1].isupper():
            return False
        return any(f.endswith(h) for f in _uninflected(low) for h in self.source_heads)

    def is_reason_noun(self, word: str) -> bool:
        """A noun naming a reason or cause (`Grund`, `Gründe`, `Todesursache`)."""
        low = word.lower()
        return word[:1].isupper() and any(low.endswith(h) for h in self.reason_heads)

    def is_occasion_noun(self, word: str) -> bool:
        """A noun naming an event a statement can be made at (`Abstimmung`, `Kabinettssitzung`)."""
        low = word.lower()
        if any(low.endswith(x) for x in self.occasion_not):
            return False  # `zum Beispiel`
        # genitive and dative endings (`des Gipfels`, `dem Spiele`, `den Gesprächen`)
        forms = {low, *(low[: -len(e)] for e in ("es", "s", "e", "n") if low.endswith(e))}
        return word[:1].isupper() and any(f.endswith(h) for f in forms for h in self.occasion_events)

    def is_source_prep(self, word: str) -> bool:
        """``word`` is a preposition of source before or after its noun (`laut`, `zufolge`,
        `nach`), not a pronominal adverb that stands alone (`demnach`, `wonach`)."""
        prep = self.preps.get(word.lower())
        return prep is not None and prep.position != "alone"

    def is_cue_noun(self, word: str) -> bool:
        low = word.lower()
        return word in self.nouns or any(low.endswith(n) for n in _NOUN_SUFFIXES)


def _uninflected(low: str) -> tuple[str, ...]:
    """``low`` and its base form without the dative plural `-n` of nouns in `-er`/`-el`
    (`beobachtern` -> `beobachter`), the plural `-nen` of feminines in `-in`
    (`sprecherinnen` -> `sprecherin`), the plural `-en` of nouns in `-ung`, `-ent`, `-ant`,
    `-ist` (`regierungen`, `präsidenten`) or the `-n` of adjectives used as nouns
    (`abgeordneten`)."""
    if low.endswith("innen"):
        return (low, low[:-3])
    if low.endswith(("ern", "eln")):
        return (low, low[:-1])
    if low.endswith(("ungen", "enten", "anten", "isten")):
        return (low, low[:-2])  # `Regierungen`, `Präsidenten`, `Aktivisten`
    if low.endswith("en"):
        return (low, low[:-1])  # `Abgeordneten`, `Vorsitzenden`, `Beauftragten`
    return (low,)


#: compound heads that make any compound a cue noun (`Polizeiangaben`, `Regierungserklärung`)
_NOUN_SUFFIXES = (
    "angaben",
    "erklärung",
    "mitteilung",
    "meldung",
    "meldungen",
    "bericht",
    "berichten",
    "aussage",
    "aussagen",
    "schätzung",
    "schätzungen",
    "ergebnis",
    "meinung",
    "informationen",
    "umfrage",
    "umfragen",
    "studie",
    "gesetz",
    "gesetzes",
    "dokument",
    "dokumenten",
    "verordnung",
    "dekret",
)


def weak_forms(lemma: str) -> dict[str, str]:
    """Inflected forms of a weak German verb: ``{form: kind}``."""
    if lemma.endswith(("eln", "ern")):
        stem, e = lemma[:-1], ""
    else:
        stem = lemma[:-2]
        e = "e" if re.search(r"([td]|(?:[^aeiouäöülrh]|ch)[nm])$", stem) else ""
    no_ge = lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE)
    participle = ("" if no_ge else "ge") + stem + e + "t"
    out = {
        stem + e + "t": "finite",
        stem + e + "te": "finite",
        stem + e + "ten": "finite",
        stem + "e": "finite",
        lemma: "infinitive",
        participle: "participle",
    }
    return out


def _strong_forms(base: str, table: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    spec = table.get(base)
    if spec is None:
        raise ConfigError(f"claims lexicon: strong verb {base!r} has no forms in `strong`")
    out = {str(f): "finite" for f in spec.get("finite", ())}
    out[str(spec["participle"])] = "participle"
    out[base] = "infinitive"
    return out


def _expand(
    lemma: str, spec: Mapping[str, Any], strong: Mapping[str, Mapping[str, Any]]
) -> dict[str, tuple[str, bool]]:
    """Forms of one verb: ``{form: (kind, needs_particle)}``."""
    particle = spec.get("particle")
    prefix = spec.get("prefix", "")
    base = spec.get("base") or spec.get("strong_base") or lemma
    if "forms" in spec:  # listed forms (English, modals), all finite
        return {str(f).lower(): ("finite", False) for f in spec["forms"]}
    if base in strong or spec.get("strong_base"):
        base_forms = _strong_forms(base, strong)
    else:
        base_forms = weak_forms(base)
    if spec.get("subjunctive") is False:
        # no Konjunktiv I forms (`zeige`, `wisse`; SpkAtt verbs): such a cue mostly sits inside
        # someone else's indirect speech
        base_forms = {
            f: k
            for f, k in base_forms.items()
            if k != "finite" or not f.endswith("e") or f.endswith("te")
        }
    out: dict[str, tuple[str, bool]] = {}
    for form, kind in base_forms.items():
        if prefix:
            if kind == "participle" and form.startswith("ge"):
                form = prefix + form[2:]
            else:
                form = prefix + form
        if particle:
            if kind == "participle":
                out[particle + form] = ("participle", False)
            elif kind == "infinitive":
                out[particle + form] = ("infinitive", False)
                out[particle + "zu" + form] = ("infinitive", False)
                # the plural present has the infinitive's form: `Die Richter weisen ... hin`
                out.setdefault(form, ("separated", True))
            else:
                out[particle + form] = ("finite", False)  # subordinate clause: mitteilte
                out[form] = ("separated", True)
        else:
            out[form] = (kind, False)
    return out


def _synonyms(groups: Any) -> Mapping[str, tuple[str, ...]]:
    """Each word of each group -> the other words of its group."""
    out: dict[str, tuple[str, ...]] = {}
    for group in groups:
        words = sorted(_lower_set(group))
        for w in words:
            out[w] = tuple(x for x in words if x != w)
    return MappingProxyType(out)


def _lower_set(values: Any) -> frozenset[str]:
    for v in values or ():
        if not isinstance(v, str):
            raise ConfigError(f"claims lexicon: {v!r} is not a word (quote it in the YAML file)")
    return frozenset(str(v).lower() for v in (values or ()))


def build_lexicon(language: str, data: Mapping[str, Any]) -> Lexicon:
    strong = {str(k): dict(v) for k, v in (data.get("strong") or {}).items()}
    forms: dict[str, list[FormMatch]] = {}
    governed: dict[str, frozenset[str]] = {}
    for lemma, spec in (data.get("verbs") or {}).items():
        spec = dict(spec or {})
        words = [*spec.get("governs", ()), *spec.get("needs", ())]
        if words:
            governed[str(lemma)] = _lower_set(words)
        if "class" not in spec or spec["class"] not in CLASS_STANCE:
            raise ConfigError(f"claims lexicon {language}: verb {lemma!r} has no valid class")
        needs = tuple(str(w).lower() for w in spec.get("needs", ()))
        verb = VerbCue(
            str(lemma),
            str(spec["class"]),
            spec.get("particle"),
            needs,
            spec.get("reported", True) is True,
            bool(spec.get("complement", True)),
            tuple(str(w).lower() for w in spec.get("unless", ())),
            spec.get("reported") == "record" or spec.get("bare") == "record",
        )
        for form, (kind, _needs) in _expand(str(lemma), spec, strong).items():
            forms.setdefault(form.lower(), []).append(FormMatch(verb, kind))
    phrases = tuple(
        Phrase(
            tuple(str(w).lower() for w in p["words"]),
            str(p.get("class", "report")),
            bool(p.get("impersonal", False)),
            p.get("prep"),
            bool(p.get("reported", True)),
        )
        for p in (data.get("phrases") or ())
    )
    preps = {
        str(k).lower(): PrepCue(str(v.get("position", "before")), bool(v.get("noun_required")))
        for k, v in (data.get("preps") or {}).items()
    }
    stance = data.get("stance") or {}
    alleged = stance.get("alleged") or {}
    hyp = stance.get("hypothetical") or {}
    pron = data.get("pronouns") or {}
    desc = data.get("descriptions") or {}
    occasions = data.get("occasions") or {}
    return Lexicon(
        language=language,
        # a particle verb goes first: `forderte ... auf` is `auffordern` when the particle
        # closes the clause, else the base verb `fordern` matches
        forms=MappingProxyType(
            {k: tuple(sorted(v, key=lambda m: m.kind != "separated")) for k, v in forms.items()}
        ),
        phrases=phrases,
        nouns=frozenset(str(n) for n in (data.get("nouns") or ())),
        preps=MappingProxyType(preps),
        np_stop=_lower_set(data.get("np_stop")),
        np_inner=_lower_set(data.get("np_inner")),
        finite=_lower_set(data.get("finite")),
        aux=_lower_set(data.get("aux")),
        clause_openers=_lower_set(data.get("clause_openers")),
        alleged_words=_lower_set(alleged.get("words")),
        alleged_phrases=tuple(
            tuple(str(w).lower() for w in p) for p in alleged.get("phrases") or ()
        ),
        alleged_modal=_lower_set(alleged.get("modal")),
        hearsay=_lower_set(alleged.get("hearsay")),
        possibility_words=_lower_set(hyp.get("possibility")),
        conditional_words=_lower_set(hyp.get("conditional_only")),
        conditional_phrases=tuple(
            tuple(str(w).lower() for w in p) for p in hyp.get("phrases") or ()
        ),
        future_words=_lower_set((stance.get("future") or {}).get("words")),
        subjunctive=_lower_set(data.get("subjunctive")),
        person_pronouns=_lower_set(pron.get("person")),
        pronouns=_lower_set(pron.get("any")),
        possessives=_lower_set(pron.get("possessive")),
        pronoun_adverbs=_lower_set(pron.get("adverbs")),
        agency_nouns=frozenset(str(n) for n in (desc.get("agency") or ())),
        role_synonyms=_synonyms(desc.get("role_synonyms") or ()),
        agencies=frozenset(str(n) for n in (data.get("agencies") or ())),
        source_heads=tuple(sorted(_lower_set(data.get("source_heads")))),
        reason_heads=tuple(sorted(_lower_set(data.get("reason_heads")))),
        occasion_events=tuple(sorted(_lower_set(occasions.get("events")))),
        occasion_preps=_lower_set(occasions.get("preps")),
        occasion_frames=_lower_set(occasions.get("frames")),
        occasion_adverbs=_lower_set(occasions.get("adverbs")),
        occasion_not=tuple(sorted(_lower_set(occasions.get("not")))),
        occasion_periods=tuple(sorted(_lower_set(occasions.get("periods")))),
        period_preps=_lower_set(occasions.get("period_preps")),
        governed=MappingProxyType(governed),
        frame_nouns=MappingProxyType(_frame_nouns(language, data.get("frame_nouns") or {})),
    )


def _frame_nouns(language: str, table: Mapping[str, Any]) -> dict[str, str]:
    """``{class: [nouns]}`` of the YAML file as ``{noun: class}``."""
    out: dict[str, str] = {}
    for cls, nouns in table.items():
        if cls not in CLASS_STANCE:
            raise ConfigError(f"claims lexicon {language}: frame_nouns class {cls!r} is unknown")
        for noun in nouns or ():
            out[str(noun)] = str(cls)
    return out


@functools.lru_cache(maxsize=4)
def load_lexicon(language: str) -> Lexicon:
    """The shipped lexicon for ``de`` or ``en`` (other languages fall back to German)."""
    lang = "en" if language.startswith("en") else "de"
    text = resources.files("newsgraph.claims").joinpath(f"cues_{lang}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError(f"claims lexicon cues_{lang}.yaml is not a mapping")
    return build_lexicon(lang, data)
