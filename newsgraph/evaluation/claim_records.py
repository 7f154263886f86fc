"""``newsgraph eval claim-records DIR``: the record fields of claims on german_news_quotes.

``eval quotes`` scores where quotations, cues and speaker phrases are; this command scores what
the record says about each quotation it found: the ``stance``, the speaker *entity* (pronouns and
descriptions resolved), the relaying claim (``via``) and the time it was said (``said``).

Gold (``newsgraph/evaluation/data/claim_records_{dev,train}.jsonl``, written for this project by
annotators who did not see the system's output; offsets only, the texts stay in the dataset):
one JSON object per document, ``{"doc": documentName, "quotes": [{"quote": [[b, e], ...],
"stance": ..., "speaker": [b, e] | null, "via": [b, e] | null, "said": [b, e] | null}]}``.
``quote`` repeats the dataset annotation's quote spans (that identifies the annotation);
``speaker`` is one mention of the speaker's name (the fullest the article gives, found through
pronouns and descriptions), ``via`` one mention of the source that relays the claim, ``said``
the time expression of the cue.  Partial quotations nested in a quotation of the same speaker
have no line: they belong to the outer claim.

Scoring: predicted attributions are aligned to the dataset's gold quotations exactly as in
``eval quotes`` (one-to-one, token overlap); the fields are scored on the aligned pairs whose
gold quotation has a line here (a quotation the system does not find is a miss of ``eval
quotes``, not of this command; ``aligned`` says how many had a prediction):

* ``stance``: per-class precision/recall/F1 and accuracy (a partial quotation nested in a claim
  takes that claim's fields);
* ``speaker entity``: right when a mention of the predicted speaker entity overlaps an
  occurrence of the gold name in the text, or the last words of the two names agree (``Merkel``
  / ``Angela Merkel``); without an entity, when the speaker phrase itself overlaps one.
  ``resolved`` restricts this to quotations whose speaker phrase does not contain the name (a
  pronoun, a description, a source noun): the coreference part;
* ``via`` and ``said``: precision/recall/F1; a predicted relay is right when the relaying claim's
  speaker matches the gold source as above, a time when it overlaps the gold time of saying;
  a claim without a time is judged by its occasion (`nach der Abstimmung`, record 1.2), since
  the gold marks the phrase that tells when something was said, a date or an event; ``said
  time`` judges time expressions only (the gold of german_news_quotes marks only those).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..record import Claim, Entity, Span, TimeExpr
from .metrics import PRF, emit
from .quotes import (
    _DATE,
    align,
    annotation_spans,
    document_files,
    gold_annotations,
    predicted_annotations,
    token_offsets,
)

STANCE_CLASSES = ("reported", "alleged", "denied", "hypothetical", "future")
Span2 = tuple[int, int]
_WORD = re.compile(r"\w[\w-]*")


@dataclass(frozen=True)
class GoldRecord:
    """The record fields of one gold quotation."""

    quote: tuple[Span2, ...]
    stance: str
    speaker: Span2 | None = None
    via: Span2 | None = None
    said: Span2 | None = None


@dataclass
class FieldScores:
    """Counts of one or more documents."""

    gold: int = 0
    aligned: int = 0
    stance: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    speaker: list[int] = field(default_factory=lambda: [0, 0])  # right, scored
    resolved: list[int] = field(default_factory=lambda: [0, 0])
    via: PRF = field(default_factory=PRF)
    said: PRF = field(default_factory=PRF)
    #: ``said`` judged by time expressions only (the figure before record 1.2's occasions)
    said_time: PRF = field(default_factory=PRF)

    def add(self, other: FieldScores) -> None:
        self.gold += other.gold
        self.aligned += other.aligned
        self.stance.update(other.stance)
        for mine, theirs in ((self.speaker, other.speaker), (self.resolved, other.resolved)):
            mine[0] += theirs[0]
            mine[1] += theirs[1]
        self.via.add(other.via)
        self.said.add(other.said)
        self.said_time.add(other.said_time)

    def stance_rows(self) -> dict[str, PRF]:
        rows = {c: PRF() for c in STANCE_CLASSES}
        for (g, p), n in self.stance.items():
            if g == p:
                rows.setdefault(g, PRF()).tp += n
            else:
                rows.setdefault(g, PRF()).fn += n
                rows.setdefault(p, PRF()).fp += n
        return rows

    def stance_accuracy(self) -> float:
        total = sum(self.stance.values())
        return sum(n for (g, p), n in self.stance.items() if g == p) / total if total else 0.0


def _span(value: Any, where: str) -> Span2 | None:
    if value is None:
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) for v in value)
        and 0 <= value[0] < value[1]
    ):
        return (value[0], value[1])
    raise EvalError(
        f"{where}: expected null or [start, end] character offsets, got {value!r}",
        hint="offsets index the document's originalText, end exclusive",
    )


def read_gold(lines: Iterable[str], source: str) -> dict[str, list[GoldRecord]]:
    """Gold records by document name from JSON lines; bad lines raise :class:`EvalError`."""
    out: dict[str, list[GoldRecord]] = {}
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{no}"
        try:
            obj = json.loads(line)
            name = str(obj["doc"])
            items = list(obj["quotes"])
        except (ValueError, KeyError, TypeError) as exc:
            raise EvalError(
                f"{where}: not a claim-records gold line ({exc})",
                hint='each line is {"doc": documentName, "quotes": [...]}',
            ) from exc
        records = []
        for item in items:
            stance = item.get("stance")
            if stance not in STANCE_CLASSES:
                raise EvalError(
                    f"{where}: stance {stance!r} is not one of {', '.join(STANCE_CLASSES)}"
                )
            quote = tuple(s for s in (_span(q, where) for q in item.get("quote") or []) if s)
            if not quote:
                raise EvalError(f"{where}: a quotation without quote spans")
            records.append(
                GoldRecord(
                    quote,
                    stance,
                    _span(item.get("speaker"), where),
                    _span(item.get("via"), where),
                    _span(item.get("said"), where),
                )
            )
        out[name] = records
    return out


def bundled_gold(split: str) -> Path:
    """The gold file shipped for ``split`` (``dev`` or ``train``)."""
    return Path(
        str(
            resources.files("newsgraph.evaluation").joinpath("data", f"claim_records_{split}.jsonl")
        )
    )


def _overlaps(a: Span2, b: Span2) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _last_word(text: str) -> str | None:
    words = _WORD.findall(text)
    return words[-1] if words else None


def same_source(
    text: str,
    gold: Span2,
    entity: Entity | None,
    phrase: Span2 | None,
    name: str | None = None,
) -> bool:
    """Is the predicted source the one named at ``gold``?  By its entity when it has one, else
    by its speaker phrase (``phrase``, the words in the text) or the name the claim gives it
    (``name``: a possessive or a pronoun resolved to a phrase without an entity)."""
    gold_name = text[gold[0] : gold[1]]
    occurrences = [(m.start(), m.end()) for m in re.finditer(re.escape(gold_name), text)] or [gold]
    last = _last_word(gold_name)
    if entity is not None:
        spans = [(m.start, m.end) for m in entity.mentions]
        names = [entity.name, *(m.text for m in entity.mentions)]
    else:
        spans = [phrase] if phrase else []
        names = [name] if name else []
    if last and any(_last_word(n) == last for n in names):
        return True
    return any(_overlaps(s, o) for s in spans for o in occurrences)


@dataclass(frozen=True)
class Prediction:
    """What the pipeline produced for one document: the attribution layer and the record."""

    found: Sequence[Any]  # claims.stage.Found
    claims: Sequence[Claim]
    entities: Sequence[Entity]
    times: Sequence[TimeExpr]


@dataclass(frozen=True)
class Judgement:
    """One gold quotation aligned with a prediction: the record's fields and their verdicts."""

    record: GoldRecord
    claim: Claim | None  # the record claim of the aligned attribution
    speaker: Entity | None
    speaker_right: bool | None  # None: no gold speaker
    resolved: bool  # the speaker phrase does not hold the name: coreference was needed
    relay: Claim | None
    relay_right: bool
    time: TimeExpr | None
    time_right: bool  # the time, or without one the occasion, overlaps the gold time of saying
    occasion: Span | None = None  # the claim's occasion (record 1.2) when it has no time


