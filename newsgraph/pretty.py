"""The readable terminal view of a record (``newsgraph analyze --format pretty``, ``show``).

Title and source, the blocks, entities, times, quantities, claims with their attribution chain
(publisher → Yonhap → NIS) and events.  Colours are added with ``click.style``; ``click.echo``
drops them when the output is not a terminal.
"""

from __future__ import annotations

from collections.abc import Iterator

import click

from .record import Actor, Article, Claim, TimeExpr

_KIND_COLOURS = {
    "section": "magenta", "title": "bright_white", "lead": "white", "caption": "cyan",
    "credit": "cyan", "body": "white", "related": "yellow", "appeal": "red",
    "boilerplate": "red",
}


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float) -> str:
    """12000000 -> '12 000 000', 2.5 -> '2.5'."""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}".replace(",", " ")
    return f"{value:g}"


def _h(title: str) -> str:
    return click.style(title, bold=True)


def claim_chain(article: Article, claim: Claim) -> list[str]:
    """The voices a claim passed through, outermost first: publisher, …, speaker."""
    by_id = {c.id: c for c in article.claims}
    voices: list[str] = []
    seen: set[str] = set()
    cur: Claim | None = claim
    while cur is not None and cur.id not in seen:
        seen.add(cur.id)
        voices.append(_speaker(article, cur))
        cur = by_id.get(cur.via) if cur.via else None
    voices.append(article.source.publisher or "publisher")
    return list(reversed(voices))


def _time(article: Article, time_id: str | None) -> TimeExpr | None:
    return next((t for t in article.times if t.id == time_id), None) if time_id else None


def _speaker(article: Article, claim: Claim) -> str:
    if claim.speaker:
        ent = article.entity(claim.speaker)
        if ent is not None:
            return ent.name
    return claim.speaker_text or "?"


def _actor(article: Article, actor: Actor) -> str:
    name = actor.text
    if actor.entity and (ent := article.entity(actor.entity)) is not None:
        name = ent.name
    extra = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{name} [{extra}]" if extra else name


def render(article: Article, *, width: int = 100) -> str:
    return "\n".join(_lines(article, width))


def _lines(a: Article, width: int) -> Iterator[str]:
    s = a.source
    yield click.style(a.title or "(no title)", bold=True, fg="bright_white")
    meta = [
        f"id {a.id}",
        f"lang {a.language}",
        f"published {s.published} ({s.published_basis})" if s.published else "published ?",
    ]
    meta += [f"{k} {v}" for k, v in (("publisher", s.publisher), ("section", s.section),
                                      ("author", s.author)) if v]
    yield "  " + " · ".join(meta)
    if s.path or s.url:
        yield f"  {s.url or s.path}"
    if a.lead:
        yield "  " + _clip(a.lead, width - 2)
    failed = [r for r in a.pipeline if r.status != "ok"]
    for r in failed:
        yield click.style(f"  ! {r.stage} {r.status}: {r.error}", fg="red")

    if a.blocks:
        yield ""
        yield _h(f"Blocks ({len(a.blocks)})")
        for b in a.blocks:
            tag = click.style(f"{b.kind:<11}", fg=_KIND_COLOURS.get(b.kind, "white"))
            yield f"  {tag} {b.start:>6}–{b.end:<6} {_clip(a.text[b.start:b.end], width - 30)}"

    if a.entities:
        yield ""
        yield _h(f"Entities ({len(a.entities)})")
        for e in a.entities:
            ids = ", ".join(f"{k}={v}" for k, v in e.ids.items())
            yield f"  {e.id:<4} {e.type:<7} {e.name}  ×{len(e.mentions)}" + (f"  ({ids})" if ids else "")
    if a.times:
        yield ""
        yield _h(f"Times ({len(a.times)})")
        for t in a.times:
            mod = f" {t.mod}" if t.mod else ""
            yield f"  {t.id:<4} {t.value:<12} {t.kind}{mod}  «{_clip(t.text, 50)}»"
    if a.quantities:
        yield ""
        yield _h(f"Quantities ({len(a.quantities)})")
        for q in a.quantities:
            approx = "≈" if q.approx else ""
            high = getattr(q, "high", None)
            value = _num(q.value) + (f"–{_num(high)}" if high is not None else "")
            yield f"  {q.id:<4} {approx}{value} {q.unit or ''}  «{_clip(q.text, 50)}»"
    if a.claims:
        yield ""
        yield _h(f"Claims ({len(a.claims)})")
        for c in a.claims:
            chain = " → ".join(claim_chain(a, c))
            said = _time(a, c.said)
            when = f" @ {said.value}" if said else f" @ «{c.occasion.text}»" if c.occasion else ""
            yield f"  {c.id:<4} {click.style(chain, fg='cyan')}{when}  [{c.form}, {c.stance}]"
            yield f"       «{_clip(c.content.text, width - 9)}»"
    if a.events:
        yield ""
        yield _h(f"Events ({len(a.events)})")
        for v in a.events:
            actors = ", ".join(_actor(a, x) for x in v.actors) or "?"
            targets = ", ".join(_actor(a, x) for x in v.targets)
            when = ""
            if v.time:
                tx = _time(a, v.time)
                when = f" @ {tx.value}" if tx else ""
            arrow = f" → {targets}" if targets else ""
            yield (
                f"  {v.id:<4} {click.style(v.type, fg='green')}{'/' + v.mode if v.mode else ''}: "
                f"{actors}{arrow}{when}  [{v.stance}, {v.confidence:.2f}]  «{_clip(v.trigger.text, 30)}»"
            )
    empty = [name for name, xs in (("entities", a.entities), ("times", a.times),
                                   ("claims", a.claims), ("events", a.events)) if not xs]
    if empty:
        yield ""
        yield click.style(f"  (none found or stage not installed: {', '.join(empty)})", dim=True)
