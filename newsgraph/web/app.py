"""The Flask application: API + pages over one read-only store, one error shape."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import NewsgraphError
from ..store import Store
from .api import api
from .context import close_store
from .pages import pages, template_globals
from .params import ApiError

log = logging.getLogger(__name__)


def _wants_json() -> bool:
    return request.path.startswith("/api") or request.path == "/openapi.json"


def _error(status: int, message: str) -> tuple[Response | str, int]:
    if _wants_json():
        return jsonify({"ok": False, "error": message, "status": status}), status
    return render_template("error.html", status=status, message=message), status


def build_app(db_path: str | Path) -> Flask:
    """An app serving ``db_path`` read-only.  Fails now (StoreError) if it cannot be opened."""
    path = Path(db_path)
    Store(path, readonly=True).close()  # fail fast with a helpful message
    app = Flask(__name__)
    app.config["NEWSGRAPH_DB"] = str(path)
    app.config["JSON_SORT_KEYS"] = False
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.register_blueprint(api)
    app.register_blueprint(pages)
    app.jinja_env.globals.update(template_globals())
    app.teardown_appcontext(close_store)

    @app.errorhandler(ApiError)
    def on_api_error(exc: ApiError) -> tuple[Response | str, int]:
        return _error(exc.status, exc.message)

    @app.errorhandler(HTTPException)
    def on_http_error(exc: HTTPException) -> tuple[Response | str, int]:
        status = exc.code or 500
        message = {404: f"nothing at {request.path}",
                   405: f"{request.method} is not allowed here: the workbench is read-only"}.get(
            status, exc.description or exc.name)
        return _error(status, message)

    @app.errorhandler(NewsgraphError)
    def on_newsgraph_error(exc: NewsgraphError) -> tuple[Response | str, int]:
        return _error(500, str(exc))

    @app.errorhandler(Exception)
    def on_unexpected(exc: Exception) -> tuple[Response | str, int]:
        log.exception("unexpected error on %s", request.path)
        return _error(500, f"internal error: {type(exc).__name__}")

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            " script-src 'self'; connect-src 'self'"
        )
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        return resp

    return app
