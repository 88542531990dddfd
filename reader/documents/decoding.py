"""Turn the bytes of a text file into clean text, or say why they are not text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from reader.documents.errors import NotTextError

# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters (Unicode category Cc) other than \n, \t, \r, form feed and
# vertical tab: the ones dropped from text, and the ones that betray binary data.
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Form feed and vertical tab separate things, so they become line breaks, not nothing.
_BREAKING_CONTROLS = re.compile("[\x0b\x0c]")
# More than this share of control characters and the "text" is really binary.
_MAX_CONTROL_SHARE = 0.05
# In ASCII-heavy UTF-16 every other byte is NUL; demand most of them to call it UTF-16.
_MIN_UTF16_NUL_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_text_bytes(data: bytes, path: Path | str) -> DecodedText:
    """Decode a text file's bytes and clean the result (see `clean_text`).

    Raises NotTextError when the bytes are not text in any encoding we can tell.
    """
    text, encoding, guessed = _decode(data, path)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise NotTextError(path, f"too many control characters for {encoding} text")
    cleaned, dropped = clean_text(text)
    notes: list[str] = []
    if guessed:
        notes.append(f"the encoding was guessed as {encoding}")
    if dropped:
        notes.append(f"{dropped} control character(s) removed")
    return DecodedText(cleaned, encoding, tuple(notes))


def clean_text(text: str) -> tuple[str, int]:
    """Normalise line endings to \\n, drop a leading BOM and stray control characters.

    Returns the clean text and how many control characters were dropped.
    """
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAKING_CONTROLS.sub("\n", text)
    return _STRAY_CONTROLS.subn("", text)


def looks_binary(data: bytes) -> bool:
    """A cheap check on raw bytes: NULs that do not follow a UTF-16 pattern mean binary."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in data and _utf16_without_bom(data) is None


def _decode(data: bytes, path: Path | str) -> tuple[str, str, bool]:
    """Return (text, encoding name, whether the encoding was a guess)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), _bom_name(encoding), False
            except UnicodeDecodeError as err:
                raise NotTextError(path, f"invalid {encoding} after its byte-order mark") from err
    if b"\x00" in data:
        return _decode_nul_bytes(data, path)
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise NotTextError(path, "no text encoding fits its bytes")
    return str(best), best.encoding, True


def _decode_nul_bytes(data: bytes, path: Path | str) -> tuple[str, str, bool]:
    encoding = _utf16_without_bom(data)
    if encoding is None:
        raise NotTextError(path, "it contains NUL bytes")
    try:
        return data.decode(encoding), encoding, True
    except UnicodeDecodeError as err:
        raise NotTextError(path, "it contains NUL bytes") from err


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order if NULs sit almost only at odd (LE) or even (BE) offsets."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    pairs = len(data) // 2
    if odd_nuls >= _MIN_UTF16_NUL_SHARE * pairs and even_nuls <= odd_nuls // 20:
        return "utf-16-le"
    if even_nuls >= _MIN_UTF16_NUL_SHARE * pairs and odd_nuls <= even_nuls // 20:
        return "utf-16-be"
    return None


def _bom_name(encoding: str) -> str:
    # Report the family (what a user would pick in an editor), not the byte order.
    return encoding.rsplit("-", 1)[0] if encoding != "utf-8" else "utf-8-sig"


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for _ in _STRAY_CONTROLS.finditer(text)) / len(text)
