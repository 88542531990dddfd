"""Corpus audits: many article pairs compared on a Dask cluster, results in SQLite.

`reader-cli audit-corpus PAIRS.tsv --db results.sqlite` (see docs/corpus.md). The engine
runs in Dask worker processes; the client process alone writes the database. Dask and
matplotlib are imported only when a command needs them, so `reader.cli` stays light.
"""
