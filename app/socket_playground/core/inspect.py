"""Read a few bytes as numbers and text: the byte-order lesson made concrete.

``interpret(data)`` reads the first bytes of ``data`` with every format in
:data:`FORMATS` (``struct`` notation: ``!`` is network byte order, that is
big-endian; ``<`` is little-endian) and decodes the selection as UTF-8. It
returns values as strings and problems as note *codes*; the UI turns codes
into words. No Qt here.
"""

from __future__ import annotations

import codecs
import struct
from typing import NamedTuple

__all__ = [
    "FORMATS",
    "INVALID_UTF8",
    "SHORT_PREFIX",
    "UTF8",
    "UTF8_LIMIT",
    "Interpretation",
    "interpret",
    "short_of",
]

#: Every struct format the inspector shows, in display order.
FORMATS: tuple[str, ...] = (
    "!H",
    "<H",
    "!h",
    "<h",
    "!I",
    "<I",
    "!i",
    "<i",
    "!Q",
    "<Q",
    "!q",
    "<q",
    "!f",
    "<f",
    "!d",
    "<d",
)

#: The ``fmt`` of the text entry that follows the struct formats.
UTF8 = "utf-8"

#: At most this many bytes of the selection are decoded as UTF-8.
UTF8_LIMIT = 256

# note codes
OK = ""
INVALID_UTF8 = "invalid-utf8"
SHORT_PREFIX = "short:"  # "short:N": the format needs N bytes


class Interpretation(NamedTuple):
    """One reading of the selected bytes.

    ``fmt``: a struct format from :data:`FORMATS`, or :data:`UTF8`.
    ``size``: bytes the reading uses (for UTF-8: bytes actually decoded).
    ``value``: the value as display text, or None when there are too few bytes.
    ``note``: ``""``, ``"short:N"`` (needs N bytes) or ``"invalid-utf8"``
    (the decoded bytes are not valid UTF-8; U+FFFD stands in for bad bytes).
    """

    fmt: str
    size: int
    value: str | None
    note: str


def short_of(note: str) -> int | None:
    """N for a ``"short:N"`` note code, else None."""
    if note.startswith(SHORT_PREFIX):
        return int(note[len(SHORT_PREFIX) :])
    return None


def _format_value(fmt: str, v: int | float, size: int) -> str:
    if isinstance(v, float):
        return repr(v)
    if fmt[-1].isupper():  # unsigned: H I Q
        return f"{v} (0x{v:0{size * 2}x})"
    return str(v)


def _utf8(data: bytes) -> Interpretation:
    if not data:
        return Interpretation(UTF8, 0, None, f"{SHORT_PREFIX}1")
    shown = data[:UTF8_LIMIT]
    if len(data) > UTF8_LIMIT:
        # Cut at the limit: don't count a character split by the cut as invalid.
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        decoder.decode(shown, final=False)
        pending = len(decoder.getstate()[0])
        shown = shown[: len(shown) - pending]
    try:
        text = shown.decode("utf-8")
        note = OK
    except UnicodeDecodeError:
        text = shown.decode("utf-8", errors="replace")
        note = INVALID_UTF8
    return Interpretation(UTF8, len(shown), text, note)


def interpret(data: bytes) -> list[Interpretation]:
    """Every format in :data:`FORMATS` applied to the first bytes of ``data``,
    then ``data`` (its first :data:`UTF8_LIMIT` bytes) decoded as UTF-8.

    Passing only ``data[:UTF8_LIMIT + 1]`` of a large selection gives the same
    result.
    """
    data = bytes(data)
    out: list[Interpretation] = []
    for fmt in FORMATS:
        size = struct.calcsize(fmt)
        if len(data) < size:
            out.append(Interpretation(fmt, size, None, f"{SHORT_PREFIX}{size}"))
            continue
        (v,) = struct.unpack_from(fmt, data, 0)
        out.append(Interpretation(fmt, size, _format_value(fmt, v, size), OK))
    out.append(_utf8(data))
    return out