def judge_document(
    data: dict[str, Any], pred: Prediction, gold: Sequence[GoldRecord]
) -> list[Judgement]:
    """The verdicts on the gold quotations of one document that a prediction is aligned to."""
    text = str(data["originalText"])
    toks = token_offsets(data)
    annotations = list(data.get("annotations", ()))
    by_quote = {g.quote: g for g in gold}
    records = [by_quote.get(tuple(annotation_spans(a, "quote"))) for a in annotations]
    claims = {c.id: c for c in pred.claims}
    entities = {e.id: e for e in pred.entities}
    times = {t.id: t for t in pred.times}
    phrase_of = {f.claim: f.speaker for f in pred.found if f.claim}

    def said_by(c: Claim, gold_name: Span2) -> bool:
        entity = entities.get(c.speaker) if c.speaker else None
        return same_source(text, gold_name, entity, phrase_of.get(c.id), c.speaker_text)

    out = []
    for i, j in align(predicted_annotations(pred.found, toks), gold_annotations(data, toks)):
        record = records[j]
        if record is None:
            continue
        f = pred.found[i]
        cid = f.claim if f.claim else (pred.found[f.parent].claim if f.parent is not None else None)
        claim = claims.get(cid) if cid else None
        if claim is not None and record.speaker is not None:
            # a quotation the record gives twice, to the quoting medium and to the quoted
            # person (`X wird von Reuters zitiert`, `X bestätigte laut Reuters, dass …`): the
            # claim of the gold speaker among those over the same words is the one
            twins = [
                c
                for c in pred.claims
                if c is not claim
                and _overlaps(
                    (c.content.start, c.content.end), (claim.content.start, claim.content.end)
                )
            ]
            claim = next((c for c in [claim, *twins] if said_by(c, record.speaker)), claim)
        entity = entities.get(claim.speaker) if claim and claim.speaker else None
        speaker_right = None
        resolved = False
        if record.speaker is not None:
            speaker_right = claim is not None and said_by(claim, record.speaker)
            name = text[record.speaker[0] : record.speaker[1]]
            resolved = not any(
                name in text[s:e] for s, e in annotation_spans(annotations[j], "speaker")
            )
        relay = claims.get(claim.via) if claim and claim.via else None
        relay_right = relay is not None and record.via is not None and said_by(relay, record.via)
        time = times.get(claim.said) if claim and claim.said else None
        occasion = claim.occasion if claim is not None and time is None else None
        when = (time.start, time.end) if time else (occasion.start, occasion.end) if occasion else None
        time_right = when is not None and record.said is not None and _overlaps(when, record.said)
        out.append(
            Judgement(
                record,
                claim,
                entity,
                speaker_right,
                resolved,
                relay,
                relay_right,
                time,
                time_right,
                occasion,
            )
        )
    return out


