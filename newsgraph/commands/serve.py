"""``newsgraph serve``: the analyst's workbench (web pages + JSON API) over a store."""

from __future__ import annotations

import click

from ..errors import ConfigError


def register(cli: click.Group) -> None:
    cli.add_command(serve)


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="the newsgraph database to serve (opened read-only)")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on; anything but 127.0.0.1 exposes the data to others")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> None:
    """Start the web workbench and API at http://HOST:PORT/ (read-only, Ctrl-C stops)."""
    from ..web import create_app

    if not 0 < port < 65536:
        raise ConfigError(f"--port {port} is not a TCP port", hint="use 1-65535, e.g. 8000")
    app = create_app(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the data",
                   err=True)
    click.echo(f"newsgraph workbench on http://{host}:{port}/ (API: /openapi.json)", err=True)
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
