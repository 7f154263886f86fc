"""Build the quotation-attribution evaluation sets written for newsgraph from their compact sources.

Two sets, each a YAML source of short invented news articles (Apache-2.0) with their annotations
in a compact form, turned into JSON documents in the german_news_quotes format so that
``newsgraph eval quotes DIR --split dev|test`` scores them like the dataset:

* ``english``: ``bench/english_quotes_source.yaml`` -> ``bench/data/english_quotes/{dev,test}/``;
* ``german``: ``bench/german_quotes_source.yaml`` -> ``bench/data/german_quotes/{dev,test}/``,
  plus ``claim_records_{dev,test}.jsonl`` beside them (stance, speaker entity, ``via``, ``said``
  of every quotation) for ``newsgraph eval claim-records DIR --split dev --gold FILE``.

Compact span syntax (every span is checked against the text, the build fails otherwise):

* ``text`` - the string must occur exactly once in the article;
* ``context [[text]] context`` - the bracketed part inside a context that occurs exactly once;
* ``start >>> end`` - from the (unique) ``start`` to the first ``end`` after it (long spans,
  multi-paragraph quotes);
* a list of such strings - a discontinuous span (interrupted quotes).

Claim keys: ``t`` type (Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported), ``q`` quote,
``c`` cue, ``s`` speaker, ``a`` addressee, ``m`` medium (default ``Speech``).  German claims also
take the record fields: ``st`` stance (``reported`` default, ``alleged``, ``denied``,
``hypothetical``, ``future``), ``e`` the speaker's fullest name (default: the ``s`` span; a plain
string may occur several times, its first occurrence is used), ``v`` the source relaying the claim
(same rule as ``e``) and ``w`` the time expression of the cue (compact span syntax).

Usage: ``python bench/quotes_build.py english|german [--check] [--source FILE]`` (``--check``
only verifies that the files on disk equal a fresh build; ``--source`` builds another YAML file
into a temporary check without writing, for annotators validating their draft).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent
TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")
SENT_END = {".", "!", "?"}
#: quotation marks that close (glued to a full stop they belong to its sentence) and open one
CLOSING = {'"', "“", "«", "»"}
OPENING = {'"', "„", "»", "«"}
STANCES = ("reported", "alleged", "denied", "hypothetical", "future")


@dataclass(frozen=True)
class Token:
    begin: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges ``[begin, end)`` of the sentences."""
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        boundary = False
        j = i + 1
        if tok.text in SENT_END:
            # closing quotation marks glued to the full stop belong to the sentence
            while j < n and tokens[j].text in CLOSING and tokens[j].begin == tokens[j - 1].end:
                j += 1
            if j >= n:
                boundary = True
            else:
                nxt = tokens[j].text
                boundary = nxt[0].isupper() or nxt[0].isdigit() or nxt in OPENING
        if j < n and "\n" in text[tokens[j - 1].end : tokens[j].begin]:
            boundary = True
        if boundary or j >= n:
            out.append((start, j))
            start = j
        i = j
    return out


def _unique(text: str, needle: str, where: str) -> int:
    count = text.count(needle)
    if count != 1:
        raise ValueError(f"{where}: {needle!r} occurs {count} times (need exactly 1)")
    return text.index(needle)


def resolve(text: str, spec: str, where: str) -> tuple[int, int]:
    """Char span of one compact span string."""
    if " >>> " in spec:
        first, last = spec.split(" >>> ")
        b = _unique(text, first, where)
        e = text.find(last, b)
        if e < 0:
            raise ValueError(f"{where}: end {last!r} not found after {first!r}")
        return b, e + len(last)
    if "[[" in spec:
        pre, rest = spec.split("[[", 1)
        inner, _post = rest.split("]]", 1)
        ctx = spec.replace("[[", "").replace("]]", "")
        at = _unique(text, ctx, where) + len(pre)
        return at, at + len(inner)
    b = _unique(text, spec, where)
    return b, b + len(spec)


