"""The pairs to audit: the pairs file, input hashes and the options that key a result."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from reader.analysis import CompareOptions

_CHUNK = 1 << 20


class PairsFileError(Exception):
    """The pairs file itself is unusable; `str(err)` is the one-line message."""


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One OLD<TAB>NEW line; paths as `compare --pairs` builds them (pairs-file folder + field)."""

    line: int
    old: Path
    new: Path

    @property
    def key(self) -> tuple[str, str]:
        """Absolute paths: the same pair whichever folder the command runs from."""
        return str(self.old.resolve()), str(self.new.resolve())


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """What a result depends on besides its inputs; part of every pair's key."""

    compare: CompareOptions
    with_quotes: bool = True
    with_changes: bool = True

    def key(self) -> str:
        flags = {"quotes": self.with_quotes, "changes": self.with_changes}
        return json.dumps({**self.compare.to_json(), **flags}, sort_keys=True)


def read_pairs(path: Path) -> list[PairSpec]:
    """The pairs listed in a TSV file; relative paths are relative to the file's folder."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise PairsFileError(f"{path.name}: the pairs file could not be read ({error})") from error
    pairs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(field.strip() for field in fields):
            raise PairsFileError(f"{path.name}: line {number} is not OLD<TAB>NEW")
        old, new = (path.parent / field.strip() for field in fields)
        pairs.append(PairSpec(number, old, new))
    return pairs


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it cannot be read (the worker reports why)."""
    digest = hashlib.sha256()
    if not path.is_file():  # a FIFO or a device would block or never end
        return None
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
