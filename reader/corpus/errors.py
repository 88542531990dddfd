"""Errors that end a corpus command with one line (kept apart: importing Dask takes seconds)."""

from __future__ import annotations


class ClusterError(Exception):
    """The cluster could not be started or reached; `str(err)` is the one-line message."""
