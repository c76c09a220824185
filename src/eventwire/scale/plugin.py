"""The worker plugin that loads the pipeline when a Dask worker starts (imported only with Dask)."""
from __future__ import annotations

from distributed import WorkerPlugin


class PipelineWarmup(WorkerPlugin):
    """Loads the gazetteer once per worker process, at start and after a restart, before any task."""

    name = "eventwire-pipeline"

    def setup(self, worker) -> None:
        from .worker import warm_up

        warm_up()
