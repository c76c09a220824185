"""The Dask side: a client on a LocalCluster of N processes or on an existing scheduler, and ordered runs.

Only this module imports Dask, and only when `--workers` or `--scheduler` is given.
Partitions are submitted a bounded number ahead of the consumer and their results
are handed back strictly in partition order, so memory stays flat on any input and
the output is in input order whatever worker finishes first. A worker that dies
mid-partition is Dask's business: the scheduler re-runs the lost task on another
worker (up to `distributed.scheduler.allowed-failures` times), and since each
partition's result is taken once, in order, nothing is lost or counted twice.
"""
from __future__ import annotations

import logging
import uuid
from collections import deque
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

from ..errors import EventwireError

CONNECT_TIMEOUT_S = 20
INSTALL_HINT = "pip install 'eventwire[dask]'"


def _distributed():
    try:
        import distributed
    except ImportError:
        raise EventwireError(f"--workers and --scheduler need Dask: {INSTALL_HINT}") from None
    return distributed


@contextmanager
def open_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A connected `distributed.Client`: on `scheduler` if given, else on a new LocalCluster of `workers`."""
    distributed = _distributed()
    cluster = None
    try:
        if scheduler:
            try:
                client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                raise EventwireError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            if not workers or workers < 1:
                raise EventwireError("--workers must be at least 1")
            try:
                cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            except RuntimeError as exc:
                raise EventwireError(f"could not start {workers} local Dask workers: {exc}") from exc
            client = distributed.Client(cluster)
    except BaseException:
        if cluster is not None:
            cluster.close()
        raise
    try:
        from .plugin import PipelineWarmup

        client.register_plugin(PipelineWarmup())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def total_threads(client) -> int:
    return max(1, sum(client.nthreads().values()))


def ordered(client, function: Callable, partitions: Iterable, *args, ahead: int | None = None) -> Iterator[Any]:
    """`function(partition, *args)` on the cluster for each partition; results in partition order.

    At most `ahead` tasks (default: twice the cluster's threads, at least 4) are in flight.
    """
    distributed = _distributed()
    ahead = ahead or max(4, 2 * total_threads(client))
    pending: deque = deque()
    queue = iter(partitions)
    run = uuid.uuid4().hex[:12]

    def submit() -> bool:
        part = next(queue, None)
        if part is None:
            return False
        key = f"eventwire-{function.__name__}-{run}-{part.index}"
        pending.append((part, client.submit(function, part, *args, key=key, pure=False, priority=-part.index)))
        return True

    while len(pending) < ahead and submit():
        pass
    try:
        while pending:
            part, future = pending.popleft()
            try:
                result = future.result()
            except distributed.KilledWorker as exc:
                raise EventwireError(f"partition {part.index} ({_where(part)}): its workers kept dying ({exc}); "
                                     "out of memory?") from None
            except EventwireError:
                raise
            except Exception as exc:
                raise EventwireError(f"partition {part.index} ({_where(part)}) failed on a worker: "
                                     f"{type(exc).__name__}: {exc}") from exc
            future.release()
            submit()
            yield result
    finally:
        for _, future in pending:
            future.cancel()


def _where(part) -> str:
    first = part.pieces[0]
    return f"{first.origin} from line {first.first_line}" if first.is_range else first.origin
