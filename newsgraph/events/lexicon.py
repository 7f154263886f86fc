"""The German trigger lexicon (``lexicon_de.yaml``): PLOVER types, modes, CAMEO codes, frames.

The YAML file is the single place where words are tied to event types; this module loads and
validates it into frozen records and answers "which entry does this verb/noun lemma trigger?".
See ``docs/events.md`` for the file format and how to extend it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError

#: PLOVER event types and their modes (PLOVER manual, draft 0.8, chapter 2).
PLOVER_MODES: Mapping[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
         "misinformation", "cyber"}
    ),
    "ASSAULT": frozenset(
        {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
         "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
         "unconventional"}
    ),
}
PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_MODES)
#: verbal event types: they need a speaker/actor to exist at all
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
ROLES = frozenset({"actor", "target", "none"})


@dataclass(frozen=True)
class Frame:
    """How syntactic slots map to event roles (``actor``/``target``/``none``)."""

    subject: str = "actor"
    object: str = "target"
    passive_subject: str = "target"
    agent_pp: tuple[str, ...] = ("von", "durch")
    with_pp: tuple[str, ...] = ()
    target_pp: tuple[str, ...] = ()
    reciprocal: bool = False


@dataclass(frozen=True)
class Variant:
    """An override of type/mode/cameo that applies when all ``when`` conditions hold."""

    when: Mapping[str, tuple[str, ...]]
    type: str
    mode: str | None
    cameo: str | None


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str  # verb | noun
    type: str
    mode: str | None = None
    cameo: str | None = None
    frame: str = "agentive"
    reciprocal: bool = False
    needs_object: tuple[str, ...] = ()
    bad_objects: tuple[str, ...] = ()
    needs_pp: tuple[str, ...] = ()
    needs_verb: tuple[str, ...] = ()
    agent_sectors: tuple[str, ...] = ()
    bad_context: tuple[str, ...] = ()
    target_pp: tuple[str, ...] = ()
    needs_agent: bool | None = None
    passive_only: bool = False
    intransitive: bool = False  # perfect with "sein" is not a passive ("ist zurückgetreten")
    compound: bool = True
    prefix_role: str = "target"
    gen_role: str = "target"
    weight: float = 0.7
    variants: tuple[Variant, ...] = ()

    @property
    def requires_agent(self) -> bool:
        return self.needs_agent if self.needs_agent is not None else self.type in VERBAL_TYPES


#: largest number of remembered look-ups before the memo starts afresh (bounded memory)
MEMO_LIMIT = 100_000


@dataclass(frozen=True)
class Lexicon:
    verbs: Mapping[str, Entry]
    nouns: Mapping[str, Entry]
    frames: Mapping[str, Frame]
    assault_modes: Mapping[str, str]
    disaster_nouns: frozenset[str]
    cues: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: memo of noun look-ups (the entries never change)
    _memo: dict[str, tuple[Entry, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def verb(self, lemma: str) -> Entry | None:
        return self.verbs.get(lemma.lower())

    def noun(self, word: str) -> tuple[Entry, str] | None:
        """The entry for a noun (lemma or inflected form) and the compound's first part."""
        if word not in self._memo:
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = self._noun(word)
        return self._memo[word]

    def _noun(self, word: str) -> tuple[Entry, str] | None:
        low = word.lower()
        if "-" in low.strip("-"):
            head, _, _ = low.rpartition("-")
            found = self.noun(low.rpartition("-")[2])
            if found is not None:
                return found[0], head
        for cand in (low, low.rstrip("n"), low[:-1] if low.endswith(("e", "s")) else low, low[:-2] if low.endswith(("en", "es", "er")) else low):
            if cand in self.nouns:
                return self.nouns[cand], ""
        best: tuple[Entry, str] | None = None
        for key, entry in self.nouns.items():
            if not entry.compound or len(key) < 4:
                continue
            pos = low.find(key, 3)
            if pos < 3 or len(low) - (pos + len(key)) > 3:
                continue
            rest = low[pos + len(key):]
            if rest not in ("", "e", "en", "n", "s", "es"):
                continue
            if best is None or len(key) > len(best[0].lemma):
                best = (entry, low[:pos].rstrip("-"))
        return best

    def frame(self, entry: Entry) -> Frame:
        return self.frames.get(entry.frame, Frame())

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())


def _tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.lower(),)
    return tuple(str(x).lower() for x in v)


