"""Parquet via pyarrow: typed columns (dates as dates), evidence as a list of structs."""
from __future__ import annotations

import io
import json
from dataclasses import fields
from datetime import date
from typing import IO, Iterable

from ..records import Event



def arrow_schema():
    """One column per Event field, typed as the store types it (see store.schema)."""
    import pyarrow as pa

    from ..store.schema import sql_type

    kinds = {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
    }
    evidence = pa.list_(
        pa.struct([("field", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
    )
    return pa.schema([(f.name, evidence if f.name == "evidence" else kinds[sql_type(f)]) for f in fields(Event)])


def to_arrow(events: Iterable[Event]):
    import pyarrow as pa

    from ..store.schema import JSON_FIELDS

    schema = arrow_schema()
    rows = [e.to_dict() for e in events]
    for row in rows:
        if row["event_date"]:
            row["event_date"] = date.fromisoformat(row["event_date"])
        for name in JSON_FIELDS - {"evidence"}:
            row[name] = json.dumps(row[name], ensure_ascii=False)
    return pa.Table.from_pylist(rows, schema=schema)


def write_parquet(events: Iterable[Event], where: str | IO[bytes]) -> int:
    import pyarrow.parquet as pq

    table = to_arrow(events)
    pq.write_table(table, where, compression="zstd")
    return table.num_rows


def to_parquet(events: Iterable[Event]) -> bytes:
    buffer = io.BytesIO()
    write_parquet(events, buffer)
    return buffer.getvalue()
