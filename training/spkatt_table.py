"""Cues derived from GermEval 2023 SpkAtt: the table ``training/spkatt_cues.tsv`` and the frame
verbs it would add to the German lexicon (a measured, rejected experiment: nothing at run time
reads it, see ``docs/models/claims_cues.md``).

``training/spkatt_cues.py`` counts, over the SpkAtt train split (Bundestag speeches, CC BY-SA
4.0), how often each lemma occurs and how often it heads an annotated speech, writing or thought
cue, with the argument patterns of those cue uses; the thresholds in the table's ``#@ select``
line were chosen on SpkAtt dev.  :func:`with_table_cues` turns the selected verbs that
``cues_de.yaml`` lacks into ``verbs:`` entries that frame complement clauses only (no reported
speech): the hand-written lexicon stays as it is, an empty table changes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.claims.lexicon import weak_forms
from newsgraph.errors import ConfigError

#: separable verb particles: a SpkAtt lemma starting with one is split when the rest is a verb
PARTICLES = frozenset(
    {
        *("ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "her", "heraus"),
        *("hervor", "hin", "hinzu", "los", "mit", "nach", "nahe", "vor", "voran", "voraus"),
        *("vorher", "weg", "zu", "zurück", "zusammen", "bekannt", "klar", "richtig", "durch"),
        "entgegen",
    }
)
#: message shapes a frame verb reads as its complement (see `complements.py`)
CLAUSE_PATTERNS = ("dass", "wh", "konj", "zu", "colon")
_SELECT = "#@ select"
_COLUMNS = ("kind", "lemma", "particle", "occurrences", "cues", "rate", "patterns", "forms")


@dataclass(frozen=True)
class CueRow:
    """One lemma of the SpkAtt table: how often it occurs, how often it heads a cue, the
    argument patterns of its cue uses (``name -> count``) and its word forms as cues
    (``form -> STTS tag``)."""

    kind: str  # verb | noun | prep | adj | mwe
    lemma: str
    occurrences: int
    cues: int
    patterns: tuple[tuple[str, int], ...] = ()
    particle: str = ""
    forms: tuple[tuple[str, str], ...] = ()

    @property
    def rate(self) -> float:
        return self.cues / self.occurrences if self.occurrences else 0.0

    def share(self, pattern: str) -> float:
        """The share of cue uses with ``pattern`` (``clause``: any complement shape)."""
        return dict(self.patterns).get(pattern, 0) / self.cues if self.cues else 0.0


@dataclass(frozen=True)
class Selection:
    """Which rows become frame verbs: enough cue uses, a high cue rate, complements, few
    first-person sources; nothing unless ``enabled`` (the table's ``enabled=1``)."""

    min_cues: int = 0
    min_rate: float = 0.0
    min_clause: float = 0.0
    max_first: float = 1.0  # the most first-person sources (`ich glaube`: own thoughts)
    enabled: bool = False

    def accepts(self, row: CueRow) -> bool:
        return (
            self.enabled
            and row.cues >= self.min_cues
            and row.rate >= self.min_rate
            and row.share("clause") >= self.min_clause
            and row.share("src_first") <= self.max_first
        )

    def line(self) -> str:
        return (
            f"min_cues={self.min_cues} min_rate={self.min_rate:g} min_clause={self.min_clause:g}"
            f" max_first={self.max_first:g} enabled={int(self.enabled)}"
        )


@dataclass(frozen=True)
class CueTable:
    rows: tuple[CueRow, ...] = ()
    selection: Selection = Selection()

    def selected(self, kind: str) -> tuple[CueRow, ...]:
        return tuple(r for r in self.rows if r.kind == kind and self.selection.accepts(r))


def _pairs(text: str, what: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in filter(None, text.split(",")):
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"SpkAtt cue table: {what} item {item!r} is not name=value")
        out.append((key, value))
    return tuple(out)


def parse_table(text: str) -> CueTable:
    """Read the TSV written by ``training/spkatt_cues.py`` (``#`` lines are comments, one
    ``#@ select`` line holds the thresholds chosen on SpkAtt dev)."""
    rows: list[CueRow] = []
    selection = Selection()
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(_SELECT):
            values = dict(_pairs(line[len(_SELECT) :].strip().replace(" ", ","), "select"))
            try:
                selection = Selection(
                    int(values["min_cues"]),
                    float(values["min_rate"]),
                    float(values["min_clause"]),
                    float(values.get("max_first", "1")),
                    values.get("enabled", "0") == "1",
                )
            except (KeyError, ValueError) as exc:
                raise ConfigError(f"SpkAtt cue table line {number}: bad select line") from exc
            continue
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        cols = line.split("\t")
        if len(cols) != len(_COLUMNS):
            raise ConfigError(
                f"SpkAtt cue table line {number}: {len(cols)} columns, expected "
                f"{len(_COLUMNS)} ({', '.join(_COLUMNS)})"
            )
        kind, lemma, particle, occ, cues, _rate, patterns, forms = cols
        try:
            counts = tuple((k, int(v)) for k, v in _pairs(patterns, "pattern"))
            rows.append(
                CueRow(kind, lemma, int(occ), int(cues), counts, particle, _pairs(forms, "form"))
            )
        except ValueError as exc:
            raise ConfigError(f"SpkAtt cue table line {number}: counts must be integers") from exc
    return CueTable(tuple(rows), selection)


def format_table(rows: Sequence[CueRow], selection: Selection, header: str) -> str:
    """The TSV text of ``rows`` (inverse of :func:`parse_table`)."""
    lines = [*("# " + h if h else "#" for h in header.splitlines())]
    lines += [f"{_SELECT} {selection.line()}", "\t".join(_COLUMNS)]
    for r in rows:
        lines.append(
            "\t".join(
                (
                    r.kind,
                    r.lemma,
                    r.particle,
                    str(r.occurrences),
                    str(r.cues),
                    f"{r.rate:.3f}",
                    ",".join(f"{k}={v}" for k, v in r.patterns),
                    ",".join(f"{k}={v}" for k, v in r.forms),
                )
            )
        )
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def load_spkatt_table() -> CueTable:
    """The table beside this module (empty when the file is missing)."""
    path = Path(__file__).resolve().parent / "spkatt_cues.tsv"
    if not path.is_file():
        return CueTable()
    return parse_table(path.read_text("utf-8"))


def hand_lemmas(data: Mapping[str, Any]) -> frozenset[str]:
    """Verb lemmas of the hand-written lexicon (particle verbs joined: ``mitteilen``)."""
    return frozenset(str(lemma).lower() for lemma in (data.get("verbs") or {}))


def table_verb_spec(row: CueRow, strong: Mapping[str, Any]) -> dict[str, Any]:
    """A ``verbs:`` entry for a table row: it frames complements only (no reported speech), not
    in Konjunktiv I.  A verb whose cue forms in SpkAtt are not all regular (`weiß`, `fand`,
    `gefunden`) gets a ``strong`` entry: the regular forms plus the observed ones."""
    spec: dict[str, Any] = {"class": "opinion", "reported": False, "subjunctive": False}
    base = row.lemma[len(row.particle) :] if row.particle else row.lemma
    if row.particle:
        spec["particle"] = row.particle
        spec["base"] = base
    if base in strong:
        return spec
    observed = {
        f[len(row.particle) :] if row.particle and f.startswith(row.particle) else f: tag
        for f, tag in row.forms
    }
    regular = weak_forms(base)
    finite = {f for f, tag in observed.items() if tag == "VVFIN"}
    participle = next((f for f, tag in observed.items() if tag == "VVPP"), None)
    if finite - set(regular) or (participle is not None and participle not in regular):
        finite |= {f for f, kind in regular.items() if kind == "finite"}
        if participle is None:
            participle = next(f for f, kind in regular.items() if kind == "participle")
        spec["strong_base"] = base
        spec["_strong"] = {"finite": sorted(finite), "participle": participle}
    return spec


def with_table_cues(data: Mapping[str, Any], table: CueTable) -> Mapping[str, Any]:
    """``data`` plus the selected SpkAtt verbs it lacks; ``data`` itself when none is new."""
    known = hand_lemmas(data)
    strong = dict(data.get("strong") or {})
    verbs: dict[str, Any] = {}
    for row in table.selected("verb"):
        if row.lemma in known or not row.lemma.isalpha():
            continue
        spec = table_verb_spec(row, strong)
        extra = spec.pop("_strong", None)
        if extra is not None:
            strong.setdefault(spec["strong_base"], extra)
        verbs[row.lemma] = spec
    if not verbs:
        return data
    return {**data, "verbs": {**(data.get("verbs") or {}), **verbs}, "strong": strong}
