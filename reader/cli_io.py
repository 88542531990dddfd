"""The command line's files: which inputs it reads, and how it writes its output safely.

* An output that is one of the inputs is refused before anything is opened.
* Output files are written whole or not at all (a temporary file beside them, renamed).
* File names that are not valid UTF-8 arrive as surrogate escapes (Python's way with
  such names) and leave as visible `\\xNN` escapes, so no report holds invalid UTF-8
  and no terminal that insists on UTF-8 sees a traceback.
* Web addresses are fetched only when asked (`--fetch`), with the limits of
  `reader.documents.url`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from reader.analysis import load as load_document
from reader.documents.model import Document

_URL = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]*://")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class CliError(Exception):
    """A problem with the user's input, reported as one line on stderr."""


def is_url(argument: str) -> bool:
    return _URL.match(argument) is not None


def input_document(argument: str, fetch: bool) -> Document:
    """Load a file, or (with --fetch) a web page, ready for any report to show."""
    if is_url(argument):
        if not fetch:
            raise CliError(f"{shown(argument)}: a web address; add --fetch to download it")
        from reader.documents.url import load_url

        return displayable(load_url(argument))
    return displayable(load_document(Path(argument)))


def displayable(document: Document) -> Document:
    """The document with its path's undecodable bytes written as `\\xNN`."""
    if document.path is None or not _ESCAPED_BYTE.search(str(document.path)):
        return document
    return dataclasses.replace(document, path=Path(shown(str(document.path))))


def shown(text: str) -> str:
    """A name fit to print: bytes that were not UTF-8 as `\\xNN`, stray surrogates as U+FFFD."""
    text = _ESCAPED_BYTE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """OLD<TAB>NEW lines; relative paths are relative to the pairs file."""
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise CliError(
            f"{shown(path.name)}: the pairs file could not be read ({reason})"
        ) from error
    pairs = []
    for number, line in enumerate(os.fsdecode(data).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            raise CliError(f"{shown(path.name)}: line {number} is not OLD<TAB>NEW")
        old, new = (_beside(path, field.strip()) for field in fields)
        pairs.append((old, new))
    return pairs


def _beside(pairs_file: Path, name: str) -> str:
    return name if is_url(name) else str(pairs_file.parent / name)


def refuse_output_among_inputs(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Refuse `-o` naming one of the inputs (also through a link), before opening anything."""
    if output is None:
        return
    for given in inputs:
        if isinstance(given, str) and is_url(given):
            continue
        with contextlib.suppress(OSError):  # an input or output that does not exist yet
            if os.path.samefile(output, given):
                name = shown(Path(output).name)
                raise CliError(f"{name}: the output is also an input; it would be overwritten")


class Output:
    """stdout, or a file written to a temporary name and renamed over it when complete."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._temp: Path | None = None
        self._stream: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self._path is None:
            with contextlib.suppress(AttributeError, ValueError):  # a replaced stdout
                sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
            return sys.stdout
        try:
            self._stream = self._open(self._path)
        except OSError as error:
            name = shown(self._path.name)
            raise CliError(f"{name}: cannot write ({error.strerror or error})") from error
        return self._stream

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._path is None:
            return
        try:
            self._stream.close()
            if self._temp is not None and kind is None:
                os.replace(self._temp, self._real_target())
                self._temp = None
        except OSError as failure:
            name = shown(self._path.name)
            if kind is None:
                raise CliError(f"{name}: cannot write ({failure.strerror or failure})") from failure
        finally:
            if self._temp is not None:
                with contextlib.suppress(OSError):
                    self._temp.unlink()

    def _open(self, path: Path) -> TextIO:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            # A terminal, a pipe or /dev/null: nothing to replace, write straight to it.
            return open(path, "w", encoding="utf-8", errors="backslashreplace")
        target = self._real_target()
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self._temp = Path(temp)
        os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else _default_mode())
        return os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace")

    def _real_target(self) -> Path:
        # Through a symbolic link to the file it names, so the link stays a link.
        assert self._path is not None
        return Path(os.path.realpath(self._path))


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
