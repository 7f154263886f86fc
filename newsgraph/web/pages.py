"""Server-rendered HTML pages of the workbench (light JS in ``static/workbench.js``)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, render_template, request
from markupsafe import Markup

from ..record import ENTITY_TYPES, STANCES, Article
from . import claim_queries, event_queries, queries, svg
from .annotate import render_blocks
from .api import event_sort
from .context import conn, fts
from .params import QUAD_NAMES, ApiError, Args, ArticleFilters, EventFilters, quad_of

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

pages = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
                  static_url_path="/static")


def _args() -> Args:
    return Args(request.args)


def next_url(cursor: str | None) -> str | None:
    """This page's URL with ``cursor`` replaced (None when there is no next page)."""
    if cursor is None:
        return None
    params = {k: v for k, v in request.args.items() if k != "cursor"}
    params["cursor"] = cursor
    return f"{request.path}?{urlencode(params)}"


def sort_url(column: str) -> str:
    params = {k: v for k, v in request.args.items() if k not in ("cursor", "sort", "order")}
    current = request.args.get("sort", "date")
    order = request.args.get("order", "desc")
    params["sort"] = column
    params["order"] = "asc" if current == column and order == "desc" else "desc"
    return f"{request.path}?{urlencode(params)}"


def template_globals() -> dict[str, Any]:
    """Helpers every template (and imported macro) can use."""
    return {"actor_href": svg.actor_href, "stances": STANCES, "entity_types": ENTITY_TYPES,
            "quad_names": QUAD_NAMES, "quad_of": quad_of, "quad_colours": svg.QUAD_COLOURS,
            "sort_url": sort_url}


@pages.get("/")
def index() -> str:
    args = _args()
    filters = ArticleFilters.parse(args)
    items, cursor = queries.list_articles(conn(), filters, args.limit(), args.cursor())
    return render_template("index.html", counts=queries.overview(conn()), items=items,
                           next_url=next_url(cursor), filters=filters,
                           publishers=queries.publishers(conn()))


@pages.get("/articles/<path:article_id>")
def article(article_id: str) -> str:
    record = queries.article_record(conn(), article_id)
    if record is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    a = Article.from_json(record)
    names = {e.id: e.name for e in a.entities}
    times = {t.id: t for t in a.times}
    claims = claim_queries.article_claims(conn(), a.id)
    claim_views = []
    for c in a.claims:
        nodes = claim_queries.chain_of(claims, c.id, a.source.publisher)
        claim_views.append({
            "claim": c, "speaker": names.get(c.speaker or "") or c.speaker_text,
            "chain": nodes, "svg": Markup(svg.chain_svg(nodes, f"chain-{c.id}")),
        })
    event_views = []
    for v in a.events:
        t = times.get(v.time or "")
        when = t.value if t else (a.source.published if v.time_basis == "published" else None)
        event_views.append({
            "event": v, "quad": quad_of(v.type),
            "actors": [(names.get(x.entity or "") or x.text, x) for x in v.actors],
            "targets": [(names.get(x.entity or "") or x.text, x) for x in v.targets],
            "time": when,
            "day": when[:10] if when and _DAY.match(when) else None,
            "place": names.get(v.place or ""),
        })
    blocks = [(b.kind, b.is_content, Markup(b.html)) for b in render_blocks(a)]
    return render_template("article.html", a=a, blocks=blocks, claims=claim_views,
                           events=event_views, names=names)


@pages.get("/search")
def search() -> str:
    args = _args()
    q = args.text("q")
    filters = ArticleFilters.parse(args)
    items: list[dict[str, Any]] = []
    cursor = None
    if q:
        items, cursor = queries.search(conn(), q, filters, args.limit(), args.cursor(), fts())
    return render_template("search.html", q=q or "", filters=filters, items=items,
                           next_url=next_url(cursor), fts=fts() is not None,
                           publishers=queries.publishers(conn()))


@pages.get("/events")
def events() -> str:
    args = _args()
    filters = EventFilters.parse(args)
    sort, descending = event_sort(args)
    by = args.choice("by", ("type", "actor"), "type") or "type"
    interval = args.choice("interval", ("auto", "day", "week"), "auto") or "auto"
    items, cursor = event_queries.list_events(conn(), filters, sort, descending, args.limit(),
                                              args.cursor())
    chart = event_queries.timeline(conn(), filters, by, interval)
    return render_template("events.html", filters=filters, items=items,
                           next_url=next_url(cursor), sort=sort, descending=descending,
                           by=by, interval=interval, chart=Markup(svg.timeline_svg(chart)))


@pages.get("/actors")
def actors() -> str:
    args = _args()
    q = args.text("q")
    etype = args.entity_type()
    items, cursor = queries.list_entities(conn(), q, etype, args.limit(), args.cursor())
    return render_template("actors.html", items=items, q=q or "", etype=etype or "",
                           next_url=next_url(cursor))


@pages.get("/actors/<path:name>")
def actor(name: str) -> str:
    found = queries.entity_detail(conn(), name, _args().entity_type())
    if found is None:
        raise ApiError(404, f"no entity named {name!r}")
    return render_template("actor.html", e=found)


@pages.get("/network")
def network() -> str:
    args = _args()
    filters = EventFilters.parse(args)
    top = args.integer("top", 30, lo=2, hi=200)
    data = event_queries.network(conn(), filters, top)
    return render_template("network.html", filters=filters, data=data, top=top,
                           chart=Markup(svg.network_svg(data)))


@pages.get("/map")
def world_map() -> str:
    filters = EventFilters.parse(_args())
    points = event_queries.places(conn(), filters)
    return render_template("map.html", filters=filters, points=points,
                           chart=Markup(svg.map_svg(points)))


@pages.get("/claims/<article_id>/<claim_id>/sources")
def sources(article_id: str, claim_id: str) -> str:
    found = claim_queries.sources(conn(), article_id, claim_id)
    if found is None:
        raise ApiError(404, f"no claim {claim_id!r} in article {article_id!r}")
    claim = found["claim"]
    claim["svg"] = Markup(svg.chain_svg(claim["chain"], "chain-origin"))
    for i, m in enumerate(found["articles"]):
        m["svg"] = Markup(svg.chain_svg(m["chain"], f"chain-{i}"))
    return render_template("sources.html", claim=claim, matches=found["articles"])
