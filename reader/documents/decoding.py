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

# Encodings text files are really found in. Left to itself, charset-normalizer reads a
# short cp1252 note as UTF-16, EBCDIC or Urdu. UTF-16 without a BOM is told by its NULs.
_CANDIDATE_ENCODINGS = (
    *("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp1250", "iso8859_2", "cp1251"),
    *("iso8859_5", "koi8_r", "koi8_u", "cp1253", "iso8859_7", "cp1254", "iso8859_9"),
    *("cp1255", "cp1256", "cp1257", "cp1258", "cp874", "shift_jis", "cp932", "euc_jp"),
    *("gb18030", "big5", "euc_kr", "cp949"),
)
# Control characters (Unicode category Cc) other than \n, \t, \r, form feed and
# vertical tab: the ones dropped from text, and the ones that betray binary data.
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Form feed and vertical tab separate things, so they become line breaks, not nothing.
_BREAKING_CONTROLS = re.compile("[\x0b\x0c]")
# More than this share of control characters (and more than a handful, so a short
# note with one stray character passes) and the "text" is really binary.
_MAX_CONTROL_SHARE = 0.05
_MAX_CONTROLS_ANYWAY = 8
# In ASCII-heavy UTF-16 every other byte is NUL: at least this share of the 2-byte units
# must have a NUL on the same side to call the text UTF-16.
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
    controls = _control_count(text)
    if controls > max(_MAX_CONTROLS_ANYWAY, _MAX_CONTROL_SHARE * len(text)):
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
    return _guess_single_or_multibyte(data, path)


def _guess_single_or_multibyte(data: bytes, path: Path | str) -> tuple[str, str, bool]:
    """Ask charset-normalizer, leaning to cp1252 when that reads the bytes just as well."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_CANDIDATE_ENCODINGS))
    best = matches.best()
    if best is None:
        raise NotTextError(path, "no text encoding fits its bytes")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return str(best), best.encoding, True
    # Short texts fit many code pages equally well; Western news is most likely.
    if any(match.chaos <= best.chaos and str(match) == western for match in matches):
        return western, "cp1252", True
    return str(best), best.encoding, True


def _decode_nul_bytes(data: bytes, path: Path | str) -> tuple[str, str, bool]:
    encoding = _utf16_without_bom(data)
    if encoding is None:
        text = _utf8_with_stray_nuls(data)
        if text is None:
            raise NotTextError(path, "it contains NUL bytes")
        return text, "utf-8", False
    try:
        return data.decode(encoding), encoding, True
    except UnicodeDecodeError as err:
        raise NotTextError(path, "it contains NUL bytes") from err


def _utf8_with_stray_nuls(data: bytes) -> str | None:
    """UTF-8 text holding a few NULs (dropped later like other controls), or None.

    Editors that crash can leave a file padded with NULs, and some tools write one
    stray NUL; that is still text. Binary data is almost never valid UTF-8.
    """
    body = data.rstrip(b"\x00")  # trailing padding does not count against the text
    if not body or body.count(0) > _MAX_CONTROL_SHARE * len(body):
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


def _control_count(text: str) -> int:
    return sum(1 for _ in _STRAY_CONTROLS.finditer(text))


def letter_count(text: str) -> int:
    """Letters and digits: a measure of text that markup and spacing do not sway."""
    return sum(1 for ch in text if ch.isalnum())
