"""`eventwire` entry point: registers one command per module.

Each command module defines `register(app)`. The CLI alone turns exceptions
into exit codes and draws progress bars.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="eventwire: news reports about political violence and unrest -> ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "extract_cmd",    # eventwire extract
    "ingest_cmd",     # eventwire ingest
    "export_cmd",     # eventwire export
    "show_cmd",       # eventwire show
    "eval_cmd",       # eventwire eval
    "gazetteer_cmd",  # eventwire gazetteer build
    "places_cmd",     # eventwire places
    "serve_cmd",      # eventwire serve
    "report_cmd",     # eventwire report
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"eventwire.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command still being written
        if exc.name != f"eventwire.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
