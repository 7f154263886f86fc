"""The OpenAPI 3.0 description of the JSON API, served at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..record import ENTITY_TYPES, STANCES
from .event_queries import SORTS


def _q(name: str, description: str, schema: dict[str, Any] | None = None,
       required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema or {"type": "string", "maxLength": 200}}


def _p(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string"}}


_DATE = {"type": "string", "format": "date"}
PAGING = [
    _q("limit", "page size", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}),
    _q("cursor", "opaque cursor from the previous page's next_cursor"),
]
ARTICLE_FILTERS = [
    _q("date_from", "published on or after", _DATE),
    _q("date_to", "published on or before", _DATE),
    _q("publisher", "publisher (exact, case-insensitive)"),
    _q("language", "language code, e.g. de"),
    _q("entity", "articles mentioning the entity with this canonical name"),
    _q("event_type", "articles with an event of this PLOVER type"),
    _q("stance", "articles with a claim or event of this stance",
       {"type": "string", "enum": list(STANCES)}),
]
EVENT_FILTERS = [
    _q("type", "PLOVER event type, e.g. ASSAULT"),
    _q("quad", "PLOVER quad class 1-4", {"type": "integer", "minimum": 1, "maximum": 4}),
    _q("actor", "actor name contains"),
    _q("target", "target (recipient) name contains"),
    _q("place", "place name contains"),
    _q("stance", "event stance", {"type": "string", "enum": list(STANCES)}),
    _q("date_from", "event date on or after", _DATE),
    _q("date_to", "event date on or before", _DATE),
    _q("article", "article id"),
    _q("publisher", "publisher (exact, case-insensitive)"),
    _q("claim", "text of the source claim contains"),
]


def _ok(description: str, kind: str = "item") -> dict[str, Any]:
    if kind == "list":
        schema = {"type": "object", "required": ["ok", "items", "next_cursor"], "properties": {
            "ok": {"type": "boolean", "enum": [True]},
            "items": {"type": "array", "items": {"type": "object"}},
            "next_cursor": {"type": "string", "nullable": True}}}
    else:
        schema = {"type": "object", "required": ["ok", "item"], "properties": {
            "ok": {"type": "boolean", "enum": [True]}, "item": {"type": "object"}}}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _op(summary: str, params: list[dict[str, Any]], kind: str = "item",
        not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": _ok(summary, kind),
                                 "400": {"$ref": "#/components/responses/Error"}}
    if not_found:
        responses["404"] = {"$ref": "#/components/responses/Error"}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi_spec() -> dict[str, Any]:
    ids = [_p("article_id", "article id")]
    return {
        "openapi": "3.0.3",
        "info": {"title": "newsgraph workbench API", "version": __version__,
                 "description": "Read-only JSON over a newsgraph store. Lists are cursor-"
                                "paginated; every error is {ok: false, error, status}."},
        "paths": {
            "/api/articles": _op("list articles, newest first",
                                 [*ARTICLE_FILTERS, *PAGING], "list"),
            "/api/articles/{article_id}": _op("one full article record", ids, not_found=True),
            "/api/search": _op("full-text search with snippets (snippet_html marks hits)",
                               [_q("q", "words to find (all must occur)", required=True),
                                *ARTICLE_FILTERS, *PAGING], "list"),
            "/api/entities": _op("entities across articles, most frequent first", [
                _q("q", "name contains"),
                _q("type", "entity type", {"type": "string", "enum": list(ENTITY_TYPES)}),
                *PAGING], "list"),
            "/api/entities/{name}": _op(
                "one entity: mentions, roles, claims made, events as actor and target",
                [_p("name", "canonical entity name"),
                 _q("type", "entity type", {"type": "string", "enum": list(ENTITY_TYPES)})],
                not_found=True),
            "/api/claims": _op("claims, newest article first", [
                _q("speaker", "speaker name contains"),
                _q("stance", "claim stance", {"type": "string", "enum": list(STANCES)}),
                _q("article", "article id"), _q("q", "content contains"), *PAGING], "list"),
            "/api/claims/{article_id}/{claim_id}": _op(
                "one claim with its chain (publisher → ... → speaker)",
                [*ids, _p("claim_id", "claim id within the article")], not_found=True),
            "/api/claims/{article_id}/{claim_id}/sources": _op(
                "every other article carrying the claim and the chain by which it got it",
                [*ids, _p("claim_id", "claim id within the article")], not_found=True),
            "/api/events": _op("events table", [
                *EVENT_FILTERS,
                _q("sort", "sort column", {"type": "string", "enum": list(SORTS)}),
                _q("order", "sort order", {"type": "string", "enum": ["asc", "desc"]}),
                *PAGING], "list"),
            "/api/events/{article_id}/{event_id}": _op(
                "one event with its arguments",
                [*ids, _p("event_id", "event id within the article")], not_found=True),
            "/api/timeline": _op("event counts per day or week per type or actor", [
                *EVENT_FILTERS,
                _q("by", "series", {"type": "string", "enum": ["type", "actor"]}),
                _q("interval", "bucket (auto: weeks for spans over 90 days)",
                   {"type": "string", "enum": ["auto", "day", "week"]}),
                _q("top", "number of series", {"type": "integer", "minimum": 1,
                                               "maximum": 30})]),
            "/api/network": _op("actor → target network, edge weight = event count", [
                *EVENT_FILTERS,
                _q("top", "number of actors", {"type": "integer", "minimum": 2,
                                               "maximum": 200})]),
            "/api/places": _op("places with coordinates and their event counts", [
                *EVENT_FILTERS,
                _q("limit", "most places", {"type": "integer", "minimum": 1,
                                            "maximum": 5000})], "list"),
        },
        "components": {"responses": {"Error": {
            "description": "error",
            "content": {"application/json": {"schema": {
                "type": "object", "required": ["ok", "error", "status"],
                "properties": {"ok": {"type": "boolean", "enum": [False]},
                               "error": {"type": "string"},
                               "status": {"type": "integer"}}}}}}}},
    }
