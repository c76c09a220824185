"""`eventwire serve`: the HTTP API and the map page over one store."""
from __future__ import annotations

from pathlib import Path

import typer

from ..api.settings import SETTINGS

_HELP = {s.name: f"{s.help} (env {s.env})" for s in SETTINGS}


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        db: str = typer.Option(None, "--db", help=_HELP["db"] + " Default: eventwire.duckdb."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 0.0.0.0 opens it to the network."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
        token_file: Path = typer.Option(None, "--token-file", help=_HELP["token_file"]),
        private_reads: bool = typer.Option(None, "--private-reads/--open-reads", help=_HELP["private_reads"]),
        max_body: int = typer.Option(None, "--max-body", help=_HELP["max_body_bytes"]),
        tile_url: str = typer.Option(None, "--tile-url", help=_HELP["tile_url"]),
        log_level: str = typer.Option("info", "--log-level",
                                      help="uvicorn log level: critical, error, warning, info, debug."),
    ) -> None:
        """Serve GET /events, /events/{id}, /stats, POST /reports and the map page at /.

        The OpenAPI schema is at /openapi.json and the docs page at /docs.
        """
        import uvicorn

        from ..api import create_app, load_settings
        from ..errors import EventwireError
        from ..store import display_name

        try:
            settings = load_settings(
                db=str(db) if db else None,
                token_file=str(token_file) if token_file else None,
                private_reads=private_reads,
                max_body_bytes=max_body,
                tile_url=tile_url,
            )
            web = create_app(settings)
        except EventwireError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        writes = "POST /reports needs the bearer token" if settings.bearer_token() else \
            "POST /reports is off (set EVENTWIRE_TOKEN or --token-file to enable it)"
        typer.echo(f"eventwire: serving {display_name(settings.db)} on http://{host}:{port}/ ({writes})", err=True)
        uvicorn.run(web, host=host, port=port, log_level=log_level, access_log=log_level == "debug")
