"""`eventwire places PATH...`: the toponyms of each document, one JSON object per line.

Offsets index the text as read (a plain file whole, or a JSONL/CSV record's `text`),
so `text[start:end] == name` for every toponym. The CLI only reads, calls
`eventwire.geo.find_places` and prints.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EventwireError

FORMATS = ("jsonl", "json")
FIELDS = ("start", "end", "name", "resolved_name", "geonameid", "latitude", "longitude", "country", "iso3",
          "admin1", "admin2", "feature_class", "feature_code", "population", "geo_precision", "confidence")


def toponym_record(place) -> dict:
    return {k: getattr(place, k) for k in FIELDS}


def article_for(report):
    """The Article find_places reads: the text exactly as given, so offsets stay true to the input."""
    from ..records import Article, stable_id

    doc_id = report.doc_id or (Path(report.origin).name if report.origin not in ("-", "<string>") else None)
    ident = doc_id or stable_id(report.text, prefix="doc-")
    return doc_id or ident, Article(id=ident, text=report.text, doc_id=doc_id, origin=report.origin, line=report.line)


def register(app: typer.Typer) -> None:
    @app.command("places")
    def places(
        paths: List[str] = typer.Argument(..., help="Text files, JSONL/CSV batches (records with id and text), "
                                                    "directories, or - for stdin.", show_default=False),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl: one object per document; json: one list."),
        gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer index to use."),
    ) -> None:
        """Print the place names found in each document, with offsets and coordinates.

        Exit codes: 0 every document read; 1 some skipped as bad input; 3 some failed inside
        eventwire (a bug: please report it); 2 usage or fatal error.
        """
        from ..errors import CodingError
        from ..geo import find_places, load_gazetteer
        from ..records import scrubbed
        from ..ingest import SkippedFile, iter_reports

        if fmt not in FORMATS:
            typer.echo(f"Error: --format {fmt!r}: use one of {', '.join(FORMATS)}", err=True)
            raise typer.Exit(2)
        try:
            gaz = load_gazetteer(gazetteer)
        except EventwireError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(2)
        skipped = failed = 0
        collected = []
        try:
            for item in iter_reports(paths, check_language=False):
                if isinstance(item, EventwireError):
                    if not isinstance(item, SkippedFile):
                        skipped += 1
                    typer.echo(f"{'note' if isinstance(item, SkippedFile) else 'skipped'}: {item}", err=True)
                    continue
                doc_id, article = article_for(scrubbed(item))
                try:
                    found = find_places(article, gaz)
                except Exception as exc:   # a bug: name the record, go on with the others (exit 3)
                    failed += 1
                    typer.echo(f"failed: {CodingError(exc, item.origin, item.line, item.doc_id)}", err=True)
                    continue
                record = {"id": doc_id, "toponyms": [toponym_record(p) for p in found]}
                if fmt == "jsonl":
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    collected.append(record)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)
        if fmt == "json":
            json.dump(collected, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        if failed or skipped:
            raise typer.Exit(3 if failed else 1)
