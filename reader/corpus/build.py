"""Which Reader build a process runs: its engine's files and its spaCy model, as one digest.

A pair gives the same JSON in every process only if those are the same. A worker of a cluster
you started yourself may have another version installed, and a worker started while Reader's
files were being changed (an editable install in a checkout that is being edited, a nanny
restarting a killed worker after an upgrade) imports other code than the client. The client
compares each result's build with its own and refuses a result from another build.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import cache
from pathlib import Path

import reader
from reader.analysis import model_description

# What a pair's result is made from: the package's code and data files. The window (ui/) never
# runs in a worker, so editing it does not make a worker's results differ.
_SUFFIXES = (".py", ".json")
_SKIPPED_PARTS = frozenset({"ui", "__pycache__"})


def source_digest(root: Path) -> str:
    """SHA-256 over the code and data files under `root` (their relative paths and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(_source_files(root)):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _source_files(root: Path) -> list[Path]:
    return [
        path
        for path in root.rglob("*")
        if path.suffix in _SUFFIXES
        and path.is_file()
        and not _SKIPPED_PARTS.intersection(path.relative_to(root).parts)
    ]


def current_build() -> str:
    """This installation's build, read now: Reader's files, spaCy's version and the model."""
    try:
        spacy = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy = "none"
    digest = hashlib.sha256(source_digest(Path(reader.__file__).parent).encode("ascii"))
    digest.update(f"\0spacy {spacy}\0{model_description()}".encode())
    return digest.hexdigest()[:16]


@cache
def process_build() -> str:
    """The build this process runs, read once: when its worker starts, or at its first pair."""
    return current_build()
