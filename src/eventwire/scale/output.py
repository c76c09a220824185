"""The Parquet dataset of `extract --format parquet --out DIR`: one file per partition, in input order.

`part-00000.parquet`, `part-00001.parquet`, ... hold the events of partition 0, 1, ...
in input order, with the Event columns of `export.parquet` plus `origin` and `line`
(the input file and record line each event came from). A file is written under a
hidden temporary name and renamed into place, so a worker that dies mid-write
leaves no half file, and a partition re-run after a lost worker replaces its file
whole: the dataset never holds an event twice. DuckDB reads it as
`read_parquet('DIR/*.parquet')`, pandas as `pd.read_parquet(DIR)`.
"""
from __future__ import annotations

import glob
import os
import uuid

from ..errors import EventwireError

PATTERN = "part-*.parquet"


def partition_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def prepare_dir(out_dir: str) -> str:
    """Create `out_dir` and return its absolute path; refuse one that already holds a dataset."""
    path = os.path.abspath(out_dir)
    if os.path.exists(path) and not os.path.isdir(path):
        raise EventwireError(f"--out {out_dir}: exists and is not a directory")
    os.makedirs(path, exist_ok=True)
    if glob.glob(os.path.join(path, PATTERN)):
        raise EventwireError(f"--out {out_dir}: already holds {PATTERN} files; give a new or empty directory")
    return path


def events_table(results):
    """The events of PipeResults as an Arrow table, each with the `origin` and `line` of its record."""
    import pyarrow as pa

    from ..export import to_arrow

    events, origins, lines = [], [], []
    for result in results:
        for event in result.events:
            if event.doc_id is None and result.report.doc_id is not None:
                event.doc_id = result.report.doc_id
            events.append(event)
            origins.append(result.report.origin)
            lines.append(result.report.line)
    table = to_arrow(events)
    table = table.append_column(pa.field("origin", pa.string()), pa.array(origins, pa.string()))
    return table.append_column(pa.field("line", pa.int64()), pa.array(lines, pa.int64()))


def write_events(out_dir: str, index: int, results) -> str:
    """Write the partition's file atomically (a temporary name, then a rename); returns its path."""
    import pyarrow.parquet as pq

    final = os.path.join(out_dir, partition_name(index))
    temporary = os.path.join(out_dir, f".{partition_name(index)}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(events_table(results), temporary, compression="zstd")
        os.replace(temporary, final)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return final


def read_dataset(out_dir: str):
    """The whole dataset as one Arrow table, partitions in order (for tests and small datasets)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = sorted(glob.glob(os.path.join(out_dir, PATTERN)))
    return pa.concat_tables([pq.read_table(p) for p in paths]) if paths else None