def score_document(
    data: dict[str, Any], pred: Prediction, gold: Sequence[GoldRecord]
) -> FieldScores:
    """Field scores of one german_news_quotes document against its gold records."""
    out = FieldScores(gold=len(gold))
    for v in judge_document(data, pred, gold):
        out.aligned += 1
        out.stance[(v.record.stance, v.claim.stance if v.claim else "none")] += 1
        if v.speaker_right is not None:
            out.speaker[0] += v.speaker_right
            out.speaker[1] += 1
            if v.resolved:
                out.resolved[0] += v.speaker_right
                out.resolved[1] += 1
        _count(out.via, v.relay is not None, v.record.via is not None, v.relay_right)
        dated = v.time is not None or v.occasion is not None
        _count(out.said, dated, v.record.said is not None, v.time_right)
        timed = v.time_right and v.time is not None
        _count(out.said_time, v.time is not None, v.record.said is not None, timed)
    return out


def _count(m: PRF, predicted: bool, gold: bool, right: bool) -> None:
    if right:
        m.tp += 1
        return
    m.fp += predicted
    m.fn += gold


def predict_document(text: str, published: str | None, pipe: Any) -> Prediction:
    """Run the pipeline and the claims stage on one text."""
    from ..claims.stage import LAYER
    from .quotes import analysed_doc

    doc = analysed_doc(text, published, pipe)
    art = doc.article
    return Prediction(list(doc.layers.get(LAYER, ())), art.claims, art.entities, art.times)