def part(
    text: str, tokens: list[Token], specs: Any, where: str
) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    if not specs:
        return {"spans": [], "text": "", "tokenIds": []}, []
    if isinstance(specs, str):
        specs = [specs]
    starts = {t.begin: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    spans = []
    chars = []
    ids: list[int] = []
    for spec in specs:
        b, e = resolve(text, spec, where)
        if b not in starts or e not in ends:
            raise ValueError(f"{where}: span {text[b:e]!r} does not fall on token boundaries")
        tb, te = starts[b], ends[e] + 1
        spans.append({"begin": tb, "charBegin": b, "charEnd": e, "end": te})
        chars.append((b, e))
        ids.extend(range(tb, te))
    return {
        "spans": spans,
        "text": " ".join(text[b:e] for b, e in chars),
        "tokenIds": ids,
    }, chars


def frame(tokens: list[Token], text: str, chars: list[tuple[int, int]]) -> dict[str, Any]:
    if not chars:
        return {"spans": [], "text": "", "tokenIds": []}
    b = min(c[0] for c in chars)
    e = max(c[1] for c in chars)
    ids = [i for i, t in enumerate(tokens) if t.begin >= b and t.end <= e]
    return {
        "spans": [{"begin": ids[0], "charBegin": b, "charEnd": e, "end": ids[-1] + 1}],
        "text": text[b:e],
        "tokenIds": ids,
    }


def build_document(art: dict[str, Any]) -> dict[str, Any]:
    name = f"{art['id']} - {art['title']} ({art['date']})"
    text = f"{art['title']}\n\n{art['text'].strip()}"
    tokens = tokenize(text)
    sents = split_sentences(text, tokens)
    sent_of = {}
    for k, (b, e) in enumerate(sents):
        for i in range(b, e):
            sent_of[i] = k
    annotations = []
    quote_chars = []
    for n, claim in enumerate(art.get("claims") or ()):
        where = f"{art['id']} claim {n}"
        kind = claim["t"]
        if kind not in TYPES:
            raise ValueError(f"{where}: unknown type {kind!r}")
        quote, qc = part(text, tokens, claim["q"], where + " quote")
        cue, cc = part(text, tokens, claim.get("c"), where + " cue")
        speaker, sc = part(text, tokens, claim.get("s"), where + " speaker")
        addressee, _ = part(text, tokens, claim.get("a"), where + " addressee")
        if not qc:
            raise ValueError(f"{where}: empty quote")
        annotations.append(
            {
                "addressee": addressee,
                "cue": cue,
                "frame": frame(tokens, text, cc + sc if cc else []),
                "hasNested": False,
                "id": n,
                "isNested": False,
                "medium": claim.get("m", "Speech"),
                "quote": quote,
                "speaker": speaker,
                "type": kind,
            }
        )
        quote_chars.append((min(b for b, _ in qc), max(e for _, e in qc)))
    for i, (bi, ei) in enumerate(quote_chars):
        for j, (bj, ej) in enumerate(quote_chars):
            if i != j and bi <= bj and ej <= ei and (bi, ei) != (bj, ej):
                annotations[i]["hasNested"] = True
                annotations[j]["isNested"] = True
    token_rows = []
    for i, t in enumerate(tokens):
        k = sent_of[i]
        token_rows.append(
            {
                "charBegin": t.begin,
                "charEnd": t.end,
                "id": i,
                "sentence": k + 1,
                "text": t.text,
                "word": i - sents[k][0] + 1,
            }
        )
    sentence_rows = []
    for k, (b, e) in enumerate(sents):
        sentence_rows.append(
            {
                "begin": b,
                "charBegin": tokens[b].begin,
                "charEnd": tokens[e - 1].end,
                "end": e,
                "id": k,
                "text": text[tokens[b].begin : tokens[e - 1].end],
                "tokenIds": list(range(b, e)),
                "tokens": [t.text for t in tokens[b:e]],
            }
        )
    return {
        "annotations": annotations,
        "documentName": name,
        "originalText": text,
        "sentences": sentence_rows,
        "tokens": token_rows,
    }


def _name_span(text: str, spec: Any, where: str) -> tuple[int, int] | None:
    """A record name (``e``/``v``): compact syntax when unique, else the first occurrence."""
    if not spec:
        return None
    if "[[" not in spec and " >>> " not in spec and text.count(spec) > 1:
        b = text.index(spec)
        return b, b + len(spec)
    return resolve(text, spec, where)


def claim_records(art: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """The claim-records gold line of one document (``newsgraph.evaluation.claim_records``).

    A quotation nested inside another of the same speaker gets no line: it belongs to the outer
    claim (as in the bundled german_news_quotes gold)."""
    text = doc["originalText"]
    claims = list(art.get("claims") or ())
    spans = [
        [(s["charBegin"], s["charEnd"]) for s in a["quote"]["spans"]] for a in doc["annotations"]
    ]
    outer = [(min(b for b, _ in q), max(e for _, e in q)) for q in spans]
    quotes = []
    for n, (claim, ann) in enumerate(zip(claims, doc["annotations"], strict=True)):
        where = f"{art['id']} claim {n}"
        stance = claim.get("st", "reported")
        if stance not in STANCES:
            raise ValueError(f"{where}: unknown stance {stance!r}")
        speaker = _name_span(text, claim.get("e"), where + " entity")
        if speaker is None and ann["speaker"]["spans"]:
            first = ann["speaker"]["spans"][0]
            speaker = (first["charBegin"], first["charEnd"])
        b, e = outer[n]
        nested_in_same = any(
            k != n
            and outer[k][0] <= b
            and e <= outer[k][1]
            and outer[k] != (b, e)
            and claims[k].get("e", claims[k].get("s")) == claim.get("e", claim.get("s"))
            for k in range(len(claims))
        )
        if nested_in_same:
            continue
        said = part(text, tokenize(text), claim.get("w"), where + " said")[1]
        quotes.append(
            {
                "quote": [list(x) for x in spans[n]],
                "stance": stance,
                "speaker": list(speaker) if speaker else None,
                "via": list(v) if (v := _name_span(text, claim.get("v"), where + " via")) else None,
                "said": [said[0][0], said[-1][1]] if said else None,
            }
        )
    return {"doc": doc["documentName"], "quotes": quotes}


@dataclass(frozen=True)
class QuoteSet:
    source: Path
    out: Path
    words: tuple[int, int]
    records: bool


SETS = {
    "english": QuoteSet(
        ROOT / "english_quotes_source.yaml", ROOT / "data" / "english_quotes", (120, 300), False
    ),
    "german": QuoteSet(
        ROOT / "german_quotes_source.yaml", ROOT / "data" / "german_quotes", (120, 450), True
    ),
}


def build_all(qs: QuoteSet, source: Path | None = None) -> dict[Path, str]:
    articles = yaml.safe_load((source or qs.source).read_text("utf-8"))
    out: dict[Path, str] = {}
    records: dict[str, list[str]] = {}
    seen: set[Any] = set()
    for art in articles:
        if art["id"] in seen:
            raise ValueError(f"{art['id']}: id used twice")
        seen.add(art["id"])
        doc = build_document(art)
        words = len(art["text"].split())
        if not qs.words[0] <= words <= qs.words[1]:
            raise ValueError(f"{art['id']}: {words} words, expected {qs.words[0]}-{qs.words[1]}")
        path = qs.out / art["split"] / f"{doc['documentName']}.json"
        out[path] = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        if qs.records:
            line = json.dumps(claim_records(art, doc), ensure_ascii=False)
            records.setdefault(art["split"], []).append(line)
    for split, lines in records.items():
        out[qs.out / f"claim_records_{split}.jsonl"] = "\n".join(lines) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", choices=sorted(SETS))
    ap.add_argument("--check", action="store_true", help="verify the files on disk, write nothing")
    ap.add_argument("--source", type=Path, help="only validate this YAML file, write nothing")
    args = ap.parse_args(argv)
    qs = SETS[args.set]
    files = build_all(qs, args.source)
    if args.check:
        stale = [p for p, s in files.items() if not p.exists() or p.read_text("utf-8") != s]
        for p in stale:
            print(f"stale: {p}")
        return 1 if stale else 0
    if args.source is None:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, "utf-8")
    counts: dict[str, dict[str, int]] = {}
    for path, content in files.items():
        if path.suffix != ".json":
            continue
        split = path.parent.name
        for a in json.loads(content)["annotations"]:
            counts.setdefault(split, dict.fromkeys(TYPES, 0))[a["type"]] += 1
    for split, c in sorted(counts.items()):
        print(split, sum(c.values()), c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
