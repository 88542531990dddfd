"""Dask clients: a local cluster of worker processes by default, or an existing scheduler."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin

from reader.corpus.errors import ClusterError
from reader.corpus.work import start_worker


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model once in every worker, off the worker's event loop, and reads
    the worker's build (`reader.corpus.build`)."""

    name = "reader-spacy-model"

    async def setup(self, worker: Any) -> None:
        # Ctrl+C reaches the whole process group: the client alone handles it and closes the
        # cluster, instead of every worker printing a KeyboardInterrupt traceback.
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        await asyncio.to_thread(start_worker)


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    scheduler: str  # "local" or the scheduler's address
    workers: int


@contextmanager
def open_client(
    scheduler: str | None, workers: int, *, preload: bool = True
) -> Iterator[tuple[Client, ClusterInfo]]:
    """A connected client: a local cluster (a one-thread process per worker) if no address."""
    if scheduler is None:
        with _local_cluster(workers) as cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield _ready(client, preload), ClusterInfo("local", workers)
        return
    client = _connect(scheduler)
    with client:
        count = len(client.scheduler_info(n_workers=-1)["workers"])
        yield _ready(client, preload), ClusterInfo(scheduler, count)


# Dask's defaults for worker processes cost a pair about a fifth more CPU than
# `compare --pairs` spends on it (measured by alternating pairs between a worker and the
# client process): the statistical profiler samples the task thread's stack every 10 ms,
# taking the GIL from spaCy, and its history grows a worker by ~0.5 MB a pair; and
# MALLOC_TRIM_THRESHOLD_=65536 makes glibc hand freed memory back at once, so each pair
# page-faults 30-48k times (0.1 s of system time) as spaCy's arrays are allocated again.
# Without them a pair costs a worker 1.03x what it costs there, and a worker stays ~200 MB.
WORKER_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: not set
}


@contextmanager
def _local_cluster(workers: int) -> Iterator[LocalCluster]:
    # These hold for the cluster's whole life, so a worker the nanny restarts gets them too.
    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,  # spaCy holds the GIL: processes, not threads, add speed
            processes=True,
            dashboard_address=":0",  # a free port: never "8787 is already in use"
            silence_logs=logging.CRITICAL,  # a pair's failure is a result; shutdown noise is not
        )
        with cluster:
            yield cluster


def _connect(address: str) -> Client:
    try:
        _refuse_early(address)
        return Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from error


def _refuse_early(address: str) -> None:
    """A TCP port nobody listens on fails now, not after Dask's 10 s of retries."""
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme != "tcp":
        return
    host, port = parse_host_port(location)
    try:
        socket.create_connection((host, port), timeout=2).close()
    except ConnectionRefusedError:
        raise
    except OSError:  # slow or unresolvable: Dask's own timeout and message decide
        return


def _ready(client: Client, preload: bool) -> Client:
    if preload:
        try:
            client.register_plugin(ModelPlugin())
        except Exception as error:  # e.g. reader is not installed on a remote worker
            raise ClusterError(f"the Dask workers could not load Reader ({error})") from error
    return client