def evaluate(
    files: Sequence[Path], gold: Mapping[str, Sequence[GoldRecord]], pipe: Any
) -> tuple[FieldScores, int, int]:
    """Summed field scores of the gold documents among ``files``, documents scored, failures."""
    total = FieldScores()
    scored = failed = 0
    for path in files:
        try:
            data = json.loads(path.read_text("utf-8"))
            name = str(data.get("documentName", ""))
            text = data["originalText"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EvalError(f"{path}: not a german_news_quotes document ({exc})") from exc
        if name not in gold:
            continue
        m = _DATE.search(name)
        try:
            pred = predict_document(text, m.group(1) if m else None, pipe)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            click.echo(f"warning: {path.name}: {type(exc).__name__}: {exc}", err=True)
            failed += 1
            pred = Prediction((), (), (), ())
        total.add(score_document(data, pred, gold[name]))
        scored += 1
    return total, scored, failed


def report(scores: FieldScores) -> tuple[dict[str, PRF], dict[str, Any]]:
    """Table rows (stance classes, via, said) and the extra lines of one result."""
    rows = {f"stance {c}": m for c, m in scores.stance_rows().items() if m.tp + m.fp + m.fn}
    rows["via"] = scores.via
    rows["said"] = scores.said
    rows["said time"] = scores.said_time

    def ratio(counts: list[int]) -> float:
        return round(counts[0] / counts[1], 4) if counts[1] else 0.0

    extra: dict[str, Any] = {
        "gold quotations": scores.gold,
        "aligned with a prediction": scores.aligned,
        "stance accuracy": round(scores.stance_accuracy(), 4),
        "speaker entity accuracy": ratio(scores.speaker),
        "speaker entity scored": scores.speaker[1],
        "speaker entity accuracy, resolved (pronoun/description)": ratio(scores.resolved),
        "speaker entity scored, resolved": scores.resolved[1],
    }
    return rows, extra


@click.command("claim-records")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--split", default="dev", show_default=True, help="sub-folder when PATH is the dataset root"
)
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="gold JSON lines (default: the bundled claim_records_SPLIT.jsonl)",
)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(path: Path, split: str, gold_path: Path | None, as_json: bool) -> None:
    """Stance, speaker entity, via and said of claims on german_news_quotes documents in PATH."""
    gold_file = gold_path or bundled_gold(split)
    if not gold_file.is_file():
        raise EvalError(
            f"no claim-records gold for split {split!r} ({gold_file})",
            hint="use --split dev or --split train, or pass --gold FILE",
        )
    gold = read_gold(gold_file.read_text("utf-8").splitlines(), gold_file.name)
    files = document_files(path, split)
    from ..pipeline import Pipeline

    pipe = Pipeline.default(disable=("events", "quantities", "claims"))
    scores, scored, failed = evaluate(files, gold, pipe)
    if scored < len(gold):
        click.echo(
            f"warning: {len(gold) - scored} gold documents are not in {path} ({split})", err=True
        )
    rows, extra = report(scores)
    extra.update({"documents": scored, "failed": failed})
    if as_json:
        extra["stance confusion (gold -> predicted)"] = {
            f"{g} -> {p}": n for (g, p), n in sorted(scores.stance.items())
        }
    emit(as_json, f"claim records on german_news_quotes ({path.name}/{split})", rows, extra)
