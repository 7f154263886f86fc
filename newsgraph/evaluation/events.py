"""``newsgraph eval events GOLD``: PLOVER event extraction against hand-annotated articles.

GOLD is a JSONL file, one article per line (format: ``bench/events_dev/README.md``): ``doc``
(Wikinews id, looked up in ``--corpus``) or ``text``, and ``events`` with character offsets.
Each article is analysed with the installed pipeline (or read from ``--pred`` records) and its
events are aligned with the gold events: a predicted event aligns with a gold event when a
trigger or evidence span overlaps the gold trigger or one of its mentions, else when both have
the same type and sit in the same sentence.  Reported rows:

* ``type``: aligned and same PLOVER type;
* ``type+actor_country``: ... and the same set of actor countries;
* ``type+actor+target``: ... and every actor/recipient on each side matches one on the other
  (same country, or a shared content word); reciprocal events compare all participants;
* ``time_acc``/``place_acc``/``stance_acc``: accuracy on type-matched events.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..io.ids import normalise_text
from ..record import Actor, Article, Event, Source
from .metrics import PRF, emit

_STOP = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "von", "im", "in"})
_SENT_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def default_corpus() -> Path:
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
    return shared / "data" / "news" / "wikinews_de.jsonl"


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"gold file {p} does not exist", hint="pass bench/events_dev/gold.jsonl or your own JSONL")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{p}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(rec, dict) or "events" not in rec or not ("doc" in rec or "text" in rec):
            raise EvalError(f"{p}:{n}: each line needs 'events' and 'doc' or 'text'")
        out.append(rec)
    return out


def article_for(rec: Mapping[str, Any], corpus: Mapping[str, Mapping[str, Any]]) -> Article:
    if "text" in rec:
        text = normalise_text(rec["text"])
        published = rec.get("published")
        doc_id = str(rec.get("doc", "gold"))
    else:
        src = corpus.get(rec["doc"])
        if src is None:
            raise EvalError(f"document {rec['doc']!r} is not in the corpus", hint="check --corpus")
        text = normalise_text(src["title"] + "\n\n" + src["text"])
        published = src.get("published")
        doc_id = rec["doc"]
    sha = rec.get("text_sha256")
    if sha and hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != sha:
        raise EvalError(f"{doc_id}: the text differs from the one the gold offsets were made on")
    return Article(id=doc_id, text=text, source=Source(published=published, published_basis="metadata" if published else None))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\wÄÖÜäöüß-]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _party_match(g: Mapping[str, Any], p: Actor) -> bool:
    if g.get("country") and p.country:
        return bool(g["country"] == p.country)
    if g["text"].lower() == p.text.lower():
        return True  # the same (short) phrase, e.g. a pronoun "Er"
    return bool(_words(g["text"]) & _words(p.text))


def _parties_match(gold: Sequence[Mapping[str, Any]], pred: Sequence[Actor]) -> bool:
    if not gold and not pred:
        return True
    if not gold or not pred:
        return False
    return all(any(_party_match(g, p) for p in pred) for g in gold) and all(
        any(_party_match(g, p) for g in gold) for p in pred
    )


def _spans_of_gold(g: Mapping[str, Any]) -> list[tuple[int, int]]:
    return [(g["trigger"]["start"], g["trigger"]["end"])] + [(m["start"], m["end"]) for m in g.get("mentions", [])]


def _spans_of_pred(p: Event) -> list[tuple[int, int]]:
    return [(p.trigger.start, p.trigger.end)] + [(s.start, s.end) for s in p.evidence]


def _overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    bl = list(b)
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in bl)


def _sentence_id(text: str, offset: int) -> int:
    return len(_SENT_RE.findall(text[:offset]))


def align(text: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Event]) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index); each side used once, same-type overlaps first."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for same_type_only, mode in ((True, "trigger"), (True, "mention"), (False, "mention"), (True, "sentence")):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p or (same_type_only and p.type != g["type"]):
                    continue
                if mode == "sentence":
                    ok = _sentence_id(text, p.trigger.start) == _sentence_id(text, g["trigger"]["start"])
                elif mode == "trigger":
                    ok = _overlap(_spans_of_gold(g)[:1], _spans_of_pred(p)[:1])
                else:
                    ok = _overlap(_spans_of_gold(g), _spans_of_pred(p))
                if ok:
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def _resolve_time(article: Article, value: str | None) -> tuple[str, int | None]:
    if value is None:
        return "", None
    for t in article.times:
        if t.id == value:
            return t.text, t.start
    return value, None


def _resolve_place(article: Article, value: str | None) -> list[str]:
    if value is None:
        return []
    ent = article.entity(value)
    if ent is not None:
        return [ent.name] + [m.text for m in ent.mentions]
    return [value]


def _text_match(gold_text: str, preds: Sequence[str]) -> bool:
    g = gold_text.lower()
    return any(p and (g in p.lower() or p.lower() in g or _words(g) & _words(p)) for p in preds)


def score(gold_recs: Sequence[Mapping[str, Any]], articles: Sequence[Article]) -> dict[str, Any]:
    rows = {"type": PRF(), "type+actor_country": PRF(), "type+actor+target": PRF()}
    per_type: dict[str, PRF] = defaultdict(PRF)
    acc = {"time": [0, 0], "place": [0, 0], "stance": [0, 0]}
    bins: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    details = []
    for rec, art in zip(gold_recs, articles, strict=True):
        gold = rec["events"]
        pred = list(art.events)
        pairs = align(art.text, gold, pred)
        hits = {"type": 0, "type+actor_country": 0, "type+actor+target": 0}
        good_pred: set[int] = set()
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g["type"] != p.type:
                continue
            hits["type"] += 1
            per_type[g["type"]].tp += 1
            gc = {a["country"] for a in g["actors"] if a.get("country")}
            pc = {a.country for a in p.actors if a.country}
            if g.get("reciprocal") or p.reciprocal:
                gc |= {a["country"] for a in g["targets"] if a.get("country")}
                pc |= {a.country for a in p.targets if a.country}
            if gc == pc:
                hits["type+actor_country"] += 1
            if g.get("reciprocal") or p.reciprocal:
                ok = _parties_match(g["actors"] + g["targets"], list(p.actors) + list(p.targets))
            else:
                ok = _parties_match(g["actors"], p.actors) and _parties_match(g["targets"], p.targets)
            if ok:
                hits["type+actor+target"] += 1
                good_pred.add(pi)
            gt = g.get("time")
            ptext, pstart = _resolve_time(art, p.time)
            acc["time"][1] += 1
            if (gt is None and not ptext) or (gt and ptext and ((pstart is not None and abs(pstart - gt["start"]) < len(gt["text"]) + 5) or _text_match(gt["text"], [ptext]))):
                acc["time"][0] += 1
            gp = g.get("place")
            pp = _resolve_place(art, p.place)
            acc["place"][1] += 1
            if (gp is None and not pp) or (gp and pp and _text_match(gp["text"], pp)):
                acc["place"][0] += 1
            acc["stance"][1] += 1
            acc["stance"][0] += int(g.get("stance", "asserted") == p.stance)
        for pi, p in enumerate(pred):
            b = min(int(p.confidence * 5), 4)
            bins[b][0] += int(pi in good_pred)
            bins[b][1] += 1
        for name, m in rows.items():
            m.tp += hits[name]
            m.fp += len(pred) - hits[name]
            m.fn += len(gold) - hits[name]
        matched_types = [gold[gi]["type"] for gi, pi in pairs if gold[gi]["type"] == pred[pi].type]
        for g in gold:
            per_type[g["type"]].fn += 0
        for t in {g["type"] for g in gold} | {p.type for p in pred}:
            per_type[t].fn += sum(1 for g in gold if g["type"] == t) - matched_types.count(t)
            per_type[t].fp += sum(1 for p in pred if p.type == t) - matched_types.count(t)
        details.append({"doc": rec.get("doc"), "pairs": pairs, "gold": len(gold), "pred": len(pred)})
    extra: dict[str, Any] = {
        "articles": len(gold_recs),
        "gold_events": sum(len(r["events"]) for r in gold_recs),
        "pred_events": sum(len(a.events) for a in articles),
    }
    for k, (good, total) in acc.items():
        extra[f"{k}_acc"] = round(good / total, 4) if total else 0.0
    extra["confidence_bins"] = {
        f"{b / 5:.1f}-{(b + 1) / 5:.1f}": {"events": total, "precision": round(good / total, 3) if total else None}
        for b, (good, total) in sorted(bins.items())
    }
    return {"rows": rows, "per_type": dict(sorted(per_type.items())), "extra": extra, "details": details}


def _load_corpus(path: Path, needed: set[str]) -> dict[str, dict[str, Any]]:
    if not needed:
        return {}
    if not path.is_file():
        raise EvalError(f"corpus {path} not found", hint="pass --corpus or set NEWSGRAPH_SHARED")
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in needed:
                out[rec["id"]] = rec
    return out


def _input_stages() -> list[Any]:
    """Every installed stage before ``events`` that loads (one under construction is noted)."""
    from ..pipeline import available_stages, load_stage

    stages = []
    for name in available_stages():
        if name == "events":
            continue
        try:
            stages.append(load_stage(name))
        except Exception as exc:  # noqa: BLE001 - report and go on without it
            click.echo(f"note: stage {name!r} skipped ({type(exc).__name__}: {exc})", err=True)
    return stages


def build_pipeline() -> Any:
    """The installed input stages (a Pipeline; ``events`` itself is run by the caller)."""
    from ..pipeline import Pipeline

    stages = []
    provided = {"text", "source"}
    for stage in _input_stages():
        if all(r in provided for r in stage.requires):
            stages.append(stage)
            provided.update(stage.provides)
    return Pipeline(stages, on_error="record")


def input_docs(articles: Sequence[Article]) -> list[Any]:
    """Working documents after the available input stages (failures are noted, not fatal)."""
    from ..doc import Doc

    stages = build_pipeline().stages
    docs = []
    for art in articles:
        doc = Doc(article=art)
        doc.provided.update({"text", "source"})
        for stage in stages:
            if not all(r in doc.provided for r in stage.requires):
                continue
            try:
                stage(doc)
            except Exception as exc:  # noqa: BLE001 - an input stage failing is reported, not fatal
                click.echo(f"note: {art.id}: {stage.name} failed: {type(exc).__name__}: {exc}", err=True)
                continue
            doc.provided.update(stage.provides)
        docs.append(doc)
    return docs


def analyse_articles(articles: Sequence[Article]) -> list[Article]:
    """Run the available input stages, then the events stage on whatever they provided.

    The events stage is called directly (not through the runner's requirement check) so that
    the measurement degrades like the stage does when an input stage is missing or fails.
    """
    from ..events.stage import EventsStage

    events = EventsStage()
    out = []
    for doc in input_docs(articles):
        events(doc)
        out.append(doc.article)
    return out


@click.command("events")
@click.argument("gold", type=click.Path())
@click.option("--corpus", type=click.Path(), default=None, help="Wikinews JSONL the gold 'doc' ids refer to")
@click.option("--pred", type=click.Path(), default=None, help="JSONL of analysed records instead of running the pipeline")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
def command(gold: str, corpus: str | None, pred: str | None, as_json: bool) -> None:
    """PLOVER events: P/R/F1 for type, type+actor country, type+actor+target; time/place/stance accuracy."""
    gold_recs = load_gold(gold)
    needed = {r["doc"] for r in gold_recs if "text" not in r}
    corpus_docs = _load_corpus(Path(corpus) if corpus else default_corpus(), needed)
    articles = [article_for(r, corpus_docs) for r in gold_recs]
    if pred:
        by_text = {}
        for line in Path(pred).read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = Article.from_json(line)
                by_text[a.text] = a
        analysed = [by_text.get(a.text, a) for a in articles]
    else:
        analysed = analyse_articles(articles)
    result = score(gold_recs, analysed)
    emit(as_json, "PLOVER events", result["rows"], result["extra"], sections=[("per type (type match)", result["per_type"])])
