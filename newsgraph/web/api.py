"""The JSON API (``/api/...``): read-only, cursor-paginated, one error shape.

Lists answer ``{"ok": true, "items": [...], "next_cursor": "..." | null}``; single objects
``{"ok": true, "item": {...}}``; errors ``{"ok": false, "error": "...", "status": N}``.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, jsonify, request

from . import claim_queries, event_queries, queries
from .context import conn, fts
from .openapi import openapi_spec
from .params import ApiError, Args, ArticleFilters, EventFilters

api = Blueprint("api", __name__)


def _args() -> Args:
    return Args(request.args)


def _page(items: list[dict[str, Any]], next_cursor: str | None) -> Response:
    return jsonify({"ok": True, "items": items, "next_cursor": next_cursor})


def _item(item: Any) -> Response:
    return jsonify({"ok": True, "item": item})


def _item_or_404(item: Any, missing: str) -> Response:
    """The item, or the 404 error shape saying what was not found."""
    if item is None:
        raise ApiError(404, missing)
    return _item(item)


def _article_part_or_404(item: Any, kind: str, item_id: str, article_id: str) -> Response:
    """A claim or event of one article, or the 404 error naming both ids."""
    return _item_or_404(item, f"no {kind} {item_id!r} in article {article_id!r}")


def _event_args() -> tuple[Args, EventFilters]:
    """The query-string arguments and the event filters read from them."""
    args = _args()
    return args, EventFilters.parse(args)


def event_sort(args: Args) -> tuple[str, bool]:
    sort = args.choice("sort", tuple(event_queries.SORTS), "date") or "date"
    order = args.choice("order", ("asc", "desc"), "desc")
    return sort, order == "desc"


@api.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_spec())


@api.get("/api/articles")
def articles() -> Response:
    args = _args()
    filters = ArticleFilters.parse(args)
    return _page(*queries.list_articles(conn(), filters, args.limit(), args.cursor()))


@api.get("/api/articles/<path:article_id>")
def article(article_id: str) -> Response:
    record = queries.article_record(conn(), article_id)
    item = None if record is None else json.loads(record)
    return _item_or_404(item, f"no article with id {article_id!r}")


@api.get("/api/search")
def search() -> Response:
    args = _args()
    q = args.text("q")
    if q is None:
        raise ApiError(400, "parameter 'q' is required: the words to search for")
    filters = ArticleFilters.parse(args)
    return _page(*queries.search(conn(), q, filters, args.limit(), args.cursor(), fts()))


@api.get("/api/entities")
def entities() -> Response:
    args = _args()
    return _page(*queries.list_entities(
        conn(), args.text("q"), args.entity_type(), args.limit(), args.cursor()
    ))


@api.get("/api/entities/<path:name>")
def entity(name: str) -> Response:
    args = _args()
    return _item_or_404(queries.entity_detail(conn(), name, args.entity_type()), f"no entity named {name!r}")


@api.get("/api/claims")
def claims() -> Response:
    args = _args()
    return _page(*claim_queries.list_claims(
        conn(),
        speaker=args.text("speaker"),
        stance=args.stance(),
        article=args.text("article", max_len=100),
        q=args.text("q"),
        limit=args.limit(),
        cursor=args.cursor(),
    ))


@api.get("/api/claims/<article_id>/<claim_id>")
def claim(article_id: str, claim_id: str) -> Response:
    found = claim_queries.get_claim(conn(), article_id, claim_id)
    return _article_part_or_404(found, "claim", claim_id, article_id)


@api.get("/api/claims/<article_id>/<claim_id>/sources")
def claim_sources(article_id: str, claim_id: str) -> Response:
    found = claim_queries.sources(conn(), article_id, claim_id)
    return _article_part_or_404(found, "claim", claim_id, article_id)


@api.get("/api/events")
def events() -> Response:
    args, filters = _event_args()
    sort, descending = event_sort(args)
    return _page(*event_queries.list_events(
        conn(), filters, sort, descending, args.limit(), args.cursor()
    ))


@api.get("/api/events/<article_id>/<event_id>")
def event(article_id: str, event_id: str) -> Response:
    found = event_queries.get_event(conn(), article_id, event_id)
    return _article_part_or_404(found, "event", event_id, article_id)


@api.get("/api/timeline")
def timeline() -> Response:
    args, filters = _event_args()
    by = args.choice("by", ("type", "actor"), "type") or "type"
    interval = args.choice("interval", ("auto", "day", "week"), "auto") or "auto"
    top = args.integer("top", 8, lo=1, hi=30)
    return _item(event_queries.timeline(conn(), filters, by, interval, top))


@api.get("/api/network")
def network() -> Response:
    args, filters = _event_args()
    top = args.integer("top", 30, lo=2, hi=200)
    return _item(event_queries.network(conn(), filters, top))


@api.get("/api/places")
def places() -> Response:
    args, filters = _event_args()
    return _page(event_queries.places(conn(), filters, args.integer("limit", 500, lo=1,
                                                                     hi=5000)), None)
