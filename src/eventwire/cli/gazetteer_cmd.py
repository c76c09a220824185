"""`eventwire gazetteer build`: the offline place index, from packaged data or a GeoNames dump.

A thin skin over `eventwire.geo.build.build_gazetteer` and `eventwire.geo.gazetteer.save`.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import EventwireError


def _fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    gaz_app = typer.Typer(help="The offline gazetteer index (GeoNames places, admin areas, countries).",
                          no_args_is_help=True)

    @gaz_app.command("build")
    def build(
        geonames: Optional[List[Path]] = typer.Option(
            None, "--geonames", help="A GeoNames dump to add: allCountries.zip, a country file (SY.zip), "
                                     "cities500.zip or the .txt inside. Repeatable."),
        admin1: Optional[Path] = typer.Option(None, "--admin1", help="GeoNames admin1CodesASCII.txt (admin1 names)."),
        alternate_names: Optional[Path] = typer.Option(
            None, "--alternate-names", help="GeoNames alternateNamesV2.zip (or its .txt)."),
        out: Optional[Path] = typer.Option(None, "--out", help="Where to write the index "
                                           "(default: $EVENTWIRE_GAZETTEER or the package's geo/data/gazetteer.idx)."),
        no_packaged: bool = typer.Option(False, "--no-packaged",
                                         help="Only the dump given with --geonames, not the packaged cities500."),
    ) -> None:
        """Build the index that toponym resolution loads (about a minute from packaged data)."""
        from ..geo.build import build_gazetteer
        from ..geo.gazetteer import default_path, save

        if no_packaged and not geonames:
            _fail("--no-packaged needs at least one --geonames dump to build from")
        target = out or default_path()
        started = time.perf_counter()
        try:
            gaz = build_gazetteer(geonames or (), admin1_path=admin1, alternates_path=alternate_names,
                                  packaged=not no_packaged)
            save(gaz, target)
        except EventwireError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{target}: cannot write the index ({exc.strerror or exc})")
        typer.echo(f"gazetteer: {len(gaz):,} places, {len(gaz.names):,} names, {len(gaz.countries)} countries, "
                   f"{len(gaz.admin1_rows):,} admin1 areas -> {target} "
                   f"({time.perf_counter() - started:.0f} s)", err=True)

    @gaz_app.command("info")
    def info(path: Optional[Path] = typer.Option(None, "--path",
                                                 help="Index to describe (default: the one loaded).")) -> None:
        """Say where the index is, what it holds and what it was built from."""
        from ..geo.gazetteer import default_path, load

        target = path or default_path()
        if not target.exists():
            _fail(f"{target}: no gazetteer index; build it with `eventwire gazetteer build`")
        try:
            gaz = load(target)
        except EventwireError as exc:
            _fail(str(exc))
        typer.echo(f"path: {target}\nplaces: {len(gaz):,}\nnames: {len(gaz.names):,}\n"
                   f"countries: {len(gaz.countries)}\nadmin1 areas: {len(gaz.admin1_rows):,}\n"
                   f"sources: {'; '.join(gaz.sources)}")

    app.add_typer(gaz_app, name="gazetteer")