def _check_mode(type_: str, mode: str | None, where: str) -> None:
    if type_ not in PLOVER_MODES:
        raise ConfigError(f"{where}: unknown PLOVER type {type_!r}", hint=f"use one of {', '.join(PLOVER_TYPES)}")
    if mode is not None and mode not in PLOVER_MODES[type_]:
        allowed = ", ".join(sorted(PLOVER_MODES[type_])) or "none"
        raise ConfigError(f"{where}: {mode!r} is not a PLOVER mode of {type_}", hint=f"allowed: {allowed}")


def _entry(lemma: str, pos: str, raw: Mapping[str, Any]) -> Entry:
    where = f"lexicon {pos} {lemma!r}"
    type_ = str(raw.get("type", ""))
    mode = raw.get("mode")
    _check_mode(type_, mode, where)
    variants = []
    for v in raw.get("variants") or ():
        vt = str(v.get("type", type_))
        vm = v.get("mode", mode if vt == type_ else None)
        _check_mode(vt, vm, where + " variant")
        when = {str(k): _tuple(val) for k, val in (v.get("when") or {}).items()}
        variants.append(Variant(when, vt, vm, v.get("cameo", raw.get("cameo"))))
    default_frame = "agentive" if pos == "verb" else "noun"
    return Entry(
        lemma=lemma.lower(), pos=pos, type=type_, mode=mode, cameo=raw.get("cameo"),
        frame=str(raw.get("frame", default_frame)), reciprocal=bool(raw.get("reciprocal", False)),
        needs_object=_tuple(raw.get("needs_object")), bad_objects=_tuple(raw.get("bad_objects")),
        needs_pp=_tuple(raw.get("needs_pp")), needs_verb=_tuple(raw.get("needs_verb")),
        agent_sectors=tuple(str(x) for x in raw.get("agent_sectors") or ()),
        bad_context=_tuple(raw.get("bad_context")), target_pp=_tuple(raw.get("target_pp")),
        needs_agent=raw.get("needs_agent"), passive_only=bool(raw.get("passive_only", False)),
        intransitive=bool(raw.get("intransitive", False)),
        compound=bool(raw.get("compound", True)), prefix_role=str(raw.get("prefix_role", "target")),
        gen_role=str(raw.get("gen_role", "target")), weight=float(raw.get("weight", 0.7)),
        variants=tuple(variants),
    )


def parse_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed YAML; raises ConfigError on bad entries."""
    frames = {}
    for name, f in (data.get("frames") or {}).items():
        for key in ("subject", "object", "passive_subject"):
            if f.get(key, "actor") not in ROLES:
                raise ConfigError(f"lexicon frame {name!r}: {key} must be one of {sorted(ROLES)}")
        frames[name] = Frame(
            subject=f.get("subject", "actor"), object=f.get("object", "target"),
            passive_subject=f.get("passive_subject", "target"), agent_pp=_tuple(f.get("agent_pp")),
            with_pp=_tuple(f.get("with_pp")), target_pp=_tuple(f.get("target_pp")),
            reciprocal=bool(f.get("reciprocal", False)),
        )
    verbs = {k.lower(): _entry(k, "verb", v) for k, v in (data.get("verbs") or {}).items()}
    nouns = {k.lower(): _entry(k, "noun", v) for k, v in (data.get("nouns") or {}).items()}
    for e in (*verbs.values(), *nouns.values()):
        if e.frame not in frames:
            raise ConfigError(f"lexicon {e.pos} {e.lemma!r}: unknown frame {e.frame!r}", hint=f"frames: {', '.join(frames)}")
    cues = {k: frozenset(_tuple(v)) for k, v in (data.get("cues") or {}).items()}
    return Lexicon(
        verbs=verbs, nouns=nouns, frames=frames,
        assault_modes={str(k).lower(): str(v) for k, v in (data.get("assault_modes") or {}).items()},
        disaster_nouns=frozenset(_tuple(data.get("disaster_nouns"))), cues=cues,
    )


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The shipped German lexicon, or the YAML file at ``path``."""
    if path is None:
        return _shipped()
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"event lexicon {p} does not exist", hint="pass the path of a YAML lexicon")
    return parse_lexicon(yaml.safe_load(p.read_text(encoding="utf-8")) or {})


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    text = resources.files("newsgraph.events").joinpath("lexicon_de.yaml").read_text(encoding="utf-8")
    return parse_lexicon(yaml.safe_load(text))
