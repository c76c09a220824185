"""A short, bounded load test of GET /events with filters, on loopback only.

    python bench/load_api.py --db bench/results/synthetic.duckdb --seconds 20 --concurrency 8

Starts `eventwire serve` on 127.0.0.1 (a free port) over the store, or uses --url of a
server already running on this machine; then sends GET /events with a rotating set of
filter combinations from --concurrency workers until --seconds pass or --requests are
sent, whichever comes first. Prints requests per second and latency percentiles, and the
CPU time per request of the client and (when started here) of the server, and writes them
to bench/results/load_api.json. Client and server share this machine's cores, so the
figures are a floor, not a capacity; on a machine busy with other work the CPU time per
request is the figure that compares two runs.

The server keeps rendered answers while the store is unchanged (api/cache.py), so the
default run, ten queries asked over and over, mostly measures answers kept. `--cold`
gives every request an Accept header of its own (still meaning JSON), so none is
answered from what was kept: that run measures the queries themselves.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

QUERIES: tuple[str, ...] = (
    "country=Nigeria&limit=100",
    "event_type=Battles&date_from=2023-06-01&date_to=2023-08-31",
    "bbox=30,-5,45,5&min_fatalities=3",
    "actor=police&sort=-fatalities&limit=50",
    "country=SYR&admin1=Idlib&event_type=Explosions/Remote%20violence",
    "date_from=2024-01-01&date_to=2024-01-31&sort=event_date",
    "q=officials%20Kharkiv&limit=20",
    "sub_event_type=Peaceful%20protest&country=Kenya&offset=200",
    "min_fatalities=20&sort=-fatalities",
    "country=Sudan&date_from=2023-03-01&format=geojson&limit=100",
)
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process has used (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("eventwire")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"eventwire serve exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/config", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("eventwire serve did not start within 60s")


async def run_load(base: str, seconds: float, max_requests: int, concurrency: int, cold: bool = False,
                   server_pid: int | None = None) -> dict:
    """The load; with `server_pid`, also the server's CPU time per request (the client's is always
    measured): on a machine shared with other work, CPU per request is what compares two runs."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    sent = 0
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient, index: int) -> None:
        nonlocal sent, errors
        i = index
        while time.perf_counter() < stop_at and sent < max_requests:
            sent += 1
            query = QUERIES[i % len(QUERIES)]
            i += concurrency
            began = time.perf_counter()
            try:
                headers = {"accept": f"application/json, application/x-bench-{sent}"} if cold else None
                response = await client.get(f"{base}/events?{query}", headers=headers)
                await response.aread()
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            except httpx.HTTPError:
                errors += 1
                continue
            latencies.append(time.perf_counter() - began)

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await client.get(f"{base}/events?limit=1")          # warm-up: first query opens the file's pages
        began, client_cpu = time.perf_counter(), time.process_time()
        server_cpu = cpu_seconds(server_pid) if server_pid else None
        await asyncio.gather(*(worker(client, n) for n in range(concurrency)))
        elapsed, client_cpu = time.perf_counter() - began, time.process_time() - client_cpu
        if server_cpu is not None:
            server_cpu = (cpu_seconds(server_pid) or server_cpu) - server_cpu

    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else float("nan")

    return {
        "requests": len(latencies), "errors": errors, "statuses": statuses, "seconds": round(elapsed, 2),
        "requests_per_second": round(len(latencies) / elapsed, 1) if elapsed else None,
        "latency_ms": {"mean": round(statistics.fmean(ordered) * 1000, 1) if ordered else None,
                       "p50": round(pct(50), 1), "p95": round(pct(95), 1), "p99": round(pct(99), 1),
                       "max": round(ordered[-1] * 1000, 1) if ordered else None},
        "concurrency": concurrency, "queries": list(QUERIES), "cold": cold,
        "cpu_ms_per_request": {"client": round(client_cpu * 1000 / len(ordered), 2) if ordered else None,
                               "server": round(server_cpu * 1000 / len(ordered), 2)
                               if ordered and server_cpu is not None else None},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="bench/results/synthetic.duckdb", help="store to serve (see gen_events.py)")
    parser.add_argument("--url", help="a server already running on loopback, instead of starting one")
    parser.add_argument("--seconds", type=float, default=20.0, help="stop after this long (default 20, at most 120)")
    parser.add_argument("--requests", type=int, default=20_000, help="stop after this many requests (default 20000)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--cold", action="store_true", help="a unique Accept header per request: no kept answers")
    parser.add_argument("--out", default="bench/results/load_api.json")
    args = parser.parse_args(argv)
    seconds = min(args.seconds, 120.0)
    proc = None
    if args.url:
        if urlparse(args.url).hostname not in LOOPBACK:
            parser.error("--url must be a loopback address (127.0.0.1, localhost or ::1)")
        base = args.url.rstrip("/")
    else:
        if not Path(args.db).exists():
            parser.error(f"{args.db} does not exist: run bench/gen_events.py first")
        port = free_port()
        proc = start_server(args.db, port)
        base = f"http://127.0.0.1:{port}"
    try:
        total = httpx.get(f"{base}/events?limit=1", timeout=30).json()["total"]
        result = asyncio.run(run_load(base, seconds, args.requests, args.concurrency, args.cold,
                                      proc.pid if proc is not None else None))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=15)
    result.update({"events_in_store": total, "cpu_count": os.cpu_count(), "python": platform.python_version()})
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    lat = result["latency_ms"]
    print(f"GET /events with filters on {total} events{' (cold: no kept answers)' if args.cold else ''}, "
          f"{args.concurrency} concurrent clients, {result['seconds']}s: "
          f"{result['requests_per_second']} req/s, p50 {lat['p50']} ms, p95 {lat['p95']} ms, p99 {lat['p99']} ms, "
          f"errors {result['errors']}, statuses {result['statuses']}; CPU per request: "
          f"server {result['cpu_ms_per_request']['server']} ms, client {result['cpu_ms_per_request']['client']} ms")


if __name__ == "__main__":
    main()
