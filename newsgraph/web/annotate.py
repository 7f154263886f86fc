"""Turn an article record into HTML: its blocks, with every annotation as a styled span.

Annotations overlap (an entity inside a quote inside a reported claim), so the text is cut at
every annotation boundary into segments; each segment is one ``<span>`` carrying the classes
of all annotations covering it and a ``data-tip`` describing them (shown on hover).  Clicking
a segment that belongs to a claim selects the innermost claim (``data-claim``).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..record import Article, Block


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    css: str  # class names
    tip: str  # hover text
    attr: str = ""  # data attribute name (claim, entity, event)
    ref: str = ""  # its value
    label: str = ""  # shown before the span's first character (claims: speaker · stance)


@dataclass(frozen=True)
class RenderedBlock:
    kind: str
    is_content: bool
    html: str


def collect_annotations(article: Article) -> list[Annotation]:
    out: list[Annotation] = []
    entity_names = {e.id: e.name for e in article.entities}
    for e in article.entities:
        ids = ", ".join(f"{k}={v}" for k, v in sorted(e.ids.items()))
        tip = f"{e.type} · {e.name}" + (f" ({ids})" if ids else "")
        for m in e.mentions:
            out.append(Annotation(m.start, m.end, f"ent ent-{e.type}", tip, "entity", e.id))
    for c in article.claims:
        speaker = (entity_names.get(c.speaker or "") or c.speaker_text or "unknown speaker")
        via = f", via {c.via}" if c.via else ""
        tip = f"claim {c.id} · {c.stance} · {c.form} · speaker: {speaker}{via}"
        out.append(Annotation(c.content.start, c.content.end, f"claim stance-{c.stance}", tip,
                              "claim", c.id, f"{speaker} · {c.stance}"))
        if c.cue is not None:
            out.append(Annotation(c.cue.start, c.cue.end, "cue", f"cue of claim {c.id}",
                                  "claim", c.id))
        for ev in c.evidence:
            out.append(Annotation(ev.start, ev.end, "evidence",
                                  f"sets the stance of claim {c.id}: {c.stance}"))
    for v in article.events:
        actors = ", ".join(a.text for a in v.actors) or "?"
        targets = ", ".join(a.text for a in v.targets) or "?"
        tip = f"event {v.id} · {v.type} · {actors} → {targets} · {v.stance}"
        out.append(Annotation(v.trigger.start, v.trigger.end, "trigger", tip, "event", v.id))
    for t in article.times:
        out.append(Annotation(t.start, t.end, "time", f"time · {t.value} ({t.kind})"))
    for q in article.quantities:
        unit = f" {q.unit}" if q.unit else ""
        approx = "≈" if q.approx else ""
        out.append(Annotation(q.start, q.end, "qty", f"quantity · {approx}{q.value:g}{unit}"))
    for r in article.roles:
        out.append(Annotation(r.start, r.end, "role",
                              f"role · {r.role}" + (f" ({r.sector})" if r.sector else "")))
    n = len(article.text)
    return [a for a in out if 0 <= a.start < a.end <= n]


def _segment(text: str, start: int, end: int, active: list[Annotation]) -> str:
    body = escape(text[start:end])
    if not active:
        return body
    classes: list[str] = []
    for a in active:
        for c in a.css.split():
            if c not in classes:
                classes.append(c)
    attrs = [f'class="{" ".join(classes)}"']
    # the innermost annotation wins each data attribute (shortest span)
    for name in ("claim", "entity", "event"):
        own = [a for a in active if a.attr == name]
        if own:
            inner = min(own, key=lambda a: a.end - a.start)
            attrs.append(f'data-{name}="{escape(inner.ref)}"')
    tips = list(dict.fromkeys(a.tip for a in sorted(active, key=lambda a: a.end - a.start)))
    attrs.append(f'data-tip="{escape(chr(10).join(tips))}"')
    return f"<span {' '.join(attrs)}>{body}</span>"


def render_range(text: str, start: int, end: int, anns: list[Annotation]) -> str:
    inside = [a for a in anns if a.start < end and a.end > start]
    cuts = {start, end}
    for a in inside:
        cuts.add(max(start, a.start))
        cuts.add(min(end, a.end))
    points = sorted(cuts)
    html_parts = []
    for p, q in zip(points, points[1:], strict=False):
        for a in inside:
            if a.label and a.start == p:
                html_parts.append(
                    f'<sup class="claim-tag stance-{escape(a.css.split("stance-")[-1])}"'
                    f' data-claim="{escape(a.ref)}">{escape(a.label)}</sup>'
                )
        active = [a for a in inside if a.start <= p and a.end >= q]
        html_parts.append(_segment(text, p, q, active))
    return "".join(html_parts)


def render_blocks(article: Article) -> list[RenderedBlock]:
    """The article's blocks (or one body block) with their annotated HTML, gaps included."""
    anns = collect_annotations(article)
    text = article.text
    blocks = sorted(article.blocks, key=lambda b: b.start) or [Block("body", 0, len(text))]
    out: list[RenderedBlock] = []
    pos = 0
    for b in blocks:
        if b.start > pos and text[pos:b.start].strip():
            out.append(RenderedBlock("gap", False, render_range(text, pos, b.start, anns)))
        start = max(b.start, pos)
        if b.end > start:
            out.append(RenderedBlock(b.kind, b.is_content, render_range(text, start, b.end, anns)))
        pos = max(pos, b.end)
    if pos < len(text) and text[pos:].strip():
        out.append(RenderedBlock("gap", False, render_range(text, pos, len(text), anns)))
    return out
