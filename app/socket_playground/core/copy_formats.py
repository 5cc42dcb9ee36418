"""Bytes as text for the clipboard: hex, text, a Python bytes literal, a C
array; and the bytes of a selection gathered from a capture store, bounded.

No Qt: the views ask :func:`collect` for the bytes of what is selected (at
most ``limit``, read from memory or the spool) and :func:`format_bytes` for
the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .capture import CaptureStore

__all__ = ["COPY_MAX", "FORMS", "Collected", "collect", "format_bytes", "rows_to_spans"]

FORMS = ("hex", "text", "python", "c")
COPY_MAX = 1 << 20  # bytes copied at most: every form stays well under a second
HEX_PER_LINE = 16
C_PER_LINE = 12
_C_BYTES = [f"0x{b:02x}" for b in range(256)]


@dataclass(frozen=True)
class Collected:
    data: bytes
    asked: int  # bytes selected
    cut: bool  # more was selected than ``limit``
    missing: int  # selected bytes no longer kept (neither in memory nor on disk)


def format_bytes(data: bytes, form: str, encoding: str = "utf-8") -> str:
    """``data`` as ``form``: ``hex`` (16 pairs a line), ``text`` (decoded,
    invalid bytes as U+FFFD, NUL too: many programs end a text there),
    ``python`` (a bytes literal, ``eval`` gives ``data`` back) or ``c``
    (an ``unsigned char`` array with its length)."""
    if form == "hex":
        return "\n".join(
            data[i : i + HEX_PER_LINE].hex(" ") for i in range(0, len(data), HEX_PER_LINE)
        )
    if form == "text":
        return data.decode(encoding, errors="replace").replace("\0", "\ufffd")
    if form == "python":
        return repr(bytes(data))
    if form == "c":
        items = [_C_BYTES[b] for b in data]
        lines = [
            "    " + ", ".join(items[i : i + C_PER_LINE]) + ","
            for i in range(0, len(items), C_PER_LINE)
        ]
        body = "\n".join(lines) + "\n" if lines else ""
        return f"unsigned char data[{len(data)}] = {{\n{body}}};"
    raise ValueError(f"unknown copy form {form!r}")


def collect(
    store: CaptureStore, spans: Iterable[tuple[int, int]], limit: int = COPY_MAX
) -> Collected:
    """The bytes of combined-stream ranges ``[start, end)``, in the order
    given, at most ``limit`` of them."""
    parts: list[bytes] = []
    asked = taken = missing = 0
    for start, end in spans:
        if end <= start:
            continue
        asked += end - start
        room = limit - taken
        if room <= 0:
            continue
        stop = min(end, start + room)
        data = store.retained(start, stop)
        parts.append(data)
        taken += stop - start
        missing += (stop - start) - len(data)
    return Collected(b"".join(parts), asked, asked > limit, missing)


def rows_to_spans(store: CaptureStore, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Chunk index ranges ``[first, last]`` (inclusive, any order, may
    overlap) as combined-stream ranges, in chunk order: consecutive chunks
    are consecutive in the combined stream, so a range is one span."""
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    n = len(store)
    spans = []
    for a, b in merged:
        a, b = max(a, 0), min(b, n - 1)
        if a <= b:
            spans.append((store.combined[a], store.combined[b] + store.size[b]))
    return spans
