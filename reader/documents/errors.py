"""Typed load errors: each names the file and says in plain words what is wrong."""

from __future__ import annotations

from pathlib import Path


class LoadError(Exception):
    """A file could not be opened as an article. `str(err)` is the message to show."""

    reason = "could not be read"

    def __init__(self, path: Path | str, detail: str | None = None) -> None:
        self.path = Path(path)
        self.detail = detail
        # A page opened from the web is named by its address, not the address's last part.
        name = path if isinstance(path, str) and "://" in path else self.path.name
        message = f"{name}: {self.reason}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class EmptyFileError(LoadError):
    reason = "the file is empty"


class NotTextError(LoadError):
    reason = "the file is binary, not text"


class UnsupportedTypeError(LoadError):
    reason = "this type of file is not supported"


class CorruptFileError(LoadError):
    reason = "the file is damaged or not what its name says"


class TooLargeError(LoadError):
    reason = "the file is too large"


class UnreadableError(LoadError):
    reason = "the file could not be read"


class TooDeepError(LoadError):
    """Markup nested past the depth the parser reads: refused, never read in part."""

    reason = "the file is nested too deeply to read in full"


class NoTextFoundError(EmptyFileError):
    """The file has content, but none of it is readable article text (e.g. a scanned PDF)."""

    reason = "no article text was found in the file"


class EncryptedFileError(UnreadableError):
    """The file is locked with a password we do not have."""

    reason = "the file is password-protected"
